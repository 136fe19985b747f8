"""Provincial regional secretaries (Sekda, Pj and Plt Sekda) of ``holders.jsonl`` (the sekdata
block, offices ``sekda-*``), on a table of mentions written for this test
(``data/sekda_holder_cases.jsonl``): the full title or a short form ('Sekda X', 'Sekdaprov X')
with a name, full or as pages shorten or misspell it, on a date inside a term gives the holder's
full name, the role and the provincial government; an acting term written with its full title
gives the acting post; a name written on a date no term covers is kept as written.

Rows right on main before the data each row tests: 10 of the first 18, 7 of the next 10, 3 of
the next 6, 1 of the next 4, 1 of the last 3 (a full name already gave the role and the
organisation); every row must come out right now, none with another organisation.

The rows are judged in ``test_lane_holders.py``; this module checks what the table covers."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers import load_cases

# the table's written mentions (its other rows are bare titles on days)
CASES = [
    case
    for case in load_cases(Path(__file__).parent / "data" / "sekda_holder_cases.jsonl")
    if "kind" not in case
]


def test_the_table_covers_the_family() -> None:
    assert len(CASES) >= 41
    forms = Counter(c["form"] for c in CASES)
    assert {"full", "short", "acting", "outside"} <= set(forms)
    for case in CASES:
        assert case["org"].startswith("Pemerintah Provinsi ")
        assert "Sekretaris Daerah Provinsi " in case["role"]
