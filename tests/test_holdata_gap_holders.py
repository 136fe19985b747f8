"""Known gaps in the holder lines filled by the holdata lane (``holders.jsonl``): the Pangdam
XVII/Cenderawasih of 2017-2020, the Trenggalek regency of 2016-2021, the first definitive
regional secretaries of Papua Tengah and Papua Selatan, acting regents and mayors of 2024 and
echelon-I heads whose offices had no holder, on sentences written for these tests: a title
resolves to the holder on the date, and not outside the terms the pages confirm.

The tables of titles on their days (and of names in sentences) are rows of
``data/holdata_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

from pmk_extract import Extractor


def test_a_regent_written_with_an_initial_is_the_holder(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Bupati Trenggalek M. Nur Arifin meresmikan pasar desa di Kecamatan Pogalan.",
        published="2020-07-03",
    )
    regent = next(e for e in doc.entities if e.role == "Bupati Trenggalek")
    assert regent.canonical == "Mochamad Nur Arifin"
    assert regent.org == "Pemerintah Kabupaten Trenggalek"
