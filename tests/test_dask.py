"""Dask: extract_dataframe and the CLI's --scheduler, on a real LocalCluster with 2 workers."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from pmk_extract.dask import _load_count, extract_dataframe  # noqa: E402

ROOT = Path(__file__).parent.parent
FAST = ("pmk_dates", "pmk_stems")

pytestmark = pytest.mark.dask

ROWS = [
    {"id": "a", "text": "BNPB meninjau lokasi banjir, Selasa (8/3).", "published": "2022-03-09"},
    {"id": "b", "text": "Rapat digelar di Jakarta pada 5 Februari 2024.", "published": None},
    {"id": "c", "text": None, "published": "2024-01-02"},
    {"id": "d", "text": "Menteri hadir kemarin.", "published": "bukan tanggal"},
    {"id": "e", "text": "Bantuan disalurkan Rabu (20/3/2024).", "published": "2024-03-21"},
    {"id": "f", "text": "Kegiatan berlangsung 1 Mei 2023.", "published": "2023-05-02"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def test_extract_dataframe_on_two_workers(client: Any) -> None:
    frame = pd.DataFrame([{**row, "url": f"https://x/{row['id']}"} for row in ROWS])
    ddf = dd.from_pandas(frame, npartitions=3)
    result = extract_dataframe(ddf, components=FAST, batch_size=2)
    assert "text" not in result.columns and {"url", "entities", "errors"} <= set(result.columns)
    out = result.compute().set_index("id")
    assert list(out.index) == ["a", "b", "c", "d", "e", "f"]
    assert out.loc["a", "url"] == "https://x/a"  # other columns pass through
    dates = {e["text"]: e["value"] for e in out.loc["a", "entities"] if e["label"] == "DATE"}
    assert dates == {"Selasa (8/3)": "2022-03-08"}
    assert [len(out.loc[i, "errors"]) for i in out.index] == [0, 0, 1, 1, 0, 0]
    assert "published" in out.loc["d", "errors"][0]["message"]
    # the pipeline is built once per worker process, not once per task
    loads = client.run(_load_count)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1
    again = extract_dataframe(ddf, components=FAST).compute()
    assert len(again) == 6 and client.run(_load_count) == loads


def test_extract_dataframe_uses_the_index_without_an_id_column(client: Any) -> None:
    frame = pd.DataFrame(
        {"body": ["Rapat digelar Selasa (8/3).", "Tanpa tanggal."]}, index=[10, 11]
    )
    result = extract_dataframe(dd.from_pandas(frame, npartitions=1), text="body", components=FAST)
    out = result.compute()
    assert list(out["id"]) == ["10", "11"]
    assert out.iloc[0]["entities"][0]["value"] is None  # no published date: honest null


def test_cli_runs_on_a_scheduler_address(client: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps(r) for r in ROWS if isinstance(r["text"], str)) + "\n{bad\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    run = subprocess.run(
        [sys.executable, "-m", "pmk_extract", "extract", str(source), "-o", str(out),
         "--scheduler", address, "--components", ",".join(FAST), "--batch-size", "2"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr  # a bad date and a bad row
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "d", "e", "f", "in.jsonl:6"]
    assert [bool(r["errors"]) for r in records] == [False, False, True, False, False, True]
