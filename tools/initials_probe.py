"""Probe: a national body's short form after a regional office, before a name (the initials lane).

Generated mentions, never mined rows. Regional offices (written out, short, fused, with or
without their region and a bracketed short form; a district after "Camat"; a regional council
with its region) x national short forms (MA, MK, KY, BI, BPK, KPK) x name shapes (one word,
two words, a comma before) are scored against the same mention with initials no body has
("AB"): right when the person is the short form and the name and the organisation the
control's, org when only the organisation is (the name read without the initials), wrong when
the organisation is another (the national body), none otherwise. Posts and units of no
regional government before the short form ("Ketua MA Nama") must keep the body: right when
the organisation is the body.

usage: PYTHONPATH=src python tools/initials_probe.py [--rows]
"""

from __future__ import annotations

import sys
from collections import Counter

from pmk_extract import Extractor

FRAME = "{mention} memberikan keterangan kepada wartawan."
DAY = "2021-03-10"
OFFICES = (
    "Kepala Dinas Kesehatan Kota Bandung",
    "Kepala Dinas Perhubungan Kabupaten Banyumas",
    "Sekretaris Dinas Sosial Kabupaten Kendal",
    "Kepala Badan Kepegawaian Daerah (BKD) Kabupaten Sleman",
    "Kepala Badan Kepegawaian Daerah Kabupaten Sleman",
    "Kepala BKD Kabupaten Sleman",
    "Kepala Bappeda Provinsi Jawa Tengah",
    "Kepala Bapenda Kabupaten Bogor",
    "Kadinkes Kota Bandung",
    "Kadisdik Kota Malang",
    "Kepala Dinas Pendidikan Pemkot Bogor",
    "Kepala Bidang Anggaran BPKAD Kota Medan",
    "Kepala BKD",
    "Kepala Badan Kepegawaian Daerah (BKD)",
    "Camat Depok",
    "Camat Mlati",
    "Anggota DPRD Kabupaten Sleman",
    "Wakil Ketua Komisi B DPRD Provinsi Jawa Tengah",
)
BODY_POSTS = ("Ketua", "Wakil Ketua", "Kepala Biro Hukum", "Hakim Agung", "Juru Bicara")
SHORT = {
    "MA": "Mahkamah Agung",
    "MK": "Mahkamah Konstitusi",
    "KY": "Komisi Yudisial",
    "BI": "Bank Indonesia",
    "BPK": "Badan Pemeriksa Keuangan",
    "KPK": "Komisi Pemberantasan Korupsi",
}
NAMES = ("Hartono", "Sri Wahyuni")
SEPARATORS = ("", ",")


def _person(ex: Extractor, mention: str) -> tuple[str, str | None] | None:
    record = next(
        iter(
            ex.extract_many([{"id": "p", "text": FRAME.format(mention=mention), "published": DAY}])
        )
    )
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    if not inside:
        return None
    p = max(inside, key=lambda e: e.end - e.start)
    return p.canonical, p.org


def main() -> None:
    ex = Extractor()
    show = "--rows" in sys.argv
    counts: Counter[tuple[str, str]] = Counter()
    for office in OFFICES:
        for sep in SEPARATORS:
            for name in NAMES:
                control = _person(ex, f"{office}{sep} AB {name}")
                want_org = control[1] if control and control[0] == f"AB {name}" else None
                for short in SHORT:
                    got = _person(ex, f"{office}{sep} {short} {name}")
                    if got is None:
                        verdict = "none"
                    elif got == (f"{short} {name}", want_org):
                        verdict = "right"
                    elif got[1] is not None and got[1] != want_org:
                        verdict = "wrong"
                    elif want_org is not None and got[1] == want_org:
                        verdict = "org"  # the organisation right, the initials not in the name
                    else:
                        verdict = "none"
                    counts[("initials", verdict)] += 1
                    if show and verdict != "right":
                        print(f"  {verdict:5} {office}{sep} {short} {name} -> {got}")
    for post in BODY_POSTS:
        for name in NAMES:
            for short, body in SHORT.items():
                got = _person(ex, f"{post} {short} {name}")
                verdict = "right" if got is not None and got[1] == body else "none"
                if got is not None and got[1] not in (None, body):
                    verdict = "wrong"
                counts[("body", verdict)] += 1
                if show and verdict != "right":
                    print(f"  {verdict:5} {post} {short} {name} -> {got}")
    for group in ("initials", "body"):
        total = sum(n for (g, _), n in counts.items() if g == group)
        parts = " / ".join(f"{v} {counts[(group, v)]}" for v in ("right", "org", "wrong", "none"))
        print(f"{group}: {total} mentions: {parts}")


if __name__ == "__main__":
    main()
