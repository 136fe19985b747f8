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

import datetime as dt
from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor
from pmk_extract.components.holder_rules import HolderRules
from pmk_extract.components.title_parts import Title
from pmk_extract.kb import KnowledgeBase
from pmk_extract.people import Holder, Office, People

CASES = load_cases(Path(__file__).parent / "data" / "holder_match_cases.jsonl")


def test_names_after_titles_link_to_the_holder_on_the_date(extractor: Extractor) -> None:
    assert mention_misses(extractor, CASES) == []


def test_a_known_name_that_fits_the_holder_after_an_office_never_held_is_the_holder() -> None:
    people = People(
        [
            Office("wagub-x", "Wakil Gubernur X", None, ("Wagub X",)),
            Office("kasal", "Kepala Staf Angkatan Laut", None, ("KSAL",)),
        ],
        [
            Holder(
                "wagub-x", "Rahmat Al Fikri Siregar", (), dt.date(2019, 1, 1), dt.date(2023, 12, 31)
            ),
            Holder("kasal", "Rahmat Siregar", (), dt.date(2024, 1, 1), None),
        ],
    )
    rules = HolderRules(KnowledgeBase([]), people)
    title = Title(2, "Wakil Gubernur X", None, people.offices["wagub-x"])
    day = dt.date(2021, 6, 1)
    assert rules.fitting_holder(title, "Rahmat Siregar", "Rahmat Siregar", day) == (
        "Rahmat Al Fikri Siregar"
    )
    # no holder on the date, or a name that fits none: no holder
    assert (
        rules.fitting_holder(title, "Rahmat Siregar", "Rahmat Siregar", dt.date(2025, 1, 1)) is None
    )
    assert rules.fitting_holder(title, "Budi Siregar", "Budi Siregar", day) is None
    # the known person held that office once: that person
    kasal = Title(1, "Kepala Staf Angkatan Laut", None, people.offices["kasal"])
    assert (
        rules.fitting_holder(kasal, "Rahmat Siregar", "Rahmat Siregar", dt.date(2024, 6, 1)) is None
    )
