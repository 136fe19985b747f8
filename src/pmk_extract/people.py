"""Offices and their holders over time (``gazetteers/offices.jsonl``, ``holders.jsonl``).

An office has a full role, an organisation and the titles the press writes for it (also
those ``lexicons/head_titles.tsv`` derives from its organisation's names); a holder's term
names the office, the person's full name and aliases, its first and last days and, for an
acting term, the acting post. Both files are validated when loaded, as the gazetteers are
(:mod:`~pmk_extract.kb_entries`).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import repeat
from typing import Any

from .columns import column, day_column, distinct, in_order, names_column, text_column
from .errors import DataFileError
from .kb_entries import KBEntry, aliases_field, date_field, org_entries, str_field
from .name_variants import spelling_variants_of, title_variants
from .quick_init import quick_init
from .resources import jsonl_objects, model_path, read_tsv
from .snapshot import PickledByFields, load_or_build


@quick_init
@dataclass(frozen=True, slots=True)
class Office(PickledByFields):
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


@quick_init
@dataclass(frozen=True, slots=True)
class Holder(PickledByFields):
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
        written: dict[str, list[Office]] = {}  # the variants of the titles, as texts write them
        for office in offices:
            self.offices[office.id] = office
            for written_title in office.titles:
                title = written_title.strip()
                self.titles.setdefault(title, []).append(office)
                for form in title_variants(title)[1:]:
                    varied = written.setdefault(form, [])
                    if office not in varied:
                        varied.append(office)
        # a variant denotes its offices unless it is another office's listed title, or the
        # variant of offices of different roles ("Deputi Pencegahan" of two bodies' posts)
        for form, denoted in written.items():
            if form not in self.titles and len({o.role for o in denoted}) == 1:
                self.titles[form] = denoted
        self.holders: list[Holder] = list(holders)
        self.by_office: dict[str, list[Holder]] = {}
        self.names: dict[str, list[Holder]] = {}
        by_name = self.names
        for holder in self.holders:
            self.by_office.setdefault(holder.office, []).append(holder)
            if holder.title_only:
                continue
            for variant in spelling_variants_of((holder.name, *holder.aliases)):
                bucket = by_name.get(variant)
                if bucket is None:
                    by_name[variant] = [holder]
                elif holder not in bucket:
                    bucket.append(holder)
        self._name_words: frozenset[str] | None = None
        self._given_names: frozenset[str] | None = None
        self._holder_forms: frozenset[str] | None = None
        # first words of the offices' titles ("Menko", "Mensos", "Presiden"): no name opens with
        # one; a word that only opens titles of several words and is a known name's word
        # ("Hakim" of "Hakim Konstitusi", "Lukman Hakim") ends no name alone
        alone = {title for title in self.titles if " " not in title}
        names = self.name_words()
        self.office_words = frozenset(
            word
            for word in (title.split(None, 1)[0] for title in self.titles)
            if word in alone or word not in names
        )

    def name_words(self) -> frozenset[str]:
        """The words of the known names and aliases, as written ("Tjahjo", "Kumolo"; read
        once)."""
        if self._name_words is None:
            self._name_words = frozenset(" ".join(self.names).split())
        return self._name_words

    def given_names(self) -> frozenset[str]:
        """The words that open a known name of several words, of three letters or more
        ("Agus", "Bambang", "Sri"; read once): given names, even those that are also words."""
        if self._given_names is None:
            self._given_names = frozenset(
                first
                for name in self.names
                if " " in name and len(first := name.split()[0]) > 2 and first[0].isupper()
            )
        return self._given_names

    def holder_forms(self) -> frozenset[str]:
        """Every holder's name and aliases as written, also those many people share
        (``title_only``, which :attr:`names` leaves out; read once)."""
        if self._holder_forms is None:
            self._holder_forms = frozenset(
                form for holder in self.holders for form in (holder.name, *holder.aliases)
            )
        return self._holder_forms

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
    numbers, objs = jsonl_objects(relative)
    offices = _offices_at_once(objs)
    if offices is not None:
        return offices
    return _offices_by_line(list(zip(numbers, objs, strict=True)), str(model_path(relative)))


def _offices_at_once(objs: list[dict[str, Any]]) -> list[Office] | None:
    """The offices of ``objs`` read a field at a time (:mod:`.columns`), or None when a line
    needs :func:`_offices_by_line`."""
    ids = text_column(objs, "id")
    roles = text_column(objs, "role")
    titles = names_column(objs, "titles")
    starts = day_column(objs, "valid_from")
    ends = day_column(objs, "valid_to")
    if ids is None or roles is None or titles is None or starts is None or ends is None:
        return None
    if not distinct(ids):
        return None
    return list(map(Office, ids, roles, column(objs, "org"), titles, starts, ends))


def _offices_by_line(lines: list[tuple[int, dict[str, Any]]], path: str) -> list[Office]:
    """The offices of ``lines`` read line by line: a bad line raises, named."""
    offices = []
    seen: dict[str, int] = {}
    for lineno, obj in lines:
        where = (path, lineno)
        office = Office(
            id=str_field(obj, "id", where),
            role=str_field(obj, "role", where),
            org=obj.get("org"),
            titles=aliases_field(obj, where, "titles"),
            valid_from=date_field(obj, "valid_from", where),
            valid_to=date_field(obj, "valid_to", where),
        )
        if office.id in seen:
            raise DataFileError(
                path, lineno, f"duplicate office {office.id!r} (line {seen[office.id]})"
            )
        seen[office.id] = lineno
        offices.append(office)
    return offices


def _load_holders(relative: str, offices: set[str]) -> list[Holder]:
    numbers, objs = jsonl_objects(relative)
    holders = _holders_at_once(objs, offices)
    if holders is not None:
        return holders
    lines = list(zip(numbers, objs, strict=True))
    return _holders_by_line(lines, offices, str(model_path(relative)))


def _holders_at_once(objs: list[dict[str, Any]], offices: set[str]) -> list[Holder] | None:
    """The terms of ``objs`` read a field at a time (:mod:`.columns`), or None when a line
    needs :func:`_holders_by_line`."""
    office_ids = text_column(objs, "office")
    names = text_column(objs, "name")
    aliases = names_column(objs, "aliases")
    starts = day_column(objs, "start")
    ends = day_column(objs, "end")
    flags = column(objs, "title_only", False)
    acting = column(objs, "acting")
    if office_ids is None or names is None or aliases is None or starts is None or ends is None:
        return None
    if (
        not set(map(type, flags)) <= {bool}
        or not set(map(type, acting)) <= {str, type(None)}
        or not set(acting) - {None} <= acting_posts()
        or not set(office_ids) <= offices
        or not in_order(starts, ends)
    ):
        return None
    title_only = map(operator.is_, flags, repeat(True))
    return list(map(Holder, office_ids, names, aliases, starts, ends, title_only, acting))


def _holders_by_line(
    lines: list[tuple[int, dict[str, Any]]], offices: set[str], path: str
) -> list[Holder]:
    """The terms of ``lines`` read line by line: a bad line raises, named."""
    holders = []
    for lineno, obj in lines:
        where = (path, lineno)
        holder = Holder(
            office=str_field(obj, "office", where),
            name=str_field(obj, "name", where),
            aliases=aliases_field(obj, where),
            start=date_field(obj, "start", where),
            end=date_field(obj, "end", where),
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
    entries = list(entries)
    derived: dict[tuple[str, str], list[str]] = {}  # (organisation, role) -> its titles, in order
    for post, word in read_tsv("lexicons/head_titles.tsv", 2):
        for entry in entries:
            if entry.canonical.startswith(word + " "):
                role = f"{post} {entry.canonical.removeprefix(word + ' ')}"
                titles = derived.setdefault((entry.id, role), [])
                titles += [f"{post} {name}" for name in (entry.canonical, *entry.aliases)]
    out = []
    for office in offices:
        written = derived.get((office.org or "", office.role))  # most offices: none
        if written:
            extra = tuple(t for t in dict.fromkeys(written) if t not in office.titles)
            office = replace(office, titles=office.titles + extra) if extra else office
        out.append(office)
    return out


@cache
def default_people() -> People:
    """Offices and holders shipped in ``models/`` (loaded once per process, from its snapshot
    when the files have not changed: :mod:`~pmk_extract.snapshot`), the offices with the titles
    :func:`head_titles` derives."""
    return load_or_build("people", People, _build_people)


def _build_people() -> People:
    offices = _load_offices("gazetteers/offices.jsonl")
    holders = _load_holders("gazetteers/holders.jsonl", {o.id for o in offices})
    return People(head_titles(offices, org_entries()), holders)
