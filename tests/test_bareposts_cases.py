"""Regional posts written without their region before a name (``bare_posts.py``;
``tests/data/bareposts_cases.jsonl``, sentences written for this test).

- a regional head's, deputy's or secretary's title with no region before a name ("Wakil
  Bupati Nama", "Plt Sekda Nama", "Sekda Kota Nama") is read as the role without its region
  ("Wakil Bupati", "Pelaksana Tugas Sekretaris Daerah", "Sekretaris Daerah Kota") and no
  organisation; with the region written, the region's government;
- a regional department head's short title before a ministry's acronym ("Kadis PUPR Nama") is
  the region's department of that field, never the ministry;
- a post before a body a region follows, the region left out ("Ketua Komisi B DPRD Nama",
  "Asisten III Setda Nama", "Anggota DPRD Dapil II Nama") is the post and the body written out,
  no organisation; an acronym after the body opens no name ("Ketua DPRD KK Nama");
- capitalised words that are no name (one word without a comma, dictionary words only, a
  headline's verb) after such a title give no person.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome, whole_text_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "bareposts_cases.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    rows = [c for c in CASES if "mention" in c]
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, rows, mention_outcome) if not ok]
    assert wrong == []


def test_no_person_where_no_name_follows(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, [c for c in CASES if "text" in c]) == []
