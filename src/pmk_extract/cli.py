"""The ``pmk-extract`` command line: argument parsing only."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence

from . import __version__
from .errors import InputError, PmkError

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
# killed by a signal, as shells report it: 128 + SIGINT, SIGPIPE, SIGTERM
EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED = 130, 141, 143
# the label sets of idner-news-2k, NERGrit and NERP mapped to PERSON/ORG/LOC
_DEFAULT_NER_MAP = "PER=PERSON,ORGANISATION=ORG,PLACE=LOC,PPL=PERSON,PLC=LOC,IND=O,EVT=O,FNB=O"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pmk-extract",
        description="Structured records from Indonesian government press releases.",
    )
    parser.add_argument("--version", action="version", version=f"pmk-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract", help="extract records from texts, folders, JSONL, CSV/TSV or Parquet"
    )
    ex.add_argument(
        "inputs",
        nargs="+",
        help="folders (of .txt/.md/.html), .txt/.md/.html/.jsonl/.csv/.tsv/.parquet files "
        "(.gz read transparently), or - for stdin",
    )
    ex.add_argument(
        "-o", "--output", default="-", help="output file, or folder for --format csv (default: -)"
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "parquet", "csv"),
        help="output format (default: parquet for *.parquet, else jsonl); csv writes a folder "
        "of tables: documents.csv, entities.csv, events.csv, quotes.csv, ...",
    )
    ex.add_argument(
        "--input-format",
        choices=("txt", "html", "jsonl", "csv", "tsv", "parquet"),
        help="read stdin and every file as this format (default: from the file name; stdin: jsonl)",
    )
    ex.add_argument("--text-col", default="text", help="text field of JSONL/CSV/Parquet rows")
    ex.add_argument("--id-col", default="id", help="id field (default: id; else file:line)")
    ex.add_argument("--published-col", default="published", help="published-date field")
    ex.add_argument("--published", help="published date for documents that carry none")
    ex.add_argument("--batch-size", type=int, default=64, help="documents per batch")
    ex.add_argument(
        "--n-process", type=int, default=-1, help="worker processes (default -1: all cores)"
    )
    ex.add_argument(
        "--components", help="comma-separated pipeline components (default: the full pipeline)"
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help="append document by document and skip ids already in the output (jsonl, csv)",
    )
    ex.add_argument("--force", action="store_true", help="overwrite an existing output")
    ex.add_argument(
        "--with-text", action="store_true", help="write each text too (what offsets refer to)"
    )
    ex.add_argument("--no-progress", action="store_true", help="no progress bar on a terminal")
    ex.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on a Dask cluster (needs pmk-extract[dask])"
    )

    ev = sub.add_parser("evaluate", help="score the pipeline (or predictions) against gold JSONL")
    ev.add_argument(
        "gold",
        nargs="+",
        help="gold JSONL (the format of tests/data/press_releases_dev.jsonl); several files "
        "are scored as one set (ids must be unique across them)",
    )
    ev.add_argument("--pred", help="predictions JSONL; default: run the pipeline on the gold texts")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    sub.add_parser("schema", help="print the JSON Schema of an output record")

    en = sub.add_parser("evaluate-ner", help="entity-level P/R/F1 of the NER model on CoNLL/BIO")
    en.add_argument(
        "gold", help="CoNLL/BIO file: token ... tag per line, blank line between sentences"
    )
    en.add_argument("--pred", help="predicted CoNLL file (same tokens); default: run models/ner")
    en.add_argument("--model", help="a spaCy NER pipeline folder (default: the shipped models/ner)")
    en.add_argument(
        "--map",
        default=_DEFAULT_NER_MAP,
        help="gold label mapping, comma-separated FROM=TO (TO=O drops the type); "
        f"default {_DEFAULT_NER_MAP}",
    )
    en.add_argument(
        "--convention",
        default="",
        help="annotation convention the model follows: '' (idner-news-2k, the library's), "
        "'nergrit' or 'nerp' (a tag on every token; see training/ner/README.md)",
    )
    en.add_argument("--json", action="store_true", help="print the scores as JSON")

    sh = sub.add_parser("show", help="HTML view of the records: documents page + batch summary")
    sh.add_argument(
        "inputs",
        nargs="*",
        help="input documents as for extract (with --records: the texts; with --as-records: "
        "JSONL rows holding text and annotations)",
    )
    sh.add_argument("-o", "--output", required=True, help="documents page (HTML file)")
    sh.add_argument("--summary", help="summary page (default: OUTPUT stem + '-summary.html')")
    sh.add_argument("--records", help="JSONL of records to show instead of running the pipeline")
    sh.add_argument(
        "--as-records", action="store_true", help="inputs are records with text (gold format)"
    )
    sh.add_argument("--published", help="published date for documents that carry none")
    sh.add_argument("--id", action="append", default=[], help="show only this document (repeat)")
    sh.add_argument("--max-documents", type=int, default=100, help="documents on the page")
    sh.add_argument("--batch-size", type=int, default=64)
    sh.add_argument("--n-process", type=int, default=1, help="worker processes (-1: all cores)")
    sh.add_argument("--force", action="store_true", help="overwrite existing output files")
    return parser


def _check_run_options(args: argparse.Namespace) -> None:
    """Refuse bad counts and dates up front, as the API does (before the pipeline loads)."""
    from .documents import coerce_published, positive_int

    positive_int("--batch-size", args.batch_size)
    positive_int("--n-process", args.n_process, allowed=(-1,))
    coerce_published(args.published, "--published")


def _extract(args: argparse.Namespace) -> int:
    _check_run_options(args)
    from .batch import extract_files
    from .io import Columns
    from .progress import Progress

    components = None
    if args.components:
        components = [c.strip() for c in args.components.split(",") if c.strip()]
    try:
        summary = extract_files(
            args.inputs,
            args.output,
            components=components,
            published=args.published,
            batch_size=args.batch_size,
            n_process=args.n_process,
            force=args.force,
            fmt=args.format,
            resume=args.resume,
            columns=Columns(text=args.text_col, id=args.id_col, published=args.published_col),
            input_format=args.input_format,
            with_text=args.with_text,
            progress=Progress(enabled=False) if args.no_progress else None,
            scheduler=args.scheduler,
        )
    except KeyboardInterrupt as exc:
        hint = "; rerun with --resume to go on" if args.resume else ""
        print(f"pmk-extract: {_stopped(exc)}{hint}", file=sys.stderr)
        return _stop_status(exc)
    print(summary.line(), file=sys.stderr)
    return EXIT_DOC_ERRORS if summary.with_errors else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import format_scores, score
    from .formats import read_records
    from .io import read_gold_texts

    gold = [record for path in args.gold for record in read_records(path)]
    documents = [doc for path in args.gold for doc in read_gold_texts(path)]
    seen: set[str | None] = set()
    for record in gold:
        if record.id in seen:
            raise InputError("gold", record.id, "this id is in the gold files more than once")
        seen.add(record.id)
    traces = None
    if args.pred:
        predictions = read_records(args.pred)
    else:
        from .evaluate import predict_with_traces

        predictions, traces = predict_with_traces(documents)
    texts = {doc.id: doc.text for doc in documents}
    scores = score(gold, predictions, traces, texts=texts)
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_scores(scores))
    return EXIT_OK


_TAG = re.compile(r"O|[BIESLU]-\S+")


def _conll(sentences: list[list[tuple[str, str]]], path: str) -> list[list[tuple[str, str]]]:
    """``sentences`` if they look like CoNLL/BIO, else an :class:`InputError` saying why."""
    if not sentences:
        raise InputError("conll", path, "no sentences (expected 'token ... TAG' lines)")
    for number, sentence in enumerate(sentences, 1):
        for token, tag in sentence:
            if not _TAG.fullmatch(tag):
                raise InputError(
                    "conll",
                    path,
                    f"not CoNLL/BIO: sentence {number}, token {token[:30]!r} has the tag "
                    f"{tag[:30]!r} (expected O, B-TYPE, I-TYPE, ...)",
                )
    return sentences


def _evaluate_ner(args: argparse.Namespace) -> int:
    from .ner_eval import read_conll, score_tags

    try:
        label_map = dict(pair.split("=", 1) for pair in args.map.split(",") if pair)
    except ValueError:
        raise InputError("--map", args.map, "expected FROM=TO pairs separated by commas") from None
    gold = _conll(read_conll(args.gold), args.gold)
    if args.pred:
        predicted = [[tag for _, tag in s] for s in _conll(read_conll(args.pred), args.pred)]
    else:
        from .components.ner_model import tag_sentences

        words = [[w for w, _ in s] for s in gold]
        predicted = tag_sentences(words, args.model, args.convention)
    scores = score_tags([[t for _, t in s] for s in gold], predicted, label_map, {})
    print(json.dumps(scores.to_dict(), indent=2) if args.json else scores.table())
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .schema import record_schema

    print(json.dumps(record_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    _check_run_options(args)
    from .view import show

    result = show(
        args.inputs,
        args.output,
        summary=args.summary,
        records=args.records,
        as_records=args.as_records,
        published=args.published,
        ids=args.id,
        max_documents=args.max_documents,
        force=args.force,
        batch_size=args.batch_size,
        n_process=args.n_process,
    )
    print(
        f"pmk-extract: {result.documents} documents ({result.shown} shown), "
        f"{result.with_errors} with errors -> {result.documents_path}, {result.summary_path}",
        file=sys.stderr,
    )
    return EXIT_DOC_ERRORS if result.with_errors else EXIT_OK


class Terminated(KeyboardInterrupt):
    """SIGTERM (``timeout``, systemd, ``docker stop``): stops the run as Ctrl-C does."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _stopped(exc: BaseException) -> str:
    return "terminated" if isinstance(exc, Terminated) else "interrupted"


def _stop_status(exc: BaseException) -> int:
    return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left to /dev/null, so the exit flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    0: done; 1: some documents had errors; 2: bad usage or input (one line on
    standard error); 130/143: stopped by Ctrl-C/SIGTERM (temporary files removed);
    141: the reader of standard output went away (``| head``), stopped quietly.
    """
    args = _parser().parse_args(argv)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    handlers = {
        "extract": _extract,
        "evaluate": _evaluate,
        "evaluate-ner": _evaluate_ner,
        "schema": _schema,
        "show": _show,
    }
    try:
        return handlers[args.command](args)
    except PmkError as exc:
        print(f"pmk-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except KeyboardInterrupt as exc:
        print(f"pmk-extract: {_stopped(exc)}", file=sys.stderr)
        return _stop_status(exc)
    except OSError as exc:
        print(f"pmk-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
