"""Datelines as regional outlets write them, and the document region they give a bare post.

Short texts written for this test (``tests/data/regional_dateline_cases.jsonl``). Families:
``title_case`` (a province, regency, city or district written in title case with a dash at
the head of the text's first line, a body sentence after it: "Sleman – Pemerintah ..."),
``outlet_first`` (an outlet the outlet list lacks, then the place: "WartaMuriaCom, Kudus –";
a web address, a bar, then a known place: "Beritantt.com | Kupang –"; a known place, a bar,
an outlet: "MALANG | Warta Arema –"), ``tight_dash`` (a hyphen touching the word after an
agency or outlet in brackets: "JAKARTA (ANTARA)-Pemerintah ..."; not after a title-case
word that is no place, nor before a lower-case word),
``headline`` (a first line that is no dateline: no known place, a short headline line, a
title or a name before the dash), ``region`` (a bare regional post in a text whose only
region is such a dateline: the region's government), ``story`` (the governor's visit: a
bare post in a text naming a province's head and one regency's, the regency the dateline
places the story in, by its name or one of its districts'; another regency's head: none)
and ``negative`` (the older guards hold under a title-case dateline: a province's seat for
a post of either level, another regency named in the text: no organisation).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import case_text, extract_cases, load_cases
from pmk_extract import Extractor
from pmk_extract.dates import find_dateline

CASES = load_cases(Path(__file__).parent / "data" / "regional_dateline_cases.jsonl")
READ = [c for c in CASES if "place" in c]
REGION = [c for c in CASES if "place" not in c]


def test_dateline_read() -> None:
    wrong = []
    for case in READ:
        text = case["text"]
        line = find_dateline(text, dt.date.fromisoformat(case["published"]))
        place = None if line is None else line.place
        if place != case["place"]:
            wrong.append(f"{case['variant']}: {place!r}")
        elif line is not None and line.place_start is not None:
            assert text[line.place_start : line.place_end] == place
    assert not wrong, "\n".join(wrong)


def test_dateline_region(extractor: Extractor) -> None:
    wrong = []
    for case, record in zip(REGION, extract_cases(extractor, REGION), strict=True):
        found = {(p.canonical, p.org) for p in record.entities if p.label == "PERSON"}
        want = {(case["person"], case["org"]), *(tuple(other) for other in case.get("also", []))}
        if found != want:
            wrong.append(f"{case_text(case)}: {sorted(found, key=str)}")
    assert not wrong, "\n".join(wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in CASES}
    assert families == {
        "title_case",
        "outlet_first",
        "headline",
        "tight_dash",
        "region",
        "story",
        "negative",
    }
