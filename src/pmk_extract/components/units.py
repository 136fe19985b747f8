"""``pmk_units``: names built from parts, on top of the gazetteer's ORG and LOC spans.

- units of organisations: "Sekretariat Kemenko PMK", "Biro Hukum, Persidangan, dan Humas
  Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "Dinas Kesehatan Provinsi
  Jawa Tengah" become one ORG whose canonical expands every abbreviation and names the
  parent in full; a unit named alone ("Biro Komunikasi dan Pelayanan Publik") takes the
  organisation of its context;
- a trailing "RI" joins its organisation ("Kementerian Kesehatan RI");
- villages ("Desa Konga") and venues named after a place ("Pendopo Kabupaten Cianjur");
- districts listed after a "Kecamatan X" ("Kecamatan Cugenang, Pacet, dan Warungkondang").

Word lists live in ``models/lexicons`` (org_units.tsv, place_heads.tsv, abbreviations.tsv).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..extensions import register_extensions
from ..kb import KBEntry, KnowledgeBase, default_kb
from ..lexicons import Lexicons, lexicons, match_head

_CONNECTORS = frozenset({",", "dan", "&", "serta"})
_ADMIN = frozenset({"province", "regency", "city"})
_REGIONAL_GOV = "regional_government"
NewSpan = tuple[Span, str, dict[str, str | None]]


def is_name_word(token: Token) -> bool:
    """A capitalised word or an acronym on the same line ("Hukum", "SDM", "Jawa-Bali")."""
    text = token.text
    if not text[:1].isupper():
        return False
    return all(part.isalpha() for part in text.replace("-", " ").replace("'", " ").split())


def place_phrase(entry: KBEntry) -> str:
    """How a unit names its place: "Provinsi Jawa Tengah", "Kabupaten Demak", "Kota Semarang"."""
    if entry.kind == "province":
        return "Provinsi " + entry.canonical
    if entry.kind == "city" and not entry.canonical.startswith("Kota "):
        return "Kota " + entry.canonical
    return entry.canonical


class Units:
    """Build unit ORG spans, villages, venues and listed districts."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.districts: dict[str, str] = {}
        for entry in kb.entries:
            if entry.kind == "district":
                for name in (*entry.aliases, *entry.ambiguous_aliases):
                    if " " not in name or not name.startswith(("Kec", "Distrik")):
                        self.districts.setdefault(name, entry.canonical)

    def entry(self, span: Span) -> KBEntry | None:
        """The knowledge-base entry behind a gazetteer span."""
        entries = self.kb.by_id.get(span._.org_id or "")
        return entries[0] if entries else None

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        ents = list(doc.ents)
        starts = {e.start: e for e in ents}
        covered = [None] * len(doc)  # type: list[Span | None]
        for ent in ents:
            for k in range(ent.start, ent.end):
                covered[k] = ent
        new: list[NewSpan] = []
        i = 0
        while i < len(doc):
            if covered[i] is not None:
                i = covered[i].end  # type: ignore[union-attr]
                continue
            free = 0
            while i + free < len(doc) and free < 5 and covered[i + free] is None:
                free += 1
            size = match_head(words, i, self.lex.unit_heads, free)
            if size:
                made = self._unit(doc, i, size, starts, covered, words)
                if made is not None:
                    new.append(made)
                    i = made[0].end
                    continue
            size = match_head(words, i, self.lex.place_heads, free)
            if size:
                made = self._place(doc, i, size, starts, covered, words)
                if made is not None:
                    new.append(made)
                    i = made[0].end
                    continue
            i += 1
        new += self._suffix_ri(doc, ents)
        new += self._listed_districts(doc, ents, covered)
        if new:
            self._commit(doc, new)
        return doc

    def _name_words_end(self, doc: Doc, j: int, covered: list[Span | None]) -> int:
        k = end = j
        while k < len(doc) and covered[k] is None:
            token = doc[k]
            if is_name_word(token):
                k += 1
                end = k
                continue
            if token.text in _CONNECTORS:
                nxt = k + 1
                while nxt < len(doc) and doc[nxt].text in _CONNECTORS:
                    nxt += 1
                if nxt < len(doc) and covered[nxt] is None and is_name_word(doc[nxt]):
                    k = nxt
                    continue
            break
        return end

    def _unit(
        self,
        doc: Doc,
        i: int,
        size: int,
        starts: dict[int, Span],
        covered: list[Span | None],
        words: list[str],
    ) -> NewSpan | None:
        head = tuple(words[i : i + size])
        kind = self.lex.unit_heads[head]
        if (
            i > 1
            and is_name_word(doc[i - 1])
            and not match_head(words, i - 1, self.lex.title_heads, 1)
            and not doc[i - 2].is_space
            and doc[i - 2].text not in {".", "“", '"', "–", "—", "-"}
        ):
            return None  # inside a longer name: "Pemerintah Pusat"
        end = self._name_words_end(doc, i + size, covered)
        parent = starts.get(end)
        parent_entry = self.entry(parent) if parent is not None else None
        unit_text = self.lex.expand(doc[i:end].text)
        if parent is not None and parent_entry is not None:
            if parent.label_ == "ORG" and parent_entry.kind != _REGIONAL_GOV:
                parent_name = parent._.canonical
            elif parent.label_ == "LOC" and parent_entry.kind in _ADMIN:
                parent_name = place_phrase(parent_entry)
            else:
                parent = None
                parent_name = None
        else:
            parent = None
            parent_name = None
        span_end = parent.end if parent is not None else end
        if kind == "position" and span_end < len(doc):
            after = doc[span_end]
            if is_name_word(after) or match_head(words, span_end, self.lex.honorifics):
                return None  # "Deputi Bidang X Kementerian Y Nama": a title
        if parent is None:
            if end == i + size and size == 1:
                return None  # "Sekretariat" alone says too little
            parent_name = self._context_parent(doc, i, end, kind)
        canonical = unit_text + (" " + parent_name if parent_name else "")
        span = Span(doc, i, span_end, label="ORG")
        return span, canonical, {"unit": unit_text, "parent_org": parent_name}

    def _context_parent(self, doc: Doc, start: int, end: int, kind: str) -> str | None:
        ents = [e for e in doc.ents]
        if kind == "regional":
            before = [
                e
                for e in ents
                if e.end <= start and (entry := self.entry(e)) is not None and entry.kind in _ADMIN
            ]
            local = [e for e in before if (entry := self.entry(e)) and entry.kind != "province"]
            if local or before:
                entry = self.entry((local or before)[-1])
                return place_phrase(entry) if entry else None
            return None
        central = [
            e
            for e in ents
            if e.label_ == "ORG"
            and (entry := self.entry(e)) is not None
            and entry.kind not in (_REGIONAL_GOV, "cabinet")
        ]
        following = [e for e in central if e.start >= end and e.start - end <= 2]
        if following:
            return str(following[0]._.canonical)
        counts = Counter(str(e._.canonical) for e in central)
        return counts.most_common(1)[0][0] if counts else None

    def _place(
        self,
        doc: Doc,
        i: int,
        size: int,
        starts: dict[int, Span],
        covered: list[Span | None],
        words: list[str],
    ) -> NewSpan | None:
        canon_head, kind = self.lex.place_heads[tuple(words[i : i + size])]
        j = i + size
        if kind == "venue":
            place = starts.get(j)
            entry = self.entry(place) if place is not None else None
            if place is None or entry is None or place.label_ != "LOC" or entry.kind not in _ADMIN:
                return None
            span = Span(doc, i, place.end, label="LOC")
            return span, canon_head + " " + place.text, {}
        end = j
        while end < len(doc) and end - j < 3 and covered[end] is None and is_name_word(doc[end]):
            end += 1
        if end == j:
            return None
        span = Span(doc, i, end, label="LOC")
        return span, canon_head + " " + doc[j:end].text, {}

    def _suffix_ri(self, doc: Doc, ents: list[Span]) -> list[NewSpan]:
        out: list[NewSpan] = []
        for ent in ents:
            if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].text == "RI":
                span = Span(doc, ent.start, ent.end + 1, label="ORG")
                out.append((span, str(ent._.canonical), {}))
        return out

    def _listed_districts(
        self, doc: Doc, ents: list[Span], covered: list[Span | None]
    ) -> list[NewSpan]:
        out: list[NewSpan] = []
        for ent in ents:
            entry = self.entry(ent)
            if entry is None or entry.kind != "district":
                continue
            k = ent.end
            while k + 1 < len(doc) and doc[k].text in _CONNECTORS:
                while k < len(doc) and doc[k].text in _CONNECTORS:
                    k += 1
                if k >= len(doc) or covered[k] is not None or not is_name_word(doc[k]):
                    break
                canonical = self.districts.get(doc[k].text)
                if canonical is None:
                    break
                out.append((Span(doc, k, k + 1, label="LOC"), canonical, {}))
                k += 1
        return out

    def _commit(self, doc: Doc, new: list[NewSpan]) -> None:
        kept: list[Span] = []
        new_spans = filter_spans([span for span, _, _ in new])
        chosen = {(s.start, s.end) for s in new_spans}
        new = [item for item in new if (item[0].start, item[0].end) in chosen]
        for ent in doc.ents:
            if not any(s.start <= ent.start and ent.end <= s.end for s in new_spans):
                kept.append(ent)
        doc.set_ents(kept + new_spans)
        for span, canonical, extra in new:
            span._.canonical = canonical
            span._.source = "units"
            for key, value in extra.items():
                setattr(span._, key, value)


@Language.factory(
    "pmk_units",
    assigns=["doc.ents", "span._.canonical", "span._.unit", "span._.parent_org"],
    requires=["doc.ents"],
)
def make_units(nlp: Language, name: str) -> Units:
    """Create the ``pmk_units`` component."""
    register_extensions()
    return Units(default_kb(), lexicons())
