"""The seat towns of regencies (``gazetteers/regency_seats.tsv``): a dateline naming one
("KUALA TUNGKAL -", "Sengeti -") places the story in its regency (``dates/dateline.py``,
``components/region_mentions.py``)."""

from __future__ import annotations

from functools import cache

from .kb import KnowledgeBase
from .kb_entries import KBEntry
from .resources import read_tsv


@cache
def regency_seats(kb: KnowledgeBase) -> dict[str, KBEntry]:
    """The regency each seat town is the seat of, by the town's name in lower case
    (``gazetteers/regency_seats.tsv``); a town whose name the knowledge base knows as
    anything but a district of its own regency, or two regencies' seat, is left out."""
    shared: dict[str, set[str | None]] = {}  # a name several districts bear: their parents
    for entries in kb.by_id.values():
        for entry in entries:
            for name in entry.ambiguous_aliases:
                shared.setdefault(name, set()).add(entry.parent)
    found: dict[str, KBEntry | None] = {}
    for town, canonical in read_tsv("gazetteers/regency_seats.tsv", 2):
        regency = kb.place(canonical)
        known = kb.surfaces.get(town, ())
        other = any(e.kind != "district" or e.parent != canonical for e in known)
        other = other or bool(shared.get(town, set()) - {canonical})
        key = town.lower()
        usable = regency is not None and regency.kind == "regency" and not other
        found[key] = regency if usable and key not in found else None
    return {town: regency for town, regency in found.items() if regency is not None}
