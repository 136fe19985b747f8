"""Misspelt names after a title match the office's holder on that date (sentences written
for these tests); a bare misspelt name, or one on a date the person did not hold the
office, does not."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.spelling import close_to, edit_distance, normalise, skeleton


def test_old_spellings_are_folded() -> None:
    assert normalise("Tjahjo") == normalise("Cahyo")
    assert normalise("Djoko Soetarno") == normalise("Joko Sutarno")


def test_edit_distance_stops_at_the_limit() -> None:
    assert edit_distance("sambuanga", "sambuaga", 2) == 1
    assert edit_distance("parawansa", "parawangsa", 1) == 1
    assert edit_distance("budi", "susilo", 2) == 3


def test_skeleton_keeps_the_consonants_as_written() -> None:
    assert skeleton("ganajr") == skeleton("ganjar") == "gnjr"
    assert skeleton("saifulah") == skeleton("syaifullah") == "sfl"
    assert skeleton("nadia") != skeleton("nadiem")


def test_two_edits_only_with_the_first_letter_and_the_consonants() -> None:
    assert close_to("Nadeim", ["Nadiem Anwar Makarim"])  # two vowels swapped
    assert close_to("Kofifa", ["Khofifah Indar Parawansa"])  # "h" dropped twice
    assert not close_to("Nadia", ["Nadiem Anwar Makarim"])  # a consonant lost: another name
    assert not close_to("Hartanto", ["Hartono"])  # a consonant more: another name
    assert not close_to("Ertono", ["Hartono"])  # another first letter


def test_close_to_compares_runs_of_words() -> None:
    assert close_to("Sambuanga", ["Jerry Sambuaga"])
    assert close_to("Cahyo Kumolo", ["Tjahjo Kumolo"])
    assert not close_to("Ani", ["Ana"])  # too short to risk
    assert not close_to("Sutrisno", ["Suharso Monoarfa"])


@pytest.mark.parametrize(
    ("text", "published", "written", "canonical"),
    [
        (
            "Mendagri Cahyo Kumolo meminta kepala daerah hadir.",
            "2016-03-01",
            "Cahyo Kumolo",
            "Tjahjo Kumolo",
        ),
        (
            "Wakil Menteri Perdagangan Jerry Sambuanga membuka pameran.",
            "2020-02-01",
            "Jerry Sambuanga",
            "Jerry Sambuaga",
        ),
        (
            "Menko PMK Muhajir Efendi meninjau lokasi banjir.",
            "2023-03-01",
            "Muhajir Efendi",
            "Muhadjir Effendy",
        ),
        # a short name two edits off with the same first letter and consonants
        ("Mendikbud Nadeim membuka rapat guru.", "2020-05-04", "Nadeim", "Nadiem Anwar Makarim"),
        ("Kapolri Lisyto meninjau pos mudik.", "2023-04-18", "Lisyto", "Listyo Sigit Prabowo"),
        ("Gubernur Jawa Tengah Ganajr meninjau pasar.", "2020-05-04", "Ganajr", "Ganjar Pranowo"),
    ],
)
def test_misspelt_holder_after_title(
    extractor: Extractor, text: str, published: str, written: str, canonical: str
) -> None:
    record = extractor.extract(text, published=published)
    person = next(e for e in record.entities if e.text == written)
    assert person.canonical == canonical
    assert person.matched == "fuzzy"
    assert person.to_dict()["matched"] == "fuzzy"


def test_no_title_or_wrong_date_no_match(extractor: Extractor) -> None:
    # without a title only an exact alias counts
    bare = extractor.extract("Cahyo Kumolo meminta kepala daerah hadir.", published="2016-03-01")
    assert all(e.canonical != "Tjahjo Kumolo" for e in bare.entities)
    # in 2020 the Minister of Home Affairs was another person: no link to Tjahjo Kumolo
    later = extractor.extract("Mendagri Cahyo Kumolo meminta kepala daerah hadir.", "2020-03-01")
    assert all(e.canonical != "Tjahjo Kumolo" for e in later.entities)
    # a different name two edits off the holder's is no misspelling of it
    other = extractor.extract("Mendikbud Nadia membuka rapat guru.", published="2020-05-04")
    assert all(e.canonical != "Nadiem Anwar Makarim" for e in other.entities)
    # an exact name is not marked
    exact = extractor.extract("Mendagri Tjahjo Kumolo hadir.", published="2016-03-01")
    assert all(e.matched is None for e in exact.entities)
