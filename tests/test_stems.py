"""Stems: Sastrawi's, per token, names kept."""

from __future__ import annotations

import pytest
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from spacy.language import Language

from pmk_extract.pipeline import build_nlp
from pmk_extract.stemming import stem_word

SASTRAWI = StemmerFactory().create_stemmer()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(("pmk_stems",))


@pytest.mark.parametrize(
    "word",
    [
        "meraih",
        "diperoleh",
        "kementerian",
        "menyerahkan",
        "pelayanan",
        "melantik",
        "peluncuran",
        "menandatangani",
        "kunjungan",
        "masyarakat",
        "aparatur",
        "ditinjau",
    ],
)
def test_ordinary_words_equal_sastrawi(word: str) -> None:
    assert stem_word(word) == SASTRAWI.stem(word)


@pytest.mark.parametrize(
    ("word", "stem"), [("penghargaan", "penghargaan"), ("pergerakan", "gerak"), ("berikan", "beri")]
)
def test_exception_table(word: str, stem: str) -> None:
    assert stem_word(word) == stem


@pytest.mark.parametrize("token", ["8/3", "09.30", ",", "2024", "Rp1"])
def test_non_words_unchanged(token: str) -> None:
    assert stem_word(token) == token


def test_stems_in_a_doc_keep_names(nlp: Language) -> None:
    doc = nlp("Warga Bekasi menerima bantuan. Penyaluran dilakukan kemarin.")
    stems = [t._.stem for t in doc]
    assert stems[1] == "Bekasi"
    assert stems[2] == "terima"
    assert stems[5] == "salur"  # sentence-initial common word is stemmed
    assert stems[6] == "laku"
    assert doc.text == "Warga Bekasi menerima bantuan. Penyaluran dilakukan kemarin."


def test_entity_tokens_keep_their_form() -> None:
    nlp = build_nlp(("pmk_gazetteer", "pmk_stems"))
    doc = nlp("Bekasi diguyur hujan.")
    assert doc[0]._.stem == "Bekasi"
    assert doc[1]._.stem == "guyur"
