"""Regional police and military command heads as news write them: a table of mentions
written for these tests (``tests/data/command_holder_cases.jsonl``: the mention, the
published date, the person as written, the holder's full name in the knowledge base where
it holds one, the role and the organisation). Kapolda and Pangdam are sourced holders;
Danrem, Dandim, Danramil and Kapolsek (invented names) get role and organisation from the
command-title pattern alone. The sourced terms' boundaries: a bare title resolves to the
holder on the date and to nobody outside the confirmed terms."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest

from helpers import expected_person, holder_name, load_cases, mention_people
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.kb import default_people

CASES = Path(__file__).parent / "data" / "command_holder_cases.jsonl"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_a_titled_mention_gets_person_role_and_org(
    extractor: Extractor, case: dict[str, Any]
) -> None:
    assert mention_people(extractor, case) == [expected_person(case)]


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Kapolda Jambi", dt.date(2021, 1, 4), "Albertus Rachmad Wibowo"),
        ("Kapolda Jambi", dt.date(2022, 10, 18), "Rusdi Hartono"),
        ("Kapolda Sulsel", dt.date(2021, 11, 16), "Nana Sudjana"),
        ("Kepala Polda Sulawesi Selatan", dt.date(2021, 11, 15), "Merdisyam"),
        ("Kapolda Maluku Utara", dt.date(2022, 3, 1), "Risyapudin Nursin"),
        ("Kapolda Lampung", dt.date(2024, 1, 2), "Helmy Santika"),
        ("Kapolda Jatim", dt.date(2022, 10, 18), "Toni Harmanto"),
        ("Kapolda Sumut", dt.date(2021, 3, 4), "Panca Putra Simanjuntak"),
        ("Kapolda Papua", dt.date(2020, 5, 1), "Paulus Waterpauw"),
        ("Kapolda Bali", dt.date(2025, 1, 1), "Daniel Adityajaya"),
        ("Kapolda Kalsel", dt.date(2020, 11, 19), "Nico Afinta"),
        ("Kapolda Kalsel", dt.date(2020, 11, 20), "Rikwanto"),
        ("Pangdam Jaya", dt.date(2022, 6, 1), "Untung Budiharto"),
        ("Pangdam Jaya/Jayakarta", dt.date(2023, 3, 24), "Mohamad Hasan"),
        ("Pangdam IM", dt.date(2024, 6, 1), "Niko Fahrizal"),
        ("Pangdam Iskandar Muda", dt.date(2022, 6, 1), "Mohamad Hasan"),
        ("Pangdam I/BB", dt.date(2024, 1, 5), "Mochammad Hasan"),
        ("Pangdam Brawijaya", dt.date(2024, 1, 5), "Rafael Granada Baay"),
        ("Pangdam IV/Diponegoro", dt.date(2023, 8, 1), "Widi Prasetijono"),
        ("Pangdam XIV/Hasanuddin", dt.date(2024, 6, 1), "Bobby Rinal Makmun"),
        ("Pangdam Cenderawasih", dt.date(2022, 5, 1), "Teguh Muji Angkasa"),
        ("Kapolda Sumsel", dt.date(2021, 8, 31), "Toni Harmanto"),
        ("Kapolda Maluku", dt.date(2024, 7, 29), "Eddy Sumitro Tambunan"),
        ("Kapolda Gorontalo", dt.date(2024, 2, 29), "Pudji Prasetijanto Hadi"),
        ("Pangdam VI/Mulawarman", dt.date(2025, 6, 24), "Rudy Rachmat Nugraha"),
    ],
)
def test_a_bare_title_resolves_to_the_holder_on_the_date(
    title: str, day: dt.date, holder: str
) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # before the first sourced term, and between a telegram's day and the successor's
        # hand-over (not confirmed): nobody
        ("Kapolda Jambi", dt.date(2017, 6, 1)),
        ("Kapolda Sulsel", dt.date(2025, 10, 10)),
        ("Pangdam Jaya", dt.date(2024, 10, 1)),
    ],
)
def test_outside_the_sourced_terms_a_title_names_nobody(title: str, day: dt.date) -> None:
    assert resolve_title(title, day) is None


def test_every_province_police_and_every_kodam_has_an_office() -> None:
    offices = default_people().offices
    kapolda = [o for o in offices if o.startswith("kapolda-")]
    pangdam = [o for o in offices if o.startswith("pangdam-")]
    assert len(kapolda) >= 34 and len(pangdam) >= 15
    for office in (*kapolda, *pangdam):
        assert offices[office].org in {"polri", "tni"}


def test_terms_of_each_command_follow_each_other() -> None:
    people = default_people()
    for office, terms in people.by_office.items():
        if not office.startswith(("kapolda-", "pangdam-")):
            continue
        ordered = sorted(terms, key=lambda h: h.start or dt.date.min)
        for before, after in itertools.pairwise(ordered):
            assert before.end is not None and after.start is not None, office
            assert before.end < after.start, office


def test_a_longer_province_after_a_kapolda_title_keeps_its_own_role(extractor: Extractor) -> None:
    # "Kapolda Papua" is an office title; "Kapolda Papua Barat Daya" names another Polda
    # (the name is the recorded first chief of that Polda, polda lane)
    record = extractor.extract(
        "Kapolda Papua Barat Daya Brigjen Pol Gatot Haribowo meninjau lokasi banjir.",
        published="2025-03-01",
    )
    chief = next(e for e in record.entities if e.text == "Gatot Haribowo")
    assert chief.role == "Kepala Kepolisian Daerah Papua Barat Daya"
    assert chief.canonical == "Gatot Haribowo"
