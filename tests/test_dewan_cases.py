"""Regional parliaments' posts written as the press writes them, with the document's parliament
(dewan lane): sentences and names written for these tests, one family per pattern that recurs
in the press, in three tables (``tests/data/dewan_cases.jsonl``, ``dewan2_cases.jsonl``,
``dewan3_cases.jsonl``, one per step of the lane).

- council_word: a post before the council's word for itself, capitalised or in lower case
  ("Wakil Ketua Dewan Nama", "kata anggota dewan, Nama"), is the leader's or member's of the
  one regional parliament the story named; a name not set off may open with a dictionary
  word that is a word of a known person's name before a word of no dictionary ("Sekretaris
  Dewan Muhammad X"); "Ketua Dewan Pendidikan Nama", "ketua dewan juri Nama" stay none;
- legislator: "Legislator", "wakil rakyat", "anggota legislatif", with a party at most, is a
  member of the one regional parliament the story named; none with a national parliament or
  two regional ones in the story;
- bare_lead: "Wakil Ketua Nama" alone is a vice chair of the regional parliament only when
  the last organisation named before is that parliament itself (not a commission of it, a
  party or another body);
- comma_from: a member's party or fraction after his parliament and a comma, opened by "dari"
  or "asal" ("Ketua Komisi III DPRD X, dari Fraksi PKB Nama"), is skipped as without the comma
  (a national parliament's member stays the DPR's);
- bare_committee: a special or working committee right before its parliament with no name of
  its own ("Ketua Pansus DPRD X Nama", "Panitia Khusus (Pansus) DPRD X, dari Fraksi Y Nama") is
  the parliament's committee; "Ketua Pansus Nama" with no parliament in the text stays none;
- party_word: "Partai" between a fraction's word and the party's short form ("Fraksi Partai
  PKS DPRD X", "fraksi partai Gerindra DPRD X") is part of the fraction's name, canonical
  "Fraksi" and the party's full name; "PDI-Perjuangan" is the party's name with a hyphen; a
  party's board ("Ketua DPC Partai PKB Kota X Nama") stays the party's;
- acronym_case: a unit head the lexicons write as an acronym ("DPRD", "BPBD") written in title
  case or with a lower-case tail right before its place ("Ketua Dprd Kabupaten X", "Komisi I
  DPRd Jabar") is read as the lexicons write it; a short form of no unit head stays as written;
- member_party: a member's party between his post and his parliament ("Legislator Partai
  Golkar DPRD X Nama", "Anggota PKS DPRD X Nama") is his party, the post the parliament's
  member's; with no parliament after the party, the party stays the organisation.

A row's mention is put in a neutral sentence, after the row's ``before`` text when it has
one; the PERSON in it must carry the expected name and organisation (None: no
organisation), and the role when the row gives one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import case_outcomes, load_cases
from pmk_extract import Extractor

DATA = Path(__file__).parent / "data"
# each table and the families it covers
TABLES = {
    "dewan_cases.jsonl": {"council_word", "legislator", "bare_lead"},
    "dewan2_cases.jsonl": {"comma_from", "bare_committee", "party_word"},
    "dewan3_cases.jsonl": {"acronym_case", "member_party"},
}

Outcome = tuple[dict[str, Any], bool, str | None]


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    cases = [case for table in TABLES for case in load_cases(DATA / table)]
    return case_outcomes(extractor, cases)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_table_covers_the_families(table: str) -> None:
    cases = load_cases(DATA / table)
    assert {c["family"] for c in cases} == TABLES[table]
    for family in TABLES[table]:
        rows = [c for c in cases if c["family"] == family]
        assert len(rows) >= 5 and any(c["variant"].startswith("negative") for c in rows)


def test_every_row_comes_out_right(outcomes: list[Outcome]) -> None:
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    assert [(c["mention"], org) for c, _, org in outcomes if org] == []
