"""Tests for pmk_extract.ner_eval on a tiny example scored by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmk_extract.ner_eval import (
    PRF,
    bio_spans,
    parse_conll,
    read_conll,
    score_files,
    score_tags,
)

# Gold (idner style: token POS tag, space separated, CRLF):
#   s1: Joko Widodo  mengunjungi Kementerian Kesehatan di   Jakarta
#       B-PER I-PER  O           B-ORG       I-ORG     O    B-LOC
#   s2: Menteri Budi tiba   di   Bandung
#       O       B-PER O     O    B-LOC
GOLD = (
    "Joko PROPN B-PER\r\nWidodo PROPN I-PER\r\nmengunjungi VERB O\r\n"
    "Kementerian PROPN B-ORG\r\nKesehatan PROPN I-ORG\r\ndi ADP O\r\n"
    "Jakarta PROPN B-LOC\r\n\r\n"
    "-DOCSTART- X O\r\n\r\n"
    "Menteri NOUN O\r\nBudi PROPN B-PER\r\ntiba VERB O\r\ndi ADP O\r\n"
    "Bandung PROPN B-LOC\r\n"
)
# Prediction (tab separated, NERGrit-like label names):
#   s1: Joko Widodo right (PERSON); "Kementerian" alone as ORGANISATION (wrong
#       span); Jakarta right (PLACE)
#   s2: "Menteri Budi" as PERSON (wrong span); Bandung right; the stray I-PLACE on
#       "tiba" starts a new one-token PLACE entity (conlleval rule) -> false positive
PRED = (
    "Joko\tB-PERSON\nWidodo\tI-PERSON\nmengunjungi\tO\n"
    "Kementerian\tB-ORGANISATION\nKesehatan\tO\ndi\tO\nJakarta\tB-PLACE\n\n"
    "Menteri\tB-PERSON\nBudi\tI-PERSON\ntiba\tI-PLACE\ndi\tO\nBandung\tB-PLACE\n"
)
GOLD_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
PRED_MAP = {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "LOC"}


def test_parse_conll_last_column_and_crlf() -> None:
    sents = parse_conll(GOLD.splitlines(keepends=True))
    assert len(sents) == 2
    assert sents[0][0] == ("Joko", "B-PER")
    assert sents[1][-1] == ("Bandung", "B-LOC")


def test_bio_spans_decoding_and_mapping() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC"]) == [
        (0, 2, "PER"),
        (3, 5, "ORG"),
        (6, 7, "LOC"),
    ]
    # I- after O or after another type starts a new entity; B- after B- splits.
    assert bio_spans(["I-LOC", "I-PER", "B-PER", "B-PER", "I-PER"]) == [
        (0, 1, "LOC"),
        (1, 2, "PER"),
        (2, 3, "PER"),
        (3, 5, "PER"),
    ]
    # BIOES is accepted.
    assert bio_spans(["S-LOC", "B-ORG", "E-ORG", "O"]) == [(0, 1, "LOC"), (1, 3, "ORG")]
    # Mapping to "O" drops a type; unmapped types are kept.
    assert bio_spans(["B-IND", "I-IND", "B-PPL", "B-X"], {"IND": "O", "PPL": "PERSON"}) == [
        (2, 3, "PERSON"),
        (3, 4, "X"),
    ]


def test_hand_worked_scores(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.txt"
    pred_path = tmp_path / "pred.txt"
    gold_path.write_bytes(GOLD.encode("utf-8"))
    pred_path.write_text(PRED, encoding="utf-8")
    scores = score_files(gold_path, pred_path, GOLD_MAP, PRED_MAP)
    # By hand:
    # PERSON gold {Joko Widodo, Budi}, pred {Joko Widodo, Menteri Budi}: tp1 fp1 fn1
    # ORG    gold {Kementerian Kesehatan}, pred {Kementerian}:             tp0 fp1 fn1
    # LOC    gold {Jakarta, Bandung}, pred {Jakarta, tiba, Bandung}:       tp2 fp1 fn0
    assert scores.per_label == {
        "LOC": PRF(tp=2, fp=1, fn=0),
        "ORG": PRF(tp=0, fp=1, fn=1),
        "PERSON": PRF(tp=1, fp=1, fn=1),
    }
    assert scores.micro == PRF(tp=3, fp=3, fn=2)
    # PERSON: P = 1/2, R = 1/2, F1 = 1/2
    assert scores.per_label["PERSON"].f1 == pytest.approx(0.5)
    # ORG: nothing right -> 0.0 everywhere
    assert scores.per_label["ORG"].precision == 0.0
    assert scores.per_label["ORG"].f1 == 0.0
    # LOC: P = 2/3, R = 1, F1 = 2*(2/3)/(5/3) = 4/5
    assert scores.per_label["LOC"].precision == pytest.approx(2 / 3)
    assert scores.per_label["LOC"].f1 == pytest.approx(0.8)
    # micro: P = 3/6 = 0.5, R = 3/5 = 0.6, F1 = 2*0.3/1.1 = 6/11
    assert scores.micro.precision == pytest.approx(0.5)
    assert scores.micro.recall == pytest.approx(0.6)
    assert scores.micro.f1 == pytest.approx(6 / 11)
    assert scores.micro.support == 5
    assert scores.to_dict()["micro"]["f"] == pytest.approx(6 / 11)
    assert "micro" in scores.table()
    assert read_conll(gold_path)[0][3] == ("Kementerian", "B-ORG")


def test_without_mapping_labels_differ() -> None:
    # Without a mapping "PER" and "PERSON" are different labels: nothing matches.
    scores = score_tags([["B-PER"]], [["B-PERSON"]])
    assert scores.micro == PRF(tp=0, fp=1, fn=1)
    assert scores.micro.f1 == 0.0


def test_empty_and_mismatch() -> None:
    assert score_tags([["O"]], [["O"]]).micro == PRF()
    assert PRF().f1 == 0.0
    with pytest.raises(ValueError):
        score_tags([["O"]], [])
    with pytest.raises(ValueError):
        score_tags([["O", "O"]], [["O"]])
