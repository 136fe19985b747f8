"""Police and military office holders (``holders.jsonl``): the national chiefs, the
regional police chiefs (Kapolda) and a regional military commander (Pangdam), on sentences
written for these tests. A title resolves to the holder on the published date, a title and
a name take the holder's full name, and a date outside the sourced terms resolves to nobody.

The tables of titles on their days (and of names in sentences) are rows of
``data/police_military_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

from pmk_extract import Extractor

_KAPOLDA_OFFICES = (
    "kapolda-jawa-tengah",
    "kapolda-jawa-timur",
    "kapolda-jawa-barat",
    "kapolda-metro-jaya",
    "kapolda-di-yogyakarta",
)


def test_a_bare_title_in_a_quote_cue_names_the_holder(extractor: Extractor) -> None:
    record = extractor.extract(
        "“Personel kami siagakan di semua jalur,” kata Kapolda Jatim di Surabaya.",
        published="2021-06-01",
    )
    assert [q.speaker for q in record.quotes] == ["Nico Afinta"]
    deputy = extractor.extract(
        "“Personel kami siagakan di semua jalur,” kata Wakil Kapolda Jatim di Surabaya.",
        published="2021-06-01",
    )
    assert all(q.speaker != "Nico Afinta" for q in deputy.quotes)
