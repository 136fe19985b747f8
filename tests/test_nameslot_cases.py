"""The name slot after a post phrase and a comma: sentences written for these tests
(``tests/data/nameslot_cases.jsonl``), all extracted in one batch.

- ``closed``: one word that is also a common word ("Sabar", "Rahayu") is the holder's name
  when the slot is closed by a verb with its prefix ("mengatakan", "berharap", "dilantik");
- ``degree``: a name closed by a degree ("S.Sos", "SH MH") is the holder's name;
- ``none``: a day, a month, a place or a common word before a word that is no prefixed verb
  is no person.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases
from pmk_extract import Extractor
from pmk_extract.components.name_reader import prefixed_verb

CASES = Path(__file__).parent / "data" / "nameslot_cases.jsonl"


def test_name_slot_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [(p.canonical, p.org) for p in record.entities if p.label == "PERSON"]
        want = [] if case["person"] is None else [(case["person"], case["org"])]
        if found != want:
            wrong.append((case["text"], found))
    assert wrong == []
    assert {case["class"] for case in cases} == {"closed", "degree", "none"}


def test_prefixed_verb() -> None:
    for word in ("mengatakan", "memberikan", "berharap", "dilantik", "menyampaikan"):
        assert prefixed_verb(word), word
    for word in ("dan", "yang", "dia", "mereka", "sebagai", "atas", "Mengatakan", "lalu"):
        assert not prefixed_verb(word), word
