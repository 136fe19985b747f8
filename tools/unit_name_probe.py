"""Probe: a vertical office's short form, its place written several ways, then its head's name.

Generated mentions ("Kepala KUA Sukaraja Nurdin", "Kepala Lapas Kelas IIA X, Nama Nama"), never
mined rows: office short forms x place kinds (a region the gazetteer knows, a district's name
several districts share, a class then a region, no place) x name shapes (two words, one word,
after a comma). Each mention is scored right (the head with the office's ministry or agency),
no org (the head, no organisation), wrong (another person or organisation) or none
(no person). A place kind whose word could be a
name ("none" written with no place) is scored too, to show what stays unread.

usage: PYTHONPATH=src python tools/unit_name_probe.py [--rows]
"""

from __future__ import annotations

import sys
from collections import Counter

from harness_cli import longest_person

from pmk_extract import Extractor

OFFICES = [
    ("KUA", "Kementerian Agama"),
    ("KPP Pratama", "Kementerian Keuangan"),
    ("Polsek", "Kepolisian Negara Republik Indonesia"),
    ("Lapas", "Kementerian Hukum dan Hak Asasi Manusia"),
    ("Rutan", "Kementerian Hukum dan Hak Asasi Manusia"),
    ("KSOP", "Kementerian Perhubungan"),
]
PLACES = {
    "region": ["Bantul", "Kota Bogor", "Sleman"],
    "shared district": ["Sukaraja", "Cisarua", "Bojongsari"],
    "class and region": ["Kelas IIA Bantul", "Kelas I Sleman"],
    "none": [""],
}
NAMES = {"two words": "Ahmad Fauzi", "one word": "Nurdin", "comma": ", Ahmad Fauzi"}
PUBLISHED = "2023-05-10"


def mentions() -> list[tuple[str, str, str, str, str]]:
    """(place kind, name shape, mention, person, organisation) for every combination."""
    rows = []
    for office, org in OFFICES:
        for kind, places in PLACES.items():
            for place in places:
                for shape, name in NAMES.items():
                    head = " ".join(w for w in ["Kepala", office, place] if w)
                    sep = "" if name.startswith(",") else " "
                    person = name.lstrip(", ")
                    rows.append((kind, shape, f"{head}{sep}{name}", person, org))
    return rows


def main() -> None:
    rows = mentions()
    ex = Extractor()
    items = [
        {"id": str(i), "text": f"{m} memberikan keterangan.", "published": PUBLISHED}
        for i, (_, _, m, _, _) in enumerate(rows)
    ]
    counts: Counter[tuple[str, str]] = Counter()
    for (kind, _shape, mention, person, org), rec in zip(rows, ex.extract_many(items), strict=True):
        got = longest_person(rec, len(mention))
        if got is None:
            verdict = "none"
        elif (got.canonical, got.org) == (person, org):
            verdict = "right"
        elif got.canonical == person and got.org is None:
            verdict = "no org"
        else:
            verdict = "wrong"
        counts[(kind, verdict)] += 1
        if "--rows" in sys.argv and verdict != "right":
            print(f"{verdict:5} {mention!r}: {(got.canonical, got.org) if got else None}")
    for kind in PLACES:
        tally = " ".join(f"{v} {counts[(kind, v)]}" for v in ("right", "no org", "wrong", "none"))
        print(f"{kind:17} {tally}")


if __name__ == "__main__":
    main()
