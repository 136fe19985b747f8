"""Find date expressions in a text and resolve them (for `pmk_extract.dates.find_dates`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import regex

from pmk_extract.errors import InputError

from .lexicon import lexicon
from .matching import Anchor, candidates, time_matches
from .resolve import resolve
from .types import DateMatch


@dataclass(frozen=True, slots=True)
class _Time:
    start: int
    end: int
    time: str
    utc_offset: str | None
    part_of_day: str | None


def check_published(published: object) -> dt.date | None:
    """``published`` as a date (None stays None); :class:`InputError` for other types."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise InputError("published", published, "expected a datetime.date or None")


def _times(text: str, found: list[Anchor]) -> list[_Time]:
    lex = lexicon()
    out = []
    for match in time_matches(text, found):
        hour = match.group("h") or match.group("h2")
        minute = match.group("mi") or match.group("mi2") or "00"
        zone = match.group("tz")
        pod = match.group("pod")
        out.append(
            _Time(
                match.start(),
                match.end(),
                f"{int(hour):02d}:{minute}",
                lex.timezones.get(zone) if zone else None,
                lex.parts_of_day.get(" ".join(pod.lower().split())) if pod else None,
            )
        )
    return out


_GAP_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:sekitar|mulai|pada|hingga|sampai)[ \t]+)?", regex.I
)
_GAP_BEFORE = regex.compile(r"[ \t]*,?[ \t]*(?:(?:pada|hari)[ \t]+)?", regex.I)


def _attach_times(text: str, matches: list[DateMatch], found: list[Anchor]) -> list[DateMatch]:
    """Attach a clock time written right after (else right before) a date to it."""
    if not matches:
        return matches
    times = _times(text, found)
    if not times:
        return matches
    chosen: dict[int, _Time] = {}
    used: set[int] = set()
    for i, date in enumerate(matches):
        for j, clock in enumerate(times):
            if clock.start >= date.end and _GAP_AFTER.fullmatch(text, date.end, clock.start):
                chosen[i] = clock
                used.add(j)
                break
    for i, date in enumerate(matches):
        if i in chosen:
            continue
        for j, clock in enumerate(times):
            if j in used or clock.end > date.start:
                continue
            if _GAP_BEFORE.fullmatch(text, clock.end, date.start):
                chosen[i] = clock
                used.add(j)
    out = []
    for i, date in enumerate(matches):
        attached = chosen.get(i)
        if attached is not None:
            date = replace(
                date,
                time=attached.time,
                utc_offset=attached.utc_offset,
                part_of_day=date.part_of_day or attached.part_of_day,
            )
        out.append(date)
    return out


def dates_from_anchors(text: str, base: dt.date | None, found: list[Anchor]) -> list[DateMatch]:
    """The resolved date expressions of ``text`` whose :func:`~.grammar.anchors` are ``found``.

    Internal (no argument checks): the public, checked entry point is
    :func:`pmk_extract.dates.find_dates`.
    """
    matches = []
    for cand in candidates(text, found):
        surface = text[cand.start : cand.end]
        res = resolve(surface, cand, base)
        matches.append(
            DateMatch(
                start=cand.start,
                end=cand.end,
                text=surface,
                value=res.value,
                granularity=res.granularity,
                weekday_mismatch=res.weekday_mismatch,
                part_of_day=res.part_of_day,
                rule=cand.rule,
                note=res.note,
            )
        )
    return _attach_times(text, matches, found)
