"""Religious, customary and noble honorifics around a name, as the press writes them: sentences
written for these tests (``tests/data/honorific_cases.jsonl``), composed per class; each row
names its class and rule. All rows are extracted in one batch.

- ``post``: an honorific (Ki, Nyi, Ustad, Habib, Tgk, Pdt., Datuk Seri) or a regional address
  form (Teteh, Akang, Uda, Neng, Mpok, Ning) between a post with its place and the name is
  outside the name and the post still reaches it; a predicted place that runs over the
  honorific and the name after an office is split into the place and the name
  (``StatisticalNER._split_place``);
- ``bare``: an honorific written only before a person's name (``person_honorifics.txt``) with
  no post opens a PERSON without it, also where the recogniser saw no name
  (:func:`~pmk_extract.components.apposed_names.honoured_names`);
- ``lower``: such an honorific of four letters or more written in lower case inside a sentence
  ("ustad", "romo", "habib", "buya"), after the row's ``before`` text, opens a PERSON without
  it, also when the recogniser found only the name's end ("kiai Nama [Nama]"); not before the
  name of a body or a place ("para kiai Nahdlatul Ulama");
- ``alias``: a known alias that is an honorific ("Tuan Guru Bajang", "TGB") before its holder's
  name is the honorific (one PERSON, the name); alone, and a known name or alias opening with
  an honorific's word ("Gus Ipul", "Habib Idrus", "Habib Said Ismail"), it is the person;
- ``not_person``: an honorific after the head of a place or a body ("Jalan", "Masjid",
  "Universitas", "Pondok Pesantren") names no person; a given name inside a longer name
  ("Rahmat Habib Santoso") stays in it.

``person`` is the expected span (null: no PERSON in the mention); ``canonical`` and ``org``
(None: no organisation) are checked. Regions and days of made-up names have no holder in the
knowledge base, or the row names the holder of the day (its rule says so), or the row checks
that another name than the holder of the day is kept as written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import case_records, class_misses, load_cases
from pmk_extract import Extractor, Record
from pmk_extract.components.apposed_names import honoured_names
from pmk_extract.kb import default_kb
from pmk_extract.lexicons import lexicons

CASES = Path(__file__).parent / "data" / "honorific_cases.jsonl"
CLASSES = {"post", "bare", "lower", "alias", "not_person"}


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return case_records(extractor, load_cases(CASES))


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_honorifics_of_a_class(outcomes: list[tuple[dict[str, Any], Record]], kind: str) -> None:
    assert class_misses(outcomes, kind) == []


def test_table_covers_every_class_and_both_outcomes() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 45
    counts = Counter(case["class"] for case in cases)
    assert set(counts) == CLASSES, counts
    assert sum(case["person"] is None for case in cases) >= 4
    for case in cases:
        assert case["rule"] and case["mention"] and case["published"]


@pytest.mark.parametrize(
    ("words", "labels", "spans"),
    [
        # the run of name words after the honorific, particles between them
        (["kata", "Habib", "Fauzan", "bin", "Yahya", "."], [None] * 6, [(2, 5)]),
        (["kata", "Ustad", "Kiai", "Haji", "Fauzan", "."], [None] * 6, [(4, 5)]),
        # a name word right after the run, in an entity or not: a longer name, none read
        (["oleh", "Ki", "Hajar", "Dewantara", "."], [None, None, None, "LOC", None], []),
        (["oleh", "Ki", "Fauzan", "Rahmat", "Hidayat", "Budi", "Santoso"], [None] * 7, []),
        # the recogniser's name right after the run is its end; not over a title
        (["oleh", "kiai", "Ja'far", "Alkaff", "."], [None, None, None, "PERSON", None], [(2, 4)]),
        (["oleh", "Kiai", "Fauzan", "Bupati", "Ipuk"], [None] * 4 + ["PERSON"], []),
        # a name word right before the honorific: a given name inside a longer name
        (["oleh", "Rahmat", "Habib", "Santoso", "."], [None] * 5, []),
        # the honorific inside an entity, or the name already read: nothing new
        (["oleh", "Habib", "Fauzan", "."], [None, "PERSON", "PERSON", None], []),
        (["oleh", "Habib", "Fauzan", "."], [None, None, "PERSON", None], []),
    ],
)
def test_honoured_names_reads_only_a_whole_name(
    words: list[str], labels: list[str | None], spans: list[tuple[int, int]]
) -> None:
    assert honoured_names(words, labels, lexicons(), default_kb()) == spans
