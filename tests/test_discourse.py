"""The list-based layout agrees with the Token-based one it replaced, on real text.

The reference functions below are the former implementations (one ``Token`` at a
time, a dict entry per character); the layout must give the same segments,
passages, token look-ups and stems. Last, the entity queries a Layout answers.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from pmk_extract import Extractor
from pmk_extract.discourse import (
    Layout,
    QuotedPassage,
    Segment,
    paragraphs,
    quoted_passages,
    sentences,
    split_paragraphs,
    split_sentences,
    text_structure,
)
from pmk_extract.stemming import stem_word

ROOT = Path(__file__).parent.parent
EDGE_TEXTS = [
    "",
    "\n\n",
    "Satu kalimat tanpa titik",
    "  Spasi di depan.\n \n\nLalu baris. lanjut kecil! Tanya? Ya…\n",
    "“Kutipan terbuka tanpa penutup\n\n“paragraf kedua.” Lalu ‘ini’ dan Ma’ruf.",
    'Ia berkata: "Siap." Dan (“kurung”) serta — "x" "\n"',
    'Tanda “ di tengah ” dan ‘ terpisah ’ serta "" kosong.',
    "Akhir kutip “tanpa tutup",
]


def _texts() -> list[str]:
    texts = list(EDGE_TEXTS)
    for path in (ROOT / "tests/data/press_releases_dev.jsonl", ROOT / "examples/releases.jsonl"):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


# -- the former implementations --------------------------------------------------------------
def _old_paragraphs(doc: Doc) -> list[Segment]:
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


def _old_sentences(doc: Doc) -> list[Segment]:
    out: list[Segment] = []
    for para in _old_paragraphs(doc):
        start = para.start
        i = para.start
        while i < para.end:
            if doc[i].text in {".", "!", "?", "…"}:
                j = i + 1
                while j < para.end and doc[j].text in {"”", '"', "’", ")", "»"}:
                    j += 1
                if j >= para.end:
                    break
                if not doc[j].text[:1].islower():
                    out.append(Segment(start, j))
                    start = j
                    i = j
                    continue
            i += 1
        if start < para.end:
            out.append(Segment(start, para.end))
    return out


def _old_opens(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if mark == "“":
        return True
    return before.isspace() or before in "([“:—–-"


def _old_closes(text: str, j: int, mark: str) -> bool:
    if mark != "’":
        return True
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalpha()


def _old_quoted_passages(text: str) -> list[QuotedPassage]:
    pairs = {"“": "”", '"': '"', "‘": "’"}
    out: list[QuotedPassage] = []
    n = len(text)
    i = 0
    while i < n:
        mark = text[i]
        if mark not in pairs or not _old_opens(text, i, mark):
            i += 1
            continue
        closing = pairs[mark]
        j = i + 1
        end: int | None = None
        close: int | None = None
        while j < n:
            ch = text[j]
            if ch == closing and _old_closes(text, j, closing):
                end, close = j, j
                break
            if ch == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == mark and closing not in text[i + 1 : j]:
                    j = k + 1
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


def _old_stem(token: Token) -> str:
    if token.ent_type_ in ("PERSON", "ORG", "LOC"):
        return token.lower_
    stem = token._.stem if token.doc._.stems is not None else token.text
    if stem and stem[:1].isupper():
        return stem_word(token.text)
    return str(stem).lower()


# -- comparisons ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", _texts())
def test_layout_matches_token_based_layout(extractor: Extractor, text: str) -> None:
    doc = extractor.nlp(text)
    layout = Layout(doc)
    assert layout.text == doc.text
    assert paragraphs(doc) == _old_paragraphs(doc) == layout.paragraphs
    assert sentences(doc) == _old_sentences(doc) == layout.sentences
    assert quoted_passages(text) == _old_quoted_passages(text) == layout.passages
    for k, sent in enumerate(layout.sentences):
        assert all(layout.sentence_of[i] == k for i in range(sent.start, sent.end))
    char_to_token = {c: t.i for t in doc for c in range(t.idx, t.idx + len(t.text))}
    assert [layout.token_at(c) for c in range(len(text) + 1)] == [
        char_to_token.get(c) for c in range(len(text) + 1)
    ]
    assert [layout.stem(t.i) for t in doc] == [_old_stem(t) for t in doc]
    quoted = [False] * len(doc)
    for passage in layout.passages:
        last = passage.close if passage.close is not None else passage.end - 1
        for t in doc:
            if passage.open <= t.idx <= last:
                quoted[t.i] = True
    assert layout.quoted == quoted
    assert layout.is_alpha == [t.is_alpha for t in doc]
    assert text_structure(doc).is_space == [t.is_space for t in doc]


def test_structure_is_shared_between_layouts(extractor: Extractor) -> None:
    doc = extractor.nlp("Rapat dimulai. “Kami siap,” ujar Budi.")
    first, second = Layout(doc), Layout(doc)
    assert first.sentences is second.sentences
    assert first.quoted is second.quoted


def _loop_paragraphs(words: list[str], spaces: list[str], is_space: list[bool]) -> list[Segment]:
    """The token-by-token loop that :func:`split_paragraphs` replaced."""
    out: list[Segment] = []
    start = 0
    for i, (word, space) in enumerate(zip(words, spaces, strict=True)):
        if "\n" in word and is_space[i]:
            if i > start:
                out.append(Segment(start, i))
            start = i + 1
        elif "\n" in space:
            out.append(Segment(start, i + 1))
            start = i + 1
    if start < len(words):
        out.append(Segment(start, len(words)))
    return [s for s in out if not all(is_space[s.start : s.end])]


def _loop_sentences(words: list[str], paras: list[Segment]) -> list[Segment]:
    """The token-by-token loop that :func:`split_sentences` replaced."""
    out: list[Segment] = []
    for para in paras:
        start = i = para.start
        while i < para.end:
            if words[i] in (".", "!", "?", "…"):
                j = i + 1
                while j < para.end and words[j] in ("”", '"', "’", ")", "»"):
                    j += 1
                if j >= para.end:
                    break
                if not words[j][:1].islower():
                    out.append(Segment(start, j))
                    start = i = j
                    continue
            i += 1
        if start < para.end:
            out.append(Segment(start, para.end))
    return out


def test_segment_splitters_match_the_token_loops() -> None:
    rnd = random.Random(5)
    pieces = ["a", "B", ".", "!", "…", "”", ")", "\n", " \n ", "x\ny", "?", "kecil", "Besar"]
    for _ in range(3000):
        n = rnd.randint(0, 15)
        words = [rnd.choice(pieces) for _ in range(n)]
        spaces = [rnd.choice(["", " ", " ", "\n"]) for _ in range(n)]
        is_space = [w.isspace() for w in words]
        paras = split_paragraphs(words, spaces, is_space)
        assert paras == _loop_paragraphs(words, spaces, is_space)
        assert split_sentences(words, paras) == _loop_sentences(words, paras)


def test_persons_before_leave_out_quoted_furniture_and_later_names(extractor: Extractor) -> None:
    text = (
        "Budi Santoso membuka rapat. “Kata Andi Wijaya, kami siap,” ujarnya.\n\n"
        "Baca juga: Siti Aminah Resmikan Pasar\n\n"
        "Rapat dihadiri Dewi Lestari dan Rudi Hartono."
    )
    doc = extractor.nlp.make_doc(text)
    names = ["Budi Santoso", "Andi Wijaya", "Siti Aminah", "Dewi Lestari", "Rudi Hartono"]
    spans = []
    for name in names:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label="PERSON")
        assert span is not None
        spans.append(span)
    doc.ents = spans
    layout = Layout(doc)
    assert layout.in_furniture[spans[2].start] and layout.quoted[spans[1].start]
    assert [e.text for e in layout.persons_before(len(doc))] == [
        "Budi Santoso",
        "Dewi Lestari",
        "Rudi Hartono",
    ]
    # a name counts only when it ends by the given token
    assert [e.text for e in layout.persons_before(spans[4].end - 1)] == [
        "Budi Santoso",
        "Dewi Lestari",
    ]
    assert [e.text for e in layout.persons_before(spans[3].end)] == [
        "Budi Santoso",
        "Dewi Lestari",
    ]
