"""Dateline accuracy for ``pmk-extract evaluate``: the gold dateline read from gold entities.

Gold files carry entities, not datelines, so the gold dateline is defined on them:

- Among the first 8 lines of the first 4 paragraphs (the window the finder reads), the
  first line that opens with a LOC entity, or with an ORG entity (the outlet) and a comma
  or a dash before a LOC entity ("Liputan6.com, Jakarta -", "jpnn.com - JAKARTA -"), and
  whose LOC is followed on that line only by ORG and DATE entities, brackets, commas and
  spaces up to a dash, a colon, a period or the end of the line ("JAKARTA, KOMPAS.com -",
  "Jakarta (ANTARA) -", "Batam (15/6) –", "Semarang, 12 Maret 2024").
- Its place is that LOC's canonical name; its date the value of the first DATE entity
  between the LOC and that end (none when there is none).

A predicted dateline is right when its place (the canonical of the entity at the place)
and its date equal the gold ones. A predicted dateline with a place on a text without a
gold dateline is counted apart ("extra"), unless its place is a gold ORG there (a release
that opens with its issuing body: "KEMENKO PMK –").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .records import Entity, Record

_MAX_PARAGRAPHS = 4
_MAX_LINES = 8
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
_LINE = re.compile(r"[^\n]+")
_MARKS = {"ORG": "O", "LOC": "L", "DATE": "D"}
# on a line whose entities are written as one letter each (O, L, D, X for others)
_DATELINE = re.compile(
    r"(?:O[ \t]*(?:,|[–—―]|-{1,2})[ \t]*)?L(?P<rest>[ \t,()OD]*?)[ \t]*"
    r"(?:[–—―~]|--|[-:.](?=[ \t]|$)|$)"
)


@dataclass(frozen=True, slots=True)
class GoldDateline:
    """A gold text's dateline: its place (LOC canonical and span) and date value."""

    place: str
    start: int
    end: int
    date: str | None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    for paragraph in islice(_PARAGRAPH.finditer(text), _MAX_PARAGRAPHS):
        for line in islice(_LINE.finditer(text, *paragraph.span()), _MAX_LINES):
            yield line.span()


def gold_dateline(text: str, entities: tuple[Entity, ...]) -> GoldDateline | None:
    """The dateline the gold entities of ``text`` show (see the module docstring)."""
    for start, end in _lines(text):
        inside = [e for e in entities if start <= e.start and e.end <= end]
        masked: list[str] = []
        owners: list[Entity | None] = []
        pos = start
        for entity in sorted(inside, key=lambda e: e.start):
            masked += list(text[pos : entity.start])
            owners += [None] * (entity.start - pos)
            masked.append(_MARKS.get(entity.label, "X"))
            owners.append(entity)
            pos = entity.end
        masked += list(text[pos:end])
        owners += [None] * (end - pos)
        found = _DATELINE.match("".join(masked))
        if found is None:
            continue
        place = owners[found.start("rest") - 1]
        dates = [owners[i] for i in range(*found.span("rest")) if masked[i] == "D"]
        if place is None:
            continue
        first = dates[0] if dates else None
        value = first.value if first is not None else None
        return GoldDateline(place.canonical or place.text, place.start, place.end, value)
    return None


def score_dateline(gold: Record, text: str, predicted: Record) -> tuple[bool | None, bool]:
    """``(right, extra)``: whether the gold dateline is predicted right (None when the gold
    text has none), and whether a dateline was predicted where the gold has none."""
    expected = gold_dateline(text, gold.entities)
    found = predicted.dateline
    if expected is not None:
        right = found is not None and found.place == expected.place
        return right and found is not None and found.date == expected.date, False
    if found is None or found.place is None:
        return None, False
    issuer = any(
        e.label == "ORG" and e.canonical == found.place and found.start <= e.start < found.end
        for e in gold.entities
    )
    return None, not issuer
