"""Spacing as careless pages write it, read as the words are meant.

- Pages put two spaces (or a space and a no-break space, or a tab) between the words of a
  title or a name ("Kapolres  Lebak", "Nama  Lengkap"); the tokenizer makes the extra space
  a token of its own, which splits a title, an organisation's name or a person's name in
  two. Every run of two or more spaces, tabs and other spaces within a line is read as one
  space (line breaks are kept: they carry the page's structure).
- A title word glued to the capitalised word after it ("BupatiSleman", "SekdaKota",
  "PltBupati") is read with a space between them; a title word, a rank or an organisation's
  acronym glued by a dot to a capitalised word ("Kapolres.Nama", "AKP.Nama", "DPR.Nama") is
  read with a space for the dot. Title words are the first words of the knowledge base's
  titles and of the lexicons' titles and role prefixes; a place or any other word glued so
  is left as written (a sentence's end with its space lost, "Jakarta.Menurut"). A region's
  kind word (``lexicons/region_kinds.tsv``) glued, with or without a dot, to the first word
  of a province's, regency's or city's name is read so too ("KabupatenGarut", "Kab.Garut",
  "KotaSorong").
- The last word of a title of two words or more of the knowledge base, written whole, glued
  to the capitalised word after it ("Menteri Dalam NegeriTjahjo Kumolo", "Menteri
  PPNSuharso") is read with a space between them: the title ends there. The same word
  glued after anything but the whole title ("Radar JatengSabtu") is left as written.
- A short form of a province's secretariat that ends in "prov" ("Sekdaprov", "Setdaprov":
  the first words of titles, ``lexicons/secretariat_kinds.tsv``) glued to the rest of a
  province's one-word short form that opens with "Prov" ("Provsu") is read as the two
  sharing their "prov": "Sekdaprovsu", "Setdaprovsu" as "Sekda Provsu", "Setda Provsu"; a
  glued word the knowledge base knows itself ("Pemprovsu") is left as written.
- A lower-case "l" typed for the capital "I" it looks like opens a name word ("ldham Azis",
  "lwan", "llham", "lPTU"): no Indonesian word opens with "l" and a consonant, so such a
  word before a capitalised word, or with capitals after the "l", is read with an "I".

:meth:`Spacing.restore` moves every offset of the record back into the text as written, so
``entity.text == text[entity.start:entity.end]`` still holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import TypeVar

from .people import default_people
from .records import Record

# two or more spaces of a line: space, tab, no-break and the typographic spaces
_RUN = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}")
# a word glued to a capitalised word, with nothing or a dot between ("BupatiSleman",
# "Kapolres.Nama", "AKP.Nama"): the word, then the dot if any
_GLUED = re.compile(r"(?<![A-Z.\d])([A-Z][a-z]{1,14}|[A-Z]{2,8})(\.?)(?=[A-Z][a-z])")

# a lower-case "l" for a capital "I": "l" and a consonant opening a word with a vowel,
# before a capitalised word ("ldham Azis"), or "l" before two or more capitals ("lPTU")
_L_FOR_I = re.compile(
    r"(?<![\w./@\-])l"
    r"(?=[bcdfgjklmnpqrstvwxz][a-z]*[aeiou][a-z]* [A-Z]|[BCDFGJKLMNPQRSTVWXZ][A-Z]+\b)"
)

# a word glued to a province's short form by a shared "prov" ("Sekdaprovsu"): its head
# ("Sekda"), then the rest of the province's short form ("su")
_PROV_GLUED = re.compile(r"(?<![\w.])([A-Z][a-z]{3,})prov([a-z]{1,4})\b")
_PROV = "prov"

_T = TypeVar("_T")
_KINDS = "lexicons/region_kinds.tsv"
_NEXT_WORD = re.compile(r"[A-Z][a-z]+")


@dataclass(frozen=True, slots=True)
class Spacing:
    """A text with its runs of spaces collapsed, and how to find its offsets in the original.

    ``breaks[k]`` is an offset into the collapsed text from which on ``shifts[k]`` is added
    to reach the original text.
    """

    text: str
    original: str
    breaks: tuple[int, ...]
    shifts: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the collapsed text."""
        k = bisect_right(self.breaks, offset) - 1
        return offset + (self.shifts[k] if k >= 0 else 0)

    def end(self, offset: int) -> int:
        """The original end offset of a span that ends at ``offset`` of the collapsed text."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def restore(self, record: Record) -> Record:
        """``record`` with its offsets (and its entities' texts) in the original text."""
        entities = tuple(
            replace(e, text=self.original[start:end], start=start, end=end)
            for e in record.entities
            for start, end in ((self.start(e.start), self.end(e.end)),)
        )
        return replace(
            record,
            entities=entities,
            events=tuple(self._moved(e) for e in record.events),
            quotes=tuple(self._moved(q) for q in record.quotes),
            dateline=self._moved(record.dateline) if record.dateline is not None else None,
        )

    def _moved(self, obj: _T) -> _T:
        """A copy of a record dataclass with every ``start``/``*_start`` and ``end``/``*_end``
        offset moved into the original text."""
        changes = {}
        for item in fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, item.name)
            if not isinstance(value, int) or isinstance(value, bool):
                continue
            if item.name == "start" or item.name.endswith("_start"):
                changes[item.name] = self.start(value)
            elif item.name == "end" or item.name.endswith("_end"):
                changes[item.name] = self.end(value)
        return replace(obj, **changes)  # type: ignore[type-var]


@cache
def _region_glue() -> tuple[frozenset[str], frozenset[str]]:
    """Regions' kind words as a title-case word ("Kabupaten", "Kab", "Propinsi") and the
    first words of regions' names, which such a word may be glued to."""
    from .kb import REGION_KINDS, default_kb  # loaded once a text looks glued
    from .resources import read_tsv

    kinds = {written.rstrip(".").capitalize() for written, _ in read_tsv(_KINDS, 2)}
    firsts = {
        surface.split()[0]
        for surface, entries in default_kb().surfaces.items()
        if any(e.label == "LOC" and e.kind in REGION_KINDS for e in entries)
    }
    return frozenset(kinds), frozenset(w for w in firsts if w not in kinds)


@cache
def _glue_words() -> tuple[frozenset[str], frozenset[str]]:
    """Title words that a capitalised word may be glued to, and the words (title words,
    ranks, acronyms) that a capitalised word may be glued to by a dot."""
    from .kb import default_kb
    from .lexicons import first_words, lexicons
    from .people import default_people

    lex = lexicons()
    people = default_people()
    titles = {
        *people.office_words,
        *lex.listed_command_words,
        *first_words(lex.title_heads),
        *(key[0] for key in lex.role_prefixes),
    }
    titles = {w for w in titles if w.isalpha() and w[:1].isupper() and len(w) >= 3}
    ranks = {w for key in lex.ranks for w in key if w.isalpha()}
    acronyms = {w for w in default_kb().surfaces if w.isalpha() and w.isupper()}
    return frozenset(titles), frozenset(titles | ranks | acronyms)


@cache
def _prov_glue() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The short forms that end in "prov" ("Sekdaprov", "Setdaprov"), the one-word short
    forms of provinces that open with "Prov" ("Provsu"), and the knowledge base's written
    forms (a glued word it knows is left as written: "Pemprovsu")."""
    from .kb import REGION_KINDS, default_kb  # loaded once a text looks glued
    from .resources import read_tsv

    titles, _ = _glue_words()
    kinds = {short for short, _ in read_tsv("lexicons/secretariat_kinds.tsv", 2)}
    heads = {w for w in titles | kinds if w.endswith(_PROV) and len(w) > len(_PROV) + 3}
    surfaces = default_kb().surfaces
    provinces = {
        surface
        for surface, entries in surfaces.items()
        if surface.startswith(_PROV.capitalize())
        and surface[len(_PROV) :].isalpha()
        and surface[len(_PROV) :].islower()
        and any(e.label == "LOC" and e.kind in REGION_KINDS for e in entries)
    }
    return frozenset(heads), frozenset(provinces), frozenset(surfaces)


def _prov_glued(m: re.Match[str]) -> bool:
    """True when ``m`` (of ``_PROV_GLUED``) is a short form ending in "prov" glued to a
    province's short form that opens with "Prov" ("Sekdaprovsu")."""
    heads, provinces, surfaces = _prov_glue()
    return (
        m.group(1) + _PROV in heads
        and _PROV.capitalize() + m.group(2) in provinces
        and m.group(0) not in surfaces
    )


def _kind_glued(text: str, word: str, end: int) -> bool:
    """True when ``word`` is a region's kind word glued at ``end`` to a region's name."""
    kinds, firsts = _region_glue()
    if word not in kinds:
        return False
    follower = _NEXT_WORD.match(text, end)
    return follower is not None and follower.group() in firsts


@cache
def _title_ends() -> dict[str, tuple[str, ...]]:
    """The knowledge base's titles of two words or more by their last word ("Negeri":
    "Menteri Dalam Negeri", ...)."""
    ends: dict[str, list[str]] = {}
    for title in default_people().titles:
        words = title.split()
        if len(words) >= 2:
            ends.setdefault(words[-1], []).append(title)
    return {word: tuple(titles) for word, titles in ends.items()}


def _title_glued(text: str, word: str, end: int) -> bool:
    """True when ``word``, ending at ``end``, closes a whole title of the knowledge base
    written before it ("Menteri Dalam NegeriTjahjo": the title ends at "Negeri")."""
    for title in _title_ends().get(word, ()):
        start = end - len(title)
        if (
            start >= 0
            and text[start:end] == title
            and (start == 0 or not text[start - 1].isalnum())
        ):
            return True
    return False


def _edits(text: str) -> list[tuple[int, int, str]]:
    """The places of ``text`` read otherwise: ``(start, end, written as)``."""
    edits = [(m.start(), m.end(), " ") for m in _RUN.finditer(text)]
    edits += [(m.start(), m.end(), "I") for m in _L_FOR_I.finditer(text)]
    if _GLUED.search(text) is not None:
        titles, dotted = _glue_words()
        for m in _GLUED.finditer(text):
            word, dot = m.group(1), m.group(2)
            if dot and word in dotted:
                edits.append((m.end(1), m.end(), " "))  # "Kapolres.Nama"
            elif not dot and word in titles:
                edits.append((m.end(), m.end(), " "))  # "BupatiSleman"
            elif _kind_glued(text, word, m.end()):
                edits.append((m.end(1), m.end(), " "))  # "KabupatenGarut", "Kab.Garut"
            elif not dot and _title_glued(text, word, m.end()):
                edits.append((m.end(), m.end(), " "))  # "Menteri Dalam NegeriTjahjo"
    for m in _PROV_GLUED.finditer(text):
        if _prov_glued(m):
            at = m.end(1)
            edits.append((at, at + 1, " P"))  # "Sekdaprovsu": "Sekda Provsu"
    edits.sort()
    return edits


def collapse_spaces(text: str) -> Spacing | None:
    """``text`` with each run of two or more spaces within a line as one space and a space
    where a title word is glued to the word after it (see the module docstring), or None
    when there is nothing to read otherwise."""
    breaks: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    shift = 0
    last = 0
    for start, end, written in _edits(text):
        parts.append(text[last:start])
        parts.append(written)
        last = end
        if end - start != len(written):
            shift += (end - start) - len(written)
            # the first character after the edit, in the text as read
            breaks.append(end - shift)
            shifts.append(shift)
    if not parts:
        return None
    parts.append(text[last:])
    return Spacing("".join(parts), text, tuple(breaks), tuple(shifts))
