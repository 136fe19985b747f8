"""Degrees written after a name, read by their grammar (``lexicons/degrees.tsv``).

A degree is a level's letters and one to three field initials ("S." + "Sos", "M." + "Tr." +
"Han", "A.Md." + "Im"; Permenristekdikti 59/2018 Pasal 20), closed by the "I" of an Islamic
field ("S.Pd.I"), or a whole degree outside that grammar ("MBA", "Ph.D.", "Lc"). The press
writes them with or without dots, spaces and brackets, one after another with or without commas:
"S.H., M.Hum", "SH MH", "S. Sos", "AMd. Im.", "M.Tr.(Han)", "SAN MM", also with the comma glued
inside one token ("S.H.,M.H", "S.Sos.,M.Si"), and two or more with a capital only at the start
("Spd Mpd"). Read in capitals too ("S.SOS", "MSI") when written so, a field of capitals
with only its first one ("S.Ip", "S.Stp", "S.Ik"), and in any other mix of cases where a dot
or two capitals mark it as a degree ("M.kes", "S.sos", "SPoG", "SpPd").

A name's own initials are no degree: letters that parse as none ("S.N", "P.S"), one letter
("S."), and degree letters with a name word right after them ("Budi S.T. Hutabarat").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .errors import DataFileError
from .resources import model_path, read_tsv
from .stemming import root_words
from .wordcache import word_cache

_PIECE = regex.compile(r"^[\p{L}.(),]+$")  # "S.H.,M.H": a comma glued inside
_KINDS = ("prefix", "field", "last", "specialty", "degree")
_MAX_TOKENS = 8  # tokens of a run of degrees ("S.H.", ",", "M.", "Tr.(Han", ")")
_MAX_LETTERS = 9  # letters of one token of a degree ("M.Tr.Opsla")
_MAX_CAPITALS = 5  # letters of a degree written in capitals with no dot ("SSTP", "MKES")
_MAX_FIELDS = 3
_SEPARATORS = frozenset({",", "."})


@dataclass(frozen=True, slots=True)
class Grammar:
    """The forms of ``degrees.tsv`` by kind, as written and in capitals."""

    prefixes: tuple[str, ...]
    fields: frozenset[str]
    last: frozenset[str]
    specialties: frozenset[str]
    degrees: tuple[str, ...]


def _grammar(upper: bool) -> Grammar:
    by_kind: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for form, kind in read_tsv("lexicons/degrees.tsv", 2):
        if kind not in by_kind:
            path = str(model_path("lexicons/degrees.tsv"))
            raise DataFileError(path, None, f"unknown kind {kind!r} of {form!r}")
        by_kind[kind].append(form.upper() if upper else form)
    fields = set(by_kind["field"])
    if not upper:
        # a field the rule writes in capitals the press also writes with only its first one:
        # "S.Ip", "M.Ip" (IP), "S.Stp" (STP), "S.Ik" (IK)
        fields.update(f[0] + f[1:].lower() for f in by_kind["field"] if len(f) > 1 and f.isupper())
    return Grammar(
        tuple(sorted(set(by_kind["prefix"]), key=len, reverse=True)),
        frozenset(fields),
        frozenset(by_kind["last"]),
        frozenset(by_kind["specialty"]),
        tuple(sorted(set(by_kind["degree"]), key=len, reverse=True)),
    )


@cache
def grammar(upper: bool = False) -> Grammar:
    """The degree grammar, its forms as written or (``upper``) in capitals."""
    return _grammar(upper)


def _fields(
    text: str, i: int, fields: frozenset[str], count: int, g: Grammar, out: list[int]
) -> None:
    """Positions in ``text`` after one or more field initials from ``i`` (``count`` read)."""
    for size in range(1, min(6, len(text) - i) + 1):
        piece = text[i : i + size]
        if piece in fields and count < _MAX_FIELDS:
            out.append(i + size)
            _fields(text, i + size, fields, count + 1, g, out)
        elif piece in g.last and count:
            out.append(i + size)


@cache
def parses(text: str, upper: bool = False) -> bool:
    """True when ``text`` (letters only) is one degree or several written together: "SH",
    "SHMH" (S.H. M.H.), "SPdI", "AMdIm", "MTrHan", "SANMM"; in capitals when ``upper``."""
    g = grammar(upper)
    if not text:
        return False
    ends: set[int] = set()
    for degree in g.degrees:
        if text.startswith(degree):
            ends.add(len(degree))
    for prefix in g.prefixes:
        if text.startswith(prefix):
            fields = g.specialties if prefix.upper() == "SP" else g.fields
            found: list[int] = []
            _fields(text, len(prefix), fields, 0, g, found)
            ends.update(found)
    return any(end == len(text) or parses(text[end:], upper) for end in ends)


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


@word_cache(maxsize=50_000)
def _piece(word: str) -> bool:
    """A token that may be part of a degree: letters, dots and brackets, not too long, opening
    with a capital (or a bracket: "(Han)")."""
    if word in _SEPARATORS or word in ("(", ")"):
        return True
    letters = _letters(word)
    if not letters or not _PIECE.match(word):
        return False
    if any(len(_letters(part)) > _MAX_LETTERS for part in word.split(",")):
        return False
    return letters[0].isupper()


def _written_as_degree(words: list[str]) -> bool:
    """Degree letters and their grammar, chunk by chunk between commas."""
    chunk: list[str] = []
    chunks: list[list[str]] = [chunk]
    for word in words:
        for k, piece in enumerate(word.split(",")):
            if k:  # a comma, alone ("S.H.", ",", "M.H") or glued ("S.H.,M.H")
                chunk = []
                chunks.append(chunk)
            if piece:
                chunk.append(piece)
    if len(chunks) > 1 and not chunks[-1]:
        chunks.pop()  # "S.I.P.,": a comma glued after the last degree
    for part in chunks:
        letters = "".join(_letters(word) for word in part)
        if not letters:
            return False
        dotted = any("." in word for word in part)
        upper = letters.isupper()
        if upper and not dotted and len(letters) > _MAX_CAPITALS * max(1, len(part)):
            return False  # a word in capitals ("SUPRIYANTO"), not a degree
        if parses(letters):
            whole = any(letters.startswith(d) for d in grammar().degrees)
            if not (dotted or whole or sum(ch.isupper() for ch in letters) >= 2):
                return False  # "Mars": a capitalised word, not M.Ars
            continue
        if not (upper or _case_mixed(letters, dotted)) or not parses(letters.upper(), upper=True):
            return False
    return True


def _case_mixed(letters: str, dotted: bool) -> bool:
    """True when a degree's letters are written in another mix of cases than its grammar's
    and the degree is still marked as one: with a dot ("M.kes", "S.sos", "Sp.Og") or two
    capitals or more ("SPoG", "SpPd"); not a dictionary word ("Mars")."""
    marked = dotted or sum(ch.isupper() for ch in letters) >= 2
    return marked and letters.lower() not in root_words()


def _title_cased_degrees(words: list[str]) -> bool:
    """Two degrees or more written with a capital only at the start ("Spd Mpd", "Sh, Mh"):
    each reads as a degree in capitals and none is a dictionary word ("Mars", "Sapi")."""
    pieces = [piece.strip(".") for word in words for piece in word.split(",")]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return False
    for piece in pieces:
        if not (piece.isalpha() and piece[0].isupper() and piece[1:].islower()):
            return False
        if piece.lower() in root_words() or not parses(piece.upper(), upper=True):
            return False
    return True


def degree_run(words: list[str], k: int) -> int:
    """Tokens of the degrees written at ``words[k]`` ("S.H.", ",", "M.Hum"; "AMd", ".", "Im",
    "."), or 0 when no degree begins there; a name word right after the degrees' last token
    makes them a name's initials ("Budi S.T. Hutabarat"): 0 too."""
    if k >= len(words) or words[k] in _SEPARATORS or words[k] in ("(", ")"):
        return 0
    end = k
    while end < len(words) and end - k < _MAX_TOKENS and _piece(words[end]):
        end += 1
    for stop in range(end, k, -1):
        if not _reads(words, k, stop):
            continue
        if stop < len(words) and words[stop - 1] not in _SEPARATORS and _name_word(words[stop]):
            return 0  # "Budi S.T. Hutabarat": initials
        return stop - k
    return 0


def closing_degrees(words: list[str], start: int, end: int) -> int:
    """Where the degrees that close ``words[start:end]`` begin (after one word at least), or
    ``end`` when none does: the first ``k`` whose :func:`degree_run` in ``words[:end]`` is
    ``end - k`` ("Nama Nama", "S.H.", ",", "M.Hum")."""
    first = end  # such a run is of pieces only, at most _MAX_TOKENS long
    while first > start + 1 and end - first < _MAX_TOKENS and _piece(words[first - 1]):
        first -= 1
    for k in range(first, end):
        if words[k] not in _SEPARATORS and words[k] not in ("(", ")") and _reads(words, k, end):
            return k
    return end


def _reads(words: list[str], k: int, stop: int) -> bool:
    """True when the pieces ``words[k:stop]`` read as degrees, the last no dot, comma or
    opening bracket."""
    last = words[stop - 1]
    if last in _SEPARATORS or last == "(":
        return False
    # the pieces hold no space: joined, they are one key of the cache
    return _read_as_degrees(" ".join(w for w in words[k:stop] if w not in ("(", ")", ".")))


@word_cache(maxsize=50_000)
def _read_as_degrees(joined: str) -> bool:
    """True when the pieces ``joined`` by spaces read as degrees (:func:`_reads`)."""
    letters = joined.split(" ") if joined else []
    return _written_as_degree(letters) or _title_cased_degrees(letters)


def _name_word(word: str) -> bool:
    """A capitalised word of letters ("Hutabarat")."""
    return word[:1].isupper() and word.isalpha()
