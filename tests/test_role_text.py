"""Role strings as written: a region's kind said once whatever the case of the region,
punctuation joined to the word before it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import extract
from pmk_extract.components.title_parts import tidy_role


def _person(text: str) -> tuple[str | None, str | None]:
    people = [e for e in extract(text).entities if e.label == "PERSON"]
    assert len(people) == 1
    return people[0].role, people[0].org


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "Kepala Dinas Sosial Kabupaten BANYUWANGI Hendra Wijaya meninjau lokasi banjir.",
            "Kepala Dinas Sosial Kabupaten Banyuwangi",
            "Pemerintah Kabupaten Banyuwangi",
        ),
        (
            "Kepala Dinas Perhubungan Provinsi JAWA TENGAH Rudi Hartono memeriksa terminal.",
            "Kepala Dinas Perhubungan Provinsi Jawa Tengah",
            "Pemerintah Provinsi Jawa Tengah",
        ),
        (
            "Kepala Dinas Pendidikan Kota PONTIANAK Siti Aminah membuka lomba itu.",
            "Kepala Dinas Pendidikan Kota Pontianak",
            "Pemerintah Kota Pontianak",
        ),
        (
            "Kepala Dinas Pendidikan Kota Pontianak Siti Aminah membuka lomba itu.",
            "Kepala Dinas Pendidikan Kota Pontianak",
            "Pemerintah Kota Pontianak",
        ),
    ],
)
def test_region_in_capitals_after_its_kind(text: str, role: str, org: str) -> None:
    assert _person(text) == (role, org)


def test_field_list_keeps_its_commas() -> None:
    role, _ = _person(
        "Kepala Bidang Pencegahan, Kesiapsiagaan dan Kedaruratan BPBD Kabupaten Garut "
        "Agus Prasetyo mengecek peralatan."
    )
    assert role is not None and " ," not in role
    assert "Pencegahan, Kesiapsiagaan" in role


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Kepala Bidang Hukum , Humas dan Protokol", "Kepala Bidang Hukum, Humas dan Protokol"),
        ("Kepala Dinas Sosial Kabupaten Kabupaten Garut", "Kepala Dinas Sosial Kabupaten Garut"),
        ("Kepala Dinas Sosial kota Kota Batu", "Kepala Dinas Sosial Kota Batu"),
        ("Pelaksana Tugas ( Plt ) Kepala Dinas", "Pelaksana Tugas (Plt) Kepala Dinas"),
        ("Kepala Dinas Tata Kota Surabaya", "Kepala Dinas Tata Kota Surabaya"),
    ],
)
def test_tidy_role(raw: str, tidy: str) -> None:
    assert tidy_role(raw) == tidy
