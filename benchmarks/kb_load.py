"""Knowledge-base load time against another commit, in fresh processes.

Run from the repository root (a git checkout)::

    python benchmarks/kb_load.py --against REF [--repeat 7]

Checks REF out into a temporary git worktree and times, in fresh interpreters taking turns so
a busy spell hits all alike, the CPU time of importing the knowledge base and loading it
(``default_kb()`` and ``default_people()``, where REF has them):

- ``snapshot``: this tree, reading its snapshot (:mod:`pmk_extract.snapshot`; written once,
  before the timed runs, to a temporary folder);
- ``build``: this tree, parsing and checking every file (snapshots off), as a process pays once
  after the data or the code changed;
- ``REF``: the other commit, as it loads.

Prints the median and the range of each, and the ratios to REF.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LOAD = """
import time
started = time.process_time()
from pmk_extract.kb import default_kb
try:
    from pmk_extract.people import default_people
except ImportError:  # before the offices moved to their own module
    from pmk_extract.kb import default_people
default_kb(); default_people()
print(time.process_time() - started)
"""


def _cpu_seconds(tree: Path, snapshots: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PMK_EXTRACT_CACHE_DIR": snapshots}
    done = subprocess.run(
        [sys.executable, "-c", _LOAD], env=env, cwd=tree, check=True, capture_output=True
    )
    return float(done.stdout.decode().split()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print the medians and the ratios to ``--against``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the commit to compare with")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "other"
        folder = str(Path(tmp) / "snapshots")
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.against],
            check=True,
            capture_output=True,
        )
        try:
            runs = {
                "snapshot": (ROOT, folder),
                "build": (ROOT, "off"),
                args.against: (other, folder),
            }
            _cpu_seconds(ROOT, folder)  # writes the snapshot, and warms the file cache
            _cpu_seconds(other, folder)
            times: dict[str, list[float]] = {name: [] for name in runs}
            for _ in range(args.repeat):
                for name, (tree, snapshots) in runs.items():
                    times[name].append(_cpu_seconds(tree, snapshots))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)],
                check=False,
                capture_output=True,
            )
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"python {sys.version.split()[0]}, {args.repeat} runs each, median CPU time:")
    for name, values in times.items():
        print(f"  {name:12s} {median[name]:.3f} s  (range {min(values):.3f}-{max(values):.3f} s)")
    for name in ("snapshot", "build"):
        print(f"{name} / {args.against}: {median[name] / median[args.against]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
