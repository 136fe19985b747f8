"""What one document's view shows: its text cut into nested pieces, events, quotes, checks.

The text is split at every boundary of every highlighted layer (evidence sentences,
quotes, entities, event triggers); each piece says which layers open or close before
it, so the template can emit properly nested tags. Where two spans cross, one of them is
closed and reopened around the other: a quote or an evidence sentence is split, an
entity or a trigger stays whole (it carries the label tag and the hover card).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..records import Entity, Event, Quote, Record

# layer kinds, outermost first
SENTENCE, QUOTE, ENTITY, TRIGGER = "sentence", "quote", "entity", "trigger"
_PRIORITY = {SENTENCE: 0, QUOTE: 1, ENTITY: 2, TRIGGER: 3}

# a sentence ends at . ! ? (optionally followed by a closing quote or bracket) + whitespace,
# or at a line break; "Rp1.000" and "8/3." inside a token do not end one
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)|\n")


@dataclass(frozen=True, slots=True)
class Layer:
    """A highlighted character range of one kind; ``index`` points into the document's list."""

    kind: str
    start: int
    end: int
    index: int

    @property
    def key(self) -> tuple[int, int, int, int]:
        """Sort key for nesting: outer kinds first, then earlier and longer spans."""
        return (_PRIORITY[self.kind], self.start, -self.end, self.index)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text; ``close`` layers end before it and ``open`` layers start before it.

    ``first`` holds the layers opening at their real start (they carry the element id);
    ``last`` holds the closing layers that end at their real end (they carry the tag).
    """

    text: str
    close: tuple[Layer, ...] = ()
    open: tuple[Layer, ...] = ()
    first: frozenset[Layer] = frozenset()
    last: frozenset[Layer] = frozenset()


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event with its evidence sentence (offsets and text)."""

    event: Event
    index: int
    sentence_start: int | None
    sentence_end: int | None
    sentence: str | None
    trigger_ok: bool

    @property
    def evidence(self) -> tuple[str, str, str] | None:
        """The sentence cut around its trigger (before, trigger, after), for bolding."""
        if self.sentence is None or self.sentence_start is None:
            return None
        at = self.event.trigger_start - self.sentence_start
        end = at + len(self.event.trigger)
        if not self.trigger_ok or at < 0 or end > len(self.sentence):
            return self.sentence, "", ""
        return self.sentence[:at], self.sentence[at:end], self.sentence[end:]


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote with its text (None when the offsets do not fit the document)."""

    quote: Quote
    index: int
    text: str | None


@dataclass
class DocumentView:
    """Everything the documents page shows for one record."""

    number: int
    record: Record
    text: str | None
    pieces: list[Piece] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    entities: list[tuple[int, Entity]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        """The element id of the document's section (ids never contain document text)."""
        return f"doc-{self.number}"

    @property
    def label_counts(self) -> dict[str, int]:
        """Entities per label, in first-seen order."""
        counts: dict[str, int] = {}
        for entity in self.record.entities:
            counts[entity.label] = counts.get(entity.label, 0) + 1
        return counts


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """The sentence containing ``offset``: from the previous sentence end to the next one.

    A heuristic for records that carry no ``sentence_start``/``sentence_end``; leading and
    trailing whitespace is trimmed so the highlight hugs the words.
    """
    offset = max(0, min(offset, len(text)))
    start = 0
    for before in _SENTENCE_END.finditer(text, 0, offset):
        start = before.end()
    after = _SENTENCE_END.search(text, offset)
    end = len(text) if after is None else after.end()
    if after is not None and after.group() == "\n":
        end = after.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _outer_first(a: Layer, b: Layer) -> int:
    """Order two layers that cover the same piece: the one that must wrap the other first.

    A layer containing the other wraps it; when the two cross, the inner kind (an entity,
    a trigger) wraps the outer kind, so the outer one is split and the entity stays whole.
    """
    if (a.start, a.end) == (b.start, b.end):
        return -1 if a.key < b.key else 1
    if a.start <= b.start and a.end >= b.end:
        return -1
    if b.start <= a.start and b.end >= a.end:
        return 1
    if _PRIORITY[a.kind] != _PRIORITY[b.kind]:
        return -1 if _PRIORITY[a.kind] > _PRIORITY[b.kind] else 1
    return -1 if a.key < b.key else 1


_OUTER_FIRST = functools.cmp_to_key(_outer_first)


def cut(text: str, layers: Sequence[Layer]) -> list[Piece]:
    """Split ``text`` into pieces with properly nested layer openings and closings."""
    points = {0, len(text)}
    for layer in layers:
        points.update((layer.start, layer.end))
    bounds = sorted(p for p in points if 0 <= p <= len(text))
    pieces: list[Piece] = []
    stack: list[Layer] = []
    for a, b in itertools.pairwise(bounds):
        active = sorted((x for x in layers if x.start <= a and x.end >= b), key=_OUTER_FIRST)
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
            keep += 1
        closing = tuple(reversed(stack[keep:]))
        opening = tuple(active[keep:])
        pieces.append(
            Piece(
                text=text[a:b],
                close=closing,
                open=opening,
                first=frozenset(x for x in opening if x.start == a),
                last=frozenset(x for x in closing if x.end == a),
            )
        )
        stack = active
    closing = tuple(reversed(stack))
    pieces.append(
        Piece(text="", close=closing, last=frozenset(x for x in closing if x.end == len(text)))
    )
    return pieces


def _entity_layers(view: DocumentView, text: str) -> Iterator[Layer]:
    for i, entity in enumerate(view.record.entities):
        if not (0 <= entity.start < entity.end <= len(text)):
            view.problems.append(
                f"entity {entity.text!r} ({entity.label}) has offsets {entity.start}-{entity.end}"
                f" outside the text ({len(text)} characters); not highlighted"
            )
            continue
        if text[entity.start : entity.end] != entity.text:
            view.problems.append(
                f"entity {entity.text!r} ({entity.label}) at {entity.start}-{entity.end} does not"
                f" match the text there ({text[entity.start : entity.end]!r})"
            )
        view.entities.append((i, entity))
        yield Layer(ENTITY, entity.start, entity.end, i)


def _event_layers(view: DocumentView, text: str) -> Iterator[Layer]:
    for i, event in enumerate(view.record.events):
        t_start, t_end = event.trigger_start, event.trigger_start + len(event.trigger)
        trigger_ok = t_start >= 0 and t_end <= len(text) and text[t_start:t_end] == event.trigger
        if not trigger_ok:
            view.problems.append(
                f"event {event.type}: trigger {event.trigger!r} is not at offset {t_start}"
            )
        s_start, s_end = event.sentence_start, event.sentence_end
        if s_start is None or s_end is None or not (0 <= s_start < s_end <= len(text)):
            s_start, s_end = sentence_around(text, t_start) if trigger_ok else (None, None)
        sentence = None if s_start is None or s_end is None else text[s_start:s_end]
        view.events.append(EventRow(event, i, s_start, s_end, sentence, trigger_ok))
        if s_start is not None and s_end is not None:
            yield Layer(SENTENCE, s_start, s_end, i)
        if trigger_ok:
            yield Layer(TRIGGER, t_start, t_end, i)


def _quote_layers(view: DocumentView, text: str) -> Iterator[Layer]:
    for i, quote in enumerate(view.record.quotes):
        ok = 0 <= quote.start < quote.end <= len(text)
        if not ok:
            view.problems.append(f"quote {quote.start}-{quote.end} lies outside the text")
        view.quotes.append(QuoteRow(quote, i, text[quote.start : quote.end] if ok else None))
        if ok:
            yield Layer(QUOTE, quote.start, quote.end, i)


def build_document_view(number: int, record: Record, text: str | None) -> DocumentView:
    """Prepare one record (and its text, when known) for the documents page.

    Spans whose offsets do not fit the text are listed in ``problems`` instead of
    being highlighted, so a record shown against the wrong text is easy to spot.
    """
    view = DocumentView(number=number, record=record, text=text)
    if text is None:
        view.entities = list(enumerate(record.entities))
        view.events = [EventRow(e, i, None, None, None, False) for i, e in enumerate(record.events)]
        view.quotes = [QuoteRow(q, i, None) for i, q in enumerate(record.quotes)]
        return view
    layers = [
        *_entity_layers(view, text),
        *_event_layers(view, text),
        *_quote_layers(view, text),
    ]
    view.pieces = cut(text, layers)
    return view
