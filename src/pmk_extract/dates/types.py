"""The result types of :mod:`pmk_extract.dates`: :class:`DateMatch` and :class:`Dateline`.

Plain (not compiled) dataclasses, so they pickle and behave as documented whichever
way the package was built (``hatch_build.py`` compiles the modules that make them).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression found in a text.

    Attributes:
        start: start offset in the original text.
        end: end offset (exclusive); ``text[start:end] == self.text``.
        text: the surface text of the span.
        value: "YYYY-MM-DD", "YYYY-MM", "YYYY", a range "A/B" of those, or None.
        granularity: "day", "week", "month", "year", "range" or "unknown".
        weekday_mismatch: the written weekday contradicts the written date.
        time: "HH:MM" of a clock time right next to the date (outside the span).
        utc_offset: UTC offset of that time's zone ("+07:00" for WIB).
        part_of_day: "pagi", "siang", "sore", "malam", "petang" or "dini hari".
        rule: name of the grammar rule that matched (for debugging and tests).
        note: why ``value`` is None although the expression was understood (e.g. it
            falls outside years 1-9999 from the published date).
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    weekday_mismatch: bool = False
    time: str | None = None
    utc_offset: str | None = None
    part_of_day: str | None = None
    rule: str = ""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline head of a release, e.g. "Jakarta, 9 Maret 2022 –".

    Attributes:
        start: start offset of the dateline head.
        end: end offset (exclusive), including the dash when there is one.
        place: surface text of the place or organisation ("JAKARTA", "KEMENKO PMK").
        place_start: start offset of ``place``.
        place_end: end offset of ``place``.
        date: the date written in the dateline, if any.
    """

    start: int
    end: int
    place: str | None
    place_start: int | None
    place_end: int | None
    date: DateMatch | None
