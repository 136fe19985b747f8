"""The full names of a regional government's offices as their short forms expand
(``lexicons/org_units.tsv`` kind ``regional_short``, ``lexicons/abbreviations.tsv``):
"Kesbangpol" is the "Badan Kesatuan Bangsa dan Politik", "BKPSDM" the "Badan Kepegawaian dan
Pengembangan Sumber Daya Manusia". A "Badan" written out with such a name and no place after
it ("Pemkab X ... Kepala Badan Kesatuan Bangsa dan Politik Nama") is that regional office, whose
region the document gives as it does for the short form; any other "Badan" and a field
alone stays a national agency's (``units.py``)."""

from __future__ import annotations

from functools import cache

from ..lexicons import lexicons
from ..unit_kinds import REGIONAL_SHORT


@cache
def _names() -> frozenset[str]:
    """The full names the regional short forms expand to (more than one word)."""
    lex = lexicons()
    shorts = {head[0] for head, kind in lex.unit_heads.items() if kind == REGIONAL_SHORT}
    return frozenset(
        full for short, full in lex.abbreviations.items() if short in shorts and " " in full
    )


def regional_office_name(name: str) -> bool:
    """True when ``name`` is the full name a regional office's short form expands to."""
    return name in _names()
