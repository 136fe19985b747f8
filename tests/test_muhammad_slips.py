"""A form of Muhammad written with one slip of the hand ("Mohammd", "Mhoamad", "Mocohamad") is
still a form of Muhammad when a misspelt holder's name is compared after a title (sentences
written for these tests); another name ("Mahmud") and a consonant written for or added to
another ("Muhamman", "Muhamdad") are not."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.spelling import muhammad_misspelt, normalise


@pytest.mark.parametrize("word", ["Mohammd", "Moahmad", "Mhoamad", "Mochama", "Mocohamad"])
def test_slips_of_muhammad(word: str) -> None:
    assert muhammad_misspelt(word)
    assert normalise(f"{word} Nasir") == "muhammad nasir"


@pytest.mark.parametrize(
    "word", ["Mahmud", "Muhamman", "Muhammal", "Muhamdad", "Mohamnad", "Mohan", "Mohammad"]
)
def test_no_slip_of_muhammad(word: str) -> None:
    # another name, a consonant for or beside another, too short, or a form written right
    assert not muhammad_misspelt(word)


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        ("Wali Kota Makassar Mohammd Ramdhan Pomanto", "2016-11-06", "Mohammad Ramdhan Pomanto"),
        ("Menristekdikti Mhoamad Nasir", "2017-04-23", "Mohamad Nasir"),
        ("Bupati Trenggalek Mocohamad Nur Arifin", "2020-04-07", "Mochamad Nur Arifin"),
    ],
)
def test_holder_after_title(
    extractor: Extractor, mention: str, published: str, canonical: str
) -> None:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.canonical, e.matched) for e in people] == [(canonical, "fuzzy")]


def test_another_name_is_no_holder(extractor: Extractor) -> None:
    record = extractor.extract("Menristekdikti Mahmud Nasir membuka rapat.", "2017-04-23")
    assert all(e.canonical != "Mohamad Nasir" for e in record.entities)
