"""Titles and names as the press writes them, on sentences written for these tests:

- a title word one letter off ("Gubenur", "Kapores", "Mentri") is read as the title when
  the written word is no word of its own, no unit's name and is off no other title; the name
  reader and the recogniser read it as a title too (no name "Gubenur X" or "Sedakot X");
- a rank in capitals typed with a lower-case "l" for its "I" ("lPTU") is that rank;
- an initial or honorific glued to a name ("H.Herman", "Dr.Ir.H.Name") or written in
  capitals ("DR.") stays outside the name.
"""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import _officials
from pmk_extract.components.title_spelling import one_edit


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Gubenur", "Gubernur"),  # a letter dropped
        ("Kapores", "Kapolres"),
        ("Mentri", "Menteri"),
        ("Gubrenur", "Gubernur"),  # two letters swapped
        ("Bupatti", "Bupati"),  # a letter doubled
        ("Panglma", "Panglima"),
        ("KapoIres", "Kapolres"),  # a capital I for the l it looks like
        ("WakapoIda", "Wakapolda"),
        ("Kapolds", "Kapolda"),  # a neighbouring key in a title of seven letters or more
        ("Kaoolres", "Kapolres"),
        ("Walilota", "Walikota"),
    ],
)
def test_a_title_word_one_letter_off(written: str, title: str) -> None:
    assert _officials().title_reader.spelling.title_word(written) == title


@pytest.mark.parametrize(
    "written",
    [
        "Mentari",  # a word of its own (the sun), one letter off Menteri
        "Gubernur",  # the title itself
        "Bupat",  # too short to risk
        "Menhuh",  # off two titles at once (Menhub, Menhut)
        "GUBENUR",  # capitals: a headline, not read
        "Kepada",  # a word
        "Kejari",  # a unit (the prosecution office), one letter off its head "Kajari"
        "Kejati",
        "Ditsamapta",  # a directorate, one letter off its director "Dirsamapta"
        "Mendsg",  # a neighbouring key in an abbreviated title under seven letters
        "Kapolra",  # a key far from the right one ("Kapolda"): another office, maybe
    ],
)
def test_words_that_are_not_read_as_titles(written: str) -> None:
    assert _officials().title_reader.spelling.title_word(written) is None


def test_corrections_remember_each_word_and_agree_with_title_word() -> None:
    spelling = _officials().title_reader.spelling
    text = "Gubenur Jawa Tengah bertemu Mentari dan Kapores , lalu Gubenur lagi"
    words = text.split()
    expected = {k: t for k, w in enumerate(words) if (t := spelling.title_word(w)) is not None}
    assert expected == {0: "Gubernur", 6: "Kapolres", 9: "Gubernur"}
    assert spelling.corrections(words) == expected
    assert spelling.corrections(words) == expected  # the second pass reads the memo


def test_one_edit() -> None:
    assert one_edit("Gubenur", "Gubernur") and one_edit("Gubrenur", "Gubernur")
    assert not one_edit("Gubernur", "Gubernur") and not one_edit("Gbenur", "Gubernur")


@pytest.mark.parametrize(
    ("text", "published", "name", "role", "org"),
    [
        (
            "Kapores Semarang AKBP Budi Santoso meninjau pos pengamanan mudik.",
            "2022-04-28",
            "Budi Santoso",
            "Kepala Kepolisian Resor Semarang",
            "Kepolisian Negara Republik Indonesia",
        ),
        (
            "Bupatti Demak Eistianah meninjau tanggul yang jebol.",
            "2023-02-10",
            "Eistianah",
            "Bupati Demak",
            "Pemerintah Kabupaten Demak",
        ),
        (
            "Gubenur Jawa Tengah Bibit Waluyo meresmikan pasar desa.",
            "2012-05-02",
            "Bibit Waluyo",
            "Gubernur Jawa Tengah",
            "Pemerintah Provinsi Jawa Tengah",
        ),
    ],
)
def test_misspelt_title_gives_role_and_org(
    extractor: Extractor, text: str, published: str, name: str, role: str, org: str
) -> None:
    record = extractor.extract(text, published=published)
    person = next(e for e in record.entities if e.text == name)
    assert (person.role, person.org) == (role, org)


def test_misspelt_title_and_name_together(extractor: Extractor) -> None:
    record = extractor.extract(
        "Mentri Dalam Negeri Cahyo Kumolo meminta kepala daerah hadir.", published="2016-03-01"
    )
    person = next(e for e in record.entities if e.text == "Cahyo Kumolo")
    assert person.canonical == "Tjahjo Kumolo" and person.matched == "fuzzy"


def test_a_word_one_letter_off_a_title_is_no_title(extractor: Extractor) -> None:
    record = extractor.extract(
        "Mentari Dalam Negeri Agus Wibowo membuka pameran.", published="2016-03-01"
    )
    assert all(e.role is None or "Menteri" not in e.role for e in record.entities)


@pytest.mark.parametrize(
    ("glued", "plain"),
    [
        (
            "Bupati Cianjur H.Herman Suherman meninjau lokasi banjir.",
            "Bupati Cianjur Herman Suherman meninjau lokasi banjir.",
        ),
        (
            "Wali Kota Bandung Drs.H.Oded M Danial membuka musyawarah kota.",
            "Wali Kota Bandung Oded M Danial membuka musyawarah kota.",
        ),
        (
            "Rektor Universitas Andalas Prof.Dr.Ir.H.Yuliandri membuka seminar.",
            "Rektor Universitas Andalas Yuliandri membuka seminar.",
        ),
        (
            "Kepala Dinas Kesehatan Kota Padang DR. Srikurnia Yati membuka pelatihan.",
            "Kepala Dinas Kesehatan Kota Padang Srikurnia Yati membuka pelatihan.",
        ),
    ],
)
def test_glued_or_capital_degrees_stay_outside_the_name(
    extractor: Extractor, glued: str, plain: str
) -> None:
    """The name, its role and its organisation are those of the same line without degrees."""
    found = [
        next(
            e
            for e in extractor.extract(text, published="2021-03-01").entities
            if e.label == "PERSON"
        )
        for text in (glued, plain)
    ]
    glued_person, plain_person = ((e.text, e.canonical, e.role, e.org) for e in found)
    assert glued_person == plain_person
    assert found[0].role is not None


@pytest.mark.parametrize(
    ("written", "rank"),
    [("lPTU", "IPTU"), ("lptu", "Iptu"), ("lPDA", "IPDA"), ("lrjen", "Irjen"), ("lama", None)],
)
def test_a_lower_case_l_for_the_i_of_a_rank(written: str, rank: str | None) -> None:
    assert _officials().reader.rank_spelling.rank_word(written) == rank


def _people(extractor: Extractor, text: str, published: str) -> list[tuple[str, str | None]]:
    record = extractor.extract(text, published=published)
    return [(e.text, e.org) for e in record.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "published", "people"),
    [
        (  # a known holder's one-word name after a misspelt title: no name "Gubenur X"
            "Wakil Gubenur Rosjonsyah meninjau lokasi banjir.",
            "2022-06-10",
            [("Rosjonsyah", "Pemerintah Provinsi Bengkulu")],
        ),
        (  # the recogniser's name opening with a misspelt title is a title
            "Komsioner Pengawasan, Budi Santoso membuka acara.",
            "2022-06-10",
            [("Budi Santoso", None)],
        ),
        ("Sedakot Hartono membuka acara.", "2022-06-10", []),
        (  # a misspelt rank opening the recogniser's name is no name
            "Kepala Basarnas, Marskal Madya Henri Alfiandi membuka acara.",
            "2022-06-10",
            [("Henri Alfiandi", "Badan Nasional Pencarian dan Pertolongan")],
        ),
        (
            "Kapolsek Tembalang, lPTU Agus Salim Nugroho memeriksa saksi.",
            "2022-03-01",
            [("Agus Salim Nugroho", "Kepolisian Negara Republik Indonesia")],
        ),
        (  # a misspelt title and a rank typed with "l": the place is no name
            "Kapolesek Tembalang, lPTU Agus Salim Nugroho memeriksa saksi.",
            "2022-03-01",
            [("Agus Salim Nugroho", "Kepolisian Negara Republik Indonesia")],
        ),
        (
            "Kanit Reskrim Polsek Banyumanik lPDA Rina Wulandari memeriksa saksi.",
            "2022-03-01",
            [("Rina Wulandari", "Kepolisian Negara Republik Indonesia")],
        ),
        (  # "Kejari" is the office, not a misspelt "Kajari"
            "Kepala Kejari Boyolali, Budi Santoso menjelaskan.",
            "2022-03-01",
            [("Budi Santoso", "Kejaksaan Agung")],
        ),
    ],
)
def test_misspelt_titles_and_ranks_in_every_reader(
    extractor: Extractor, text: str, published: str, people: list[tuple[str, str | None]]
) -> None:
    assert _people(extractor, text, published) == people


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Darem", "Danrem"),  # a letter dropped from a title of six letters
        ("Bupat", "Bupati"),
        ("Menko", None),  # a title of its own
        ("Menag", None),
        ("Dari", None),  # a word
        ("Dandim", None),  # the title itself
    ],
)
def test_a_short_word_with_a_letter_dropped(written: str, title: str | None) -> None:
    assert _officials().title_reader.spelling.short_word(written) == title


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a unit's number after the short word: the title
            "Darem 073/Makutarama Kolonel Inf Budi Santoso membuka acara.",
            [("Budi Santoso", "Tentara Nasional Indonesia")],
        ),
        (  # a region after it
            "Bupat Demak Eistianah meninjau tanggul.",
            [("Eistianah", "Pemerintah Kabupaten Demak")],
        ),
        (  # nothing after it confirms a title: no organisation
            "Darem Budi Santoso membuka acara.",
            [("Budi Santoso", None)],
        ),
    ],
)
def test_a_short_misspelt_title_where_its_unit_or_region_follows(
    extractor: Extractor, text: str, people: list[tuple[str, str | None]]
) -> None:
    assert _people(extractor, text, "2023-02-10") == people


@pytest.mark.parametrize(
    ("text", "published", "people"),
    [
        (
            "Wakil Ketua DPRSutrisno Adi Wibowo menerima rombongan.",
            "2022-03-01",
            [("Sutrisno Adi Wibowo", "Dewan Perwakilan Rakyat")],
        ),
        (
            "Ketua DPRDSemarang Budi Santoso menerima rombongan.",
            "2022-03-01",
            [("Budi Santoso", "Dewan Perwakilan Rakyat Daerah Kota Semarang")],
        ),
    ],
)
def test_an_acronym_glued_to_a_name_or_place(
    extractor: Extractor, text: str, published: str, people: list[tuple[str, str | None]]
) -> None:
    assert _people(extractor, text, published) == people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "PIt. Kepala Dinas Kesehatan Kabupaten Demak Budi Santoso membuka acara.",
            "Pelaksana Tugas",
        ),
        ("PIh Bupati Demak Budi Santoso membuka acara.", "Pelaksana Harian"),
    ],
)
def test_an_acting_prefix_with_a_capital_i_for_its_l(
    extractor: Extractor, text: str, role: str
) -> None:
    record = extractor.extract(text, published="2022-06-10")
    person = next(e for e in record.entities if e.text == "Budi Santoso")
    assert (person.role or "").startswith(role + " ")


@pytest.mark.parametrize(
    ("words", "fixed"),
    [
        ("Kepaa Badan Narkotika Nasional", {0: "Kepala"}),  # opens a named office's title
        ("Dputi Bidang Pencegahan", {0: "Deputi"}),
        ("Kpala Dinas Kesehatan", {0: "Kepala"}),  # a generic title and a unit
        ("Kepal Dinas Kesehatan", {}),  # a word of its own (a fist)
        ("Kepaa pulang", {}),  # nothing after it confirms a title
    ],
)
def test_a_short_word_is_read_where_it_opens_a_title(words: str, fixed: dict[int, str]) -> None:
    assert _officials().title_reader.spelling.corrections(words.split()) == fixed


def test_the_components_share_one_reader_and_a_word_list_is_read_once(
    extractor: Extractor,
) -> None:
    officials = extractor.nlp.get_pipe("pmk_officials")
    spelling = officials.title_reader.spelling
    # built from the same knowledge base and lexicons, the pipeline's components share it
    assert extractor.nlp.get_pipe("pmk_gazetteer").titles is spelling
    words = [
        "Gubenur",
        "Jawa",
        "Tengah",
        "dan",
        "Dadim",
        "1505",
        "bertemu",
        "Kepaa",
        "Badan",
        "Narkotika",
        "Nasional",
    ]
    first = spelling.corrections(words)
    assert first == {0: "Gubernur", 7: "Kepala"}
    first[0] = "changed"  # the caller's dict is its own: the remembered reading stays
    assert spelling.corrections(words) == {0: "Gubernur", 7: "Kepala"}
    # anchored positions read over the remembered reading as over a fresh one
    assert spelling.corrections(words, [4]) == {0: "Gubernur", 4: "Dandim", 7: "Kepala"}
    assert spelling.corrections(list(words), [4]) == {0: "Gubernur", 4: "Dandim", 7: "Kepala"}
