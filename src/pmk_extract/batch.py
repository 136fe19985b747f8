"""Batch extraction: inputs to a JSONL of records, in input order, nothing lost."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .extractor import Document, Extractor
from .io import BadRow, Row, dumps, open_output, read_inputs
from .records import Record


@dataclass
class BatchSummary:
    """What a batch run did."""

    documents: int = 0
    with_errors: int = 0


def records_in_order(
    rows: Iterable[Row], extractor: Extractor, batch_size: int = 64, n_process: int = 1
) -> Iterator[Record]:
    """Process the documents among ``rows``; bad rows become error records in place."""
    pending: deque[Row] = deque()

    def documents() -> Iterator[Document]:
        for row in rows:
            pending.append(row)
            if isinstance(row, Document):
                yield row

    for record in extractor.extract_many(documents(), batch_size=batch_size, n_process=n_process):
        while isinstance(pending[0], BadRow):
            yield pending.popleft().to_record()  # type: ignore[union-attr]
        pending.popleft()
        yield record
    while pending:
        row = pending.popleft()
        if isinstance(row, BadRow):
            yield row.to_record()


def extract_files(
    inputs: list[str],
    output: str,
    *,
    extractor: Extractor | None = None,
    published: object = None,
    batch_size: int = 64,
    n_process: int = 1,
    force: bool = False,
) -> BatchSummary:
    """Extract every document of ``inputs`` into the JSONL file ``output`` (``-``: stdout)."""
    extractor = extractor or Extractor()
    summary = BatchSummary()
    rows = read_inputs(inputs, published)
    with open_output(output, force=force) as handle:
        for record in records_in_order(rows, extractor, batch_size, n_process):
            handle.write(dumps(record) + "\n")
            summary.documents += 1
            summary.with_errors += int(not record.ok)
    return summary
