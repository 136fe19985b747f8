"""Name flags: which words are written as names (a capital, letters only), per document.

Shared by the unit rules (``units.py``) and the officials (``officials.py``).
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Token

from ..doctable import token_table
from ..wordcache import word_cache


@word_cache(maxsize=100_000)
def is_name_text(text: str) -> bool:
    """A capitalised word or an acronym on the same line ("Hukum", "SDM", "Jawa-Bali")."""
    if not text[:1].isupper():
        return False
    for mark in ("-", "'", "’", "‘", "`", "´", "ʼ"):  # "Jawa-Bali", "Ma'ruf", "Nur’aini", "Ma´ruf"
        text = text.replace(mark, " ")
    return all(part.isalpha() for part in text.split())


def is_name_word(token: Token) -> bool:
    """:func:`is_name_text` of a token's text."""
    return is_name_text(token.text)


def name_flags(words: list[str]) -> list[bool]:
    """:func:`is_name_text` of every word, in order."""
    return list(map(is_name_text, words))


_FLAGS_KEY = "pmk_extract.name_flags"


def doc_name_flags(doc: Doc) -> list[bool]:
    """:func:`name_flags` of ``doc``'s token table, cached on the Doc (shared: do not modify)."""
    words = token_table(doc).words
    cached = doc.user_data.get(_FLAGS_KEY)
    if isinstance(cached, tuple) and cached[0] is words:  # the same tokenisation
        return cast(list[bool], cached[1])
    flags = name_flags(words)
    doc.user_data[_FLAGS_KEY] = (words, flags)
    return flags
