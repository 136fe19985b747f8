"""Spacing as careless pages write it: a run of spaces inside a line is read as one space.

Pages put two spaces (or a space and a no-break space, or a tab) between the words of a
title or a name ("Kapolres  Lebak", "Heru  Pambudi"); the tokenizer makes the extra space
a token of its own, which splits a title, an organisation's name or a person's name in two.
The pipeline reads the text with every run of two or more spaces, tabs and other spaces
within a line written as one space (line breaks are kept: they carry the page's structure),
and :meth:`Spacing.restore` moves every offset of the record back into the text as written,
so ``entity.text == text[entity.start:entity.end]`` still holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields, replace
from typing import TypeVar

from .records import Record

# two or more spaces of a line: space, tab, no-break and the typographic spaces
_RUN = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}")

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Spacing:
    """A text with its runs of spaces collapsed, and how to find its offsets in the original.

    ``breaks[k]`` is an offset into the collapsed text from which on ``shifts[k]`` is added
    to reach the original text.
    """

    text: str
    original: str
    breaks: tuple[int, ...]
    shifts: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the collapsed text."""
        k = bisect_right(self.breaks, offset) - 1
        return offset + (self.shifts[k] if k >= 0 else 0)

    def end(self, offset: int) -> int:
        """The original end offset of a span that ends at ``offset`` of the collapsed text."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def restore(self, record: Record) -> Record:
        """``record`` with its offsets (and its entities' texts) in the original text."""
        entities = tuple(
            replace(e, text=self.original[start:end], start=start, end=end)
            for e in record.entities
            for start, end in ((self.start(e.start), self.end(e.end)),)
        )
        return replace(
            record,
            entities=entities,
            events=tuple(self._moved(e) for e in record.events),
            quotes=tuple(self._moved(q) for q in record.quotes),
            dateline=self._moved(record.dateline) if record.dateline is not None else None,
        )

    def _moved(self, obj: _T) -> _T:
        """A copy of a record dataclass with every ``start``/``*_start`` and ``end``/``*_end``
        offset moved into the original text."""
        changes = {}
        for item in fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, item.name)
            if not isinstance(value, int) or isinstance(value, bool):
                continue
            if item.name == "start" or item.name.endswith("_start"):
                changes[item.name] = self.start(value)
            elif item.name == "end" or item.name.endswith("_end"):
                changes[item.name] = self.end(value)
        return replace(obj, **changes)  # type: ignore[type-var]


def collapse_spaces(text: str) -> Spacing | None:
    """``text`` with each run of two or more spaces within a line as one space, or None
    when it has none."""
    breaks: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    removed = 0
    last = 0
    for match in _RUN.finditer(text):
        parts.append(text[last : match.start()])
        parts.append(" ")
        last = match.end()
        removed += match.end() - match.start() - 1
        # the first character after the run, in the collapsed text
        breaks.append(match.end() - removed)
        shifts.append(removed)
    if not breaks:
        return None
    parts.append(text[last:])
    return Spacing("".join(parts), text, tuple(breaks), tuple(shifts))
