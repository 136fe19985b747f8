"""Regencies' and cities' regional secretaries added by the sekda3 lane (``holders.jsonl``, each
line's ``note`` naming its pages): terms of 2015-2026 for large regions that had few or none
(Kota Surabaya, Bandung, Makassar, Palembang, Semarang, Padang, Pekanbaru, Tangerang Selatan;
Kabupaten Cianjur, Sukabumi), definitive and acting (Pj/Plh) holders who held the post alone,
in the shape of the sekkab/sekdae/sekdaw lanes' lines.

The table's rows (``data/sekda3_holder_cases.jsonl``: written mentions, bare titles on days,
unknown names, the lane's lines) are judged in ``test_lane_holders.py``; this module keeps the
lane's own facts."""

from __future__ import annotations

import datetime as dt

from helpers import assert_secretary_lines, gazetteer_lines, offices_held_on
from pmk_extract.components.officials import resolve_title

_LANE = "sekda3 lane (issue 18"


def _lane_lines() -> list[dict[str, object]]:
    return [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(_LANE)]


def test_the_lane_lines_name_their_pages_and_keep_the_shape() -> None:
    lines = _lane_lines()
    assert len(lines) >= 34
    assert_secretary_lines(lines)


def test_the_lane_covers_the_measured_days() -> None:
    """Offices of the lane held on the measured days by one of its lines."""
    lines = _lane_lines()
    held = {day: offices_held_on(lines, day) for day in ("2018-06-01", "2021-06-01", "2024-06-01")}
    assert len(held["2018-06-01"]) >= 2
    assert len(held["2021-06-01"]) >= 1
    assert len(held["2024-06-01"]) >= 3


def test_a_bare_title_names_the_lane_holder_on_a_day() -> None:
    found = resolve_title("Sekretaris Daerah Kota Surabaya", dt.date(2025, 9, 4))
    assert found is not None
    assert found[0] == "Lilik Arijanto"
    assert resolve_title("Sekretaris Daerah Kota Surabaya", dt.date(2025, 7, 1)) is None
