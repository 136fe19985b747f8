"""A one-word name opening a sentence before its post (issue 18), on mentions written for this
test (``data/lone_name_cases.jsonl``): "Sutrisno, Kepala Dinas Pendidikan Kabupaten Sleman
mengatakan", "Haryanto, Kadisdik Kabupaten Bantul, mengatakan". The name holds the post when
the post is closed by a comma or the clause's verb and the word is in title case and no word
of the language or place (:mod:`pmk_extract.components.names_before`); a connective ("Terpisah,",
"Selanjutnya,") or a place opening the sentence is no name (must-not rows: no official).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "lone_name_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, official_outcome)


def test_the_table_covers_both_sides() -> None:
    forms = Counter(c["form"].split(":")[0] for c in CASES)
    assert forms["must-not"] >= 4
    assert sum(v for k, v in forms.items() if k != "must-not") >= 5


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c["mention"], org) for c, ok, org in outcomes if not ok]
    assert not misses
