"""Dev-set accuracy targets of the pure date API (DATE span F1 and value accuracy)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.dates import DateMatch, find_dateline, find_dates

_DEV_PATH = Path(__file__).parent / "data" / "press_releases_dev.jsonl"


def _load_dev() -> list[dict[str, Any]]:
    with _DEV_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def dev() -> list[tuple[dict[str, Any], list[DateMatch]]]:
    docs = _load_dev()
    return [(doc, find_dates(doc["text"], dt.date.fromisoformat(doc["published"]))) for doc in docs]


def _gold_dates(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in doc["entities"] if e["label"] == "DATE"]


def test_dev_span_f1(dev: list[tuple[dict[str, Any], list[DateMatch]]]) -> None:
    tp = fp = fn = 0
    for doc, found in dev:
        gold = {(e["start"], e["end"]) for e in _gold_dates(doc)}
        pred = {(m.start, m.end) for m in found}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, f"span F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def test_dev_value_accuracy(dev: list[tuple[dict[str, Any], list[DateMatch]]]) -> None:
    correct = total = 0
    for doc, found in dev:
        for gold in _gold_dates(doc):
            if gold.get("value") is None:
                continue
            total += 1
            correct += any(
                m.start < gold["end"] and gold["start"] < m.end and m.value == gold["value"]
                for m in found
            )
    assert total > 0
    assert correct / total >= 0.97, f"value accuracy {correct}/{total}"


def test_dev_offsets_and_weekdays(dev: list[tuple[dict[str, Any], list[DateMatch]]]) -> None:
    for doc, found in dev:
        for match in found:
            assert doc["text"][match.start : match.end] == match.text
            assert not match.weekday_mismatch, (doc["id"], match.text)


def test_dev_dateline_places_are_gold_entities() -> None:
    for doc in _load_dev():
        line = find_dateline(doc["text"], dt.date.fromisoformat(doc["published"]))
        if line is None:
            continue
        spans = {(e["start"], e["end"]) for e in doc["entities"] if e["label"] in ("ORG", "LOC")}
        assert (line.place_start, line.place_end) in spans, (doc["id"], line.place)
        if line.date is not None:
            dates = {(e["start"], e["end"]) for e in _gold_dates(doc)}
            assert (line.date.start, line.date.end) in dates, doc["id"]
