"""District probe: does a regional post written without its region take the regency or city
of the district the text named before it ("Banjir melanda Kecamatan X. Sekda Nama ...")?

For a sample of the gazetteer's districts (``gazetteers/districts.jsonl``) whose name no other
district bears, each in a regency or city with a government in the knowledge base, writes
short documents: an opening sentence naming the district with its kind word (as written:
"Kecamatan X", "Kec. X"), or two districts of two regencies, or the district and then
another regency's government, then a post of either level or of a regency's or city's own
("Sekda", "Kepala Dinas Kesehatan", "Kepala BPBD", "Kepala Bappeda") and an invented name
(posts whose holders the knowledge base does not record). One district: the district's
government is right; two districts of two regencies: none is right; the district and then
another regency's government as a body: that government's is right (a body before a place).
Prints right / wrong / none per shape. Measurement only: nothing here is shipped, and no
table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/ctxposts_probe.py
[--published YYYY-MM-DD] [--sample N] [--save F] [--diff F]
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from harness_cli import option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor

DISTRICTS = Path(__file__).parents[1] / "models" / "gazetteers" / "districts.jsonl"
NAME = "Rudi Hartanto"
POSTS = ("Sekda", "Kepala Dinas Kesehatan", "Kepala BPBD", "Kepala Bappeda")
FRAME = "{mention} memberikan keterangan kepada wartawan."
SHAPES = {
    "one": "Banjir melanda {D}.",
    "one-short": "Banjir melanda tiga desa di {DS}.",
    "village": "Warga Desa Sukamaju, {D} mengungsi.",
    "two": "Banjir melanda {D} dan {D2}.",
    "body-after": "Banjir melanda {D}. Bantuan datang dari Pemerintah {R2}.",
}


def districts(sample: int) -> list[dict[str, str]]:
    """Districts whose bare name no other district bears, with their regency or city."""
    rows = [json.loads(line) for line in DISTRICTS.read_text(encoding="utf-8").splitlines()]
    counts = Counter(row["canonical"] for row in rows)
    unique = [
        row
        for row in rows
        if counts[row["canonical"]] == 1
        and row["canonical"].startswith("Kecamatan ")
        and row["parent"].startswith(("Kabupaten ", "Kota "))
    ]
    random.Random(7).shuffle(unique)
    return unique[:sample]


def main(argv: list[str]) -> None:
    published = option(argv, "--published") or "2014-06-01"
    picked = districts(int(option(argv, "--sample") or "60"))
    cases = []
    for n, row in enumerate(picked):
        other = picked[(n + 1) % len(picked)]
        if other["parent"] == row["parent"]:
            continue
        values = {
            "D": row["canonical"],
            "DS": "Kec. " + row["canonical"].removeprefix("Kecamatan "),
            "D2": other["canonical"],
            "R2": other["parent"],
        }
        for shape, template in SHAPES.items():
            want = {"two": None, "body-after": f"Pemerintah {other['parent']}"}.get(
                shape, f"Pemerintah {row['parent']}"
            )
            for post in POSTS:
                text = f"{template.format(**values)} {FRAME.format(mention=f'{post} {NAME}')}"
                cases.append((f"{shape} | {post} | {row['canonical']}", shape, text, want))
    items = [{"id": str(i), "text": c[2], "published": published} for i, c in enumerate(cases)]
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    state = {}
    for (key, shape, _, want), record in zip(cases, Extractor().extract_many(items), strict=True):
        people = [e for e in record.entities if e.label == "PERSON" and e.canonical == NAME]
        org = people[0].org if people else None
        verdict = "right" if org == want else "none" if org is None else "wrong"
        tally[shape][verdict] += 1
        state[key] = verdict
        if verdict == "wrong" or "--all" in argv:
            print(f"{verdict:6} {key}: want {want}, got {org}")
    for shape, counts in tally.items():
        print(f"{shape:11} " + ", ".join(f"{counts[v]} {v}" for v in ("right", "wrong", "none")))
    total: Counter[str] = sum(tally.values(), Counter())
    print("total       " + ", ".join(f"{total[v]} {v}" for v in ("right", "wrong", "none")))
    print_changes(saved_verdicts(option(argv, "--diff")), state)
    save_verdicts(option(argv, "--save"), state)


if __name__ == "__main__":
    main(sys.argv[1:])
