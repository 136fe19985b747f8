"""``pmk_gazetteer``: ORG and LOC mentions from the knowledge base in ``models/gazetteers``.

Candidates come from a :class:`~pmk_extract.matching.TermMatcher` over the raw
text (built once per process; tokenizing the ~50k surface forms for a
PhraseMatcher would cost seconds at every start). A candidate counts when it
sits on word and token boundaries; the longest wins. A match is dropped when the
next word shows it names something else (``lexicons/org_vetoes.tsv``: "DPD Partai
Demokrat" is a party board, not the Dewan Perwakilan Daerah). The canonical name is the one in force
on ``Doc._.published``.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..kb import KnowledgeBase, default_kb
from ..resources import read_tsv
from ..spans import add_entities

_NEXT_WORD = regex.compile(r"\s+(\S+)")


class Gazetteer:
    """Tag every known organisation and place, longest match first."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = kb.matcher()
        self.vetoes = {
            surface: regex.compile(pattern)
            for surface, pattern in read_tsv("lexicons/org_vetoes.tsv", 2)
        }

    def vetoed(self, text: str, end: int, surface: str) -> bool:
        """True when the word after a match shows it names something else ("DPD Partai X")."""
        pattern = self.vetoes.get(surface)
        if pattern is None:
            return False
        following = _NEXT_WORD.match(text, end)
        return following is not None and pattern.match(following.group(1)) is not None

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        spans: list[Span] = []
        entries = {}
        text = doc.text  # joined from the tokens on every access: read it once
        for start, end, surface in self.matcher.find(text):
            if self.vetoes and self.vetoed(text, end, surface):
                continue
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
