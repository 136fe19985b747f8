"""Streaming readers and writers for the command line.

Inputs: ``.txt`` files, folders of ``.txt`` (recursive, sorted), ``.jsonl`` files
with ``text`` and optional ``id``/``published`` (other fields go to ``meta``),
and ``-`` for JSONL on stdin. A row that cannot be read becomes a
:class:`BadRow` naming the file and line, so the batch goes on.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .extractor import Document, coerce_published
from .records import ErrorInfo, Record


@dataclass(frozen=True, slots=True)
class BadRow:
    """An input row that could not be turned into a document."""

    id: str
    message: str

    def to_record(self) -> Record:
        """The error record written in place of the document."""
        return Record(id=self.id, published=None, errors=(ErrorInfo("input", self.message),))


Row = Document | BadRow


def _txt_document(path: Path, doc_id: str, published: object) -> Row:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return BadRow(doc_id, f"{path}: cannot read: {exc.strerror}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return BadRow(doc_id, f"{path}: not valid UTF-8 at byte {exc.start}")
    return Document(text=text, id=doc_id, published=coerce_published(published))


def _jsonl_rows(handle: IO[str], name: str, published: object) -> Iterator[Row]:
    for lineno, line in enumerate(handle, 1):
        if not line.strip():
            continue
        row_id = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRow(row_id, f"{row_id}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield BadRow(row_id, f"{row_id}: expected a JSON object")
            continue
        doc_id = str(obj["id"]) if obj.get("id") is not None else row_id
        text = obj.get("text")
        if not isinstance(text, str):
            reason = "missing 'text' field" if text is None else "'text' is not a string"
            yield BadRow(doc_id, f"{row_id}: {reason}")
            continue
        try:
            day = coerce_published(obj.get("published", published))
        except InputError as exc:
            yield BadRow(doc_id, f"{row_id}: {exc}")
            continue
        meta = {k: v for k, v in obj.items() if k not in ("id", "text", "published")}
        for key in ("entities", "events", "quotes", "errors"):
            meta.pop(key, None)  # gold annotations are not passed through
        yield Document(text=text, id=doc_id, published=day, meta=meta)


def read_inputs(paths: Iterable[str], published: object = None) -> Iterator[Row]:
    """Yield one :class:`Document` or :class:`BadRow` per input document, in order.

    Args:
        paths: files, folders or ``-`` (JSONL on stdin).
        published: default published date for documents that carry none.

    Raises:
        InputError: a path does not exist or has an unsupported type.
    """
    for raw in paths:
        if raw == "-":
            yield from _jsonl_rows(sys.stdin, "<stdin>", published)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*.txt") if p.is_file()):
                yield _txt_document(file, file.relative_to(path).as_posix(), published)
        elif path.suffix == ".jsonl" and path.is_file():
            with path.open(encoding="utf-8", errors="replace") as handle:
                yield from _jsonl_rows(handle, path.name, published)
        elif path.suffix == ".txt" and path.is_file():
            yield _txt_document(path, path.name, published)
        elif not path.exists():
            raise InputError("input", raw, "no such file or directory")
        else:
            raise InputError("input", raw, "expected a .txt or .jsonl file, a folder, or '-'")


def dumps(record: Record) -> str:
    """One JSONL line (no trailing newline) for a record."""
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=False)


@contextlib.contextmanager
def open_output(target: str, force: bool = False) -> Iterator[IO[str]]:
    """Open ``target`` for writing (``-`` is stdout), atomically: a temp file renamed at the end.

    Raises:
        InputError: the file exists and ``force`` is false.
    """
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(target)
    if path.exists() and not force:
        raise InputError("output", target, "file exists; pass --force to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_records(path: str) -> list[Record]:
    """Read a JSONL file of gold or predicted records.

    Raises:
        InputError: a line is not valid JSON (names file and line).
    """
    records = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
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


def read_gold_texts(path: str) -> list[Document]:
    """The documents (text, id, published) of a gold JSONL file."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in _jsonl_rows(handle, Path(path).name, None):
            if isinstance(row, BadRow):
                raise InputError("gold", path, row.message)
            rows.append(Document(text=row.text, id=row.id, published=row.published))
    return rows
