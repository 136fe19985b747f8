"""Helpers shared by the test modules that read a table of written cases (a JSONL file, one
row per mention or text) and look at the PERSON found in the row's mention, and by those that
check the knowledge base's office and holder lines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmk_extract import Entity, Extractor, Record
from pmk_extract.components.officials import resolve_title
from pmk_extract.people import People
from pmk_extract.resources import models_dir

# the neutral sentence a row's mention is put in
FRAME = "{mention} memberikan keterangan kepada wartawan."


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSONL cases table (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def case_text(case: dict[str, Any]) -> str:
    """A row's mention in the neutral sentence, after the row's ``before`` text when it has
    one, or the row's own running text."""
    if "mention" not in case:
        return str(case["text"])
    return " ".join(filter(None, (case.get("before"), FRAME.format(mention=case["mention"]))))


def mention_start(case: dict[str, Any]) -> int:
    """Where a row's mention begins in :func:`case_text`."""
    before = case.get("before", "")
    return len(before) + 1 if before else 0


def people_in_mention(record: Record, mention: str, start: int = 0) -> list[Entity]:
    """The PERSON entities inside the mention at ``start`` of the record's text."""
    end = start + len(mention)
    return [e for e in record.entities if e.label == "PERSON" and start <= e.start and e.end <= end]


def class_misses(
    outcomes: list[tuple[dict[str, Any], Record]], kind: str, field: str = "class"
) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    """The rows whose ``field`` (their class) is ``kind`` and whose mention (after the row's
    ``before`` text) gives other PERSONs than the row's ``person`` with its ``canonical`` and
    ``org`` (a null ``person``: none), with what it gives."""
    misses = []
    for case, record in outcomes:
        if case[field] != kind:
            continue
        found = [
            (p.text, p.canonical, p.org)
            for p in people_in_mention(record, case["mention"], mention_start(case))
        ]
        expected = (
            [] if case["person"] is None else [(case["person"], case["canonical"], case["org"])]
        )
        if found != expected:
            misses.append((case["mention"], found))
    return misses


def longest_person(record: Record, mention: str, start: int = 0) -> Entity | None:
    """The PERSON inside the mention at ``start`` (the longest, when several are found)."""
    inside = people_in_mention(record, mention, start)
    return max(inside, key=lambda e: e.end - e.start) if inside else None


def org_spans_right(record: Record, orgs: dict[str, str]) -> bool:
    """Whether each written ORG span of ``orgs`` came out with its expected canonical."""
    found = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    return all(found.get(span) == name for span, name in orgs.items())


def mention_outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """Whether a row came out right, and the organisation given when it is a wrong one: a
    row with ``orgs`` (no mention) checks ORG spans; a row with a mention checks the longest
    PERSON in it (after the row's ``before`` text) for the expected canonical, organisation and
    (when given) role."""
    if "mention" not in case:
        return org_spans_right(record, case["orgs"]), None
    person = longest_person(record, case["mention"], mention_start(case))
    if person is None:
        return False, None
    right = person.canonical == case["person"] and person.org == case["org"]
    if right and "role" in case:
        right = person.role == case["role"]
    wrong_org = person.org if person.org is not None and person.org != case["org"] else None
    return right, wrong_org


def extract_cases(extractor: Extractor, cases: list[dict[str, Any]]) -> list[Record]:
    """The records of all rows' texts, in the rows' order."""
    items = [
        {"id": str(i), "text": case_text(c), "published": c["published"]}
        for i, c in enumerate(cases)
    ]
    return list(extractor.extract_many(items))


def case_outcomes(
    extractor: Extractor, cases: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], bool, str | None]]:
    """Each row with its :func:`mention_outcome` (right, and the wrong organisation given),
    all rows extracted in one batch."""
    records = extract_cases(extractor, cases)
    return [(c, *mention_outcome(c, r)) for c, r in zip(cases, records, strict=True)]


def assert_longest_people(rows: list[tuple[dict[str, Any], Record]]) -> None:
    """Each row's longest PERSON in its mention has the row's canonical and organisation (no
    PERSON for a null ``person``), and the row's role when it gives one."""
    for case, record in rows:
        person = longest_person(record, case["mention"])
        got = (person.canonical, person.org) if person else None
        assert got == (case["person"], case["org"]), (case["mention"], got)
        if "role" in case:
            assert person is not None and person.role == case["role"], (case["mention"], person)


def case_records(
    extractor: Extractor, cases: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], Record]]:
    """Each row with the record of its text (all rows extracted in one batch)."""
    return list(zip(cases, extract_cases(extractor, cases), strict=True))


# a PERSON as the holder tables compare it: written text, canonical, role, organisation
PersonFields = tuple[str, str | None, str | None, str | None]


def mention_record(extractor: Extractor, case: dict[str, Any]) -> Record:
    """The record of a row's mention in the neutral sentence, on the row's day."""
    return extractor.extract(FRAME.format(mention=case["mention"]), published=case["published"])


def written_person(case: dict[str, Any]) -> tuple[str, str, str | None]:
    """The PERSON a row expects: its written name, canonical (``canonical``, else the written
    name) and organisation."""
    return case["person"], case.get("canonical", case["person"]), case["org"]


def mention_people(extractor: Extractor, case: dict[str, Any]) -> list[PersonFields]:
    """The PERSONs found in a row's mention (in the neutral sentence), as compared."""
    record = mention_record(extractor, case)
    return [
        (p.text, p.canonical, p.role, p.org) for p in people_in_mention(record, case["mention"])
    ]


def assert_sole_person(extractor: Extractor, case: dict[str, Any]) -> None:
    """The row's mention gives exactly one PERSON: the row's ``person`` as written and as
    canonical, with its ``org`` (None: no organisation) and, when the row gives it, ``role``."""
    people = mention_people(extractor, case)
    assert len(people) == 1, people
    text, canonical, role, org = people[0]
    assert (text, canonical, org) == (case["person"], case["person"], case["org"])
    if "role" in case:
        assert role == case["role"]


def assert_rules_named(cases: list[dict[str, Any]], negatives: int = 3) -> None:
    """Every row of a case table names its rule and family, its mention and day, and at least
    ``negatives`` rows are negatives (their rule opens with "negative")."""
    assert all(c["rule"] and c["family"] and c["mention"] and c["published"] for c in cases)
    assert sum(c["rule"].startswith("negative") for c in cases) >= negatives


def expected_person(case: dict[str, Any]) -> PersonFields:
    """The PERSON a row expects: its written name, canonical (``canonical``, else the written
    name), role and organisation."""
    person, canonical, org = written_person(case)
    return person, canonical, case["role"], org


# a row, whether it came out right, and the organisation given when it is a wrong one
Outcome = tuple[dict[str, Any], bool, str | None]


def family_score(outcomes: list[Outcome], label: str) -> float:
    """The share of rows that came out right; prints (``-s``) each miss and the score by
    family."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case, ok, _ in outcomes:
        total[case["family"]] += 1
        right[case["family"]] += ok
        if not ok:
            where = f"{case['family']}/{case['variant']}"
            print(f"  miss [{where}] {case.get('mention') or case['text']!r}")
    for key in sorted(total):
        print(f"  {key:16s} {right[key]}/{total[key]}")
    score = sum(right.values()) / len(outcomes)
    print(f"  {label}: {sum(right.values())}/{len(outcomes)} = {score:.3f}")
    return score


def wrong_organisations(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    """The rows (mention or text) that got an organisation other than the expected one."""
    return [(case.get("mention") or case["text"], org) for case, _, org in outcomes if org]


def judge_cases(
    extractor: Extractor,
    cases: list[dict[str, Any]],
    judge: Callable[[dict[str, Any], Record], tuple[bool, str | None]],
) -> list[Outcome]:
    """Each row with ``judge``'s verdict on its record: whether it came out right, and the
    organisation given when it is a wrong one (all rows extracted in one batch)."""
    records = extract_cases(extractor, cases)
    return [(c, *judge(c, r)) for c, r in zip(cases, records, strict=True)]


def official_outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    """:func:`mention_outcome`, where a must-not row (``person`` None) is right when the text
    holds no official at all (no PERSON with a role)."""
    if case["person"] is None:
        return not [e for e in record.entities if e.label == "PERSON" and e.role], None
    return mention_outcome(case, record)


def persons_by_text(
    extractor: Extractor, cases: list[tuple[Any, ...]]
) -> list[dict[str, tuple[str | None, str | None]]]:
    """For each case (text, published day, ...), its PERSON entities by their written text:
    (role, organisation); all extracted in one batch."""
    items = [{"id": str(i), "text": c[0], "published": c[1]} for i, c in enumerate(cases)]
    return [
        {e.text: (e.role, e.org) for e in record.entities if e.label == "PERSON"}
        for record in extractor.extract_many(items)
    ]


def official_misses(case: dict[str, Any], record: Record) -> list[str]:
    """The officials of a document case (``case["officials"]``) the record gets wrong, as
    readable lines. Each official names its ``person`` (canonical) and either ``absent`` (no
    PERSON of that canonical at all), ``not_org`` (none of them takes that organisation),
    ``org`` None (none takes an organisation: a wrong one is worse than none) or ``org`` (every
    one takes it, and ``role`` when given)."""
    persons = [e for e in record.entities if e.label == "PERSON"]
    out = []
    for want in case["officials"]:
        got = [p for p in persons if p.canonical == want["person"]]
        if want.get("absent"):
            right = not got
        elif want.get("not_org"):
            right = all(p.org != want["not_org"] for p in got)
        elif want["org"] is None:
            right = all(p.org is None for p in got)
        else:
            right = bool(got) and all(
                p.org == want["org"] and p.role == want.get("role", p.role) for p in got
            )
        if not right:
            found = [(p.role, p.org) for p in got]
            out.append(f"{case['family']}/{case['variant']}: {want} got {found}")
    return out


def mention_misses(extractor: Extractor, cases: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The (variant, mention) of each case whose mention does not come out right
    (:func:`mention_outcome`), all extracted in one batch."""
    records = extract_cases(extractor, cases)
    return [
        (case["variant"], case["mention"])
        for case, record in zip(cases, records, strict=True)
        if not mention_outcome(case, record)[0]
    ]


def whole_text_misses(
    extractor: Extractor, cases: list[dict[str, Any]]
) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    """The cases (text, PERSONs found) whose whole text does not give exactly the expected
    PERSON (``person`` and ``org``; ``person`` None: no PERSON at all), extracted in one batch."""
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = [(p.canonical, p.org) for p in record.entities if p.label == "PERSON"]
        want = [] if case["person"] is None else [(case["person"], case["org"])]
        if found != want:
            wrong.append((case_text(case), found))
    return wrong


def holder_name(title: str, day: dt.date) -> str | None:
    """The name of the holder a bare ``title`` names on ``day`` (None: nobody)."""
    found = resolve_title(title, day)
    return None if found is None else found[0]


def terms_follow(people: People, office: str) -> bool:
    """Whether each term of ``office``, by start, ends (with a day) before the next starts."""
    terms = sorted(people.by_office[office], key=lambda h: h.start or dt.date.min)
    return all(
        before.end is not None and after.start is not None and before.end < after.start
        for before, after in itertools.pairwise(terms)
    )


def offices_held_on(lines: list[dict[str, Any]], day: str) -> set[str]:
    """The offices of holder ``lines`` (``holders.jsonl`` rows) that one of them holds on
    ``day`` (an ISO day; a null start or end is open)."""
    return {
        h["office"]
        for h in lines
        if (h["start"] or "") <= day and (h["end"] is None or day <= h["end"])
    }


_SECRETARY_OFFICES = ("sekretaris-daerah-kabupaten-", "sekretaris-daerah-kota-")
_ACTING_POSTS = {"Penjabat", "Pelaksana Tugas", "Pelaksana Harian"}


def assert_secretary_lines(lines: list[dict[str, Any]]) -> None:
    """Regency and city secretaries' holder lines keep the Sekda lanes' shape: a known office
    of the family, a note naming its page ("; source: "), a start before the end, an acting
    post of the Sekda's and said in the note ("acting ("), and a one-word name linked only
    after its title (``title_only``)."""
    offices = {o["id"] for o in gazetteer_lines("offices.jsonl")}
    for holder in lines:
        note = str(holder["note"])
        assert holder["office"] in offices, holder
        assert str(holder["office"]).startswith(_SECRETARY_OFFICES), holder
        assert "; source: " in note, holder
        assert str(holder["start"]) <= str(holder["end"]), holder
        assert holder.get("acting", "Penjabat") in _ACTING_POSTS, holder
        assert ("acting (" in note) == ("acting" in holder), holder
        if " " not in str(holder["name"]):
            assert holder.get("title_only") is True, holder


def gazetteer_lines(name: str) -> list[dict[str, Any]]:
    """The lines of the knowledge base's file ``models/gazetteers/NAME`` as written."""
    path = models_dir() / "gazetteers" / name
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
