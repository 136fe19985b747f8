"""A name a regency and a city share, written bare before a person's name: whose post it is,
by the person.

"Ketua DPRD Bekasi Nama", "Sekda Malang Nama": the title does not say the level, and the
gazetteer reads the bare name as the city. When the name written right after it is a
recorded holder, on the document's date, of an office of exactly one of the two regions
(an office whose organisation is named after the region: "Pemerintah Kabupaten Bekasi",
"Dewan Perwakilan Rakyat Daerah Kota Bekasi"), the bare name is that region. The written
name is the run of capitalised words after the bare name (past a comma and the honorifics
and degrees before a name: "Ketua DPRD Bogor, H. Nama"), or an opening part of it when the
next word is no word of a known name ("Sekda Malang Nama Senin"); it is a holder's when it
is one of the holder's names or aliases as the press spells them
(:func:`~pmk_extract.name_variants.spelling_variants`) or, of two words or more, fits the
holder's names or misspells them (:func:`~.name_fits.fits`, :func:`~pmk_extract.spelling.close_to`).

Used by :mod:`.namesakes` before the document's own evidence.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from ..kb import KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons
from ..name_variants import spelling_variants
from ..people import Holder, People, default_people
from ..regions import KIND_WORDS
from ..spelling import close_to
from .name_fits import fits, with_middle_names

_MAX_WORDS = 5  # words of a written name read after the bare region name


@cache
def _region_offices(kb: KnowledgeBase, people: People) -> dict[str, tuple[str, ...]]:
    """The ids of the offices of each regency and city, by the region's canonical
    ("Kabupaten Bekasi", "Bekasi"): those whose organisation's name ends in the region's
    name with its kind word (read once)."""
    found: dict[str, list[str]] = {}
    for office in people.offices.values():
        entries = kb.by_id.get(office.org or "")
        if not entries:
            continue
        region = _named_region(kb, entries[0].canonical)
        if region is not None:
            found.setdefault(region.canonical, []).append(office.id)
    return {region: tuple(ids) for region, ids in found.items()}


def _named_region(kb: KnowledgeBase, org: str) -> KBEntry | None:
    """The regency or city an organisation's name ends in ("Pemerintah Kota Bekasi": the
    city Bekasi), or None."""
    for kind in ("regency", "city"):
        marker = f" {KIND_WORDS[kind]} "
        if marker not in org:
            continue
        rest = org.split(marker, 1)[1]
        name = f"{KIND_WORDS[kind]} {rest}" if kind == "regency" else rest
        place = kb.place(name)
        if place is not None and place.kind == kind:
            return place
    return None


def _name_word(word: str) -> bool:
    """True for a word a written name may hold: a capital first ("Holik", "BN", "H.")."""
    return word[:1].isupper() and any(c.isalpha() for c in word)


def written_names(words: list[str], start: int) -> list[str]:
    """The forms the name written from token ``start`` may take: the run of capitalised words
    there, then each opening part of it the next word of which is no word of a known name
    (that check is the caller's), longest first."""
    run: list[str] = []
    for word in words[start : start + _MAX_WORDS]:
        if not _name_word(word):
            break
        run.append(word)
    return [" ".join(run[:size]) for size in range(len(run), 0, -1)]


def _holds(text: str, holder: Holder) -> bool:
    """True when ``text`` writes ``holder``'s name (see the module docstring)."""
    forms = (holder.name, *holder.aliases)
    if any(text in spelling_variants(form) for form in forms):
        return True
    if " " not in text:
        return False
    return fits(text, holder) or with_middle_names(text, holder) or close_to(text, forms)


def name_start(lex: Lexicons, words: list[str], k: int) -> int:
    """Where the name written after the bare region name ending before token ``k`` begins:
    after one comma ("Ketua DPRD Bogor, Nama") and the honorifics and degrees before the name
    ("H.", "Dr. Ir."; ``lexicons/honorifics.txt``)."""
    if k < len(words) and words[k] == ",":
        k += 1
    while k < len(words) and (size := lex.rank_at(words, k, False)):
        k += size
    return k


def holder_region(
    kb: KnowledgeBase,
    lex: Lexicons,
    pair: tuple[KBEntry, KBEntry],
    words: list[str],
    end: int,
    day: dt.date | None,
) -> KBEntry | None:
    """The one of ``pair`` (a regency, a city), written bare and ending before token ``end``,
    whose office the name written after it holds on ``day``; None when it holds one of each,
    none, or no name is there."""
    if day is None:
        return None
    people = default_people()
    start = name_start(lex, words, end)
    offices = _region_offices(kb, people)
    holders = [
        [h for office in offices.get(region.canonical, ()) for h in people.holders_on(office, day)]
        for region in pair
    ]
    if not holders[0] and not holders[1]:
        return None
    known = people.name_words()
    forms = written_names(words, start)
    for k, text in enumerate(forms):
        if k and forms[0].split()[len(text.split())] in known:
            continue  # "Ade Suryana": "Ade" alone is not the name written
        sides = {i for i, side in enumerate(holders) for h in side if _holds(text, h)}
        if sides:
            return pair[sides.pop()] if len(sides) == 1 else None
    return None
