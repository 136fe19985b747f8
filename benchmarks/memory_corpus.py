"""Peak memory (RSS) of one process over a long stream of varied documents.

Run from the repository root::

    python benchmarks/memory_corpus.py [--docs 50000] [--new-words 0.15] \\
        [--reload-every N | --no-reload] [--components fast] [--bound-mb 400]

spaCy keeps every new word of every text in its vocabulary and string store, so a
process that extracts an archive grows with the archive's vocabulary unless the
pipeline is rebuilt now and then (``Extractor(reload_every=N)``, default
``DEFAULT_RELOAD_EVERY``). This streams ``--docs`` documents of three sentences
resampled from the dev texts, with ``--new-words`` of their words replaced by random
new words (names, typos, codes of a real archive), through one extractor set up as a
worker process is (the loaded pipeline frozen for the garbage collector), and prints
the peak RSS every ``--every`` documents, the pipelines built, the docs/s and a SHA-256
of all records: runs with and without reloading must print the same digest. Exits 1
when the peak exceeds ``--bound-mb``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import string
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from pmk_extract import Extractor
from pmk_extract.extractor import DEFAULT_RELOAD_EVERY
from pmk_extract.pool import settle_after_load
from pmk_extract.registry import DEFAULT_PIPELINE

ROOT = Path(__file__).resolve().parent.parent
DEV = [
    ROOT / "tests" / "data" / name
    for name in ("press_releases_dev.jsonl", "press_releases_dev_news.jsonl")
]
FAST = tuple(name for name in DEFAULT_PIPELINE if name != "pmk_ner")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux: KiB, macOS: bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def documents(n: int, new_words: float, seed: int) -> Iterator[dict[str, str]]:
    """``n`` documents: three dev sentences each, ``new_words`` of their words new."""
    rng = random.Random(seed)
    sentences = []
    for path in DEV:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    text = json.loads(line)["text"].replace("\n", " ")
                    sentences += [s.strip() + "." for s in text.split(". ") if len(s) > 20]
    letters = string.ascii_letters
    for i in range(n):
        words = " ".join(rng.choice(sentences) for _ in range(3)).split()
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(4, 11)))
            if rng.random() < new_words
            else w
            for w in words
        ]
        yield {"id": str(i), "text": " ".join(words), "published": "2024-03-09"}


def main(argv: list[str] | None = None) -> int:
    """Run and print; 1 when the peak RSS exceeds ``--bound-mb``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--new-words", type=float, default=0.15)
    parser.add_argument("--reload-every", type=int, default=DEFAULT_RELOAD_EVERY)
    parser.add_argument("--no-reload", action="store_true", help="never rebuild (the baseline)")
    parser.add_argument("--components", default="default", help="default, fast, or a,b,c")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--every", type=int, default=5_000, help="print a line every N docs")
    parser.add_argument("--bound-mb", type=float, default=400)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    names = {"default": DEFAULT_PIPELINE, "fast": FAST}.get(args.components)
    components = names or tuple(args.components.split(","))
    reload_every = None if args.no_reload else args.reload_every
    extractor = Extractor(components=components, reload_every=reload_every)
    settle_after_load()
    print(
        f"{args.docs:,} documents, {args.new_words:.0%} new words, components "
        f"{args.components}, reload_every={reload_every}; loaded: {peak_rss_mb():.0f} MiB",
        flush=True,
    )
    digest = hashlib.sha256()
    started = time.perf_counter()
    stream = documents(args.docs, args.new_words, args.seed)
    for n, record in enumerate(extractor.extract_many(stream, batch_size=args.batch_size), 1):
        digest.update(json.dumps(record.to_dict(), ensure_ascii=False).encode() + b"\n")
        if n % args.every == 0 or n == args.docs:
            elapsed = time.perf_counter() - started
            print(
                f"{n:>7,} docs  peak RSS {peak_rss_mb():6.0f} MiB  strings "
                f"{len(extractor.nlp.vocab.strings):>9,}  pipelines {extractor.loads}  "
                f"{n / elapsed:6.1f} docs/s",
                flush=True,
            )
    peak = peak_rss_mb()
    print(
        f"peak RSS {peak:.0f} MiB (bound {args.bound_mb:.0f}); records sha256 {digest.hexdigest()}"
    )
    return 0 if peak <= args.bound_mb else 1


if __name__ == "__main__":
    sys.exit(main())
