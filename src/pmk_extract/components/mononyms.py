"""A holder's name of one word, read by its form after a post the document places.

Many officials have one name only ("Sekda Sunardi mengatakan", "Kadis Kesehatan Hulaimi,
Asisten III Pimanto"). After a post written without its region, one capitalised word may as
well be an unknown region ("Sekda Kebumn") or an event's word ("Bupati Cup"), so a bare
post's reader asks a comma or an honorific before a name of one word
(``bare_posts.name_follows``); where the document gives the post its region
(``doc_regions.py``), a word of the name's form will do: Title Case of four letters or
more, the next word no name's nor a number, no word of the dictionary (as a root or a
regular derivation: "Bupati Cup"), no headline verb or clause word ("Bupati Sidak", "Sekda
Dalam"), no word ending an event's or a product's name (``lexicons/ner_tails.txt``:
"Bupati Award") nor an English gerund ("Launching"), and no place or district's name.
Used by the title reader (``titles.py``), which keeps a post read before such a name only
where the document gives it its organisation.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, event_tails
from ..stemming import regular_derivation
from .regional_posts import Districts

_LETTERS = 4  # letters of a one-word name at least ("Sekda Amir", not "Sekda Ali")


class Mononyms:
    """The test of a one-word name after a post the document places (module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons, districts: Districts) -> None:
        self.kb = kb
        self.lex = lex
        self.districts = districts

    def at(self, words: list[str], names: list[bool], ent_at: dict[int, Span], k: int) -> bool:
        """True when the one word at token ``k`` is a name by its form (module docstring)."""
        if k >= len(words):
            return False
        word = words[k]
        if k in ent_at or not names[k] or len(word) < _LETTERS or not word.isalpha():
            return False
        if not (word[0].isupper() and word[1:].islower()):
            return False
        after = words[k + 1] if k + 1 < len(words) else ""
        if k + 1 < len(words) and (names[k + 1] or after[:1].isdigit()):
            return False
        lex = self.lex
        if regular_derivation(word) or lex.headline_verb(word) or lex.clause_word(word):
            return False
        if word in event_tails() or word.endswith("ing") or word in self.districts.by_name():
            return False  # "Wakil Bupati Launching aplikasi", "Camat Purwodadi": no names
        entry = self.kb.lookup(word)
        return entry is None or entry.label != "LOC"
