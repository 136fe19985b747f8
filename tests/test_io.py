"""Input readers: every format, gzip, HTML, stable ids, pass-through meta, bad rows."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.errors import InputError
from pmk_extract.extractor import Document
from pmk_extract.html_text import html_to_text
from pmk_extract.io import (
    BadRow,
    Columns,
    check_inputs,
    count_inputs,
    input_format,
    read_inputs,
)

ROWS: list[dict[str, Any]] = [
    {
        "id": "a",
        "text": "BNPB meninjau lokasi, Selasa (8/3).",
        "published": "2022-03-09",
        "url": "u1",
    },
    {"id": "b", "text": 'Rapat digelar\ndi Jakarta, "kata" Menteri.', "published": "", "url": "u2"},
    {"id": "", "text": "Kemensos menyalurkan bantuan.", "published": "2024-01-02", "url": "u3"},
]


def _documents(rows: list[Any]) -> list[tuple[str | None, str, dt.date | None, dict[str, Any]]]:
    out = []
    for row in rows:
        assert isinstance(row, Document), row
        out.append((row.id, row.text, row.published, dict(row.meta)))
    return out


def _expected(name: str, first_line: int) -> list[tuple[str, str, dt.date | None, dict[str, Any]]]:
    return [
        ("a", ROWS[0]["text"], dt.date(2022, 3, 9), {"url": "u1"}),
        ("b", ROWS[1]["text"], None, {"url": "u2"}),
        (f"{name}:{first_line + 2}", ROWS[2]["text"], dt.date(2024, 1, 2), {"url": "u3"}),
    ]


def _write_jsonl(path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")


def _write_csv(path: Path, delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "text", "published", "url"], delimiter=delimiter)
        writer.writeheader()
        writer.writerows(ROWS)


def _write_parquet(path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(ROWS), path)


def _gzip(path: Path) -> Path:
    target = path.with_name(path.name + ".gz")
    target.write_bytes(gzip.compress(path.read_bytes()))
    return target


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize(
    ("name", "write", "first_line"),
    [
        ("rows.jsonl", _write_jsonl, 1),
        ("rows.csv", _write_csv, 2),
        ("rows.tsv", lambda p: _write_csv(p, "\t"), 2),
    ],
)
def test_tables_read_with_ids_dates_and_meta(
    tmp_path: Path, name: str, write: Any, first_line: int, gz: bool
) -> None:
    path = tmp_path / name
    write(path)
    if gz:
        path = _gzip(path)
    rows = list(read_inputs([str(path)]))
    # a row without an id gets file:line (the line where the row starts)
    expected = _expected(path.name, first_line)
    if name.endswith(("csv", "tsv")):  # the quoted newline in row b moves row 3 one line down
        expected[2] = (f"{path.name}:5", *expected[2][1:])
    assert _documents(rows) == expected
    assert count_inputs([str(path)]) == 3


def test_parquet_input(tmp_path: Path) -> None:
    path = tmp_path / "rows.parquet"
    _write_parquet(path)
    rows = list(read_inputs([str(path)]))
    expected = _expected("rows.parquet", 1)
    assert _documents(rows) == expected
    assert count_inputs([str(path)]) == 3


def test_custom_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("uid,body,tanggal,title\n7,Isi berita.,2023-05-01,Judul\n", "utf-8")
    columns = Columns(text="body", id="uid", published="tanggal")
    (doc,) = read_inputs([str(path)], columns=columns)
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.published, doc.meta) == (
        "7",
        "Isi berita.",
        dt.date(2023, 5, 1),
        {"title": "Judul"},
    )
    with pytest.raises(InputError, match="body"):
        check_inputs([str(path)])  # default text column is missing: fail before any work


def test_folder_recursive_txt_md_html_gz(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Teks A.", "utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Judul\n\nTeks B.", "utf-8")
    html = "<html><head><title>Rilis</title></head><body><p>Teks&nbsp;C.</p></body></html>"
    (tmp_path / "sub" / "deeper" / "c.html.gz").write_bytes(gzip.compress(html.encode()))
    (tmp_path / "sub" / "skip.jsonl").write_text("{}\n", "utf-8")
    (tmp_path / ".hidden.txt").write_text("no", "utf-8")
    rows = list(read_inputs([str(tmp_path)]))
    assert _documents(rows) == [
        ("a.txt", "Teks A.", None, {}),
        ("sub/b.md", "# Judul\n\nTeks B.", None, {}),
        # the page's article, headed by its title (pmk_extract.webpage)
        ("sub/deeper/c.html.gz", "Rilis\n\nTeks C.", None, {"title": "Rilis"}),
    ]
    assert count_inputs([str(tmp_path)]) == 3


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Satu</p><p>Dua</p>", "Satu\n\nDua"),
        ("<div>A<br>B</div>", "A\nB"),
        ("<p>Kata  yang\n  dipisah</p>", "Kata yang dipisah"),
        ("<p>A &amp; B &#8211; C</p>", "A & B – C"),
        ("<script>x()</script><style>p{}</style><p>Isi</p>", "Isi"),
        ("<ul><li>satu</li><li>dua</li></ul>", "satu\n\ndua"),
        ("<p>Menteri <b>Sosial</b> hadir.</p>", "Menteri Sosial hadir."),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html)[0] == text


def test_bad_rows_name_file_and_line(tmp_path: Path) -> None:
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_bytes(
        b'{"id": "ok", "text": "Baik."}\n'
        b"{not json\n"
        b'{"id": "nt"}\n'
        b'["list"]\n'
        b'{"id": "bytes", "text": "caf\xe9"}\n'
        b'{"id": "day", "text": "x", "published": "besok"}\n'
        b'{"id": "ok2", "text": "Baik juga."}\n'
    )
    rows = list(read_inputs([str(jsonl)]))
    assert [r.id for r in rows] == [
        "ok",
        "bad.jsonl:2",
        "nt",
        "bad.jsonl:4",
        "bad.jsonl:5",
        "day",
        "ok2",
    ]
    bad = [r for r in rows if isinstance(r, BadRow)]
    assert [b.message.split(":")[0:2] for b in bad] == [
        ["bad.jsonl", str(n)] for n in (2, 3, 4, 5, 6)
    ]
    assert "invalid JSON" in bad[0].message and "'text'" in bad[1].message
    assert "UTF-8" in bad[3].message and "besok" in bad[4].message


def test_bad_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(
        b"id,text,published\n"
        b"1,Baik.,2024-01-01\n"
        b"2,caf\xe9,2024-01-01\n"
        b"3,too,many,fields\n"
        b"4,Baik lagi.,kemarin\n"
        b"5,Terakhir.,\n"
    )
    rows = list(read_inputs([str(path)]))
    assert [(r.id, type(r).__name__) for r in rows] == [
        ("1", "Document"),
        ("bad.csv:3", "BadRow"),
        ("3", "BadRow"),
        ("4", "BadRow"),
        ("5", "Document"),
    ]
    messages = [r.message for r in rows if isinstance(r, BadRow)]
    assert messages[0].startswith("bad.csv:3: not valid UTF-8")
    assert messages[1].startswith("bad.csv:4: row has 4 fields")
    assert messages[2].startswith("bad.csv:5: ") and "kemarin" in messages[2]


def test_stdin_formats_and_gzip(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]

    data = b"id,text\nx,Teks dari stdin.\n"
    monkeypatch.setattr("sys.stdin", Stdin(gzip.compress(data)))
    (doc,) = read_inputs(["-"], input_format="csv")
    assert isinstance(doc, Document) and (doc.id, doc.text) == ("x", "Teks dari stdin.")
    monkeypatch.setattr("sys.stdin", Stdin(b"Satu dokumen utuh."))
    (doc,) = read_inputs(["-"], input_format="txt")
    assert isinstance(doc, Document) and (doc.id, doc.text) == ("<stdin>", "Satu dokumen utuh.")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "txt"),
        ("a.MD", "txt"),
        ("a.htm", "html"),
        ("a.jsonl.gz", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.csv.gz", "csv"),
        ("a.tsv", "tsv"),
        ("a.parquet", "parquet"),
        ("a.docx", None),
    ],
)
def test_input_format_from_name(name: str, fmt: str | None) -> None:
    assert input_format(name) == fmt


def test_unknown_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"x")
    with pytest.raises(InputError, match="unknown file type"):
        check_inputs([str(tmp_path / "a.docx")])
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "nope.jsonl")]))
