"""The ``pmk-extract`` command line: argument parsing only."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .errors import PmkError

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pmk-extract",
        description="Structured records from Indonesian government press releases.",
    )
    parser.add_argument("--version", action="version", version=f"pmk-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from .txt/.jsonl inputs to JSONL")
    ex.add_argument("inputs", nargs="+", help=".txt files, folders of .txt, .jsonl files, or -")
    ex.add_argument("-o", "--output", default="-", help="output JSONL file (default: stdout)")
    ex.add_argument("--published", help="published date for documents that carry none")
    ex.add_argument("--batch-size", type=int, default=64)
    ex.add_argument("--n-process", type=int, default=1, help="worker processes (-1: all cores)")
    ex.add_argument("--force", action="store_true", help="overwrite an existing output file")

    ev = sub.add_parser("evaluate", help="score the pipeline (or predictions) against gold JSONL")
    ev.add_argument("gold", help="gold JSONL (the format of tests/data/press_releases_dev.jsonl)")
    ev.add_argument("--pred", help="predictions JSONL; default: run the pipeline on the gold texts")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    sub.add_parser("schema", help="print the JSON Schema of an output record")
    return parser


def _extract(args: argparse.Namespace) -> int:
    from .batch import extract_files

    summary = extract_files(
        args.inputs,
        args.output,
        published=args.published,
        batch_size=args.batch_size,
        n_process=args.n_process,
        force=args.force,
    )
    print(
        f"pmk-extract: {summary.documents} documents, {summary.with_errors} with errors",
        file=sys.stderr,
    )
    return EXIT_DOC_ERRORS if summary.with_errors else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import format_scores, score
    from .io import read_gold_texts, read_records

    gold = read_records(args.gold)
    if args.pred:
        predictions = read_records(args.pred)
    else:
        from .extractor import Extractor

        predictions = list(Extractor().extract_many(read_gold_texts(args.gold)))
    scores = score(gold, predictions)
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_scores(scores))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .schema import record_schema

    print(json.dumps(record_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1: some documents had errors)."""
    args = _parser().parse_args(argv)
    handlers = {"extract": _extract, "evaluate": _evaluate, "schema": _schema}
    try:
        return handlers[args.command](args)
    except PmkError as exc:
        print(f"pmk-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, BrokenPipeError) as exc:
        print(f"pmk-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
