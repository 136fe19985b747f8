"""The layout the quote and event rules read: paragraphs, sentences, quoted passages.

There is no parser in the pipeline, so sentences come from a small splitter of our
own: a paragraph (any line break) always ends a sentence, and ".", "!" or "?"
(with the closing marks after them) end one when the next word does not start in
lower case. Abbreviations are single tokens ("dr.", "Prof.", "Sp.OG(K)") in the
pmk_extract tokenizer, so they never end a sentence.

Quoted passages are found on the text: “…”, "…" and ‘…’, and a quote running over
several paragraphs (an opening mark at each paragraph, the closing one only at the end)
is one passage. Function words that steer the rules are data:
``models/lexicons/context_words.tsv``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .resources import read_tsv
from .stemming import stem_word

_ENDERS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"”", '"', "’", ")", "»"})
_PAIRS = {"“": "”", '"': '"', "‘": "’"}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of tokens ``doc[start:end]`` (a sentence or a paragraph)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """A passage between quote marks; ``text[start:end]`` is the content without the marks.

    Attributes:
        open: offset of the opening mark.
        start: offset of the first quoted character.
        end: offset after the last quoted character.
        close: offset of the closing mark, or None when the passage is never closed.
    """

    open: int
    start: int
    end: int
    close: int | None


@cache
def context_words() -> dict[str, frozenset[str]]:
    """Word -> its classes, from ``lexicons/context_words.tsv``."""
    classes: dict[str, set[str]] = {}
    for word, kind in read_tsv("lexicons/context_words.tsv", 2):
        classes.setdefault(word.lower(), set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in classes.items()}


def is_word(token: Token, kind: str) -> bool:
    """True when ``token`` (lowercased) has class ``kind`` in the context-word table."""
    return kind in context_words().get(token.lower_, frozenset())


def stem_of(token: Token) -> str:
    """The lowercase stem used for lexicon look-ups (names are not stemmed)."""
    if token.ent_type_ in ("PERSON", "ORG", "LOC"):
        return token.lower_
    stem = token._.stem if token.doc._.stems is not None else token.text
    if stem and stem[:1].isupper():
        return stem_word(token.text)
    return str(stem).lower()


def _is_break(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def paragraphs(doc: Doc) -> list[Segment]:
    """Token runs between line breaks (space-only runs are dropped)."""
    out: list[Segment] = []
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                out.append(Segment(start, token.i))
            start = token.i + 1
        elif "\n" in token.whitespace_:
            out.append(Segment(start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        out.append(Segment(start, len(doc)))
    return [s for s in out if not all(t.is_space for t in doc[s.start : s.end])]


def sentences(doc: Doc) -> list[Segment]:
    """Sentences: paragraphs cut after ".", "!" or "?" before a word not in lower case."""
    out: list[Segment] = []
    for para in paragraphs(doc):
        start = para.start
        i = para.start
        while i < para.end:
            if doc[i].text in _ENDERS:
                j = i + 1
                while j < para.end and doc[j].text in _CLOSERS:
                    j += 1
                if j >= para.end:
                    break
                nxt = doc[j].text
                if not nxt[:1].islower():
                    out.append(Segment(start, j))
                    start = j
                    i = j
                    continue
            i += 1
        if start < para.end:
            out.append(Segment(start, para.end))
    return out


def _opens(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if mark == "“":
        return True
    return before.isspace() or before in "([“:—–-"


def _closes(text: str, j: int, mark: str) -> bool:
    if mark != "’":
        return True
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalpha()  # "Ma’ruf" is an apostrophe


def quoted_passages(text: str) -> list[QuotedPassage]:
    """Top-level quoted passages of ``text`` in order (quotes inside quotes are not separate)."""
    out: list[QuotedPassage] = []
    n = len(text)
    i = 0
    while i < n:
        mark = text[i]
        if mark not in _PAIRS or not _opens(text, i, mark):
            i += 1
            continue
        closing = _PAIRS[mark]
        j = i + 1
        end: int | None = None
        close: int | None = None
        while j < n:
            ch = text[j]
            if ch == closing and _closes(text, j, closing):
                end, close = j, j
                break
            if ch == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == mark and closing not in text[i + 1 : j]:
                    j = k + 1  # the quote goes on in the next paragraph
                    continue
                end = j
                break
            j += 1
        if end is None:
            end = n
        stop = end
        while stop > i + 1 and text[stop - 1].isspace():
            stop -= 1
        if stop > i + 1:
            out.append(QuotedPassage(i, i + 1, stop, close))
        i = (close if close is not None else end) + 1
    return out


class Layout:
    """Paragraphs, sentences, quoted passages and entity look-ups of one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text and Doc.ents are rebuilt on every access
        self.words = [token.text for token in doc]
        self.ents = list(doc.ents)
        self._ent_starts = [ent.start for ent in self.ents]
        self.paragraphs = paragraphs(doc)
        self.sentences = sentences(doc)
        self.passages = quoted_passages(self.text)
        self.sentence_of = [0] * len(doc)
        for k, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sentence_of[i] = k
        self.paragraph_of = [0] * len(doc)
        for k, para in enumerate(self.paragraphs):
            for i in range(para.start, para.end):
                self.paragraph_of[i] = k
        self.ent_at: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.quoted = [False] * len(doc)
        self.token_at_char: dict[int, int] = {}
        for token in doc:
            for c in range(token.idx, token.idx + len(token.text)):
                self.token_at_char[c] = token.i
        starts = [token.idx for token in doc]
        for passage in self.passages:
            last = passage.close if passage.close is not None else passage.end - 1
            i = bisect_left(starts, passage.open)
            while i < len(doc) and starts[i] <= last:
                self.quoted[i] = True
                i += 1

    def ents_in(self, segment: Segment, label: str) -> list[Span]:
        """Entities with ``label`` starting inside ``segment``, in text order."""
        i = bisect_left(self._ent_starts, segment.start)
        out = []
        while i < len(self.ents) and self.ents[i].start < segment.end:
            if self.ents[i].label_ == label:
                out.append(self.ents[i])
            i += 1
        return out

    def token_at(self, char: int) -> int | None:
        """Index of the token covering character ``char``."""
        return self.token_at_char.get(char)

    def sentence(self, i: int) -> Segment:
        """The sentence holding token ``i``."""
        return self.sentences[self.sentence_of[i]]

    def paragraph(self, i: int) -> Segment:
        """The paragraph holding token ``i``."""
        return self.paragraphs[self.paragraph_of[i]]

    def entity(self, i: int, labels: tuple[str, ...] = ("PERSON", "ORG")) -> Span | None:
        """The entity with one of ``labels`` covering token ``i``."""
        ent = self.ent_at.get(i)
        return ent if ent is not None and ent.label_ in labels else None

    def subject_person(self, before: int, sentences_back: int = 4) -> Span | None:
        """The person a pronoun or an unnamed cue before token ``before`` refers to.

        Walks back sentence by sentence and takes the first PERSON outside quotes that
        stands near the start of its sentence (the subject); sentences opening with a
        pronoun are passed over. Falls back to the last PERSON before ``before``.
        """
        if before <= 0:
            return None
        k = self.sentence_of[min(before, len(self.doc)) - 1]
        for sent_index in range(k, max(-1, k - sentences_back), -1):
            sent = self.sentences[sent_index]
            stop = min(sent.end, before)
            for i in range(sent.start, min(stop, sent.start + 10)):
                ent = self.entity(i, ("PERSON",))
                if ent is not None and not self.quoted[i]:
                    return ent
        for i in range(before - 1, -1, -1):
            ent = self.entity(i, ("PERSON",))
            if ent is not None and not self.quoted[i]:
                return ent
        return None
