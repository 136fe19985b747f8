"""The rows of a CSV or TSV file with the lines they span; no row can swallow the file.

Python's csv reader reads a quoted field that is never closed to the end of the file,
however large, and returns it as one row. :func:`csv_rows` reads each row with its
first and last line and gives a row up, saying why, when it:

- runs to the end of the file inside a quoted field;
- grows over ``max_chars`` characters: the rest of its lines are skipped up to where its
  open quoted field closes (a scan that keeps only the quote state, not the text), and
  reading goes on with the next row;
- is malformed for the csv module.

A line that is not UTF-8 is read with U+FFFD and the row says which line it was.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

#: A row (all its lines) longer than this many characters is skipped with an error: in
#: practice a quoted field whose closing quote is missing or far away, which would else
#: be read into memory whole. A press release has well under 100,000 characters.
MAX_ROW_CHARS = 10_000_000

__all__ = ["MAX_ROW_CHARS", "CsvRow", "csv_rows", "set_field_limit"]


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One row of a CSV/TSV file.

    Attributes:
        first: the line the row starts on (1-based).
        last: the line it ends on.
        cells: its fields (empty for a blank line or a row given up).
        problem: why the row was given up (no text read from it), else None.
        problem_line: the line ``problem`` is about (where the quoted field opened).
        bad_utf8: the first line of the row that is not valid UTF-8, else None.
    """

    first: int
    last: int
    cells: list[str]
    problem: str | None = None
    problem_line: int | None = None
    bad_utf8: int | None = None


def set_field_limit() -> None:
    """Lift the csv module's 128 KiB field limit (press releases can be longer)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


class _TooLong(Exception):
    """The row being read has grown over the limit."""


# The states of the csv module's parser that matter for where a row ends.
_FIELD_START, _UNQUOTED, _QUOTED, _QUOTE_IN_QUOTED, _ROW_END = range(5)


def _scan(line: str, state: int, delimiter: str) -> tuple[int, bool]:
    """The parser state after ``line`` and whether a quoted field opened in it is still open.

    Follows the csv module's default dialect (double quotes, ``""`` inside a quoted
    field, not strict): a quote opens a quoted field only at the start of a field.
    """
    opened = False
    pos = 0
    for match in re.finditer(f'["\\n\\r{re.escape(delimiter)}]', line):
        if match.start() > pos and state in (_FIELD_START, _QUOTE_IN_QUOTED):
            state = _UNQUOTED  # other characters
        char = match.group()
        pos = match.end()
        if state == _QUOTED:
            if char == '"':
                state = _QUOTE_IN_QUOTED
        elif char == '"':
            if state == _FIELD_START:
                state, opened = _QUOTED, True
            elif state == _QUOTE_IN_QUOTED:
                state = _QUOTED  # "" inside a quoted field
        elif char == delimiter:
            state = _FIELD_START
        else:
            return _ROW_END, False  # a line break outside quotes
    if pos < len(line) and state in (_FIELD_START, _QUOTE_IN_QUOTED):
        state = _UNQUOTED
    return state, opened and state == _QUOTED


class _Lines:
    """The file's lines, decoded and counted, keeping the lines of the row being read."""

    def __init__(self, handle: IO[bytes], max_chars: int) -> None:
        self.raw = iter(handle)
        self.max_chars = max_chars
        self.count = 0  # lines read
        self.ended = False  # the file's last line was read and one more asked for
        self.row: list[str] = []
        self.row_chars = 0
        self.bad_utf8: int | None = None

    def start_row(self) -> int:
        """Forget the lines of the last row; the line the next row starts on."""
        self.row = []
        self.row_chars = 0
        self.bad_utf8 = None
        return self.count + 1

    def lines(self) -> Iterator[str]:
        """Lines for the csv reader; raises :class:`_TooLong` when the row outgrows the limit."""
        for raw in self.raw:
            line = self._decode(raw)
            self.row.append(line)
            self.row_chars += len(line)
            if self.row_chars > self.max_chars:
                raise _TooLong
            yield line
        self.ended = True

    def _decode(self, raw: bytes) -> str:
        self.count += 1
        try:
            return raw.decode("utf-8-sig" if self.count == 1 else "utf-8")
        except UnicodeDecodeError:
            if self.bad_utf8 is None:
                self.bad_utf8 = self.count
            return raw.decode("utf-8", errors="replace")

    def skip_row(self, first: int, delimiter: str) -> CsvRow:
        """Read on to the end of the row that grew too long, keeping only the quote state."""
        state, opened_at = _FIELD_START, first
        for n, line in enumerate(self.row, first):
            state, opened = _scan(line, state, delimiter)
            opened_at = n if opened else opened_at
        self.row = []
        quoted = state == _QUOTED
        while state == _QUOTED:
            raw = next(self.raw, None)
            if raw is None:
                self.ended = True
                break
            state, opened = _scan(self._decode(raw), state, delimiter)
            opened_at = self.count if opened else opened_at
        limit = f"{self.max_chars:,}"
        if not quoted:
            lines = f"line {first}" if first == self.count else f"lines {first}-{self.count}"
            problem = f"row of more than {limit} characters ({lines}): skipped"
        elif state != _QUOTED:
            problem = (
                f"a quoted field opened on line {opened_at} runs over {limit} characters "
                f"(its row ends on line {self.count}): row skipped, reading goes on after it"
            )
        else:
            problem = (
                f"a quoted field opened on line {opened_at} is never closed: it runs over "
                f"{limit} characters to the end of the file (line {self.count}), so the "
                f"{self.count - first} lines after line {first} could not be read as rows"
            )
        return CsvRow(first, self.count, [], problem, opened_at, self.bad_utf8)


def csv_rows(
    handle: IO[bytes], delimiter: str = ",", max_chars: int = MAX_ROW_CHARS
) -> Iterator[CsvRow]:
    """Every row of a CSV/TSV file (the header first), each with its lines.

    Args:
        handle: the file, opened in binary mode.
        delimiter: ``","`` or ``"\\t"``.
        max_chars: the longest row read; a longer one is given up (see the module).
    """
    set_field_limit()
    source = _Lines(handle, max_chars)
    while True:
        reader = csv.reader(source.lines(), delimiter=delimiter)
        while True:
            first = source.start_row()
            try:
                cells = next(reader)
            except StopIteration:
                return
            except _TooLong:
                yield source.skip_row(first, delimiter)
                break  # a new reader for the rest: this one holds the row's text
            except csv.Error as exc:
                yield CsvRow(first, source.count, [], f"malformed row: {exc}", first)
                continue
            if source.ended:  # the reader asked for a line after the last: an open quote
                rest = source.count - first
                problem = (
                    "a quoted field opened in this row is never closed: it runs to the end "
                    f"of the file (line {source.count}), so the {rest} lines after it could "
                    "not be read as rows"
                )
                yield CsvRow(first, source.count, cells, problem, first, source.bad_utf8)
                return
            yield CsvRow(first, source.count, cells, bad_utf8=source.bad_utf8)
