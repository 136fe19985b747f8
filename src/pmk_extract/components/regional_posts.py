"""Posts of regional governments the title and unit readers share.

- the province a city's office of the province belongs to (Jakarta's "Suku Dinas Kesehatan
  Jakarta Pusat": Pemerintah Provinsi DKI Jakarta);
- the district named after a district head's title when the gazetteer's matcher did not tag
  it ("Camat Kuta", "Camat Sukajadi, Kota Bandung"), read from the whole district gazetteer
  (``gazetteers/districts.jsonl``, Kemendagri's codes): a name the gazetteer keeps as a bare
  alias (unique in Indonesia, not a common word or a person's name) names its district; any
  other name (shared by several districts, short, or also a word or a person's name) names a
  district only when the text names that district's regency, city or province, and only one
  district of that name lies there. Otherwise the title gets no organisation; a district's
  name and a place's part after it that make no district the gazetteer knows ("Camat Lawang
  Wetan, Nama") name an unknown district, not the known one and a name ("Wetan");
- the wider region national news writes after a title's own region, between commas or not,
  before the name ("Bupati Banyumas, Jawa Tengah, Nama", "Camat Baturraden, Kabupaten
  Banyumas, Nama", "Sekda Kabupaten X Provinsi Y Nama"): a region that contains the title's
  is part of the title, never of the name; a regional office named without its region,
  then the region between commas ("Kepala Dinas Kesehatan, Kabupaten X, Nama"), is that
  region's office;
- a regency's or city's office named after one of its districts (``lexicons/
  district_offices.txt``: "Puskesmas Bojonegara", "Puskesmas Kecamatan Cilandak", "Puskesmas
  Kendal 1"): the district's name, read as after "Camat", ends the office's name and gives
  the government of its regency or city (in Jakarta, whose cities are administrative, the
  province's), or none when the name is shared and the text does not say which.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from ..people import default_people
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines, read_tsv
from ..unit_kinds import REGION_OWNED

_DISTRICT = "district"
_MAX_WORDS = 3  # words of a district's name ("Kebayoran Baru", "Ilir Barat I")
_GOVERNMENT = "regional_government"
_GOVERNMENTS = ("Pemerintah Provinsi ", "Pemerintah Kabupaten ", "Pemerintah Kota ")
_REGION_WORDS = (" Provinsi ", " Kabupaten ", " Kota ")  # where a body's region opens
_BRACKET = 8  # tokens of a short form in brackets ("(Sultra)")
# the words a stand-in is said with, what a holder's name may hold before them, how many tokens
# (name, degrees, commas) it may run ("mewakili Gubernur Lampung"), and the kinds of region
# whose heads' titles (``lexicons/titles.tsv``) one stands in for
_STANDS_IN = frozenset({"mewakili", "Mewakili"})
_IN_NAME = frozenset({",", "yang"})
_HOLDER_SPAN = 10
_HEAD_KINDS = frozenset({"province", "regency", "city"})
# the governments of Jakarta's administrative cities and regency, parts of the province's
_ADMINISTRATIVE = ("Pemerintah Kota Administrasi ", "Pemerintah Kabupaten Administrasi ")
_DISTRICT_WORD = "Kecamatan"  # written before a district's name ("Puskesmas Kecamatan X")
# an office's number after its district's name ("Puskesmas Kendal 1", "Puskesmas Cilacap II")
_OFFICE_NUMBERS = frozenset({"I", "II", "III", "IV", "V"})
_VILLAGE = "village"  # a title's own region when it is a village (the gazetteer has none)
# the kinds of village a village's LOC canonical opens with ("Desa X", "Kelurahan X")
VILLAGE_KINDS = frozenset({"Desa", "Kelurahan"})
_VILLAGE_WORDS = tuple(sorted(kind + " " for kind in VILLAGE_KINDS))


def province_phrase(kb: KnowledgeBase, place: KBEntry) -> str | None:
    """How a unit names the province of the city or regency ``place``: "Provinsi DKI
    Jakarta" for Jakarta Pusat; None when the province is not known."""
    province = kb.place(place.parent or "") if place.kind != "province" else place
    if province is None or province.kind != "province":
        return None
    return "Provinsi " + province.canonical


def region_government(kb: KnowledgeBase, region: KBEntry) -> str | None:
    """The government of a regency or city ("Pemerintah Kabupaten Badung", "Pemerintah Kota
    Administrasi Jakarta Pusat"), when the knowledge base holds it."""
    if region.kind not in ("regency", "city"):
        return None
    name = bare_place(region.canonical)
    kinds = ("Kabupaten",) if region.kind == "regency" else ("Kota Administrasi", "Kota")
    for kind in kinds:
        found = kb.lookup(f"Pemerintah {kind} {name}")
        if found is not None and found.kind == _GOVERNMENT:
            return found.canonical
    return None


def governing_region(kb: KnowledgeBase, place: KBEntry) -> KBEntry:
    """The region whose government and parliament ``place`` names: itself, or for a city with
    no government of its own its province ("Jakarta": its cities are administrative, its
    parliament and secretary are DKI Jakarta's, "DPRD Jakarta", "Sekda Jakarta")."""
    if place.kind != "city" or region_government(kb, place) is not None:
        return place
    province = kb.place(place.parent or "")
    return province if province is not None and province.kind == "province" else place


def canonical_government(kb: KnowledgeBase, org: str | None) -> str | None:
    """``org`` as the canonical of the regional government it names ("Pemerintah Kota
    Jakarta Utara" -> "Pemerintah Kota Administrasi Jakarta Utara"); any other ``org`` as it is."""
    if org is None or not org.startswith(_GOVERNMENTS):
        return org
    found = kb.lookup(org)
    if found is None or found.kind != _GOVERNMENT:
        return org
    return found.canonical


def past_wider_region(
    kb: KnowledgeBase, words: list[str], ent_at: dict[int, Span], end: int
) -> int:
    """Where a title ending at token ``end`` ends once the regions that contain the title's
    own, written right after it or between commas, are taken in ("Sekretaris Daerah Kota
    Palopo, Sulawesi Selatan, Nama"; "Sekda Kabupaten X Provinsi Y Nama"; "Kepala Desa X,
    Kecamatan Y, Kabupaten Z, Nama"); ``end`` when none is. The title's own region is the
    place its last words name, or the region of the body they name ("Ketua DPRD Kota X, Y,
    Nama"). A region opened by a comma is closed by one."""
    own = _title_region(kb, words, ent_at, end)
    while own is not None and end + 1 < len(words):
        comma = words[end] == ","
        wider = ent_at.get(end + comma)
        if wider is None or wider.start != end + comma or wider.label_ != "LOC":
            break
        after = _skip_short_form(words, int(wider.end))
        entries = kb.by_id.get(wider._.org_id or "")
        if after >= len(words) or (comma and words[after] != ",") or not entries:
            break
        if not _contains(kb, entries[0], own):
            break
        own, end = entries[0], after
    return end


def office_region(
    kb: KnowledgeBase, lex: Lexicons, words: list[str], ent_at: dict[int, Span], end: int
) -> tuple[int, str, str] | None:
    """A regional office named without its region, then the region between commas ("Kepala
    Dinas Kesehatan, Kabupaten Sragen, Nama"): where the title ends with the region, how the
    role names it ("Kabupaten Sragen") and its government; None when no such region follows."""
    office = ent_at.get(end - 1)
    if end + 2 >= len(words) or words[end] != "," or office is None or office.end != end:
        return None
    unit = str(office._.unit or "")
    if office.label_ != "ORG" or not unit or office._.parent_org:
        return None
    written = office.text.split(" ")  # "Puskesmas Tempeh": the head as written names its kind
    size = match_head(written, 0, lex.unit_heads)
    kind = lex.unit_heads[tuple(written[:size])] if size else lex.unit_kind(tuple(unit.split(" ")))
    if kind not in REGION_OWNED:
        return None
    place = ent_at.get(end + 1)
    if place is None or place.start != end + 1 or place.label_ != "LOC":
        return None
    after = _skip_short_form(words, int(place.end))
    entries = kb.by_id.get(place._.org_id or "")
    if after >= len(words) or words[after] != "," or not entries:
        return None
    region = entries[0]
    if region.kind not in REGION_KINDS:
        return None
    phrase = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
    government = kb.lookup(f"Pemerintah {phrase}")
    if government is None or government.kind != _GOVERNMENT:
        return None
    return after, phrase, government.canonical


def represented_region(
    kb: KnowledgeBase,
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    ent_at: dict[int, Span],
    end: int,
) -> tuple[str, str] | None:
    """The region whose head the holder of a post written with no organisation stands in for,
    said right after the holder's name: "Asisten Perekonomian dan Pembangunan, Nama, mewakili
    Gubernur Lampung" (the province's), "Kepala Bidang Tanaman Pangan Nama yang mewakili
    Bupati Garut" (the regency's), any regional head's title of ``lex.title_heads``
    ("mewakili Wakil Bupati Garut", "mewakili Wabup Garut"). The post ends at token ``end``;
    the words up to "mewakili" are the name, its degrees and commas only. The region's phrase
    ("Provinsi Lampung") and government, or None."""
    k = end
    while k < len(words) and k - end < _HOLDER_SPAN and words[k] not in _STANDS_IN:
        if k in ent_at or not (names[k] or words[k] in _IN_NAME or "." in words[k]):
            return None  # a place, a body or a lower-case word: no name runs up to "mewakili"
        k += 1
    if k == end or k >= len(words) or words[k] not in _STANDS_IN:
        return None
    k += 1
    size = match_head(words, k, lex.title_heads)
    kind = lex.title_heads[tuple(words[k : k + size])][1] if size else ""
    if kind not in _HEAD_KINDS:
        return None
    # the region after the title, or with the title's last word ("Wali | Kota Bogor")
    place = ent_at.get(k + size) or ent_at.get(k + size - 1)
    entries = kb.by_id.get(place._.org_id or "") if place is not None else None
    if place is None or place.start < k + size - 1 or place.label_ != "LOC" or not entries:
        return None
    region = entries[0]
    if region.kind != kind:  # "Bupati Bekasi": the head says which Bekasi
        region = kb.lookup(f"{KIND_WORDS[kind]} {bare_place(region.canonical)}") or region
    if region.kind != kind:
        return None
    if kind == "province":
        found = kb.lookup(f"Pemerintah Provinsi {region.canonical}")
        government = found.canonical if found is not None and found.kind == _GOVERNMENT else None
    else:
        government = region_government(kb, region)
    if government is None:
        return None
    return government.removeprefix("Pemerintah "), government


def region_between_commas(
    kb: KnowledgeBase, words: list[str], starts: dict[int, Span], start: int, k: int
) -> bool:
    """True when the words ``start:k`` after a regional office's head are a place the
    gazetteer knows (a district's name) and a province, regency or city stands between commas
    after them (``starts``: the entities by their first token): "Kepala Puskesmas Tempeh,
    Kabupaten Lumajang, Nama" names the office after its place, and the region is its; its
    holder's name follows the region (a person's name is no place: "Kepala Dinas Kesehatan
    Nama, Kabupaten X,")."""
    if k + 2 >= len(words) or words[k] != "," or k <= start:
        return False
    named = " ".join(words[start:k])
    if not any(
        e.label == "LOC"
        for form in (named, f"Kecamatan {named}")  # a district's name shared by several
        for e in kb.surfaces.get(form, ())
    ):
        return False
    place = starts.get(k + 1)
    if place is None or place.label_ != "LOC" or place.end >= len(words):
        return False
    entries = kb.by_id.get(place._.org_id or "") or []
    return words[place.end] == "," and any(e.kind in REGION_KINDS for e in entries[:1])


def _contains(kb: KnowledgeBase, wider: KBEntry, own: KBEntry | str) -> bool:
    """True when the place ``wider`` contains ``own`` (a village, written ``_VILLAGE``,
    lies in whichever district is written after it)."""
    if isinstance(own, str):
        return wider.label == "LOC" and wider.kind == _DISTRICT
    above = kb.place(own.parent or "")
    for _ in range(2):  # a district's regency, then its province
        if above is None:
            return False
        if above.canonical == wider.canonical:
            return True
        above = kb.place(above.parent or "")
    return False


def _title_region(
    kb: KnowledgeBase, words: list[str], ent_at: dict[int, Span], end: int
) -> KBEntry | str | None:
    """The village (``_VILLAGE``), district, regency or city a title ending at ``end``
    names last (a short form in brackets after it is skipped), or None."""
    k = end - 1
    if k > 0 and words[k] == ")":
        opened = [j for j in range(k - 1, max(-1, k - _BRACKET), -1) if words[j] == "("]
        k = opened[0] - 1 if opened else -1
    ent = ent_at.get(k)
    if k < 0 or ent is None or ent.end != k + 1:
        return None
    canonical = str(ent._.canonical)
    if ent.label_ == "LOC" and canonical.startswith(_VILLAGE_WORDS):
        return _VILLAGE
    if ent.label_ == "LOC":
        entries = kb.by_id.get(ent._.org_id or "")
        place = entries[0] if entries else None
    else:
        opens = max(f" {canonical}".rfind(word) for word in _REGION_WORDS)
        place = kb.lookup(canonical[opens:]) if opens >= 0 else None
    if place is None or place.label != "LOC":
        return None
    return place if place.kind == _DISTRICT or place.kind in REGION_KINDS else None


def _skip_short_form(words: list[str], k: int) -> int:
    """Skip a short form in brackets at token ``k`` ("Jawa Tengah (Jateng),")."""
    if k < len(words) and words[k] == "(":
        for j in range(k + 1, min(k + _BRACKET, len(words))):
            if words[j] == ")":
                return j + 1
    return k


@dataclass(frozen=True, slots=True)
class DistrictTitle:
    """A district read after a district head's title: where it ends, its name, its
    regency's or city's government (None when unknown)."""

    end: int
    name: str
    org: str | None


class Districts:
    """Every district of the gazetteer by its bare name (built on first use)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_name: dict[str, list[KBEntry]] | None = None

    def by_name(self) -> dict[str, list[KBEntry]]:
        """Districts by bare name ("Kuta", "Sukajadi"), all of them, in data order."""
        if self._by_name is None:
            index: dict[str, list[KBEntry]] = {}
            for entry in self.kb.entries:
                if entry.label == "LOC" and entry.kind == _DISTRICT:
                    index.setdefault(bare_place(entry.canonical), []).append(entry)
            self._by_name = index
        return self._by_name

    def after_title(
        self, words: list[str], names: list[bool], k: int, ents: Iterable[Span]
    ) -> DistrictTitle | None:
        """The district whose name begins at token ``k`` (after "Camat"), or None when no
        district has that name. ``ents``: the document's entities, for the regions it names."""
        index = self.by_name()
        for n in range(_MAX_WORDS, 0, -1):
            if k + n > len(words) or not all(names[k : k + n]):
                continue
            name = " ".join(words[k : k + n])
            found = index.get(name)
            if found and k + n < len(words) and names[k + n] and place_tail(words[k + n]):
                # "Camat Lawang Wetan, Nama": a district the gazetteer does not know, not
                # "Lawang" and a name "Wetan"
                return DistrictTitle(k + n + 1, f"{name} {words[k + n]}", None)
            if found:
                return DistrictTitle(k + n, name, self._government(name, found, ents))
        return None

    def text_government(self, name: str, ents: Iterable[Span]) -> str | None:
        """The government of the regency or city of the district ``name`` ("Grabag"), of
        several districts of that name the one that lies in a region the text names
        (``ents``), else None."""
        found = self.by_name().get(name)
        return self._government(name, found, ents) if found else None

    def _government(self, name: str, found: list[KBEntry], ents: Iterable[Span]) -> str | None:
        if len(found) == 1 and self._alias(name, found[0]):
            above = self.kb.place(found[0].parent or "")
            return region_government(self.kb, above) if above is not None else None
        named = self.named_regions(ents)
        fits = []
        wider = []  # districts whose province only the text names
        for entry in found:
            above = self.kb.place(entry.parent or "")
            province = self.kb.place(above.parent or "") if above is not None else None
            if above is not None and above.canonical in named:
                fits.append(above)
            elif above is not None and province is not None and province.canonical in named:
                wider.append(above)
        # a regency or city the text names decides before its province ("Kecamatan Grabag,
        # Kabupaten Purworejo, Jawa Tengah": not the Grabag of Magelang, also in Jawa Tengah)
        fits = fits or wider
        if len({above.canonical for above in fits}) != 1:
            return None  # no region of the text has it, or two districts of that name
        return region_government(self.kb, fits[0])

    def _alias(self, name: str, entry: KBEntry) -> bool:
        """True when the gazetteer keeps ``name`` as the district's bare alias."""
        return any(e is entry for e in self.kb.surfaces.get(name, ()))

    def named_regions(self, ents: Iterable[Span]) -> frozenset[str]:
        """Canonicals of the provinces, regencies and cities the text names, as places or by
        their governments ("Pemkot Bandung": the city Bandung)."""
        out: set[str] = set()
        for ent in ents:
            entries = self.kb.by_id.get(ent._.org_id or "")
            if not entries:
                continue
            entry = entries[0]
            if entry.label == "LOC" and entry.kind in REGION_KINDS:
                out.add(entry.canonical)
            elif entry.kind == _GOVERNMENT:
                place = str(entry.canonical).removeprefix("Pemerintah ")
                for phrase in (place, place.replace("Kota Administrasi ", "Kota ")):
                    region = self.kb.lookup(phrase)
                    if region is not None and region.label == "LOC":
                        out.add(region.canonical)
        return frozenset(out)


def district_office(
    districts: Districts,
    words: list[str],
    names: list[bool],
    covered: list[Span | None],
    k: int,
    ents: Iterable[Span],
) -> tuple[int, str | None] | None:
    """Where the name of an office named after its district ends when the district's name
    begins at token ``k`` (after "Puskesmas", "Kecamatan" and a number allowed: "Puskesmas
    Kecamatan Cilandak", "Puskesmas Kendal 1"), and its regency's or city's government (None
    when unknown). A village's name before "Kecamatan" is the office's too ("Puskesmas Munjul
    Kecamatan Majalengka"); after "Kecamatan" a name one district alone has is that district.
    None when no district has the name, when a body the gazetteer tagged takes its words, or
    when a region follows: "Puskesmas Ngaglik Kabupaten Sleman" and "Puskesmas Tempeh,
    Kabupaten Lumajang," name their region themselves (unless a village's name or a region's
    name the district shares is written: then the district must lie in the written region)."""
    named = words[k : k + 1] == [_DISTRICT_WORD]
    start = k + 1 if named else _village_district(words, names, k)
    village = start != k + named  # "Puskesmas Munjul Kecamatan X": a village's centre
    found = districts.after_title(words, names, start, ents)
    if found is None:
        # "Puskesmas Tarogong Nama": a place whose districts are its parts ("Tarogong Kidul")
        # and no known person's name word, then a name, is the office's place, never the name's
        place_word = covered[start] is None and _place_opener(districts, words, names, start)
        return (start + 1, None) if place_word else None
    if any(ent is not None and ent.label_ != "LOC" for ent in covered[start : found.end]):
        return None  # "Puskesmas | Polres Kendal": another body's name
    end = found.end
    if end < len(words) and (words[end].isdigit() or words[end] in _OFFICE_NUMBERS):
        end += 1
    after = end + (end < len(words) and words[end] == ",")
    place = covered[after] if after < len(words) else None
    org = found.org
    if place is not None and place.label_ == "LOC" and place.start == after:
        numbered = end > found.end  # "Puskesmas Kasihan 1, Bantul,"
        if not (named or village or numbered) and not _read_as_region(
            districts.kb, covered, start, end
        ):
            return None  # the region written after the office: the unit reader's own case
        # "Puskesmas Kecamatan Depok Kabupaten Sleman": a district named like a region (the
        # city Depok), or after "Kecamatan", is the district, of the region written after it
        # when it lies there
        org = _written_government(districts, found.name, place)
        if org is None:
            return end, None
        end = place.end
    else:
        if org is None and (named or village):
            # "Kecamatan Majalengka": after the word, a name only one district has is that
            # district, though the bare name is also its regency's
            org = _sole_government(districts, found.name)
        if org is not None and _named_elsewhere(districts, found.name, ents):
            return end, None  # "Pemkot Kotamobagu ... Puskesmas Bilalang": a village's name
    government = districts.kb.lookup(org) if org else None
    if government is not None and government.canonical.startswith(_ADMINISTRATIVE):
        # Jakarta's cities govern no offices of their own: the province's health department
        # runs the centre, as a "Suku Dinas" in the city is the province's
        above = districts.kb.by_id.get(government.parent or "")
        return end, above[0].canonical if above else None
    return end, org


def _read_as_region(kb: KnowledgeBase, covered: list[Span | None], start: int, end: int) -> bool:
    """True when the gazetteer read a district's words (``start`` to ``end``) as a province,
    regency or city of the same name ("Depok": the city)."""
    for ent in covered[start:end]:
        entry = kb.lookup(str(ent._.canonical)) if ent is not None else None
        if entry is not None and entry.kind in REGION_KINDS:
            return True
    return False


def _written_government(districts: Districts, name: str, place: Span) -> str | None:
    """The government of the regency or city where the district ``name`` lies when that is
    the region ``place`` written after its office, or the one such regency or city of the
    province written there, else None."""
    region = districts.kb.lookup(str(place._.canonical))
    if region is None:
        return None
    aboves = [districts.kb.place(entry.parent or "") for entry in districts.by_name().get(name, ())]
    fits = {
        above.canonical: above
        for above in aboves
        if above is not None and region.canonical in (above.canonical, above.parent)
    }
    return region_government(districts.kb, next(iter(fits.values()))) if len(fits) == 1 else None


def _village_district(words: list[str], names: list[bool], k: int) -> int:
    """Where a district's name begins when a village's name (capitalised words from ``k``)
    and "Kecamatan" precede it ("Puskesmas Munjul Kecamatan Majalengka": the centre of a
    village of that district), else ``k``."""
    for j in range(k + 1, min(k + _MAX_WORDS + 1, len(words) - 1)):
        if not names[j - 1]:
            break
        if words[j] == _DISTRICT_WORD:
            return j + 1
    return k


def _sole_district_region(districts: Districts, name: str) -> KBEntry | None:
    """The regency or city of the one district named ``name``, else None."""
    found = districts.by_name().get(name, [])
    return districts.kb.place(found[0].parent or "") if len(found) == 1 else None


def _sole_government(districts: Districts, name: str) -> str | None:
    """The government of the regency or city of the one district named ``name``, else None."""
    above = _sole_district_region(districts, name)
    return region_government(districts.kb, above) if above is not None else None


def _named_elsewhere(districts: Districts, name: str, ents: Iterable[Span]) -> bool:
    """True when the text names regions and none of them holds the one district ``name``:
    a regency or city other than the district's, or only provinces other than its own (an
    office named so there is named after a village of the text's region)."""
    above = _sole_district_region(districts, name)
    if above is None:
        return False
    # its province's seat named (a dateline "SURABAYA") says nothing against it
    capitals = _seats(districts.kb)
    named = {
        n
        for n in districts.named_regions(ents)
        if not ((r := districts.kb.lookup(n)) and r.id in capitals and r.parent == above.parent)
    }
    if not named or above.canonical in named:
        return False
    kinds = {entry.kind for n in named if (entry := districts.kb.lookup(n)) is not None}
    return bool(kinds & {"regency", "city"}) or above.parent not in named


@cache
def _seats(kb: KnowledgeBase) -> frozenset[str]:
    """The ids of the cities and regencies a province's government sits in
    (``gazetteers/provincial_capitals.tsv``)."""
    seats = (kb.lookup(seat) for _, seat in read_tsv("gazetteers/provincial_capitals.tsv", 2))
    return frozenset(seat.id for seat in seats if seat is not None)


@cache
def _place_tails() -> frozenset[str]:
    """The words of ``lexicons/place_parts.txt`` that close a place's name ("Wetan",
    "Utara", "Hilir", "Baru"); its numbers aside ("I" also opens Balinese names)."""
    return frozenset(w for w in read_lines("lexicons/place_parts.txt") if not w.isupper())


def place_tail(word: str) -> bool:
    """True when ``word`` closes a place's name as its part ("Lawang Wetan", "Sungai Raya
    Utara"): written after a district's name it makes another district's name, never opens a
    person's."""
    return word in _place_tails()


@cache
def _openers(kb: KnowledgeBase) -> frozenset[str]:
    """The names of places whose districts are all their parts ("Tarogong" of "Tarogong
    Kidul" and "Tarogong Kaler", ``lexicons/place_parts.txt``), but for the words known
    people's names hold ("Indra", "Raja")."""
    parts = frozenset(read_lines("lexicons/place_parts.txt"))
    people = default_people().name_words()
    seconds: dict[str, set[str]] = {}
    for entry in kb.entries:
        if entry.label == "LOC" and entry.kind == _DISTRICT:
            words = bare_place(entry.canonical).split(" ")
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
    return frozenset(
        first for first, after in seconds.items() if after <= parts and first not in people
    )


def _place_opener(districts: Districts, words: list[str], names: list[bool], k: int) -> bool:
    """True when token ``k`` names a place whose districts are its parts and a name follows
    it (two name words)."""
    return (
        k + 2 < len(words)
        and all(names[k : k + 3])
        and words[k] in _openers(districts.kb)
        and words[k + 1] not in _openers(districts.kb)
    )
