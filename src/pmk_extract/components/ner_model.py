"""The trained PERSON/ORG/LOC recogniser of ``models/ner``: loading it and running it.

The model reads pre-tokenized Docs whose lemmas are the words' lexicon classes
(:mod:`pmk_extract.ner_features`) and is decoded greedily (:mod:`pmk_extract.greedy_ner`).
:func:`tag_sentences` tags sentences of words (the ``evaluate-ner`` command and
``training/ner``); the ``pmk_ner`` component (:mod:`~pmk_extract.components.ner`) runs it on
documents and merges its names.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..greedy_ner import GreedyNER
from ..ner_features import lexicon_classes
from ..resources import model_path


@registry.tokenizers("pmk_extract.NoTokenizer.v1")  # type: ignore[untyped-decorator]
def _no_tokenizer() -> object:
    """A placeholder tokenizer for the NER model, which only ever sees pre-tokenized Docs."""

    def make(nlp: Language) -> object:
        return lambda text: Doc(nlp.vocab, words=text.split())

    return make


def read_model(path: str | None = None) -> Language:
    """Load a fresh copy of the NER pipeline, without building its unused tokenizer.

    Each ``pmk_ner`` component reads its own: the model's vocabulary takes in every word
    the component copies into it, so it must go with the pipeline when an extractor
    rebuilds one to bound its memory.
    """
    where = Path(path) if path else model_path("ner")
    return spacy.load(
        where,
        exclude=["tokenizer"],
        config={"nlp": {"tokenizer": {"@tokenizers": "pmk_extract.NoTokenizer.v1"}}},
    )


@cache
def load_model(path: str | None = None) -> Language:
    """The NER pipeline of :func:`tag_sentences`, loaded once per process."""
    return read_model(path)


@cache
def _decoder(path: str | None = None) -> GreedyNER:
    return GreedyNER(load_model(path).get_pipe("ner"))


def model_input(vocab: Vocab, words: list[str], spaces: list[bool], convention: str = "") -> Doc:
    """A Doc of ``words`` as the model reads it: each word's lexicon class as its lemma and,
    with ``convention``, that annotation convention as every token's tag."""
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=[convention] * len(words) if convention else None,
        lemmas=lexicon_classes(words),
    )


def tag_sentences(
    sentences: list[list[str]], model: str | None = None, convention: str = ""
) -> list[list[str]]:
    """IOB2 tags predicted by the trained model for pre-tokenized sentences.

    Args:
        sentences: one list of words per sentence (e.g. from a CoNLL file).
        model: a spaCy pipeline folder (default: the shipped ``models/ner``).
        convention: annotation-convention tag put on every token (``Token.tag_``):
            "" (the default, idner-news-2k, what the library runs), "nergrit" or
            "nerp" for the shipped model (see training/ner/README.md).
    """
    nlp = load_model(model)
    decoder = _decoder(model)
    docs = [
        model_input(nlp.vocab, words, [True] * (len(words) - 1) + [False], convention)
        for words in sentences
        if words
    ]
    found = iter([e for i in range(0, len(docs), 256) for e in decoder.predict(docs[i : i + 256])])
    out: list[list[str]] = []
    for words in sentences:
        tags = ["O"] * len(words)
        for start, end, label in next(found) if words else ():
            tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
        out.append(tags)
    return out
