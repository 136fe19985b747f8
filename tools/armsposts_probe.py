"""Probe: central police and military posts written fused or apart, closed by a number or not,
then a holder's name of two or three words: right / wrong / none.

Posts come from the command lexicons (``command_titles``, fused titles over units of
``command_units.tsv``) as the press writes them; each is followed by generated names, in the
frame of the official-mention tables, on a day (``--published``) no holder of these posts is
recorded for in the knowledge base (a made-up name after a recorded post takes no post). A
form is right when the longest PERSON is the whole name with the wanted organisation; wrong
when it has another organisation or eats a name word into its role; none otherwise. The
written-out negatives ("Kepala Divisi Hukum") want the person and no organisation.

Measurement only: nothing here is shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/armsposts_probe.py [--show]
"""

from __future__ import annotations

import sys
from collections import Counter

from harness_cli import longest_person

from pmk_extract import Extractor

POLRI = "Kepolisian Negara Republik Indonesia"
TNI = "Tentara Nasional Indonesia"
# (family, post as written, wanted organisation)
POSTS: list[tuple[str, str, str | None]] = [
    *[
        ("division", f"{post}{field.lower()}" if fused else f"{post} {field}", POLRI)
        for post in ("Kadiv", "Wakadiv")
        for field in ("Kum", "Hubinter", "Propam", "TIK", "Humas")
        for fused in (True, False)
        if fused or field != "Kum"
    ],
    *[("division_polri", f"Kadiv {f} Polri", POLRI) for f in ("Kum", "Hubinter", "TIK")],
    *[
        ("numbered", f"{post} {num}", org)
        for post, org in (
            ("Kadensus", POLRI),
            ("Wakadensus", POLRI),
            ("Pangkoarmada", TNI),
            ("Pangkoopsud", TNI),
            ("Pangkoopsau", TNI),
            ("Pangdivif", TNI),
        )
        for num in (("88",) if "densus" in post else ("I", "II", "III", "1", "2"))
    ],
    *[("tni_body", post, TNI) for post in ("Kabais", "Wakabais", "Kababinkum", "Kabais TNI")],
    *[
        ("written_out", post, None)
        for post in (
            "Kepala Divisi Hukum",
            "Kepala Divisi Teknologi Informasi dan Komunikasi",
            "Kepala Divisi Humas",
        )
    ],
]
NAMES = ("Rudi Hartono", "Bambang Sutrisno", "Dedi Eko Prasetyo")
FRAME = "{mention} memberikan keterangan kepada wartawan."


def main() -> None:
    published = "2023-05-01"
    ex = Extractor()
    rows = [(fam, post, org, name) for fam, post, org in POSTS for name in NAMES]
    items = [
        {"id": str(i), "text": FRAME.format(mention=f"{p.strip()} {n}"), "published": published}
        for i, (_, p, _, n) in enumerate(rows)
    ]
    tally: Counter[tuple[str, str]] = Counter()
    for (fam, post, org, name), rec in zip(rows, ex.extract_many(items), strict=True):
        p = longest_person(rec)
        if p is not None and p.canonical == name and p.org == org:
            verdict = "right"
        elif p is not None and (p.org not in (None, org) or p.canonical != name):
            verdict = "wrong"
        else:
            verdict = "none"
        tally[(fam, verdict)] += 1
        if "--show" in sys.argv and verdict != "right":
            print(f"  {verdict}: {post.strip()} {name} -> {p and (p.canonical, p.role, p.org)}")
    for fam in dict.fromkeys(f for f, _, _ in POSTS):
        counts = " ".join(f"{v}={tally[(fam, v)]}" for v in ("right", "wrong", "none"))
        print(f"{fam:15} {counts}")
    total = " ".join(
        f"{v}={sum(c for (_, w), c in tally.items() if w == v)}" for v in ("right", "wrong", "none")
    )
    print(f"{'all':15} {total}")


if __name__ == "__main__":
    main()
