"""Regional secretariat and regional government posts written in news style
(``tests/data/regsec_cases.jsonl``, sentences written for this test, one row per rule x way of
writing): the wider region written after a title's own region, between commas or not
("Sekda Kota X, Jawa Tengah, Nama"), a title whose last word begins its place ("Sekretaris
Kabupaten X", "Inspektur Provinsi X"), a secretariat's assistant written before its region
or before the secretary's title ("Asisten II Bidang ... Provinsi X", "Asisten I Sekdaprov
X", "Asda II Kabupaten X", "Asisten Sekda X"), a section's head before the secretary's title
("Kasubag Protokol Sekda X"), a regional head's staff adviser with the field before the
region ("Staf Ahli Gubernur Bidang X Provinsi Y"), the district secretary's short form
("Sekcam X"), a shared district's name before the regency holding one district of that name
("Camat Kecamatan Wonosari Kabupaten Gunungkidul"), an acting prefix with its short form in
brackets ("Penjabat (Pj) Sekda ...") and a word of kinship or personal service before a title
("istri Sekda X Nama": no post), and a regional office's short form in lower case before its
place ("Kabag Humas setdako X"), and a regional office named without its region, then the
region between commas ("Kepala Dinas Kesehatan, Kabupaten X, Nama").

Each row's PERSON must carry the expected organisation, and the expected role when the row
gives one; negative rows expect the person with no organisation. An assistant with no
secretariat number or field ("Asisten Pelatih Klub X") is no secretariat post.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import (
    judge_cases,
    load_cases,
    longest_person,
    mention_outcome,
    people_in_mention,
    wrong_organisations,
)
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "regsec_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_every_row_is_right(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    missed = [case["mention"] for case, ok, _ in outcomes if not ok]
    assert missed == []


def test_no_wrong_organisation(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    assert wrong_organisations(outcomes) == []


@pytest.mark.parametrize(
    "mention",
    [
        "Asisten Pelatih Persib Bandung Haryanto Wibisono",
        "Asisten Pelatih Persis Solo, Haryanto Wibisono",
    ],
)
def test_an_assistant_with_no_secretariat_field_is_no_secretariat_post(
    extractor: Extractor, mention: str
) -> None:
    """An assistant whose next word is no secretariat's number or field ("Pelatih") before a
    city is no post of that city's secretariat."""
    record = extractor.extract(f"{mention} memberikan keterangan.", published="2024-05-10")
    person = longest_person(record, mention)
    assert person is not None and person.canonical == "Haryanto Wibisono"
    assert not (person.org or "").startswith("Pemerintah ")
    assert "Sekretariat Daerah" not in (person.role or "")


def test_a_name_ending_in_a_relation_word_keeps_the_title_after_it(extractor: Extractor) -> None:
    """A capitalised relation word inside a sentence ends a name ("Raka Putra"), so the title
    after it is read as usual."""
    text = "Hadir pula Raka Putra dan Sekda Kabupaten Sragen Haryanto Wibisono di acara itu."
    record = extractor.extract(text, published="2024-05-10")
    people = {e.canonical: (e.org, e.role) for e in record.entities if e.label == "PERSON"}
    want = ("Pemerintah Kabupaten Sragen", "Sekretaris Daerah Kabupaten Sragen")
    assert people.get("Haryanto Wibisono") == want
    text = "Hadir pula Raka Putra Sekda Kabupaten Sragen Haryanto Wibisono di acara itu."
    record = extractor.extract(text, published="2024-05-10")
    people = {e.canonical: (e.org, e.role) for e in record.entities if e.label == "PERSON"}
    assert people.get("Haryanto Wibisono") == want


@pytest.mark.parametrize(
    "mention",
    [
        "Istri Sekda Kabupaten Sragen Haryanti Wibisono",
        "ajudan Pj Sekda Kota Magelang Haryanto Wibisono",
        "sopir Camat Sokaraja Haryanto Wibisono",
    ],
)
def test_a_relation_of_the_holder_takes_no_post(extractor: Extractor, mention: str) -> None:
    """A word of kinship or personal service right before a title: the name after it is the
    holder's relation, so no person of the mention gets a post or an organisation."""
    record = extractor.extract(f"{mention} memberikan keterangan.", published="2024-05-10")
    people = people_in_mention(record, mention)
    assert [(e.org, e.role) for e in people if e.org or e.role] == []
