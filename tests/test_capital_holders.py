"""Mayors, vice mayors and acting mayors of the provincial capitals (and Bali's regents of
2021-2024), and the acting governors and vice-governors of the 2021-2026 gaps (``holders.jsonl``,
the gap-audit block), on a table of mentions written for this test
(``data/capital_holder_cases.jsonl``): a title as the press writes it and a name (full, short)
give the holder's full name, the role on the date (an acting term names its post: "Penjabat
Wali Kota Ambon") and the regional government.

Rows right on main before the data each row tests: 19 of the first 25, 11 of the next 15, 5 of
the next 8, 3 of the last 10 (a titled full name already gave the role and organisation; the last
rows also test a region's other written name as a title: "Wali Kota Solo", "Bupati Lutim"),
0 of 2 rows of an acting post written "Pejabat Sementara (PjS)" or "PJs" before the title of
an office whose holder is on leave (the name is not checked against the holder), 2 of the last 2
(Pasuruan's Plt and mayor of 2024); every row must come out right now, none with another
organisation.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers import load_cases

CASES = load_cases(Path(__file__).parent / "data" / "capital_holder_cases.jsonl")


def test_the_table_covers_the_family() -> None:
    assert len(CASES) >= 62
    forms = Counter(c["form"] for c in CASES)
    assert {"full", "short", "acting"} <= set(forms)
    kinds = ("Pemerintah Provinsi ", "Pemerintah Kabupaten ", "Pemerintah Kota ")
    for case in CASES:
        assert case["org"].startswith(kinds)
