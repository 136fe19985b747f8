"""Regencies' and cities' regional secretaries of Kalimantan, Sulawesi, Maluku and Papua added by
the sekdae lane (``offices.jsonl`` and ``holders.jsonl``, each holder line's ``note`` naming its
pages): an office for every regency and city of those provinces, in the shape of the sekkab
lane's lines (role ``Sekretaris Daerah Kabupaten X`` / ``Sekretaris Daerah Kota X``, the region's
government, the full title only), so that 'Sekda X Nama' reaches the holder the pages confirm.

The table's rows (``data/sekdae_holder_cases.jsonl``: written mentions, bare titles on days,
unknown names, the lane's lines) are judged in ``test_lane_holders.py``; this module keeps the
lane's own facts."""

from __future__ import annotations

from helpers import gazetteer_lines

_LANE = "sekdae lane (issue 18"
_OFFICES = ("sekretaris-daerah-kabupaten-", "sekretaris-daerah-kota-")
# the provinces of the lane: Kalimantan, Sulawesi, Maluku and Papua (codes 6x to 9x)
_CODES = ("6", "7", "8", "9")


def _full_name(region: dict[str, str]) -> str:
    name = region["canonical"]
    if region["kind"] == "city" and not name.startswith("Kota "):
        return f"Kota {name}"
    return name


def test_every_regency_and_city_of_the_lane_has_a_secretary_office() -> None:
    regions = gazetteer_lines("regions.jsonl")
    provinces = {
        r["canonical"] for r in regions if r["kind"] == "province" and r["code"][0] in _CODES
    }
    wanted = {
        f"Sekretaris Daerah {_full_name(r)}"
        for r in regions
        if r["kind"] in ("regency", "city") and r["parent"] in provinces
    }
    offices = {o["role"]: o for o in gazetteer_lines("offices.jsonl")}
    assert len(wanted) >= 200
    assert wanted <= offices.keys(), sorted(wanted - offices.keys())
    for role in wanted:
        assert offices[role]["titles"] == [role], role


def test_the_lane_lines_name_their_pages() -> None:
    offices = [o for o in gazetteer_lines("offices.jsonl") if _LANE in o.get("note", "")]
    assert len(offices) >= 190
    lines = [h for h in gazetteer_lines("holders.jsonl") if _LANE in h.get("note", "")]
    assert len(lines) >= 51
    for holder in lines:
        assert holder["office"].startswith(_OFFICES), holder
        assert "source:" in holder["note"], holder
        assert holder["start"] <= holder["end"], holder
