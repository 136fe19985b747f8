"""A body or a ministry's unit written on a day outside its dates: sentences written for these
tests (``tests/data/unitdates_cases.jsonl``), each row naming its rule. A body other than a
ministry written before its first start did not exist yet, and a ministry's unit written after
its last end was moved or dissolved: the official gets no organisation (the role keeps the
unit). Negatives: the same units on days inside their dates, and a ministry written before its
line's start (ministries were formed again under earlier names), keep their bodies.
``role`` is checked when given; ``org`` null: the person gets no organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import assert_rules_named, assert_sole_person, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "unitdates_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['mention']}@{c['published']}")
def test_unitdates_case(extractor: Extractor, case: dict[str, Any]) -> None:
    assert_sole_person(extractor, case)


def test_table_names_its_rules() -> None:
    assert_rules_named(_cases())
