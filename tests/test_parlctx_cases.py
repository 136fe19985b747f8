"""A regional parliament's post written with a body of it and no parliament, read from the
document (``components/council_context.py``): short news texts written for this test
(``tests/data/parlctx_cases.jsonl``), each with the officials it names.

Families: ``body`` (a post after the one regional parliament the text names: "DPRD X ...
Ketua Komisi D Nama", "Ketua Banggar Nama", "Ketua Fraksi PKS Nama", "Nama, Ketua Komisi IV,",
"Sekwan Nama": the secretary's organisation is the region's government), ``government`` and
``dateline`` (the text writes "DPRD" without its region, or the post is the council's
secretary: the parliament of the one regional government named as a body, else of the
dateline's region), ``negative`` (two parliaments or governments, a national parliament
named, no parliament in the text, another council or commission: no regional parliament) and
``mention`` (a party written without "Partai" in a fraction's short form or after "yang juga
politikus": "F-Demokrat", "politikus Demokrat"). An expected null organisation means no
PERSON of that name gets one; with ``not_org`` only that organisation is refused.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, official_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "parlctx_cases.jsonl"


def test_parliament_context_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in official_misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {"body", "government", "dateline", "negative", "mention"}
