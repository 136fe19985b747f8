"""Mayors, vice mayors and acting mayors of the provincial capitals, and the acting governors
and vice-governors of the 2021-2026 gaps (``holders.jsonl``, the gap-audit block), on a table
of mentions written for this test (``data/capital_holder_cases.jsonl``): a title as the press
writes it and a name (full, short) give the holder's full name, the role on the date (an
acting term names its post: "Penjabat Wali Kota Ambon") and the regional government.

19 of 25 rows came out right on main before this data (a titled full name already gave the
role and organisation); every row must come out right now, none with another organisation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "capital_holder_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    records = extract_cases(extractor, CASES)
    return [(c, *mention_outcome(c, r)) for c, r in zip(CASES, records, strict=True)]


def test_the_table_covers_the_family() -> None:
    assert len(CASES) >= 25
    forms = Counter(c["form"] for c in CASES)
    assert {"full", "short", "acting"} <= set(forms)
    for case in CASES:
        assert case["org"].startswith(("Pemerintah Provinsi ", "Pemerintah Kota "))


def test_every_capital_holder_row_is_right(
    outcomes: list[tuple[dict[str, Any], bool, str | None]],
) -> None:
    misses = [(c["mention"], c["published"]) for c, ok, _ in outcomes if not ok]
    wrong = [(c["mention"], org) for c, _, org in outcomes if org is not None]
    assert not wrong
    assert not misses
