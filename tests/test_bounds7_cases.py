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
- ``headline``: in a Title Case headline such a verb on two roots is the verb;
- ``listed-verb``: a word the press uses as a headline's verb (``headline_verbs.txt``: "sidak",
  "kunker", "blusukan"), in lower case or in a Title Case headline, ends the name.

A one-word alias that is a word of its holder's name ("Amran" of Andi Amran Sulaiman, "Basuki",
"Anas": a name many people bear) links without a title only where the document supports it
(``components/alias_support.py``):

- ``honorific``: never right after a regional or religious honorific the holder is not recorded
  with ("Tgk Amran", "Teungku", "Haji", "Ustadz", "KH"); ``mixed``: not even in a text that
  names the holder; ``recorded``: an honorific the holder's names hold keeps its holder;
- ``bare``: alone in a text that names neither the person in full nor an office of theirs, it
  is another bearer of the name;
- ``full``: the person named in full before or after it, ``title``: after a title of the
  office, ``org``: the organisation of an office of theirs named in the text, it links;
- ``nickname``: a coined nickname that is no word of the name ("Jokowi") links by itself.

A row with ``person`` wants that canonical and ``org`` as the text's only PERSON (None: no
PERSON); a row with ``people`` wants the text's PERSONs' canonicals and organisations in order.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, whole_text_misses
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
    "listed-verb",
    "honorific",
    "bare",
    "full",
    "title",
    "org",
    "nickname",
    "mixed",
    "recorded",
}


def test_bounds7_name_ends(extractor: Extractor) -> None:
    cases = [case for case in load_cases(CASES) if "person" in case]
    assert whole_text_misses(extractor, cases) == []


def test_bounds7_one_word_aliases(extractor: Extractor) -> None:
    cases = [case for case in load_cases(CASES) if "people" in case]
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [[p.canonical, p.org] for p in record.entities if p.label == "PERSON"]
        if found != case["people"]:
            wrong.append((case["text"], found))
    assert wrong == []


def test_bounds7_table_covers_every_form() -> None:
    cases = load_cases(CASES)
    assert {case["form"] for case in cases} == FORMS
    for case in cases:
        assert case["rule"] and case["text"] and case["published"]
