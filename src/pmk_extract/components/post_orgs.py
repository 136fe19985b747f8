"""The organisation of a person the title readers left without one, from the post phrase
written right before the name: a generic title (``lexicons/titles.tsv``), its field and an
organisation, then the name ("Kepala Bidang Haji dan Umrah Kemenag Riau, Nama": Kementerian
Agama; "Direktur Kerja Sama ASEAN Kementerian Luar Negeri, Nama": Kementerian Luar Negeri).

The phrase runs left from the name over capitalised words (also dotted ones and dots glued
to the next word: ranks and degrees, "Komjen.Pol.Drs.Nama"), numbers, "dan", commas,
brackets and the connectors of ``_JOINERS`` up to the leftmost title head (also one written
in lower case: "juru bicara Kemlu, Nama", or with its later words in lower case: "Kepala
Bidang data dan Informasi BPBD X Nama", or by its short form: "Sekjen"), or up to an ORG
that opens with a unit head which is also its head's title ("Deputi Bidang Pencegahan BNPB
Nama"); the organisation is the last ORG span inside it, and the person's ``org`` the
institution an official of that ORG belongs to
(:func:`~pmk_extract.components.title_parts.top_org`). Between the ORG and the name may
stand only what closes an office's name: a short form in brackets, "RI", the bracket the ORG
stands in, the office's class ("Kelas I A") and number, its places ("Kemenag Riau", "PN
Penajam, Kabupaten Penajam Paser Utara,"), commas, ranks (also written out: "Brigadir
Jenderal (Brigjen) Polisi,"), honorifics, degrees and the name's initials ("Sekjen PUPR M.
Nama").

A regional department's head's short title before a ministry's acronym ("Kadis PUPR Nama",
"Kadis Kominfo Nama") names the region's department of that field, never the ministry: the
role is set (the acronym expanded), the organisation not (the region is not written).

Nothing is set when the phrase holds a unit's head word no ORG span covers ("Kepala Dinas
PUPR-PERA Kaltim": the ORG "PUPR" inside an office the knowledge base does not name; unless
the ORG is the short form in brackets of that name), when anything else stands between the
ORG and the name ("Kepala LLDikti Wilayah IV Nama": the ORG opens a longer name; "Kepala
BNPB dan Nama": two people), when the ORG is a political party ("Ketua Fraksi PKS Nama": a
party's group in a parliament), when a ministry is followed by a place and has no offices
named by their region ("Kabid Bina Marga PUPR Kendal Nama": a regency's department named
after the ministry; "Kemenag Kendal" is the ministry's own office), or when another PERSON
stands in the phrase.

With no title in the phrase, a ministry's echelon-I unit written right before the name,
where its official's title belongs ("Direktorat Jenderal X Kementerian Y (Kemen) Nama",
"Ditjen X Kementan Nama"), gives the ministry and no role; not across a comma.

Run by ``pmk_ner`` after it adds its names, so that titled names from both the title readers
and the trained recogniser are covered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..extensions import set_span_attrs, span_attr
from ..kb import REGION_KINDS, UNIT_KIND, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..stemming import field_noun_shape, regular_derivation, root_words
from ..unit_kinds import DEPARTMENTS, POSITION
from .office_classes import class_words
from .parliament_posts import member_tail, member_words
from .parliaments import parliament_of
from .post_fields import field_words
from .title_parts import (
    entity_at,
    name_part,
    people_without_org,
    regional_org,
    skip_tail,
    tidy_role,
    top_org,
)
from .title_spelling import title_fixes

_JOINERS = frozenset({"(", ")", "pada", "di", "/", "&", "untuk", "bidang"})
_REACH = 30  # tokens a post phrase may run over before the name
_PARTY = "party"  # the knowledge base's kind of a political party
_FIELD_JOINERS = frozenset({"dan", "&", ","})  # words a post's field may hold besides names
_MINISTRIES = frozenset({"ministry", "coordinating_ministry"})  # kinds in the knowledge base
_HEAD_WORDS = 3  # words of a title head ("Kepala Bagian Operasional")
_LOWER = 2  # lower-case words a title may hold after its head ("Panitera muda Pidana")
_INITIAL = re.compile(r"[A-Z]\.?")  # an initial of a name written before it: "M. Nama"
_PLACE_JOINERS = frozenset({"-", "/", "dan"})  # "Papua-Papua Barat", "Yogyakarta dan Jateng"
_NUMBER = re.compile(r"\d{1,4}[A-Z]?|ke")  # "Waka 1 DPRD", "Dansatgas TMMD ke-127 Kodim 1015"
_SEQUENCE = re.compile(r"[IVX]{1,4}|\d{1,3}")  # an office's number: "Kanwil DJP Jateng I"
# the grade of a classed office ("Kelas I A", "Klas IIB", "Kelas 1 Khusus TPI")
_CLASS = re.compile(r"[IV]{1,3}[AB]?|\d[AB]?|[AB]|Khusus|KHUSUS|TPI")


def fill_orgs(
    doc: Doc, kb: KnowledgeBase, lex: Lexicons, ents: Sequence[Span] | None = None
) -> None:
    """Give each PERSON of ``doc`` with no organisation the one its post phrase names
    (``ents``: ``doc.ents`` when the caller holds them already)."""
    table = token_table(doc)
    words = table.words
    fixes = title_fixes(doc)  # "Dputi Bidang X BNPB Nama": read as "Deputi"
    if fixes:
        words = [fixes.get(k, word) for k, word in enumerate(words)]
    if ents is None:
        ents = doc.ents
    ent_at = entity_at(ents)
    day: dt.date | None = doc._.published
    for person in people_without_org(doc, ents):
        found = _phrase_org(words, table.spaces, ent_at, person.start, kb, lex, day)
        if found is not None:
            org, role = found
            values: dict[str, str] = {"org": org} if org is not None else {}
            if role and span_attr(doc, "role", person.start_char, person.end_char) is None:
                values["role"] = tidy_role(role)  # "Pencegahan, Kesiapsiagaan"
            if values:
                set_span_attrs(doc, person.start_char, person.end_char, **values)


def _phrase_org(
    words: list[str],
    spaces: list[str],
    ent_at: dict[int, Span],
    name: int,
    kb: KnowledgeBase,
    lex: Lexicons,
    day: dt.date | None,
) -> tuple[str | None, str] | None:
    """(organisation, role) named by the post phrase ending right before token ``name``; a
    regional department's head named by a ministry's acronym has the role alone."""
    begin = name
    for j in range(name - 1, max(-1, name - 1 - _REACH), -1):
        ent = ent_at.get(j)
        if ent is not None:
            if ent.label_ == "PERSON":
                break
        elif not (
            _in_phrase(words, j, spaces)
            or name_part(words[j], False)
            or (words[j] == "-" and _place_at(ent_at, j + 1))  # "Papua-Papua Barat"
            or (words[j] == "." and j > 0 and _INITIAL.fullmatch(words[j - 1]) is not None)
            or match_head(words, j, lex.honorifics) == 1  # "..., dr. Nama": lower-case ones
            or _after_parliament(words, ent_at, j)  # "MPR dari Fraksi PKB, Nama"
        ):
            lowered = _lowered_field(words, ent_at, j, name, lex)
            if lowered is not None:
                begin = lowered  # "Panitera muda Pidana PN X": the title's words in lower case
                break
            begin -= _lower_head(words, j, lex)  # "juru bicara Kemenlu": a title in lower case
            break
        begin = j
    head, size, opening = _head(words, ent_at, begin, name, lex)
    if head < 0:
        return _unit_as_post(words, ent_at, name, kb, day)
    orgs = [
        e
        for e in {ent_at[k] for k in range(head, name) if k in ent_at}
        if e.label_ == "ORG" and (e.start >= head + size or e is opening) and e.end <= name
    ]
    if not orgs:
        return None
    body = max(orgs, key=lambda e: e.start)
    # an ORG in brackets is the short form of the name written before it ("Komisi Nasional
    # untuk Hak Asasi Manusia (Komnas HAM)"): the unit heads in that name are its own
    for k in range(head + size, body.end if not _opened(words, body.start) else head):
        if k not in ent_at and match_head(words, k, lex.unit_heads):
            return None  # "Dinas PUPR-PERA Kaltim": an office the ORG is only part of
    entries = kb.by_id.get(body._.org_id or "")
    if (
        entries
        and entries[0].kind in _MINISTRIES
        and _department_head(words, head, size, body, lex)
    ):
        # "Kadis PUPR Nama", "Kadis Kominfo Nama": the regional department of that field,
        # never the ministry; without its region, no organisation
        return None, lex.expand(" ".join(words[head : body.end]))
    if entries and entries[0].kind == _PARTY:
        # "Wakil Ketua MPR dari Fraksi PKB, Nama": the member's parliament, then his party;
        # "Ketua Fraksi PKS Nama": a party's group in some parliament, none
        member = _member_parliament(words, ent_at, orgs, name, kb)
        if member is None:
            return None
        orgs, body, entries = [e for e in orgs if e.start <= member.start], member, None
    elif not (
        _closes(words, ent_at, body, name, lex)
        or _member_parliament(words, ent_at, [body], name, kb) is not None  # "DPD asal X"
        or _field_closes(words, ent_at, body, name)  # "KPU RI Divisi Hukum Nama"
    ):
        return None  # "Kepala LLDikti Wilayah IV Nama": the ORG opens a longer office's name
    if (
        entries
        and entries[0].kind in _MINISTRIES
        and any(_region_at(ent_at, k, kb) for k in range(body.end, name))
        and entries[0].id not in _regional_offices(lex)
    ):
        return None  # "Kabid Bina Marga PUPR Kendal Nama": the regency's own department
    org = regional_org(body) or top_org(kb, body, day)
    if org is None:
        return None
    if opening is not None:
        return org, str(opening._.unit)
    first = min(orgs, key=lambda e: e.start)
    title = _capitalised(words[head : head + size]) + [
        w if w in _JOINERS or w == "dan" else _capitalised([w])[0]
        for w in words[head + size : first.start]
    ]
    return org, lex.expand(" ".join(_field(title)))


def _unit_as_post(
    words: list[str], ent_at: dict[int, Span], name: int, kb: KnowledgeBase, day: dt.date | None
) -> tuple[str | None, str] | None:
    """The ministry of an echelon-I unit (kind ``UNIT_KIND``) the press writes where its
    official's title belongs, right before the name, its ministry's short form in brackets
    at most between ("Direktorat Jenderal Perhubungan Darat Kementerian Perhubungan
    (Kemenhub) Nama", "Ditjen Aptika Kemenkominfo Nama"): the organisation, no role (which
    post the text does not say); not across a comma ("Ditjen Pajak, Nama": a list)."""
    k = name
    if k >= 3 and words[k - 1] == ")" and words[k - 3] == "(":
        k -= 3
    body = ent_at.get(k - 1)
    if body is None or body.label_ != "ORG" or body.end != k:
        return None
    entries = kb.by_id.get(body._.org_id or "")
    if not entries or kb.pick(entries, day).kind != UNIT_KIND:
        return None
    org = top_org(kb, body, day)
    return (org, "") if org is not None else None


def _department_head(words: list[str], head: int, size: int, body: Span, lex: Lexicons) -> bool:
    """True when the title at ``head`` is a regional department's head's ("Kadis": Kepala
    Dinas) and the organisation ``body`` follows it right away, as the department's field."""
    expanded = lex.expand(" ".join(words[head : head + size])).split()
    return body.start == head + size and lex.unit_heads.get((expanded[-1],)) in DEPARTMENTS


def _after_parliament(words: list[str], ent_at: dict[int, Span], j: int) -> bool:
    """True when ``words[j]`` is a lower-case word the press writes right after a member's
    parliament (or a body of one) before his party and the place he represents ("DPR dari
    Fraksi X", "DPD RI asal Jambi")."""
    body = ent_at.get(j - 1)
    return (
        words[j] in member_words()
        and body is not None
        and body.end == j
        and body.label_ == "ORG"
        and parliament_of(str(body._.canonical or "")) is not None
    )


def _field_closes(words: list[str], ent_at: dict[int, Span], body: Span, name: int) -> bool:
    """True when only a post's field stands between the organisation ``body`` (with what may
    close its name: a short form in brackets, "RI") and the name: a field's opening word
    (``post_fields.tsv``: "Divisi", "Bidang"; a post such as "Koordinator" may stand before
    it), then capitalised words, "dan", "&" and commas, no entity among them ("Anggota KPU RI
    Divisi Hukum dan Pengawasan Nama", "Komisioner Komnas HAM Subkomisi Pemantauan, Nama")."""
    openers, posts = field_words()
    k = skip_tail(words, body.end)
    k += int(k < name and words[k] in posts)
    if k >= name or words[k] not in openers or k + 1 == name:
        return False
    return all(
        j not in ent_at and (words[j][:1].isupper() or words[j] in _FIELD_JOINERS)
        for j in range(k + 1, name)
    ) and words[name - 1] not in _FIELD_JOINERS - {","}


def _member_parliament(
    words: list[str], ent_at: dict[int, Span], orgs: list[Span], name: int, kb: KnowledgeBase
) -> Span | None:
    """The parliament (or body of one) of the phrase whose member's party or fraction, and
    the place he represents, stand between it and the name (:meth:`Parliaments.tail`: "MPR
    dari Fraksi PKB, Nama", "DPD RI asal Jambi Nama"); None when there is none."""
    bodies = [e for e in orgs if parliament_of(str(e._.canonical or "")) is not None]
    if not bodies:
        return None
    body = max(bodies, key=lambda e: e.start)
    k = member_tail(kb, words, ent_at, int(body.end))
    k += int(k < name and words[k] == ",")
    return body if k == name and k > body.end else None


def _lowered_field(
    words: list[str], ent_at: dict[int, Span], j: int, name: int, lex: Lexicons
) -> int | None:
    """Where a title head begins that stands right before the lower-case field words (root
    words and pe-/ke-...-an nouns, :func:`_lower_field_word`; no verb: "meninjau") ending at
    token ``j``, at most ``_LOWER`` of them and followed
    by a capitalised field word or "dan", when the phrase after them holds no title head of
    its own: a title whose later words are written in lower case ("Panitera muda Pidana PN
    X", "Kepala Pusat data Informasi dan Humas BNPB"); None when there is none."""
    k = j
    while k >= 0 and j - k < _LOWER and words[k].islower() and _lower_field_word(words[k]):
        k -= 1
    after = words[j + 1]
    if k == j or k < 0 or j + 1 in ent_at or not (after[:1].isupper() or after == "dan"):
        return None  # "Kepala Dinas baru BPBD X Nama": no field word, the office follows
    if _head(words, ent_at, j + 1, name, lex)[0] >= 0:
        return None
    # the longest run of lower-case words first; then shorter ones, so that a title whose
    # own later word is in lower case keeps it ("Juru bicara vaksinasi Covid 19 Kemenkes")
    for end in range(k, j):
        for size in range(_HEAD_WORDS, 0, -1):
            start = end - size + 1
            if start >= 0 and all(w.isalpha() for w in words[start : end + 1]):
                key = _capitalised(words[start : end + 1])
                if match_head(key, 0, lex.title_heads) == size:
                    return start
    return None


def _lower_field_word(word: str) -> bool:
    """A lower-case word that may stand in a title's field: a root word ("vaksinasi",
    "muda") or a field's noun made with pe-/ke- and -an from one ("penanganan",
    "pengawasan", "kesehatan"); never a verb ("meninjau", "dilantik")."""
    if word in root_words():
        return True
    noun = word[:1].upper() + word[1:]
    return field_noun_shape(noun) and regular_derivation(word)


def _lower_head(words: list[str], j: int, lex: Lexicons) -> int:
    """Length of a title head written in lower case that ends at token ``j`` ("juru bicara",
    "kepala", "anggota"); 0 when none ends there."""
    for size in range(_HEAD_WORDS, 0, -1):
        start = j - size + 1
        if start >= 0 and all(w.isalpha() and w[1:].islower() for w in words[start : j + 1]):
            key = _capitalised(words[start : j + 1])
            if match_head(key, 0, lex.title_heads) == size:
                return size
    return 0


def _capitalised(words: list[str]) -> list[str]:
    """``words`` with the lower-case ones given a first capital ("juru bicara": Juru Bicara)."""
    return [w[:1].upper() + w[1:] if w.islower() else w for w in words]


def _in_phrase(words: list[str], j: int, spaces: list[str]) -> bool:
    """Word ``j`` may stand in a post phrase besides capitalised words, "dan" and commas: a
    connector, a number ("Wakil Ketua 1 DPRD", "Satgas TMMD ke-127 Kodim 1015"), a hyphen
    glued between a capitalised word and a number (a field's name: "Juru Bicara Vaksinasi
    Covid-19 Kemenkes") or a capitalised word with dots or a dot glued to the next word
    (ranks and degrees written with dots: "Kombes Pol. Nama", "Drs. Nama",
    "Komjen.Pol.Drs.Nama"; not a full stop: a space follows it)."""
    word = words[j]
    return (
        word in _JOINERS
        or (word == "." and not spaces[j])
        or (word == "-" and j > 0 and words[j - 1] == "ke")  # "ke-127", not "KPK-Polri"
        or _numbered_word(words, j, spaces)
        or _NUMBER.fullmatch(word) is not None
        or (word[:1].isupper() and word.replace(".", "").isalpha())
    )


def _numbered_word(words: list[str], j: int, spaces: list[str]) -> bool:
    """Token ``j`` is a hyphen glued between a capitalised word and a number: one word of a
    field's name ("Covid-19"), never two bodies joined ("KPK-Polri": no number)."""
    return (
        words[j] == "-"
        and 0 < j < len(words) - 1
        and not spaces[j - 1]
        and not spaces[j]
        and words[j - 1][:1].isupper()
        and words[j - 1].isalpha()
        and words[j + 1].isdigit()
    )


def _head(
    words: list[str], ent_at: dict[int, Span], begin: int, name: int, lex: Lexicons
) -> tuple[int, int, Span | None]:
    """The first title head of the phrase ``words[begin:name]`` (its token and length), and
    the ORG it opens when the head is the first word of a unit named after its head's post
    ("Deputi Bidang Pencegahan BNPB": both the unit and the title of the name after it)."""
    for j in range(begin, name):
        ent = ent_at.get(j)
        size = match_head(_capitalised(words[j : j + _HEAD_WORDS]), 0, lex.title_heads)
        if not size and match_head(lex.expand(words[j]).split(), 0, lex.title_heads):
            size = 1  # a title's short form: "Sekjen", "Kabid", "Jubir"
        inside = [k for k in range(j + 1, j + size) if k in ent_at and ent_at[k].start == k]
        if ent is None and inside and _known_org(ent_at[inside[0]]):
            # "Sekretaris [Kementerian Koordinator Bidang Perekonomian]": the longest head
            # runs into a known organisation's name; the title is the words before it (not
            # into the recogniser's guess "Kepala [Seksi Kurikulum]": the head is whole)
            size = match_head(words[j : inside[0]], 0, lex.title_heads)
        if ent is None and size:
            return j, size, None
        if ent is not None and ent.start == j and ent.label_ == "ORG" and ent._.unit:
            unit = match_head(words, j, lex.unit_heads)
            if unit and lex.unit_heads[tuple(words[j : j + unit])] == POSITION:
                return j, unit, ent
    return -1, 0, None


def _closes(
    words: list[str], ent_at: dict[int, Span], body: Span, name: int, lex: Lexicons
) -> bool:
    """True when only what may close an office's name stands between the organisation
    ``body`` and the name: a short form in brackets and "RI", the bracket the organisation
    stands in ("Kantor Pencarian dan Pertolongan (KPP/Basarnas)"), the office's class
    ("Kelas I A"), its places ("Kemenag Riau", "PN Penajam, Kabupaten Penajam Paser Utara",
    "OJK Provinsi Papua-Papua Barat"), its number before a comma ("Kanwil DJP Jawa Tengah I,
    Nama"), commas, and ranks, honorifics and degrees."""
    k = skip_tail(words, body.end)
    if k < name and words[k] == ")" and _opened(words, body.start):
        k = skip_tail(words, k + 1)
    k = _class_end(words, k)
    while k < name:
        if _place_at(ent_at, k) and ent_at[k].end <= name:
            k = ent_at[k].end
        elif words[k] == "," or (words[k] in _PLACE_JOINERS and _place_at(ent_at, k + 1)):
            k += 1
        elif _SEQUENCE.fullmatch(words[k]) and k + 1 < name and words[k + 1] == ",":
            k += 1  # the office's number: "Kanwil DJP Jawa Tengah I, Nama"
        else:
            break
    ranked = False
    while k < name and (size := lex.rank_at(words, k, ranked)):
        k += size
        ranked = True
        if k + 1 < name and words[k] in (",", "."):
            k += 1  # "Brigadir Jenderal (Brigjen) Polisi, Drs. Nama", "Komjen.Pol.Drs.Nama"
    while k < name and _INITIAL.fullmatch(words[k]):
        k += 1 + (k + 1 < name and words[k + 1] == ".")  # "Sekjen PUPR M. Nama": an initial
    return k == name


def _regional_offices(lex: Lexicons) -> set[str]:
    """The bodies with offices named by their region in ``command_units.tsv`` ("Kantor
    Kemenag" + a regency: the ministry's own office there), by knowledge-base id."""
    named = {"region", "place"}
    return {
        body.lstrip("+")
        for _, parent, kind in lex.command_units.values()
        if kind in named
        for body in parent.split("|")
    }


def _region_at(ent_at: dict[int, Span], k: int, kb: KnowledgeBase) -> bool:
    """True when a province, regency or city (not a country) begins at token ``k``."""
    entries = kb.by_id.get(ent_at[k]._.org_id or "") if _place_at(ent_at, k) else None
    return entries is not None and bool(entries) and entries[0].kind in REGION_KINDS


def _place_at(ent_at: dict[int, Span], k: int) -> bool:
    """True when a place (a LOC span) begins at token ``k``."""
    ent = ent_at.get(k)
    return ent is not None and ent.start == k and ent.label_ == "LOC"


def _opened(words: list[str], k: int) -> bool:
    """True when a bracket opened a few words before token ``k`` is still open there."""
    for j in range(k - 1, max(-1, k - 8), -1):
        if words[j] in ("(", ")"):
            return words[j] == "("
    return False


def _class_end(words: list[str], k: int) -> int:
    """Where the class of an office written at token ``k`` ends ("Kelas I A", "Klas IIB",
    "Kelas 1 Khusus TPI"); ``k`` when none is written there."""
    start = k
    if 0 < k < len(words) and words[k - 1].lower() in class_words():
        k -= 1  # the ORG closed with the class word: "Pengadilan Agama Kelas" 1 A
    elif k >= len(words) or words[k].lower() not in class_words():
        return k
    end = k + 1
    while end < len(words) and _CLASS.fullmatch(words[end]):
        end += 1
    return end if end > k + 1 else start


def _field(words: list[str]) -> list[str]:
    """The title and field words of a post phrase: no short form in brackets, no connector,
    a hyphenated word glued ("Covid-19"), "bidang" written as in a role ("Juru Bicara
    bidang Pencegahan": Juru Bicara Bidang Pencegahan), no closing comma or "dan"."""
    out: list[str] = []
    depth = 0
    for word in words:
        if out and (word == "-" or out[-1].endswith("-")):
            out[-1] += word  # "Covid - 19" is one word: "Covid-19"
        elif word == "(":
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


def _known_org(ent: Span) -> bool:
    """True when ``ent`` is an ORG the gazetteer or the unit reader named (it has an
    identifier or a parent), not a span only the recogniser guessed."""
    return ent.label_ == "ORG" and bool(ent._.org_id or ent._.parent_org)
