"""The parts every title reader shares: the :class:`Title` read, the organisation an
official belongs to (``org`` is the top-level institution, guidelines), the prefixes a role
takes from the text ("Plt.", "Wakil"), and what may close a title (a short form in brackets,
"RI").

Used by ``titles.py``, ``command_titles.py`` and ``generic_titles.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..extensions import span_attr
from ..kb import UNIT_KIND, KnowledgeBase
from ..lexicons import Lexicons, lexicons, match_head
from ..people import Office
from ..regions import KIND_WORDS
from ..resources import read_lines
from ..stemming import root_words, stem_word
from ..unit_kinds import REGION_OWNED, VERTICAL
from .secretariat_posts import lower_field_openers

"""The word a region of each kind is named with ("Kabupaten Demak")."""
_BRACKETED = 3  # tokens of a one-word short form in brackets: "(Pj)"
# a body's short form in capitals ("BKPSDA", "DPMPTSP2"): unknown to the knowledge base, it
# names no organisation (what it stands for, and whose it is, are not written)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,11}")
_CONNECTIVE = 3  # lower-case words after the first of a clause's opener ("Sementara itu,")
# tokens after which a sentence begins
SENTENCE_ENDS = frozenset({".", "!", "?", "\n", "\n\n", "“", '"', "”"})
# what closes a clause a post phrase cannot run over: sentence ends, quotes, ";" and ":"
CLAUSE_ENDS = SENTENCE_ENDS | {";", ":"}
_DASHES = frozenset({"-", "–", "—"})  # the dash closing a dateline ("LIWA - ...")
_DATELINE_WORDS = 8  # tokens of a dateline before its dash ("Kuala Kapuas, Senin (6/12) -")
_DATELINE_MARKS = frozenset({",", ".", "(", ")", "/"})  # a dateline's punctuation
PART_OF_PARENT = frozenset(
    {"legislature_unit", "institution_unit", "presidential_office", "military_police", UNIT_KIND}
)
"""Kinds of bodies whose officials belong to the body above them (guidelines: `org` is the
top-level institution): "Ketua Komisi V DPR" -> DPR, "Ketua MKMK" -> MK, "KSAU" -> TNI,
"Direktur ... Ditjen Pajak" -> Kementerian Keuangan."""


_MAX_LOWER = 3  # lower-case words of a field after its lower-case opener ("bidang hukum")
# the prefixes of a verb, which no field's noun opens with ("menangani", "bertugas")
_VERB_PREFIXES = ("me", "ber", "di", "ter")


@dataclass(frozen=True, slots=True)
class Title:
    """A title written in the text: its role, its organisation and where it ends."""

    end: int
    role: str
    org: str | None
    office: Office | None = None
    capitals: bool = False  # written in capitals ("KAPOLDA JATENG")
    # the office of an acting post the text names ("Pj Gubernur Sumut"): its acting holders
    acting_of: Office | None = None
    # a post two people hold, written once before both names ("hakim anggota Nama dan Nama")
    shared: bool = False
    # the region read from the document's context, not written with the title ("Sekda Nama"
    # after "Pemkab X": ``doc_regions.py``)
    inferred: bool = False
    # a regional post written without its region ("Sekda Nama": ``bare_posts.py``)
    bare: bool = False
    # the office was found from the role and organisation a pattern read ("Sekda NTT"), not
    # from one of its titles: a name that fits none of its holders keeps the title's role
    pattern: bool = False
    # read before a name of one word ("Kadis Kesehatan Sunardi": ``mononyms.py``): the title
    # stands only where the document gives it its organisation
    one_word: bool = False
    # a word before the title makes it a post the person does not hold on the date ("mantan
    # Bupati X Nama", "calon Bupati X Nama"): a name that fits none of its holders takes no post
    unheld: bool = False


# a space a role's words were joined with before a closing mark or after an opening one
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER_BRACKET = re.compile(r"\(\s+")
# a region's kind said twice, whatever its case ("Kabupaten Kabupaten Garut", "Kota KOTA X")
_KIND_TWICE = re.compile(
    r"\b(" + "|".join(KIND_WORDS.values()) + r")\s+(\1)\b", flags=re.IGNORECASE
)


def tidy_role(role: str) -> str:
    """The role as written: punctuation joined to the word before it ("Pencegahan,
    Kesiapsiagaan", "(Plt)"), one space between words, a region's kind said once."""
    text = _SPACE_AFTER_BRACKET.sub("(", _SPACE_BEFORE_MARK.sub(r"\1", role))
    text = _KIND_TWICE.sub(r"\2", text)
    return " ".join(text.split())


def org_name(kb: KnowledgeBase, org_id: str | None, day: dt.date | None) -> str | None:
    """The canonical of organisation ``org_id`` on ``day`` (None when unknown)."""
    if org_id is None:
        return None
    entries = kb.by_id.get(org_id)
    return kb.pick(entries, day).canonical if entries else None


def unit_name(kb: KnowledgeBase, ent: Span, day: dt.date | None) -> str | None:
    """The name of the ministry's unit ``ent`` names (kind ``UNIT_KIND``) without the body
    above it ("Badan Geologi" of "Badan Geologi Kementerian ESDM", "Pusat Vulkanologi dan
    Mitigasi Bencana Geologi" of "... Badan Geologi Kementerian ESDM"), as a post's role
    writes it: its officials belong to the ministry, so the role keeps the unit; None for any
    other organisation."""
    entries = kb.by_id.get(ent._.org_id or "")
    if not entries:
        return None
    entry = kb.pick(entries, day)
    if entry.kind != UNIT_KIND:
        return None
    above = org_name(kb, entry.parent, day)
    if above is not None and entry.canonical.endswith(f" {above}"):
        return entry.canonical.removesuffix(f" {above}")
    for parent in kb.by_id.get(entry.parent or "", ()):  # a day outside the unit's dates
        if entry.canonical.endswith(f" {parent.canonical}"):
            return entry.canonical.removesuffix(f" {parent.canonical}")
    return entry.canonical


def name_part(word: str, name: bool) -> bool:
    """A word that may stand between a title and its organisation: a name word, an
    acronym with digits ("P2P"), "," and "dan" in a list of fields, or the word opening a
    field written in lower case ("Asisten II bidang Perekonomian Kota X")."""
    return (
        name
        or word in (",", "dan")
        or (word[:1].isupper() and word.isalnum())
        or word in lower_field_openers()
    )


def lower_field_end(
    lex: Lexicons, words: list[str], after: int, k: int, ent_at: dict[int, Span]
) -> int:
    """Where a field written in lower case after its lower-case opener ends at an
    organisation's name ("Juru Bicara bidang penindakan KPK", "Kepala bidang hukum X"):
    up to ``_MAX_LOWER`` lower-case words, none a function word or a verb (a word with
    the prefix me-, ber-, di- or ter-: "bidang yang menangani X" is no field), else
    ``k`` as read."""
    if not any(word in lower_field_openers() for word in words[after:k]):
        return k
    end = k
    while end < len(words) and end not in ent_at and end - k < _MAX_LOWER:
        word = words[end]
        if not (word.isalpha() and word.islower()) or word in lex.clause_words:
            break
        if word == "yang" or word.startswith(_VERB_PREFIXES):
            return k
        end += 1
    found = ent_at.get(end)
    return end if end > k and found is not None and found.start == end else k


@cache
def post_grades() -> frozenset[str]:
    """Words of a functional post's grade or seniority as the press writes them in lower
    case between the post and its body ("Penyidik senior KPK", "Auditor ahli madya BPKP"):
    ``lexicons/post_grades.txt``."""
    return frozenset(read_lines("lexicons/post_grades.txt"))


def capital_grades(field: list[str]) -> list[str]:
    """``field`` with a functional post's grade in its capitalised form, as titles write it
    ("senior", "UTAMA": "Senior", "Utama")."""
    return [w.capitalize() if w.lower() in post_grades() else w for w in field]


def lower_grade_end(words: list[str], k: int, ent_at: dict[int, Span]) -> int:
    """Past the lower-case grade words at ``k`` when an organisation's name opens right after
    them ("Penyidik senior | KPK"), else ``k``: a grade with no body after it ends the title."""
    end = k
    while end < len(words) and end not in ent_at and words[end] in post_grades():
        end += 1
    found = ent_at.get(end)
    return end if end > k and found is not None and found.start == end else k


@cache
def company_fields() -> frozenset[str]:
    """The English words of a state company's field (``lexicons/company_fields.txt``)."""
    return frozenset(read_lines("lexicons/company_fields.txt"))


def listed_name(lex: Lexicons, words: list[str], j: int, ent_at: dict[int, Span]) -> bool:
    """True when the capitalised words at ``j`` (after a comma in what follows a title) hold
    a word no dictionary has, no acronym or short form of a field and no English word of a
    company's field ("Communication, Relations & CSR"): a person's name in a list of people
    ("Kadis Koperindag dan UKM, Amir Maricar dan ..."), not a list of fields ("Kepala Bidang
    Pencegahan, Kedaruratan dan Logistik BPBD X")."""
    while j < len(words) and j not in ent_at and words[j][:1].isupper():
        word = words[j]
        field = (
            not word.isalpha()
            or word.isupper()
            or word in lex.abbreviations
            or word in company_fields()  # "Communication, Relations & CSR PT X"
        )
        if not field and stem_word(word) not in root_words():
            return True
        j += 1
    return False


def opens_place(k: int, ent_at: dict[int, Span]) -> bool:
    """True when a place of two or more words begins at token ``k`` ("Kota Bengkulu")."""
    ent = ent_at.get(k)
    return ent is not None and ent.start == k and ent.label_ == "LOC" and len(ent) > 1


def qualified(lex: Lexicons, words: list[str], start: int, role: str) -> str:
    """``role`` with the deputy's "Wakil" written before a fused command title or a named
    office whose deputy has no title of its own ("Wakil Kapolda Jawa Tengah": Wakil
    Kepala Kepolisian Daerah Jawa Tengah, as "Wakapolda"), and an acting post before
    that ("Plt Wakil Kapolres Kendal")."""
    if start and words[start - 1] in ("Wakil", "WAKIL") and not role.startswith("Wakil "):
        return prefixed(lex, words, start - 1, f"Wakil {role}")
    return prefixed(lex, words, start, role)


def prefixed(lex: Lexicons, words: list[str], start: int, role: str) -> str:
    """Add "Pelaksana Tugas"/"Penjabat"/... when the text writes it before the title, also
    with its short form in brackets between them ("Penjabat (Pj) Sekda Kabupaten X")."""
    short = words[start - 2] if start >= _BRACKETED and words[start - 1] == ")" else ""
    if short and words[start - 3] == "(" and (short,) in lex.role_prefixes:
        start -= _BRACKETED
    for size in (2, 1):
        key = tuple(words[max(0, start - size) : start])
        if len(key) == size and key in lex.role_prefixes:
            return f"{lex.role_prefixes[key]} {role}"
    return role


@cache
def relation_words() -> frozenset[str]:
    """Words of kinship or personal service, in lower case (``lexicons/relation_words.txt``)."""
    return frozenset(word.lower() for word in read_lines("lexicons/relation_words.txt"))


def after_relation(lex: Lexicons, words: list[str], start: int) -> bool:
    """True when a word of kinship or personal service stands right before the title at
    ``start``, or before its acting prefix ("istri Bupati X", "ajudan Pj Sekda X"): the name
    after the title is the holder's relation, not the holder. The word is in lower case, or
    capitalised where a sentence or line begins (a name may end in "Putra")."""
    for size in (2, 1, 0):
        if size and tuple(words[max(0, start - size) : start]) not in lex.role_prefixes:
            continue
        k = start - size - 1
        if k < 0 or words[k].lower() not in relation_words():
            continue
        if words[k].islower() or k == 0 or not words[k - 1][:1].isalnum():
            return True
    return False


def skip_tail(words: list[str], k: int) -> int:
    """Skip what may close an office's name: a short form in brackets and the country, "RI"
    or "Republik Indonesia" in any case ("Kepala Badan Pusat Statistik (BPS) RI, Nama",
    "Kepala Biro X Kementerian Kesehatan republik Indonesia, Nama")."""
    k = skip_bracket(words, k)
    if k < len(words) and words[k] == "RI":
        k = skip_bracket(words, k + 1)
    elif words[k : k + 2] in (["Republik", "Indonesia"], ["republik", "Indonesia"]):
        k = skip_bracket(words, k + 2)
    return k


def skip_bracket(words: list[str], k: int) -> int:
    """Skip an acronym in brackets after a title: "Menteri ... (PANRB) Nama"."""
    if k < len(words) and words[k] == "(":
        for j in range(k + 1, min(k + 8, len(words))):
            if words[j] == ")":
                return j + 1
    return k


def in_region(ent: Span) -> bool:
    """True when the unit span ``ent`` is a national body's office in a region
    ("Kantor Wilayah Kementerian Agama Provinsi Jawa Timur")."""
    parent = ent._.parent_org
    if not parent or not ent._.unit:
        return False
    rest = str(ent._.canonical).removeprefix(f"{ent._.unit} {parent}")
    return rest.startswith((" Provinsi ", " Kabupaten ", " Kota "))


def regional_office(lex: Lexicons, ent: Span) -> bool:
    """True when the ORG ``ent`` is a regional government's office, whether or not its region
    is written ("Dinas Perhubungan", "Dinkes", "Satpol PP Kota X"): its head's kind
    (``org_units.tsv``) is one a region owns."""
    if ent.label_ != "ORG" or not ent._.unit:
        return False
    words = str(ent._.unit).split(" ")
    size = match_head(words, 0, lex.unit_heads)
    return bool(size) and lex.unit_heads[tuple(words[:size])] in REGION_OWNED


def regional_org(ent: Span) -> str | None:
    """The regional government a unit of a province, regency or city belongs to
    ("Dinas Sosial Kabupaten Demak" -> Pemerintah Kabupaten Demak); never for a unit of a
    national body's regional office ("Humas Kanwil Bea Cukai Jatim": a "Kantor Wilayah" is
    no office of a regional government, ``org_units.tsv`` kind ``vertical``)."""
    parent = ent._.parent_org if ent._.unit else None
    if parent is not None and parent.startswith(("Provinsi ", "Kabupaten ", "Kota ")):
        return None if vertical(str(ent._.unit)) else f"Pemerintah {parent}"
    return None


def vertical(unit: str) -> bool:
    """True when the unit's name holds the head of a national body's regional office
    ("Kantor Wilayah", ``org_units.tsv`` kind ``vertical``); a regional office's technical unit
    is none, also where its own name holds such a head ("UPTD Balai Benih Induk Distan X")."""
    words = unit.split()
    if unit.startswith(_REGIONAL_TECHNICAL):
        return False
    return any(match_head(words, k, _vertical_heads()) for k in range(len(words)))


# a regional office's technical unit (Unit Pelaksana Teknis Daerah), as its name opens
_REGIONAL_TECHNICAL = ("UPTD ", "Unit Pelaksana Teknis Daerah ")


@cache
def _vertical_heads() -> dict[tuple[str, ...], str]:
    return {head: kind for head, kind in lexicons().unit_heads.items() if kind == VERTICAL}


@cache
def _technical_heads() -> tuple[str, ...]:
    return tuple(read_lines("lexicons/technical_units.txt"))


def technical(name: str) -> bool:
    """True when ``name`` is a technical unit's ("UPT Pengelolaan Hutan Wilayah III",
    ``lexicons/technical_units.txt``): never a top-level institution."""
    return any(name == head or name.startswith(head + " ") for head in _technical_heads())


def regional_head(lex: Lexicons, head: tuple[str, ...]) -> bool:
    """True when the generic title ``head`` names its organisation and is listed with each
    region kind's word after it as that region's post ("Inspektur" with "Inspektur Provinsi",
    "Inspektur Kabupaten", "Inspektur Kota"): before a region's bare name, or with the region
    the document gives, it is that region's post."""
    includes_org, _ = lex.title_heads.get(head, (False, ""))
    return includes_org and all(
        lex.title_heads.get((*head, word)) == (True, kind) for kind, word in KIND_WORDS.items()
    )


def top_org(kb: KnowledgeBase, ent: Span, day: dt.date | None) -> str | None:
    """The organisation an official of ``ent`` belongs to: the body itself (or the
    parent a unit names), or the one above it for the kinds of ``PART_OF_PARENT``;
    None for a unit whose body the text does not name ("Kepala Biro Hukum, Nama")."""
    parent = ent._.parent_org
    found = kb.lookup(parent, day) if parent else None
    if found is not None and found.label == "ORG":
        entry = found
    elif found is not None and vertical(str(ent._.unit or "")):
        return None  # "Humas Kanwil X Jatim": a national body's office no known body names
    else:
        entries = kb.by_id.get(ent._.org_id or "")
        if not entries:
            if (ent._.unit or technical(str(ent._.canonical))) and not parent:
                return None  # "Kepala UPT Pengelolaan Hutan Wilayah III": no body written
            written = str(parent or ent._.canonical)
            if _ACRONYM.fullmatch(written):
                return None  # "Plt Kepala BKPSDA Nama": a short form no known body bears
            return written
        entry = kb.pick(entries, day)
    if kb.out_of_time(entry, day):
        return None  # "Kepala BSKAP Nama" in 2020: the body did not exist yet
    for _ in range(3):
        parents = kb.by_id.get(entry.parent or "")
        if entry.kind not in PART_OF_PARENT or not parents:
            break
        entry = kb.pick(parents, day)
    return entry.canonical


def org_again(ent_at: dict[int, Span], start: int, title: Title) -> int:
    """Where the name after ``title`` may begin once the title's organisation, written again
    right after the title, is skipped: "Kepala Densus 88 Antiteror Polri Irjen Pol X" (the
    title names its unit, then the body)."""
    again = ent_at.get(start)
    if again is None or again.start != start or again.label_ != "ORG" or title.org is None:
        return start
    return int(again.end) if again._.canonical == title.org else start


def entity_at(ents: Iterable[Span]) -> dict[int, Span]:
    """The entity each token stands in (token index -> span), of a Doc's ``ents``."""
    found: dict[int, Span] = {}
    for ent in ents:
        for k in range(ent.start, ent.end):
            found[k] = ent
    return found


def people_without_org(doc: Doc, ents: Iterable[Span]) -> list[Span]:
    """The PERSON entities of ``doc`` (its ``ents``) no reader has given an organisation yet."""
    return [
        ent
        for ent in ents
        if ent.label_ == "PERSON" and span_attr(doc, "org", ent.start_char, ent.end_char) is None
    ]


@cache
def former_marks() -> frozenset[str]:
    """Words that make the title after them a past office ("mantan", "eks", "bekas":
    ``lexicons/former_marks.txt``), lower case."""
    return frozenset(word.lower() for word in read_lines("lexicons/former_marks.txt"))


@cache
def unheld_marks() -> frozenset[str]:
    """Words that make the title after them a post its bearer does not hold on the date: the
    former marks and the candidacy marks ("calon", "kandidat": ``lexicons/candidacy_marks.txt``),
    lower case."""
    hoped = (word.lower() for word in read_lines("lexicons/candidacy_marks.txt"))
    return former_marks() | frozenset(hoped)


def after_dateline(words: list[str], k: int) -> bool:
    """True when token ``k`` follows the dash of a dateline opening the text ("LIWA - Nama",
    "Kuala Kapuas (ANTARA) - Nama", "JAKARTA, KOMPAS.com - Nama"): the first sentence begins
    there, as at the text's start."""
    if k < 2 or k - 1 > _DATELINE_WORDS or words[k - 1] not in _DASHES:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _DATELINE_MARKS for w in words[: k - 1])


def clause_opens(words: list[str], k: int) -> bool:
    """True when a clause opens at token ``k``: a sentence begins there (after a dateline's
    dash too), or a comma closes a sentence's opening connective of lower-case words before it
    ("Sementara itu,", "Di tempat terpisah,")."""
    if k == 0 or words[k - 1] in SENTENCE_ENDS or after_dateline(words, k):
        return True
    if words[k - 1] != ",":
        return False
    j = k - 2
    while j >= 0 and k - 2 - j < _CONNECTIVE and words[j].isalpha() and words[j].islower():
        j -= 1
    opener = j >= 0 and words[j].isalpha() and words[j][:1].isupper() and words[j][1:].islower()
    return opener and (j == 0 or words[j - 1] in SENTENCE_ENDS)
