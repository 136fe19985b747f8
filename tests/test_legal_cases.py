"""Officials of the law and justice hierarchy as a productive pattern family: sentences and
names written for this test (``tests/data/legal_cases.jsonl``), one row per post x body x way
of writing it. Families: the Jaksa Agung Muda posts (written out with or without "Bidang" and
"Tindak", as an acronym, "JAM X"), prosecution offices and their assistants and section heads,
the Mahkamah Agung and Mahkamah Konstitusi, every lower court (written out and abbreviated),
the law ministries' vertical offices (Kanwil, Kantor Imigrasi, Lapas, Rutan, Bapas) on both
sides of the 2024-10-21 split, state commissions' members and the election bodies' regional
branches. The people's names are made up except where a named national post is meant, so
the organisation comes from the pattern, not from holder data.

A row with ``mention`` is put in a neutral sentence; the PERSON found in it must carry the
expected name and organisation (the top-level institution, guidelines), and the expected
role when the row gives one. A ``negative`` row is running text whose PERSON entities must
be exactly ``people`` (text, organisation): legal words as common nouns, a court or prison
named without a post, a person merely mentioned. An ``org-span`` row checks ORG spans and
canonicals in running text. ``rule`` states the pattern of news writing each row is an
instance of; ``-s`` prints the score by family and the misses.

A wrong organisation is worse than none: no row may get an organisation other than the
expected one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import (
    Outcome,
    family_score,
    gazetteer_lines,
    judge_cases,
    load_cases,
    mention_outcome,
    wrong_organisations,
)
from pmk_extract import Extractor, Record
from pmk_extract.components.justice_words import dated_parent
from pmk_extract.components.office_classes import class_end
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people

CASES = Path(__file__).parent / "data" / "legal_cases.jsonl"
# 46 of 124 on main before the rules of this family (46ba91a); 124 of 124 after them
MIN_SCORE = 124 / 124


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether the row came out right, and the organisation given when it is a wrong one."""
    if case["family"] == "negative":
        found = [[e.text, e.org] for e in record.entities if e.label == "PERSON"]
        wrong = [org for _, org in found if org is not None]
        return found == case["people"], wrong[0] if wrong else None
    return mention_outcome(case, record)


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    return judge_cases(extractor, _cases(), _outcome)


def test_table_covers_the_family() -> None:
    cases = _cases()
    people = [c for c in cases if "mention" in c]
    assert len(people) >= 60
    families = Counter(c["family"] for c in people)
    assert len(families) >= 8 and min(families.values()) >= 4
    assert sum(c["family"] == "negative" for c in cases) >= 8
    years = {c["published"][:4] for c in cases}
    assert {"2020", "2021", "2022", "2023", "2024", "2025"} <= years
    for case in cases:
        assert case["rule"] and case["family"] and case["variant"] and case["published"]
        assert ("mention" in case) != ("text" in case)
        if "mention" in case:
            assert case["person"] and case["org"]


def test_legal_score(outcomes: list[Outcome]) -> None:
    assert family_score(outcomes, "legal") >= MIN_SCORE


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    """A wrong organisation is worse than none."""
    assert wrong_organisations(outcomes) == []


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-10-20", "kemenkumham"),  # the last day of the Kementerian Hukum dan HAM
        ("2024-10-21", "kemenimipas"),  # Kabinet Merah Putih: prisons and immigration moved
        (None, "kemenimipas"),  # no date: the current one
    ],
)
def test_dated_parent(day: str | None, expected: str) -> None:
    date = dt.date.fromisoformat(day) if day else None
    assert dated_parent(default_kb(), "kemenkumham|kemenimipas", date) == expected
    assert dated_parent(default_kb(), "kejagung", date) == "kejagung"


@pytest.mark.parametrize(
    ("words", "end"),
    [
        (["Kelas", "IIA", "Cipinang"], 2),
        (["Narkotika", "Kelas", "IIA", "Jakarta"], 3),
        (["Kelas", "I", "TPI", "Surabaya"], 3),
        (["Cipinang", "Kelas"], 0),  # no class right after the head
    ],
)
def test_class_words(words: list[str], end: int) -> None:
    assert class_end(words, 0) == end


@pytest.mark.parametrize(
    ("text", "published", "person", "role"),
    [
        # a spelling the press writes of the holder on that date
        (
            "Jaksa Agung Muda Pidana Khusus Febri Ardiansyah",
            "2022-06-21",
            "Febrie Adriansyah",
            "Jaksa Agung Muda Bidang Tindak Pidana Khusus",
        ),
        (
            "Jampidum Fadil",
            "2023-03-01",
            "Fadil Zumhana",
            "Jaksa Agung Muda Bidang Tindak Pidana Umum",
        ),
        ("Jamwas Amir Yanto", "2021-03-01", "Amir Yanto", "Jaksa Agung Muda Bidang Pengawasan"),
        # another name under the post while its holder is known: no person
        ("Jampidsus Hendra Wiratama", "2022-06-21", None, None),
        # the same name past the holder's sourced window: the pattern gives the post
        (
            "Jampidsus Hendra Wiratama",
            "2026-01-10",
            "Hendra Wiratama",
            "Jaksa Agung Muda Bidang Tindak Pidana Khusus",
        ),
    ],
)
def test_jam_holders(
    extractor: Extractor, text: str, published: str, person: str | None, role: str | None
) -> None:
    record = extractor.extract(f"{text} memberikan keterangan.", published=published)
    found = [(e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    assert found == ([(person, role)] if person else [])


def test_jam_offices_are_sourced() -> None:
    """Every Jaksa Agung Muda office has its titles with and without "Bidang", and every
    term of one names its source."""
    people = default_people()
    jams = [o for o in people.offices.values() if o.role.startswith("Jaksa Agung Muda ")]
    assert len(jams) == 7
    for office in jams:
        assert office.role in office.titles
        assert office.role.replace(" Bidang ", " ") in office.titles
    terms = [r for r in gazetteer_lines("holders.jsonl") if r["office"] in {o.id for o in jams}]
    assert terms and all("source" in r["note"] and r["end"] for r in terms)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "Hakim" opening a name with no body after it: a person, no post
        ("Hakim Saputra mengatakan hal itu.", [("Hakim Saputra", None)]),
        # the Constitutional Court's bench: its court's word is no part of the name
        (
            "Ketua Majelis Hakim Konstitusi Anwar Usman membacakan putusan.",
            [("Anwar Usman", "Mahkamah Konstitusi")],
        ),
        # a post of the courts before another kind of body: not read as a judge
        ("Humas Polda Jawa Tengah menggelar jumpa pers.", []),
    ],
)
def test_posts_read_with_care(
    extractor: Extractor, text: str, people: list[tuple[str, str | None]]
) -> None:
    record = extractor.extract(text, published="2023-05-10")
    assert [(e.text, e.org) for e in record.entities if e.label == "PERSON"] == people
