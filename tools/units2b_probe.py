"""Probe: the head of a unit below echelon I of an agency or of a ministry, written with
the unit's name and no parent ("Deputi Bidang Meteorologi Nama", "Kepala Pusat Data,
Informasi dan Komunikasi Kebencanaan Nama"), then a name.

Generated mentions, never mined rows: each post of ``tools/units2b_units.tsv`` (the post as
the press writes it before a name, the organisation its head belongs to, or ``-`` where
none may be given: a post two bodies share, a regional station's head, a day after the body
ended; and a day) x head forms (as written, after ``Plt.``, the field without "Bidang" for a
deputy) x separators (none, a comma). Each mention is scored right (the person with the
expected organisation; for a ``-`` row: the person with no organisation), wrong (another
organisation) or none (no organisation, or no person).

usage: PYTHONPATH=src python tools/units2b_probe.py [--rows]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from pmk_extract import Extractor

UNITS = Path(__file__).with_name("units2b_units.tsv")
NAME = "Rahmat Hidayanto"  # a name the knowledge base holds for no office


def posts() -> list[tuple[str, str, str, str]]:
    """(family, post, organisation or '-', day) for each row of the units table."""
    with UNITS.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(r[0], r[1], r[2], r[3]) for r in rows if r]


def forms(post: str) -> list[str]:
    """The post as written, after Plt., and (a deputy) with its field without "Bidang"."""
    out = [post, f"Plt. {post}"]
    if post.startswith("Deputi Bidang "):
        out.append(post.replace("Deputi Bidang ", "Deputi ", 1))
    return out


def mentions() -> list[tuple[str, str, str, str]]:
    """(family, mention, expected organisation or '-', day) for every combination."""
    rows = []
    for family, post, org, day in posts():
        for form in forms(post):
            for sep in (" ", ", "):
                rows.append((family, f"{form}{sep}{NAME}", org, day))
    return rows


def main() -> None:
    rows = mentions()
    ex = Extractor()
    counts: Counter[tuple[str, str]] = Counter()
    show = "--rows" in sys.argv
    for family, mention, org, day in rows:
        record = ex.extract(f"{mention} memberikan keterangan kepada wartawan.", published=day)
        people = [e for e in record.entities if e.label == "PERSON" and NAME in e.text]
        got = people[0].org if people else None
        want = None if org == "-" else org
        if people and got == want:
            outcome = "right"
        elif got is None:
            outcome = "none"
        else:
            outcome = "wrong"
        counts[(family, outcome)] += 1
        if show and outcome != "right":
            print(f"{outcome}\t{mention}\t{day}\t{got}")
    families = sorted({f for f, _ in counts})
    for family in families:
        line = ", ".join(f"{o} {counts[(family, o)]}" for o in ("right", "wrong", "none"))
        print(f"{family}: {line}")
    total: Counter[str] = Counter()
    for (_, outcome), n in counts.items():
        total[outcome] += n
    line = ", ".join(f"{o} {total[o]}" for o in ("right", "wrong", "none"))
    print(f"all ({len(rows)}): {line}")


if __name__ == "__main__":
    main()
