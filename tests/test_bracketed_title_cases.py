"""A post's own short form in brackets inside the post phrase (``unit_fields.
title_field_ends_at``, ``units.py``; ``tests/data/bracketed_title_cases.jsonl``, sentences
written for this test).

- the short form of a sub-unit head's title may stand between the title and its field
  ("Kepala Bidang (Kabid) Sumber Daya Air Dinas PUPR Kabupaten X", "Kepala Seksi (Kasi) X
  Satpol PP Kota Y"): the office and its region after the field still make the organisation;
- a department head's short form after "Dinas" and the department's own short form after its
  name ("Kepala Dinas (Kadis) X (DPMD) Kabupaten Y") both pass: the region after them is the
  department's; with no region written, no organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "bracketed_title_cases.jsonl")


def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor) -> None:
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, CASES, mention_outcome) if not ok]
    assert wrong == []
