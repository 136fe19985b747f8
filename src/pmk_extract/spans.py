"""Helpers shared by the entity components: doc text, char offsets to spans, merging ents."""

from __future__ import annotations

import operator
from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .doctable import token_table

_TEXT_KEY = "pmk_extract.doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the token table (``Doc.text`` makes a Token per token).

    Kept in ``doc.user_data`` with the table it was joined from, so it is joined once
    per tokenisation.
    """
    table = token_table(doc)
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, tuple) and cached[0] is table:
        return str(cached[1])
    text = "".join(map(operator.add, table.words, table.spaces))
    doc.user_data[_TEXT_KEY] = (table, text)
    return text


def strict_span(doc: Doc, start: int, end: int, label: str | int = 0) -> Span | None:
    """``doc.char_span(start, end, label=label)``: the tokens exactly covering ``[start, end)``.

    Found by bisection in the token table (``Doc.char_span`` makes a Token per check).
    """
    table = token_table(doc)
    starts, words = table.starts, table.words
    first = bisect_right(starts, start) - 1
    if first < 0 or starts[first] != start:
        return None
    last = bisect_right(starts, end - 1) - 1
    if last < 0 or starts[last] + len(words[last]) != end:
        return None
    return Span(doc, first, last + 1, label=label)


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The span covering exactly ``[start, end)``, widened to token bounds if needed."""
    span = strict_span(doc, start, end, label)
    if span is None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
    return span


def add_entities(doc: Doc, spans: Iterable[Span]) -> list[Span]:
    """Add ``spans`` to ``doc.ents`` where they overlap no existing entity.

    Earlier components win; among the new spans the longest wins. Returns the
    spans actually added.
    """
    taken = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
    added = [
        span
        for span in filter_spans(list(spans))
        if not any(taken[i] for i in range(span.start, span.end))
    ]
    if added:
        doc.set_ents(added, default="unmodified")
    return added


def corrected_text(doc: Doc, text: str, fixes: dict[int, str]) -> tuple[str, Callable[[int], int]]:
    """``text`` with the tokens at ``fixes`` replaced, and a function that maps an offset of
    the corrected text at a token boundary back to the original text."""
    pieces: list[str] = []
    shifts: list[tuple[int, int, int, int]] = []  # corrected start, start, old and new length
    pos = length = 0
    for k in sorted(fixes):
        token = doc[k]
        pieces.append(text[pos : token.idx])
        length += token.idx - pos
        shifts.append((length, token.idx, len(token.text), len(fixes[k])))
        pieces.append(fixes[k])
        length += len(fixes[k])
        pos = token.idx + len(token.text)
    pieces.append(text[pos:])

    def back(offset: int) -> int:
        delta = 0
        for corrected, original, old, new in shifts:
            if offset >= corrected + new:
                delta += new - old
            elif offset > corrected:
                return original + min(offset - corrected, old)
            else:
                break
        return offset - delta

    return "".join(pieces), back
