"""Output formats for records: JSONL, Parquet (nested) and CSV tables.

- ``jsonl``: one record per line, the shape of :meth:`Record.to_dict`.
- ``parquet``: one row per document; ``entities``, ``events``, ``quotes`` and
  ``errors`` are lists of structs, ``dateline`` a struct, ``meta`` a JSON string.
- ``csv``: a folder of flat tables for pandas, DuckDB and spreadsheets:
  ``documents.csv`` (one row per document, keyed by ``id``) and one table per list
  of the record (``entities.csv``, ``events.csv``, ``quotes.csv``, ``errors.csv``,
  and ``participants.csv`` for the participants of events), keyed by
  ``document_id`` and the item's ``index`` within its document.

Columns are derived from the dataclasses in :mod:`pmk_extract.records`
(:mod:`pmk_extract.recordfields`), so a new record field appears in every format without
a change here; the CSV tables are written and read in :mod:`pmk_extract.csvtables`.

Writers are atomic (a temporary file or folder renamed at the end:
:mod:`pmk_extract.outfiles`) or, with ``resume``, append document by document:
:func:`prepare_resume` drops whatever a killed run left half-written and returns the ids
already complete.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from .csvtables import CsvWriter, csv_done, read_csv_tables, table_files
from .errors import InputError
from .io import input_format, open_binary, pyarrow_parquet
from .outfiles import is_special, open_output, replacing, temp_dir
from .recordfields import FieldKind, from_plain, plain_fields, record_fields, to_json
from .records import Record
from .surrogates import replace_surrogates

__all__ = [
    "OUTPUT_FORMATS",
    "ROW_GROUP_SIZE",
    "RecordWriter",
    "dumps",
    "is_special",
    "open_output",
    "open_writer",
    "output_format",
    "plain_fields",
    "prepare_resume",
    "read_csv_tables",
    "read_parquet_records",
    "read_records",
    "record_arrow_schema",
    "to_json",
]

OUTPUT_FORMATS = ("jsonl", "parquet", "csv")
ROW_GROUP_SIZE = 1000


def output_format(target: str, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the suffix of ``target`` (JSONL)."""
    if fmt is not None:
        if fmt not in OUTPUT_FORMATS:
            raise InputError("--format", fmt, f"expected one of {', '.join(OUTPUT_FORMATS)}")
        return fmt
    if target.lower().endswith((".parquet", ".pq")):
        return "parquet"
    return "jsonl"


class RecordWriter(Protocol):
    """Receives records in order; ``text`` is the document text when it is to be kept."""

    def write(self, record: Record, text: str | None = None) -> None:
        """Write one record."""


# ---------------------------------------------------------------------------- JSONL


def dumps(record: Record, text: str | None = None) -> str:
    """One JSONL line (no trailing newline) for a record; ``text`` adds the document text."""
    out = record.to_dict()
    if text is not None:
        out["text"] = text
    return to_json(out)


class _JsonlWriter:
    def __init__(self, handle: IO[str], flush: bool) -> None:
        self.handle = handle
        self.flush = flush

    def write(self, record: Record, text: str | None = None) -> None:
        self.handle.write(dumps(record, text) + "\n")
        if self.flush:
            self.handle.flush()


def _truncate_partial_line(path: Path) -> None:
    """Cut a file after its last newline (a killed writer may leave half a line)."""
    with path.open("rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            step = min(65536, position)
            handle.seek(position - step)
            chunk = handle.read(step)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                position = position - step + cut + 1
                break
            position -= step
        if position != end:
            handle.truncate(position)


def _jsonl_done(path: Path) -> set[str]:
    _truncate_partial_line(path)
    done: set[str] = set()
    with path.open("rb") as handle:
        for line in handle:
            with contextlib.suppress(ValueError):
                obj = json.loads(line)
                if isinstance(obj, dict) and obj.get("id") is not None:
                    done.add(str(obj["id"]))
    return done


# ---------------------------------------------------------------------------- Parquet


def _arrow_type(kind: FieldKind) -> Any:
    import pyarrow as pa

    if kind.kind == "many":
        return pa.list_(_arrow_struct(kind.type))
    if kind.kind == "one":
        return _arrow_struct(kind.type)
    if kind.kind == "json":
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[kind.type]


def _arrow_struct(cls: type) -> Any:
    import pyarrow as pa

    return pa.struct([pa.field(name, _arrow_type(kind)) for name, kind in record_fields(cls)])


def record_arrow_schema(with_text: bool = False) -> Any:
    """The ``pyarrow.Schema`` of the Parquet output (``text`` last when kept)."""
    import pyarrow as pa

    fields = [pa.field(name, _arrow_type(kind)) for name, kind in record_fields(Record)]
    if with_text:
        fields.append(pa.field("text", pa.string()))
    return pa.schema(fields)


def _arrow_row(record: Record, text: str | None, with_text: bool) -> dict[str, Any]:
    row = plain_fields(record)
    row["meta"] = to_json(row["meta"]) if row["meta"] else None
    if with_text:
        row["text"] = text
    return row


class _ParquetWriter:
    def __init__(self, path: str, with_text: bool, row_group_size: int) -> None:
        import pyarrow.parquet as pq

        self.schema = record_arrow_schema(with_text)
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.with_text = with_text
        self.rows: list[dict[str, Any]] = []
        self.row_group_size = row_group_size

    def write(self, record: Record, text: str | None = None) -> None:
        self.rows.append(_arrow_row(record, text, self.with_text))
        if len(self.rows) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            try:
                table = pa.Table.from_pylist(self.rows, schema=self.schema)
            except UnicodeEncodeError:  # unpaired surrogates in an id, a text or meta
                table = pa.Table.from_pylist(_encodable(self.rows), schema=self.schema)
            self.writer.write_table(table)
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _encodable(value: Any) -> Any:
    """``value`` (rows of str, lists and dicts) with unpaired surrogates as U+FFFD."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        return [_encodable(v) for v in value]
    if isinstance(value, dict):
        return {k: _encodable(v) for k, v in value.items()}
    return value


def read_parquet_records(path: str) -> Iterator[Record]:
    """Read back the records of a Parquet output, one row group at a time."""
    for batch in pyarrow_parquet().ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            yield from_plain(Record, row)


# ---------------------------------------------------------------------------- opening


def _check_fresh(path: Path, target: str, force: bool, folder: bool) -> None:
    if not path.exists():
        return
    if is_special(path):
        if folder:
            raise InputError("output", target, "is a FIFO or device, not a folder")
        return  # written in place
    if not force:
        raise InputError("output", target, "exists; pass --force to overwrite or --resume")
    if folder:
        if not path.is_dir():
            raise InputError("output", target, "exists and is not a folder")
        ours = table_files()
        strangers = [p.name for p in path.iterdir() if p.name not in ours]
        if strangers:
            raise InputError(
                "output", target, f"folder holds other files ({strangers[0]}); not overwriting"
            )
    elif path.is_dir():
        raise InputError("output", target, "is a folder; expected a file")


def prepare_resume(target: str, fmt: str, with_text: bool = False) -> set[str]:
    """Make a partly written output appendable and return the ids it already holds.

    Raises:
        InputError: resuming is impossible for this target or format.
    """
    if target == "-":
        raise InputError("--resume", target, "needs an output file, not stdout")
    if fmt == "parquet":
        raise InputError(
            "--resume",
            target,
            "Parquet files cannot be appended to; resume a JSONL or CSV output and convert it",
        )
    path = Path(target)
    if not path.exists():
        return set()
    if is_special(path):
        raise InputError("--resume", target, "needs a regular file or folder, not a FIFO or device")
    if fmt == "csv":
        if not path.is_dir():
            raise InputError("output", target, "exists and is not a folder")
        return csv_done(path, with_text)
    if path.is_dir():
        raise InputError("output", target, "is a folder; expected a file")
    return _jsonl_done(path)


@contextlib.contextmanager
def open_writer(
    target: str,
    fmt: str,
    *,
    force: bool = False,
    resume: bool = False,
    with_text: bool = False,
    row_group_size: int = ROW_GROUP_SIZE,
) -> Iterator[RecordWriter]:
    """Open a writer of records to ``target`` in format ``fmt``.

    Without ``resume`` the output appears only when the block ends without error
    (temporary file or folder, then rename). With ``resume`` records are appended and
    flushed one document at a time (call :func:`prepare_resume` first).

    Raises:
        InputError: the target exists (without ``force``/``resume``) or does not suit
            the format.
    """
    path = Path(target)
    if fmt == "jsonl":
        if resume:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8", newline="\n") as handle:
                yield _JsonlWriter(handle, flush=True)
            return
        if target != "-":
            _check_fresh(path, target, force, folder=False)
        with open_output(target, force=True) as handle:
            yield _JsonlWriter(handle, flush=handle is sys.stdout)
        return
    if target == "-":
        raise InputError("output", target, f"--format {fmt} needs an output path, not stdout")
    if fmt == "parquet":
        pyarrow_parquet()  # or a clear error, before anything is written
        _check_fresh(path, target, force, folder=False)
        if is_special(path):
            special = _ParquetWriter(target, with_text, row_group_size)
            yield special
            special.close()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as (fd, tmp):
            os.close(fd)
            writer = _ParquetWriter(tmp, with_text, row_group_size)
            yield writer
            writer.close()
        return
    if resume:
        path.mkdir(parents=True, exist_ok=True)
        csv_writer = CsvWriter(path, with_text, append=True)
        try:
            yield csv_writer
        finally:
            csv_writer.close()
        return
    _check_fresh(path, target, force, folder=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = temp_dir(path)
    try:
        csv_writer = CsvWriter(tmp_dir, with_text, append=False)
        try:
            yield csv_writer
        finally:
            csv_writer.close()
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
            os.replace(tmp_dir, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp_dir, path)
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise


# ---------------------------------------------------------------------------- reading back


def read_records(path: str) -> list[Record]:
    """Read records: a JSONL file, a Parquet file, or a folder of CSV tables.

    Raises:
        InputError: a line is not valid JSON (names file and line).
    """
    if Path(path).is_dir():
        return list(read_csv_tables(path))
    if input_format(path) == "parquet":
        return list(read_parquet_records(path))
    records = []
    with open_binary(path) as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            try:
                obj: Any = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    "records", f"{path}:{lineno}", f"invalid JSON: {exc.msg}"
                ) from None
            records.append(Record.from_dict(obj))
    return records
