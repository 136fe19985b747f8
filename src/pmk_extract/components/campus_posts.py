"""A post of a university written with no university ("Wakil Rektor Bidang Akademik Prof.
Nama", "Dekan Fakultas Hukum, Nama": ``lexicons/campus_posts.txt``) in a text that names one
university or school of higher learning before it (an organisation whose name opens with a
word of ``lexicons/campus_names.txt``): that institution's. A text that names two, or none,
gives the post no organisation (a wrong organisation is worse than none).

Read by :class:`~pmk_extract.components.officials.Officials` on the titles read with no
organisation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Span

from ..resources import read_lines


@cache
def campus_posts() -> frozenset[tuple[str, ...]]:
    """The posts of ``lexicons/campus_posts.txt`` as word tuples."""
    return frozenset(tuple(line.split()) for line in read_lines("lexicons/campus_posts.txt"))


@cache
def campus_names() -> frozenset[tuple[str, ...]]:
    """The words opening a higher-learning institution's name (``campus_names.txt``)."""
    return frozenset(tuple(line.split()) for line in read_lines("lexicons/campus_names.txt"))


def _opens(words: list[str], heads: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[:n]) in heads for n in (1, 2, 3))


def campus_org(ents: Iterable[Span], k: int, role: str) -> str | None:
    """The one institution of higher learning named before token ``k`` when ``role`` opens
    with a post of such an institution; None when the role is another post, or the text
    names no such institution or two."""
    if not _opens(role.split(" "), campus_posts()):
        return None
    named = {
        str(ent._.canonical)
        for ent in ents
        if ent.label_ == "ORG"
        and ent.end <= k
        and _opens(str(ent._.canonical).split(" "), campus_names())
    }
    return named.pop() if len(named) == 1 else None
