"""Gazetteer and dictionary features for the statistical NER, one string per token.

The trained model (``models/ner``) embeds ``Token.lemma_`` as a feature next to the
word's form, affixes and shape; this module computes it, the same way for the
training corpora (``training/ner/functions.py``) and for the library's documents:

* ``ORGB`` / ``ORGI``, ``LOCB`` / ``LOCI``, ``PERB`` / ``PERI``: the first / a later
  token of a knowledge-base name (organisations and places in ``models/gazetteers``,
  office holders' names), longest match first, case-sensitive;
* ``w``: a capitalised word of Sastrawi's root-word dictionary ("Presiden", "Kota"),
  which rarely starts a name of its own;
* ``""`` otherwise.

The model learns how far to trust each class from the training data, per corpus
convention: the features say what the lists know, not what to tag.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from .kb import default_kb, default_people
from .matching import TermMatcher
from .stemming import root_words

_PERSON = "PER"


@cache
def _terms() -> tuple[TermMatcher, dict[str, str]]:
    """One matcher for every knowledge-base surface form, with its label."""
    labels = {form: entries[0].label for form, entries in default_kb().surfaces.items()}
    for form in default_people().names:
        labels.setdefault(form, _PERSON)
    return TermMatcher(labels), labels


def lexicon_classes(words: Sequence[str]) -> list[str]:
    """The feature of each word of a tokenized sentence or document (see the module doc)."""
    roots = root_words()
    out = [
        "w" if word[:1].isupper() and word.isalpha() and word.lower() in roots else ""
        for word in words
    ]
    starts: list[int] = []
    position = 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    matcher, labels = _terms()
    taken = [False] * len(words)
    for start, end, term in matcher.find(" ".join(words)):  # longest first
        first = bisect_left(starts, start)
        after = bisect_left(starts, end)
        if first == len(words) or starts[first] != start:
            continue  # starts inside a word
        if starts[after - 1] + len(words[after - 1]) != end or any(taken[first:after]):
            continue  # ends inside a word, or overlaps a longer name
        label = labels[term][:3]
        for k in range(first, after):
            taken[k] = True
            out[k] = label + ("B" if k == first else "I")
    return out
