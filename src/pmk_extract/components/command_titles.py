"""Fused titles of commands and units, read into a role and an organisation.

- titles of ``lexicons/command_titles.tsv`` followed by the unit's name: "Kapolres Kendal",
  "Dandim 0715/Kendal", "Kasat Reskrim Polres Batang", "Kapolres AKBP ..." (a rank follows);
- a fused title over a command head fused with its province, in one token ("Kapoldajatim");
- "Ka" fused with a unit's short form, then the unit's place or its parent body ("Kadinkes
  Kabupaten Demak", "Kakanwil Kemenag Jatim", "Kabiro Humas Kemenkes").

Read by :class:`~pmk_extract.components.titles.TitleReader`.
"""

from __future__ import annotations

import datetime as dt

import regex
from spacy.tokens import Doc, Span

from ..command_posts import deputy_posts, numbered_bases
from ..doctable import token_table
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, first_words, match_head
from ..regions import KIND_WORDS, bare_place
from ..spans import doc_text
from ..stemming import root_words, stem_word
from ..unit_kinds import DEPARTMENTS, PROVINCIAL, REGIONAL_SHORT, TITLED_IN_PLACE
from .commands import DESIGNATION_KINDS, command_body, command_name, unit_after
from .doc_regions import DocumentRegions
from .fusions import CommandFusions
from .justice_words import dated_parent
from .regional_posts import province_phrase
from .title_parts import (
    Title,
    listed_name,
    name_part,
    org_name,
    prefixed,
    qualified,
    regional_office,
    regional_org,
    skip_bracket,
    top_org,
)
from .unit_fields import field_acronym
from .unit_view import second_province

_REGION_PHRASES = ("Provinsi ", "Kabupaten ", "Kota ")  # how a unit's canonical names its region
_GOVERNMENTS = tuple("Pemerintah " + phrase for phrase in _REGION_PHRASES)
# org_units.tsv kinds of a regional government's offices named by their place alone
_LETTER = regex.compile(r"[A-Z]|\d{1,2}")  # a company's or platoon's letter or number


def _unit_letter(words: list[str], k: int, ent_at: dict[int, Span]) -> bool:
    """True when a sub-unit's letter or number at ``k`` comes before the unit it belongs to
    ("Danki [A] Yonif 413", "Danki [3] Yonif 310")."""
    if k + 1 >= len(words) or not _LETTER.fullmatch(words[k]) or k in ent_at:
        return False
    unit = ent_at.get(k + 1)
    return unit is not None and unit.start == k + 1 and unit.label_ == "ORG" and bool(unit._.unit)


def _regional_body(unit: Span, body: str) -> bool:
    """True when ``body`` (the canonical of ``unit`` or of the body a unit of it names) is a
    regional government or one of its offices ("Pemerintah Provinsi Jawa Tengah", "Dinas
    Komunikasi dan Informatika Provinsi Kalimantan Timur")."""
    if body.startswith(_GOVERNMENTS):
        return True
    parent = unit._.parent_org if unit._.unit else None
    return bool(parent) and str(parent).startswith(_REGION_PHRASES)


class CommandTitles:
    """Find the fused titles of a document (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.fusions = CommandFusions(kb, lex)
        self.deputies = deputy_posts()

    def command_titles(
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
            if not size or in_named[i] or (i in ent_at and ent_at[i].end >= i + size):
                continue  # "Karo Ops Polda X": a place's name ("Karo") opens a longer title
            role_head, unit_head = self.lex.command_titles[tuple(words[i : i + size])]
            expansion, parent, kind = self.lex.command_units[unit_head]
            dated = dated_parent(self.kb, parent, day)  # "Kalapas": the ministry of the date
            org = org_name(self.kb, dated, day) if parent != "-" else None
            end = i + size
            unit = ent_at.get(i + 1)
            if (
                words[i] in self.deputies
                and unit is not None
                and unit.start == i + 1
                and unit.label_ == "ORG"
            ):
                # a deputy's post written apart before the unit, built as an ORG of its own:
                # "Waka Polres Batang", "Wadan Lantamal V" as "Wakil Kepala Polres Batang"
                top = top_org(self.kb, unit, day)
                role = qualified(self.lex, words, i, f"{role_head} {unit._.canonical}")
                org = top if top is not None else org
                titles[i] = Title(skip_bracket(words, int(unit.end)), role, org)
                continue
            named = (
                None
                if kind == "title"
                else command_name(self.lex, words, names, covered, end, kind, self.kb)
            )
            numbered = named is not None and _bare_number_name(
                self.lex, words, covered, end, named, expansion
            )
            if numbered:
                named = (end + 1, words[end])  # "Danyonif 512 Nama Nama": the name after it
            if named is not None:
                end, name = named
                name = self.lex.fused_place(unit_head, name)  # "Kapolda Metro": Metro Jaya
                role = f"{role_head} {expansion} {name}"
                above = (
                    command_body(self.kb, covered, end, parent)
                    if kind in DESIGNATION_KINDS
                    else None
                )
                if above is None and org is not None:
                    # "Kapolsek Tebet Polres Metro Jakarta Selatan", "Dansatgas Pamtas Yonif
                    # 122/TS", "Danramil 01/Cilandak Kodim 0504/Jakarta Selatan": the unit
                    # above or beside it, of the same organisation
                    above = unit_after(covered, end, org)
                    if above is None and words[end : end + 1] == [","]:
                        # "Kapolsek Pancoran Mas, Polres Metro Depok, Kompol X"
                        above = unit_after(covered, end + 1, org)
                        if above is not None and words[above.end : above.end + 1] != [","]:
                            above = None
                if above is not None:  # "Pangdivif 2 Kostrad"
                    role = f"{role} {above._.canonical}"
                    end = above.end
                    while org is not None and (higher := unit_after(covered, end, org)):
                        # "Kapolsek X Polres Y Polda Z", "Danramil X Kodim Y Korem Z": the
                        # commands above the one the post names, passed over
                        end = higher.end
            else:
                inner = self._inner_units(words, end, parent)
                if inner is not None:  # "Dirtipidum Bareskrim Polri", "Karopenmas Divhumas"
                    end, written = inner
                    expansion = f"{expansion} {written}"
                if _unit_letter(words, end, ent_at):  # "Danki A Yonif 413/Bremoro": company A
                    expansion = f"{expansion} {words[end]}"
                    end += 1
                unit = ent_at.get(end)
                if unit is not None and unit.label_ == "LOC" and unit.start == end and org:
                    # "Bhabinkamtibmas Desa Sukamaju Polsek Cibinong": the village, then the
                    # unit the officer serves in
                    served = unit_after(covered, unit.end, org)
                    if served is not None:
                        unit, end = served, int(served.start)
                behind = skip_bracket(words, end)
                if unit is None and behind > end and behind in ent_at:
                    # "Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres X": the short
                    # form in brackets, then the body
                    unit = ent_at[behind]
                    end = behind if unit.start == behind else end
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
                if unit is not None and unit.start == end and regional_office(self.lex, unit):
                    continue  # "Kepala Bidang Lalu Lintas Dinas Perhubungan Nama": the same
                if unit is not None and unit.start == end and unit.label_ == "ORG":
                    # "Kasat Reskrim Polres Batang", "Kadiv Humas Polri": the body that follows
                    role = f"{role_head} {expansion} {body}"
                    end = unit.end
                    if org is None or self._other_body(unit, dated):
                        # "Kapuspen TNI", "Kapuspenkum Kejagung": that body's; "Kabag Ops
                        # Basarnas": a field the police also has, in another known body
                        org = top_org(self.kb, unit, day)
                    while org is not None and (higher := unit_after(covered, end, org)):
                        end = higher.end  # "Kasat Reskrim Polres X Polda Y": the commands above
                elif _field_goes_on(words, end, firsts):
                    continue  # "Kepala Bidang Lalu Lintas dan Angkutan Jalan Dinas X": no police
                    # post; the field goes on into another office's
                elif (kind == "title" and org is not None) or match_head(
                    words, end, self.lex.honorifics
                ):
                    # "Kapolres AKBP X": a rank follows; "Kabareskrim X": the unit's body is
                    # known ("Danton Brimob": whose platoon? no title)
                    role = f"{role_head} {expansion}"
                else:
                    continue
            titles[i] = Title(
                skip_bracket(words, end),
                qualified(self.lex, words, i, role),
                org,
                capitals=words[i].isupper(),
            )

    def _inner_units(self, words: list[str], k: int, parent: str) -> tuple[int, str] | None:
        """The units named only inside titles (``command_units.tsv`` kind title) written
        after a post's own unit at ``k``, of the same organisation ``parent``: the bodies it
        lies in ("Dirtipidum | Bareskrim Polri", "Karopenmas | Divhumas Polri"). Returns the
        token after them and their expansions, or None."""
        end = k
        parts: list[str] = []
        while size := match_head(words, end, self.lex.command_units):
            expansion, unit_parent, kind = self.lex.command_units[tuple(words[end : end + size])]
            if kind != "title" or unit_parent != parent:
                break
            parts.append(expansion)
            end += size
        return (end, " ".join(parts)) if parts else None

    def _other_body(self, unit: Span, parent: str) -> bool:
        """True when ``unit`` is a known organisation (the gazetteer's) that is neither
        ``parent`` nor below it: a post named like a police one in another body."""
        entries = self.kb.by_id.get(unit._.org_id or "")
        if not entries:
            # a body built by pattern: another one when its officers belong elsewhere ("Kabag
            # Ops Kantor SAR Jakarta": Basarnas's; "Kasat Reskrim Polres Batang": the police's)
            top = self.kb.by_id.get(parent)
            owner = unit._.parent_org if unit._.unit else None
            return bool(owner) and bool(top) and owner not in {e.canonical for e in top or ()}
        for _ in range(4):
            if not entries or entries[0].id == parent:
                return not entries
            entries = self.kb.by_id.get(entries[0].parent or "")
        return True

    def fused_command_titles(
        self, doc: Doc, words: list[str], day: dt.date | None, titles: dict[int, Title]
    ) -> None:
        """A fused title over a command head fused with its province, in one token:
        "Kapoldajatim Irjen X" is the head of Kepolisian Daerah Jawa Timur."""
        for fused in self.fusions.find(doc_text(doc), token_table(doc).starts, words):
            if fused.title is None or fused.index in titles:
                continue
            role_head, _ = self.lex.command_titles[fused.title]
            expansion, parent, _ = self.lex.command_units[fused.head]
            org = org_name(self.kb, parent, day) if parent != "-" else None
            role = qualified(self.lex, words, fused.index, f"{role_head} {expansion} {fused.place}")
            titles[fused.index] = Title(
                fused.index + 1, role, org, capitals=words[fused.index].isupper()
            )

    def fused_unit_titles(
        self,
        words: list[str],
        ent_at: dict[int, Span],
        day: dt.date | None,
        in_named: list[bool],
        titles: dict[int, Title],
        names: list[bool],
        context: DocumentRegions,
    ) -> None:
        """ "Ka" fused with a unit's short form, then the unit's place or its parent body:
        "Kadinkes Kabupaten Demak", "Kasatpol PP Kota Bandung", "Kakanwil Kemenag Jatim",
        "Kapusdatin BNPB", "Kabiro Humas Kemenkes". The role is "Kepala" and the unit; the
        organisation is the regional government of the place or the parent's top body.
        Without a place or a parent after it the title is not read (whose office?), but for
        a regional office's whole short form before a name ("Kadinsos Nama" after "Pemkab X",
        "Kadinkes setempat, Nama"): the region the document established
        (:class:`~pmk_extract.components.doc_regions.DocumentRegions`)."""
        for i, word in enumerate(words):
            if not word[:1].isupper() or i in titles or in_named[i] or i in ent_at:
                continue
            if (word,) in self.lex.title_heads:
                continue  # "Kabag", "Kabid": generic titles
            unit = self.lex.fused_unit(words, i)
            if unit is None:
                continue
            kind = self.lex.unit_kind(unit)
            k = i + len(unit)
            while k < len(words) and (
                (k not in ent_at and name_part(words[k], False))
                or field_acronym(self.lex, words, k, ent_at.get(k), ent_at.get(k + 1))
            ):
                if words[k] == "," and listed_name(self.lex, words, k + 1, ent_at):
                    break  # "Kadis Koperindag dan UKM, Amir Maricar dan ...": another person
                k += 1  # the rest of the unit's name: "Kabiro Humas Kemenkes", "Kadis PUPR"
            ent = ent_at.get(k)
            merged = self._merged_office(words, ent_at, k - 1) if kind in DEPARTMENTS else None
            if merged is not None:
                # "Kasatpol PP dan Damkar Kabupaten X": the head of one office of both
                office = self.lex.expand(" ".join([*unit, *words[i + len(unit) : k - 1]]))
                post = "" if (office.split(" ")[0],) in self.lex.title_heads else "Kepala "
                head = f"{post}{office} dan {merged._.canonical}"
                end = int(merged.end)
                titles[i] = Title(end, prefixed(self.lex, words, i, head), regional_org(merged))
                continue
            if ent is None or ent.start != k or kind is None:
                if kind in TITLED_IN_PLACE and kind != PROVINCIAL:
                    self._context_title(words, names, i, unit, context, titles)
                continue
            rest = words[i + len(unit) : k]
            if rest and self.lex.abbreviations.get(rest[0], "").startswith(" ".join(unit) + " "):
                unit = ()  # "Kadis DLH": the office's short form names its head itself
            head = self.lex.expand(" ".join([*unit, *rest]))
            post = head.split(" ")[0]  # "Kadis Kesehatan"; "Sekdis Kesehatan": the secretary's
            if (post,) not in self.lex.title_heads:
                post = "Kepala"  # "Kabiro Humas": "Ka" fused with the unit
                head = f"{post} {head}"
            entries = self.kb.by_id.get(ent._.org_id or "")
            entry = self.kb.pick(entries, day) if entries else None
            org: str | None = None
            end = int(ent.end)
            if ent.label_ == "LOC":
                if kind not in TITLED_IN_PLACE or entry is None:
                    continue  # "Kakanwil Jawa Timur": the ministry is not written
                if entry.kind not in REGION_KINDS:
                    continue
                phrase = f"{KIND_WORDS[entry.kind]} {bare_place(entry.canonical)}"
                head = f"{head} {phrase}"
                if kind == PROVINCIAL:  # "Kasudin Perhubungan Jakarta Barat": DKI Jakarta's
                    phrase = province_phrase(self.kb, entry) or ""
                org = f"Pemerintah {phrase}"
            elif entry is not None and entry.kind == "regional_government":
                org = entry.canonical  # "Kadinkes Pemkab Demak"
                head = f"{head} {org.removeprefix('Pemerintah ')}"
            elif ent.label_ == "ORG" and self._same_unit(head, ent) and regional_org(ent):
                # "Kadis DP3A Kota Semarang": the office the head's title names, by its acronym
                head = f"{post} {ent._.canonical}"
                org = regional_org(ent)
            elif kind not in DEPARTMENTS:
                org = regional_org(ent) or top_org(self.kb, ent, day)
                if ent._.unit and self._same_unit(head, ent):
                    head = f"{post} {ent._.unit}"  # "Kabalai BPJN X": the Balai named once
                elif ent._.unit:  # "Kabiro Humas Kemenkes": the unit's name was read with it
                    head = f"{head} {ent._.unit}"
                place = ent_at.get(end)
                if place is not None and place.start == end and place.label_ == "LOC":
                    end = int(place.end)  # "Kakanwil Kemenag Jatim": the office's region
                    second = second_province(self.kb, words, ent_at, end)
                    end = second[1] if second else end  # "Kakanwil DJP Sumbar dan Jambi"
            else:
                continue
            if org is not None and self.kb.lookup(org, day) is None:
                org = None
            titles[i] = Title(skip_bracket(words, end), prefixed(self.lex, words, i, head), org)

    def _context_title(
        self,
        words: list[str],
        names: list[bool],
        i: int,
        unit: tuple[str, ...],
        context: DocumentRegions,
        titles: dict[int, Title],
    ) -> None:
        """A regional office's head written as "Ka" fused with the office's whole short form
        ("Kadinsos", "Kasatpol PP") and no region: the region the document established."""
        office = self.lex.expand(" ".join(unit))
        first, *rest = office.split(" ")
        own = rest if (first,) in self.lex.title_heads else [first, *rest]
        if len(own) < 2 or first == "Kepala":
            # "Kadis Nama", "Sekdis Nama": which office? ("Kadis Kesehatan Nama", "Sekdis
            # Kesehatan Nama": the office's field follows, read with the bare posts)
            return
        found = context.region_after(words, names, i, i + len(unit), REGION_KINDS)
        if found is None:
            return
        region, end = found
        phrase = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
        org = self.kb.lookup(f"Pemerintah {phrase}")
        if org is None:
            return
        # "Sekdinkes": the secretary's own post, no head's ("Kadinkes": Kepala + the office)
        post = "" if (office.split(" ")[0],) in self.lex.title_heads else "Kepala "
        role = prefixed(self.lex, words, i, f"{post}{office} {phrase}")
        titles[i] = Title(end, role, org.canonical, inferred=True)

    def _merged_office(self, words: list[str], ent_at: dict[int, Span], k: int) -> Span | None:
        """The regional office written by its short form after "dan" at token ``k`` (the last
        word the fused title's walk took) and named
        with its region ("dan Damkar Kabupaten X"), when the fused title before it heads one
        office of both ("Kasatpol PP dan Damkar Kabupaten X"); else None."""
        if k < 0 or k + 1 >= len(words) or words[k] != "dan":
            return None
        ent = ent_at.get(k + 1)
        if ent is None or ent.start != k + 1 or ent.label_ != "ORG" or not regional_org(ent):
            return None
        size = match_head(words, k + 1, self.lex.unit_heads)
        short = size and self.lex.unit_heads[tuple(words[k + 1 : k + 1 + size])] == REGIONAL_SHORT
        return ent if short else None

    @staticmethod
    def _same_unit(head: str, ent: Span) -> bool:
        """True when the unit span ``ent`` is an office of the kind a fused title heads:
        "Kadis" (Kepala Dinas) before "DP3A Kota Semarang" (Dinas Pemberdayaan ...)."""
        unit = str(ent._.unit or "")
        kind = head.split(" ", 1)[-1]
        return bool(unit) and (unit == kind or unit.startswith(kind + " "))


def _bare_number_name(
    lex: Lexicons,
    words: list[str],
    covered: list[Span | None],
    k: int,
    named: tuple[int, str],
    expansion: str,
) -> bool:
    """True when a battalion's or brigade's name read at ``words[k:end]`` is its number and
    one word the gazetteer does not know ("Yonif 512 Andi Saputra"): such a unit is named
    after a slash only ("Yonif 512/QY"), so the word opens its commander's name; not when
    a rank follows the word ("Brigif 13 Galuh Kolonel Inf X": the unit's name)."""
    end = named[0]
    return (
        expansion.split(" ")[0] in numbered_bases()
        and end == k + 2
        and not lex.rank_at(words, end, False)
        and words[k].isdigit()
        and covered[k + 1] is None
    )


def _field_goes_on(words: list[str], end: int, firsts: frozenset[str]) -> bool:
    """True when a title's unit is followed by "dan" and a capitalised word of the language
    that opens no other title ("Kepala Bidang Lalu Lintas dan Angkutan Jalan"): the field of
    another office goes on there, not a police or military unit's."""
    if end + 1 >= len(words) or words[end] != "dan" or words[end + 1] in firsts:
        return False
    word = words[end + 1]
    return word[:1].isupper() and word[1:].islower() and stem_word(word) in root_words()
