"""Heads of national agencies and state institutions (``holders.jsonl``), on sentences written
for these tests: a bare title resolves to the holder on the date, a title and a name take
the holder's full name, and a name many people share (``"title_only": true``) is linked
only after a title of its office.

The tables of titles on their days (and of names in sentences) are rows of
``data/national_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from pmk_extract import Extractor
from pmk_extract.people import default_people


def test_single_seat_terms_are_closed_before_the_successor() -> None:
    people = default_people()
    for office in ("kepala-bps", "kepala-bnpt", "ketua-kpu", "ketua-dpd", "ketua-ojk"):
        terms = sorted(people.by_office[office], key=lambda h: h.start or dt.date.min)
        assert all(h.end is not None for h in terms[:-1]), office


def test_a_shared_name_is_linked_only_after_its_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Ketua MA Sunarto melantik sejumlah ketua pengadilan tinggi.", published="2025-03-04"
    )
    judge = next(e for e in titled.entities if e.text == "Sunarto")
    assert judge.canonical == "Sunarto" and judge.org == "Mahkamah Agung"
    bare = extractor.extract(
        "Sunarto (45), petani di Sleman, memanen padi lebih awal tahun ini.",
        published="2025-03-04",
    )
    assert all(e.role != "Ketua Mahkamah Agung" for e in bare.entities)
    founder = extractor.extract(
        "Santri membaca kitab karya KH Hasyim Asy'ari di pesantren itu.", published="2023-02-01"
    )
    assert all(e.org != "Komisi Pemilihan Umum" for e in founder.entities)
