"""Regional military commanders added by the gap audit of every Kodam (``holders.jsonl``), on
sentences written for these tests: a title resolves to the holder on the date, a single name
is linked only after its title, and the terms of every Pangdam office follow each other.

The tables of titles on their days (and of names in sentences) are rows of
``data/pangdam_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

from helpers import terms_follow
from pmk_extract.people import default_people


def test_terms_of_every_pangdam_office_follow_each_other() -> None:
    people = default_people()
    offices = [office for office in people.by_office if office.startswith("pangdam-")]
    assert len(offices) >= 15
    for office in offices:
        assert terms_follow(people, office), office
