"""Dask: extract_dataframe and the CLI's --scheduler, on a real LocalCluster with 2 workers."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
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


# --- local workers end with the process that made the tasks ----------------------------

ORPHAN_SCRIPT = """
import os, sys
import dask.dataframe as dd, pandas as pd
from dask.callbacks import Callback
from pmk_extract.dask import extract_dataframe

class Started(Callback):
    workers = set()

    def _posttask(self, key, result, dsk, state, worker_id):
        if "extract" in str(key) and len(self.workers) < 2:
            self.workers.add(worker_id)
            if len(self.workers) == 2:  # both workers ran a task
                print("extracting", flush=True)

if __name__ == "__main__":
    frame = pd.DataFrame({"text": ["Rapat digelar Selasa (8/3) di Jakarta."] * 20_000})
    records = extract_dataframe(dd.from_pandas(frame, npartitions=100), components=("pmk_dates",))
    if sys.argv[1] == "processes":
        with Started():
            records.compute(scheduler="processes", num_workers=2)
    else:
        from distributed import Client, LocalCluster
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        with Client(cluster) as client:
            records.head(1, npartitions=1)
            print("extracting", flush=True)
            records.compute()
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _all_gone(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if Path(f"/proc/{p}").exists()]
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("scheduler", ["processes", "local-cluster"])
def test_local_workers_end_with_their_parent_and_on_sigterm(tmp_path: Path, scheduler: str) -> None:
    script = tmp_path / "run.py"
    script.write_text(ORPHAN_SCRIPT, encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, str(script), scheduler],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a process group of its own, killed at the end
    )
    try:
        assert run.stdout is not None and run.stdout.readline() == b"extracting\n"
        workers = [p for p in _children(run.pid) if "spawn_main" in _cmdline(p)]
        assert len(workers) == 2, workers
        if scheduler == "local-cluster":  # its nanny restarts the worker: the run goes on
            victim = workers.pop()
            os.kill(victim, signal.SIGTERM)
            assert _all_gone([victim], 30), "a worker outlived SIGTERM"
        os.kill(run.pid, signal.SIGKILL)  # the parent only: its workers are orphaned
        run.wait(timeout=30)
        assert _all_gone(workers, 30), "local workers outlived their parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=30)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""
