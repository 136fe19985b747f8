"""Chairs of the city parliaments added by the dprdcity lane (``offices.jsonl``: one chair office
per city with a DPRD, DKI Jakarta's administrative cities having none; ``organizations.jsonl``:
the parliament each office belongs to; ``holders.jsonl``: each term's ``note`` naming its
pages), on mentions and titles written for this test (``data/dprdcity_holder_cases.jsonl``):
"Ketua DPRD Kota X" or "Ketua DPRD X" and a name (full, a spelling off) give the chair's full
name, the role and the city's parliament; a bare title names the chair of the day, and an
unknown name after the title is not linked to the chair.

The table's rows and the check that the lane's lines name their pages are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines

ROLE = "Ketua Dewan Perwakilan Rakyat Daerah Kota "
PARLIAMENT = "Dewan Perwakilan Rakyat Daerah Kota "
# Aceh's cities' parliaments are DPRKs (UU 11/2006): "Dewan Perwakilan Rakyat Kota X"
ACEH_ROLE = "Ketua Dewan Perwakilan Rakyat Kota "
ACEH_PARLIAMENT = "Dewan Perwakilan Rakyat Kota "


def test_every_city_with_a_parliament_has_a_chair_office() -> None:
    """One chair office per city outside DKI Jakarta (whose administrative cities elect no
    DPRD), with the role and the organisation the regional-parliament pattern gives, and the
    full form as its only title (the pattern reads the short forms)."""
    cities = {
        r["canonical"]: r["parent"] == "Aceh"
        for r in gazetteer_lines("regions.jsonl")
        if r["kind"] == "city" and r["parent"] != "DKI Jakarta"
    }
    parliaments = {
        o["id"]: o["canonical"]
        for o in gazetteer_lines("organizations.jsonl")
        if o["kind"] == "regional_parliament"
    }
    offices = {
        o["role"].removeprefix(ROLE).removeprefix(ACEH_ROLE): o
        for o in gazetteer_lines("offices.jsonl")
        if o["role"].startswith((ROLE, ACEH_ROLE))
    }
    assert len(cities) == 93
    assert set(offices) == set(cities)
    for city, office in offices.items():
        aceh = cities[city]
        assert office["role"] == (ACEH_ROLE if aceh else ROLE) + city, office
        assert office["titles"] == [office["role"]], office
        assert parliaments[office["org"]] == (ACEH_PARLIAMENT if aceh else PARLIAMENT) + city
