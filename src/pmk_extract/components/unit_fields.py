"""The words of a unit's name: where its name and its field end, and the heads around it.

``Units`` builds a unit's ORG span from its head ("Dinas", "Biro", "Kanwil") on; this module
reads the words after the head: the unit's name words and lists of fields ("Biro Hukum,
Persidangan, dan Humas"), a field's acronym ("Dinas PUPR-PERA Kaltim"), where a field ends
before a holder's name ("Kepala Dinas Kesehatan | Budi Santoso"), a title's short form in
brackets ("Dinas (Kadis) Kesehatan"), and the heads that end a name (a council, a regional
office inside a national body's office) or that a post's title and field stand before.
Heads and their kinds are in ``models/lexicons/org_units.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..dates.lexicon import lexicon as date_lexicon
from ..doctable import token_table
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import opens_balinese_name
from ..office_chains import chain_office
from ..regions import KIND_WORDS
from ..stemming import regular_derivation, root_words, stem_word
from ..unit_kinds import COUNCIL, REGIONAL, REGIONAL_OFFICES, REGIONAL_SHORT, SECTIONS, VERTICAL
from .capital_names import capitals_name
from .ministry_posts import field_vocabulary
from .unit_view import CONNECTORS, UNDER, UnitView, span_entry, title_ends_at

_LIST_CLOSERS = CONNECTORS - {","}
# how many words (with "dan") a post's field before its office may have: the fields of the
# nomenclature run to eight words, and a section's field may be followed by its division's
# ("Kepala Seksi Surveilans dan Imunisasi Bidang Pencegahan dan Pengendalian Penyakit Dinas
# Kesehatan Kota X")
_MAX_POST_FIELD = 14
_CHAIN_LETTERS = 4  # a field chain written apart in title case: "Perkim", not "Tan"
_WORLD_PLACES = frozenset({"country", "region"})  # the gazetteer's kinds of world places
_KIND_LOWER = frozenset(word.lower() for word in KIND_WORDS.values())  # "kabupaten", "kota"


def field_acronym(
    lex: Lexicons, words: list[str], k: int, ent: Span | None, nxt: Span | None
) -> bool:
    """True when ``ent`` at token ``k`` is a one-word ORG whose word is a field's abbreviation
    (``abbreviations.tsv``: "PUPR", "ESDM": also a ministry's short form), followed by a
    bracket or a place (``nxt``, the entity at ``k + 1``): the field of a regional office
    ("Dinas PUPR Kabupaten Garut", "Kadis ESDM Provinsi Jawa Tengah")."""
    if ent is None or ent.label_ != "ORG" or ent.start != k or ent.end != k + 1:
        return False
    if words[k] not in lex.abbreviations or k + 1 >= len(words):
        return False
    return words[k + 1] == "(" or (nxt is not None and nxt.start == k + 1 and nxt.label_ == "LOC")


def _list_closes(words: list[str], names: list[bool], covered: list[Span | None], k: int) -> bool:
    """True when the name words from ``k`` on close a list with "dan", "serta" or "&"
    ("Biro Hukum, Persidangan, dan Humas"): a comma after a unit's field goes on into more
    fields only so; "Biro Hukum, Agus Prasetyo" is the unit and then a name."""
    while k < len(words) and covered[k] is None and (names[k] or words[k] in CONNECTORS):
        if words[k] in _LIST_CLOSERS:
            return True
        k += 1
    return False


class UnitFields:
    """Read the words of unit names over a unit view."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        # words of offices' names ("Kesehatan", "Pariwisata", "Publik")
        self.field_words = field_vocabulary(kb, lex)

    def name_words_end(
        self, view: UnitView, j: int, head: tuple[str, ...] = (), fields: bool = False
    ) -> int:
        """End of the unit's name at ``j``: name words, lists of fields ("Hukum, Persidangan,
        dan Humas"); with ``fields``, a field's acronym the gazetteer knows as a national body
        ("Dinas PUPR Kabupaten Garut", "Dinas ESDM Provinsi Jawa Tengah")."""
        words, names, covered = view.words, view.names, view.covered
        weekdays = date_lexicon().weekdays  # "... KI Pusat, Selasa (19/12)": a day ends it
        k = end = j
        while k < len(words) and words[k].lower() not in weekdays:
            if k > j and (world := self._world_place(view, k, head)):
                k = end = world  # "Direktorat Pelindungan Warga Negara Indonesia | Kemlu"
                continue
            if covered[k] is not None and not (
                fields and (self._field_acronym(view, k) or self._field_goes_on(view, k))
            ):
                break
            if k > j and self.council_at(words, k) and not self.secretariat_of(words, k):
                break  # "Komisi D | DPRD Kota Semarang": the body the unit belongs to
            if k > j and opens_balinese_name(words, k):
                break  # "Dinas Kesehatan | I Made Sudarsana": a Balinese name, no unit number
            if k > j and self._regional_office_at(words, k, head):
                break  # "Balai Latihan Kerja | Dinas Tenaga Kerja X": the department's UPT
            if k > j and words[k] not in self.field_words and self.lex.rank_at(words, k, False):
                break  # "Humas Operasi Damai Cartenz | Kombes Pol Nama": a rank, then a name
            if k > j and self.kind_before_region(view, k):
                break  # "Dinas Sosial | Kabupaten GARUT": the region's kind, then its name
            if names[k]:
                k += 1
                end = k
                continue
            if k > j and self._joined(view, k):
                k += 2  # "Dinas PUPR-PERA": a field joined to the next by a hyphen
                end = k
                continue
            if words[k] in CONNECTORS:
                nxt = k + 1
                while nxt < len(words) and words[nxt] in CONNECTORS:
                    nxt += 1
                if (
                    nxt < len(words)
                    and covered[nxt] is None
                    and names[nxt]
                    and not self._next_unit(words, nxt, head)
                    and (words[k] != "," or _list_closes(words, names, covered, k + 1))
                ):
                    k = nxt
                    continue  # "Biro Hukum, Persidangan, dan Humas ...": one name
            break
        return end

    def kind_before_region(self, view: UnitView, k: int) -> bool:
        """True when token ``k`` is a region's kind in any case ("Kabupaten", "kota") and a
        region the gazetteer tagged without it begins right after ("Kabupaten GARUT"): the
        kind opens the unit's place, it is no word of the unit's name."""
        if view.words[k].lower() not in _KIND_LOWER or k + 1 >= len(view.words):
            return False
        ent = view.covered[k + 1]
        if ent is None or ent.label_ != "LOC" or ent.start != k + 1:
            return False
        entry = span_entry(self.kb, ent)
        return entry is not None and entry.kind in REGION_KINDS

    def _world_place(self, view: UnitView, k: int, head: tuple[str, ...]) -> int:
        """The end of a country or a world region at ``k`` inside the name of a national
        body's unit whose name goes on after it ("Direktorat Pelindungan Warga Negara
        Indonesia Kemlu", "Subdirektorat Kawasan Asia Timur Direktorat ..."): a field of the
        unit, never the place it is in; else 0."""
        ent = view.covered[k]
        if ent is None or ent.label_ != "LOC" or ent.start != k or not head:
            return 0
        if self.lex.unit_heads.get(head) not in SECTIONS:
            return 0
        entry = span_entry(self.kb, ent)
        if entry is None or entry.kind not in _WORLD_PLACES or ent.end >= len(view.words):
            return 0
        after = view.covered[ent.end]
        goes_on = view.names[ent.end] if after is None else after.label_ == "ORG"
        return int(ent.end) if goes_on else 0

    def field_end(self, words: list[str], start: int, end: int) -> int:
        """End of the field words of an office's name in ``words[start:end]``, when a name
        follows them: the field's words are words of the lexicons' and the gazetteer's
        office names, acronyms and derived words of the root-word dictionary ("Perikanan",
        "Kearsipan"), with connectors between them; a name is there when a later word is
        not even a root word ("Dinas Kesehatan | Budi Santoso"; "Pelayanan Publik" ends
        an office's name)."""
        roots = root_words()
        cut = self._field_words_end(words, start, end, roots)
        k = cut
        while k < end and (words[k] in CONNECTORS or words[k].lower() in roots):
            k += 1
        if k == end:
            return end  # every later word is a common word: no name follows
        joins = [j for j in range(cut, k) if words[j] in CONNECTORS]
        if joins and joins[-1] + 1 < k:
            # "Bagian Pengadaan Barang dan Jasa | Nama": common words joined by "dan" are
            # the field's (a name holds no "dan"); the name begins after the word it joins
            return joins[-1] + 2
        while cut > start and words[cut - 1] in CONNECTORS:
            cut -= 1
        return cut

    def _field_words_end(
        self, words: list[str], start: int, end: int, roots: frozenset[str]
    ) -> int:
        k = start
        fielded = False  # the words so far are a field's ("Kesehatan", "PUPR"), no name's
        while k < end:
            word = words[k]
            if word in CONNECTORS and k > start:
                k += 1
                continue
            if fielded and word.isupper() and capitals_name(self.lex, words, k):
                break  # "Kepala Dinas Kesehatan NAMA NAMA": a name line in capitals
            if not (word in self.field_words or (word.isupper() and word.isalnum())):
                stem = stem_word(word)
                if not (word.endswith("an") and stem != word.lower() and stem in roots):
                    break
            fielded = (k == start or fielded) and not (
                word.isupper() and not regular_derivation(word) and word not in self.field_words
            )  # "RSUD WIDODO SURYATMAJA": a hospital named after a person goes on
            k += 1
        return k

    def _field_goes_on(self, view: UnitView, k: int) -> bool:
        """True when ``covered[k]`` is a one-word ORG whose word is a field's abbreviation
        (a ministry's short form too: "Kominfo", "PUPR") and the office's name goes on after
        it with a hyphen, a connector or a name word ("Dinas PUPR-PERA Kaltim", "Dinas
        Kominfo, Statistik dan Persandian Jabar"): after a regional office's head the
        acronym names the office's field, never the ministry."""
        ent, words = view.covered[k], view.words
        if ent is None or ent.label_ != "ORG" or ent.start != k or ent.end != k + 1:
            return False
        if words[k] not in self.lex.abbreviations or k + 2 >= len(words):
            return False
        if view.covered[k + 1] is not None:
            return False
        if self._joined(view, k + 1):
            return True
        if words[k + 1] in self.field_words:
            return True  # "Dinas Kominfo Statistik dan Persandian"
        return words[k + 1] in CONNECTORS and view.covered[k + 2] is None and view.names[k + 2]

    def lone_field(self, view: UnitView, k: int) -> bool:
        """True when ``covered[k]`` is a one-word ORG whose word is a field's abbreviation
        that is no office's name itself ("PUPR", "Kominfo"; not "Dinkes"): after a regional
        office's head it is the office's field ("Kepala Dinas PUPR Budi Santoso")."""
        ent = view.covered[k] if k < len(view.words) else None
        if ent is None or ent.label_ != "ORG" or ent.start != k or ent.end != k + 1:
            return False
        expansion = self.lex.abbreviations.get(view.words[k])
        return expansion is not None and not match_head(
            expansion.split(" "), 0, self.lex.unit_heads
        )

    def chained_field(self, view: UnitView, k: int) -> bool:
        """True when token ``k``, right after a regional office's head, is a word no entity
        covers that chains regional offices' field syllables (:mod:`~pmk_extract.office_chains`:
        "Perkim", "Koperindag", "LH"; in capitals or of four letters or more, not a short name
        word such as "Tan"), and a name, no place, connector or further field word, follows:
        the office's field alone ("Kepala Dinas Perkim | Nama")."""
        words = view.words
        if k + 1 >= len(words) or view.covered[k] is not None or k + 1 in view.starts:
            return False
        word, after = words[k], words[k + 1]
        if not (word.isalnum() and word[:1].isupper()):
            return False
        if not (word.isupper() or len(word) >= _CHAIN_LETTERS):
            return False
        if after in CONNECTORS or after in self.field_words or not view.names[k + 1]:
            return False
        return chain_office(f"Dis{word.lower()}") is not None

    def joined_field(self, view: UnitView, k: int) -> bool:
        """True when token ``k``, right after an office's short form, is a field's acronym
        ("P3A", "PPKB", "PMD") followed by a region: the office of both fields ("Dinsos P3A
        Kabupaten X", "Dinkes PPKB Kota X")."""
        words = view.words
        if k + 1 >= len(words) or words[k] not in self.lex.abbreviations:
            return False
        ent = view.covered[k]
        if ent is not None and (ent.label_ != "ORG" or ent.start != k or ent.end != k + 1):
            return False
        expansion = self.lex.abbreviations[words[k]].split(" ")
        if match_head(expansion, 0, self.lex.unit_heads) or not words[k].isupper():
            return False
        region = view.starts.get(k + 1)
        entry = span_entry(self.kb, region) if region is not None else None
        return (
            region is not None
            and region.label_ == "LOC"
            and entry is not None
            and (entry.kind in REGION_KINDS)
        )

    def second_field(self, view: UnitView, k: int) -> int:
        """End of "dan" at token ``k`` and a second field written short right after an
        office's short form, when a region follows: a field's short form ("ESDM", "Litbang")
        or another regional office's ("Damkar"), the one merged office of both ("Kepala
        Disperindag dan ESDM Kota X", "Kepala Satpol PP dan Damkar Kabupaten X"); else 0.
        The caller reads it only after a title: "Satpol PP dan BPBD Kota X" alone lists two
        offices."""
        words = view.words
        if k + 2 >= len(words) or words[k] != "dan":
            return 0
        j = k + 1
        size = match_head(words, j, self.lex.unit_heads)
        if size and self.lex.unit_heads[tuple(words[j : j + size])] == REGIONAL_SHORT:
            end = j + size  # "Damkar": a regional office's short form
        elif words[j] in self.lex.abbreviations and not match_head(
            self.lex.abbreviations[words[j]].split(" "), 0, self.lex.unit_heads
        ):
            end = j + 1  # "ESDM", "Litbang": a field's short form
        else:
            return 0
        ent = view.covered[j]
        if ent is not None and (ent.label_ != "ORG" or ent.start != j or ent.end != end):
            return 0
        region = view.starts.get(end)
        entry = span_entry(self.kb, region) if region is not None else None
        ok = region is not None and region.label_ == "LOC" and entry is not None
        return end if ok and entry is not None and entry.kind in REGION_KINDS else 0

    def _joined(self, view: UnitView, k: int) -> bool:
        """True when token ``k`` is a hyphen written with no space between two name words
        that no entity covers ("PUPR-PERA")."""
        words = view.words
        if words[k] != "-" or k + 1 >= len(words) or k == 0:
            return False
        spaces = token_table(view.doc).spaces
        return (
            not spaces[k - 1]
            and not spaces[k]
            and view.names[k - 1]
            and view.names[k + 1]
            and view.covered[k + 1] is None
        )

    def _field_acronym(self, view: UnitView, k: int) -> bool:
        nxt = view.covered[k + 1] if k + 1 < len(view.words) else None
        return field_acronym(self.lex, view.words, k, view.covered[k], nxt)

    def title_short_at(self, words: list[str], k: int, head: tuple[str, ...]) -> bool:
        """True when a short form in brackets of the title over this head follows it:
        "Kepala Dinas (Kadis) Kesehatan", "Kepala Bidang (Kabid) Humas"."""
        if k + 2 >= len(words) or words[k] != "(" or words[k + 2] != ")":
            return False
        expansion = self.lex.abbreviations.get(words[k + 1], "")
        return expansion.startswith("Kepala ") and expansion.endswith(" " + " ".join(head))

    def _title_short_closes(self, words: list[str], k: int) -> bool:
        """True when the bracket closing at token ``k`` holds the short form of the title
        written right before it: "Kepala Bidang (Kabid)", "Kepala Seksi (Kasi)"."""
        if k < 2 or words[k - 2] != "(":
            return False
        title = self.lex.abbreviations.get(words[k - 1], "").split(" ")
        opens = k - 2 - len(title)
        return len(title) > 1 and opens >= 0 and words[opens : k - 2] == title

    def council_at(self, words: list[str], k: int) -> int:
        """Length of the head of a council ("DPRD") at ``k``, else 0."""
        size = match_head(words, k, self.lex.unit_heads)
        return size if size and self.lex.unit_heads[tuple(words[k : k + size])] == COUNCIL else 0

    def _regional_office_at(self, words: list[str], k: int, head: tuple[str, ...]) -> bool:
        """True when a regional office's head ("Dinas", "Disnaker", "Badan Penanggulangan
        Bencana Daerah") opens at ``k`` inside the name of a national body's office ("Balai",
        ``head``): the office is that department's technical unit (UPT), not the body's."""
        if self.lex.unit_heads.get(head) != VERTICAL:
            return False
        size = match_head(words, k, self.lex.unit_heads)
        return bool(size) and self.lex.unit_heads[tuple(words[k : k + size])] in REGIONAL_OFFICES

    def secretariat_of(self, words: list[str], k: int) -> bool:
        """True when the council's head at ``k`` ends a regional office's head that opens
        one word before it ("Sekretariat DPRD", "Setwan DPRD"): the council's secretariat, a
        regional government office, whose name goes on ("Bagian Umum Sekretariat DPRD Kota
        X")."""
        size = match_head(words, k - 1, self.lex.unit_heads)
        head = tuple(words[k - 1 : k - 1 + size])
        return size >= 2 and self.lex.unit_heads[head] == REGIONAL

    def _next_unit(self, words: list[str], k: int, head: tuple[str, ...]) -> bool:
        """True when a list goes on with another unit at token ``k``: the same head again
        ("Dinas Pendidikan, Dinas Lingkungan Hidup") or the head of a whole regional office
        ("..., BPBD Kabupaten Buleleng"); "Biro Hukum, Persidangan, dan Humas" is one name."""
        size = match_head(words, k, self.lex.unit_heads)
        if not size:
            return False
        nxt = tuple(words[k : k + size])
        return nxt == head or self.lex.unit_heads[nxt] not in SECTIONS

    def title_field_ends_at(self, view: UnitView, k: int) -> bool:
        """True when a title head and a field end right before token ``k`` ("Kabid Trantib |
        Satpol PP Kota X", "Kasubag Umum | Dinas Pendidikan Kabupaten X", "Kepala Bidang
        Pencegahan dan Pengendalian Penyakit | Dinas Kesehatan Kota X"): a post inside the
        office that follows. The field is name words, with "dan" or "," between them, and
        a unit it lies in after "pada" ("Kepala Seksi Pengupahan pada Bidang Hubungan
        Industrial | Dinas Tenaga Kerja Kabupaten X"); the title's own short form in brackets
        may stand between the title and the field ("Kepala Bidang (Kabid) Bina Marga | Dinas
        PUPR Kabupaten X")."""
        for start in range(k - 1, max(0, k - _MAX_POST_FIELD - 1), -1):
            word = view.words[start]
            if word == ")" and start + 1 < k and self._title_short_closes(view.words, start):
                return True
            if view.covered[start] is not None or not (
                view.names[start] or word in CONNECTORS or (word == UNDER and view.names[start + 1])
            ):
                return False
            if view.names[start] and title_ends_at(self.lex, view.words, start):
                return True
        return False
