"""``pmk-extract evaluate-ner`` on a tiny CoNLL pair scored by hand, and on the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = "Joko\tB-PER\nWidodo\tI-PER\ndi\tO\nJakarta\tB-LOC\n\nBNPB\tB-ORG\nhadir\tO\n"
# PERSON right, LOC missed, ORG right, one false LOC: P 2/3, R 2/3
PRED = "Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nJakarta\tO\n\nBNPB\tB-ORG\nhadir\tB-LOC\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmk_extract", "evaluate-ner", *args],
        capture_output=True,
        text=True,
    )


def test_hand_scored_pair(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.txt", tmp_path / "pred.txt"
    gold.write_text(GOLD, encoding="utf-8")
    pred.write_text(PRED, encoding="utf-8")
    result = _run(str(gold), "--pred", str(pred), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    micro = scores["micro"]
    assert micro["p"] == pytest.approx(2 / 3, abs=1e-3)
    assert micro["r"] == pytest.approx(2 / 3, abs=1e-3)


def test_runs_the_shipped_model(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    result = _run(str(gold))
    assert result.returncode == 0, result.stderr
    assert "PERSON" in result.stdout


def test_bad_map_is_one_clear_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    result = _run(str(gold), "--map", "PER")
    assert result.returncode == 2 and "--map" in result.stderr


def test_convention_tag_follows_the_corpus() -> None:
    """On NERGrit valid, the model scores better told to follow NERGrit's conventions."""
    nergrit = Path(__file__).parent.parent / "corpora" / "ner" / "nergrit" / "valid_preprocess.txt"
    mapping = ("--map", "PERSON=PERSON,ORGANISATION=ORG,PLACE=LOC", "--json")
    tagged = _run(str(nergrit), *mapping, "--convention", "nergrit")
    untagged = _run(str(nergrit), *mapping)
    assert tagged.returncode == 0 and untagged.returncode == 0, tagged.stderr + untagged.stderr
    f_tagged = json.loads(tagged.stdout)["micro"]["f"]
    f_untagged = json.loads(untagged.stdout)["micro"]["f"]
    assert f_tagged >= 0.70 and f_tagged > f_untagged + 0.03
