"""Regional military commanders added by the gap audit of every Kodam (``holders.jsonl``), on
sentences written for these tests: a title resolves to the holder on the date, a single name
is linked only after its title, and the terms of every Pangdam office follow each other.

The tables of titles on their days (and of names in sentences) are rows of
``data/pangdam_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from helpers import terms_follow
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people


def test_a_hand_over_day_starts_the_successors_term() -> None:
    # Kodam I/BB, VI/Mlw and XIII/Mdk changed hands at Mabesad on 2025-12-11
    assert resolve_title("Pangdam XIII/Merdeka", dt.date(2025, 12, 10)) == (
        "Suhardi",
        "Panglima Komando Daerah Militer XIII/Merdeka",
        "Tentara Nasional Indonesia",
    )
    successor = resolve_title("Pangdam XIII/Merdeka", dt.date(2025, 12, 11))
    assert successor is not None and successor[0] == "Mirza Agus"


def test_terms_of_every_pangdam_office_follow_each_other() -> None:
    people = default_people()
    offices = [office for office in people.by_office if office.startswith("pangdam-")]
    assert len(offices) >= 15
    for office in offices:
        assert terms_follow(people, office), office


def test_a_single_name_commander_is_linked_only_after_the_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Pangdam XVI/Pattimura Mayjen TNI Syafrial meninjau latihan prajurit di Ambon.",
        published="2023-11-20",
    )
    chief = next(e for e in titled.entities if e.text == "Syafrial")
    assert chief.role == "Panglima Komando Daerah Militer XVI/Pattimura"
    assert chief.org == "Tentara Nasional Indonesia"
    bare = extractor.extract(
        "Syafrial, nelayan di Tulehu, mengeluhkan harga solar yang naik.",
        published="2023-11-20",
    )
    assert all(e.role != "Panglima Komando Daerah Militer XVI/Pattimura" for e in bare.entities)
