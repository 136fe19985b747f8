"""Provincial regional secretaries (``sekda-*`` offices and their holders), on sentences
written for these tests: the full title resolves to the holder on the date, a short name after
the full title takes the full name, an acting secretary keeps the acting post, and a single
name is linked only after its title. The short forms ('Sekda X', 'Sekdaprov X') are no office
titles: they stay with the regional-secretariat pattern, which also reads the posts of the
secretariat's staff written before them ('Asisten I Sekdaprov X').

The titles on their days and the names in sentences are rows of
``data/sekda_holder_cases.jsonl``, judged in ``test_lane_holders.py``."""

from __future__ import annotations

from pmk_extract import Extractor
from pmk_extract.people import default_people


def test_every_province_has_a_regional_secretary_office() -> None:
    people = default_people()
    offices = [o for o in people.offices.values() if o.id.startswith("sekda-")]
    assert len(offices) == 38
    assert all(o.role.startswith("Sekretaris Daerah Provinsi ") for o in offices)
    assert all(t.startswith("Sekretaris Daerah Provinsi ") for o in offices for t in o.titles)


def test_an_assistant_before_the_short_form_keeps_the_assistant_post(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Asisten I Sekdaprov Jabar Ratna Widuri membuka rapat koordinasi di Gedung Sate.",
        published="2024-11-12",
    )
    person = next(e for e in record.entities if e.text == "Ratna Widuri")
    assert person.canonical == "Ratna Widuri"
    assert person.role is not None and person.role.startswith("Asisten I")


def test_a_single_name_secretary_is_linked_only_after_the_title(extractor: Extractor) -> None:
    bare = extractor.extract(
        "Sumarno, petani di Kendal, memanen padi lebih awal tahun ini.",
        published="2022-05-02",
    )
    assert all(e.role != "Sekretaris Daerah Provinsi Jawa Tengah" for e in bare.entities)
