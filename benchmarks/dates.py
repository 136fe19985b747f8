"""Benchmark the pure date API against ``dateparser.search_dates`` on the dev set.

Run from the repository root::

    PYTHONPATH=src python benchmarks/dates.py [--repeat N]

Prints, for both in the same process, the DATE value accuracy on the dev gold
set and the throughput in documents per second, then the ratios. Value accuracy
counts a gold DATE (with a value) as correct when an overlapping prediction has
the same value. ``search_dates`` gives no offsets, so its strings are located in
the text left to right, and its datetimes are compared leniently: truncated to
the gold granularity, and a gold range counts when the start date matches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dateparser.search

from pmk_extract.dates import find_dates

_DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "press_releases_dev.jsonl"

Prediction = tuple[int, int, str | None]


def _load() -> list[dict[str, Any]]:
    with _DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _ours(text: str, published: dt.date) -> list[Prediction]:
    return [(m.start, m.end, m.value) for m in find_dates(text, published)]


def _dateparser(text: str, published: dt.date) -> list[Prediction]:
    base = dt.datetime(published.year, published.month, published.day)
    found = dateparser.search.search_dates(
        text,
        languages=["id"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
    )
    out: list[Prediction] = []
    cursor = 0
    for surface, moment in found or []:
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append((start, start + len(surface), moment.date().isoformat()))
    return out


def _same(gold: str, predicted: str | None, lenient: bool) -> bool:
    if predicted is None:
        return False
    if gold == predicted or not lenient:
        return gold == predicted
    first = gold.split("/")[0]
    return predicted[: len(first)] == first


def _accuracy(
    docs: list[dict[str, Any]], predictions: list[list[Prediction]], lenient: bool
) -> float:
    correct = total = 0
    for doc, preds in zip(docs, predictions, strict=True):
        for gold in doc["entities"]:
            if gold["label"] != "DATE" or gold.get("value") is None:
                continue
            total += 1
            correct += any(
                s < gold["end"] and gold["start"] < e and _same(gold["value"], v, lenient)
                for s, e, v in preds
            )
    return correct / total if total else 0.0


def _run(
    func: Callable[[str, dt.date], list[Prediction]], docs: list[dict[str, Any]], repeat: int
) -> tuple[list[list[Prediction]], float]:
    pubs = [dt.date.fromisoformat(d["published"]) for d in docs]
    func(docs[0]["text"], pubs[0])  # warm-up: lexicons, compiled patterns, language data
    predictions: list[list[Prediction]] = []
    started = time.perf_counter()
    for _ in range(repeat):
        predictions = [func(d["text"], p) for d, p in zip(docs, pubs, strict=True)]
    elapsed = time.perf_counter() - started
    return predictions, len(docs) * repeat / elapsed


def main() -> None:
    """Run both extractors on the dev set and print accuracy, docs/s and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes of find_dates over dev")
    parser.add_argument("--repeat-dateparser", type=int, default=1, help="passes of search_dates")
    args = parser.parse_args()
    docs = _load()
    ours, ours_rate = _run(_ours, docs, args.repeat)
    theirs, theirs_rate = _run(_dateparser, docs, args.repeat_dateparser)
    ours_acc = _accuracy(docs, ours, lenient=False)
    theirs_acc = _accuracy(docs, theirs, lenient=True)
    print(f"dev set: {len(docs)} docs")
    print(f"{'system':<34} {'value acc':>9} {'docs/s':>10}")
    print(f"{'pmk_extract.dates.find_dates':<34} {ours_acc:>9.3f} {ours_rate:>10.1f}")
    print(f"{'dateparser.search_dates (lenient)':<34} {theirs_acc:>9.3f} {theirs_rate:>10.1f}")
    print(f"speed ratio: {ours_rate / theirs_rate:.1f}x")
    ratio = f"{ours_acc / theirs_acc:.2f}x" if theirs_acc else "inf"
    print(f"accuracy ratio: {ratio} (+{ours_acc - theirs_acc:.3f})")


if __name__ == "__main__":
    main()
