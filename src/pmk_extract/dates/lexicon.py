"""Load the date word lists from ``models/lexicons/dates/`` once.

Every word list of the date grammar lives in a data file; this module only
reads them into lookup tables and keeps no words of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pmk_extract.errors import DataFileError
from pmk_extract.resources import model_path, read_lines, read_tsv

_DIR = "lexicons/dates/"


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """All word lists of the date grammar, keyed by lowercase surface form.

    Attributes:
        months: month surface -> month number (full names and abbreviations).
        month_abbrs: the month surfaces that need a day or year next to them.
        weekdays: weekday surface -> ISO weekday (1 = Monday).
        relative_days: phrase -> (day offset, part of day or None).
        parts_of_day: part-of-day surface -> canonical part of day.
        directions: word -> -1 (past), 0 (current), 1 (future).
        modifiers: modifier word -> "begin" | "mid" | "end".
        period_units: unit noun -> "day" | "week" | "month" | "year".
        numbers: number word -> value.
        se_periods: one-word "one <unit>" form -> unit.
        ago_words: word after "<n> <unit>" -> -1 (ago) or 1 (from now).
        vague: vague phrases (value always null).
        recurring: words making a following date recurring (value null).
        range_connectors: connectors between range ends.
        timezones: zone abbreviation (as written) -> UTC offset.
        time_cues: words introducing a clock time.
        hijri_months: Hijri month surface -> month number.
        hijri_era: era markers after a Hijri year (case-sensitive).
        year_before: words before a number that make it an identifier or amount.
        year_after: words after a 4-digit number that make it a quantity.
        blockers: phrases that are never dates.
        month_cues: word licensing a bare month after it -> tense hint (-1, 0, 1).
        frequency_words: words making a following period word a frequency.
        year_parts: part-of-year noun ("kuartal", "semester") -> months in one part.
        bare_year_parts: the parts that are a date without a year too ("triwulan III").
        ordinals: ordinal after a part of the year ("III", "kedua") -> value.
        future_markers: words that put a sentence in the future ("akan", "rencananya").
    """

    months: dict[str, int]
    month_abbrs: frozenset[str]
    weekdays: dict[str, int]
    relative_days: dict[str, tuple[int, str | None]]
    parts_of_day: dict[str, str]
    directions: dict[str, int]
    modifiers: dict[str, str]
    period_units: dict[str, str]
    numbers: dict[str, int]
    se_periods: dict[str, str]
    ago_words: dict[str, int]
    vague: frozenset[str]
    recurring: frozenset[str]
    range_connectors: tuple[str, ...]
    timezones: dict[str, str]
    time_cues: tuple[str, ...]
    hijri_months: dict[str, int]
    hijri_era: tuple[str, ...]
    year_before: frozenset[str]
    year_after: frozenset[str]
    blockers: tuple[str, ...]
    month_cues: dict[str, int]
    frequency_words: tuple[str, ...]
    year_parts: dict[str, int]
    bare_year_parts: frozenset[str]
    ordinals: dict[str, int]
    future_markers: frozenset[str]


def _int_table(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, raw in read_tsv(_DIR + name, 2):
        try:
            out[key.lower()] = int(raw)
        except ValueError as exc:
            raise DataFileError(
                str(model_path(_DIR + name)), None, f"{raw!r} is not an integer"
            ) from exc
    return out


def _str_table(name: str) -> dict[str, str]:
    return {key.lower(): value for key, value in read_tsv(_DIR + name, 2)}


def _lower_lines(name: str) -> list[str]:
    return [line.lower() for line in read_lines(_DIR + name)]


@cache
def lexicon() -> DateLexicon:
    """Return the date lexicon, reading the data files on first use."""
    months: dict[str, int] = {}
    abbrs: set[str] = set()
    for surface, number, kind in read_tsv(_DIR + "months.tsv", 3):
        months[surface.lower()] = int(number)
        if kind == "abbr":
            abbrs.add(surface.lower())
    relative_days: dict[str, tuple[int, str | None]] = {}
    for phrase, offset, part in read_tsv(_DIR + "relative_days.tsv", 3):
        relative_days[phrase.lower()] = (int(offset), None if part == "-" else part)
    year_parts = read_tsv(_DIR + "year_parts.tsv", 3)
    return DateLexicon(
        months=months,
        month_abbrs=frozenset(abbrs),
        weekdays=_int_table("weekdays.tsv"),
        relative_days=relative_days,
        parts_of_day=_str_table("parts_of_day.tsv"),
        directions=_int_table("directions.tsv"),
        modifiers=_str_table("modifiers.tsv"),
        period_units=_str_table("period_units.tsv"),
        numbers=_int_table("numbers.tsv"),
        se_periods=_str_table("se_periods.tsv"),
        ago_words=_int_table("ago_words.tsv"),
        vague=frozenset(_lower_lines("vague.txt")),
        recurring=frozenset(_lower_lines("recurring.txt")),
        range_connectors=tuple(_lower_lines("range_connectors.txt")),
        timezones={key: value for key, value in read_tsv(_DIR + "timezones.tsv", 2)},
        time_cues=tuple(_lower_lines("time_cues.txt")),
        hijri_months=_int_table("hijri_months.tsv"),
        hijri_era=tuple(read_lines(_DIR + "hijri_era.txt")),
        year_before=frozenset(_lower_lines("year_context_before.txt")),
        year_after=frozenset(_lower_lines("year_context_after.txt")),
        blockers=tuple(_lower_lines("blockers.txt")),
        month_cues=_int_table("month_cues.tsv"),
        frequency_words=tuple(_lower_lines("frequency_words.txt")),
        year_parts={k.lower(): int(n) for k, n, _ in year_parts},
        bare_year_parts=frozenset(k.lower() for k, _, bare in year_parts if bare == "yes"),
        ordinals=_int_table("ordinals.tsv"),
        future_markers=frozenset(_lower_lines("future_markers.txt")),
    )
