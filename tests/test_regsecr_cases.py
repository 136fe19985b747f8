"""Regional parliaments' names and fractions in officials' mentions, on sentences written for
this test (``data/regsecr_cases.jsonl``): a regional parliament's full name after a numbered
post, a commission, a body or a fraction is that parliament (its secretariat's officials
stay the region's government's); a national parliament's body read before "Daerah" is the
regional parliament's; a fraction's short form ("F-PKS", "FPKB") before a parliament is the
party's fraction in it, also in brackets after the party ("Fraksi PDI Perjuangan (F-PDIP)
DPRD X"); "Sekwan" or "Sekretaris Dewan" with the region alone is the parliament's secretary
(the region's government); a bureau head's "Karo" reads a field joined by "dan". Negative
rows: the national parliament stays national; a fraction with no parliament written, or
letters that are no party's, give no organisation; a Jakarta city's council, another
council and the regency's own secretary are not read as the parliament's secretary. A constituency's
number ("Dapil 3") is skipped before a member's name ("dari 3 fraksi" is no constituency);
a post's unit after "pada" ("Kepala Bagian Hukum pada Sekretariat Daerah Kabupaten X") is
read as without it, and "pada" before no unit gives no organisation. A term may be written
"masa jabatan" and its years; "Legislator" and "Pimpinan" before a parliament are its member
and leader (not before another body); a committee named by a bill joins its words with
"tentang" and "dan". A new Papuan province's parliament is its own DPR ("DPR Papua Tengah"),
not the DPR Papua. The secretary's title may stand before an assistant's field ("Asisten
Sekda Bidang Pemerintahan Kota X"); a coach's assistant is none. A commission's field after
"yang membidangi" and a comma stands between the title and the name (with no comma, no
organisation is read).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, longest_person, mention_outcome
from pmk_extract import Extractor, Record

CASES = load_cases(Path(__file__).parent / "data" / "regsecr_cases.jsonl")


def _outcome(case: dict[str, Any], record: Record) -> tuple[bool, str | None]:
    if case["person"] is not None:
        return mention_outcome(case, record)
    person = longest_person(record, case["mention"])  # a nameless phrase: no person
    return person is None, person.org if person is not None else None


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, _outcome)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_regsecr_case(outcomes: list[tuple[dict[str, Any], bool, str | None]], index: int) -> None:
    case, ok, wrong_org = outcomes[index]
    assert ok, (case["mention"], wrong_org)
