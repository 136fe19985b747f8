"""A person the title readers left without an organisation takes the one named in the post
phrase right before the name (``components/post_orgs.py``): sentences written for this test."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor

# (sentence, published, the person's name, expected role, expected organisation)
CASES = [
    (
        "Juru Bicara bidang Pencegahan KPK, Ipi Maryati, menyampaikan keterangan.",
        "2020-06-01",
        "Ipi Maryati",
        "Juru Bicara Bidang Pencegahan",
        "Komisi Pemberantasan Korupsi",
    ),
    (
        "Staf Khusus bidang Komunikasi Kementerian Keuangan, Dian Permata, menjelaskan aturan.",
        "2021-06-01",
        "Dian Permata",
        "Staf Khusus Bidang Komunikasi",
        "Kementerian Keuangan",
    ),
    (
        "Tenaga Ahli bidang Hukum Kantor Staf Presiden Rina Aprilia hadir dalam rapat.",
        "2021-06-01",
        "Rina Aprilia",
        "Tenaga Ahli Bidang Hukum",
        "Kantor Staf Presiden",
    ),
    # the ORG "PUPR" is only part of a regional office the knowledge base does not name
    (
        "Kepala Dinas PUPR-PERA Kaltim Budi Hartanto meninjau jalan.",
        "2023-03-01",
        "Budi Hartanto",
        None,
        None,
    ),
    # no organisation in the phrase
    (
        "Ketua Panitia Pelaksana, Sukma Dewi, membuka acara itu.",
        "2020-02-01",
        "Sukma Dewi",
        None,
        None,
    ),
    # another person stands between the post phrase and the name
    (
        "Kepala Biro Umum KPK Arif Budiman dan Rudi Hartono hadir.",
        "2020-02-01",
        "Rudi Hartono",
        None,
        None,
    ),
]


@pytest.fixture(scope="module")
def persons(extractor: Extractor) -> list[dict[str, tuple[str | None, str | None]]]:
    items = [{"id": str(i), "text": c[0], "published": c[1]} for i, c in enumerate(CASES)]
    return [
        {e.text: (e.role, e.org) for e in record.entities if e.label == "PERSON"}
        for record in extractor.extract_many(items)
    ]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_post_phrase_names_the_organisation(
    persons: list[dict[str, tuple[str | None, str | None]]], index: int
) -> None:
    _, _, name, role, org = CASES[index]
    found = persons[index]
    if org is None:
        assert found.get(name, (None, None))[1] is None, found
    else:
        assert found.get(name) == (role, org), found
