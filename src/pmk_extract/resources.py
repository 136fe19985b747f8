"""Locate and read the package data in ``models/``.

In an installed wheel the data lives in ``pmk_extract/models``; in a source
checkout (editable install or ``PYTHONPATH=src``) it is the repository's
top-level ``models/`` folder. Every reader names the file (and line) it fails on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .errors import DataFileError

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def models_dir() -> Path:
    """Return the directory holding the shipped data (gazetteers, lexicons, models)."""
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent.parent / "models"):
        if (candidate / "MANIFEST.json").is_file() or (candidate / "gazetteers").is_dir():
            return candidate
    raise DataFileError(
        str(_PACKAGE_DIR / "models"),
        None,
        "the models/ data folder was not found; reinstall pmk-extract",
    )


def model_path(relative: str) -> Path:
    """Return the path of a data file inside ``models/`` (it need not exist)."""
    return models_dir() / relative


def read_lines(relative: str) -> list[str]:
    """Read a one-item-per-line text file; blank lines and ``#`` comments are skipped."""
    path = model_path(relative)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, str(exc)) from exc
    out = []
    for line in raw.splitlines():
        item = line.strip()
        if item and not item.startswith("#"):
            out.append(item)
    return out


def read_tsv(relative: str, columns: int) -> list[tuple[str, ...]]:
    """Read a tab-separated file with exactly ``columns`` fields per non-comment line."""
    path = model_path(relative)
    rows: list[tuple[str, ...]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                text = line.rstrip("\n")
                if not text.strip() or text.lstrip().startswith("#"):
                    continue
                fields = tuple(f.strip() for f in text.split("\t"))
                if len(fields) != columns:
                    raise DataFileError(
                        str(path),
                        lineno,
                        f"expected {columns} tab-separated fields, got {len(fields)}",
                    )
                rows.append(fields)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, str(exc)) from exc
    return rows


def iter_jsonl(relative: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSONL data file."""
    path = model_path(relative)
    numbered, values = _jsonl_values(path)
    for lineno, obj in zip(numbered, values, strict=True):
        if not isinstance(obj, dict):
            raise DataFileError(str(path), lineno, "expected a JSON object")
        yield lineno, obj


def jsonl_objects(relative: str) -> tuple[list[int], list[dict[str, Any]]]:
    """The line numbers and the objects of a JSONL data file's non-blank lines, as two lists
    (what ``list(iter_jsonl(relative))`` holds, unzipped, and the same errors: for a file
    read whole at once, without a step per line)."""
    path = model_path(relative)
    numbered, values = _jsonl_values(path)
    if not set(map(type, values)) <= {dict}:  # the JSON parser makes plain dicts only
        wrong = next(n for n, obj in zip(numbered, values, strict=True) if type(obj) is not dict)
        raise DataFileError(str(path), wrong, "expected a JSON object")
    return numbered, values


def _jsonl_values(path: Path) -> tuple[list[int], list[Any]]:
    """The numbers and values of the non-blank lines of the JSONL file ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataFileError(str(path), None, str(exc)) from exc
    parsed = _parse_bytes(data)
    return parsed if parsed is not None else _parse_text(str(path))


def _parse_bytes(data: bytes) -> tuple[list[int], list[Any]] | None:
    """The numbers and values of a file's non-blank lines, its lines joined as one array and
    parsed at once (several times faster than a parse per line, and split and joined as bytes,
    half the memory of the text of a file with a letter beyond ASCII); None where
    :func:`_parse_text` must read it: a carriage return (a line break too, in text), a byte
    that is no UTF-8, a line that is not one JSON value (such as a blank one of other
    spaces), each as before."""
    if b"\r" in data:
        return None
    body = data.rstrip(b"\n")  # most files: no blank line, so no split and join of each line
    try:  # a blank line leaves no array (",,", ", ,"); a line of two values, one too many
        values = json.loads((b"[" + body.replace(b"\n", b",") + b"]").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        values = None
    if isinstance(values, list) and len(values) == body.count(b"\n") + 1:
        return list(range(1, len(values) + 1)), values
    numbered = [(n, line) for n, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    joined = b"[" + b",".join(line for _, line in numbered) + b"]"
    try:
        values = json.loads(joined.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(values, list) or len(values) != len(numbered):
        return None
    return [n for n, _ in numbered], values


def _parse_text(path: str) -> tuple[list[int], list[Any]]:
    """The numbers and values of a file's non-blank lines, read as text line by line (the
    files :func:`_parse_bytes` leaves: carriage returns, or a bad line, named)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, str(exc)) from exc
    numbered = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    return [n for n, _ in numbered], [_parse_line(path, n, line) for n, line in numbered]


def _parse_line(path: str, lineno: int, line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataFileError(path, lineno, f"invalid JSON: {exc.msg}") from exc
