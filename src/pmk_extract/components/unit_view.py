"""One document as the unit rules read it, and how they write the spans they build.

Shared by ``units.py``, ``places.py`` and ``command_bodies.py``: the view of the document
(:class:`UnitView`), a built span with its canonical and attributes (``NewSpan``), the
knowledge-base entry behind a span, how a unit names its place, and committing spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..doctable import token_table
from ..extensions import span_attr
from ..kb import KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from .command_places import region_phrase
from .name_flags import doc_name_flags

CONNECTORS = frozenset({",", "dan", "&", "serta"})
# between a unit or a post's field and the unit it belongs to, as the nomenclature writes it
# ("Bagian Hukum pada Sekretariat Daerah Kabupaten X", "Kepala Bidang X pada Dinas Y")
UNDER = "pada"
"""Words that join the parts of a list ("Hukum, Persidangan, dan Humas")."""
NewSpan = tuple[Span, str, dict[str, str | None]]
"""A span to add, its canonical, and the other attributes to set on it."""


@dataclass(slots=True)
class UnitView:
    """One document as the unit rules read it: tokens, name flags, existing entities.

    Attributes:
        doc: the document.
        words: token texts.
        names: :func:`~pmk_extract.components.name_flags.is_name_text` of each token.
        ents: the entities found before this component (``doc.ents``).
        covered: the entity covering each token, if any.
        starts: the entities by their first token.
        fixes: words read in the lexicons' case (``title_case.py``): "dinas" as "Dinas".
    """

    doc: Doc
    words: list[str]
    names: list[bool]
    ents: list[Span]
    covered: list[Span | None]
    starts: dict[int, Span]
    fixes: dict[int, str] = field(default_factory=dict)


def read_view(doc: Doc) -> UnitView:
    """The view of ``doc`` with its current entities."""
    ents = list(doc.ents)
    view = UnitView(doc, token_table(doc).words, doc_name_flags(doc), ents, [None] * len(doc), {})
    for ent in ents:
        view.starts[ent.start] = ent
        for k in range(ent.start, ent.end):
            view.covered[k] = ent
    return view


def span_entry(kb: KnowledgeBase, span: Span) -> KBEntry | None:
    """The knowledge-base entry behind a gazetteer span."""
    org_id = span_attr(span.doc, "org_id", span.start_char, span.end_char)
    entries = kb.by_id.get(org_id or "")
    return entries[0] if entries else None


def place_phrase(entry: KBEntry) -> str:
    """How a unit names its place: "Provinsi Jawa Tengah", "Kabupaten Demak", "Kota Semarang"."""
    return region_phrase(entry.kind, entry.canonical)


def second_province(
    kb: KnowledgeBase, words: list[str], starts: dict[int, Span], k: int
) -> tuple[KBEntry, int] | None:
    """A second province after a vertical office's province, right after it or after "dan" or
    a hyphen: its entry and the token after it ("Kanwil DJP Sumbar [dan] Jambi", "Kanwil DJP
    Bengkulu dan Lampung": a national body's office of two provinces), else None."""
    if k < len(words) and words[k] in {"dan", "-"}:
        k += 1
    place = starts.get(k)
    entry = span_entry(kb, place) if place is not None and place.label_ == "LOC" else None
    if place is None or entry is None or entry.kind != "province":
        return None
    return entry, int(place.end)


def bracket_end(words: list[str], k: int) -> int:
    """The token after a short form in brackets at ``k`` ("(Dinkes)", "(Satpol PP)"), else 0.

    A short form is one or two words that open with a capital and hold no space; a word
    with digits the tokenizer splits ("P2KB": "P2", "KB") counts as one ("(Dinkes P2KB)")."""
    for size in (1, 2, 3):
        close = k + size + 1
        if close < len(words) and words[k] == "(" and words[close] == ")":
            inside = words[k + 1 : close]
            if size == 3 and not any(c.isdigit() for w in inside for c in w):
                continue
            if all(w[:1].isupper() and w.isalnum() for w in inside):
                return close + 1
    return 0


def title_ends_at(lex: Lexicons, words: list[str], k: int) -> bool:
    """True when a title head ends right before token ``k`` ("Kepala Pelaksana | BPBD")."""
    return any(match_head(words, k - n, lex.title_heads, n) == n for n in (1, 2) if k >= n)


def commit_spans(doc: Doc, ents: list[Span], new: list[NewSpan]) -> None:
    """Set ``doc``'s entities to ``ents`` and the longest of ``new`` (their canonical, the
    source "units" and their attributes), dropping the entities inside a new span."""
    kept: list[Span] = []
    new_spans = filter_spans([span for span, _, _ in new])
    chosen = {(s.start, s.end) for s in new_spans}
    new = [item for item in new if (item[0].start, item[0].end) in chosen]
    for ent in ents:
        if not any(s.start <= ent.start and ent.end <= s.end for s in new_spans):
            kept.append(ent)
    doc.set_ents(kept + new_spans)
    for span, canonical, extra in new:
        attrs = span._
        attrs.canonical = canonical
        attrs.source = "units"
        for key, value in extra.items():
            setattr(attrs, key, value)


def written_text(view: UnitView, start: int, end: int, skip: range = range(0)) -> str:
    """The words ``start:end`` as written, in the lexicons' case where ``view.fixes`` reads
    them so, without the bracketed short form at ``skip`` ("Dinas (Kadis) Kesehatan",
    "Biro Administrasi Pimpinan (Adpim) Setda")."""
    if not skip and not any(start <= k < end for k in view.fixes):
        return str(view.doc[start:end].text)
    spaces = token_table(view.doc).spaces
    keep = [k for k in range(start, end) if k not in skip]
    return "".join(view.words[k] + (spaces[k] if k != keep[-1] else "") for k in keep)
