"""Where a name after a post begins and ends, for persons the knowledge base does not hold:
sentences written for these tests (``tests/data/name_bounds4_cases.jsonl``), all extracted in
one batch.

- ``day``: a day of the week after the name, followed by a date (in brackets or written out),
  a part of the day or a word of time, is when the statement was made, no name word ("Nama
  Nama Senin (14/8)", "Nama Nama Jumat pagi"), also when the recogniser ran the name into it;
- ``daykeep``: a day's word with another name word or a verb after it stays in the name
  ("Yohanes Minggu Wea");
- ``rankverb``: right after a rank only a name is written, so a name word shaped as a root
  word with -i ("Bustani", "Hakimi") is read as the name, not as a headline's verb; with no
  rank such a word right after the post is a headline's predicate;
- ``nisba``: right after a post, a known name word with the -i of an Arabic relative adjective
  ("Hasani", "Rahmani": Hasan, Rahman) opens the name; a root word with -i that is no name
  word ("Kunjungi") stays a headline's verb;
- ``opener``: the words that open names of a regional naming order ("La Ode", "Wa Ode":
  ``name_openers.txt``) are part of the name read after a post, and a known person's name
  written after them is the end of a longer name, not that person;
- ``fieldand``: one capitalised word after "dan" that closes a post's field written after the
  title of a field's head ("Kepala Seksi Binadik dan Giatja": ``field_heads.txt``) is the
  field's, never a person; the holder named after such a post is read as before;
- ``shortname``: a body's short form in capitals with no place and then only name words that
  name no known place ("Ketua DPRD Nama Nama") holds the holder's name, not an organisation
  "DPRD Nama Nama"; with its region it is read as before;
- ``initial``: a name of two words or more closed by an initial with its dot ("Nama Nama S.")
  is read with the initial;
- ``initials``: initials written before a known person's name after a title, each opening a
  word of that person's names, are that person with the post ("M Nama Nama" for "M. Nama
  Nama").

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_bounds4_cases.jsonl"


def test_name_bounds4_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "day",
        "daykeep",
        "rankverb",
        "nisba",
        "opener",
        "fieldand",
        "shortname",
        "initial",
        "initials",
    }
