"""A holder's name in capitals on a name line after a post in capitals
(``components/capital_names.py``, read by ``components/title_case.py``), on mentions written
for this test (``data/caps_name_cases.jsonl``): "KETUA DPRD KABUPATEN X NAMA", "BUPATI X,
NAMA", a name of one word or with an apostrophe, a headline's subject before its verb
("KEPALA DINAS X NAMA NAMA TINJAU PUSKESMAS"), and a name in capitals after a post written
without its region in a text whose dateline gives it ("DEMAK - Wakil Ketua DPRD NAMA NAMA",
"Kepala Dinas PUPR NAMA NAMA": ``bare_posts.py``, ``unit_fields.py``; "KEPALA DINAS
KESEHATAN Nama Nama", "KEPALA BAPPEDA NAMA NAMA": ``title_case.py``), and a regional
office's short form in capitals after its head ("Kepala Dinas KOMINFO Kabupaten X": the
office, not the ministry), and a fused title in lower case before its region in lower case
("kata kadis pendidikan kota semarang Nama Nama", "ujar kadinkes kabupaten sleman Nama
Nama": ``region_words.py``) get the post and its organisation, a name the knowledge base
does not know written out in title case. Negative rows: a headline or a sentence in capitals
names nobody (a verb, nouns of the language, the council's name going on, an acronym, an
office's field acronyms after a bare post, a headline after a bare post: ``name_reader.py``;
a field of root words is not cut into a name); an unknown name after a regent's title in
capitals on a day the knowledge base records the regent takes no post, as in title case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import extract_cases, load_cases, longest_person, mention_start
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "caps_name_cases.jsonl")


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_name_line_in_capitals(records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if "org" in c]
    assert len(rows) >= 9
    for case, record in rows:
        person = longest_person(record, case["mention"], mention_start(case))
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        assert person is not None and person.role, case["mention"]


def test_no_name_no_post(records: list[tuple[dict[str, Any], Record]]) -> None:
    for case, record in records:
        if case.get("no_person"):
            people = [e.text for e in record.entities if e.label == "PERSON"]
            assert not people, (case["text"], people)
        if case.get("not_canonical"):
            names = [e.canonical for e in record.entities if e.label == "PERSON"]
            assert case["not_canonical"] not in names, (case["text"], names)
        if case.get("not_role"):
            person = longest_person(record, case["mention"])
            assert person is None or person.org is None, case["mention"]
