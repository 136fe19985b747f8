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
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataFileError
from .resources import iter_jsonl, model_path

ORG_FILES = ("gazetteers/organizations.jsonl",)
PLACE_FILES = (
    "gazetteers/regions.jsonl",
    "gazetteers/districts.jsonl",
    "gazetteers/places.jsonl",
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


class KnowledgeBase:
    """Surface forms of organisations and places, resolved against a date."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: list[KBEntry] = list(entries)
        self.by_id: dict[str, list[KBEntry]] = {}
        self.surfaces: dict[str, list[KBEntry]] = {}
        self._automaton: Any = None
        for entry in self.entries:
            self.by_id.setdefault(entry.id, []).append(entry)
            for form in self.surface_forms(entry):
                bucket = self.surfaces.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)

    @staticmethod
    def surface_forms(entry: KBEntry) -> list[str]:
        """All written forms of an entry: canonical, aliases and their ALL-CAPS variants."""
        forms = [entry.canonical, *entry.aliases]
        forms += [f.upper() for f in forms if len(f) > 3]
        return list(dict.fromkeys(forms))

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

    def automaton(self) -> Any:
        """An Aho-Corasick automaton whose values are the surface forms (built once)."""
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for form in self.surfaces:
                automaton.add_word(form, form)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def lookup(self, surface: str, published: dt.date | None = None) -> KBEntry | None:
        """Resolve one surface form, or None when it is unknown."""
        candidates = self.surfaces.get(surface)
        return self.pick(candidates, published) if candidates else None


@cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped in ``models/`` (loaded once per process)."""
    entries: list[KBEntry] = []
    for relative in ORG_FILES:
        entries += load_entries(relative, "ORG")
    for relative in PLACE_FILES:
        entries += load_entries(relative, "LOC")
    return KnowledgeBase(entries)
