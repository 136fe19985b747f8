"""Fuzz the extractor with hypothesis at scale (not part of the test suite).

Run from the repository root (hours of CPU for the default count on a busy machine;
``nice`` it)::

    nice python benchmarks/fuzz.py [--examples 100000] [--fragment-size 400] [--seed 0]

Inputs come from the strategies of ``tests/test_robustness.py`` (arbitrary Unicode,
lone surrogates, control/bidi/zero-width characters, emoji, combining marks, long
tokens, unbalanced quotes and brackets, HTML, digits or punctuation only, and dev-set
fragments mixed with that noise) and from three kinds added here: random bytes decoded
as text (UTF-8 with ``surrogateescape`` or ``replace``, Latin-1, CP1252), huge lines
without a break (up to ``--huge`` characters, one input in ``--huge-every``), and
Indonesian date expressions built from the date grammar's own lexicon (weekdays, months,
relative days, periods, Hijri months, numeric forms, valid or not) amid dev fragments;
with any ``published`` date from year 1 to 9999. Each input is extracted
with the default pipeline, and one in ``--chunk-every`` also with a small ``max_length``
(chunked path); the record must pass ``check_record`` (JSON Schema, offsets, labels,
ISO values, no error) and, one in ``--repeat-every``, re-extracting must give
byte-identical JSON.

Hypothesis runs in rounds of ``--round`` examples, generation only: a failure is
written to ``--failures`` (JSONL: text, published, max_length, error) and the run goes
on. Prints the count of inputs and failures; exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from pmk_extract import Extractor
from pmk_extract.dates.lexicon import lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_robustness import check_record, dev_fragment, dump, published, text_strategy


def _decoded(data: bytes, codec: str) -> str:
    errors = "surrogateescape" if codec == "utf-8-se" else "replace"
    return data.decode("utf-8" if codec == "utf-8-se" else codec, errors=errors)


binary_texts = st.builds(
    _decoded,
    st.binary(max_size=2_000),
    st.sampled_from(["utf-8-se", "utf-8", "latin-1", "cp1252"]),
)


@st.composite
def date_phrase(draw: st.DrawFn) -> str:
    """One Indonesian date expression from the grammar's lexicon, valid or not."""
    lex = lexicon()
    month = draw(st.sampled_from(sorted(lex.months)))
    weekday = draw(st.sampled_from(sorted(lex.weekdays)))
    day = draw(st.integers(0, 40))
    year = draw(st.sampled_from(["", " 2024", " 1", " 0000", " 9999", " 10000", " 24"]))
    forms = [
        f"{day} {month}{year}",
        f"{weekday} ({day}/{draw(st.integers(0, 14))})",
        f"{weekday}, {day} {month}{year}",
        f"{day}-{draw(st.integers(0, 40))} {month}{year}",
        f"{day}/{draw(st.integers(0, 14))}/{draw(st.integers(0, 10_000))}",
        draw(st.sampled_from(sorted(lex.relative_days))),
        f"{weekday} {draw(st.sampled_from(['lalu', 'depan', 'pekan depan', 'ini']))}",
        f"{draw(st.sampled_from(['awal', 'akhir', 'pertengahan', '']))} {month} mendatang",
        f"{draw(st.sampled_from(['tiga', 'dua puluh', 'beberapa', '9999']))} "
        f"{draw(st.sampled_from(['hari', 'pekan', 'bulan', 'tahun']))} "
        f"{draw(st.sampled_from(['lalu', 'lagi', 'mendatang']))}",
        f"{draw(st.sampled_from(['tahun', 'bulan', 'pekan']))} "
        f"{draw(st.sampled_from(['ini', 'lalu', 'depan']))}",
        f"{day} {draw(st.sampled_from(sorted(lex.hijri_months)))}{year} H",
        f"{draw(st.integers(0, 30))}.{draw(st.integers(0, 70)):02d} WIB",
    ]
    return draw(st.sampled_from(forms))


def huge_line(size: int) -> st.SearchStrategy[str]:
    """One line without a break: a repeated piece of noise or a date, up to ``size``."""
    piece = st.one_of(st.text(min_size=1, max_size=8), date_phrase(), st.just("Menko PMK"))
    return st.builds(lambda p, n: (p * (n // len(p) + 1))[:n], piece, st.integers(1, size))


class Fuzzer:
    """Counts inputs and keeps the failures."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.extractor = Extractor()
        self.inputs = 0
        self.failures = 0
        self.distinct: set[int] = set()
        self.out = Path(args.failures).open("a", encoding="utf-8")  # noqa: SIM115

    def chunked(self, max_length: int) -> Extractor:
        other = copy.copy(self.extractor)
        other.max_length = max_length
        return other

    def one(self, text: str, day: object, max_length: int) -> None:
        self.inputs += 1
        self.distinct.add(hash((text, str(day))))
        try:
            record = self.extractor.extract(text, published=day, id="fuzz")
            check_record(record, text)
            if self.inputs % self.args.repeat_every == 0:
                item = {"id": "fuzz", "text": text, "published": day}
                again = next(self.extractor.extract_many([item]))
                assert dump(again) == dump(record), "not deterministic"
            if self.inputs % self.args.chunk_every == 0:
                check_record(self.chunked(max_length).extract(text, published=day), text)
        except Exception as exc:  # every failure is kept, the run goes on
            self.failures += 1
            row: dict[str, Any] = {
                "text": text,
                "published": str(day),
                "max_length": max_length,
                "error": f"{type(exc).__name__}: {exc}"[:2000],
                "traceback": traceback.format_exc()[-4000:],
            }
            self.out.write(json.dumps(row) + "\n")  # ASCII: the text may hold lone surrogates
            self.out.flush()

    def texts(self) -> st.SearchStrategy[str]:
        size = self.args.fragment_size
        dated = st.lists(st.one_of(date_phrase(), dev_fragment(size)), max_size=8).map(" ".join)
        common = st.one_of(text_strategy(size), binary_texts, dated)
        huge = huge_line(self.args.huge)
        return st.integers(1, self.args.huge_every).flatmap(lambda n: huge if n == 1 else common)

    def round(self, number: int, size: int) -> None:
        cases = st.tuples(self.texts(), published, st.integers(8, 600))

        @seed(self.args.seed * 1_000_003 + number)
        @settings(
            max_examples=size,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(cases)
        def run(case: tuple[str, object, int]) -> None:
            self.one(*case)

        run()


def main(argv: list[str] | None = None) -> int:
    """Fuzz; return 1 when any input failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--round", type=int, default=5_000, help="examples per hypothesis run")
    parser.add_argument("--fragment-size", type=int, default=400, help="longest dev fragment")
    parser.add_argument("--repeat-every", type=int, default=5)
    parser.add_argument("--chunk-every", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--huge", type=int, default=200_000, help="longest huge line")
    parser.add_argument("--huge-every", type=int, default=500, help="one huge line in N")
    parser.add_argument("--failures", default="fuzz-failures.jsonl")
    args = parser.parse_args(argv)

    fuzzer = Fuzzer(args)
    started = time.perf_counter()
    number = 0
    while fuzzer.inputs < args.examples:
        fuzzer.round(number, min(args.round, args.examples - fuzzer.inputs))
        number += 1
        elapsed = time.perf_counter() - started
        print(
            f"{fuzzer.inputs:,} inputs ({len(fuzzer.distinct):,} distinct), "
            f"{fuzzer.failures} failures, {elapsed:,.0f} s",
            flush=True,
        )
    fuzzer.out.close()
    print(f"done: {fuzzer.inputs:,} inputs, {fuzzer.failures} failures -> {args.failures}")
    return 1 if fuzzer.failures else 0


if __name__ == "__main__":
    sys.exit(main())
