"""Regions' names as careless pages write them in a title or a unit's name, read as the
knowledge base writes them: "Bupati banyuwangi", "Sekda kabupaten asahan", "Ketua DPRD Kota.
Malang", "Propinsi Riau", "Bupati Lampung Slatan".

A run of words that spells a province's, regency's or city's name (``kb.REGION_KINDS``) is
read so when the word before it holds a region's place:

- a kind word (``lexicons/region_kinds.tsv``: "kabupaten", "Kab", "prov.", "Propinsi", and
  "Kota" with a dot glued to it), itself read in full ("Kab Bima" is Kabupaten Bima, not the
  city), in lower case only when a capitalised word (a title's or unit's last word) stands
  before it; or
- an opener: a word that the knowledge base's names of organisations and its offices' titles
  write right before a region's name ("Bupati", "Walikota", "DPRD", "Pemkab", "Kapolda"),
  or a regional or command unit's head of the lexicons ("Dinkes", "Setda", "Polres"); or
- any capitalised word or a bracketed short form after one ("Dinas Kesehatan sumba timur",
  "Kepala Dinas Pendidikan (Disdik) garut"), only for a name in lower case of five letters or
  more.

A post written wholly in lower case is a region's place too ("kata bupati lombok timur Nama",
"kepala dinas kesehatan kota pekalongan, Nama", "sekretaris daerah kabupaten Sleman, Nama"):
lower-case words that read as a title of the lexicons ending in an opener ("bupati", "wakil
bupati"), or as a title, maybe a unit's head and its field, then a kind word ("wali kota",
"kepala dinas kesehatan kota"); the region's name is read there only before a name in title
case, maybe after a comma (not "tambah bupati lombok barat." nor "wakil bupati sumenep melalui
Nama": no name follows the region).

A name in lower case whose words are all dictionary words ("malang", "batu", "garut") is read
after a kind word or an opener only before a word that is not in lower case (a name, a comma:
"Wali kota batu, Nama"; not "Massa serang kantor"), and after any other capitalised word only
before a capitalised word, maybe after a comma ("Dinas Kesehatan garut, Nama"; not "Saat Israel
serang, warga ..." nor "Ekor landak."). A name written only after its kind word ("Kota Batu")
is read only after one. A word of six letters or more of a region's name written with one
letter off (dropped, added, changed, two neighbours swapped; the first letter
kept, off no other region's word) is read only after a kind word or an opener (a word of the
name itself, never of its short forms: "Basel", Bangka Selatan's, is no slip of Barito
Selatan's "Barsel"), and only when it is itself no dictionary word, no word of the
knowledge base's names (another region's: "Bangli" is no "Bangil") and no word of a known
person's name.

The gazetteer matches names over the words so read and keeps them (:func:`region_fixes`)
for the title reader ("Wali kota batu" is read as the title "Wali Kota Batu").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..dates.lexicon import lexicon as date_lexicon
from ..doctable import keep_words, kept_words
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..people import People
from ..regions import bare_place
from ..resources import read_tsv
from ..stemming import root_words
from ..unit_kinds import REGION_OPENERS
from .title_spelling import kb_words, one_edit

_MAX_WORDS = 4  # words of the longest region name ("Kota Administrasi Jakarta Pusat")
_MIN_MISSPELT = 6  # letters of a region's word read with one letter off
_MIN_WEAK = 5  # letters of a lower-case name read after any capitalised word
_POST_WORDS = 6  # words of a post written in lower case before a region's name
_KEY = "pmk_extract.region_words"

# regions' names written alone and those written only after a kind word: lower-case words
# -> the words as the knowledge base writes them
_Tables = tuple[dict[tuple[str, ...], tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]


def _cased(word: str) -> bool:
    """A capitalised word: a capital, then lower case ("Bupati"), or an acronym ("DPRD")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _alpha(word: str) -> bool:
    return word.replace("-", "").isalpha()


def _deletes(word: str) -> set[str]:
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


class RegionWords:
    """Find the words of regions' names written in lower case, misspelt or after a kind word
    written otherwise, where the words before them confirm a region's place."""

    def __init__(self, kb: KnowledgeBase, people: People, lex: Lexicons) -> None:
        self.kb = kb
        self.people = people
        self.lex = lex
        # written kind word in lower case -> as the knowledge base writes it
        self.kinds = {row[0]: row[1] for row in read_tsv("lexicons/region_kinds.tsv", 2)}
        # filled at first use (explicit attributes, not functools.cached_property, which
        # mypyc compiles as a plain property computed again at every access)
        self._tables: _Tables | None = None
        self._firsts: frozenset[str] | None = None
        self._misspelt: dict[str, set[str]] | None = None
        self._known: frozenset[str] | None = None
        self._openers: frozenset[str] | None = None
        self._prefixes: frozenset[tuple[str, ...]] | None = None

    def _region_tables(self) -> _Tables:
        """:meth:`_read_tables`, read once."""
        if self._tables is None:
            self._tables = self._read_tables()
        return self._tables

    def _read_tables(self) -> _Tables:
        """Regions' names written alone and those written only after a kind word ("Kota
        Batu"), each in lower-case words -> its words as the knowledge base writes them
        (names of capitalised words only: "Sumba Timur")."""
        alone: dict[tuple[str, ...], tuple[str, ...]] = {}
        kinded: dict[tuple[str, ...], tuple[str, ...]] = {}
        for entry in self.kb.entries:
            if entry.label != "LOC" or entry.kind not in REGION_KINDS:
                continue
            for surface in self.kb.surface_forms(entry):
                words = tuple(surface.split())
                table = alone
                if words[0].lower() in self.kinds and len(words) > 1:
                    table, words = kinded, words[1:]  # "Kabupaten Garut": the kind word apart
                if len(words) <= _MAX_WORDS and all(
                    w[:1].isupper() and _alpha(w) and not w.isupper() for w in words
                ):
                    table.setdefault(tuple(w.lower() for w in words), words)
        return alone, kinded

    @property
    def names(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """A region's name written alone, in lower-case words -> as the names write it."""
        return self._region_tables()[0]

    @property
    def kinded(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """A region's name after its kind word, in lower-case words -> as written."""
        return self._region_tables()[1]

    @property
    def firsts(self) -> frozenset[str]:
        """The first words of regions' names, in lower case."""
        if self._firsts is None:
            self._firsts = frozenset(key[0] for table in self._region_tables() for key in table)
        return self._firsts

    @property
    def misspelt(self) -> dict[str, set[str]]:
        """Each region word of six letters or more and its one-letter deletions -> the words."""
        if self._misspelt is None:
            self._misspelt = self._read_misspelt()
        return self._misspelt

    def _read_misspelt(self) -> dict[str, set[str]]:
        """The index :attr:`misspelt` holds: words of regions' own names only, not their short
        forms ("Barsel"), since a short form one letter off is another region's ("Basel")."""
        full = {
            word
            for entry in self.kb.entries
            if entry.label == "LOC" and entry.kind in REGION_KINDS
            for word in bare_place(entry.canonical).split()
        }
        index: dict[str, set[str]] = {}
        for words in (*self.names.values(), *self.kinded.values()):
            for word in words:
                if len(word) >= _MIN_MISSPELT and word.isalpha() and word in full:
                    for key in (word, *_deletes(word)):
                        index.setdefault(key, set()).add(word)
        return index

    @property
    def known(self) -> frozenset[str]:
        """Words never read as a misspelt region's word: the knowledge base's names' words
        and known people's names' words."""
        if self._known is None:
            people = {word for name in self.people.names for word in name.split()}
            self._known = kb_words(self.kb) | frozenset(people)
        return self._known

    @property
    def openers(self) -> frozenset[str]:
        """Words written right before a region's name: in the knowledge base's names of
        organisations and offices' titles, and the heads of regional and command units;
        none a word of a region's name itself."""
        if self._openers is None:
            self._openers = self._read_openers()
        return self._openers

    def _read_openers(self) -> frozenset[str]:
        """The words :attr:`openers` holds."""
        out: set[str] = set()
        regions = {" ".join(words) for table in self._region_tables() for words in table.values()}
        lasts = {name[name.rfind(" ") + 1 :] for name in regions}
        forms = [s for s, es in self.kb.surfaces.items() if any(e.label == "ORG" for e in es)]
        for form in (*forms, *self.people.titles):
            if form[form.rfind(" ") + 1 :] not in lasts:
                continue
            words = form.split()
            for size in range(1, min(_MAX_WORDS, len(words) - 1) + 1):
                if " ".join(words[-size:]) in regions:
                    out.add(words[-size - 1])
        for head, kind in self.lex.unit_heads.items():
            if kind in REGION_OPENERS:
                out.add(head[-1])
        out.update(head[-1] for head in self.lex.command_units)
        # a word of a region's own name opens none ("Bandar" of "Bandar Lampung")
        inner = {word for name in regions for word in name.split()}
        return frozenset(
            w
            for w in out
            if len(w) > 1 and _cased(w) and w.lower() not in self.kinds and w not in inner
        )

    def fixes(self, words: list[str], spaces: list[str]) -> dict[int, str]:
        """Positions of words to read otherwise and the word each is read as ("" for the dot
        of "Kota." before a region's name)."""
        out: dict[int, str] = {}
        after = 0
        firsts, kinds, openers = self.firsts, self.kinds, self.openers
        for i in range(1, len(words)):
            word = words[i]
            if i < after or not word[:1].isalpha():
                continue
            if word[:1].isupper():
                # written as a name is: read only after a kind word or an opener
                prev = words[i - 1]
                if prev not in openers and prev.lower() not in kinds and prev != ".":
                    continue
            elif word not in firsts:
                continue
            slot = self._slot(words, spaces, i)
            posted = False
            if slot is None:
                slot = self._lower_post(words, i)
                posted = slot is not None
            if slot is None:
                continue
            strong, kind_fix = slot
            opened = words[i - 1] in self.openers or (posted and not kind_fix)
            found = self._name_at(words, i, strong, not opened)
            if found is None or (posted and not _name_follows(words, i + len(found))):
                continue
            for k, form in enumerate(found):
                if words[i + k] != form:
                    out[i + k] = form
            out.update(kind_fix)
            after = i + len(found)
        return out

    def _slot(
        self, words: list[str], spaces: list[str], i: int
    ) -> tuple[bool, dict[int, str]] | None:
        """Whether the words before ``i`` hold a region's place: (strong, the kind word's
        fixes), strong after a kind word or an opener; None when they hold none."""
        p = i - 1
        prev = words[p]
        if prev == "." and p > 1 and words[p - 1] == "Kota" and not spaces[p - 1]:
            # "Sekda Kota. Malang": a dot glued to the kind word
            return (True, {p: ""}) if _anchor(words, p - 1) else None
        kind = self.kinds.get(prev.lower())
        if kind is not None:
            if prev == kind:
                return True, {}
            if prev[:1].isupper():
                return True, {p: kind}  # "Kab", "Prov.", "Propinsi": the kind in full
            return (True, {p: kind}) if _anchor(words, p) else None
        if prev in self.openers:
            return True, {}
        return (False, {}) if _anchor(words, i) else None

    def _lower_post(self, words: list[str], i: int) -> tuple[bool, dict[int, str]] | None:
        """The slot of a region's name at ``i`` after a post written wholly in lower case
        ("bupati", "wakil bupati", "kepala dinas kesehatan kota", "wali kota", a fused title
        read in full: "kadis pendidikan kota", "kadinkes kota"): (True, the kind word's fix);
        None when the lower-case words before ``i`` are no such post."""
        if not words[i].islower():
            return None
        kind_at = i - 1 if words[i - 1].islower() and words[i - 1] in self.kinds else None
        end = i if kind_at is None else kind_at + 1
        heads = self.lex.title_heads
        for start in range(end - 1, max(-1, end - 1 - _POST_WORDS), -1):
            word = words[start]
            opening = start < end - 1 and word[:1].isupper() and word[1:].islower()
            if not word.isalpha() or not (word.islower() or opening):
                return None  # "Kepala dinas kesehatan kota": only the first word capitalised
            read = [w.capitalize() for w in words[start:end]]
            read = [*self._fused_title(read[0]), *read[1:]]
            size = match_head(read, 0, heads)
            if not size:
                if opening:
                    return None
                continue
            if kind_at is None:
                if tuple(read) in self.title_prefixes:
                    return True, {}
                if opening:
                    return None
                continue
            # the title ends at the kind word ("wali kota"), before it ("sekretaris daerah
            # kabupaten"), or a unit's head follows it ("kepala dinas kesehatan kota")
            if size >= len(read) - 1 or match_head(read, size, self.lex.unit_heads):
                kind = self.kinds[words[kind_at]]
                return True, ({} if size == len(read) else {kind_at: kind})
            if opening:
                return None
        return None

    def _fused_title(self, word: str) -> list[str]:
        """A fused title read in full ("Kadis": Kepala Dinas; "Kadinkes": Kepala Dinas
        Kesehatan), else ``word`` alone."""
        full = self.lex.abbreviations.get(word, "").split(" ")
        if len(full) > 1 and (full[0],) in self.lex.title_heads:
            return full
        unit = self.lex.abbreviations.get(word[2:].capitalize()) if word[:2] == "Ka" else None
        if word in self.lex.fused_heads and unit:
            return ["Kepala", *unit.split(" ")]
        return [word]

    @property
    def title_prefixes(self) -> frozenset[tuple[str, ...]]:
        """The words the knowledge base's offices' titles write before a province's, a
        regency's or a city's name ("Bupati", "Wakil Wali Kota", "Gubernur")."""
        if self._prefixes is None:
            regions = {" ".join(w) for table in self._region_tables() for w in table.values()}
            out: set[tuple[str, ...]] = set()
            for title in self.people.titles:
                words = title.split()
                for size in range(1, min(_MAX_WORDS, len(words) - 1) + 1):
                    if " ".join(words[-size:]) in regions:
                        out.add(tuple(words[:-size]))
            self._prefixes = frozenset(out)
        return self._prefixes

    def _name_at(
        self, words: list[str], i: int, strong: bool, kinded: bool
    ) -> tuple[str, ...] | None:
        """The region's name (as the knowledge base writes it) the words from ``i`` spell,
        longest first; with ``kinded`` (after a kind word) also names written only so."""
        tables = (self.names, self.kinded) if strong and kinded else (self.names,)
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if not all(_alpha(w) for w in run):
                continue
            key = tuple(w.lower() for w in run)
            form = next((t[key] for t in tables if key in t), None)
            if form is not None:
                if self._recased(run, form, words, i + size, strong):
                    return form
                continue
            if strong:
                found = self._respelt(run, tables)
                if found is not None:
                    return found
        return None

    def _recased(
        self, run: list[str], form: tuple[str, ...], words: list[str], end: int, strong: bool
    ) -> bool:
        """True when ``run``, the name ``form`` in another case, is read as it: each word as
        written or in lower case; a name of dictionary words only in a strong slot and before
        a word not in lower case."""
        if any(w != f and w != f.lower() for w, f in zip(run, form, strict=True)):
            return False
        if all(w == f for w, f in zip(run, form, strict=True)):
            return True  # as written: a kind word before it may still be read
        lexicon = root_words()
        if strong or len("".join(run)) >= _MIN_WEAK:
            if not all(w.lower() in lexicon for w in run):
                return True
            nxt = words[end] if end < len(words) else ""
            if strong:
                return not (nxt.isalpha() and nxt.islower())
            # after any capitalised word, a name of dictionary words only before a name
            # ("Dinas Kesehatan garut, Nama"; not "Saat Israel serang, warga")
            if nxt == "," and end + 1 < len(words):
                nxt = words[end + 1]
            return _cased(nxt)
        return False

    def _respelt(
        self, run: list[str], tables: tuple[dict[tuple[str, ...], tuple[str, ...]], ...]
    ) -> tuple[str, ...] | None:
        """The region's name ``run`` writes with one word of six letters or more one letter
        off, the other words as the name writes them."""
        lexicon = root_words()
        found: tuple[str, ...] | None = None
        for k, word in enumerate(run):
            if not (word[:1].isupper() and word[1:].islower() and len(word) >= _MIN_MISSPELT - 1):
                continue
            if word in self.known or word.lower() in lexicon:
                continue
            close = {
                w
                for key in (word, *_deletes(word))
                for w in self.misspelt.get(key, ())
                if w[0] == word[0] and one_edit(word, w)
            }
            if len(close) != 1:
                continue
            guess = tuple(w.lower() for w in (*run[:k], close.pop(), *run[k + 1 :]))
            form = next((t[guess] for t in tables if guess in t), None)
            if form is not None and all(
                w == f for j, (w, f) in enumerate(zip(run, form, strict=True)) if j != k
            ):
                if found is not None:
                    return None
                found = form
        return found


def keep_regions(doc: Doc, fixes: dict[int, str]) -> None:
    """Keep the region words the gazetteer read in ``doc`` (not a dropped dot)."""
    keep_words(doc, _KEY, {k: w for k, w in fixes.items() if w})


def region_fixes(doc: Doc) -> dict[int, str]:
    """The region words the gazetteer read in ``doc``: token -> the word as the names write
    it ("Wali kota batu": "Kota", "Batu"; none when it did not run)."""
    return kept_words(doc, _KEY)


def _name_follows(words: list[str], k: int) -> bool:
    """True when a word in title case or capitals (a name, a rank) begins at ``words[k]``,
    maybe after a comma; not a day's or a month's name."""
    if k < len(words) and words[k] == ",":
        k += 1
    if k >= len(words) or not _cased(words[k]):
        return False
    dates = date_lexicon()
    return words[k].lower() not in dates.weekdays and words[k].lower() not in dates.months


def _anchor(words: list[str], i: int) -> bool:
    """True when a capitalised word, or a bracketed short form after one, stands right
    before ``words[i]``."""
    if i < 1:
        return False
    if words[i - 1] == ")":
        opening = next((k for k in range(i - 2, max(-1, i - 5), -1) if words[k] == "("), None)
        return opening is not None and opening > 0 and _cased(words[opening - 1])
    return _cased(words[i - 1])
