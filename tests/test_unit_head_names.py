"""Heads of bodies named by a short form, then the body's place (or no place), then the
head's name, on mentions written for this test (``data/unit_head_name_cases.jsonl``, each
naming its mechanism; ``person`` null: no PERSON): a national association's branch chair
belongs to the association ("Ketua PWI Jawa Tengah Nama"); a district's name of one word
after an office's short form ends the office's place, even one several districts share and
the gazetteer leaves untagged ("KUA Sukaraja Nama"), unless it is a word of a known person's
name ("Bambang"); "DPD" before an association's short form is its regional board, not the
Dewan Perwakilan Daerah ("Ketua DPD KNPI X Nama": no organisation rather than a wrong one); a
known given name right after a classed office's short form opens its head's name ("Kepala
Rutan Budi Santoso" is no prison "Rutan Budi" and a person "Santoso"); a word of the Balinese
naming order after such a short form opens a two-word place ("Kanim Ngurah Rai Nama")."""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "unit_head_name_cases.jsonl")


def test_unit_head_name_cases(extractor: Extractor) -> None:
    records = extract_cases(extractor, CASES)
    misses = []
    for case, record in zip(CASES, records, strict=True):
        if case["person"] is None:
            if longest_person(record, case["mention"]) is not None:
                misses.append(case["mention"])
        elif not mention_outcome(case, record)[0]:
            misses.append(case["mention"])
    assert misses == []


def test_cases_name_their_mechanism() -> None:
    assert all(c["mechanism"] and c["mention"] and c["published"] for c in CASES)
