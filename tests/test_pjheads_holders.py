"""Acting regents and mayors (Penjabat) of the 2022-2024 waves added by the pjheads lane
(``holders.jsonl``, each line's ``note`` naming its pages), on mentions written for this test
(``data/pjheads_holder_cases.jsonl``): "Pj/Penjabat Bupati X Nama" (full, short, an alias, a
spelling one letter off) and the plain title within the term give the holder's full name, the
acting role and the regional government; a bare title names the Pj of the day and nobody in the
gaps the pages leave (a Plh between terms); "Pj Bupati Nama" without its region gives no
organisation unless the name is the holder of the day, and an unknown name after the title is
never the holder."""

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

CASES = load_cases(Path(__file__).parent / "data" / "pjheads_holder_cases.jsonl")
LANE = "pjheads lane (issue 18, acting regional heads"


def test_the_lane_lines_are_sourced_acting_terms() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if LANE in h.get("note", "")]
    assert len(lines) >= 47
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["acting"] == "Penjabat", holder
        assert holder["office"].startswith(("bupati-", "walikota-")), holder
        assert holder["start"] >= "2022-05-01" and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"] <= "2025-12-31", holder


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Bupati Banyumas", dt.date(2023, 9, 23), "Achmad Husein"),
        ("Bupati Banyumas", dt.date(2023, 9, 24), "Hanung Cahyo Saputro"),
        ("Bupati Banyumas", dt.date(2024, 9, 19), "Iwanuddin Iskandar"),
        ("Bupati Banyumas", dt.date(2025, 2, 20), "Sadewo Tri Lastiono"),
        ("Bupati Cilacap", dt.date(2022, 11, 18), "Tatto Suwarto Pamuji"),
        ("Bupati Cilacap", dt.date(2022, 11, 19), "Yunita Dyah Suminar"),
        ("Bupati Cilacap", dt.date(2024, 6, 1), "Awaluddin Muuri"),
        ("Bupati Cilacap", dt.date(2024, 8, 10), "M. Arief Irwanto"),
        ("Bupati Brebes", dt.date(2023, 6, 1), "Urip Sihabudin"),
        ("Bupati Brebes", dt.date(2024, 6, 1), "Iwanuddin Iskandar"),
        ("Wali Kota Salatiga", dt.date(2023, 6, 1), "Sinoeng Noegroho Rachmadi"),
        ("Wali Kota Salatiga", dt.date(2023, 12, 13), "Yasip Khasani"),
        ("Bupati Temanggung", dt.date(2024, 6, 1), "Hary Agung Prabowo"),
        ("Bupati Kudus", dt.date(2023, 12, 1), "Bergas Catursasi Penanggungan"),
        ("Bupati Kudus", dt.date(2024, 6, 1), "Muhammad Hasan Chabibie"),
        ("Bupati Magelang", dt.date(2024, 6, 1), "Sepyo Achanto"),
        ("Bupati Banjarnegara", dt.date(2023, 6, 1), "Tri Harso Widirahmanto"),
        ("Bupati Purwakarta", dt.date(2023, 9, 20), "Benni Irwan"),
        ("Wali Kota Sukabumi", dt.date(2025, 2, 19), "Kusmana Hartadji"),
        ("Bupati Bandung Barat", dt.date(2024, 6, 5), "Arsan Latif"),
        ("Bupati Bandung Barat", dt.date(2024, 6, 15), "Ade Zakir"),
        ("Bupati Batang", dt.date(2024, 12, 1), "Lani Dwi Rejeki"),
        ("Bupati Kulon Progo", dt.date(2022, 5, 21), "Sutedjo"),
        ("Bupati Kulon Progo", dt.date(2022, 5, 22), "Tri Saktiyana"),
        ("Bupati Pringsewu", dt.date(2024, 3, 3), "Adi Erlansyah"),
        ("Bupati Sarolangun", dt.date(2023, 5, 22), "Bachril Bakri"),
        ("Bupati Takalar", dt.date(2022, 12, 21), "Syamsari Kitta"),
        ("Bupati Takalar", dt.date(2022, 12, 22), "Setiawan Aswad"),
        ("Bupati Tulungagung", dt.date(2024, 6, 1), "Heru Suseno"),
        ("Bupati Bondowoso", dt.date(2024, 7, 22), "Bambang Soekwanto"),
        ("Bupati Magetan", dt.date(2024, 6, 1), "Hergunadi"),
        ("Wali Kota Singkawang", dt.date(2023, 6, 1), "Sumastro"),
        ("Bupati Hulu Sungai Selatan", dt.date(2024, 1, 1), "Hermansyah"),
        ("Bupati Tapin", dt.date(2024, 1, 1), "M. Syarifuddin"),
        ("Wali Kota Pariaman", dt.date(2023, 10, 12), "Roberia"),
        ("Bupati Batu Bara", dt.date(2023, 12, 26), "Zahir"),
        ("Bupati Batu Bara", dt.date(2023, 12, 27), "Nizhamul"),
        ("Bupati Lebak", dt.date(2023, 12, 1), "Iwan Kurniawan"),
    ],
)
def test_a_title_names_the_acting_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Brebes: the Sekda was Plh between the close of the term (2022-12-04) and the Pj's
        # swearing-in on 2022-12-13; not recorded
        ("Bupati Brebes", dt.date(2022, 12, 8)),
        # Brebes: between the close of the first Pj's year and his successor's first dated day
        ("Bupati Brebes", dt.date(2023, 12, 18)),
        # Bandung Barat: the Sekda was Plh between the Pj's dismissal and his successor's oath
        ("Bupati Bandung Barat", dt.date(2024, 6, 10)),
        # Banjarnegara: the vice regent was Plh after the regent's arrest (not recorded)
        ("Bupati Banjarnegara", dt.date(2022, 5, 1)),
        # Pringsewu: the Pj sworn in on 2024-03-04 is not recorded (no page dates his end)
        ("Bupati Pringsewu", dt.date(2024, 3, 4)),
        # Bondowoso and Magetan: the successors of the Pj who resigned to stand in 2024
        ("Bupati Bondowoso", dt.date(2024, 7, 23)),
        ("Bupati Magetan", dt.date(2024, 8, 10)),
        # Pariaman and Padang Panjang: the Sekda was Plh between the close of the term
        # (2023-10-09) and the Pj's swearing-in on 2023-10-12
        ("Wali Kota Pariaman", dt.date(2023, 10, 11)),
        ("Wali Kota Padang Panjang", dt.date(2023, 10, 10)),
    ],
)
def test_no_holder_in_the_gaps_the_pages_leave(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        ("Pj Bupati Banyumas Rudi Hartanto", "2024-03-04"),
        ("Pj Bupati Cilacap Sri Wahyuni", "2023-03-08"),
        ("Pj Wali Kota Salatiga Agus Prasetyo", "2023-03-03"),
        ("Pj Bupati Brebes Bambang Sutrisno", "2024-12-12"),
    ],
)
def test_an_unknown_name_after_the_title_is_not_the_holder(
    extractor: Extractor, mention: str, day: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert all(p.canonical == p.text and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(
    ("mention", "day"),
    [
        # an unknown name: the acting role without a region
        ("Pj Bupati Rudi Hartanto", "2024-03-04"),
        # a name many people share, outside the term of the Pj who bears it
        ("Pj Bupati Djoko Gunawan", "2023-06-01"),
        # a single short name
        ("Pj Bupati Hanung", "2024-03-04"),
        # a single name (title_only) after the bare title, outside her term
        ("Pj Bupati Zaidirina", "2024-03-04"),
    ],
)
def test_a_bare_acting_title_gives_no_region(extractor: Extractor, mention: str, day: str) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert all(p.org is None and p.canonical == p.text for p in people)
