"""Resort police chiefs (Kapolres, Kapolresta, Kapolrestabes) of Polda Jawa Tengah and Polda Jawa
Barat (``holders.jsonl``), on sentences written for these tests: every regency and city of the
province has its command's office, a title written in any of its forms gives the holder on
the published date, a title and a name as the press writes it take the holder's full name with
the role and Polri within the sourced term, a gap between sourced terms stays unresolved, a
chief's name is linked only after a title of the office (the lines are ``title_only``), and a
Polres raised to a Polresta changes office on its inauguration day.

The tables of titles on their days (and of names in sentences) are rows of
``data/resort_police_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from helpers import gazetteer_lines
from pmk_extract import Extractor
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people

_POLRI = "Kepolisian Negara Republik Indonesia"


def _command_offices(polda: str) -> dict[str, str]:
    """The office lines of one Polda's block: id -> role."""
    lines = gazetteer_lines("offices.jsonl")
    return {o["id"]: o["role"] for o in lines if o.get("note", "").startswith(f"Polda {polda};")}


def _jateng_offices() -> dict[str, str]:
    return _command_offices("Jawa Tengah")


def test_every_regency_and_city_of_the_province_has_its_command() -> None:
    # a city sharing its name with a regency has "Polres X Kota" (the regency's command is
    # "Polres X"), except the provincial capital's Polrestabes; any other city or regency is
    # named bare; Polresta and Polrestabes are the same place with a longer expansion
    roles = set(_jateng_offices().values())
    regions = [
        e
        for e in default_kb().entries
        if e.label == "LOC" and e.kind in ("regency", "city") and e.parent == "Jawa Tengah"
    ]
    regency_names = {e.canonical.removeprefix("Kabupaten ") for e in regions if e.kind == "regency"}
    assert len(regions) == 35
    for region in regions:
        name = region.canonical.removeprefix("Kabupaten ")
        if region.kind == "city" and name in regency_names:
            name = f"{name} Kota"
        places = {
            f"Kepala Kepolisian Resor {name}",
            f"Kepala Kepolisian Resor Kota {name.removesuffix(' Kota')}",
            f"Kepala Kepolisian Resor Kota Besar {name.removesuffix(' Kota')}",
        }
        assert places & roles, region.canonical


def test_a_polres_raised_to_polresta_changes_office_on_its_inauguration() -> None:
    people = default_people()
    assert people.title("Kapolres Pati", dt.date(2022, 10, 12)) is not None
    assert people.title("Kapolres Pati", dt.date(2022, 10, 13)) is None
    assert people.title("Kapolresta Pati", dt.date(2022, 10, 13)) is not None
    # Polres Cilacap's inauguration day in November 2022 is not confirmed: neither line covers it
    assert people.title("Kapolres Cilacap", dt.date(2022, 10, 31)) is not None
    assert people.title("Kapolres Cilacap", dt.date(2022, 11, 15)) is None
    assert people.title("Kapolresta Cilacap", dt.date(2022, 11, 15)) is None
    assert people.title("Kapolresta Cilacap", dt.date(2022, 12, 1)) is not None
    magelang = people.title("Kapolresta Magelang", dt.date(2023, 1, 1))
    assert magelang is not None and magelang.role == "Kepala Kepolisian Resor Kota Magelang"
    # "Kapolres Magelang Kota" is the city's own command, not the regency's
    city = people.title("Kapolres Magelang Kota", dt.date(2023, 1, 1))
    assert city is not None and city.id == "kapolres-magelang-kota"


def test_terms_of_one_command_follow_each_other() -> None:
    people = default_people()
    for office in (*_jateng_offices(), *_command_offices("Jawa Barat")):
        terms = sorted(people.by_office.get(office, []), key=lambda h: h.start or dt.date.min)
        for before, after in itertools.pairwise(terms):
            assert before.end is not None and after.start is not None, office
            assert before.end < after.start, office


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sigit (45), pedagang bakso di Sukoharjo, mengaku omzetnya turun.", "Sukoharjo"),
        ("Irwan Susanto (40), warga Kandeman, melaporkan kehilangan sepeda motor.", "Batang"),
    ],
)
def test_a_chiefs_name_without_the_title_is_not_linked(
    extractor: Extractor, text: str, role: str
) -> None:
    record = extractor.extract(text, published="2022-05-20")
    assert all(e.role != f"Kepala Kepolisian Resor {role}" for e in record.entities)
    assert all(e.canonical != "Mochamad Irwan Susanto" for e in record.entities)


def test_far_outside_the_sourced_terms_the_name_after_the_title_stays_as_written(
    extractor: Extractor,
) -> None:
    # more than a year before the first page that confirms a chief of Polres Batang: the
    # title gives the role and the name is kept as the text writes it
    record = extractor.extract(
        "Kapolres Batang AKBP Irwan Susanto meninjau pos pengamanan.", published="2020-03-01"
    )
    people = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [("Irwan Susanto", "Irwan Susanto", "Kepala Kepolisian Resor Batang")]


def _gap_cases(after: int) -> list[tuple[str, str, dt.date, str]]:
    """(title, written, day, holder) for every chief of the two provinces whose name has three
    words or more, ``after`` days past the term's last sourced day, where no term of the command
    covers that day: the last two words of the name as written after the title."""
    people = default_people()
    cases = []
    for office_id in {**_command_offices("Jawa Tengah"), **_command_offices("Jawa Barat")}:
        office = people.offices[office_id]
        for holder in people.by_office.get(office_id, ()):
            words = holder.name.split()
            if holder.end is None or len(words) < 3:
                continue
            day = holder.end + dt.timedelta(days=after)
            resolved = people.title(office.titles[0], day)
            if (
                resolved is not None
                and resolved.id == office_id
                and not people.holder(office_id, day)
            ):
                cases.append((office.titles[0], " ".join(words[-2:]), day, holder.name))
    return cases


def test_in_a_gap_of_the_record_a_chiefs_name_after_the_title_is_that_chief(
    extractor: Extractor,
) -> None:
    # the press writes a chief's shorter name months after the last page the data has: with no
    # other chief recorded on that day, the name after his own office's title is his
    cases = _gap_cases(after=60)
    assert len(cases) >= 10
    for title, written, day, holder in cases:
        record = extractor.extract(
            f"{title} AKBP {written} meninjau pos pengamanan.", published=day.isoformat()
        )
        people = [(e.text, e.canonical) for e in record.entities if e.label == "PERSON"]
        assert people == [(written, holder)], (title, day)


def test_more_than_a_year_into_a_gap_the_name_stays_as_written(extractor: Extractor) -> None:
    people = default_people()
    cases = [
        case
        for case in _gap_cases(after=400)
        if not any(
            people.holder(o, case[2] - dt.timedelta(days=d)) is not None
            for o in people.offices
            if people.offices[o].titles[0] == case[0]
            for d in range(-366, 366, 5)
        )
    ]
    assert cases
    for title, written, day, _ in cases:
        record = extractor.extract(
            f"{title} AKBP {written} meninjau pos pengamanan.", published=day.isoformat()
        )
        people_found = [(e.text, e.canonical) for e in record.entities if e.label == "PERSON"]
        assert people_found == [(written, written)], (title, day)


def test_another_name_after_the_title_on_a_confirmed_day_is_not_the_holder(
    extractor: Extractor,
) -> None:
    # the office has a sourced holder on the date: an invented name after its title is not
    # taken as the chief, and the holder is not put in its place
    record = extractor.extract(
        "Kapolres Kendal AKBP Gandawira Sulistyaningrat meninjau pos pengamanan.",
        published="2025-11-03",
    )
    assert all(e.canonical != "Hendry Susanto Sianipar" for e in record.entities)


def test_every_west_java_command_has_a_sourced_holder() -> None:
    people = default_people()
    offices = _command_offices("Jawa Barat")
    assert len(offices) == 22
    assert all(people.by_office.get(office) for office in offices)
    # "Kapolres Banjar" is also the chief of Polres Banjar in South Kalimantan: no office line
    assert people.title("Kapolres Banjar", dt.date(2024, 8, 24)) is None
