"""Terms of ministries' echelon-I heads added from dated pages: a bare title resolves to
the holder on a day inside the term, and to nobody (or the neighbour) on the days just
outside it, so that a term never runs past what the pages confirm."""

from __future__ import annotations

import datetime as dt

import pytest

from pmk_extract.components.officials import resolve_title

INSIDE = [
    ("Dirjen Hubud", "2018-11-12", "Polana Banguningsih Pramesti", "Kementerian Perhubungan"),
    (
        "Dirjen Perhubungan Udara",
        "2020-01-27",
        "Polana Banguningsih Pramesti",
        "Kementerian Perhubungan",
    ),
    ("Dirjen Hubla", "2019-06-03", "Agus H. Purnomo", "Kementerian Perhubungan"),
    ("Dirjen PAS", "2018-05-04", "Sri Puguh Budi Utami", "Kementerian Hukum dan Hak Asasi Manusia"),
    (
        "Dirjen Pemasyarakatan",
        "2022-01-10",
        "Reynhard Silitonga",
        "Kementerian Hukum dan Hak Asasi Manusia",
    ),
    (
        "Dirjen Bina Marga",
        "2021-05-05",
        "Hedy Rahadian",
        "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
    ),
    (
        "Dirjen Cipta Karya",
        "2023-02-01",
        "Diana Kusumastuti",
        "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
    ),
    ("Dirjen Anggaran", "2017-01-02", "Askolani", "Kementerian Keuangan"),
    ("Dirjen Kekayaan Negara", "2022-01-03", "Rionald Silaban", "Kementerian Keuangan"),
    ("Dirjen Perimbangan Keuangan", "2023-05-02", "Luky Alfirman", "Kementerian Keuangan"),
    ("Dirjen Pendis", "2024-03-25", "Muhammad Ali Ramdhani", "Kementerian Agama"),
    ("Sekjen Kemenag", "2024-03-26", "Muhammad Ali Ramdhani", "Kementerian Agama"),
    ("Sekjen Kemenag", "2025-01-22", "Kamaruddin Amin", "Kementerian Agama"),
    ("Dirjen Vokasi", "2021-01-04", "Wikan Sakarinto", "Kementerian Pendidikan dan Kebudayaan"),
    (
        "Dirjen Pendidikan Vokasi",
        "2022-07-01",
        "Kiki Yuliati",
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
    ),
    (
        "Dirjen Imigrasi",
        "2018-02-01",
        "Ronny Franky Sompie",
        "Kementerian Hukum dan Hak Asasi Manusia",
    ),
    ("Dirjen Farmalkes", "2023-03-01", "Lucia Rizka Andalusia", "Kementerian Kesehatan"),
    ("Dirjen P2P", "2020-10-01", "Achmad Yurianto", "Kementerian Kesehatan"),
    (
        "Dirjen Diktiristek",
        "2024-06-03",
        "Abdul Haris",
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
    ),
    ("Dirjen Perkeretaapian", "2019-03-01", "Zulfikri", "Kementerian Perhubungan"),
    ("Dirjen Nakes", "2022-06-01", "Arianti Anaya", "Kementerian Kesehatan"),
]

OUTSIDE = [
    ("Dirjen Hubud", "2018-11-11"),
    ("Dirjen Hubla", "2021-08-01"),
    ("Dirjen PAS", "2018-05-03"),
    ("Dirjen PAS", "2020-02-27"),
    ("Dirjen PAS", "2020-05-03"),
    ("Dirjen PAS", "2023-09-09"),
    ("Dirjen Bina Marga", "2020-07-06"),
    ("Dirjen Bina Marga", "2023-08-24"),
    ("Dirjen Cipta Karya", "2020-12-30"),
    ("Dirjen Pendis", "2020-08-09"),
    ("Dirjen Vokasi", "2020-05-07"),
    ("Dirjen Vokasi", "2022-06-15"),
    ("Dirjen Vokasi", "2023-08-25"),
    ("Dirjen Kekayaan Negara", "2021-08-19"),
    ("Dirjen Imigrasi", "2020-01-28"),
    ("Dirjen Farmalkes", "2021-12-14"),
    ("Dirjen P2P", "2020-09-02"),
    ("Dirjen P2P", "2020-10-23"),
    ("Dirjen Diktiristek", "2024-03-14"),
    ("Dirjen Perkeretaapian", "2022-07-16"),
    ("Dirjen Nakes", "2022-11-25"),
]


@pytest.mark.parametrize(("title", "day", "holder", "org"), INSIDE)
def test_title_resolves_to_the_holder_inside_the_term(
    title: str, day: str, holder: str, org: str
) -> None:
    found = resolve_title(title, dt.date.fromisoformat(day))
    assert found is not None
    assert (found[0], found[2]) == (holder, org)


@pytest.mark.parametrize(("title", "day"), OUTSIDE)
def test_no_holder_just_outside_the_term(title: str, day: str) -> None:
    assert resolve_title(title, dt.date.fromisoformat(day)) is None
