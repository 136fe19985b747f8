"""Regional military commanders (Pangdam) added by the kodam lane of issue 18 (``holders.jsonl``
lines; each line's ``note`` names its pages), on mentions and titles written for this test
(``data/kodam_holder_cases.jsonl``): a Pangdam title in the forms the press writes and a name
(whole, short, an alias or a spelling off) give the holder's full name, the command's role and
the TNI; a bare title names the holder of the day and nobody outside the days the pages
confirm; an unknown name after a title held that day is not the holder and takes no post."""

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

CASES = load_cases(Path(__file__).parent / "data" / "kodam_holder_cases.jsonl")
LANE = "kodam lane (issue 18"


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if h.get("note", "").startswith(LANE)]
    assert len(lines) >= 41
    for holder in lines:
        assert "source:" in holder["note"] or "window:" in holder["note"], holder
        assert holder["start"] is not None and holder["end"] is not None, holder
        assert holder["start"] <= holder["end"], holder


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("mention", "day", "holder"),
    [
        ("Pangdam III/Siliwangi Mayjen TNI Bambang Suryadi", "2019-06-01", "Tri Soewandono"),
        ("Pangdam Jaya Mayjen TNI Hendra Gunawan", "2019-06-01", "Eko Margiyono"),
        ("Pangdam IM Mayjen TNI Teguh Santoso", "2019-06-01", "Teguh Arief Indratmoko"),
        ("Pangdam V/Brawijaya Mayjen TNI Arif Santoso", "2018-06-01", "Arif Rahman"),
        ("Pangdam IV/Diponegoro Mayjen TNI Wuryanto Hadi", "2018-11-20", "Wuryanto"),
        # another Kodam's commander of the day after the title
        ("Pangdam I/BB Mayjen TNI Teguh Arief", "2019-06-01", "Muhammad Sabrar Fadhilah"),
    ],
)
def test_an_unknown_or_other_name_after_the_title_is_not_the_holder(
    extractor: Extractor, mention: str, day: str, holder: str
) -> None:
    records = extract_cases(extractor, [{"mention": mention, "published": day}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert people
    assert all(p.canonical != holder and p.matched != "fuzzy" for p in people)
    assert all(p.role is None or not p.role.startswith("Panglima Komando") for p in people)


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Pangdam I/Bukit Barisan", "2016-06-01", "Lodewyk Pusung"),
        ("Pangdam I/BB", "2019-06-01", "Muhammad Sabrar Fadhilah"),
        ("Pangdam I/Bukit Barisan", "2022-06-01", "Achmad Daniel Chardin"),
        ("Pangdam Iskandar Muda", "2019-06-01", "Teguh Arief Indratmoko"),
        ("Pangdam IM", "2018-03-23", "Abdul Hafil Fuddin"),
        ("Pangdam IM", "2018-03-22", "Moch Fachrudin"),
        ("Pangdam Jaya", "2019-06-01", "Eko Margiyono"),
        ("Pangdam III/Siliwangi", "2019-06-01", "Tri Soewandono"),
        ("Pangdam Siliwangi", "2021-08-21", "Agus Subiyanto"),
        ("Pangdam IV/Diponegoro", "2019-06-01", "Mochamad Effendi"),
        ("Pangdam IV/Diponegoro", "2025-06-01", "Deddy Suryadi"),
        ("Pangdam V/Brawijaya", "2025-06-01", "Rudy Saladin"),
        ("Pangdam IX/Udayana", "2019-06-01", "Benny Susianto"),
        ("Pangdam IX/Udayana", "2018-01-15", "Komaruddin Simanjuntak"),
        ("Pangdam XXI/Radin Inten", "2025-08-10", "Kristomei Sianturi"),
        ("Pangdam Mandala Trikora", "2025-08-10", "Lucky Avianto"),
        ("Kapuspen TNI", "2025-06-01", "Kristomei Sianturi"),
        ("Pangdam IX/Udayana", "2022-01-30", "Maruli Simanjuntak"),
    ],
)
def test_a_bare_title_names_the_holder_of_the_day(title: str, day: str, holder: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # between Eko Margiyono's move to Kostrad and the first page naming Dudung Abdurachman
        ("Pangdam Jaya", "2020-09-15"),
        # between Besar Harto Karyawan's move to Kostrad and Tri Soewandono's first day
        ("Pangdam III/Siliwangi", "2018-12-05"),
        # no page dates Hassanudin's arrival in Aceh
        ("Pangdam Iskandar Muda", "2020-06-01"),
        # after the last page naming Mochamad Effendi and before Rudianto's recorded term
        ("Pangdam IV/Diponegoro", "2020-09-01"),
        # the Kodam and the three-star Kopassus post date from 2025-08-10
        ("Pangdam Tuanku Tambusai", "2025-08-09"),
        ("Pangkopassus", "2025-08-09"),
    ],
)
def test_nobody_outside_the_confirmed_terms(title: str, day: str) -> None:
    assert holder_name(title, dt.date.fromisoformat(day)) is None


@pytest.mark.parametrize(
    "title",
    ["Pangdam XIX Tuanku Tambusai", "Pangdam Tuanku Tambusai", "Pangdam XIX/Tuanku Tambusai"],
)
def test_a_new_kodam_s_title_forms_give_the_numbered_role(extractor: Extractor, title: str) -> None:
    record = extractor.extract(
        f"{title} Mayjen TNI Agus Hadi Waluyo hadir.", published="2025-08-10"
    )
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.role for p in people] == ["Panglima Komando Daerah Militer XIX/Tuanku Tambusai"]
