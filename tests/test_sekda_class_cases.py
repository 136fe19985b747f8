"""The regional secretary as a class title ("Sekda Nama", "Sekretaris Daerah Nama",
"Sekdaprov Nama", "Pj Sekda Nama" with no region: ``lexicons/class_titles.tsv``), on mentions
written for this test (``data/sekda_class_cases.jsonl``): a name of two words or more that fits
the one regional secretary of the knowledge base on the date (part of the name, or the whole
name misspelt) is that secretary, with the province's government. Must-not rows (``person``
null) get no organisation and no secretary's office: a name outside the holder's term, an
unknown name, a secretary of another level written ("Sekda Kota Nama"), a post of the
secretary's staff ("Asisten II Sekda Nama"), a past office ("mantan Sekda Nama"). A region
written after the title stays the post's ("Sekda Kabupaten Bogor Nama")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor, Record
from pmk_extract.components.class_holders import ClassHolders, class_of
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people

_PROVINCIAL = "Sekretaris Daerah Provinsi"  # the role of a holder of the class
CASES = load_cases(Path(__file__).parent / "data" / "sekda_class_cases.jsonl")


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    if case["person"] is not None:
        return mention_outcome(case, record)
    person = longest_person(record, case["mention"])
    if person is None:
        return True, None
    return person.org is None and not (person.role or "").startswith(_PROVINCIAL), person.org


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, _outcome)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_sekda_class_case(
    outcomes: list[tuple[dict[str, Any], bool, str | None]], index: int
) -> None:
    case, ok, wrong_org = outcomes[index]
    assert ok, (case["mention"], case["published"], wrong_org)


def test_the_table_holds_both_directions() -> None:
    linked = [c for c in CASES if c["person"] is not None]
    assert len(linked) >= 10
    assert len(CASES) - len(linked) >= 6


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Sekda", "Sekretaris Daerah"),
        ("sekda", "Sekretaris Daerah"),
        ("Sekretaris Daerah", "Sekretaris Daerah"),
        ("Sekdaprov", "Sekretaris Daerah Provinsi"),
        ("Sekprov", "Sekretaris Daerah Provinsi"),
        ("Sekda Kota", "Sekretaris Daerah Kota"),
        ("Sekkot", "Sekretaris Daerah Kota"),
        ("Sekdakot", "Sekretaris Daerah Kota"),
    ],
)
def test_the_secretary_titles_are_a_class(written: str, role: str) -> None:
    assert class_of(written) == role


def test_the_class_is_not_sole() -> None:
    # a regional secretary is often also the acting regional head (Pj/Plh Bupati)
    classes = ClassHolders(default_kb(), default_people())
    title = classes.title_at(["Sekda", "Nasir", "Syamaun"], 0)
    assert title is not None and title.size == 1 and not title.sole and not title.short
