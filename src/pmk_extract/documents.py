"""Documents: the input of the pipeline (text, id, published date, pass-through metadata).

At the bottom of the batch layer: readers (:mod:`pmk_extract.io`) make them, the
:class:`~pmk_extract.extractor.Extractor` and the runners consume them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

__all__ = ["Document", "coerce_published", "make_document", "positive_int"]


def coerce_published(value: object, argument: str = "published") -> dt.date | None:
    """Turn an ISO string, ``date`` or ``datetime`` into a ``date``; None stays None.

    Raises:
        InputError: for any other value, naming the argument and the value.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
        raise InputError(argument, value, "expected an ISO date 'YYYY-MM-DD'")
    raise InputError(argument, value, "expected an ISO date string, datetime.date or None")


@dataclass(frozen=True, slots=True)
class Document:
    """One input: its text, id, published date and pass-through metadata."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


def make_document(text: object, published: object = None, id: object = None) -> Document:
    """Validate the arguments of ``extract`` and bundle them.

    Raises:
        InputError: ``text`` is not a string, or ``published``/``id`` is malformed.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise InputError("text", text, "expected a str" + hint)
    if id is not None and (not isinstance(id, str | int) or isinstance(id, bool)):
        raise InputError("id", id, "expected a str, an int or None")
    return Document(
        text=text, id=None if id is None else str(id), published=coerce_published(published)
    )


def positive_int(argument: str, value: object, allowed: tuple[int, ...] = ()) -> int:
    """``value`` if it is an int >= 1 (or one of ``allowed``), else :class:`InputError`.

    The one rule for counts (``batch_size``, ``n_process``, ...) in the API and the CLI.
    """
    if isinstance(value, int) and not isinstance(value, bool) and (value >= 1 or value in allowed):
        return value
    extra = "".join(f" or {a}" for a in allowed)
    raise InputError(argument, value, f"expected an int >= 1{extra}")
