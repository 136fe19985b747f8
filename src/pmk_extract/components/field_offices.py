"""Regional offices written by a short form between a post's title and its region, for
``pmk_units`` (:class:`~pmk_extract.components.units.Units`): a field's short form alone
("Kepala PUPR Kabupaten Garut": ``lexicons/office_fields.txt``) or a short form the region
coined for its own office ("Kepala DKP3 Kabupaten X", "Kepala Disbuntanakan Kubar":
:mod:`~pmk_extract.components.coined_offices`, ``lexicons/coined_offices.tsv``)."""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, coined_office_words, match_head
from ..regions import KIND_WORDS
from ..resources import read_lines
from .coined_offices import coined_capitals, coined_syllables
from .region_mentions import sub_unit_titles
from .unit_fields import UnitFields
from .unit_view import NewSpan, UnitView, place_phrase, span_entry, title_ends_at

_OFFICE = "Dinas"  # the head a regional office's field written alone stands for


class FieldOffices:
    """Find regional offices named by a field's or their own short form before a region."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons, fields: UnitFields) -> None:
        self.kb = kb
        self.lex = lex
        self.fields = fields
        # fields written alone for their office: "Kepala PUPR Kabupaten Garut"
        self.office_fields = frozenset(read_lines("lexicons/office_fields.txt"))
        # posts before a region's own office short form, and councils' first words
        # ("Kepala DKP3 Kabupaten X": coined_offices.tsv)
        coined = coined_office_words()
        self.head_posts = coined.get("head", frozenset())
        self.office_posts = self.head_posts | coined.get("post", frozenset())
        self.councils = tuple(f"{word} " for word in sorted(coined.get("council", ())))

    def spans(self, view: UnitView, made: list[NewSpan]) -> list[NewSpan]:
        """A regional office written by its field's short form alone between a post's title
        and its region ("Kepala PUPR Kabupaten Garut", "Plt Kepala PMD Kabupaten Pekalongan",
        "Kabid Bina Marga PUPR Kota X": ``lexicons/office_fields.txt``): the region's Dinas
        of that field, even where the short form also names a ministry (PUPR, Kominfo); and
        an office by a short form of its own (:meth:`_coined_office`)."""
        out: list[NewSpan] = []
        words, covered = view.words, view.covered
        taken = [(span.start, span.end) for span, _, _ in made]
        for k, word in enumerate(words):
            field = word in self.office_fields
            if any(s <= k < e for s, e in taken) or not (field or self._coined_office(view, k)):
                continue
            ent = covered[k]  # none, or the ministry the short form also names ("PUPR")
            if field and ent is not None and not (ent.label_ == "ORG" and len(ent) == 1):
                continue
            place = view.starts.get(k + 1)
            located = place is not None and place.label_ == "LOC"
            entry = span_entry(self.kb, place) if place is not None and located else None
            if place is None or entry is None or entry.kind not in REGION_KINDS:
                continue
            if field and not (title_ends_at(self.lex, words, k) or self._sub_unit_field(view, k)):
                continue
            unit = f"{_OFFICE} {self.lex.expand(word)}" if field else word
            region = place_phrase(entry)
            span = Span(view.doc, k, place.end, label="ORG")
            out.append((span, f"{unit} {region}", {"unit": unit, "parent_org": region}))
        return out

    def _coined_office(self, view: UnitView, k: int) -> bool:
        """True when token ``k`` is a regional office's short form the lexicons do not know
        (:mod:`~pmk_extract.components.coined_offices`), written between "Kepala" or
        "Sekretaris" and a region: a "D" (Dinas) and capitals before a region written with its
        kind ("Kepala DKP3 Kabupaten X", "Kepala DPKPP Kota X"), unknown to the knowledge
        base, or a council's short form (:meth:`_council_form`: "Kepala DKPP Kampar" is no
        Dewan Kehormatan Penyelenggara Pemilu); "Dis" or "Din" and its fields' syllables
        before any region, also after a sub-unit's title and field ("Kepala Disbuntanakan
        Kubar", "Kabid Persandian Diskominfostaper Kabupaten X")."""
        words = view.words
        word = words[k]
        if k < 1:
            return False
        if coined_syllables(word) and word not in self.lex.abbreviations:
            # also after the title of the office's sub-unit and its field ("Kabid Persandian")
            after = words[k - 1] in self.office_posts or self._sub_unit_field(view, k)
            return after and view.covered[k] is None and self.kb.lookup(word) is None
        if not coined_capitals(word) or word in self.lex.abbreviations:
            return False
        kind_written = words[k + 1 : k + 2] in ([w] for w in KIND_WORDS.values())
        ent = view.covered[k]
        if ent is None:
            # "Kabupaten X", "Kota X", "Provinsi X" only
            fits = words[k - 1] in self.office_posts and kind_written
            return fits and self.kb.lookup(word) is None
        return len(ent) == 1 and self._council_form(view, ent, k, kind_written)

    def _council_form(self, view: UnitView, ent: Span, k: int, kind_written: bool) -> bool:
        """True when token ``k`` (``ent``) is a national council's short form (no regional
        branch of that form) written for a region's own office: after the head's post, which
        a council never has, or after the title of an office's sub-unit and its field, and
        before a region with or without its kind ("Kepala DKPP Kampar", "Kabid Prasarana
        DKPP Kabupaten Blitar"); after "Sekretaris" only before a region's kind ("Sekretaris
        DKPP Kota X"), the council having its own secretary."""
        entry = span_entry(self.kb, ent)
        if entry is None or not entry.canonical.startswith(self.councils):
            return False
        before = view.words[k - 1]
        if before in self.head_posts or self._sub_unit_field(view, k):
            return True
        return kind_written and before in self.office_posts

    def _sub_unit_field(self, view: UnitView, k: int) -> bool:
        """True when the title of an office's sub-unit and its field end right before token
        ``k`` ("Kabid Bina Marga | PUPR Kabupaten X", ``lexicons/sub_unit_titles.txt``); not
        another post's ("Kepala Satker Jalan Nasional | PUPR Jawa Tengah": a ministry's)."""
        if not self.fields.title_field_ends_at(view, k):
            return False
        words = view.words
        for start in range(k - 1, max(0, k - 16), -1):
            for n in (1, 2):
                if start >= n and match_head(words, start - n, self.lex.title_heads, n) == n:
                    title = self.lex.expand(" ".join(words[start - n : start]))
                    return any(f"{title} ".startswith(f"{sub} ") for sub in sub_unit_titles())
        return False
