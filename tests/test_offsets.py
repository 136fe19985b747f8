"""Every span of every output points at its text in the original document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pmk_extract import Extractor, Record
from pmk_extract.records import EVENT_TYPES, LABELS

ROOT = Path(__file__).parent.parent


def _check(record: Record, text: str) -> None:
    for ent in record.entities:
        assert 0 <= ent.start < ent.end <= len(text)
        assert text[ent.start : ent.end] == ent.text, (record.id, ent)
        assert ent.label in LABELS
    for quote in record.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        if quote.cue is not None and quote.cue_start is not None:
            assert text[quote.cue_start :].startswith(quote.cue)
    for event in record.events:
        assert event.type in EVENT_TYPES
        assert text[event.trigger_start :].startswith(event.trigger)
    starts = [e.start for e in record.entities]
    assert starts == sorted(starts)
    for a, b in zip(record.entities, record.entities[1:], strict=False):
        assert a.end <= b.start, (record.id, a, b)


def test_offsets_on_dev_set(dev_raw: list[dict[str, Any]], dev_predictions: list[Record]) -> None:
    assert len(dev_predictions) == len(dev_raw)
    for doc, record in zip(dev_raw, dev_predictions, strict=True):
        assert record.id == doc["id"]
        assert record.errors == ()
        _check(record, doc["text"])


def test_offsets_on_examples(extractor: Extractor) -> None:
    with (ROOT / "examples" / "releases.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    texts = [
        (p.read_text(encoding="utf-8"), p.name)
        for p in (ROOT / "examples" / "inputs").glob("*.txt")
    ]
    assert docs and texts
    for doc, record in zip(docs, extractor.extract_many(docs), strict=True):
        _check(record, doc["text"])
        assert record.entities
    for text, name in texts:
        _check(extractor.extract(text, id=name), text)
