"""Batch runs never crash on one row, never harm a file, never drop a row (issue 19)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pmk_extract import Extractor
from pmk_extract.cli import main
from pmk_extract.dates import find_dates
from pmk_extract.io import BadRow, read_inputs

FAST = ("pmk_dates", "pmk_stems")
FAST_ARGS = ["--components", ",".join(FAST), "--n-process", "1", "--no-progress"]


@pytest.fixture(scope="module")
def fast() -> Extractor:
    return Extractor(components=FAST)


# --- lone surrogates: any text Python holds gives a record -----------------------------

SURROGATE_TEXT = "Bupati Wa\udc80lid meresmikan jembatan pada Selasa (8/3) \ud83d."


def test_lone_surrogates_give_a_record_that_says_so(fast: Extractor) -> None:
    record = fast.extract(SURROGATE_TEXT, published="2022-03-09", id="x")
    assert [e.value for e in record.entities if e.label == "DATE"] == ["2022-03-08"]
    assert [e.stage for e in record.errors] == ["input"]
    assert "2 unpaired surrogate(s)" in record.errors[0].message
    assert "offset 9" in record.errors[0].message
    json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")  # writable


def test_a_surrogate_row_does_not_end_the_run(tmp_path: Path) -> None:
    rows = [
        '{"id": "a", "text": "Rapat digelar Selasa (8/3)."}',
        '{"id": "b\\udc80", "text": "Bupati Wa\\udc80lid hadir.", "judul": "x\\ud83d"}',
        '{"id": "c", "text": "Rapat lagi Rabu (9/3)."}',
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for fmt, out in (("jsonl", tmp_path / "o.jsonl"), ("csv", tmp_path / "tables")):
        argv = ["extract", str(source), "-o", str(out), "--format", fmt, "--with-text"]
        assert main([*argv, "--published", "2022-03-09", *FAST_ARGS]) == 1
    lines = (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == ["a", "b\ufffd", "c"]
    assert records[1]["text"] == "Bupati Wa\ufffdlid hadir."
    assert records[1]["meta"] == {"judul": "x\ufffd"}
    assert "unpaired surrogate" in records[1]["errors"][0]["message"]
    documents = (tmp_path / "tables" / "documents.csv").read_text(encoding="utf-8")
    assert documents.count("\n") == 4 and "b\ufffd" in documents


def test_a_surrogate_row_does_not_end_a_parquet_run(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "b\\udc80", "text": "Wa\\udc80lid."}\n', encoding="utf-8")
    out = tmp_path / "o.parquet"
    assert main(["extract", str(source), "-o", str(out), "--with-text", *FAST_ARGS]) == 1
    assert [r["id"] for r in pq.read_table(out).to_pylist()] == ["b\ufffd"]


# --- CSV: a quote that is never closed ------------------------------------------------


def test_csv_quote_never_closed_is_an_error_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('id,text\n1,Baik.\n2,"Bupati hadir\n3,ok\n4,juga\n', encoding="utf-8")
    rows = list(read_inputs([str(path)]))
    assert [r.id for r in rows] == ["1", "2"]
    bad = rows[1]
    assert isinstance(bad, BadRow)
    assert bad.message.startswith("q.csv:3: a quoted field opened in this row is never closed")
    assert "end of the file (line 5)" in bad.message and "2 lines" in bad.message


def test_csv_closed_quotes_over_lines_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('id,text\n1,"Baris\nkedua"\n2,"akhir"', encoding="utf-8")
    rows = list(read_inputs([str(path)]))
    assert [(r.id, r.text) for r in rows] == [("1", "Baris\nkedua"), ("2", "akhir")]  # type: ignore[union-attr]


# --- extreme published dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (dt.date(1, 1, 1), "Acara digelar kemarin."),
        (dt.date(1, 1, 3), "Acara digelar pekan lalu."),
        (dt.date(9999, 12, 31), "Acara digelar besok."),
        (dt.date(9999, 12, 31), "Acara digelar tahun depan."),
        (dt.date(1, 3, 1), "Acara digelar tahun lalu."),
        (dt.date(9999, 12, 1), "Acara digelar Januari mendatang."),
        (dt.date(1, 1, 1), "Acara digelar 1 Syawal."),
        (dt.date(1, 1, 5), "Acara digelar 3 bulan lalu."),
    ],
)
def test_out_of_range_dates_are_null_with_a_reason(published: dt.date, text: str) -> None:
    (match,) = find_dates(text, published)
    assert match.value is None
    assert match.note is not None and "years 1-9999" in match.note


def test_extreme_published_dates_keep_the_other_dates(fast: Extractor) -> None:
    text = "Acara digelar kemarin, rapat pada 5 Maret 2024."
    record = fast.extract(text, published="0001-01-01")
    dates = [(e.text, e.value) for e in record.entities if e.label == "DATE"]
    assert dates == [("kemarin", None), ("5 Maret 2024", "2024-03-05")]
    assert [e.stage for e in record.errors] == ["pmk_dates"]
    assert "'kemarin' at 14" in record.errors[0].message
    assert "years 1-9999" in record.errors[0].message
