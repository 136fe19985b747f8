"""Names a regency and a city share, written bare: which of the two the document means.

Twenty-six names are both a regency's and a city's (Kabupaten Malang and Kota Malang,
Kabupaten Bekasi and Kota Bekasi, Kabupaten Banjar in Kalimantan Selatan and Kota Banjar in
Jawa Barat). The gazetteer reads such a name written without its kind word ("DPRD Banjar",
"Sekda Malang", "Dinas Pendidikan Bekasi") as the city, whose canonical is the bare name.
Regional news names the region in full once and then writes it bare, so the bare name is the
regency when the document settles it before the name:

0. the name right after a kind word the entity leaves out, as all-capital datelines write it
   ("KAB SUKABUMI -": ``lexicons/region_kinds.tsv``): the region of that kind;
1. the name right after a regency head's title ("Bupati Malang", "Wabup Malang":
   ``lexicons/titles.tsv``, target regency; a city head's, "Walikota Malang": the city);
2. else the regions of that name the text named before it, in full or by their government
   ("Kabupaten Malang", "Kab. Malang", "Pemkab Malang"; "Kota Malang", "Pemkot Malang"), by
   one of their districts ("Kecamatan Kepanjen") or by an earlier bare name so settled: the
   regency when it alone was named;
3. else the dateline's place: a district of the regency and of no city of that name
   ("KEPANJEN", "MARTAPURA": ``gazetteers/districts.jsonl``), a town the gazetteer places
   in it ("CIKARANG": ``gazetteers/places.jsonl``), the regency's seat town written unlike
   any district ("UNGARAN", "CARUBAN": ``gazetteers/regency_seats.tsv``), or a place in the
   regency's province when the city lies in another ("BANJARMASIN" for Banjar).

Otherwise the bare name stays the gazetteer's. Used by the gazetteer component
(``gazetteer.py``) once its entities are set, so that every reader of a post's region
(titles, units, parliaments) reads the settled region.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..dates.dateline import dateline_in
from ..extensions import set_span_attrs
from ..kb import KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons
from ..regency_seats import regency_seats
from ..regions import KIND_WORDS, bare_place, kind_words
from ..resources import read_tsv
from ..spans import doc_text
from .namesake_holders import holder_region

_GOVERNMENT = "regional_government"
_TITLE_WORDS = 3  # words of a regional head's title before the region ("Wakil Wali Kota")
_DISTRICT = "Kecamatan "
_DISTRICT_KIND = "district"
_TOWN_KIND = "other"  # a town of places.jsonl, with its regency as parent ("Cikarang")


def _namesakes(kb: KnowledgeBase, entry: KBEntry) -> tuple[KBEntry, KBEntry] | None:
    """The regency and the city that share the name of ``entry``, a city read from its bare
    name; None when no regency bears it."""
    if entry.label != "LOC" or entry.kind != "city":
        return None
    regency = kb.place(f"{KIND_WORDS['regency']} {bare_place(entry.canonical)}")
    if regency is None or regency.kind != "regency":
        return None
    return regency, entry


def _bare(words: list[str], ent: Span) -> bool:
    """True when ``ent`` is written without a kind word, in it or right before it."""
    first = ent[0].lower_.rstrip(".")
    before = words[ent.start - 1].lower().rstrip(".") if ent.start else ""
    return first not in kind_words() and before not in kind_words()


@cache
def _kinds_read() -> dict[str, str]:
    """The kind word each written kind word is read as, by the written word in lower case
    without its dot (``lexicons/region_kinds.tsv``: "kab" -> "Kabupaten")."""
    return {row[0].rstrip("."): row[1] for row in read_tsv("lexicons/region_kinds.tsv", 2)}


def _kind_before(words: list[str], ent: Span) -> str | None:
    """The kind word ("Kabupaten", "Kota") written right before ``ent`` and left out of it
    ("KAB SUKABUMI"), or None."""
    if not ent.start or ent[0].lower_.rstrip(".") in kind_words():
        return None
    return _kinds_read().get(words[ent.start - 1].lower().rstrip("."))


def _region_of(
    kb: KnowledgeBase, words: list[str], ent: Span, settled: dict[int, KBEntry]
) -> KBEntry | None:
    """The regency or city an entity names in full: a LOC written with its kind word, or a
    regional government ("Pemkab X"); a bare name already settled; None otherwise."""
    if ent.start in settled:
        return settled[ent.start]
    entries = kb.by_id.get(ent._.org_id or "")
    if not entries:
        return None
    entry = entries[0]
    if ent.label_ == "LOC" and entry.kind in ("regency", "city"):
        return None if _bare(words, ent) else entry
    if ent.label_ == "LOC" and entry.kind == _DISTRICT_KIND:
        return kb.place(entry.parent or "")  # "Kecamatan Cikarang Barat": its regency
    if ent.label_ == "ORG" and entry.kind == _GOVERNMENT:
        name = entry.canonical.removeprefix("Pemerintah ")
        if name.startswith(KIND_WORDS["regency"] + " "):
            return kb.place(name)  # "Pemkab X": Kabupaten X
        if name.startswith(KIND_WORDS["city"] + " "):
            return kb.place(bare_place(name))  # "Pemkot X": the city, named bare
    return None


def _head_kind(lex: Lexicons, words: list[str], k: int) -> str | None:
    """The kind of region ("regency", "city") whose head's title ends right before token
    ``k`` ("Bupati X", "Wakil Wali Kota X"), or None."""
    for size in range(1, _TITLE_WORDS + 1):
        if k - size < 0:
            break
        head = lex.title_heads.get(tuple(words[k - size : k]))
        if head is not None:
            return head[1] if head[1] in ("regency", "city") else None
    return None


def _in_region(kb: KnowledgeBase, place: KBEntry, region: KBEntry) -> bool:
    """True when ``place`` lies in ``region`` (its parents, up the gazetteer)."""
    seen = 0
    current: KBEntry | None = place
    while current is not None and seen < 4:
        if current.canonical == region.canonical:
            return True
        current = kb.place(current.parent or "") if current.parent else None
        seen += 1
    return False


def _dateline_choice(kb: KnowledgeBase, doc: Doc, pair: tuple[KBEntry, KBEntry]) -> KBEntry | None:
    """The one of ``pair`` the dateline's place settles (see the module docstring, 3)."""
    found = dateline_in(doc_text(doc), doc._.published, None)
    if found is None or not found.place:
        return None
    name = found.place.strip().title()
    if name == bare_place(pair[1].canonical):
        return None  # "MALANG": the shared name itself
    regency, city = pair
    seat = regency_seats(kb).get(name.lower())
    if seat is not None:
        return regency if seat.canonical == regency.canonical else None
    kinds = (_DISTRICT_KIND, _TOWN_KIND, "regency", "city", "province")
    candidates = [
        e
        for surface in (_DISTRICT + name, name)
        for e in kb.surfaces.get(surface, ())
        if e.label == "LOC" and e.kind in kinds
    ]
    hits = set()
    for place in candidates:
        for region in pair:
            if _in_region(kb, place, region):
                hits.add(region.canonical)
        if regency.parent != city.parent:
            for region in pair:
                province = kb.place(region.parent or "")
                if province is not None and _in_region(kb, place, province):
                    hits.add(region.canonical)
    if len(hits) != 1:
        return None
    return regency if regency.canonical in hits else city


def settle_namesakes(kb: KnowledgeBase, lex: Lexicons, doc: Doc) -> None:
    """Point each bare name a regency and a city share to the regency where the document
    settles it (see the module docstring)."""
    ents = sorted(doc.ents, key=lambda e: e.start)
    words = [t.text for t in doc]
    settled: dict[int, KBEntry] = {}
    dateline: dict[str, KBEntry | None] = {}
    for i, ent in enumerate(ents):
        if ent.label_ != "LOC":
            continue
        kind = _kind_before(words, ent)
        if kind is None and not _bare(words, ent):
            continue
        entries = kb.by_id.get(ent._.org_id or "")
        pair = _namesakes(kb, entries[0]) if entries else None
        if pair is None:
            continue
        regency, city = pair
        if kind is not None:
            if kind == KIND_WORDS["regency"]:
                _settle(doc, ent, regency, settled)  # "KAB SUKABUMI": the regency
            continue
        head = _head_kind(lex, words, ent.start)
        if head == "city":
            settled[ent.start] = city  # "Walikota X": the city, as the gazetteer reads it
            continue
        held = None
        if head is None:
            held = holder_region(kb, lex, pair, words, (ent.start, ent.end), doc._.published)
        if held is not None and held.canonical == city.canonical:
            settled[ent.start] = city  # "Sekda Malang Nama", Nama the city's secretary
            continue
        if head == "regency" or held is not None:
            choice: KBEntry | None = regency
        else:
            named = {
                region.canonical
                for before in ents[:i]
                if (region := _region_of(kb, words, before, settled)) is not None
                and region.canonical in (regency.canonical, city.canonical)
            }
            if named:
                choice = regency if named == {regency.canonical} else None
            else:
                if city.canonical not in dateline:
                    dateline[city.canonical] = _dateline_choice(kb, doc, pair)
                choice = dateline[city.canonical]
        if choice is None or choice.canonical != regency.canonical:
            continue
        _settle(doc, ent, regency, settled)


def _settle(doc: Doc, ent: Span, regency: KBEntry, settled: dict[int, KBEntry]) -> None:
    """Point ``ent`` to ``regency`` and record it as settled."""
    settled[ent.start] = regency
    set_span_attrs(
        doc, ent.start_char, ent.end_char, canonical=regency.canonical, org_id=regency.id
    )
