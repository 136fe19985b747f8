"""The batch summary: counts gathered one record at a time, and chart geometry for SVG.

:class:`SummaryBuilder` keeps only counters and a bounded number of rows, so a summary
of millions of records fits in memory. Charts are computed here as plain numbers
(positions, sizes); the templates turn them into SVG.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field

from ..records import EVENT_TYPES, LABELS, Record

MAX_LISTED = 500  # documents listed (with errors / in the table) before "and N more"
TOP = 15  # organisations and officials shown


@dataclass(frozen=True, slots=True)
class DocRow:
    """One line of the documents table: id, counts and where it is on the documents page."""

    id: str
    published: str | None
    entities: int
    events: int
    quotes: int
    errors: tuple[str, ...]
    anchor: str | None


@dataclass(frozen=True, slots=True)
class Ranked:
    """A name with its mention and document counts (and the most frequent role)."""

    name: str
    mentions: int
    documents: int
    detail: str | None = None


_COARSE = {"day": 0, "month": 1, "year": 2}


def parse_when(value: str | None) -> tuple[dt.date, dt.date, str, bool] | None:
    """First day, last day, precision (``day``/``month``/``year``) and is-a-range of a value.

    ``None`` when there is no value or it is not ISO (honest nulls are skipped, not guessed).
    """
    if not value:
        return None
    first, _, last = value.partition("/")
    a, b = _bounds(first), _bounds(last or first)
    if a is None or b is None:
        return None
    precision = max(a[2], b[2], key=_COARSE.__getitem__)
    return a[0], b[1], precision, bool(last) and first != last


def _bounds(text: str) -> tuple[dt.date, dt.date, str] | None:
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return day, day, "day"
        if len(text) == 7:
            start = dt.date(int(text[:4]), int(text[5:7]), 1)
            nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return start, nxt - dt.timedelta(days=1), "month"
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError:
        return None
    return None


@dataclass
class SummaryBuilder:
    """Accumulates the summary of a batch, one record at a time."""

    documents: int = 0
    with_errors: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    event_types: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    events: int = 0
    undated_events: int = 0
    # (type, ISO value) -> count, and the first few document ids behind it
    when: Counter[tuple[str, str]] = field(default_factory=Counter)
    when_docs: dict[tuple[str, str], list[tuple[str, str | None]]] = field(default_factory=dict)
    orgs: Counter[str] = field(default_factory=Counter)
    org_docs: Counter[str] = field(default_factory=Counter)
    people: Counter[str] = field(default_factory=Counter)
    people_docs: Counter[str] = field(default_factory=Counter)
    roles: dict[str, Counter[str]] = field(default_factory=dict)
    rows: list[DocRow] = field(default_factory=list)
    error_rows: list[DocRow] = field(default_factory=list)

    def add(self, record: Record, anchor: str | None = None) -> None:
        """Count one record; ``anchor`` is its section id on the documents page, if shown."""
        self.documents += 1
        doc_id = record.id if record.id is not None else f"#{self.documents}"
        row = DocRow(
            id=doc_id,
            published=record.published,
            entities=len(record.entities),
            events=len(record.events),
            quotes=len(record.quotes),
            errors=tuple(f"{e.stage}: {e.message}" for e in record.errors),
            anchor=anchor,
        )
        if len(self.rows) < MAX_LISTED:
            self.rows.append(row)
        if record.errors:
            self.with_errors += 1
            if len(self.error_rows) < MAX_LISTED:
                self.error_rows.append(row)
        self.quotes += len(record.quotes)
        orgs: set[str] = set()
        people: set[str] = set()
        for entity in record.entities:
            self.labels[entity.label] += 1
            if entity.label == "ORG":
                self.orgs[entity.canonical] += 1
                orgs.add(entity.canonical)
            elif entity.label == "PERSON":
                self.people[entity.canonical] += 1
                people.add(entity.canonical)
                if entity.role:
                    self.roles.setdefault(entity.canonical, Counter())[entity.role] += 1
        self.org_docs.update(orgs)
        self.people_docs.update(people)
        for event in record.events:
            self.events += 1
            self.event_types[event.type] += 1
            if parse_when(event.date) is None:
                self.undated_events += 1
                continue
            key = (event.type, str(event.date))
            self.when[key] += 1
            docs = self.when_docs.setdefault(key, [])
            if len(docs) < 5 and (doc_id, anchor) not in docs:
                docs.append((doc_id, anchor))

    def top_orgs(self, n: int = TOP) -> list[Ranked]:
        """The ``n`` organisations mentioned most (ties by name)."""
        ranked = sorted(self.orgs.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [Ranked(name, count, self.org_docs[name]) for name, count in ranked]

    def top_people(self, n: int = TOP) -> list[Ranked]:
        """The ``n`` people mentioned most, each with the role given most often."""
        ranked = sorted(self.people.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        out = []
        for name, count in ranked:
            roles = self.roles.get(name)
            role = roles.most_common(1)[0][0] if roles else None
            out.append(Ranked(name, count, self.people_docs[name], role))
        return out

    def label_rows(self) -> list[tuple[str, int]]:
        """Entity counts per label, known labels first."""
        known = [(label, self.labels[label]) for label in LABELS]
        other = sorted((k, v) for k, v in self.labels.items() if k not in LABELS)
        return known + other


# --- charts -------------------------------------------------------------------------

CHART_WIDTH = 760
LABEL_WIDTH = 120
LANE = 30
TOP_MARGIN = 12
AXIS = 34


@dataclass(frozen=True, slots=True)
class Bar:
    """One horizontal bar: label, value and geometry (in SVG user units)."""

    label: str
    value: int
    y: float
    width: float


@dataclass(frozen=True, slots=True)
class BarChart:
    """A horizontal bar chart: one lane per label."""

    bars: list[Bar]
    width: int
    height: int
    label_width: int
    lane: int


BAR_CHART_WIDTH = 440


def bar_chart(counts: Counter[str], order: tuple[str, ...] = EVENT_TYPES) -> BarChart:
    """Bars for the non-zero ``counts``, in ``order`` then by name for unknown keys."""
    keys = [k for k in order if counts[k]] + sorted(k for k in counts if k not in order)
    biggest = max((counts[k] for k in keys), default=1)
    span = BAR_CHART_WIDTH - LABEL_WIDTH - 40
    bars = [
        Bar(k, counts[k], TOP_MARGIN + i * LANE, max(2.0, span * counts[k] / biggest))
        for i, k in enumerate(keys)
    ]
    return BarChart(bars, BAR_CHART_WIDTH, TOP_MARGIN * 2 + LANE * len(keys), LABEL_WIDTH, LANE)


@dataclass(frozen=True, slots=True)
class Mark:
    """An event (or several on the same day) on the timeline."""

    type: str
    value: str
    count: int
    x: float
    x_end: float
    y: float
    r: float
    precision: str
    is_range: bool
    docs: list[tuple[str, str | None]]


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: x position and label."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """Events by resolved date: one lane per event type, time on the x axis."""

    lanes: list[tuple[str, float]]
    marks: list[Mark]
    ticks: list[Tick]
    width: int
    height: int
    label_width: int
    lane: int
    axis_y: float
    first: dt.date
    last: dt.date


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    days = (last - first).days
    out: list[tuple[dt.date, str]] = []
    if days <= 45:
        step = max(1, math.ceil(days / 8))
        day = first
        while day <= last:
            out.append((day, f"{day.day} {_MONTHS[day.month - 1]}"))
            day += dt.timedelta(days=step)
    elif days <= 3 * 366:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = max(1, math.ceil(months / 8))
        year, month = first.year, first.month
        if first.day != 1:
            year, month = year + month // 12, month % 12 + 1
        while dt.date(year, month, 1) <= last:
            out.append((dt.date(year, month, 1), f"{_MONTHS[month - 1]} {year}"))
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    else:
        step = max(1, math.ceil((last.year - first.year + 1) / 8))
        for year in range(first.year + (first.month > 1 or first.day > 1), last.year + 1, step):
            out.append((dt.date(year, 1, 1), str(year)))
    return out


def timeline(summary: SummaryBuilder) -> Timeline | None:
    """Lay out the dated events of ``summary``; ``None`` when no event has a date."""
    parsed = [(key, count, parse_when(key[1])) for key, count in summary.when.items()]
    items = [(key, count, when) for key, count, when in parsed if when is not None]
    if not items:
        return None
    first = min(when[0] for _, _, when in items)
    last = max(when[1] for _, _, when in items)
    # a little room on both sides so marks at the ends are not cut
    pad = dt.timedelta(days=max(1, (last - first).days // 30))
    first, last = first - pad, last + pad
    span = max(1, (last - first).days)
    plot = CHART_WIDTH - LABEL_WIDTH - 20

    def x_of(day: dt.date) -> float:
        return LABEL_WIDTH + 10 + plot * (day - first).days / span

    types = [t for t in EVENT_TYPES if any(k[0] == t for k, _, _ in items)]
    types += sorted({k[0] for k, _, _ in items} - set(types))
    lane_y = {t: TOP_MARGIN + LANE * i + LANE / 2 for i, t in enumerate(types)}
    marks = []
    for (etype, value), count, (start, end, precision, is_range) in sorted(
        items, key=lambda i: (i[2], i[0])
    ):
        point_end = end if is_range else start
        marks.append(
            Mark(
                type=etype,
                value=value,
                count=count,
                x=x_of(start),
                x_end=x_of(point_end),
                y=lane_y[etype],
                r=min(12.0, 5.0 + 2.0 * math.sqrt(count - 1)),
                precision=precision,
                is_range=is_range,
                docs=summary.when_docs.get((etype, value), []),
            )
        )
    axis_y = TOP_MARGIN + LANE * len(types) + 4
    ticks = [Tick(x_of(day), label) for day, label in _ticks(first, last)]
    return Timeline(
        lanes=[(t, lane_y[t]) for t in types],
        marks=marks,
        ticks=ticks,
        width=CHART_WIDTH,
        height=int(axis_y + AXIS),
        label_width=LABEL_WIDTH,
        lane=LANE,
        axis_y=axis_y,
        first=first,
        last=last,
    )
