"""Regional police chiefs added by the gap audit of every Polda (``holders.jsonl``), on
sentences written for these tests: a title resolves to the holder on the date, a short name
after the title takes the holder's full name, a single name is linked only after its title,
and the terms of every Kapolda office follow each other without overlapping.

The tables of titles on their days (and of names in sentences) are rows of
``data/kapolda_gap_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from helpers import terms_follow
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people


def test_no_holder_outside_the_confirmed_window() -> None:
    # Teddy Minahasa Putra was moved on 2022-10-10; his successor took office on 2022-10-18
    assert resolve_title("Kapolda Sumbar", dt.date(2022, 10, 14)) is None
    assert resolve_title("Kapolda Maluku Utara", dt.date(2022, 10, 17)) is not None
    assert resolve_title("Kapolda Maluku Utara", dt.date(2022, 10, 18)) == (
        "Midi Siswoko",
        "Kepala Kepolisian Daerah Maluku Utara",
        "Kepolisian Negara Republik Indonesia",
    )


def test_terms_of_every_kapolda_office_follow_each_other() -> None:
    people = default_people()
    offices = [office for office in people.by_office if office.startswith("kapolda-")]
    assert len(offices) >= 33
    for office in offices:
        assert terms_follow(people, office), office


def test_a_short_name_after_the_title_takes_the_full_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda Kalbar Irjen Pol Suryanbodo meninjau posko banjir di Sintang.",
        published="2022-11-08",
    )
    person = next(e for e in record.entities if e.text == "Suryanbodo")
    assert person.canonical == "Suryanbodo Asmoro"
    assert person.org == "Kepolisian Negara Republik Indonesia"
    other = extractor.extract(
        "Kapolda NTT Irjen Pol Johanis Asadoma membuka lomba tinju pelajar di Kupang.",
        published="2023-06-10",
    )
    chief = next(e for e in other.entities if e.text == "Johanis Asadoma")
    assert chief.canonical == "Johni Asadoma"
    assert chief.role == "Kepala Kepolisian Daerah Nusa Tenggara Timur"


def test_a_single_name_chief_is_linked_only_after_the_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Kapolda Banten Brigjen Pol Hengki meninjau pos pengamanan di Merak.",
        published="2025-09-12",
    )
    chief = next(e for e in titled.entities if e.text == "Hengki")
    assert chief.role == "Kepala Kepolisian Daerah Banten"
    bare = extractor.extract(
        "Hengki, pedagang bakso di Serang, mengeluhkan harga daging sapi.",
        published="2025-09-12",
    )
    assert all(e.role != "Kepala Kepolisian Daerah Banten" for e in bare.entities)
