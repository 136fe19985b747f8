"""Acting terms (Pj./Plt. heads between two elected ones): data, lookups and roles.

The sentences are written for these tests; the holders are the shipped data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pmk_extract import Extractor
from pmk_extract.components.officials import resolve_title
from pmk_extract.errors import DataFileError
from pmk_extract.people import default_people


def test_an_acting_term_fills_the_gap_and_names_its_post() -> None:
    people = default_people()
    office = people.offices["gubernur-jawa-barat"]
    acting = people.holder(office.id, dt.date(2024, 1, 10))
    assert acting is not None and acting.acting == "Penjabat"
    assert acting.role(office) == "Penjabat Gubernur Jawa Barat"
    elected = people.holder(office.id, dt.date(2025, 3, 1))
    assert elected is not None and elected.acting is None
    assert elected.role(office) == "Gubernur Jawa Barat"


def test_a_bare_title_gives_the_acting_holder_with_the_acting_post() -> None:
    assert resolve_title("Gubernur Lampung", dt.date(2024, 7, 1)) == (
        "Samsudin",
        "Penjabat Gubernur Lampung",
        "Pemerintah Provinsi Lampung",
    )
    assert resolve_title("Gubernur Lampung", dt.date(2025, 3, 1)) == (
        "Rahmat Mirzani Djausal",
        "Gubernur Lampung",
        "Pemerintah Provinsi Lampung",
    )


@pytest.mark.parametrize(
    ("text", "published", "name", "canonical", "role"),
    [
        # the acting post written before the title
        (
            "Pj Gubernur Jawa Barat Bey Machmudin meninjau lokasi banjir di Bandung.",
            "2024-03-01",
            "Bey Machmudin",
            "Bey Triadi Machmudin",
            "Penjabat Gubernur Jawa Barat",
        ),
        # the press often drops "Pj": the holder on the date is still the acting one
        (
            "Gubernur Sumut Hassanudin membuka acara itu di Medan.",
            "2024-01-15",
            "Hassanudin",
            "Hassanudin",
            "Penjabat Gubernur Sumatera Utara",
        ),
        # the same person as acting governor of another province half a year later
        (
            "Gubernur NTB Hassanudin meninjau persiapan pilkada.",
            "2024-10-01",
            "Hassanudin",
            "Hassanudin",
            "Penjabat Gubernur Nusa Tenggara Barat",
        ),
        # "Plt." written: the text's post is kept
        (
            "Plt Gubernur Sulsel Andi Sudirman Sulaiman menerima tamu.",
            "2021-06-01",
            "Andi Sudirman Sulaiman",
            "Andi Sudirman Sulaiman",
            "Pelaksana Tugas Gubernur Sulawesi Selatan",
        ),
        # an acting post held beside the elected holder (campaign leave, 2020): the name is not
        # checked against the elected holder's
        (
            "Pjs Gubernur Sumatera Barat Hansastri meninjau lokasi banjir.",
            "2020-10-15",
            "Hansastri",
            "Hansastri",
            "Penjabat Sementara Gubernur Sumatera Barat",
        ),
        # an elected holder keeps the plain title
        (
            "Gubernur Aceh Muzakir Manaf meresmikan jembatan.",
            "2025-03-01",
            "Muzakir Manaf",
            "Muzakir Manaf",
            "Gubernur Aceh",
        ),
    ],
)
def test_titled_mentions_of_acting_and_elected_governors(
    extractor: Extractor, text: str, published: str, name: str, canonical: str, role: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [(name, canonical, role)]


def test_a_former_holder_after_the_title_keeps_the_plain_title(extractor: Extractor) -> None:
    # the acting holder on that date is another person: no acting post for this name
    record = extractor.extract("Gubernur Jabar Ridwan Kamil memberi sambutan.", "2024-03-01")
    people = [(e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert people == [("Ridwan Kamil", "Gubernur Jawa Barat")]


def test_an_unknown_acting_post_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gazetteers").mkdir()
    (tmp_path / "gazetteers" / "offices.jsonl").write_text(
        '{"id": "g", "role": "Gubernur X", "org": null, "titles": ["Gubernur X"]}\n',
        encoding="utf-8",
    )
    (tmp_path / "gazetteers" / "holders.jsonl").write_text(
        '{"office": "g", "name": "A B", "start": "2020-01-01", "end": null}\n'
        '{"office": "g", "name": "C D", "start": "2019-01-01", "end": "2019-12-31",'
        ' "acting": "Pj."}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    with pytest.raises(DataFileError) as info:
        default_people.__wrapped__()
    assert "holders.jsonl:2" in str(info.value) and "acting" in str(info.value)
