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
        """All ``(start, end, term)`` matches not glued to a letter or digit, longest first."""
        if self._empty:
            return []
        found = []
        for last, term in self._automaton.iter(text):
            start, end = last - len(term) + 1, last + 1
            if start > 0 and text[start - 1].isalnum() and term[0].isalnum():
                continue
            if end < len(text) and text[end].isalnum() and term[-1].isalnum():
                continue
            found.append((start, end, term))
        found.sort(key=lambda c: (c[0] - c[1], c[0]))
        return found
