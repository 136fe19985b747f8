"""Regional police chiefs (Kapolda) of 2014-2021 added by the polda lane (``holders.jsonl`` lines;
each line's ``note`` names its pages), on mentions and titles written for this test
(``data/polda_holder_cases.jsonl``): a title and a name written short or a letter or two off
give the holder's full name, the role and Polri; a bare title names the holder of the day and
nobody outside the days the pages confirm; an unknown name after a title held that day takes no
post.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import (
    gazetteer_lines,
    holder_name,
)
from pmk_extract import Extractor

POLRI = "Kepolisian Negara Republik Indonesia"


@pytest.mark.parametrize("day", ["2016-06-01", "2019-06-01"])
def test_most_kapolda_offices_have_a_holder_on_the_measure_days(day: str) -> None:
    offices = [o["id"] for o in gazetteer_lines("offices.jsonl") if o["id"].startswith("kapolda-")]
    held = {
        h["office"]
        for h in gazetteer_lines("holders.jsonl")
        if h["office"].startswith("kapolda-") and h["start"] <= day <= (h["end"] or "9999")
    }
    assert len(held & set(offices)) >= 10


def test_a_holder_keeps_polri_as_organisation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda Sumsel Irjen Zulkarnain meninjau pos pengamanan di Jakabaring.",
        published="2018-06-04",
    )
    chief = next(e for e in record.entities if e.text == "Zulkarnain")
    assert chief.canonical == "Zulkarnain Adinegara"
    assert chief.org == POLRI


def test_the_new_poldas_of_papua_have_their_own_office() -> None:
    offices = {o["id"]: o for o in gazetteer_lines("offices.jsonl")}
    for province in ("Papua Tengah", "Papua Barat Daya"):
        office = offices["kapolda-" + province.lower().replace(" ", "-")]
        assert office["role"] == "Kepala Kepolisian Daerah " + province
        assert f"Kapolda {province}" in office["titles"]
        assert office["valid_from"] == "2024-11-11"
    # the longer title is its own office: Papua Barat's chief is not Papua Barat Daya's
    day = dt.date(2025, 2, 1)
    assert holder_name("Kapolda Papua Barat Daya", day) == "Gatot Haribowo"
    assert holder_name("Kapolda Papua Barat", day) != "Gatot Haribowo"
