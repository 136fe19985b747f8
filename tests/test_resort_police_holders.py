"""Resort police chiefs (Kapolres, Kapolresta, Kapolrestabes) of Polda Jawa Tengah and Polda Jawa
Barat (``holders.jsonl``), on sentences written for these tests: every regency and city of the
province has its command's office, a title written in any of its forms gives the holder on
the published date, a title and a name as the press writes it take the holder's full name with
the role and Polri within the sourced term, a gap between sourced terms stays unresolved, a
chief's name is linked only after a title of the office (the lines are ``title_only``), and a
Polres raised to a Polresta changes office on its inauguration day."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from helpers import gazetteer_lines
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.kb import default_kb, default_people

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


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kapolres Batang", dt.date(2022, 5, 18), "Mochamad Irwan Susanto"),
        ("Kapolres Batang", dt.date(2025, 6, 1), "Edi Rahmat Mulyana"),
        ("Kapolres Batang", dt.date(2026, 1, 15), "Veronica"),
        ("Kepala Kepolisian Resor Kendal", dt.date(2025, 11, 3), "Hendry Susanto Sianipar"),
        ("Kapolresta Solo", dt.date(2025, 6, 1), "Catur Cahyono Wibowo"),
        ("Kepala Polresta Surakarta", dt.date(2025, 12, 30), "Catur Cahyono Wibowo"),
        ("Kapolrestabes Semarang", dt.date(2025, 5, 23), "M. Syahduddi"),
        ("Kepala Polres Sragen", dt.date(2023, 1, 10), "Piter Yanottama"),
        ("Kapolres Sragen", dt.date(2024, 7, 20), "Petrus Parningotan Silalahi"),
        ("Kapolres Wonogiri", dt.date(2022, 6, 1), "Dydit Dwi Susanto"),
        ("Kapolres Kudus", dt.date(2023, 12, 31), "Dydit Dwi Susanto"),
        ("Kapolres Sukoharjo", dt.date(2024, 1, 8), "Sigit"),
        ("Kapolres Karanganyar", dt.date(2024, 1, 10), "Jerrold Hendra Yosef Kumontoy"),
        ("Kapolres Boyolali", dt.date(2025, 11, 1), "Rosyid Hartanto"),
        ("Kapolres Demak", dt.date(2020, 12, 1), "Andhika Bayu Adittama"),
        ("Kapolres Magelang", dt.date(2022, 10, 1), "Mochammad Sajarod Zakun"),
        ("Kapolres Tegal", dt.date(2025, 3, 22), "Bayu Prasatyo"),
        ("Kapolres Blora", dt.date(2023, 3, 1), "Fahrurozi"),
        ("Kapolres Blora", dt.date(2023, 7, 22), "Agus Puryadi"),
        ("Kapolres Pati", dt.date(2022, 1, 3), "Christian Tobing"),
        ("Kapolresta Cilacap", dt.date(2025, 11, 1), "Budi Adhy Buono"),
        ("Kapolres Salatiga", dt.date(2024, 6, 1), "Aryuni Novitasari"),
        ("Kapolres Pemalang", dt.date(2023, 8, 1), "Yovan Fatika Handhiska Aprilaya"),
        ("Kapolres Wonosobo", dt.date(2025, 10, 1), "M. Kasim Akbar Bantilan"),
        ("Kapolres Banjarnegara", dt.date(2024, 6, 1), "Erick Budi Santoso"),
        ("Kapolres Jepara", dt.date(2025, 8, 25), "Erick Budi Santoso"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    found = resolve_title(title, day)
    assert found is not None and found[0] == holder
    assert found[2] == _POLRI


def test_a_hand_over_day_belongs_to_the_successor_and_gaps_stay_open() -> None:
    # Edi Rahmat Mulyana handed Polres Batang over on 2026-01-15
    before = resolve_title("Kapolres Batang", dt.date(2026, 1, 14))
    assert before is not None and before[0] == "Edi Rahmat Mulyana"
    # no page confirms who led Polres Batang between the sourced terms
    assert resolve_title("Kapolres Batang", dt.date(2023, 1, 5)) is None
    assert resolve_title("Kapolres Pemalang", dt.date(2023, 1, 5)) is None


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
    ("text", "published", "written", "canonical", "role"),
    [
        # the short form the press writes takes the full name the official pages write
        (
            "Kapolres Batang AKBP Irwan Susanto meninjau simulasi pengamanan pilkades.",
            "2022-05-20",
            "Irwan Susanto",
            "Mochamad Irwan Susanto",
            "Kepala Kepolisian Resor Batang",
        ),
        (
            "Kapolres Batang AKBP M. Irwan Susanto memimpin apel siaga di Mapolres.",
            "2022-05-20",
            "M. Irwan Susanto",
            "Mochamad Irwan Susanto",
            "Kepala Kepolisian Resor Batang",
        ),
        # another spelling the press uses
        (
            "Kapolres Sragen AKBP Pieter Yanottama memimpin razia di perbatasan.",
            "2022-12-09",
            "Pieter Yanottama",
            "Piter Yanottama",
            "Kepala Kepolisian Resor Sragen",
        ),
        (
            "Kapolres Karanganyar AKBP Jerrold Hendra Kumontoy menemui orang tua siswa.",
            "2024-07-29",
            "Jerrold Hendra Kumontoy",
            "Jerrold Hendra Yosef Kumontoy",
            "Kepala Kepolisian Resor Karanganyar",
        ),
        # a Polresta, with the written-out rank of a Kombes
        (
            "Kapolresta Surakarta Kombes Pol Catur Cahyono Wibowo memimpin apel pagi.",
            "2025-06-02",
            "Catur Cahyono Wibowo",
            "Catur Cahyono Wibowo",
            "Kepala Kepolisian Resor Kota Surakarta",
        ),
        # a single name after its title
        (
            "Kapolres Sukoharjo AKBP Sigit memimpin apel pengamanan malam 1 Suro.",
            "2023-07-18",
            "Sigit",
            "Sigit",
            "Kepala Kepolisian Resor Sukoharjo",
        ),
    ],
)
def test_titled_chiefs_take_the_full_name_role_and_polri(
    extractor: Extractor, text: str, published: str, written: str, canonical: str, role: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [(e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [(written, canonical, role, _POLRI)]


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


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kapolrestabes Bandung", dt.date(2024, 6, 1), "Budi Sartono"),
        ("Kapolresta Bandung", dt.date(2025, 1, 16), "Aldi Subartono"),
        ("Kapolres Cimahi", dt.date(2023, 12, 31), "Aldi Subartono"),
        ("Kapolresta Bogor Kota", dt.date(2023, 5, 2), "Bismo Teguh Prakoso"),
        ("Kapolres Bogor Kota", dt.date(2023, 5, 2), "Bismo Teguh Prakoso"),
        ("Kapolres Bogor", dt.date(2023, 12, 1), "Rio Wahyu Anggoro"),
        ("Kapolres Garut", dt.date(2023, 6, 1), "Rio Wahyu Anggoro"),
        ("Kapolres Indramayu", dt.date(2025, 7, 13), "Ari Setyawan Wibowo"),
        ("Kapolres Indramayu", dt.date(2025, 7, 14), "Mochamad Fajar Gemilang"),
        ("Kepala Kepolisian Resor Kuningan", dt.date(2024, 3, 1), "Willy Andrian"),
        ("Kapolres Sukabumi Kota", dt.date(2023, 8, 1), "Ari Setyawan Wibowo"),
        ("Kapolres Tasikmalaya", dt.date(2025, 5, 1), "Haris Dinzah"),
        ("Kapolres Subang", dt.date(2022, 5, 1), "Sumarni"),
    ],
)
def test_west_java_titles_resolve_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    found = resolve_title(title, day)
    assert found is not None and found[0] == holder
    assert found[2] == _POLRI


def test_every_west_java_command_has_a_sourced_holder() -> None:
    people = default_people()
    offices = _command_offices("Jawa Barat")
    assert len(offices) == 22
    assert all(people.by_office.get(office) for office in offices)
    # "Kapolres Banjar" is also the chief of Polres Banjar in South Kalimantan: no office line
    assert people.title("Kapolres Banjar", dt.date(2024, 8, 24)) is None


@pytest.mark.parametrize(
    ("text", "published", "written", "canonical", "role"),
    [
        (
            "Kapolres Indramayu AKBP Fajar Gemilang memimpin apel pengamanan pemilihan kuwu.",
            "2025-12-09",
            "Fajar Gemilang",
            "Mochamad Fajar Gemilang",
            "Kepala Kepolisian Resor Indramayu",
        ),
        (
            "Kapolres Cianjur AKBP Rohman Yongky Dilatha meninjau jalur Puncak.",
            "2025-12-09",
            "Rohman Yongky Dilatha",
            "Rohman Yonky Dilatha",
            "Kepala Kepolisian Resor Cianjur",
        ),
    ],
)
def test_west_java_titled_chiefs_take_the_full_name(
    extractor: Extractor, text: str, published: str, written: str, canonical: str, role: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [(e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [(written, canonical, role, _POLRI)]
