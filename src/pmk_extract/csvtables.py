"""The CSV output: a folder of flat tables for pandas, DuckDB and spreadsheets.

``documents.csv`` has one row per document, keyed by ``id`` (counts of its lists, its
nested record's fields, ``meta`` as JSON); each list of the record has a table of its own
(``entities.csv``, ``events.csv``, ``quotes.csv``, ``errors.csv``, and ``participants.csv``
for the participants of events), keyed by ``document_id`` and the item's ``index``.
Columns come from the record dataclasses (:mod:`pmk_extract.recordfields`).
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .outfiles import replacing
from .recordfields import FieldKind, from_plain, record_fields, to_json
from .records import Record
from .surrogates import ERRORS


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
    for name, kind in record_fields(Record):
        if kind.kind != "many":
            continue
        own = tuple(n for n, k in record_fields(kind.type) if k.kind != "many")
        tables.append(_Table(name, kind.type, None, own))
        for sub, sub_kind in record_fields(kind.type):
            if sub_kind.kind == "many":
                sub_own = tuple(n for n, k in record_fields(sub_kind.type) if k.kind != "many")
                tables.append(_Table(sub, sub_kind.type, name, sub_own))
    return tables


def table_files() -> frozenset[str]:
    """The names of the files a CSV output folder holds."""
    return frozenset({"documents.csv"} | {f"{t.name}.csv" for t in _csv_tables()})


def _document_columns(with_text: bool) -> list[str]:
    columns: list[str] = []
    for name, kind in record_fields(Record):
        if kind.kind == "many":
            columns.append(f"n_{name}")
        elif kind.kind == "one":
            columns.extend(f"{name}_{sub}" for sub, _ in record_fields(kind.type))
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


def _uncell(value: str, kind: FieldKind) -> Any:
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
    for name, kind in record_fields(Record):
        value = getattr(record, name)
        if kind.kind == "many":
            cells.append(str(len(value)))
        elif kind.kind == "one":
            cells.extend(
                _cell(None if value is None else getattr(value, sub))
                for sub, _ in record_fields(kind.type)
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


class CsvWriter:
    """Writes each record as rows of the folder's tables (``append``: flushed per document)."""

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
    with (
        replacing(path) as (fd, _),
        os.fdopen(fd, "w", encoding="utf-8", errors=ERRORS, newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def csv_done(folder: Path, with_text: bool) -> set[str]:
    """Drop the rows a killed run left half-written and return the ids of the complete documents.

    Raises:
        InputError: ``documents.csv`` has other columns than this run would write.
    """
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
        kinds = dict(record_fields(table.cls))
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
        for name, kind in record_fields(Record):
            if kind.kind == "many":
                data[name] = items.pop((name, row["id"]), [])
            elif kind.kind == "one":
                one = {
                    s: _uncell(row.get(f"{name}_{s}", ""), k) for s, k in record_fields(kind.type)
                }
                data[name] = None if all(v in (None, False) for v in one.values()) else one
            else:
                data[name] = _uncell(row.get(name, ""), kind)
        yield from_plain(Record, data)
