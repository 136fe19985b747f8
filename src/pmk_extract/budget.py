"""A time limit on a block of code, for the time one document may take.

:func:`time_limit` raises :class:`OverBudget` inside the block when it runs longer
than the given seconds: a SIGALRM timer (``setitimer``) whose handler raises, so
Python code, regular expressions and spaCy's tokenizer (which calls back into Python)
are stopped where they are. It works in the main thread of a process on a system with
SIGALRM (Linux, macOS: the command line and its worker processes); elsewhere (another
thread, Windows) or while another timer is armed, the block runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["OverBudget", "time_limit"]


class OverBudget(Exception):
    """The block ran longer than its time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took more than {seconds:g} s")
        self.seconds = seconds


def _available() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no one else's timer
    )


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the block when it runs over ``seconds`` (None: never)."""
    if seconds is None or not _available():
        yield
        return

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
