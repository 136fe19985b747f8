"""Regional posts read with their page's context (``components/region_mentions.py``,
``lexicons/secretariat_*.tsv``, ``lexicons/org_vetoes.tsv``): short news texts written for
this test (``tests/data/regctx_cases.jsonl``), each with the officials it names.

Families: ``story_dateline`` (a regional office's head written with no region, "Kepala Dinas
Kesehatan Nama", in a text naming the bodies of a province and of one regency inside it,
"Pemkab X menerima bantuan dari Pemprov Y": the regency whose name, seat town or district
the dateline writes), ``seat_dateline`` (no region written at all, a dateline naming a
regency's seat town or district: that regency's), ``secretariat_short`` (a regional
secretariat's short form after its post, "Asisten III Setkab", "Asisten II Setkot", "Kabag
Hukum Setkot X", "Asisten II Setprov X": the regency's, city's or province's secretariat;
"Setkab" after a numbered assistant is no Cabinet Secretariat), ``office_written_out`` (a
regional office's "Badan" written out as its short form expands, "Kepala Badan Kesatuan
Bangsa dan Politik Nama" as "Kepala Kesbangpol Nama", and the older short form "Bapeda": the
region the document gives), ``interim_lead`` (a newly sworn regional parliament's temporary
chair or vice chair written alone, "Ketua Sementara, Nama": the one regional parliament the
document names), ``capitals_post`` (a council's post written in capitals with no council after
it, "KETUA KOMISI A Nama", "SEKWAN Nama", as headlines and captions write it: read as the
table writes it) and ``negative`` (no dateline, a dateline of the province's
capital or of another place, two regencies, a place named after a seat dateline, the Cabinet
Secretariat's own posts, a written-out office in a national text or after two regions, a
national agency's full name, a temporary chair after a national parliament, a club or two
councils).

Every official must come out right; an expected null organisation means no PERSON of that
name gets one (a wrong organisation is worse than none).
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, official_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "regctx_cases.jsonl"


def test_regional_context_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in official_misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "story_dateline",
        "seat_dateline",
        "secretariat_short",
        "office_written_out",
        "interim_lead",
        "capitals_post",
        "negative",
    }
