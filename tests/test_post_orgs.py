"""A person the title readers left without an organisation takes the one named in the post
phrase right before the name (``components/post_orgs.py``): sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import persons_by_text
from pmk_extract import Extractor

# (sentence, published, the person's name, expected role (None: not checked), expected
# organisation)
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
    # the office's place follows the ORG, before or after a comma
    (
        "Kepala Seksi Bimas Islam Kemenag Jambi, Rahmat Hidayat, membuka acara.",
        "2022-05-10",
        "Rahmat Hidayat",
        "Kepala Seksi Bimas Islam",
        "Kementerian Agama",
    ),
    (
        "Wakil Ketua PN Sleman, Kabupaten Sleman, Dewi Lestari, membacakan putusan.",
        "2022-05-10",
        "Dewi Lestari",
        "Wakil Ketua",
        "Mahkamah Agung",
    ),
    # a rank written out with its short form in brackets, a comma and a degree
    (
        "Kepala Bidang Pemberantasan BNNP Jatim, Komisaris Besar (Kombes) Polisi, Drs. "
        "Bambang Wijaya, memimpin razia.",
        "2022-05-10",
        "Bambang Wijaya",
        "Kepala Bidang Pemberantasan Badan Narkotika Nasional Provinsi Jawa Timur",
        "Badan Narkotika Nasional",
    ),
    # a dotted rank inside the phrase
    (
        "Direktur Reserse Narkoba Polda Riau Kombes Pol. Arif Setiawan menunjukkan barang bukti.",
        "2022-05-10",
        "Arif Setiawan",
        "Direktur Reserse Narkoba",
        "Kepolisian Negara Republik Indonesia",
    ),
    # the office's class, its number, a short form of two parts in brackets
    (
        "Sekretaris Pengadilan Negeri Kelas 1A Padang, Yusril Hamdi, menerima tamu.",
        "2022-05-10",
        "Yusril Hamdi",
        None,
        "Mahkamah Agung",
    ),
    (
        "Kepala Seksi Umum Kanwil DJP Jawa Tengah I, Hasan Basri, menjelaskan aturan.",
        "2022-05-10",
        "Hasan Basri",
        "Kepala Seksi Umum",
        "Kementerian Keuangan",
    ),
    (
        "Kepala Kantor Pencarian dan Pertolongan (KPP/Basarnas) Ambon, Yusuf Latif, memimpin "
        "pencarian.",
        "2022-05-10",
        "Yusuf Latif",
        "Kepala Kantor Pencarian dan Pertolongan",
        "Badan Nasional Pencarian dan Pertolongan",
    ),
    # the organisation is named in full, then by its short form in brackets
    (
        "Anggota Badan Pengawas Pemilihan Umum Republik Indonesia (Bawaslu RI), Sri Wahyuni, "
        "mengingatkan peserta.",
        "2022-05-10",
        "Sri Wahyuni",
        "Anggota Badan Pengawas Pemilihan Umum",
        "Badan Pengawas Pemilihan Umum",
    ),
    # a unit named after its head's post is also the title of the name after it
    (
        "Deputi Bidang Pencegahan Badan Narkotika Nasional (BNN), Irjen Pol Suryo Hadi, "
        "berbicara di seminar.",
        "2022-05-10",
        "Suryo Hadi",
        "Deputi Bidang Pencegahan",
        "Badan Narkotika Nasional",
    ),
    # such a unit with no body named gives nothing
    (
        "Deputi Bidang Pencegahan, Rina Marlina, berbicara di seminar.",
        "2022-05-10",
        "Rina Marlina",
        None,
        None,
    ),
    # "dan" before the name: two people, not a post and its holder
    (
        "Kepala Kemenag Riau dan Budi Santoso meninjau asrama haji.",
        "2022-05-10",
        "Budi Santoso",
        None,
        None,
    ),
    # a party, even with its region after it
    (
        "Ketua Partai Golkar Jawa Barat, Dedi Kurnia, menyapa kader.",
        "2022-05-10",
        "Dedi Kurnia",
        None,
        None,
    ),
    # a title written in lower case, the organisation's country after it
    (
        "Menurut juru bicara Kementerian Luar Negeri Indonesia, Rina Hartati, warga itu selamat.",
        "2022-05-10",
        "Rina Hartati",
        "Juru Bicara",
        "Kementerian Luar Negeri",
    ),
    # a title's short form, then a rank, its force and a degree glued with dots
    (
        "Sekjen Kemendagri Komjen.Pol.Drs.Rina Hartati,M.Si. membuka rapat.",
        "2022-05-10",
        "Rina Hartati",
        "Sekretaris Jenderal",
        "Kementerian Dalam Negeri",
    ),
    # a full stop closes the phrase: the name opens a new sentence
    (
        "Rapat dipimpin Kepala Dinas Kesehatan Kendal. Rina Hartati mencatat hasilnya.",
        "2022-05-10",
        "Rina Hartati",
        None,
        None,
    ),
    # a ministry's short name before a regency names the regency's own department ...
    (
        "Kepala Bidang Bina Marga PUPR Kendal, Rina Hartati, meninjau jembatan.",
        "2023-05-10",
        "Rina Hartati",
        "Kepala Bidang Bina Marga Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kendal",
        "Pemerintah Kabupaten Kendal",
    ),
    (
        "Kepala Bidang Aplikasi Informatika Kominfo Jateng, Rina Hartati, membuka pelatihan.",
        "2023-05-10",
        "Rina Hartati",
        "Kepala Bidang Aplikasi Informatika Dinas Komunikasi dan Informatika Provinsi Jawa Tengah",
        "Pemerintah Provinsi Jawa Tengah",
    ),
    # ... unless the ministry has offices named by their region
    (
        "Kepala Seksi Penyelenggara Haji Kemenag Kendal, Rina Hartati, melepas jemaah.",
        "2023-05-10",
        "Rina Hartati",
        "Kepala Seksi Penyelenggara Haji",
        "Kementerian Agama",
    ),
    # a word that is no title before the place
    (
        "Kata warga Kendal, Budi Santoso, banjir datang malam hari.",
        "2022-05-10",
        "Budi Santoso",
        None,
        None,
    ),
    # the ORG "Balai PUPR" opens a longer office's name
    (
        "Kepala Balai PUPR-Cipta Karya Budi Hartanto meninjau jalan.",
        "2023-03-01",
        "Budi Hartanto",
        None,
        None,
    ),
    # two bodies joined by a hyphen: not one post phrase
    (
        "Kepala Biro Umum KPK-Polri Budi Hartanto meninjau jalan.",
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
    return persons_by_text(extractor, CASES)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_post_phrase_names_the_organisation(
    persons: list[dict[str, tuple[str | None, str | None]]], index: int
) -> None:
    _, _, name, role, org = CASES[index]
    found = persons[index]
    got_role, got_org = found.get(name, (None, None))
    assert got_org == org, found
    if role is not None:  # None: the role is another reader's (or none is given)
        assert got_role == role, found
