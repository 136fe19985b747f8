"""Chairs of the regency and city parliaments added by the dprd4 lane, and the parliaments of
Aceh's regencies and cities.

The rule: a regency's or city's parliament of Aceh is the Dewan Perwakilan Rakyat Kabupaten/Kota
X (DPRK, UU 11/2006), whether the press writes "DPRK X", "DPRD X" or either name in full, while
every other regency's and city's parliament keeps its DPRD name. The knowledge base holds it as
data: each of Aceh's 23 parliaments (``organizations.jsonl``) has the DPRK name as its canonical
and the DPRD form as its only alias, and its chair office (``offices.jsonl``) the DPRK role; the
regional-parliament pattern gives a "DPRD X" reading the name the knowledge base holds for it.

The lane's terms (``holders.jsonl``, each ``note`` naming its pages) and the mentions written
for them (``data/dprd4_holder_cases.jsonl``) are judged in ``test_lane_holders.py``; this module
keeps the lane's own facts and the rule's sentences."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from helpers import gazetteer_lines, offices_held_on
from pmk_extract import Extractor

ACEH_KINDS = {"regency": "Kabupaten ", "city": "Kota "}
LANE = "dprd4 lane (issue 18"
# the family's chair offices held on the measured days (all lanes), after this lane
HELD_AT_LEAST = {
    "2015-06-01": 7,
    "2018-06-01": 15,
    "2021-06-01": 74,
    "2024-06-01": 66,
    "2026-06-01": 93,
}
CHAIR_PREFIXES = ("ketua-dprd-kabupaten-", "ketua-dprd-kota-")


def _aceh_places() -> list[str]:
    return [
        ACEH_KINDS[r["kind"]] + r["canonical"].removeprefix("Kabupaten ")
        for r in gazetteer_lines("regions.jsonl")
        if r["parent"] == "Aceh" and r["kind"] in ACEH_KINDS
    ]


def test_aceh_parliaments_carry_their_dprk_name() -> None:
    """Each of Aceh's 18 regencies and 5 cities has one parliament named "Dewan Perwakilan
    Rakyat Kabupaten/Kota X", with the DPRD form as its only alias, and one chair office with
    the DPRK role; no office or parliament of Aceh keeps the DPRD name."""
    places = _aceh_places()
    assert len(places) == 23
    parliaments = {
        o["canonical"]: o
        for o in gazetteer_lines("organizations.jsonl")
        if o["kind"] == "regional_parliament"
    }
    roles = {o["role"]: o for o in gazetteer_lines("offices.jsonl")}
    for place in places:
        parliament = parliaments[f"Dewan Perwakilan Rakyat {place}"]
        assert parliament["aliases"] == [f"Dewan Perwakilan Rakyat Daerah {place}"]
        assert parliament["match_canonical"] is False
        assert f"Dewan Perwakilan Rakyat Daerah {place}" not in parliaments
        office = roles[f"Ketua Dewan Perwakilan Rakyat {place}"]
        assert office["org"] == parliament["id"]
        assert office["titles"] == [office["role"]]
        assert f"Ketua Dewan Perwakilan Rakyat Daerah {place}" not in roles


def test_the_lane_lines_name_their_pages() -> None:
    """The lane's thirteen terms: chairs of Aceh's DPRKs (Banda Aceh, Aceh Besar, Aceh Utara,
    Aceh Timur, Lhokseumawe, Pidie, Bireuen) and of Surabaya's, Semarang's and Makassar's
    parliaments, each naming its pages."""
    lines = [h for h in gazetteer_lines("holders.jsonl") if h["note"].startswith(LANE)]
    assert len(lines) == 13
    offices = {h["office"] for h in lines}
    assert offices == {
        "ketua-dprd-kota-banda-aceh",
        "ketua-dprd-kabupaten-aceh-besar",
        "ketua-dprd-kabupaten-aceh-utara",
        "ketua-dprd-kabupaten-aceh-timur",
        "ketua-dprd-kota-surabaya",
        "ketua-dprd-kota-semarang",
        "ketua-dprd-kota-makassar",
        "ketua-dprd-kota-lhokseumawe",
        "ketua-dprd-kabupaten-pidie",
        "ketua-dprd-kabupaten-bireuen",
    }
    for holder in lines:
        # "...: <place> parliament ...; source: <page address> (...)"
        assert re.search(r" parliament[^;]*; source: [a-z0-9.-]+\.[a-z]{2,}/", holder["note"]), (
            holder
        )
        assert holder["start"] is not None, holder
        assert holder["end"] is None or holder["end"] >= holder["start"], holder


def test_the_family_coverage_on_the_measured_days() -> None:
    """The regency and city chair offices held on the measured days (every lane's terms)."""
    lines = [h for h in gazetteer_lines("holders.jsonl") if h["office"].startswith(CHAIR_PREFIXES)]
    for day, least in HELD_AT_LEAST.items():
        assert len(offices_held_on(lines, day)) >= least, day


# the rule's sentences: (sentence, the parliament the text names)
READINGS = [
    ("Rapat paripurna DPRK Pidie Jaya digelar pagi ini.", "Kabupaten Pidie Jaya"),
    ("Rapat paripurna DPRD Pidie Jaya digelar pagi ini.", "Kabupaten Pidie Jaya"),
    ("Sidang DPRD Kota Langsa membahas anggaran sekolah.", "Kota Langsa"),
    (
        "Dewan Perwakilan Rakyat Daerah Kota Lhokseumawe menggelar rapat dengar pendapat.",
        "Kota Lhokseumawe",
    ),
    (
        "Dewan Perwakilan Rakyat Kabupaten Bireuen menggelar rapat dengar pendapat.",
        "Kabupaten Bireuen",
    ),
    ("Dewan Perwakilan Rakyat Kabupaten (DPRK) Gayo Lues menerima tamu.", "Kabupaten Gayo Lues"),
]
# precision: outside Aceh's regencies and cities the DPRD keeps its name
OTHERS = [
    (
        "Rapat paripurna DPRD Kabupaten Bogor digelar pagi ini.",
        "Dewan Perwakilan Rakyat Daerah Kabupaten Bogor",
    ),
    (
        "Rapat paripurna DPRD Kabupaten Jayapura digelar pagi ini.",
        "Dewan Perwakilan Rakyat Daerah Kabupaten Jayapura",
    ),
    (
        "Sidang DPRD Kota Medan membahas anggaran sekolah.",
        "Dewan Perwakilan Rakyat Daerah Kota Medan",
    ),
    ("Rapat paripurna DPRD Aceh digelar pagi ini.", "Dewan Perwakilan Rakyat Aceh"),
]


def _orgs(extractor: Extractor, text: str) -> list[str]:
    record = extractor.extract(text, published=dt.date(2022, 6, 1))
    return [str(e.canonical) for e in record.entities if e.label == "ORG"]


@pytest.mark.parametrize(("text", "place"), READINGS)
def test_an_aceh_parliament_is_read_as_its_dprk(
    extractor: Extractor, text: str, place: str
) -> None:
    assert _orgs(extractor, text) == [f"Dewan Perwakilan Rakyat {place}"]


@pytest.mark.parametrize(("text", "name"), OTHERS)
def test_other_parliaments_keep_their_names(extractor: Extractor, text: str, name: str) -> None:
    assert _orgs(extractor, text) == [name]


def test_a_body_and_a_member_of_an_aceh_dprd_take_the_dprk(extractor: Extractor) -> None:
    """A commission written after "DPRD" + an Aceh regency is the DPRK's, and so is its
    member's organisation."""
    record = extractor.extract(
        "Anggota Komisi II DPRD Aceh Tamiang Rahmat Hidayat meninjau jalan desa.",
        published=dt.date(2022, 6, 1),
    )
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.org for p in people] == ["Dewan Perwakilan Rakyat Kabupaten Aceh Tamiang"]
    assert people[0].role == "Anggota Komisi II Dewan Perwakilan Rakyat Kabupaten Aceh Tamiang"
