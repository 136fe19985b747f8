"""The faster rule helpers agree with the straightforward versions they replaced."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path

import regex
from spacy.tokens import Span

from pmk_extract import Extractor
from pmk_extract.components.gazetteer import _CAPITALISED_RUN
from pmk_extract.components.name_flags import (
    doc_name_flags,
    is_name_text,
    is_name_word,
    name_flags,
)
from pmk_extract.components.stems import _in_names
from pmk_extract.dates import find_dateline, find_dates
from pmk_extract.dates.dateline import find_dates_and_dateline
from pmk_extract.dates.grammar import _DIGIT_KEY, _PAREN_KEY, grammar
from pmk_extract.dates.matching import Anchor, anchors, candidates
from pmk_extract.extensions import set_span_attrs, span_attr
from pmk_extract.spans import doc_text, strict_span

ROOT = Path(__file__).parent.parent

EDGE_TEXTS = [
    "",
    "   \n\n  ",
    "JAKARTA – Pada Selasa (8/3) pukul 09.30 WIB, ( 12 ) ²3 ①2 ſelasa SELASA Jumat.",
    "Judul\n\nJakarta, 9 Maret 2022 – Isi.\n\nParagraf dua.\n\nTiga.\n\nEmpat 10 Maret 2022.",
    "Judul\n\nBandung – Isi\n\n\n\nRabu (9/3)\n\n(10/3)\nLima 11 Maret",
]


def _texts() -> list[str]:
    texts = list(EDGE_TEXTS)
    for path in (
        ROOT / "tests" / "data" / "press_releases_dev.jsonl",
        ROOT / "examples" / "releases.jsonl",
    ):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def _old_anchors(text: str) -> list[Anchor]:
    """The word-by-word loop that :func:`anchors` replaced."""
    gram = grammar()
    digit = gram.by_anchor.get(_DIGIT_KEY, ())
    paren = gram.by_anchor.get(_PAREN_KEY, ())
    out = []
    for token in regex.finditer(r"\w+", text):
        word, start = token.group(), token.start()
        if word[0].isdigit():
            before = start - 1
            while before >= 0 and text[before] in " \t":
                before -= 1
            if before >= 0 and text[before] == "(":
                out.append(Anchor(before, paren, False))
            out.append(Anchor(start, digit, True))
            continue
        word = word.lower()
        indexes = gram.by_anchor.get(word, ())
        if indexes or word in gram.time_anchors:
            out.append(Anchor(start, indexes, word in gram.time_anchors))
    return out


def _number_texts(count: int) -> list[str]:
    """Random texts made of number words, date words and separators."""
    rnd = random.Random(3)
    pieces = [
        *("1", "12", "123", "2020", "20201", "1999", "03", "1445", "09.30", "2022-03-09"),
        *("s.d.", "s/d", "S.D.", "ſ.d.", " ", "\t", "\n", "(", ")", "/", "-", "–", ".", ","),
        *("Maret", "Mei", "tahun", "Tahun", "lalu", "hari", "Ramadan", "H", "WIB", "pukul"),
        *("٣", "²", "Selasa", "yang", "bulan"),
    ]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(count)]


def test_anchors_match_the_word_loop() -> None:
    # the same places; a number word tries only the rules its length allows, which
    # finds the same candidates
    for text in _texts() + _number_texts(5000):
        new, old = anchors(text), _old_anchors(text)
        assert [(a.start, a.time) for a in new] == [(a.start, a.time) for a in old]
        assert all(set(a.rules) <= set(b.rules) for a, b in zip(new, old, strict=True))
        assert candidates(text, new) == candidates(text, old)


def test_dates_and_dateline_together_match_separate_calls() -> None:
    for published in (None, dt.date(2022, 3, 9)):
        for text in _texts():
            together = find_dates_and_dateline(text, published)
            assert together == (find_dates(text, published), find_dateline(text, published))


def test_name_flags_match_tokens(extractor: Extractor) -> None:
    for text in _texts()[:40]:
        doc = extractor.nlp.make_doc(text)
        assert name_flags([t.text for t in doc]) == [is_name_word(t) for t in doc]
    assert is_name_text("Jawa-Bali") and not is_name_text("dan") and not is_name_text("")


def test_doc_name_flags_follow_the_tokenisation(extractor: Extractor) -> None:
    doc = extractor.nlp.make_doc("Menteri Sosial Tri Rismaharini hadir.")
    assert doc_name_flags(doc) is doc_name_flags(doc)
    assert doc_name_flags(doc) == [True, True, True, True, False, False]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    assert doc_name_flags(doc) == [is_name_word(t) for t in doc]


def test_doc_text_and_entity_flags_match_spacy(extractor: Extractor) -> None:
    for text in _texts()[:40]:
        doc = extractor.nlp(text)
        assert doc_text(doc) == doc.text
        names = [t.ent_type_ in ("ORG", "PERSON", "LOC") for t in doc]
        assert _in_names(doc) == names


def test_capitalised_run_searched_backwards_finds_the_forward_match() -> None:
    forward = regex.compile(r"((?:\p{Lu}[\p{L}.]*[ \t]+)+)$")
    rnd = random.Random(7)
    alphabet = ["A", "a", "B", "b", ".", " ", " ", "\t", "\n", "1", "É", "é", "ǅ", "-", "K"]
    cases = [(text, 0, len(text)) for text in _texts()]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        end = rnd.randint(0, len(text))
        cases.append((text, rnd.randint(0, end), end))
    for text, start, end in cases:
        old = forward.search(text, start, end)
        new = _CAPITALISED_RUN.search(text, start, end)
        assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


def test_span_attrs_read_and_write_what_underscore_does(extractor: Extractor) -> None:
    names = ("canonical", "role", "org", "value", "source", "date_info", "org_id", "unit")
    for text in _texts()[:40]:
        doc = extractor.nlp(text)
        for ent in doc.ents:
            start, end = ent.start_char, ent.end_char
            for name in names:
                assert span_attr(doc, name, start, end) == getattr(ent._, name)
        if doc.ents:
            ent = doc.ents[0]
            set_span_attrs(doc, ent.start_char, ent.end_char, role="x", parent_org="y")
            assert (ent._.role, ent._.parent_org) == ("x", "y")


def test_strict_span_matches_char_span(extractor: Extractor) -> None:
    rnd = random.Random(11)
    for text in _texts()[:40]:
        doc = extractor.nlp.make_doc(text)
        bounds = sorted({0, len(text)} | {t.idx for t in doc} | {t.idx + len(t) for t in doc})
        size = len(text)
        pairs = [(rnd.choice(bounds), rnd.choice(bounds)) for _ in range(300)]
        pairs += [(rnd.randint(-2, size + 2), rnd.randint(-2, size + 2)) for _ in range(300)]
        for start, end in pairs:
            old = _outcome(doc.char_span, start, end, label="ORG")
            assert old == _outcome(strict_span, doc, start, end, "ORG")


def _outcome(make: Callable[..., Span | None], *args: object, **kwargs: object) -> object:
    """What ``make(...)`` gives: the span's tokens and label, None, or the exception type."""
    try:
        span = make(*args, **kwargs)
    except Exception as exc:
        return type(exc)
    return span and (span.start, span.end, span.label_)
