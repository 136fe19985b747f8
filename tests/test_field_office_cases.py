"""Regional and field offices of national bodies as the press names them (issue 18), on
mentions written for this test (``data/field_office_cases.jsonl``): an office's class
written in lower case ("Rutan kelas IIB X", "Kantor Imigrasi klas I X") or graded by a letter
("Kantor SAR Kelas B X": ``components/justice.py``), an agricultural quarantine office named
by its service and seat ("Karantina Pertanian X"), the first of a region's numbered offices
("Kanwil DJP Jawa Barat I Nama", but "Bali I Wayan Nama" opens a Balinese name:
``command_places.region_number``) and a national park's office named by the park's short form
("Balai Besar TNBTS": ``command_units.tsv`` kind park), and a ministry's field office named
by its type and seat alone ("Balmon SFR Kelas II X", "BTKLPP", "BP2JK", "BPSPL", "BBPLK",
"Pelabuhan Perikanan Nusantara", "BPCB": ``command_units.tsv``), and the state intelligence
agency's office in a province ("Kabinda Sulsel", "Kepala Binda X": its head, seconded from the
TNI or Polri, is an official of BIN there, whatever the rank says). Each holder's organisation is
the office's owner on the day. Must-not rows name no official: an office's staff with no name,
a school class's teacher.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "field_office_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, official_outcome)


def test_the_table_covers_the_family() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["must-not"] >= 2
    assert len(forms) >= 6


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c["mention"], wrong) for c, ok, wrong in outcomes if not ok]
    assert not misses
