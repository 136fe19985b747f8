"""Peak memory (RSS) of extracting one huge document.

Run from the repository root::

    python benchmarks/memory.py [--size-mb 10] [--max-length N] [--bound-mb MB]

Builds a text of ``--size-mb`` megabytes (UTF-8) by repeating the dev set's press
releases, separated by blank lines (realistic entity density: about one entity per
60 characters), and extracts it with ``Extractor(max_length=N)``: above ``N``
characters the text is processed in paragraph chunks of at most ``N`` characters.
``--max-length`` larger than the text runs it as one spaCy ``Doc`` for comparison.

Prints the peak resident set size after loading the pipeline and after the
extraction (``getrusage`` ``ru_maxrss``, Linux/macOS), the time, and the number of
entities; with ``--bound-mb`` exits 1 when the extraction peak exceeds the bound.
Run each configuration in its own process: the peak never goes down.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from pmk_extract import Extractor
from pmk_extract.extractor import DEFAULT_MAX_LENGTH

_DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "press_releases_dev.jsonl"


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def build_text(size_mb: float) -> str:
    """Dev-set releases joined by blank lines until the text has ``size_mb`` MB of UTF-8."""
    with _DEV.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    target = int(size_mb * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Measure and print; return 1 when ``--bound-mb`` is exceeded."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=10.0, help="text size (default 10)")
    parser.add_argument(
        "--max-length",
        type=int,
        default=DEFAULT_MAX_LENGTH,
        help=f"Extractor max_length / chunk size (default {DEFAULT_MAX_LENGTH})",
    )
    parser.add_argument("--bound-mb", type=float, help="fail when the peak RSS exceeds this")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    extractor = Extractor(max_length=args.max_length)
    extractor.extract("Kemenko PMK menggelar rapat, Selasa (8/3).", published="2022-03-09")
    loaded = peak_rss_mb()
    load_seconds = time.perf_counter() - started

    text = build_text(args.size_mb)
    with_text = peak_rss_mb()
    started = time.perf_counter()
    record = extractor.extract(text, published="2022-03-09", id="huge")
    seconds = time.perf_counter() - started
    peak = peak_rss_mb()

    assert all(text[e.start : e.end] == e.text for e in record.entities)
    mb = len(text.encode("utf-8")) / 1_000_000
    print(f"text: {mb:.1f} MB, {len(text):,} characters; max_length={args.max_length:,}")
    print(f"peak RSS after loading the pipeline: {loaded:,.0f} MiB ({load_seconds:.1f} s)")
    print(f"peak RSS with the text in memory:    {with_text:,.0f} MiB")
    print(f"peak RSS after extraction:           {peak:,.0f} MiB (+{peak - loaded:,.0f} MiB)")
    print(
        f"extraction: {seconds:.1f} s ({mb / seconds:.2f} MB/s), "
        f"{len(record.entities):,} entities, {len(record.errors)} errors"
    )
    if args.bound_mb is not None and peak > args.bound_mb:
        print(f"FAIL: peak {peak:,.0f} MiB > bound {args.bound_mb:,.0f} MiB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
