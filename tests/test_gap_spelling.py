"""On a day no sourced term covers, a name of two words or more after an office's title that
misspells the name of the one holder whose term ended within a year before that day is that
holder, as the name written whole already is (a gap after the last sourced day: the months
after a vice-governor's term while an acting governor serves alone); an unknown name, a day
farther from any term, a day before a term's start or another office's holder's name links
no one (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor


def _people(extractor: Extractor, mention: str, published: str) -> list[tuple[str, str | None]]:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    return [(e.canonical, e.matched) for e in record.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        ("Wakil Gubernur Gorontalo Iddris Rahim", "2022-08-09", "Idris Rahim"),
        ("Wakil Gubernur Sumatera Utara Musa Radjekshah", "2023-12-01", "Musa Rajekshah"),
        (
            "Wakil Gubernur Jawa Timur Emil Elistianto Dardak",
            "2024-06-01",
            "Emil Elestianto Dardak",
        ),
    ],
)
def test_misspelt_holder_in_a_gap(
    extractor: Extractor, mention: str, published: str, canonical: str
) -> None:
    assert _people(extractor, mention, published) == [(canonical, "fuzzy")]


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        # a name no known person bears, misspelt the same way
        ("Wakil Gubernur Gorontalo Hendrik Lasmono", "2022-08-09", None),
        # more than a year after the term, no term starting within a year
        ("Wakil Gubernur Gorontalo Iddris Rahim", "2023-10-01", "Idris Rahim"),
        # another office's holder
        ("Wakil Gubernur Gorontalo Musa Radjekshah", "2022-08-09", "Musa Rajekshah"),
        # months before the next term's swearing-in
        (
            "Wakil Gubernur Gorontalo Idah Syahida Rusli Habibi",
            "2024-10-01",
            "Idah Syahidah Rusli Habibie",
        ),
    ],
)
def test_no_holder(
    extractor: Extractor, mention: str, published: str, canonical: str | None
) -> None:
    people = _people(extractor, mention, published)
    assert all(name != canonical for name, _ in people)
    assert all(matched is None for _, matched in people)
