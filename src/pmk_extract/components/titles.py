"""Titles written before a name, read into a role and an organisation.

- named offices of ``gazetteers/offices.jsonl`` ("Menko PMK", "Kepala BNPB", "Gubernur Jawa
  Barat"), not when they lie inside a longer organisation name ("Sekretariat Presiden");
- fused titles of police and military commands (``lexicons/command_titles.tsv``: "Kapolres
  Kendal", "Dandim 0715/Kendal", "Kasat Reskrim Polres Batang", "Kapolres AKBP ...");
- generic titles (``lexicons/titles.tsv``) combined with the organisation or place after them
  ("Kepala BNPB", "Bupati Cianjur", "Sekretaris Daerah (Sekda) Kota X", "Bupati Batu Bara"),
  or with their field alone where no organisation is in reach and a comma, a rank or an
  honorific sets the name off ("Ketua Panitia Pelaksana, Nama": role, no organisation).

A regional post written without its region or body ("Sekda Nama", "Bupati setempat, Nama")
takes the one the document established before it (``doc_regions.py``); where the document
establishes none, it is read as its role with no region and no organisation
(``bare_posts.py``).

A post's field written after the title's organisation belongs to the role, and the name is
read after it (``post_fields.py``: "Deputi Setwapres Bidang Administrasi Nama", "Anggota KPU
RI Divisi Hukum, Nama"); where the field ends is unsure, no name is read.

"Wakil" before a fused command title or a named office whose deputy has no title of its own
makes the deputy's role ("Wakil Kapolda Jawa Tengah"), which no holder of the office checks.

A title word misspelt by one letter is read as the title (``title_spelling.py``: "Gubenur
Jawa Tengah", "Kapores Semarang", "Mentri Dalam Negeri"), and so is a title written in lower
case or in capitals before its unit and a name (``title_case.py``: "kepala dinas pendidikan
Kabupaten Demak Nama", "Kepala bidang (Kabid) Humas Polda X").

``org`` is the top-level institution (guidelines): a DPR commission's officials belong to
the DPR, a TNI service's to the TNI, the Presidential Secretariat's to the State Secretariat.

This module reads the named offices and runs the others: fused titles are read by
``command_titles.py``, generic titles by ``generic_titles.py``, with the parts they share in
``title_parts.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, first_words, match_head
from ..matching import TermMatcher
from ..people import Office, People, acting_posts
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines
from ..spans import corrected_text, doc_text, strict_span
from .bare_posts import BarePosts
from .command_places import region_phrase
from .command_staff import staff_titles
from .command_titles import CommandTitles
from .context_titles import context_title, office_in_context
from .council_context import CouncilContext
from .doc_regions import DocumentRegions
from .election_branches import branch_bodies
from .generic_titles import GenericTitles
from .holder_rules import office_forms
from .justice import Justice, unit_office_titles
from .local_heads import governed_place
from .mononyms import Mononyms
from .parliament_posts import ParliamentPosts
from .parliaments import parliament_of
from .post_fields import PostFields
from .region_mentions import local_reference, sub_unit_titles
from .region_words import region_fixes
from .regional_posts import (
    canonical_government,
    office_region,
    past_wider_region,
    represented_region,
)
from .title_case import case_fixes
from .title_parts import (
    Title,
    after_relation,
    opens_place,
    org_name,
    prefixed,
    qualified,
    skip_tail,
)
from .title_spelling import title_spelling
from .unit_view import span_entry

_SHORT_WORD, _LONG_WORD = 4, 6  # the lengths of a short title word misspelt ("Dadim")
# words of a post's field between its title and its unit ("Karo Perekonomian", "Karo
# Pemerintahan dan Otonomi Daerah"), and the words that join a field's parts
_MAX_POST_FIELD = 5
_FIELD_JOINS = frozenset({"dan", "&", "serta"})
# kinds of national bodies whose secretariats have bureaus ("Karo Hukum Kemendagri")
_BUREAU_KINDS = frozenset({"ministry", "coordinating_ministry", "agency", "state_institution"})


def _anchored(words: list[str], ent_at: dict[int, Span]) -> list[int]:
    """Short capitalised words followed by a unit's number or a place ("Dadim 1505/Tidore",
    "Bupat Demak"): where a title misspelt by a dropped letter may stand."""
    out = []
    for k, word in enumerate(words[:-1]):
        if not (_SHORT_WORD <= len(word) < _LONG_WORD and word[:1].isupper()):
            continue
        place = ent_at.get(k + 1)
        if words[k + 1][:1].isdigit() or (
            place is not None and place.label_ == "LOC" and place.start == k + 1
        ):
            out.append(k)
    return out


class TitleReader:
    """Find the titles of a document: where each ends, its role and its organisation."""

    def __init__(self, kb: KnowledgeBase, people: People, lex: Lexicons) -> None:
        self.kb = kb
        self.people = people
        self.lex = lex
        # named offices also in capitals, as headlines and name lines write them ("MENKES",
        # "GUBERNUR JAWA TIMUR"): read as the office, a name in capitals after them only
        # when it is a known person's (``Title.capitals``)
        self.capitals = {t.upper(): t for t in people.titles if t.upper() != t}
        # named offices of two words or more with the first in lower case, as a sentence writes
        # them before a name ("kata kapolda Metro Jaya Irjen Nama", "menteri Sosial Nama")
        self.lowered = {
            t[:1].lower() + t[1:]: t for t in people.titles if " " in t and t[:1].isupper()
        }
        self.matcher = TermMatcher([*people.titles, *self.capitals, *self.lowered])
        self.commands = CommandTitles(kb, lex)
        self.generic = GenericTitles(kb, lex)
        self.parliament_posts = ParliamentPosts(kb)
        self.justice = Justice(kb, lex)
        self.posts = self.generic.posts  # staff posts ("Staf Khusus Menteri X")
        self.fields = PostFields(lex, self.posts)  # "Deputi Setwapres Bidang X Nama"
        self.spelling = title_spelling(kb, people, lex)
        self.bare = BarePosts(kb, lex)  # "Sekda Nama": a regional post without its region
        self.mononyms = Mononyms(kb, lex, self.generic.districts)  # "Sekda Sunardi"
        # "DPRD X ... Ketua Komisi D Nama": a parliament's post with a body of it alone
        self.council = CouncilContext(kb, lex, self.bare, people.name_words())
        self.heads = first_words(lex.title_heads) | self.parliament_posts.heads | self.council.heads
        self.by_role: dict[str, list[Office]] = {}  # the offices by their role
        for office in people.offices.values():
            self.by_role.setdefault(office.role, []).append(office)
        # the acting posts ("Penjabat", "Pelaksana Tugas"), longest first
        self.acting_posts = tuple(sorted(acting_posts(), key=lambda p: (-len(p), p)))

    def titles(
        self,
        doc: Doc,
        text: str,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        day: dt.date | None,
    ) -> list[tuple[int, Title]]:
        """The titles written in ``doc``, each with the token it begins at, in text order."""
        titles: dict[int, Title] = {}
        starts: dict[int, int] = {}
        # "kepala dinas pendidikan": read as "Kepala Dinas Pendidikan"; "Wali kota batu" as
        # "Wali Kota Batu" (the region's words the gazetteer read)
        fixes = {**region_fixes(doc), **case_fixes(doc)}
        if fixes:
            words = [fixes.get(k, word) for k, word in enumerate(words)]
            names = [names[k] or k in fixes for k in range(len(words))]
        fixes.update(self.spelling.corrections(words, _anchored(words, ent_at)))
        back = None
        if fixes:  # "Gubenur Jawa Tengah": read as "Gubernur Jawa Tengah"
            words = [fixes.get(k, word) for k, word in enumerate(words)]
            text, back = corrected_text(doc, text, fixes)
        for start, end, form in self.matcher.find(text):
            if back is not None:
                start, end = back(start), back(end)
            span = strict_span(doc, start, end)
            capitals = form not in self.people.titles and form in self.capitals
            written = self.capitals[form] if capitals else self.lowered.get(form, form)
            office = self.people.title(written if written in self.people.titles else form, day)
            if span is None or office is None:
                continue
            if any(s <= span.start and span.end <= e for s, e in starts.items()):
                continue  # "Presiden" inside "Wakil Presiden"
            if any(s < span.start < e < span.end for s, e in starts.items()):
                continue  # "Presiden RI" begun inside the longer "Sekretaris Militer Presiden"
            inside = ent_at.get(span.start)
            if (
                inside is not None
                and inside.label_ == "ORG"
                and inside.start <= span.start
                and span.end <= inside.end
                and len(inside) > len(span)
            ):
                continue  # "Presiden" inside "Sekretariat Presiden"
            if span.start and self.lex.unit_heads.get((words[span.start - 1],)) == "unit":
                continue  # "Sekretariat Wapres", "Biro Gubernur": the unit's owner, no post
            if span.start and match_head(words, span.start - 1, self.lex.title_heads) > 1:
                continue  # "Wakil Gubernur Jawa Barat": a generic title, not the named one
            place = ent_at.get(span.end - 1)
            if place is not None and place.label_ == "LOC" and place.end > span.end:
                continue  # "Bupati Bandung Barat": a longer place, the head of another region
            org = org_name(self.kb, office.org, day)
            if place is not None and place.label_ == "LOC" and place.start >= span.start:
                region = governed_place(self.kb, org, str(place._.canonical))
                if region is not None:  # "Bupati Bekasi": the regency, not the city
                    place._.canonical = region
            body = str(place._.canonical) if place is not None and place.label_ == "ORG" else ""
            if body and place is not None and place.end > span.end and not body.endswith(org or ""):
                # "Ketua DPD Partai Golkar", "Ketua Dewan Perwakilan Rakyat Daerah ...": the
                # office's words begin another body's name (not one of its own units)
                continue
            role = qualified(self.lex, words, span.start, office.role)  # "Wakil Kapolda Jateng"
            after = self._skip_org(doc, span.end, ent_at)
            if office.org in branch_bodies() and local_reference(words, span.end):
                # "Ketua KPU setempat, Nama": the post in the region's branch, no national holder
                titles[span.start] = Title(skip_tail(words, after), role, org)
                starts[span.start] = span.end
                continue
            if parliament_of(org or "") is not None:
                # "Wakil Ketua DPR dari Fraksi Partai Demokrat Nama": the member's party
                after = self.parliament_posts.tail(words, ent_at, after)
            # an acting post ("Plh. Kepala BNPB Nama") or the deputy's is held by someone other
            # than the office's holder: the title keeps its role but names no holder to check
            acting = role != office.role
            prefix = role.removesuffix(office.role).strip() if acting else ""
            seat = self._local_office(words, after, ent_at, role, org)
            if seat is not None:  # "Kepala BPOM Kendari Nama": the head of its local office
                titles[span.start] = seat
                starts[span.start] = span.end
                continue
            titles[span.start] = Title(
                skip_tail(words, after),
                role,
                org,
                None if acting else office,
                capitals,
                acting_of=office if prefix in acting_posts() else None,
            )
            starts[span.start] = span.end
        in_named = [False] * len(words)  # the first token of a named title, or inside one
        for s, e in starts.items():
            for k in range(s, max(e, s + 1)):
                in_named[k] = True
        self.commands.command_titles(words, names, ent_at, day, in_named, titles)
        if self.commands.fusions.present(doc_text(doc)):
            self.commands.fused_command_titles(doc, words, day, titles)
        # the regions the document names before each post written without its own
        context = DocumentRegions(self.kb, self.lex, doc, words, self.generic.districts)
        self.commands.fused_unit_titles(words, ent_at, day, in_named, titles, names, context)
        for i, word in enumerate(words):
            if word[:1].isupper() and i not in titles and not in_named[i] and i not in ent_at:
                fused = self.bare.fused_office(words, names, ent_at, i) or _one_word(
                    self.bare.fused_office(words, names, ent_at, i, self.mononyms)
                )  # "Kadinkes Nama"; "Pemkab X ... Kadis Kesehatan Sunardi mengatakan"
                if fused is not None:  # "Pemkab X ... Kadis Sosial Nama": X's office
                    titles[i] = office_in_context(context, words, names, i, fused)
        self._justice_titles(words, names, ent_at, day, in_named, titles)
        heads = self.heads  # elsewhere match_head finds none
        generic_end = 0  # "Bupati" inside "Wakil Bupati" is not a title of its own
        for i in [k for k, word in enumerate(words) if word in heads]:
            if in_named[i] or i < generic_end or i in titles:
                continue  # a named or fused title begins here
            if self.generic.unit_post(words, i) and any(
                k < i < title.end for k, title in titles.items()
            ):
                continue  # "Kabiro Humas Kemensos Nama": the unit is the fused title's field
            council = self.council.title(words, names, ent_at, i, context)
            if council is not None:  # "DPRD X ... Ketua Komisi D Nama": X's parliament
                titles[i] = council
                generic_end = council.end
                continue
            post = self._post_title(words, i, ent_at)
            if post is not None:
                # "Ketua Fraksi PKS DPRD Nama": the parliament's region left out
                titles[i] = post = self.bare.instead(words, names, ent_at, i, post)
                generic_end = post.end
                continue
            if (
                i in ent_at
                and ent_at[i].label_ == "LOC"
                and not self._unit_follows(words, names, i + 1, ent_at)
            ):
                continue  # "Karo" in "Kabupaten Karo" is a place; "Karo Humas Kemenkes" a title
            free = int(i in ent_at)  # "Karo" read as a place before "Humas Kemenkes"
            while i + free < len(words) and free < 5 and i + free not in ent_at:
                free += 1
            sizes = [match_head(words, i, self.lex.title_heads, free)]
            if opens_place(i + free, ent_at):
                # "Wali Kota Bengkulu", "Sekretaris Kabupaten Banyumas": the place "Kota
                # Bengkulu" begins at the title's last word; the longer title goes first
                longer = match_head(words, i, self.lex.title_heads, free + 1)
                sizes.insert(0, longer if longer == free + 1 else 0)
            for size in sizes:
                title = self.generic.title(doc, words, names, i, size, ent_at) if size else None
                if title is not None:
                    titles[i] = title
                    # no title inside another: "Sekda" in "Asisten II Sekda Jateng"
                    generic_end = max(i + size, title.end)
                    break
            if i in titles:  # "Ketua Fraksi PKS | DPRD Nama": the region left out
                titles[i] = self.bare.instead(words, names, ent_at, i, titles[i])
                generic_end = max(generic_end, titles[i].end)
            size = max(sizes)
            if i not in titles and size and (i + size not in ent_at or size == free):
                # "Sekda Nama" in a text about Pemkab X: the region from the document
                title = context_title(context, self.people, self.lex, words, names, i, size, day)
                if title is not None and not self._context_name(words, names, ent_at, title.end):
                    title = None  # "Pemkab X ... Turnamen Bupati Cup": no name follows
                if title is not None:
                    titles[i] = title
                    generic_end = title.end
            if i not in titles and size:
                # "Sekda Nama", "Ketua DPRD Nama", no region established: the bare post
                title = self.bare.title(words, names, ent_at, i, size) or _one_word(
                    self.bare.title(words, names, ent_at, i, size, self.mononyms)
                )  # "Pemkab X ... Asisten III Pimanto mengatakan": one name word
                if title is not None:
                    titles[i] = title
                    generic_end = title.end
        self.posts.retitle(words, names, titles)  # "Staf Khusus Menteri X Nama"
        staff_titles(self.kb, self.lex, words, ent_at, day, titles)  # "Asops Kasdam X"
        unit_office_titles(titles)  # "Direktur Penuntutan Jampidsus Nama"
        self.fields.extend(words, names, ent_at, titles)  # "Anggota KPU Divisi Hukum, Nama"
        region_args = (self.kb, self.lex, words, names, ent_at)
        for k, title in list(titles.items()):
            if after_relation(self.lex, words, k):
                del titles[k]  # "istri Bupati X Nama": the holder's wife, not the holder
                continue
            local = local_reference(words, title.end)
            if local and title.end not in ent_at:  # "Kepala BPBD setempat, Nama"
                title = titles[k] = replace(title, end=title.end + local)
            end = past_wider_region(self.kb, words, ent_at, title.end)
            if end != title.end:  # "Bupati Banyumas, Jawa Tengah, Nama"
                titles[k] = replace(title, end=end)
            found = office_region(self.kb, self.lex, words, ent_at, end)
            if title.org is None and found is not None:  # "Kepala Dinas X, Kabupaten Y, Nama"
                end, phrase, org = found
                titles[k] = replace(title, end=end, role=f"{title.role} {phrase}", org=org)
            elif title.org is None and (stand := represented_region(*region_args, title.end)):
                # "Asisten Perekonomian, Nama, mewakili Gubernur Lampung": the province's
                titles[k] = replace(title, org=stand[1], inferred=True)
            elif title.org is None and (post := self._secretariat_post(words, k, title, context)):
                titles[k] = post  # "Pemkab X ... Asisten II, Nama": the one region's
            elif title.org is None and (self._sub_unit(title.role) or _own_body(title.role)):
                # "Dinas Pertanian Kabupaten X ... Kepala Bidang Tanaman Pangan, Nama";
                # "Pemkab X ... Direktur RSUD, Nama" (own_bodies.txt)
                government = context.sole_government(k)
                if government is None and _own_body(title.role):
                    # "KEBUMEN - ... Direktur RSUD Nama": a regional government's own body,
                    # the region the document gives a post of either level (doc_regions.py)
                    government = self._region_government(context.body_region(k, REGION_KINDS))
                if government is not None:
                    titles[k] = replace(title, org=government, inferred=True)
        return [
            (k, self._office_named(self._government_named(titles[k]), day))
            for k in sorted(titles)
            if titles[k].org is not None or not titles[k].one_word
        ]  # a post before a one-word name stands where the document gives its organisation

    def _office_named(self, title: Title, day: dt.date | None) -> Title:
        """``title``, read by a pattern ("Sekda NTT", "Sekdaprov Aceh"), with the office of the
        knowledge base whose role and organisation it reads: its holders on the date are
        checked as after the office's own title; after an acting prefix ("Pj Sekda NTT"), the
        office whose acting holders the name is matched with; also where the document gave the
        region ("Pemkab X ... Sekda Nama"). A role the press writes in other words than the
        office's ("Sekretaris Provinsi X" for "Sekretaris Daerah Provinsi X":
        ``lexicons/role_synonyms.tsv``) takes the office's."""
        if title.office is not None or title.acting_of is not None or title.org is None:
            return title
        acting = next((p for p in self.acting_posts if title.role.startswith(p + " ")), None)
        role = title.role.removeprefix(f"{acting} ") if acting else title.role
        found: list[Office] = []
        for form in (role, *office_forms(role)):
            found = [
                office
                for office in self.by_role.get(form, ())
                if org_name(self.kb, office.org, day) == title.org
                and (day is None or office.valid_from is None or office.valid_from <= day)
                and (day is None or office.valid_to is None or day <= office.valid_to)
            ]
            if found:
                break
        if len(found) != 1:
            return title
        if found[0].role != role:  # "Sekretaris Provinsi X": the office's own words
            written = title.role.removesuffix(role)
            title = replace(title, role=written + found[0].role)
        if acting:
            return replace(title, acting_of=found[0], pattern=True)
        return replace(title, office=found[0], pattern=True)

    def _context_name(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], end: int
    ) -> bool:
        """True unless the words right after a post whose region the document gave, ending
        at token ``end``, open no name by the bare posts' evidence, two words sufficing
        ("Turnamen Bupati Cup": none); a name standing before the post ("ujar Nama, Sekda
        setempat.") is not asked."""
        if end >= len(words) or not (names[end] or words[end] == ","):
            return True
        if self.bare.name_follows(words, names, ent_at, end, placed=True):
            return True
        return self.mononyms.at(words, names, ent_at, end)

    def _secretariat_post(
        self, words: list[str], k: int, title: Title, context: DocumentRegions
    ) -> Title | None:
        """A regional secretariat's post read with its number or field and no region
        ("Asisten II, Nama"; ``secretariat_posts.py``) in a text that named one region's body
        before it (``doc_regions.py``): that region's post."""
        secretariat = self.generic.secretariat
        # a bureau's or section's head only with the secretariat written ("Kabag Humas Setda,
        # Nama"): secretariat_posts.py reads none without it
        posts = secretariat.posts | secretariat.advisers | secretariat.sections
        size = next((n for n in (2, 1) if tuple(words[k : k + n]) in posts), 0)
        kinds: frozenset[str] | None = REGION_KINDS
        sole: str | None = None
        if tuple(words[k : k + size]) in secretariat.advisers:
            # "Staf Ahli Bupati Bidang X, Nama": the regency's adviser; with no head, the
            # adviser of the one government the text establishes (its bodies the only
            # organisations, or the one regional head's region named: "Staf Ahli Gubernur X
            # ... Staf Ahli Bidang Y, Nama"), none where a ministry's may be meant
            n = match_head(words, k + size, self.lex.title_heads)
            target = self.lex.title_heads[tuple(words[k + size : k + size + n])][1] if n else ""
            kinds = frozenset({target}) if target in KIND_WORDS else None
            if not n:
                sole = context.sole_government(k)
                kinds = REGION_KINDS if sole is not None else None
        region = context.body_region(k, kinds) if size and kinds else None
        if region is None:
            return None
        found = secretariat.post(words[k : k + size], words[k + size : title.end], region)
        if found is None or (sole is not None and found[1] != sole):
            return None
        role, org = found
        return replace(title, role=prefixed(self.lex, words, k, role), org=org, inferred=True)

    def _region_government(self, region: KBEntry | None) -> str | None:
        """The government of ``region`` ("Pemerintah Kabupaten X"), when the knowledge base
        holds it."""
        if region is None:
            return None
        org = self.kb.lookup(f"Pemerintah {KIND_WORDS[region.kind]} {bare_place(region.canonical)}")
        return org.canonical if org is not None and org.label == "ORG" else None

    @staticmethod
    def _sub_unit(role: str) -> bool:
        """True when ``role`` is the head of an office's sub-unit with its field ("Kepala
        Bidang Tanaman Pangan"; also acting: "Pelaksana Tugas Kepala Seksi X")."""
        return any(f"{head} " in f"{role} " for head in sub_unit_titles())

    def _government_named(self, title: Title) -> Title:
        """``title`` with a regional government named by its canonical ("Pemerintah Kota
        Jakarta Utara" is written "Pemerintah Kota Administrasi Jakarta Utara")."""
        org = canonical_government(self.kb, title.org)
        return title if org == title.org else replace(title, org=org)

    def _justice_titles(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        day: dt.date | None,
        in_named: list[bool],
        titles: dict[int, Title],
    ) -> None:
        """Posts before courts and prosecution offices and judges' posts ("Hakim PN Medan",
        "Kasi Pidsus Kejari X", "Ketua Majelis Hakim Nama": ``justice.py``)."""
        firsts = self.justice.firsts
        lower = self.justice.lower_firsts
        starts = [k for k, word in enumerate(words) if word in firsts or word.lower() in lower]
        if not starts:
            return
        taken = {k for s, title in titles.items() for k in range(s, title.end)}
        for i in starts:
            if in_named[i] or i in taken:
                continue
            found = self.justice.title(words, names, ent_at, i, day)
            if found is not None:
                role = qualified(self.lex, words, i, found.role)
                lead = self.justice.team_lead(words, i)
                if lead < i and lead not in taken:  # "Ketua Tim JPU Nama": the team's head
                    role = " ".join([*words[lead:i], role])
                    i = lead
                titles[i] = Title(found.end, role, found.org, shared=found.shared)
                for k in range(i, found.end):
                    in_named[k] = True
                    taken.add(k)

    def _post_title(self, words: list[str], i: int, ent_at: dict[int, Span]) -> Title | None:
        """A member's or officer's post before a parliament ("Anggota Komisi D DPRD Kabupaten
        Sleman", "Senator asal Jawa Barat": ``parliament_posts.py``)."""
        post = self.parliament_posts.title(words, ent_at, i)
        if post is None:
            return None
        return Title(post.end, prefixed(self.lex, words, i, post.role), post.org)

    def _unit_follows(
        self, words: list[str], names: list[bool], k: int, ent_at: dict[int, Span]
    ) -> bool:
        """True when a unit of an organisation begins at token ``k`` or after a few field
        words, "dan" between two of them ("Karo | Humas Kemenkes", "Karo Perekonomian | Setda
        Provinsi NTB", "Karo Pemerintahan dan Otonomi Daerah | Setda Provinsi X"), or a
        national body with bureaus after the field ("Karo Hukum | Kemendagri")."""
        for n in range(_MAX_POST_FIELD + 1):
            at = k + n - 1  # the field's last word so far
            if n and (at >= len(names) or at in ent_at):
                return False
            joined = 1 < n < _MAX_POST_FIELD and words[at] in _FIELD_JOINS and names[at - 1]
            if n and not names[at] and not joined:
                return False
            if n and words[at] in _FIELD_JOINS:
                continue
            if self._opens_unit(k + n, ent_at) or (n and self._opens_bureaus(k + n, ent_at)):
                return True
        return False

    def _opens_bureaus(self, k: int, ent_at: dict[int, Span]) -> bool:
        """True when a national body whose secretariat has bureaus (a ministry, an agency, a
        state institution: ``_BUREAU_KINDS``) begins at token ``k`` ("Kemendagri")."""
        ent = ent_at.get(k)
        if ent is None or ent.start != k or ent.label_ != "ORG":
            return False
        entries = self.kb.by_id.get(ent._.org_id or "")
        return entries is not None and bool(entries) and entries[0].kind in _BUREAU_KINDS

    @staticmethod
    def _opens_unit(k: int, ent_at: dict[int, Span]) -> bool:
        """True when a unit of an organisation ("Humas Kemenkes") begins at token ``k``."""
        ent = ent_at.get(k)
        return ent is not None and ent.start == k and ent.label_ == "ORG" and bool(ent._.unit)

    def _local_office(
        self, words: list[str], k: int, ent_at: dict[int, Span], role: str, org: str | None
    ) -> Title | None:
        """The head of a national body's office in a region, when the head's title of the
        body is followed by a province, regency or city ("Kepala BPOM Kendari Nama", "Kepala
        BMKG di Sultra Nama"): the role names the region, no holder of the national office is
        checked; None when no region follows or a known person's name opens there."""
        if not role.startswith("Kepala ") or org is None or org.startswith("Pemerintah "):
            return None
        at = k + (k < len(words) and words[k] == "di")
        place = ent_at.get(at)
        if place is None or place.label_ != "LOC" or place.start != at:
            return None
        entry = span_entry(self.kb, place)
        if entry is None or entry.kind not in REGION_KINDS:
            return None
        if any(self.people.person(" ".join(words[at : at + n])) for n in (2, 3, 4)):
            return None  # "Kepala BKN Bima Haria Wibisana": a name that opens like a place
        region = region_phrase(entry.kind, entry.canonical)
        return Title(skip_tail(words, int(place.end)), f"{role} {region}", org)

    def _skip_org(self, doc: Doc, k: int, ent_at: dict[int, Span]) -> int:
        """Skip the organisation that a named title ends in or is followed by."""
        if k > 0 and k - 1 in ent_at and k in ent_at and ent_at[k] is ent_at[k - 1]:
            return int(ent_at[k].end)
        if k in ent_at and ent_at[k].label_ == "ORG" and ent_at[k].start == k:
            return int(ent_at[k].end)
        return k


@cache
def _own_bodies() -> tuple[str, ...]:
    return tuple(read_lines("lexicons/own_bodies.txt"))


def _own_body(role: str) -> bool:
    """True when ``role`` ends in a regional government's own body named by its kind alone
    ("Direktur Rumah Sakit Umum Daerah", "Kepala Inspektorat": ``own_bodies.txt``)."""
    return any(role.endswith(f" {body}") for body in _own_bodies())


def _one_word(title: Title | None) -> Title | None:
    """``title``, read before a name of one word by its form (``mononyms.py``), so marked."""
    return None if title is None else replace(title, one_word=True)
