"""A body's own short form in capitals between a title and the holder's name (shortposts lane,
issue 18).

"Rektor UNIPA Nama Nama", "Ketua APDESI Nama Nama", "Wakil Rektor III UNIPA Nama Nama": a short
form no lexicon and no knowledge-base line knows is the post's body; the title-case words
after it are the holder's name (``components/short_forms.py``). The role keeps the short form,
the organisation stays unknown. Rows with ``not_person`` guard precision: a short form of a
kind of body opens that body's own name (``lexicons/named_kinds.txt``: "PDAM Tirta X"), a
place after the short form is the unit's, and a name's opener or honorific in capitals ("TB",
"KH") is no body.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, mention_misses, people_in_mention
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "short_form_cases.jsonl")
HOLDERS = [case for case in CASES if "person" in case]
GUARDS = [case for case in CASES if "not_person" in case]


def test_holder_after_short_form(extractor: Extractor) -> None:
    assert len(HOLDERS) >= 10
    assert mention_misses(extractor, HOLDERS) == []


def test_no_holder_read_into_a_body_or_name(extractor: Extractor) -> None:
    wrong = []
    for case, record in zip(GUARDS, extract_cases(extractor, GUARDS), strict=True):
        found = [p.canonical for p in people_in_mention(record, case["mention"])]
        if (case["not_person"] is None and found) or case["not_person"] in found:
            wrong.append((case["mention"], found))
    assert wrong == []
