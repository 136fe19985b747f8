"""Batch extraction: inputs to records, in input order, streaming, nothing lost.

:func:`extract_files` reads documents lazily (:mod:`pmk_extract.io`), sends them in
batches to a runner (this process, a pool of worker processes each loading the
pipeline once, or a Dask cluster) with a bounded number of batches in flight, and
writes records in input order (:mod:`pmk_extract.formats`). Memory stays bounded
whatever the corpus size. Unreadable rows and failed documents become error
records; the run goes on.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from typing import Any, Protocol

from .documents import Document, coerce_published, positive_int
from .extractor import Extractor
from .formats import open_writer, output_format, prepare_resume
from .io import BadRow, Columns, Row, check_inputs, count_inputs, read_inputs
from .pool import WorkerPool
from .progress import BatchSummary, Progress
from .records import Record
from .registry import DEFAULT_PIPELINE, check_order

__all__ = [
    "BatchSummary",
    "ExtractorRunner",
    "PoolRunner",
    "Runner",
    "extract_files",
    "extract_rows",
    "extractor_settings",
    "records_in_order",
    "resolve_n_process",
    "run_rows",
]


class Runner(Protocol):
    """Turns batches of documents into lists of records, in the order given."""

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Record]]:
        """Yield the records of each batch, batch by batch, in order."""


class ExtractorRunner:
    """Runs batches in this process with one :class:`Extractor`."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Record]]:
        """Yield the records of each batch."""
        for batch in batches:
            yield self.extractor.run_batch(batch)


def extractor_settings(
    extractor: Extractor | None = None, components: Sequence[str] | None = None
) -> dict[str, Any]:
    """The keyword arguments that rebuild ``extractor`` in a worker (never the pipeline itself)."""
    settings: dict[str, Any] = {}
    if extractor is not None:
        settings["components"] = extractor.components
        for name in ("max_length", "long_texts", "reload_every", "time_budget"):
            if hasattr(extractor, name):
                settings[name] = getattr(extractor, name)
    if components is not None:
        settings["components"] = tuple(components)
    return settings


class PoolRunner(WorkerPool):
    """Worker processes (spawned), each building an :class:`Extractor` once.

    See :class:`~pmk_extract.pool.WorkerPool`: a bounded window of batches in flight,
    a dead worker costs its batch, workers die with this process.

    Args:
        settings: keyword arguments of :class:`Extractor` (see :func:`extractor_settings`).
        n_process: worker processes.
        window: batches in flight (default: two per process).
    """

    def __init__(
        self, settings: Mapping[str, Any], n_process: int, window: int | None = None
    ) -> None:
        super().__init__(Extractor, settings, n_process, window)


def resolve_n_process(n_process: int | None) -> int:
    """``-1`` or None mean all cores."""
    if n_process is None or n_process == -1:
        return os.cpu_count() or 1
    return n_process


def _batches(rows: Iterable[Row], pending: deque[Row], batch_size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for row in rows:
        pending.append(row)
        if isinstance(row, Document):
            batch.append(row)
        # a long run of bad rows is released with an empty batch, to keep memory bounded
        if len(batch) >= batch_size or len(pending) >= 4 * batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_rows(rows: Iterable[Row], runner: Runner, batch_size: int) -> Iterator[tuple[Row, Record]]:
    """Each row with its record, in input order; bad rows become error records in place."""
    pending: deque[Row] = deque()
    for records in runner.map(_batches(rows, pending, max(1, batch_size))):
        for record in records:
            while isinstance(pending[0], BadRow):
                bad = pending.popleft()
                yield bad, bad.to_record()  # type: ignore[union-attr]
            yield pending.popleft(), record
        while pending and isinstance(pending[0], BadRow):
            bad = pending.popleft()
            yield bad, bad.to_record()  # type: ignore[union-attr]
    while pending:
        row = pending.popleft()
        if isinstance(row, BadRow):
            yield row, row.to_record()


def extract_rows(
    rows: Iterable[Row], extractor: Extractor, batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Row, Record]]:
    """Like :func:`records_in_order`, each record paired with its input row (and its text)."""
    runner: Runner
    if n_process == 1:
        runner = ExtractorRunner(extractor)
    else:
        n = resolve_n_process(n_process)
        runner = PoolRunner(extractor_settings(extractor), n)
    return run_rows(rows, runner, batch_size)


def records_in_order(
    rows: Iterable[Row], extractor: Extractor, batch_size: int = 64, n_process: int = 1
) -> Iterator[Record]:
    """Process the documents among ``rows``; bad rows become error records in place."""
    for _, record in extract_rows(rows, extractor, batch_size, n_process):
        yield record


def _choose_runner(
    rows: Iterator[Row],
    *,
    extractor: Extractor | None,
    components: tuple[str, ...],
    batch_size: int,
    n_process: int,
    scheduler: str | None,
    progress: Progress,
) -> tuple[Iterator[Row], Runner]:
    settings = extractor_settings(extractor, components)
    if scheduler is not None:
        from .dask import DaskRunner

        return rows, DaskRunner(scheduler, settings)
    if n_process > 1:
        # starting workers costs seconds: not worth it for a couple of batches
        head = list(islice(rows, 2 * batch_size + 1))
        rows = chain(head, rows)
        if len(head) > 2 * batch_size:
            return rows, PoolRunner(settings, n_process)
    local = extractor or Extractor(**settings)
    local.on_chunk = progress.within  # long texts show progress within them
    return rows, ExtractorRunner(local)


def extract_files(
    inputs: list[str],
    output: str,
    *,
    extractor: Extractor | None = None,
    components: Sequence[str] | None = None,
    published: object = None,
    batch_size: int = 64,
    n_process: int | None = 1,
    force: bool = False,
    fmt: str | None = None,
    resume: bool = False,
    columns: Columns | None = None,
    input_format: str | None = None,
    with_text: bool = False,
    progress: Progress | None = None,
    scheduler: str | None = None,
) -> BatchSummary:
    """Extract every document of ``inputs`` into ``output``.

    Args:
        inputs: files, folders or ``-`` (see :func:`pmk_extract.io.read_inputs`).
        output: a file (JSONL, Parquet), a folder (CSV tables) or ``-`` (JSONL on stdout).
        extractor: the pipeline to use in this process (default: built from ``components``).
        components: pipeline component names (default: the extractor's, or the full pipeline).
        published: default published date for documents without one.
        batch_size: documents per batch.
        n_process: worker processes (an int >= 1); -1 or None: all cores.
        force: overwrite an existing output.
        fmt: ``jsonl``, ``parquet`` or ``csv`` (default: from the output's suffix).
        resume: append document by document and skip the ids the output already has.
        columns: names of the text/id/published fields in tabular inputs.
        input_format: read all inputs (and stdin) as this format.
        with_text: also write each document's text (the text the offsets refer to).
        progress: progress display (default: a bar on standard error if it is a terminal).
        scheduler: address of a Dask scheduler to run the pipeline on instead of local
            processes (needs ``pmk-extract[dask]``).

    Raises:
        InputError: a missing or unsupported input, an existing output, a bad option.
    """
    started = time.monotonic()
    batch_size = positive_int("batch_size", batch_size)
    if n_process is not None:
        positive_int("n_process", n_process, allowed=(-1,))
    published = coerce_published(published)
    columns = columns or Columns()
    names = tuple(components or (extractor.components if extractor else DEFAULT_PIPELINE))
    fmt = output_format(output, fmt)
    check_order(names)  # an unknown component fails here, not in every worker
    check_inputs(inputs, input_format, columns)
    done = prepare_resume(output, fmt, with_text) if resume else set()
    progress = progress or Progress()
    if progress.enabled:
        progress.count_in_background(
            lambda: count_inputs(inputs, columns=columns, input_format=input_format)
        )
    summary = BatchSummary(output=output)

    def fresh_rows() -> Iterator[Row]:
        for row in read_inputs(inputs, published, columns=columns, input_format=input_format):
            if done and row.id in done:
                summary.skipped += 1
                progress.skip()
                continue
            yield row

    progress.note(f"starting: {len(done)} ids already done" if done else "starting")
    with open_writer(output, fmt, force=force, resume=resume, with_text=with_text) as writer:
        rows, runner = _choose_runner(
            fresh_rows(),
            extractor=extractor,
            components=names,
            batch_size=batch_size,
            n_process=resolve_n_process(n_process),
            scheduler=scheduler,
            progress=progress,
        )
        try:
            for row, record in run_rows(rows, runner, batch_size):
                writer.write(record, row.text if with_text and isinstance(row, Document) else None)
                summary.documents += 1
                summary.with_errors += int(not record.ok)
                progress.update(record.ok)
        finally:
            progress.close()
            if isinstance(runner, ExtractorRunner):
                runner.extractor.on_chunk = None
    summary.seconds = time.monotonic() - started
    return summary
