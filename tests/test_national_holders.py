"""Heads of national agencies and state institutions (``holders.jsonl``), on sentences written
for these tests: a bare title resolves to the holder on the date, a title and a name take
the holder's full name, and a name many people share (``"title_only": true``) is linked
only after a title of its office."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import holder_name
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.kb import default_people


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        # heads of national agencies and chairs of state institutions
        ("Kepala BNPT", dt.date(2021, 6, 1), "Boy Rafli Amar"),
        ("Kepala BNPT", dt.date(2024, 12, 1), "Eddy Hartono"),
        ("Kepala BSSN", dt.date(2022, 1, 10), "Hinsa Siburian"),
        ("Kepala BPKP", dt.date(2018, 5, 2), "Ardan Adiperdana"),
        ("Kepala Basarnas", dt.date(2024, 3, 1), "Kusworo"),
        ("Ketua DPR", dt.date(2016, 6, 1), "Ade Komarudin"),
        ("Ketua DPD", dt.date(2021, 8, 17), "La Nyalla Mahmud Mattalitti"),
        ("Ketua MA", dt.date(2022, 2, 2), "Muhammad Syarifuddin"),
        ("Ketua BPK", dt.date(2018, 7, 1), "Moermahadi Soerja Djanegara"),
        ("Ketua KPU", dt.date(2023, 5, 5), "Hasyim Asy'ari"),
        ("Ketua Bawaslu", dt.date(2019, 4, 17), "Abhan"),
        ("Ketua OJK", dt.date(2020, 3, 1), "Wimboh Santoso"),
        ("Ketua Satgas Covid-19", dt.date(2022, 1, 5), "Suharyanto"),
        ("Ketua Gugus Tugas Covid-19", dt.date(2020, 4, 1), "Doni Monardo"),
        # chiefs of staff and deputy ministers
        ("KSAD", dt.date(2017, 3, 1), "Mulyono"),
        ("KSAD", dt.date(2020, 3, 1), "Andika Perkasa"),
        ("KSAL", dt.date(2016, 3, 1), "Ade Supandi"),
        ("KSAL", dt.date(2019, 3, 1), "Siwi Sukma Adji"),
        ("KSAU", dt.date(2016, 3, 1), "Agus Supriatna"),
        ("KSAU", dt.date(2017, 6, 1), "Hadi Tjahjanto"),
        ("KSAU", dt.date(2019, 3, 1), "Yuyu Sutisna"),
        ("Ketua MK", dt.date(2016, 3, 1), "Arief Hidayat"),
        ("Kepala BNPT", dt.date(2016, 5, 1), "Muhammad Tito Karnavian"),
        ("Kepala BIN", dt.date(2015, 1, 5), "Marciano Norman"),
        ("Kepala BNN", dt.date(2014, 11, 1), "Anang Iskandar"),
        ("Kepala Bakamla", dt.date(2017, 3, 1), "Arie Soedewo"),
        ("Wamenkumham", dt.date(2022, 1, 10), "Edward Omar Sharif Hiariej"),
        ("Wamenhut", dt.date(2025, 3, 1), "Sulaiman Umar Shiddiq"),
        ("Wamenhut", dt.date(2025, 10, 1), "Rohmat Marzuki"),
        ("Wamen PU", dt.date(2025, 3, 1), "Diana Kusumastuti"),
        ("Wamen HAM", dt.date(2025, 3, 1), "Mugiyanto Sipin"),
        ("Wamen ESDM", dt.date(2025, 3, 1), "Yuliot Tanjung"),
        ("Wamen UMKM", dt.date(2025, 3, 1), "Helvi Moraza"),
        # the deputy police chief and earlier heads
        ("Wakapolri", dt.date(2021, 3, 1), "Gatot Eddy Pramono"),
        ("Wakapolri", dt.date(2024, 3, 1), "Agus Andrianto"),
        ("Kasetpres", dt.date(2020, 3, 1), "Heru Budi Hartono"),
        ("Kepala BP2MI", dt.date(2022, 3, 1), "Benny Rhamdani"),
        ("Wamenag", dt.date(2022, 3, 1), "Zainut Tauhid Sa'adi"),
        ("Wamenag", dt.date(2024, 3, 1), "Saiful Rahmat Dasuki"),
        ("Ketua MK", dt.date(2014, 6, 1), "Hamdan Zoelva"),
        ("Kepala BNPB", dt.date(2015, 3, 1), "Syamsul Maarif"),
        ("Kepala Basarnas", dt.date(2018, 3, 1), "Muhammad Syaugi Alaydrus"),
        # the gap audit of national offices (each term's pages in its line's note)
        ("Ketua DPD", dt.date(2017, 1, 10), "Mohammad Saleh"),
        ("Ketua KPK", dt.date(2014, 6, 1), "Abraham Samad"),
        ("Ketua DKPP", dt.date(2015, 6, 1), "Jimly Asshiddiqie"),
        ("Ketua DKPP", dt.date(2018, 6, 1), "Harjono"),
        ("Ketua Ombudsman", dt.date(2015, 6, 1), "Danang Girindrawardana"),
        ("Ketua LPSK", dt.date(2016, 6, 1), "Abdul Haris Semendawai"),
        ("Ketua Bawaslu", dt.date(2015, 6, 1), "Muhammad"),
        ("Kepala BPOM", dt.date(2015, 3, 1), "Roy Alexander Sparringa"),
        ("Kepala BPPT", dt.date(2017, 3, 1), "Unggul Priyanto"),
        ("Kepala Perpusnas", dt.date(2025, 6, 1), "E. Aminudin Aziz"),
        ("Kepala Basarnas", dt.date(2025, 6, 1), "Mohammad Syafii"),
        ("Kepala BPS", dt.date(2021, 3, 1), "Suhariyanto"),
        ("Kepala BPS", dt.date(2022, 9, 1), "Margo Yuwono"),
        ("Kasetpres", dt.date(2025, 3, 1), "Ariyo Windutomo"),
        # the PPATK's head, also written "Ketua PPATK" by the press
        ("Kepala PPATK", dt.date(2018, 5, 1), "Kiagus Ahmad Badaruddin"),
        ("Ketua PPATK", dt.date(2023, 6, 1), "Ivan Yustiavandana"),
    ],
)
def test_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the BPIP had no head between Yudi Latif's resignation (2018) and Yudian Wahyudi (2020)
        ("Kepala BPIP", dt.date(2019, 6, 1)),
        # the Satgas ended with the pandemic status on 2023-06-21
        ("Ketua Satgas Covid-19", dt.date(2023, 9, 1)),
        # a deputy minister leaves on the dismissal day: Eddy Hiariej's was signed on
        # 2023-12-07, Immanuel Ebenezer's on 2025-08-22
        ("Wamenkumham", dt.date(2023, 12, 10)),
        ("Wamenaker", dt.date(2025, 9, 1)),
        # the acting KPK chairs of 2015 are not recorded: Abraham Samad's term ends at his
        # suspension on 2015-02-18
        ("Ketua KPK", dt.date(2015, 3, 1)),
        # the PPATK was led by its deputy after Kiagus Ahmad Badaruddin's death (2020-03-14)
        ("Kepala PPATK", dt.date(2020, 12, 1)),
    ],
)
def test_no_holder_outside_the_verified_terms(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None


def test_single_seat_terms_are_closed_before_the_successor() -> None:
    people = default_people()
    for office in ("kepala-bps", "kepala-bnpt", "ketua-kpu", "ketua-dpd", "ketua-ojk"):
        terms = sorted(people.by_office[office], key=lambda h: h.start or dt.date.min)
        assert all(h.end is not None for h in terms[:-1]), office


@pytest.mark.parametrize(
    ("text", "published", "name", "role", "org"),
    [
        pytest.param(
            "Kepala BPS Suhariyanto mengumumkan angka inflasi bulan ini di Jakarta.",
            "2018-10-01",
            "Suhariyanto",
            "Kepala Badan Pusat Statistik",
            "Badan Pusat Statistik",
            id="agency-head",
        ),
        pytest.param(
            "Wamen HAM Mugiyanto mengunjungi kantor wilayah di Surabaya.",
            "2025-09-26",
            "Mugiyanto",
            "Wakil Menteri Hak Asasi Manusia",
            "Kementerian Hak Asasi Manusia",
            id="deputy-minister",
        ),
        # "Plh."/"Plt." before a title: the name after it holds the post for a while, so it
        # is not checked against the office's holder on the date (Doni Monardo in March 2020)
        pytest.param(
            "Plh Kepala BNPB Lilik Kurniawan meninjau lokasi banjir di Bekasi.",
            "2020-03-01",
            "Lilik Kurniawan",
            "Pelaksana Harian Kepala Badan Nasional Penanggulangan Bencana",
            "Badan Nasional Penanggulangan Bencana",
            id="acting-head-is-not-the-holder",
        ),
        # a deputy post has an office line but no holder lines: the name after the title
        # takes the office's role and organisation
        pytest.param(
            "Wakasad Letjen Tandyo Budi Revita meninjau latihan gabungan di Baturaja.",
            "2024-03-01",
            "Tandyo Budi Revita",
            "Wakil Kepala Staf Tentara Nasional Indonesia Angkatan Darat",
            "Tentara Nasional Indonesia",
            id="deputy-chief-of-staff",
        ),
    ],
)
def test_title_and_name_take_the_role_and_organisation(
    extractor: Extractor, text: str, published: str, name: str, role: str, org: str
) -> None:
    record = extractor.extract(text, published=published)
    person = next(e for e in record.entities if e.text == name)
    assert person.role == role
    assert person.org == org


def test_a_shared_name_is_linked_only_after_its_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Ketua MA Sunarto melantik sejumlah ketua pengadilan tinggi.", published="2025-03-04"
    )
    judge = next(e for e in titled.entities if e.text == "Sunarto")
    assert judge.canonical == "Sunarto" and judge.org == "Mahkamah Agung"
    bare = extractor.extract(
        "Sunarto (45), petani di Sleman, memanen padi lebih awal tahun ini.",
        published="2025-03-04",
    )
    assert all(e.role != "Ketua Mahkamah Agung" for e in bare.entities)
    founder = extractor.extract(
        "Santri membaca kitab karya KH Hasyim Asy'ari di pesantren itu.", published="2023-02-01"
    )
    assert all(e.org != "Komisi Pemilihan Umum" for e in founder.entities)


def test_a_deputy_chair_of_the_dpr_named_by_one_word_takes_the_full_name(
    extractor: Extractor,
) -> None:
    """The DPR's deputy chairs of 2014-2019 are all recorded (a multi-seat office): one
    word of a holder's name after the title is that holder on the date."""
    record = extractor.extract(
        "Wakil Ketua DPR Fadli menerima perwakilan nelayan di Senayan.", published="2016-11-01"
    )
    person = next(e for e in record.entities if e.text == "Fadli")
    assert person.canonical == "Fadli Zon"
    assert person.org == "Dewan Perwakilan Rakyat"


@pytest.mark.parametrize(
    ("text", "published", "name", "canonical"),
    [
        # Zulkifli Hasan's seat passed to Yandri Susanto on 2022-06-30
        (
            "Wakil Ketua MPR Yandri menyapa warga di Serang.",
            "2023-06-01",
            "Yandri",
            "Yandri Susanto",
        ),
        (
            "Wakil Ketua MPR Syarif Hasan membuka sosialisasi.",
            "2021-06-01",
            "Syarif Hasan",
            "Syarief Hasan",
        ),
    ],
)
def test_a_deputy_chair_of_the_mpr_of_2019_2024_takes_the_recorded_name(
    extractor: Extractor, text: str, published: str, name: str, canonical: str
) -> None:
    record = extractor.extract(text, published=published)
    person = next(e for e in record.entities if e.text == name)
    assert person.canonical == canonical
    assert person.org == "Majelis Permusyawaratan Rakyat"
