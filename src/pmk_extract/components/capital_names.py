"""A holder's name written in capitals on a name line after a post in capitals.

Photo captions, headlines and some regional outlets write a whole name line in capitals:
"KETUA DPRD KABUPATEN X NAMA", "BUPATI X, NAMA", "KAPOLSEK X IPDA NAMA NAMA". After a post
read in capitals (the title reader, ``title_case.py``) the words in capitals that follow are
the holder's name when they are a name's words and the line ends after them:

- one to four words in capitals, each alphabetic (an apostrophe inside a word is a name's:
  "MAS'UD") with a vowel (a word of none is an acronym: "BPJS");
- none a word of a sentence or a headline: a headline's verb ("TINJAU", "RESMIKAN",
  "MENINJAU", "DILANTIK"), a function word ("SAAT", "DAN", "BERSAMA"), an acronym the
  lexicons know ("BPBD", "KPK": never a person), a title head, a unit head, a place's head
  or kind ("DESA", "PROVINSI") or a word that goes on an office's name ("DAERAH", "WILAYAH");
- the name line ends right after them: the text ends, or a comma, a full stop, a bracket or
  a word not in capitals follows, or a headline's verb, when the name is the headline's
  subject of two words or more, none a word of the language ("BUPATI X NAMA NAMA RESMIKAN
  JEMBATAN"; not "KEPALA DINAS X STUNTING TURUN");
- one of its words at least is no word of the language, root or regular derivation
  ("BUPATI X PANEN RAYA": a headline's nouns; "DINAS PENDIDIKAN": an office's field; a
  known holder's name of such words only is read by the title reader from the knowledge
  base).

So "BUPATI DEMAK RESMIKAN PASAR" and "KETUA DPRD SAAT RAPAT" name nobody, and a sentence of
body text in capitals gives no name unless a post read in capitals opens it. The name is
written out in title case (:func:`~pmk_extract.name_shapes.name_case`) when the knowledge
base does not know it.
"""

from __future__ import annotations

from functools import cache

from ..kb import default_kb
from ..lexicons import Lexicons, match_head
from ..regions import kind_words
from ..stemming import regular_derivation

MAX_WORDS = 4  # words of a name line's name
_VOWELS = frozenset("AIUEO")  # a word of no vowel in capitals is an acronym ("BPJS", "KPK")
_ENDS = frozenset({",", ".", "(", ")", ";", ":", "-", "–", "|", "/"})


def _name_word(word: str) -> bool:
    """A word in capitals that can be a name's ("HARYANTO", "MAS'UD"; not "2024", "S.H")."""
    bare = word.replace("'", "").replace("’", "")
    return len(bare) > 1 and bare.isalpha() and bare.isupper() and not _VOWELS.isdisjoint(bare)


def _acronym(lex: Lexicons, word: str) -> bool:
    """True when ``word`` in capitals is a short form the lexicons know in any case ("BPBD",
    "KOMINFO" for "Kominfo"), or an organisation's name or short form of one word the
    knowledge base knows ("PDIP", "GOLKAR", "KPK")."""
    return any(form in lex.abbreviations for form in (word, word.capitalize())) or (
        word in _organisations()
    )


@cache
def _organisations() -> frozenset[str]:
    """The knowledge base's organisations' names and short forms of one word, in capitals."""
    return frozenset(
        form.upper()
        for entry in default_kb().entries
        if entry.label == "ORG"
        for form in (entry.canonical, *entry.aliases)
        if " " not in form
    )


def _sentence_word(lex: Lexicons, word: str) -> bool:
    """True when ``word`` in capitals is a headline's verb or a function word."""
    cased = word.capitalize()
    return (
        lex.headline_verb(cased)
        or lex.prefixed_verb(cased)
        or lex.clause_word(word)
        or cased in lex.headline_verbs
    )


def capitals_name(lex: Lexicons, words: list[str], k: int) -> bool:
    """True when the words in capitals from ``words[k]`` on are a holder's name ending a
    name line (see the module's doc)."""
    n = len(words)
    end = k
    while end < n and end - k <= MAX_WORDS and _name_word(words[end]):
        word = words[end]
        if _sentence_word(lex, word):
            break
        if _acronym(lex, word) or match_head(words, end, lex.ranks):
            return False
        cased = word.capitalize()
        if (
            (cased,) in lex.title_heads
            or (cased,) in lex.unit_heads
            or (word,) in lex.unit_heads
            or (cased,) in lex.place_heads
            or cased in lex.standing_words
            or word.lower() in kind_words()
        ):
            return False  # the office's or the place's name goes on ("DAERAH PROVINSI X")
        end += 1
    size = end - k
    if not 1 <= size <= MAX_WORDS:
        return False
    if end < n and words[end].isupper() and words[end] not in _ENDS:
        if not _sentence_word(lex, words[end]):
            return False
        # a headline's subject before its verb: two words or more, none of the language
        # ("NAMA NAMA RESMIKAN JEMBATAN"; not "STUNTING TURUN", "KASUS COVID MELONJAK")
        return size > 1 and not any(map(regular_derivation, words[k:end]))
    return not all(map(regular_derivation, words[k:end]))
