"""Titles as the press misspells them: "Gubenur", "Kapores", "Mentri", "KApolres".

A capitalised word of six letters or more is read as a title word (the first word of an
office's title, of a fused police or military title, or of a generic title) when it is one
letter off that word (a letter dropped, added or changed, or two neighbours swapped) with
its first letter unchanged ("Mapolres", the headquarters, is no "Kapolres"), is off no other
title word, and is itself no word: not in the root-word dictionary ("Mentari" is a word,
not "Menteri"), not a known person's name, not an abbreviation of the lexicons ("Ditjen",
the directorate, is no "Dirjen"), not a word of a unit's name of the lexicons (a unit and
its head often differ by one letter: "Kejari", the office, is no "Kajari"; "Ditsamapta" no
"Dirsamapta"), not a word of a generic title ("President" of "Vice President" is no
"Presiden") and not a word of a name in the knowledge base. A word of four or five letters
with a letter dropped ("Kepaa", "Dputi") is read only where the words after it confirm a
title: a unit's number or a region, or a word that, so read, opens a title with it ("Kepaa
Badan", "Dputi Bidang", "Kepla Bidang": the first two words of a named office or of a generic
title, or of a generic title and a unit).
The title words are also the fused titles the lexicons abbreviate ("Sekdakab", "Kasubbag")
and the first words of courts' and prosecution offices' posts ("Panitera"); the words of an
acting post are never read as one ("Penjabat" is no "Pejabat"). A letter changed is read only
in a title that is a word: in an abbreviated title it makes another office's ("Menpera",
"Mentos" are no "Menpora", "Mensos"), unless the title has seven letters or more and the
letter is typed with a key next to the right one, a slip of the finger ("Kapolds", "Kaoolres",
"Walilota"; :func:`finger_slip`); a title so excluded leaves the word to another one edit
off it ("Kapolrs" is Kapolres, a letter dropped, not Kapolri; "Kapolra" is neither Kapolda
nor Kapolri). A title word with its case slipped (a capital among lower-case letters:
"KApolres", "GUbernur") is that title word, and so is one with a capital "I" typed for the
lower-case "l" it looks like ("KapoIres").

:func:`title_spelling` builds the reader every component shares the words of: the title
reader corrects the words before reading titles, the name reader does not run a name over
a misspelt title ("Wakil Gubernu Isdianto": no name "Gubernu Isdianto"), and the
recogniser's names that open with one are titles ("Sedakab Saipul"), and the gazetteer keeps
its readings for the unit rules (a unit after a title: "Kepalla Bidang X | Dinas Y").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc

from ..doctable import keep_words, kept_words
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, first_words
from ..people import People
from ..stemming import regular_derivation, root_words
from .justice_words import post_firsts

_MIN_LETTERS = 6
_SHORT_LETTERS = 4  # a shorter word with a letter dropped is read where a unit or place follows
_HEAD_LETTERS = 3  # letters that mark a unit or its head in an abbreviated name (Dit-, Dir-)
_SLIP_LETTERS = 7  # an abbreviated title this long is read with a key's neighbour typed in it
_MEMO_SIZE = 1 << 16  # words remembered (a stream of documents brings new ones without end)
_KEY = "pmk_extract.title_spelling"


@cache
def kb_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words of the knowledge base's names of organisations and places."""
    return frozenset(word for surface in kb.surfaces for word in surface.split())


def _deletes(word: str) -> set[str]:
    """``word`` with one letter left out, at every position."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter dropped, added or changed, or by two
    neighbouring letters swapped ("Gubrenur", "Gubernur")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletes(long)


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# each key and the keys around it on a keyboard (same row, the row above and below)
_NEIGHBOURS: dict[str, frozenset[str]] = {
    key: frozenset(
        other
        for r2, row2 in enumerate(_KEY_ROWS)
        for j, other in enumerate(row2)
        if other != key
        and (
            (r2 == r and abs(j - i) == 1)
            or (r2 == r - 1 and j in (i, i + 1))
            or (r2 == r + 1 and j in (i - 1, i))
        )
    )
    for r, row in enumerate(_KEY_ROWS)
    for i, key in enumerate(row)
}


def finger_slip(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ in one letter only, typed with the key next to the
    right one ("Kapolds", "Kaoolres", "Walilota")."""
    if len(a) != len(b):
        return False
    diff = [(x.lower(), y.lower()) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in _NEIGHBOURS.get(diff[0][1], frozenset())


def _changed_letter(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ in one letter changed (not dropped, added, swapped)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


class TitleSpelling:
    """Find misspelt title words in a document's words."""

    def __init__(
        self,
        title_words: Iterable[str],
        kb: KnowledgeBase,
        people: People,
        lexicon_words: Iterable[str] = (),
        min_letters: int = _MIN_LETTERS,
        derived: bool = False,
        openings: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.min_letters = min_letters
        # the first two words of titles: a short misspelt word is read where, so read, it
        # opens one with the word after it
        self.openings = frozenset(openings)
        self.seconds = frozenset(second for _, second in self.openings)
        # a word derived from a root is a word too ("Pengaduan" is no "Pengadaan"); case
        # slips are read only where derivations are not (names keep "KemenPPPA" as written)
        self.derived = derived
        self.known = frozenset(title_words)  # all, short ones too ("Menko", "Menag" are titles)
        self.title_words = frozenset(
            w for w in self.known if len(w) >= min_letters and w[:1].isupper() and w.isalpha()
        )
        self.lower = {word.lower(): word for word in sorted(self.title_words)}
        # each title word and its one-letter deletions, pointing back to the title words
        self.index: dict[str, set[str]] = {}
        for word in self.title_words:
            for key in (word, *_deletes(word)):
                self.index.setdefault(key, set()).add(word)
        self.people = people
        # words of names of the knowledge base ("Ditjen" of "Ditjen Pajak")
        self.name_words = kb_words(kb)
        self.name_words |= frozenset(lexicon_words)
        # word -> title_word(word): a document repeats its words, and so does a batch
        self._memo: dict[str, str | None] = {}
        # the last word list read and its fixes without anchors: the gazetteer, the
        # officials and the title reader read the same document's words in turn
        self._last: tuple[list[str], dict[int, str]] | None = None

    def title_word(self, word: str) -> str | None:
        """The title word ``word`` misspells, or None."""
        memo = self._memo
        if word in memo:
            return memo[word]
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        title = memo[word] = self._read(word)
        return title

    def _read(self, word: str) -> str | None:
        if word[:1].isupper() and not (word[1:].islower() or word.isupper()):
            if self.derived:
                return None
            lookalike = word[0] + word[1:].replace("I", "l")  # "KapoIres": an I for the l
            if lookalike in self.title_words:
                return lookalike
            return self.lower.get(word.lower())  # "KApolres", "BUpati": a case slip
        if (
            len(word) < self.min_letters
            or not word[:1].isupper()
            or not word[1:].islower()
            or not word.isalpha()
            or word in self.title_words
        ):
            return None
        found: set[str] = set()
        for key in (word, *_deletes(word)):
            found.update(self.index.get(key, ()))
        if word.lower() in root_words() or word in self.people.names or word in self.name_words:
            return None
        if self.derived and regular_derivation(word):
            return None
        close = {w for w in found if w[0] == word[0] and one_edit(word, w)}
        # the titles the word may misspell: bar an abbreviated title with one letter changed,
        # which is another office's ("Kapolrs" is Kapolres, not Kapolri), unless the title
        # left is one letter changed too ("Kapolra": Kapolda or Kapolri, either may be meant)
        likely = {w for w in close if self._may_be(word, w)}
        if len(likely) != 1 or (len(close) > 1 and _changed_letter(word, next(iter(likely)))):
            return None  # none, or off two titles at once ("Menhuh": Menhub or Menhut)
        return likely.pop()

    def _may_be(self, word: str, title: str) -> bool:
        """True unless ``word`` is ``title`` with one letter changed in an abbreviated title
        ("Menpera", "Mentos": another office's abbreviation, one letter off) other than a
        key's neighbour typed: in an abbreviated title, or (a reader of derived words) in a
        word no derivation makes, an abbreviated name, after its first three letters, which
        mark a unit or its head ("Kemendsgri", "Komoolnas"; "Dirlantas", the head, is no
        "Ditlantas")."""
        if not _changed_letter(word, title) or regular_derivation(title):
            return True
        return (
            len(title) >= _SLIP_LETTERS
            and finger_slip(word, title)
            and not (
                self.derived
                and (regular_derivation(title) or word[:_HEAD_LETTERS] != title[:_HEAD_LETTERS])
            )
        )

    def short_word(self, word: str) -> str | None:
        """The title word of six letters or more that ``word`` of four letters or more writes
        with one letter dropped ("Dadim" for "Dandim"), off no other, itself no word; read
        only where the words after it confirm a title (:meth:`corrections`)."""
        if not (_SHORT_LETTERS <= len(word) < self.min_letters and word.isalpha()):
            return None
        if not (word[:1].isupper() and word[1:].islower()):
            return None
        close = {w for w in self.index.get(word, ()) if w[0] == word[0]}
        if len(close) != 1 or word in self.known:
            return None
        if word.lower() in root_words() or word in self.people.names or word in self.name_words:
            return None
        return close.pop()

    def corrections(self, words: list[str], anchored: Iterable[int] = ()) -> dict[int, str]:
        """Positions of misspelt title words and the title word each stands for; a short word
        is read only at the positions ``anchored`` (a unit's number or a region after it:
        "Dadim 1505/Tidore", "Bupat Demak") or where, so read, it opens a title with the word
        after it (``openings``: "Kepaa Badan", "Dputi Bidang")."""
        last = self._last
        if last is not None and last[0] is words and len(last[0]) == len(words):
            fixes = dict(last[1])
        else:
            fixes = self._unanchored(words)
            self._last = (words, dict(fixes))
        # an anchored short word is the title that, so read, would open one with the word
        # after it too: read either way, it is the same word
        for k in anchored:
            title = self.short_word(words[k])
            if title is not None:
                fixes[k] = title
        return fixes

    def _unanchored(self, words: list[str]) -> dict[int, str]:
        """The fixes of :meth:`corrections` without anchored positions."""
        fixes: dict[int, str] = {}
        least, titles, memo = self.min_letters, self.title_words, self._memo
        for k, word in enumerate(words):
            if len(word) >= least and word not in titles:
                title = memo[word] if word in memo else self.title_word(word)
                if title is not None:
                    fixes[k] = title
        if self.openings:
            for k in range(len(words) - 1):
                if k in fixes or words[k + 1] not in self.seconds:
                    continue
                title = self.short_word(words[k])
                if title is not None and (title, words[k + 1]) in self.openings:
                    fixes[k] = title
        return fixes


_BUILT: list[tuple[KnowledgeBase, People, Lexicons, TitleSpelling]] = []  # the last built


def title_spelling(kb: KnowledgeBase, people: People, lex: Lexicons) -> TitleSpelling:
    """The reader of misspelt title words: the first words of named offices, of the fused
    titles listed or abbreviated in the lexicons, of generic titles and of courts' and
    prosecution offices' posts; never read into one: the lexicons' other abbreviations, the
    words of their units' names and of acting posts. The components of one pipeline, built
    from the same knowledge base, people and lexicons, share one reader."""
    if _BUILT and _BUILT[0][0] is kb and _BUILT[0][1] is people and _BUILT[0][2] is lex:
        return _BUILT[0][3]
    reader = _title_spelling(kb, people, lex)
    _BUILT[:] = [(kb, people, lex, reader)]
    return reader


def _title_spelling(kb: KnowledgeBase, people: People, lex: Lexicons) -> TitleSpelling:
    units = {word for head in (*lex.unit_heads, *lex.command_units) for word in head}
    # the words of a generic title are spelt right ("President" in "Vice President" is no
    # misspelt "Presiden")
    titled = {word for head in lex.title_heads for word in head}
    heads = {*people.office_words, *lex.listed_command_words, *first_words(lex.title_heads)}
    # a fused title the lexicons abbreviate ("Sekdakab", "Kasubbag": its full form opens with
    # a title's first word) and a court's or prosecution office's post ("Panitera")
    fused = {short for short, full in lex.abbreviations.items() if full.split()[0] in heads}
    # the words of an acting post ("Penjabat" is no misspelt "Pejabat")
    acting = {word for key, full in lex.role_prefixes.items() for word in (*key, *full.split())}
    return TitleSpelling(
        (*heads, *fused, *post_firsts()),
        kb,
        people,
        (
            *(short for short in lex.abbreviations if short not in fused),
            *units,
            *titled,
            *acting,
            *lex.fused_heads,
        ),
        openings=_openings(people, lex),
    )


def _openings(people: People, lex: Lexicons) -> set[tuple[str, str]]:
    """The first two words of the named offices' titles, and of a generic title and a unit
    ("Kepala Badan", "Deputi Bidang", "Dirjen Imigrasi")."""
    out = {(parts[0], parts[1]) for title in people.titles if len(parts := title.split()) > 1}
    out |= {(head[0], head[1]) for head in lex.title_heads if len(head) > 1}  # "Kepala Bidang"
    heads = first_words(lex.title_heads)
    out |= {(w, u) for w in heads for u in first_words(lex.unit_heads)}
    return out


def keep_title_fixes(doc: Doc, fixes: dict[int, str]) -> None:
    """Keep the misspelt title words read in ``doc`` (token -> the title word)."""
    keep_words(doc, _KEY, fixes)


def title_fixes(doc: Doc) -> dict[int, str]:
    """The misspelt title words kept for ``doc``: token -> the title word (none when the
    gazetteer did not run)."""
    return kept_words(doc, _KEY)
