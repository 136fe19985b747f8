"""Heads of the high prosecutor offices (Kajati), the Kejaksaan Agung's spokesperson
(Kapuspenkum) and Jaksa Agung Muda terms added by the kajati lane (``offices.jsonl`` and
``holders.jsonl`` lines; each line's ``note`` names its pages), on mentions and titles written for
this test (``data/kajati_holder_cases.jsonl``): a title and a name (short, a spelling off) give the
holder's full name, the role and the Kejaksaan Agung; a bare title names the holder of the day
and nobody outside the days the pages confirm; an unknown name, or another province's holder,
after a title held that day is not linked to the holder.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

import pytest

from helpers import gazetteer_lines
from pmk_extract import Extractor

LANE = "kajati lane (issue 18"
# the fused form the Medan press writes for the Kajati of Sumatera Utara
KAJATI_TITLES = ("Kajati ", "Kepala Kejati ", "Kepala Kejaksaan Tinggi ", "Kajatisu")


def test_a_kajati_office_per_province_as_the_pattern_names_it() -> None:
    provinces = {
        r["canonical"] for r in gazetteer_lines("regions.jsonl") if r["kind"] == "province"
    }
    offices = [
        o
        for o in gazetteer_lines("offices.jsonl")
        if o.get("note", "").startswith(LANE) and o["id"].startswith("kajati-")
    ]
    assert len(offices) == 34
    for office in offices:
        province = office["role"].removeprefix("Kepala Kejaksaan Tinggi ")
        assert province in provinces, office
        assert office["org"] == "kejagung", office
        assert all(t.startswith(KAJATI_TITLES) for t in office["titles"]), office
        assert f"Kajati {province}" in office["titles"], office


@pytest.mark.parametrize(
    ("text", "org_span", "canonical"),
    [
        (
            "Kepala Kejati Jateng Suarnawan meninjau lokasi.",
            "Kejati Jateng",
            "Kejaksaan Tinggi Jawa Tengah",
        ),
        ("Kepala Kejati Bali Sumedana hadir.", "Kejati Bali", "Kejaksaan Tinggi Bali"),
    ],
)
def test_the_kejati_stays_the_pattern_s_organisation(
    extractor: Extractor, text: str, org_span: str, canonical: str
) -> None:
    record = extractor.extract(text, published="2024-05-02")
    orgs = {e.text: e.canonical for e in record.entities if e.label == "ORG"}
    assert orgs.get(org_span) == canonical
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Kejaksaan Agung"]
