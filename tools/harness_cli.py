"""What the harnesses of tools/ share (not a tool itself): their options, the neutral
sentence a mention is put in, one batch of mentions through the extractor, the longest
person found in a mention, and a run's
verdicts saved to a file (``--save FILE``) or read back from one (``--diff FILE``), and the
verdicts that changed since then.

Each harness imports it by name: run as ``python tools/NAME.py``, its own folder is first
on the import path.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pmk_extract import Entity, Extractor, Record
from pmk_extract.people import Holder

# the neutral sentence a mention is put in (that of the official-mention tables)
FRAME = "{mention} memberikan keterangan kepada wartawan."


def option(argv: list[str], name: str) -> str | None:
    """The value written after the option ``name`` in ``argv``; None without the option."""
    return argv[argv.index(name) + 1] if name in argv else None


def extract_mentions(extractor: Extractor, mentions: list[tuple[str, str]]) -> list[Record]:
    """The records of ``(mention, published)`` pairs, each mention in :data:`FRAME`, in
    order (one batch)."""
    items = [
        {"id": str(i), "text": FRAME.format(mention=mention), "published": published}
        for i, (mention, published) in enumerate(mentions)
    ]
    return list(extractor.extract_many(items))


def longest_person(record: Record, end: int | None = None) -> Entity | None:
    """The longest PERSON of ``record`` (ending by character ``end``, when given: inside the
    mention at the start of the text); None when there is none."""
    people = [e for e in record.entities if e.label == "PERSON" and (end is None or e.end <= end)]
    return max(people, key=lambda e: e.end - e.start) if people else None


def mid(holder: Holder) -> dt.date | None:
    """A day inside the holder's term: its middle (an open term: its start plus 180 days,
    before the knowledge base's last sourced day)."""
    if holder.start is None:
        return None
    end = holder.end or min(holder.start + dt.timedelta(days=360), dt.date(2026, 11, 30))
    return holder.start + (end - holder.start) / 2


def save_verdicts(path: str | None, state: dict[str, Any]) -> None:
    """Write a run's verdicts (key -> verdict) to ``path`` as JSON (nothing without one)."""
    if path:
        Path(path).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def saved_verdicts(path: str | None) -> dict[str, Any] | None:
    """The verdicts an earlier run saved to ``path`` (None without one)."""
    if not path:
        return None
    loaded: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return loaded


def print_changes(old: dict[str, Any] | None, state: dict[str, Any]) -> None:
    """Print each verdict of ``state`` that differs from ``old``'s (an earlier run's, from
    :func:`saved_verdicts`; nothing without one): GAINED (now right), LOST (right before),
    or CHANGED."""
    if old is None:
        return
    for key, verdict in state.items():
        before = old.get(key)
        if before is not None and before != verdict:
            tag = "GAINED" if verdict == "right" else "LOST" if before == "right" else "CHANGED"
            print(f"{tag}: {key}: {before} -> {verdict}")
