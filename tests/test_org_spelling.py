"""Organisation names with a word misspelt by one letter, on sentences written for these
tests: the word is read as the names write it when it is no Indonesian word (a root or a
regular derivation of one), no word of a place or person, and another word of the name is
written right; a title abbreviation with one letter changed is another office's."""

from __future__ import annotations

from functools import cache

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import _officials
from pmk_extract.components.org_spelling import org_spelling
from pmk_extract.components.title_spelling import TitleSpelling
from pmk_extract.kb import default_kb
from pmk_extract.lexicons import lexicons
from pmk_extract.people import default_people
from pmk_extract.stemming import regular_derivation


@cache
def _spelling() -> TitleSpelling:
    return org_spelling(default_kb(), default_people(), lexicons())


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("Kementrian", "Kementerian"),  # a letter dropped
        ("Penangulangan", "Penanggulangan"),  # a doubled letter written once
        ("Kordinator", "Koordinator"),
        ("Pertwakilan", "Perwakilan"),  # a letter added
        ("Perwakilam", "Perwakilan"),  # a letter changed in a word
    ],
)
def test_a_misspelt_word_of_a_name(written: str, word: str) -> None:
    assert _spelling().title_word(written) == word


@pytest.mark.parametrize(
    "written",
    [
        "Pengaduan",  # peng-adu-an: a word of its own, one letter off "Pengadaan"
        "Penetapan",  # pen-(t)etap-an, off "Penerapan"
        "Pelajaran",  # off "Pelayaran"
        "Pendataan",  # off "Penataan"
        "Penegasan",  # off "Penegakan"
        "Bangung",  # off the place "Bandung": places are not read into
        "KemenPPPA",  # capitals inside a name are no case slip
        "Kementerian",  # the word itself
    ],
)
def test_words_that_are_no_misspelt_word_of_a_name(written: str) -> None:
    assert _spelling().title_word(written) is None


@pytest.mark.parametrize(
    ("word", "derived"),
    [
        ("Pengaduan", True),
        ("Penataan", True),
        ("Kesehatan", True),
        ("Nasional", True),
        ("Kementrian", False),  # kemen-tri-an: affixes no word takes together
        ("Penangulangan", False),
    ],
)
def test_regular_derivation(word: str, derived: bool) -> None:
    assert regular_derivation(word) is derived


@pytest.mark.parametrize("written", ["Menpera", "Mentos"])
def test_an_abbreviated_title_with_a_letter_changed_is_another(written: str) -> None:
    assert _officials().title_reader.spelling.title_word(written) is None


@pytest.mark.parametrize(
    ("text", "org", "person_org"),
    [
        (
            "Sekretaris Jenderal Kementrian Kesehatan Budi Santoso membuka acara.",
            "Kementerian Kesehatan",
            "Kementerian Kesehatan",
        ),
        (
            "Direktur Jenderal Imigrasi Kementrian Hukum dan HAM Budi Santoso membuka acara.",
            "Kementerian Hukum dan Hak Asasi Manusia",
            "Kementerian Hukum dan Hak Asasi Manusia",
        ),
        (  # the unit rules read the word too
            "Wakil Ketua Dewan Perwakilam Rakyat Daerah Kabupaten Demak Budi Santoso hadir.",
            "Dewan Perwakilan Rakyat Daerah Kabupaten Demak",
            "Dewan Perwakilan Rakyat Daerah Kabupaten Demak",
        ),
        (
            "Kepala Dinas Pendidkan Kabupaten Demak Budi Santoso membuka acara.",
            "Dinas Pendidikan Kabupaten Demak",
            "Pemerintah Kabupaten Demak",
        ),
    ],
)
def test_a_name_with_a_misspelt_word(
    extractor: Extractor, text: str, org: str, person_org: str
) -> None:
    record = extractor.extract(text, published="2022-06-10")
    assert [e.canonical for e in record.entities if e.label == "ORG"] == [org]
    person = next(e for e in record.entities if e.text == "Budi Santoso")
    assert person.org == person_org


def test_a_lone_misspelt_word_names_nothing(extractor: Extractor) -> None:
    record = extractor.extract("Budi Pertaminna datang ke kantor.", published="2022-06-10")
    assert not [e for e in record.entities if e.label == "ORG"]
