"""Batch runs never crash on one row, never harm a file, never drop a row (issue 19)."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor
from pmk_extract.cli import main
from pmk_extract.dates import find_dates
from pmk_extract.errors import InputError
from pmk_extract.io import BadRow, count_inputs, read_inputs

FAST = ("pmk_dates", "pmk_stems")
ROOT = Path(__file__).parent.parent
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


def test_csv_field_over_the_limit_is_an_error_naming_where_it_opened(tmp_path: Path) -> None:
    # the quote of row 2 closes only on line 7: every line of it is a line of one field
    path = tmp_path / "q.csv"
    rows_text = ["id,text", "1,Baik.", '2,"Bupati ' + "hadir " * 20, *["lagi " * 20] * 4]
    rows_text += ['akhir"', '3,"Kedua ""dikutip"" baris', 'baru"', "4,Terakhir."]
    path.write_text("\n".join(rows_text) + "\n", encoding="utf-8")
    rows = list(read_inputs([str(path)], max_row_chars=200))
    assert [r.id for r in rows] == ["1", "q.csv:3", "3", "4"]
    bad = rows[1]
    assert isinstance(bad, BadRow)
    assert bad.message.startswith("q.csv:3: a quoted field opened on line 3 runs over 200")
    assert "its row ends on line 8" in bad.message
    assert [r.text for r in rows[2:]] == ['Kedua "dikutip" baris\nbaru', "Terakhir."]  # type: ignore[union-attr]
    assert count_inputs([str(path)], max_row_chars=200) == len(rows)
    # without the limit the same file reads as four documents, the long one whole
    assert [r.id for r in read_inputs([str(path)])] == ["1", "2", "3", "4"]


def test_csv_field_over_the_limit_never_closed_says_what_was_lost(tmp_path: Path) -> None:
    path = tmp_path / "q.tsv"
    lines = ["id\ttext", "1\tBaik.", "2\tpendek", '3\t"Bupati hadir', *["lagi " * 30] * 5]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = list(read_inputs([str(path)], max_row_chars=100))
    assert [r.id for r in rows] == ["1", "2", "q.tsv:4"]
    assert rows[2].message == (  # type: ignore[union-attr]
        "q.tsv:4: a quoted field opened on line 4 is never closed: it runs over 100 "
        "characters to the end of the file (line 9), so the 5 lines after line 4 could "
        "not be read as rows"
    )
    assert count_inputs([str(path)], max_row_chars=100) == 3


def test_csv_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("id,text\n1," + "x" * 500 + '\n2,"ok, ""baik"""\n', encoding="utf-8")
    rows = list(read_inputs([str(path)], max_row_chars=100))
    assert [r.id for r in rows] == ["q.csv:2", "2"]
    assert rows[0].message == "q.csv:2: row of more than 100 characters (line 2): skipped"  # type: ignore[union-attr]
    assert rows[1].text == 'ok, "baik"'  # type: ignore[union-attr]


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
        (dt.date(120, 5, 21), "Acara digelar 202 tahun lalu."),
        (dt.date(9990, 5, 21), "Acara digelar 20 tahun lagi."),
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


# --- special files, permissions -------------------------------------------------------


def _source(tmp_path: Path, n: int = 3) -> Path:
    source = tmp_path / "in.jsonl"
    rows = [
        json.dumps({"id": f"d{i}", "text": f"Rapat ke-{i} digelar Selasa (8/3)."}) for i in range(n)
    ]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("force", [True, False])
def test_a_fifo_is_written_into_not_replaced(tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    argv = ["extract", str(_source(tmp_path)), "-o", str(fifo), *FAST_ARGS]
    assert main([*argv, "--force"] if force else argv) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [json.loads(line)["id"] for line in received[0].splitlines()] == ["d0", "d1", "d2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.fifo"]


@pytest.mark.parametrize("umask", [0o027])
def test_outputs_respect_the_umask(tmp_path: Path, umask: int) -> None:
    source = _source(tmp_path)
    old = os.umask(umask)
    try:
        outputs = {"o.jsonl": "jsonl", "tables": "csv"}
        if importlib.util.find_spec("pyarrow") is not None:
            outputs["o.parquet"] = "parquet"
        for name, fmt in outputs.items():
            argv = ["extract", str(source), "-o", str(tmp_path / name), "--format", fmt]
            assert main([*argv, *FAST_ARGS]) == 0
        view = tmp_path / "view.html"
        assert main(["show", "--as-records", str(source), "-o", str(view)]) == 0
    finally:
        os.umask(old)
    for path in [tmp_path / n for n in outputs] + [view, tmp_path / "view-summary.html"]:
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    table = tmp_path / "tables" / "documents.csv"
    assert stat.S_IMODE(table.stat().st_mode) == 0o666 & ~umask


# --- closed pipes and signals ---------------------------------------------------------


def _popen(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pmk_extract", *args],
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own: checked empty, then reaped
        **kwargs,
    )


def _group_gone(pgid: int, seconds: float) -> bool:
    """True when no process of group ``pgid`` is left within ``seconds``; kills it if not."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    return False


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    source = _source(tmp_path, 400)
    run = _popen("extract", str(source), *FAST_ARGS, stdout=subprocess.PIPE)
    assert run.stdout is not None and run.stderr is not None
    first = run.stdout.readline()
    run.stdout.close()  # what `| head -1` does
    try:
        stderr = run.stderr.read().decode()
        run.wait(timeout=120)
    finally:
        _group_gone(run.pid, 0)
    assert json.loads(first)["id"] == "d0"
    assert run.returncode == 141, stderr
    assert stderr == ""


def _wait_for(condition: Callable[[], bool], run: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert run.poll() is None, run.communicate()[1]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_sigterm_is_like_ctrl_c(tmp_path: Path, n_process: str) -> None:
    source = _source(tmp_path, 3000)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(source), "-o", str(out), "--batch-size", "16"]
    run = _popen(*args, *FAST_ARGS[:2], "--no-progress", "--n-process", n_process)
    try:
        _wait_for(
            lambda: any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.*")), run, 120
        )
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=60)
        assert _group_gone(run.pid, 30), "worker processes left behind"
    finally:
        _group_gone(run.pid, 0)
    assert run.returncode == 143, stderr
    assert "pmk-extract: terminated" in stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    source = _source(tmp_path, 3000)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(source), "-o", str(out), "--resume", "--batch-size", "16"]
    run = _popen(*args, *FAST_ARGS[:2], "--no-progress", "--n-process", "2")
    try:
        _wait_for(lambda: _lines(out) >= 100, run, 120)
        os.kill(run.pid, signal.SIGKILL)  # the parent only: its workers are orphaned
        run.wait(timeout=30)
        assert _group_gone(run.pid, 30), "worker processes outlived their parent"
    finally:
        _group_gone(run.pid, 0)


# --- the batch layer's imports run one way --------------------------------------------

SRC = Path(__file__).parent.parent / "src" / "pmk_extract"
# each module of the batch layer and the modules of the package it may import (transitively)
LAYERS = {
    "documents": set(),
    "pool": {"documents"},
    "extractor": {"documents", "pool"},
    "csvrows": set(),
    "io": {"documents", "csvrows"},
    "formats": {"io", "documents"},
    "progress": set(),
    "batch": {"documents", "pool", "extractor", "io", "formats", "progress", "dask"},
    "dask": {"documents", "pool", "extractor", "io", "formats"},
}


def _imports(module: str) -> list[tuple[str, str]]:
    """(module, name) of every ``from .module import name`` in ``module``, anywhere."""
    import ast

    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found += [(node.module.split(".")[0], alias.name) for alias in node.names]
    return found


def test_batch_layer_imports_run_one_way_without_private_names() -> None:
    for module, allowed in LAYERS.items():
        imports = _imports(module)
        private = [f"{m}.{n}" for m, n in imports if n.startswith("_")]
        assert not private, f"{module} imports private names {private}"
        upward = sorted({m for m, _ in imports if m in LAYERS and m not in allowed})
        assert not upward, f"{module} imports {upward}, above it in the batch layer"


# --- early, clear refusals: exit 2, one line, before the pipeline loads ----------------


@pytest.fixture
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that builds a pipeline."""
    import pmk_extract.extractor

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(pmk_extract.extractor, "build_nlp", refuse)


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], *expected: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("pmk-extract: error: "), err
    for part in expected:
        assert part in err, err


def test_bad_published_is_refused_up_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_pipeline: None
) -> None:
    source = str(_source(tmp_path))
    for command in (["extract", source], ["show", source, "-o", str(tmp_path / "v.html")]):
        _refused(capsys, [*command, "--published", "04/03/2024"], "--published", "04/03/2024")


def test_parquet_without_pyarrow_says_how_to_get_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = tmp_path / "r.parquet"
    records.write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow -> ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    hint = "needs pyarrow: pip install 'pmk-extract[parquet]'"
    out = str(tmp_path / "o.parquet")
    _refused(capsys, ["extract", str(_source(tmp_path)), "-o", out, *FAST_ARGS], hint)
    assert not Path(out).exists()
    gold = str(_source(tmp_path))
    _refused(capsys, ["evaluate", gold, "--pred", str(records)], hint)


@pytest.mark.parametrize(
    ("option", "value"),
    [("--n-process", "0"), ("--n-process", "-2"), ("--batch-size", "0"), ("--batch-size", "-1")],
)
def test_counts_below_one_are_refused_as_the_api_does(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_pipeline: None,
    option: str,
    value: str,
) -> None:
    source = str(_source(tmp_path))
    _refused(capsys, ["extract", source, option, value], option, value, "expected an int >= 1")
    view = str(tmp_path / "v.html")
    _refused(capsys, ["show", source, "-o", view, option, value], option, value)
    with pytest.raises(InputError, match=option.lstrip("-").replace("-", "_")):
        Extractor.extract_many(None, [], **{option.lstrip("-").replace("-", "_"): int(value)})  # type: ignore[arg-type]


def test_a_folder_without_documents_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_pipeline: None
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF")
    (folder / "b.docx").write_bytes(b"PK")
    _refused(capsys, ["extract", str(folder)], "no .txt, .md or .html files", "2 other files")


def test_evaluate_ner_refuses_a_file_that_is_not_conll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source(tmp_path)
    _refused(capsys, ["evaluate-ner", str(source), "--pred", str(source)], "not CoNLL/BIO")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    _refused(capsys, ["evaluate-ner", str(empty), "--pred", str(empty)], "no sentences")


def test_show_of_a_missing_input_fails_before_loading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_pipeline: None
) -> None:
    view = str(tmp_path / "v.html")
    missing = str(tmp_path / "nonexistent.jsonl")
    _refused(capsys, ["show", missing, "-o", view], "nonexistent.jsonl", "no such file")
    _refused(capsys, ["show", "--as-records", missing, "-o", view], "no such file")


def test_the_command_line_refuses_without_importing_spacy(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pmk_extract.cli import main\n"
        f"status = main(['show', {str(tmp_path / 'missing.jsonl')!r}, '-o', 'v.html'])\n"
        "assert status == 2 and 'spacy' not in sys.modules, status\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_load_after_extract_reuses_the_default_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import pmk_extract

    pmk_extract.extract("Rapat digelar Selasa (8/3).")
    first = pmk_extract.load()
    calls: list[object] = []
    monkeypatch.setattr("pmk_extract.extractor.build_nlp", lambda *a: calls.append(a))
    assert pmk_extract.load() is first and calls == []


# --- pathological texts: a budget per document, entities no longer than their kind ------


def test_a_text_that_is_mostly_not_words_is_refused_naming_the_cause(fast: Extractor) -> None:
    import random
    import string

    rng = random.Random(3)
    junk = "".join(rng.choice(string.punctuation + "😀🇮🇩✅") for _ in range(60_000))
    started = time.monotonic()
    record = fast.extract("Rapat digelar Selasa (8/3). " + junk, published="2022-03-09", id="j")
    assert time.monotonic() - started < 5  # the tokenizer alone took 15-20 s on such text
    assert record.id == "j" and record.entities == ()
    assert [e.stage for e in record.errors] == ["input"]
    assert "letters, digits or spaces" in record.errors[0].message
    real = "Rapat digelar Selasa (8/3) di Jakarta; hasilnya: 1.000.000 (satu juta)! " * 900
    assert fast.extract(real, published="2022-03-09").ok  # a long text of words runs


def test_no_entity_is_longer_than_its_kind_allows(fast: Extractor) -> None:
    from spacy.tokens import Span

    from pmk_extract.documents import Document
    from pmk_extract.extractor import MAX_ENTITY_CHARS, to_record

    text = "2022" + "0" * 199 + " Jakarta"
    doc = fast.nlp.make_doc(text)
    doc.ents = [Span(doc, 0, 1, "DATE"), Span(doc, 1, 2, "LOC")]
    record = to_record(doc, Document(text))
    assert [e.text for e in record.entities] == ["Jakarta"]
    assert "DATE of 203 characters" in record.errors[0].message
    assert MAX_ENTITY_CHARS["DATE"] < 203


# --- a time budget per document -------------------------------------------------------

# 10,000 exclamation marks in a row: spaCy's tokenizer strips them one by one, each strip
# a regular-expression search over the rest (took 116 s; letters keep the share of words
# at 50 %, so the text is not refused as wordless)
RUNAWAY = "!" * 10_000 + " kata" * 2_000


def test_a_runaway_document_is_an_error_record_and_its_batch_goes_on(fast: Extractor) -> None:
    texts = ["Rapat digelar Selasa (8/3).", RUNAWAY, "Bantuan tiba 5 Februari 2024."]
    items = [{"id": str(i), "text": t, "published": "2024-03-09"} for i, t in enumerate(texts)]
    budget = Extractor(components=FAST, time_budget=1.0)
    records = list(budget.extract_many(items, batch_size=3))
    runaway = records[1]
    assert not runaway.entities and len(runaway.errors) == 1
    assert runaway.errors[0].stage == "tokenizer"
    assert runaway.errors[0].message.startswith("not processed: took more than 1 s")
    others = [r.to_dict() for r in fast.extract_many([items[0], items[2]])]
    assert [records[0].to_dict(), records[2].to_dict()] == others
    assert records[2].entities  # the batch went on


def test_the_time_budget_is_checked_like_the_other_settings() -> None:
    for bad in (0, -1.5, "30", True):
        with pytest.raises(InputError, match="time_budget"):
            Extractor(components=FAST, time_budget=bad)  # type: ignore[arg-type]


# --- bounded memory: the pipeline is rebuilt every N documents, output unchanged --------


def test_reloading_the_pipeline_keeps_records_identical(fast: Extractor) -> None:
    rows = [json.loads(line) for line in (ROOT / "examples" / "releases.jsonl").open()]
    docs = [
        {"id": str(i), "text": r["text"][:600], "published": r.get("published")}
        for i, r in enumerate(rows * 20)
    ][:20]
    reloading = Extractor(components=FAST, reload_every=6)
    again = [r.to_dict() for r in reloading.extract_many(docs, batch_size=4)]
    assert again == [
        r.to_dict()
        for r in Extractor(components=FAST, reload_every=None).extract_many(docs, batch_size=4)
    ]
    assert reloading.loads == 3  # rebuilt before the batches starting at documents 8 and 16


def test_reloading_keeps_every_component_s_records_identical(
    dev_raw: list[dict[str, Any]], dev_predictions: list[Any]
) -> None:
    # the whole default pipeline (NER, officials, quotes, events) rebuilt twice mid-stream
    items = [{"id": d["id"], "text": d["text"], "published": d["published"]} for d in dev_raw]
    reloading = Extractor(reload_every=5)
    again = [r.to_dict() for r in reloading.extract_many(items, batch_size=5)]
    assert reloading.loads == 3
    assert again == [r.to_dict() for r in dev_predictions]


def test_a_reload_renews_the_ner_vocabulary_and_empties_the_word_caches() -> None:
    from pmk_extract.stemming import stem_word

    extractor = Extractor(components=("pmk_stems", "pmk_ner"), reload_every=1)
    extractor.extract("Bupati Xqzvbnm meresmikan jembatan Wkjhgf di desa Plmokn.")
    model = extractor.nlp.get_pipe("pmk_ner").model
    assert "Xqzvbnm" in model.vocab.strings
    extractor.extract("Rapat digelar.")  # the pipeline is rebuilt before this document
    assert extractor.loads == 2
    fresh = extractor.nlp.get_pipe("pmk_ner").model
    assert fresh is not model and "Xqzvbnm" not in fresh.vocab.strings
    assert stem_word.cache_info().currsize <= 3  # type: ignore[attr-defined]


# --- progress within a long text ----------------------------------------------------------


def test_progress_counts_the_characters_of_a_long_text(tmp_path: Path) -> None:
    import io

    from pmk_extract.batch import extract_files
    from pmk_extract.progress import Progress

    source = tmp_path / "long.txt"
    text = "\n\n".join(["Rapat digelar Selasa (8/3) di Jakarta."] * 300)
    source.write_text(text, "utf-8")
    screen = io.StringIO()
    extract_files(
        [str(source)],
        str(tmp_path / "o.jsonl"),
        extractor=Extractor(components=FAST, max_length=2_000),
        progress=Progress(stream=screen, enabled=True, interval=0),
    )
    lines = [line.strip() for line in screen.getvalue().split("\r") if "characters" in line]
    assert len(lines) >= 5, screen.getvalue()  # one line per chunk of 2,000 characters
    assert f"next: 0 of {len(text):,} characters (0%)" in lines[0]
