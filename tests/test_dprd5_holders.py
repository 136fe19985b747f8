"""Chairs of the provincial parliaments added by the dprd5 lane: a term that opened before the
measured day of 2015 and that no earlier lane recorded.

The lane's terms (``holders.jsonl``, each ``note`` naming its pages) and the mentions written
for them (``data/dprd5_holder_cases.jsonl``) are judged in ``test_lane_holders.py``; this module
keeps the lane's own facts: its lines, their shape and the family's coverage on the measured
days."""

from __future__ import annotations

import re

from helpers import gazetteer_lines, offices_held_on

LANE = "dprd5 lane (issue 18"
# the provinces' DPRDs, Aceh's DPRA and the Papuan provinces' DPRs
PROVINCIAL = ("ketua-dprd-", "ketua-dpra", "ketua-dprp")
LOCAL = ("ketua-dprd-kabupaten-", "ketua-dprd-kota-")
# the provincial chair offices held on the measured days (all lanes), after this lane
HELD_AT_LEAST = {
    "2015-06-01": 20,
    "2018-06-01": 30,
    "2021-06-01": 33,
    "2024-06-01": 32,
    "2026-06-01": 36,
}


def _lane_lines() -> list[dict[str, object]]:
    return [h for h in gazetteer_lines("holders.jsonl") if h["note"].startswith(LANE)]


def test_the_lane_lines_name_their_pages() -> None:
    """The lane's terms: the 2014-2019 chairs' first months in the DPRD DIY (Yoeke Indra Agung
    Laksana), the DPRD Banten (Asep Rahmatullah), the DPRD Sulut (Steven Kandouw, to his
    resignation) and the DPRD Riau (Suparman, to his candidacy), and Sutarto's rest of 2019-2024
    in the DPRD Sumut, each line naming its province and its pages, with a start and an end."""
    lines = _lane_lines()
    assert len(lines) == 5
    assert {h["office"] for h in lines} == {
        "ketua-dprd-di-yogyakarta",
        "ketua-dprd-banten",
        "ketua-dprd-sulawesi-utara",
        "ketua-dprd-riau",
        "ketua-dprd-sumatera-utara",
    }
    for holder in lines:
        # "dprd5 lane (issue 18, <province>): ... parliament ...; source: <page address> (...)"
        assert re.match(r"dprd5 lane \(issue 18, [A-Z][\w ]+\): ", str(holder["note"])), holder
        assert re.search(
            r" parliament[^;]*; source: [a-z0-9.-]+\.[a-z]{2,}/", str(holder["note"])
        ), holder
        assert holder["start"] is not None and holder["end"] is not None, holder
        assert str(holder["end"]) >= str(holder["start"]), holder


def _terms(office: str) -> list[tuple[object, object, object]]:
    terms = sorted(
        (h for h in gazetteer_lines("holders.jsonl") if h["office"] == office),
        key=lambda h: str(h["start"]),
    )
    return [(h["name"], h["start"], h["end"]) for h in terms]


def test_the_lane_term_meets_the_next_one() -> None:
    """The DIY line ends the day before the dprdheads lane's line of the same chair opens, so
    the office's terms never overlap and leave no gap between them."""
    assert _terms("ketua-dprd-di-yogyakarta")[:2] == [
        ("Yoeke Indra Agung Laksana", "2014-09-01", "2016-04-14"),
        ("Yoeke Indra Agung Laksana", "2016-04-15", "2019-08-31"),
    ]


def test_a_resigned_chair_leaves_the_interim_months_open() -> None:
    """A chair who left for a regional election ends the day he left (Steven Kandouw) or the day
    before his candidacy was set (Suparman); the months before the successor's oath stay
    unrecorded."""
    assert _terms("ketua-dprd-sulawesi-utara")[:2] == [
        ("Steven Kandouw", "2014-09-08", "2015-10-13"),
        ("Andrei Angouw", "2016-02-16", "2020-09-03"),
    ]
    assert _terms("ketua-dprd-riau")[:2] == [
        ("Suparman", "2014-10-13", "2015-08-23"),
        ("Septina Primawati Rusli", "2016-10-24", "2019-09-05"),
    ]


def test_the_interim_weeks_open_the_banten_term() -> None:
    """Asep Rahmatullah's line opens at the 2014-2019 members' oath (interim, then definitive
    chair) and meets the dprdheads lane's line of the same chair."""
    assert _terms("ketua-dprd-banten")[:2] == [
        ("Asep Rahmatullah", "2014-09-01", "2015-10-03"),
        ("Asep Rahmatullah", "2015-10-04", "2019-07-31"),
    ]


def test_a_replacement_chair_fills_the_rest_of_the_term() -> None:
    """Sutarto, sworn in after Baskami Ginting's death, holds the DPRD Sumut's chair from his
    oath to the day before the 2024-2029 members' oath; the months around stay open."""
    assert _terms("ketua-dprd-sumatera-utara")[-3:] == [
        ("Baskami Ginting", "2019-09-16", "2024-02-07"),
        ("Sutarto", "2024-05-08", "2024-09-16"),
        ("Erni Ariyanti Sitorus", "2025-01-31", None),
    ]


def test_a_single_name_is_read_only_after_its_title() -> None:
    """Suparman and Sutarto, names several officials bear, are recorded title_only."""
    single = [h for h in _lane_lines() if h["name"] in ("Suparman", "Sutarto")]
    assert len(single) == 2
    assert all(h["title_only"] is True for h in single)


def test_the_family_coverage_on_the_measured_days() -> None:
    """The provincial chair offices (38) held on the measured days (every lane's terms)."""
    lines = [
        h
        for h in gazetteer_lines("holders.jsonl")
        if h["office"].startswith(PROVINCIAL) and not h["office"].startswith(LOCAL)
    ]
    for day, least in HELD_AT_LEAST.items():
        assert len(offices_held_on(lines, day)) >= least, day
