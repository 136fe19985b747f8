"""``pmk_officials``: PERSON spans with the role and organisation they hold.

Sources, in order:

1. known office holders by name or alias ("Tjahjo Kumolo", "Jokowi", "Gus Ipul") from
   ``models/gazetteers/holders.jsonl``;
2. a title followed by a name (titles are read by ``components/titles.py``): named
   offices ("MenpanRB Tjahjo Kumolo", "Menkes Budi")
   from ``offices.jsonl`` and generic titles from ``lexicons/titles.tsv`` combined with
   the organisation or place after them ("Kepala BNPB Suharyanto", "Bupati Cianjur
   Herman Suherman", "Plt. Kepala Pusat Data ... BNPB Abdul Muhari"); honorifics and
   ranks between title and name are skipped ("Prof.", "dr.", "K.H.", "HM", "Laksamana",
   "IPTU", ``lexicons/ranks.tsv``; misspelt: "Bringjen", ``rank_spelling.py``); the name runs
   over particles ("Ahmad bin Sulaiman"), initials ("S.N") and words abbreviated with a dot
   ("Abd. Hakim") and ends before a degree ("SSTP", "MSi", "SH MH", "AMd. Im.",
   :mod:`pmk_extract.degrees`); a name in capitals is written as names are for its
   canonical ("IPTU BUDI HARSONO": Budi Harsono, :mod:`pmk_extract.name_shapes`);
   the same title after the name, set off by a comma: an officer's rank and name ("AKP Nama,
   Kasat Reskrim Polres X, ..."), or a name of two words or more opening a sentence with
   the title closed by a comma ("Nama Lengkap, Kasi Pidsus Kejari X, ..."); with no comma,
   a name of two words or more opening a clause, its title and organisation, then the
   clause's verb ("Nama Lengkap Kepala Kantor Imigrasi X mengatakan ..."): ``names_before.py``;
3. a name of two words or more in capitals right after a rank with no title ("AKP BUDI
   SANTOSO"), with no role;
   a regional post written without its region takes the region the document named before
   ("Pemkab X ... Sekda Nama", "KLATEN - Bupati Nama", "Kepala BPBD setempat, Nama":
   ``doc_regions.py``), never for a known person;
4. a bare class title before a name ("Bupati Nama", "Wamen Nama"): the one holder of an office
   of that class on the date whose name it fits (``class_holders.py``);
5. later short mentions of a person already found ("Tjahjo", "Agus Jabo").

The span is the name only. A title whose office has a known holder on the published
date only accepts a name that fits that holder ("Presiden Lantik ..." is not a person),
or a misspelling of it (``spelling.py``; the mention is marked ``matched: "fuzzy"``);
a one-word alias inside a longer name ("Fadjar Prasetyo") is not its holder, nor one of
several words that the text writes on into a name the holder's names do not hold ("Bupati
Bantul Sri Mulyani Hartati"); nor is a known person's short name after the title of an
office they do not hold that day while they hold another ("Bupati Bantul Sri Mulyani":
another Sri Mulyani, and so are the text's other mentions of that name);
without a date, a name of one of the office's holders, or one with no common word.
Every mention of one person carries the role stated in the text, else the office the
knowledge base says they held on the published date. A bare title ("Menko PMK
mengatakan") is not a PERSON; :func:`resolve_title` gives its holder.

This module runs these steps over a document; names are read by ``name_reader.py``, the
holder a name after a title denotes is decided by ``holder_rules.py``, the place of a post's
office around its title by ``office_places.py``, bare class titles are linked by
``class_links.py``, and each person's role is settled and written by ``person_roles.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..doctable import token_table
from ..extensions import register_extensions
from ..kb import KnowledgeBase, default_kb
from ..lexicons import Lexicons, lexicons, match_head, related_links
from ..name_shapes import INITIALS, holder_intro
from ..name_variants import fold_apostrophes
from ..people import People, default_people
from ..spans import doc_text
from .campus_posts import campus_org
from .class_holders import ClassHolders
from .class_links import ClassLinks
from .command_siblings import CommandSiblings
from .event_names import event_name
from .holder_rules import HolderRules, Mention
from .known_names import KnownNames, join_initials
from .lower_posts import lower_post_before
from .name_flags import doc_name_flags
from .name_reader import NameReader
from .names_before import NamesBefore
from .office_places import OfficePlaces
from .parliaments import regional_parliament
from .person_roles import commit, harmonise
from .post_terms import term_end
from .shared_posts import second_holder
from .title_parts import Title, org_again, org_name, unheld_marks
from .titles import TitleReader
from .vertical_heads import VerticalHeads


def resolve_title(text: str, published: dt.date | None) -> tuple[str, str, str | None] | None:
    """Resolve a bare title ("Menko PMK") to ``(holder, role, org)`` on ``published``."""
    people, kb = default_people(), default_kb()
    office = people.title(text.strip(), published)
    if office is None:
        return None
    holder = people.holder(office.id, published)
    if holder is None:
        return None
    return holder.name, holder.role(office), org_name(kb, office.org, published)


def title_at(doc: Doc, start: int) -> tuple[str, str | None, int] | None:
    """The generic title written at token ``start`` ("Sekjen Kemensos"): role, org, end.

    The role and organisation a title of ``lexicons/titles.tsv`` takes with the
    organisation or place after it, as for a title before a name.
    """
    officials = _officials()
    words = token_table(doc).words
    ent_at = {k: ent for ent in doc.ents for k in range(ent.start, ent.end)}
    free = 0
    while start + free < len(words) and free < 5 and start + free not in ent_at:
        free += 1
    size = match_head(words, start, officials.lex.title_heads, free)
    if not size:
        return None
    title = officials.title_reader.generic.title(
        doc, words, doc_name_flags(doc), start, size, ent_at
    )
    return (title.role, title.org, title.end) if title is not None else None


class Officials:
    """Tag officials and link them to their offices."""

    def __init__(self, kb: KnowledgeBase, people: People, lex: Lexicons) -> None:
        self.kb = kb
        self.people = people
        self.lex = lex
        self.title_reader = TitleReader(kb, people, lex)
        self.rules = HolderRules(kb, people)
        self.reader = NameReader(people, lex, self.rules)
        self.known = KnownNames(people, lex)
        self.classes = ClassHolders(kb, people)
        self.class_links = ClassLinks(lex, self.reader, self.classes)
        self.places = OfficePlaces(kb, lex)
        self.before = NamesBefore(lex, self.reader, self.rules)
        self.vertical = VerticalHeads(kb, lex)
        self.siblings = CommandSiblings(people, lex)
        self.unheld = unheld_marks()

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        words = token_table(doc).words
        names = doc_name_flags(doc)
        text = doc_text(doc)
        ents = doc.ents
        ent_at = {}
        for ent in ents:
            for k in range(ent.start, ent.end):
                ent_at[k] = ent
        # a misspelt title word is a title, no word of a name ("Wakil Gubernu Isdianto")
        spelt = self.title_reader.spelling.corrections(words)
        read = [spelt.get(k, word) for k, word in enumerate(words)] if spelt else words
        mentions = self.known.find(doc, text, read, names, ent_at)
        by_start = {m.start: m for m in mentions}
        links = related_links(text)
        in_rank: set[int] = set()  # "TNI" inside a rank, "BIN" inside a name: no organisation
        unlinked: set[str] = set()  # short names of known people that name someone else here
        titled = self.title_reader.titles(doc, text, words, names, ent_at, day)
        # "Kanwil Kemenkumham Banten ... Kakanwil Banten Nama": the office's body named before
        titled = self.vertical.titles(doc, words, names, ent_at, titled, day)
        for begin, title in titled:
            if begin and words[begin - 1].lower() in self.unheld:
                title = replace(title, unheld=True)  # "mantan Bupati X Nama", "calon Bupati X"
            if title.org is None and (campus := campus_org(ents, begin, title.role)):
                title = replace(title, org=campus)  # "UNNES ... Wakil Rektor Bidang X, Nama"
            start = title.end
            # an appositive: "Gubernur Kalsel, Sahbirin Noor, meninjau ..."
            apposed = start < len(words) and words[start] == ","
            if apposed and begin and words[begin - 1].lower() == "sebagai":
                continue  # "A sebagai Wamenag, B sebagai ...": the post is A's, never B's
            start += apposed
            start += holder_intro(words, start)  # "X, yakni Nama", "X yang baru, Nama"
            start = org_again(ent_at, start, title)  # "Kepala Densus 88 Antiteror Polri X"
            start = term_end(words, start)  # "Rektor X periode 2024-2028 Nama": the post's term
            if not apposed and start > title.end and start < len(words) and words[start] == ",":
                apposed = True  # "Jaksa Agung Muda Intelijen (Jamintel) Kejagung, Nama"
                start += 1
            ranked = False  # a rank or degree stands before the name
            if start not in by_start:  # "(Danlantamal) XIV Sorong Brigjen TNI X": the unit's
                start = self.places.to_rank(words, names, ent_at, start)
            while size := self.reader.rank_at(words, start, ranked):
                in_rank.update(range(start, start + size))  # "Mayjen TNI": no ORG in a rank
                ranked = ranked or not words[start].isspace()
                start += size
                if ranked and words[start : start + 1] == [","] and start + 1 < len(words):
                    # "Pangdam Jaya, Mayjen TNI, Nama", "Walikota, Dr, Ir. Nama": the rank or
                    # degree set off by a comma, then the name or another degree
                    start += names[start + 1] or bool(self.reader.rank_at(words, start + 1, True))
            place = ent_at.get(start)
            # "Kepala BPOM di Serang Nama": the body's office in a region, named with "di"
            located = self.places.office_place(words, ent_at, start, day)
            if located is not None and not ranked:
                place = located
                start = located.start
            if title.org is not None and (
                regional_parliament(title.org) or title.org.startswith("Pemerintah ")
            ):
                place = None  # the office's region is written: a place word begins the name
            if ranked or self.places.placed_office(words, ent_at, title.end, day):
                # "Kepala Kanwil Kemenkumham Jateng Bima Prasetya", "AKP Bima Prasetya": the
                # office's place is written, or a rank stands before: a place word is a name's
                place = None
            if place is not None and place.label_ == "LOC" and place.start == start:
                after = place.end  # "Kepala Dinas PMD Kalteng H Aryawan": the office's place
                comma = after < len(words) and words[after] == ","
                after += comma
                skipped = False
                while size := match_head(words, after, self.lex.honorifics):
                    after += size
                    skipped = True
                # "Kepala BIN Kalbar, Brigjen Pol Nama": after a comma only behind a rank
                free = (
                    after < len(words)
                    and names[after]
                    and after not in ent_at
                    and not self.places.weekday(words[after])  # "Kepala BIN Kalbar Senin": the day
                )
                if free and (not comma or skipped):
                    start = after
                    ranked = ranked or skipped
                    if self.places.region(place.text, day):
                        # the head of the office's unit in that region, not the national
                        # holder: "Kepala BIN Kalbar" is the head of BIN in West Kalimantan
                        title = replace(title, office=None)
            if located is not None and start == located.start:
                continue  # no name after the office's place
            # "Kapolres Tegal Nama", Nama the chief of Polres Tegal Kota: the city command's
            title = self.siblings.title(title, words, start, day)
            known = by_start.get(start)
            if (
                known is not None
                and (title.inferred or title.bare)
                and self.people.offices_held(known.canonical, day)
            ):
                # "Bupati Nama" (in a text about Pemkab X): a known person keeps the office
                # he holds that day; one who holds none then takes the title the text writes
                continue
            if known is not None and self.rules.held_elsewhere(doc, known, title, day):
                # "Bupati Bantul Sri Mulyani": the minister's short name under another
                # office is another person of that name
                unlinked.add(fold_apostrophes(doc[known.start : known.end].text))
                del by_start[start]
                known = None
            if known is not None:
                written = doc[known.start : known.end].text
                canonical = (
                    self.rules.fitting_holder(title, written, known.canonical, day)
                    or self.rules.gap_holder(title, written, day)
                    or known.canonical
                )
                matched = None
                if canonical == known.canonical:
                    held_by = self.rules.held_by_other(title, canonical, day)
                    if held_by == "":
                        # "Bupati Flores Timur Budi Santoso" in 2020: the post is its holder's;
                        # the known person keeps the office they hold that day, or none
                        continue
                    if held_by:  # the holder's name misspelt as another known person's
                        canonical, matched = held_by, "fuzzy"
                role = self.rules.role(title, canonical, day)
                by_start[start] = replace(
                    known,
                    canonical=canonical,
                    role=role,
                    org=title.org,
                    stated=True,
                    matched=matched,
                )
                continue
            mention = self.reader.name_after(doc, words, names, start, title, ent_at, day)
            if mention is not None and event_name(words, mention.start, mention.end):
                mention = None  # "Kepala Biro Umum Musyawarah Perencanaan ...": an event's name
            if mention is not None and self.rules.held_elsewhere(doc, mention, title, day):
                unlinked.add(fold_apostrophes(doc[mention.start : mention.end].text))
                mention = self.reader.name_after(
                    doc, words, names, start, title, ent_at, day, linked=False
                )
            if mention is not None and (title.inferred or title.bare):
                # "Bupati X Sri Mulyani ... Bupati Mulyani": the person named in full before
                mention = self._named_before(doc, mention, by_start)
            if (
                mention is not None
                and title.inferred
                and mention.org is not None
                and self._held_by_another(mention, by_start)
            ):  # "Pemkab X ... Sekda X A ... Sekda B": the post is A's; B's is not known
                mention = replace(mention, role=None, org=None, stated=False)
            if (
                mention is not None
                and title.capitals
                and not ranked
                and self.reader.headline_caps(doc, mention)
            ):
                mention = None  # "KAPOLDA JATENG TINJAU POS": a headline in capitals
            if (
                mention is not None
                and apposed
                and not ranked
                and not self.reader.apposed_name(words, mention)
            ):
                mention = None
            if mention is not None and any(
                a <= doc[mention.start].idx < b for a, b in links
            ):  # a name no list holds, in a link's headline ("Baca juga: ...")
                mention = None
            if mention is not None:
                inside = [
                    m for m in by_start.values() if m.start < mention.end and mention.start < m.end
                ]
                holder = self._holds_title(mention, title, day)
                if inside and all(
                    mention.start <= m.start
                    and m.end <= mention.end
                    and (holder or m.canonical == mention.canonical)
                    for m in inside
                ):  # "Moh. Fadil Imran": the known "Fadil Imran" written with more of the name;
                    # "Kapolda X D. Prasetyo": the holder's name, not another's alias inside it
                    for m in inside:
                        del by_start[m.start]
                    inside = []
                if len(inside) == 1 and self._initials_before(words, mention, inside[0]):
                    # "Sekda X M Faisal Hasrimy": the known person written with initials
                    known = inside.pop()
                    del by_start[known.start]
                    role = self.rules.role(title, known.canonical, day)
                    mention = replace(mention, canonical=known.canonical, role=role)
                if inside:
                    mention = None
            if mention is not None:
                by_start[mention.start] = mention
                in_rank.update(range(mention.start, mention.end))  # "BIN" in "AHMAD BIN ..."
                if other := second_holder(self.reader, doc, mention, title, titled, by_start):
                    by_start[other.start] = other  # "hakim anggota Nama dan [Nama]": both
        unlinked |= self.class_links.link(doc, words, names, titled, ent_at, by_start, in_rank)
        if day is not None:
            # "Kepala Sekolah Sri Mulyani", "Kadis Kesehatan Anas" (no title read): a known
            # person's short name after a post below every recorded office
            for m in list(by_start.values()):
                written = fold_apostrophes(doc[m.start : m.end].text)
                if m.stated or m.matched or written == m.canonical:
                    continue
                post = lower_post_before(self.lex, words, m.start)
                if post and self.rules.lower_post_bearer(m, written, post, None, day):
                    unlinked.add(written)
        for begin, title in titled:  # "AKP Nama, Kasat Reskrim Polres X, ...": after the name
            found = self.before.find(doc, words, names, begin, title, ent_at, by_start)
            if found is not None:
                mention, rank_start = found
                by_start[mention.start] = mention
                in_rank.update(range(rank_start, mention.end))
        for mention in self.reader.ranked_capitals(
            doc, words, names, ent_at, list(by_start.values())
        ):
            by_start[mention.start] = mention  # "BRIPKA DENI SAPUTRA": a name line, no title
        # a known person's short name a title gave to another person ("Jaksa Agung Prasetyo"
        # in 2017: Muhammad Prasetyo, not the later Mensesneg): the text's other mentions of
        # that short name are that person too (or, with no holder, a person of that name)
        named = self._titled_short_names(doc, list(by_start.values()))
        if unlinked or named:
            for k, m in list(by_start.items()):
                written = fold_apostrophes(doc[m.start : m.end].text)
                if m.stated or (written not in unlinked and written not in named):
                    continue
                by_start[k] = replace(m, canonical=named.get(written, written))
        mentions = self.known.short_mentions(words, names, list(by_start.values()), ent_at)
        mentions = join_initials(words, mentions)
        ents = tuple(e for e in ents if not (e.label_ == "ORG" and e.start in in_rank))
        commit(doc, ents, harmonise(self.kb, self.people, mentions, day))
        return doc

    def _holds_title(self, mention: Mention, title: Title, day: dt.date | None) -> bool:
        """True when ``mention`` is a holder on ``day`` of the office ``title`` names (or of
        its acting post)."""
        office = title.office or title.acting_of
        if office is None:
            return False
        return any(h.name == mention.canonical for h in self.people.holders_on(office.id, day))

    def _initials_before(self, words: list[str], mention: Mention, known: Mention) -> bool:
        """True when ``mention`` is the ``known`` person's name with initials written before it,
        each the initial of a word of that person's names ("M Faisal Hasrimy", "H.M. Faisal
        Hasrimy" for M. Faisal Hasrimy). Another initial proves nothing either way: the
        knowledge base often stores a name without the "Muhammad" the press writes as "M"."""
        if not (mention.start < known.start and known.end == mention.end):
            return False
        if not all(INITIALS.match(w) for w in words[mention.start : known.start]):
            return False
        # "H Nama", "H.M. Nama": a hajji's honorific (honorifics.txt) is no initial of a name
        letters = [
            c
            for k in range(mention.start, known.start)
            if not match_head(words, k, self.lex.honorifics)
            for c in words[k]
            if c.isalpha()
        ]
        initials = {
            word[0]
            for h in self.people.names.get(known.canonical, ())
            for form in (h.name, *h.aliases)
            for word in form.split()
        }
        return all(c in initials for c in letters)

    @staticmethod
    def _held_by_another(mention: Mention, by_start: dict[int, Mention]) -> bool:
        """True when another person found in the text holds the role ``mention`` was given."""
        return any(
            m.role == mention.role and m.canonical != mention.canonical for m in by_start.values()
        )

    @staticmethod
    def _named_before(doc: Doc, mention: Mention, by_start: dict[int, Mention]) -> Mention:
        """``mention``, read after a post without its region, as the one person named before
        in full whose name holds its words in a row ("Sekda Wahyu Nugroho" after "Sekda X Agus
        Wahyu Nugroho"); itself when none or two such persons were."""
        written = doc[mention.start : mention.end].text.split()
        size = len(written)
        owners = {
            m.canonical
            for m in by_start.values()
            if m.end <= mention.start
            and len(parts := m.canonical.split()) > size
            and any(parts[a : a + size] == written for a in range(len(parts) - size + 1))
        }
        if len(owners) != 1:
            return mention
        return replace(mention, canonical=owners.pop())

    def _titled_short_names(self, doc: Doc, mentions: list[Mention]) -> dict[str, str]:
        """Short names of known people that a title in ``doc`` gave to another person: the
        written name -> that person ("Prasetyo" -> Muhammad Prasetyo after "Jaksa Agung" in
        2017, where the name alone is the later Mensesneg Prasetyo Hadi)."""
        out: dict[str, str] = {}
        for m in mentions:
            if not m.stated:
                continue
            written = fold_apostrophes(doc[m.start : m.end].text)
            known = self.people.person(written)
            if known is not None and known != m.canonical and written != m.canonical:
                out[written] = m.canonical
        return out


@cache
def _officials() -> Officials:
    return Officials(default_kb(), default_people(), lexicons())


@Language.factory(
    "pmk_officials",
    assigns=["doc.ents", "span._.canonical", "span._.role", "span._.org"],
    requires=["doc.ents"],
)
def make_officials(nlp: Language, name: str) -> Officials:
    """Create the ``pmk_officials`` component."""
    register_extensions()
    return Officials(default_kb(), default_people(), lexicons())
