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


def test_initials_and_openers_left_out_before_a_name() -> None:
    # an initial with or without its dot, an opener's initials, the Balinese gender word
    assert _joined("kata A. Ridwan Saputra hari ini", [(2, 4, "PERSON")]) == ["A. Ridwan Saputra"]
    assert _joined("kata M Yunus Saputra hari ini", [(2, 4, "PERSON")]) == ["M Yunus Saputra"]
    assert _joined("kata IGN Jaya Negara hari ini", [(2, 4, "PERSON")]) == ["IGN Jaya Negara"]
    assert _joined("kata I Nyoman Sucita hari ini", [(2, 4, "PERSON")]) == ["I Nyoman Sucita"]
    sentence = "kata I Gusti Agung Wirawan hari ini"
    assert _joined(sentence, [(4, 5, "PERSON")]) == ["I Gusti Agung Wirawan"]
    assert _joined("Desa Gusti Agung Wirawan hadir", [(3, 4, "PERSON")]) == ["Wirawan"]
    # "A." joins the name before it: "[Budi] A. [Santoso]" is one name
    assert _joined("kata Budi A. Santoso hari ini", [(1, 2, "PERSON"), (3, 4, "PERSON")]) == [
        "Budi A. Santoso"
    ]
    # no honorific, Roman numeral, unit's letter or labelled word opens the name
    assert _joined("kata H. Ridwan Saputra hari ini", [(2, 4, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("kata HM Ridwan Saputra hari ini", [(2, 4, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("Asisten I Ridwan Saputra hadir", [(2, 4, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("Ketua Komisi B Ridwan Saputra hadir", [(3, 5, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("dari kelas A Ridwan Saputra hadir", [(3, 5, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("Ruang 3 A Ridwan Saputra hadir", [(3, 5, "PERSON")]) == ["Ridwan Saputra"]
    words = ["kata", "A.", "Ridwan", "Saputra"]
    labels: list[str | None] = [None, "ORG", None, None]
    out = join_name_parts(words, labels, [(2, 4, "PERSON")], lexicons(), _TITLES.__contains__)
    assert out == [(2, 4, "PERSON")]


def test_short_capitals_closing_a_name() -> None:
    assert _joined("kata Ridwan Saputra AS hari ini", [(1, 3, "PERSON")]) == ["Ridwan Saputra AS"]
    assert _joined("kata Ridwan Saputra MD , lalu", [(1, 3, "PERSON")]) == ["Ridwan Saputra MD"]
    # a degree, "RI", a Roman numeral, capitals before another name word: not the name's
    assert _joined("kata Ridwan Saputra SH hari ini", [(1, 3, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("kata Ridwan Saputra RI hari ini", [(1, 3, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("kata Ridwan Saputra II hari ini", [(1, 3, "PERSON")]) == ["Ridwan Saputra"]
    assert _joined("kata Ridwan Saputra PT Maju", [(1, 3, "PERSON")]) == ["Ridwan Saputra"]


def test_capital_initials_with_their_dot_apart_inside_a_name() -> None:
    sentence = "kata Rochady HS . Wibawa hari ini"
    assert _joined(sentence, [(1, 3, "PERSON")]) == ["Rochady HS . Wibawa"]
    # a degree's dot, a function word opening the next sentence: the name ends
    assert _joined("kata Ridwan SH . Kemudian ia", [(1, 3, "PERSON")]) == ["Ridwan SH"]
    assert _joined("kata Ridwan AS . Dia pergi", [(1, 3, "PERSON")]) == ["Ridwan AS"]
    assert _joined("kata AS . Wibawa pergi", [(1, 2, "PERSON")]) == ["AS"]


def test_middle_initials_after_an_initial_that_ends_the_span() -> None:
    sentence = "kata Marthen F. R. Dethan , S.H hari ini"
    assert _joined(sentence, [(1, 3, "PERSON")]) == ["Marthen F. R. Dethan"]
    # one initial, or initials before a function word or a title: the span stays
    assert _joined("kata Budi S. Warga pulang", [(1, 3, "PERSON")]) == ["Budi S."]
    assert _joined("kata Budi S. R. Kemudian pulang", [(1, 3, "PERSON")]) == ["Budi S."]
    assert _joined("kata Budi S. R. Bupati pulang", [(1, 3, "PERSON")]) == ["Budi S."]
