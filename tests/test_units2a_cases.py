"""A ministry's units below echelon I written without the ministry, and the role a title
takes before a ministry's unit: sentences written for these tests
(``tests/data/units2a_cases.jsonl``), each row naming its rule. A title right before a
ministry's unit keeps the unit in its role, since the official's organisation is the ministry
("Sekretaris Badan Geologi Nama", "Kepala Pusat Krisis Kesehatan Nama"); a unit that moved in
a ministry's split or was replaced takes the body of the day; a directorate's head's title names
its ministry. Negatives: a region's own agency of the same words, a short form two bodies share
written alone, the national agency that replaced a ministry's.
``role`` is checked when given; ``org`` null: the person gets no organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import assert_rules_named, assert_sole_person, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "units2a_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_units2a_case(extractor: Extractor, case: dict[str, Any]) -> None:
    assert_sole_person(extractor, case)


def test_table_names_its_rules() -> None:
    assert_rules_named(_cases())
