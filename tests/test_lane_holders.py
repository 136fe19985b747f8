"""The holder lines the data lanes of issue 18 added to the knowledge base, on the cases each
lane wrote (``data/LANE_holder_cases.jsonl``), with one assertion per kind of row:

- no ``kind``, a written mention: in the neutral sentence it gives the row's ``person``
  (canonical), ``org`` and (when given) ``role``, and no other organisation;
- ``one_person``: the mention in the neutral sentence (or the row's own ``text``) gives exactly
  one person: ``person`` as written, with its canonical (``canonical``, else as written),
  ``role`` and ``org``;
- ``titled``: the longest person in the mention has the row's ``canonical``, ``role`` and
  ``org`` (and ``matched``, when the row gives it);
- ``not_holder``: a name written after a title outside its holder's term: the longest person in
  the mention, if any, is not matched fuzzily (with ``as_written``, it is kept as written), and
  the ``title`` alone on the day names neither the written ``name`` nor that person (with
  ``title_held``, it names someone: the day's holder);
- ``named``: in the row's ``text``, the person written ``name`` has the row's ``canonical``,
  ``role`` and ``org`` (those the row gives);
- ``single_name``: as ``named``, and in the row's ``bare`` text (the name with no title) no
  entity takes the row's ``role``;
- ``bare_title``: the ``title`` alone names ``holder`` on ``day`` (with the row's ``role`` and
  ``org``, when it gives them);
- ``outside``: the ``title`` names nobody on ``day`` (outside the terms the pages confirm);
- ``unknown_name``: a name after a title held that day is kept as written (never made the
  holder, never matched fuzzily);
- ``as_written``: the mention's people are kept as written, with no organisation;
- ``no_office``: each of the mention's people is kept as written (not matched fuzzily) or has
  no organisation (a known name far from its term);
- ``other_name``: no person the ``mention`` gives is ``holder`` or is matched fuzzily (a name
  that does not hold the written post is never made its holder), and with ``read_as_person``
  the mention gives a person;
- ``no_post``: the ``text`` gives a person, none with a role or an organisation (a known
  person's name after the title of an office they do not hold);
- ``stated_post``: the ``text`` gives a person kept as written, not matched fuzzily, with an
  organisation: a whole name of nobody the knowledge base knows after a regional post's title
  keeps the post the text states (``test_stated_posts_cases.py``);
- ``lane_lines``: the lane's lines in ``holders.jsonl`` (those whose note opens with the row's
  ``note``, or holds it: ``match`` "start" / "within") are ``at_least`` so many, each names its
  page (one of ``sources``, else "source:"), holds an office opening with one of ``offices``
  (when given), has a start (``started``), an end (``closed``) and no end before its start;
- ``terms_follow``: the knowledge base's offices opening with one of ``offices`` (``at_least``
  so many, when given) each have terms that follow each other: every term before the last ends,
  with a day, before the next one starts.

A row's ``note`` says why its day or name was chosen (a lane_lines row's ``note`` is the
lanes' mark). Each lane's own facts (the shape of its offices, its coverage on the measured
days) stay in its ``test_LANE_holders.py``. A new lane adds its table and a line to ``LANES``;
its rows then run here with every other lane's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers import (
    expected_person,
    extract_cases,
    gazetteer_lines,
    load_cases,
    longest_person,
    mention_outcome,
    people_in_mention,
    terms_follow,
)
from pmk_extract import Entity, Extractor, Record
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import default_people

DATA = Path(__file__).parent / "data"
# each lane's table, data/LANE_holder_cases.jsonl, and what its rows are about
LANES = {
    "agency": "boards of the financial authorities and heads of national agencies",
    "arms": "Kapolda, Pangdam and Kajati on the measured days, 2015-2026",
    "arms2": "Kapolres of Polda Jawa Timur and Sumatera Utara, Kajati and Pangdam terms",
    "agencyheads": "heads of the national agencies on the measured days, 2015-2026",
    "capital": "mayors of the provincial capitals, Bali's regents, acting governors of 2021-2026",
    "class": "a bare class title before a name ('Bupati Nama', 'Wamen Nama')",
    "command": "regional police and military command heads (Kapolda, Pangdam, Danrem ...)",
    "dprd": "chairs of the provincial and largest cities' parliaments",
    "dprdheads": "chairs of the provincial parliaments, more terms",
    "dprdchairs": "chairs of the provincial parliaments, the gaps on the measured days",
    "dprdcity": "chairs of the city parliaments, 2019-2024 and 2024-2029",
    "dprdreg": "chairs of the regency parliaments, 2019-2024 and 2024-2029",
    "dprd4": "chairs of the regency and city parliaments, Aceh's DPRKs and more terms",
    "dprd5": "chairs of the provincial parliaments, the 2014-2019 terms' openings",
    "echelon": "echelon-I officials of trade, finance and other ministries",
    "echelon1a": "ministries' secretaries-general, inspectors-general, directors-general",
    "echelon1b": "echelon-I officials of the ministries of the second half",
    "echelon1c": "echelon-I officials: PANRB's and PPPA's secretaries, directors-general",
    "echelon19": "echelon-I officials of ministries on the days of 2016, 2019 and 2022",
    "echelon24": "echelon-I officials of Kabinet Merah Putih's ministries, 2024-10 onward",
    "factcheck": "holder lines audited against their pages",
    "governor": "governors, vice-governors and acting governors",
    "heads25": "regents, mayors and their vices of 2025-2030",
    "headse": "regional heads of Sulawesi, Maluku, Papua, Nusa Tenggara, Kalsel 2011-2025",
    "headse2": "regents and vice regents of eastern Indonesia",
    "headsw": "regional heads and acting heads of western Indonesia",
    "headsw2": "regents, mayors and their vices of western Indonesia, new offices",
    "holdata_gap": "known gaps filled: Pangdam XVII, Trenggalek, Papua's secretaries, Pj heads",
    "kajati": "heads of the high prosecutor offices, Kapuspenkum, Jaksa Agung Muda",
    "kapolda_gap": "regional police chiefs of the gap audit of every Polda",
    "kodam": "regional military commanders (Pangdam)",
    "natdata": "national offices that had no holder (Pangkostrad, LAN, ANRI, BKF ...)",
    "national": "heads of national agencies and state institutions",
    "pangdam_gap": "regional military commanders of the gap audit of every Kodam",
    "pj_regent": "acting regents and mayors of 2022-2025, vice regents of 2025",
    "pjheads": "acting regents and mayors of the 2022-2024 waves",
    "polda": "regional police chiefs (Kapolda) of 2014-2021",
    "police_military": "national police and military chiefs, Kapolda, a Pangdam",
    "regent_2016": "Java's regional heads whose terms began in February 2016",
    "regents16w": "regents and mayors of the west in office on 2016-06-01 and 2019-06-01",
    "regentse": "regional heads of Kalimantan, Sulawesi, Maluku, Papua",
    "regents16e": "regents of Kalimantan, Sulawesi, Maluku, Papua on 2016-06-01 and 2019-06-01",
    "regentsw": "regional heads of Sumatra, Java, Bali and Nusa Tenggara",
    "regional_head": "regional heads outside the provincial capitals",
    "provsekda": "provincial regional secretaries of all provinces on the measured days",
    "resort_police": "resort police chiefs of Polda Jawa Tengah and Jawa Barat",
    "sekda": "provincial regional secretaries (the sekdata table and full titles)",
    "sekda_lane": "provincial and city regional secretaries, more terms",
    "sekkab": "regencies' and cities' regional secretaries",
    "sekdaw": "regencies' and cities' regional secretaries of Sumatra, Java, Bali, Nusa Tenggara",
    "sekdae": "regencies' and cities' regional secretaries of Kalimantan, Sulawesi, Maluku, Papua",
    "sekdaw2": "regencies' and cities' regional secretaries of the west, more terms",
    "sekda3": "regencies' and cities' regional secretaries of the largest regions, 2015-2026",
    "sekda4": "regencies' and cities' regional secretaries of the other provinces, 2015-2026",
    "spellqa": "regional heads' spellings checked against the press",
    "statebodies": "chairs and vice chairs of the state institutions, 2015-2026",
    "vicegov": "vice governors of the provinces, the terms before and between the elections",
}
# the kinds whose rows are extracted (the others resolve a title on a day or read the lines)
EXTRACTED = (
    None,
    "one_person",
    "titled",
    "not_holder",
    "named",
    "single_name",
    "unknown_name",
    "as_written",
    "no_office",
    "other_name",
    "no_post",
    "stated_post",
)
KINDS = (*EXTRACTED, "bare_title", "outside", "lane_lines", "terms_follow")

Case = dict[str, Any]
TABLES = {lane: load_cases(DATA / f"{lane}_holder_cases.jsonl") for lane in LANES}


def _label(row: Case) -> str:
    if row.get("kind") in ("lane_lines", "terms_follow"):
        return str(row["kind"])
    written = row.get("mention") or row.get("title") or row["text"]
    return f"{written}@{row.get('day') or row['published']}"


def _rows(kind: str | None) -> list[Any]:
    """The rows of ``kind`` of every lane, as parameters ``(lane, index)`` with an id naming
    the lane, the row's number in its table and its mention or title on its day."""
    return [
        pytest.param(lane, index, id=f"{lane}:{index + 1}:{_label(row)}")
        for lane, rows in TABLES.items()
        for index, row in enumerate(rows)
        if row.get("kind") == kind
    ]


@pytest.fixture(scope="module")
def record_of(extractor: Extractor) -> Callable[[str, int], Record]:
    """The record of a lane's row (the rows of a lane that are extracted, in one batch)."""
    cache: dict[str, dict[int, Record]] = {}

    def record(lane: str, index: int) -> Record:
        if lane not in cache:
            rows = [(i, r) for i, r in enumerate(TABLES[lane]) if r.get("kind") in EXTRACTED]
            records = extract_cases(extractor, [r for _, r in rows])
            cache[lane] = {i: rec for (i, _), rec in zip(rows, records, strict=True)}
        return cache[lane][index]

    return record


def _people(record: Record) -> list[Entity]:
    return [e for e in record.entities if e.label == "PERSON"]


def _assert_named(row: Case, record: Record) -> None:
    """The entity written ``name`` in the record has the row's canonical, role and
    organisation (those the row gives)."""
    named = [e for e in record.entities if e.text == row["name"]]
    assert named, row["name"]
    for field in ("canonical", "role", "org"):
        if field in row:
            assert getattr(named[0], field) == row[field], field


def test_every_lane_table_has_its_rows() -> None:
    for lane, rows in TABLES.items():
        assert rows, lane
        kinds = {row.get("kind") for row in rows}
        assert kinds <= set(KINDS), (lane, kinds)


@pytest.mark.parametrize(("lane", "index"), _rows(None))
def test_a_written_mention(record_of: Callable[[str, int], Record], lane: str, index: int) -> None:
    row = TABLES[lane][index]
    right, wrong_org = mention_outcome(row, record_of(lane, index))
    assert wrong_org is None
    assert right


@pytest.mark.parametrize(("lane", "index"), _rows("one_person"))
def test_a_titled_mention_gets_person_role_and_org(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    row = TABLES[lane][index]
    record = record_of(lane, index)
    people = people_in_mention(record, row["mention"]) if "mention" in row else _people(record)
    assert [(p.text, p.canonical, p.role, p.org) for p in people] == [expected_person(row)]


@pytest.mark.parametrize(("lane", "index"), _rows("titled"))
def test_a_titled_name_resolves_to_the_holder(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    row = TABLES[lane][index]
    person = longest_person(record_of(lane, index), row["mention"])
    assert person is not None
    assert (person.canonical, person.role, person.org) == (
        row["canonical"],
        row["role"],
        row["org"],
    )
    if "matched" in row:
        assert person.matched == row["matched"]


@pytest.mark.parametrize(("lane", "index"), _rows("not_holder"))
def test_a_name_outside_the_term_is_not_the_holder(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    row = TABLES[lane][index]
    person = longest_person(record_of(lane, index), row["mention"])
    assert person is None or person.matched != "fuzzy"
    assert person is None or person.canonical == person.text or not row.get("as_written")
    found = resolve_title(row["title"], dt.date.fromisoformat(row["published"]))
    assert found is not None or not row.get("title_held")
    names = {row["name"]} if person is None else {row["name"], person.canonical}
    assert found is None or found[0] not in names


@pytest.mark.parametrize(("lane", "index"), _rows("named"))
def test_a_named_person_in_a_text(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    _assert_named(TABLES[lane][index], record_of(lane, index))


@pytest.mark.parametrize(("lane", "index"), _rows("single_name"))
def test_a_single_name_is_linked_only_after_its_title(
    extractor: Extractor, record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    row = TABLES[lane][index]
    _assert_named(row, record_of(lane, index))
    bare = extractor.extract(row["bare"], published=row["published"])
    assert all(e.role != row["role"] for e in bare.entities)


@pytest.mark.parametrize(("lane", "index"), _rows("bare_title"))
def test_a_bare_title_names_the_holder_of_the_day(lane: str, index: int) -> None:
    row = TABLES[lane][index]
    found = resolve_title(row["title"], dt.date.fromisoformat(row["day"]))
    assert found is not None and found[0] == row["holder"]
    if "role" in row:
        assert found[1] == row["role"]
    if "org" in row:
        assert found[2] == row["org"]


@pytest.mark.parametrize(("lane", "index"), _rows("outside"))
def test_nobody_outside_the_confirmed_terms(lane: str, index: int) -> None:
    row = TABLES[lane][index]
    assert resolve_title(row["title"], dt.date.fromisoformat(row["day"])) is None


@pytest.mark.parametrize(("lane", "index"), _rows("unknown_name"))
def test_an_unknown_name_after_the_title_is_not_the_holder(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    people = _people(record_of(lane, index))
    # kept as written (or not read as a person): never the holder of the day
    assert all(p.canonical == p.text and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(("lane", "index"), _rows("as_written"))
def test_a_name_with_no_holder_stays_as_written(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    people = _people(record_of(lane, index))
    assert all(p.org is None and p.canonical == p.text for p in people)


@pytest.mark.parametrize(("lane", "index"), _rows("no_office"))
def test_a_name_outside_the_terms_takes_no_office(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    people = _people(record_of(lane, index))
    assert all((p.canonical == p.text and p.matched != "fuzzy") or p.org is None for p in people)


@pytest.mark.parametrize(("lane", "index"), _rows("other_name"))
def test_another_name_after_the_title_is_not_its_holder(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    row = TABLES[lane][index]
    people = _people(record_of(lane, index))
    assert people or not row.get("read_as_person")
    assert all(p.canonical != row["holder"] and p.matched != "fuzzy" for p in people)


@pytest.mark.parametrize(("lane", "index"), _rows("no_post"))
def test_a_name_that_does_not_hold_the_titled_office_takes_no_post(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    people = _people(record_of(lane, index))
    assert people
    assert all(p.role is None and p.org is None for p in people), [
        (p.canonical, p.role, p.org) for p in people
    ]


@pytest.mark.parametrize(("lane", "index"), _rows("stated_post"))
def test_an_unknown_name_after_a_regional_title_keeps_the_stated_post(
    record_of: Callable[[str, int], Record], lane: str, index: int
) -> None:
    people = _people(record_of(lane, index))
    assert people
    assert all(p.org is not None and p.canonical == p.text and p.matched is None for p in people), [
        (p.canonical, p.role, p.org) for p in people
    ]


@pytest.mark.parametrize(("lane", "index"), _rows("lane_lines"))
def test_the_lane_lines_name_their_pages(lane: str, index: int) -> None:
    row = TABLES[lane][index]
    match = str.startswith if row["match"] == "start" else str.__contains__
    lines = [h for h in gazetteer_lines("holders.jsonl") if match(h.get("note", ""), row["note"])]
    assert len(lines) >= row["at_least"]
    sources = row.get("sources", ["source:"])
    for holder in lines:
        assert any(source in holder["note"] for source in sources), holder
        if "offices" in row:
            assert holder["office"].startswith(tuple(row["offices"])), holder
        if row.get("started"):
            assert holder["start"] is not None, holder
        if row.get("closed"):
            assert holder["end"] is not None, holder
        start, end = holder["start"], holder["end"]
        assert start is None or end is None or start <= end, holder


@pytest.mark.parametrize(("lane", "index"), _rows("terms_follow"))
def test_the_terms_of_each_office_follow_each_other(lane: str, index: int) -> None:
    row = TABLES[lane][index]
    people = default_people()
    offices = [o for o in people.by_office if o.startswith(tuple(row["offices"]))]
    assert len(offices) >= row.get("at_least", 1)
    for office in offices:
        assert terms_follow(people, office), office
