"""Names after official titles as the press writes them, second table: sentences written for
these tests (``tests/data/name_form_cases2.jsonl``), composed systematically per form; each row
names its class and rule. All rows are extracted in one batch.

- ``address``: address forms and honorifics before the name (Bapak, Bpk., Bp., Pak, Ibu., Bu,
  Sdr., Saudara/Saudari, Nyonya, Romo, Gus, Kiai, KH, K.H., Habib, Ustaz, Tuan Guru, TGH,
  Datuk, Dato', Hj, Hajjah, Drs, Dra, YM, Yth.), alone or several, are not in it;
- ``noble``: noble and Balinese caste or birth-order words (Andi, Teuku, Tengku, Cut, Raden,
  R., Anak Agung, I Gusti, Ida Bagus, Cokorda, I Wayan, Ni Luh) are (``honorifics.txt``
  header);
- ``degree``: degree lists glued or with odd punctuation after the name ("S.H.,M.H", "SH.MH",
  "S.Sos.,M.Si.,", "M.Tr.Opsla") and a trailing comma or period are not in it, nor a person;
- ``apostrophe``: ’ ‘ ` ´ ʼ in a name are a straight apostrophe in the canonical, linked or
  not; a dropped apostrophe links only to the title's holder;
- ``case``: a name in capitals is a person written as names are; in lower case, only the name
  of the title's holder on the date;
- ``short``: after the title of an office with one holder on the date, a part of that holder's
  name (first or last name, a known alias, the initials of the full name or of an alias) links
  to the holder; after another title, or a part that fits no holder, it stays as written.

``person`` is the expected span (null: no PERSON in the mention); ``canonical`` and ``org``
(None: no organisation) are checked.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import case_records, class_misses, load_cases
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "name_form_cases2.jsonl"
CLASSES = {"address", "noble", "degree", "apostrophe", "case", "short"}


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return case_records(extractor, load_cases(CASES))


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_name_forms_of_a_class(outcomes: list[tuple[dict[str, Any], Record]], kind: str) -> None:
    assert class_misses(outcomes, kind) == []


def test_table_covers_every_class_and_both_outcomes() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 150
    counts = Counter(case["class"] for case in cases)
    assert set(counts) == CLASSES, counts
    for case in cases:
        assert case["rule"] and case["mention"] and case["published"]
    # the short-name rule is tested where it must not link too
    short = [c for c in cases if c["class"] == "short"]
    assert sum(c["person"] is None or c["canonical"] == c["person"] for c in short) >= 8
