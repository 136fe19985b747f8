"""Holders of national offices that had none (``holders.jsonl``, natdata lane of issue 18), on
mentions written for this test (``tests/data/natdata_holder_cases.jsonl``: the mention, the
published date, the expected person's full name, role and organisation): Pangkostrad, Wakil
Panglima TNI, the deputy chiefs of staff, the heads of LAN, ANRI, BKF, the Badan Geologi and the
BPTJ, the Jampidmil, and echelon-I heads of the KKP, the Kemendagri and the KLHK (and two
directors-general whose terms ran on past the page that first ended them: Imigrasi,
Perhubungan Darat). A bare title resolves to the holder on the date, and to nobody outside
the sourced terms (a vacancy, or days no page dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from helpers import holder_name, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title

CASES = Path(__file__).parent / "data" / "natdata_holder_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_every_row_comes_out_right(
    outcomes: list[tuple[dict[str, Any], bool, str | None]],
) -> None:
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Pangkostrad", dt.date(2017, 2, 1), "Edy Rahmayadi"),
        ("Pangkostrad", dt.date(2018, 9, 3), "Andika Perkasa"),
        ("Panglima Kostrad", dt.date(2021, 6, 8), "Dudung Abdurachman"),
        ("Pangkostrad", dt.date(2023, 1, 9), "Maruli Simanjuntak"),
        ("Pangkostrad", dt.date(2025, 2, 1), "Mohammad Fadjar"),
        ("Wakasad", dt.date(2023, 5, 2), "Agus Subiyanto"),
        ("Wakil Kepala Staf Angkatan Darat", dt.date(2025, 1, 6), "Tandyo Budi Revita"),
        ("Wakil Panglima TNI", dt.date(2025, 8, 10), "Tandyo Budi Revita"),
        ("Wakasal", dt.date(2024, 2, 5), "Erwin S. Aldedharma"),
        ("Kepala ANRI", dt.date(2016, 1, 4), "Mustari Irawan"),
        ("Kepala BKF", dt.date(2021, 6, 1), "Febrio Nathan Kacaribu"),
        ("Kepala Badan Geologi", dt.date(2024, 6, 3), "Muhammad Wafid"),
        ("Kepala BPTJ", dt.date(2021, 1, 4), "Polana Banguningsih Pramesti"),
        ("Kepala BRSDM KP", dt.date(2019, 6, 3), "Sjarief Widjaja"),
        ("Dirjen Perikanan Tangkap", dt.date(2019, 3, 1), "Zulficar Mochtar"),
        ("Direktur Jenderal Perikanan Tangkap", dt.date(2017, 6, 1), "Sjarief Widjaja"),
        ("Dirjen Perikanan Budidaya", dt.date(2017, 5, 2), "Slamet Soebjakto"),
        ("Dirjen Bina Pemdes", dt.date(2016, 3, 1), "Nata Irawan"),
        ("Dirjen Bina Pemdes", dt.date(2022, 6, 1), "Yusharto Huntoyungo"),
        ("Dirjen Bangda", dt.date(2021, 6, 1), "Hari Nur Cahya Murni"),
        ("Dirjen PSLB3", dt.date(2020, 3, 2), "Rosa Vivien Ratnawati"),
        ("Dirjen PSKL", dt.date(2020, 3, 2), "Bambang Supriyanto"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # vacant between Dudung's swearing-in as KSAD and Maruli's hand-over
        ("Pangkostrad", dt.date(2021, 12, 15)),
        # vacant between Agus Subiyanto's swearing-in as KSAD and Tandyo's appointment
        ("Wakasad", dt.date(2024, 1, 10)),
        # the post was empty from 2000 until 2025
        ("Wakil Panglima TNI", dt.date(2020, 3, 2)),
        # after Zulficar Mochtar's dismissal of 2020-07-13 no page dates a successor
        ("Dirjen Perikanan Tangkap", dt.date(2020, 7, 14)),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None
