"""Sastrawi stems, one word at a time, with one stemmer and one cache per process.

Sastrawi's ``stem()`` lowercases a whole string and drops punctuation, which
breaks alignment with tokens; here each token is stemmed on its own by
``Stemmer.stem_word`` and the text is never modified. Words that Sastrawi
over-stems for our purposes ("penghargaan" -> "harga") are fixed by the
exception table ``models/lexicons/stem_exceptions.tsv``.
"""

from __future__ import annotations

from functools import cache

import regex

from .resources import read_tsv
from .wordcache import word_cache

_WORD = regex.compile(r"^\p{L}+(?:-\p{L}+)*$")


@cache
def _stemmer() -> object:
    # StemmerFactory reads its 30k-word dictionary on every call: build it once.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().delegatedStemmer


@cache
def _exceptions() -> dict[str, str]:
    return {word.lower(): stem for word, stem in read_tsv("lexicons/stem_exceptions.tsv", 2)}


@word_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Return the stem of one word (lowercased); non-words come back unchanged.

    Args:
        word: a single token's text, e.g. ``"meraih"`` or ``"Penghargaan"``.

    Returns:
        Sastrawi's stem (``"raih"``), or the exception table's entry, or ``word``
        itself when it is not alphabetic (numbers, punctuation, "8/3").
    """
    if not _WORD.match(word):
        return word
    lower = word.lower()
    fixed = _exceptions().get(lower)
    if fixed is not None:
        return fixed
    return str(_stemmer().stem_word(lower))  # type: ignore[attr-defined]


@cache
def root_words() -> frozenset[str]:
    """Sastrawi's root-word dictionary (from the stemmer already loaded, not read again)."""
    return frozenset(_stemmer().dictionary.words)  # type: ignore[attr-defined]
