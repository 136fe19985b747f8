"""What the event stages saw on one document (``Doc._.event_trace``), for measuring them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TracedEvent:
    """A draft event after grouping: its type, trigger and mentions, and whether it was kept."""

    type: str
    trigger_start: int
    mention_starts: tuple[int, ...]
    kept: bool


@dataclass(frozen=True, slots=True)
class EventTrace:
    """The stages of ``pmk_events`` on one document.

    ``mentions`` holds ``(type, character offset)`` of every mention stage 1 found;
    ``events`` every draft event stage 2 built, with ``kept`` set for those stage 3 chose.
    """

    mentions: tuple[tuple[str, int], ...]
    events: tuple[TracedEvent, ...]
