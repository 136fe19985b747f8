"""Acting regents and mayors (Penjabat) of 2022-2025 and vice regents of 2025 in
``holders.jsonl``, on mentions written for this test (``data/pj_regent_holder_cases.jsonl``):
inside an acting term the post with the prefix ("Pj Bupati X", "Penjabat Wali Kota X") or the
plain title ("Bupati X") and a name (full, short, an alias) give the holder's full name, the
acting role and the regional government; a vice regent's title and a short name give the full
name; after an acting term, the plain title and the former acting head's name give no office
(the elected head holds it then).


The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

import json

from pmk_extract.resources import models_dir


def test_acting_terms_are_sourced_and_bounded() -> None:
    text = (models_dir() / "gazetteers" / "holders.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    acting = [
        h
        for h in lines
        if h.get("acting") == "Penjabat" and h["office"].startswith(("bupati-", "walikota-"))
    ]
    assert len(acting) >= 40
    for holder in acting:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
