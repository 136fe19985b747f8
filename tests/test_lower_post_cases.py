"""A known person's name after the title of a post below every recorded office
(``lexicons/lower_posts.txt``: a region's department or section, a district, a village, a
school, a court's, prosecutor's, police or military local unit) is another person's when the
known person holds a recorded office that day, or, written shorter than the person's name,
when the person never held an office of a region's government or of the post's body
(``components/holder_rules.py``, ``HolderRules.held_elsewhere``; where the title reader read no
title, ``components/lower_posts.py``), on mentions written for this
test (``data/lower_post_cases.jsonl``) with real names of the knowledge base. Rows marked
"kept" guard recall: the known holder after the title of his own office, an acting head's or a
regional official's name outside their terms, a name written out whole, and a name after a
headline's verb stay linked.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "lower_post_cases.jsonl")


def test_name_after_a_lower_post(extractor: Extractor) -> None:
    assert len(CASES) >= 15
    misses = []
    for case, record in zip(CASES, extract_cases(extractor, CASES), strict=True):
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        if got != (case["person"], case["org"]):
            misses.append((case["mention"], got))
    assert not misses, misses
