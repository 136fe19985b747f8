"""Echelon-I officials of the ministries (``ministry_unit`` bodies in ``organizations.jsonl``,
their heads' offices and holders): on sentences written for these tests, a bare title
resolves to the holder on the date, a title and a short name take the holder's full name,
a unit written with its ministry is one organisation, and no holder is given outside the
windows the pages confirm."""

from __future__ import annotations

import datetime as dt

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title


@pytest.mark.parametrize(
    ("title", "day", "holder", "role"),
    [
        (
            "Dirjen PDN",
            "2018-05-02",
            "Tjahya Widayanti",
            "Direktur Jenderal Perdagangan Dalam Negeri",
        ),
        ("Sekjen Kemendag", "2019-09-02", "Oke Nurwan", "Sekretaris Jenderal"),
        (
            "Dirjen Daglu",
            "2020-06-01",
            "Indrasari Wisnu Wardhana",
            "Direktur Jenderal Perdagangan Luar Negeri",
        ),
        (
            "Direktur Jenderal Perundingan Perdagangan Internasional",
            "2023-01-09",
            "Djatmiko Bris Witjaksono",
            "Direktur Jenderal Perundingan Perdagangan Internasional",
        ),
        (
            "Dirjen PKTN",
            "2021-06-01",
            "Veri Anggrijono",
            "Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga",
        ),
        ("Dirjen Pajak", "2018-03-01", "Robert Pakpahan", "Direktur Jenderal Pajak"),
        ("Dirjen Pajak", "2025-05-23", "Bimo Wijayanto", "Direktur Jenderal Pajak"),
        ("Dirjen Bea Cukai", "2022-08-01", "Askolani", "Direktur Jenderal Bea dan Cukai"),
        ("Dirjen Anggaran", "2024-01-15", "Isa Rachmatarwata", "Direktur Jenderal Anggaran"),
    ],
)
def test_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: str, holder: str, role: str
) -> None:
    found = resolve_title(title, dt.date.fromisoformat(day))
    assert found is not None and found[:2] == (holder, role)
    assert found[2] in ("Kementerian Perdagangan", "Kementerian Keuangan")


def test_no_holder_outside_the_confirmed_windows() -> None:
    # the pages confirm Dody Edward's start at Ditjen PEN (2019) but no later day
    assert resolve_title("Dirjen PEN", dt.date(2020, 6, 1)) is None
    # the day before the hand-over: still the predecessor
    before = resolve_title("Dirjen Pajak", dt.date(2025, 5, 22))
    assert before is not None and before[0] == "Suryo Utomo"


def test_title_and_short_name_take_the_full_name(extractor: Extractor) -> None:
    text = (
        "Dirjen PPI Kemendag Djatmiko memimpin delegasi dalam perundingan dagang di Jakarta. "
        "“Kami ingin perundingan ini selesai tahun ini,” kata Djatmiko."
    )
    record = extractor.extract(text, published="2023-03-08")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert {p.canonical for p in people} == {"Djatmiko Bris Witjaksono"}
    assert people[0].role == "Direktur Jenderal Perundingan Perdagangan Internasional"
    assert people[0].org == "Kementerian Perdagangan"
    assert [q.speaker for q in record.quotes] == ["Djatmiko Bris Witjaksono"]


def test_a_shared_single_name_is_linked_only_after_its_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Dirjen Bea Cukai Askolani meninjau Pelabuhan Tanjung Priok.", published="2022-08-01"
    )
    assert [(e.canonical, e.org) for e in titled.entities if e.label == "PERSON"] == [
        ("Askolani", "Kementerian Keuangan")
    ]
    bare = extractor.extract("Askolani, warga Bekasi, datang ke pasar.", published="2022-08-01")
    assert all(e.role is None for e in bare.entities if e.label == "PERSON")


def test_a_unit_and_its_ministry_are_one_organisation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Ditjen Pajak Kemenkeu dan Ditjen PKTN Kemendag menandatangani nota kesepahaman.",
        published="2022-02-10",
    )
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs == {
        "Ditjen Pajak Kemenkeu": "Direktorat Jenderal Pajak Kementerian Keuangan",
        "Ditjen PKTN Kemendag": (
            "Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga Kementerian Perdagangan"
        ),
    }


def test_a_directorate_general_of_home_affairs(extractor: Extractor) -> None:
    record = extractor.extract(
        "Dirjen Dukcapil Kemendagri Teguh meminta dinas di daerah mempercepat perekaman KTP-el.",
        published="2023-08-14",
    )
    people = [(e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [
        (
            "Teguh",
            "Teguh Setyabudi",
            "Direktur Jenderal Kependudukan dan Pencatatan Sipil",
            "Kementerian Dalam Negeri",
        )
    ]


@pytest.mark.parametrize(
    ("title", "day", "holder", "role", "org"),
    [
        (
            "Dirjen Cipta Karya",
            "2025-03-03",
            "Dewi Chomistriana",
            "Direktur Jenderal Cipta Karya",
            "Kementerian Pekerjaan Umum",
        ),
        (
            "Sekjen Kementerian PU",
            "2025-07-04",
            "Wida Nurfaida",
            "Sekretaris Jenderal",
            "Kementerian Pekerjaan Umum",
        ),
        (
            "Irjen Kementerian PU",
            "2025-07-03",
            "Dadang Rukmana",
            "Inspektur Jenderal",
            "Kementerian Pekerjaan Umum",
        ),
        (
            "Dirjen Aptika",
            "2020-02-10",
            "Semuel Abrijani Pangerapan",
            "Direktur Jenderal Aplikasi Informatika",
            "Kementerian Komunikasi dan Informatika",
        ),
        (
            "Dirjen IKP",
            "2024-09-02",
            "Prabu Revolusi",
            "Direktur Jenderal Informasi dan Komunikasi Publik",
            "Kementerian Komunikasi dan Informatika",
        ),
        (
            "Dirjen Imigrasi",
            "2023-02-06",
            "Silmy Karim",
            "Direktur Jenderal Imigrasi",
            "Kementerian Hukum dan Hak Asasi Manusia",
        ),
        (
            "Dirjen Kebudayaan",
            "2018-03-01",
            "Hilmar Farid",
            "Direktur Jenderal Kebudayaan",
            "Kementerian Pendidikan dan Kebudayaan",
        ),
        (
            "Sekjen Kemendikbud",
            "2020-01-20",
            "Ainun Na'im",
            "Sekretaris Jenderal",
            "Kementerian Pendidikan dan Kebudayaan",
        ),
        (
            "Sekjen Kemenag",
            "2019-09-02",
            "Nur Kholis Setiawan",
            "Sekretaris Jenderal",
            "Kementerian Agama",
        ),
        (
            "Ketua KY",
            "2017-05-15",
            "Aidul Fitriciada Azhari",
            "Ketua Komisi Yudisial",
            "Komisi Yudisial",
        ),
        ("Ketua KY", "2019-08-05", "Jaja Ahmad Jayus", "Ketua Komisi Yudisial", "Komisi Yudisial"),
        (
            "Ketua LPSK",
            "2022-06-01",
            "Hasto Atmojo Suroyo",
            "Ketua Lembaga Perlindungan Saksi dan Korban",
            "Lembaga Perlindungan Saksi dan Korban",
        ),
        (
            "Ketua DKPP",
            "2023-11-06",
            "Heddy Lugito",
            "Ketua Dewan Kehormatan Penyelenggara Pemilu",
            "Dewan Kehormatan Penyelenggara Pemilu",
        ),
        (
            "Ketua Komnas HAM",
            "2022-10-20",
            "Ahmad Taufan Damanik",
            "Ketua Komisi Nasional Hak Asasi Manusia",
            "Komisi Nasional Hak Asasi Manusia",
        ),
    ],
)
def test_other_ministries_and_commissions_on_the_date(
    title: str, day: str, holder: str, role: str, org: str
) -> None:
    assert resolve_title(title, dt.date.fromisoformat(day)) == (holder, role, org)


def test_no_holder_beyond_the_pages(extractor: Extractor) -> None:
    # the acting head who followed Semuel Abrijani Pangerapan is not recorded
    assert resolve_title("Dirjen Aptika", dt.date(2024, 7, 10)) is None
    # the Komdigi rename ends the Kominfo directorate-general and its holder
    assert resolve_title("Dirjen IKP", dt.date(2024, 11, 4)) is None
    record = extractor.extract(
        "Dirjen Aptika Kominfo Semuel meminta platform digital mendaftar.", published="2021-03-01"
    )
    people = [(e.text, e.canonical, e.org) for e in record.entities if e.label == "PERSON"]
    assert people == [
        ("Semuel", "Semuel Abrijani Pangerapan", "Kementerian Komunikasi dan Informatika")
    ]
