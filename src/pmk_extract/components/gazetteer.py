"""``pmk_gazetteer``: ORG and LOC mentions from the knowledge base in ``models/gazetteers``.

Candidates come from an Aho-Corasick automaton over the raw text (built once
per process; tokenizing the ~50k surface forms for a PhraseMatcher would cost
seconds at every start). A candidate counts when it sits on word boundaries and
on token boundaries; the longest wins. The canonical name is the one in force
on ``Doc._.published``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..kb import KnowledgeBase, default_kb
from ..spans import add_entities


def _is_word_char(char: str) -> bool:
    return char.isalnum()


class Gazetteer:
    """Tag every known organisation and place, longest match first."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.automaton = kb.automaton()

    def candidates(self, text: str) -> list[tuple[int, int, str]]:
        """All ``(start, end, surface)`` matches on word boundaries, longest first."""
        found = []
        for last, surface in self.automaton.iter(text):
            start, end = last - len(surface) + 1, last + 1
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(surface[0]):
                continue
            if end < len(text) and _is_word_char(text[end]) and _is_word_char(surface[-1]):
                continue
            found.append((start, end, surface))
        found.sort(key=lambda c: (c[0] - c[1], c[0]))
        return found

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        spans: list[Span] = []
        entries = {}
        for start, end, surface in self.candidates(doc.text):
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
