"""How the fields of the record dataclasses (:mod:`pmk_extract.records`) are stored.

Each field is a scalar, one nested record, a tuple of records, or JSON (``meta`` and any
other value); :func:`plain_fields` turns a record into dicts and lists and
:func:`from_plain` builds it back, so every output format follows the dataclasses.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

from .surrogates import replace_surrogates


@dataclasses.dataclass(frozen=True, slots=True)
class FieldKind:
    """How a dataclass field is stored: a scalar, one nested record, many, or JSON."""

    kind: str  # "scalar" | "one" | "many" | "json"
    type: Any = None
    optional: bool = False


def _kind(hint: Any) -> FieldKind:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        inner = _kind(rest[0]) if len(rest) == 1 else FieldKind("json")
        return dataclasses.replace(inner, optional=True)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if dataclasses.is_dataclass(args[0]):
            return FieldKind("many", args[0])
        return FieldKind("json")
    if dataclasses.is_dataclass(hint):
        return FieldKind("one", hint)
    if hint in (str, int, float, bool):
        return FieldKind("scalar", hint)
    return FieldKind("json")


def record_fields(cls: type) -> list[tuple[str, FieldKind]]:
    """The fields of a record dataclass with how each is stored, in declaration order."""
    hints = typing.get_type_hints(cls)
    return [(f.name, _kind(hints[f.name])) for f in dataclasses.fields(cls)]


def plain_fields(obj: Any) -> dict[str, Any]:
    """Every field of a record dataclass, nested ones as dicts and lists (JSON fields kept)."""
    out: dict[str, Any] = {}
    for name, kind in record_fields(type(obj)):
        value = getattr(obj, name)
        if kind.kind == "many":
            out[name] = [plain_fields(item) for item in value]
        elif kind.kind == "one":
            out[name] = None if value is None else plain_fields(value)
        elif kind.kind == "json":
            out[name] = dict(value) if isinstance(value, Mapping) else value
        else:
            out[name] = value
    return out


def from_plain(cls: type, data: Mapping[str, Any]) -> Any:
    """Inverse of :func:`plain_fields` (JSON fields may arrive as strings)."""
    kwargs: dict[str, Any] = {}
    for name, kind in record_fields(cls):
        if name not in data:
            continue
        value = data[name]
        if kind.kind == "many":
            kwargs[name] = tuple(from_plain(kind.type, item) for item in value or ())
        elif kind.kind == "one":
            kwargs[name] = None if not value else from_plain(kind.type, value)
        elif kind.kind == "json":
            if isinstance(value, str):
                value = json.loads(value) if value else None
            kwargs[name] = {} if value is None and name == "meta" else value
        else:
            kwargs[name] = value
    return cls(**kwargs)


def _json_default(value: object) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", errors="replace")
    return str(value)


def to_json(obj: object) -> str:
    """Compact JSON (UTF-8 kept); dates, decimals and other values in ``meta`` as strings.

    Unpaired surrogates (in an id, a text or ``meta``) become U+FFFD: the line is valid UTF-8.
    """
    return replace_surrogates(json.dumps(obj, ensure_ascii=False, default=_json_default))
