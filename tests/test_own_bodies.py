"""A regional government's own body named by its kind alone (issue 18, lane offices2;
``models/lexicons/own_bodies.txt``): the head of the region's hospital or inspectorate
written with no region ("Direktur RSUD Nama", "Kepala Inspektorat Nama") in a text whose
organisations are one regional government's bodies, or that names one region's head, is
that government's; with two governments, another kind of body or only a dateline, none."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor

_SLEMAN = "Pemerintah Kabupaten Sleman"


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Pemerintah Kabupaten Sleman menambah ruang isolasi. "
            "Direktur RSUD Rizal Hasibuan mengatakan ruang cukup.",
            "Rizal Hasibuan",
            _SLEMAN,
        ),
        (
            "Dinas Kesehatan Kabupaten Sleman menambah ruang isolasi. "
            "Direktur RSUD, Yosef Manurung mengatakan ruang cukup.",
            "Yosef Manurung",
            _SLEMAN,
        ),
        (
            "Bupati Sleman Kustini Sri Purnomo meninjau desa. "
            "Kepala Inspektorat Rizal Hasibuan mengatakan audit selesai.",
            "Rizal Hasibuan",
            _SLEMAN,
        ),
        (  # two governments: whose hospital?
            "Pemerintah Kabupaten Sleman dan Pemerintah Kota Yogyakarta menambah ruang isolasi. "
            "Direktur RSUD Rizal Hasibuan mengatakan ruang cukup.",
            "Rizal Hasibuan",
            None,
        ),
        (  # a ministry named: not one regional government's text
            "Kementerian Kesehatan menambah ruang isolasi. "
            "Direktur RSUD Rizal Hasibuan mengatakan ruang cukup.",
            "Rizal Hasibuan",
            None,
        ),
    ],
)
def test_the_one_government_holds_its_own_body(
    extractor: Extractor, text: str, name: str, org: str | None
) -> None:
    record = extractor.extract(text, published="2021-06-14")
    people = [e for e in record.entities if e.label == "PERSON" and e.canonical == name]
    assert people and people[0].role is not None
    assert people[0].org == org
