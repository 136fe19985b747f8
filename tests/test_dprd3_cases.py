"""Regional parliaments as the press writes them (dprd3 lane): sentences and names written for
this test (``tests/data/dprd3_cases.jsonl``), one family per pattern that recurs in the press.

- glued: a city or regency named by two words in title case, the second no compass word, is
  also written glued into one word ("DPRD Kota Tebingtinggi", "DPRD Bandarlampung", "Dinas
  Pendidikan Kota Padangpanjang"); a glued name that is a word of a known person's name
  ("Batubara") names the region only after its kind word ("Kabupaten Batubara"), alone it
  stays a name word;
- honour_body: a regional parliament's honour body written "Badan Kehormatan Dewan" or BKD
  right before the parliament ("Ketua BKD DPRD Kota X") is its Badan Kehormatan; BKD
  elsewhere stays the region's Badan Kepegawaian Daerah ("Kepala BKD Kota X");
- secretary_bracket: a council secretary's post closed by its short form in brackets
  ("Sekretaris Dewan (Sekwan) Nama"), the parliament named earlier in the text, is the
  secretary's of the region's government, whatever word opens the name; "Sekretaris Dewan
  Pendidikan Nama" stays another council's;
- dpr_kind: "DPR" written right before a region's kind word and a region whose parliament is
  named "Dewan Perwakilan Rakyat" + kind + place ("DPR Kabupaten Aceh Tamiang", "Komisi II DPR
  Kabupaten Aceh Utara") or has a name of its own ("DPR Provinsi Aceh") is that parliament,
  never the national DPR ("Anggota DPR dari Kabupaten X", "DPR RI dapil Aceh" stay the DPR).

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
from pmk_extract.region_short import compass_short_forms, glued_forms

CASES = Path(__file__).parent / "data" / "dprd3_cases.jsonl"
FAMILIES = {"glued", "honour_body", "secretary_bracket", "dpr_kind"}

Outcome = tuple[dict[str, Any], bool, str | None]


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    cases = load_cases(CASES)
    return case_outcomes(extractor, cases)


def test_table_covers_the_families() -> None:
    cases = load_cases(CASES)
    assert {c["family"] for c in cases} == FAMILIES
    for family in FAMILIES:
        rows = [c for c in cases if c["family"] == family]
        assert len(rows) >= 5 and any(c["variant"].startswith("negative") for c in rows)


def test_every_row_comes_out_right(outcomes: list[Outcome]) -> None:
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    assert [(c["mention"], org) for c, _, org in outcomes if org] == []


def test_glued_forms_of_two_word_names_only() -> None:
    compass = compass_short_forms()
    assert glued_forms("Bandar Lampung", compass) == {"Bandarlampung"}
    assert glued_forms("Kabupaten Muara Enim", compass) == {"Muaraenim"}
    assert glued_forms("Lampung Tengah", compass) == set()  # a compass word: "Lamteng"
    assert glued_forms("DKI Jakarta", compass) == set()
    assert glued_forms("Kabupaten Timor Tengah Selatan", compass) == set()
    assert glued_forms("Sleman", compass) == set()
