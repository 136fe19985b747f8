"""A name a regency and a city share, written bare before a person's name: whose post it is,
by the person.

"Ketua DPRD Bekasi Nama", "Sekda Malang Nama": the title does not say the level, and the
gazetteer reads the bare name as the city. When the name written right after it is a
recorded holder, on the document's date, of an office of exactly one of the two regions
(an office whose organisation is named after the region: "Pemerintah Kabupaten Bekasi",
"Dewan Perwakilan Rakyat Daerah Kota Bekasi"), the bare name is that region. The written
name is the run of capitalised words after the bare name (past a comma and the honorifics
and degrees before a name: "Ketua DPRD Bogor, H. Nama"), or an opening part of it when the
next word is no word of a known name ("Sekda Malang Nama Senin"); when no capitalised word
follows, the name written in apposition before the post ("Nama, Ketua DPRD Bogor,", "Nama
selaku Sekda Bogor") or a closing part of it. The name is a holder's when it is one of the
holder's names or aliases as the press spells them (``spelling_variants``) or, of two words
or more, fits the holder's names or misspells them (``name_fits.fits``, ``close_to``).

Used by :mod:`.namesakes` before the document's own evidence.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from ..kb import KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons
from ..name_shapes import APPOSITION_MARKS
from ..name_variants import spelling_variants
from ..people import Holder, People, default_people
from ..regions import KIND_WORDS
from ..spelling import close_to
from .name_fits import fits, with_middle_names

_MAX_WORDS = 5  # words of a written name read after the bare region name
_TITLE_WORDS = 6  # capitalised words of a post before the bare region name ("Kepala Dinas ...")
# the words that close a name in apposition before its post: "Nama, Ketua DPRD Bogor",
# "Nama (Sekda Bandung)"
_APPOSITION = APPOSITION_MARKS | {"("}


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


def written_names(words: list[str], start: int) -> list[tuple[str, str | None]]:
    """The forms the name written from token ``start`` may take, longest first: the run of
    capitalised words there, then each opening part of it, each with the word of the run
    after it (None for the whole run)."""
    run: list[str] = []
    for word in words[start : start + _MAX_WORDS]:
        if not _name_word(word):
            break
        run.append(word)
    return [(" ".join(run[:size]), run[size] if size < len(run) else None) for size in _sizes(run)]


def names_before(words: list[str], end: int) -> list[tuple[str, str | None]]:
    """The forms the name written right before token ``end`` may take, longest first: the run
    of capitalised words ending there, then each closing part of it, each with the word of the
    run before it (None for the whole run)."""
    run: list[str] = []
    for word in reversed(words[max(0, end - _MAX_WORDS) : end]):
        if not _name_word(word):
            break
        run.insert(0, word)
    n = len(run)
    return [
        (" ".join(run[n - size :]), run[n - size - 1] if size < n else None) for size in _sizes(run)
    ]


def _sizes(run: list[str]) -> range:
    return range(len(run), 0, -1)


def _post_opening(words: list[str], start: int) -> int | None:
    """Where the name of an apposition ends, the post written after it ending in the bare
    region name at token ``start`` ("Nama, Ketua DPRD Bogor"; "Nama selaku Sekda Bogor"):
    the boundary word before the post's capitalised words; None without one."""
    k = start - 1
    while k >= 0 and start - k <= _TITLE_WORDS and _name_word(words[k]):
        k -= 1
    if k < 1 or k == start - 1 or words[k].lower() not in _APPOSITION:
        return None
    return k


def holds(text: str, holder: Holder) -> bool:
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


def holding_side(
    forms: list[tuple[str, str | None]], holders: list[list[Holder]], known: frozenset[str]
) -> int | None:
    """The index of the one group of ``holders`` that the longest of ``forms`` (a written
    name, then its parts, as :func:`written_names` gives them) holding a name of any group
    names; -1 when it names several, None when none does. A shorter form counts only when
    the run's word next to it is no word of a known name ("Ade Suryana": not "Ade")."""
    for text, nearby in forms:
        if nearby is not None and nearby in known:
            continue
        sides = {i for i, side in enumerate(holders) for h in side if holds(text, h)}
        if sides:
            return sides.pop() if len(sides) == 1 else -1
    return None


def holder_region(
    kb: KnowledgeBase,
    lex: Lexicons,
    pair: tuple[KBEntry, KBEntry],
    words: list[str],
    span: tuple[int, int],
    day: dt.date | None,
) -> KBEntry | None:
    """The one of ``pair`` (a regency, a city), written bare at tokens ``span``, whose office
    the name written after it holds on ``day``, or, when no capitalised word follows, the
    name of an apposition before its post ("Nama, Ketua DPRD Bogor"); None when the name
    holds one of each, none, or no name is there."""
    if day is None:
        return None
    people = default_people()
    offices = _region_offices(kb, people)
    holders = [
        [h for office in offices.get(region.canonical, ()) for h in people.holders_on(office, day)]
        for region in pair
    ]
    if not holders[0] and not holders[1]:
        return None
    known = people.name_words()
    after = written_names(words, name_start(lex, words, span[1]))
    side = holding_side(after, holders, known)
    if not after and (opening := _post_opening(words, span[0])) is not None:
        side = holding_side(names_before(words, opening), holders, known)
    return pair[side] if side is not None and side >= 0 else None
