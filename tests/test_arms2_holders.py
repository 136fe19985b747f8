"""Resort police chiefs of Polda Jawa Timur and Polda Sumatera Utara, and more Kajati and Pangdam
terms, added by the arms2 lane of issue 18 (``offices.jsonl`` and ``holders.jsonl`` lines whose
``note`` names their pages): the commands' office lines in the shape of the Polda Jawa Tengah and
Jawa Barat lines (role and titles as the command-title pattern gives them, org Polri), a city's
own Polres kept apart from the regency's, and the lane's holder lines sourced and bounded.

The lane's mentions, titles on days and unknown names are rows of
``data/arms2_holder_cases.jsonl``, judged in ``test_lane_holders.py``; this module keeps the
lane's own facts."""

from __future__ import annotations

import datetime as dt

from helpers import gazetteer_lines
from pmk_extract import Extractor
from pmk_extract.people import default_people

LANE = "arms2 lane (issue 18"
_SHORT = {
    "Kepala Kepolisian Resor Kota Besar ": ("Kapolrestabes ", "Kepala Polrestabes "),
    "Kepala Kepolisian Resor Kota ": ("Kapolresta ", "Kepala Polresta "),
    "Kepala Kepolisian Resor ": ("Kapolres ", "Kepala Polres "),
}


def _lane_offices(polda: str) -> list[dict[str, object]]:
    return [
        o
        for o in gazetteer_lines("offices.jsonl")
        if str(o.get("note", "")).startswith(f"Polda {polda};") and LANE in str(o.get("note"))
    ]


def _lane_holders() -> list[dict[str, object]]:
    return [h for h in gazetteer_lines("holders.jsonl") if str(h.get("note", "")).startswith(LANE)]


def test_the_commands_have_office_lines_in_the_pattern_s_shape() -> None:
    east, north = _lane_offices("Jawa Timur"), _lane_offices("Sumatera Utara")
    assert len(east) == 10
    assert len(north) == 5
    for office in (*east, *north):
        role = str(office["role"])
        prefix = next(p for p in _SHORT if role.startswith(p))
        place = role.removeprefix(prefix)
        assert office["org"] == "polri", office
        assert office["titles"] == [
            f"{_SHORT[prefix][0]}{place}",
            f"{_SHORT[prefix][1]}{place}",
            role,
        ]
        assert "source: " in str(office["note"]), office


def test_every_holder_line_names_its_page_and_its_command() -> None:
    offices = {str(o["id"]) for o in _lane_offices("Jawa Timur") + _lane_offices("Sumatera Utara")}
    holders = _lane_holders()
    police = [h for h in holders if str(h["office"]).startswith("kapol")]
    assert len(police) == 35
    for holder in holders:
        note = str(holder["note"])
        assert "source: " in note, holder
        assert holder["start"] is not None and holder["end"] is not None, holder
    for holder in police:
        assert holder["office"] in offices, holder
        # mid-rank officers whose names many people share: linked only after a title
        assert holder["title_only"] is True, holder


def test_the_pangdam_terms_fill_the_measured_day_of_2021() -> None:
    # Kodam Jaya, V/Brawijaya and I/Bukit Barisan had no recorded commander on 2021-06-01 before
    # this lane; the pages confirm two of the three across that day (Suharyanto of V/Brawijaya only
    # in October 2021)
    people = default_people()
    pangdam = [h for h in _lane_holders() if str(h["office"]).startswith("pangdam-")]
    assert len(pangdam) == 12
    day = dt.date(2021, 6, 1)
    assert people.holder("pangdam-jaya", day) is not None
    assert people.holder("pangdam-i-bukit-barisan", day) is not None
    assert people.holder("pangdam-v-brawijaya", day) is None


def test_the_commands_held_on_the_measured_days() -> None:
    people = default_people()
    offices = [str(o["id"]) for o in _lane_offices("Jawa Timur") + _lane_offices("Sumatera Utara")]
    held = [
        sum(1 for o in offices if people.holder(o, dt.date(year, 6, 1)) is not None)
        for year in (2015, 2018, 2021, 2024, 2026)
    ]
    assert held == [0, 1, 1, 2, 0]
    # every command but the city's Polres of Malang before its raise has a sourced chief
    assert [o for o in offices if not people.by_office.get(o)] == ["kapolres-malang-kota"]


def test_the_city_s_command_is_not_the_regency_s(extractor: Extractor) -> None:
    # 'Kapolres Malang Kota' (the city, Polresta since December 2019) is not the regency's
    # 'Kapolres Malang': the regency's chief of the day is not put in the city's chief's place
    record = extractor.extract(
        "Kapolres Malang Kota AKBP Ferli Hidayat meninjau pos pengamanan.", published="2022-10-02"
    )
    people = [(e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [("Ferli Hidayat", "Kepala Kepolisian Resor Malang Kota")]
