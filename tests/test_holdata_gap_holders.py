"""Known gaps in the holder lines filled by the holdata lane (``holders.jsonl``): the Pangdam
XVII/Cenderawasih of 2017-2020, the Trenggalek regency of 2016-2021, the first definitive
regional secretaries of Papua Tengah and Papua Selatan, acting regents and mayors of 2024 and
echelon-I heads whose offices had no holder, on sentences written for these tests: a title
resolves to the holder on the date, and not outside the terms the pages confirm.

The tables of titles on their days (and of names in sentences) are rows of
``data/holdata_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

from pmk_extract import Extractor


def test_a_commander_in_a_sentence_gets_the_army_as_organisation(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Pangdam XVII/Cenderawasih Mayjen TNI Herman Asaribab membuka lomba menembak di Jayapura.",
        published="2020-02-12",
    )
    chief = next(e for e in doc.entities if e.text == "Herman Asaribab")
    assert chief.role == "Panglima Komando Daerah Militer XVII/Cenderawasih"
    assert chief.org == "Tentara Nasional Indonesia"


def test_an_acting_regent_written_with_the_plain_title_gets_the_acting_role(
    extractor: Extractor,
) -> None:
    doc = extractor.extract(
        "Bupati Kuningan Agus Toyib meninjau gudang logistik pemilihan di Ciawigebang.",
        published="2024-11-20",
    )
    regent = next(e for e in doc.entities if e.text == "Agus Toyib")
    assert regent.role == "Penjabat Bupati Kuningan"
    assert regent.org == "Pemerintah Kabupaten Kuningan"


def test_a_single_name_director_general_is_linked_only_after_the_title(
    extractor: Extractor,
) -> None:
    titled = extractor.extract(
        "Dirjen PKH Kementan Nasrullah meninjau pos pemeriksaan ternak di pelabuhan.",
        published="2022-06-14",
    )
    chief = next(e for e in titled.entities if e.text == "Nasrullah")
    assert chief.role == "Direktur Jenderal Peternakan dan Kesehatan Hewan"
    assert chief.org == "Kementerian Pertanian"
    bare = extractor.extract(
        "Nasrullah, pedagang sapi di pasar hewan, mengeluhkan sepinya pembeli.",
        published="2022-06-14",
    )
    assert all(e.role != "Direktur Jenderal Peternakan dan Kesehatan Hewan" for e in bare.entities)


def test_a_regent_written_with_an_initial_is_the_holder(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Bupati Trenggalek M. Nur Arifin meresmikan pasar desa di Kecamatan Pogalan.",
        published="2020-07-03",
    )
    regent = next(e for e in doc.entities if e.role == "Bupati Trenggalek")
    assert regent.canonical == "Mochamad Nur Arifin"
    assert regent.org == "Pemerintah Kabupaten Trenggalek"
