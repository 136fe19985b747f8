"""Police and military heads the press fuses with their province in one word: "Poldajatim",
"Poldabali", "Kapoldasu", "Wakapoldakalbar".

A head of ``lexicons/command_fusions.tsv`` (or a fused title over it in ``command_titles.tsv``)
joined with a province's name or short form that the gazetteer holds ("jatim", "bali", "diy"),
or with a short form the file lists ("su": Sumatera Utara). The units component makes the
body an organisation; the title reader reads the fused title.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ..kb import KnowledgeBase
from ..lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class Fused:
    """A command head fused with its province in one token ("Poldajatim", "Kapoldasu").

    Attributes:
        index: the token.
        head: the command head (``command_units.tsv``: ("Polda",)).
        title: the fused title written before the head's name ("Kapolda"), if any.
        place: the province ("Jawa Timur", "Sumatera Utara").
    """

    index: int
    head: tuple[str, ...]
    title: tuple[str, ...] | None
    place: str


class CommandFusions:
    """Find command heads fused with the name or short form of their province
    (``command_fusions.tsv``), and fused titles over them ("Kapoldajatim")."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.forms: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {}
        for head in lex.command_fusions:
            if len(head) == 1:
                self.forms[head[0].lower()] = (head, None)
        for title, (_, unit) in lex.command_titles.items():
            if len(title) == 1 and unit in lex.command_fusions:
                self.forms.setdefault(title[0].lower(), (unit, title))
        self.heads = frozenset(
            form
            for head in lex.command_fusions
            for form in (head[0], head[0].lower(), head[0].upper())
        )
        alternatives = "|".join(sorted(map(regex.escape, self.forms), key=len, reverse=True))
        self.pattern = regex.compile(
            rf"\b({alternatives})(\p{{L}}{{2,}})\b" if alternatives else r"(?!)", regex.IGNORECASE
        )

    def present(self, text: str) -> bool:
        """True when a fusion may be in ``text``: one of the heads is written in it, as the
        lexicon writes it, in lower case or in capitals (a substring test, before any regex)."""
        return any(form in text for form in self.heads)

    def find(self, text: str, starts: list[int], words: list[str]) -> list[Fused]:
        """The fused heads and titles of a document's text (``starts``: token offsets)."""
        out: list[Fused] = []
        for match in self.pattern.finditer(text):
            i = bisect_left(starts, match.start())
            if i >= len(words) or starts[i] != match.start() or len(words[i]) != len(match[0]):
                continue  # not a whole token
            head, title = self.forms[match[1].lower()]
            place = self._place(head, match[2])
            if place is not None:
                out.append(Fused(i, head, title, place))
        return out

    def _place(self, head: tuple[str, ...], rest: str) -> str | None:
        listed = self.lex.command_fusions.get(head, {}).get(rest.lower())
        if listed is not None:
            return listed
        for form in (rest.capitalize(), rest.upper()):  # "jatim" -> Jatim, "diy" -> DIY
            entry = self.kb.lookup(form)
            if entry is not None and entry.label == "LOC" and entry.kind == "province":
                return entry.canonical
        return None
