"""An "h" the press writes or drops after "d", "t" or "g" ("Dhakiri", "Dakiri", and moved
after the next consonant, "Dakhiri") is compared without it where a name word is no match
with it (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.spelling import close_to, without_digraph_h


def test_digraph_h_left_out() -> None:
    assert without_digraph_h("dhakiri") == "dakiri"
    assert without_digraph_h("thohir") == "tohir"
    assert without_digraph_h("ghani") == "gani"
    assert without_digraph_h("khairul") == "khairul"  # "kh" is folded elsewhere


def test_close_with_the_digraph_h_moved_or_dropped() -> None:
    assert close_to("Hanif Dakhiri", ["Muhammad Hanif Dhakiri"])
    assert close_to("Barnabas Natanael Orno", ["Barnabas Nathaniel Orno"])
    # another consonant before the moved "h" is another name
    assert not close_to("Hanif Bakhiri", ["Muhammad Hanif Dhakiri"])
    assert not close_to("Hanif Takhiri", ["Muhammad Hanif Dhakiri"])
    # a word that was close with its "h" stays close ("Indh" for Indah)
    assert close_to("Indh Amperawati", ["Indah Amperawati"])


@pytest.mark.parametrize(
    ("mention", "published", "canonical"),
    [
        ("Menaker Hanif Dakhiri", "2018-05-01", "Muhammad Hanif Dhakiri"),
        ("Wagub Maluku Barnabas Natanael Orno", "2022-06-01", "Barnabas Nathaniel Orno"),
    ],
)
def test_holder_after_title(
    extractor: Extractor, mention: str, published: str, canonical: str
) -> None:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.canonical, e.matched) for e in people] == [(canonical, "fuzzy")]


@pytest.mark.parametrize(
    ("mention", "published"),
    [
        ("Menaker Hanif Bakhiri", "2018-05-01"),  # another consonant: another name
        ("Menaker Hanif Dakhiri", "2022-05-01"),  # a day another person is the minister
    ],
)
def test_no_holder(extractor: Extractor, mention: str, published: str) -> None:
    record = extractor.extract(f"{mention} membuka rapat koordinasi.", published=published)
    assert all(e.canonical != "Muhammad Hanif Dhakiri" for e in record.entities)
