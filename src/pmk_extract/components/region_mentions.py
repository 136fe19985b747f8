"""The provinces, regencies and cities a text's entities name, as places or bodies, and the
phrases that point back to them.

A region is named by a LOC of one or by an ORG of its government: the government itself
("Pemkab X"), one of its offices ("Dinas Kesehatan Kota X"), its parliament ("DPRD X")
(:func:`named_region`). Over a text's entities: the regions named before a token
(:func:`regions_before`), two of a level joined by a conjunction (:func:`coordinated`), a
region written after "dari" or "asal" past a post (:func:`placed_after`) and the one region
an office named alone belongs to (:func:`sole_region`). A local reference ("setempat", "di
daerah itu": ``lexicons/local_references.txt``) points back to the region a text is about
(:func:`local_reference`). Used by ``doc_regions.py`` and the unit reader (``units.py``).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from spacy.tokens import Doc, Span

from ..dates.dateline import dateline_in
from ..discourse import text_structure
from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..regency_seats import regency_seats
from ..regions import KIND_WORDS, bare_place, kind_words
from ..resources import read_lines, read_tsv
from ..spans import doc_text
from .parliaments import parliament_government, regional_parliament
from .title_parts import regional_org

_GOVERNMENT = "regional_government"  # the knowledge base's kind of Pemprov/Pemkab/Pemkot X
_PREFIX = "Pemerintah "
LOCAL_KINDS = frozenset({"regency", "city"})
KIND_OF = {word.lower(): kind for kind, word in KIND_WORDS.items()}  # "kabupaten": regency
_FROM = frozenset({"dari", "asal"})  # words before the region a holder comes from
_NAME_WORDS = 5  # words of a holder's name after a post
_JOINS = frozenset({"dan", "serta", ",", "&"})  # words joining two regions named together
_MEDIA = "media"  # the knowledge base's kind of a news outlet
_DISTRICT = "district"  # the knowledge base's kind of a district (kecamatan, distrik)
# the kind words a district's name is written after ("Kecamatan", "Kec.", Papua's "Distrik")
_DISTRICT_WORDS = frozenset({"kecamatan", "kec", "distrik"})
_PLACE_WORDS = 4  # words of a region's name at the end of an office's ("Kabupaten Bandung Barat")
# a region's kind written at the head of a dateline's place ("KOTA MADIUN", "KAB. MADIUN")
_WRITTEN_KINDS = frozenset({"kota", "kabupaten", "kab", "provinsi"})


@cache
def local_references() -> tuple[tuple[str, ...], ...]:
    """Phrases that point back to the region a text is about ("setempat", "di daerah itu"),
    as word tuples, longest first (``lexicons/local_references.txt``)."""
    phrases = {tuple(line.split()) for line in read_lines("lexicons/local_references.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))


def local_reference(words: list[str], k: int) -> int:
    """The number of words of a local reference written at token ``k`` (0 when none), with
    the kind word of its region before it ("kabupaten setempat")."""
    kind = int(k < len(words) and words[k].lower() in KIND_OF)
    for phrase in local_references():
        if tuple(w.lower() for w in words[k + kind : k + kind + len(phrase)]) == phrase:
            return kind + len(phrase)
    return 0


def local_kinds(words: list[str], k: int, kinds: frozenset[str]) -> frozenset[str]:
    """``kinds`` narrowed to the kind word a local reference at ``k`` opens with."""
    kind = KIND_OF.get(words[k].lower()) if k < len(words) else None
    return kinds & {kind} if kind is not None else kinds


def named_region(kb: KnowledgeBase, ent: Span) -> KBEntry | None:
    """The province, regency or city an entity names: a LOC of one, or an ORG of its
    government: the government itself ("Pemkab X"), one of its offices ("Dinas Kesehatan
    Kota X"), its parliament ("DPRD X")."""
    entries = kb.by_id.get(ent._.org_id or "")
    entry = entries[0] if entries else None
    if ent.label_ == "LOC":
        return entry if entry is not None and entry.kind in REGION_KINDS else None
    if ent.label_ != "ORG":
        return None
    government = regional_org(ent)
    canonical = str(ent._.canonical or "")
    if government is None and entry is not None and entry.kind == _GOVERNMENT:
        government = entry.canonical
    if government is None and regional_parliament(canonical):
        government = parliament_government(kb, canonical)
    if government is None or not government.startswith(_PREFIX):
        return None
    region = kb.lookup(government.removeprefix(_PREFIX))
    if region is None or region.label != "LOC" or region.kind not in REGION_KINDS:
        return None
    return region


def office_place(kb: KnowledgeBase, ent: Span) -> KBEntry | None:
    """The province, regency or city an ORG of another body than a regional government
    names by the region its name ends with: a national body's office ("Polres Grobogan",
    "Kantor Kemenag Kabupaten Grobogan", "BPS Kota Semarang"), a hospital ("RSUD X"): where
    the story is, a place as a LOC is, no body whose posts are the region's. None for a
    regional government's own bodies (:func:`named_region`), a news outlet, and a name a
    regency and a city share written bare ("Polres Magelang": which?)."""
    if ent.label_ != "ORG" or named_region(kb, ent) is not None:
        return None
    entries = kb.by_id.get(ent._.org_id or "")
    if entries and entries[0].kind == _MEDIA:
        return None
    words = str(ent._.canonical or ent.text).split()
    for size in range(min(_PLACE_WORDS, len(words) - 1), 0, -1):
        tail = words[-size:]
        region = kb.lookup(" ".join(tail))
        if region is None or region.label != "LOC" or region.kind not in REGION_KINDS:
            continue
        if region.kind in LOCAL_KINDS and tail[0].lower() not in KIND_OF:
            other = "city" if region.kind == "regency" else "regency"
            namesake = kb.lookup(f"{KIND_WORDS[other]} {bare_place(region.canonical)}")
            if namesake is not None and namesake.label == "LOC" and namesake.kind == other:
                return None
        return region
    return None


def place_of(kb: KnowledgeBase, ent: Span) -> KBEntry | None:
    """The region an entity names as a place: a LOC of one (:func:`named_region`) or of a
    district of one (:func:`district_place`), or an ORG of another body's office in it
    (:func:`office_place`)."""
    if ent.label_ != "LOC":
        return office_place(kb, ent)
    return named_region(kb, ent) or district_place(kb, ent)


def district_place(kb: KnowledgeBase, ent: Span) -> KBEntry | None:
    """The regency or city a LOC of a district written with its kind word lies in
    ("Banjir melanda Kecamatan Ayah", "Kec. Ayah", "Distrik Abepura": Kabupaten Kebumen, Kota
    Jayapura), when no other district bears its name: where the story is, as the regency or
    city named as a place is; None for a name two districts share ("Kecamatan Kota": whose?)
    and a district's bare name ("Ayah": a common word too)."""
    if ent[0].lower_.rstrip(".") not in _DISTRICT_WORDS:
        return None
    entries = kb.by_id.get(ent._.org_id or "")
    if not entries or entries[0].kind != _DISTRICT:
        return None
    same = [e for e in kb.surfaces.get(entries[0].canonical, ()) if e.kind == _DISTRICT]
    above = kb.place(entries[0].parent or "") if len(same) == 1 else None
    return above if above is not None and above.kind in LOCAL_KINDS else None


@cache
def institution_words() -> frozenset[tuple[str, ...]]:
    """Words opening an institution's or a business's name, as word tuples
    (``lexicons/institution_words.txt``, ``lexicons/org_words.txt``)."""
    lines = [*read_lines("lexicons/institution_words.txt"), *read_lines("lexicons/org_words.txt")]
    return frozenset(tuple(line.split()) for line in lines)


@cache
def sub_unit_titles() -> tuple[str, ...]:
    """Titles of the heads of an office's sub-units ("Kepala Bidang", "Kepala Seksi":
    ``lexicons/sub_unit_titles.txt``)."""
    return tuple(read_lines("lexicons/sub_unit_titles.txt"))


@cache
def seats(kb: KnowledgeBase) -> frozenset[str]:
    """The ids of the cities and regencies a province's government sits in
    (``gazetteers/provincial_capitals.tsv``)."""
    seats = (kb.lookup(seat) for _, seat in read_tsv("gazetteers/provincial_capitals.tsv", 2))
    return frozenset(seat.id for seat in seats if seat is not None)


def regions_before(kb: KnowledgeBase, ents: list[Span], start: int) -> list[KBEntry]:
    """The regions the entities ``ents`` ending before token ``start`` name as places or
    bodies (:func:`named_region`), in text order; none of page furniture."""
    if not ents:
        return []
    furniture = text_structure(ents[0].doc).in_furniture
    return [
        region
        for e in sorted(ents, key=lambda e: e.start)
        if e.end <= start and not furniture[e.start] and (region := named_region(kb, e)) is not None
    ]


def coordinated(kb: KnowledgeBase, ents: list[Span], start: int, kinds: Collection[str]) -> bool:
    """True when the last region of ``kinds`` the entities before token ``start`` name is
    joined to the one before it, another of its level, by a conjunction or a comma alone
    ("Pemkab X dan Pemkab Y", "Kota X dan Kabupaten X"): a local reference after them points
    to neither ("Kabupaten X, Jawa Tengah": a regency and its province, no two of a level)."""
    named = [
        (e, region)
        for e in sorted(ents, key=lambda e: e.start)
        if e.end <= start and (region := named_region(kb, e)) is not None and region.kind in kinds
    ]
    if len(named) < 2:
        return False
    (one, first), (other, last) = named[-2], named[-1]
    local = first.kind in LOCAL_KINDS and last.kind in LOCAL_KINDS
    if first.canonical == last.canonical or (first.kind != last.kind and not local):
        return False
    return all(word in _JOINS for word in one.doc[one.end : other.start].text.split())


def placed_after(kb: KnowledgeBase, ents: list[Span], end: int) -> bool:
    """True when a region is written after "dari" or "asal" within the few words after a post
    ending at token ``end`` ("Kepala Dinas X Nama dari Kabupaten Y"): the holder's region is
    written after the name, not the one the text named before."""
    return any(
        end < e.start <= end + _NAME_WORDS + 1
        and e.doc[e.start - 1].lower_ in _FROM
        and named_region(kb, e) is not None
        for e in ents
    )


def sole_region(kb: KnowledgeBase, ents: list[Span], start: int) -> KBEntry | None:
    """The region the entities before token ``start`` establish for an office named with no
    region ("Kepala Bappeda Nama", "Ketua DPRD Nama": its level could be either): None when
    the bodies named before are of two regencies or cities, or of a province and a regency or
    city ("Pemprov X ... Pemkot Y": whose office?); else the one regency's or city's body,
    another region named as a place aside ("Pemkab X mengirim bantuan ke Kabupaten Y":
    X's office); with a province's bodies only, the province, also when the city or regency
    it sits in is named as a place ("Pemprov X menggelar rapat di [its capital]"), none when
    another regency or city is ("Pemprov X menggelar rapat di Kabupaten Y": whose office?).
    With no body named, the one
    region named as a place (a province written as its address aside: "Kabupaten X, Jawa
    Tengah") and a dateline that is an outlet's base (:func:`outlet_base`); none when two
    are ("Banjir di Kabupaten X dan Kabupaten Y"), or a name a regency and a city share is
    written bare ("di Magelang"); with no region written at all, the regency or city whose
    seat town or district the dateline names. Of a province's and one regency's or city's
    bodies, the regency or city the dateline places the story in (:func:`_story_region`)."""
    before = [e for e in ents if e.end <= start]
    bodies = regions_before(kb, [e for e in before if e.label_ == "ORG"], start)
    local = {region.canonical for region in bodies if region.kind in LOCAL_KINDS}
    if len(local) > 1:
        return None
    if local and any(r.kind not in LOCAL_KINDS for r in bodies):
        return _story_region(kb, bodies, before[0].doc)
    if not before:
        return None
    if not bodies:  # "JAKARTA, KOMPAS.com - Banjir di Kabupaten X ... Kepala BPBD Nama"
        at, dated = dateline_place(kb, before[0].doc)
        based = any(outlet_base(kb, region) for region in dated)
        found = place_region(kb, [e for e in before if not (based and e.start == at)], start)
        if found is not None or any(place_of(kb, e) is not None for e in before):
            return found
        # "SIDIKALANG - Bantuan disalurkan ... Kepala Dinas Sosial Nama": the regency whose
        # seat town or district the dateline names, no region written after it
        seat = dateline_local(kb, before[0].doc)
        return seat if seat is not None and not outlet_base(kb, seat) else None
    if local:  # "Pemkab X mengirim bantuan ke Kabupaten Y ... Kepala Dinas Sosial": X's
        return next(region for region in reversed(bodies) if region.kind in LOCAL_KINDS)
    regions = regions_before(kb, before, start)
    inner = [region for region in regions if region.kind in LOCAL_KINDS]
    if inner and all(seated(kb, region, bodies) for region in inner):
        return bodies[-1]  # "Pemprovsu menggelar rapat di Medan": the province's, its seat
    # "Pemprov X menggelar rapat di Kabupaten Y ... Kepala Dinas Sosial": X's or Y's?
    return None if inner else bodies[-1]


def _story_region(kb: KnowledgeBase, bodies: list[KBEntry], doc: Doc) -> KBEntry | None:
    """Of the bodies of a province and of one regency or city inside it ("Pemkab X
    menyalurkan bantuan dari Pemprov Y"), the regency or city the dateline places the story
    in (its name, its seat town or one of its districts: :func:`dateline_local`), the
    province a party to the story; None with no such dateline, one a province's government
    sits in, or other regions (as ``doc_regions.DocumentRegions`` reads a post's region)."""
    provinces = {r.canonical for r in bodies if r.kind not in LOCAL_KINDS}
    local = {r.canonical: r for r in bodies if r.kind in LOCAL_KINDS}
    if len(provinces) != 1 or len(local) != 1:
        return None
    one = next(iter(local.values()))
    if one.parent not in provinces or outlet_base(kb, one):
        return None
    dated = dateline_local(kb, doc)
    return one if dated is not None and dated.id == one.id else None


def seated(kb: KnowledgeBase, region: KBEntry, provinces: list[KBEntry]) -> bool:
    """True when ``region``, a regency or city, is the seat of the government of one of
    ``provinces`` (``gazetteers/provincial_capitals.tsv``): named as a place after that
    province's government, it is where the province's office sits."""
    return region.id in seats(kb) and any(p.canonical == region.parent for p in provinces)


def place_region(kb: KnowledgeBase, ents: list[Span], start: int) -> KBEntry | None:
    """The one region the LOC entities ending before token ``start`` name as places, a
    province written as the address of the regency or city right before it aside
    ("Kabupaten X, Jawa Tengah"); None when they name none or two, or a name a regency and a
    city share is written bare ("di Magelang": which?)."""
    places = [e for e in ents if e.label_ in ("LOC", "ORG") and e.end <= start]
    furniture = text_structure(places[0].doc).in_furniture if places else []
    named = [
        (e, region)
        for e in sorted(places, key=lambda e: e.start)
        if not furniture[e.start] and (region := place_of(kb, e)) is not None
    ]
    if not named or any(e.label_ == "LOC" and bare_namesake(kb, e, r) for e, r in named):
        return None
    found = {region.id: region for e, region in named if not address(kb, ents, e, region)}
    return next(iter(found.values())) if len(found) == 1 else None


def bare_namesake(kb: KnowledgeBase, ent: Span, region: KBEntry) -> bool:
    """True when ``ent`` names ``region``, a regency or a city, without its kind word, and a
    regency and a city bear its name ("Magelang": which?)."""
    if region.kind not in LOCAL_KINDS or ent[0].lower_.rstrip(".") in kind_words():
        return False
    other = "city" if region.kind == "regency" else "regency"
    namesake = kb.lookup(f"{KIND_WORDS[other]} {bare_place(region.canonical)}")
    return namesake is not None and namesake.label == "LOC" and namesake.kind == other


def address(kb: KnowledgeBase, ents: list[Span], ent: Span, region: KBEntry) -> bool:
    """True when ``region``, a province ``ent`` names, is written as the address of the
    regency or city named right before it ("Kabupaten Kebumen, Jawa Tengah")."""
    if region.kind != "province":
        return False
    inner = [e for e in ents if ent.start - 2 <= e.end <= ent.start]
    if not inner or ent.doc[inner[-1].end : ent.start].text.strip() not in ("", ","):
        return False
    before = named_region(kb, inner[-1])
    return before is not None and before.parent == region.canonical


def dateline_place(kb: KnowledgeBase, doc: Doc) -> tuple[int, tuple[KBEntry, ...]]:
    """The token the dateline's place begins at and the regions it may name: one, or a
    regency and a city of the same name ("SEMARANG"), or the regency whose seat town it
    names ("KUALA TUNGKAL": :func:`regency_seats`); -1 and none without a dateline or when it
    names no region."""
    found = dateline_in(doc_text(doc), doc._.published, None)
    if found is None or found.place_start is None or found.place_end is None:
        return -1, ()
    place = next(
        (e for e in doc.ents if e.start_char == found.place_start and e.label_ == "LOC"), None
    )
    entries = kb.by_id.get(place._.org_id or "") if place is not None else None
    if place is None or not entries or entries[0].kind not in REGION_KINDS:
        seat = regency_seats(kb).get(doc_text(doc)[found.place_start : found.place_end].lower())
        span = doc.char_span(found.place_start, found.place_end, alignment_mode="expand")
        if seat is None or span is None:
            return -1, ()
        return int(span.start), (seat,)
    if place.text.split(" ")[0].rstrip(".").lower() in _WRITTEN_KINDS:
        return int(place.start), (entries[0],)  # "KOTA MADIUN": the kind is written
    name = bare_place(entries[0].canonical)
    out = []
    for kind in ("regency", "city"):
        other = kb.lookup(f"{KIND_WORDS[kind]} {name}")
        if other is not None and other.label == "LOC" and other.kind == kind:
            out.append(other)
    return int(place.start), tuple(out) if out else (entries[0],)


def outlet_base(kb: KnowledgeBase, region: KBEntry) -> bool:
    """True when a dateline's ``region`` is a province or a city a province's government
    sits in: an outlet's base ("JAKARTA, KOMPAS.com"), whose story may be another region's."""
    return region.kind not in LOCAL_KINDS or region.id in seats(kb)


def dateline_local(kb: KnowledgeBase, doc: Doc) -> KBEntry | None:
    """The regency or city a dateline places the story in: the one it names ("LAMPURA"), or
    the one whose district it names when no other district has that name ("ANDOOLO", a
    district of Konawe Selatan); None for a province, a name a regency and a city share, or
    no dateline."""
    at, dated = dateline_place(kb, doc)
    if at >= 0:
        return dated[0] if len(dated) == 1 and dated[0].kind in LOCAL_KINDS else None
    found = dateline_in(doc_text(doc), doc._.published, None)
    if found is None or found.place_start is None:
        return None
    place = next(
        (e for e in doc.ents if e.start_char == found.place_start and e.label_ == "LOC"), None
    )
    entries = kb.by_id.get(place._.org_id or "") if place is not None else None
    if place is None or not entries or entries[0].kind != "district":
        return None
    name = entries[0].canonical.removeprefix("Kecamatan ")
    same = {e.id for e in kb.surfaces.get(name, ()) if e.label == "LOC" and e.kind == "district"}
    above = kb.place(entries[0].parent or "") if len(same) <= 1 else None
    return above if above is not None and above.kind in LOCAL_KINDS else None
