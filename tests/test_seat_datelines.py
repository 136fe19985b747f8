"""A dateline naming a regency's seat town (ibu kota kabupaten) written unlike the regency
("KUALA TUNGKAL -", "Sengeti (ANTARA) -") places the story in that regency, so a regional
post written bare takes its government; a seat whose name another regency's district
bears ("BANGKO": Merangin's seat, a district of Rokan Hilir) places it nowhere. Short news
texts written for this test (``tests/data/seat_dateline_cases.jsonl``) and the seat table
(``models/gazetteers/regency_seats.tsv``).

Families: ``seat_dateline`` (a seat town's dateline, in capitals, in title case before a
body sentence, with an agency or a date) and ``negative`` (a shared seat name; a seat named
in the body under another dateline; a seat opening a short headline).
"""

from __future__ import annotations

from pathlib import Path

from helpers import case_text, extract_cases, load_cases
from pmk_extract import Extractor
from pmk_extract.kb import default_kb
from pmk_extract.regency_seats import regency_seats
from pmk_extract.resources import read_tsv

CASES = Path(__file__).parent / "data" / "seat_dateline_cases.jsonl"


def test_seat_dateline_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = {(p.canonical, p.org) for p in record.entities if p.label == "PERSON"}
        if found != {(case["person"], case["org"])}:
            wrong.append(f"{case_text(case)}: {sorted(found, key=str)}")
    assert not wrong, "\n".join(wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"seat_dateline", "negative"}


def test_every_seat_line_names_a_regency() -> None:
    kb = default_kb()
    for _, canonical in read_tsv("gazetteers/regency_seats.tsv", 2):
        regency = kb.place(canonical)
        assert regency is not None and regency.kind == "regency", canonical


def test_seat_known_as_another_place_is_left_out() -> None:
    seats = regency_seats(default_kb())
    assert seats["kuala tungkal"].canonical == "Kabupaten Tanjung Jabung Barat"
    assert "bangko" not in seats  # also a district of Kabupaten Rokan Hilir
