"""A state company's unit written right after the company's name in a post, before the
holder's name: "Manager PLN UP3 Manado, Nama", "Manajer Humas PT KAI Daop 3 Cirebon Nama",
"General Manager Pertamina MOR VIII Nama" (``lexicons/company_units.tsv``).

The unit word is followed by its number, its place as the recogniser tags it, or capitalised
words closed by a comma ("ULP Manado Selatan, Nama"); the post ends there and the name begins
after it. Where the unit's place cannot be told from the name (untagged capitalised words and
no comma), no unit is read. Read by :mod:`generic_titles`.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from ..lexicons import match_head
from ..resources import read_tsv
from .command_places import compass_words

COMPANY_KIND = "soe"  # the knowledge base's kind of a state company
COMPANY_FORM = "PT"  # a company's legal form, written before its name (Perseroan Terbatas)
COMPANY_TARGET = "company"  # titles.tsv's target of a company's posts: a state company follows
_DESIGNATION = re.compile(r"\d+|[IVX]+[A-C]?")  # "Daop 3", "MOR VIII"
_MAX_PLACE = 3  # capitalised words of an untagged place closed by a comma
# the word that names a part of an island by a compass word in a company's region ("Regional
# Jawa Bagian Tengah", "Sumatera Bagian Utara"): the part is the region's name, no person's
_PART = "Bagian"


@cache
def company_units() -> dict[tuple[str, ...], str]:
    """The units of ``company_units.tsv``: their written words and their expansion."""
    rows = read_tsv("lexicons/company_units.tsv", 2)
    return {tuple(written.split(" ")): expansion for written, expansion in rows}


def company_unit(
    words: list[str], names: list[bool], k: int, ent_at: dict[int, Span]
) -> tuple[int, str] | None:
    """The unit written at ``k`` after a state company's name: where the holder's name may
    begin (past a comma closing the unit) and the unit's name, expanded ("Unit Pelaksana
    Pelayanan Pelanggan Manado"); None when no unit of ``company_units.tsv`` opens there or
    neither a number nor a place follows it."""
    units = company_units()
    size = match_head(words, k, units)
    if not size:
        return None
    parts = [units[tuple(words[k : k + size])]]
    j = k + size
    if j < len(words) and _DESIGNATION.fullmatch(words[j]):
        parts.append(words[j])
        j += 1
    if _place_at(j, ent_at):
        # "UID Jawa Timur", "MOR VIII Maluku Papua", "ULP Manado Selatan": tagged places and
        # the compass words closing them
        compass = compass_words()
        while _place_at(j, ent_at) or (j < len(words) and words[j] in compass):
            place = ent_at.get(j)
            end = place.end if place is not None else j + 1
            if (
                words[end : end + 1] == [_PART]
                and end + 1 < len(words)
                and words[end + 1] in compass
            ):
                end += 2  # "Regional Jawa Bagian Tengah": an island's part by its compass word
            parts.append(" ".join(words[j:end]))
            j = end
    elif j < len(words) and j not in ent_at and names[j]:
        end = j
        while end < len(words) and end - j < _MAX_PLACE and names[end] and end not in ent_at:
            end += 1
        if end >= len(words) or words[end] != ",":
            return None  # "ULP Lowokwaru Budi Santoso": where the place ends is not written
        parts.extend(words[j:end])
        j = end
    elif len(parts) == 1:
        return None  # a unit's word with neither its number nor its place
    if j < len(words) and words[j] == ",":
        j += 1
    return j, " ".join(parts)


def company_form_start(words: list[str], start: int) -> int:
    """Where a state company's name at ``start`` begins with the legal form written before
    it ("PT. PLN", "PT Jasa Marga": the form is the name's first word, with or without its
    dot), else ``start``."""
    if start >= 2 and words[start - 2 : start] == [COMPANY_FORM, "."]:
        return start - 2
    return start - 1 if start >= 1 and words[start - 1] == COMPANY_FORM else start


def _place_at(j: int, ent_at: dict[int, Span]) -> bool:
    """True when a place the recogniser tags begins at token ``j``."""
    place = ent_at.get(j)
    return place is not None and place.start == j and place.label_ == "LOC"
