"""A state company's unit written right after the company's name in a post, before the
holder's name: "Manager PLN UP3 Manado, Nama", "Manajer Humas PT KAI Daop 3 Cirebon Nama",
"General Manager Pertamina MOR VIII Nama" (``lexicons/company_units.tsv``).

The unit word is followed by its number, its place as the recogniser tags it, a region's short
form (``lexicons/company_regions.tsv``: "Regional Sumbagut", "UIW Sulselrabar"; the short
form also alone: "Pertamina Patra Niaga Sumbagut Nama"), or capitalised words closed by a comma
("ULP Manado Selatan, Nama"); the post ends there and the name begins after it (after a number
also where no comma follows: "Daop 1 Nama"). Where the unit's place cannot be told from the
name (untagged capitalised words and no comma), no unit is read. The company's legal form
written after its name ends the name (:func:`company_form_end`, :func:`closed_company`). Read
by :mod:`generic_titles` and the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span

from ..lexicons import match_head
from ..resources import read_tsv
from .command_places import compass_words

COMPANY_KIND = "soe"  # the knowledge base's kind of a state company
COMPANY_FORM = "PT"  # a company's legal form, written before its name (Perseroan Terbatas)
COMPANY_TARGET = "company"  # titles.tsv's target of a company's posts: a state company follows
# a company's legal form written after its name: a state-owned limited company ("(Persero)",
# also without its brackets) and a listed one ("Tbk"); the name ends with it
COMPANY_TAILS = (
    ("(", "Persero", ")", "Tbk"),
    ("(", "Persero", ")"),
    ("Persero",),
    ("Tbk",),
    ("Tbk.",),
)
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


@cache
def company_regions() -> dict[str, str]:
    """The short forms of state companies' regions of several provinces
    (``company_regions.tsv``) and the regions' names."""
    rows = read_tsv("lexicons/company_regions.tsv", 2)
    return {written: name for written, name in rows}


def company_unit(
    words: list[str], names: list[bool], k: int, ent_at: dict[int, Span]
) -> tuple[int, str] | None:
    """The unit written at ``k`` after a state company's name: where the holder's name may
    begin (past a comma closing the unit) and the unit's name, expanded ("Unit Pelaksana
    Pelayanan Pelanggan Manado"); None when no unit of ``company_units.tsv`` opens there or
    neither a number nor a place follows it."""
    units = company_units()
    size = match_head(words, k, units)
    regions = company_regions()
    if not size and k < len(words) and words[k] in regions:
        # "Pertamina Patra Niaga Sumbagut Nama": the region alone names the unit
        return _past_comma(words, k + 1), regions[words[k]]
    if not size:
        return None
    parts = [units[tuple(words[k : k + size])]]
    j = k + size
    numbered = j < len(words) and bool(_DESIGNATION.fullmatch(words[j]))
    if numbered:
        parts.append(words[j])
        j += 1
    if j < len(words) and words[j] in regions:
        parts.append(regions[words[j]])  # "Regional Sumbagut", "UIW Sulselrabar"
        j += 1
    elif _place_at(j, ent_at):
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
            if numbered:  # "Daop 1 Budi Santoso": the number ends the unit, the name follows
                return j, " ".join(parts)
            return None  # "ULP Lowokwaru Budi Santoso": where the place ends is not written
        parts.extend(words[j:end])
        j = end
    elif len(parts) == 1:
        return None  # a unit's word with neither its number nor its place
    return _past_comma(words, j), " ".join(parts)


def _past_comma(words: list[str], j: int) -> int:
    """``j``, or the token after it when a comma closes the unit there."""
    return j + 1 if j < len(words) and words[j] == "," else j


def company_form_start(words: list[str], start: int) -> int:
    """Where a state company's name at ``start`` begins with the legal form written before
    it ("PT. PLN", "PT Jasa Marga": the form is the name's first word, with or without its
    dot), else ``start``."""
    if start >= 2 and words[start - 2 : start] == [COMPANY_FORM, "."]:
        return start - 2
    return start - 1 if start >= 1 and words[start - 1] == COMPANY_FORM else start


def company_form_end(words: list[str], end: int) -> int:
    """Where a state company's name ending at ``end`` ends with the legal form written after
    it ("PT PLN (Persero)", "PT KAI Persero", "PT Telkom Indonesia Tbk"), else ``end``."""
    for tail in COMPANY_TAILS:
        if tuple(words[end : end + len(tail)]) == tail:
            return end + len(tail)
    return end


def form_text(tail: Sequence[str]) -> str:
    """A legal form's tokens as a name writes them ("(Persero) Tbk", "(Persero)", "Tbk")."""
    return " ".join(tail).replace("( ", "(").replace(" )", ")")


def closed_company(words: list[str], end: int) -> bool:
    """True when the company's name ending at ``end`` ends with its legal form: the name of
    its holder may begin right after it ("Vice President X PT PLN (Persero) Nama")."""
    return any(
        end >= len(tail) and tuple(words[end - len(tail) : end]) == tail for tail in COMPANY_TAILS
    )


def _place_at(j: int, ent_at: dict[int, Span]) -> bool:
    """True when a place the recogniser tags begins at token ``j``."""
    place = ent_at.get(j)
    return place is not None and place.start == j and place.label_ == "LOC"
