"""Find the dateline at the start of a press release (for `pmk_extract.dates.find_dateline`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import islice

import regex

from pmk_extract.errors import InputError
from pmk_extract.furniture import find_furniture
from pmk_extract.kb import REGION_KINDS, default_kb, is_place
from pmk_extract.outlets import WEB_ADDRESS, outlet_names
from pmk_extract.regency_seats import regency_seats

from .finder import check_published, dates_from_anchors
from .matching import Anchor, anchors
from .types import Dateline, DateMatch

# Paragraphs are separated by blank lines; the dateline opens one of the first lines
# of the first few paragraphs (web copies put captions, share buttons or bylines first).
_MAX_PARAGRAPHS = 4
_MAX_LINES = 8
_PARAGRAPH = regex.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
_LINE = regex.compile(r"[^\n]+")
# a capitalised word, with inner dots, hyphens or slashes ("Jakarta-Bandung", "Tj.Pinang"),
# but no dash or period at its end ("JAKARTA--Presiden", "JAKARTA. Pemerintah")
_PLACE_WORD = r"\p{Lu}[\p{L}\d'’&]*(?:[./-][\p{L}\d'’&]+)*"
_NAME = _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3}"
_PLACE = regex.compile(
    r"(?P<place>" + _NAME + r")"
    r"(?:[ \t]*\((?P<agency>[^()\n\d]{1,40})\))?"
)
# an unknown outlet written after the place: "PURBALINGGA, INFO –", "Padang, Haluan —"
_OTHER_NAME = regex.compile(_NAME)
# a hyphen needs a space after it ("Jakarta-Bandung" is not a dateline); a long or a
# double dash may touch the next word ("Jakarta (19/06)—Deputi ...", "JAKARTA--Presiden");
# a comma may come before it ("MAKASSAR,- ...")
_DASH = regex.compile(r"[ \t]*,?[ \t]*(?:[–—―~]|--|-(?=[ \t]|$))", regex.M)
# after a named outlet or agency a colon may close the head: "MEDAN (Waspada): ..."
_COLON = regex.compile(r"[ \t]*:(?=[ \t]|$)", regex.M)
_PERIOD = regex.compile(r"\.(?=[ \t]+\p{Lu})")  # "KONTAN.CO.ID - JAKARTA. Pemerintah ..."
_NEXT_LINE_DASH = regex.compile(r"[ \t]*\n[ \t]*(?:[–—―]|-{1,2})(?=[ \t])")  # "KOMPAS.com\n- ..."
_COMMA = regex.compile(r"[ \t]*,[ \t]*")
_TIGHT_DASH = regex.compile(r"[ \t]*-(?=\p{Lu})")  # "(ANTARA)-Presiden": the agency closes it
# a vertical bar between the place and the outlet: "JAKARTA | Harian Merdeka"
_PIPE = regex.compile(r"[ \t]*\|[ \t]*")
# a bare place closed by a colon before the body, as Medcom writes it: "Jakarta: Penanganan ..."
_BARE_COLON = regex.compile(r"[ \t]*:(?=[ \t]+\p{Lu})")
_BODY_WORDS = 8  # words after such a colon on the line: a body sentence, not a list item
# the kinds of place a title-case dateline names: a province, regency, city or district
_DATELINE_KINDS = REGION_KINDS | {"district"}
# the writer's name before the dash, the site after it to the end of the line:
# "Angling Adhitya Purbaya - detikHealth" is a byline
_CAMEL_SITE = regex.compile(r"\p{Ll}+\p{Lu}\p{L}*")
_OPEN = regex.compile(r"[ \t]*,?[ \t]*\([ \t]*")
_CLOSE = regex.compile(r"[ \t]*\)")
_SPACE = regex.compile(r"[ \t]*")
_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")
_AFTER_DATE = regex.compile(r"[ \t]*(?:[.,]|\n|$)")
# a year written in the date ("8 Maret 2021", "8/3/2021", "(8/3/21)")
_WRITTEN_YEAR = regex.compile(r"\d{4}|\d{1,2}/\d{1,2}/\d{2}")

# what one line says: a dateline, nothing (look further), or the body has begun
_GO_ON = 0
_STOP = 1


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _outlet_at(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """A listed outlet name or a web address starting at ``pos`` (the longer one)."""
    listed = outlet_names().match(text, pos, end)
    address = WEB_ADDRESS.match(text, pos, end)
    if listed is None or (address is not None and address.end() > listed.end()):
        return address
    return listed


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


def _date_after(text: str, pos: int, end: int, dates: _HeadDates) -> tuple[DateMatch | None, int]:
    """The date written at ``pos`` after the place: "(8/3)", ", 9 Maret 2022", " (7/3)"."""
    opening = _OPEN.match(text, pos, end)  # "JAKARTA (10 November 2020) –"
    if opening is not None:
        inner = dates.at(opening.end())
        close = None if inner is None else _CLOSE.match(text, inner.end, end)
        if inner is not None and close is not None:
            return inner, close.end()
    comma = _COMMA.match(text, pos, end) or _SPACE.match(text, pos, end)
    if comma is not None:
        found = dates.at(comma.end())
        if found is not None:
            return found, found.end
    return None, pos


def _named(head: regex.Match[str]) -> bool:
    """True when a dateline's place is written in capitals or is a place the knowledge base
    knows ("JAKARTA", "Kudus"), not a title-case word of a headline ("Banjir (foto)-...")."""
    return _is_caps(head["place"]) or is_place(head["place"])


def _bar_before_place(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """A bar at ``pos`` after an outlet's name that a known place follows: "Portal.com |
    Kupang –" (not "KOMPAS.com | Nasional –", a section)."""
    bar = _PIPE.match(text, pos, end)
    named = None if bar is None else _PLACE.match(text, bar.end(), end)
    return bar if named is not None and is_place(named["place"]) else None


def _lead_only(text: str, pos: int, end: int, dates: _HeadDates) -> int:
    """After "OUTLET -" with no place: a timestamp line ("Kompas.com - 05/12/2018, 17:42")
    is furniture, any other text is the body ("Suara.com - Program ...")."""
    space = _SPACE.match(text, pos, end)
    return _GO_ON if space is None or dates.at(space.end()) is not None else _STOP


def _match_line(text: str, start: int, end: int, dates: _HeadDates, first: bool) -> Dateline | int:
    """The dateline opening ``text[start:end]``, else ``_GO_ON`` or ``_STOP``."""
    pos = start
    lead = _outlet_at(text, start, end)  # "Liputan6.com, Jakarta -", "jpnn.com - JAKARTA -"
    lead_dash = False
    if lead is not None:
        comma = _COMMA.match(text, lead.end(), end) or _bar_before_place(text, lead.end(), end)
        dash = None if comma is not None else _DASH.match(text, lead.end(), end)
        if comma is not None:
            pos = comma.end()
        elif dash is not None:
            space = _SPACE.match(text, dash.end(), end)
            pos, lead_dash = (space.end() if space is not None else dash.end()), True
        else:
            lead = None
    head = _PLACE.match(text, pos, end)
    if head is None or dates.at(head.start()) is not None or WEB_ADDRESS.search(head["place"]):
        # a date is no place ("Senin, 05 Mei 2025 ..."), nor a site ("TRIBUNJOGJA.COM –")
        return _lead_only(text, pos, end, dates) if lead_dash else _GO_ON
    place_start, place_end = head.span("place")
    after = head.end()
    if head["agency"] is None and outlet_names().fullmatch(text, place_start, place_end):
        return _GO_ON  # "CNBC Indonesia" names the outlet, not a place
    other = None  # an outlet after the place: "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"
    comma = _COMMA.match(text, after, end)
    if comma is not None and dates.at(comma.end()) is None and lead is None:
        other = _outlet_at(text, comma.end(), end) or _OTHER_NAME.match(text, comma.end(), end)
        if other is not None and _terminator(text, other.end(), end, True) is None:
            other = None
    pipe = _PIPE.match(text, after, end) if comma is None and lead is None else None
    alone = False  # "JAKARTA | Harian Merdeka" alone on its line
    if pipe is not None:
        other = _outlet_at(text, pipe.end(), end)
        if other is None and is_place(head["place"]):
            # an outlet the list lacks after a known place: "SURABAYA | Barometer Jatim –"
            named = _OTHER_NAME.match(text, pipe.end(), end)
            closed = named is not None and _terminator(text, named.end(), end, True) is not None
            other = named if closed else None
        if other is not None and _terminator(text, other.end(), end, True) is None:
            alone = _LINE_END.match(text, other.end()) is not None
            other = other if alone else None
    if other is not None:
        unknown = not _is_outlet_match(other)
        caps = unknown and _is_caps(other.group()) and not _is_caps(head["place"])
        if caps and (is_place(other.group()) or not is_place(head["place"])):
            # "Makassarkota, MAKASSAR,-" names the place second; "Bandung, FNN –" does not
            place_start, place_end = other.span()
        elif unknown and _is_region(other.group()) and not is_place(head["place"]):
            # an outlet the list lacks, then the place: "MuriaNewsCom, Kudus –"
            place_start, place_end = other.span()
        after = other.end()
    marked = lead is not None or other is not None or head["agency"] is not None
    date, pos = _date_after(text, after, end, dates)
    if lead_dash:
        stop = _PERIOD.match(text, pos, end) or _DASH.match(text, pos, end)
        if stop is None:
            return _lead_only(text, head.start(), end, dates)
        line_end = stop.end()
    else:
        found = _terminator(text, pos, end, marked)
        if found is None and date is None and head["agency"] is not None and _named(head):
            # a hyphen touching the word after the agency: "JAKARTA (ANTARA)-Presiden ..."
            tight = _TIGHT_DASH.match(text, pos, end)
            found = tight.end() if tight is not None else None
        if found is not None:
            line_end = found
        elif (date is not None or head["agency"] is not None or alone) and _LINE_END.match(
            text, pos
        ):
            line_end = pos  # "Jakarta, Sabtu, 20 Agustus 2022", "Medan (SIB)" alone on a line
        elif not first and not marked and date is None and _bare_colon(text, head, end):
            colon = _BARE_COLON.match(text, pos, end)
            line_end = colon.end() if colon is not None else pos
        else:
            return _GO_ON
        if date is None and not marked and _is_byline(text, line_end, end):
            return _GO_ON  # "Angling Adhitya Purbaya - detikHealth": a byline
    if date is None:  # "MAKASSAR – Senin, 21 November 2022. Pemerintah ..."
        space = _SPACE.match(text, line_end, end)
        later = dates.at(space.end()) if space is not None else None
        if later is not None and _AFTER_DATE.match(text, later.end):
            date, line_end = later, later.end
    place = text[place_start:place_end]
    headline = date is None and first and not marked and not _is_caps(place)
    if headline and not _opens_body(text, place, line_end, end):
        # a title-case "Word –" opening the text is more likely a headline, unless a known
        # region or district opens a body sentence ("Kudus – Pemerintah Kabupaten ...")
        return _GO_ON
    return Dateline(start, line_end, place, place_start, place_end, date)


def _bare_colon(text: str, head: regex.Match[str], end: int) -> bool:
    """A known place alone before a colon that opens a body sentence: "Jakarta: Penanganan
    covid-19 di Indonesia masih ...". A headline ("Sri Mulyani: Insentif ...") names no
    place, a list item ("Jawa Barat: 1.200 kasus") is short."""
    colon = _BARE_COLON.match(text, head.end(), end)
    if colon is None or head["agency"] is not None:
        return False
    if len(text[colon.end() : end].split()) < _BODY_WORDS:
        return False
    return is_place(head["place"])


def _is_region(name: str) -> bool:
    """True when ``name`` is written as a province, regency, city or district the knowledge
    base knows ("Kudus", "Lampura", "Gadingrejo"), and as nothing else."""
    entries = default_kb().surfaces.get(name, ())
    return bool(entries) and all(e.label == "LOC" and e.kind in _DATELINE_KINDS for e in entries)


def _opens_body(text: str, place: str, pos: int, end: int) -> bool:
    """True when a title-case place closed by a dash at the head of the first line is a
    dateline: a province, regency, city or district, or a regency's seat town
    (``gazetteers/regency_seats.tsv``: "Sengeti"), followed on its line by a body sentence
    ("Kudus – Pemerintah Kabupaten Kudus menggelar ..."); a headline ("Banjir Bandang –
    Warga Mengungsi") names no such place or is short."""
    known = _is_region(place) or place.lower() in regency_seats(default_kb())
    return known and len(text[pos:end].split()) >= _BODY_WORDS


def _is_outlet_match(found: regex.Match[str]) -> bool:
    return bool(outlet_names().fullmatch(found.group()) or WEB_ADDRESS.fullmatch(found.group()))


def _terminator(text: str, pos: int, end: int, marked: bool) -> int | None:
    """End of what closes a dateline's head at ``pos``: a dash; when an outlet or agency
    is named, also a colon or a dash opening the next line."""
    found = _DASH.match(text, pos, end)
    if found is None and marked:
        found = _COLON.match(text, pos, end) or _NEXT_LINE_DASH.match(text, pos)
    if found is None:
        return None
    stop: int = found.end()
    return stop


def _is_byline(text: str, pos: int, end: int) -> bool:
    """True when the line ends, after ``pos``, with only a site's name."""
    space = _SPACE.match(text, pos, end)
    begin = space.end() if space is not None else pos
    site = _outlet_at(text, begin, end) or _CAMEL_SITE.match(text, begin, end)
    return site is not None and _LINE_END.match(text, site.end()) is not None


def _not_after(found: DateMatch, base: dt.date | None) -> DateMatch:
    """A year-less dateline date resolved after publication moves back a year.

    A dateline states when the text was written, never a day after it was published:
    "(8/3)" in a text published on 2021-01-05 is 2020-03-08.
    """
    value = found.value
    if base is None or value is None or len(value) != 10 or _WRITTEN_YEAR.search(found.text):
        return found
    day = dt.date.fromisoformat(value)
    if day <= base:
        return found
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return found
    return replace(found, value=earlier.isoformat())


def find_dates_and_dateline(
    text: str, published: dt.date | None = None
) -> tuple[list[DateMatch], Dateline | None]:
    """``(find_dates(text, published), find_dateline(text, published))``, sharing work.

    One difference: a year-less dateline date that :func:`find_dates` resolves after
    ``published`` is moved back a year in both (the dateline's date is never after
    publication), so the DATE mention and the dateline agree.

    The dateline's dates are those of the text's first paragraphs alone; they are
    found from the same word anchors, and are the text's own dates when those
    paragraphs are the whole text.
    """
    if not isinstance(text, str):
        raise InputError("text", text, "expected a str")
    base = check_published(published)
    found = anchors(text)
    dates = dates_from_anchors(text, base, found)
    dateline = dateline_in(text, base, (found, dates))
    if dateline is not None and dateline.date is not None:
        moved = dateline.date  # moved back a year when it fell after publication
        dates = [moved if d.start == moved.start and d.end == moved.end else d for d in dates]
    return dates, dateline


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
    furniture = [
        (piece.start, piece.end) for piece in find_furniture(text) if piece.start < head_end
    ]
    for index, (start, end) in enumerate(lines):
        if any(begin <= start < stop for begin, stop in furniture):
            continue  # a caption, credit or link line: "Foto: ... di Jakarta, Kamis (9/5)."
        found = _match_line(text, start, end, dates, first=index == 0)
        if isinstance(found, Dateline):
            if found.date is not None:
                found = replace(found, date=_not_after(found.date, base))
            return found
        if found == _STOP:
            return None
    return None
