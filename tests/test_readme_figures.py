"""The printouts quoted in README.md are what their commands print today.

``python tools/readme_figures.py`` rewrites them; this test fails when a change moved a
figure without the README following.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "readme_figures", ROOT / "tools" / "readme_figures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_marks_its_evaluation_printouts() -> None:
    commands = [block.command for block in TOOL.blocks(README)]
    assert "pmk-extract evaluate tests/data/press_releases_dev.jsonl" in commands
    assert "pmk-extract evaluate tests/data/press_releases_dev_news.jsonl" in commands


@pytest.mark.parametrize("block", list(TOOL.blocks(README)), ids=lambda b: b.command)
def test_a_printout_matches_its_command(block: Any) -> None:
    fresh = TOOL.run(block.command)
    assert fresh == block.text, "README is stale: run python tools/readme_figures.py"


def test_a_stale_block_is_found_and_rewritten(tmp_path: Path) -> None:
    readme = "x\n<!-- figures: pmk-extract schema -->\n```json\nold\n```\ny\n"
    (block,) = TOOL.blocks(readme)
    assert block.text == "old\n"
    (stale,) = TOOL.stale(readme)
    assert stale[1].startswith("{")
