"""A data file's fields read a column at a time: one pass of built-in functions over every
line's value of a field, where the field readers of :mod:`~pmk_extract.kb_entries` take one
call per line and field (most of a parse's time, thousands of lines long).

Each reader gives the values the line-by-line reader would give, or None when any line's
value is not plainly valid (missing where required, of another type, blank, a name with
spaces around it, a day that is no ISO date): the caller then reads the file line by line,
which names the first bad line, exactly as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import chain, islice, repeat
from typing import Any

_NAMES = frozenset({list, tuple})  # a JSON list, or the () of a line without the field
_DAYS = frozenset({str, type(None)})


def column(objs: Sequence[dict[str, Any]], key: str, default: Any = None) -> list[Any]:
    """Each line's value of ``key`` (``default`` where the line has none)."""
    return list(map(dict.get, objs, repeat(key), repeat(default)))


def text_column(objs: Sequence[dict[str, Any]], key: str) -> list[str] | None:
    """Each line's ``key``, a required non-blank string (as ``str_field`` reads it)."""
    values = column(objs, key)
    if set(map(type, values)) <= {str} and all(values) and not any(map(str.isspace, values)):
        return values
    return None


def names_column(objs: Sequence[dict[str, Any]], key: str) -> list[tuple[str, ...]] | None:
    """Each line's ``key``, an optional list of non-empty strings, as a tuple of the strings
    stripped (as ``aliases_field`` reads it)."""
    values = column(objs, key, ())
    if values.count(()) == len(values):  # no line has the field (JSON makes lists, not tuples)
        return values
    if not set(map(type, values)) <= _NAMES:
        return None
    names = list(chain.from_iterable(values))
    if not set(map(type, names)) <= {str}:
        return None
    stripped = list(map(str.strip, names))
    if not all(stripped):
        return None
    if stripped == names:
        return list(map(tuple, values))
    read = iter(stripped)  # a name written with a space around it ("Kepala Badan ... ")
    return [tuple(islice(read, len(value))) for value in values]


def day_column(objs: Sequence[dict[str, Any]], key: str) -> list[dt.date | None] | None:
    """Each line's ``key``, an optional ISO date (as ``date_field`` reads it)."""
    values = column(objs, key)
    if values.count(None) == len(values):
        return values
    if not set(map(type, values)) <= _DAYS:
        return None
    try:
        return [None if value is None else dt.date.fromisoformat(value) for value in values]
    except ValueError:
        return None


def in_order(starts: list[dt.date | None], ends: list[dt.date | None]) -> bool:
    """True when no line's end day is before its start day."""
    if starts.count(None) == len(starts) or ends.count(None) == len(ends):
        return True
    return not any(
        s is not None and e is not None and e < s for s, e in zip(starts, ends, strict=True)
    )


def distinct(*columns: Iterable[Any]) -> bool:
    """True when no two lines have the same values in ``columns``."""
    keys = list(zip(*columns, strict=True))
    return len(set(keys)) == len(keys)
