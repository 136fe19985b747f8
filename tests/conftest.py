"""Shared fixtures: one extractor per test session, the dev gold set."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor, Record

# the knowledge base's snapshots (pmk_extract.snapshot) of a test run go to a folder of its own,
# never to the user's cache, and are deleted when the run ends; the snapshot tests point them
# elsewhere as they need
_SNAPSHOTS = tempfile.mkdtemp(prefix="pmk_extract_snapshots_")
os.environ["PMK_EXTRACT_CACHE_DIR"] = _SNAPSHOTS
atexit.register(shutil.rmtree, _SNAPSHOTS, ignore_errors=True)

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
DEV = DATA / "press_releases_dev.jsonl"


def _load_dev() -> list[dict[str, Any]]:
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def dev_raw() -> list[dict[str, Any]]:
    return _load_dev()


@pytest.fixture(scope="session")
def dev_predictions(extractor: Extractor, dev_raw: list[dict[str, Any]]) -> list[Record]:
    items = [{"id": d["id"], "text": d["text"], "published": d["published"]} for d in dev_raw]
    return list(extractor.extract_many(items))
