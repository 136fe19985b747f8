"""Probe: a bare name a regency and a city share, under datelines (the sharednames lane).

Generated mentions, never mined rows. For each name a regency and a city share, the post
"Kepala Dinas Kesehatan X Nama" under three datelines: the regency's seat town (a district,
a town of places.jsonl or a line of regency_seats.tsv), "KAB X" (the kind word in capitals,
left out of the entity), and the bare "X". The seat and "KAB X" should give the regency's
government; the bare dateline is the shared name itself and keeps the gazetteer's city.
Counts (dateline form, kind of the organisation found: regency / city / none).

usage: PYTHONPATH=src python tools/sharednames_probe.py [--rows]
"""

from __future__ import annotations

import sys
from collections import Counter

from pmk_extract import Extractor

DAY = "2023-05-01"
# name shared by a regency and a city -> the regency's seat as datelines write it
SEATS = {
    "Bandung": "SOREANG",
    "Banjar": "MARTAPURA",
    "Bekasi": "CIKARANG",
    "Bima": "WOHA",
    "Blitar": "KANIGORO",
    "Bogor": "CIBINONG",
    "Cirebon": "SUMBER",
    "Jayapura": "SENTANI",
    "Kediri": "PARE",
    "Kupang": "OELAMASI",
    "Madiun": "CARUBAN",
    "Magelang": "MUNGKID",
    "Malang": "KEPANJEN",
    "Mojokerto": "MOJOSARI",
    "Pasuruan": "BANGIL",
    "Pekalongan": "KAJEN",
    "Probolinggo": "KRAKSAAN",
    "Semarang": "UNGARAN",
    "Serang": "CIRUAS",
    "Solok": "AROSUKA",
    "Sorong": "AIMAS",
    "Sukabumi": "PELABUHANRATU",
    "Tangerang": "TIGARAKSA",
    "Tasikmalaya": "SINGAPARNA",
    "Tegal": "SLAWI",
}


def main() -> None:
    """Print the counts (and with --rows each case that gives no regency's government)."""
    cases = [
        (form, name, f"{dateline} - Kepala Dinas Kesehatan {name} Agus Santoso hadir.")
        for name, seat in SEATS.items()
        for form, dateline in (
            ("seat", seat),
            ("kab", f"KAB {name.upper()}"),
            ("bare", name.upper()),
        )
    ]
    items = [{"id": str(i), "text": t, "published": DAY} for i, (_, _, t) in enumerate(cases)]
    counts: Counter[tuple[str, str]] = Counter()
    for (form, _, text), record in zip(cases, Extractor().extract_many(items), strict=True):
        people = [e for e in record.entities if e.label == "PERSON"]
        org = people[0].org if people else None
        kind = "none" if org is None else "regency" if "Kabupaten" in org else "city"
        counts[(form, kind)] += 1
        if "--rows" in sys.argv and form != "bare" and kind != "regency":
            print(f"  {kind:7} {text}")
    for (form, kind), n in sorted(counts.items()):
        print(f"{form:5} {kind:8} {n}")


if __name__ == "__main__":
    main()
