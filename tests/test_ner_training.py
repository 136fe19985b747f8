"""The NER training helpers: corpus conventions as domain tags, read on gold tokens."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training" / "ner"))

import functions
import prepare


def test_domain_tags_mark_every_corpus_but_idner() -> None:
    vocab = spacy.blank("id").vocab
    nergrit = prepare.load("nergrit_valid", vocab, domain=True)
    idner = prepare.load("idner_dev", vocab, domain=True)
    untagged = prepare.load("nergrit_valid", vocab)
    assert nergrit and all(t.tag_ == "nergrit" for doc in nergrit for t in doc)
    assert idner and not any(t.tag_ for doc in idner for t in doc)
    assert not any(t.tag_ for doc in untagged for t in doc)


def test_gold_tokens_reader_keeps_tags_tokens_and_entities(tmp_path: Path) -> None:
    nlp = spacy.blank("id")
    docs = [d for d in prepare.load("nergrit_valid", nlp.vocab, domain=True) if d.ents][:5]
    path = tmp_path / "sample.spacy"
    assert prepare.write(docs, path) == 5
    examples = list(functions.gold_tokens_corpus(path)(nlp))
    assert len(examples) == 5
    for example, doc in zip(examples, docs, strict=True):
        assert [t.text for t in example.predicted] == [t.text for t in doc]
        assert {t.tag_ for t in example.predicted} == {"nergrit"}
        assert not example.predicted.ents
        gold = [(e.start, e.end, e.label_) for e in example.reference.ents]
        assert gold == [(e.start, e.end, e.label_) for e in doc.ents]
