"""Regents, mayors and their vices of Sumatra, Java, Bali and Nusa Tenggara added by the
regentsw lane (``holders.jsonl``, each line's ``note`` naming its pages), on mentions and titles
written for this test (``data/regentsw_holder_cases.jsonl``): a title and a name (full, an alias,
a spelling one letter off) give the holder's full name, the role on the date and the regional
government; a bare title names the holder of the day, nobody outside the terms the pages
confirm, and an unknown name after a title is not linked to the holder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import (
    extract_cases,
    gazetteer_lines,
    holder_name,
    judge_cases,
    load_cases,
    mention_outcome,
)
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "regentsw_holder_cases.jsonl")
LANE = "regentsw lane (issue 18, regional heads of western"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 18
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
        assert holder["office"].startswith(
            ("bupati-", "wakil-bupati-", "walikota-", "wakil-walikota-")
        )


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Bupati Gresik Hendra Wijaya", "2022-05-05"),
        ("Wakil Bupati Lamongan Rudi Hartono", "2025-05-05"),
        ("Bupati Bondowoso Agus Salim", "2025-08-08"),
        ("Wakil Bupati Bangkalan Andi Pratama", "2025-09-09"),
        ("Bupati Kebumen Rina Marlina", "2025-05-05"),
        ("Wakil Bupati Kendal Hendra Saputra", "2022-05-05"),
        ("Bupati Boyolali Bambang Wijaya", "2022-05-05"),
        ("Bupati Toba Rudi Simanjuntak", "2025-05-05"),
        ("Wakil Bupati Dompu Ahmad Yani", "2025-05-05"),
    ],
)
def test_an_unknown_name_after_the_title_is_not_the_holder(
    extractor: Extractor, mention: str, day: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    # kept as written (or not read as a person): never the holder of the day
    assert all(p.canonical == p.text and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Bupati Malang", dt.date(2025, 6, 1), "Sanusi"),
        ("Wakil Bupati Malang", dt.date(2025, 6, 1), "Lathifah Shohib"),
        ("Bupati Gresik", dt.date(2022, 6, 1), "Fandi Akhmad Yani"),
        ("Bupati Gresik", dt.date(2025, 6, 1), "Fandi Akhmad Yani"),
        ("Wakil Bupati Gresik", dt.date(2022, 6, 1), "Aminatun Habibah"),
        ("Bupati Lamongan", dt.date(2025, 6, 1), "Yuhronur Efendi"),
        ("Bupati Sumenep", dt.date(2025, 6, 1), "Achmad Fauzi"),
        ("Bupati Banyuwangi", dt.date(2025, 6, 1), "Ipuk Fiestiandani Azwar Anas"),
        ("Bupati Ponorogo", dt.date(2025, 6, 1), "Sugiri Sancoko"),
        ("Wakil Bupati Ponorogo", dt.date(2025, 12, 1), "Lisdyarita"),
        ("Bupati Bondowoso", dt.date(2025, 6, 1), "Abdul Hamid Wahid"),
        ("Bupati Bangkalan", dt.date(2025, 6, 1), "Lukman Hakim"),
        ("Bupati Kebumen", dt.date(2025, 6, 1), "Lilis Nuryani"),
        ("Bupati Klaten", dt.date(2025, 6, 1), "Hamenang Wajar Ismoyo"),
        ("Wakil Bupati Sragen", dt.date(2025, 6, 1), "Suroto"),
        ("Bupati Grobogan", dt.date(2025, 6, 1), "Setyo Hadi"),
        ("Wakil Bupati Temanggung", dt.date(2025, 6, 1), "Nadia Muna"),
        ("Bupati Rembang", dt.date(2025, 6, 1), "Harno"),
        ("Wakil Bupati Purbalingga", dt.date(2025, 6, 1), "Dimas Prasetyahani"),
        ("Wakil Bupati Brebes", dt.date(2025, 6, 1), "Wurja"),
        ("Wakil Bupati Pemalang", dt.date(2025, 6, 1), "Nurkholes"),
        ("Wakil Bupati Kendal", dt.date(2022, 6, 1), "Windu Suko Basuki"),
        ("Bupati Wonosobo", dt.date(2022, 6, 1), "Afif Nurhidayat"),
        ("Wakil Bupati Wonosobo", dt.date(2025, 6, 1), "Amir Husein"),
        ("Bupati Sukoharjo", dt.date(2022, 6, 1), "Etik Suryani"),
        ("Wakil Bupati Wonogiri", dt.date(2022, 6, 1), "Setyo Sukarno"),
        ("Wakil Bupati Boyolali", dt.date(2022, 6, 1), "Wahyu Irawan"),
        ("Bupati Serang", dt.date(2025, 6, 1), "Ratu Rachmatuzakiyah"),
        ("Bupati Pandeglang", dt.date(2025, 6, 1), "Dewi Setiani"),
        ("Wakil Bupati Lebak", dt.date(2025, 6, 1), "Amir Hamzah"),
        ("Bupati Deli Serdang", dt.date(2025, 6, 1), "Asri Ludin Tambunan"),
        ("Wakil Bupati Toba", dt.date(2025, 6, 1), "Audi Murphy Sitorus"),
        ("Wakil Bupati Humbang Hasundutan", dt.date(2025, 6, 1), "Junita Rebeka Marbun"),
        ("Bupati Samosir", dt.date(2025, 6, 1), "Vandiko Timotius Gultom"),
        ("Bupati Tapanuli Utara", dt.date(2025, 6, 1), "Jonius Taripar Parsaoran Hutabarat"),
        ("Wakil Bupati Lombok Barat", dt.date(2025, 6, 1), "Nurul Adha"),
        ("Bupati Lombok Utara", dt.date(2025, 6, 1), "Najmul Akhyar"),
        ("Bupati Sumbawa Barat", dt.date(2025, 6, 1), "Amar Nurmansyah"),
        ("Wakil Bupati Dompu", dt.date(2025, 6, 1), "Syirajuddin"),
        ("Wakil Bupati Pringsewu", dt.date(2025, 6, 1), "Umi Laila"),
        ("Wakil Bupati Tulang Bawang", dt.date(2025, 6, 1), "Hankam Hasan"),
        ("Bupati Pesisir Barat", dt.date(2025, 6, 1), "Dedi Irawan"),
        ("Wakil Bupati Kerinci", dt.date(2025, 6, 1), "Murison"),
        ("Bupati Sarolangun", dt.date(2025, 6, 1), "Hurmin"),
        ("Wakil Bupati Kepahiang", dt.date(2025, 6, 1), "Abdul Hafizh"),
        ("Bupati Cirebon", dt.date(2025, 6, 1), "Imron Rosyadi"),
        ("Wakil Bupati Siak", dt.date(2025, 6, 5), "Syamsurizal"),
        ("Wakil Bupati Sikka", dt.date(2025, 6, 1), "Simon Subandi Supriadi"),
        ("Wakil Bupati Flores Timur", dt.date(2025, 6, 1), "Ignasius Boli Uran"),
        ("Bupati Belu", dt.date(2025, 6, 1), "Wilibrodus Lay"),
        ("Wakil Bupati Pidie", dt.date(2025, 6, 1), "Alzaizi Umar"),
        ("Bupati Aceh Tengah", dt.date(2025, 6, 1), "Haili Yoga"),
        ("Wakil Bupati Aceh Tamiang", dt.date(2025, 6, 1), "Ismail"),
        ("Wakil Bupati Pidie Jaya", dt.date(2025, 6, 1), "Hasan Basri"),
        ("Wakil Bupati Labuhanbatu", dt.date(2025, 6, 1), "Jamri"),
        ("Bupati Nias Selatan", dt.date(2025, 6, 1), "Sokhiatulo Laia"),
        ("Wakil Bupati Nias Barat", dt.date(2025, 6, 1), "Sozisokhi Hia"),
        ("Bupati Ogan Komering Ulu Timur", dt.date(2025, 6, 1), "Lanosin Hamzah"),
        ("Bupati Pasaman Barat", dt.date(2025, 6, 1), "Yulianto"),
        ("Bupati Sampang", dt.date(2019, 6, 1), "Slamet Junaidi"),
        ("Wakil Bupati Sampang", dt.date(2025, 6, 1), "Ahmad Mahfud Abdul Qodir"),
        ("Bupati Pamekasan", dt.date(2025, 6, 1), "Kholilurrahman"),
        ("Wakil Bupati Nganjuk", dt.date(2025, 6, 1), "Trihandy Cahyo Saputro"),
        ("Wakil Wali Kota Magelang", dt.date(2025, 6, 1), "Sri Harso"),
        ("Wakil Bupati Situbondo", dt.date(2022, 6, 1), "Khoirani"),
        ("Wakil Bupati Lamongan", dt.date(2022, 6, 1), "Abdul Rouf"),
        ("Wakil Bupati Sidoarjo", dt.date(2022, 6, 1), "Subandi"),
        ("Bupati Gunungkidul", dt.date(2022, 6, 1), "Sunaryanta"),
        ("Wakil Bupati Gunungkidul", dt.date(2022, 6, 1), "Heri Susanto"),
        ("Wakil Bupati Bantul", dt.date(2022, 6, 1), "Joko B Purnomo"),
        ("Bupati Tegal", dt.date(2018, 12, 1), "Umi Azizah"),
        ("Wakil Bupati Tegal", dt.date(2022, 6, 1), "Sabilillah Ardie"),
        ("Bupati Lingga", dt.date(2022, 6, 1), "Muhammad Nizar"),
        ("Wakil Bupati Lingga", dt.date(2022, 6, 1), "Neko Wesha Pawelloy"),
        ("Bupati Kepulauan Anambas", dt.date(2022, 6, 1), "Abdul Haris"),
        ("Wakil Bupati Kepulauan Anambas", dt.date(2022, 6, 1), "Wan Zuhendra"),
        ("Bupati Bintan", dt.date(2021, 6, 1), "Apri Sujadi"),
        ("Bupati Karimun", dt.date(2022, 6, 1), "Aunur Rafiq"),
        ("Wakil Bupati Natuna", dt.date(2022, 6, 1), "Rodhial Huda"),
        ("Wali Kota Batam", dt.date(2022, 6, 1), "Muhammad Rudi"),
        ("Wakil Wali Kota Batam", dt.date(2022, 6, 1), "Amsakar Achmad"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Ponorogo: the regent arrested by the KPK on 2025-11-07; the vice regent acting beside
        # the detained regent is not recorded
        ("Bupati Ponorogo", dt.date(2025, 12, 1)),
        # Gresik: between the close of the 2016-2021 term and the swearing-in of 2021-02-26
        ("Bupati Gresik", dt.date(2021, 2, 20)),
        # Klaten: the vice regent died on 2026-02-07
        ("Wakil Bupati Klaten", dt.date(2026, 3, 1)),
        # Jawa Tengah: between the close of the 2016-2021 terms (2021-02-17) and the
        # swearing-in of 2021-02-26 the Plh (regional secretaries) are not recorded
        ("Bupati Sukoharjo", dt.date(2021, 2, 20)),
        ("Bupati Kendal", dt.date(2021, 2, 20)),
        # Serang: the heads elected at the re-vote were sworn in on 2025-05-27; the regent of
        # 2021 who served until then is not recorded
        ("Wakil Bupati Serang", dt.date(2025, 4, 1)),
        # Lampung Tengah: the regent caught by the KPK in December 2025; the vice regent acting
        # beside the detained regent is not recorded
        ("Bupati Lampung Tengah", dt.date(2026, 1, 15)),
        # Siak and Belu: sworn in after their disputes, on 2025-06-04 and 2025-03-24
        ("Bupati Siak", dt.date(2025, 6, 1)),
        ("Bupati Belu", dt.date(2025, 3, 1)),
        # Pasaman Barat: the heads sworn in after the MK decision, on 2025-03-25
        ("Bupati Pasaman Barat", dt.date(2025, 3, 1)),
        # Sampang: the Pj from 2024-01-31 is not recorded; Pamekasan: sworn in on 2025-03-19
        ("Bupati Sampang", dt.date(2024, 6, 1)),
        ("Bupati Pamekasan", dt.date(2025, 3, 1)),
        # Sidoarjo and Situbondo: the regents detained by the KPK (2024-05-07, 2025-01-21)
        ("Bupati Sidoarjo", dt.date(2024, 8, 1)),
        ("Bupati Situbondo", dt.date(2025, 2, 1)),
        # Gunungkidul: the Plh between the close of the 2016-2021 term (2021-02-17) and the
        # swearing-in of 2021-02-26; Tegal: Umi Azizah was Plt from May 2018 until she was
        # sworn in as regent on 2018-11-05
        ("Bupati Gunungkidul", dt.date(2021, 2, 20)),
        ("Bupati Tegal", dt.date(2018, 8, 1)),
        # Bintan: the regent detained by the KPK on 2021-08-12; the Plt, later regent, is not
        # recorded
        ("Bupati Bintan", dt.date(2022, 6, 1)),
        # Karimun and Natuna: sworn in after their disputes, on 2021-04-26 and 2021-05-24
        ("Bupati Karimun", dt.date(2021, 4, 1)),
        ("Bupati Natuna", dt.date(2021, 5, 1)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
