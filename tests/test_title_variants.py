"""How the press varies a known office's title (``name_variants.title_variants``) and which
office a varied title denotes (``people.People.titles``)."""

from __future__ import annotations

import datetime as dt

from pmk_extract.name_variants import title_variants
from pmk_extract.people import Office, People


def test_field_word_lower_case_or_left_out() -> None:
    forms = title_variants("Jaksa Agung Muda Bidang Tindak Pidana Khusus")
    assert "Jaksa Agung Muda bidang Tindak Pidana Khusus" in forms
    assert "Jaksa Agung Muda Tindak Pidana Khusus" in forms


def test_ampersand_for_dan_in_every_form() -> None:
    forms = title_variants("Deputi Bidang Metodologi dan Informasi Statistik")
    assert "Deputi Bidang Metodologi & Informasi Statistik" in forms
    assert "Deputi bidang Metodologi & Informasi Statistik" in forms
    assert "Deputi Metodologi & Informasi Statistik" in forms


def test_list_of_fields_without_commas() -> None:
    forms = title_variants("Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi")
    assert "Menteri Desa Pembangunan Daerah Tertinggal dan Transmigrasi" in forms
    assert "Menteri Desa Pembangunan Daerah Tertinggal & Transmigrasi" in forms


def test_jendral_for_jenderal() -> None:
    forms = title_variants("Direktur Jenderal Perhubungan Darat")
    assert "Direktur Jendral Perhubungan Darat" in forms


def test_title_without_field_word_or_dan_is_alone() -> None:
    assert title_variants("Kepala Badan Pusat Statistik") == ["Kepala Badan Pusat Statistik"]


def test_listed_title_first_and_unchanged() -> None:
    assert title_variants("Menteri Kelautan dan Perikanan")[0] == "Menteri Kelautan dan Perikanan"


def _office(id_: str, role: str, *titles: str) -> Office:
    return Office(id=id_, role=role, org=id_.split("-")[0], titles=titles)


def test_variant_denotes_its_office() -> None:
    people = People(
        [_office("bps-deputi", "Deputi Bidang Metodologi", "Deputi Bidang Metodologi")], []
    )
    office = people.title("Deputi Metodologi", dt.date(2022, 1, 1))
    assert office is not None and office.id == "bps-deputi"


def test_variant_never_takes_another_office_listed_title() -> None:
    people = People(
        [
            _office("kpk-deputi", "Deputi Bidang Penindakan", "Deputi Bidang Penindakan"),
            _office("bnn-deputi", "Deputi Penindakan", "Deputi Penindakan"),
        ],
        [],
    )
    office = people.title("Deputi Penindakan", dt.date(2022, 1, 1))
    assert office is not None and office.id == "bnn-deputi"


def test_variant_shared_by_offices_of_two_roles_denotes_none() -> None:
    people = People(
        [
            _office(
                "kpk-deputi",
                "Deputi Bidang Pencegahan dan Monitoring",
                "Deputi Bidang Pencegahan dan Monitoring",
            ),
            _office(
                "bnn-deputi", "Deputi Pencegahan dan Monitoring", "Deputi Pencegahan dan Monitoring"
            ),
        ],
        [],
    )
    day = dt.date(2022, 1, 1)
    assert people.title("Deputi Pencegahan & Monitoring", day) is None
    listed = people.title("Deputi Pencegahan dan Monitoring", day)
    assert listed is not None and listed.id == "bnn-deputi"
    office = people.title("Deputi Bidang Pencegahan & Monitoring", day)
    assert office is not None and office.id == "kpk-deputi"
