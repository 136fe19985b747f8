"""Find the dateline at the start of a press release (for `pmk_extract.dates.find_dateline`)."""

from __future__ import annotations

import datetime as dt
from itertools import islice

import regex

from pmk_extract.errors import InputError

from .finder import check_published, dates_from_anchors
from .grammar import Anchor, anchors
from .types import Dateline, DateMatch

# Paragraphs are separated by blank lines; the dateline opens one of the first lines
# of the first few paragraphs (web copies put captions, share buttons or bylines first).
_MAX_PARAGRAPHS = 4
_MAX_LINES = 8
_PARAGRAPH = regex.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
_LINE = regex.compile(r"[^\n]+")
_PLACE_WORD = r"\p{Lu}[\p{L}\d.'’/&-]*"
_PLACE = regex.compile(
    r"(?P<place>" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3})"
    r"(?:[ \t]*\((?P<agency>[^()\n\d]{1,40})\))?"
)
# a hyphen needs a space after it ("Jakarta-Bandung" is not a dateline); a long dash
# may touch the next word ("Jakarta (19/06)—Deputi ...")
_DASH = regex.compile(r"[ \t]*(?:[–—―]|-{1,2}(?=[ \t]|$))", regex.M)
_COMMA = regex.compile(r"[ \t]*,[ \t]*")
# a news site or agency beside the place: "Bisnis.com, JAKARTA –", "JAKARTA, jpnn.com –",
# "MONITOR, Jakarta –"
_TLD = r"\.(?i:com|co|id|net|org|go)\b"  # "Bisnis.com", "RM.id", "jpnn.com", "x.co.id"
_DOMAIN = regex.compile(_TLD)
_SITE = r"(?:[\p{L}\d-]+(?:" + _TLD + r"){1,2}|\p{Lu}{3,})"
_SITE_BEFORE = regex.compile(_SITE + r"[ \t]*,[ \t]*")
_SITE_AFTER = regex.compile(r"[ \t]*,[ \t]*" + _SITE + r"(?=[ \t]*(?:[–—―]|-{1,2}[ \t]))")
# the site alone after the dash, to the end of the line: "- detikHealth", "- Kompas.com"
_BYLINE_SITE = regex.compile(
    r"[ \t]*(?:[\p{L}\d-]+(?:" + _TLD + r"){1,2}|\p{Ll}+\p{Lu}\p{L}*)[ \t]*$", regex.M
)
_OPEN = regex.compile(r"[ \t]*,?[ \t]*\([ \t]*")
_CLOSE = regex.compile(r"[ \t]*\)")
_SPACE = regex.compile(r"[ \t]*")
_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class _HeadDates:
    """The dates of the first paragraphs (``head``), found only once one is asked for.

    A date starts where a word anchor does, so at any other offset there is none
    and nothing needs to be found; most datelines ("JAKARTA –") never ask.
    """

    def __init__(
        self, head: str, base: dt.date | None, found: list[Anchor], known: list[DateMatch] | None
    ) -> None:
        self._head = head
        self._base = base
        self._found = found
        self._starts = {anchor.start for anchor in found}
        self._dates = None if known is None else {d.start: d for d in known}

    def at(self, pos: int) -> DateMatch | None:
        """The date starting at offset ``pos``, if any."""
        if pos not in self._starts:
            return None
        if self._dates is None:
            found = dates_from_anchors(self._head, self._base, self._found)
            self._dates = {d.start: d for d in found}
        return self._dates.get(pos)


def _match_line(text: str, start: int, end: int, dates: _HeadDates, first: bool) -> Dateline | None:
    site = _SITE_BEFORE.match(text, start, end)
    head = _PLACE.match(text, site.end() if site else start, end)
    if site is not None and (
        head is None or ("." not in site.group() and _is_caps(head.group("place")))
    ):
        # "PURBALINGGA, INFO –": two words in capitals, the place comes first
        site, head = None, _PLACE.match(text, start, end)
    if head is None or _DOMAIN.search(head.group("place")):
        return None  # "TRIBUNJOGJA.COM –" names the site, not a place
    place_start, place_end = head.span("place")
    place = head.group("place")
    pos = head.end()
    after = _SITE_AFTER.match(text, pos, end)
    if after is not None:
        pos, site = after.end(), after
    date: DateMatch | None = None
    opening = _OPEN.match(text, pos, end)  # "JAKARTA (10 November 2020) –"
    if opening is not None:
        inner = dates.at(opening.end())
        close = None if inner is None else _CLOSE.match(text, inner.end, end)
        if inner is not None and close is not None:
            date, pos = inner, close.end()
    if date is None:
        comma = _COMMA.match(text, pos, end) or _SPACE.match(text, pos, end)
        if comma is not None:
            date = dates.at(comma.end())
            if date is not None:
                pos = date.end
    dash = _DASH.match(text, pos, end)
    if dash is not None and date is None and _BYLINE_SITE.match(text, dash.end(), end):
        return None  # "Angling Adhitya Purbaya - detikHealth": a byline, the site after it
    if dash is not None:
        line_end = dash.end()
    elif date is not None and _LINE_END.match(text, pos):
        line_end = date.end
    else:
        return None
    marked = site is not None or head.group("agency") is not None
    if date is None and first and not marked and not _is_caps(place):
        return None  # a title-case "Word –" opening the text is more likely a headline
    return Dateline(start, line_end, place, place_start, place_end, date)


def find_dates_and_dateline(
    text: str, published: dt.date | None = None
) -> tuple[list[DateMatch], Dateline | None]:
    """``(find_dates(text, published), find_dateline(text, published))``, sharing work.

    The dateline's dates are those of the text's first paragraphs alone; they are
    found from the same word anchors, and are the text's own dates when those
    paragraphs are the whole text.
    """
    if not isinstance(text, str):
        raise InputError("text", text, "expected a str")
    base = check_published(published)
    found = anchors(text)
    dates = dates_from_anchors(text, base, found)
    return dates, dateline_in(text, base, (found, dates))


def dateline_in(
    text: str, published: object, known: tuple[list[Anchor], list[DateMatch]] | None
) -> Dateline | None:
    """The dateline of ``text``; ``known`` holds the whole text's anchors and dates.

    Internal (``text`` is not checked): the public entry point is
    :func:`pmk_extract.dates.find_dateline`.

    ``published`` is checked only when dates are looked for (an empty text has no
    dateline, whatever ``published`` is).
    """
    paragraphs = [m.span() for m in islice(_PARAGRAPH.finditer(text), _MAX_PARAGRAPHS)]
    if not paragraphs:
        return None
    head_end = paragraphs[-1][1]
    base = check_published(published)
    head = text[:head_end]
    if known is None:
        dates = _HeadDates(head, base, anchors(head), None)
    elif head_end == len(text):
        dates = _HeadDates(head, base, known[0], known[1])
    else:
        # a paragraph ends before a line break, so no word (hence no anchor) straddles
        # head_end: the anchors of the head are the text's anchors before it
        before = [anchor for anchor in known[0] if anchor.start < head_end]
        dates = _HeadDates(head, base, before, None)
    lines = (
        line.span()
        for start, end in paragraphs
        for line in islice(_LINE.finditer(text, start, end), _MAX_LINES)
    )
    for index, (start, end) in enumerate(lines):
        found = _match_line(text, start, end, dates, first=index == 0)
        if found is not None:
            return found
    return None
