"""Regenerate (or check) the command printouts quoted in README.md.

A printout in the README is a fenced block right after a marker line naming the
``pmk-extract`` command that prints it::

    <!-- figures: pmk-extract evaluate tests/data/press_releases_dev.jsonl -->
    ```text
    ...
    ```

``python tools/readme_figures.py`` runs every marked command (in this process, from the
repository root) and writes its output into the block; ``--check`` only reports the
blocks whose text differs from a fresh run and exits 1 when any does. Only commands
whose output does not depend on the machine (scores, not timings) are marked.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(
    r"^<!-- figures: (?P<command>[^\n]+?) -->\n```(?P<lang>[a-z]*)\n(?P<body>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)


@dataclass(frozen=True)
class Block:
    """One marked printout: the command, and where its text sits in the README."""

    command: str
    start: int  # offset of the block's text
    end: int
    text: str


def blocks(readme: str) -> Iterator[Block]:
    """The marked printouts of ``readme``, in order."""
    for match in _BLOCK.finditer(readme):
        yield Block(match["command"], match.start("body"), match.end("body"), match["body"])


def run(command: str) -> str:
    """The standard output of ``pmk-extract ...`` run in this process from the root."""
    from pmk_extract.cli import main

    words = shlex.split(command)
    if not words or words[0] != "pmk-extract":
        raise SystemExit(f"readme_figures: not a pmk-extract command: {command!r}")
    out = io.StringIO()
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            status = main(words[1:])
    finally:
        os.chdir(here)
    if status not in (0, None):
        raise SystemExit(f"readme_figures: {command!r} exited {status}")
    text = out.getvalue()
    return text if text.endswith("\n") else text + "\n"


def stale(readme: str) -> list[tuple[Block, str]]:
    """Blocks whose text differs from a fresh run, with the fresh text."""
    out = []
    for block in blocks(readme):
        fresh = run(block.command)
        if fresh != block.text:
            out.append((block, fresh))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale blocks, write nothing")
    args = parser.parse_args(argv)
    readme = README.read_text(encoding="utf-8")
    changed = stale(readme)
    for block, _ in changed:
        print(f"stale: {block.command}", file=sys.stderr)
    if args.check:
        return 1 if changed else 0
    for block, fresh in sorted(changed, key=lambda pair: pair[0].start, reverse=True):
        readme = readme[: block.start] + fresh + readme[block.end :]
    README.write_text(readme, encoding="utf-8")
    print(f"{len(changed)} block(s) rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
