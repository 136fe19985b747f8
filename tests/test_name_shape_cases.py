"""Name shapes after a post (``tests/data/name_shape_cases.jsonl``, mentions written for this
test, not taken from any page or table).

- a function word that a Title Case line capitalises ("Dalam", "Bersama", "Saat"), or a word
  with the enclitic "-nya" on a root word ("Sambutannya"), ends the name after a title and
  opens none (``lexicons/clause_words.txt``); a day or a month written out, alone or with a
  word of time ("Selasa", "Juni Lalu"), is no name, but a month's short form or a month that
  goes on into a name opens one ("Agus Setiawan", "Mei Ling");
- religious honorifics written out stand outside the name ("Teungku", "Pdt.");
- noble words abbreviated with a dot open the name ("Rr.", "Rd.", "Kgs."), also where the
  tokenizer keeps the dot on the word;
- a nickname in quotes inside a name is no part of its canonical ('Heri "Gondrong" Prasetyo');
- an apposed name may close with a bracket (a caption's place, a nickname);
- a name before "selaku" and its post is read whole, over particles, initials, abbreviated
  words, a hyphened "Al" and a nickname, and before an acting prefix ("selaku Plt. ...");
- a capitalised word with "-kan" is a headline's verb ending the name when its root has four
  letters or more ("Resmikan") or a capitalised word follows it ("Doakan Korban"), else the
  name's last word ("Boli Tokan");
- a name set off by a comma that the recogniser read as an organisation is the post's holder
  also behind an honorific ("PN X, Hj. Nama") and after a post it read inside an organisation
  ("[Deputi Bidang X BNPB], Nama").

Each mention, in the neutral sentence, must give the expected PERSON with the expected
organisation, or none at all where ``person`` is null.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import judge_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "name_shape_cases.jsonl"


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    if case["person"] is None:
        return longest_person(record, case["mention"]) is None, None
    return mention_outcome(case, record)


def test_every_mention_gives_the_expected_person(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, load_cases(CASES), _outcome)
    assert [case["mention"] for case, ok, _ in outcomes if not ok] == []
