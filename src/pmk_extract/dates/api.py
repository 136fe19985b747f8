"""The public, checked entry points of :mod:`pmk_extract.dates`.

They live apart from the modules that do the work because those are compiled with
mypyc in wheels (``hatch_build.py``), and compiled code checks annotated argument
types itself, raising TypeError where these functions promise :class:`InputError`.
"""

from __future__ import annotations

import datetime as dt

from pmk_extract.errors import InputError

from .dateline import dateline_in
from .finder import check_published, dates_from_anchors
from .matching import anchors
from .types import Dateline, DateMatch


def find_dates(text: str, published: dt.date | None = None) -> list[DateMatch]:
    """Find and resolve every date expression of ``text``.

    Args:
        text: an Indonesian text.
        published: the release date that relative and year-less dates resolve
            against; without it those get ``value=None`` (never today's date).

    Returns:
        Non-overlapping matches sorted by start offset, with offsets into ``text``.

    Raises:
        InputError: ``text`` is not a str or ``published`` is not a date.
    """
    if not isinstance(text, str):
        raise InputError("text", text, "expected a str")
    return dates_from_anchors(text, check_published(published), anchors(text))


def find_dateline(text: str, published: dt.date | None = None) -> Dateline | None:
    """Find the dateline ("JAKARTA –", "Jakarta, 9 Maret 2022 –", "KEMENKO PMK –").

    Only the first lines of the first few paragraphs are examined; the first line
    that opens with a place (or organisation), maybe beside a news site or agency,
    followed by a dash, or by a comma or brackets and a date, wins.

    Args:
        text: the release text (headline, blank line, body).
        published: the release date used to resolve the dateline's date.

    Returns:
        The dateline, or None when the text has none.

    Raises:
        InputError: ``text`` is not a str or ``published`` is not a date.
    """
    if not isinstance(text, str):
        raise InputError("text", text, "expected a str")
    return dateline_in(text, published, None)
