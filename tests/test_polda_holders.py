"""Regional police chiefs (Kapolda) of 2014-2021 added by the polda lane (``holders.jsonl`` lines;
each line's ``note`` names its pages), on mentions and titles written for this test
(``data/polda_holder_cases.jsonl``): a title and a name written short or a letter or two off
give the holder's full name, the role and Polri; a bare title names the holder of the day and
nobody outside the days the pages confirm; an unknown name after a title held that day takes no
post."""

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
    terms_follow,
)
from pmk_extract import Extractor
from pmk_extract.kb import default_people

CASES = load_cases(Path(__file__).parent / "data" / "polda_holder_cases.jsonl")
LANE = "polda lane (issue 18"
POLRI = "Kepolisian Negara Republik Indonesia"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(LANE)]
    assert len(lines) >= 60
    for holder in lines:
        assert holder["office"].startswith("kapolda-"), holder
        assert "source:" in holder["note"], holder
        assert holder["start"] is not None and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"], holder


def test_the_terms_of_every_kapolda_office_follow_each_other() -> None:
    people = default_people()
    offices = [office for office in people.by_office if office.startswith("kapolda-")]
    for office in offices:
        assert terms_follow(people, office), office


@pytest.mark.parametrize("day", ["2016-06-01", "2019-06-01"])
def test_most_kapolda_offices_have_a_holder_on_the_measure_days(day: str) -> None:
    offices = [o["id"] for o in gazetteer_lines("offices.jsonl") if o["id"].startswith("kapolda-")]
    held = {
        h["office"]
        for h in gazetteer_lines("holders.jsonl")
        if h["office"].startswith("kapolda-") and h["start"] <= day <= (h["end"] or "9999")
    }
    assert len(held & set(offices)) >= 10


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day", "holder"),
    [
        ("Kapolda Metro Jaya Irjen Budi Santoso", "2017-02-01", "Mochamad Iriawan"),
        ("Kapolda Jatim Irjen Pol Hendra Kurniawan", "2019-06-01", "Luki Hermawan"),
        ("Kapolda Sumut Irjen Andi Wijaya", "2017-02-20", "Rycko Amelza Dahniel"),
        ("Kapolda Papua Barat Brigjen Yohanes Kaize", "2018-03-05", "Rudolf Alberth Rodja"),
        ("Kapolda Jabar Irjen Dedi Supriadi", "2016-08-11", "Bambang Waskito"),
    ],
)
def test_an_unknown_name_after_the_title_takes_no_post(
    extractor: Extractor, mention: str, day: str, holder: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert people
    assert all(p.canonical != holder and p.matched != "fuzzy" for p in people)
    assert all(p.role is None or not p.role.startswith("Kepala Kepolisian Daerah") for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kapolda Metro Jaya", "2016-03-20", "Muhammad Tito Karnavian"),
        ("Kapolda Metro Jaya", "2016-03-21", "Moechgiyarto"),
        ("Kepala Polda Metro Jaya", "2019-06-01", "Gatot Eddy Pramono"),
        ("Kapolda Jateng", "2016-06-01", "Condro Kirono"),
        ("Kapolda Jawa Timur", "2017-01-04", "Machfud Arifin"),
        ("Kapolda Jatim", "2019-06-01", "Luki Hermawan"),
        ("Kapolda Sumut", "2018-08-20", "Agus Andrianto"),
        ("Kapolda Jabar", "2016-06-01", "Bambang Waskito"),
        ("Kapolda Sumsel", "2019-06-01", "Zulkarnain Adinegara"),
        ("Kapolda Lampung", "2019-06-01", "Purwadi Arianto"),
        ("Kapolda Papua", "2019-06-01", "Rudolf Alberth Rodja"),
        ("Kapolda Papua Barat", "2019-06-01", "Herry Rudolf Nahak"),
        ("Kapolda Riau", "2019-06-01", "Widodo Eko Prihastopo"),
        ("Kapolda Kepri", "2019-01-02", "Andap Budhi Revianto"),
        ("Kapolda Bali", "2019-06-01", "Petrus Reinhard Golose"),
        ("Kapolda Sulut", "2016-06-01", "Wilmar Marpaung"),
        ("Kapolda Sulbar", "2016-06-01", "Lukman Wahyu Hariyanto"),
        ("Kapolda Sumsel", "2019-06-24", "Zulkarnain Adinegara"),
        ("Kapolda Sumsel", "2019-06-25", "Firli Bahuri"),
        ("Kapolda Banten", "2016-06-01", "Ahmad Dofiri"),
        ("Kapolda Banten", "2018-08-19", "Listyo Sigit Prabowo"),
        ("Kapolda NTB", "2016-06-01", "Umar Septono"),
        ("Kapolda NTT", "2019-06-01", "Raja Erizman"),
        ("Kapolda Sulsel", "2019-06-01", "Hamidin"),
        ("Kapolda Kaltim", "2016-06-01", "Safaruddin"),
        ("Kapolda Kalteng", "2016-06-01", "Fakhrizal"),
        ("Kapolda Sumbar", "2019-06-01", "Fakhrizal"),
        ("Kapolda Sultra", "2019-06-01", "Iriyanto"),
        ("Kapolda Sulteng", "2019-06-01", "Lukman Wahyu Hariyanto"),
        ("Kapolda Kalbar", "2019-06-01", "Didi Haryono"),
        ("Kapolda Kalsel", "2019-06-01", "Yazid Fanani"),
        ("Kapolda DIY", "2019-06-01", "Ahmad Dofiri"),
        ("Kapolda Papua Tengah", "2025-06-01", "Alfred Papare"),
        ("Kapolda Papua Barat Daya", "2025-02-01", "Gatot Haribowo"),
        ("Kapolda Papua", "2025-06-01", "Petrus Patrige Rudolf Renwarin"),
        ("Kapolda Sumbar", "2025-06-01", "Gatot Tri Suryanta"),
        ("Kapolda Jambi", "2025-06-01", "Krisno Halomoan Siregar"),
        ("Kapolda Bengkulu", "2025-06-01", "Mardiyono"),
        ("Kapolda Kaltim", "2025-06-01", "Endar Priantoro"),
        ("Kapolda Kalteng", "2025-06-01", "Iwan Kurniawan"),
        ("Kapolda DIY", "2022-06-01", "Asep Suhendar"),
        ("Kapolda Sulut", "2022-06-01", "Mulyatno"),
        ("Kapolda Sulut", "2021-11-11", "Nana Sudjana"),
        ("Kapolda Kalteng", "2022-06-01", "Nanang Avianto"),
        ("Kapolda Kepri", "2025-06-01", "Asep Safrudin"),
        ("Kapolda Kalbar", "2025-06-01", "Pipit Rismanto"),
        ("Kapolda Riau", "2025-06-01", "Herry Heryawan"),
        ("Kapolda Papua Barat", "2025-06-01", "Johnny Eddizon Isir"),
        ("Kapolda Gorontalo", "2019-06-01", "Rachmad Fudail"),
        ("Kapolda Gorontalo", "2019-11-08", "Wahyu Widada"),
        ("Kapolda Gorontalo", "2022-06-01", "Akhmad Wiyagus"),
        ("Kapolda Lampung", "2022-06-01", "Hendro Sugiatno"),
        ("Kapolda Lampung", "2022-06-30", "Akhmad Wiyagus"),
        ("Kapolda Sultra", "2025-06-01", "Didik Agung Widjanarko"),
        ("Kapolda Kaltara", "2019-06-01", "Indrajit"),
        ("Kapolda Sulbar", "2025-06-01", "Adang Ginanjar"),
        ("Kapolda Babel", "2020-11-03", "Anang Syarif Hidayat"),
        ("Kapolda Aceh", "2016-06-01", "Husein Hamidi"),
        ("Kapolda Aceh", "2019-06-01", "Rio Septianda Djambak"),
        ("Kapolda Jabar", "2019-06-01", "Rudy Sufahriadi"),
        ("Kapolda Jabar", "2018-06-01", "Agung Budi Maryoto"),
        ("Kapolda Papua Barat Daya", "2025-06-01", "Gatot Haribowo"),
        ("Kapolda Sumut", "2016-06-01", "Raden Budi Winarso"),
        ("Kapolda Sulteng", "2016-06-01", "Rudy Sufahriadi"),
        ("Kapolda Sulsel", "2016-06-01", "Anton Charliyan"),
        ("Kapolda Sulut", "2018-06-01", "Bambang Waskito"),
        ("Kapolda Sulut", "2019-06-01", "Remigius Sigid Tri Hardjanto"),
        ("Kapolda NTB", "2019-06-01", "Nana Sudjana"),
        ("Kapolda Maluku", "2019-06-01", "Royke Lumowa"),
        ("Kapolda Maluku", "2020-06-01", "Baharudin Djafar"),
        ("Kapolda Sulbar", "2019-06-01", "Baharudin Djafar"),
        ("Kapolda Kalsel", "2021-06-01", "Rikwanto"),
        ("Kapolda Jambi", "2019-06-01", "Muchlis AS"),
    ],
)
def test_a_bare_title_names_the_holder_of_the_day(title: str, day: str, holder: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Polda Sulawesi Barat was split from Polda Sulselbar in May 2016
        ("Kapolda Sulbar", "2016-03-01"),
        ("Kapolda Sulawesi Barat", "2016-05-30"),
        # the Poldas of Papua Tengah and Papua Barat Daya were formed in November 2024
        ("Kapolda Papua Barat Daya", "2023-06-01"),
        ("Kapolda Papua Tengah", "2024-06-01"),
    ],
)
def test_nobody_outside_the_confirmed_terms(title: str, day: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) is None


def test_a_holder_keeps_polri_as_organisation(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda Sumsel Irjen Zulkarnain meninjau pos pengamanan di Jakabaring.",
        published="2018-06-04",
    )
    chief = next(e for e in record.entities if e.text == "Zulkarnain")
    assert chief.canonical == "Zulkarnain Adinegara"
    assert chief.org == POLRI


def test_the_new_poldas_of_papua_have_their_own_office() -> None:
    offices = {o["id"]: o for o in gazetteer_lines("offices.jsonl")}
    for province in ("Papua Tengah", "Papua Barat Daya"):
        office = offices["kapolda-" + province.lower().replace(" ", "-")]
        assert office["role"] == "Kepala Kepolisian Daerah " + province
        assert f"Kapolda {province}" in office["titles"]
        assert office["valid_from"] == "2024-11-11"
    # the longer title is its own office: Papua Barat's chief is not Papua Barat Daya's
    day = dt.date(2025, 2, 1)
    assert holder_name("Kapolda Papua Barat Daya", day) == "Gatot Haribowo"
    assert holder_name("Kapolda Papua Barat", day) != "Gatot Haribowo"
