"""Regional secretariat posts as the press writes them (``tests/data/setda_cases.jsonl``,
sentences written for this test, one row per rule x way of writing): the word opening a
post's field in lower case ("Asisten II bidang Perekonomian Kabupaten X"), an assistant
named by its field alone before a name with no region ("Asisten Administrasi Umum Nama":
the role, no organisation; the document's region gives it one), a province
secretariat's short form glued to the province's short form ("Sekdaprovsu", "Setdaprovsu"),
and an assistant's field opener misspelt by one letter before the region ("Asisten
Perekonimian dan Pembangunan Kota X"), and a bureau's or section's head written with the
secretariat and no region ("Kabag Hukum Setda, Nama"), which takes the region the document
gives, of the kind its short form names ("Setdaprov": a province's); a regional head's staff
adviser written with no head ("Staf Ahli Bidang X, Nama") is the adviser of the one regional
government the text establishes, none where a ministry or another region is named; and
"dan" joining the words of a field a "Bidang" opens, before a comma and the name ("Staf Ahli
Bupati Bidang Hukum dan Politik, Nama"), also in a list of fields closed by a comma ("Staf
Ahli Bidang Pemerintahan, Hukum dan Politik, Nama"), never two posts ("Direktur Utama dan
Komisaris").

Each row's PERSON must carry the expected canonical and organisation, and the expected role
when the row gives one. The negatives: a post word of no secretariat's field after
"Asisten" ("Asisten Pelatih", "Asisten I Bidang Pelatihan", "Asisten Pertanian Kota X": a
word, not one letter off a field) is no secretariat post, and a glued word that is no
province's short form is left as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor
from pmk_extract.normalize import collapse_spaces

CASES = load_cases(Path(__file__).parent / "data" / "setda_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, mention_outcome)


def test_every_row_is_right(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    missed = [case["mention"] for case, ok, _ in outcomes if not ok]
    assert missed == []


@pytest.mark.parametrize(
    "mention",
    [
        "Asisten Pelatih Ridwan Saputra",
        "Asisten I Bidang Pelatihan Ridwan Saputra",
        "Asisten Rumah Tangga Ridwan Saputra",
        "Asisten Manajer Ridwan Saputra",
        "Asisten Pertanian Kota Kediri Ridwan Saputra",
        "Asisten Pembinaan Kabupaten Wonogiri Ridwan Saputra",
    ],
)
def test_no_secretariat_post_without_its_field(extractor: Extractor, mention: str) -> None:
    text = f"{mention} memberikan keterangan kepada wartawan."
    record = extractor.extract(text, published="2023-02-06")
    person = longest_person(record, mention)
    assert person is not None and person.canonical == "Ridwan Saputra"
    assert person.role is None and person.org is None


def _official(
    extractor: Extractor, text: str, name: str
) -> list[tuple[str, str | None, str | None]]:
    """Canonical, organisation and role of each entity written ``name`` in ``text``."""
    record = extractor.extract(text, published="2023-02-06")
    return [(e.canonical, e.org, e.role) for e in record.entities if e.text == name]


@pytest.mark.parametrize(
    ("text", "name", "org", "role"),
    [
        (
            "Pemerintah Kota Padang menggelar rapat koordinasi. Asisten Administrasi Umum "
            "Ridwan Saputra mengatakan anggaran sudah disiapkan.",
            "Ridwan Saputra",
            "Pemerintah Kota Padang",
            "Asisten Administrasi Umum Sekretariat Daerah Kota Padang",
        ),
        (
            "Pemkab Kaur membahas pemekaran desa. Asisten Pemerintahan dan Kesra Sinar "
            "Wulandari menyebut prosesnya masih berjalan.",
            "Sinar Wulandari",
            "Pemerintah Kabupaten Kaur",
            "Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kabupaten Kaur",
        ),
        (
            "Pemerintah Kota Palu melantik pejabat baru. Asisten II bidang Perekonomian, "
            "Dedi Kurniawan hadir dalam acara itu.",
            "Dedi Kurniawan",
            "Pemerintah Kota Palu",
            "Asisten II Bidang Perekonomian Sekretariat Daerah Kota Palu",
        ),
    ],
)
def test_a_field_assistant_takes_the_documents_region(
    extractor: Extractor, text: str, name: str, org: str, role: str
) -> None:
    assert _official(extractor, text, name) == [(name, org, role)]


@pytest.mark.parametrize(
    ("text", "name", "org", "role"),
    [
        (
            "WONOSOBO - Kabag Hukum Setda, Rina Hapsari mengatakan perda itu sudah disahkan.",
            "Rina Hapsari",
            "Pemerintah Kabupaten Wonosobo",
            "Kepala Bagian Hukum Sekretariat Daerah Kabupaten Wonosobo",
        ),
        (
            "Pemkab Wonosobo menggelar rapat. Kasubag Protokol Setdakab, Rina Hapsari hadir.",
            "Rina Hapsari",
            "Pemerintah Kabupaten Wonosobo",
            "Kepala Subbagian Protokol Sekretariat Daerah Kabupaten Wonosobo",
        ),
        (
            "Pemerintah Provinsi Jawa Tengah menggelar rapat. Kepala Biro Hukum Setda, Rina "
            "Hapsari hadir.",
            "Rina Hapsari",
            "Pemerintah Provinsi Jawa Tengah",
            "Kepala Biro Hukum Sekretariat Daerah Provinsi Jawa Tengah",
        ),
        (
            "Pemerintah Provinsi Jawa Tengah menggelar rapat. Karo Hukum Setdaprov, Rina "
            "Hapsari hadir.",
            "Rina Hapsari",
            "Pemerintah Provinsi Jawa Tengah",
            "Kepala Biro Hukum Sekretariat Daerah Provinsi Jawa Tengah",
        ),
    ],
)
def test_a_section_head_with_the_secretariat_takes_the_documents_region(
    extractor: Extractor, text: str, name: str, org: str, role: str
) -> None:
    assert _official(extractor, text, name) == [(name, org, role)]


@pytest.mark.parametrize(
    "text",
    [
        # a section's head with no secretariat written: a police's, a company's, whose?
        "WONOSOBO - Kabag Umum, Rina Hapsari mengatakan perda itu sudah disahkan.",
        # "Karo" (the head of a bureau) is no mention of Kabupaten Karo, a regency: a
        # province's secretariat ("Setdaprov") never takes it
        "Karo Hukum Setdaprov Rina Hapsari mengatakan perda itu sudah disahkan.",
    ],
)
def test_no_region_the_text_does_not_give(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2023-02-06")
    found = [e.org for e in record.entities if e.text == "Rina Hapsari"]
    assert found == [None]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Pemkab Temanggung menggelar rapat anggaran. Staf Ahli Bidang "
            "Pemerintahan, Rina Hapsari hadir.",
            "Pemerintah Kabupaten Temanggung",
        ),
        (
            "Wali Kota Semarang Hevearita Gunaryanti Rahayu meninjau pasar. Staf Ahli Bidang "
            "Pemerintahan, Rina Hapsari hadir.",
            "Pemerintah Kota Semarang",
        ),
        # a ministry named too: its minister's adviser may be meant
        (
            "Pemkab Temanggung dan Kementerian Perdagangan menggelar rapat. Staf Ahli Bidang "
            "Pemerintahan, Rina Hapsari hadir.",
            None,
        ),
        # two regions' governments: whose?
        (
            "Pemkab Temanggung dan Pemkab Wonosobo menggelar rapat. Staf Ahli Bidang "
            "Pemerintahan, Rina Hapsari hadir.",
            None,
        ),
    ],
)
def test_a_headless_adviser_is_the_one_governments(
    extractor: Extractor, text: str, org: str | None
) -> None:
    record = extractor.extract(text, published="2023-02-06")
    found = [e.org for e in record.entities if e.text == "Rina Hapsari"]
    assert found == [org]


@pytest.mark.parametrize(
    "mention",
    [
        "Kepala Sekolah dan Guru, Ratna Kusumawati",
        "Direktur Utama dan Komisaris, Ratna Kusumawati",
        "Ketua Panitia, Bendahara dan Sekretaris, Ratna Kusumawati",
    ],
)
def test_dan_joins_no_two_posts(extractor: Extractor, mention: str) -> None:
    record = extractor.extract(f"{mention} memberikan keterangan.", published="2021-03-15")
    person = longest_person(record, mention)
    assert person is not None and (person.role, person.org) == (None, None)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sekdaprovsu hadir.", "Sekda Provsu hadir."),
        ("Asisten I Setdaprovsu hadir.", "Asisten I Setda Provsu hadir."),
    ],
)
def test_a_glued_province_short_form_is_read_apart(text: str, read: str) -> None:
    spacing = collapse_spaces(text)
    assert spacing is not None and spacing.text == read
    start = spacing.text.index("hadir")
    assert text[spacing.start(start) : spacing.end(start + 5)] == "hadir"


@pytest.mark.parametrize("text", ["Pemprovsu hadir.", "Sekdaprovxy hadir.", "Improvisasi hadir."])
def test_other_glued_words_are_left_as_written(text: str) -> None:
    assert collapse_spaces(text) is None
