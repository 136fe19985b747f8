"""Start-up cost: ``pmk_extract.load()`` against spaCy's blank pipeline, in fresh processes.

Run from the repository root::

    python benchmarks/startup.py [--repeat 5]

Times, each in a fresh interpreter and alternating so a busy spell hits all alike:

- ``blank``: ``import spacy; spacy.blank("id")`` (what any spaCy pipeline pays);
- ``load``: ``import pmk_extract; pmk_extract.load()`` (the default pipeline, cold);
- ``cli``: ``pmk-extract extract`` on one short text (``python -m pmk_extract``, one
  process, output to stdout): what a user waits for a single document.

Prints the median wall time of each and the ratio ``load / blank`` (target <= 1.3x);
exits 1 when the ratio is above ``--bound`` (default 1.3).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = {
    "blank": [sys.executable, "-c", "import spacy; spacy.blank('id')"],
    "load": [sys.executable, "-c", "import pmk_extract; pmk_extract.load()"],
}


def _time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print the medians and the ratio; 1 when the ratio exceeds ``--bound``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bound", type=float, default=1.3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "rilis.txt"
        text.write_text("Menko PMK Muhadjir Effendy meninjau Cianjur, Selasa (8/3).\n", "utf-8")
        runs = {
            **RUNS,
            "cli": [sys.executable, "-m", "pmk_extract", "extract", str(text), "--n-process", "1"],
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        _time(RUNS["load"])  # warm the file cache once, for every run alike
        for _ in range(args.repeat):
            for name, command in runs.items():
                times[name].append(_time(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"python {sys.version.split()[0]}, {args.repeat} runs each, median wall time:")
    labels = {
        "blank": "import spacy; spacy.blank('id')",
        "load": "import pmk_extract; pmk_extract.load()",
        "cli": "pmk-extract extract (one short text)",
    }
    for name, label in labels.items():
        spread = f"{min(times[name]):.2f}-{max(times[name]):.2f}"
        print(f"  {label:42s} {median[name]:6.2f} s  (range {spread} s)")
    ratio = median["load"] / median["blank"]
    print(f"load / blank: {ratio:.2f}x (target <= {args.bound}x)")
    return 0 if ratio <= args.bound else 1


if __name__ == "__main__":
    sys.exit(main())
