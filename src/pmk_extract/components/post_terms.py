"""A post's term written between the post and its holder's name: a word of
``lexicons/term_words.txt`` ("periode", "masa jabatan", "masa bakti", in any case) and a year
or two years joined by a dash, a slash or "sampai"/"hingga" ("Rektor Universitas X periode
2024-2028 Nama", "Ketua KPK masa jabatan 2019 - 2023, Nama"). The term belongs to the post:
the holder's name opens after it (and a comma after it). Words of a term with no year after
them ("periode kedua") are no term here and are left as they are.

Read by :class:`~pmk_extract.components.name_reader.NameReader`.
"""

from __future__ import annotations

from functools import cache

import regex

from ..resources import read_lines

_YEAR = regex.compile(r"(?:19|20)\d\d")  # a term's year ("2024")
# what joins a term's first and last year ("2024-2028", "2024 – 2028", "2024/2028")
_JOINS = frozenset({"-", "–", "—", "/", "s.d.", "s/d", "sampai", "hingga", "sd"})


@cache
def term_words() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``lexicons/term_words.txt`` in lower case, longest first."""
    phrases = {tuple(line.lower().split()) for line in read_lines("lexicons/term_words.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))


def term_end(words: list[str], start: int) -> int:
    """The index after a post's term written at ``start`` (its words, its year or years and
    a comma after them), or ``start`` when no term is written there."""
    lowered = [word.lower() for word in words[start : start + 3]]
    size = next((len(p) for p in term_words() if tuple(lowered[: len(p)]) == p), 0)
    k = start + size
    if not size or k >= len(words) or not _YEAR.fullmatch(words[k]):
        return start
    k += 1
    if k + 1 < len(words) and words[k].lower() in _JOINS and _YEAR.fullmatch(words[k + 1]):
        k += 2
    if k < len(words) and words[k] == ",":
        k += 1
    return k
