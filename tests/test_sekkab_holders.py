"""Regencies' and cities' regional secretaries added by the sekkab lane (``offices.jsonl`` and
``holders.jsonl``, each line's ``note`` naming its pages), on mentions written for this test
(``data/sekkab_holder_cases.jsonl``): a secretary's title with the region ('Sekda Sleman Nama',
'Sekdakab Sidoarjo Nama', 'Sekretaris Daerah Kabupaten X Nama', 'Plh Sekda X Nama') or bare in a
document of the region, and the name (full, an alias, part of it, a spelling one letter off),
gives the holder's full name and the region's government on a date inside the term. Must-not rows
(``person`` null): an unknown name after the title on a day with no holder recorded keeps the
name as written (no KB person, no fuzzy link).

Rows right on main before the data each row tests, in the table's order: 10 of the first 23, 8
of the next 16, 4 of the next 6, 3 of the next 8, 3 of the next 4, 1 of the next 5, 2 of the next
3, 2 of the next 4, 1 of the last 3 (a full name already gave the role and the organisation
through the regional-secretariat pattern, and the unknown names); aliases, parts of names and
misspellings came out as written.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pathlib import Path

from helpers import gazetteer_lines, load_cases

# the table's mentions (its last row is the check that the terms follow each other)
CASES = [
    case
    for case in load_cases(Path(__file__).parent / "data" / "sekkab_holder_cases.jsonl")
    if "mention" in case
]
_LANE = "sekkab lane (issue 18"
_OFFICES = ("sekretaris-daerah-kabupaten-", "sekretaris-daerah-kota-")


def test_the_table_covers_the_forms() -> None:
    forms = {case["form"].split(",")[0] for case in CASES}
    assert {"with region", "bare", "misspelt after the title", "unknown name"} <= forms
    assert len({case["org"] for case in CASES if case["org"]}) >= 13


def test_the_lane_lines_name_their_pages() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if _LANE in o.get("note", "")]
    assert len(offices) >= 22
    for office in offices:
        assert office["id"].startswith(_OFFICES), office
        assert office["role"] in office["titles"], office
    lines = [h for h in gazetteer_lines("holders.jsonl") if _LANE in h.get("note", "")]
    assert len(lines) >= 60
    for holder in lines:
        assert holder["office"].startswith(_OFFICES), holder
        assert "source:" in holder["note"], holder
        assert holder["start"] <= holder["end"], holder
