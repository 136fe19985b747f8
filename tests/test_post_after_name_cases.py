"""A post written right after a person's name with no comma (``components/ner.py``'s cut of a
predicted name, ``ner_filters.SpanFilter.post_at``), on mentions written for this test
(``data/post_after_name_cases.jsonl``): the post's title ends the name ("disampaikan Nama Nama
Kepala Bidang Humas", "diwakili Nama Nama Sekretaris Bappeda", "Nama Nama Ketua Fraksi X",
"Nama Nama Camat X"). Negative row: a word of a two-word title written alone ("Wali") stays
in the name.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "post_after_name_cases.jsonl")


def test_post_ends_the_name(extractor: Extractor) -> None:
    assert len(CASES) >= 5
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = person.canonical if person else None
        assert got == case["person"], (case["mention"], got)
