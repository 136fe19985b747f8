"""pmk_extract on Dask: a DataFrame of press releases in, a DataFrame of records out.

Needs ``pip install 'pmk-extract[dask]'``. Run from the repository root::

    python examples/dask_example.py                       # a local cluster, 2 workers
    python examples/dask_example.py tcp://scheduler:8786  # an existing cluster

Each worker builds the pipeline once, on its first task; tasks carry only texts.
The command line does the same with ``pmk-extract extract ... --scheduler ADDRESS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dask.dataframe as dd
from distributed import Client, LocalCluster

from pmk_extract.dask import extract_dataframe

ROOT = Path(__file__).resolve().parent


def main() -> None:
    if len(sys.argv) > 1:
        client = Client(sys.argv[1])
    else:
        client = Client(LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None))
    with client:
        # any Dask DataFrame with a text column: read_parquet, read_csv, read_json, ...
        releases = dd.read_json(ROOT / "releases.jsonl", lines=True, blocksize=None)
        records = extract_dataframe(releases, text="text", published="published", id="id")
        frame = records.compute()  # or records.to_parquet("records/")
        for row in frame.itertuples():
            dates = [(e["text"], e["value"]) for e in row.entities if e["label"] == "DATE"]
            orgs = sorted({e["canonical"] for e in row.entities if e["label"] == "ORG"})
            print(f"{row.id} [{row.source}]: dates {dates}; organisations {orgs}")


if __name__ == "__main__":
    main()
