"""Regional posts written without their region in a document that names the region (the
docprobe lane, issue 18): short texts written for this test (``tests/data/docprobe_cases.jsonl``),
each a ``before`` text and a mention, with the person, organisation and (when given) role the
mention's PERSON must have; a null organisation means none (a wrong one is worse).

Families: ``office_field_name`` (a regional office's head written "Kadis"/"Kaban" and the
office's field before a name whose first word is also a word of the dictionary, "Kadis
Kesehatan Budi Nama": the word opens the name when known people's names open with it and no
office's name holds it; "Kadis Kesehatan Hewan Nama", "... Lalu Lintas Nama": the field
goes on) and ``outlet_no_body`` (a unit named alone, "Kepala Biro Hukum Nama", "Kepala Bagian
Organisasi Setda Nama", after a dateline or credit naming a news outlet, "JAKARTA (ANTARA) -",
"SEMARANG, KOMPAS.com -": the outlet is never the unit's body; the body the text names, the
dateline's region, or none) and ``home_dateline`` (a province's head named after the
province's capital as the dateline, "PONTIANAK - Gubernur Kalimantan Barat Nama ...
Kadinsos Nama": the capital is the outlet's base, not a place the head visits, and the bare
post is the province's; a regency's dateline, another province's capital, the capital named
in the text as the place visited: none) and ``secretary_field`` (an office's secretary
fused with the office's head only, "Sekdis", then the office's field, "Pemkot X ... Sekdis
Pendidikan Nama": X's office's secretary; "Sekdis Nama" names no office: no post) and
``own_body_region`` (a post over a regional government's own body named by its kind,
"Direktur RSUD Nama", "Kepala Inspektorat Nama", with no body named: the region the dateline
or the one place named gives a post of either level; a province's capital as the dateline,
another regency named than the dateline's: none) and ``lower_post`` (a regional post in lower
case with its region left out before a name of two words in title case, "kata sekda Nama",
"kepala dinas sosial Nama", "kadis PUPR Nama", "wakil ketua DPRD Nama": read as the lexicons
write it, the document's region; "ketua Nama", a national title: no regional post).
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "docprobe_cases.jsonl"


def test_docprobe_cases(extractor: Extractor) -> None:
    assert not mention_misses(extractor, load_cases(CASES))


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "office_field_name",
        "outlet_no_body",
        "home_dateline",
        "secretary_field",
        "own_body_region",
        "lower_post",
    }
