"""models/MANIFEST.json lists every shipped data file with its checksum."""

from __future__ import annotations

import shutil
from pathlib import Path

from pmk_extract import manifest
from pmk_extract.resources import models_dir


def test_shipped_data_matches_the_manifest() -> None:
    assert manifest.check() == []


def test_changed_missing_and_unlisted_files_are_named(tmp_path: Path) -> None:
    root = tmp_path / "models"
    shutil.copytree(models_dir() / "lexicons", root / "lexicons")
    manifest.write(root)
    assert manifest.check(root) == []
    (root / "lexicons" / "ner_tails.txt").write_text("Games\n", encoding="utf-8")
    (root / "lexicons" / "ner_dangling.txt").unlink()
    (root / "lexicons" / "new.txt").write_text("x\n", encoding="utf-8")
    problems = manifest.check(root)
    assert any(p.startswith("lexicons/ner_tails.txt: changed") for p in problems)
    assert "lexicons/ner_dangling.txt: listed in MANIFEST.json but missing" in problems
    assert "lexicons/new.txt: not listed in MANIFEST.json" in problems
    assert len(problems) == 3
