"""Streaming readers for the command line and the batch API.

Inputs, each read lazily, one document at a time:

- folders, recursively (sorted, hidden files skipped): ``.txt`` and ``.md`` as they
  are, ``.html``/``.htm`` reduced to their article by :mod:`pmk_extract.webpage`
  (trafilatura; :func:`~pmk_extract.html_text.html_to_text` where it finds no article);
  id = path relative to the folder;
- single ``.txt``/``.md``/``.html`` files; id = file name;
- ``.jsonl`` (also ``.ndjson``): one JSON object per line;
- ``.csv`` and ``.tsv`` with a header row;
- ``.parquet``;
- ``-``: standard input (JSONL unless ``input_format`` says otherwise).

Any file may be gzip-compressed (detected from its first bytes, ``.gz`` suffix
optional). In tables the text, id and published fields are named by
:class:`Columns`; a row without an id gets ``file:line`` (Parquet: ``file:row``),
and every other field passes through to ``Record.meta``. A row that cannot be read
(bad JSON, no text, bad published date, undecodable bytes) becomes a
:class:`BadRow` naming the file and line, so the batch goes on.

Offsets in a record always refer to the text the pipeline saw: the file or field
as decoded from UTF-8 (a leading byte-order mark removed) and, for HTML, the
article text :mod:`pmk_extract.webpage` made of it (``--with-text`` writes it into the
output).
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from .csvrows import MAX_ROW_CHARS, csv_rows, set_field_limit
from .documents import Document, coerce_published
from .errors import InputError
from .html_text import html_to_text
from .records import ErrorInfo, Record
from .webpage import html_document

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
TSV_SUFFIXES = (".tsv", ".tab")
PARQUET_SUFFIXES = (".parquet", ".pq")
INPUT_FORMATS = ("txt", "html", "jsonl", "csv", "tsv", "parquet")

# gold annotations in a JSONL input are not passed through to meta
_ANNOTATION_FIELDS = ("entities", "events", "quotes", "errors")


@dataclass(frozen=True, slots=True)
class Columns:
    """Names of the text, id and published fields in tabular inputs (JSONL, CSV, Parquet)."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


@dataclass(frozen=True, slots=True)
class BadRow:
    """An input row that could not be turned into a document."""

    id: str
    message: str

    def to_record(self) -> Record:
        """The error record written in place of the document."""
        return Record(id=self.id, published=None, errors=(ErrorInfo("input", self.message),))


Row = Document | BadRow


# ---------------------------------------------------------------------------- formats


def input_format(path: str) -> str | None:
    """The input format of a file name (``.gz`` ignored), or None when unknown."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for fmt, suffixes in (
        ("txt", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("csv", CSV_SUFFIXES),
        ("tsv", TSV_SUFFIXES),
        ("parquet", PARQUET_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return fmt
    return None


def open_binary(path: str | Path) -> IO[bytes]:
    """Open a file for reading bytes, gunzipping it when it starts with the gzip magic."""
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _stdin_binary() -> IO[bytes]:
    buffer = sys.stdin.buffer
    peek: Callable[[int], bytes] | None = getattr(buffer, "peek", None)
    if peek is not None and peek(2)[:2] == b"\x1f\x8b":
        return cast(IO[bytes], gzip.GzipFile(fileobj=buffer, mode="rb"))
    return buffer


# ---------------------------------------------------------------------------- rows


def _decode(data: bytes, where: str) -> str | BadRow:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return BadRow(where, f"{where}: not valid UTF-8 at byte {exc.start}")


def _document(
    text: object,
    doc_id: str,
    published: object,
    meta: Mapping[str, Any],
    where: str,
    columns: Columns,
) -> Row:
    if not isinstance(text, str):
        if text is None:
            reason = f"missing {columns.text!r} field"
        else:
            reason = f"{columns.text!r} is not a string"
        return BadRow(doc_id, f"{where}: {reason}")
    try:
        day = coerce_published(published, columns.published)
    except InputError as exc:
        return BadRow(doc_id, f"{where}: {exc}")
    return Document(text=text, id=doc_id, published=day, meta=dict(meta))


def _file_document(path: Path, doc_id: str, fmt: str, published: object) -> Row:
    try:
        with open_binary(path) as handle:
            data = handle.read()
    except (OSError, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return BadRow(doc_id, f"{path}: cannot read: {reason}")
    text = _decode(data, str(path))
    if isinstance(text, BadRow):
        return BadRow(doc_id, text.message)
    meta: dict[str, Any] = {}
    if fmt == "html":
        text, meta, published = html_document(text, published, html_to_text)
    return _document(text, doc_id, published, meta, str(path), Columns())


def _split_row(obj: Mapping[str, Any], where: str, columns: Columns, published: object) -> Row:
    raw_id = obj.get(columns.id)
    doc_id = where if raw_id is None or raw_id == "" else str(raw_id)
    day = obj.get(columns.published)
    if day is None or day == "":
        day = published
    skip = {columns.id, columns.text, columns.published}
    meta = {k: v for k, v in obj.items() if k not in skip}
    return _document(obj.get(columns.text), doc_id, day, meta, where, columns)


def _jsonl_rows(
    handle: IO[bytes], name: str, published: object, columns: Columns = Columns()
) -> Iterator[Row]:
    for lineno, raw in enumerate(handle, 1):
        where = f"{name}:{lineno}"
        line = _decode(raw, where)
        if isinstance(line, BadRow):
            yield line
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRow(where, f"{where}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield BadRow(where, f"{where}: expected a JSON object")
            continue
        for key in _ANNOTATION_FIELDS:
            obj.pop(key, None)
        yield _split_row(obj, where, columns, published)


def _csv_rows(
    handle: IO[bytes],
    name: str,
    delimiter: str,
    published: object,
    columns: Columns,
    max_row_chars: int = MAX_ROW_CHARS,
) -> Iterator[Row]:
    rows = csv_rows(handle, delimiter, max_row_chars)
    head = next(rows, None)
    if head is None:
        return
    if head.problem is not None:
        yield BadRow(f"{name}:1", f"{name}:1: malformed header: {head.problem}")
        return
    header = head.cells
    if columns.text not in header:
        raise InputError(
            "--text-col",
            columns.text,
            f"{name} has no such column (columns: {', '.join(header)})",
        )
    for row in rows:
        where = f"{name}:{row.first}"
        obj = dict(zip(header, row.cells, strict=False))
        row_id = obj.get(columns.id)
        if row_id and "\n" in row_id:  # an unclosed field is the id itself
            row_id = None
        if row.problem is not None:
            yield BadRow(row_id or where, f"{name}:{row.problem_line}: {row.problem}")
        elif not row.cells:
            continue  # blank line
        elif row.bad_utf8 is not None:
            yield BadRow(where, f"{name}:{row.bad_utf8}: not valid UTF-8")
        elif len(row.cells) != len(header):
            yield BadRow(
                row_id or where,
                f"{where}: row has {len(row.cells)} fields, the header has {len(header)}",
            )
        else:
            yield _split_row(obj, where, columns, published)


def _parquet_rows(path: Path, name: str, published: object, columns: Columns) -> Iterator[Row]:
    pq = pyarrow_parquet()
    parquet = pq.ParquetFile(path)
    fields = parquet.schema_arrow.names
    if columns.text not in fields:
        raise InputError(
            "--text-col", columns.text, f"{name} has no such column (columns: {', '.join(fields)})"
        )
    number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for obj in batch.to_pylist():
            number += 1
            yield _split_row(obj, f"{name}:{number}", columns, published)


def pyarrow_parquet() -> Any:
    """``pyarrow.parquet``, or an :class:`InputError` saying how to install it."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "format", "parquet", "needs pyarrow: pip install 'pmk-extract[parquet]'"
        ) from None
    return pq


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in a stable order, without listing the whole tree first."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _folder_rows(folder: Path, published: object) -> Iterator[Row]:
    for file in _walk(folder):
        fmt = input_format(file.name)
        if fmt in ("txt", "html"):
            doc_id = file.relative_to(folder).as_posix()
            yield _file_document(file, doc_id, fmt, published)


def _check_folder(folder: Path, raw: str) -> None:
    """A folder must hold a document (it stops at the first); else say what it holds."""
    others = 0
    for file in _walk(folder):
        if input_format(file.name) in ("txt", "html"):
            return
        others += 1
    found = f"{others} other files" if others else "nothing"
    raise InputError(
        "input", raw, f"folder has no .txt, .md or .html files (found {found}, hidden skipped)"
    )


def _check_path(raw: str, forced: str | None) -> tuple[Path, str]:
    path = Path(raw)
    if not path.exists():
        raise InputError("input", raw, "no such file or directory")
    if path.is_dir():
        _check_folder(path, raw)
        return path, "folder"
    fmt = forced or input_format(path.name)
    if fmt is None:
        raise InputError(
            "input",
            raw,
            "unknown file type; expected .txt, .md, .html, .jsonl, .csv, .tsv or .parquet "
            "(optionally .gz), a folder, or '-' (or pass --input-format)",
        )
    return path, fmt


def check_inputs(
    paths: Iterable[str], input_format: str | None = None, columns: Columns = Columns()
) -> None:
    """Fail early, before any output is written, on a missing or unreadable input.

    Checks that every path exists with a known type and that CSV/TSV/Parquet files
    have the text column.

    Raises:
        InputError: naming the path and what is wrong.
    """
    for raw in paths:
        if raw == "-":
            continue
        path, fmt = _check_path(raw, input_format)
        if fmt in ("csv", "tsv"):
            set_field_limit()
            try:
                with open_binary(path) as handle:
                    first = handle.readline().decode("utf-8-sig", errors="replace")
            except (OSError, EOFError) as exc:
                raise InputError("input", raw, f"cannot read: {exc}") from None
            header = next(csv.reader([first], delimiter="," if fmt == "csv" else "\t"), [])
            if header and columns.text not in header:
                raise InputError(
                    "--text-col",
                    columns.text,
                    f"{raw} has no such column (columns: {', '.join(header)})",
                )
        elif fmt == "parquet":
            names = pyarrow_parquet().read_schema(path).names
            if columns.text not in names:
                raise InputError(
                    "--text-col",
                    columns.text,
                    f"{raw} has no such column (columns: {', '.join(names)})",
                )


def _rows_of(
    handle: IO[bytes],
    name: str,
    fmt: str,
    published: object,
    columns: Columns,
    max_row_chars: int = MAX_ROW_CHARS,
) -> Iterator[Row]:
    if fmt == "jsonl":
        yield from _jsonl_rows(handle, name, published, columns)
    elif fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        yield from _csv_rows(handle, name, delimiter, published, columns, max_row_chars)
    else:  # one whole document
        text = _decode(handle.read(), name)
        if isinstance(text, BadRow):
            yield text
            return
        meta: dict[str, Any] = {}
        if fmt == "html":
            text, meta, published = html_document(text, published, html_to_text)
        yield _document(text, name, published, meta, name, columns)


def read_inputs(
    paths: Iterable[str],
    published: object = None,
    *,
    columns: Columns = Columns(),
    input_format: str | None = None,
    max_row_chars: int = MAX_ROW_CHARS,
) -> Iterator[Row]:
    """Yield one :class:`Document` or :class:`BadRow` per input document, in order.

    Args:
        paths: files, folders or ``-`` (standard input).
        published: default published date for documents that carry none.
        columns: names of the text/id/published fields in JSONL, CSV and Parquet.
        input_format: read every file (and stdin) as this format instead of guessing
            from its name: one of ``INPUT_FORMATS``.
        max_row_chars: a CSV/TSV row longer than this (a quoted field left open) is
            skipped with an error record naming the line where the field opened.

    Raises:
        InputError: a path does not exist or has an unsupported type, or a table
            has no text column.
    """
    for raw in paths:
        if raw == "-":
            fmt = input_format or "jsonl"
            if fmt == "parquet":
                raise InputError("input", raw, "Parquet cannot be read from standard input")
            stdin = _stdin_binary()
            yield from _rows_of(stdin, "<stdin>", fmt, published, columns, max_row_chars)
            continue
        path, fmt = _check_path(raw, input_format)
        if fmt == "folder":
            yield from _folder_rows(path, published)
        elif fmt == "parquet":
            yield from _parquet_rows(path, path.name, published, columns)
        elif fmt in ("txt", "html"):
            yield _file_document(path, path.name, fmt, published)
        else:
            with open_binary(path) as handle:
                yield from _rows_of(handle, path.name, fmt, published, columns, max_row_chars)


def count_inputs(
    paths: Iterable[str],
    *,
    columns: Columns = Columns(),
    input_format: str | None = None,
    max_row_chars: int = MAX_ROW_CHARS,
) -> int | None:
    """Count the documents of ``paths`` cheaply (for a progress bar); None for stdin.

    Folders count files, Parquet reads its footer, JSONL counts non-blank lines and
    CSV counts the rows :func:`read_inputs` gives a document or an error record.
    """
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path, fmt = _check_path(raw, input_format)
        if fmt == "folder":
            total += sum(1 for f in _walk(path) if input_format_of(f) in ("txt", "html"))
        elif fmt == "parquet":
            total += pyarrow_parquet().ParquetFile(path).metadata.num_rows
        elif fmt in ("txt", "html"):
            total += 1
        else:
            with open_binary(path) as handle:
                if fmt == "jsonl":
                    total += sum(1 for line in handle if line.strip())
                else:  # every row read gives a document or an error record
                    rows = csv_rows(handle, "," if fmt == "csv" else "\t", max_row_chars)
                    total += max(0, sum(1 for row in rows if row.cells or row.problem) - 1)
    return total


def input_format_of(path: Path) -> str | None:
    """:func:`input_format` of a path's file name."""
    return input_format(path.name)


# ---------------------------------------------------------------------------- gold


def read_gold_texts(path: str) -> list[Document]:
    """The documents (text, id, published) of a gold JSONL file."""
    rows = []
    with open_binary(path) as handle:
        for row in _jsonl_rows(handle, Path(path).name, None):
            if isinstance(row, BadRow):
                raise InputError("gold", path, row.message)
            rows.append(Document(text=row.text, id=row.id, published=row.published))
    return rows
