"""The words of parliaments and the names the project gives them: the tables of
``models/lexicons/parliaments.tsv``; the parliament an organisation's canonical names and
whether it is a regional one; a regional parliament's canonical ("DPRD DIY": Dewan Perwakilan
Rakyat Daerah Provinsi Daerah Istimewa Yogyakarta; "DPRD Aceh": Dewan Perwakilan Rakyat Aceh)
and its region's government; a fraction's party ("FPKB", "F-PG", "Fraksi Demokrat") and a
body's number in Roman numerals ("Komisi 4": Komisi IV).

Parliaments and their bodies are read in the text by
:mod:`~pmk_extract.components.parliament_orgs`, their posts and members by
:mod:`~pmk_extract.components.parliament_posts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from ..kb import KnowledgeBase
from ..name_shapes import ROMAN_NUMERALS
from ..regions import KIND_WORDS, bare_place
from ..resources import read_tsv
from .regional_posts import governing_region

# how the press numbers a commission, a committee and an electoral district ("Komisi XIII",
# "Komisi E", "Dapil Jatim XI", "dapil 3")
BODY_NUMBERS = frozenset(
    {*ROMAN_NUMERALS, "A", "B", "C", "D", "E", *(str(n) for n in range(1, 14))}
)
_PARTY = "party"  # the knowledge base's kind of a political party
_PARTY_WORDS = 3  # words of a party's name after "Partai" ("Persatuan Pembangunan")
OWN_NAME_KIND = "regional_parliament"  # a province's parliament with a name of its own (DPRA, DPRP)
# a region's kind word as a region's name opens with it: "Provinsi ", "Kabupaten ", ...
REGION_KIND_PREFIXES = tuple(word + " " for word in KIND_WORDS.values())


@dataclass(frozen=True, slots=True)
class ParliamentWords:
    """The tables of ``parliaments.tsv``, by kind (key: the words as tokens)."""

    parliaments: tuple[str, ...]
    posts: dict[tuple[str, ...], str]
    bodies: dict[tuple[str, ...], str]
    shared_bodies: dict[tuple[str, ...], str]  # a body only right before its parliament
    named: dict[tuple[str, ...], str]
    fractions: frozenset[str]
    fraction_word: str  # a fraction's word as a canonical writes it ("Fraksi")
    council_secretaries: frozenset[tuple[str, ...]]
    council_head: str  # a regional parliament's head, as its canonical opens
    froms: frozenset[str]
    constituencies: frozenset[tuple[str, ...]]
    districts: frozenset[tuple[str, ...]]
    misread: dict[str, str]
    members: dict[str, str]
    marks: tuple[str, ...]
    fraction_forms: dict[str, str]
    inner_bodies: frozenset[str]
    terms: frozenset[tuple[str, ...]]
    named_joins: frozenset[str]
    qualifiers: frozenset[str]
    asides: dict[tuple[str, ...], str]
    field_asides: frozenset[tuple[str, ...]]
    spokesmen: frozenset[tuple[str, ...]]
    council_shorts: dict[str, str]  # a regional parliament's short form: its head
    party_words: frozenset[str]  # the word before a party's short form ("Partai PKS")


@cache
def parliament_words() -> ParliamentWords:
    """The tables of ``parliaments.tsv``, loaded once."""
    rows = read_tsv("lexicons/parliaments.tsv", 3)

    def table(kind: str) -> dict[tuple[str, ...], str]:
        # a hyphen may be a token of its own ("Antar-Parlemen": "Antar", "-", "Parlemen") or
        # not ("Undang-Undang"): both are keys
        return {
            key: words if full == "-" else full
            for words, k, full in rows
            if k == kind
            for key in (tuple(words.split()), tuple(words.replace("-", " - ").split()))
        }

    return ParliamentWords(
        parliaments=tuple(words for words, kind, _ in rows if kind == "parliament"),
        posts=table("post"),
        bodies=table("body"),
        shared_bodies=table("shared_body"),
        named=table("named_body"),
        fractions=frozenset(words for words, kind, _ in rows if kind == "fraction"),
        fraction_word=next(words for words, kind, _ in rows if kind == "fraction"),
        council_secretaries=frozenset(table("council_secretary")),
        council_head=next(words for words, kind, _ in rows if kind == "council_head"),
        froms=frozenset(words for words, kind, _ in rows if kind == "from"),
        constituencies=frozenset(table("constituency")),
        districts=frozenset(table("district")),
        misread={words: full for words, kind, full in rows if kind == "misread"},
        members={words: full for words, kind, full in rows if kind == "member"},
        marks=tuple(words for words, kind, _ in rows if kind == "mark"),
        fraction_forms={words: full for words, kind, full in rows if kind == "fraction_form"},
        inner_bodies=frozenset(words for words, kind, _ in rows if kind == "inner_body"),
        terms=frozenset(table("term")),
        named_joins=frozenset(words for words, kind, _ in rows if kind == "named_join"),
        qualifiers=frozenset(words for words, kind, _ in rows if kind == "qualifier"),
        asides=table("aside"),
        field_asides=frozenset(table("field_aside")),
        spokesmen=frozenset(table("spokesman")),
        council_shorts={words: full for words, kind, full in rows if kind == "council_short"},
        party_words=frozenset(words for words, kind, _ in rows if kind == "party_word"),
    )


def body_number(number: str) -> str:
    """A body's number as the councils' rules write it: a number in digits in Roman numerals
    ("4" -> "IV"), any other as written ("IV", "B")."""
    if number.isdigit() and 0 < int(number) <= len(ROMAN_NUMERALS):
        return ROMAN_NUMERALS[int(number) - 1]
    return number


def short_fraction(word: str) -> bool:
    """True when ``word`` may open a fraction's short form: "F" ("F-PKS") or "F" and a
    capital ("FPKB", "FPG")."""
    return word[:1] == "F" and (len(word) == 1 or word[1:2].isupper())


def fraction_short_open(kb: KnowledgeBase, words: list[str], k: int) -> int:
    """Where the bracket opens when a fraction's or its party's short form in brackets ends
    right before token ``k`` ("Fraksi PDI Perjuangan (F-PDIP) | DPRD X", "Fraksi Partai
    Keadilan Sejahtera (PKS) | DPRD X"), else -1."""
    if k < 3 or words[k - 1] != ")":
        return -1
    for j in range(k - 3, max(-1, k - 6), -1):
        if words[j] == "(":
            short = words[j + 1]
            if short_fraction(short):
                return j
            party = kb.lookup(short) if j + 3 == k else None  # one word: "(PKS)"
            return j if party is not None and party.kind == _PARTY else -1
    return -1


def parliament_of(canonical: str) -> str | None:
    """The parliament an organisation's canonical names: itself ("Dewan Perwakilan Rakyat
    Daerah Kota Surabaya"), or the parliament a body of it ends with ("Komisi IX Dewan
    Perwakilan Rakyat" -> Dewan Perwakilan Rakyat); else None."""
    if "Perwakilan" not in canonical and "Permusyawaratan" not in canonical:
        return None  # cheap precheck
    for name in parliament_words().parliaments:
        if canonical.startswith(name):
            return canonical
        at = canonical.find(" " + name)
        if at >= 0:
            return canonical[at + 1 :]
    return None


def regional_parliament(org: str) -> bool:
    """True when ``org`` is a regional parliament, whose name holds its region."""
    found = parliament_of(org)
    return found is not None and found not in parliament_words().parliaments


def parliament_government(kb: KnowledgeBase, parliament: str) -> str | None:
    """The government of a regional parliament's region ("Dewan Perwakilan Rakyat Daerah
    Kota Semarang" -> Pemerintah Kota Semarang; "Dewan Perwakilan Rakyat Aceh" -> Pemerintah
    Provinsi Aceh), or None when the knowledge base holds none."""
    region = parliament.removeprefix("Dewan Perwakilan Rakyat ").removeprefix("Daerah ")
    if not region.startswith(REGION_KIND_PREFIXES):
        region = "Provinsi " + region
    found = kb.lookup("Pemerintah " + region)
    return found.canonical if found is not None and found.label == "ORG" else None


def short_party(kb: KnowledgeBase, word: str) -> str | None:
    """The party a fraction's one-word short form names ("FPKB": Partai Kebangkitan
    Bangsa, "FPG": Partai Golkar; written with a hyphen, "F-PG", it is read as "F" + the
    rest), else None."""
    named = parliament_words().fraction_forms.get(word)
    if named is None and len(word) > 2 and short_fraction(word):
        named = word[1:]  # "FPKB", "FNasDem"
    found = kb.lookup(named) if named else None
    return found.canonical if found is not None and found.kind == _PARTY else None


def bare_party(kb: KnowledgeBase, words: list[str], k: int) -> tuple[str, int] | None:
    """The party whose name, "Partai" left out, is written at token ``k`` ("Demokrat",
    "Kebangkitan Bangsa", "Persatuan Pembangunan": a fraction's or a politician's party), and
    where it ends; the longest, of capitalised words; else None."""
    for size in range(min(_PARTY_WORDS, len(words) - k), 0, -1):
        written = words[k : k + size]
        if not all(word[:1].isupper() for word in written):
            continue
        found = kb.lookup("Partai " + " ".join(written))
        if found is not None and found.kind == _PARTY:
            return found.canonical, k + size
    return None


def is_party(kb: KnowledgeBase, ent: Span) -> bool:
    """True when ``ent`` is an ORG the knowledge base knows as a political party."""
    entries = kb.by_id.get(ent._.org_id or "")
    return ent.label_ == "ORG" and entries is not None and entries[0].kind == _PARTY


def council_name(kb: KnowledgeBase, head: str, place: str) -> str:
    """A regional parliament's canonical: its head and its region as the region's
    government names it ("Provinsi DI Yogyakarta" -> "Provinsi Daerah Istimewa
    Yogyakarta", as in "Pemerintah Provinsi Daerah Istimewa Yogyakarta"); a province
    whose parliament has a name of its own gives that name ("DPRD Aceh": Dewan
    Perwakilan Rakyat Aceh); a regency's or city's parliament the knowledge base names
    otherwise gives that name ("DPRD Aceh Besar": Dewan Perwakilan Rakyat Kabupaten Aceh
    Besar, a DPRK of Aceh, UU 11/2006, whose line holds the DPRD form as an alias)."""
    if not place.startswith("Provinsi "):
        own = kb.lookup(f"{head} {place}")
        if own is not None and own.kind == OWN_NAME_KIND and own.label == "ORG":
            return own.canonical
    if place.startswith("Kota "):  # "DPRD Jakarta": the province's parliament
        city = kb.lookup(place)
        if city is not None and city.label == "LOC":
            region = governing_region(kb, city)
            place = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
    if place.startswith("Provinsi "):
        province = place.removeprefix("Provinsi ")
        own = kb.lookup("DPR " + province)  # "DPRD Aceh": the DPRA (UU 11/2006)
        if own is not None and own.kind == OWN_NAME_KIND:
            return own.canonical
        government = kb.lookup("Pemprov " + province)
        if government is not None and government.kind == "regional_government":
            place = government.canonical.removeprefix("Pemerintah ")
    return f"{head} {place}"
