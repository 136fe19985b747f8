"""Heads of ministries' and agencies' regional units as the press writes them: sentences
written for these tests (``tests/data/minunit_cases.jsonl``), each row naming its rule. A
region's numbered office ("Kanwil DJP Jateng II") before its head's name, also after a
fused title ("Kakanwil"), a vertical office named after two provinces ("Kanwil DJP
Sumbar dan Jambi"), and a listed body's name written out in the press's own words before its
short form in brackets ("Badan Pelaksanaan Jalan Nasional (BPJN) X"), and a ministry's
echelon-I unit written where its official's title belongs ("Ditjen X Kementerian Y Nama"),
a post's field closed by a street head ("Direktur Angkutan Jalan Kemenhub Nama");
negatives: a Balinese name opening with "I", two offices listed, words that do not spell
the short form, a comma between a unit and a name, a body that is no ministry's unit, a
street's name, a Roman numeral opening no name.
``person`` null: no PERSON in the mention; ``orgs`` (an ORG span and its canonical) are
checked when given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "minunit_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_minunit_case(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    if case["person"] is None:
        assert people == []
    else:
        assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    for span, canonical in case.get("orgs", {}).items():
        assert orgs.get(span) == canonical, orgs


def test_table_names_its_rules() -> None:
    cases = _cases()
    assert all(c["rule"] and c["family"] and c["mention"] and c["published"] for c in cases)
    assert sum(c["person"] is None or "negative" in c["rule"] for c in cases) >= 3
