"""A post of a region whose name a regency and a city share, written without "Kabupaten" or
"Kota" ("Ketua DPRD Bogor Nama", "Sekda Bandung Nama"): sentences written for this test
(``tests/data/samename_cases.jsonl``), names of recorded holders where a row needs a known
person, made-up names otherwise; ``components/namesake_holders.py``.

Each row's ``form`` names the pattern it exercises (its ``rule`` says it in one sentence):
the name written after the bare shared name is a recorded holder of an office of the regency
(``holder_regency``) or of the city (``holder_city``) on the date, also against an earlier
region of the document (``holder_over_document``), spelt as the press spells it
(``spelling``), followed by a weekday (``trailing_word``), written after a comma (``comma``)
or after honorifics and degrees (``honorific``), or written in apposition before the post
(``apposition``); a police chief's title written without the "Kota" of the city command,
followed by that command's recorded holder (``police_city``, ``components/command_siblings.py``);
the rows that must not change
(``no_evidence``, ``out_of_term``, ``prefix_guard``, ``lone_word``, ``head_title``,
``kind_written``, ``police_own``) keep
the reading the library gave before, and ``document_only`` the document's own evidence.

A row's mention is put in a neutral sentence, after the row's ``before`` text when it has
one; the PERSON in it must carry the expected name and organisation, and the role when the
row gives one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import case_outcomes, load_cases
from pmk_extract import Extractor
from pmk_extract.components.namesake_holders import holding_side, names_before, written_names
from pmk_extract.people import Holder

CASES = Path(__file__).parent / "data" / "samename_cases.jsonl"
POSITIVE = {
    "holder_regency",
    "holder_city",
    "holder_over_document",
    "spelling",
    "trailing_word",
    "comma",
    "honorific",
    "apposition",
    "police_city",
}
NEGATIVE = {
    "no_evidence",
    "out_of_term",
    "prefix_guard",
    "lone_word",
    "head_title",
    "kind_written",
    "police_own",
}

Outcome = tuple[dict[str, Any], bool, str | None]


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    cases = load_cases(CASES)
    return case_outcomes(extractor, cases)


def test_table_covers_the_forms() -> None:
    cases = load_cases(CASES)
    assert {c["form"] for c in cases} == POSITIVE | NEGATIVE | {"document_only"}
    # both sides of the pair: a regency's and a city's holder behind the same bare name
    regency = {w for c in cases if c["form"] == "holder_regency" for w in c["mention"].split()}
    city = {w for c in cases if c["form"] == "holder_city" for w in c["mention"].split()}
    assert len(regency & city - {"Ketua", "DPRD", "Sekda"}) >= 5
    assert sum(c["form"] in NEGATIVE for c in cases) >= 12


@pytest.mark.parametrize("form", sorted(POSITIVE | NEGATIVE | {"document_only"}))
def test_each_form_comes_out_right(outcomes: list[Outcome], form: str) -> None:
    assert [c["mention"] for c, ok, _ in outcomes if c["form"] == form and not ok] == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    assert [(c["mention"], org) for c, _, org in outcomes if org] == []


def test_written_names_read_the_capitalised_run() -> None:
    words = ["Sekda", "Bogor", "Ade", "Yasin", "Senin", "(", "10/5", ")", "mengatakan"]
    assert written_names(words, 2) == [
        ("Ade Yasin Senin", None),
        ("Ade Yasin", "Senin"),
        ("Ade", "Yasin"),
    ]
    assert written_names(["Sekda", "Bogor", ",", "Ade"], 2) == []
    assert written_names(["Sekda", "Bogor", "mengatakan"], 2) == []
    before = ["kata", "Ade", "Yasin", ",", "Ketua", "DPRD", "Bogor"]
    assert names_before(before, 3) == [("Ade Yasin", None), ("Yasin", "Ade")]
    assert names_before(["Bogor", ","], 0) == []


def test_a_name_holding_on_both_sides_is_no_evidence() -> None:
    known: frozenset[str] = frozenset()
    regency = [Holder(office="sekda-kab", name="Budi Santoso", aliases=())]
    city = [Holder(office="sekda-kota", name="Budi Santoso", aliases=())]
    other = [Holder(office="sekda-kota", name="Rina Wati", aliases=())]
    forms = [("Budi Santoso", None), ("Budi", "Santoso")]
    assert holding_side(forms, [regency, city], known) == -1
    assert holding_side(forms, [regency, other], known) == 0
    assert holding_side(forms, [other, []], known) is None
    # a misspelt name of two words is the holder's; one word alone only when it is a name
    assert holding_side([("Budi Santosa", None)], [other, regency], known) == 1
    assert holding_side([("Santoso", None)], [regency, other], known) is None
