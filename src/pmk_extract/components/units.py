"""``pmk_units``: names built from parts, on top of the gazetteer's ORG and LOC spans.

- units of organisations: "Sekretariat Kemenko PMK", "Biro Hukum, Persidangan, dan Humas
  Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "Dinas Kesehatan Provinsi
  Jawa Tengah" become one ORG whose canonical expands every abbreviation and names the
  parent in full; a unit named alone ("Biro Komunikasi dan Pelayanan Publik") takes the
  organisation of its context; a unit's name goes on over a comma only into a list of
  fields closed by "dan" ("Biro Hukum, Agus Prasetyo" is a unit and a name);
- a trailing "RI" joins its organisation ("Kementerian Kesehatan RI");
- villages ("Desa Konga") and venues named after a place ("Pendopo Kabupaten Cianjur");
- districts listed after a "Kecamatan X" ("Kecamatan Cugenang, Pacet, dan Warungkondang");
- bodies named by a head and a place or a designation, found first so that units of them
  can be built on them: "Polres Kendal" (Kepolisian Resor Kendal), "Kodim 0715/Kendal",
  "SMP Negeri 5 Bandung", "PT Pindad"; "Satuan Lalu Lintas Polres Batang" is then a unit of
  the first.

Villages, venues and hospitals named after a person are built by ``places.py``, command
bodies by ``command_bodies.py``, over the document view of ``unit_view.py``; the words of a
unit's name after its head (fields, acronyms, where a holder's name begins) are read by
``unit_fields.py``. Word lists live in ``models/lexicons`` (org_units.tsv, command_units.tsv,
place_heads.tsv, abbreviations.tsv).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..extensions import register_extensions
from ..kb import REGION_KINDS, KnowledgeBase, default_kb
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, first_words, lexicons, match_head
from ..people import default_people
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines, read_tsv
from ..unit_kinds import (
    ATTACHED,
    CONTEXT_REGION,
    COUNCIL,
    FIELD_KINDS,
    IN_REGION,
    PLACE_ONLY,
    PLACED,
    POSITION,
    POST_HOSTS,
    PROVINCIAL,
    REGIONAL,
    REGIONAL_OFFICES,
    REGIONAL_SHORT,
    VERTICAL,
)
from .command_bodies import CommandBodies
from .command_places import region_number
from .council_context import named_parliaments, parliament_place
from .election_branches import ElectionBranches
from .field_offices import FieldOffices
from .name_flags import is_name_text
from .org_spelling import spelling_fixes
from .parliament_orgs import Parliaments
from .parliament_posts import ParliamentPosts
from .parliaments import council_name
from .places import Places
from .region_mentions import (
    coordinated,
    local_reference,
    placed_after,
    regions_before,
    sole_region,
)
from .regional_names import regional_office_name
from .regional_posts import Districts, district_office, province_phrase, region_between_commas
from .secretariat_posts import secretariat_words
from .title_case import TitleCase, keep_fixes
from .unit_fields import UnitFields
from .unit_view import (
    UNDER,
    NewSpan,
    UnitView,
    bracket_end,
    commit_spans,
    place_phrase,
    read_view,
    second_province,
    span_entry,
    title_ends_at,
    written_text,
)

_REGIONAL_GOV = "regional_government"
_MEDIA = "media"  # the knowledge base's kind of a news outlet (a dateline's, a credit's)
_COUNCIL_HEAD = "DPRD"  # the short form of every region's council, as unit heads write it
_NATIONAL_KINDS = frozenset({"agency", "other"})  # bodies a "Badan X Nasional" may name
_PARTY_BOARD = "Dewan Pimpinan "  # a party's board: "DPD Demokrat", "DPC Partai Golkar"
_REGION_PHRASES = ("Provinsi ", "Kabupaten ", "Kota ")  # place_phrase() of a region
_KIND_WORDS = {word.lower(): word for word in KIND_WORDS.values()}  # "kabupaten"
_STATE_SHORT = "RI"  # Republik Indonesia after a national body: "Kementerian Kesehatan RI"
_STATE_NAME = ["Republik", "Indonesia"]
# the bodies of the state "Republik Indonesia" may follow ("Komisi Pemilihan Umum Republik
# Indonesia"); not a party's, a company's or a region's
_STATE_BODIES = frozenset(
    {"state_institution", "ministry", "coordinating_ministry", "agency", "presidential_office"}
)
_HOSPITAL = "Rumah Sakit"  # a hospital's head, expanded: it may be named after a person


# a regional secretariat's bureaus and sections ("Biro", "Bagian", "Subbagian": the heads'
# titles of kind section in secretariat_posts.tsv) and the fields only they bear ("Kesra")
_SECTION_UNITS = frozenset(words[-1] for words in secretariat_words()["section"] if len(words) == 2)
_SECTION_FIELDS = secretariat_words()["section_field"]


class Units:
    """Build unit ORG spans, villages, venues and listed districts."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.parliaments = Parliaments(kb)
        # a name line in capitals after a title in capitals names a holder, also one whose
        # name many people share (title_only: linked only after a title, as there)
        people = default_people()
        self.fields = UnitFields(kb, lex)
        self.title_case = TitleCase(
            lex,
            self.parliaments,
            ParliamentPosts(kb),
            frozenset(people.names) | people.holder_forms(),
            self.fields.field_words,
        )
        self.branches = ElectionBranches(kb)
        self.places = Places(kb, lex)
        self.bodies = CommandBodies(kb, lex)
        # short forms of a regional secretariat that name the kind of their region
        # ("Setdakab Bogor" is the regency's): secretariat_kinds.tsv
        self.secretariat_kinds: dict[str, str] = {
            short: kind for short, kind in read_tsv("lexicons/secretariat_kinds.tsv", 2)
        }
        # offices named after their district: "Puskesmas Bojonegara" (district_offices.txt)
        self.district_offices = frozenset(
            tuple(line.split(" ")) for line in read_lines("lexicons/district_offices.txt")
        )
        self.districts = Districts(kb)
        self.field_offices = FieldOffices(kb, lex, self.fields)

    def entry(self, span: Span) -> KBEntry | None:
        """The knowledge-base entry behind a gazetteer span."""
        return span_entry(self.kb, span)

    def __call__(self, doc: Doc) -> Doc:
        # "Kepolisan Resor Demak": words of names misspelt, read as the names write them
        spelt = spelling_fixes(doc)
        table = token_table(doc)
        read = [spelt.get(k, word) for k, word in enumerate(table.words)] if spelt else table.words
        misread = self.parliaments.misread(doc, read)
        if misread:  # "Dewan Perwakilan Rakyat" + "Daerah ...": built below as one body
            doc.ents = [ent for ent in doc.ents if ent not in misread]
        councils = self.parliaments.bracketed_councils(doc, read)
        councils += self.parliaments.own_name_bodies(doc, read)  # "Komisi I DPR | Aceh"
        councils += self.parliaments.kind_councils(doc, read)  # "DPR Kabupaten Aceh Tamiang"
        if councils:  # "Dewan Perwakilan Rakyat (DPRD) Lombok Barat": parliaments.py
            commit_spans(doc, list(doc.ents), councils)
        bare = self.parliaments.bare_in_context(doc, read)
        if bare:  # "DPRP Papua Tengah ... Ketua DPRP, Nama": the parliament named before
            commit_spans(doc, list(doc.ents), bare)
        view = read_view(doc)
        view.words = read
        commands = self.bodies.find(view)
        if commands:
            commit_spans(doc, view.ents, commands)
            view = read_view(doc)  # units of these bodies are built on them
            view.words = read
        fixes = self.title_case.fixes(view.words, table.lower, view.covered)
        keep_fixes(doc, fixes)
        if any((word,) in self.lex.command_units for word in fixes.values()):
            # "Komandan lanud Anang Busra": a command unit's short form in lower case after a
            # title, read as the lexicons write it and built as the bodies above are
            view.words = [fixes.get(k, word) for k, word in enumerate(read)]
            late = self.bodies.find(view)
            if late:
                commit_spans(doc, view.ents, late)
            view = read_view(doc)
            view.words = read
        fixes = {**spelt, **fixes}
        if fixes:  # "kepala dinas pendidikan Kabupaten Demak": read as the lexicons write it
            view.fixes = fixes
            view.words = [fixes.get(k, word) for k, word in enumerate(view.words)]
            view.names = [is_name_text(word) for word in view.words]
        covered, words = view.covered, view.words
        unit_firsts = first_words(self.lex.unit_heads)
        place_firsts = first_words(self.lex.place_heads)
        new: list[NewSpan] = []
        after = 0  # left to right: a new span's tokens are not looked at again
        heads = unit_firsts | place_firsts
        for i in [k for k, word in enumerate(words) if word in heads]:
            if i < after or covered[i] is not None:
                continue
            free = 0
            while i + free < len(words) and free < 5 and covered[i + free] is None:
                free += 1
            made = None
            size = match_head(words, i, self.lex.unit_heads, free)
            if size:
                made = self._unit(view, i, size)
            if made is None:
                size = match_head(words, i, self.lex.place_heads, free)
                if size:
                    made = self.places.place(view, i, size)
            if made is not None:
                new.append(made)
                after = made[0].end
        new += self.field_offices.spans(view, new)
        new += self._suffix_ri(view, view.ents)
        new += self.places.listed_districts(view, view.ents)
        if new:
            commit_spans(doc, view.ents, new)
        bodies = self.parliaments.bodies(doc, view.words)
        bodies += self.branches.spans(doc, place_phrase)  # "KPU Kota Bekasi"
        if bodies:  # "Badan Kehormatan DPRD Sumut", "Fraksi PKS DPRD Kota Depok"
            commit_spans(doc, list(doc.ents), bodies)
        return doc

    def _unit(self, view: UnitView, i: int, size: int) -> NewSpan | None:
        doc, words, names = view.doc, view.words, view.names
        head = tuple(words[i : i + size])
        kind = self.lex.unit_heads[head]
        # an abbreviated head ("BPBD", "Bidhumas") opens a name even after a capitalised word,
        # but not as the last word of a title ("Pranata Humas")
        abbreviated = size == 1 and (head[0].isupper() or head[0] in self.lex.abbreviations)
        if abbreviated and i and match_head(words, i - 1, self.lex.title_heads) == 2:
            return None
        # a council's full name ("Dewan Perwakilan Rakyat Daerah") opens its own name after
        # any word but a secretariat's ("Wakil Ketua II | Dewan ...", "Komisi A | Dewan ...")
        spelt_out = kind == COUNCIL and size > 1 and not self.fields.secretariat_of(words, i)
        if (
            i > 1
            and not abbreviated
            and not spelt_out
            and names[i - 1]
            and not title_ends_at(self.lex, words, i)
            and not (kind in POST_HOSTS and self.fields.title_field_ends_at(view, i))
            and not words[i - 2].isspace()
            and words[i - 2] not in {".", "“", '"', "–", "—", "-"}
        ):
            return None  # inside a longer name: "Pemerintah Pusat"
        # an abbreviated office ("Dinkes") names its field itself: only its place may follow
        k = i + size
        if kind == POSITION and match_head(words, k, self.lex.title_heads):
            return None  # "Deputi Kepala Perwakilan BI X": a deputy head's title, no unit
        if self.lex.expand(" ".join(head)).startswith(_HOSPITAL):
            named = self.places.named_hospital(view, i, k)
            if named is not None:
                return named
        if kind == PLACED and head in self.district_offices:
            found = district_office(self.districts, words, names, view.covered, k, view.ents)
            if found is not None:  # "Puskesmas Bojonegara": its district's regency's
                text = self.lex.expand(written_text(view, i, found[0]))
                owner = found[1].removeprefix("Pemerintah ") if found[1] else None
                span = Span(doc, i, found[0], label="ORG")
                return span, text, {"unit": text, "parent_org": owner}
        skip = range(0)
        if kind not in PLACE_ONLY and self.fields.title_short_at(words, k, head):
            skip = range(k, k + 3)
            k += 3  # "Dinas (Kadis) Kesehatan": the short form of its head's title
        fields = kind in FIELD_KINDS
        end = name_end = (
            k if kind in PLACE_ONLY else self.fields.name_words_end(view, k, head, fields)
        )
        digits = self.parliaments.digit_numbered(words, i) if kind == ATTACHED else None
        if digits is not None:
            end = name_end = k + 1  # "Komisi 1 | DPRD Kota X": a commission's number in digits
        if fields and end == k and self.fields.lone_field(view, k):
            end = name_end = k + 1  # "Dinas PUPR | Budi Santoso": the field, not the ministry
        chained = fields and end > k and self.fields.chained_field(view, k)
        if chained:
            end = name_end = k + 1  # "Dinas Perkim | Nama": a chain of the office's fields
        elif kind == REGIONAL_SHORT and self.fields.joined_field(view, k):
            end = name_end = k + 1  # "Dinsos P3A Kabupaten X": one office of two fields
        elif (
            kind == REGIONAL_SHORT
            and end == k
            and title_ends_at(self.lex, words, i)
            and (merged := self.fields.second_field(view, k))
        ):
            end = name_end = merged  # "Kepala Disperindag dan ESDM Kota X": a merged office
        # a short form in brackets, then the place or body the unit belongs to: "Dinas Kesehatan
        # (Dinkes) Kabupaten X", "Pusdalops (...) BPBD Provinsi X"; the span is the unit's name,
        # the short form and the place or body stay mentions of their own (guidelines)
        # a council's own short form: "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bandung" (the
        # span is the council's head, named with its place, as a unit's)
        placed_only = kind in PLACE_ONLY and kind != COUNCIL
        bracket = bracket_end(words, end) if not placed_only else 0
        # "Bagian Hukum pada Sekretariat Daerah Kabupaten X": the unit it belongs to after
        # "pada", as the nomenclature writes it; one name with it
        under = not bracket and not placed_only and words[end : end + 1] == [UNDER]
        if under and end + 1 < len(words):
            bracket = end + 1
        later = match_head(words, bracket, self.lex.unit_heads) if bracket else 0
        written = self._unit(view, bracket, later) if later else None  # built later in the pass
        # "(Dinkes P2KB) kabupaten Sleman": the region's kind in lower case after the bracket
        kind_next = bracket > 0 and self.fields.kind_before_region(view, bracket)
        if bracket and (bracket in view.starts or written is not None or kind_next):
            end = bracket
        kind_word = _KIND_WORDS.get(words[end].lower()) if end + 1 < len(words) else None
        region = view.starts.get(end + 1) if kind_word else None
        if region is not None and region.label_ == "LOC" and end not in view.starts:
            end += 1  # "Dinas Sosial kota Pontianak": the region's kind in lower case
        else:
            # "(Bagian Umum) Setdakab | Bogor": the secretariat's short form names the kind
            kind_word = self.secretariat_kinds.get(words[end - 1])
        # "Puskesmas Tempeh, Kabupaten Lumajang,": the office named after its place, then its
        # region between commas (the title's reader takes it in: office_region)
        between = kind in REGIONAL_OFFICES and region_between_commas(
            self.kb, words, view.starts, k, end
        )
        if (
            end not in view.starts
            and end != bracket
            and (
                kind == POSITION
                or title_ends_at(self.lex, words, i)
                or (kind in REGIONAL_OFFICES and self.fields.title_field_ends_at(view, i))
            )
            and not between
            and digits is None
            and not chained
        ):
            # "Kepala Dinas Kesehatan Heru Santoso", "Deputi Bidang Pemberdayaan Pemuda Nama":
            # no place or body anchors the office's name, and a title's holder may follow (a
            # position is a title itself): the name ends with its field's words
            end = name_end = self.fields.field_end(words, k, end)
        parent = view.starts.get(end)
        parent_entry = self.entry(parent) if parent is not None else None
        start = i
        if name_end > i + size and self.lex.abbreviations.get(words[i + size], "").startswith(
            " ".join(head) + " "
        ):
            start = i + size  # "Badan Kesbangpol", "Dinas DPMD": the head is said once
        unit_text = digits or self.lex.expand(written_text(view, start, name_end, skip))
        top: str | None = None
        party_board = False
        if parent is not None and parent_entry is None and parent._.source == "units":
            parent_name = parent._.canonical  # a body of the first pass ("Polres Batang")
            top = parent._.parent_org
        elif parent is not None and parent_entry is not None:
            if parent.label_ == "ORG" and unit_text.startswith(_PARTY_BOARD):
                # "DPD PBB Sumbar": a board's letters before an ORG name a party's board; an
                # ORG the knowledge base knows as something else (the UN) is not its party
                parent_name = parent._.canonical if parent_entry.kind == "party" else None
                party_board = parent_name is None
            elif parent.label_ == "ORG" and parent_entry.kind != _REGIONAL_GOV:
                parent_name = parent._.canonical
            elif parent.label_ == "ORG" and (end > i + size or kind == REGIONAL_SHORT):
                # "Bagian Humas Setda Pemkab Indramayu", "Dinkes Pemkab Sleman" (a bare "Humas
                # Pemprov Jateng" is the regional government's own credit line)
                parent_name = str(parent._.canonical).removeprefix("Pemerintah ")
            elif parent.label_ == "LOC" and parent_entry.kind in REGION_KINDS:
                if kind_word is not None:  # "kota Pontianak": the region of that kind
                    other = self.kb.lookup(f"{kind_word} {bare_place(parent_entry.canonical)}")
                    if other is not None and other.kind in REGION_KINDS:
                        parent_entry = other
                parent_name = place_phrase(parent_entry)
                if unit_text.startswith(_PARTY_BOARD):
                    # "DPD Demokrat Jawa Barat": a party's board in a region, never an office
                    # of the region's government; the party is not always known
                    party_board = True
                elif kind == PLACED and (national := self._national_body(unit_text)):
                    # "Badan Narkotika Kabupaten X", "Badan Amil Zakat Kota X": a national
                    # body's office in the region, its "Nasional" left out
                    top = national
                elif kind == PROVINCIAL:  # "Suku Dinas Kesehatan Jakarta Pusat": DKI Jakarta's
                    top = province_phrase(self.kb, parent_entry)
                elif (
                    name_end == i + size + 1 and self.parliaments.numbered_body(words, i)
                ) or self.parliaments.body_ends_at(words, i, name_end):
                    # "Komisi I Wajo", "Badan Anggaran Wajo": a numbered commission or a
                    # named body of a parliament before a region is one of its council's
                    council_head = self.lex.expand(_COUNCIL_HEAD)
                    parent_name = top = council_name(self.kb, council_head, parent_name)
                    # "Badan Kehormatan Dewan Kota X": the body as the parliaments name it
                    unit_text = self.parliaments.body_name(words, i, name_end) or unit_text
            else:
                parent = None
                parent_name = None
        else:
            parent = None
            parent_name = None
        if (
            kind == REGIONAL_SHORT
            and parent is not None
            and parent.label_ == "ORG"
            and parent_entry is not None
            and parent_entry.kind != _REGIONAL_GOV
        ):
            return None  # "DKP Partai Golkar": a short form that is no regional office here
        span_end = parent.end if parent is not None else end
        council = self.fields.council_at(words, end) if parent is None and kind == ATTACHED else 0
        body = self._unit(view, end, council) if council else written
        if body is not None and written is not None:
            parent, parent_name, top = body[0], body[1], body[2].get("parent_org")
            span_end = body[0].end
        elif body is not None:
            # "Komisi D DPRD Kota Semarang": one span; its officials belong to the council
            parent_name = top = body[1]
            span_end = body[0].end
            parent = body[0]
        if (kind in IN_REGION or self._holds_vertical(words, i + size, name_end)) and (
            parent is not None and parent.label_ == "ORG"
        ):
            # "Kanwil Kemenag Jawa Timur": a vertical office of a ministry in a region; its
            # officials belong to the ministry
            place = view.starts.get(span_end)
            entry = self.entry(place) if place is not None else None
            if place is not None and entry is not None and entry.kind in REGION_KINDS:
                top = top or parent_name
                parent_name = f"{parent_name} {place_phrase(entry)}"
                span_end = place.end
                if region_number(words, view.covered, span_end):
                    # a region's numbered office: "Kanwil DJP Jawa Timur II"
                    parent_name = f"{parent_name} {words[span_end]}"
                    span_end += 1
                elif (second := second_province(self.kb, words, view.starts, span_end)) is not None:
                    parent_name = f"{parent_name} dan {bare_place(second[0].canonical)}"
                    span_end = second[1]  # "Kanwil DJP Sumbar dan Jambi": of two provinces
        between = between and parent is None
        if (
            kind == PLACED
            and not between
            and not (parent is None and regional_office_name(unit_text))
            and not (
                (parent_name or "").startswith((*_REGION_PHRASES, self.lex.expand(_COUNCIL_HEAD)))
                or (top or "").startswith(_REGION_PHRASES)
            )
        ):
            return None  # "Badan" + a field alone: a national agency the gazetteer names
        if (
            kind == POSITION
            and span_end < len(words)
            and (names[span_end] or match_head(words, span_end, self.lex.honorifics))
        ):
            return None  # "Deputi Bidang X Kementerian Y Nama": a title
        if parent is None:
            if kind == ATTACHED:
                return None  # "Komisi V" alone: whose commission the text says elsewhere
            if end == i + size and size == 1 and kind not in PLACE_ONLY:
                return None  # "Sekretariat" alone says too little
            local = bool(local_reference(words, end))  # "Kepala BPBD setempat": the latest
            placed = kind == PLACED  # "Badan Kesbangpol" written out: regional_names.py
            kind = REGIONAL if placed else kind
            parent_name = None if between else self._context_parent(view.ents, i, end, kind, local)
            if placed and parent_name is None and not between:
                return None
            if parent_name is not None and self._secretariat_unit_too(view.ents, words, i):
                parent_name = None  # "Pemprov X bersama Universitas Y ... Kepala Biro Kesra"
            level = self.secretariat_kinds.get(words[end - 1])  # "Setdaprov": a province's
            if parent_name is not None and level and not parent_name.startswith(f"{level} "):
                parent_name = None  # "Karo Hukum Setdaprov" after "Kabupaten Karo": not its
            after = _level_after(words, view.covered, end)
            named_level = unit_text.rsplit(" ", 1)[-1] if " " in unit_text else ""
            if after and parent_name is not None:
                # "DPRD X ... Ketua DPRD Kabupaten Nama": the level written, the region left
                # out; of another level than the document's region ("Provinsi"): none
                parent_name = parent_name if parent_name.startswith(after + " ") else None
                span_end = end + 1 if parent_name is not None else span_end
            elif named_level in KIND_WORDS.values() and parent_name is not None:
                # "Pemkab X ... Kepala Dinas Kesehatan Provinsi Nama": the level closes the
                # office's name; the document's region only when of that level
                if parent_name.startswith(named_level + " "):
                    unit_text = unit_text.rsplit(" ", 1)[0]
                else:
                    parent_name = None
            titled = kind == REGIONAL_SHORT and (
                title_ends_at(self.lex, words, i) or self.fields.title_field_ends_at(view, i)
            )  # "Kepala Dinkes Nama", "Kabid Kesmas Dinkes Nama": a post in a title's office
            if parent_name is None and kind in PLACE_ONLY and not titled:
                return None  # "Dinkes" with no place in the text: whose? ("Kepala Bappeda
                # Nama": a title's office, named with no region)
        canonical = unit_text + (" " + parent_name if parent_name else "")
        span = Span(doc, i, name_end if bracket == end and not under else span_end, label="ORG")
        if kind == COUNCIL:
            if parent_name:  # "DPRD DIY": named like the region's government
                canonical = council_name(self.kb, unit_text, parent_name)
            return span, canonical, {}
        if party_board or (kind == VERTICAL and (parent is None or parent.label_ == "LOC")):
            # "Kanwil Jawa Timur": a national body's office whose body is not written
            return span, canonical, {"unit": unit_text, "parent_org": None}
        return span, canonical, {"unit": unit_text, "parent_org": top or parent_name}

    def _holds_vertical(self, words: list[str], start: int, end: int) -> bool:
        """True when the unit name's words ``start:end`` hold the head of a national body's
        regional office ("Bagian Tata Usaha Kanwil | Kemenag Riau"): the unit is inside
        that office, and the region after the body is its region too."""
        for k in range(start, end):
            size = match_head(words, k, self.lex.unit_heads, end - k)
            if size and self.lex.unit_heads[tuple(words[k : k + size])] == VERTICAL:
                return True
        return False

    def _national_body(self, unit_text: str) -> str | None:
        """The national agency or body whose name is ``unit_text`` and "Nasional" ("Badan
        Narkotika" -> Badan Narkotika Nasional); never a ministry ("Badan Perencanaan
        Pembangunan" before a region is the region's Bappeda)."""
        entry = self.kb.lookup(f"{unit_text} Nasional")
        return entry.canonical if entry is not None and entry.kind in _NATIONAL_KINDS else None

    def _context_parent(
        self, ents: list[Span], start: int, end: int, kind: str, local: bool
    ) -> str | None:
        if kind in CONTEXT_REGION and placed_after(self.kb, ents, end):
            return None  # "Kepala Dinas X Nama dari Kabupaten Y": not the region named before
        if kind in CONTEXT_REGION and local:
            # "Kepala BPBD setempat": the most recent region named before (doc_regions.py)
            if coordinated(self.kb, ents, start, REGION_KINDS):
                return None  # "Kota X dan Kabupaten X ... Kepala BPBD setempat": which?
            before = regions_before(self.kb, ents, start)
            inner = [region for region in before if region.kind != "province"]
            return place_phrase((inner or before)[-1]) if before else None
        if kind == COUNCIL:
            # "Ketua DPRD Nama": the ONE regional parliament named before (council_context.py)
            named, _ = named_parliaments(self.kb, self.lex, ents, start)
            if len(named) > 1:
                return None
            if named:
                return parliament_place(self.kb, next(iter(named)))
        if kind in CONTEXT_REGION:
            # the ONE region named before, as a place or a body ("Pemkab X": doc_regions.py)
            region = sole_region(self.kb, ents, start)
            return place_phrase(region) if region is not None else None
        central = [
            e
            for e in ents
            if e.label_ == "ORG"
            and (entry := self.entry(e)) is not None
            and entry.kind not in (_REGIONAL_GOV, "cabinet", _MEDIA)
        ]  # a news outlet ("JAKARTA (ANTARA) -") is no body of a unit the story names
        following = [e for e in central if e.start >= end and e.start - end <= 2]
        if following:
            return str(following[0]._.canonical)
        counts = Counter(str(e._.canonical) for e in central)
        return counts.most_common(1)[0][0] if counts else None

    def _secretariat_unit_too(self, ents: list[Span], words: list[str], start: int) -> bool:
        """True when the unit at ``start``, its body not written, is a regional secretariat's
        bureau or section of a field only a secretariat's sections bear ("Biro Pemerintahan",
        "Bagian Kesra": ``secretariat_posts.tsv``, kinds ``section`` and ``section_field``)
        in a text that names a regional government before it: not the central body's the
        text also names ("Pemprov X bersama Universitas Y ... Kepala Biro Pemerintahan")."""
        if words[start] not in _SECTION_UNITS:
            return False
        if not match_head(words, start + 1, _SECTION_FIELDS):
            return False
        return any(
            e.label_ == "ORG"
            and e.end <= start
            and (entry := self.entry(e)) is not None
            and entry.kind == _REGIONAL_GOV
            for e in ents
        )

    def _suffix_ri(self, view: UnitView, ents: list[Span]) -> list[NewSpan]:
        """A national body's name and the state's name after it: "RI", "-RI" ("DPR-RI") or,
        after a national body of the knowledge base, "Republik Indonesia" ("Dewan Perwakilan
        Rakyat Republik Indonesia"); the canonical drops it (guidelines)."""
        out: list[NewSpan] = []
        words = view.words
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            k = ent.end + int(words[ent.end : ent.end + 2] == ["-", _STATE_SHORT])
            size = int(words[k : k + 1] == [_STATE_SHORT])
            if not size and words[k : k + 2] == _STATE_NAME:
                entry = self.entry(ent)
                size = 2 * (entry is not None and entry.kind in _STATE_BODIES)
            if size:
                span = Span(view.doc, ent.start, k + size, label="ORG")
                out.append((span, str(ent._.canonical), {"org_id": ent._.org_id}))
        return out


@Language.factory(
    "pmk_units",
    assigns=["doc.ents", "span._.canonical", "span._.unit", "span._.parent_org"],
    requires=["doc.ents"],
)
def make_units(nlp: Language, name: str) -> Units:
    """Create the ``pmk_units`` component."""
    register_extensions()
    return Units(default_kb(), lexicons())


def _level_after(words: list[str], covered: list[Span | None], k: int) -> str:
    """The kind word of a region ("Kabupaten", "Kota", "Provinsi") written alone at token
    ``k``, no entity there ("Ketua DPRD Kabupaten Nama": the level, its region left out);
    "" when none is."""
    if k < len(words) and covered[k] is None and words[k] in KIND_WORDS.values():
        return words[k]
    return ""
