"""An "h" the press writes or drops without changing a name (after a consonant: "Ghani",
"Rhamdani", "Santhoso"; ending a word after a vowel: "Wimbo", "Fata") makes a word as near
as it is without it, so a holder's name misspelt so in two words ("Wimbo Santhoso" for
Wimboh Santoso) is still that holder after the office's title; a consonant written for
another stays another name (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.spelling import close_to, without_weak_h


def test_weak_h_left_out() -> None:
    assert without_weak_h("rhamdani") == "ramdani"
    assert without_weak_h("santhoso") == "santoso"
    assert without_weak_h("wimboh") == "wimbo"
    assert without_weak_h("hamzah") == "hamza"
    assert without_weak_h("sah") == "sah"  # a short word keeps its "h"
    assert without_weak_h("rahmat") == "rahmat"  # an "h" between a vowel and a consonant


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Wimbo Santhoso", "Wimboh Santoso"),
        ("Abdhul Fata", "Abdul Fatah"),
        ("Busthami Hamza", "Bustami Hamzah"),
        ("Wimbosanthoso", "Wimboh Santoso"),  # glued, the "h" dropped and added
    ],
)
def test_close_without_the_weak_h(written: str, name: str) -> None:
    assert close_to(written, [name])


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Wimbo Sandhoko", "Wimboh Santoso"),  # two consonants written for others
        ("Abdhul Fatir", "Abdul Fatah"),  # another name, however the "h" is written
        ("Busthami Hamdan", "Bustami Hamzah"),
    ],
)
def test_not_close(written: str, name: str) -> None:
    assert not close_to(written, [name])


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        ("Ketua OJK Wimbo Santhoso", "2020-01-18", "Wimboh Santoso"),
        ("Sekda Aceh Busthami Hamza", "2023-06-10", "Bustami Hamzah"),
        ("Wagub Babel Abdhul Fata", "2019-11-10", "Abdul Fatah"),
    ],
)
def test_holder_after_title(
    extractor: Extractor, mention: str, published: str, canonical: str
) -> None:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.canonical, e.matched) for e in people] == [(canonical, "fuzzy")]


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        ("Ketua OJK Wimbo Sandhoko", "2020-01-18", "Wimboh Santoso"),
        ("Sekda Aceh Busthami Hamdan", "2023-06-10", "Bustami Hamzah"),
        ("Ketua OJK Wimbo Santhoso", "2024-01-18", "Wimboh Santoso"),  # no longer the chair
    ],
)
def test_no_holder(extractor: Extractor, mention: str, published: str, canonical: str) -> None:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    assert all(e.canonical != canonical for e in record.entities)
