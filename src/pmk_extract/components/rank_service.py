"""The service of an officer whose post names no organisation, from the rank before the name.

A police rank ("AKBP", "Kombes Pol", "Irjen. Pol.", "Bripka") or a military rank or corps
("Letkol Inf", "Kolonel Laut (P)", "Mayjen TNI", "Laksma", "Marsma") between a post title and
a name says the person serves in the police or the armed forces: "Kasi Humas Iptu Nama" and
"Dandim 0818 Kab Malang-Batu Letkol Inf Nama" give Kepolisian Negara Republik Indonesia and
Tentara Nasional Indonesia (the service of each rank and mark: ``lexicons/ranks.tsv``).

Only a PERSON the title readers and the post phrase left without an organisation is given
one, and only when

- the rank is of one service ("Brigjen" and "Jenderal" alone are written in both, "Brigjen
  Pol" and "Brigjen TNI" are not) and not retired ("(Purn)");
- a post stands before the rank in the phrase that runs left from it over capitalised words,
  numbers, the punctuation of designations and lower-case words inside ("Komandan pangkalan
  TNI AL"): a generic title, a fused command title or a staff post ("Kepala Operasi X",
  "Dandim baru", "Pasiter"), or a unit of the service ("Irbid I Itwasda Polda Banten"); a
  rank alone is no post ("Irjen Nama" may be a ministry's Inspektur Jenderal);
- the phrase names no other organisation: every ORG in it belongs to that service, no named
  office ("Menhan") or organisation the knowledge base knows stands in it uncovered, no head
  of an office's name ("Badan", "Dinas"; a section such as "Biro" or "Humas" may stand in any
  body) stands in it without a unit of the service after it
  ("Kepala BNNP Sulteng, Brigjen Pol Nama": BNN, left to the post phrase), and it does not
  say the post was held before ("mantan Kapolda X Irjen Nama").

Run by ``pmk_ner`` after :func:`~pmk_extract.components.post_orgs.fill_orgs`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..extensions import set_span_attrs
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, lexicons, match_head, rank_services
from ..people import People, default_people
from ..unit_kinds import SECTIONS
from .command_staff import staff_post_at
from .rank_spelling import RankSpelling
from .title_parts import (
    CLAUSE_ENDS,
    entity_at,
    former_marks,
    org_name,
    people_without_org,
    regional_org,
    top_org,
)

_REACH = 16  # tokens a post phrase may run over before the rank
_RANK_REACH = 10  # tokens a rank with its marks and honorifics may take before the name
_PUNCTUATION = frozenset({",", "/", "-", "(", ")", "&", "."})
# lower-case words a post phrase may hold anywhere ("Dandim baru", "Danramil 05 dan Kapolsek")
_CONNECTORS = frozenset({"dan", "baru", "ke", "di", "pada", "untuk", "bidang"})
_SHORT = 4  # letters of a word written short with a dot ("Cend.", "Kab.")
_RETIRED = "purnawirawan"  # a retired officer: no longer serving
_SERVICES = ("polri", "tni")
# kinds of lexicons/org_units.tsv that name a section inside any body ("Biro", "Humas"), not
# an organisation of their own


def fill_services(
    doc: Doc, kb: KnowledgeBase, lex: Lexicons, ents: Sequence[Span] | None = None
) -> None:
    """Give each PERSON of ``doc`` with no organisation the service its rank names, where a
    post title stands before the rank and the post names no other organisation (``ents``:
    ``doc.ents`` when the caller holds them already)."""
    words = token_table(doc).words
    if ents is None:
        ents = doc.ents
    ent_at = entity_at(ents)
    day: dt.date | None = doc._.published
    for person in people_without_org(doc, ents):
        found = _ranked(words, person.start, lex)
        if found is None:
            continue
        rank, service = found
        if _post_names_service(words, ent_at, rank, service, kb, lex, day):
            org = org_name(kb, service, day)
            if org is not None:
                set_span_attrs(doc, person.start_char, person.end_char, org=org)


def _ranked(words: list[str], name: int, lex: Lexicons) -> tuple[int, str] | None:
    """(first token, service) of the rank that ends right before token ``name`` with its
    marks, honorifics and degrees ("Kolonel Inf. Dr.", "Brigjen TNI (Mar)"; misspelt:
    "MAyjend TNI", ``rank_spelling.py``; in lower case: "kolonel Laut (P)"), when all its
    words name one service; None when there is no rank or it is retired or of both."""
    services = rank_services()
    spelling = _spelling()
    words = list(words)
    firsts = _rank_words()
    for k in range(max(0, name - _RANK_REACH), name):
        word = spelling.rank_word(words[k]) or words[k]  # "MAyjend TNI": Mayjen TNI
        if word.islower() and word.capitalize() in firsts:
            word = word.capitalize()  # "kolonel Laut (P)": a rank in lower case
        words[k] = word
    for r in range(max(0, name - _RANK_REACH), name):
        if not match_head(words, r, lex.ranks):
            continue
        k, ranked, seen = r, False, set()
        while k < name:
            size = lex.rank_at(words, k, ranked)
            if words[k].isspace() and "\n" not in words[k]:
                size = 1
            if not size:
                break
            service = services.get(tuple(words[k : k + size]))
            if service is not None:
                seen.add(service)
            ranked = ranked or not words[k].isspace()
            k += size
        if k != name:
            continue
        seen.discard("-")
        one = next(iter(seen)) if len(seen) == 1 else None
        return (r, one) if one in _SERVICES and one is not None else None
    return None


@cache
def _rank_words() -> frozenset[str]:
    """The words of the ranks and marks with a first capital ("Kolonel", "Laut")."""
    return frozenset(word for key in rank_services() for word in key if word.istitle())


@cache
def _spelling() -> RankSpelling:
    """The reader of misspelt ranks, with the words of known people's names it leaves."""
    people = default_people()
    return RankSpelling(lexicons(), people.name_words())


def _post_names_service(
    words: list[str],
    ent_at: dict[int, Span],
    rank: int,
    service: str,
    kb: KnowledgeBase,
    lex: Lexicons,
    day: dt.date | None,
) -> bool:
    """True when a post title or a unit of ``service`` (a kb id: ``polri``, ``tni``) stands
    in the phrase ending at token ``rank`` and every organisation it names is of that
    service."""
    end = rank - 1 if rank and words[rank - 1] == "," else rank
    begin = end
    for j in range(end - 1, max(-1, end - 1 - _REACH), -1):
        ent = ent_at.get(j)
        if ent is not None and ent.label_ == "PERSON":
            break
        if ent is None and not _phrase_word(words, j, end):
            break
        begin = j
    if begin == end or (begin and words[begin - 1].lower() in _former()):
        return False
    if any(words[j].lower() in _former() for j in range(begin, end)):
        return False
    canonical = org_name(kb, service, day)
    people = default_people()
    ours: list[int] = []  # where the units of the service begin
    for ent in {ent_at[k] for k in range(begin, end) if k in ent_at}:
        if ent.label_ != "ORG":
            continue
        top = regional_org(ent) or top_org(kb, ent, day)
        if top is None:
            continue  # a section whose body the text does not name ("Seksi Operasi")
        if top != canonical:
            return False
        ours.append(ent.start)
    titled = False
    unknown: list[int] = []  # acronyms nothing names ("BNNK")
    for j in range(begin, end):
        if j in ent_at:
            continue
        parent = _command_parent(words, j, lex)
        if parent and service not in parent:
            return False  # "Kepala BNNP Jatim Brigjen Pol Nama": a unit of another body
        if parent:
            ours.append(j)
        if _names_other(words[j], canonical, kb, people, day):
            return False
        size = match_head(words, j, lex.unit_heads)
        kind = lex.unit_heads[tuple(words[j : j + size])] if size else None
        if kind is not None and kind not in SECTIONS and not any(s > j for s in ours):
            return False  # "Kepala Badan X Laksma Nama": an office the text names in words
        if _acronym(words[j]):
            unknown.append(j)
        titled = titled or _title_at(words, j, lex)
    if unknown and not ours:
        return False  # "Kepala BNNK Sleman AKBP Nama": a body the knowledge base does not know
    return bool(ours) or titled


def _command_parent(words: list[str], j: int, lex: Lexicons) -> tuple[str, ...] | None:
    """The bodies (kb ids) the police or military unit named at ``words[j]`` belongs to,
    written as a unit ("Kodim", "BNNP") or fused in a title ("Dandim", "Kapolres"); an empty
    tuple for a unit of any body ("Kompi"); None when no unit is named there."""
    size = match_head(words, j, lex.command_titles)
    head = lex.command_titles[tuple(words[j : j + size])][1] if size else None
    if head is None and (size := match_head(words, j, lex.command_units)):
        head = tuple(words[j : j + size])
    if head is None or head not in lex.command_units:
        return None
    parent = lex.command_units[head][1].removeprefix("+")
    return () if parent == "-" else tuple(parent.split("|"))


def _acronym(word: str) -> bool:
    """An organisation's short form in capitals ("BNNK", "PBSI"), not a roman numeral or "RI"."""
    return (
        len(word) > 1
        and word.isalpha()
        and word.isupper()
        and word != "RI"
        and not set(word) <= set("IVXLC")
    )


def _phrase_word(words: list[str], j: int, end: int) -> bool:
    """True when ``words[j]``, no entity's, may stand in a post phrase ending at ``end``."""
    word = words[j]
    if word == "." and j and words[j - 1][:1].isupper() and len(words[j - 1]) <= _SHORT:
        return True  # the dot of a short form ("Pangdam XVII Cend. Mayjen TNI")
    if word in CLAUSE_ENDS or word.isspace():
        return False
    if word[:1].isupper() or word[:1].isdigit() or word in _PUNCTUATION:
        return True
    return word.lower() not in _former() and _inside(words, j, end)


def _inside(words: list[str], j: int, end: int) -> bool:
    """True when the lower-case word ``words[j]`` may stand inside a post phrase ending at
    ``end``: a connector ("Dandim baru", "Kapolsek dan Danramil"), or a word between the
    phrase's words and a capitalised word at most two words before it ("Komandan pangkalan
    TNI AL", "Kapolda sumatera Barat"; not "mengatakan" right before the rank)."""
    if words[j] in _CONNECTORS:
        return True
    return j + 1 < end and any(w[:1].isupper() for w in words[max(0, j - 2) : j])


def _title_at(words: list[str], j: int, lex: Lexicons) -> bool:
    """True when a post title begins at ``words[j]``: a generic title ("Kepala", "Kasi"), a
    fused command title ("Dandim", "Kapolsek"), a staff post ("Pasiter") or the head of a
    section fused with it ("Kasubdit 1", "Kabag Ops": Kepala Subdirektorat, Kepala Bagian)."""
    return bool(
        match_head(words, j, lex.title_heads)
        or match_head(words, j, lex.command_titles)
        or staff_post_at(words, j)
        or _fused_section(words[j], lex)
    )


def _fused_section(word: str, lex: Lexicons) -> bool:
    """True when ``word`` is "Kepala" fused with a section of any body ("Kasubdit",
    "Kabag", "Kasat": ``abbreviations.tsv``; the section kinds of ``org_units.tsv``)."""
    expansion = lex.abbreviations.get(word, "").split(" ")
    if expansion[0] != "Kepala" or len(expansion) < 2:
        return False
    return lex.unit_heads.get(tuple(expansion[1:])) in SECTIONS


def _names_other(
    word: str, canonical: str | None, kb: KnowledgeBase, people: People, day: dt.date | None
) -> bool:
    """True when ``word`` names an organisation or an office outside the service
    ``canonical`` ("Menhan", "Kemenhan" left untagged)."""
    if not word[:1].isupper() or not word.isalnum():
        return False
    office = people.title(word, day)
    if office is not None and org_name(kb, office.org, day) != canonical:
        return True
    entry = kb.lookup(word, day)
    return entry is not None and entry.label == "ORG" and entry.canonical != canonical


@cache
def _former() -> frozenset[str]:
    """Words that say the officer no longer serves: a past office's marks and "purnawirawan"."""
    return former_marks() | {_RETIRED}
