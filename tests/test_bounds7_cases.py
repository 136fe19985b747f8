"""Where a one-word name after a title ends when a lower-case word follows it: sentences
written for these tests (``tests/data/bounds7_cases.jsonl``), each row naming its ``form``
and rule, all extracted in one batch.

- ``me-verb``, ``ber-verb``, ``di-verb``, ``ter-verb``: a lower-case word with a verb's
  prefix on a root word, or on two root words written as one ("menandatangani":
  men-(t)anda-tangan-i, "berswafoto", "ditindaklanjuti", "mempertanggungjawabkan"), is the
  sentence's verb after the name, never a word of it (``stemming.compound_verb``);
- ``function``: a function word ("saat", "yang", "selaku", "usai") ends the name;
- ``lowername``: a lower-case word of no verb's and no dictionary word's shape is the name's
  last word written without its capital ("Anita susanti": Anita Susanti);
- ``particle``: a name particle ("bin", "binti", "van der") goes on into the name;
- ``verbshape``: a capitalised name word of a verb's shape no verb takes ("Mentari",
  "Permana", "Perdana") stays the name's;
- ``headline``: in a Title Case headline such a verb on two roots is the verb.

``person`` is the only PERSON's expected canonical in the text (None: no PERSON), ``org``
its organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "bounds7_cases.jsonl"
FORMS = {
    "me-verb",
    "ber-verb",
    "di-verb",
    "ter-verb",
    "function",
    "lowername",
    "particle",
    "verbshape",
    "headline",
}


def test_bounds7_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []


def test_bounds7_table_covers_every_form() -> None:
    cases = load_cases(CASES)
    assert {case["form"] for case in cases} == FORMS
    for case in cases:
        assert case["rule"] and case["text"] and case["published"]
