"""Where a name after an official title begins and ends: sentences written for these tests
(``tests/data/namebound_cases.jsonl``), each row naming its class and rule, with rows where the
rule must not apply. All rows are extracted in one batch.

- ``degree``: degrees glued with a comma inside one token ("S.H.,M.H") and a second degree
  after a first ("SH M Si") are neither in the name nor a person of their own;
- ``lower``: a name word in lower case that is no dictionary word ends the name with its
  capital ("dr. Anita susanti"); a dictionary word or a verb does not ("Anita menjelaskan");
- ``abbreviation``: an abbreviated name word in capitals ("ABD.", "MOH.") is the name's;
- ``retired``: "Purnawirawan" before a name is not in it;
- ``rank``: after a rank, a name word one letter off a rank ("Laksmana") is the name's;
- ``longer``: a known two-word name after another name word is the end of a longer name.

``person`` is the expected span (the only PERSON in the mention); ``canonical`` and ``org``
(None: no organisation) are checked.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import case_records, class_misses, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "namebound_cases.jsonl"
CLASSES = {"degree", "lower", "abbreviation", "retired", "rank", "longer"}


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return case_records(extractor, load_cases(CASES))


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_name_bounds_of_a_class(outcomes: list[tuple[dict[str, Any], Record]], kind: str) -> None:
    assert class_misses(outcomes, kind) == []


def test_table_covers_every_class() -> None:
    cases = load_cases(CASES)
    counts = Counter(case["class"] for case in cases)
    assert set(counts) == CLASSES, counts
    for case in cases:
        assert case["rule"] and case["mention"] and case["published"]
