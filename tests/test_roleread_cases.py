"""Regional offices' posts written with their region but not in the lexicons' case (issue 18,
lane roleread), on mentions written for this test (``data/roleread_cases.jsonl``):

- a title and the unit head written as the lexicons write them, the unit's field in lower
  case, then the region ("Kepala Dinas kesehatan Kabupaten X Nama", "Kepala Bidang bina
  marga Dinas PUPR X Nama") is read in the lexicons' case
  (:mod:`pmk_extract.components.title_case`): the post and the region's government;
- only when every lower-case word is a word of an office's name: a predicate or a common
  word before the region ("Kepala Dinas kesehatan mengatakan bahwa warga Kabupaten X Nama",
  "... dan warga Kabupaten X") gives the name no post (must-not rows);
- a merged office written as a title, an office's short form, "dan", a second field's or
  office's short form and the region ("Kepala Disperindag dan ESDM Kota X Nama", "Kasatpol
  PP dan Damkar Kabupaten X Nama"): the head of one office of the region's government
  (:mod:`pmk_extract.components.units`, :mod:`pmk_extract.components.command_titles`); a
  national body after "dan" ("Kasatpol PP dan Polres X") or two offices listed with no title
  ("Personel Satpol PP dan BPBD X") give no post (must-not rows);
- an office's short form in brackets that the tokenizer splits at its digits ("(Dinkes
  P2KB)", "(DP2KB)") is skipped as one short form before the region
  (:func:`pmk_extract.components.unit_view.bracket_end`);
- the regional revenue and finance agencies' short forms of the nomenclature's other names
  ("BPPKAD", "BPPRD", "BPPDRD", "Bappenda": ``abbreviations.tsv``, ``org_units.tsv``) before
  the region name the region's office;
- a regency's short form the regional press writes after an office ("Kepsul", "Mahulu",
  "Malra": ``regions.jsonl`` aliases) is that regency.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "roleread_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, mention_outcome)


def test_the_table_covers_the_family() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["lower field"] >= 8
    assert forms["merged office"] >= 5
    assert forms["split short form"] >= 3
    assert forms["finance short form"] >= 4
    assert forms["region short form"] >= 3
    assert forms["must-not"] >= 5


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c["mention"], org) for c, ok, org in outcomes if not ok]
    assert not misses
