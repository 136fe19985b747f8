"""What every event stage reads of one document: its layout, headline, lead and clauses."""

from __future__ import annotations

from spacy.tokens import Doc

from ...discourse import Layout, Segment
from .lexicon import EventLexicon

BEFORE = 16  # tokens looked at before a trigger (within the clause)
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–"})
NAMES = ("PERSON", "ORG", "LOC")  # entity labels that name something
VERBAL = ("me", "di", "ber", "ter")  # verbal prefixes


class Context:
    """One document as the event stages see it (computed once, shared by the stages)."""

    def __init__(self, lexicon: EventLexicon, doc: Doc) -> None:
        self.lex = lexicon
        self.doc = doc
        self.layout = Layout(doc)
        self.headline, self.lead = self._headline_and_lead()
        self._clause_starts: dict[int, int] = {}  # token -> clause_start

    def _headline_and_lead(self) -> tuple[Segment | None, Segment | None]:
        """The headline (labels such as "SIARAN PERS" or a release number skipped) and the
        lead: the first paragraph of 12 words or more from the dateline on that is not page
        furniture (a photo caption)."""
        paras = self.layout.paragraphs
        if not paras:
            return None, None
        layout = self.layout
        dateline = self.doc._.dateline
        first = 0
        while first < min(len(paras) - 1, 3) and self._label(paras[first]):
            first += 1
        headline: Segment | None = None
        para = paras[first]
        last = para.end - 1
        end_char = layout.starts[last] + len(layout.words[last])
        inside = dateline is not None and dateline.start < end_char
        if not inside and para.end - para.start < 30 and layout.words[last] not in (".", "!", "?"):
            headline = para
        body = paras[first + 1 if headline else first :]
        if dateline is not None:  # the lead starts at the dateline
            for n, para in enumerate(body):
                if dateline.start < layout.starts[para.end - 1] + 1:
                    body = body[n:]
                    break
        for para in body:
            words = sum(layout.is_alpha[para.start : para.end])
            furniture = sum(layout.in_furniture[para.start : para.end])
            if words >= 12 and 2 * furniture < para.end - para.start:
                return headline, para
        return headline, None

    def _label(self, para: Segment) -> bool:
        """A label paragraph above the headline: "SIARAN PERS", "Nomor: B-218/…"."""
        layout = self.layout
        words = [layout.words[i] for i in range(para.start, para.end) if layout.is_alpha[i]]
        if not words:
            return True
        return words[0].lower() in ("nomor", "no") or (
            len(words) <= 3 and all(w.isupper() for w in words)
        )

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
