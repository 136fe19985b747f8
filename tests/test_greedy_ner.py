"""The batch decoder finds exactly the entities spaCy's own decoder finds.

spaCy's decoder runs here with spaCy's own arithmetic (thinc's default ops, blis); the
batch decoder runs the network on numpy, so these tests also show that the change of
matrix products leaves every entity as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from pmk_extract import Extractor
from pmk_extract.components.ner_model import read_model
from pmk_extract.greedy_ner import GreedyNER
from pmk_extract.ner_features import lexicon_classes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training" / "ner"))

import prepare


def _unannotated(docs: list[Doc]) -> list[Doc]:
    """Copies with the same words, spaces, tags and lemmas (the model's features), no entities."""
    return [
        Doc(
            doc.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            tags=[t.tag_ for t in doc] if any(t.tag_ for t in doc) else None,
            lemmas=[t.lemma_ for t in doc],
        )
        for doc in docs
    ]


def _spacy_entities(pipe: Any, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    """spaCy's decoder with thinc's default ops (blis), as the model was trained and shipped."""
    for node in pipe.model.walk():
        node.ops = NumpyOps()
    predicted = pipe.pipe(_unannotated(docs), batch_size=64)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in predicted]


@pytest.fixture(scope="module")
def pipe() -> Any:
    return read_model().get_pipe("ner")  # its own copy: the tests set its ops


def test_same_entities_as_spacy_on_press_releases(
    pipe: Any, extractor: Extractor, dev_raw: list[dict[str, Any]]
) -> None:
    ner = extractor.nlp.get_pipe("pmk_ner")
    # whole releases and their paragraphs: long and short documents, newline tokens
    texts = [d["text"] for d in dev_raw]
    texts += [p for t in texts for p in t.split("\n\n") if p.strip()]
    docs = [ner._copy(extractor.nlp.make_doc(text)) for text in texts]
    docs.insert(3, Doc(pipe.vocab, words=[]))
    expected = _spacy_entities(pipe, docs)
    decoder = GreedyNER(pipe)
    got = [e for i in range(0, len(docs), 40) for e in decoder.predict(docs[i : i + 40])]
    assert sum(map(len, expected)) > 300
    assert got == expected


@pytest.mark.parametrize("convention", ["", "nergrit"])
def test_same_entities_as_spacy_on_corpus_sentences(pipe: Any, convention: str) -> None:
    corpus = {"": "idner_dev", "nergrit": "nergrit_valid"}[convention]
    docs = _unannotated(prepare.load(corpus, pipe.vocab, domain=True)[:600])
    for doc in docs:  # the gazetteer features, as the library sets them
        for token, feature in zip(doc, lexicon_classes([t.text for t in doc]), strict=True):
            token.lemma_ = feature
    assert all(t.tag_ == convention for doc in docs for t in doc)
    expected = _spacy_entities(pipe, docs)
    got = GreedyNER(pipe).predict(docs)
    assert sum(map(len, expected)) > 300
    assert got == expected


def test_small_batches_give_the_same_entities(pipe: Any, extractor: Extractor) -> None:
    ner = extractor.nlp.get_pipe("pmk_ner")
    text = "Menteri Budi Santoso meninjau Desa Sukamaju di Kabupaten Garut bersama PT Maju Jaya."
    docs = [ner._copy(extractor.nlp.make_doc(text)) for _ in range(9)]
    decoder = GreedyNER(pipe)
    large = decoder.predict(docs)  # 9 documents: the batch decoder
    small = decoder.predict(docs[:2])  # 2 documents: spaCy's decoder
    assert large[0] and small == large[:2]
    assert decoder.predict([]) == []
    assert decoder.predict([Doc(pipe.vocab, words=[])]) == [[]]


class _Threads:
    """A stand-in for the token-to-vector layer that notes numpy's BLAS threads when called."""

    def __init__(self, layer: Any) -> None:
        self.layer = layer
        self.seen: list[int] = []

    def predict(self, docs: list[Doc]) -> Any:
        self.seen += [
            pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"
        ]
        return self.layer.predict(docs)


def test_network_runs_on_numpy_with_one_blas_thread(pipe: Any, extractor: Extractor) -> None:
    decoder = GreedyNER(pipe)
    assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in pipe.model.walk())
    before = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    if not before:
        pytest.skip("numpy's BLAS is not one threadpoolctl can see")
    spy = _Threads(decoder.tok2vec)
    decoder.tok2vec = spy
    ner = extractor.nlp.get_pipe("pmk_ner")
    docs = [
        ner._copy(extractor.nlp.make_doc("Presiden Joko Widodo tiba di Bali.")) for _ in range(9)
    ]
    assert decoder.predict(docs)[0]
    assert spy.seen and set(spy.seen) == {1}
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == before


def test_refuses_other_transition_systems() -> None:
    parser = spacy.blank("id").add_pipe("parser")
    with pytest.raises(ValueError, match="BILUO"):
        GreedyNER(parser)
