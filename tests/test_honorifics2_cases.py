"""Court ranks and noble titles around a name, as the press writes them: sentences written for
these tests (``tests/data/honorifics2_cases.jsonl``), each row naming the form it exercises.
All rows are extracted in one batch.

- ``court_post``: a court rank of the Javanese palaces (KRT, KRAT, KRAy, BRAy, KGPH, Kanjeng
  and its written-out ranks: ``honorifics.txt``) between a post with its place and the name is
  outside the name, and the post still reaches the name;
- ``court_bare``: such a rank with no post opens a PERSON without it ("KGPAA Mangkunegara X",
  ``person_honorifics.txt``);
- ``court_known``: such a rank before a known holder's name: the holder, the rank outside;
- ``kept``: a noble title the knowledge base keeps as the opening of a name (Raja, Ratu, Raden
  Mas, Raden Ayu, GKR, Andi, Tengku, the Balinese caste words, "Sri Sultan" in a known alias)
  stays in the name read after a post;
- ``opener``: the initials "GKR" (Gusti Kanjeng Ratu) and the Sasak "Baiq", which the knowledge
  base keeps as the opening of a name (``name_openers.txt``), stay in the name read alone, in
  running text and after a post, also where the recogniser read "GKR Nama" as an organisation
  (:func:`~pmk_extract.components.apposed_names.opened_name`);
- ``unchanged``: forms that must not change: a place named with Raja ("Raja Ampat"), the
  common noun "raja", a foreign monarch's title, a body's initials ("RM" a restaurant), a
  palace's name, a given name inside a longer name, the Sasak "Lalu" at a sentence's start (also
  the word "then"), initials after a street's head, a body's short form in capitals.

``person`` is the expected span (null: no PERSON in the mention); ``canonical`` and ``org``
(None: no organisation) are checked. Made-up names stand after posts of regions and days with
no holder in the knowledge base; real names are the knowledge base's holders of the day.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import case_records, class_misses, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "honorifics2_cases.jsonl"
FORMS = {"court_post", "court_bare", "court_known", "kept", "opener", "unchanged"}


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return case_records(extractor, load_cases(CASES))


@pytest.mark.parametrize("form", sorted(FORMS))
def test_names_of_a_form(outcomes: list[tuple[dict[str, Any], Record]], form: str) -> None:
    assert class_misses(outcomes, form, "form") == []


def test_table_covers_every_form_and_both_outcomes() -> None:
    cases = load_cases(CASES)
    counts = Counter(case["form"] for case in cases)
    assert set(counts) == FORMS, counts
    assert all(count >= 3 for count in counts.values()), counts
    assert sum(case["person"] is None for case in cases) >= 3
    for case in cases:
        assert case["mention"] and case["published"]
