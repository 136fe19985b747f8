"""Chairs of the provincial parliaments added by the dprdchairs lane (``holders.jsonl``: terms
that fill the measured days where no chair was recorded, each ``note`` naming its pages), on
mentions and titles written for this test (``data/dprdchairs_holder_cases.jsonl``, judged in
``test_lane_holders.py``). This module keeps the lane's own fact: how many of the 38
provincial parliaments (the DPRDs, Aceh's DPRA and Papua's DPRs) have a chair on each measured
day."""

from __future__ import annotations

from helpers import gazetteer_lines

# the four days the lanes' coverage is measured on, and the floors after this lane's lines
DAYS = ("2016-06-01", "2019-06-01", "2022-06-01", "2025-06-01")
FLOORS = (23, 30, 34, 36)


def _provincial_chair_offices() -> set[str]:
    """The chair offices of the provincial parliaments (not the regencies' or cities')."""
    return {
        o["id"]
        for o in gazetteer_lines("offices.jsonl")
        if o["role"].startswith("Ketua Dewan Perwakilan Rakyat")
        and o["role"] != "Ketua Dewan Perwakilan Rakyat"
        and " Kabupaten " not in o["role"]
        and " Kota " not in o["role"]
    }


def _covered(offices: set[str], day: str) -> int:
    """Offices of ``offices`` with a recorded chair on ``day``."""
    return len(
        {
            h["office"]
            for h in gazetteer_lines("holders.jsonl")
            if h["office"] in offices
            and (h["start"] or "0000") <= day
            and (h["end"] is None or day <= h["end"])
        }
    )


def test_the_provincial_parliaments_are_38() -> None:
    assert len(_provincial_chair_offices()) == 38


def test_provincial_chairs_on_the_measured_days() -> None:
    offices = _provincial_chair_offices()
    covered = tuple(_covered(offices, day) for day in DAYS)
    assert all(n >= floor for n, floor in zip(covered, FLOORS, strict=True)), covered
