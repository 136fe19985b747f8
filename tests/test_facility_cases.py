"""Heads of a region's district-level facilities (``tests/data/facility_cases.jsonl``,
sentences written for this test).

- a district's name after a facility's head ("Puskesmas", "Puskesmas Kecamatan") that the
  gazetteer also reads as a city ("Depok", "Kediri"), then a regency or city written after
  it, is the district of that region: its government, never the city of the same name; when
  the written region has no district of that name the facility gets no organisation;
- a village's health centre written with its district ("Puskesmas <village> Kecamatan
  <district>", a regency or city after it or not) is the district's regency's or city's: the
  district a name after "Kecamatan" names when one district alone has it, else the one in
  the region written after it; a name several districts share gives no organisation;
- a district written after "Kecamatan" with its regency, city or province after it (between
  commas or not) is the district that lies there, its government's (Jakarta's: the
  province's); the same for a regency's or city's education unit of a district ("UPT/UPTD
  Pendidikan Kecamatan X", "Korwil Pendidikan Kecamatan X");
- a numbered centre of a district ("Puskesmas X 2", "Puskesmas X II") with its regency or
  city after it, between commas or not, is that region's when the district lies there;
- a place whose districts are all its parts ("Tarogong": Tarogong Kidul, Tarogong Kaler)
  written after a facility's head with no comma names the facility, never opens the
  holder's name (no organisation: which part is not said);
- a district's office named by a district name one regency alone has is that regency's
  unless the text names regions and none holds it (another regency or city, or only another
  province; the dateline of its own province's seat says nothing): then it is a village's
  centre of the text's region, and gets no organisation;
- a regional hospital written out with its short form in brackets, then honorifics and the
  name of the person it is named after ("Rumah Sakit Umum Daerah (RSUD) dr. X"), is the
  hospital named so: that name is never its director's, who follows; its owner only when
  its seat is written with its kind.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "facility_cases.jsonl")


def test_every_mention_gives_the_expected_person_and_org(extractor: Extractor) -> None:
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, CASES, mention_outcome) if not ok]
    assert wrong == []


def _orgs(extractor: Extractor, text: str, name: str) -> list[str | None]:
    record = next(
        iter(extractor.extract_many([{"id": "1", "text": text, "published": "2024-03-11"}]))
    )
    return [e.org for e in record.entities if e.label == "PERSON" and e.canonical == name]


def test_a_district_named_office_of_another_region_of_the_text_has_no_org(
    extractor: Extractor,
) -> None:
    # "Tempeh" is a district of Lumajang alone: a text about another regency or city (or
    # only another province) names a village's centre so, never Lumajang's
    for lead in (
        "Dinas Kesehatan Kabupaten Ciamis menggelar vaksinasi.",
        "Wali Kota Malang meninjau vaksinasi.",
        "BANDUNG - Gubernur meninjau vaksinasi.",
    ):
        text = f"{lead} Kepala Puskesmas Tempeh, Wayan Arsana, mengatakan stok vaksin cukup."
        assert _orgs(extractor, text, "Wayan Arsana") == [None], lead


def test_a_district_named_office_keeps_its_regency_the_text_names_or_leaves_open(
    extractor: Extractor,
) -> None:
    for lead in (
        "Dinas Kesehatan Kabupaten Lumajang menggelar vaksinasi.",
        "SURABAYA - Gubernur meninjau vaksinasi.",  # its province's seat: no other region
        "Gubernur Jawa Timur meninjau vaksinasi.",
        "Vaksinasi digelar pekan ini.",
    ):
        text = f"{lead} Kepala Puskesmas Tempeh, Wayan Arsana, mengatakan stok vaksin cukup."
        assert _orgs(extractor, text, "Wayan Arsana") == ["Pemerintah Kabupaten Lumajang"], lead
