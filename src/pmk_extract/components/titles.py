"""Titles written before a name, read into a role and an organisation.

- named offices of ``gazetteers/offices.jsonl`` ("Menko PMK", "Kepala BNPB", "Gubernur Jawa
  Barat"), not when they lie inside a longer organisation name ("Sekretariat Presiden");
- fused titles of police and military commands (``lexicons/command_titles.tsv``: "Kapolres
  Kendal", "Dandim 0715/Kendal", "Kasat Reskrim Polres Batang", "Kapolres AKBP ...");
- generic titles (``lexicons/titles.tsv``) combined with the organisation or place after them
  ("Kepala BNPB", "Bupati Cianjur", "Sekretaris Daerah (Sekda) Kota X", "Bupati Batu Bara"),
  or with their field alone where no organisation is in reach and a comma, a rank or an
  honorific sets the name off ("Ketua Panitia Pelaksana, Nama": role, no organisation).

"Wakil" before a fused command title or a named office whose deputy has no title of its own
makes the deputy's role ("Wakil Kapolda Jawa Tengah"), which no holder of the office checks.

A title word misspelt by one letter is read as the title (``title_spelling.py``: "Gubenur
Jawa Tengah", "Kapores Semarang", "Mentri Dalam Negeri"), and so is a title written in lower
case or in capitals before its unit and a name (``title_case.py``: "kepala dinas pendidikan
Kabupaten Demak Nama", "Kepala bidang (Kabid) Humas Polda X").

``org`` is the top-level institution (guidelines): a DPR commission's officials belong to
the DPR, a TNI service's to the TNI, the Presidential Secretariat's to the State Secretariat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..kb import REGION_KINDS, UNIT_KIND, KBEntry, KnowledgeBase, Office, People
from ..lexicons import Lexicons, first_words, match_head
from ..matching import TermMatcher
from ..spans import strict_span
from .commands import bare_place, command_body, command_name
from .fusions import CommandFusions
from .local_heads import district_government, village_head
from .parliaments import Parliaments
from .regional_posts import Districts, province_phrase
from .title_case import case_fixes
from .title_spelling import TitleSpelling
from .units import field_acronym

_KIND_WORDS = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}
_MAX_FIELD = 6  # words of a title's field written with no organisation after it
_MAX_POST_FIELD = 3  # field words of a post between its title and its unit ("Karo Perekonomian")
_REGION_PHRASES = ("Provinsi ", "Kabupaten ", "Kota ")  # how a unit's canonical names its region
_GOVERNMENTS = tuple("Pemerintah " + phrase for phrase in _REGION_PHRASES)
# org_units.tsv kinds of a regional government's offices, and those named by their place alone
_REGIONAL_KINDS = frozenset({"regional", "regional_short", "placed", "provincial"})
_IN_PLACE = frozenset({"regional", "regional_short", "provincial"})
# kinds of bodies whose officials belong to the body above them (guidelines: `org` is the
# top-level institution): "Ketua Komisi V DPR" -> DPR, "KSAU" -> TNI, "Direktur ... Ditjen
# Pajak" -> Kementerian Keuangan
_PART_OF_PARENT = frozenset(
    {"legislature_unit", "presidential_office", "military_police", UNIT_KIND}
)


@dataclass(frozen=True, slots=True)
class Title:
    """A title written in the text: its role, its organisation and where it ends."""

    end: int
    role: str
    org: str | None
    office: Office | None = None
    capitals: bool = False  # written in capitals ("KAPOLDA JATENG")


def org_name(kb: KnowledgeBase, org_id: str | None, day: dt.date | None) -> str | None:
    """The canonical of organisation ``org_id`` on ``day`` (None when unknown)."""
    if org_id is None:
        return None
    entries = kb.by_id.get(org_id)
    return kb.pick(entries, day).canonical if entries else None


def _corrected_text(doc: Doc, text: str, fixes: dict[int, str]) -> tuple[str, Callable[[int], int]]:
    """``text`` with the tokens at ``fixes`` replaced, and a function that maps an offset of
    the corrected text at a token boundary back to the original text."""
    pieces: list[str] = []
    shifts: list[tuple[int, int, int, int]] = []  # corrected start, start, old and new length
    pos = length = 0
    for k in sorted(fixes):
        token = doc[k]
        pieces.append(text[pos : token.idx])
        length += token.idx - pos
        shifts.append((length, token.idx, len(token.text), len(fixes[k])))
        pieces.append(fixes[k])
        length += len(fixes[k])
        pos = token.idx + len(token.text)
    pieces.append(text[pos:])

    def back(offset: int) -> int:
        delta = 0
        for corrected, original, old, new in shifts:
            if offset >= corrected + new:
                delta += new - old
            elif offset > corrected:
                return original + min(offset - corrected, old)
            else:
                break
        return offset - delta

    return "".join(pieces), back


def _name_part(word: str, name: bool) -> bool:
    """A word that may stand between a title and its organisation: a name word, an
    acronym with digits ("P2P"), or "," and "dan" in a list of fields."""
    return name or word in (",", "dan") or (word[:1].isupper() and word.isalnum())


def _regional_body(unit: Span, body: str) -> bool:
    """True when ``body`` (the canonical of ``unit`` or of the body a unit of it names) is a
    regional government or one of its offices ("Pemerintah Provinsi Jawa Tengah", "Dinas
    Komunikasi dan Informatika Provinsi Kalimantan Timur")."""
    if body.startswith(_GOVERNMENTS):
        return True
    parent = unit._.parent_org if unit._.unit else None
    return bool(parent) and str(parent).startswith(_REGION_PHRASES)


class TitleReader:
    """Find the titles of a document: where each ends, its role and its organisation."""

    def __init__(self, kb: KnowledgeBase, people: People, lex: Lexicons) -> None:
        self.kb = kb
        self.people = people
        self.lex = lex
        self.matcher = TermMatcher(people.titles)
        self.fusions = CommandFusions(kb, lex)
        self.parliaments = Parliaments(kb)
        self.districts = Districts(kb)
        self.spelling = TitleSpelling(
            (
                *people.office_words,
                *first_words(lex.command_titles),
                *first_words(lex.title_heads),
            ),
            kb,
            people,
            lex.abbreviations,
        )

    def titles(
        self,
        doc: Doc,
        text: str,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        day: dt.date | None,
    ) -> list[Title]:
        titles: dict[int, Title] = {}
        starts: dict[int, int] = {}
        fixes = case_fixes(doc)  # "kepala dinas pendidikan": read as "Kepala Dinas Pendidikan"
        if fixes:
            words = [fixes.get(k, word) for k, word in enumerate(words)]
            names = [names[k] or k in fixes for k in range(len(words))]
        fixes.update(self.spelling.corrections(words))
        back = None
        if fixes:  # "Gubenur Jawa Tengah": read as "Gubernur Jawa Tengah"
            words = [fixes.get(k, word) for k, word in enumerate(words)]
            text, back = _corrected_text(doc, text, fixes)
        for start, end, form in self.matcher.find(text):
            if back is not None:
                start, end = back(start), back(end)
            span = strict_span(doc, start, end)
            office = self.people.title(form, day)
            if span is None or office is None:
                continue
            if any(s <= span.start and span.end <= e for s, e in starts.items()):
                continue  # "Presiden" inside "Wakil Presiden"
            inside = ent_at.get(span.start)
            if (
                inside is not None
                and inside.label_ == "ORG"
                and inside.start <= span.start
                and span.end <= inside.end
                and len(inside) > len(span)
            ):
                continue  # "Presiden" inside "Sekretariat Presiden"
            if span.start and match_head(words, span.start - 1, self.lex.title_heads) > 1:
                continue  # "Wakil Gubernur Jawa Barat": a generic title, not the named one
            place = ent_at.get(span.end - 1)
            if place is not None and place.label_ == "LOC" and place.end > span.end:
                continue  # "Bupati Bandung Barat": a longer place, the head of another region
            org = org_name(self.kb, office.org, day)
            body = str(place._.canonical) if place is not None and place.label_ == "ORG" else ""
            if body and place is not None and place.end > span.end and not body.endswith(org or ""):
                # "Ketua DPD Partai Golkar", "Ketua Dewan Perwakilan Rakyat Daerah ...": the
                # office's words begin another body's name (not one of its own units)
                continue
            role = self._qualified(words, span.start, office.role)  # "Wakil Kapolda Jateng"
            after = self._skip_org(doc, span.end, ent_at)
            # an acting post ("Plh. Kepala BNPB Nama") or the deputy's is held by someone other
            # than the office's holder: the title keeps its role but names no holder to check
            acting = role != office.role
            titles[span.start] = Title(
                self._skip_tail(words, after), role, org, None if acting else office
            )
            starts[span.start] = span.end
        in_named = [False] * len(words)  # the first token of a named title, or inside one
        for s, e in starts.items():
            for k in range(s, max(e, s + 1)):
                in_named[k] = True
        self._command_titles(words, names, ent_at, day, in_named, titles)
        if self.fusions.present(doc.text):
            self._fused_command_titles(doc, words, day, titles)
        self._fused_unit_titles(words, ent_at, day, in_named, titles)
        heads = first_words(self.lex.title_heads)  # elsewhere match_head finds none
        generic_end = 0  # "Bupati" inside "Wakil Bupati" is not a title of its own
        for i in [k for k, word in enumerate(words) if word in heads]:
            if in_named[i] or i < generic_end or i in titles:
                continue  # a named or fused title begins here
            if (
                i in ent_at
                and ent_at[i].label_ == "LOC"
                and not self._unit_follows(names, i + 1, ent_at)
            ):
                continue  # "Karo" in "Kabupaten Karo" is a place; "Karo Humas Kemenkes" a title
            free = int(i in ent_at)  # "Karo" read as a place before "Humas Kemenkes"
            while i + free < len(words) and free < 5 and i + free not in ent_at:
                free += 1
            size = match_head(words, i, self.lex.title_heads, free)
            if not size and self._opens_place(i + free, ent_at):
                # "Wali Kota Bengkulu": the place "Kota Bengkulu" begins at the title's last word
                size = match_head(words, i, self.lex.title_heads, free + 1)
                size = size if size == free + 1 else 0
            if size:
                title = self._post_title(words, i, size, ent_at) or self.generic_title(
                    doc, words, names, i, size, ent_at
                )
                if title is not None:
                    titles[i] = title
                    generic_end = i + size
        return [titles[k] for k in sorted(titles)]

    def _post_title(
        self, words: list[str], i: int, size: int, ent_at: dict[int, Span]
    ) -> Title | None:
        """A member's or officer's post before a parliament ("Anggota Komisi D DPRD Kabupaten
        Sleman", ``parliaments.py``)."""
        post = self.parliaments.title(words, ent_at, i, size)
        if post is None:
            return None
        return Title(post.end, self._prefixed(words, i, post.role), post.org)

    def _command_titles(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        day: dt.date | None,
        in_named: list[bool],
        titles: dict[int, Title],
    ) -> None:
        """Fused titles of ``command_titles.tsv`` followed by the unit's name.

        "Kapolres Kendal AKBP X": role "Kepala Kepolisian Resor Kendal", organisation the
        unit's parent (Kepolisian Negara Republik Indonesia).
        """
        firsts = first_words(self.lex.command_titles)
        starts = [k for k, word in enumerate(words) if word in firsts]
        if not starts:
            return
        covered = [ent_at.get(k) for k in range(len(words))]
        for i in starts:
            size = match_head(words, i, self.lex.command_titles)
            if not size or in_named[i] or i in ent_at:
                continue
            role_head, unit_head = self.lex.command_titles[tuple(words[i : i + size])]
            expansion, parent, kind = self.lex.command_units[unit_head]
            org = org_name(self.kb, parent, day) if parent != "-" else None
            end = i + size
            named = (
                None
                if kind == "title"
                else command_name(self.lex, words, names, covered, end, kind)
            )
            if named is not None:
                end, name = named
                name = self.lex.fused_place(unit_head, name)  # "Kapolda Metro": Metro Jaya
                role = f"{role_head} {expansion} {name}"
                above = (
                    command_body(self.kb, covered, end, parent) if kind == "designation" else None
                )
                if above is not None:  # "Pangdivif 2 Kostrad"
                    role = f"{role} {above._.canonical}"
                    end = above.end
            else:
                unit = ent_at.get(end)
                body = str(unit._.canonical) if unit is not None else ""
                inside = ent_at.get(end - 1)
                if inside is not None and inside.label_ == "ORG" and inside.end > end:
                    # "Kadiv Humas Polri", "Kabid Humas Polda Jateng": "Humas ..." was read as
                    # a unit of the body after it; the body is the canonical without the unit
                    unit = inside
                    canonical, part = str(inside._.canonical), str(inside._.unit or "")
                    if part and canonical.startswith(part + " "):
                        body = canonical[len(part) + 1 :]
                    else:
                        body = str(inside._.parent_org or canonical)
                    end = int(inside.start)
                if unit is not None and unit.label_ == "ORG" and _regional_body(unit, body):
                    continue  # "Kabid Humas Pemprov Jateng": a post of a regional government
                if unit is not None and unit.start == end and unit.label_ == "ORG":
                    # "Kasat Reskrim Polres Batang", "Kadiv Humas Polri": the body that follows
                    role = f"{role_head} {expansion} {body}"
                    end = unit.end
                    if org is None:  # "Kapuspen TNI", "Kapuspenkum Kejagung": that body's
                        org = self._top_org(unit, day)
                elif kind == "title" or match_head(words, end, self.lex.honorifics):
                    role = f"{role_head} {expansion}"  # "Kapolres AKBP X": a rank follows
                else:
                    continue
            titles[i] = Title(
                self._skip_bracket(words, end),
                self._qualified(words, i, role),
                org,
                capitals=words[i].isupper(),
            )

    def _fused_command_titles(
        self, doc: Doc, words: list[str], day: dt.date | None, titles: dict[int, Title]
    ) -> None:
        """A fused title over a command head fused with its province, in one token:
        "Kapoldajatim Irjen X" is the head of Kepolisian Daerah Jawa Timur."""
        for fused in self.fusions.find(doc.text, token_table(doc).starts, words):
            if fused.title is None or fused.index in titles:
                continue
            role_head, _ = self.lex.command_titles[fused.title]
            expansion, parent, _ = self.lex.command_units[fused.head]
            org = org_name(self.kb, parent, day) if parent != "-" else None
            role = self._qualified(words, fused.index, f"{role_head} {expansion} {fused.place}")
            titles[fused.index] = Title(
                fused.index + 1, role, org, capitals=words[fused.index].isupper()
            )

    def _fused_unit_titles(
        self,
        words: list[str],
        ent_at: dict[int, Span],
        day: dt.date | None,
        in_named: list[bool],
        titles: dict[int, Title],
    ) -> None:
        """ "Ka" fused with a unit's short form, then the unit's place or its parent body:
        "Kadinkes Kabupaten Demak", "Kasatpol PP Kota Bandung", "Kakanwil Kemenag Jatim",
        "Kapusdatin BNPB", "Kabiro Humas Kemenkes". The role is "Kepala" and the unit; the
        organisation is the regional government of the place or the parent's top body.
        Without a place or a parent after it the title is not read (whose office?)."""
        for i, word in enumerate(words):
            if not word.startswith("Ka") or i in titles or in_named[i] or i in ent_at:
                continue
            if (word,) in self.lex.title_heads:
                continue  # "Kabag", "Kabid": generic titles
            unit = self.lex.fused_unit(words, i)
            if unit is None:
                continue
            kind = self.lex.unit_kind(unit)
            k = i + len(unit)
            while k < len(words) and (
                (k not in ent_at and _name_part(words[k], False))
                or field_acronym(self.lex, words, k, ent_at.get(k), ent_at.get(k + 1))
            ):
                k += 1  # the rest of the unit's name: "Kabiro Humas Kemenkes", "Kadis PUPR"
            ent = ent_at.get(k)
            if ent is None or ent.start != k or kind is None:
                continue
            head = self.lex.expand(" ".join([*unit, *words[i + len(unit) : k]]))
            head = head if head.startswith("Kepala ") else "Kepala " + head  # "Kadis Kesehatan"
            entries = self.kb.by_id.get(ent._.org_id or "")
            entry = self.kb.pick(entries, day) if entries else None
            org: str | None = None
            end = int(ent.end)
            if ent.label_ == "LOC":
                if kind not in _IN_PLACE or entry is None:
                    continue  # "Kakanwil Jawa Timur": the ministry is not written
                if entry.kind not in REGION_KINDS:
                    continue
                phrase = f"{_KIND_WORDS[entry.kind]} {bare_place(entry.canonical)}"
                head = f"{head} {phrase}"
                if kind == "provincial":  # "Kasudin Perhubungan Jakarta Barat": DKI Jakarta's
                    phrase = province_phrase(self.kb, entry) or ""
                org = f"Pemerintah {phrase}"
            elif entry is not None and entry.kind == "regional_government":
                org = entry.canonical  # "Kadinkes Pemkab Demak"
                head = f"{head} {org.removeprefix('Pemerintah ')}"
            elif ent.label_ == "ORG" and self._same_unit(head, ent) and self._regional_org(ent):
                # "Kadis DP3A Kota Semarang": the office the head's title names, by its acronym
                head = f"Kepala {ent._.canonical}"
                org = self._regional_org(ent)
            elif kind not in ("regional", "regional_short"):
                org = self._regional_org(ent) or self._top_org(ent, day)
                if ent._.unit:  # "Kabiro Humas Kemenkes": the unit's name was read with it
                    head = f"{head} {ent._.unit}"
                place = ent_at.get(end)
                if place is not None and place.start == end and place.label_ == "LOC":
                    end = int(place.end)  # "Kakanwil Kemenag Jatim": the office's region
            else:
                continue
            if org is not None and self.kb.lookup(org, day) is None:
                org = None
            titles[i] = Title(self._skip_bracket(words, end), self._prefixed(words, i, head), org)

    @staticmethod
    def _same_unit(head: str, ent: Span) -> bool:
        """True when the unit span ``ent`` is an office of the kind a fused title heads:
        "Kadis" (Kepala Dinas) before "DP3A Kota Semarang" (Dinas Pemberdayaan ...)."""
        unit = str(ent._.unit or "")
        kind = head.removeprefix("Kepala ")
        return bool(unit) and (unit == kind or unit.startswith(kind + " "))

    @classmethod
    def _unit_follows(cls, names: list[bool], k: int, ent_at: dict[int, Span]) -> bool:
        """True when a unit of an organisation begins at token ``k`` or after one to three
        field words ("Karo | Humas Kemenkes", "Karo Perekonomian | Setda Provinsi NTB")."""
        for n in range(_MAX_POST_FIELD + 1):
            if n and (k + n > len(names) or not names[k + n - 1] or k + n - 1 in ent_at):
                return False
            if cls._opens_unit(k + n, ent_at):
                return True
        return False

    @staticmethod
    def _opens_unit(k: int, ent_at: dict[int, Span]) -> bool:
        """True when a unit of an organisation ("Humas Kemenkes") begins at token ``k``."""
        ent = ent_at.get(k)
        return ent is not None and ent.start == k and ent.label_ == "ORG" and bool(ent._.unit)

    @staticmethod
    def _opens_place(k: int, ent_at: dict[int, Span]) -> bool:
        """True when a place of two or more words begins at token ``k`` ("Kota Bengkulu")."""
        ent = ent_at.get(k)
        return ent is not None and ent.start == k and ent.label_ == "LOC" and len(ent) > 1

    def _qualified(self, words: list[str], start: int, role: str) -> str:
        """``role`` with the deputy's "Wakil" written before a fused command title or a named
        office whose deputy has no title of its own ("Wakil Kapolda Jawa Tengah": Wakil
        Kepala Kepolisian Daerah Jawa Tengah, as "Wakapolda"), and an acting post before
        that ("Plt Wakil Kapolres Kendal")."""
        if start and words[start - 1] in ("Wakil", "WAKIL") and not role.startswith("Wakil "):
            return self._prefixed(words, start - 1, f"Wakil {role}")
        return self._prefixed(words, start, role)

    def _prefixed(self, words: list[str], start: int, role: str) -> str:
        """Add "Pelaksana Tugas"/"Penjabat"/... when the text writes it before the title."""
        for size in (2, 1):
            key = tuple(words[max(0, start - size) : start])
            if len(key) == size and key in self.lex.role_prefixes:
                return f"{self.lex.role_prefixes[key]} {role}"
        return role

    def _skip_org(self, doc: Doc, k: int, ent_at: dict[int, Span]) -> int:
        """Skip the organisation that a named title ends in or is followed by."""
        if k > 0 and k - 1 in ent_at and k in ent_at and ent_at[k] is ent_at[k - 1]:
            return int(ent_at[k].end)
        if k in ent_at and ent_at[k].label_ == "ORG" and ent_at[k].start == k:
            return int(ent_at[k].end)
        return k

    def _skip_tail(self, words: list[str], k: int) -> int:
        """Skip what may close an office's name: a short form in brackets and "RI"
        ("Kepala Badan Pusat Statistik (BPS) RI, Nama")."""
        k = self._skip_bracket(words, k)
        if k < len(words) and words[k] == "RI":
            k = self._skip_bracket(words, k + 1)
        return k

    def _skip_bracket(self, words: list[str], k: int) -> int:
        """Skip an acronym in brackets after a title: "Menteri ... (PANRB) Nama"."""
        if k < len(words) and words[k] == "(":
            for j in range(k + 1, min(k + 8, len(words))):
                if words[j] == ")":
                    return j + 1
        return k

    def generic_title(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        i: int,
        size: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """The generic title of ``size`` words at token ``i`` (``lexicons/titles.tsv``) with
        the organisation or place after it, or None when none follows."""
        includes_org, target = self.lex.title_heads[tuple(words[i : i + size])]
        head = self.lex.expand(" ".join(words[i : i + size]))
        k = i + size
        if self._opens_place(k - 1, ent_at):
            k -= 1  # the title's last word begins the place ("Wali Kota" + "Kota Bengkulu")
        k = after = self._skip_bracket(words, k)  # "Sekretaris Daerah (Sekda) Kota X"
        while k < len(words) and k not in ent_at and (_name_part(words[k], names[k])):
            k += 1
        while k > after and words[k - 1] in (",", "dan"):
            k -= 1
        if target == "district" and not self._written_place(after, ent_at):
            return self._district_named(words, names, i, head, after, ent_at)
        if target in _KIND_WORDS and after not in ent_at:
            # "Bupati Batu Bara": a place whose bare name is a common word, named by the title
            found = self._place_after_title(words, names, after, target)
            if found is not None:
                end, name = found
                org: str | None = f"Pemerintah {_KIND_WORDS[target]} {name}"
                if self.kb.lookup(org or "") is None:
                    org = None
                return Title(end, self._prefixed(words, i, f"{head} {name}"), org)
        if k >= len(doc) or k not in ent_at or ent_at[k].start != k:
            if target != "org" or match_head(words, i, self.lex.honorifics) >= size:
                return None
            return self._unplaced_title(doc, words, i, head, after, k, ent_at)
        if k > after and match_head(words, i, self.lex.honorifics) >= size:
            return None  # a rank ("Irjen Pol Ahmad Luthfi"), a title only right before its body
        ent = ent_at[k]
        last = ent  # the last entity the title takes in
        extra = self.lex.expand(doc[after:k].text) if k > after else ""
        if ent.label_ == "LOC" and target in ("org", "village") and not extra:
            # "Kepala Desa Sendangrejo", "Kades Sukamaju", "Lurah Sumberejo"
            village = village_head(self.kb, words, head, ent, ent_at)
            if village is not None or target == "village":
                if village is None:
                    return None
                role, org, last = village
                return Title(self._skip_tail(words, last.end), self._prefixed(words, i, role), org)
        if target == "org" and ent.label_ == "LOC" and extra:
            office = self._office_in_region(head, extra, ent)
            if office is not None:  # "Kasat Pol PP Kabupaten Sleman"
                role, org = office
                return Title(self._skip_tail(words, ent.end), self._prefixed(words, i, role), org)
        if target == "org":
            if ent.label_ != "ORG":
                return None
            j = self._skip_bracket(words, ent.end)
            body = ent_at.get(j) if j > ent.end else None
            regional = self._regional_org(ent)
            if body is not None and body.label_ == "LOC" and regional is None:
                body = None  # a place after the short form only for a regional office's unit
            if ent._.unit and body is not None and body.start == j:
                # "Kepala Pusat Penerangan (Kapuspen) TNI": the short title, then the body;
                # "Kepala Dinas Kesehatan (Dinkes) Kabupaten X": the short form, then the place
                placed = regional is not None or self._in_region(ent)
                role = f"{head} {ent._.canonical if placed else ent._.unit}"
                org = regional or self._top_org(body, doc._.published)
                last = body
            elif ent._.unit and not extra:
                org = self._regional_org(ent)
                # a regional office's head is named with its region ("Kepala Dinas Kesehatan
                # Provinsi Jawa Timur", "Kepala Kantor Wilayah Kementerian Agama Provinsi
                # Jawa Timur"), a national body's unit's without its body
                placed = org is not None or self._in_region(ent)
                role = f"{head} {ent._.canonical if placed else ent._.unit}"
                org = org or self._top_org(ent, doc._.published)
            else:
                # "Kepala Bidang Kedaruratan BPBD Kabupaten Cianjur": the regional government
                org = self._regional_org(ent)
                if extra:
                    role = f"{head} {extra}" + (f" {ent._.canonical}" if org else "")
                else:
                    role = f"{head} {ent._.canonical}" if includes_org else head
                org = org or self._top_org(ent, doc._.published)
        else:
            entries = self.kb.by_id.get(ent._.org_id or "")
            if ent.label_ != "LOC" or extra or not entries:
                return None
            place = entries[0]
            if target == "district":  # "Camat Cugenang": the regency's or city's government
                return self._district_title(words, i, head, place, last)
            if target == "region":  # "Sekretaris Daerah": a province, a regency or a city
                if place.kind not in REGION_KINDS:
                    return None
                target = place.kind
                head = f"{head} {_KIND_WORDS[target]}"
            if place.kind != target:
                # "Bupati Bekasi": the title says which Bekasi is meant
                prefix = {"regency": "Kabupaten ", "city": "Kota ", "province": ""}[target]
                other = self.kb.lookup(prefix + bare_place(place.canonical))
                if other is None or other.kind != target:
                    return None
                place = other
                ent._.canonical = other.canonical
            name = bare_place(place.canonical)
            role = f"{head} {name}"
            org = f"Pemerintah {_KIND_WORDS[target]} {name}"
            if self.kb.lookup(org) is None:
                org = None
        return Title(self._skip_tail(words, last.end), self._prefixed(words, i, role), org)

    def _unplaced_title(
        self,
        doc: Doc,
        words: list[str],
        i: int,
        head: str,
        after: int,
        k: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """A generic title and its field with no organisation in reach, set off from the name
        after it by a comma, a rank or an honorific ("Dirjen Bimas Islam, Nama", "Kabid
        Pencegahan Kombes Pol Nama", "Kepala Bidang Pelayanan dr. Nama"): the role is the
        title and its field; the organisation is not written, so it stays unknown. The field
        is one to six capitalised words (``k``: where they end), no headline verb."""
        end = -1
        for p in range(after + 1, min(k, after + _MAX_FIELD) + 1):
            if p == len(words):
                break
            if words[p] == "," or self.lex.rank_at(words, p, False):
                end = p
                break
        if end < 0 or words[end - 1] in (",", "dan"):
            return None
        j = end + 1  # "Kepala Bidang Pencegahan, Kedaruratan dan Logistik": a list of fields
        while j < len(words) and j not in ent_at and _name_part(words[j], False):
            if words[j] in ("dan", "serta"):
                return None
            j += 1
        field = words[after:end]
        if any(word == "," or self._verb(word) for word in field):
            return None  # "Kepala Desa Tinjau Lokasi, Nama": a headline
        if any(q in ent_at for q in range(after, end)):
            return None
        role = f"{head} {self.lex.expand(doc[after:end].text)}"
        return Title(end, self._prefixed(words, i, role), None)

    def _verb(self, word: str) -> bool:
        """A headline verb ("Tinjau", "Serahkan"); not a noun made with pe-/ke- and -an
        ("Penindakan", "Kesiapsiagaan")."""
        return self.lex.headline_verb(word) and not word.startswith(("Pe", "Ke"))

    def _office_in_region(self, head: str, extra: str, place: Span) -> tuple[str, str] | None:
        """Role and organisation of a title whose words name a regional office, written
        before a province, regency or city ("Kasat Pol PP Kabupaten Sleman": the head of the
        Satuan Polisi Pamong Praja Kabupaten Sleman, of Pemerintah Kabupaten Sleman)."""
        kind = self.lex.unit_kind(tuple(f"{head} {extra}".split(" ")))
        entries = self.kb.by_id.get(place._.org_id or "")
        if kind not in _REGIONAL_KINDS or not entries or entries[0].kind not in REGION_KINDS:
            return None
        phrase = f"{_KIND_WORDS[entries[0].kind]} {bare_place(entries[0].canonical)}"
        org = f"Pemerintah {phrase}"
        if self.kb.lookup(org) is None:
            return None
        return f"{head} {extra} {phrase}", org

    def _district_title(
        self, words: list[str], i: int, head: str, place: KBEntry, last: Span
    ) -> Title | None:
        """The head of a district ("Camat Cilandak"): the role names the district, the
        organisation is the government of the regency or city the district lies in, when
        the district's name is no other district's ("Camat Sukamaju": which one?)."""
        if place.kind != "district":
            return None  # "Camat Bandung": a city's name, not a district's
        org = district_government(self.kb, place, last.text)
        role = f"{head} {bare_place(place.canonical)}"
        return Title(self._skip_tail(words, last.end), self._prefixed(words, i, role), org)

    def _written_place(self, k: int, ent_at: dict[int, Span]) -> bool:
        """True when a place the gazetteer tagged begins at token ``k`` and is a district, a
        province, a regency or a city ("Camat Cilandak", "Camat Bandung")."""
        ent = ent_at.get(k)
        if ent is None or ent.start != k or ent.label_ != "LOC":
            return False
        entries = self.kb.by_id.get(ent._.org_id or "")
        return entries is not None and entries[0].kind in ("district", *REGION_KINDS)

    def _district_named(
        self,
        words: list[str],
        names: list[bool],
        i: int,
        head: str,
        k: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """A district head's title before a district's name the gazetteer's matcher did not
        tag ("Camat Kuta", "Camat Sukajadi, Kota Bandung"): ``regional_posts.Districts``;
        the region written after the district closes the title."""
        found = self.districts.after_title(words, names, k, set(ent_at.values()))
        if found is None:
            return None
        end = found.end
        region = ent_at.get(end + 1) if end < len(words) and words[end] == "," else None
        if region is not None and region.start == end + 1 and self._written_place(end + 1, ent_at):
            end = int(region.end)  # "Camat Sukajadi, Kota Bandung, Nama"
        role = self._prefixed(words, i, f"{head} {found.name}")
        return Title(self._skip_tail(words, end), role, found.org)

    def _place_after_title(
        self, words: list[str], names: list[bool], k: int, target: str
    ) -> tuple[int, str] | None:
        """The regency/city/province whose name the words at ``k`` spell once the title's
        kind is put before them ("Batu Bara" after "Bupati": Kabupaten Batu Bara)."""
        for n in (3, 2, 1):
            if k + n > len(words) or not all(names[k : k + n]):
                continue
            entry = self.kb.lookup(f"{_KIND_WORDS[target]} {' '.join(words[k : k + n])}")
            if entry is not None and entry.label == "LOC" and entry.kind == target:
                return k + n, bare_place(entry.canonical)
        return None

    @staticmethod
    def _in_region(ent: Span) -> bool:
        """True when the unit span ``ent`` is a national body's office in a region
        ("Kantor Wilayah Kementerian Agama Provinsi Jawa Timur")."""
        parent = ent._.parent_org
        if not parent or not ent._.unit:
            return False
        rest = str(ent._.canonical).removeprefix(f"{ent._.unit} {parent}")
        return rest.startswith((" Provinsi ", " Kabupaten ", " Kota "))

    @staticmethod
    def _regional_org(ent: Span) -> str | None:
        """The regional government a unit of a province, regency or city belongs to
        ("Dinas Sosial Kabupaten Demak" -> Pemerintah Kabupaten Demak)."""
        parent = ent._.parent_org if ent._.unit else None
        if parent is not None and parent.startswith(("Provinsi ", "Kabupaten ", "Kota ")):
            return f"Pemerintah {parent}"
        return None

    def _top_org(self, ent: Span, day: dt.date | None) -> str | None:
        """The organisation an official of ``ent`` belongs to: the body itself (or the
        parent a unit names), or the one above it for the kinds of ``_PART_OF_PARENT``;
        None for a unit whose body the text does not name ("Kepala Biro Hukum, Nama")."""
        parent = ent._.parent_org
        found = self.kb.lookup(parent, day) if parent else None
        if found is not None and found.label == "ORG":
            entry = found
        else:
            entries = self.kb.by_id.get(ent._.org_id or "")
            if not entries:
                if ent._.unit and not parent:
                    return None
                return str(parent or ent._.canonical)
            entry = self.kb.pick(entries, day)
        for _ in range(3):
            parents = self.kb.by_id.get(entry.parent or "")
            if entry.kind not in _PART_OF_PARENT or not parents:
                break
            entry = self.kb.pick(parents, day)
        return entry.canonical
