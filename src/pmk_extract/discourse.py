"""The layout the quote and event rules read: paragraphs, sentences, quoted passages.

There is no parser in the pipeline, so sentences come from a small splitter of our
own: a paragraph (any line break) always ends a sentence, and ".", "!" or "?"
(with the closing marks after them) end one when the next word does not start in
lower case. Abbreviations are single tokens ("dr.", "Prof.", "Sp.OG(K)") in the
pmk_extract tokenizer, so they never end a sentence.

Page furniture (links to other articles, captions, credits, advertising lines, tag
lists: :mod:`pmk_extract.furniture`) is marked token by token: no quote, speaker
context or event comes from it.

Quoted passages are found on the text: “…”, "…" and ‘…’, also ”…” (some outlets
open with the closing mark: one standing where an opening mark stands, after a space
or a line break and before a word, that no passage has closed), and a quote running over
several paragraphs (an opening mark at each paragraph, the closing one only at the end)
is one passage. Function words that steer the rules are data:
``models/lexicons/context_words.tsv``.

Everything is computed on the plain lists of :mod:`pmk_extract.doctable`, never one
``Token`` at a time. The structure that only depends on the tokens
(:class:`TextStructure`) is built once per Doc and shared by every :class:`Layout`;
the entity part of a Layout is read from ``doc.ents`` each time one is built.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from .doctable import TokenTable, token_table
from .furniture import Furniture, find_furniture
from .records import NAME_LABELS
from .resources import read_tsv
from .spans import doc_text
from .stemming import stem_word

_ENDERS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"”", '"', "’", ")", "»"})
_PAIRS = {"“": "”", '"': '"', "‘": "’", "”": "”"}
_OPENING = re.compile("[" + "".join(_PAIRS) + "]")
_STOPS = {closing: re.compile(f"[{closing}\n]") for closing in _PAIRS.values()}
_NO_CLASSES: frozenset[str] = frozenset()
_KEY = "pmk_extract.text_structure"


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


def split_paragraphs(words: list[str], spaces: list[str], is_space: list[bool]) -> list[Segment]:
    """Token runs between line breaks (space-only runs are dropped), on token lists.

    Only the tokens with a line break in their text or their trailing space are visited.
    """
    out: list[Segment] = []
    start = 0
    breaks = [i for i, word in enumerate(words) if "\n" in word]
    if any("\n" in space for space in set(spaces)):
        breaks = sorted({*breaks, *(i for i, space in enumerate(spaces) if "\n" in space)})
    for i in breaks:
        if "\n" in words[i] and is_space[i]:
            if i > start:
                out.append(Segment(start, i))
            start = i + 1
        elif "\n" in spaces[i]:
            out.append(Segment(start, i + 1))
            start = i + 1
    if start < len(words):
        out.append(Segment(start, len(words)))
    return [s for s in out if not all(is_space[s.start : s.end])]


def split_sentences(words: list[str], paras: list[Segment]) -> list[Segment]:
    """Paragraphs cut after ".", "!" or "?" before a word not in lower case, on token lists.

    Only the sentence-ending tokens are visited (closing marks are never enders, so
    the scan after one ender resumes at the next).
    """
    enders = [i for i, word in enumerate(words) if word in _ENDERS]
    out: list[Segment] = []
    k = 0
    for para in paras:
        start = para.start
        k = bisect_left(enders, para.start, lo=k)
        while k < len(enders) and enders[k] < para.end:
            j = enders[k] + 1
            k += 1
            while j < para.end and words[j] in _CLOSERS:
                j += 1
            if j >= para.end:
                break
            if not words[j][:1].islower():
                out.append(Segment(start, j))
                start = j
        if start < para.end:
            out.append(Segment(start, para.end))
    return out


@dataclass(frozen=True, slots=True)
class TextStructure:
    """What a Doc's text and tokens alone determine (no entities); cached per Doc.

    Attributes:
        table: the token table it was built from (token ``i`` is ``table.words[i]``).
        text: ``doc.text``.
        is_alpha, is_space: spaCy's ``Token.is_alpha`` and ``is_space`` of each token
            (``str.isalpha`` and ``str.isspace`` of its text).
        paragraphs, sentences: the segments, in order.
        paragraph_of, sentence_of: the index of each token's paragraph and sentence.
        passages: the quoted passages of the text (none inside page furniture).
        quoted: whether each token lies inside a passage (marks included).
        furniture: the page furniture of the text, in order.
        in_furniture: whether each token lies inside a piece of furniture.
    """

    table: TokenTable
    text: str
    is_alpha: list[bool]
    is_space: list[bool]
    paragraphs: list[Segment]
    sentences: list[Segment]
    paragraph_of: list[int]
    sentence_of: list[int]
    passages: list[QuotedPassage]
    quoted: list[bool]
    furniture: tuple[Furniture, ...]
    in_furniture: list[bool]


def _covered(starts: list[int], pieces: list[tuple[int, int]], size: int) -> list[bool]:
    """Whether each token starts inside one of the character ranges ``pieces``."""
    out = [False] * size
    for start, last in pieces:
        i = bisect_left(starts, start)
        j = bisect_right(starts, last, lo=i)
        out[i:j] = [True] * (j - i)
    return out


def _index_of(segments: list[Segment], size: int) -> list[int]:
    """Token -> index of the segment holding it.

    A token between segments (the line breaks between paragraphs) belongs to the
    segment before it (to the first one before every segment).
    """
    out = [0] * size
    for k, seg in enumerate(segments):
        stop = segments[k + 1].start if k + 1 < len(segments) else size
        out[seg.start : stop] = [k] * (stop - seg.start)
    return out


def text_structure(doc: Doc) -> TextStructure:
    """Paragraphs, sentences and quoted passages of ``doc`` (built once per tokenisation)."""
    table = token_table(doc)
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, TextStructure) and cached.table is table:
        return cached
    words, spaces, starts = table.words, table.spaces, table.starts
    is_alpha = [word.isalpha() for word in words]
    is_space = [word.isspace() for word in words]
    text = doc_text(doc)
    paras = split_paragraphs(words, spaces, is_space)
    sents = split_sentences(words, paras)
    furniture = find_furniture(text)
    passages = [
        passage
        for passage in quoted_passages(text)
        if not any(piece.start <= passage.open < piece.end for piece in furniture)
    ]
    quoted = _covered(
        starts,
        [(p.open, p.close if p.close is not None else p.end - 1) for p in passages],
        len(words),
    )
    in_furniture = _covered(starts, [(f.start, f.end - 1) for f in furniture], len(words))
    structure = TextStructure(
        table=table,
        text=text,
        is_alpha=is_alpha,
        is_space=is_space,
        paragraphs=paras,
        sentences=sents,
        paragraph_of=_index_of(paras, len(words)),
        sentence_of=_index_of(sents, len(words)),
        passages=passages,
        quoted=quoted,
        furniture=furniture,
        in_furniture=in_furniture,
    )
    doc.user_data[_KEY] = structure
    return structure


def paragraphs(doc: Doc) -> list[Segment]:
    """Token runs between line breaks (space-only runs are dropped)."""
    return list(text_structure(doc).paragraphs)


def sentences(doc: Doc) -> list[Segment]:
    """Sentences: paragraphs cut after ".", "!" or "?" before a word not in lower case."""
    return list(text_structure(doc).sentences)


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
        found = _OPENING.search(text, i)
        if found is None:
            break
        i = found.start()
        mark = text[i]
        if not _opens(text, i, mark):
            i += 1
            continue
        closing = _PAIRS[mark]
        stops = _STOPS[closing]
        j = i + 1
        end: int | None = None
        close: int | None = None
        while j < n:
            stop_at = stops.search(text, j)
            if stop_at is None:
                break
            j = stop_at.start()
            if text[j] == closing:
                if _closes(text, j, closing):
                    end, close = j, j
                    break
                j += 1
                continue
            k = j  # a line break
            while k < n and text[k].isspace():
                k += 1
            reopen = (mark, "”") if mark == "“" else (mark,)
            if k < n and text[k] in reopen and closing not in text[i + 1 : j]:
                j = k + 1  # the quote goes on in the next paragraph
                continue
            end = j
            break
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
    """The text structure of a Doc with its entities, stems and word classes.

    The structural part (:func:`text_structure`) is shared by every Layout of a Doc;
    the entity part is read from ``doc.ents`` and ``doc._.stems`` when built.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        structure = text_structure(doc)
        table = structure.table
        self.text = structure.text
        self.words = table.words
        self.lower = table.lower
        self.spaces = table.spaces
        self.starts = table.starts
        self.is_alpha = structure.is_alpha
        self.paragraphs = structure.paragraphs
        self.sentences = structure.sentences
        self.paragraph_of = structure.paragraph_of
        self.sentence_of = structure.sentence_of
        self.passages = structure.passages
        self.quoted = structure.quoted
        self.furniture = structure.furniture
        self.in_furniture = structure.in_furniture
        self.ents = list(doc.ents)
        self._ent_starts = [ent.start for ent in self.ents]
        self._ent_labels = [ent.label_ for ent in self.ents]
        self.ent_at: dict[int, Span] = {}
        self._is_name = [False] * len(self.words)  # inside a PERSON, ORG or LOC
        for ent, label in zip(self.ents, self._ent_labels, strict=True):
            name = label in NAME_LABELS
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
                self._is_name[i] = name
        self._doc_stems: list[str] | None = doc._.stems
        self._stems: list[str | None] = [None] * len(self.words)  # filled on first use
        self._classes = context_words()

    def ents_in(self, segment: Segment, label: str) -> list[Span]:
        """Entities with ``label`` starting inside ``segment``, in text order."""
        starts, labels = self._ent_starts, self._ent_labels
        i = bisect_left(starts, segment.start)
        out = []
        while i < len(starts) and starts[i] < segment.end:
            if labels[i] == label:
                out.append(self.ents[i])
            i += 1
        return out

    def persons_before(self, end: int) -> list[Span]:
        """PERSON entities ending by token ``end`` outside quotes and page furniture, in order."""
        return [
            ent
            for ent in self.ents
            if ent.label_ == "PERSON"
            and ent.end <= end
            and not self.quoted[ent.start]
            and not self.in_furniture[ent.start]
        ]

    def token_at(self, char: int) -> int | None:
        """Index of the token covering character ``char``."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.starts[i] + len(self.words[i]):
            return i
        return None

    def sentence(self, i: int) -> Segment:
        """The sentence holding token ``i``."""
        return self.sentences[self.sentence_of[i]]

    def paragraph(self, i: int) -> Segment:
        """The paragraph holding token ``i``."""
        return self.paragraphs[self.paragraph_of[i]]

    def is_word(self, i: int, kind: str) -> bool:
        """True when token ``i`` (lowercased) has class ``kind`` in the context-word table."""
        return kind in self._classes.get(self.lower[i], _NO_CLASSES)

    def stem(self, i: int) -> str:
        """The lowercase stem of token ``i`` used for lexicon look-ups (names are not stemmed)."""
        found = self._stems[i]
        if found is None:
            found = self._stems[i] = self._stem(i)
        return found

    def _stem(self, i: int) -> str:
        if self._is_name[i]:
            return self.lower[i]
        word = self.words[i]
        stem = str(self._doc_stems[i]) if self._doc_stems is not None else word
        if stem and stem[:1].isupper():
            return stem_word(word)
        return stem.lower()

    def entity(self, i: int, labels: tuple[str, ...] = ("PERSON", "ORG")) -> Span | None:
        """The entity with one of ``labels`` covering token ``i``."""
        ent = self.ent_at.get(i)
        return ent if ent is not None and ent.label_ in labels else None

    def subject_person(self, before: int, sentences_back: int = 4) -> Span | None:
        """The person a pronoun or an unnamed cue before token ``before`` refers to.

        Walks back sentence by sentence and takes the first PERSON outside quotes that
        stands near the start of its sentence (the subject); sentences opening with a
        pronoun are passed over. Falls back to the last PERSON before ``before``. Page
        furniture (a link line, a caption, a credit) is never the context.
        """
        if before <= 0:
            return None
        k = self.sentence_of[min(before, len(self.words)) - 1]
        for sent_index in range(k, max(-1, k - sentences_back), -1):
            sent = self.sentences[sent_index]
            stop = min(sent.end, before)
            for i in range(sent.start, min(stop, sent.start + 10)):
                ent = self.entity(i, ("PERSON",))
                if ent is not None and not self.quoted[i] and not self.in_furniture[i]:
                    return ent
        for i in range(before - 1, -1, -1):
            ent = self.entity(i, ("PERSON",))
            if ent is not None and not self.quoted[i] and not self.in_furniture[i]:
                return ent
        return None
