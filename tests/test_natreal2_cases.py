"""National posts as news pages write them, second round (``command_units.tsv``,
``office_standing.txt``, ``commands.py``, ``justice.tsv``, ``organizations.jsonl``;
``tests/data/natreal2_cases.jsonl`` and ``natreal2_texts.jsonl``, sentences written for this
test).

- a food and drug office is named by its full name as well as its short form, in both
  spellings the press uses ("Balai Besar Pengawas/Pengawasan Obat dan Makanan", "Balai",
  "Loka") and with the grade's short form written apart ("BB POM di X"): its head is the
  agency's official;
- "Khusus" after a national body's regional office ("Kanwil DJBC Khusus Kepri", "Kanwil DJP
  Jakarta Khusus") continues the office's name and is never the first word of a name;
- a warship ("KRI" and its name, up to its hull number after a hyphen: "KRI Layang-635",
  "KRI I Gusti Ngurah Rai-332") is a unit of the navy: its commander ("Komandan KRI X") is
  the TNI's; a ship named after a hero is no person;
- Aceh's election bodies are written by their own short forms: "Panwaslih X" (the Bawaslu's)
  and, before Aceh or one of its regencies and cities, "KIP X" (the commission, the KPU's;
  elsewhere "KIP" stays the Komisi Informasi Pusat);
- the Bawaslu's ad hoc supervisors are the Bawaslu's: a district's ("Panwascam X", "Panwaslu
  Kecamatan X"), a regency's or city's before 2018 ("Panwaslu Kabupaten X").
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome, whole_text_misses
from pmk_extract import Extractor

DATA = Path(__file__).parent / "data"
CASES = load_cases(DATA / "natreal2_cases.jsonl")
TEXTS = load_cases(DATA / "natreal2_texts.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


def test_texts_give_exactly_the_expected_people(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, TEXTS) == []
