"""National posts as news pages write them (``justice.py``, ``command_posts.py``,
``command_titles.py``, ``command_places.py``, ``ner.py``, ``command_units.tsv``;
``tests/data/natreal_cases.jsonl`` and ``natreal_texts.jsonl``, sentences written for this
test).

- a court's or prosecution office's post written with a field may leave the field out right
  before its body ("Panitera Muda PA Magetan Nama", "Kasidik Kejati Sultra Nama");
- a team's head or member written before the prosecutors' post ("Ketua Tim JPU Nama",
  "Anggota Tim Jaksa Penuntut Umum (JPU) Nama") is a prosecutor, as the post alone reads; so
  is the prosecutor written by the code's own term ("Penuntut Umum Nama"; in a text that
  names the KPK, no organisation) and the state attorney ("Jaksa Pengacara Negara Nama");
- a deputy's post written apart from the unit's short form ("Wadan Lantamal VI", "Waka
  Polres Klaten", "Wadan Pussenif") reads as its fused form; "Waka DPRD" stays the council's;
- a unit's name of several words runs up to the post's short form in brackets when the
  holder's rank follows ("Kodam I Bukit Barisan (Kasdam I/BB), Brigjen TNI Nama");
- the words between a title and its holder's rank are the unit, never a person;
- a Basarnas office written with its English name ("Kantor Search and Rescue X") is of
  Basarnas;
- the Constitutional Court's honour council (MKMK) is a body of the court: its members are
  the court's; a short form in brackets after a name that holds another body's name
  ("Majelis Kehormatan Mahkamah Konstitusi (MKMK)") stands for the whole name.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome, whole_text_misses
from pmk_extract import Extractor

DATA = Path(__file__).parent / "data"
CASES = load_cases(DATA / "natreal_cases.jsonl")
TEXTS = load_cases(DATA / "natreal_texts.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


def test_texts_give_exactly_the_expected_people(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, TEXTS) == []
