"""Short forms of posts as the press fuses them (issue 18), on mentions written for this test
(``data/fused_post_cases.jsonl``): a mayor and a deputy mayor shortened before their city
("Wako Solok", "Wawako Bukittinggi", "Walkot Tual": ``abbreviations.tsv``, as
``class_titles.tsv`` reads them without a place), and a regional office's secretary fused
with the office's short form as its head's "Ka" is ("Sekdinkes", "Sekdisdik", "Sekbappeda":
:func:`pmk_extract.lexicons.fused_secretaries`; "Sekdin" as "Sekdis"). Must-not rows name no
official: a candidate ("Cawako"), a secretary named by no name ("sekdin saya", "Oknum Sekdin
... berinisial L") and a common word that opens like the fused post ("Sekolah").
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor
from pmk_extract.lexicons import lexicons
from pmk_extract.resources import read_tsv

CASES = load_cases(Path(__file__).parent / "data" / "fused_post_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, official_outcome)


def test_the_table_covers_the_family() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["regional head"] >= 6
    assert forms["secretary"] >= 6
    assert forms["must-not"] >= 4


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [c.get("mention", c.get("text")) for c, ok, _ in outcomes if not ok]
    assert not misses


def test_fused_secretaries_follow_the_office_short_forms() -> None:
    lex = lexicons()
    assert lex.abbreviations["Sekdinkes"] == "Sekretaris Dinas Kesehatan"
    assert lex.abbreviations["Sekdisdik"] == "Sekretaris Dinas Pendidikan"
    assert "Seksetda" not in lex.fused_secretaries  # a secretariat is no secretary's office
    assert not [w for w in lex.fused_secretaries if not w.startswith("Sek") or w.isupper()]


def test_every_regional_head_short_form_reads_before_a_place() -> None:
    """A one-word title of class_titles.tsv for a regional head ("Wako", "Wabup", "Wagub") is a
    title before a place too: a title head of titles.tsv or an abbreviation of one."""
    lex = lexicons()
    heads = {"Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur"}
    rows = read_tsv("lexicons/class_titles.tsv", 4)
    short = [written for written, kind, *_ in rows if kind in heads and " " not in written]
    assert len(short) >= 8
    assert [w for w in short if (w,) not in lex.title_heads] == []
