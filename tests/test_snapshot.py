"""The knowledge base's snapshots: read back equal to a fresh build, rebuilt when damaged,
stale or of another type, never an error when the folder cannot be written, off on request."""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

import pytest

from pmk_extract import snapshot
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(snapshot.ENV, str(tmp_path))
    return tmp_path


def _build_counted(calls: list[int]) -> dict[str, int]:
    calls.append(1)
    return {"built": len(calls)}


def test_a_snapshot_reads_back_the_knowledge_base_it_was_written_from(folder: Path) -> None:
    default_kb.cache_clear()
    default_people.cache_clear()
    try:
        built_kb, built_people = default_kb(), default_people()
        assert sorted(p.name.split("-")[0] for p in folder.glob("*.pickle")) == ["kb", "people"]
        default_kb.cache_clear()
        default_people.cache_clear()
        read_kb, read_people = default_kb(), default_people()
    finally:
        default_kb.cache_clear()
        default_people.cache_clear()
    assert read_kb is not built_kb and read_people is not built_people
    assert read_kb.entries == built_kb.entries
    assert read_kb.surfaces == built_kb.surfaces and read_kb.by_id == built_kb.by_id
    assert read_people.offices == built_people.offices
    assert read_people.titles == built_people.titles
    assert read_people.names == built_people.names
    assert read_people.office_words == built_people.office_words
    # the read objects work as the built ones do
    office = read_people.title("Presiden", None)
    assert office is not None and office.id == "presiden"
    assert read_kb.lookup("Kemenkes") == built_kb.lookup("Kemenkes") is not None


def test_the_second_load_reads_the_snapshot(folder: Path) -> None:
    calls: list[int] = []
    first = snapshot.load_or_build("t", dict, lambda: _build_counted(calls))
    second = snapshot.load_or_build("t", dict, lambda: _build_counted(calls))
    assert first == second == {"built": 1} and calls == [1]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a list"])[:-3]])
def test_a_damaged_snapshot_is_rebuilt_and_replaced(folder: Path, content: bytes) -> None:
    calls: list[int] = []
    path = folder / f"t-{snapshot.source_key()}.pickle"
    path.write_bytes(content)
    assert snapshot.load_or_build("t", dict, lambda: _build_counted(calls)) == {"built": 1}
    assert pickle.loads(path.read_bytes()) == {"built": 1}


def test_a_snapshot_of_another_type_is_rebuilt(folder: Path) -> None:
    (folder / f"t-{snapshot.source_key()}.pickle").write_bytes(pickle.dumps(["a list"]))
    assert snapshot.load_or_build("t", dict, lambda: {"fresh": 1}) == {"fresh": 1}


def test_snapshots_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.chdir(tmp_path)
    for value in ("off", ""):
        monkeypatch.setenv(snapshot.ENV, value)
        assert snapshot.cache_dir() is None
        snapshot.load_or_build("t", dict, lambda: _build_counted(calls))
    assert calls == [1, 1] and not list(tmp_path.iterdir())


def test_an_unwritable_folder_only_costs_the_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(snapshot.ENV, str(blocker / "snapshots"))
    assert snapshot.load_or_build("t", dict, lambda: {"fresh": 1}) == {"fresh": 1}
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_default_folder_is_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(snapshot.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert snapshot.cache_dir() == Path("/somewhere/cache/pmk_extract")


def test_only_the_newest_snapshots_of_a_name_are_kept(folder: Path) -> None:
    for age in range(snapshot.KEEP + 2):
        old = folder / f"t-old{age}.pickle"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    (folder / "other-old.pickle").write_bytes(b"another name's")
    snapshot.load_or_build("t", dict, lambda: {"fresh": 1})
    kept = sorted(p.name for p in folder.glob("t-*.pickle"))
    assert len(kept) == snapshot.KEEP and f"t-{snapshot.source_key()}.pickle" in kept
    assert "t-old0.pickle" not in kept and (folder / "other-old.pickle").exists()


def test_the_key_changes_with_the_data_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for sub in ("gazetteers", "lexicons"):
        (tmp_path / sub).mkdir()
    data = tmp_path / "gazetteers" / "x.jsonl"
    data.write_text('{"canonical": "A", "kind": "agency"}\n', encoding="utf-8")
    keys = [snapshot.source_key()]
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    keys.append(snapshot.source_key())
    data.write_text('{"canonical": "B", "kind": "agency", "aliases": ["Bb"]}\n', encoding="utf-8")
    keys.append(snapshot.source_key())
    (tmp_path / "lexicons" / "new.tsv").write_text("a\tb\n", encoding="utf-8")
    keys.append(snapshot.source_key())
    assert len(set(keys)) == 4, keys


class _Made:
    """An object of a build, tracked by the cyclic collector (as the knowledge base's are)."""

    def __init__(self, parts: list[object]) -> None:
        self.parts = parts


@pytest.mark.parametrize("setting", ["off", "folder"])
def test_a_build_joins_the_oldest_generation_with_the_collector_as_it_was(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(snapshot.ENV, "off" if setting == "off" else str(tmp_path))
    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            made = snapshot.load_or_build(
                f"made{enabled}", _Made, lambda: _Made([_Made([]) for _ in range(5000)])
            )
            assert gc.isenabled() is enabled
            # no young objects left for the next collections to walk: all of the build is old
            assert gc.get_count()[0] < 100
            oldest = {id(o) for o in gc.get_objects(generation=2)}
            assert id(made) in oldest and id(made.parts[-1]) in oldest
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_a_load_leaves_frozen_objects_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(snapshot.ENV, "off")
    kept = _Made([])
    gc.freeze()  # as a worker process does after loading the pipeline
    try:
        frozen = gc.get_freeze_count()
        snapshot.load_or_build("made", _Made, lambda: _Made([_Made([]) for _ in range(100)]))
        assert gc.get_freeze_count() == frozen and kept.parts == []
    finally:
        gc.unfreeze()
