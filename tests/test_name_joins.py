"""The recogniser's cut names joined (``components/name_joins.py``), on sentences written for
these tests: the model's spans are given as it might cut them."""

from __future__ import annotations

from pmk_extract.components.name_joins import Prediction, join_name_parts
from pmk_extract.lexicons import lexicons

_TITLES = {"Presiden", "Kapolres", "Bupati"}


def _joined(sentence: str, predictions: list[Prediction]) -> list[str]:
    words = sentence.split()
    labels: list[str | None] = [None] * len(words)
    out = join_name_parts(words, labels, predictions, lexicons(), _TITLES.__contains__)
    return [" ".join(words[start:end]) for start, end, _ in out]


def test_two_person_spans_side_by_side_are_one_name() -> None:
    # "[Mayor Inf Agus] [Salim Nugraha]"
    sentence = "Kapendim , Mayor Inf Agus Salim Nugraha memberikan keterangan"
    got = _joined(sentence, [(2, 5, "PERSON"), (5, 7, "PERSON")])
    assert got == ["Mayor Inf Agus Salim Nugraha"]


def test_spans_apart_or_of_other_labels_stay_apart() -> None:
    sentence = "Agus Salim dan Rudi Hartono bertemu Bank Jateng Rudi Hartono"
    got = _joined(sentence, [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 8, "ORG"), (8, 10, "PERSON")])
    assert got == ["Agus Salim", "Rudi Hartono", "Bank Jateng", "Rudi Hartono"]


def test_name_words_left_out_after_an_honorific_or_rank() -> None:
    sentence = "Kepala Dinas Drs. H. Rizal Fahmi Hakim hadir"
    assert _joined(sentence, [(5, 7, "PERSON")]) == ["H. Rizal Fahmi Hakim"]
    sentence = "Kapolres Klaten AKBP Lutfan Joko Santoso hadir"
    assert _joined(sentence, [(4, 6, "PERSON")]) == ["AKBP Lutfan Joko Santoso"]


def test_no_title_dictionary_word_or_labelled_word_is_taken() -> None:
    # a title, a dictionary word, no honorific before: the span stays as the model cut it
    assert _joined("Bapak Presiden Joko Widodo hadir", [(2, 4, "PERSON")]) == ["Joko Widodo"]
    assert _joined("Bapak Kapolres Joko Widodo hadir", [(2, 4, "PERSON")]) == ["Joko Widodo"]
    assert _joined("Bapak Sehat Joko Widodo hadir", [(2, 4, "PERSON")]) == ["Joko Widodo"]
    assert _joined("Kota Lutfan Joko Santoso hadir", [(2, 4, "PERSON")]) == ["Joko Santoso"]
    words = ["Drs.", "H.", "Klaten", "Joko", "Santoso", "hadir"]
    labels: list[str | None] = [None, None, "LOC", None, None, None]
    out = join_name_parts(words, labels, [(3, 5, "PERSON")], lexicons(), _TITLES.__contains__)
    assert out == [(3, 5, "PERSON")]
