"""The knowledge base in ``models/gazetteers``: organisations and places, with validity dates.

Every file is validated when loaded (required fields, types, dates, duplicate
keys); a problem raises :class:`~pmk_extract.errors.DataFileError` naming the
file and line. Surface forms map to candidates; :meth:`KnowledgeBase.pick`
chooses the one whose validity covers the published date (an office or a
ministry name has different meanings over time).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .errors import DataFileError
from .matching import TermMatcher
from .outlets import outlets, written_forms
from .region_short import region_glued_forms, region_short_forms
from .resources import iter_jsonl, model_path, read_lines, read_tsv

ORG_FILES = ("gazetteers/organizations.jsonl",)
REGION_KINDS = frozenset({"province", "regency", "city"})
"""Place kinds of the Indonesian regions with a head of their own: province, regency, city."""
# the kind of a ministry's echelon-I unit (directorate-general, agency inside a ministry):
# its officials belong to the ministry, and it is also written with the ministry after it
UNIT_KIND = "ministry_unit"
PLACE_FILES = (
    "gazetteers/regions.jsonl",
    "gazetteers/districts.jsonl",
    "gazetteers/places.jsonl",
)


_KEMENKO_FIELD = "Kementerian Koordinator Bidang "  # a coordinating ministry's full name


def spelling_variants(form: str) -> list[str]:
    """``form`` and the ways texts also write it, for matching.

    The serial comma is often left out ("Kementerian Desa, ..., Tertinggal dan ..."), a
    coordinating ministry's "Bidang" too ("Kementerian Koordinator Kemaritiman dan Investasi"),
    and an apostrophe may be typographic ("Syafi’i").
    """
    variants = [form]
    if _KEMENKO_FIELD in form:
        variants.append(form.replace(_KEMENKO_FIELD, "Kementerian Koordinator "))
    if ", dan " in form:
        variants += [v.replace(", dan ", " dan ") for v in variants]
    if "'" in form:  # "Ma’ruf", "Ma‘ruf", "Ma`ruf", "Ma´ruf", "Maʼruf"
        variants += [v.replace("'", mark) for mark in _APOSTROPHES for v in variants]
    return variants


def title_variants(title: str) -> list[str]:
    """An office's ``title`` and the ways texts also write it: its :func:`spelling_variants`,
    and each with the word "Bidang" after the first word in lower case, as the press writes
    the field of a post ("Jaksa Agung Muda bidang Pidana Umum", "Wakil Ketua MA bidang
    Yudisial")."""
    variants = spelling_variants(title)
    return variants + [v.replace(" Bidang ", " bidang ") for v in variants if " Bidang " in v]


# typographic apostrophes, the backtick, the acute accent and the modifier letter apostrophe: the
# press writes each of them for the glottal stop in a name ("Ma’ruf", "Ma`ruf", "Ma´ruf", "Maʼruf")
_APOSTROPHES = ("’", "‘", "`", "´", "ʼ")


def fold_apostrophes(text: str) -> str:
    """``text`` with every written form of the apostrophe as "'" (for comparing names, and in a
    person's canonical, as the knowledge base writes it)."""
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    return text


def lower_compass(form: str) -> str | None:
    """A region's name with its compass words after the first word in lower case, as the
    press often writes it ("Jawa Tengah" -> "Jawa tengah"); None when it has none."""
    words = form.split(" ")
    compass = _compass_words()
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


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One organisation (per name period) or one place."""

    id: str
    canonical: str
    label: str
    kind: str
    aliases: tuple[str, ...]
    parent: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    match_canonical: bool = True
    ambiguous_aliases: tuple[str, ...] = ()
    # a ministry's unit: forms written only with the parent's name after them ("BPSDM")
    with_parent: tuple[str, ...] = ()

    def valid_on(self, day: dt.date) -> bool:
        """True when ``day`` lies within the entry's validity period."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to the validity period (0 inside it)."""
        if self.valid_from is not None and day < self.valid_from:
            return (self.valid_from - day).days
        if self.valid_to is not None and day > self.valid_to:
            return (day - self.valid_to).days
        return 0


def _date_field(obj: dict[str, Any], key: str, where: tuple[str, int]) -> dt.date | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(where[0], where[1], f"{key}={value!r} is not an ISO date") from None


def _str_field(obj: dict[str, Any], key: str, where: tuple[str, int]) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(where[0], where[1], f"field {key!r} must be a non-empty string")
    return value


def _aliases(obj: dict[str, Any], where: tuple[str, int]) -> tuple[str, ...]:
    value = obj.get("aliases", [])
    if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
        raise DataFileError(where[0], where[1], "field 'aliases' must be a list of strings")
    return tuple(a.strip() for a in value)


def load_entries(relative: str, label: str) -> list[KBEntry]:
    """Load and validate one gazetteer file (missing optional files give ``[]``)."""
    path = model_path(relative)
    if not path.is_file() and relative != ORG_FILES[0]:
        return []
    entries: list[KBEntry] = []
    seen: dict[tuple[str, dt.date | None], int] = {}
    for lineno, obj in iter_jsonl(relative):
        where = (str(path), lineno)
        canonical = _str_field(obj, "canonical", where)
        entry = KBEntry(
            id=str(obj.get("id") or f"{canonical}|{obj.get('parent') or ''}"),
            canonical=canonical,
            label=label,
            kind=_str_field(obj, "kind", where),
            aliases=_aliases(obj, where),
            parent=obj.get("parent"),
            valid_from=_date_field(obj, "valid_from", where),
            valid_to=_date_field(obj, "valid_to", where),
            match_canonical=obj.get("match_canonical", True) is not False,
            ambiguous_aliases=_aliases({"aliases": obj.get("ambiguous_aliases", [])}, where),
            with_parent=_aliases({"aliases": obj.get("with_parent", [])}, where),
        )
        if entry.valid_from and entry.valid_to and entry.valid_to < entry.valid_from:
            raise DataFileError(where[0], lineno, "valid_to is before valid_from")
        key = (entry.id + "\x00" + entry.kind, entry.valid_from)
        if key in seen:
            raise DataFileError(
                where[0], lineno, f"duplicate entry {entry.id!r} (first on line {seen[key]})"
            )
        seen[key] = lineno
        entries.append(entry)
    return entries


@cache
def org_entries() -> tuple[KBEntry, ...]:
    """The organisations of ``ORG_FILES`` (read once per process: the knowledge base and the
    offices' derived titles, :func:`head_titles`, both use them)."""
    return tuple(entry for relative in ORG_FILES for entry in load_entries(relative, "ORG"))


def outlet_entries() -> list[KBEntry]:
    """The news outlets of ``lexicons/outlets.tsv``: one ORG entry per canonical name."""
    forms: dict[str, list[str]] = {}
    for row in outlets():
        forms.setdefault(row.canonical, []).extend(written_forms(row.form))
    return [
        KBEntry(
            id="outlet:" + canonical,
            canonical=canonical,
            label="ORG",
            kind="media",
            aliases=tuple(dict.fromkeys(written)),
            match_canonical=False,  # a brand may be a word ("Suara"): only listed forms
        )
        for canonical, written in forms.items()
    ]


class KnowledgeBase:
    """Surface forms of organisations and places, resolved against a date."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: list[KBEntry] = list(entries)
        self.by_id: dict[str, list[KBEntry]] = {}
        self.surfaces: dict[str, list[KBEntry]] = {}
        self._matcher: TermMatcher | None = None
        for entry in self.entries:
            self.by_id.setdefault(entry.id, []).append(entry)
        for entry in self.entries:
            forms = self.surface_forms(entry)
            if entry.kind == UNIT_KIND:
                forms += self._with_parent(entry)
            for form in forms:
                bucket = self.surfaces.setdefault(form, [])
                if entry not in bucket:
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
        forms = [entry.canonical] if entry.match_canonical else []
        names = entry.aliases
        if entry.label == "LOC" and entry.kind in _FUSED_KIND_WORDS:
            names += _kind_phrases(entry)
        forms = [v for form in (*forms, *names) for v in spelling_variants(form)]
        forms += [f.upper() for f in forms if len(f) > 3]
        if entry.label == "LOC" and entry.kind in REGION_KINDS:
            forms += [low for f in forms if (low := lower_compass(f)) is not None]
        return list(dict.fromkeys(forms))

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
            forms += [
                variant
                for name in names
                for body in parent_forms
                for variant in spelling_variants(f"{name} {body}")
            ]
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
    """The knowledge base shipped in ``models/`` (loaded once per process)."""
    entries: list[KBEntry] = list(org_entries())
    entries += outlet_entries()
    for relative in PLACE_FILES:
        entries += load_entries(relative, "LOC")
    return KnowledgeBase(entries)


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person holds: its full role, its organisation id and its written titles."""

    id: str
    role: str
    org: str | None
    titles: tuple[str, ...]
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@cache
def acting_posts() -> frozenset[str]:
    """The acting posts a term may be ("Penjabat Gubernur Aceh"): the expansions of
    ``lexicons/role_prefixes.tsv``, as the roles write them."""
    return frozenset(expansion for _, expansion in read_tsv("lexicons/role_prefixes.tsv", 2))


@dataclass(frozen=True, slots=True)
class Holder:
    """One term of office: who held ``office`` from ``start`` to ``end`` (both inclusive).

    ``acting`` names an acting term ("Penjabat" for a Pj. governor between two elected ones).
    """

    office: str
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None
    # a name many people share ("Sunarto", "Hasyim Asy'ari"): linked only after a title of
    # the office, never by the name alone
    title_only: bool = False
    acting: str | None = None

    def role(self, office: Office) -> str:
        """The role of this term: ``office``'s, after the acting post ("Penjabat Gubernur Aceh")."""
        return f"{self.acting} {office.role}" if self.acting else office.role

    def holds_on(self, day: dt.date) -> bool:
        """True when ``day`` falls within the term."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


class People:
    """Offices and their holders over time (``offices.jsonl``, ``holders.jsonl``)."""

    def __init__(self, offices: Iterable[Office], holders: Iterable[Holder]) -> None:
        self.offices: dict[str, Office] = {}
        self.titles: dict[str, list[Office]] = {}
        for office in offices:
            self.offices[office.id] = office
            for title in office.titles:
                for form in title_variants(title.strip()):
                    self.titles.setdefault(form, []).append(office)
        self.holders: list[Holder] = list(holders)
        self.by_office: dict[str, list[Holder]] = {}
        self.names: dict[str, list[Holder]] = {}
        for holder in self.holders:
            self.by_office.setdefault(holder.office, []).append(holder)
            if holder.title_only:
                continue
            for form in (holder.name, *holder.aliases):
                for variant in spelling_variants(form):
                    bucket = self.names.setdefault(variant, [])
                    if holder not in bucket:
                        bucket.append(holder)
        self._name_words: frozenset[str] | None = None
        # first words of the offices' titles ("Menko", "Mensos", "Presiden"): no name opens with
        # one; a word that only opens titles of several words and is a known name's word
        # ("Hakim" of "Hakim Konstitusi", "Lukman Hakim") ends no name alone
        alone = {title for title in self.titles if " " not in title}
        names = self.name_words()
        self.office_words = frozenset(
            word
            for word in (title.split()[0] for title in self.titles)
            if word in alone or word not in names
        )

    def name_words(self) -> frozenset[str]:
        """The words of the known names and aliases, as written ("Tjahjo", "Kumolo"; read
        once)."""
        if self._name_words is None:
            self._name_words = frozenset(word for name in self.names for word in name.split())
        return self._name_words

    def title(self, surface: str, day: dt.date | None) -> Office | None:
        """The office a written title denotes on ``day`` (None when unknown)."""
        offices = self.titles.get(surface)
        if not offices:
            return None
        if day is None:
            current = [o for o in offices if o.valid_to is None]
            return (current or offices)[0]
        valid = [
            o
            for o in offices
            if (o.valid_from is None or o.valid_from <= day)
            and (o.valid_to is None or day <= o.valid_to)
        ]
        return valid[0] if valid else None

    def holders_on(self, office_id: str, day: dt.date | None) -> list[Holder]:
        """Everyone who held ``office_id`` on ``day`` (several for a multi-seat office such
        as a deputy chair; none without a date)."""
        if day is None:
            return []
        return [h for h in self.by_office.get(office_id, ()) if h.holds_on(day)]

    def holder(self, office_id: str, day: dt.date | None) -> Holder | None:
        """Who held ``office_id`` on ``day``: None without a date, without a known holder,
        or when several people held it then (a bare "Wakil Ketua DPR" names none of them)."""
        holders = self.holders_on(office_id, day)
        return holders[0] if len(holders) == 1 else None

    def person(self, surface: str) -> str | None:
        """The full name a name or alias denotes, when it denotes exactly one person."""
        names = {h.name for h in self.names.get(surface, ())}
        return names.pop() if len(names) == 1 else None

    def offices_held(self, name: str, day: dt.date | None) -> list[Office]:
        """The offices ``name`` (a full name) held on ``day``, each with the role of that
        term (an acting term's role names the acting post)."""
        if day is None:
            return []
        return [
            replace(self.offices[h.office], role=h.role(self.offices[h.office]))
            for h in self.names.get(name, ())
            if h.name == name and h.holds_on(day) and h.office in self.offices
        ]


def _load_offices(relative: str) -> list[Office]:
    path = str(model_path(relative))
    offices = []
    seen: dict[str, int] = {}
    for lineno, obj in iter_jsonl(relative):
        where = (path, lineno)
        office = Office(
            id=_str_field(obj, "id", where),
            role=_str_field(obj, "role", where),
            org=obj.get("org"),
            titles=_aliases({"aliases": obj.get("titles", [])}, where),
            valid_from=_date_field(obj, "valid_from", where),
            valid_to=_date_field(obj, "valid_to", where),
        )
        if office.id in seen:
            raise DataFileError(
                path, lineno, f"duplicate office {office.id!r} (line {seen[office.id]})"
            )
        seen[office.id] = lineno
        offices.append(office)
    return offices


def _load_holders(relative: str, offices: set[str]) -> list[Holder]:
    path = str(model_path(relative))
    holders = []
    for lineno, obj in iter_jsonl(relative):
        where = (path, lineno)
        holder = Holder(
            office=_str_field(obj, "office", where),
            name=_str_field(obj, "name", where),
            aliases=_aliases(obj, where),
            start=_date_field(obj, "start", where),
            end=_date_field(obj, "end", where),
            title_only=obj.get("title_only", False) is True,
            acting=obj.get("acting"),
        )
        if not isinstance(obj.get("title_only", False), bool):
            raise DataFileError(path, lineno, "title_only must be true or false")
        if holder.acting is not None and holder.acting not in acting_posts():
            known = ", ".join(sorted(acting_posts()))
            raise DataFileError(path, lineno, f"acting={holder.acting!r} is none of {known}")
        if holder.office not in offices:
            raise DataFileError(path, lineno, f"unknown office {holder.office!r}")
        if holder.start and holder.end and holder.end < holder.start:
            raise DataFileError(path, lineno, "end is before start")
        holders.append(holder)
    return holders


def head_titles(offices: Iterable[Office], entries: Iterable[KBEntry]) -> list[Office]:
    """``offices`` with the titles ``lexicons/head_titles.tsv`` derives: an office whose role is
    a listed post and its organisation's name without the organisation's word ("Menteri
    Kelautan dan Perikanan", "Kementerian Kelautan dan Perikanan") also titled by the post and
    each name of the organisation ("Menteri KKP")."""
    rules = read_tsv("lexicons/head_titles.tsv", 2)
    names: dict[str, list[KBEntry]] = {}
    for entry in entries:
        names.setdefault(entry.id, []).append(entry)
    out = []
    for office in offices:
        derived = [
            f"{post} {name}"
            for post, word in rules
            for entry in names.get(office.org or "", ())
            if entry.canonical.startswith(word + " ")
            and office.role == f"{post} {entry.canonical.removeprefix(word + ' ')}"
            for name in (entry.canonical, *entry.aliases)
        ]
        extra = tuple(t for t in dict.fromkeys(derived) if t not in office.titles)
        out.append(replace(office, titles=office.titles + extra) if extra else office)
    return out


@cache
def default_people() -> People:
    """Offices and holders shipped in ``models/`` (loaded once per process), the offices with
    the titles :func:`head_titles` derives."""
    offices = _load_offices("gazetteers/offices.jsonl")
    holders = _load_holders("gazetteers/holders.jsonl", {o.id for o in offices})
    return People(head_titles(offices, org_entries()), holders)


def is_place(name: str) -> bool:
    """True when ``name`` is written as a place the knowledge base knows ("Jakarta",
    "BANDUNG"), and as no organisation."""
    entries = default_kb().surfaces.get(name, ())
    return bool(entries) and all(entry.label == "LOC" for entry in entries)
