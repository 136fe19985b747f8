"""``pmk_gazetteer``: ORG and LOC mentions from the knowledge base in ``models/gazetteers``.

Candidates come from a :class:`~pmk_extract.matching.TermMatcher` over the raw
text (built once per process; tokenizing the ~50k surface forms for a
PhraseMatcher would cost seconds at every start). A candidate counts when it
sits on word and token boundaries; the longest wins. The canonical name is the one in force
on ``Doc._.published``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..kb import KnowledgeBase, default_kb
from ..spans import add_entities


class Gazetteer:
    """Tag every known organisation and place, longest match first."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = kb.matcher()

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        spans: list[Span] = []
        entries = {}
        for start, end, surface in self.matcher.find(doc.text):
            entry = self.kb.lookup(surface, published)
            span = doc.char_span(start, end, label=entry.label) if entry else None
            if span is not None and entry is not None:
                spans.append(span)
                entries[(start, end)] = entry
        for span in add_entities(doc, spans):
            entry = entries[(span.start_char, span.end_char)]
            span._.canonical = entry.canonical
            span._.org_id = entry.id
            span._.source = "gazetteer"
        return doc


@Language.factory(
    "pmk_gazetteer",
    assigns=["doc.ents", "span._.canonical", "span._.source"],
    requires=["doc._.published"],
)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    """Create the ``pmk_gazetteer`` component from the shipped knowledge base."""
    register_extensions()
    return Gazetteer(default_kb())
