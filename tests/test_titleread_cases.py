"""Posts written before an unknown person's name (``data/titleread_cases.jsonl``, mentions
written for this test; the ``form`` field names the pattern each row exercises).

- ``comma_field_office``: a national body's regional office whose name holds a list of fields
  with commas ("Balai Besar Karantina Hewan, Ikan, dan Tumbuhan X", "Balai Besar Meteorologi,
  Klimatologi, dan Geofisika Wilayah III") is read like its short form: the role names the
  office and its place, the organisation is the body above it;
- ``comma_field_unplaced``: the same office with no place, or a field with no office, gives
  no organisation; ``comma_field_regional``: a region's office whose field is a comma list
  stays the region's government's, and a list of several offices gives no post;
- ``single_r_fused``: a police director's post fused with his directorate, the "rr" written
  once ("Direskrimum", "Wadireskrimum", "Diresnarkoba"), is the director's post, no misspelt
  directorate; ``unit_not_post``: the directorate itself ("Ditreskrimum Polda X") stays a body
  and gives the name after its verb no post;
- ``command_chain``: a command's post followed by the command above it and the one above
  that ("Kapolsek X Polres Y Polda Z", "Danramil X Kodim Y Korem Z", "Kasat Reskrim Polres Y
  Polda Z") is the post of the first with the one above it, the higher ones passed over;
  ``command_chain_guard``: one level above reads as before;
- ``station_short``: the BMKG's short forms of its stations (Stamet, Staklim, Stageof) before
  the station's place name the station, its head or officer the BMKG's; ``station_short_guard``:
  the station as a sentence's subject gives the name quoted later no post;
- ``office_type``: a customs office written with its type between its name and its place, in
  any of the office's names ("Kantor Bea Cukai Tipe Madya Pabean A X", "KPPBC TMP A X"), is
  that office; ``office_type_guard``: an office written without a type, and a tax office whose
  own name holds "Pratama", read as before;
- ``vertical_office``, ``military_below_kodam``, ``police_below_kapolres``, ``court_post``:
  the posts below the top commands and the heads of vertical offices and courts, already read
  (tools/titleread_probe.py), kept as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import assert_longest_people, extract_cases, load_cases
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "titleread_cases.jsonl")
FORMS = (
    "comma_field_office",
    "comma_field_unplaced",
    "comma_field_regional",
    "vertical_office",
    "military_below_kodam",
    "police_below_kapolres",
    "court_post",
    "single_r_fused",
    "unit_not_post",
    "command_chain",
    "command_chain_guard",
    "station_short",
    "station_short_guard",
    "office_type",
    "office_type_guard",
)


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> list[tuple[dict[str, Any], Record]]:
    return list(zip(CASES, extract_cases(extractor, CASES), strict=True))


def test_every_row_has_a_known_form() -> None:
    assert {case["form"] for case in CASES} == set(FORMS)


@pytest.mark.parametrize("form", FORMS)
def test_titleread_form(form: str, records: list[tuple[dict[str, Any], Record]]) -> None:
    rows = [(c, r) for c, r in records if c["form"] == form]
    assert len(rows) >= 2
    assert_longest_people(rows)
