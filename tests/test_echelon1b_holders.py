"""Ministries' echelon-I officials added by the echelon1b lane (``offices.jsonl``: the
secretaries-general and inspectors-general of the ministries of its half; ``holders.jsonl``:
terms of secretaries-general, directors-general and agency heads, each line's ``note`` naming
its pages), on mentions and titles written for this test
(``data/echelon1b_holder_cases.jsonl``): a title and a name (full, short, an alias, a spelling
one letter off) give the holder's full name, the role and the ministry; a bare title names the
holder of the day and nobody outside the terms the pages confirm; an unknown name after a
title is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

import datetime as dt

from helpers import gazetteer_lines
from pmk_extract.components.officials import resolve_title

LANE = "echelon1b lane (issue 18, ministries' echelon-I officials)"


def test_the_lane_offices_take_the_ministry_and_its_written_forms() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    assert len(offices) >= 25
    heads = {
        "Sekretaris Jenderal": "Sekjen ",
        "Inspektur Jenderal": "Irjen ",
        "Sekretaris Kementerian": "Sesmen ",
    }
    for office in offices:
        short = heads[office["role"]]
        assert office["org"], office
        assert any(t.startswith(office["role"] + " Kementerian ") for t in office["titles"])
        assert any(t.startswith(short) for t in office["titles"]), office


def test_the_acting_head_ends_the_day_before_the_definitive_oath() -> None:
    # Bay Mokhamad Hasani acted from 24 August 2017 until Agus H. Purnomo's oath of
    # 3 November 2017 (test_echelon_holder_terms had the eve as a vacancy)
    eve = resolve_title("Dirjen Hubla", dt.date(2017, 11, 2))
    assert eve is not None and eve[:2] == (
        "Bay Mokhamad Hasani",
        "Pelaksana Tugas Direktur Jenderal Perhubungan Laut",
    )
    oath = resolve_title("Dirjen Hubla", dt.date(2017, 11, 3))
    assert oath is not None and oath[0] == "Agus H. Purnomo"
