"""Regencies' and cities' regional secretaries added by the sekda4 lane (``holders.jsonl``, each
line's ``note`` naming its pages): terms of 2015-2026 outside the provinces of the sekda3 lane
(Kota Medan's years 2015-2020; Kabupaten Langkat, Simalungun, Aceh Besar, Lombok Timur, Mimika,
Kotawaringin Timur; Kota Samarinda, Pontianak, Banjarmasin, Palu, Kupang, Mataram, Gorontalo,
Banda Aceh), definitive and acting (Pj/Plt/Plh) holders who held the post alone, in the shape of
the sekkab/sekdae/sekdaw/sekda3 lanes' lines.

The table's rows (``data/sekda4_holder_cases.jsonl``: written mentions, bare titles on days,
unknown names, the lane's lines) are judged in ``test_lane_holders.py``; this module keeps the
lane's own facts."""

from __future__ import annotations

import datetime as dt

from helpers import assert_secretary_lines, gazetteer_lines, offices_held_on
from pmk_extract.components.officials import resolve_title

_LANE = "sekda4 lane (issue 18"


def _lane_lines() -> list[dict[str, object]]:
    return [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(_LANE)]


def test_the_lane_lines_name_their_pages_and_keep_the_shape() -> None:
    lines = _lane_lines()
    assert len(lines) >= 22
    assert_secretary_lines(lines)


def test_the_lane_lines_do_not_overlap_the_office_terms() -> None:
    """Each line of the lane shares no day with another term of its office."""
    every = gazetteer_lines("holders.jsonl")
    for holder in _lane_lines():
        for other in every:
            if other == holder or other["office"] != holder["office"]:
                continue
            apart = str(other["end"]) < str(holder["start"]) or str(holder["end"]) < str(
                other["start"]
            )
            assert apart, (holder["name"], other["name"], holder["office"])


def test_the_lane_covers_the_measured_days() -> None:
    """Offices of the lane held on the measured days by one of its lines."""
    lines = _lane_lines()
    held = {day: offices_held_on(lines, day) for day in ("2018-06-01", "2021-06-01")}
    assert len(held["2018-06-01"]) >= 2
    assert len(held["2021-06-01"]) >= 1


def test_a_bare_title_names_the_lane_holder_on_a_day() -> None:
    found = resolve_title("Sekretaris Daerah Kota Medan", dt.date(2016, 9, 1))
    assert found is not None
    assert found[0] == "Syaiful Bahri Lubis"
    found = resolve_title("Sekretaris Daerah Kota Medan", dt.date(2018, 10, 15))
    assert found is not None
    assert found[0] == "Wiriya Alrahman"
    # the later pages' spelling is the canonical; the oath page's is an alias
    found = resolve_title("Sekretaris Daerah Kota Palu", dt.date(2022, 1, 21))
    assert found is not None
    assert found[0] == "Irmayanti Pettalolo"
