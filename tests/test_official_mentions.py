"""Officials as real news writes them: a table of mentions taken from public news pages
(``tests/data/official_mentions.jsonl``: the mention as written, the published date, the
expected person and organisation, the family and the page it comes from).

Each mention is put in a neutral sentence written for this test; the PERSON found in the
mention must carry the expected canonical name and organisation. The expected person is
the full name the mention writes, or the knowledge base's canonical when the knowledge
base holds that person; the expected organisation is the top-level institution
(guidelines). The table was collected after the rules and data were written; its first
score (0.778) led to general fixes, each tested on sentences of its own in
``test_command_units.py``; no rule names a mention of the table.

Because that table has been in a tuning loop, a second, held-out table
(``tests/data/official_mentions_heldout.jsonl``, 88 mentions from other pages, same
format) was written from pages before it was ever scored. Its floor is its first score;
no rule or data line is changed because of its misses.

A third table, ``tests/data/official_mentions_heldout2.jsonl`` (179 mentions, 2015-2026, every
family of issue 18; ``official_mentions_heldout2.md``), was collected the same way from other
pages and kept out of the tuning loop: its floor is its first score on main, and a miss is
never a reason to change a rule or a data line. Its bare-title rows ("Kapolda Jatim",
"Wapres") have no person: the guidelines say a bare title is not a PERSON, so the right
answer there is no PERSON in the mention.

A fourth table, ``tests/data/official_mentions_heldout3.jsonl`` (246 mentions, 2015-2026,
every family of issue 18, no family group above about 12%; ``official_mentions_heldout3.md``),
was written from other pages without reading ``models/`` or ``src/`` and without running the
library, and scored only when complete. It is out of the tuning loop: its floor is its first
score, on ae57b6f, and a miss is never a reason to change a rule or a data line. Run with
``-s`` to see its score by family group and its misses.

A fifth table, ``tests/data/official_mentions_heldout4.jsonl`` (262 mentions, 2015-2026, the same
family groups, none above 10%; ``official_mentions_heldout4.md``), was written the same way from
pages none of the other tables uses. Its floor is its first score, on 56d52ef; the same rule
holds: its misses are never a reason to change a rule or a data line.

A sixth table, ``tests/data/official_mentions_heldout5.jsonl`` (266 mentions, 2015-2026, the same
family groups, none above 10%, 172 outlets; ``official_mentions_heldout5.md``), was written the
same way (no ``models/`` or ``src/`` read, the library not run) from pages none of the other
tables uses, and scored once when complete and committed. Its floor is its first score; its
misses are never a reason to change a rule or a data line.

A seventh table, ``tests/data/official_mentions_heldout6.jsonl`` (267 mentions, 2015-2026, the same
family groups, none above 10%, 168 outlets; ``official_mentions_heldout6.md``), was written the
same way, in isolation, while the rules of its session were being written, and scored only on the
session's first commit (its floor) and at the end. Its misses are read by nobody who writes rules.

From that session on (2026-12-06) the first six tables, whose misses had all been read by then, are
development tables: their misses show the kinds of written forms rules must cover, and their
floors guard against regressions. Only held-out 6 measures generalisation.

An eighth table, ``tests/data/official_mentions_heldout7.jsonl`` (270 mentions, 2015-2026, the same
family groups, none above 10%, 176 outlets; ``official_mentions_heldout7.md``), was written in
isolation on 2026-12-06 (no ``models/`` or ``src/`` read, the library not run, no other table's
rows read) from pages none of the other tables uses. It is scored only by the lead; its misses are
read by nobody who writes rules. Its floor is its first score on 8339ec7, the last commit before
that session's rules. Held-out 6's notes (``official_mentions_heldout6.md``) quote many of its
mentions, which rule writers could read; held-out 7 keeps its provenance notes apart
(``official_mentions_heldout7_notes.md``, not for rule writers), so it is the clean measure.

A ninth table, ``tests/data/official_mentions_heldout8.jsonl`` (253 mentions, 2015-2026, the
same family groups, none above 10%; ``official_mentions_heldout8.md``), was written the same
way, in isolation, from pages none of the other tables uses, with its provenance notes kept apart
(``official_mentions_heldout8_notes.md``, not for rule writers). It is scored only by the lead;
its floor is its first score on 844cad0, the last commit before the session that wrote it.
In that session, rule writers who mined news pages read the pages of 9 held-out-7 rows and 2
held-out-8 rows for part of it (their skip list compared page addresses with their scheme, the
tables' without); its closing note gives both tables' scores with and without those rows.

A tenth table, ``tests/data/official_mentions_heldout9.jsonl`` (265 mentions, 2015-2026, the
same family groups, none above 10%, 157 hosts), was written the same way on 2026-12-06, in
isolation, from pages none of the other tables and none of the rule writers' mined lists uses,
before that session's rules; provenance in ``official_mentions_heldout9_notes.md`` (not for rule
writers). It is scored only by the lead; its floor is its first score, on a7041bb.

An eleventh table, ``tests/data/official_mentions_heldout10.jsonl`` (257 mentions, 2015-2026, the
same family groups, none above 10%, 166 pages on 145 hosts; ``official_mentions_heldout10.md``),
was written the same way on 2026-12-07, in isolation (no ``models/`` or ``src/`` read, the library
not run, no other table's rows read), from pages none of the other tables and none of the shared
skip lists uses, while that session's data lanes were adding holders; provenance in
``official_mentions_heldout10_notes.md`` (not for rule writers). It is scored only by the lead;
its floor is its first score, on 5e46ae9, the last commit before that session's changes.

A twelfth table, ``tests/data/official_mentions_heldout11.jsonl`` (265 mentions, 2015-2026, the
same family groups, none above 10%, 173 pages on 163 hosts; ``official_mentions_heldout11.md``),
was written the same way on 2026-12-08, in isolation (no ``models/`` or ``src/`` read, the library
not run, no other table's rows or notes read), from pages none of the other tables and none of the
shared skip lists uses, while that session's data lanes were adding holders; provenance in
``official_mentions_heldout11_notes.md`` (not for rule writers). It is scored only by the lead; its
floor is its first score.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Extractor, Record

TABLE = Path(__file__).parent / "data" / "official_mentions.jsonl"
HELDOUT = Path(__file__).parent / "data" / "official_mentions_heldout.jsonl"
HELDOUT2 = Path(__file__).parent / "data" / "official_mentions_heldout2.jsonl"
HELDOUT3 = Path(__file__).parent / "data" / "official_mentions_heldout3.jsonl"
HELDOUT4 = Path(__file__).parent / "data" / "official_mentions_heldout4.jsonl"
HELDOUT5 = Path(__file__).parent / "data" / "official_mentions_heldout5.jsonl"
HELDOUT6 = Path(__file__).parent / "data" / "official_mentions_heldout6.jsonl"
HELDOUT7 = Path(__file__).parent / "data" / "official_mentions_heldout7.jsonl"
HELDOUT8 = Path(__file__).parent / "data" / "official_mentions_heldout8.jsonl"
HELDOUT9 = Path(__file__).parent / "data" / "official_mentions_heldout9.jsonl"
HELDOUT10 = Path(__file__).parent / "data" / "official_mentions_heldout10.jsonl"
HELDOUT11 = Path(__file__).parent / "data" / "official_mentions_heldout11.jsonl"
FRAME = "{mention} memberikan keterangan kepada wartawan."
# the target of issue 18 (0.923 measured when this test was written: 191 of 207)
MIN_SCORE = 0.92
# the held-out table's first score, measured once after the data of this commit: 71 of 88
MIN_HELDOUT_SCORE = 71 / 88
# (2026-12-07: the Pj governor of Riau written "S.F Hariyanto" wants the knowledge base's canonical
# "SF Hariyanto", the table's own rule for a person the knowledge base holds)
# (2026-12-07, later: the regional-heads data of issue 18 now holds three regents these tables
# wrote as the page did; each wants the knowledge base's canonical, the same rule: "Muhammad
# Husni Djibril" (Sumbawa), "Hengky Kurniawan" (Bandung Barat), "Anna Mu'awanah" (Bojonegoro))
# (2026-12-06: its two secretaries of a DPRD were given the region's government, the convention of
# held-out 3-7 and of the project since: the DPRD's secretariat is a regional-government apparatus)
# the second held-out table's first score on main (6d10848), measured once: 120 of 179 (0.670);
# one expected name was then found wrong on the pages and corrected (the governor of NTB is
# "Lalu Muhamad Iqbal"; the page misspells it), which makes it 121 of 179 (0.676)
MIN_HELDOUT2_SCORE = 0.67
# the third held-out table's first score, on ae57b6f, measured once: 164 of 246 (0.667).
# Two expected values were then corrected, neither from the library's output: the
# prosecution service is "Kejaksaan Agung" as the project's data names it (the table had
# written "Kejaksaan Republik Indonesia"), and a stored page gives the BI governor's full
# name (Agus Dermawan Wintarto Martowardojo); that makes it 174 of 246 (0.707) on ae57b6f.
# Later the Kabasarnas "M. Syaugi" was given his full name as stored pages write it
# (Muhammad Syaugi Alaydrus; the table had "Muhammad Syaugi"), and the Kapolda Gorontalo
# the page misspells "Agnesta" his name as four stored pages write it (Angesta Romano Yoyol).
MIN_HELDOUT3_SCORE = 164 / 246
# the fourth held-out table's first score, on main 56d52ef, measured once after the table was
# committed (566fd14): 189 of 262 (0.721). Three expected values were then corrected on other
# pages' evidence (official_mentions_heldout4.md), which makes it 192 of 262 (0.733) on 56d52ef.
MIN_HELDOUT4_SCORE = 189 / 262
# the fifth held-out table's first score, on main 1f228c8, measured once after the table was
# committed (the commit before this one): 163 of 266 (0.613)
MIN_HELDOUT5_SCORE = 163 / 266
# the sixth held-out table's first score, on f933621 (the session's first commit, before any of
# its rules), measured once after the table was committed: 191 of 267 (0.715)
MIN_HELDOUT6_SCORE = 191 / 267
# the eighth table's first score, on 8339ec7 (the last commit before this session's rules), measured
# once after the table was committed: 202 of 270 (0.748)
MIN_HELDOUT7_SCORE = 202 / 270
# the ninth table's first score, on 844cad0 (the last commit before the session that wrote it),
# measured once after the table was committed: 201 of 253 (0.794; on 8339ec7, before the previous
# session's rules: 188 of 253)
MIN_HELDOUT8_SCORE = 201 / 253
# the tenth table's first score, on a7041bb (the last commit before the session that wrote it),
# measured once after the table was committed: 205 of 265 (0.774)
MIN_HELDOUT9_SCORE = 205 / 265
# the eleventh table: its first score, on 5e46ae9 (before the session that wrote it)
MIN_HELDOUT10_SCORE = 206 / 257
# the twelfth table: its first score, on f5ada7a (before the session that wrote it)
MIN_HELDOUT11_SCORE = 209 / 265
# the third table's families, grouped as issue 18 lists them
HELDOUT3_GROUPS = {
    "police": "police",
    "military": "military",
    "deputy-minister": "deputy ministers",
    "unit-head": "ministry units",
    "agency-head": "agency heads",
    "ojk": "agency heads",
    "governor": "governors",
    "pj-governor": "governors",
    "vice-governor": "governors",
    "regent": "regents and mayors",
    "mayor": "regents and mayors",
    "pj-regent": "regents and mayors",
    "pj-mayor": "regents and mayors",
    "sekda": "regional secretaries",
    "regional-office": "regional offices",
    "dprd": "regional parliaments",
    "prosecutor": "prosecutors and courts",
    "court": "prosecutors and courts",
    "state": "state institutions",
    "setpres": "state institutions",
    "misspelt": "misspelt and glued",
    "misspelt-title": "misspelt and glued",
    "glued": "misspelt and glued",
    "bare-title": "bare titles",
}


def _rows(path: Path = TABLE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _person(record: Record, mention: str) -> Any:
    """The PERSON inside the mention (the longest, when several are found)."""
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    return max(inside, key=lambda e: e.end - e.start) if inside else None


def _found(extractor: Extractor, rows: list[dict[str, Any]]) -> list[Any]:
    """The PERSON found in each row's mention (None when there is none)."""
    items = [
        {"id": str(i), "text": FRAME.format(mention=r["mention"]), "published": r["published"]}
        for i, r in enumerate(rows)
    ]
    return [
        _person(record, row["mention"])
        for row, record in zip(rows, extractor.extract_many(items), strict=True)
    ]


def _right(row: dict[str, Any], person: Any) -> bool:
    """Person and organisation both right; a row without a person wants no PERSON."""
    if row["person"] is None:
        return person is None
    return person is not None and person.canonical == row["person"] and person.org == row["org"]


def _rights(rows: list[dict[str, Any]], found: list[Any]) -> list[bool]:
    """Whether each row's person and organisation came out right."""
    return [_right(row, person) for row, person in zip(rows, found, strict=True)]


def _print_misses(rows: list[dict[str, Any]], found: list[Any], right: list[bool]) -> None:
    """Print each missed row with what it wants and what came out (shown with ``-s``)."""
    for row, person, ok in zip(rows, found, right, strict=True):
        if not ok:
            got = (person.canonical, person.org) if person is not None else None
            print(
                f"  miss [{row['family']}] {row['mention']!r}: want "
                f"{(row['person'], row['org'])}, got {got}"
            )


def score(extractor: Extractor, rows: list[dict[str, Any]]) -> tuple[float, Counter[str]]:
    """Share of rows whose person and organisation are both right, and misses by family."""
    right = 0
    missed: Counter[str] = Counter()
    for row, person in zip(rows, _found(extractor, rows), strict=True):
        if _right(row, person):
            right += 1
        else:
            missed[row["family"]] += 1
    return right / len(rows), missed


def test_table_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    years = {r["published"][:4] for r in rows}
    assert {str(y) for y in range(2015, 2026)} <= years
    for row in rows:
        assert row["mention"] and row["person"] and row["source"]


def test_heldout_table_is_well_formed_and_new() -> None:
    rows = _rows(HELDOUT)
    assert len(rows) >= 60
    assert {str(y) for y in range(2015, 2026)} <= {r["published"][:4] for r in rows}
    for row in rows:
        assert row["mention"] and row["person"] and row["source"] and row["family"]
    assert not {r["mention"] for r in rows} & {r["mention"] for r in _rows()}


@pytest.fixture(scope="module")
def table_score(extractor: Extractor) -> tuple[float, Counter[str]]:
    return score(extractor, _rows())


def test_official_mentions_score(table_score: tuple[float, Counter[str]]) -> None:
    value, missed = table_score
    assert value >= MIN_SCORE, (value, missed.most_common())


def test_heldout_official_mentions_score(extractor: Extractor) -> None:
    value, missed = score(extractor, _rows(HELDOUT))
    assert value >= MIN_HELDOUT_SCORE, (value, missed.most_common())


def test_heldout2_table_is_well_formed_and_new() -> None:
    rows = _rows(HELDOUT2)
    assert len(rows) >= 150
    assert {str(y) for y in range(2015, 2027)} <= {r["published"][:4] for r in rows}
    for row in rows:
        assert row["mention"] and row["source"] and row["family"] and row["published"]
        if row["family"] == "bare-title":
            assert row["person"] is None and row["org"] is None
        else:
            assert row["person"] and row["org"]
    mentions = [r["mention"] for r in rows]
    assert len(set(mentions)) == len(mentions)
    assert not set(mentions) & {r["mention"] for r in _rows() + _rows(HELDOUT)}


def test_heldout2_official_mentions_score(extractor: Extractor) -> None:
    rows = _rows(HELDOUT2)
    found = _found(extractor, rows)
    right = _rights(rows, found)
    value = sum(right) / len(rows)
    print(f"official_mentions_heldout2: {sum(right)}/{len(rows)} = {value:.3f}")
    _print_misses(rows, found, right)
    assert value >= MIN_HELDOUT2_SCORE, value


def _page(source: str) -> str:
    """A source address without scheme and ``www.``, for comparing pages across tables."""
    for prefix in ("https://", "http://", "www."):
        source = source.removeprefix(prefix)
    return source.rstrip("/")


def _assert_new_table(rows: list[dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """A held-out table: 2015-2026, known families, no family group above 12.5% of the rows,
    bare titles without a person, and no mention or page shared with the other tables."""
    assert {str(y) for y in range(2015, 2027)} <= {r["published"][:4] for r in rows}
    for row in rows:
        assert row["mention"] and row["source"] and row["published"]
        assert row["family"] in HELDOUT3_GROUPS
        if row["family"] == "bare-title":
            assert row["person"] is None and row["org"] is None
        else:
            assert row["person"] and row["org"]
    groups = Counter(HELDOUT3_GROUPS[r["family"]] for r in rows)
    assert max(groups.values()) <= 0.125 * len(rows), groups.most_common(3)
    mentions = [r["mention"] for r in rows]
    assert len(set(mentions)) == len(mentions)
    assert not set(mentions) & {r["mention"] for r in others}
    # no page of the other tables is used (a page address may be written shorter there)
    pages = {_page(r["source"]) for r in others if r.get("source")}
    for row in rows:
        page = _page(row["source"])
        assert not any(page.startswith(other) for other in pages), row["source"]


def _print_by_group(name: str, rows: list[dict[str, Any]], right: list[bool]) -> float:
    """Print a table's score, overall and by family group; return the overall score."""
    value = sum(right) / len(rows)
    print(f"\n{name}: {sum(right)}/{len(rows)} = {value:.3f}")
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for row, ok in zip(rows, right, strict=True):
        total[HELDOUT3_GROUPS[row["family"]]] += 1
        good[HELDOUT3_GROUPS[row["family"]]] += ok
    for group, count in total.most_common():
        print(f"  {group:24} {good[group]:3}/{count:3} = {good[group] / count:.2f}")
    return value


def _grouped_score(extractor: Extractor, table: Path, name: str) -> float:
    """Score a held-out table: print it by family group and the misses; return the score."""
    rows = _rows(table)
    found = _found(extractor, rows)
    right = _rights(rows, found)
    value = _print_by_group(name, rows, right)
    _print_misses(rows, found, right)
    return value


def test_heldout3_table_is_well_formed_and_new() -> None:
    rows = _rows(HELDOUT3)
    assert len(rows) >= 220
    _assert_new_table(rows, _rows() + _rows(HELDOUT) + _rows(HELDOUT2))


def test_heldout3_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT3, "official_mentions_heldout3")
    assert value >= MIN_HELDOUT3_SCORE, value


def test_heldout4_table_is_well_formed_and_new() -> None:
    rows = _rows(HELDOUT4)
    assert len(rows) >= 220
    _assert_new_table(rows, _rows() + _rows(HELDOUT) + _rows(HELDOUT2) + _rows(HELDOUT3))


def test_heldout4_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT4, "official_mentions_heldout4")
    assert value >= MIN_HELDOUT4_SCORE, value


def _assert_new_balanced_table(table: Path, minimum: int) -> None:
    """``table`` has at least ``minimum`` well-formed rows, shares no mention or page with the
    tables written before it, and no family group holds more than 10% of its rows."""
    rows = _rows(table)
    assert len(rows) >= minimum
    earlier = (
        HELDOUT,
        HELDOUT2,
        HELDOUT3,
        HELDOUT4,
        HELDOUT5,
        HELDOUT6,
        HELDOUT7,
        HELDOUT8,
        HELDOUT9,
        HELDOUT10,
        HELDOUT11,
    )
    others = [row for path in earlier[: earlier.index(table)] for row in _rows(path)]
    _assert_new_table(rows, _rows() + others)
    groups = Counter(HELDOUT3_GROUPS[r["family"]] for r in rows)
    assert max(groups.values()) <= 0.10 * len(rows), groups.most_common(3)


def test_heldout5_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT5, 260)


def test_heldout5_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT5, "official_mentions_heldout5")
    assert value >= MIN_HELDOUT5_SCORE, value


def test_heldout6_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT6, 260)


def test_heldout6_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT6, "official_mentions_heldout6")
    assert value >= MIN_HELDOUT6_SCORE, value


def test_heldout7_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT7, 260)


def test_heldout7_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT7, "official_mentions_heldout7")
    assert value >= MIN_HELDOUT7_SCORE, value


def test_heldout8_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT8, 250)


def test_heldout8_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT8, "official_mentions_heldout8")
    assert value >= MIN_HELDOUT8_SCORE, value


def test_heldout9_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT9, 250)


def test_heldout9_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT9, "official_mentions_heldout9")
    assert value >= MIN_HELDOUT9_SCORE, value


def test_heldout10_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT10, 250)


def test_heldout10_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT10, "official_mentions_heldout10")
    assert value >= MIN_HELDOUT10_SCORE, value


def test_heldout11_table_is_well_formed_and_new() -> None:
    _assert_new_balanced_table(HELDOUT11, 250)


def test_heldout11_official_mentions_score(extractor: Extractor) -> None:
    value = _grouped_score(extractor, HELDOUT11, "official_mentions_heldout11")
    assert value >= MIN_HELDOUT11_SCORE, value
