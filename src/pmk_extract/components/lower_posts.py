"""The post below every recorded office written right before a name, where the title reader
read no title ("Kepala Sekolah Nama", "Kepala Puskesmas X Nama", "Kasi Trantib, Nama").

A post's words are the capitalised words, short forms and numbers that run up to the name
(a comma may stand before it; a headline's verb among them ends them), opening with a title's
head (``lexicons/titles.tsv``: "Kepala", "Camat", "Lurah") or a short form that expands to one
("Kadis", "Kasi", "Kepsek");
written out (``abbreviations.tsv``), they are such a post when they hold a phrase of
``lexicons/lower_posts.txt`` (:func:`is_lower_post`, also asked by ``holder_rules.py`` of a
title the reader read).
A known person's short name after one is another person's when
:meth:`~pmk_extract.components.holder_rules.HolderRules.lower_post_bearer` says so.

Used by :class:`~pmk_extract.components.officials.Officials` and
:mod:`~pmk_extract.components.holder_rules`.
"""

from __future__ import annotations

from functools import cache

import regex

from ..lexicons import Lexicons, match_head
from ..resources import read_lines

_POST_WORDS = 8  # words a post may run before the name ("Kepala Seksi Pidana Umum Kejari X")


@cache
def _lower_posts() -> regex.Pattern[str]:
    """The phrases of ``lexicons/lower_posts.txt`` as one pattern of whole words."""
    phrases = sorted(read_lines("lexicons/lower_posts.txt"), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(p) for p in phrases) + r")\b")


def is_lower_post(role: str) -> bool:
    """True when ``role`` is a post below every office the knowledge base records: it holds a
    phrase of ``lexicons/lower_posts.txt`` ("Kepala Dinas Pendidikan", "Camat X", "Kepala
    Seksi Pidana Umum Kejaksaan Negeri X")."""
    return _lower_posts().search(role) is not None


def _post_word(word: str) -> bool:
    """True when ``word`` may be a word of a post's written title: capitalised, a short form
    in capitals, or a number ("Kepala SD Negeri 2 X")."""
    return word[:1].isupper() or word.isdigit()


def lower_post_before(lex: Lexicons, words: list[str], k: int) -> str | None:
    """The post below every recorded office written out, when its words run up to
    ``words[k]`` (see the module docstring), else None."""
    end = k - 1 if k > 0 and words[k - 1] == "," else k
    start = end
    while start > 0 and end - start < _POST_WORDS and _post_word(words[start - 1]):
        if lex.headline_verb(words[start - 1]):
            break  # "Kepala Sekolah Temui Nama": a headline's verb, the post is the subject's
        start -= 1
    for i in range(start, end):  # the longest post first
        expanded = lex.expand(" ".join(words[i:end]))
        if match_head(expanded.split(), 0, lex.title_heads) and is_lower_post(expanded):
            return expanded
    return None
