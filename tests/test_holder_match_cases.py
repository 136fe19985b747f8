"""A name written after a title links to the holder of the office on the date however the
title is read, on mentions written for this test (``data/holder_match_cases.jsonl``): a
regional secretary's short title read by the secretariat pattern ("Sekda NTT", "Sekdaprov
NTT") checks the office's holders as its full title does; a name that fits the holder (first
and last name, an initial, degrees around it) is the holder, before another person's alias
("Sekda Aceh M. Nasir"); an acting prefix ("Plt", "Pj") matches the acting holder by the
same fit. Negatives: a name that fits no holder is read as written with the title's role; an
alias after its own office stays its person's.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "holder_match_cases.jsonl")


def test_names_after_titles_link_to_the_holder_on_the_date(extractor: Extractor) -> None:
    records = extract_cases(extractor, CASES)
    misses = [
        (case["variant"], case["mention"])
        for case, record in zip(CASES, records, strict=True)
        if not mention_outcome(case, record)[0]
    ]
    assert misses == []
