"""Document context for a regional post written without its region: the province, regency
or city whose government the post belongs to, from what the document wrote before it.

News names a regional government once and then writes its posts bare: "Pemerintah Kota X
menggelar rapat ... Sekda Nama mengatakan", "KLATEN - Bupati Nama meninjau ...", "Banjir
melanda Kabupaten X ... Kepala BPBD setempat, Nama". The region is read by three patterns:

1. a local reference after the post ("setempat", "di daerah itu", "daerah tersebut":
   ``lexicons/local_references.txt``) points to the region the text is about: the most recent
   region of the post's level named before it, as a body or a place (a regency or city before
   the wider province written after it: "Kabupaten X, Jawa Tengah"), else the dateline's;
2. a bare post takes the ONE region of its level that the text named before it as a body: a
   regional government ("Pemkab X"), one of its offices ("Dinas Kesehatan Kota X"), its
   parliament ("DPRD X") or a head's title before its region ("Bupati X Nama"); a place
   alone ("warga di Kabupaten X") is no body (see 4); two regions of the level: no region;
   but the same post written before with its region and no name after it, the post spoken
   of before its holder is named ("Gubernur Y melantik Penjabat Sekda Kabupaten X. ... Pj
   Sekda Nama"), is that region's whatever other region's head the text named (two such
   posts, or another region's government or office named as a body: none);
3. with no body named before, the dateline's place, when it names one region only (not a
   name both a regency and a city have: "SEMARANG") of the post's level: a regency for
   "Bupati", a city for "Wali Kota", a regency or city for a post of either level ("Sekda")
   unless a province's government sits there (``gazetteers/provincial_capitals.tsv``: the
   city's post or the province's?); a province's name never; a regency or city of the
   post's level the text named before as a place, another than the dateline's: no region;
   of a dateline both a regency and a city bear, the one a place names in full ("SEMARANG -
   Banjir di Kota Semarang ... Wali Kota Nama"), else the one of a post of one level ("MADIUN
   - Wakil Wali Kota Nama": the city), the regency only when the city is no province's seat
   ("SEMARANG - Bupati Nama": none); a dateline with its kind word ("KOTA MADIUN") names one;
4. with no body and no dateline of the post's level, the one region the text named before
   as a place ("Banjir di Kabupaten X ... Bupati Nama"): of the post's level for a post of
   one level; for a post of either level the one region of any level, a regency or a city
   no province's government sits in, or a province written with its kind word ("Provinsi
   X menerima penghargaan ... Kadinsos Nama", also under the dateline of its seat, one a
   regency shares too: "KUPANG -"; its bare name, "Banjir di Jawa Tengah", is a wide area,
   no body's), a province written as its address aside ("Kabupaten X, Jawa
   Tengah"); a name both a regency and a city bear written bare ("di Magelang"): none.

The level of a post is its title's target in ``lexicons/titles.tsv``: province, regency, city,
or region (any of the three: "Sekretaris Daerah"). A district head's bare title ("Camat Nama",
"Camat setempat, Nama") heads the one district the text named before it (with "setempat", the
most recent), of the government of its regency or city; with no district named, the title
alone ("Camat") of the regency's or city's government by patterns 1 to 4 (with two
districts named, none); a village head's ("Kepala Desa setempat, Nama", "Lurah Nama") the
village or kelurahan so named before, as ``local_heads.village_head`` reads it. The head of an
office's sub-unit written with its field and no office ("Kepala Bidang Tanaman Pangan, Nama":
``lexicons/sub_unit_titles.txt``) belongs to the regional government whose bodies are the only
organisations the text named before it. A regional secretariat's post read with its number
or field and no region ("Asisten II, Nama") and a regional office's head fused with its short
form ("Kadinsos Nama") take the region of pattern 2, 3 or 4, or of 1 after a local reference.
Used by the title readers (``context_titles.py``, which reads those titles, ``titles.py``,
``command_titles.py``) and, for a unit named alone ("Kepala Bappeda Nama" after "Pemkab X"),
by the unit reader (:func:`named_region`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from ..discourse import text_structure
from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from ..regions import KIND_WORDS, bare_place, kind_words
from .local_heads import district_government, village_head
from .region_mentions import (
    LOCAL_KINDS,
    bare_namesake,
    coordinated,
    dateline_local,
    dateline_place,
    institution_words,
    local_kinds,
    local_reference,
    named_region,
    outlet_base,
    place_of,
    place_region,
    placed_after,
    seats,
)
from .regional_posts import Districts
from .title_parts import entity_at, skip_bracket

_DISTRICT = "district"
_MEDIA = "media"  # the knowledge base's kind of a news outlet
_PREFIX = "Pemerintah "
_LOCAL = ("regency", "city")
# the kinds of region a title's target in titles.tsv names
LEVELS = {
    "province": frozenset({"province"}),
    "regency": frozenset({"regency"}),
    "city": frozenset({"city"}),
    "region": REGION_KINDS,
}
_DISTRICT_TARGETS = frozenset({_DISTRICT})
_HEAD_WORDS = 3  # words of a head's title written right before its region ("Wakil Wali Kota")
_HONORIFICS = 4  # honorifics and degrees before a name ("Prof. Dr. Ir. H. Nama")


class DocumentRegions:
    """The provinces, regencies and cities a document names, in text order, each marked
    whether it was named as a body (see the module docstring)."""

    def __init__(
        self, kb: KnowledgeBase, lex: Lexicons, doc: Doc, words: list[str], districts: Districts
    ) -> None:
        self.kb = kb
        self.doc = doc
        self.districts = districts
        self.lex = lex
        self.words = words
        # built on first use: most documents have no post written without its region
        self._ents: list[Span] | None = None
        self._named: list[tuple[int, KBEntry, bool, str]] = []
        self._spoken: set[int] = set()  # regions after a head's title no name follows
        self._district_spans: list[tuple[KBEntry, Span, str]] = []
        self._dateline: tuple[KBEntry, ...] | None = None
        self._dateline_at = -1  # the token the dateline's place begins at, when it names one

    def _index(self) -> list[Span]:
        """The entities of the text itself, in order, once the regions and districts they
        name are indexed (on the first question asked of this document)."""
        if self._ents is not None:
            return self._ents
        furniture = text_structure(self.doc).in_furniture
        # none of a link line or a caption ("Baca juga: Pemkot X Gelar ...",
        # :mod:`pmk_extract.furniture`)
        ents = [e for e in sorted(self.doc.ents, key=lambda e: e.start) if not furniture[e.start]]
        for ent in ents:
            found = self._region_of(self.lex, self.words, ent)
            if found is not None:
                self._named.append((ent.start, *found))
                if found[2] and not self._name_after(ent.end):
                    self._spoken.add(ent.start)
            entries = self.kb.by_id.get(ent._.org_id or "") if ent.label_ == "LOC" else None
            if entries and entries[0].kind == _DISTRICT:
                head, _ = self._head_before(self.words, ent.start, _DISTRICT_TARGETS)
                self._district_spans.append((entries[0], ent, head))
        self._ents = ents
        return ents

    @property
    def ents(self) -> list[Span]:
        """The entities of the text itself (no page furniture), in text order."""
        return self._index()

    @property
    def named(self) -> list[tuple[int, KBEntry, bool, str]]:
        """Token, region, named as a body, the head's title written right before it
        ("Sekda"), for every region the text names, in order."""
        self._index()
        return self._named

    @property
    def district_spans(self) -> list[tuple[KBEntry, Span, str]]:
        """The districts the text names, in order, with the head's title right before
        ("Camat")."""
        self._index()
        return self._district_spans

    def district(self, k: int, local: bool, head: str = "") -> tuple[str, str | None] | None:
        """The district a district head's bare title ``head`` at token ``k`` heads, and the
        government of its regency or city: the most recent district named before (``local``:
        "Camat setempat"), or the one district named before; None when two are or none is. A
        district written after the same title is another person's post ("Camat X Nama ...
        Camat Nama"), no district of this one."""
        before = [(e, ent) for e, ent, by in self.district_spans if ent.end <= k and by != head]
        if not before or (not local and len({e.canonical for e, _ in before}) > 1):
            return None
        place, ent = before[-1]
        name = bare_place(place.canonical)
        org = district_government(self.kb, place, ent.text)
        return name, org or self.districts.text_government(name, self.doc.ents)

    def _name_after(self, k: int) -> bool:
        """True when a capitalised word (a name, a degree, a day) follows token ``k``, past a
        short form in brackets and a comma ("Sekda Kabupaten X (Sekda), Nama"); False when a
        lower-case word, a full stop or the end of the text does: the post is spoken of and
        its holder not named there ("pelantikan Sekda Kabupaten X digelar")."""
        words = self.words
        k = skip_bracket(words, k)
        k += int(k < len(words) and words[k] == ",")
        return k < len(words) and (words[k][:1].isupper() or words[k][:1].isdigit())

    def _region_of(
        self, lex: Lexicons, words: list[str], ent: Span
    ) -> tuple[KBEntry, bool, str] | None:
        """The region an ORG or LOC span names, whether it names it as a body, and the
        head's title written right before it."""
        region = named_region(self.kb, ent)
        if region is None:
            placed = place_of(self.kb, ent)  # "Polres X menangkap ...", "Kecamatan Y": a place
            return (placed, False, "") if placed is not None else None
        head, target = self._head_before(words, ent.start, LEVELS)
        if target in LOCAL_KINDS and region.kind != target:
            # "Bupati Tegal" after "Wali Kota Tegal": the regency, the city's namesake
            namesake = self.kb.lookup(f"{KIND_WORDS[target]} {bare_place(region.canonical)}")
            if namesake is None or namesake.label != "LOC" or namesake.kind != target:
                return None
            region = namesake
        return region, ent.label_ == "ORG" or bool(head), head

    def _head_before(self, words: list[str], k: int, targets: Collection[str]) -> tuple[str, str]:
        """The regional head's title (of a target in ``targets``), written out, that ends
        right before token ``k`` ("Wakil Bupati | X"), or with its first word ("Wali | Kota
        X"), the longest, and its target; "" and "" when none does."""
        lex = self.lex
        for end in (k, k + 1):
            for size in range(_HEAD_WORDS, 0, -1):
                j = end - size
                if j < 0 or match_head(words, j, lex.title_heads, size) != size:
                    continue
                target = lex.title_heads[tuple(words[j:end])][1]
                if target in targets:
                    return lex.expand(" ".join(words[j:end])), target
        return "", ""

    def body_region(self, k: int, kinds: frozenset[str], head: str = "") -> KBEntry | None:
        """The one region of ``kinds`` named as a body before token ``k`` (rule 2), else,
        when none is, the dateline's (rule 3), else the one named as a place (rule 4); None
        when two are or the level is unclear. A region written after the same head's title
        ``head`` with a name after it is another person's post ("Sekda X Nama ... Sekda
        Nama"), no body for this one; with no name after it, the post spoken of before its
        holder is named, whose region it is, another region's head aside ("Gubernur Y
        melantik Penjabat Sekda Kabupaten X. ... Pj Sekda Nama": X's); two such posts, or
        another region's government or office named too ("Pemkab Y menggelar ... Sekda
        Provinsi X hadir"): none."""
        spoken = {
            e.canonical: e
            for start, e, _, by in self.named
            if head and by == head and start < k and e.kind in kinds and start in self._spoken
        }
        if spoken:  # "pelantikan Sekda Kabupaten X ... Sekda Nama": that post's holder
            if len(spoken) > 1 or any(
                body and not by and start < k and e.kind in kinds and e.canonical not in spoken
                for start, e, body, by in self.named
            ):
                return None  # "Pemkab Y menggelar ... Sekda Provinsi X hadir ... Sekda Nama"
            return next(iter(spoken.values()))
        found = {
            e.canonical: e
            for start, e, body, by in self.named
            if body and start < k and e.kind in kinds and (not head or by != head)
        }
        if found:
            if len(found) != 1:
                return self._story_region(list(found.values()))
            one = next(iter(found.values()))
            return None if self._visited(k, one) else one
        dated = self.dateline_regions()
        if len(dated) > 1:
            # "SEMARANG": the regency or the city, as a place the text names in full says
            # ("SEMARANG - Banjir di Kota Semarang ... Wali Kota Nama")
            placed = self._place_region(k, kinds, self._dateline_at)
            if placed is not None and placed.id in {d.id for d in dated}:
                return placed
            if placed is not None and any(
                self._home_dateline(self._dateline_at, d, placed) for d in dated
            ):
                return placed  # "KUPANG - Provinsi NTT menerima ... Kadinsos Nama": NTT's
            return self._level_of(k, kinds, dated)
        if not dated or dated[0].kind not in kinds:
            return self._place_region(k, kinds)  # "JAKARTA - ... Kabupaten X ... Bupati"
        if len(kinds) > 1 and self._based(dated[0]):
            # "Sekda Nama" under "SURABAYA": the city's or the province's? Only a place
            return self._place_region(k, kinds)
        if any(
            not body and not by and e.kind in LOCAL_KINDS & kinds and e.id != dated[0].id
            for start, e, body, by in self.named
            if start < k
        ):
            return None  # "KUDUS - Banjir di Kabupaten Pati ... Bupati Nama": which?
        return dated[0]

    def _story_region(self, regions: list[KBEntry]) -> KBEntry | None:
        """Of a province and one regency or city inside it, both named as bodies ("Gubernur
        X ... diterima Bupati Y"), the regency or city the dateline places the story in (its
        name or one of its districts': "ANDOOLO - Gubernur Sultra ... Bupati Konawe Selatan
        ... Sekda Nama"), the province's head its visitor; None with no such dateline, one
        a province's government sits in, or other regions."""
        provinces = [r for r in regions if r.kind == "province"]
        local = [r for r in regions if r.kind in LOCAL_KINDS]
        if len(provinces) != 1 or len(local) != 1 or len(regions) != 2:
            return None
        one = local[0]
        if one.parent != provinces[0].canonical or self._based(one):
            return None
        dated = dateline_local(self.kb, self.doc)
        return one if dated is not None and dated.id == one.id else None

    def _level_of(
        self, k: int, kinds: frozenset[str], dated: tuple[KBEntry, ...]
    ) -> KBEntry | None:
        """Of a dateline a regency and a city share ("MADIUN"), the one a post of one level
        heads: the city for "Wali Kota", the regency for "Bupati" unless the city is a
        province's seat ("SEMARANG - Bupati Nama": the outlet's base, whose regent?); None for
        a post of either level, or when the text named another region of the post's level
        before it as a place ("MADIUN - Banjir di Kabupaten Ngawi ... Bupati Nama")."""
        of_level = [region for region in dated if region.kind in kinds]
        if len(kinds) > 1 or len(of_level) != 1:
            return None
        one = of_level[0]
        if one.kind != "city" and any(self._based(region) for region in dated):
            return None
        if any(
            not body and e.kind in kinds and e.id != one.id
            for start, e, body, _ in self.named
            if start < k and start != self._dateline_at
        ):
            return None
        return one

    def _place_region(self, k: int, kinds: frozenset[str], skip: int = -1) -> KBEntry | None:
        """With no body and no dateline of the post's level, the one region the text named
        before token ``k`` as a place ("Banjir di Kabupaten X ... Bupati Nama"): of the
        post's level for a post of one level (a region of another level named too); for a
        post of either level ("Sekda") the one region of any level, a regency or a city no
        province's government sits in, or a province written with its kind word ("Provinsi X
        menerima penghargaan ... Kadinsos Nama"), a dateline of a province or its seat aside
        (``region_mentions.place_region``); the entity at token ``skip`` aside."""
        if len(kinds) > 1 and any(self._based(r) for r in self.dateline_regions()):
            # a dateline of a province or of the city it sits in is an outlet's base
            # ("JAKARTA, KOMPAS.com - Banjir di Kabupaten X ... Sekda Nama"), no place
            skip = self._dateline_at
        ents = [e for e in self.ents if e.start != skip]
        if len(kinds) > 1:
            one = place_region(self.kb, ents, k)
            if one is None or one.id in seats(self.kb):
                return None
            if one.kind not in LOCAL_KINDS and not self._kind_written(one, ents, k):
                return None  # "Banjir di Jawa Tengah ... Sekda Nama": whose, which regency's?
            return None if self._headed_other(k, one) else one
        named = [(e, place_of(self.kb, e)) for e in ents if e.end <= k]
        if any(
            r is not None and e.label_ == "LOC" and bare_namesake(self.kb, e, r) for e, r in named
        ):
            return None  # "Banjir di Magelang ... Bupati Nama": the regency or the city?
        one = place_region(self.kb, [e for e, r in named if r is not None and r.kind in kinds], k)
        found = {e.id for at, e, _, _ in self.named if at < k and at != skip and e.kind in kinds}
        return one if one is not None and found == {one.id} else None

    def _kind_written(self, province: KBEntry, ents: list[Span], k: int) -> bool:
        """True when an entity before token ``k`` names ``province`` with its kind word
        ("Provinsi Kalimantan Barat menerima penghargaan ...", "Prov. Kalbar"): the region as
        such, as "Kabupaten X" names its regency, not a wide area a story is set in."""
        for ent in ents:
            if ent.end > k or ent[0].lower_.rstrip(".") not in kind_words():
                continue
            place = place_of(self.kb, ent)
            if place is not None and place.id == province.id:
                return True
        return False

    def _based(self, region: KBEntry) -> bool:
        """True when the dateline's ``region`` is a province or a city a province's
        government sits in: whose secretary, the city's or the province's?"""
        return outlet_base(self.kb, region)

    def _headed_other(self, k: int, region: KBEntry) -> bool:
        """True when a region other than ``region`` was named before token ``k`` after a
        head's title ("Sekda Pati Nama ... Kabupaten Kudus ... Sekda Nama")."""
        return any(by and e.id != region.id for start, e, _, by in self.named if start < k)

    def _visited(self, k: int, region: KBEntry) -> bool:
        """True when ``region`` was named before token ``k`` only after a head's title and
        another regency or city (inside it too) was named as a place: the head's visit, the
        story's place another's ("Wakil Gubernur X Nama mengunjungi Kabupaten Y. ... Sekda
        Nama": X's secretary or Y's?); a province's capital as the dateline is no visit."""
        if any(
            e.canonical == region.canonical and body and not by
            for start, e, body, by in self.named
            if start < k
        ):
            return False  # named as a body in its own right ("Pemkab X")
        self.dateline_regions()  # where the dateline's place begins
        return any(
            not body
            and e.kind in LOCAL_KINDS
            and e.canonical != region.canonical
            and not self._home_dateline(start, e, region)
            for start, e, body, _ in self.named
            if start < k
        )

    def _home_dateline(self, start: int, place: KBEntry, region: KBEntry) -> bool:
        """True when ``place``, named at token ``start``, is the dateline's and the city the
        province ``region``'s government sits in: the outlet's base, no place the head
        visits ("PONTIANAK - Gubernur Kalimantan Barat Nama meresmikan ... Kadinkes Nama")."""
        return (
            start == self._dateline_at
            and region.kind == "province"
            and place.parent == region.canonical
            and self._based(place)
        )

    def local_region(self, k: int, kinds: frozenset[str]) -> KBEntry | None:
        """The most recent region of ``kinds`` named before token ``k``, a regency or city
        before the wider province written after it (rule 1); else the dateline's."""
        before = [e for start, e, _, _ in self.named if start < k and e.kind in kinds]
        if before and coordinated(self.kb, self.ents, k, kinds):
            return None  # "Pemkab X dan Pemkab Y menggelar ... Sekda setempat": which?
        if before:
            last = before[-1]
            if last.kind == "province" and len(before) > 1:
                inner = before[-2]
                if inner.kind in _LOCAL and inner.parent == last.canonical:
                    return inner  # "Kabupaten Kebumen, Jawa Tengah. ... setempat"
            return last
        dated = [e for e in self.dateline_regions() if e.kind in kinds]
        return dated[0] if len(dated) == 1 else None

    def village(
        self, k: int, local: bool, head: str, words: list[str]
    ) -> tuple[str, str | None] | None:
        """Role and organisation of a village head's bare title ``head`` at token ``k``
        ("Kepala Desa setempat, Nama"; "Lurah Nama"): of the most recent village or kelurahan
        named before (``local``), or of the one named before (``local_heads.village_head``)."""
        ent_at = entity_at(self.doc.ents)
        found = [
            (str(ent._.canonical), read)
            for ent in self.ents
            if ent.end <= k
            and ent.label_ == "LOC"
            and (read := village_head(self.kb, words, head, ent, ent_at)) is not None
        ]
        if not found or (not local and len({name for name, _ in found}) > 1):
            return None
        role, org, _ = found[-1][1]
        return role, org

    def sole_government(self, k: int) -> str | None:
        """The regional government whose bodies are the only organisations (news outlets
        aside) named before token ``k`` ("Dinas Pertanian Kabupaten X ... Kepala Bidang
        Tanaman Pangan, Nama"), with no body named the one region written after a regional
        head's or secretary's title ("Bupati X Nama meninjau ... Kepala Bidang Y, Nama"); None
        when another organisation or another region's body is, or two heads' regions,
        also one the gazetteer did not tag that a word of an institution's or a business's
        name opens ("Universitas X", "Bank X": ``lexicons/institution_words.txt``,
        ``org_words.txt``)."""
        words = [t.text for t in self.doc[:k]]
        firsts = institution_words()
        if any(tuple(words[j : j + n]) in firsts for j in range(k) for n in (1, 2)):
            return None
        bodies: dict[str, KBEntry] = {}
        for ent in self.ents:
            if ent.start >= k or ent.label_ != "ORG":
                continue
            entries = self.kb.by_id.get(ent._.org_id or "")
            if entries and entries[0].kind == _MEDIA:
                continue
            region = named_region(self.kb, ent)
            if region is None:
                return None
            bodies[region.canonical] = region
        if not bodies:
            # with no body named: "Bupati X Nama meninjau ...", "Plt Sekda X": the head's or
            # secretary's region, its government the story's as "Pemkab X" is
            bodies = {region.canonical: region for at, region, _, by in self.named if by and at < k}
        # "Gubernur X Nama dan Bupati Y Nama meninjau ...": whose? The dateline's, if Y's
        found = self._story_region(list(bodies.values())) if len(bodies) > 1 else None
        found = next(iter(bodies.values())) if len(bodies) == 1 else found
        if found is None:
            return None
        org = self.kb.lookup(f"{_PREFIX}{KIND_WORDS[found.kind]} {bare_place(found.canonical)}")
        return org.canonical if org is not None and org.label == "ORG" else None

    def region_after(
        self,
        words: list[str],
        names: list[bool],
        i: int,
        k: int,
        kinds: frozenset[str],
        head: str = "",
    ) -> tuple[KBEntry, int] | None:
        """The region of ``kinds`` a post written at token ``i`` and ending at ``k`` with no
        region belongs to, and where its name may begin: past a local reference (rule 1),
        else the one body's region or the dateline's (rules 2 and 3). None when the document
        does not establish it, or when no name or comma follows a post with no local
        reference."""
        local = local_reference(words, k)
        if not local and not name_follows(self.lex, words, names, k):
            return None  # with a local reference, the name may stand before ("Nama, Sekda
            # setempat, mengatakan"; "ujar Nama, Sekda setempat.")
        if placed_after(self.kb, self.ents, k):
            return None  # "Sekda Nama dari Kabupaten Y": not the region named before
        if local:  # "Sekda Kabupaten setempat": the regency
            region = self.local_region(i, local_kinds(words, k, kinds))
        else:
            region = self.body_region(i, kinds, head)
        return (region, k + local) if region is not None else None

    def dateline_regions(self) -> tuple[KBEntry, ...]:
        """The regions the dateline's place may name: one, or a regency and a city of the
        same name ("SEMARANG"); none without a dateline or when it names no region."""
        if self._dateline is None:
            self._dateline = self._read_dateline()
        return self._dateline

    def _read_dateline(self) -> tuple[KBEntry, ...]:
        self._dateline_at, dated = dateline_place(self.kb, self.doc)
        return dated


def name_follows(lex: Lexicons, words: list[str], names: list[bool], k: int) -> bool:
    """True when a name or a comma follows token ``k``, past the honorifics, degrees and ranks
    written before a name ("Sekda Drs. H. Nama", "Bupati Dr. Ir. Nama")."""
    for _ in range(_HONORIFICS):
        size = lex.rank_at(words, k, False) if k < len(words) else 0
        if not size:
            break
        k += size
    return k < len(words) and (names[k] or words[k] == ",")
