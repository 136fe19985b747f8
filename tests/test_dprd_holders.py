"""Chairs of regional parliaments added by the dprd lane (``offices.jsonl``: one office per
provincial DPRD and per DPRD of the provincial capitals and largest cities; ``holders.jsonl``:
each term's ``note`` naming its pages), on mentions and titles written for this test
(``data/dprd_holder_cases.jsonl``): "Ketua DPRD X" and a name (full, an alias, a spelling one
letter off, a single name) give the chair's full name, the role and the regional parliament; a
bare title names the chair of the day, nobody outside the terms the pages confirm, and an unknown
name after the title is not linked to the chair."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
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
from pmk_extract.components.ministry_posts import field_vocabulary
from pmk_extract.kb import KBEntry, KnowledgeBase
from pmk_extract.lexicons import lexicons

CASES = load_cases(Path(__file__).parent / "data" / "dprd_holder_cases.jsonl")
LANE = "dprd lane (issue 18, regional parliaments' chairs)"
PROVINCIAL = "Ketua Dewan Perwakilan Rakyat Daerah Provinsi"
CITY = "Ketua Dewan Perwakilan Rakyat Daerah Kota"


def test_the_lane_lines_name_their_pages() -> None:
    holders = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(holders) >= 64
    for holder in holders:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder
        assert holder["office"].startswith("ketua-dpr"), holder


def test_every_province_has_a_chair_office() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    # Aceh's and Papua's parliaments keep their own names (Dewan Perwakilan Rakyat Aceh, ...)
    own_names = {"dpra", "dprp", "dprpb", "dprpt", "dprppeg", "dprps", "dprpbd"}
    provincial = [o for o in offices if o["role"].startswith(PROVINCIAL) or o["org"] in own_names]
    assert len(provincial) == 38
    for office in offices:
        assert office["titles"] == [office["role"]], office


def test_a_parliament_line_adds_no_field_words() -> None:
    """An organisation line with no written form (only the organisation of offices a pattern
    reads) leaves the field vocabulary as it is; written, its words are field words."""
    silent = KBEntry(
        id="dprd-x",
        canonical="Dewan Perwakilan Rakyat Daerah Kota Contoh Raya",
        label="ORG",
        kind="regional_parliament",
        aliases=(),
        match_canonical=False,
    )
    assert "Contoh" not in field_vocabulary(KnowledgeBase([silent]), lexicons())
    written = replace(silent, match_canonical=True)
    assert "Contoh" in field_vocabulary(KnowledgeBase([written]), lexicons())


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Ketua DPRD Jateng Bambang Sutrisno", "2021-05-05"),
        ("Ketua DPRD Jawa Timur Kusnanto", "2021-05-05"),
        ("Ketua DPRD DKI Prasetyo Hadi", "2021-05-05"),
        ("Ketua DPRD Jatim Musa Rohman", "2025-05-05"),
        ("Ketua DPRD Sulsel Andi Kartini", "2021-05-05"),
        ("Ketua DPRD Banten Andri Santoso", "2021-05-05"),
        ("Ketua DPRD Sumbar Suparno", "2021-05-05"),
        ("Ketua DPRD Bali Made Wirawan", "2021-05-05"),
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
    ("text", "day"),
    [
        ("Ketua DPRD Sumanto memberikan keterangan kepada wartawan.", "2025-05-05"),
        ("Ketua DPRD Kusnadi menerima audiensi warga.", "2021-05-05"),
        ("Ketua DPRD Supardi menerima audiensi warga.", "2021-05-05"),
    ],
)
def test_a_bare_title_and_one_name_names_no_provincial_chair(
    extractor: Extractor, text: str, day: str
) -> None:
    """'Ketua DPRD' is no class title: a one-word name after it with no parliament named is
    as likely a regency's chair (hundreds of DPRDs, names many share) as the province's."""
    record = extractor.extract(text, published=day)
    assert not [e for e in record.entities if e.label == "PERSON" and e.org]


def test_a_shared_name_alone_keeps_its_other_holder(extractor: Extractor) -> None:
    """Jawa Barat's chair of 2019-2024 shares his name with the deputy minister of 2024: the
    name alone (title_only) names the minister, not the chair."""
    records = extract_cases(extractor, [{"mention": "Taufik Hidayat", "published": "2025-01-10"}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Kementerian Pemuda dan Olahraga"]


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2022, 6, 1), "Bambang Kusriyanto"),
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2023, 8, 1), "Sumanto"),
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2025, 6, 1), "Sumanto"),
        (f"{PROVINCIAL} DKI Jakarta", dt.date(2022, 6, 1), "Prasetio Edi Marsudi"),
        (f"{PROVINCIAL} DKI Jakarta", dt.date(2025, 6, 1), "Khoirudin"),
        (f"{PROVINCIAL} Jawa Timur", dt.date(2022, 6, 1), "Kusnadi"),
        (f"{PROVINCIAL} Jawa Timur", dt.date(2025, 6, 1), "Musyafak Rouf"),
        (f"{PROVINCIAL} Jawa Barat", dt.date(2022, 6, 1), "Taufik Hidayat"),
        (f"{PROVINCIAL} Jawa Barat", dt.date(2025, 6, 1), "Buky Wibawa Karya Guna"),
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2019, 12, 1), "Baskami Ginting"),
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2025, 6, 1), "Erni Ariyanti Sitorus"),
        (f"{PROVINCIAL} Sulawesi Selatan", dt.date(2022, 6, 1), "Andi Ina Kartika Sari"),
        (f"{PROVINCIAL} Sulawesi Selatan", dt.date(2025, 6, 1), "Andi Rachmatika Dewi"),
        (f"{PROVINCIAL} Banten", dt.date(2022, 6, 1), "Andra Soni"),
        (f"{PROVINCIAL} Banten", dt.date(2025, 6, 1), "Fahmi Hakim"),
        (f"{PROVINCIAL} Daerah Istimewa Yogyakarta", dt.date(2022, 6, 1), "Nuryadi"),
        (f"{PROVINCIAL} Daerah Istimewa Yogyakarta", dt.date(2025, 6, 1), "Nuryadi"),
        (f"{PROVINCIAL} Bali", dt.date(2019, 6, 1), "I Nyoman Adi Wiryatama"),
        (f"{PROVINCIAL} Bali", dt.date(2025, 6, 1), "Dewa Made Mahayadnya"),
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2021, 6, 1), "Dahlan Jamaluddin"),
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2025, 6, 1), "Zulfadli"),
        (f"{PROVINCIAL} Sumatera Barat", dt.date(2022, 6, 1), "Supardi"),
        (f"{PROVINCIAL} Sumatera Barat", dt.date(2025, 6, 1), "Muhidi"),
        (f"{PROVINCIAL} Sumatera Selatan", dt.date(2022, 6, 1), "Anita Noeringhati"),
        (f"{PROVINCIAL} Lampung", dt.date(2022, 6, 1), "Mingrum Gumay"),
        (f"{PROVINCIAL} Lampung", dt.date(2025, 6, 1), "Ahmad Giri Akbar"),
        (f"{PROVINCIAL} Nusa Tenggara Barat", dt.date(2016, 8, 1), "Baiq Isvie Rupaeda"),
        (f"{PROVINCIAL} Nusa Tenggara Barat", dt.date(2025, 6, 1), "Baiq Isvie Rupaeda"),
        (f"{PROVINCIAL} Kalimantan Barat", dt.date(2022, 6, 1), "M. Kebing L."),
        (f"{PROVINCIAL} Kalimantan Barat", dt.date(2025, 6, 1), "Aloysius"),
        (f"{PROVINCIAL} Sulawesi Utara", dt.date(2016, 6, 1), "Andrei Angouw"),
        (f"{PROVINCIAL} Sulawesi Utara", dt.date(2025, 6, 1), "Fransiscus Andi Silangen"),
        (f"{PROVINCIAL} Kalimantan Selatan", dt.date(2022, 6, 1), "Supian HK"),
        (f"{CITY} Surabaya", dt.date(2025, 6, 1), "Adi Sutarwijono"),
        (f"{CITY} Medan", dt.date(2022, 6, 1), "Hasyim"),
        (f"{CITY} Makassar", dt.date(2022, 6, 1), "Rudianto Lallo"),
        (f"{CITY} Makassar", dt.date(2025, 6, 1), "Supratman"),
        (f"{PROVINCIAL} Nusa Tenggara Timur", dt.date(2022, 6, 1), "Emilia Julia Nomleni"),
        (f"{PROVINCIAL} Nusa Tenggara Timur", dt.date(2025, 6, 1), "Emilia Julia Nomleni"),
        (f"{PROVINCIAL} Jambi", dt.date(2022, 6, 1), "Edi Purwanto"),
        (f"{PROVINCIAL} DKI Jakarta", dt.date(2016, 6, 1), "Prasetio Edi Marsudi"),
        (f"{PROVINCIAL} Riau", dt.date(2025, 6, 1), "Kaderismanto"),
        (f"{PROVINCIAL} Kepulauan Riau", dt.date(2016, 6, 1), "Jumaga Nadeak"),
        (f"{PROVINCIAL} Kepulauan Riau", dt.date(2022, 6, 1), "Jumaga Nadeak"),
        (f"{PROVINCIAL} Kepulauan Riau", dt.date(2025, 6, 1), "Iman Sutiawan"),
        (f"{PROVINCIAL} Sulawesi Tengah", dt.date(2022, 6, 1), "Nilam Sari Lawira"),
        (f"{PROVINCIAL} Sulawesi Tengah", dt.date(2025, 6, 1), "Mohammad Arus Abdul Karim"),
        (f"{PROVINCIAL} Bengkulu", dt.date(2022, 6, 1), "Ihsan Fajri"),
        (f"{PROVINCIAL} Kalimantan Timur", dt.date(2025, 6, 1), "Hasanuddin Mas'ud"),
        (f"{CITY} Bandung", dt.date(2022, 6, 1), "Tedy Rusmawan"),
        (f"{PROVINCIAL} Gorontalo", dt.date(2022, 6, 1), "Paris Jusuf"),
        (f"{PROVINCIAL} Gorontalo", dt.date(2025, 6, 1), "Thomas Mopili"),
        ("Ketua Dewan Perwakilan Rakyat Papua", dt.date(2022, 6, 1), "Jhony Banua Rouw"),
        (f"{PROVINCIAL} Sulawesi Tenggara", dt.date(2016, 6, 1), "Abdurrahman Saleh"),
        (f"{PROVINCIAL} Kalimantan Tengah", dt.date(2022, 6, 1), "Muhammad Wiyatno"),
        (f"{CITY} Semarang", dt.date(2022, 6, 1), "Kadarlusman"),
        (f"{PROVINCIAL} Kepulauan Bangka Belitung", dt.date(2022, 6, 1), "Herman Suhadi"),
        (f"{PROVINCIAL} Kepulauan Bangka Belitung", dt.date(2025, 6, 1), "Didit Srigusjaya"),
        (f"{PROVINCIAL} Maluku", dt.date(2022, 6, 1), "Lucky Wattimury"),
        (f"{PROVINCIAL} Maluku", dt.date(2025, 6, 1), "Benhur George Watubun"),
        (f"{PROVINCIAL} Sulawesi Barat", dt.date(2019, 6, 1), "Amalia Fitri Aras"),
        (f"{PROVINCIAL} Sulawesi Barat", dt.date(2022, 6, 1), "Sitti Suraidah Suhardi"),
        (f"{PROVINCIAL} Sulawesi Barat", dt.date(2025, 6, 1), "Amalia Fitri Aras"),
    ],
)
def test_a_title_names_the_chair_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # between the chair's death (2023-04-02) and his successor's swearing-in (2023-06-05)
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2023, 5, 1)),
        # the interim chairs between the members' and the chair's swearing-in: not recorded
        (f"{PROVINCIAL} Jawa Tengah", dt.date(2024, 9, 20)),
        (f"{PROVINCIAL} Jawa Timur", dt.date(2024, 10, 1)),
        (f"{PROVINCIAL} DKI Jakarta", dt.date(2024, 9, 10)),
        # DKI Jakarta: the interim chair between the 2019 members' oath and the chair's
        (f"{PROVINCIAL} DKI Jakarta", dt.date(2019, 9, 15)),
        # Sumatera Utara: after the chair's death, and the vacant chair of 2024-2025
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2024, 6, 1)),
        (f"{PROVINCIAL} Sumatera Utara", dt.date(2024, 12, 1)),
        # Aceh: the Plt chair between Dahlan Jamaluddin's departure (2022-03-21) and his
        # successor Saiful Bahri's oath (2022-05-13, dprdheads lane) is not recorded
        ("Ketua Dewan Perwakilan Rakyat Aceh", dt.date(2022, 4, 15)),
        # Sumatera Selatan: after the last day a page confirms
        (f"{PROVINCIAL} Sumatera Selatan", dt.date(2023, 6, 1)),
        # Nusa Tenggara Barat: before the 2014-2019 chair's oath (Umar Said, 2014-10-16,
        # dprdheads lane), and the undated 2019-2024 term
        (f"{PROVINCIAL} Nusa Tenggara Barat", dt.date(2014, 10, 1)),
        (f"{PROVINCIAL} Nusa Tenggara Barat", dt.date(2021, 6, 1)),
        # Sulawesi Utara: between the chair's resignation for the 2020 elections and his
        # successor's oath
        (f"{PROVINCIAL} Sulawesi Utara", dt.date(2020, 10, 1)),
        # Kalimantan Barat: the interim chair of 2024 is not recorded
        (f"{PROVINCIAL} Kalimantan Barat", dt.date(2024, 10, 15)),
        # Surabaya: after the chair's death on 2026-02-10
        (f"{CITY} Surabaya", dt.date(2026, 3, 1)),
        # Kepulauan Riau: the chair's 2019 oath is not dated (a gap until 2022-01-24)
        (f"{PROVINCIAL} Kepulauan Riau", dt.date(2020, 6, 1)),
        # Kalimantan Timur: Makmur HAPK's undated term before 2022-09-12
        (f"{PROVINCIAL} Kalimantan Timur", dt.date(2021, 6, 1)),
        # Maluku: between the chair's replacement (October 2022) and his successor's oath
        (f"{PROVINCIAL} Maluku", dt.date(2022, 11, 15)),
    ],
)
def test_no_chair_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None
