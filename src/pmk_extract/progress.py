"""A one-line progress bar for batch runs and the summary printed at the end.

The bar (documents done, docs/s, errors, ETA when the total is known, and for a long
text processed in chunks the characters of it done so far) is drawn on standard error
only when it is a terminal, at most a few times per second; when the output is piped
or logged nothing but the final summary is printed.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


@dataclass
class BatchSummary:
    """What a batch run did (``documents`` counts the documents written by this run)."""

    documents: int = 0
    with_errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    output: str = "-"

    @property
    def ok(self) -> bool:
        """True when no document of this run had an error."""
        return self.with_errors == 0

    @property
    def docs_per_second(self) -> float:
        """Throughput of this run."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        parts = [f"{self.documents} documents", f"{self.with_errors} with errors"]
        if self.skipped:
            parts.append(f"{self.skipped} already in the output (skipped)")
        where = "stdout" if self.output == "-" else self.output
        return (
            f"pmk-extract: {', '.join(parts)} in {self.seconds:.1f} s "
            f"({self.docs_per_second:.1f} docs/s) -> {where}"
        )


class Progress:
    """Counts documents and, on a terminal, redraws one status line.

    Args:
        stream: where to draw (default: standard error).
        enabled: draw the bar; default: only when ``stream`` is a terminal.
        total: documents expected, if known (see :meth:`count_in_background`).
        interval: minimum seconds between two redraws.
    """

    def __init__(
        self,
        stream: IO[str] | None = None,
        enabled: bool | None = None,
        total: int | None = None,
        interval: float = 0.25,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.total = total
        self.interval = interval
        self.done = 0
        self.errors = 0
        self.skipped = 0
        self.started = time.monotonic()
        self._first: float | None = None  # the rate counts from the first record
        self._within: tuple[int, int] | None = None  # characters done/total of a long text
        self._drawn = 0.0
        self._width = 0

    def count_in_background(self, count: Callable[[], int | None]) -> None:
        """Compute the total in a daemon thread so the run starts at once."""
        if not self.enabled:
            return

        def run() -> None:
            try:
                total = count()
            except Exception:  # a progress bar must never fail the run
                return
            if total is not None:
                self.total = total

        threading.Thread(target=run, name="pmk-count", daemon=True).start()

    def skip(self, n: int = 1) -> None:
        """Documents skipped because the output already has them."""
        self.skipped += n
        self._maybe_draw()

    def note(self, text: str) -> None:
        """Show a message in place of the status line (e.g. while the pipeline loads)."""
        if self.enabled:
            self._write(text)

    def within(self, done: int, total: int) -> None:
        """Characters of the current (long, chunked) text done so far."""
        self._within = (done, total)
        self._maybe_draw()

    def update(self, ok: bool = True) -> None:
        """One more document written."""
        self._within = None
        if self._first is None:
            self._first = time.monotonic()
        self.done += 1
        self.errors += not ok
        self._maybe_draw()

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return time.monotonic() - self.started

    def status(self) -> str:
        """The text of the status line."""
        elapsed = self.elapsed
        since = time.monotonic() - self._first if self._first is not None else 0.0
        rate = (self.done - 1) / since if since > 0 and self.done > 1 else 0.0
        seen = self.done + self.skipped
        count = f"{seen:,}" if self.total is None else f"{seen:,}/{self.total:,}"
        parts = [f"{count} docs", f"{rate:,.1f} docs/s", f"{self.errors:,} errors"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        if self.total is not None and rate > 0:
            parts.append(f"ETA {_clock(max(0, self.total - seen) / rate)}")
        if self._within is not None:
            done, total = self._within
            parts.append(f"next: {done:,} of {total:,} characters ({done / total:.0%})")
        parts.append(f"elapsed {_clock(elapsed)}")
        return "  ".join(parts)

    def _maybe_draw(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= self.interval:
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        self._write(self.status())

    def _write(self, text: str) -> None:
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
