"""Chairs of the regency parliaments added by the dprdreg lane (``offices.jsonl``: one chair
office per regency; ``organizations.jsonl``: the parliament each office belongs to;
``holders.jsonl``: each term's ``note`` naming its pages), on mentions and titles written for
this test (``data/dprdreg_holder_cases.jsonl``): "Ketua DPRD Kabupaten X" or "Ketua DPRD X" and
a name (full, a spelling off) give the chair's full name, the role and the regency's
parliament; a bare title names the chair of the day, and an unknown name after the title is
not linked to the chair.

The table's rows and the check that the lane's lines name their pages are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines

ROLE = "Ketua Dewan Perwakilan Rakyat Daerah Kabupaten "
PARLIAMENT = "Dewan Perwakilan Rakyat Daerah Kabupaten "
# Aceh's regencies' parliaments are DPRKs (UU 11/2006): "Dewan Perwakilan Rakyat Kabupaten X"
ACEH_ROLE = "Ketua Dewan Perwakilan Rakyat Kabupaten "
ACEH_PARLIAMENT = "Dewan Perwakilan Rakyat Kabupaten "


def test_every_regency_has_a_chair_office() -> None:
    """One chair office per regency, with the role and the organisation the
    regional-parliament pattern gives ("Ketua DPRD Sleman": the Kabupaten Sleman's DPRD), and
    the full form as its only title (the pattern reads the short forms)."""
    regencies = {
        r["canonical"].removeprefix("Kabupaten "): r["parent"] == "Aceh"
        for r in gazetteer_lines("regions.jsonl")
        if r["kind"] == "regency"
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
    assert len(regencies) == 416
    assert set(offices) == set(regencies)
    for regency, office in offices.items():
        aceh = regencies[regency]
        assert office["role"] == (ACEH_ROLE if aceh else ROLE) + regency, office
        assert office["titles"] == [office["role"]], office
        assert parliaments[office["org"]] == (ACEH_PARLIAMENT if aceh else PARLIAMENT) + regency
