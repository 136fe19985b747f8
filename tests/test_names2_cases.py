"""Where a name after a post ends when a Title Case line goes on after it: sentences written
for these tests (``tests/data/names2_cases.jsonl``), all extracted in one batch.

- ``verb``: a capitalised verb with its prefix ("Meninjau", "Menyerahkan") or a listed verb
  of headlines ("Hadiri", "Kunjungi") after the name ends it;
- ``none``: such a verb right after the post opens no name, nor is it a name in the slot
  before a verb;
- ``keep``: a verb-shaped word inside a post's field ("Penyakit Menular") is the field's, and
  a name word ending in -i on a root word ("Tabuni") stays in the name;
- ``bali``: a name that opens with words of the Balinese naming order ("I Gusti Ngurah") holds
  three words after them, beyond the five words of other names;
- ``mark``: a corps mark between two name words ("Lim Tek Hwa") is a name word; right after a
  rank ("Kolonel Tek") it is the rank's;
- ``field``: after a sub-unit head's title ("Kepala Seksi", "Kabid") and its field with no
  unit and no comma, the name begins after the field's last word of offices' names; a word
  there that may still be the field's ("Menular", "Rujukan") opens no name (``none``);
- ``place``: after an office whose region is written ("Kanwil Kemenkumham Jateng") or after a
  rank, a place word opens the holder's name ("Bima", "Solo"); a region right after a national
  body's title is still the office's place.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor
from pmk_extract.lexicons import lexicons

CASES = Path(__file__).parent / "data" / "names2_cases.jsonl"


def test_names2_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "verb",
        "none",
        "keep",
        "bali",
        "mark",
        "field",
        "place",
    }


def test_prefixed_verb() -> None:
    lex = lexicons()
    for word in ("Meninjau", "Menyerahkan", "Dilantik", "Berharap", "Memimpin"):
        assert lex.prefixed_verb(word), word
    for word in (
        "Diana",
        "Dimas",
        "Melati",
        "Berliana",
        "Meliana",
        "Megawati",
        "meninjau",
        "MENINJAU",
    ):
        assert not lex.prefixed_verb(word), word
