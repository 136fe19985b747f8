"""Heads of the smallest units of government as the title reader reads them: a district's
head ("Camat Cilandak"), a kelurahan's ("Lurah Sumberejo, Kecamatan Pakal") and a village's
("Kepala Desa Sendangrejo", "Kades Sukamaju", "Sekretaris Desa Sembungan") and the heads of
a village government's sections ("Kasi Pemerintahan Desa Tanjung Jaya").

The organisation (guidelines: the top-level institution) is the government of the regency
or city a district lies in; for a kelurahan, that of the district written after it; for a
village, the village's own government ("Pemerintah Desa Sendangrejo"), which the knowledge
base does not list.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..regions import bare_place
from ..resources import read_lines
from .regional_posts import VILLAGE_KINDS, region_government

# how a regency or a city is written with its kind ("Kabupaten Tangerang", "Kab. Tangerang")
_REGION_KIND_FIRSTS = frozenset({"Kabupaten", "Kab.", "Kota"})


def district_government(kb: KnowledgeBase, place: KBEntry, written: str) -> str | None:
    """The government of the regency or city district ``place`` lies in, when the name
    ``written`` is no other district's ("Camat Sukamaju": which one?)."""
    same = [e for e in kb.surfaces.get(written, ()) if e.label == "LOC" and e.kind == "district"]
    above = kb.place(place.parent or "") if len(same) <= 1 else None
    return region_government(kb, above) if above is not None else None


def region_district_government(kb: KnowledgeBase, district: str, region: KBEntry) -> str | None:
    """The government of the regency or city ``region`` when exactly one district of the
    canonical ``district`` lies in it ("Camat Wonosari, Kabupaten Gunungkidul"), else None."""
    if region.kind not in ("regency", "city"):
        return None
    inside = [
        e
        for e in kb.surfaces.get(district, ())
        if e.label == "LOC" and e.kind == "district" and e.parent == region.canonical
    ]
    return region_government(kb, region) if len(inside) == 1 else None


def governed_place(kb: KnowledgeBase, government: str | None, written: str) -> str | None:
    """The region a regional government governs, when the place written in its head's title
    (canonical ``written``) is another region of the same name: "Bupati Bekasi" names the
    regency, though "Bekasi" alone is the city. None when it is the same region or none."""
    if not government or not government.startswith("Pemerintah "):
        return None
    region = kb.lookup(government.removeprefix("Pemerintah "))
    if region is None or region.label != "LOC" or region.kind not in REGION_KINDS:
        return None
    if region.canonical == written or bare_place(region.canonical) != bare_place(written):
        return None
    return region.canonical


def village_head(
    kb: KnowledgeBase, words: list[str], head: str, village: Span, ent_at: dict[int, Span]
) -> tuple[str, str | None, Span] | None:
    """Role, organisation and last span of a title over a village's LOC ``village`` (its
    canonical "Desa X" or "Kelurahan X"): "Kepala" + "Desa X" -> "Kepala Desa X" of
    "Pemerintah Desa X"; "Lurah" + "Kelurahan X" -> "Lurah X", of the government of the
    district, regency or city written after it ("Lurah X, Kecamatan Y", "Lurah X Kota Y"),
    else of none."""
    kind, _, name = str(village._.canonical).partition(" ")
    if kind not in VILLAGE_KINDS or not name:
        return None
    named = head.endswith(" " + kind) or (kind == "Kelurahan" and head.endswith("Lurah"))
    role = f"{head} {name}" if named else f"{head} {kind} {name}"
    if kind == "Desa":
        # "Kepala Desa Adat X": a customary village has no village government
        customary = name.split()[0] in _customary_words()
        return role, None if customary else f"Pemerintah Desa {name}", village
    k = int(village.end) + (village.end < len(words) and words[village.end] == ",")
    district = ent_at.get(k)
    entries = kb.by_id.get(district._.org_id or "") if district is not None else None
    if district is None or district.start != k or district.label_ != "LOC":
        return role, _text_government(kb, village, ent_at), village
    if entries and entries[0].kind in ("regency", "city") and _kind_written(district):
        # "Lurah Sukajadi Kota Payakumbuh": the city or regency it lies in, written with its kind
        return role, region_government(kb, entries[0]), district
    if not entries or entries[0].kind != "district":
        return role, _text_government(kb, village, ent_at), village
    written = district.text.removeprefix("Kecamatan ")
    return role, district_government(kb, entries[0], written), district


def village_section(head: str, extra: str, village: Span) -> tuple[str, str | None] | None:
    """Role and organisation of the head of a section of a village's government, written
    with its field and the village's LOC ``village`` ("Kasi Pemerintahan Desa Tanjung Jaya":
    "Kepala Seksi Pemerintahan Desa Tanjung Jaya" of "Pemerintah Desa Tanjung Jaya"; heads
    of ``village_section_heads.txt``); None for another head, no field or no "Desa" written."""
    kind, _, name = str(village._.canonical).partition(" ")
    if kind != "Desa" or not name or not extra or head not in _section_heads():
        return None
    if not village.text.startswith(kind + " "):
        return None  # "Kasi Pemerintahan Sukamaju": the village's kind is not written
    customary = name.split()[0] in _customary_words()
    return f"{head} {extra} Desa {name}", None if customary else f"Pemerintah Desa {name}"


@cache
def _section_heads() -> frozenset[str]:
    """The heads of a village government's sections (``village_section_heads.txt``)."""
    return frozenset(read_lines("lexicons/village_section_heads.txt"))


@cache
def _customary_words() -> frozenset[str]:
    """Words after "Desa" naming a customary village ("Adat": ``customary_villages.txt``)."""
    return frozenset(read_lines("lexicons/customary_villages.txt"))


def _kind_written(region: Span) -> bool:
    """True when a regency's or a city's LOC is written with its kind ("Kota Payakumbuh",
    "Kabupaten Tangerang", "Kab. Tangerang"): a bare name may be either namesake."""
    first = region.text.split(" ")[0]
    return first in _REGION_KIND_FIRSTS


def _text_government(kb: KnowledgeBase, village: Span, ent_at: dict[int, Span]) -> str | None:
    """The government of the regency or city named last before the kelurahan, by a district
    of it or by its name (a kelurahan lies in the city or regency the news is about: "Lurah
    Sumberejo" after "Kecamatan Benowo", in Surabaya), else None."""
    before = {id(e): e for e in ent_at.values() if e.end <= village.start and e.label_ == "LOC"}
    for ent in sorted(before.values(), key=lambda e: -e.start):
        entries = kb.by_id.get(ent._.org_id or "")
        if ent.text == village.text or not entries:
            continue
        entry = entries[0]
        if entry.kind == "district":
            return district_government(kb, entry, ent.text.removeprefix("Kecamatan "))
        if entry.kind in ("regency", "city"):
            kind = "Kabupaten" if entry.kind == "regency" else "Kota"
            found = kb.lookup(f"Pemerintah {kind} {bare_place(entry.canonical)}")
            return found.canonical if found is not None else None
    return None
