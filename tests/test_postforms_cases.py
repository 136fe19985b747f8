"""Regional posts and governments in short forms the press writes, whose region the document
gives: short news texts written for this test (``tests/data/postforms_cases.jsonl``), each
naming one official.

Families: ``spaced_unit`` (a post's short form whose unit the next words' short form ends,
"Kasat Pol PP Nama": the head of the Satuan Polisi Pamong Praja, an office the document's
region is given to, ``Lexicons.fused_unit``), ``assistant_short_field`` (a secretariat
assistant's field in the press's short form, "Asisten Pemkesra", "Asisten Adum", "Asisten
Perekbang": ``secretariat_posts.tsv``), ``government_short_form`` (a government's short form
before a region's own short form, "Pemkab Kutim": the government, a body,
``bracketed_governments.prefixed_governments``) and ``negative`` (no region written or
established, two governments, "Pemda" before a name a regency and a city share: no
organisation).
"""

from __future__ import annotations

from pathlib import Path

from helpers import case_text, extract_cases, load_cases
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "postforms_cases.jsonl"


def test_post_form_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    wrong = []
    for case, record in zip(cases, extract_cases(extractor, cases), strict=True):
        found = {(p.canonical, p.org) for p in record.entities if p.label == "PERSON"}
        if found != {(case["person"], case["org"])}:
            wrong.append(f"{case_text(case)}: {sorted(found, key=str)}")
    assert not wrong, "\n".join(wrong)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "spaced_unit",
        "assistant_short_field",
        "government_short_form",
        "negative",
    }
