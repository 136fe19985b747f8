"""Where a post's office is, read from the words around its title: an officer's rank after
a few words of the post's unit ("Danlantamal XIV Sorong Brigjen TNI Nama"), a national body's
office in a region named with "di" ("Kepala BPOM di Serang Nama"), an organisation whose last
words are a region ("Kanwil Kemenkumham Jateng"), and whether a word is a region or a day.

Used by :class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from ..dates.lexicon import lexicon as date_lexicon
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head

_UNIT_WORDS = 3  # words of a post's unit between its title and the officer's rank


class OfficePlaces:
    """Read the place of a post's office around its title."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex

    def to_rank(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], start: int
    ) -> int:
        """The token of an officer's rank after one to three words of the post's unit at
        ``start`` (capitalised words, numbers, places: "XIV Sorong Brigjen TNI (Mar) Nama"),
        else ``start``: the rank stands before the name, so the words before it are not it. A
        title or another entity ends the words ("Eisti'anah Dandim 0716 Letkol": another
        post). A comma may close the unit's words before the rank ("Kapolsek Ilir Barat I
        Palembang, Kompol Nama": the sector's place, then the officer)."""
        k = start
        while k < len(words) and k - start < _UNIT_WORDS:
            if match_head(words, k, self.lex.ranks):
                return k if k > start else start
            ent = ent_at.get(k)
            word = words[k]
            if word == "," and k > start and match_head(words, k + 1, self.lex.ranks):
                return k + 1  # "Ilir Barat I Palembang, Kompol Nama": the place, then the rank
            if ent is not None and ent.label_ != "LOC":
                return start
            if not (names[k] or word[:1].isdigit() or word in ("/", "-")):
                return start
            if match_head(words, k, self.lex.title_heads) or match_head(
                words, k, self.lex.command_titles
            ):
                return start
            k += 1
        if k > start and k + 1 < len(words) and words[k] == ",":
            k += 1  # "Ilir Barat I Palembang, Kompol Nama": a comma closes the unit's words
        return k if k > start and k < len(words) and match_head(words, k, self.lex.ranks) else start

    def office_place(
        self, words: list[str], ent_at: dict[int, Span], k: int, day: dt.date | None
    ) -> Span | None:
        """The region after "di" at ``k`` ("di Serang"), where a national body's office is."""
        if k + 1 >= len(words) or words[k] != "di":
            return None
        place = ent_at.get(k + 1)
        if place is None or place.start != k + 1 or place.label_ != "LOC":
            return None
        return place if self.region(place.text, day) else None

    @staticmethod
    def weekday(word: str) -> bool:
        """True when ``word`` is a day of the week ("Senin"; not a month: "Agus" is one's
        short form and a name)."""
        return word.lower() in date_lexicon().weekdays

    def placed_office(
        self, words: list[str], ent_at: dict[int, Span], end: int, day: dt.date | None
    ) -> bool:
        """True when the title ends at ``end`` with an organisation whose last words are a
        region ("Kanwil Kemenkumham Jateng", "Kejati Sumut"): the office's place is written."""
        ent = ent_at.get(end - 1)
        if ent is None or ent.label_ != "ORG" or ent.end != end:
            return False
        return any(
            self.region(" ".join(words[end - n : end]), day)
            for n in (1, 2, 3)
            if end - n > ent.start
        )

    def region(self, text: str, day: dt.date | None) -> bool:
        """True when ``text`` is an Indonesian province, regency or city (not a country:
        "Menteri Luar Negeri Singapura" is a foreign minister, no unit of a ministry)."""
        entry = self.kb.lookup(text, day)
        return entry is not None and entry.label == "LOC" and entry.kind in REGION_KINDS
