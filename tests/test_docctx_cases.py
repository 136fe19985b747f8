"""Regional posts written without their region, read from the document's context
(``components/doc_regions.py``): short news texts written for this test
(``tests/data/docctx_cases.jsonl``), each with the officials it names.

Families: ``body`` (a bare post after the one regional government, office, parliament or
head's title of its level the text names: "Pemkab X ... Sekda Nama"), ``dateline`` (a
regency's or city's head after a dateline naming that regency or city: "KLATEN - Bupati
Nama"), ``setempat`` (a post with "setempat", "di daerah itu", "daerah tersebut": the most
recent region named before, the regency before its province, else the dateline's) and
``negative`` (two regions of the level, a province and its capital, a national body, a place
named without a body, a region named after the post, a dateline both a regency and a city
have, a city dateline for a regent, a holder the name does not fit): no organisation; and
``short_form`` (a regency named by the short form regional news writes for it, "Lamteng",
"Halsel", "Butur", in a dateline, a body, a place or the mention: ``gazetteers/regions.jsonl``;
the Medan press's fused "Provsu", "Pemprovsu", "Wagubsu"); a province's government named
with its capital as the place of the event gives a bare office the province's, not the
capital's ("Pemprov X menggelar rapat di Kota Y ... Kepala Dinas Sosial Nama": ``body``);
``office_place`` (a national body's office named with its region, "Polres X", "Kantor
Kemenag Kabupaten X", "BPS Kota X", places the story there as a place named does: two such
regions, another dateline, a name a regency and a city share: none); and ``mononym`` (one
word after a post whose region the document gave is a name by its form, "Sekda Suparjo",
not a dictionary word, headline verb, event word, gerund or district: "Bupati Cup"); and
``spoken_post`` (the same post written before with its region and no name after it, the post
spoken of before its holder is named, "Gubernur Y melantik Penjabat Sekda Kabupaten X ... Pj
Sekda Nama", is that region's whatever other region's head or dateline the text has; two
such posts, or another region's government or office named as a body: none; the post written
with another holder's name is another person's); and ``honorific``
(honorifics and degrees between the bare post and the name, "Sekda Drs. H. Nama", "Bupati H.
Nama", "Camat Ir. Nama", leave the document's region to the post; two bodies or no context:
none); and ``office_field`` (a regional office's head written "Kadis" and the office's field,
"Kadis Sosial Nama", "Kadis Pertanian, Nama", takes the document's region as the office's
whole short form does, "Kadinsos Nama"; two bodies or no context: none).

Every official must come out right; an expected null organisation means no PERSON of that
name gets one (a wrong organisation is worse than none); ``absent`` means no PERSON of that
canonical at all (a short mention of a person named in full, words that are no name).
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_cases, load_cases, official_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "docctx_cases.jsonl"


def test_document_context_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    records = extract_cases(extractor, cases)
    misses = [line for c, r in zip(cases, records, strict=True) for line in official_misses(c, r)]
    assert not misses, "\n".join(misses)


def test_cases_cover_every_family() -> None:
    families = {case["family"] for case in load_cases(CASES)}
    assert families == {
        "body",
        "dateline",
        "setempat",
        "negative",
        "short_form",
        "office_place",
        "mononym",
        "spoken_post",
        "honorific",
        "office_field",
    }
