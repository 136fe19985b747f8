"""Resolve grammar matches to ISO values against the published date.

Rules (see the package docstring): a day and month without a year take the
year, among the published year and its neighbours, in which the written weekday
matches, nearest to the published date; without a weekday, the nearest
candidate. A weekday contradicting a full date keeps the written date and sets
``weekday_mismatch``. Without a published date, relative and year-less forms get
no value. ``dateparser`` is only a last resort on the short span.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .lexicon import lexicon
from .matching import Candidate, year_part_number

_ONE_DAY = dt.timedelta(days=1)
# A weekday picks a year other than the nearest only within this many days of publication.
_WEEKDAY_WINDOW = 200
# A cue word's tense hint ("sejak", "hingga") applies only within these many months.
_MONTH_WINDOW = 9


@dataclass(frozen=True, slots=True)
class Resolution:
    """The value of one date expression.

    Attributes:
        value: ISO value ("YYYY-MM-DD", "YYYY-MM", "YYYY", "A/B") or None.
        granularity: "day", "week", "month", "year", "range" or "unknown".
        weekday_mismatch: the written weekday contradicts the written date.
        part_of_day: canonical part of day written in the expression.
        note: why ``value`` is None although the expression was understood.
    """

    value: str | None
    granularity: str
    weekday_mismatch: bool = False
    part_of_day: str | None = None
    note: str | None = None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_str(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _full_year(raw: str) -> int:
    return int(raw) if len(raw) == 4 else 2000 + int(raw)


def _part_of_day(groups: dict[str, str]) -> str | None:
    pod = groups.get("pod")
    if pod is None:
        return None
    return lexicon().parts_of_day.get(" ".join(pod.split()))


def _weekday(groups: dict[str, str], key: str = "wd") -> int | None:
    raw = groups.get(key)
    return lexicon().weekdays.get(raw) if raw is not None else None


def _month_number(raw: str) -> int:
    return lexicon().months[raw.rstrip(".")]


def _direction(groups: dict[str, str], key: str = "dir") -> int | None:
    raw = groups.get(key)
    return lexicon().directions.get(" ".join(raw.split())) if raw is not None else None


def _hint(groups: dict[str, str]) -> int:
    """Tense hint of the cue word before the span ("sejak" past, "hingga" future)."""
    cue = groups.get("cue")
    return lexicon().month_cues.get(cue, 0) if cue is not None else 0


def _nearest_year(
    day: int, month: int, weekday: int | None, published: dt.date, hint: int = 0
) -> tuple[dt.date | None, bool]:
    """Pick the year of a day and month; return (date, weekday_mismatch).

    The year whose date falls on the written weekday wins when it lies within
    ``_WEEKDAY_WINDOW`` days of ``published``; otherwise the nearest date is kept
    and a written weekday is flagged as contradicting it.
    """
    options = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _date(y, month, day)) is not None
    ]
    if hint:
        hinted = [d for d in options if 0 <= (d - published).days * hint <= _WEEKDAY_WINDOW]
        options = hinted or options
    if not options:
        return None, False
    if weekday is not None:
        matching = [
            d
            for d in options
            if d.isoweekday() == weekday and abs((d - published).days) <= _WEEKDAY_WINDOW
        ]
        if matching:
            return min(matching, key=lambda d: abs((d - published).days)), False
    best = min(options, key=lambda d: (abs((d - published).days), d < published))
    return best, weekday is not None and best.isoweekday() != weekday


def _nearest_month(
    month: int, direction: int | None, published: dt.date, hint: int = 0
) -> tuple[int, int]:
    here = (published.year, published.month)
    if direction == 0:
        return published.year, month
    options = [(y, month) for y in (published.year - 1, published.year, published.year + 1)]
    if direction == 1:
        return min(o for o in options if o > here)
    if direction == -1:
        return max(o for o in options if o < here)

    def offset(option: tuple[int, int]) -> int:
        return (option[0] - here[0]) * 12 + option[1] - here[1]

    if hint:
        hinted = [o for o in options if 0 <= offset(o) * hint <= _MONTH_WINDOW]
        options = hinted or options
    return min(options, key=lambda o: (abs(offset(o)), o[0] != here[0]))


def _week_monday(published: dt.date, weeks: int) -> dt.date:
    return published - dt.timedelta(days=published.isoweekday() - 1) + dt.timedelta(weeks=weeks)


def _day_value(day: dt.date | None, mismatch: bool = False, pod: str | None = None) -> Resolution:
    if day is None:
        return Resolution(None, "day", mismatch, pod)
    return Resolution(day.isoformat(), "day", mismatch, pod)


def _resolve_day_month(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """Day-month forms: "5 Februari 2024", "Selasa (8/3)", "14-16 Juni", "05/02/2024"."""
    pod = _part_of_day(groups)
    weekday = _weekday(groups)
    month1 = int(groups["m1"]) if groups["m1"].isdigit() else _month_number(groups["m1"])
    day1 = int(groups["d1"])
    year_raw = groups.get("y")
    direction = _direction(groups)
    start: dt.date | None
    mismatch = False
    if year_raw is not None:
        start = _date(_full_year(year_raw), month1, day1)
        mismatch = start is not None and weekday is not None and start.isoweekday() != weekday
    elif published is None:
        start = None
    elif direction in (1, -1):
        options = [_date(y, month1, day1) for y in range(published.year - 1, published.year + 2)]
        valid = [d for d in options if d is not None]
        if direction == 1:
            start = min((d for d in valid if d >= published), default=None)
        else:
            start = max((d for d in valid if d <= published), default=None)
    else:
        start, mismatch = _nearest_year(day1, month1, weekday, published, _hint(groups))
    end: dt.date | None = None
    is_range = "d2" in groups or "d3" in groups
    if is_range and start is not None:
        if "d3" in groups:
            end_month = _month_number(groups["m2"])
            end = _date(start.year, end_month, int(groups["d3"]))
            if end is not None and end < start:
                end = _date(start.year + 1, end_month, int(groups["d3"]))
        else:
            end = _date(start.year, month1, int(groups["d2"]))
        if end is None or end <= start:
            return Resolution(None, "range", mismatch, pod)
        return Resolution(f"{start.isoformat()}/{end.isoformat()}", "range", mismatch, pod)
    if is_range:
        return Resolution(None, "range", mismatch, pod)
    return _day_value(start, mismatch, pod)


def _resolve_month(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """Month forms: "Mei 2022", "awal Maret", "Juli mendatang", "Januari-Maret 2023"."""
    month1 = _month_number(groups["m1"])
    month2 = _month_number(groups["m2"]) if "m2" in groups else None
    year: int | None
    if "y" in groups:
        year = int(groups["y"])
    elif published is None:
        year = None
    else:
        year, month1 = _nearest_month(month1, _direction(groups), published, _hint(groups))
    granularity = "range" if month2 is not None else "month"
    if year is None:
        return Resolution(None, granularity)
    if month2 is None:
        return Resolution(_month_str(year, month1), "month")
    end_year = year if month2 > month1 else year + 1
    return Resolution(f"{_month_str(year, month1)}/{_month_str(end_year, month2)}", "range")


def _resolve_year(groups: dict[str, str]) -> Resolution:
    if "y2" in groups:
        return Resolution(f"{groups['y']}/{groups['y2']}", "range")
    return Resolution(groups["y"], "year")


def _resolve_relative_day(groups: dict[str, str], published: dt.date | None) -> Resolution:
    offset, pod = lexicon().relative_days[" ".join(groups["rel"].split())]
    pod = _part_of_day(groups) or pod
    if published is None:
        return Resolution(None, "day", part_of_day=pod)
    return _day_value(published + dt.timedelta(days=offset), pod=pod)


def _resolve_weekday(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """A weekday without a date: "Kamis pagi", "Senin lalu", "Rabu pekan depan"."""
    pod = _part_of_day(groups)
    weekday = _weekday(groups)
    if published is None or weekday is None:
        return Resolution(None, "day", part_of_day=pod)
    week_dir = _direction(groups, "dir2")
    if week_dir is not None:
        monday = _week_monday(published, week_dir)
        return _day_value(monday + dt.timedelta(days=weekday - 1), pod=pod)
    direction = _direction(groups)
    if direction in (1, -1):
        step = dt.timedelta(days=direction or 1)
        day = published + step
        while day.isoweekday() != weekday:
            day += step
        return _day_value(day, pod=pod)
    if direction == 0:  # "Kamis ini": the day of this week
        return _day_value(_week_monday(published, 0) + dt.timedelta(days=weekday - 1), pod=pod)
    # a bare weekday: news reports what happened, so the most recent such day on or before
    # publication; in a sentence put in the future ("akan dilantik Senin") the next one
    step = _ONE_DAY if groups.get("tense") == "future" else -_ONE_DAY
    day = published
    while day.isoweekday() != weekday:
        day += step
    return _day_value(day, pod=pod)


def _resolve_year_part(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """A part of a year: "kuartal I 2024", "semester kedua tahun lalu", "triwulan III".

    Without a year, the year whose part lies nearest to publication (a future sentence:
    the nearest that has not ended before it).
    """
    size = lexicon().year_parts[" ".join(groups["part"].split())]
    number = year_part_number(groups)
    first, last = (number - 1) * size + 1, number * size
    direction = _direction(groups)
    year: int | None
    if "y" in groups:
        year = int(groups["y"])
    elif published is None:
        year = None
    elif direction is not None:
        year = published.year + direction
    else:
        here = published.year * 12 + published.month - 1

        def distance(y: int) -> int:
            lo, hi = y * 12 + first - 1, y * 12 + last - 1
            return max(lo - here, here - hi, 0)

        options = [published.year - 1, published.year, published.year + 1]
        if groups.get("tense") == "future":
            options = [y for y in options if y * 12 + last - 1 >= here]
        year = min(options, key=lambda y: (distance(y), y != published.year))
    if year is None:
        return Resolution(None, "range")
    return Resolution(f"{_month_str(year, first)}/{_month_str(year, last)}", "range")


def _resolve_week(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """ "pekan ini/lalu/depan", "akhir pekan lalu" (the weekend), "minggu depan"."""
    part = lexicon().modifiers.get(groups.get("mod", ""))
    weekend = part == "end"
    granularity = "range" if weekend else "week"
    if published is None:
        return Resolution(None, granularity)
    monday = _week_monday(published, _direction(groups) or 0)
    first, last = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
    if not weekend:
        first, last = monday, monday + dt.timedelta(days=6)
    return Resolution(f"{first.isoformat()}/{last.isoformat()}", granularity)


def _resolve_period(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """ "bulan ini/lalu/depan", "tahun ini/lalu/depan", "akhir tahun", "awal bulan depan"."""
    direction = _direction(groups) or 0
    if groups["unit"] == "tahun":
        if published is None:
            return Resolution(None, "year")
        return Resolution(f"{published.year + direction:04d}", "year")
    if published is None:
        return Resolution(None, "month")
    return Resolution(
        _month_str(*_shift_month(published.year, published.month, direction)), "month"
    )


def _number(raw: str) -> int | None:
    numbers = lexicon().numbers
    words = raw.split()
    if raw.isdigit():
        return int(raw)
    if len(words) == 1:
        return numbers.get(words[0])
    head = numbers.get(words[0])
    if head is None:
        return None
    tail = numbers.get(words[2], 0) if len(words) == 3 else 0
    if words[1] == "belas":
        return 10 + head if len(words) == 2 else None
    if words[1] == "puluh":
        return head * 10 + tail
    return None


def _resolve_n_ago(text: str, groups: dict[str, str], published: dt.date | None) -> Resolution:
    """ "tiga hari lalu", "dua tahun lalu", "sepekan lagi"; "beberapa" has no value."""
    lex = lexicon()
    if "se" in groups:
        unit, count = lex.se_periods[groups["se"]], 1
    else:
        unit = lex.period_units[groups["unit"]]
        raw = " ".join(groups["n"].split())
        if raw == "beberapa":
            return Resolution(None, "unknown")
        number = _number(raw)
        if number is None:
            return _fallback(text, published)
        count = number
    sign = lex.ago_words[" ".join(groups["ago"].split())]
    granularity = "day" if unit in ("day", "week") else unit
    if published is None:
        return Resolution(None, granularity)
    if unit == "day":
        return _day_value(published + dt.timedelta(days=sign * count))
    if unit == "week":
        return _day_value(published + dt.timedelta(weeks=sign * count))
    if unit == "month":
        return Resolution(
            _month_str(*_shift_month(published.year, published.month, sign * count)), unit
        )
    return Resolution(f"{published.year + sign * count:04d}", "year")


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Convert a Hijri date with the arithmetical (tabular) calendar."""
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + 227014
    return dt.date.fromordinal(days)


def _resolve_hijri(groups: dict[str, str], published: dt.date | None) -> Resolution:
    """ "1 Syawal 1444 H" -> Gregorian day (tabular calendar, may differ by a day from rukyat)."""
    month = lexicon().hijri_months[" ".join(groups["hm"].split())]
    if "y" in groups:
        year = int(groups["y"])
    elif published is None:
        return Resolution(None, "day")
    else:
        approx = round((published.toordinal() - 227014) / 354.367 + 0.5)
        options = [
            (y, _hijri_to_gregorian(y, month, int(groups["d1"])))
            for y in (approx - 1, approx, approx + 1)
        ]
        year = min(options, key=lambda o: abs((o[1] - published).days))[0]
    if "d1" in groups:
        return _day_value(_hijri_to_gregorian(year, month, int(groups["d1"])))
    first = _hijri_to_gregorian(year, month, 1)
    last = _hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1) - _ONE_DAY
    return Resolution(f"{first.isoformat()}/{last.isoformat()}", "range")


@cache
def _dateparser() -> Any:
    import dateparser  # deferred: heavy import, only for the rare fallback

    return dateparser


def _fallback(text: str, published: dt.date | None) -> Resolution:
    """Ask dateparser about a short span the grammar detected but cannot resolve."""
    if published is None:
        return Resolution(None, "unknown")
    base = dt.datetime(published.year, published.month, published.day, 12)
    parsed = _dateparser().parse(
        text, languages=["id"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    if parsed is None:
        return Resolution(None, "unknown")
    return _day_value(parsed.date())


_YEAR = regex.compile(r"(?:^|/)(\d+)")
_ISO = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")


def _in_calendar(value: str) -> bool:
    """True when ``value`` is an ISO date, month or year (or a range of them) whose years
    lie in 1-9999 (a year before 1 would be written "-082", one after 9999 with 5 digits)."""
    return _ISO.fullmatch(value) is not None and "0000" not in _YEAR.findall(value)


def resolve(text: str, cand: Candidate, published: dt.date | None) -> Resolution:
    """Resolve one grammar match.

    A value that would fall outside years 1-9999 (a published date of 0001-01-01 with
    "kemarin", 9999-12-31 with "besok") is None with a ``note``, never an exception.

    Args:
        text: the matched span's surface text.
        cand: the grammar match.
        published: the release date, or None.
    """
    try:
        res = _resolve(text, cand, published)
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
        res = Resolution(None, "unknown")
    else:
        if res.value is None or _in_calendar(res.value):
            return res
    base = published.isoformat() if published is not None else "none"
    note = f"resolves outside years 1-9999 (published {base}); value left null"
    return Resolution(None, res.granularity, res.weekday_mismatch, res.part_of_day, note)


def _resolve(text: str, cand: Candidate, published: dt.date | None) -> Resolution:
    groups = cand.groups
    rule = cand.rule
    if rule in ("day_month", "paren", "paren_bare", "numeric", "iso"):
        return _resolve_day_month(groups, published)
    if rule in ("month", "month_year"):
        return _resolve_month(groups, published)
    if rule == "year":
        return _resolve_year(groups)
    if rule == "period" and "mod" in groups and "dir" not in groups:
        return _resolve_period(groups, published)
    if rule == "relative_day":
        return _resolve_relative_day(groups, published)
    if rule == "weekday":
        return _resolve_weekday(groups, published)
    if rule == "year_part":
        return _resolve_year_part(groups, published)
    if rule == "week":
        return _resolve_week(groups, published)
    if rule == "period":
        return _resolve_period(groups, published)
    if rule == "n_ago":
        return _resolve_n_ago(text, groups, published)
    if rule == "hijri":
        return _resolve_hijri(groups, published)
    # "vague", "recurring": detected on purpose, never resolved.
    return Resolution(None, "unknown")
