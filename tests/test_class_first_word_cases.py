"""After a bare class title of a class the knowledge base holds only in part (regents,
mayors, secretaries, police and military commanders), a name of two words or more is the one
holder of the class whose name it fits only when it opens with the first word of one of the
holder's names, a form of Muhammad or an initial aside (``components/class_holders.py``,
``keeps_first``): a name that leaves the first word out ("Budi Santoso" for Erick Budi
Santoso) is a shorter name many others bear, and stays as written. Rows marked "kept" guard
recall: the whole name, the name without its Muhammad, first and last words, first two words.
Written for this test (``data/class_first_word_cases.jsonl``) with real holders.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "class_first_word_cases.jsonl")


def test_name_after_a_bare_class_title(extractor: Extractor) -> None:
    assert len(CASES) >= 7
    misses = []
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        if got != (case["person"], case["org"]):
            misses.append((case["mention"], got))
    assert not misses, misses
