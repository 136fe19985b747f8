"""Regional police chiefs added by the gap audit of every Polda (``holders.jsonl``), on
sentences written for these tests: a title resolves to the holder on the date, a short name
after the title takes the holder's full name, a single name is linked only after its title,
and the terms of every Kapolda office follow each other without overlapping.

The tables of titles on their days (and of names in sentences) are rows of
``data/kapolda_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from pmk_extract.components.officials import resolve_title


def test_no_holder_outside_the_confirmed_window() -> None:
    # Teddy Minahasa Putra was moved on 2022-10-10; his successor took office on 2022-10-18
    assert resolve_title("Kapolda Sumbar", dt.date(2022, 10, 14)) is None
    assert resolve_title("Kapolda Maluku Utara", dt.date(2022, 10, 17)) is not None
    assert resolve_title("Kapolda Maluku Utara", dt.date(2022, 10, 18)) == (
        "Midi Siswoko",
        "Kepala Kepolisian Daerah Maluku Utara",
        "Kepolisian Negara Republik Indonesia",
    )
