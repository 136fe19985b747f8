"""A national body's short form that is the initials of the name after a regional office.

"Kepala Badan Kepegawaian Daerah (BKD) MA Puntodewo", "Kepala Dinas Pendidikan Kota Bogor
MK Nama", "Camat Depok MA Nama", "Ketua DPRD Kota X KY Nama": two or three capitals written
right after a complete regional office (a regional government's department or agency, its
short form, a regional council with its region, a district or region after a regional post)
and right before a name-shaped word open the holder's name. A regional office's parent is its
regional government, never a national body, so "MA" there is not the Mahkamah Agung. A post
with no regional office before the short form keeps it as its body ("Ketua MA Nama", "Kepala
Biro Hukum MA Nama", "Hakim Agung MA Nama").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from ..unit_kinds import COUNCIL, PLACED, REGIONAL_OFFICES

_SHORT = regex.compile(r"\p{Lu}{2,3}")  # "MA", "MK", "KY", "BI"
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")  # "Puntodewo", "Nama"
_INNER = frozenset({"dan", ",", "&"})  # words a regional office's field may hold
_WITHIN = 12  # words back from the short form to the office's head
_BRACKET = 6  # words inside a short form's brackets: "(BKD)", "(Dinas PUPR)"
# kinds whose short form may follow a regional office as its own: the TNI's own Dinas
# ("Kepala Dinas Penerangan TNI Angkatan Laut"), a council member's party ("Anggota DPRD X
# Fraksi PKS Nama")
_OWN_UNITS = frozenset({"military_police", "party"})
# a region's own bodies: their short forms complete a regional office ("Pemprov NTB")
_REGIONAL_KINDS = frozenset({"regional_government", "regional_parliament"})
# targets of a title (lexicons/titles.tsv) that a region or district follows
_REGIONAL_TARGETS = frozenset({"province", "regency", "city", "region", "district", "village"})


def initials_after_office(
    words: Sequence[str],
    start: int,
    end: int,
    entry: KBEntry,
    lex: Lexicons,
    places: Sequence[tuple[int, int]],
    bodies: Sequence[tuple[int, int]],
) -> bool:
    """True when the match ``words[start:end]`` (a short form of ``entry``) is a name's initials.

    ``places`` and ``bodies`` are the token ranges of the places and organisations matched in
    the text; the name-shaped word after the short form must open neither, nor be a title.
    """
    if end - start != 1 or not _SHORT.fullmatch(words[start]):
        return False
    if entry.label != "ORG" or entry.kind in _OWN_UNITS or entry.kind in _REGIONAL_KINDS:
        return False  # "Kepala Dinas Kesehatan NTB Nama": the region's short form
    if end >= len(words) or not _NAME_WORD.fullmatch(words[end]):
        return False
    if any(a == end for a, _ in (*places, *bodies)) or (words[end],) in lex.title_heads:
        return False
    return _regional_office_before(words, start, lex, places, bodies)


def _regional_office_before(
    words: Sequence[str],
    start: int,
    lex: Lexicons,
    places: Sequence[tuple[int, int]],
    bodies: Sequence[tuple[int, int]],
) -> bool:
    """True when a regional office ends right before ``words[start]`` (brackets between).

    The nearest head back decides: a regional office's head or short form, fused or not
    ("Dinas", "BKD", "Kadisdik"), a council with its region ("DPRD Kota X"), or a title a
    region or district follows ("Camat", "Sekda"), says yes; any other unit's head, a title of
    a body, or an organisation matched in the text ("Kepala Biro Hukum MA", "Ketua MA") says no.
    """
    seq = list(words)
    placed = False
    j = start - 1
    while j >= max(0, start - _WITHIN):
        word = words[j]
        if word == ")":  # "(BKD)": a short form in brackets, before or after the region
            opening = next(
                (i for i in range(j - 1, max(-1, j - _BRACKET - 1), -1) if words[i] == "("), None
            )
            if opening is None:
                return False
            j = opening - 1
            continue
        if any(a <= j < b for a, b in places):
            placed = True
            j -= 1
            continue
        if any(a <= j < b for a, b in bodies):
            return False
        if not (word in _INNER or (word[:1].isupper() and word.replace("-", "").isalnum())):
            return False
        size = match_head(seq, j, lex.unit_heads)
        fused = lex.fused_unit(seq, j) if not size else None
        kind = lex.unit_heads.get(tuple(seq[j : j + size])) if size else None
        if fused is not None:
            kind = lex.unit_kind(fused)
        if kind is not None:
            if kind in (PLACED, COUNCIL):
                return placed  # "Badan", "DPRD": a regional office or council with its region
            return kind in REGIONAL_OFFICES
        for n in (3, 2, 1):
            title = lex.title_heads.get(tuple(seq[j : j + n]))
            if title is not None:
                return title[1] in _REGIONAL_TARGETS
        j -= 1
    return False
