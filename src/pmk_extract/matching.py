"""Fast exact matching of many terms in raw text (Aho-Corasick), on word boundaries."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class TermMatcher:
    """Find every occurrence of a set of terms, case-sensitively, on word boundaries.

    Args:
        terms: the strings to find (built into one automaton, once).
    """

    def __init__(self, terms: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        count = 0
        for term in terms:
            if term:
                self._automaton.add_word(term, term)
                count += 1
        if count:
            self._automaton.make_automaton()
        self._empty = count == 0

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """All ``(start, end, term)`` matches not glued to a letter or digit, longest first;
        capitals glued to a capitalised word part there ("DPRFahri": "DPR", "Fahri"; the
        tokenizer splits such an acronym off when it knows it)."""
        if self._empty:
            return []
        found = []
        for last, term in self._automaton.iter(text):
            start, end = last - len(term) + 1, last + 1
            glued_start = start > 0 and text[start - 1].isalnum() and term[0].isalnum()
            if glued_start and not _glued(text, start):
                continue
            glued_end = end < len(text) and text[end].isalnum() and term[-1].isalnum()
            if glued_end and not _glued(text, end):
                continue
            found.append((start, end, term))
        found.sort(key=lambda c: (c[0] - c[1], c[0]))
        return found


def _glued(text: str, k: int) -> bool:
    """True when two capitals stand before offset ``k`` and a capital and a lower-case
    letter after it: an acronym glued to a capitalised word ("DPR|Fahri")."""
    return (
        k >= 2
        and text[k - 2 : k].isupper()
        and text[k - 2 : k].isalpha()
        and text[k : k + 1].isupper()
        and text[k + 1 : k + 2].islower()
    )
