"""Batch runs: output formats round-trip, bad rows, resume, SIGKILL + resume, progress."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor
from pmk_extract.batch import extract_files, extract_rows
from pmk_extract.errors import InputError
from pmk_extract.formats import prepare_resume, read_records
from pmk_extract.io import read_inputs
from pmk_extract.progress import Progress

ROOT = Path(__file__).parent.parent
FAST = ("pmk_dates", "pmk_stems")


def _sentences() -> list[str]:
    texts = []
    for path in (
        ROOT / "examples" / "releases.jsonl",
        ROOT / "tests" / "data" / "press_releases_dev.jsonl",
    ):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return [s.strip() + "." for t in texts for s in t.replace("\n", " ").split(". ") if len(s) > 20]


def corpus(n: int, seed: int = 7, sentences: int = 3) -> list[dict[str, Any]]:
    """``n`` press-release-like documents: resampled sentences of the bundled texts."""
    pool = _sentences()
    rng = random.Random(seed)
    return [
        {
            "id": f"doc-{i:05d}",
            "text": " ".join(rng.choice(pool) for _ in range(sentences)),
            "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "source": "test",
        }
        for i in range(n)
    ]


def _write_jsonl(path: Path, rows: list[dict[str, Any]], extra: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for position, line in enumerate(extra):
        lines.insert(2 + 3 * position, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def fast() -> Extractor:
    return Extractor(components=FAST)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("batch")
    return _write_jsonl(
        base / "in.jsonl",
        corpus(12),
        extra=["{broken", json.dumps({"id": "no-text"}), json.dumps({"text": 5})],
    )


def test_every_output_format_round_trips(fast: Extractor, source: Path, tmp_path: Path) -> None:
    quiet = Progress(enabled=False)
    records = {}
    for fmt, target in (
        ("jsonl", tmp_path / "out.jsonl"),
        ("parquet", tmp_path / "out.parquet"),
        ("csv", tmp_path / "tables"),
    ):
        pytest.importorskip("pyarrow") if fmt == "parquet" else None
        summary = extract_files([str(source)], str(target), extractor=fast, fmt=fmt, progress=quiet)
        assert (summary.documents, summary.with_errors) == (15, 3)
        records[fmt] = read_records(str(target))
    assert records["jsonl"] == records["parquet"] == records["csv"]
    ids = [r.id for r in records["jsonl"]]
    assert ids[:3] == ["doc-00000", "doc-00001", "in.jsonl:3"]
    assert {"no-text", "in.jsonl:9"} <= set(ids) and len(ids) == 15
    dated = [e for r in records["jsonl"] for e in r.entities if e.label == "DATE" and e.value]
    assert dated, "the pipeline ran"
    assert records["jsonl"][0].meta == {"source": "test"}
    tables = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert {"documents.csv", "entities.csv", "events.csv", "quotes.csv"} <= set(tables)


def test_with_text_keeps_what_offsets_refer_to(fast: Extractor, tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Rapat</h1><p>BNPB rapat di Jakarta, Rabu (23/10/2024).</p></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rilis.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    extract_files(
        [str(tmp_path / "in")],
        str(out),
        extractor=fast,
        published="2024-10-24",
        with_text=True,
        progress=Progress(enabled=False),
    )
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "rilis.html" and record["text"].startswith("Rapat\n\nBNPB")
    dates = [e for e in record["entities"] if e["label"] == "DATE"]
    assert dates and all(record["text"][e["start"] : e["end"]] == e["text"] for e in dates)
    assert dates[0]["value"] == "2024-10-23"


def test_existing_output_needs_force_or_resume(
    fast: Extractor, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="--force"):
        extract_files([str(source)], str(out), extractor=fast, progress=Progress(enabled=False))
    with pytest.raises(InputError, match="Parquet"):
        extract_files([str(source)], str(tmp_path / "o.parquet"), extractor=fast, resume=True)
    with pytest.raises(InputError, match="stdout"):
        extract_files([str(source)], "-", extractor=fast, resume=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_drops_half_written_output_and_skips_done_ids(
    fast: Extractor, source: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    quiet = Progress(enabled=False)
    extract_files([str(source)], str(target), extractor=fast, fmt=fmt, progress=quiet)
    full = read_records(str(target))
    # simulate a run killed while writing document 6: keep 5 documents and a torn line
    if fmt == "jsonl":
        lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
        target.write_text("".join(lines[:5]) + lines[5][:17], encoding="utf-8")
    else:
        docs = (target / "documents.csv").read_text(encoding="utf-8").splitlines(keepends=True)
        (target / "documents.csv").write_text("".join(docs[:6]) + docs[6][:5], encoding="utf-8")
    assert len(prepare_resume(str(target), fmt)) == 5
    summary = extract_files(
        [str(source)], str(target), extractor=fast, fmt=fmt, resume=True, progress=quiet
    )
    assert (summary.skipped, summary.documents) == (5, 10)
    assert read_records(str(target)) == full  # orphan child rows of document 6 are gone


def test_parallel_runner_keeps_order_and_matches_serial(fast: Extractor) -> None:
    docs = corpus(100, seed=3, sentences=2)
    serial = [r for _, r in extract_rows(docs_rows(docs), fast, batch_size=8)]
    parallel = [r for _, r in extract_rows(docs_rows(docs), fast, batch_size=8, n_process=2)]
    assert [r.id for r in parallel] == [d["id"] for d in docs]
    assert parallel == serial


def docs_rows(docs: list[dict[str, Any]]) -> Any:
    from pmk_extract.extractor import Document, coerce_published

    return (Document(d["text"], d["id"], coerce_published(d["published"])) for d in docs)


def test_progress_line_shows_rate_errors_and_eta() -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, enabled=True, total=10, interval=0)
    for ok in (True, True, False):
        progress.update(ok)
    progress.skip(2)
    progress.close()
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert "5/10 docs" in last and "docs/s" in last and "1 errors" in last
    assert "2 skipped" in last and "ETA" in last
    assert Progress(stream=io.StringIO()).enabled is False  # not a terminal: quiet


def _cli(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pmk_extract", "extract", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the kill reaches the workers too
        **kwargs,
    )


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_sigkill_then_resume_writes_every_id_exactly_once(tmp_path: Path) -> None:
    docs = corpus(2000, seed=11, sentences=2)
    source = _write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "out.jsonl"
    args = [str(source), "-o", str(out), "--resume", "--no-progress", "--batch-size", "16"]
    args += ["--components", ",".join(FAST)]
    run = _cli(*args, "--n-process", "2")
    deadline = time.monotonic() + 120
    while _lines(out) < 400 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert run.poll() is None, f"the run ended before the kill: {run.communicate()[1]}"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    written = _lines(out)
    assert 400 <= written < 2000
    rerun = _cli(*args, "--n-process", "1")
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(d["id"] for d in docs)  # every id, exactly once
    assert "already in the output (skipped)" in stderr
    print(f"SIGKILL after {written} lines; resume: {stderr.strip()}")


def test_cli_csv_tables_and_exit_status(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    run = _cli(
        str(source), "-o", str(out), "--format", "csv", "--components", ",".join(FAST),
        "--n-process", "1",
    )  # fmt: skip
    _, stderr = run.communicate(timeout=300)
    assert run.returncode == 1, stderr  # three bad rows
    assert "15 documents, 3 with errors" in stderr
    documents = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert documents[0].startswith("id,published,n_entities,n_events,n_quotes,n_errors")
    assert len(documents) == 16
    errors = (out / "errors.csv").read_text(encoding="utf-8")
    assert "in.jsonl:3,0,input,in.jsonl:3: invalid JSON" in errors


def test_read_inputs_feeds_extract_rows(fast: Extractor, source: Path) -> None:
    pairs = list(extract_rows(read_inputs([str(source)]), fast))
    assert all(row.id == record.id for row, record in pairs)


def test_a_dead_worker_costs_its_batch_not_the_run() -> None:
    import multiprocessing

    from pmk_extract.batch import PoolRunner, run_rows

    docs = corpus(120, seed=5, sentences=1)
    runner = PoolRunner({"components": FAST}, n_process=1, window=4)
    records = []
    for _, record in run_rows(docs_rows(docs), runner, batch_size=8):
        records.append(record)
        if len(records) == 8:  # the OOM killer strikes
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    assert [r.id for r in records] == [d["id"] for d in docs]
    lost = [r for r in records if r.errors and r.errors[0].stage == "worker"]
    assert 1 <= len(lost) <= 4 * 8 and "worker process died" in lost[0].errors[0].message
    assert all(r.ok for r in records[-40:])  # a fresh pool took over


def test_cli_custom_columns_to_parquet_with_text(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from pmk_extract.cli import main

    source = tmp_path / "news.tsv"
    source.write_text(
        "url\tbody\ttanggal\n"
        "https://a\tRapat digelar Selasa (8/3).\t2022-03-09\n"
        "https://b\tTanpa teks\n",
        encoding="utf-8",
    )
    out = tmp_path / "records.parquet"
    argv = ["extract", str(source), "-o", str(out), "--text-col", "body", "--id-col", "url"]
    argv += ["--published-col", "tanggal", "--with-text", "--no-progress", "--n-process", "1"]
    assert main([*argv, "--components", ",".join(FAST)]) == 1  # the short row is an error
    import pyarrow.parquet as pq

    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["https://a", "https://b"]
    assert (
        table[0]["text"] == "Rapat digelar Selasa (8/3)." and table[0]["published"] == "2022-03-09"
    )
    assert [e["value"] for e in table[0]["entities"] if e["label"] == "DATE"] == ["2022-03-08"]
    assert table[1]["errors"][0]["message"].startswith("news.tsv:3: row has 2 fields")
