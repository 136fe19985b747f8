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

from .kb import default_kb
from .matching import TermMatcher
from .people import default_people
from .stemming import root_words

_PERSON = "PER"


@cache
def _people() -> TermMatcher:
    """The office holders' names (the organisations and places share the gazetteer's)."""
    return TermMatcher(default_people().names)


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
    kb = default_kb()
    text = " ".join(words)
    found = [(s, e, kb.surfaces[t][0].label) for s, e, t in kb.matcher().find(text)]
    found += [(s, e, _PERSON) for s, e, _ in _people().find(text)]
    found.sort(key=lambda m: (m[0] - m[1], m[0]))  # longest first
    taken = [False] * len(words)
    for start, end, label in found:
        first = bisect_left(starts, start)
        after = bisect_left(starts, end)
        if first == len(words) or starts[first] != start:
            continue  # starts inside a word
        if starts[after - 1] + len(words[after - 1]) != end or any(taken[first:after]):
            continue  # ends inside a word, or overlaps a longer name
        for k in range(first, after):
            taken[k] = True
            out[k] = label + ("B" if k == first else "I")
    return out
