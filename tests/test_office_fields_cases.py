"""Regional offices named by their field's short form alone, and a secretary's assistants by
number, sections of a district's office and stand-ins for a regional head (``units.py``,
``bare_posts.py``, ``generic_titles.py``, ``regional_posts.py``;
``tests/data/office_fields_cases.jsonl``, sentences written for this test).

- a field's short form between a post's title and a region ("Kepala PUPR Kabupaten X", "Plt
  Kepala PMD Kabupaten X", "Kabid Bina Marga PUPR Kabupaten X") is the region's Dinas of that
  field, even where the short form also names a ministry; not after another post's field
  ("Kepala Satker ... Jalan Nasional ... PUPR Jawa Tengah": the ministry's);
- an office's own short form the lexicons do not know, a "D" and capitals, between "Kepala"
  or "Sekretaris" and a region written with its kind ("Kepala DKP3 Kabupaten X") is that
  region's office; so is a council's short form after "Kepala", which never heads a council
  ("Kepala DKPP Kabupaten X"); the council's chair and the parliament's secretary stay;
- a secretary's assistant by number before a name ("Asisten II Nama", "Asisten III Sekda
  Nama": the assistant, not the secretary) is the secretariat's post with no organisation,
  the region the text names before it when it names one; a coach's assistant is none;
- a division's field written as a short form ("Ormas", "Linmas": abbreviations.tsv) is a
  field, also as an item between commas of a list of fields, never a person;
- a post read with no organisation whose holder, named, "mewakili" a governor, regent or
  mayor of a written region ("Asisten Perekonomian, Nama, mewakili Gubernur Lampung"), or of
  their deputies, by any title ``lexicons/titles.tsv`` gives a regional head ("Wakil Bupati",
  "Wabup", "Wali Kota"), is of that region's government, the head's title saying which of a
  regency and a city of one name (``regional_posts.represented_region``); a post with its own
  organisation keeps it, and a minister or a secretary names no region;
- a section's head written with its district ("Kasi Trantib Kecamatan X Nama") is of the
  government of the district's regency or city, as the district head is: none where the
  district's name is shared and no regency is written.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome, whole_text_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "office_fields_cases.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    rows = [c for c in CASES if "mention" in c]
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, rows, mention_outcome) if not ok]
    assert wrong == []


def test_texts_give_exactly_the_expected_person(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, [c for c in CASES if "text" in c]) == []
