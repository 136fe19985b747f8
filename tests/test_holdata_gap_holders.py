"""Known gaps in the holder lines filled by the holdata lane (``holders.jsonl``): the Pangdam
XVII/Cenderawasih of 2017-2020, the Trenggalek regency of 2016-2021, the first definitive
regional secretaries of Papua Tengah and Papua Selatan, acting regents and mayors of 2024 and
echelon-I heads whose offices had no holder, on sentences written for these tests: a title
resolves to the holder on the date, and not outside the terms the pages confirm."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import holder_name
from pmk_extract import Extractor


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Pangdam XVII/Cenderawasih", dt.date(2018, 3, 1), "George Elnadus Supit"),
        ("Pangdam Cenderawasih", dt.date(2019, 4, 10), "Yosua Pandit Sembiring"),
        ("Pangdam XVII/Cenderawasih", dt.date(2019, 9, 17), "Herman Asaribab"),
        ("Pangdam XVII/Cenderawasih", dt.date(2020, 11, 18), "Ignatius Yogo Triyono"),
        ("Pangdam XVII/Cenderawasih", dt.date(2023, 5, 30), "Izak Pangemanan"),
        ("Wakasad", dt.date(2020, 12, 1), "Herman Asaribab"),
        ("Bupati Trenggalek", dt.date(2017, 8, 1), "Emil Elestianto Dardak"),
        ("Wakil Bupati Trenggalek", dt.date(2019, 3, 1), "Mochamad Nur Arifin"),
        ("Bupati Trenggalek", dt.date(2019, 5, 28), "Mochamad Nur Arifin"),
        ("Bupati Trenggalek", dt.date(2020, 10, 1), "Mochamad Nur Arifin"),
        ("Sekretaris Daerah Provinsi Papua Tengah", dt.date(2024, 3, 1), "Ribka Haluk"),
        ("Sekretaris Daerah Provinsi Papua Selatan", dt.date(2024, 3, 1), "Apolo Safanpo"),
        # acting regents and mayors: a successor, an extension, a widened window
        ("Bupati Sumedang", dt.date(2024, 5, 2), "Yudia Ramli"),
        ("Bupati Kuningan", dt.date(2024, 12, 2), "Agus Toyib"),
        ("Bupati Ciamis", dt.date(2024, 11, 15), "Budi Waluya"),
        ("Bupati Jepara", dt.date(2024, 10, 1), "Edy Supriyanta"),
        ("Wali Kota Bogor", dt.date(2024, 11, 5), "Hery Antasari"),
        ("Bupati Kampar", dt.date(2023, 8, 1), "Muhammad Firdaus"),
        ("Wali Kota Lhokseumawe", dt.date(2023, 10, 2), "Imran"),
        ("Bupati Barito Utara", dt.date(2025, 7, 1), "Indra Gunawan"),
        ("Wali Kota Payakumbuh", dt.date(2024, 10, 1), "Suprayitno"),
        ("Bupati Seluma", dt.date(2025, 6, 1), "Teddy Rahman"),
        ("Bupati Tebo", dt.date(2025, 5, 1), "Agus Rubiyanto"),
        # echelon-I heads of ministries whose offices had no holder
        ("Dirjen Tanaman Pangan", dt.date(2018, 6, 1), "Sumarjo Gatot Irianto"),
        ("Dirjen Tanaman Pangan", dt.date(2022, 3, 1), "Suwandi"),
        ("Dirjen PKH", dt.date(2019, 2, 1), "I Ketut Diarmita"),
        ("Dirjen Peternakan dan Kesehatan Hewan", dt.date(2022, 1, 10), "Nasrullah"),
        ("Dirjen Pemasyarakatan", dt.date(2025, 6, 2), "Mashudi"),
        ("Dirjen GTK", dt.date(2024, 1, 15), "Nunuk Suryani"),
    ],
)
def test_a_title_resolves_to_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the regent's post between Emil Dardak's move and Nur Arifin's swearing-in
        ("Bupati Trenggalek", dt.date(2019, 3, 1)),
        # the vice regent's post stayed empty after Nur Arifin became regent
        ("Wakil Bupati Trenggalek", dt.date(2020, 1, 15)),
        # before the first definitive Sekda of the new province
        ("Sekretaris Daerah Provinsi Papua Tengah", dt.date(2023, 6, 1)),
        # a Pj regent's window ends where the pages stop confirming him
        ("Bupati Sumedang", dt.date(2024, 12, 1)),
        # Kampar's second Pj between the decree and the pages that name him in office
        ("Bupati Kampar", dt.date(2024, 6, 1)),
        # Lhokseumawe's Pj left for Subang; his successor is not recorded
        ("Wali Kota Lhokseumawe", dt.date(2024, 3, 1)),
        # after the last page naming Suwandi's successor Yudi Sastro (echelon1b: 2025-03-04)
        ("Dirjen Tanaman Pangan", dt.date(2025, 6, 2)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None


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
