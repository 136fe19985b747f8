"""iter_jsonl reads a JSONL file's lines as its text has them (line breaks of any kind, blank
lines of any spaces, UTF-8 only), whether it splits the file as bytes or as text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.errors import DataFileError
from pmk_extract.resources import iter_jsonl


def _as_text(path: Path) -> list[tuple[int, Any]] | str:
    """What a reading of the decoded text (universal line breaks) gives: the numbered values,
    or where it fails ("decode", or the number of the first line that is no JSON object)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "decode"
    out: list[tuple[int, Any]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            return f":{number}"
        if not isinstance(value, dict):
            return f":{number}"
        out.append((number, value))
    return out


@pytest.mark.parametrize(
    "data",
    [
        b'{"a": 1}\n{"b": "Ma\xe2\x80\x99ruf"}\n',
        b'\n{"a": 1}\n   \n\t\n{"b": 2}',
        b'{"a": 1}\r\n{"b": 2}\r\n',
        b'{"a": 1}\r{"b": 2}\r',
        b'{"a": 1,\r"b": 2}\n',
        b'{"a": 1}\n\xc2\xa0\n{"b": 2}\n',
        b'{"a": 1}\n\x1c\n{"b": 2}\n',
        b'{"a": 1}\n{"b": "\xff"}\n',
        b'\xef\xbb\xbf{"a": 1}\n',
        b'{"a": 1}\n{"b": 2}, {"c": 3}\n',
        b'{"a": 1}\n[1, 2]\n',
        b'{"a": 1}\n{"b": "tab\there"}\n',
        b'{"a": "\\ud800"}\n',
        b"",
    ],
)
def test_lines_are_read_as_the_text_has_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    (tmp_path / "gazetteers").mkdir()
    path = tmp_path / "gazetteers" / "x.jsonl"
    path.write_bytes(data)
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    expected = _as_text(path)
    if isinstance(expected, str):
        with pytest.raises(DataFileError) as info:
            list(iter_jsonl("gazetteers/x.jsonl"))
        if expected.startswith(":"):
            assert f"x.jsonl{expected}" in str(info.value)
    else:
        assert list(iter_jsonl("gazetteers/x.jsonl")) == expected
