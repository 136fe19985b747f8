"""Probe: a regional office's head written with its field and its region, then a name.

Generated mentions, never mined rows: head titles (full, acting, lower-case, short) x the
office's field (one word, several words with "dan", a comma list, a parenthesised short form,
a short form alone) x region forms (Kabupaten X, Kab. X, Kota X, Provinsi X, the bare name,
the province's short form) x separators (none, comma) x name shapes (two words, degree and
name, name and degree). Each mention is scored right (the person with the region's
government), no org (the person, no organisation), wrong (another person or organisation) or
none (no person). Regional parliaments' posts (a numbered or lettered commission, a numbered
deputy chair) are probed the same way against the council's organisation.

usage: PYTHONPATH=src python tools/roleread_probe.py [--rows] [--kind KIND]
"""

from __future__ import annotations

import sys
from collections import Counter

from harness_cli import longest_person

from pmk_extract import Extractor

HEADS = {
    "full": "Kepala",
    "acting": "Plt. Kepala",
    "acting spelt": "Pelaksana Tugas (Plt) Kepala",
    "lower": "kepala",
    "secretary": "Sekretaris",
}
FIELDS = {
    "one word": "Dinas Kesehatan",
    "dan": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "commas": "Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
    "long commas": "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk"
    " dan Keluarga Berencana",
    "paren": "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)",
    "paren full": "Dinas Kesehatan (Dinkes)",
    "badan paren": "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)",
    "short": "Dinas PUPR",
    "short alone": "BPKAD",
    "badan": "Badan Perencanaan Pembangunan Daerah",
    "lower field": "Dinas kesehatan",
    "lower dan": "Dinas pendidikan dan kebudayaan",
    "lower badan": "Badan perencanaan pembangunan daerah",
    "two short forms": "Disperindag dan ESDM",
    "two short forms badan": "Bappeda dan Litbang",
    "merged unit short": "Satpol PP dan Damkar",
    "paren split": "Dinas Kesehatan dan Keluarga Berencana (Dinkes P2KB)",
}
# (region form kind, written form, organisation)
REGIONS = [
    ("Kabupaten X", "Kabupaten Sleman", "Pemerintah Kabupaten Sleman"),
    ("Kab. X", "Kab. Sleman", "Pemerintah Kabupaten Sleman"),
    ("Kota X", "Kota Malang", "Pemerintah Kota Malang"),
    ("Provinsi X", "Provinsi Jawa Barat", "Pemerintah Provinsi Jawa Barat"),
    ("bare", "Sleman", "Pemerintah Kabupaten Sleman"),
    ("province short", "Kalteng", "Pemerintah Provinsi Kalimantan Tengah"),
    ("Kabupaten X (short)", "Kabupaten Pulang Pisau (Pulpis)", "Pemerintah Kabupaten Pulang Pisau"),
    ("lower kabupaten", "kabupaten Sleman", "Pemerintah Kabupaten Sleman"),
]
NAMES = {
    "two words": "Budi Santoso",
    "degree first": "Ir. Budi Santoso",
    "degree after": "Budi Santoso, M.T.",
}
COUNCIL_POSTS = {
    "commission roman": "Ketua Komisi III",
    "commission letter": "Ketua Komisi B",
    "deputy commission": "Wakil Ketua Komisi II",
    "commission secretary": "Sekretaris Komisi I",
    "commission member": "Anggota Komisi IV",
    "deputy chair numbered": "Wakil Ketua II",
    "chair": "Ketua",
    "temporary chair": "Ketua sementara",
}
COUNCILS = [
    (
        "DPRD Kabupaten X",
        "DPRD Kabupaten Sleman",
        "Dewan Perwakilan Rakyat Daerah Kabupaten Sleman",
    ),
    ("DPRD X", "DPRD Sleman", "Dewan Perwakilan Rakyat Daerah Kabupaten Sleman"),
    ("DPRD Kota X", "DPRD Kota Malang", "Dewan Perwakilan Rakyat Daerah Kota Malang"),
    (
        "DPRD Provinsi short",
        "DPRD Provinsi Jateng",
        "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah",
    ),
    ("DPRD short", "DPRD Kalteng", "Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Tengah"),
    (
        "spelt (DPRD)",
        "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sleman",
        "Dewan Perwakilan Rakyat Daerah Kabupaten Sleman",
    ),
]
PUBLISHED = "2023-05-10"


def mentions() -> list[tuple[str, str, str, str]]:
    """(kind, mention, person, organisation) for every combination."""
    rows = []
    for sep in ("", ","):
        for shape, name in NAMES.items():
            person = "Budi Santoso"
            for head_kind, head in HEADS.items():
                for field_kind, field in FIELDS.items():
                    for region_kind, region, org in REGIONS:
                        kind = f"{head_kind}|{field_kind}|{region_kind}|sep{sep or '-'}|{shape}"
                        rows.append((kind, f"{head} {field} {region}{sep} {name}", person, org))
            for post_kind, post in COUNCIL_POSTS.items():
                for council_kind, council, org in COUNCILS:
                    kind = f"council:{post_kind}|{council_kind}|sep{sep or '-'}|{shape}"
                    rows.append((kind, f"{post} {council}{sep} {name}", person, org))
    return rows


def judge(ex: Extractor, rows: list[tuple[str, str, str, str]]) -> list[tuple[str, object]]:
    """Each row's verdict (right / no org / wrong / none) and what the extractor gave."""
    items = [
        {"id": str(i), "text": f"{m} memberikan keterangan.", "published": PUBLISHED}
        for i, (_, m, _, _) in enumerate(rows)
    ]
    out: list[tuple[str, object]] = []
    for (_, mention, person, org), rec in zip(rows, ex.extract_many(items), strict=True):
        got = longest_person(rec, len(mention))
        if got is None:
            out.append(("none", None))
            continue
        if got.canonical != person:
            out.append(("wrong", (got.canonical, got.org)))
        elif got.org == org:
            out.append(("right", got.org))
        elif got.org is None:
            out.append(("no org", None))
        else:
            out.append(("wrong", got.org))
    return out


def main() -> None:
    rows = mentions()
    only = sys.argv[sys.argv.index("--kind") + 1] if "--kind" in sys.argv else ""
    rows = [r for r in rows if only in r[0]]
    verdicts = judge(Extractor(), rows)
    total: Counter[str] = Counter(v for v, _ in verdicts)
    by_dim: dict[int, Counter[tuple[str, str]]] = {}
    for (kind, *_), (verdict, _) in zip(rows, verdicts, strict=True):
        for i, part in enumerate(kind.split("|")):
            by_dim.setdefault(i, Counter())[(part, verdict)] += 1
    print(
        f"all {len(rows)}: "
        + ", ".join(f"{k} {total[k]}" for k in ("right", "no org", "wrong", "none"))
    )
    for counts in by_dim.values():
        for p in sorted({p for p, _ in counts}):
            n = sum(counts[(p, v)] for v in ("right", "no org", "wrong", "none"))
            if counts[(p, "right")] < n:
                tail = "  ".join(f"{v} {counts[(p, v)]}" for v in ("no org", "wrong", "none"))
                print(f"  {p:28} right {counts[(p, 'right')]}/{n}  {tail}")
    if "--rows" in sys.argv:
        for (_, mention, _, _), (verdict, got) in zip(rows, verdicts, strict=True):
            if verdict != "right":
                print(f"{verdict:7} {mention!r} -> {got}")


if __name__ == "__main__":
    main()
