"""Heads and officials of a region's offices as the press writes them (issue 18, lane dinas),
on mentions written for this test (``data/dinas_cases.jsonl``):

- "Ka" fused with an office's short form the lexicons abbreviate is that office's head as
  written ("Kadispenda Kota Padang": Kepala Dinas Pendapatan Daerah), never another title
  misspelt (the army's "Kadispenad" is "Kadispenda" with two letters swapped), while the army
  title itself keeps its army (:func:`pmk_extract.lexicons.fused_heads`), and is read in
  lower case before its region ("kadinkes Kota Bogor Nama":
  :mod:`pmk_extract.components.title_case`);
- an office's own short form the lexicons do not list, "Dis" or "Din" and its fields'
  syllables, between "Kepala" or "Sekretaris" and a region ("Kepala Diskominfostaper
  Kabupaten Fakfak", "Kepala Disbuntanakan Kubar"), is the region's office
  (:mod:`pmk_extract.components.coined_offices`); a word of the language so written is none
  ("Kepala Diskusi Kabupaten X", "Kepala Dinasti Kota X": must-not rows);
- a name before its post, the post's acting prefix written out with its short form in
  brackets ("Nama, Pelaksana Tugas (Plt) Kepala Dinas X Kota Y", "Nama selaku Pelaksana
  Harian (Plh) Kadisdik X"): the name holds the acting post
  (:mod:`pmk_extract.components.names_before`).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor
from pmk_extract.components.coined_offices import coined_syllables
from pmk_extract.components.officials import _officials
from pmk_extract.lexicons import lexicons

CASES = load_cases(Path(__file__).parent / "data" / "dinas_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, official_outcome)


def test_the_table_covers_the_family() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["fused head"] >= 4
    assert forms["coined short form"] >= 5
    assert forms["must-not"] >= 2
    assert forms["bracketed acting prefix"] >= 3
    assert forms["lower-case fused head"] >= 3


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c.get("mention", c.get("text")), org) for c, ok, org in outcomes if not ok]
    assert not misses


def test_no_fused_office_head_is_read_as_another_title_misspelt() -> None:
    heads = lexicons().fused_heads
    assert {"Kadispenda", "Kadinkes", "Kadisdik", "Kadishub"} <= heads
    spelling = _officials().title_reader.spelling
    assert [w for w in sorted(heads) if spelling.title_word(w) is not None] == []


@pytest.mark.parametrize(
    ("word", "coined"),
    [
        ("Diskominfostaper", True),
        ("Disnakerin", True),
        ("Dinkesos", True),
        ("Diskusi", False),  # a word
        ("Dinasti", False),
        ("Disebut", False),  # derived from a word
        ("Dinas", False),  # too short to be an office's fields
        ("DKP3", False),  # capitals: the other shape
    ],
)
def test_coined_syllables(word: str, coined: bool) -> None:
    assert coined_syllables(word) is coined
