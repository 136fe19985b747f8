"""The knowledge base in ``models/gazetteers``: organisations and places, with validity dates.

Surface forms map to candidates (an entry's names, their capitals, a region's names after
its kind word, a ministry's unit with its ministry after it, the regions' fused short
forms); :meth:`KnowledgeBase.pick` chooses the one whose validity covers the published date
(an office or a ministry name has different meanings over time). The entries and their
files are :mod:`~pmk_extract.kb_entries`'s; offices and holders are
:mod:`~pmk_extract.people`'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache

from .kb_entries import KBEntry, load_entries, org_entries, outlet_entries
from .matching import TermMatcher
from .name_variants import spelling_variants_of
from .people import default_people
from .region_short import region_glued_forms, region_short_forms
from .resources import read_lines
from .snapshot import load_or_build

REGION_KINDS = frozenset({"province", "regency", "city"})
"""Place kinds of the Indonesian regions with a head of their own: province, regency, city."""
# the kind of a ministry's echelon-I unit (directorate-general, agency inside a ministry):
# its officials belong to the ministry, and it is also written with the ministry after it
UNIT_KIND = "ministry_unit"
# kinds of bodies formed again under an earlier name ("Kementerian Kehutanan", 2009 and 2024):
# a day before a line's start may still name one
_REFORMED_KINDS = frozenset({"ministry", "coordinating_ministry"})
PLACE_FILES = (
    "gazetteers/regions.jsonl",
    "gazetteers/districts.jsonl",
    "gazetteers/places.jsonl",
)


def lower_compass(form: str) -> str | None:
    """A region's name with its compass words after the first word in lower case, as the
    press often writes it ("Jawa Tengah" -> "Jawa tengah"); None when it has none."""
    words = form.split(" ")
    compass = _compass_words()
    if compass.isdisjoint(words):  # most forms: one look at them all
        return None
    lowered = [w.lower() if k and w in compass else w for k, w in enumerate(words)]
    return " ".join(lowered) if lowered != words else None


@cache
def _compass_words() -> frozenset[str]:
    return frozenset(read_lines("lexicons/compass_words.txt"))


# a region's kind written before its fused short form ("Kabupaten Halsel", "Prov. Kaltara"),
# also without the dot ("Prov Jabar", "Kab Bekasi")
_FUSED_KIND_WORDS = {
    "province": ("Provinsi ", "Prov. ", "Prov "),
    "regency": ("Kabupaten ", "Kab. ", "Kab "),
    "city": ("Kota ",),
}


def _kind_phrases(entry: KBEntry) -> tuple[str, ...]:
    """A region's other names after its kind word: "Provinsi Kalbar", "Prov. NTT", "Kabupaten
    Kutim", "Kab. Kutim", "Kota Jogja" (the press writes a short form after the kind word as it
    writes the full name)."""
    kinds = _FUSED_KIND_WORDS.get(entry.kind, ())
    return tuple(
        kind + name for name in entry.aliases if not name.startswith(kinds) for kind in kinds
    )


def _written_forms(entry: KBEntry) -> list[str]:
    """The forms of :meth:`KnowledgeBase.surface_forms`, in its order, a form there twice
    (an alias in capitals, "BPS") here twice too."""
    names = entry.aliases
    if entry.label == "LOC" and entry.kind in _FUSED_KIND_WORDS:
        names += _kind_phrases(entry)
    forms = spelling_variants_of((entry.canonical, *names) if entry.match_canonical else names)
    forms += [f.upper() for f in forms if len(f) > 3]
    if entry.label == "LOC" and entry.kind in REGION_KINDS:
        forms += [low for f in forms if (low := lower_compass(f)) is not None]
    return forms


class KnowledgeBase:
    """Surface forms of organisations and places, resolved against a date."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: list[KBEntry] = list(entries)
        self.by_id: dict[str, list[KBEntry]] = {}
        self.surfaces: dict[str, list[KBEntry]] = {}
        self._matcher: TermMatcher | None = None
        for entry in self.entries:
            self.by_id.setdefault(entry.id, []).append(entry)
        surfaces = self.surfaces
        for entry in self.entries:
            forms = _written_forms(entry)  # a form written twice joins its bucket once
            if entry.kind == UNIT_KIND:
                forms += self._with_parent(entry)
            for form in forms:
                bucket = surfaces.get(form)
                if bucket is None:
                    surfaces[form] = [entry]
                elif entry not in bucket:
                    bucket.append(entry)
        self._fused = False  # the regions' fused short forms are added on first use

    def _add_fused_regions(self) -> None:
        """Add the regions' fused short forms ("Buteng" for Buton Tengah,
        :mod:`.region_short`), as written, in capitals and after the region's kind ("Kabupaten
        Buteng"), and their glued names ("Bandarlampung"; after the kind alone when a known
        person's name holds the word: "Kabupaten Batubara"), where no other entry has that form
        (once, when the matcher is built or a lookup first misses: it reads the dictionary)."""
        if self._fused:
            return
        self._fused = True
        regions = [
            (e.canonical, e.aliases)
            for e in self.entries
            if e.label == "LOC" and e.kind in REGION_KINDS
        ]
        for form, canonical in region_short_forms(regions, self.surfaces).items():
            entry = self.place(canonical)
            if entry is None:
                continue
            kinds = _FUSED_KIND_WORDS.get(entry.kind, ())
            for variant in (form, form.upper(), *(kind + form for kind in kinds)):
                self.surfaces.setdefault(variant, [entry])  # "Buteng", "Kabupaten Buteng"
        names = default_people().name_words()
        for form, canonical in region_glued_forms(regions, self.surfaces).items():
            entry = self.place(canonical)
            if entry is None:
                continue
            kinds = _FUSED_KIND_WORDS.get(entry.kind, ())
            alone = () if form in names else (form, form.upper())  # "Batubara": a surname too
            for variant in (*alone, *(kind + form for kind in kinds)):
                self.surfaces.setdefault(variant, [entry])  # "Tebingtinggi", "Kota Tebingtinggi"

    @staticmethod
    def surface_forms(entry: KBEntry) -> list[str]:
        """All written forms of an entry: canonical, aliases and their ALL-CAPS variants."""
        return list(dict.fromkeys(_written_forms(entry)))

    def _with_parent(self, unit: KBEntry) -> list[str]:
        """A ministry's unit written with its ministry after it: each of the unit's forms
        and each form of the ministry in force at the same time ("Ditjen Pajak Kemenkeu",
        "BPSDM Kemendagri")."""
        names = [*unit.aliases, *unit.with_parent]
        forms: list[str] = []
        for parent in self.by_id.get(unit.parent or "", ()):
            if unit.valid_from and parent.valid_to and parent.valid_to < unit.valid_from:
                continue
            if unit.valid_to and parent.valid_from and unit.valid_to < parent.valid_from:
                continue
            parent_forms = [parent.canonical, *parent.aliases]
            forms += spelling_variants_of([f"{n} {body}" for n in names for body in parent_forms])
        return forms

    def pick(self, candidates: Sequence[KBEntry], published: dt.date | None) -> KBEntry:
        """Choose among entries sharing a surface form: the one valid on ``published``.

        Without a date, the current (open-ended) entry wins; ties keep data order.
        """
        if len(candidates) == 1:
            return candidates[0]
        if published is None:
            current = [c for c in candidates if c.valid_to is None]
            return (current or list(candidates))[0]
        return min(candidates, key=lambda c: c.distance(published))

    def out_of_time(self, entry: KBEntry, published: dt.date | None) -> bool:
        """True when the body ``entry`` names (any of its id's name periods) cannot be meant on
        ``published``: the day is before its first start and it is no ministry (it did not
        exist yet: "BSKAP" in 2020; a ministry may have existed under the same name before),
        or after its last end and it is a ministry's unit (the unit was moved or dissolved, and
        its ministry of that day is not known)."""
        periods = self.by_id.get(entry.id) or [entry]
        if published is None or any(e.valid_on(published) for e in periods):
            return False
        if all(e.valid_from is not None and published < e.valid_from for e in periods):
            return entry.kind not in _REFORMED_KINDS
        return entry.kind == UNIT_KIND and all(
            e.valid_to is not None and published > e.valid_to for e in periods
        )

    def matcher(self) -> TermMatcher:
        """A matcher for every surface form (built on first use)."""
        if self._matcher is None:
            self._add_fused_regions()
            self._matcher = TermMatcher(self.surfaces)
        return self._matcher

    def lookup(self, surface: str, published: dt.date | None = None) -> KBEntry | None:
        """Resolve one surface form, or None when it is unknown."""
        candidates = self.surfaces.get(surface)
        if not candidates and not self._fused:
            self._add_fused_regions()
            candidates = self.surfaces.get(surface)
        return self.pick(candidates, published) if candidates else None

    def place(self, canonical: str) -> KBEntry | None:
        """The place whose canonical name is ``canonical`` (a ``parent`` names one)."""
        for entry in self.surfaces.get(canonical, ()):
            if entry.label == "LOC" and entry.canonical == canonical:
                return entry
        return None


@cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped in ``models/`` (loaded once per process, from its snapshot
    when the files have not changed since it was written: :mod:`~pmk_extract.snapshot`)."""
    return load_or_build("kb", KnowledgeBase, _build_kb)


def _build_kb() -> KnowledgeBase:
    entries: list[KBEntry] = list(org_entries())
    entries += outlet_entries()
    for relative in PLACE_FILES:
        entries += load_entries(relative, "LOC")
    return KnowledgeBase(entries)


def is_place(name: str) -> bool:
    """True when ``name`` is written as a place the knowledge base knows ("Jakarta",
    "BANDUNG"), and as no organisation."""
    entries = default_kb().surfaces.get(name, ())
    return bool(entries) and all(entry.label == "LOC" for entry in entries)
