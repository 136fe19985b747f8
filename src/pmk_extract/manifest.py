"""Checksums of the shipped data: ``models/MANIFEST.json`` lists every file's size and SHA-256.

Usage::

    python -m pmk_extract.manifest           # check the data against the manifest
    python -m pmk_extract.manifest --write   # rewrite the manifest after changing data

The check exits 1 and names each missing, unlisted or changed file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from .resources import models_dir

MANIFEST = "MANIFEST.json"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def compute(root: Path) -> dict[str, dict[str, int | str]]:
    """``{relative path: {"bytes": size, "sha256": hex}}`` of every data file under ``root``."""
    files: dict[str, dict[str, int | str]] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and relative != MANIFEST and "__pycache__" not in path.parts:
            files[relative] = {"bytes": path.stat().st_size, "sha256": _sha256(path)}
    return files


def write(root: Path | None = None) -> Path:
    """Rewrite ``MANIFEST.json`` in ``root`` (default: the shipped ``models/``)."""
    root = root or models_dir()
    target = root / MANIFEST
    text = json.dumps({"files": compute(root)}, indent=1, sort_keys=True) + "\n"
    target.write_text(text, encoding="utf-8")
    return target


def check(root: Path | None = None) -> list[str]:
    """Problems found comparing the data in ``root`` with its manifest (empty: all match)."""
    root = root or models_dir()
    try:
        listed = json.loads((root / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError) as exc:
        return [f"{root / MANIFEST}: cannot read the manifest ({exc})"]
    found = compute(root)
    problems = [f"{name}: listed in {MANIFEST} but missing" for name in listed if name not in found]
    problems += [f"{name}: not listed in {MANIFEST}" for name in found if name not in listed]
    problems += [
        f"{name}: changed (sha256 {found[name]['sha256']}, manifest {listed[name]['sha256']})"
        for name in found
        if name in listed and found[name]["sha256"] != listed[name]["sha256"]
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check (default) or rewrite the manifest; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="rewrite the manifest")
    args = parser.parse_args(argv)
    if args.write:
        print(f"wrote {write()}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{models_dir()}: all files match {MANIFEST}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
