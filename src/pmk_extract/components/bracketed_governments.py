"""A regional government written with its short form in brackets between its level and its
region: "Pemerintah Kabupaten (Pemkab) Paser", "Pemerintah Provinsi (Pemprov) Jawa Tengah",
"Pemerintah Kota (Pemkot) Semarang", "Pemerintah Daerah (Pemda) Pangandaran".

The press defines the short form inside the name, before the region; the whole is the
government of that region, as "Pemerintah Kabupaten Paser" is (an organisation the document
names as a body: ``doc_regions.py``), not the region as a place. The level is the kind word
written ("Kota (Pemkot) Semarang": the city, not the regency of that name); after "Daerah"
the region's own level, unless a regency and a city share its name ("Pemerintah Daerah
(Pemda) Semarang": which?). The bracket holds a government's short form
(``lexicons/government_forms.txt``). The short form also stands alone before a region's own
short form or another of its names no government's listed form holds ("Pemkab Kutim",
"Pemkab Lampura"): the government of the level the short form spells out
(``abbreviations.tsv``: "Pemkab" is "Pemerintah Kabupaten"; "Pemda": the region's own, as
after "Daerah"). Called by the gazetteer on the places it tagged.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import government_forms, lexicons
from ..regions import KIND_WORDS, bare_place

_HEAD = "Pemerintah"
_ANY_LEVEL = "Daerah"  # "Pemerintah Daerah (Pemda) X": the level is the region's own
_GOVERNMENT = "regional_government"  # the knowledge base's kind of Pemprov/Pemkab/Pemkot X
_LEVEL_WORDS = frozenset({*KIND_WORDS.values(), _ANY_LEVEL})


def bracketed_governments(
    kb: KnowledgeBase,
    doc: Doc,
    words: list[str],
    places: list[tuple[Span, KBEntry]],
    day: dt.date | None,
) -> list[tuple[Span, KBEntry]]:
    """The governments written "Pemerintah <level> (<short form>) <region>" whose region is
    one of ``places`` (a tagged region and its entry), each as its span from "Pemerintah" to
    the region's end with the government's entry."""
    forms = government_forms()
    out = []
    for place, entry in places:
        k = place.start - 5  # Pemerintah | Kabupaten | ( | Pemkab | ) | region
        if k < 0 or entry.label != "LOC" or entry.kind not in REGION_KINDS:
            continue
        head, level, opening, short, closing = words[k : place.start]
        if (head, opening, closing) != (_HEAD, "(", ")") or level not in _LEVEL_WORDS:
            continue
        if short not in forms:
            continue
        government = _government(kb, level, entry, day)
        if government is not None:
            out.append((Span(doc, k, place.end, label="ORG"), government))
    return out


def prefixed_governments(
    kb: KnowledgeBase,
    doc: Doc,
    words: list[str],
    places: list[tuple[Span, KBEntry]],
    day: dt.date | None,
) -> list[tuple[Span, KBEntry]]:
    """The governments written "<short form> <region>" ("Pemkab Kutim") whose region is one
    of ``places``, a form the knowledge base does not list whole, each as its span from the
    short form to the region's end with the government's entry."""
    forms = government_forms()
    lex = lexicons()
    out = []
    for place, entry in places:
        k = place.start - 1
        if k < 0 or entry.label != "LOC" or entry.kind not in REGION_KINDS:
            continue
        if words[k] not in forms:
            continue
        head, *level = lex.expand(words[k]).split(" ")  # "Pemkab": Pemerintah Kabupaten
        if head != _HEAD or len(level) != 1 or level[0] not in _LEVEL_WORDS:
            continue
        government = _government(kb, level[0], entry, day)
        if government is not None:
            out.append((Span(doc, k, place.end, label="ORG"), government))
    return out


def _government(
    kb: KnowledgeBase, level: str, entry: KBEntry, day: dt.date | None
) -> KBEntry | None:
    """The government of the region ``entry`` at the ``level`` written ("Kabupaten", "Kota",
    "Provinsi"; "Daerah": the region's own kind, none when a regency and a city share its
    name, "Pemda Semarang": the regency's or the city's?), else None."""
    name = bare_place(entry.canonical)
    if level == _ANY_LEVEL:
        if _shared(kb, name, day):
            return None
        level = KIND_WORDS[entry.kind]
    government = kb.lookup(f"{_HEAD} {level} {name}", day)
    return government if government is not None and government.kind == _GOVERNMENT else None


def _shared(kb: KnowledgeBase, name: str, day: dt.date | None) -> bool:
    """True when a regency and a city both bear ``name``."""
    found = [kb.lookup(f"{KIND_WORDS[kind]} {name}", day) for kind in ("regency", "city")]
    return all(entry is not None and entry.label == "LOC" for entry in found)
