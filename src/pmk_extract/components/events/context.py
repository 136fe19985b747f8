"""What every event stage reads of one document: its layout, headline, lead and clauses."""

from __future__ import annotations

from spacy.tokens import Doc

from ...discourse import Layout, Segment
from .lexicon import EventLexicon

BEFORE = 16  # tokens looked at before a trigger (within the clause)
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–"})


class Context:
    """One document as the event stages see it (computed once, shared by the stages)."""

    def __init__(self, lexicon: EventLexicon, doc: Doc) -> None:
        self.lex = lexicon
        self.doc = doc
        self.layout = Layout(doc)
        self.headline, self.lead = self._headline_and_lead()
        self._clause_starts: dict[int, int] = {}  # token -> clause_start

    def _headline_and_lead(self) -> tuple[Segment | None, Segment | None]:
        paras = self.layout.paragraphs
        if not paras:
            return None, None
        headline: Segment | None = None
        first = paras[0]
        dateline = self.doc._.dateline
        layout = self.layout
        last = first.end - 1
        end_char = layout.starts[last] + len(layout.words[last])
        inside = dateline is not None and dateline.start < end_char
        if (
            not inside
            and first.end - first.start < 30
            and layout.words[last] not in (".", "!", "?")
        ):
            headline = first
        for para in paras[1 if headline else 0 :]:
            if sum(layout.is_alpha[para.start : para.end]) >= 12:
                return headline, para
        return headline, None

    def in_lead(self, token: int) -> bool:
        """True when ``token`` lies in the lead paragraph."""
        return self.lead is not None and self.lead.start <= token < self.lead.end

    def opens_sentence(self, i: int) -> bool:
        """True when no word stands before token ``i`` in its sentence."""
        start = self.layout.sentence(i).start
        return not any(self.layout.is_alpha[start:i])

    def clause_start(self, i: int) -> int:
        """The first token of the clause of token ``i`` (looked back at most ``BEFORE``)."""
        found = self._clause_starts.get(i)
        if found is not None:
            return found
        layout = self.layout
        sent = layout.sentence(i)
        j = i - 1
        while j >= sent.start and i - j <= BEFORE:
            if layout.words[j] in CLAUSE_PUNCT or layout.is_word(j, "boundary"):
                break
            j -= 1
        self._clause_starts[i] = j + 1
        return j + 1
