"""Chairs of regional parliaments added by the dprd lane (``offices.jsonl``: one office per
provincial DPRD and per DPRD of the provincial capitals and largest cities; ``holders.jsonl``:
each term's ``note`` naming its pages), on mentions and titles written for this test
(``data/dprd_holder_cases.jsonl``): "Ketua DPRD X" and a name (full, an alias, a spelling one
letter off, a single name) give the chair's full name, the role and the regional parliament; a
bare title names the chair of the day, nobody outside the terms the pages confirm, and an unknown
name after the title is not linked to the chair.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import (
    extract_cases,
    gazetteer_lines,
)
from pmk_extract import Extractor
from pmk_extract.components.ministry_posts import field_vocabulary
from pmk_extract.kb import KnowledgeBase
from pmk_extract.kb_entries import KBEntry
from pmk_extract.lexicons import lexicons

LANE = "dprd lane (issue 18, regional parliaments' chairs)"
PROVINCIAL = "Ketua Dewan Perwakilan Rakyat Daerah Provinsi"
CITY = "Ketua Dewan Perwakilan Rakyat Daerah Kota"


def test_every_province_has_a_chair_office() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if LANE in o.get("note", "")]
    # Aceh's and Papua's parliaments keep their own names (Dewan Perwakilan Rakyat Aceh, ...)
    own_names = {"dpra", "dprp", "dprpb", "dprpt", "dprppeg", "dprps", "dprpbd"}
    provincial = [o for o in offices if o["role"].startswith(PROVINCIAL) or o["org"] in own_names]
    assert len(provincial) == 38
    for office in offices:
        assert office["titles"] == [office["role"]], office


def test_a_parliament_line_adds_no_field_words() -> None:
    """An organisation line with no written form (only the organisation of offices a pattern
    reads) leaves the field vocabulary as it is; written, its words are field words."""
    silent = KBEntry(
        id="dprd-x",
        canonical="Dewan Perwakilan Rakyat Daerah Kota Contoh Raya",
        label="ORG",
        kind="regional_parliament",
        aliases=(),
        match_canonical=False,
    )
    assert "Contoh" not in field_vocabulary(KnowledgeBase([silent]), lexicons())
    written = replace(silent, match_canonical=True)
    assert "Contoh" in field_vocabulary(KnowledgeBase([written]), lexicons())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ketua DPRD Sumanto memberikan keterangan kepada wartawan.", "2025-05-05"),
        ("Ketua DPRD Kusnadi menerima audiensi warga.", "2021-05-05"),
        ("Ketua DPRD Supardi menerima audiensi warga.", "2021-05-05"),
    ],
)
def test_a_bare_title_and_one_name_names_no_provincial_chair(
    extractor: Extractor, text: str, day: str
) -> None:
    """'Ketua DPRD' is no class title: a one-word name after it with no parliament named is
    as likely a regency's chair (hundreds of DPRDs, names many share) as the province's."""
    record = extractor.extract(text, published=day)
    assert not [e for e in record.entities if e.label == "PERSON" and e.org]


def test_a_shared_name_alone_keeps_its_other_holder(extractor: Extractor) -> None:
    """Jawa Barat's chair of 2019-2024 shares his name with the deputy minister of 2024: the
    name alone (title_only) names the minister, not the chair."""
    records = extract_cases(extractor, [{"mention": "Taufik Hidayat", "published": "2025-01-10"}])
    people = [e for e in records[0].entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Kementerian Pemuda dan Olahraga"]
