"""A spokesperson's or other post's field written with a hyphenated numbered word
("Covid-19") or in lower case after a title in lower case ("juru bicara vaksinasi Covid 19
Kemenkes") between the title and the body still names the body (``components/post_orgs.py``);
two bodies joined by a hyphen name none: sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import persons_by_text
from pmk_extract import Extractor

# (sentence, published, the person's name, expected role, expected organisation)
CASES = [
    (
        "Juru Bicara Vaksinasi Covid-19 Kementerian Kesehatan Rina Aprilia menjelaskan stok.",
        "2021-06-01",
        "Rina Aprilia",
        "Juru Bicara Vaksinasi Covid-19",
        "Kementerian Kesehatan",
    ),
    (
        "Jubir Penanganan COVID-19 Kemenkes, Dian Permata, meminta warga tetap tenang.",
        "2021-03-01",
        "Dian Permata",
        "Juru Bicara Penanganan COVID-19",
        "Kementerian Kesehatan",
    ),
    (
        "Kepala Bidang Vaksinasi Covid-19 Kemenkes Hendra Kusuma meninjau gudang.",
        "2022-02-10",
        "Hendra Kusuma",
        "Kepala Bidang Vaksinasi Covid-19",
        "Kementerian Kesehatan",
    ),
    (
        "Koordinator Vaksinasi Covid-19 BPOM Sari Wulandari memaparkan izin edar.",
        "2021-05-05",
        "Sari Wulandari",
        None,
        "Badan Pengawas Obat dan Makanan",
    ),
    # the title's own later word in lower case, then a field word in lower case
    (
        "Menurut juru bicara vaksinasi Covid 19 Kemenkes, Dian Permata, stok masih cukup.",
        "2021-07-10",
        "Dian Permata",
        "Juru Bicara Vaksinasi Covid 19",
        "Kementerian Kesehatan",
    ),
    (
        "Hal itu disampaikan juru bicara penanganan Covid 19 BNPB, Hendra Kusuma, kemarin.",
        "2021-07-10",
        "Hendra Kusuma",
        "Juru Bicara Penanganan Covid 19",
        "Badan Nasional Penanggulangan Bencana",
    ),
    # a verb after the title is no field word: the body names none
    (
        "Hal itu disampaikan juru bicara meninjau Covid 19 BNPB, Hendra Kusuma, kemarin.",
        "2021-07-10",
        "Hendra Kusuma",
        None,
        None,
    ),
    # a lower-case word with no field word after it is no field: the body names none
    (
        "Hal itu disampaikan juru bicara baru Kemenkes, Dian Permata, kemarin.",
        "2021-07-10",
        "Dian Permata",
        None,
        None,
    ),
    # a hyphen between two bodies is no field: no organisation is chosen
    (
        "Juru Bicara KPK-Polri, Dian Permata, memberikan keterangan.",
        "2021-06-01",
        "Dian Permata",
        None,
        None,
    ),
    # spaces around the hyphen: a dash between phrases, not one word
    (
        "Juru Bicara Vaksinasi Covid - 19 Kemenkes Rina Aprilia menjelaskan stok.",
        "2021-06-01",
        "Rina Aprilia",
        None,
        None,
    ),
]


@pytest.fixture(scope="module")
def persons(extractor: Extractor) -> list[dict[str, tuple[str | None, str | None]]]:
    return persons_by_text(extractor, CASES)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_numbered_field_keeps_the_body(
    persons: list[dict[str, tuple[str | None, str | None]]], index: int
) -> None:
    _, _, name, role, org = CASES[index]
    found = persons[index]
    assert name in found, found
    got_role, got_org = found[name]
    assert got_org == org, found
    if role is not None:
        assert got_role == role, found
