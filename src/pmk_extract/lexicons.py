"""Small word lists from ``models/lexicons`` used by the name components, loaded once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import regex

from .command_posts import productive_tables
from .errors import DataFileError
from .furniture import find_furniture
from .office_chains import chain_office, chain_secretary
from .office_types import typed_units
from .resources import model_path, read_lines, read_tsv
from .stemming import root_words, stem_word, verb_form

_TOKEN = regex.compile(r"\S+")
_UNIT_TOKEN = regex.compile(r"[^\s,]+|,")


def _key(text: str) -> tuple[str, ...]:
    """Whitespace tokens of a lexicon entry (entries are matched token by token)."""
    return tuple(_TOKEN.findall(text))


def _unit_key(text: str) -> tuple[str, ...]:
    """The tokens of a body's name as the tokenizer splits them: a comma of a field list is
    a token of its own ("Balai Besar Karantina Hewan, Ikan, dan Tumbuhan")."""
    return tuple(_UNIT_TOKEN.findall(text))


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Heads of unit names, titles and place names; abbreviations; honorifics."""

    unit_heads: dict[tuple[str, ...], str]
    title_heads: dict[tuple[str, ...], tuple[bool, str]]
    place_heads: dict[tuple[str, ...], tuple[str, str]]
    abbreviations: dict[str, str]
    honorifics: frozenset[tuple[str, ...]]
    # corps, force and retired marks read right after a rank, in any case ("LETKOL INF")
    rank_marks: frozenset[tuple[str, ...]]
    # the ranks alone, as written, in capitals and with first capitals ("AKP", "Letkol")
    ranks: frozenset[tuple[str, ...]]
    role_prefixes: dict[tuple[str, ...], str]
    headline_verbs: frozenset[str]
    name_heads: frozenset[tuple[str, ...]]
    # head -> (expansion, parent organisation id or "-", kind of name): command_units.tsv
    command_units: dict[tuple[str, ...], tuple[str, str, str]]
    # fused title -> (role head, unit head): command_titles.tsv
    command_titles: dict[tuple[str, ...], tuple[str, tuple[str, ...]]]
    # head -> {short form in lower case: place}: command_fusions.tsv ("Poldasu", "Polda Metro")
    command_fusions: dict[tuple[str, ...], dict[str, str]]
    # first words of the fused titles listed in command_titles.tsv (not those made by pattern):
    # the words a misspelt title is read as (``components/title_spelling.py``)
    listed_command_words: frozenset[str]
    # heads of command_units.tsv whose parent column starts with "+": their canonical names
    # the parent after the office ("Balai Besar Wilayah Sungai X Kementerian Pekerjaan Umum")
    named_with_parent: frozenset[tuple[str, ...]] = frozenset()
    # words after a title that continue the office's name or state its standing, never the
    # first word of a holder's name ("Cabang", "Regional", "Sementara": office_standing.txt)
    standing_words: frozenset[str] = frozenset()
    # function words in lower case that go on a sentence, never a name's word ("dalam",
    # "bersama", "saat": clause_words.txt)
    clause_words: frozenset[str] = frozenset()
    # a regional office's secretary fused with the office's short form as its head's "Ka" is
    # ("Sekdinkes", "Sekdisdik": :func:`fused_secretaries`), kept in ``abbreviations`` too
    fused_secretaries: frozenset[str] = frozenset()
    # "Ka" fused with an office's short form, as the press writes the office's head
    # ("Kadinkes", "Kadispenda": :func:`fused_heads`)
    fused_heads: frozenset[str] = frozenset()

    def rank_at(self, words: list[str], k: int, ranked: bool) -> int:
        """Length of the honorific, degree or rank at ``words[k]``; right after a rank
        (``ranked``), also of a corps, force or retired mark in any case ("Letkol Inf",
        "LETKOL INF", "Marsekal Pertama TNI", "Kolonel Laut (P)"), of such a mark in brackets
        ("Brigjen (Pol)", "Letkol (Inf)", "Mayjen (TNI)") and of the rank's short form in
        brackets ("Komisaris Besar (Kombes) Pol")."""
        size = match_head(words, k, self.honorifics)
        if not size and ranked:
            size = match_head(words, k, self.rank_marks)
        if not size and ranked and k + 1 < len(words) and words[k] == "(":
            # a rank written out, then its short form in brackets: "Brigadir Jenderal (Brigjen)";
            # or a rank, then its mark in brackets: "Brigjen (Pol)"
            inner = match_head(words, k + 1, self.ranks) or match_head(
                words, k + 1, self.rank_marks
            )
            if inner and k + 1 + inner < len(words) and words[k + 1 + inner] == ")":
                size = inner + 2
        return size

    def fused_place(self, head: tuple[str, ...], name: str) -> str:
        """The place a short form written after ``head`` stands for ("Metro" after "Polda":
        "Metro Jaya"), else ``name``."""
        return self.command_fusions.get(head, {}).get(name.lower(), name)

    def expand(self, text: str) -> str:
        """Expand every known abbreviation in ``text`` ("Humas" -> "Hubungan Masyarakat").

        Two-word abbreviations first ("Satpol PP" -> "Satuan Polisi Pamong Praja"); a region's
        own chain of its office's fields as that office ("Disdagkop": office_chains.py).
        """
        words = text.split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            pair = " ".join(words[i : i + 2]) if i + 1 < len(words) else ""
            if pair in self.abbreviations:
                out.append(self.abbreviations[pair])
                i += 2
                continue
            word = words[i]
            if word.endswith(",") and word[:-1] in self.abbreviations:
                word = self.abbreviations[word[:-1]] + ","  # "Dinas Kominfo, Statistik ..."
            # "Disdagkop": a region's own chain of its office's fields (office_chains.py)
            out.append(
                self.abbreviations.get(word) or chain_office(word) or chain_secretary(word) or word
            )
            i += 1
        return " ".join(out)

    def fused_unit(self, words: list[str], i: int) -> tuple[str, ...] | None:
        """The unit fused with "Ka" (Kepala) at ``words[i]``, or with another post in an
        abbreviation of ``abbreviations.tsv`` ("Sekdis": Sekretaris Dinas): "Kadinkes" ->
        ("Dinkes",), "Kasatpol PP" -> ("Satpol", "PP"), "Kapusdatin" -> ("Pusdatin",),
        "Kabiro" -> ("Biro",).

        The unit is a head of ``org_units.tsv`` or an abbreviation whose expansion opens with
        one; the returned words are the unit as written after "Ka" (capitalised), one per token
        of the fused title and the words after it.
        """
        word = words[i]
        if word in self.fused_secretaries or chain_secretary(word):
            return (word,)  # "Sekdinkes": Sekretaris Dinas Kesehatan; "Sekdisdagkop"
        post, *head = self.abbreviations.get(word, "").split(" ")
        if head and (post,) in self.title_heads:
            # "Kasat Pol PP": Kepala Satuan, the unit's name the next words' short form ends
            for n in (2, 1):
                seq = [*head, *self.expand(" ".join(words[i + 1 : i + 1 + n])).split(" ")]
                if i + n < len(words) and match_head(seq, 0, self.unit_heads) == len(seq):
                    return (word, *words[i + 1 : i + 1 + n])
            # "Kadis": Kepala Dinas; "Sekdis": Sekretaris Dinas (a post's short form + a unit)
            return (word,) if match_head(head, 0, self.unit_heads) == len(head) else None
        if len(word) < 5 or not word.startswith("Ka") or not word[2:].isalpha():
            return None
        if not word[2].islower():
            return None
        rest = word[2].upper() + word[3:]
        seq = [rest, *words[i + 1 : i + 3]]
        size = match_head(seq, 0, self.unit_heads)
        if size:
            return tuple(seq[:size])
        expansion = self.abbreviations.get(rest) or chain_office(rest)  # "Kadisdagkop"
        if expansion and match_head(expansion.split(" "), 0, self.unit_heads):
            return (rest,)
        return None

    def unit_kind(self, unit: tuple[str, ...]) -> str | None:
        """The kind (``org_units.tsv``) of a unit head or of the head its expansion opens with."""
        kind = self.unit_heads.get(unit)
        if kind is None:
            words = self.expand(" ".join(unit)).split(" ")
            if len(words) > 1 and (words[0],) in self.title_heads:
                words = words[1:]  # "Kadis": Kepala Dinas; "Sekdis": Sekretaris Dinas
            size = match_head(words, 0, self.unit_heads)
            kind = self.unit_heads.get(tuple(words[:size])) if size else None
        return kind

    def headline_verb(self, word: str) -> bool:
        """A verb opening the predicate of a Title Case headline ("Pimpin", "Serahkan", "Hadiri").

        Listed bare verbs (``headline_verbs.txt``), or a -kan/-i suffix. Only these
        suffixes: the stemmer also cuts names ("Dimas", "Hadi", "Terawan").
        """
        if self.verb_after_name(word):
            return True
        if not word.isalpha():
            return False
        stem = stem_word(word)
        return word.lower() == stem + "i" and len(stem) >= 5 and stem in root_words()

    def clause_word(self, word: str) -> bool:
        """A function word in any case that goes on the sentence after a title ("Dalam",
        "Bersama", "SAAT": ``clause_words.txt``), or a word with the enclitic "-nya" on a
        root word or a derived form of one ("Sambutannya", "Keterangannya"): no name's word."""
        lower = word.lower()
        if lower in self.clause_words:
            return True
        bare = lower.removesuffix("nya")
        return (
            bare != lower
            and len(bare) >= 4
            and bare.isalpha()
            and (bare in root_words() or stem_word(bare) in root_words())
        )

    def verb_ends_name(self, words: list[str], k: int) -> bool:
        """True when ``words[k]``, after a word of a name, is a headline's verb that ends the
        name: a listed bare verb, a prefixed one (:meth:`prefixed_verb`: "Meninjau"), a -kan
        verb (:meth:`verb_after_name`) on a root of four letters or more ("Berikan",
        "Resmikan"), or one on a shorter root where the line goes on in Title Case ("Doakan
        Korban"); before a word in lower case or a comma such a word
        is the name's own ("Yuliana Boli Tokan mengatakan", "Tokan, Kepala ...")."""
        word = words[k]
        if word in self.headline_verbs or self.prefixed_verb(word):
            return True
        if not self.verb_after_name(word):
            return False
        after = words[k + 1] if k + 1 < len(words) else ""
        return len(stem_word(word)) >= 4 or after[:1].isupper()

    def verb_after_name(self, word: str) -> bool:
        """A headline verb that can follow a name ("... Agung Laksono Berikan Bantuan").

        Listed bare verbs and -kan verbs only: a last name may end in -i on a root word
        ("Erna Mulati").
        """
        if word in self.headline_verbs:
            return True
        lower = word.lower()
        return word.isalpha() and lower.endswith("kan") and stem_word(word) != lower

    @staticmethod
    def prefixed_verb(word: str) -> bool:
        """A capitalised root word of four letters or more with a verb's prefix ("Meninjau",
        "Menyerahkan", "Dilantik"; not "Diana": "ana"): a Title Case line's predicate after
        its subject, no name's word; not used inside an office's name, where such words
        are a field's ("Penyakit Menular", "Pendidikan Menengah")."""
        lower = word.lower()
        return (
            word[1:] == lower[1:]
            and word[:1].isupper()
            and verb_form(lower)
            and len(stem_word(lower)) >= 4
        )


@cache
def lexicons() -> Lexicons:
    """The shipped lexicons.

    An abbreviation of a title head is a title head too ("Dirjen" for "Direktur Jenderal").
    """
    abbreviations = {a: b for a, b in read_tsv("lexicons/abbreviations.tsv", 2)}
    unit_heads = {_key(h): kind for h, kind in read_tsv("lexicons/org_units.tsv", 2)}
    secretaries = fused_secretaries(unit_heads, abbreviations)
    abbreviations = {**secretaries, **abbreviations}  # a listed line wins
    title_heads = {
        _key(h): (inc == "yes", target) for h, inc, target in read_tsv("lexicons/titles.tsv", 3)
    }
    for short, full in abbreviations.items():
        if _key(full) in title_heads:
            title_heads.setdefault((short,), title_heads[_key(full)])
    listed = {_key(t): (r, _key(u)) for t, r, u in read_tsv("lexicons/command_titles.tsv", 3)}
    unit_rows = read_tsv("lexicons/command_units.tsv", 4)
    typed, named_with_parent = typed_units(
        {_unit_key(h): (e, p.removeprefix("+"), k) for h, e, p, k in unit_rows},
        frozenset(_unit_key(h) for h, _, p, _ in unit_rows if p.startswith("+")),
    )
    command_units, command_titles = productive_tables(typed, listed)
    return Lexicons(
        unit_heads=unit_heads,
        title_heads=title_heads,
        place_heads={
            _key(h): (canon, kind) for h, canon, kind in read_tsv("lexicons/place_heads.tsv", 3)
        },
        abbreviations=abbreviations,
        honorifics=_honorifics(honorific_words()) | _rank_cases(rank_rows(), ("rank",)),
        rank_marks=_rank_cases(rank_rows(), ("mark", "after"), also_written=True),
        ranks=_rank_cases(rank_rows(), ("rank",), also_written=True),
        role_prefixes=_with_lookalikes(
            {_key(w): e for w, e in read_tsv("lexicons/role_prefixes.tsv", 2)}
        ),
        headline_verbs=frozenset(read_lines("lexicons/headline_verbs.txt")),
        name_heads=frozenset(_key(h) for h in read_lines("lexicons/name_heads.txt")),
        command_units=command_units,
        command_titles=_with_capitals(command_titles),
        command_fusions=_fusions(read_tsv("lexicons/command_fusions.tsv", 3)),
        listed_command_words=first_words(_with_capitals(listed)),
        named_with_parent=named_with_parent,
        standing_words=frozenset(read_lines("lexicons/office_standing.txt")),
        clause_words=frozenset(w.lower() for w in read_lines("lexicons/clause_words.txt")),
        fused_secretaries=frozenset(secretaries),
        fused_heads=fused_heads(unit_heads, abbreviations),
    )


def fused_heads(
    unit_heads: Mapping[tuple[str, ...], str], abbreviations: Mapping[str, str]
) -> frozenset[str]:
    """ "Ka" fused with each office's short form ``abbreviations.tsv`` expands to a unit of
    ``org_units.tsv``, as the press writes the office's head: "Kadinkes" (Kepala Dinas
    Kesehatan), "Kadispenda" (Kepala Dinas Pendapatan Daerah). Such a word is a title as
    written, never another title misspelt, and is read in lower case too ("kadinkes")."""
    return frozenset(
        "Ka" + short[0].lower() + short[1:]
        for short, full in abbreviations.items()
        if short.isalpha()
        and short[:1].isupper()
        and match_head(full.split(" "), 0, unit_heads) > 0
    )


def fused_secretaries(
    unit_heads: Mapping[tuple[str, ...], str], abbreviations: Mapping[str, str]
) -> dict[str, str]:
    """A regional office's secretary as the press fuses the post with the office's short form,
    the way its head's "Ka" is fused ("Kadinkes", "Kadisdik"): "Sek" and the short form in
    lower case ("Sekdinkes": Sekretaris Dinas Kesehatan; "Sekdisdik", "Sekbappeda"). Only
    the one-word short forms of ``org_units.tsv`` (kind ``regional_short``) that
    ``abbreviations.tsv`` expands, not a secretariat's; a form in capitals ("BPKAD") is never
    fused."""
    out: dict[str, str] = {}
    for head, kind in unit_heads.items():
        short = head[0]
        if kind != "regional_short" or len(head) != 1 or not short.isalpha():
            continue
        if not (short[0].isupper() and short[1:].islower()) or short not in abbreviations:
            continue
        if abbreviations[short].startswith("Sekretariat"):
            continue  # "Setda": the secretariat is the secretary's own office
        out[f"Sek{short.lower()}"] = f"Sekretaris {abbreviations[short]}"
    return out


def _fusions(rows: list[tuple[str, ...]]) -> dict[tuple[str, ...], dict[str, str]]:
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for head, short, place in rows:
        out.setdefault(_key(head), {})[short.lower()] = place
    return out


def _with_capitals(
    table: dict[tuple[str, ...], tuple[str, tuple[str, ...]]],
) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """``table`` with every key also in capitals: headlines and datelines write titles so
    ("KAPOLDA JATENG")."""
    out = dict(table)
    for key, value in table.items():
        out.setdefault(tuple(word.upper() for word in key), value)
    return out


def _with_lookalikes(table: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """``table`` with every abbreviation of one word (four letters or fewer, a dot aside) also
    written with a capital "I" for its lower-case "l", the letter it looks like ("PIt.",
    "PIh" for "Plt.", "Plh")."""
    out = dict(table)
    for key, value in table.items():
        if len(key) == 1 and len(key[0].rstrip(".")) <= 4 and "l" in key[0][1:]:
            out.setdefault((key[0][0] + key[0][1:].replace("l", "I"),), value)
    return out


Heads = Mapping[tuple[str, ...], object] | frozenset[tuple[str, ...]]
_FIRSTS: dict[int, tuple[Heads, frozenset[str], int]] = {}


@cache
def event_tails() -> frozenset[str]:
    """Words that end an event's, a competition's or a product's name ("Award", "Expo":
    ``lexicons/ner_tails.txt``)."""
    return frozenset(read_lines("lexicons/ner_tails.txt"))


@cache
def government_forms() -> frozenset[str]:
    """A government's words as an institution, in full and short ("Pemerintah", "Pemkab",
    "Pemda": ``lexicons/government_forms.txt``): never a word of a person's name."""
    return frozenset(read_lines("lexicons/government_forms.txt"))


@cache
def fused_arm_titles() -> frozenset[str]:
    """The arms of ``command_arms.tsv`` (family ``arm``) in lower case, as they end a
    commander's title fused with its unit's base ("Danmenarmed", "Danyonzipur")."""
    rows = read_tsv("lexicons/command_arms.tsv", 4)
    return frozenset(arm.lower() for families, arm, _, _ in rows if "arm" in families.split(","))


def fused_commander(word: str) -> bool:
    """A commander's title fused in one word: "Dan", a unit's base and an arm in lower case
    ("Danmenarmed", "Danbrigif"), never a name ("Dani", "Danarto", "Danu")."""
    if not word.startswith("Dan") or not word[3:].isalpha() or not word[3:].islower():
        return False
    rest = word[3:]  # a base of three letters at least: "yon", "men", "brig"
    return any(rest.endswith(arm) and len(rest) >= len(arm) + 3 for arm in fused_arm_titles())


@cache
def coined_office_words() -> dict[str, frozenset[str]]:
    """The words around a regional office's own short form by kind ("head": "Kepala",
    "post": "Sekretaris", "council": "Dewan"; ``lexicons/coined_offices.tsv``)."""
    out: dict[str, set[str]] = {}
    for word, kind in read_tsv("lexicons/coined_offices.tsv", 2):
        out.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in out.items()}


@cache
def honorific_words() -> tuple[str, ...]:
    """The honorifics and degrees of ``lexicons/honorifics.txt`` and the ranks and marks of
    ``lexicons/ranks.tsv`` that stand alone (not the ``after`` kind), as written."""
    ranks = tuple(form for form, kind in rank_rows() if kind != "after")
    return tuple(read_lines("lexicons/honorifics.txt")) + ranks


@cache
def rank_rows() -> tuple[tuple[str, str], ...]:
    """``(form, kind)`` rows of ``lexicons/ranks.tsv``: kind ``rank``, ``mark`` or ``after``."""
    return tuple((form, kind) for form, kind, _ in _rank_table())


@cache
def rank_services() -> dict[tuple[str, ...], str]:
    """The service of each rank and mark of ``lexicons/ranks.tsv`` as token keys, in the
    cases the ranks are read in: ``polri``, ``tni``, ``-`` (both) or ``purn`` (retired)."""
    out: dict[tuple[str, ...], str] = {}
    for form, kind, service in _rank_table():
        for key in _rank_cases(((form, kind),), (kind,), also_written=True):
            out.setdefault(key, service)
    return out


@cache
def _rank_table() -> tuple[tuple[str, str, str], ...]:
    """``(form, kind, service)`` rows of ``lexicons/ranks.tsv``, checked."""
    rows = tuple((form, kind, service) for form, kind, service in read_tsv("lexicons/ranks.tsv", 3))
    for form, kind, service in rows:
        if kind not in ("rank", "mark", "after") or service not in ("polri", "tni", "-", "purn"):
            path = str(model_path("lexicons/ranks.tsv"))
            raise DataFileError(path, None, f"unknown kind or service of {form!r}")
    return rows + _with_periods(rows)


def _with_periods(rows: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """The abbreviated ranks and marks of one word (no word of the language: "AKBP", "Kompol",
    "Letkol", "Ckm") written with a period, as the press also writes them ("AKBP. Nama",
    "Letkol. Ckm. Nama"), where ``rows`` does not list that form already."""
    forms = {form for form, _, _ in rows}
    return tuple(
        (form + ".", kind, service)
        for form, kind, service in rows
        if kind in ("rank", "mark")
        and form.isalpha()
        and form + "." not in forms
        and stem_word(form.lower()) not in root_words()
    )


def _first_capital(word: str) -> str:
    """``word`` with a first capital and the rest in lower case ("IPTU" -> "Iptu")."""
    return word[:1].upper() + word[1:].lower()


def _rank_cases(
    rows: tuple[tuple[str, str], ...], kinds: tuple[str, ...], also_written: bool = False
) -> frozenset[tuple[str, ...]]:
    """Token keys of the forms of ``kinds`` in capitals ("IPTU", "LETKOL INF") and with first
    capitals ("Akbp", "Kompol"), and as written when ``also_written``: the press writes a
    rank in the case of the name line it stands in."""
    keys: set[tuple[str, ...]] = set()
    for form, kind in rows:
        if kind not in kinds:
            continue
        key = _key(form)
        keys.add(tuple(word.upper() for word in key))
        keys.add(tuple(_first_capital(word) for word in key))
        if also_written:
            keys.add(key)
    return frozenset(keys)


def _honorifics(lines: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Honorifics, degrees and ranks as token keys, also in capitals ("DR.", "PROF.", "HJ.",
    "BAPAK", "IBU"), as the press writes them in a name's line in capitals."""
    keys = {_key(h) for h in lines}
    keys.update(_key(h.upper()) for h in lines)
    return frozenset(keys)


def first_words(heads: Heads) -> frozenset[str]:
    """The words that can start an entry of ``heads`` (computed once per table).

    :func:`match_head` finds nothing at a word outside this set, so a loop over
    many positions can skip those cheaply.
    """
    return _table(heads)[1]


def _table(heads: Heads) -> tuple[Heads, frozenset[str], int]:
    """``heads``, the words its entries start with and its longest entry's length."""
    # keyed by identity; the table itself is kept so its id cannot be reused
    cached = _FIRSTS.get(id(heads))
    if cached is None or cached[0] is not heads:
        firsts = frozenset(key[0] for key in heads if key)
        cached = (heads, firsts, max((len(key) for key in heads), default=0))
        _FIRSTS[id(heads)] = cached
    return cached


def match_head(words: list[str], i: int, heads: Heads, limit: int = 6) -> int:
    """Length of the longest entry of ``heads`` (at most ``limit`` words) at ``words[i]``."""
    if i >= len(words):
        return 0
    _, firsts, longest = _table(heads)
    if words[i] not in firsts:
        return 0
    for size in range(min(limit, longest), 0, -1):
        if i + size <= len(words) and tuple(words[i : i + size]) in heads:
            return size
    return 0


def related_links(text: str) -> list[tuple[int, int]]:
    """Character spans of links to other articles ("Baca juga: ..."), whose names are not read.

    These are the ``link`` pieces of the page furniture (:mod:`pmk_extract.furniture`).
    """
    return [(f.start, f.end) for f in find_furniture(text) if f.kind == "link"]


def page_markers(text: str) -> list[tuple[int, int]]:
    """Character spans of fixed page markers ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH
    CONTENT", share and comment buttons): the ``marker`` pieces of the page furniture,
    in which no entity is tagged."""
    return [(f.start, f.end) for f in find_furniture(text) if f.kind == "marker"]


def inside_rank(words: list[str], start: int, end: int, ranks: frozenset[tuple[str, ...]]) -> bool:
    """True when ``words[start:end]`` ends a rank opened by the words before it.

    "TNI" in "Letjen TNI", "Pol" in "Kombes Pol", also after a rank written out
    ("Marsekal Madya TNI"): a corps mark (the second word of a listed rank and corps
    pair) is part of the rank (``ranks``: the honorifics), never an organisation.
    """
    if end <= start:
        return False
    if any(start >= n and tuple(words[start - n : end]) in ranks for n in (1, 2)):
        return True
    if end - start != 1 or words[start] not in _corps_marks(ranks):
        return False
    return any(start >= n and tuple(words[start - n : start]) in ranks for n in (1, 2, 3))


_MARKS: dict[int, tuple[frozenset[tuple[str, ...]], frozenset[str]]] = {}


def _corps_marks(ranks: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The corps marks of ``ranks``: "TNI" of "Letjen TNI" (a rank, then the mark)."""
    cached = _MARKS.get(id(ranks))
    if cached is None or cached[0] is not ranks:
        pairs = [r for r in ranks if len(r) == 2 and (r[0],) in ranks]
        marks = frozenset(r[1] for r in pairs) - {r[0] for r in pairs}  # not "Jenderal"
        cached = _MARKS[id(ranks)] = (ranks, marks)
    return cached[1]
