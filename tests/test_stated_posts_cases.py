"""A regional post's title before a whole name of nobody the knowledge base knows keeps the post
the text states, when the office's one recorded holder on the date is another: the record lacks
an acting or unrecorded holder more often than the press names a post wrongly
(``components/name_holders.py``, ``HolderRules.regional_post``). These still take no post: a
former or candidacy mark before the title ("mantan", "calon": ``lexicons/former_marks.txt``,
``lexicons/candidacy_marks.txt``); a national post's title, which a foreign office shares
("Presiden Prancis Nama"); a known person of another office; a name that, its initials set
aside, is one word, a known person's name, or ends with the holder's last word (the holder or a
known person written wrongly). Mentions written for this test
(``data/stated_posts_cases.jsonl``) with real offices and holders of the knowledge base and
invented names."""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "stated_posts_cases.jsonl")


def test_stated_regional_posts(extractor: Extractor) -> None:
    assert len(CASES) >= 15
    misses = []
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        want = (case["person"], case["org"]) if case["person"] else None
        if got != want:
            misses.append((case["form"], case["mention"], got))
    assert not misses, misses
