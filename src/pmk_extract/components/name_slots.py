"""The holder's name in the slot after a post phrase that the title readers do not know as a
whole, where the trained recogniser saw no name ("Kepala Pusat data Informasi dan Humas BNPB
Nama Nama mengatakan", "Kepala Badan X (BKx) Nama menjelaskan").

Indonesian news writes a post holder's name after the post and its organisation, and the
sentence goes on with the predicate. A run of one to four capitalised words is read as a
PERSON (:func:`slot_names`) when

- it stands right before a verb with its prefix ("mengatakan", "berharap",
  :func:`~pmk_extract.components.name_reader.prefixed_verb`) or a comma followed by one;
- right before it ends an organisation the pipeline found, or the bracket of a short form
  ("(BKperdag)"), and a title head (``lexicons/titles.tsv``) opens the phrase that holds it,
  at most :data:`_PHRASE` tokens back, with no other person, no lower-case verb and no
  sentence end in between;
- none of its words is in another entity, a title or unit head, a place head, a rank, an
  honorific, a day or a month, a function word or a word with "-nya" (``clause_words.txt``),
  a headline's verb ("Tinjau", "Serahkan", "Meninjau":
  :meth:`~pmk_extract.lexicons.Lexicons.verb_ends_name`), or in capitals (a short form),
  and not every word is a common word of the root-word dictionary; one word alone only
  after the bracket of a short form, which closes the post's name.

Run by ``pmk_ner`` after the recogniser's names, before the organisations are filled
(:func:`~pmk_extract.components.post_orgs.fill_orgs`).
"""

from __future__ import annotations

from ..dates.lexicon import lexicon as date_lexicon
from ..lexicons import Lexicons, match_head
from .name_fits import has_common_word
from .name_flags import is_name_text
from .name_reader import prefixed_verb
from .title_parts import CLAUSE_ENDS

_MAX_WORDS = 4  # words of a name in the slot
_PHRASE = 14  # tokens from a title head to the end of its post phrase


def slot_names(
    words: list[str],
    labels: list[str | None],
    lex: Lexicons,
    bodies: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The token spans of holders' names in the slot after a post phrase (module doc); a
    word of ``bodies`` (the first words of bodies' heads: "Stasiun", "Lanal") ends the run."""
    out = []
    for verb, word in enumerate(words):
        if not prefixed_verb(word) or verb == 0:
            continue
        end = verb - 1 if words[verb - 1] == "," else verb
        start = end
        while (
            start > 0
            and end - start < _MAX_WORDS
            and _name_word(words, labels, start - 1, lex)
            and words[start - 1] not in bodies
        ):
            start -= 1
        if start == end or _all_common(words[start:end]):
            continue
        if not _after_post(words, labels, start, end, lex):
            continue
        out.append((start, end))
    return out


def _all_common(run: list[str]) -> bool:
    """True when every word of ``run`` is a common word ("Tunas Bangsa")."""
    return all(has_common_word(word) for word in run)


def _name_word(words: list[str], labels: list[str | None], k: int, lex: Lexicons) -> bool:
    """A word that may stand in a name: capitalised letters, in no entity, no head word."""
    word = words[k]
    if labels[k] is not None or not is_name_text(word) or word.isupper():
        return False
    dates = date_lexicon()
    if word.lower() in dates.weekdays or word.lower() in dates.months:
        return False
    if lex.clause_word(word):
        return False  # "... BPS Jatim Dalam Sambutannya mengatakan": the sentence goes on
    if lex.verb_ends_name(words, k):
        return False  # "Kepala Dinas X Kota Y Tinjau Lokasi ...": a headline's predicate
    return not any(
        match_head(words, k, heads)
        for heads in (lex.title_heads, lex.unit_heads, lex.place_heads, lex.ranks, lex.honorifics)
    )


def _after_post(
    words: list[str], labels: list[str | None], start: int, end: int, lex: Lexicons
) -> bool:
    """True when an organisation or a short form's bracket ends right before ``start`` and a
    title head opens the post phrase that holds it."""
    before = start - 1
    if before < 0:
        return False
    bracket = words[before] == ")"
    if not bracket and labels[before] != "ORG":
        return False
    if end - start < 2 and not bracket:
        return False
    for k in range(before, max(-1, before - _PHRASE), -1):
        if labels[k] == "PERSON" or words[k] in CLAUSE_ENDS or prefixed_verb(words[k]):
            return False
        if match_head(words, k, lex.title_heads):
            return True
    return False
