"""Table-driven tests of the pure date API (``pmk_extract.dates``)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmk_extract.dates import Dateline, DateMatch, find_dateline, find_dates
from pmk_extract.errors import InputError

_CASES_PATH = Path(__file__).parent / "data" / "date_cases.jsonl"
_OPTIONAL_FIELDS = ("granularity", "weekday_mismatch", "time", "utc_offset", "part_of_day")


def _load_cases() -> list[dict[str, Any]]:
    with _CASES_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CASES = _load_cases()


def _published(raw: str | None) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert sum(1 for case in CASES if not case["expected"]) >= 50


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{i:03d}-{case['text'][:30]}" for i, case in enumerate(CASES)]
)
def test_date_case(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_dates(text, _published(case["published"]))
    assert [(m.text, m.value) for m in found] == [(e["text"], e["value"]) for e in case["expected"]]
    for match, expected in zip(found, case["expected"], strict=True):
        assert text[match.start : match.end] == match.text
        for field in _OPTIONAL_FIELDS:
            if field in expected:
                assert getattr(match, field) == expected[field], field


def test_matches_are_sorted_and_disjoint() -> None:
    text = " ".join(case["text"] for case in CASES)
    found = find_dates(text, dt.date(2022, 3, 9))
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start


def test_no_published_never_uses_today() -> None:
    found = find_dates("hari ini, kemarin, pekan depan, Selasa (8/3), awal Maret, tahun ini")
    assert [m.value for m in found] == [None] * 6


def test_datetime_published_is_accepted() -> None:
    found = find_dates("kemarin", dt.datetime(2022, 3, 9, 23, 59))
    assert found[0].value == "2022-03-08"


def test_bad_input_raises() -> None:
    with pytest.raises(InputError):
        find_dates(b"kemarin")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        find_dates("kemarin", "2022-03-09")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        find_dateline(b"JAKARTA - Rapat")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        find_dateline("Jakarta, 9 Maret 2022 - Rapat", "2022-03-09")  # type: ignore[arg-type]


def test_date_match_pickles() -> None:
    """Matches cross process boundaries (batch workers) intact."""
    match = find_dates("Selasa (8/3) pukul 10.00 WIB", dt.date(2022, 3, 9))[0]
    assert pickle.loads(pickle.dumps(match)) == match
    line = find_dateline("Jakarta, 9 Maret 2022 – Rapat digelar.", dt.date(2022, 3, 9))
    assert line is not None and pickle.loads(pickle.dumps(line)) == line


def test_date_match_is_frozen() -> None:
    match = find_dates("Selasa (8/3)", dt.date(2022, 3, 9))[0]
    assert isinstance(match, DateMatch)
    with pytest.raises(AttributeError):
        match.value = "x"  # type: ignore[misc]


DATELINES = [
    ("Judul\n\nKEMENKO PMK – Sekretariat Kemenko PMK meraih", "KEMENKO PMK", "KEMENKO PMK –", None),
    ("Judul\n\nCIANJUR – Kepala BNPB tiba", "CIANJUR", "CIANJUR –", None),
    ("Judul\n\nJAKARTA — Kementerian Sosial", "JAKARTA", "JAKARTA —", None),
    (
        "Judul\n\nJakarta, 9 Maret 2022 - Menteri",
        "Jakarta",
        "Jakarta, 9 Maret 2022 -",
        "2022-03-09",
    ),
    ("Judul\n\nJAKARTA, (8/3) – Menteri", "JAKARTA", "JAKARTA, (8/3) –", "2022-03-08"),
    ("Judul\n\nTanjungpinang, 18 Mei 2022 — Menteri", "Tanjungpinang", None, "2022-05-18"),
    ("Judul\n\nJakarta, Sabtu, 20 Agustus 2022\n\nKementerian", "Jakarta", None, "2022-08-20"),
    ("Judul\n\nJakarta, Selasa (8/3) – Menteri", "Jakarta", None, "2022-03-08"),
    ("Judul\n\nBANDA ACEH – Gubernur", "BANDA ACEH", "BANDA ACEH –", None),
    ("Judul\n\nJakarta (ANTARA) - Menteri", "Jakarta", "Jakarta (ANTARA) -", None),
    ("Judul\n\nJAKARTA (8/3) – Menteri", "JAKARTA", "JAKARTA (8/3) –", "2022-03-08"),
    ("KEMENKO PMK – Teks tanpa judul", "KEMENKO PMK", "KEMENKO PMK –", None),
    ("Judul\n\nBandung (7/3) – Wali Kota", "Bandung", "Bandung (7/3) –", "2022-03-07"),
    ("Judul\n\nJakarta (7/3)—Deputi Bidang", "Jakarta", "Jakarta (7/3)—", "2022-03-07"),
    (
        "Judul\n\nJAKARTA (7 Maret 2022) - Presiden",
        "JAKARTA",
        "JAKARTA (7 Maret 2022) -",
        "2022-03-07",
    ),
    ("Bisnis.com, JAKARTA - Kementerian", "JAKARTA", "Bisnis.com, JAKARTA -", None),
    ("MONITOR, Jakarta – Kementerian", "Jakarta", "MONITOR, Jakarta –", None),
    ("JAKARTA, harianmerapi.com - Kepala", "JAKARTA", "JAKARTA, harianmerapi.com -", None),
    ("Jakarta (ANTARA) - Menteri", "Jakarta", "Jakarta (ANTARA) -", None),
    ("PURBALINGGA, INFO – Sebanyak", "PURBALINGGA", "PURBALINGGA, INFO –", None),
    # a byline paragraph before it, and a caption line in the same paragraph
    ("Oleh humas, 7 Maret\n\nSolo (7/3) – Menteri", "Solo", "Solo (7/3) –", "2022-03-07"),
    (
        "Judul\n7 Maret 2022 15:48 WIB\nMenteri (kiri) menyapa warga.\nJakarta (ANTARA) - Menteri",
        "Jakarta",
        "Jakarta (ANTARA) -",
        None,
    ),
]


@pytest.mark.parametrize(("text", "place", "head", "value"), DATELINES)
def test_dateline(text: str, place: str, head: str | None, value: str | None) -> None:
    line = find_dateline(text, dt.date(2022, 3, 9))
    assert isinstance(line, Dateline)
    assert line.place == place
    assert line.place_start is not None and line.place_end is not None
    assert text[line.place_start : line.place_end] == place
    if head is not None:
        assert text[line.start : line.end] == head
    assert (line.date.value if line.date else None) == value


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo melantik Dito Ariotedjo sebagai Menteri.",
        "Judul Berita\n\nPresiden Joko Widodo melantik menteri di Jakarta, Senin (3/4).",
        "",
        "Gempa Cianjur – Korban Bertambah\n\nkorban bertambah.",
        "Judul\n\nJakarta-Bandung ditempuh tiga jam.",
        "TRIBUNJOGJA.COM - Upacara digelar di alun-alun.",  # a site, not a place
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text, dt.date(2022, 3, 9)) is None


def test_dateline_only_in_first_paragraphs() -> None:
    text = "\n\n".join(["Judul", "satu.", "dua.", "tiga.", "JAKARTA – empat."])
    assert find_dateline(text) is None


def test_lexicons_cover_the_calendar() -> None:
    from pmk_extract.dates.lexicon import lexicon

    lex = lexicon()
    full = {n for word, n in lex.months.items() if word not in lex.month_abbrs}
    assert full == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))
    assert set(lex.hijri_months.values()) == set(range(1, 13))
    assert all(len(off) == 6 and off[0] in "+-" for off in lex.timezones.values())
    assert set(lex.modifiers.values()) <= {"begin", "mid", "end"}
    assert set(lex.period_units.values()) == {"day", "week", "month", "year"}
    assert set(lex.directions.values()) <= {-1, 0, 1}


_PIECES = [
    "Senin",
    "(8/3)",
    "(31/2)",
    "2021",
    "Maret",
    "Tahun",
    "pukul",
    "09.30",
    "WIB",
    "kemarin",
    "pekan",
    "depan",
    "akhir",
    "awal",
    ",",
    "-",
    "–",
    "17",
    "s.d.",
    "Minggu",
    "lalu",
    "Nomor",
    "hari",
    "ini",
    "1",
    "Syawal",
    "1445",
    "H",
    "\n\n",
    "JAKARTA",
    "setiap",
    "dua",
    "tahun",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([" ", ""]))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_consistent_offsets(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    found = find_dates(text, dt.date(2022, 3, 9))
    for match in found:
        assert text[match.start : match.end] == match.text
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start
    line = find_dateline(text)
    if line is not None:
        assert line.start <= line.end


def test_dateline_after_share_buttons() -> None:
    text = "Judul\n\nFacebook\nTwitter\nTelegram\nWhatsApp\nEmail\nPrint\nKeterangan foto\n\n"
    text += "Semarang (Humas) – Menteri Agama meresmikan gedung."
    line = find_dateline(text)
    assert line is not None and line.place == "Semarang"


def test_a_byline_before_the_dateline_is_not_one() -> None:
    # "Name - site" alone on its line credits the writer; the dateline comes after it
    text = "Judul Berita\n\nAngling Adhitya Purbaya - detikHealth\n"
    text += "Foto: Ari Saputra\nSemarang - Permasalahan stunting dibahas Menko PMK."
    line = find_dateline(text, dt.date(2019, 11, 3))
    assert line is not None and line.place == "Semarang"
