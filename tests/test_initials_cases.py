"""A national body's short form after a regional office, before a name, opens the name
(``components/initials.py``; ``tests/data/initials_cases.jsonl``, sentences written for this
test).

- "initials" rows: two or three capitals ("MA", "MK", "KY", "BI") right after a regional
  government's office (a department or agency written out, short or fused, with or without its
  region and a bracketed short form), a regional council with its region or a district after
  "Camat", right before a name-shaped word, are the holder's initials: the person is the whole
  name and the organisation the region's government or council (none when no region is
  written), never the national body;
- "body" rows: after a post or a unit of no regional government ("Ketua", "Kepala Biro Hukum",
  "Hakim Agung", "Juru Bicara", "Gubernur") the short form stays the post's body, a council
  member's party after the council ("Fraksi PKB") stays the party, and a region's short form
  after a regional office ("Kepala Dinas Kesehatan NTB Nama") stays the region.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "initials_cases.jsonl")


@pytest.mark.parametrize("kind", ["initials", "body"])
def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor, kind: str) -> None:
    rows = [c for c in CASES if c["kind"] == kind]
    wrong = [
        (c["mention"], org)
        for c, ok, org in judge_cases(extractor, rows, mention_outcome)
        if not ok
    ]
    assert wrong == []
