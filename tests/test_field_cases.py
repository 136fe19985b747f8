"""A post's field written after the post's organisation, then the name ("Deputi Setwapres
Bidang Administrasi Nama", "Anggota KPU RI Divisi Hukum, Nama", "Komisioner Komnas HAM Sub
Pemantauan, Nama"): sentences written for these tests (``tests/data/field_cases.jsonl``), each
row naming its rule. A row with a ``person`` checks the longest PERSON of the mention (span
text, organisation and, when given, role); a row with ``person`` null lists the wrong spans
that must not come out (``forbid``), and no PERSON may open with a field's word
(``components/post_fields.py``). All rows are read in one batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import extract_cases, load_cases, longest_person, people_in_mention
from pmk_extract import Extractor, Record

CASES = Path(__file__).parent / "data" / "field_cases.jsonl"
_FIELD_WORDS = ("Bidang ", "Divisi ", "Sub ", "Subkomisi ", "Urusan ")


def _wrong(case: dict[str, Any], record: Record) -> str | None:
    """Why the row came out wrong, or None when it came out right."""
    mention = case["mention"]
    people = people_in_mention(record, mention)
    for person in people:
        if person.text.startswith(_FIELD_WORDS) or person.text in case.get("forbid", ()):
            return f"wrong span {person.text!r}"
    if case["person"] is None:
        return None
    found = longest_person(record, mention)
    if found is None:
        return "no PERSON"
    got = (found.text, found.org, found.role if "role" in case else None)
    want = (case["person"], case["org"], case.get("role"))
    return None if got == want else f"got {got}"


def test_field_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    wrong = [
        f"{c['mention']}: {why}"
        for c, r in zip(cases, records, strict=True)
        if (why := _wrong(c, r)) is not None
    ]
    assert not wrong, "\n".join(wrong)


def test_table_covers_the_rules() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 25
    assert all(c["rule"] and c["mention"] and c["published"] for c in cases)
    assert sum(c["person"] is None for c in cases) >= 5  # must-not rows
