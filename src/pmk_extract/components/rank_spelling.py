"""Ranks as the press misspells them: "Bringjen", "Mayjend", "Jendral", "MAyjen", "Kompoll".

A word between a title and a name is read as a word of a rank (``lexicons/ranks.tsv``) when
it is that word with its case slipped ("MAyjen", "BRigjen": a first capital and a capital
among lower-case letters) or, for a word of six letters or more, one letter off it (dropped,
added, changed, or two neighbours swapped: "Bringjen", "Jendral", "Kolonell") with its first
letter unchanged, is off no other rank word, and is itself no word: not in the root-word
dictionary, not a word of a known person's name. A lower-case "l" typed for the capital "I"
it looks like opens a rank word too ("lPTU", "lptu", "lrjen": IPTU, Iptu, Irjen; no word
begins so). The rank is then read as the lexicon writes it, with its marks ("Bringjen TNI").
Right after a rank or an honorific, only such slips of case or of "l" are read: a word a letter
off a rank there opens the name ("Letkol Inf Parada": not "Prada").
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicons import Lexicons
from ..stemming import root_words
from .title_spelling import one_edit

_MIN_LETTERS = 6
_WINDOW = 4  # words of a rank with its marks ("Brigadir Jenderal Polisi (Purn)")
_MEMO_SIZE = 1 << 14  # words remembered (a stream of documents brings new ones without end)


class RankSpelling:
    """Read misspelt rank words as the rank lexicon writes them."""

    def __init__(self, lex: Lexicons, name_words: Iterable[str]) -> None:
        self.lex = lex
        self.words = frozenset(
            word for key in lex.ranks for word in key if word.isalpha() and word[:1].isupper()
        )
        self.lower = {word.lower(): word for word in sorted(self.words)}
        self.name_words = frozenset(name_words)
        self._memo: dict[str, str | None] = {}

    def rank_word(self, word: str) -> str | None:
        """The rank word ``word`` misspells, or None."""
        memo = self._memo
        if word in memo:
            return memo[word]
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[word] = self._read(word)
        return found

    def _read(self, word: str) -> str | None:
        if word[:1] == "l" and f"I{word[1:]}" in self.words:
            return f"I{word[1:]}"  # "lPTU": an "l" for the "I" it looks like
        if not word.isalpha() or not word[:1].isupper() or word in self.words:
            return None
        if not (word[1:].islower() or word.isupper()):  # ranks.tsv reads these cases
            fixed = self.lower.get(word.lower())  # "MAyjen": a case slip
            if fixed is not None:
                return fixed
        if len(word) < _MIN_LETTERS or not word[1:].islower():
            return None
        close = {w for w in self.words if w[0] == word[0] and one_edit(word, w)}
        if len(close) != 1:
            return None
        if word.lower() in root_words() or word in self.name_words:
            return None
        return close.pop()

    def rank_at(self, words: list[str], k: int, ranked: bool) -> int:
        """Length of the rank at ``words[k]`` with its misspelt words read as the lexicon
        writes them ("Bringjen TNI": 2), or 0."""
        window = words[k : k + _WINDOW]
        fixed = [self.rank_word(word) or word for word in window]
        if fixed == window:
            return 0
        slips = (window[0].lower(), f"i{window[0][1:].lower()}")  # "MAyjen", "lPTU"
        if ranked and fixed[0].lower() not in slips:
            return 0  # "Letkol Inf Parada": after a rank, a word a letter off one is a name
        return self.lex.rank_at(fixed, 0, ranked)
