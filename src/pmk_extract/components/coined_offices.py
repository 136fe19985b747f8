"""A regional office's own short form that the lexicons do not list, each region coining its
own: "D" (Dinas) and capitals or digits ("DKP3", "DPKPP"), or "Dis"/"Din" and its fields'
syllables in lower case ("Diskominfostaper", "Disnakerin", "Distanbun", "Disbuntanakan").
A word of the language or one derived from it is none ("Diskusi", "Dinasti", "Disebut").
Read by :mod:`~pmk_extract.components.field_offices` between a post's title and a region.
"""

from __future__ import annotations

import re

from ..stemming import regular_derivation

_CAPITALS = re.compile(r"D[A-Z0-9]{2,9}")
_SYLLABLES = re.compile(r"Di[sn][a-z]{3,16}")


def coined_capitals(word: str) -> bool:
    """True when ``word`` is "D" and capitals or digits ("DKP3", "DPKPP")."""
    return bool(_CAPITALS.fullmatch(word))


def coined_syllables(word: str) -> bool:
    """True when ``word`` is "Dis" or "Din" and lower-case syllables, no word of the language
    nor a derived one ("Diskominfostaper", not "Diskusi" or "Disebut")."""
    return bool(_SYLLABLES.fullmatch(word)) and not regular_derivation(word)
