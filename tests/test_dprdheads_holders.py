"""Chairs of regional parliaments added by the dprdheads lane (``holders.jsonl``: terms of the
provincial parliaments' chairs, each ``note`` naming its pages), on mentions and titles written
for this test (``data/dprdheads_holder_cases.jsonl``): "Ketua DPRD X" and a name (full, an
alias, a spelling a letter off) give the chair's full name, the role and the regional
parliament; a bare title names the chair of the day and nobody outside the terms the pages
confirm; an unknown name after the title is not linked to the chair."""

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

CASES = load_cases(Path(__file__).parent / "data" / "dprdheads_holder_cases.jsonl")
LANE = "dprdheads lane (issue 18, regional parliaments' chairs)"
PROVINCIAL = "Ketua Dewan Perwakilan Rakyat Daerah Provinsi"
# the four days the lanes' coverage is measured on
DAYS = ("2016-06-01", "2019-06-01", "2022-06-01", "2025-06-01")


def _covered(day: str) -> int:
    """Provincial parliaments' chair offices with a recorded chair on ``day``."""
    offices = {
        o["id"]
        for o in gazetteer_lines("offices.jsonl")
        if o["id"].startswith("ketua-dpr")
        and o["id"] != "ketua-dpr"
        and "-kota-" not in o["id"]
        and "-kabupaten-" not in o["id"]
    }
    return len(
        {
            h["office"]
            for h in gazetteer_lines("holders.jsonl")
            if h["office"] in offices
            and (h["start"] or "0000") <= day
            and (h["end"] is None or day <= h["end"])
        }
    )


def test_the_lane_lines_name_their_pages() -> None:
    holders = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(holders) >= 6
    for holder in holders:
        assert "source:" in holder["note"], holder
        assert holder["start"] is not None, holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
        assert holder["office"].startswith("ketua-dpr"), holder


def test_provincial_chairs_on_the_measured_days() -> None:
    """Floors of the provincial chairs recorded on the four measured days (38 offices)."""
    floors = (21, 30, 32, 36)
    assert all(_covered(day) >= floor for day, floor in zip(DAYS, floors, strict=True))


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Ketua DPRD Jatim Abdul Rahman Hakim", "2016-05-05"),
        ("Ketua DPRD Jabar Ineu Kartika Sari", "2017-05-05"),
        ("Ketua DPRD Sumbar Hendri Saputra", "2016-05-05"),
        ("Ketua DPRD Jateng Rukmini Setyowati", "2018-05-05"),
        ("Ketua DPRD Sumut Wagiman Arifin", "2018-05-05"),
        ("Ketua DPRD DIY Yoga Indra Pratama", "2017-05-05"),
    ],
)
def test_an_unknown_name_after_the_title_is_not_the_chair(
    extractor: Extractor, mention: str, day: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    # kept as written (or not read as a person): never the chair of the day
    assert all(p.canonical == p.text and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        (f"{PROVINCIAL} Jawa Timur", dt.date(2016, 6, 1), "Abdul Halim Iskandar"),
        (f"{PROVINCIAL} Jawa Timur", dt.date(2019, 6, 1), "Abdul Halim Iskandar"),
        (f"{PROVINCIAL} Jawa Barat", dt.date(2016, 6, 1), "Ineu Purwadewi Sundari"),
        (f"{PROVINCIAL} Jawa Barat", dt.date(2019, 6, 1), "Ineu Purwadewi Sundari"),
        (f"{PROVINCIAL} Sumatera Barat", dt.date(2016, 6, 1), "Hendra Irwan Rahim"),
        (f"{PROVINCIAL} Sumatera Barat", dt.date(2019, 6, 1), "Hendra Irwan Rahim"),
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2016, 6, 1), "Rukma Setyabudi"),
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2019, 6, 1), "Rukma Setyabudi"),
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2019, 6, 1), "Wagirin Arman"),
        (
            f"{PROVINCIAL} Daerah Istimewa Yogyakarta",
            dt.date(2016, 6, 1),
            "Yoeke Indra Agung Laksana",
        ),
        (
            f"{PROVINCIAL} Daerah Istimewa Yogyakarta",
            dt.date(2019, 6, 1),
            "Yoeke Indra Agung Laksana",
        ),
        (f"{PROVINCIAL} Riau", dt.date(2019, 6, 1), "Septina Primawati Rusli"),
        (f"{PROVINCIAL} Riau", dt.date(2022, 6, 1), "Yulisman"),
        (f"{PROVINCIAL} Sumatera Selatan", dt.date(2016, 6, 1), "Giri Ramanda Nazaputra Kiemas"),
        (f"{PROVINCIAL} Lampung", dt.date(2019, 6, 1), "Dedi Afrizal"),
        (f"{PROVINCIAL} Jambi", dt.date(2016, 6, 1), "Cornelis Buston"),
        (f"{PROVINCIAL} Kalimantan Timur", dt.date(2019, 6, 1), "Muhammad Syahrun"),
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2020, 6, 1), "Norhayati Andris"),
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2022, 6, 1), "Albertus Stefanus Marianus Baya"),
        (f"{PROVINCIAL} Nusa Tenggara Timur", dt.date(2016, 6, 1), "Anwar Pua Geno"),
        (f"{PROVINCIAL} Nusa Tenggara Timur", dt.date(2019, 6, 1), "Anwar Pua Geno"),
        (f"{PROVINCIAL} Bali", dt.date(2016, 6, 1), "I Nyoman Adi Wiryatama"),
        (f"{PROVINCIAL} Jambi", dt.date(2025, 6, 1), "M. Hafiz Fattah"),
        (f"{PROVINCIAL} Sumatera Selatan", dt.date(2025, 6, 1), "Andie Dinialdie"),
        (f"{PROVINCIAL} Bengkulu", dt.date(2025, 6, 1), "Sumardi"),
        (f"{PROVINCIAL} Kalimantan Tengah", dt.date(2025, 6, 1), "Arton S. Dohong"),
        (f"{PROVINCIAL} Kalimantan Selatan", dt.date(2025, 6, 1), "Supian HK"),
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2025, 6, 1), "Achmad Djufrie"),
        (f"{PROVINCIAL} Sulawesi Tenggara", dt.date(2025, 6, 1), "La Ode Tariala"),
        (f"{PROVINCIAL} Maluku Utara", dt.date(2025, 6, 1), "M. Iqbal Ruray"),
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2016, 6, 1), "Muharuddin"),
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2019, 6, 1), "Sulaiman"),
        ("Ketua Dewan Perwakilan Rakyat Papua", dt.date(2016, 6, 1), "Yunus Wonda"),
        ("Ketua Dewan Perwakilan Rakyat Papua", dt.date(2019, 6, 1), "Yunus Wonda"),
        (f"{PROVINCIAL} Bengkulu", dt.date(2016, 6, 1), "Ihsan Fajri"),
        (f"{PROVINCIAL} Bengkulu", dt.date(2019, 6, 1), "Ihsan Fajri"),
        (f"{PROVINCIAL} Sulawesi Tengah", dt.date(2019, 6, 1), "Aminuddin Ponulele"),
        (f"{PROVINCIAL} Maluku", dt.date(2019, 6, 1), "Edwin Adrian Huwae"),
        (f"{PROVINCIAL} Sulawesi Selatan", dt.date(2019, 6, 1), "Moh. Roem"),
        (f"{PROVINCIAL} Kalimantan Tengah", dt.date(2019, 6, 1), "Reinhard Atu Narang"),
        ("Ketua Dewan Perwakilan Rakyat Papua Barat", dt.date(2016, 6, 1), "Pieters Kondjol"),
        ("Ketua Dewan Perwakilan Rakyat Papua Barat", dt.date(2025, 6, 1), "Orgenes Wonggor"),
        (f"{PROVINCIAL} Kalimantan Timur", dt.date(2022, 6, 1), "Makmur HAPK"),
        ("Ketua Dewan Perwakilan Rakyat Papua", dt.date(2025, 6, 1), "Denny Henrry Bonai"),
        (f"{PROVINCIAL} Maluku Utara", dt.date(2022, 6, 1), "Kuntu Daud"),
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2022, 9, 1), "Saiful Bahri"),
        (
            "Ketua Dewan Perwakilan Rakyat Papua Selatan",
            dt.date(2025, 6, 1),
            "Heribertus Silvinus Silubun",
        ),
        ("Ketua Dewan Perwakilan Rakyat Papua Tengah", dt.date(2025, 6, 1), "Delius Tabuni"),
        (
            "Ketua Dewan Perwakilan Rakyat Papua Barat Daya",
            dt.date(2025, 9, 1),
            "Ortis Fernando Sagrim",
        ),
        (f"{PROVINCIAL} Kalimantan Selatan", dt.date(2019, 6, 1), "Burhanuddin"),
        (f"{PROVINCIAL} Gorontalo", dt.date(2019, 6, 1), "Paris Jusuf"),
        (f"{PROVINCIAL} Kepulauan Bangka Belitung", dt.date(2019, 6, 1), "Didit Srigusjaya"),
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2016, 6, 1), "Marthen Sablon"),
        (f"{PROVINCIAL} Nusa Tenggara Barat", dt.date(2016, 6, 1), "Umar Said"),
        (f"{PROVINCIAL} Lampung", dt.date(2016, 6, 1), "Dedi Afrizal"),
        (f"{PROVINCIAL} Banten", dt.date(2016, 6, 1), "Asep Rahmatullah"),
        (f"{PROVINCIAL} Banten", dt.date(2019, 6, 1), "Asep Rahmatullah"),
    ],
)
def test_a_title_names_the_chair_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the interim chairs between the members' oath and the chair's are not recorded
        (f"{PROVINCIAL} Jawa Timur", dt.date(2014, 9, 15)),
        (f"{PROVINCIAL} Jawa Barat", dt.date(2019, 9, 15)),
        (f"{PROVINCIAL} Sumatera Barat", dt.date(2019, 9, 10)),
        # Sumatera Utara: Ajib Shah's term and the replacement's undated oath
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2016, 6, 1)),
        # Yogyakarta: before the first day a page confirms
        (f"{PROVINCIAL} Daerah Istimewa Yogyakarta", dt.date(2015, 6, 1)),
        # Riau: the chair vacant after Suparman's resignation until 2016-10-24
        (f"{PROVINCIAL} Riau", dt.date(2016, 6, 1)),
        # Sumatera Selatan: the Plt chair of 2018-2019 is not recorded
        (f"{PROVINCIAL} Sumatera Selatan", dt.date(2018, 6, 1)),
        # Jambi: after the last day a page confirms
        (f"{PROVINCIAL} Jambi", dt.date(2019, 6, 1)),
        # Kalimantan Utara: between the chair's removal and her successor's oath
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2022, 1, 15)),
        # Sulawesi Tenggara: after his party proposed a replacement (outcome unrecorded)
        (f"{PROVINCIAL} Sulawesi Tenggara", dt.date(2026, 1, 15)),
        # the interim chairs of 2024 before the definitive chairs' oaths
        (f"{PROVINCIAL} Jambi", dt.date(2024, 9, 20)),
        (f"{PROVINCIAL} Kalimantan Utara", dt.date(2024, 10, 1)),
        # Papua: between the members' oath of 2019 (undated) and the chair's of 2019-12-17
        ("Ketua Dewan Perwakilan Rakyat Papua", dt.date(2019, 10, 15)),
        # Papua Barat: the disputed chair of 2014-2016 before Pieters Kondjol's oath
        ("Ketua Dewan Perwakilan Rakyat Papua Barat", dt.date(2015, 6, 1)),
        # Papua Barat Daya: the interim chair before the first definitive chair's oath
        ("Ketua Dewan Perwakilan Rakyat Papua Barat Daya", dt.date(2025, 3, 1)),
        # Kalimantan Selatan: the Plt chair between the chair's resignation and 2017-03-27
        (f"{PROVINCIAL} Kalimantan Selatan", dt.date(2017, 1, 15)),
        # Banten: between the 2014-2019 chair's window and the 2019 interim chair
        (f"{PROVINCIAL} Banten", dt.date(2019, 8, 15)),
    ],
)
def test_no_chair_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
