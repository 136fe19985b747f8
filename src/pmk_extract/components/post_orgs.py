"""The organisation of a person the title readers left without one, from the post phrase
written right before the name: a generic title (``lexicons/titles.tsv``), its field and an
organisation, then the name ("Kepala Bidang Haji dan Umrah Kemenag Riau, Nama": Kementerian
Agama; "Direktur Kerja Sama ASEAN Kementerian Luar Negeri, Nama": Kementerian Luar Negeri).

The phrase runs left from the name over capitalised words, "dan", commas, brackets and the
connectors of ``_JOINERS`` up to the leftmost title head; the organisation is the last ORG
span inside it, and the person's ``org`` the institution an official of that ORG belongs to
(:func:`~pmk_extract.components.title_parts.top_org`). Nothing is set when the phrase holds
a unit's head word no ORG span covers ("Kepala Dinas PUPR-PERA Kaltim": the ORG "PUPR"
inside an office the knowledge base does not name), when words other than a short form in
brackets, ranks and honorifics stand between the ORG and the name ("Kepala LLDikti Wilayah
IV Nama": the ORG opens a longer name), when the ORG is a political party ("Ketua Fraksi PKS
Nama": a party's group in a parliament), or when another PERSON stands in the phrase.

Run by ``pmk_ner`` after it adds its names, so that titled names from both the title readers
and the trained recogniser are covered.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..extensions import set_span_attrs, span_attr
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, match_head
from .title_parts import name_part, regional_org, skip_tail, top_org

_JOINERS = frozenset({"(", ")", "pada", "di", "/", "&", "untuk", "bidang"})
_REACH = 30  # tokens a post phrase may run over before the name
_PARTY = "party"  # the knowledge base's kind of a political party


def fill_orgs(doc: Doc, kb: KnowledgeBase, lex: Lexicons) -> None:
    """Give each PERSON of ``doc`` with no organisation the one its post phrase names."""
    words = token_table(doc).words
    ent_at: dict[int, Span] = {}
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ent_at[k] = ent
    day: dt.date | None = doc._.published
    for person in doc.ents:
        if person.label_ != "PERSON":
            continue
        if span_attr(doc, "org", person.start_char, person.end_char) is not None:
            continue
        found = _phrase_org(words, ent_at, person.start, kb, lex, day)
        if found is not None:
            org, role = found
            values: dict[str, str] = {"org": org}
            if span_attr(doc, "role", person.start_char, person.end_char) is None:
                values["role"] = role
            set_span_attrs(doc, person.start_char, person.end_char, **values)


def _phrase_org(
    words: list[str],
    ent_at: dict[int, Span],
    name: int,
    kb: KnowledgeBase,
    lex: Lexicons,
    day: dt.date | None,
) -> tuple[str, str] | None:
    """(organisation, role) named by the post phrase ending right before token ``name``."""
    begin = name
    for j in range(name - 1, max(-1, name - 1 - _REACH), -1):
        ent = ent_at.get(j)
        if ent is not None:
            if ent.label_ == "PERSON":
                break
        elif not (name_part(words[j], False) or words[j] in _JOINERS):
            break
        begin = j
    head = size = -1
    for j in range(begin, name):
        if j in ent_at:
            continue
        size = match_head(words, j, lex.title_heads)
        if size:
            head = j
            break
    if head < 0:
        return None
    orgs = [
        e
        for e in {ent_at[k] for k in range(head + size, name) if k in ent_at}
        if e.label_ == "ORG" and e.start >= head + size and e.end <= name
    ]
    if not orgs:
        return None
    body = max(orgs, key=lambda e: e.start)
    for k in range(head + size, body.end):
        if k not in ent_at and match_head(words, k, lex.unit_heads):
            return None  # "Dinas PUPR-PERA Kaltim": an office the ORG is only part of
    if not _closes(words, body.end, name, lex):
        return None  # "Kepala LLDikti Wilayah IV Nama": the ORG opens a longer office's name
    entries = kb.by_id.get(body._.org_id or "")
    if entries and entries[0].kind == _PARTY:
        return None  # "Ketua Fraksi PKS Nama": a party's group in some parliament
    org = regional_org(body) or top_org(kb, body, day)
    if org is None:
        return None
    return org, lex.expand(" ".join(_field(words[head : body.start])))


def _closes(words: list[str], k: int, name: int, lex: Lexicons) -> bool:
    """True when only a short form in brackets, "RI", a comma and ranks or honorifics stand
    between the end of the organisation (token ``k``) and the name."""
    k = skip_tail(words, k)
    if k < name and words[k] == ",":
        k += 1
    ranked = False
    while k < name and (size := lex.rank_at(words, k, ranked)):
        k += size
        ranked = True
    return k == name


def _field(words: list[str]) -> list[str]:
    """The title and field words of a post phrase: no short form in brackets, no connector,
    "bidang" written as in a role ("Juru Bicara bidang Pencegahan": Juru Bicara Bidang
    Pencegahan), no closing comma or "dan"."""
    out: list[str] = []
    depth = 0
    for word in words:
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif not depth and word == "bidang":
            out.append("Bidang")
        elif not depth and word not in _JOINERS:
            out.append(word)
    while out and out[-1] in (",", "dan"):
        out.pop()
    return out
