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

from helpers import FRAME, load_cases, mention_outcome
from pmk_extract import Extractor, Record
from pmk_extract.region_short import compass_short_forms, glued_forms

CASES = Path(__file__).parent / "data" / "dprd3_cases.jsonl"
FAMILIES = {"glued", "honour_body", "secretary_bracket", "dpr_kind"}

Outcome = tuple[dict[str, Any], bool, str | None]


def _judge(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether the longest PERSON inside the row's mention (after its ``before`` text) has
    the expected name, organisation and (when given) role, and the organisation given when it
    is a wrong one."""
    before = case.get("before", "")
    if not before:
        return mention_outcome(case, record)
    start = len(before) + 1
    end = start + len(case["mention"])
    inside = [
        e for e in record.entities if e.label == "PERSON" and start <= e.start and e.end <= end
    ]
    if not inside:
        return False, None
    person = max(inside, key=lambda e: e.end - e.start)
    right = person.canonical == case["person"] and person.org == case["org"]
    if right and "role" in case:
        right = person.role == case["role"]
    wrong = person.org if person.org is not None and person.org != case["org"] else None
    return right, wrong


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    cases = load_cases(CASES)
    items = [
        {
            "id": str(i),
            "text": " ".join(filter(None, (c.get("before"), FRAME.format(mention=c["mention"])))),
            "published": c["published"],
        }
        for i, c in enumerate(cases)
    ]
    records = extractor.extract_many(items)
    return [(c, *_judge(c, r)) for c, r in zip(cases, records, strict=True)]


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
