"""Police and military office holders (``holders.jsonl``): the national chiefs, the
regional police chiefs (Kapolda) and a regional military commander (Pangdam), on sentences
written for these tests. A title resolves to the holder on the published date, a title and
a name take the holder's full name, and a date outside the sourced terms resolves to nobody.

The tables of titles on their days (and of names in sentences) are rows of
``data/police_military_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

import datetime as dt

from helpers import holder_name, terms_follow
from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people

_KAPOLDA_OFFICES = (
    "kapolda-jawa-tengah",
    "kapolda-jawa-timur",
    "kapolda-jawa-barat",
    "kapolda-metro-jaya",
    "kapolda-di-yogyakarta",
)


def test_a_term_ends_on_its_last_day() -> None:
    # Rycko Amelza Dahniel handed Polda Jawa Tengah over on 2020-05-08
    assert resolve_title("Kapolda Jateng", dt.date(2020, 5, 7)) == (
        "Rycko Amelza Dahniel",
        "Kepala Kepolisian Daerah Jawa Tengah",
        "Kepolisian Negara Republik Indonesia",
    )
    successor = resolve_title("Kapolda Jateng", dt.date(2020, 5, 8))
    assert successor is not None and successor[0] == "Ahmad Luthfi"
    # no page confirms the day between Ahmad Luthfi's last one and his successor's first
    assert resolve_title("Kapolda Jateng", dt.date(2024, 7, 30)) is None
    # Ahmad Dofiri retired as Wakapolri on 2025-06-30; the post was vacant until 2025-08-16
    assert resolve_title("Wakapolri", dt.date(2025, 7, 15)) is None


def test_terms_of_one_police_office_follow_each_other() -> None:
    people = default_people()
    for office in (*_KAPOLDA_OFFICES, "wakapolri", "pangdam-iv-diponegoro"):
        assert terms_follow(people, office), office


def test_title_rank_and_name_take_the_holders_full_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Kapolda Metro Irjen Pol Fadil Imran memimpin apel pasukan di Monas.",
        published="2021-12-20",
    )
    person = next(e for e in record.entities if e.text == "Fadil Imran")
    assert person.canonical == "Mohammad Fadil Imran"
    assert person.role == "Kepala Kepolisian Daerah Metro Jaya"
    assert person.org == "Kepolisian Negara Republik Indonesia"
    short = extractor.extract(
        "Kapolda Jateng Irjen Luthfi meninjau pos pengamanan mudik di Brebes.",
        published="2023-04-15",
    )
    luthfi = next(e for e in short.entities if e.text == "Luthfi")
    assert luthfi.canonical == "Ahmad Luthfi"
    assert luthfi.role == "Kepala Kepolisian Daerah Jawa Tengah"


def test_a_bare_title_in_a_quote_cue_names_the_holder(extractor: Extractor) -> None:
    record = extractor.extract(
        "“Personel kami siagakan di semua jalur,” kata Kapolda Jatim di Surabaya.",
        published="2021-06-01",
    )
    assert [q.speaker for q in record.quotes] == ["Nico Afinta"]
    deputy = extractor.extract(
        "“Personel kami siagakan di semua jalur,” kata Wakil Kapolda Jatim di Surabaya.",
        published="2021-06-01",
    )
    assert all(q.speaker != "Nico Afinta" for q in deputy.quotes)


def test_a_single_name_is_linked_only_after_its_title(extractor: Extractor) -> None:
    titled = extractor.extract(
        "Kapolda Metro Jaya Irjen Karyoto meninjau lokasi banjir di Kampung Melayu.",
        published="2024-02-10",
    )
    chief = next(e for e in titled.entities if e.text == "Karyoto")
    assert chief.role == "Kepala Kepolisian Daerah Metro Jaya"
    bare = extractor.extract(
        "Karyoto (52), pedagang sayur di Pasar Minggu, mengeluhkan harga cabai.",
        published="2024-02-10",
    )
    assert all(e.role != "Kepala Kepolisian Daerah Metro Jaya" for e in bare.entities)


def test_a_regional_military_commander(extractor: Extractor) -> None:
    record = extractor.extract(
        "Pangdam IV Diponegoro Mayjen Widi meninjau latihan menembak di Magelang.",
        published="2022-09-01",
    )
    commander = next(e for e in record.entities if e.text == "Widi")
    assert commander.canonical == "Widi Prasetijono"
    assert commander.role == "Panglima Komando Daerah Militer IV/Diponegoro"
    assert commander.org == "Tentara Nasional Indonesia"
    assert holder_name("Pangdam IV/Diponegoro", dt.date(2021, 7, 1)) == "Rudianto"
    # between Rudianto's last day and his successor's hand-over nobody is confirmed
    assert resolve_title("Pangdam IV/Diponegoro", dt.date(2022, 4, 1)) is None
