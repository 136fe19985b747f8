"""Titles and units written in lower case, in capitals or fused with a province, where they
are NOT read as a title (sentences written for these tests; the cases that are read are in
``tests/data/official_unit_cases.jsonl``)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a headline in capitals: no name in title case follows the place
        "BUPATI DEMAK RESMIKAN PASAR BARU DI KECAMATAN KARANGTENGAH",
        # a day after the place is no name
        "Hal itu disampaikan kepala dinas pendidikan Kabupaten Demak, Senin (10/1).",
        # a province the gazetteer does not know: no fused police region
        "Kapoldaxyz Irjen Pol Budi Santoso hadir di lokasi.",
    ],
)
def test_no_official_is_read(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2022-01-10")
    assert [e.role for e in record.entities if e.label == "PERSON" and e.role] == []


def test_a_lower_case_unit_after_its_title_is_one_organisation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Menurut kepala dinas pendidikan Kabupaten Demak Haris Wahyudi, sekolah dibuka.",
        published="2022-01-10",
    )
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs == {"dinas pendidikan Kabupaten Demak": "Dinas Pendidikan Kabupaten Demak"}


def test_a_fused_police_region_alone_is_an_organisation(extractor: Extractor) -> None:
    record = extractor.extract("Tim Poldajatim tiba di Surabaya.", published="2022-01-10")
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs.get("Poldajatim") == "Kepolisian Daerah Jawa Timur"
