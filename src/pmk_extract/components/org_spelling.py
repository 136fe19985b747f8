"""Organisation names as the press misspells their words: "Kementrian Kesehatan", "Badan
Nasional Penangulangan Bencana", "Dewan Pertwakilan Rakyat Daerah".

A capitalised word of seven letters or more is read as a word of the knowledge base's
organisation names or of the lexicons' units' names (``org_units.tsv``, ``command_units.tsv``:
"Pengadilan Negeri X" is built by pattern) when it is one letter off that word (dropped,
added, changed, or two neighbours swapped) with its first letter unchanged, is off no other
such word, and is
itself no word: not in the root-word dictionary nor derived from a root word as Indonesian
derives words ("Pengaduan", "Penetapan" are words; "Kementrian" is none), not a known
person's name, not an abbreviation of the lexicons nor a fused command title ("Direskrimum"),
not a word of any name in the knowledge base (the checks of :mod:`.title_spelling`); a letter
changed in a word no derivation makes (an abbreviated name) only when it is typed with a key
next to the right one after the name's first three letters, which mark a unit or its head
("Kemendsgri", "Komoolnas"; the head "Dirlantas" is no "Ditlantas"). Words of places and
people inside organisation names are never read into ("Bangung" is no "Bandung").

The gazetteer matches the names with such words read so, and keeps a match only when it
also holds a word written as the name writes it: a lone misspelt word ("Pertaminna") names
nothing, unless a title stands before it (its first word, then capitalised words or a
bracketed short form: "Kapuspenkum Kejagumg", "Ketua Bawasli", "Jampidsus (Jampidsus)
Kejsgung"). It keeps the words it read for the unit rules, which build names from the words
so read ("Dewan Perwakilam Rakyat Daerah Kabupaten Demak").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctable import keep_words, kept_words
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, first_words
from ..people import People
from .title_spelling import TitleSpelling

_MIN_LETTERS = 7
_KEY = "pmk_extract.org_spelling"


def org_spelling(kb: KnowledgeBase, people: People, lex: Lexicons) -> TitleSpelling:
    """The reader of misspelt words of the knowledge base's organisation names and of the
    lexicons' units' names ("Pengadilan Negeri", "Kepolisian Resor"): their common words, not
    the words of places or people ("Bandung", "Raharjo") that they hold."""
    names = people.name_words()
    words: set[str] = set()
    places: set[str] = set()
    for surface, entries in kb.surfaces.items():
        bucket = words if any(entry.label == "ORG" for entry in entries) else places
        bucket.update(word for word in surface.split() if word[1:].islower())
    for head in (*lex.unit_heads, *lex.command_units):
        words.update(word for word in head if word[1:].islower())
    # a fused command title is a word as written ("Direskrimum" is a Direktur's post, no
    # misspelt "Ditreskrimum")
    written = {*lex.abbreviations, *first_words(lex.command_titles)}
    return TitleSpelling(words - places - names, kb, people, written, _MIN_LETTERS, derived=True)


def keep_spelling(doc: Doc, fixes: dict[int, str]) -> None:
    """Keep the misspelt words of organisation names the gazetteer read in ``doc``."""
    keep_words(doc, _KEY, fixes)


def spelling_fixes(doc: Doc) -> dict[int, str]:
    """The misspelt words of organisation names the gazetteer read in ``doc``: token ->
    the word as the names write it (none when it did not run)."""
    return kept_words(doc, _KEY)
