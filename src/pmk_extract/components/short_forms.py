"""A body's own short form in capitals between a title and its holder's name.

The press writes a post's body by its short form alone when its readers know it ("Rektor
UNIPA Hendrikus Arwam", "Ketua PWI Ahmad Nurahsin", "Wakil Rektor III UNIPA Nama Nama"). A
short form the knowledge base does not know names no organisation, but it ends the post: the
title-case words right after it are the holder's name, never part of the body's name. Not a
short form of a kind of body that opens a proper name (``lexicons/named_kinds.txt``: "PDAM
Tirta Pakuan", "STIKES Bhakti Husada"), nor one another lexicon reads (a unit's, command's or
title's head, an abbreviation, a rank or honorific: "KH", "AKBP"), nor the first word of a
regional naming order ("TB", "IGN"). The name is two or three title-case words that end the
capitalised run, the first no place the knowledge base knows ("Kepala SPPG Cisarua Nama":
the unit's place); anything else leaves the title unread (a wrong person is worse than none).

Read by :class:`~pmk_extract.components.unplaced_titles.UnplacedTitles`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex
from spacy.tokens import Span

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import ROMAN_NUMERALS, opener_ends
from ..regions import bare_place
from ..resources import read_lines

_SHORT_FORM = regex.compile(r"^\p{Lu}{2,6}$")
_NAME_WORD = regex.compile(r"^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$")
_DIGIT = regex.compile(r"^[1-9]$")  # a post's number in digits ("Wakil Rektor 3")
_MIN_NAME = 2  # words of the holder's name after the short form
_MAX_NAME = 3


@cache
def named_kinds() -> frozenset[str]:
    """The short forms of ``lexicons/named_kinds.txt``: kinds of bodies a proper name follows."""
    return frozenset(read_lines("lexicons/named_kinds.txt"))


class ShortForms:
    """Find where a holder's name begins after a body's own short form."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.lex = lex
        # the first word of every place name the knowledge base knows, also without its kind
        # word ("Cisarua"; "Lembang" of "Kecamatan Lembang")
        firsts = set()
        for entry in kb.entries:
            if entry.label == "LOC":
                for name in (entry.canonical, *entry.aliases, *entry.ambiguous_aliases):
                    firsts.add(name.split()[0])
                firsts.add(bare_place(entry.canonical).split()[0])
        self.place_firsts = frozenset(firsts)

    def _read_elsewhere(self, words: list[str], k: int) -> bool:
        """True when another lexicon reads ``words[k]``: a kind of body, a unit's, command's
        or title's head, an abbreviation, a rank or honorific, or a naming order's opener."""
        lex = self.lex
        heads = (lex.unit_heads, lex.command_units, lex.title_heads, lex.name_heads)
        return (
            words[k] in named_kinds()
            or words[k] in lex.abbreviations
            or any(match_head(words, k, head) for head in heads)
            or bool(lex.rank_at(words, k, False))
            or opener_ends(words, k)
        )

    def holder_after(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        after: int,
        end: int,
        field_word: Callable[[str], bool],
    ) -> int:
        """Where the holder's name begins in the capitalised words ``words[after:end]`` that
        follow a title: right after a body's own short form in capitals (after the post's
        Roman numeral or digit, if written: "Wakil Rektor III UNIPA"), or right after the
        post's number ("Warek II Nama Nama", "Wakil Rektor 3 Nama Nama"; no word there a
        ``field_word``: "Deputi II Pencegahan"), when two or three title-case name words
        follow up to ``end`` (after a digit, up to the end of the title-case words); after
        a digit and a comma, the comma ("Wakil Rektor 1, Ir. Nama"); else -1."""
        k = after
        if k < len(words) and _DIGIT.fullmatch(words[k]):
            # "Wakil Rektor 3 Nama": a number in digits ends the capitalised words before it
            if k + 1 < len(words) and words[k + 1] == ",":
                return k + 1  # "Wakil Rektor 1, Ir. Nama": the name set off after the comma
            end = k + 1
            if end < len(words) and end not in ent_at and _SHORT_FORM.fullmatch(words[end]):
                end += 1  # "Wakil Rektor 3 UNIPA Nama": the body's short form after the number
            while end < len(words) and end not in ent_at and _NAME_WORD.fullmatch(words[end]):
                end += 1
        numbered = k < end and (words[k] in ROMAN_NUMERALS or bool(_DIGIT.fullmatch(words[k])))
        k += numbered  # "Wakil Rektor III UNIPA Nama": the post's number, then its body
        if k >= end or k in ent_at or words[k] in ROMAN_NUMERALS:
            return -1
        if _SHORT_FORM.fullmatch(words[k]) and not self._read_elsewhere(words, k):
            first = k + 1
        elif numbered and not any(field_word(words[j]) for j in range(k, end)):
            first = k  # "Warek II Nama Nama": the numbered post, then the name
        else:
            return -1
        if not _MIN_NAME <= end - first <= _MAX_NAME or words[first] in self.place_firsts:
            return -1
        for j in range(first, end):
            if j in ent_at or not names[j] or not _NAME_WORD.fullmatch(words[j]):
                return -1
            if self._read_elsewhere(words, j):
                return -1  # "Ketua LPM Desa X": a unit's or place's head, no name's word
        return first
