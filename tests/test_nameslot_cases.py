"""The name slot after a post phrase and a comma: sentences written for these tests
(``tests/data/nameslot_cases.jsonl``), all extracted in one batch.

- ``closed``: one word that is also a common word ("Sabar", "Rahayu") is the holder's name
  when the slot is closed by a verb with its prefix ("mengatakan", "berharap", "dilantik");
- ``degree``: a name closed by a degree ("S.Sos", "SH MH") is the holder's name;
- ``none``: a day, a month, a place or a common word before a word that is no prefixed verb
  is no person;
- the slot after a post phrase the title readers do not know as a whole (plain asserts on
  :func:`~pmk_extract.components.name_slots.slot_names`): after a found organisation or a
  short form's bracket, before a prefixed verb.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor
from pmk_extract.components.name_reader import prefixed_verb
from pmk_extract.components.name_slots import slot_names
from pmk_extract.lexicons import lexicons

CASES = Path(__file__).parent / "data" / "nameslot_cases.jsonl"


def test_name_slot_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {"closed", "degree", "none"}


def test_prefixed_verb() -> None:
    for word in ("mengatakan", "memberikan", "berharap", "dilantik", "menyampaikan"):
        assert prefixed_verb(word), word
    for word in ("dan", "yang", "dia", "mereka", "sebagai", "atas", "Mengatakan", "lalu"):
        assert not prefixed_verb(word), word


def _slots(text: str, org: tuple[int, int] | None) -> list[tuple[int, int]]:
    words = text.split()
    labels: list[str | None] = [None] * len(words)
    if org is not None:
        labels[org[0] : org[1]] = ["ORG"] * (org[1] - org[0])
    return slot_names(words, labels, lexicons())


def test_slot_after_an_unknown_post_phrase() -> None:
    # after a found organisation: two words or more, closed by a prefixed verb
    text = "Kepala Pusat data Informasi dan Humas BNPB Budi Santoso Wibowo mengatakan hal itu"
    assert _slots(text, (5, 7)) == [(7, 10)]
    text = "Deputi Bidang Pangan , Kemenko Rudi Hartanto , menjelaskan hal itu"
    assert _slots(text, (4, 5)) == [(5, 7)]
    # after the bracket of a short form: one word is enough
    text = "Kepala Badan Pengkajian Ekspor ( BPEks ) Darmono menjelaskan hal itu"
    assert _slots(text, (1, 4)) == [(7, 8)]


def test_no_slot() -> None:
    assert _slots("Kepala Humas BMKG Darmono menjelaskan hal itu", (1, 3)) == []
    assert _slots("Kepala Humas BMKG Senin Pagi mengatakan hal itu", (1, 3)) == []
    assert _slots("Ketua Panitia Festival Tunas Bangsa mengatakan hal itu", (2, 3)) == []
    assert _slots("Warga BNPB Budi Santoso mengatakan hal itu", (1, 2)) == []
    assert _slots("Kepala BNPB hadir . BNPB Budi Santoso mengatakan hal itu", (4, 5)) == []
    assert _slots("Kepala Puskesmas Ngemplak Budi Santoso mengatakan hal itu", None) == []
    assert _slots("Kepala Humas BNPB Budi Santoso dan warga mengatakan hal itu", (1, 3)) == []
