"""``pmk-extract show``: records (extracted now, read from a file, or gold) to two HTML pages.

Three ways in:

- input documents (``.jsonl``/``.txt``/folders, as for ``extract``): the pipeline runs;
- ``records=`` a JSONL of records, with the inputs giving the texts (matched by ``id``);
- ``as_records=True``: JSONL rows that hold the text and the annotations together
  (the gold format of ``tests/data/press_releases_dev.jsonl``).

The summary covers every document and is built while streaming; the documents page
shows at most ``max_documents`` of them (optionally only the ``ids`` asked for).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from ..documents import Document, positive_int
from ..errors import InputError, PmkError
from ..io import check_inputs, read_inputs
from ..outfiles import open_output
from ..records import ErrorInfo, Record
from .model import build_document_view
from .render import render_documents, render_summary
from .summary import SummaryBuilder

if TYPE_CHECKING:
    from ..extractor import Extractor

DEFAULT_MAX_DOCUMENTS = 100


@dataclass(frozen=True, slots=True)
class ShowResult:
    """What ``show`` wrote."""

    documents: int
    with_errors: int
    shown: int
    documents_path: str
    summary_path: str


def summary_path_for(output: str) -> str:
    """The default summary file next to ``output``: ``view.html`` → ``view-summary.html``."""
    path = Path(output)
    return str(path.with_name(f"{path.stem}-summary{path.suffix or '.html'}"))


def _href(target: str, page: str) -> str:
    """A relative link from the file ``page`` to the file ``target``."""
    rel = os.path.relpath(Path(target).resolve(), Path(page).resolve().parent)
    return quote(Path(rel).as_posix())


def _error_record(doc_id: str, message: str) -> Record:
    return Record(id=doc_id, published=None, errors=(ErrorInfo("input", message),))


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    if not Path(path).is_file():
        raise InputError("records", path, "no such file")
    return open(path, encoding="utf-8", errors="replace")


def read_record_rows(path: str) -> Iterator[tuple[Record, str | None]]:
    """Records (and the ``text`` field, when the row has one) of a JSONL file.

    A line that is not a valid record becomes an error record naming the file and line,
    so one bad line never hides the others.
    """
    name = "<stdin>" if path == "-" else Path(path).name
    handle = _open(path)
    try:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                obj: Any = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _error_record(where, f"{where}: invalid JSON: {exc.msg}"), None
                continue
            try:
                record = Record.from_dict(obj)
            except (PmkError, TypeError, ValueError) as exc:
                doc_id = str(obj["id"]) if isinstance(obj, dict) and obj.get("id") else where
                yield _error_record(doc_id, f"{where}: not a record: {exc}"), None
                continue
            if record.id is None:
                record = dataclasses.replace(record, id=where)
            text = obj.get("text")
            yield record, text if isinstance(text, str) else None
    finally:
        if handle is not sys.stdin:
            handle.close()


def _extracted(
    inputs: Sequence[str],
    published: object,
    extractor: Extractor | None,
    batch_size: int,
    n_process: int,
) -> Iterator[tuple[Record, str | None]]:
    from ..batch import records_in_order
    from ..extractor import Extractor

    rows_for_pipeline, rows_for_text = itertools.tee(read_inputs(inputs, published))
    records = records_in_order(
        rows_for_pipeline, extractor or Extractor(), batch_size=batch_size, n_process=n_process
    )
    for row, record in zip(rows_for_text, records, strict=True):
        yield record, row.text if isinstance(row, Document) else None


def _texts(inputs: Sequence[str], published: object, wanted: Collection[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    if not wanted:
        return texts
    for row in read_inputs(inputs, published):
        if isinstance(row, Document) and row.id is not None and row.id in wanted:
            texts.setdefault(row.id, row.text)
    return texts


def show(
    inputs: Sequence[str],
    output: str,
    *,
    summary: str | None = None,
    records: str | None = None,
    as_records: bool = False,
    published: object = None,
    ids: Iterable[str] = (),
    max_documents: int = DEFAULT_MAX_DOCUMENTS,
    force: bool = False,
    extractor: Extractor | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> ShowResult:
    """Write the documents page to ``output`` and the batch summary next to it.

    Args:
        inputs: input documents (as for ``extract``), or with ``as_records`` JSONL rows
            holding text and annotations; with ``records`` they only supply the texts.
        output: the documents page (HTML).
        summary: the summary page (default: ``<output stem>-summary.html``).
        records: a JSONL of records to show instead of running the pipeline.
        as_records: read ``inputs`` as records that carry their own ``text``.
        published: default published date for input documents that carry none.
        ids: show only these documents on the documents page (the summary has all).
        max_documents: at most this many documents on the documents page.
        force: overwrite existing files.

    Raises:
        InputError: bad arguments, a missing input, or an output that exists without force.
    """
    if output == "-":
        raise InputError("output", output, "show writes two HTML files; give a file name")
    if records is not None and as_records:
        raise InputError("--as-records", True, "give either --records or --as-records, not both")
    if records is None and not inputs:
        raise InputError("inputs", list(inputs), "give at least one input (or --records)")
    if max_documents < 0:
        raise InputError("max_documents", max_documents, "expected a number >= 0")
    positive_int("batch_size", batch_size)
    positive_int("n_process", n_process, allowed=(-1,))
    if records is not None or as_records:
        for path in [records] if records is not None else inputs:
            if path != "-" and not Path(path).is_file():
                raise InputError("records", path, "no such file")
    if inputs and not as_records:
        check_inputs(inputs)
    summary = summary or summary_path_for(output)
    if Path(summary).resolve() == Path(output).resolve():
        raise InputError("summary", summary, "the summary must be a different file from -o")
    for target in (output, summary):
        if Path(target).exists() and not force:
            raise InputError("output", target, "file exists; pass --force to overwrite")

    wanted = set(ids)
    if records is not None:
        pairs: Iterator[tuple[Record, str | None]] = read_record_rows(records)
    elif as_records:
        pairs = itertools.chain.from_iterable(read_record_rows(p) for p in inputs)
    else:
        pairs = _extracted(inputs, published, extractor, batch_size, n_process)

    builder = SummaryBuilder()
    shown: list[tuple[int, Record, str | None]] = []
    for record, text in pairs:
        number = builder.documents + 1
        selected = len(shown) < max_documents and (not wanted or record.id in wanted)
        builder.add(record, f"doc-{number}" if selected else None)
        if selected:
            shown.append((number, record, text))

    if records is not None and inputs:
        texts = _texts(inputs, published, {r.id for _, r, t in shown if t is None and r.id})
        shown = [(n, r, t if t is not None else texts.get(r.id or "")) for n, r, t in shown]

    views = [build_document_view(n, r, t) for n, r, t in shown]
    documents_html = render_documents(
        views, total=builder.documents, summary_href=_href(summary, output)
    )
    summary_html = render_summary(builder, documents_href=_href(output, summary))
    for target, html in ((output, documents_html), (summary, summary_html)):
        with open_output(target, force=True) as handle:
            handle.write(html)
    return ShowResult(builder.documents, builder.with_errors, len(views), output, summary)
