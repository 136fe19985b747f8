"""Regional police and military command heads as news write them: a table of mentions
written for these tests (``tests/data/command_holder_cases.jsonl``: the mention, the
published date, the person as written, the holder's full name in the knowledge base where
it holds one, the role and the organisation). Kapolda and Pangdam are sourced holders;
Danrem, Dandim, Danramil and Kapolsek (invented names) get role and organisation from the
command-title pattern alone. The sourced terms' boundaries: a bare title resolves to the
holder on the date and to nobody outside the confirmed terms.

The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pmk_extract import Extractor
from pmk_extract.people import default_people


def test_every_province_police_and_every_kodam_has_an_office() -> None:
    offices = default_people().offices
    kapolda = [o for o in offices if o.startswith("kapolda-")]
    pangdam = [o for o in offices if o.startswith("pangdam-")]
    assert len(kapolda) >= 34 and len(pangdam) >= 15
    for office in (*kapolda, *pangdam):
        assert offices[office].org in {"polri", "tni"}


def test_a_longer_province_after_a_kapolda_title_keeps_its_own_role(extractor: Extractor) -> None:
    # "Kapolda Papua" is an office title; "Kapolda Papua Barat Daya" names another Polda
    # (the name is the recorded first chief of that Polda, polda lane)
    record = extractor.extract(
        "Kapolda Papua Barat Daya Brigjen Pol Gatot Haribowo meninjau lokasi banjir.",
        published="2025-03-01",
    )
    chief = next(e for e in record.entities if e.text == "Gatot Haribowo")
    assert chief.role == "Kepala Kepolisian Daerah Papua Barat Daya"
    assert chief.canonical == "Gatot Haribowo"
