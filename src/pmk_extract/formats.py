"""Output formats for records: JSONL, Parquet (nested) and CSV tables.

- ``jsonl``: one record per line, the shape of :meth:`Record.to_dict`.
- ``parquet``: one row per document; ``entities``, ``events``, ``quotes`` and
  ``errors`` are lists of structs, ``dateline`` a struct, ``meta`` a JSON string.
- ``csv``: a folder of flat tables for pandas, DuckDB and spreadsheets:
  ``documents.csv`` (one row per document, keyed by ``id``) and one table per list
  of the record (``entities.csv``, ``events.csv``, ``quotes.csv``, ``errors.csv``,
  and ``participants.csv`` for the participants of events), keyed by
  ``document_id`` and the item's ``index`` within its document.

Columns are derived from the dataclasses in :mod:`pmk_extract.records`, so a new
record field appears in every format without a change here.

Writers are atomic (a temporary file or folder renamed at the end) or, with
``resume``, append document by document: :func:`prepare_resume` drops whatever a
killed run left half-written and returns the ids already complete.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
import shutil
import stat
import sys
import tempfile
import types
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Protocol

from .errors import InputError
from .io import input_format, open_binary, pyarrow_parquet
from .records import Record
from .surrogates import ERRORS, replace_surrogates

OUTPUT_FORMATS = ("jsonl", "parquet", "csv")
ROW_GROUP_SIZE = 1000

# ---------------------------------------------------------------------------- JSON


def _json_default(value: object) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", errors="replace")
    return str(value)


def to_json(obj: object) -> str:
    """Compact JSON (UTF-8 kept); dates, decimals and other values in ``meta`` as strings.

    Unpaired surrogates (in an id, a text or ``meta``) become U+FFFD: the line is valid UTF-8.
    """
    return replace_surrogates(json.dumps(obj, ensure_ascii=False, default=_json_default))


def dumps(record: Record, text: str | None = None) -> str:
    """One JSONL line (no trailing newline) for a record; ``text`` adds the document text."""
    out = record.to_dict()
    if text is not None:
        out["text"] = text
    return to_json(out)


def is_special(path: Path) -> bool:
    """True for a FIFO, a device or a socket: written in place, never replaced by a file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it (and put it back at once)
    os.umask(mask)
    return mask


def _temp_file(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path`` with the mode a new file gets (0666 minus the umask)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


def _temp_dir(path: Path) -> Path:
    """A temporary folder beside ``path`` with the mode a new folder gets (0777 minus the umask)."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    tmp.chmod(0o777 & ~_umask())
    return tmp


@contextlib.contextmanager
def open_output(target: str, force: bool = False) -> Iterator[IO[str]]:
    """Open ``target`` for writing (``-`` is stdout), atomically: a temp file renamed at the end.

    A FIFO or device (``/dev/null``, a named pipe) is written directly, never replaced.
    The file gets the mode a new file gets (0666 minus the umask).

    Raises:
        InputError: the file exists and ``force`` is false.
    """
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(target)
    if is_special(path):
        with path.open("w", encoding="utf-8", errors=ERRORS, newline="\n") as special:
            yield special
        return
    if path.exists() and not force:
        raise InputError("output", target, "file exists; pass --force to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=ERRORS, newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ---------------------------------------------------------------------------- layout


@dataclasses.dataclass(frozen=True, slots=True)
class _Kind:
    """How a dataclass field is stored: a scalar, one nested record, many, or JSON."""

    kind: str  # "scalar" | "one" | "many" | "json"
    type: Any = None
    optional: bool = False


def _kind(hint: Any) -> _Kind:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        inner = _kind(rest[0]) if len(rest) == 1 else _Kind("json")
        return dataclasses.replace(inner, optional=True)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if dataclasses.is_dataclass(args[0]):
            return _Kind("many", args[0])
        return _Kind("json")
    if dataclasses.is_dataclass(hint):
        return _Kind("one", hint)
    if hint in (str, int, float, bool):
        return _Kind("scalar", hint)
    return _Kind("json")


def _fields(cls: type) -> list[tuple[str, _Kind]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, _kind(hints[f.name])) for f in dataclasses.fields(cls)]


def plain_fields(obj: Any) -> dict[str, Any]:
    """Every field of a record dataclass, nested ones as dicts and lists (JSON fields kept)."""
    out: dict[str, Any] = {}
    for name, kind in _fields(type(obj)):
        value = getattr(obj, name)
        if kind.kind == "many":
            out[name] = [plain_fields(item) for item in value]
        elif kind.kind == "one":
            out[name] = None if value is None else plain_fields(value)
        elif kind.kind == "json":
            out[name] = dict(value) if isinstance(value, Mapping) else value
        else:
            out[name] = value
    return out


def _build(cls: type, data: Mapping[str, Any]) -> Any:
    """Inverse of :func:`plain_fields` (JSON fields may arrive as strings)."""
    kwargs: dict[str, Any] = {}
    for name, kind in _fields(cls):
        if name not in data:
            continue
        value = data[name]
        if kind.kind == "many":
            kwargs[name] = tuple(_build(kind.type, item) for item in value or ())
        elif kind.kind == "one":
            kwargs[name] = None if not value else _build(kind.type, value)
        elif kind.kind == "json":
            if isinstance(value, str):
                value = json.loads(value) if value else None
            kwargs[name] = {} if value is None and name == "meta" else value
        else:
            kwargs[name] = value
    return cls(**kwargs)


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


def _arrow_type(kind: _Kind) -> Any:
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

    return pa.struct([pa.field(name, _arrow_type(kind)) for name, kind in _fields(cls)])


def record_arrow_schema(with_text: bool = False) -> Any:
    """The ``pyarrow.Schema`` of the Parquet output (``text`` last when kept)."""
    import pyarrow as pa

    fields = [pa.field(name, _arrow_type(kind)) for name, kind in _fields(Record)]
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
            yield _build(Record, row)


# ---------------------------------------------------------------------------- CSV


@dataclasses.dataclass(frozen=True, slots=True)
class _Table:
    """A child table: the items of a list field of Record, or of a list field inside them."""

    name: str  # file name stem, also the field name in the owning class
    cls: type  # the item dataclass
    parent: str | None  # the owning child table; None for a list field of Record
    columns: tuple[str, ...]  # the item's own scalar and JSON fields

    @property
    def keys(self) -> tuple[str, ...]:
        if self.parent is None:
            return ("document_id", "index")
        return ("document_id", f"{self.parent.removesuffix('s')}_index", "index")


def _csv_tables() -> list[_Table]:
    """The child tables, each top-level table followed by its own sub-tables."""
    tables = []
    for name, kind in _fields(Record):
        if kind.kind != "many":
            continue
        own = tuple(n for n, k in _fields(kind.type) if k.kind != "many")
        tables.append(_Table(name, kind.type, None, own))
        for sub, sub_kind in _fields(kind.type):
            if sub_kind.kind == "many":
                sub_own = tuple(n for n, k in _fields(sub_kind.type) if k.kind != "many")
                tables.append(_Table(sub, sub_kind.type, name, sub_own))
    return tables


def _document_columns(with_text: bool) -> list[str]:
    columns: list[str] = []
    for name, kind in _fields(Record):
        if kind.kind == "many":
            columns.append(f"n_{name}")
        elif kind.kind == "one":
            columns.extend(f"{name}_{sub}" for sub, _ in _fields(kind.type))
        else:
            columns.append(name)
    if with_text:
        columns.append("text")
    return columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list | tuple):
        return to_json(value) if value else ""
    return str(value)


def _uncell(value: str, kind: _Kind) -> Any:
    if kind.kind == "json":
        return json.loads(value) if value else None
    if value == "" and (kind.optional or kind.type is not str):
        return None if kind.optional or kind.type is not bool else False
    if kind.type is int:
        return int(value)
    if kind.type is float:
        return float(value)
    if kind.type is bool:
        return value == "true"
    return value


def _document_row(record: Record, text: str | None, with_text: bool) -> list[str]:
    cells: list[str] = []
    for name, kind in _fields(Record):
        value = getattr(record, name)
        if kind.kind == "many":
            cells.append(str(len(value)))
        elif kind.kind == "one":
            cells.extend(
                _cell(None if value is None else getattr(value, sub))
                for sub, _ in _fields(kind.type)
            )
        else:
            cells.append(_cell(value))
    if with_text:
        cells.append(text or "")
    return cells


def _open_table(path: Path, header: list[str], append: bool) -> tuple[IO[str], Any]:
    fresh = not (append and path.exists() and path.stat().st_size > 0)
    handle = path.open("a" if append else "w", encoding="utf-8", errors=ERRORS, newline="")
    writer = csv.writer(handle, lineterminator="\n")
    if fresh:
        writer.writerow(header)
        handle.flush()
    return handle, writer


class _CsvWriter:
    def __init__(self, folder: Path, with_text: bool, append: bool) -> None:
        self.with_text = with_text
        self.append = append
        self.tables = _csv_tables()
        self.handles: dict[str, tuple[IO[str], Any]] = {}
        for table in self.tables:
            header = [*table.keys, *table.columns]
            self.handles[table.name] = _open_table(folder / f"{table.name}.csv", header, append)
        self.handles["documents"] = _open_table(
            folder / "documents.csv", _document_columns(with_text), append
        )

    def write(self, record: Record, text: str | None = None) -> None:
        doc_id = _cell(record.id)
        touched = set()
        for table in self.tables:
            if table.parent is not None:
                continue
            for index, item in enumerate(getattr(record, table.name)):
                self._row(table, [doc_id, str(index)], item)
                touched.add(table.name)
                for sub in self.tables:
                    if sub.parent != table.name:
                        continue
                    for sub_index, sub_item in enumerate(getattr(item, sub.name)):
                        self._row(sub, [doc_id, str(index), str(sub_index)], sub_item)
                        touched.add(sub.name)
        if self.append:  # child rows reach the disk before the row that marks the document done
            for name in touched:
                self.handles[name][0].flush()
        handle, writer = self.handles["documents"]
        writer.writerow(_document_row(record, text, self.with_text))
        if self.append:
            handle.flush()

    def _row(self, table: _Table, keys: list[str], item: Any) -> None:
        cells = [_cell(getattr(item, column)) for column in table.columns]
        self.handles[table.name][1].writerow([*keys, *cells])

    def close(self) -> None:
        for handle, _ in self.handles.values():
            handle.close()


def _read_table(path: Path) -> tuple[list[str], list[list[str]], bool]:
    """Header, rows, and whether the file ends cleanly (after a newline)."""
    if not path.exists() or path.stat().st_size == 0:
        return [], [], True
    with path.open("rb") as raw:
        raw.seek(-1, os.SEEK_END)
        clean = raw.read(1) == b"\n"
    rows: list[list[str]] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            for cells in reader:
                rows.append(cells)
        except csv.Error:
            clean = False
    if not rows:
        return [], [], clean
    return rows[0], rows[1:], clean


def _rewrite(path: Path, header: list[str], rows: list[list[str]]) -> None:
    fd, tmp = _temp_file(path)
    with os.fdopen(fd, "w", encoding="utf-8", errors=ERRORS, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(tmp, path)


def _csv_done(folder: Path, with_text: bool) -> set[str]:
    header, rows, clean = _read_table(folder / "documents.csv")
    if not header:
        return set()
    if header != _document_columns(with_text):
        raise InputError(
            "--resume",
            str(folder),
            "documents.csv has other columns than this run would write "
            "(resume with the same --with-text, or write to a new folder)",
        )
    if not clean and rows:
        rows = rows[:-1]  # the last row was cut short
    rows = [r for r in rows if len(r) == len(header)]
    _rewrite(folder / "documents.csv", header, rows)
    done = {r[header.index("id")] for r in rows}
    for table in _csv_tables():
        path = folder / f"{table.name}.csv"
        t_header, t_rows, _ = _read_table(path)
        if not t_header:
            continue
        keep = [r for r in t_rows if len(r) == len(t_header) and r[0] in done]
        _rewrite(path, t_header, keep)
    return done


def read_csv_tables(folder: str) -> Iterator[Record]:
    """Read back the records of a CSV tables folder (loads the child tables in memory)."""
    base = Path(folder)
    tables = _csv_tables()
    # (table name, document id[, parent index]) -> items in file order
    items: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for table in sorted(tables, key=lambda t: t.parent is None):  # sub-tables first
        header, rows, _ = _read_table(base / f"{table.name}.csv")
        kinds = dict(_fields(table.cls))
        subs = [t for t in tables if t.parent == table.name]
        for cells in rows:
            row = dict(zip(header, cells, strict=False))
            item = {c: _uncell(row.get(c, ""), kinds[c]) for c in table.columns}
            for sub in subs:
                item[sub.name] = items.pop((sub.name, row["document_id"], row["index"]), [])
            key = tuple(row[k] for k in table.keys[:-1])
            items.setdefault((table.name, *key), []).append(item)
    header, rows, _ = _read_table(base / "documents.csv")
    for cells in rows:
        row = dict(zip(header, cells, strict=False))
        data: dict[str, Any] = {}
        for name, kind in _fields(Record):
            if kind.kind == "many":
                data[name] = items.pop((name, row["id"]), [])
            elif kind.kind == "one":
                one = {s: _uncell(row.get(f"{name}_{s}", ""), k) for s, k in _fields(kind.type)}
                data[name] = None if all(v in (None, False) for v in one.values()) else one
            else:
                data[name] = _uncell(row.get(name, ""), kind)
        yield _build(Record, data)


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
        ours = {"documents.csv"} | {f"{t.name}.csv" for t in _csv_tables()}
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
        return _csv_done(path, with_text)
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
        fd, tmp = _temp_file(path)
        os.close(fd)
        try:
            writer = _ParquetWriter(tmp, with_text, row_group_size)
            yield writer
            writer.close()
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return
    if resume:
        path.mkdir(parents=True, exist_ok=True)
        csv_writer = _CsvWriter(path, with_text, append=True)
        try:
            yield csv_writer
        finally:
            csv_writer.close()
        return
    _check_fresh(path, target, force, folder=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = _temp_dir(path)
    try:
        csv_writer = _CsvWriter(tmp_dir, with_text, append=False)
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
