"""The knowledge base's entries: organisations and places as the gazetteer files list them.

Every file is validated when loaded (required fields, types, dates, duplicate keys); a
problem raises :class:`~pmk_extract.errors.DataFileError` naming the file and line. The
field readers (:func:`str_field`, :func:`date_field`, :func:`aliases_field`) are shared with
the offices' and holders' files (:mod:`~pmk_extract.people`). The entries are resolved
against a date by :class:`~pmk_extract.kb.KnowledgeBase`.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Any

from .columns import column, day_column, distinct, in_order, names_column, text_column
from .errors import DataFileError
from .outlets import outlets, written_forms
from .quick_init import quick_init
from .resources import jsonl_objects, model_path
from .snapshot import PickledByFields

ORG_FILES = ("gazetteers/organizations.jsonl",)


@quick_init
@dataclass(frozen=True, slots=True)
class KBEntry(PickledByFields):
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


def date_field(obj: dict[str, Any], key: str, where: tuple[str, int]) -> dt.date | None:
    """The ISO date of field ``key`` of a line (None when absent); ``where`` is (file, line)."""
    value = obj.get(key)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(where[0], where[1], f"{key}={value!r} is not an ISO date") from None


def str_field(obj: dict[str, Any], key: str, where: tuple[str, int]) -> str:
    """The non-empty string of field ``key`` of a line; ``where`` is (file, line)."""
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(where[0], where[1], f"field {key!r} must be a non-empty string")
    return value


def aliases_field(
    obj: dict[str, Any], where: tuple[str, int], key: str = "aliases"
) -> tuple[str, ...]:
    """The list of non-empty strings of field ``key`` of a line (empty when absent), stripped."""
    value = obj.get(key, _ABSENT)
    if value is _ABSENT or value == []:
        return ()
    if type(value) is list:
        try:  # of the JSON values, only a string has ``strip``
            stripped = tuple([a.strip() for a in value])
        except AttributeError:
            stripped = ()
        if stripped and all(stripped):
            return stripped
    raise DataFileError(where[0], where[1], f"field {key!r} must be a list of strings")


_ABSENT = object()  # a field the line does not have


def load_entries(relative: str, label: str) -> list[KBEntry]:
    """Load and validate one gazetteer file (missing optional files give ``[]``)."""
    path = model_path(relative)
    if not path.is_file() and relative != ORG_FILES[0]:
        return []
    numbers, objs = jsonl_objects(relative)
    entries = _entries_at_once(objs, label)
    if entries is not None:
        return entries
    return _entries_by_line(list(zip(numbers, objs, strict=True)), label, str(path))


def _entries_at_once(objs: list[dict[str, Any]], label: str) -> list[KBEntry] | None:
    """The entries of ``objs`` read a field at a time (:mod:`.columns`), or None when a line
    needs :func:`_entries_by_line` (a bad line, or one it reads otherwise)."""
    canonicals = text_column(objs, "canonical")
    kinds = text_column(objs, "kind")
    aliases = names_column(objs, "aliases")
    ambiguous = names_column(objs, "ambiguous_aliases")
    with_parent = names_column(objs, "with_parent")
    starts = day_column(objs, "valid_from")
    ends = day_column(objs, "valid_to")
    ids = column(objs, "id")
    if (
        canonicals is None
        or kinds is None
        or aliases is None
        or ambiguous is None
        or with_parent is None
        or starts is None
        or ends is None
        or not set(map(type, ids)) <= {str, type(None)}
        or not in_order(starts, ends)
    ):
        return None
    parents = column(objs, "parent")
    if not all(ids):
        ids = [i or f"{c}|{p or ''}" for i, c, p in zip(ids, canonicals, parents, strict=True)]
    # the key _entries_by_line checks: id and kind joined by "\x00", the same pairs when no id
    # holds that character
    keys = (ids, kinds) if "\x00" not in "".join(ids) else (map("{}\x00{}".format, ids, kinds),)
    if not distinct(*keys, starts):
        return None
    matched = map(operator.is_not, column(objs, "match_canonical", True), repeat(False))
    return list(
        map(
            KBEntry,
            ids,
            canonicals,
            repeat(label),
            kinds,
            aliases,
            parents,
            starts,
            ends,
            matched,
            ambiguous,
            with_parent,
        )
    )


def _entries_by_line(
    lines: list[tuple[int, dict[str, Any]]], label: str, path: str
) -> list[KBEntry]:
    """The entries of ``lines`` read line by line: a bad line raises, named."""
    entries: list[KBEntry] = []
    seen: dict[tuple[str, dt.date | None], int] = {}
    for lineno, obj in lines:
        where = (path, lineno)
        canonical = str_field(obj, "canonical", where)
        entry = KBEntry(
            id=str(obj.get("id") or f"{canonical}|{obj.get('parent') or ''}"),
            canonical=canonical,
            label=label,
            kind=str_field(obj, "kind", where),
            aliases=aliases_field(obj, where),
            parent=obj.get("parent"),
            valid_from=date_field(obj, "valid_from", where),
            valid_to=date_field(obj, "valid_to", where),
            match_canonical=obj.get("match_canonical", True) is not False,
            ambiguous_aliases=aliases_field(obj, where, "ambiguous_aliases"),
            with_parent=aliases_field(obj, where, "with_parent"),
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
    offices' derived titles, :func:`~pmk_extract.people.head_titles`, both use them)."""
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
