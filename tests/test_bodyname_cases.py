"""A national body's short form written right after a post of its own unit is the post's
body, never a word of the holder's name (``components/body_forms.py``;
``tests/data/bodyname_cases.jsonl``, sentences written for this test).

- "body" rows: a ministry's short form ("ESDM", "LHK", "PU", "ATR": its one-word aliases and
  the word a "Kementerian X" alias writes) after a post of one of its units, with a comma or
  none, before the name: the person is the name alone, the organisation the ministry;
- "initials" rows: capitals that are no body's short form stay the name's initials, also
  after the body's short form;
- "other" rows: the short form opening a regional office's name ("Kepala Dinas ESDM Provinsi
  X"), a national body's short form after a regional office (the initials lane's "Kepala BKD MA
  Nama") and a minister's title keep their readings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "bodyname_cases.jsonl")


@pytest.mark.parametrize("kind", ["body", "initials", "other"])
def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor, kind: str) -> None:
    rows = [c for c in CASES if c["kind"] == kind]
    assert rows
    wrong = [
        (c["mention"], org)
        for c, ok, org in judge_cases(extractor, rows, mention_outcome)
        if not ok
    ]
    assert wrong == []


def test_another_body_short_form_gives_no_wrong_person(extractor: Extractor) -> None:
    """A short form of another body after the post is not skipped: no person is read with
    the other body's organisation or from the short form itself."""
    text = "Sekretaris Ditjen Migas PUPR, Wahyu Pratomo memberikan keterangan kepada wartawan."
    record = extractor.extract(text, published="2022-04-12")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert all(e.org != "Kementerian Pekerjaan Umum dan Perumahan Rakyat" for e in people)
    assert all("PUPR" not in e.text for e in people)
