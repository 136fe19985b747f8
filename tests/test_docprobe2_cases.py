"""Regional posts written without their region in a document that names the region, round 2
(the docprobe2 lane, issue 18): short texts written for this test
(``tests/data/docprobe2_cases.jsonl``), each a ``before`` text and a mention, with the person,
organisation and (when given) role the mention's PERSON must have; a null organisation means
none (a wrong one is worse).

Families: ``province_kind`` (a province written with its kind word, "Provinsi Nusa Tenggara
Timur menerima penghargaan", "Prov. Sulteng", as the one region the text names: a post of
either level, "Kadinsos Nama", "Asisten II Setda Nama", is the province's, also under the
dateline of its seat that a regency shares, "KUPANG -"; the province's bare name as a story's
place, a province and a regency inside it, the seat's dateline alone: none) and
``section_field`` (the head of a regional secretariat's section written with a field only a
secretariat's sections bear and neither the secretariat nor the region, "Kabag Prokopim
Nama", "Kabag Tapem Nama", "Kepala Bagian Pengadaan Barang dan Jasa, Nama": the field ends
the post, a dictionary word opening the name notwithstanding, and the document's one region
gives the organisation; "Kabag Hukum Nama", a field every body's sections bear, two regions
named, no region: none) and ``district_place_part`` (a district head's title, a district's
name and a place's part after it that make no district the gazetteer knows, "Camat Lawang
Selatan Nama", "Camat Sukajadi Barat, Nama": an unknown district, no organisation, the part
never the name's first word; a known district with its part, "Camat Tarogong Kidul", or
alone: its regency's government) and ``holder_spelling`` (a regional head's deputy stored
under the spelling of one page's headline, "Nazarudin", now under the name the pages of his
careers write, "Nasarudin", the other an alias: both resolve to it).
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "docprobe2_cases.jsonl"


def test_docprobe2_cases(extractor: Extractor) -> None:
    assert not mention_misses(extractor, load_cases(CASES))


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "province_kind",
        "section_field",
        "district_place_part",
        "holder_spelling",
    }
