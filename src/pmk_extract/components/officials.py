"""``pmk_officials``: PERSON spans with the role and organisation they hold.

Sources, in order:

1. known office holders by name or alias ("Tjahjo Kumolo", "Jokowi", "Gus Ipul") from
   ``models/gazetteers/holders.jsonl``;
2. a title followed by a name (titles are read by ``components/titles.py``): named
   offices ("MenpanRB Tjahjo Kumolo", "Menkes Budi")
   from ``offices.jsonl`` and generic titles from ``lexicons/titles.tsv`` combined with
   the organisation or place after them ("Kepala BNPB Suharyanto", "Bupati Cianjur
   Herman Suherman", "Plt. Kepala Pusat Data ... BNPB Abdul Muhari"); honorifics and
   ranks between title and name are skipped ("Prof.", "dr.", "K.H.", "Laksamana", "IPTU",
   ``lexicons/ranks.tsv``); the name runs over particles ("Ahmad bin Sulaiman") and ends
   before a degree ("SSTP", "MSi"); a name in capitals is written as names are for its
   canonical ("IPTU BUDI HARSONO": Budi Harsono, :mod:`pmk_extract.name_shapes`);
3. a name of two words or more in capitals right after a rank with no title ("AKP BUDI
   SANTOSO"), with no role;
4. later short mentions of a person already found ("Tjahjo", "Agus Jabo").

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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..dates.lexicon import lexicon as date_lexicon
from ..doctable import token_table
from ..extensions import register_extensions, set_span_attrs
from ..kb import (
    REGION_KINDS,
    Holder,
    KnowledgeBase,
    People,
    default_kb,
    default_people,
    fold_apostrophes,
)
from ..lexicons import Lexicons, first_words, lexicons, match_head, related_links
from ..matching import TermMatcher
from ..name_shapes import ends_name, in_capitals, is_particle, name_case, other_bearer
from ..spans import doc_text, strict_span
from ..spelling import close_to
from ..stemming import root_words
from .parliaments import regional_parliament
from .titles import Title, TitleReader, org_name
from .units import doc_name_flags

_INITIAL = regex.compile(r"^\p{Lu}\.$")
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "\n", "“", '"', "(", "–", "—", "-"})
_INITIALS = regex.compile(r"(?:\p{Lu}\.?){1,3}")  # "P.", "P", "S.M."
_MAX_NAME = 5
# how far from a holder's sourced term a gap in the record may still be that holder's
_GAP_DAYS = 365
# kinds of organisations whose posts no holder of another office holds at the same time: the
# regional governments and their offices, the police and the military
_EXCLUSIVE_KINDS = frozenset({"regional_government", "military_police"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A PERSON found in a document (token offsets)."""

    start: int
    end: int
    canonical: str
    role: str | None = None
    org: str | None = None
    stated: bool = False  # the role comes from a title written in the text
    matched: str | None = None  # "fuzzy": a misspelling of the holder's name after a title


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
    title = officials.title_reader.generic_title(
        doc, words, doc_name_flags(doc), start, size, ent_at
    )
    return (title.role, title.org, title.end) if title is not None else None


def _fits(text: str, holder: Holder) -> bool:
    """True when every word of ``text`` is a word of the holder's names or its initial.

    "Juliari P. Batubara" fits Juliari Peter Batubara; apostrophes are compared
    folded ("Syafi’i" = "Syafi'i").
    """
    words = {
        fold_apostrophes(word) for form in (holder.name, *holder.aliases) for word in form.split()
    }
    initials = {word[0] for word in words}
    for word in fold_apostrophes(text).split():
        if word not in words and not (_INITIAL.match(word) and word[0] in initials):
            return False
    return True


def _near(holder: Holder, day: dt.date) -> bool:
    """True when ``holder``'s term ends or starts within ``_GAP_DAYS`` of ``day``."""
    if holder.end is not None and day > holder.end:
        return (day - holder.end).days <= _GAP_DAYS
    if holder.start is not None and day < holder.start:
        return (holder.start - day).days <= _GAP_DAYS
    return True


def _has_common_word(text: str) -> bool:
    """True when a word of ``text`` is in the root-word dictionary ("Ajak", "Pimpin").

    Without a date, a name no holder of the office had is kept only when none of its
    words is a common word: a past minister's name ("Ginanjar Kartasasmita") rarely is,
    a Title Case headline nearly always.
    """
    return any(word.lower() in root_words() for word in text.split())


def _join_initials(words: list[str], mentions: list[Mention]) -> list[Mention]:
    """One mention for two parts of a name around an initial ("Juliari P. Batubara")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out:
            prev = out[-1]
            gap = "".join(words[prev.end : m.start])
            if prev.canonical == m.canonical and gap and _INITIALS.fullmatch(gap):
                out[-1] = replace(prev, end=m.end, stated=prev.stated or m.stated)
                continue
        out.append(m)
    return out


class Officials:
    """Tag officials and link them to their offices."""

    def __init__(self, kb: KnowledgeBase, people: People, lex: Lexicons) -> None:
        self.kb = kb
        self.people = people
        self.lex = lex
        self.names = TermMatcher(people.names)
        self.title_reader = TitleReader(kb, people, lex)

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
        mentions = self._known_names(doc, text, words, names, ent_at)
        by_start = {m.start: m for m in mentions}
        links = related_links(text)
        in_rank: set[int] = set()  # "TNI" inside a rank, "BIN" inside a name: no organisation
        unlinked: set[str] = set()  # short names of known people that name someone else here
        for title in self.title_reader.titles(doc, text, words, names, ent_at, day):
            start = title.end
            # an appositive: "Gubernur Kalsel, Sahbirin Noor, meninjau ..."
            apposed = start < len(words) and words[start] == ","
            start += apposed
            ranked = False  # a rank or degree stands before the name
            while size := self._rank_at(words, start, ranked):
                in_rank.update(range(start, start + size))  # "Mayjen TNI": no ORG in a rank
                ranked = ranked or not words[start].isspace()
                start += size
            place = ent_at.get(start)
            if title.org is not None and (
                regional_parliament(title.org) or title.org.startswith("Pemerintah ")
            ):
                place = None  # the office's region is written: a place word begins the name
            if place is not None and place.label_ == "LOC" and place.start == start:
                after = place.end  # "Kepala Dinas PMD Kalteng H Aryawan": the office's place
                comma = after < len(words) and words[after] == ","
                after += comma
                skipped = False
                while size := match_head(words, after, self.lex.honorifics):
                    after += size
                    skipped = True
                # "Kepala BIN Kalbar, Brigjen Pol Nama": after a comma only behind a rank
                free = after < len(words) and names[after] and after not in ent_at
                if free and (not comma or skipped):
                    start = after
                    ranked = ranked or skipped
                    if self._region(place.text, day):
                        # the head of the office's unit in that region, not the national
                        # holder: "Kepala BIN Kalbar" is the head of BIN in West Kalimantan
                        title = replace(title, office=None)
            known = by_start.get(start)
            if known is not None and self._held_elsewhere(doc, known, title, day):
                # "Bupati Bantul Sri Mulyani": the minister's short name under another
                # office is another person of that name
                unlinked.add(fold_apostrophes(doc[known.start : known.end].text))
                del by_start[start]
                known = None
            if known is not None:
                written = doc[known.start : known.end].text
                canonical = self._gap_holder(title, written, day) or known.canonical
                role = self._role(title, canonical, day)
                by_start[start] = replace(
                    known, canonical=canonical, role=role, org=title.org, stated=True
                )
                continue
            mention = self._name_after(doc, words, names, start, title, ent_at, day)
            if mention is not None and self._held_elsewhere(doc, mention, title, day):
                unlinked.add(fold_apostrophes(doc[mention.start : mention.end].text))
                mention = self._name_after(
                    doc, words, names, start, title, ent_at, day, linked=False
                )
            if (
                mention is not None
                and title.capitals
                and not ranked
                and self._headline_caps(doc, mention)
            ):
                mention = None  # "KAPOLDA JATENG TINJAU POS": a headline in capitals
            if (
                mention is not None
                and apposed
                and not ranked
                and not self._apposed_name(words, mention)
            ):
                mention = None
            if mention is not None and any(
                a <= doc[mention.start].idx < b for a, b in links
            ):  # a name no list holds, in a link's headline ("Baca juga: ...")
                mention = None
            if mention is not None and not any(
                m.start < mention.end and mention.start < m.end for m in by_start.values()
            ):
                by_start[mention.start] = mention
                in_rank.update(range(mention.start, mention.end))  # "BIN" in "AHMAD BIN ..."
        for mention in self._ranked_capitals(doc, words, names, ent_at, list(by_start.values())):
            by_start[mention.start] = mention  # "BRIPKA DENI SAPUTRA": a name line, no title
        if unlinked:  # the other mentions of that short name are that person too
            for k, m in list(by_start.items()):
                written = fold_apostrophes(doc[m.start : m.end].text)
                if written in unlinked and not m.stated:
                    by_start[k] = replace(m, canonical=written)
        mentions = self._short_mentions(words, names, list(by_start.values()), ent_at)
        mentions = _join_initials(words, mentions)
        ents = tuple(e for e in ents if not (e.label_ == "ORG" and e.start in in_rank))
        self._commit(doc, ents, self._harmonise(mentions, day))
        return doc

    def _headline_caps(self, doc: Doc, mention: Mention) -> bool:
        """True when an unknown name after a title in capitals is in capitals too: the
        words of a headline, not a name ("KAPOLDA JATENG TINJAU POS")."""
        text = doc[mention.start : mention.end].text
        return text.isupper() and self.people.person(text) is None

    def _rank_at(self, words: list[str], k: int, ranked: bool) -> int:
        """Length of the honorific, degree or rank at ``k``; after a rank, the corps or force
        it names ("Marsekal Pertama TNI", "Kompol Pol", "LETKOL INF") is part of it
        (guidelines, ``lexicons/ranks.tsv``). A run of spaces between title, ranks and name
        is skipped ("Kombes Pol  Artanto")."""
        if k < len(words) and words[k].isspace() and "\n" not in words[k]:
            return 1
        return self.lex.rank_at(words, k, ranked)

    @staticmethod
    def _particle_at(
        doc: Doc, words: list[str], names: list[bool], k: int, capitals: bool = False
    ) -> int:
        """Length of the particles at ``k`` that a name word follows, with a hyphen glued to
        both ("bin Sulaiman", "van der Berg", "al-Hadi"); in capitals inside a name in
        capitals ("AHMAD BIN SULAIMAN"): 0 when there is none."""
        j = k
        while j < len(words) and j - k < 2 and is_particle(words[j], capitals):
            j += 1
        glued = j + 1 < len(words) and not doc[j - 1].whitespace_ and not doc[j].whitespace_
        if j < len(words) and words[j] == "-" and glued:
            j += 1  # "al-Hadi"
        return j - k if k < j < len(words) and names[j] else 0

    def _ranked_capitals(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        found: list[Mention],
    ) -> list[Mention]:
        """Names of two words or more in capitals right after a rank with no title before it
        ("AKP BUDI SANTOSO", "LETKOL INF DWI HARTANTO"), each a person with no role: the
        press writes officers' name lines so. Not a place named after an officer, where a
        capitalised word inside the sentence stands before the rank ("Bandara JENDERAL AHMAD
        YANI", "JL. LETJEN S. PARMAN"), nor a headline's verb ("AKBP BUDI TINJAU POS")."""
        firsts = first_words(self.lex.ranks)
        starts = [i for i, word in enumerate(words) if word in firsts]
        if not starts:
            return []
        taken = {k for m in found for k in range(m.start, m.end)}
        dates = date_lexicon()
        out: list[Mention] = []
        after = 0
        for i in starts:
            if i < after or i in taken or not match_head(words, i, self.lex.ranks):
                continue
            if i and names[i - 1] and not self._opens_sentence(words, i - 1):
                continue  # "Bandara JENDERAL AHMAD YANI", "Jalan Letjen ...": a place's name
            k, ranked = i, False
            while size := self._rank_at(words, k, ranked):
                ranked, k = True, k + size
            end = k
            while end < len(words) and end - k < _MAX_NAME and in_capitals(words[end]):
                word = name_case(words[end])
                ent = ent_at.get(end)
                if not words[end].isalpha() or (ent is not None and ent.label_ != "LOC"):
                    break
                if self.lex.headline_verb(word) or word.lower() in dates.weekdays:
                    break
                end += 1
            if end - k < 2 or any(j in taken or j in ent_at for j in range(k, end)):
                continue
            text = name_case(doc[k:end].text)
            out.append(Mention(k, end, self.people.person(text) or text))
            after = end
        return out

    @staticmethod
    def _opens_sentence(words: list[str], j: int) -> bool:
        """True when the word at ``j`` is the first of its sentence or line."""
        return j == 0 or words[j - 1] in _SENTENCE_OPENERS or words[j - 1].isspace()

    def _apposed_name(self, words: list[str], mention: Mention) -> bool:
        """An unknown name set off by a comma after a title closes with "," or ".", or

        has two words or more and is followed by a word in lower case; and it is not a
        day or a month ("..., kata Gubernur Kalsel, Jumat.").
        """
        dates = date_lexicon()
        lowered = [word.lower() for word in words[mention.start : mention.end]]
        if all(word in dates.weekdays or word in dates.months for word in lowered):
            return False  # "Agus Rahardjo" is a name, "Jumat" or "Agustus" alone is not
        if mention.end >= len(words):
            return False
        after = words[mention.end]
        # "..., Muhamad Thaher Hanubun melantik ...": a name of two words or more before
        # the sentence goes on in lower case
        # one word only when it is no common word ("..., Suryamin memberikan ...")
        named = mention.end - mention.start > 1 or not _has_common_word(words[mention.start])
        return after in (",", ".") or (named and after.isalpha() and after.islower())

    # -- 1. known names ---------------------------------------------------------------
    def _known_names(
        self,
        doc: Doc,
        text: str,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
    ) -> list[Mention]:
        found: list[Mention] = []
        taken: set[int] = set()
        for start, end, form in self.names.find(text):
            span = strict_span(doc, start, end)
            canonical = self.people.person(form)
            if span is None or canonical is None:
                continue
            if any(k in taken for k in range(span.start, span.end)):
                continue
            if len(span) == 1 and self._in_longer_name(words, names, span.start):
                # "Fadjar Prasetyo" is not Prasetyo Hadi, "Tajri Fauzan" not the deputy
                # minister known by the one name "Fauzan"
                continue
            if len(span) > 1 and self._other_longer_name(words, names, span, form, ent_at):
                continue  # "Sri Mulyani Hartati" is not Sri Mulyani Indrawati
            if any(k in ent_at and ent_at[k].label_ == "ORG" for k in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            found.append(Mention(span.start, span.end, canonical))
        return found

    def _in_longer_name(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when the one-word alias at ``k`` is a part of another name ("Fadjar
        Prasetyo", "Anggit Prasetyo"): a capitalised word stands right before it inside a
        sentence, or right after it, and that word is no title, honorific or headline verb."""
        return bool(self._name_goes_on(words, names, k, k + 1))

    def _other_longer_name(
        self, words: list[str], names: list[bool], span: Span, form: str, ent_at: dict[int, Span]
    ) -> bool:
        """True when the alias of several words in ``span`` goes on into a longer name that is
        not its holder's ("Bupati Bantul Sri Mulyani Hartati"): the word right after it is a
        name word (no title, honorific, headline verb, day, month, place or organisation)
        and the name so written has a word none of the holder's names has ("Sri Mulyani
        Indrawati" fits). A common word after it only when the name ends there ("Tito
        Karnavian Putra menjawab"; "Sri Mulyani Soal Pajak" is a headline). Only the word
        after counts: an office's name ends in capitalised words before a name."""
        k = span.end
        if k >= len(words) or k in ent_at:
            return False
        if k not in self._name_goes_on(words, names, span.start, k):
            return False
        dates = date_lexicon()
        word = words[k]
        if word.lower() in dates.weekdays or word.lower() in dates.months:
            return False
        if _has_common_word(word) and k + 1 < len(words) and names[k + 1]:
            return False
        written = f"{span.text} {word}"
        return not any(_fits(written, h) for h in self.people.names.get(form, ()))

    def _name_goes_on(self, words: list[str], names: list[bool], start: int, end: int) -> list[int]:
        """The capitalised words right before (inside a sentence) and right after the name at
        ``words[start:end]`` that continue it: no title, honorific or headline verb."""
        out = []
        for j in (start - 1, end):
            if not (0 <= j < len(words) and names[j]) or words[j].isupper():
                continue
            opens = j == 0 or words[j - 1] in _SENTENCE_OPENERS or words[j - 1].isspace()
            if j < start and opens:
                continue  # "Menurut Prasetyo, ...": capitalised as the sentence's first word
            word = words[j]
            if word in self.people.office_words or match_head(words, j, self.lex.honorifics):
                continue
            if match_head(words, j, self.lex.title_heads) or self.lex.headline_verb(word):
                continue
            out.append(j)
        return out

    def _region(self, text: str, day: dt.date | None) -> bool:
        """True when ``text`` is an Indonesian province, regency or city (not a country:
        "Menteri Luar Negeri Singapura" is a foreign minister, no unit of a ministry)."""
        entry = self.kb.lookup(text, day)
        return entry is not None and entry.label == "LOC" and entry.kind in REGION_KINDS

    # -- 2. titles --------------------------------------------------------------------
    def _name_after(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        start: int,
        title: Title,
        ent_at: dict[int, Span],
        day: dt.date | None,
        linked: bool = True,
    ) -> Mention | None:
        """The name written at ``start`` after ``title``, with the person it denotes (a known
        person's full name only when ``linked``)."""
        end = start
        capitals = start < len(words) and in_capitals(words[start])
        while end < len(words) and end - start < _MAX_NAME:
            if end > start and (size := self._particle_at(doc, words, names, end, capitals)):
                end += size  # "Ahmad bin Sulaiman", "AHMAD BIN SULAIMAN": the name goes on
                continue
            ent = ent_at.get(end)
            if ent is not None and (ent.label_ != "LOC" or ent.end - ent.start > 1):
                break
            if not (names[end] or _INITIAL.match(words[end])):
                break
            if match_head(words[end : end + 2], 0, self.lex.title_heads):
                break
            if end > start and self.lex.verb_after_name(words[end]):
                break  # "Ketua Umum Golkar Agung Laksono Berikan Bantuan": a headline
            if end > start and match_head(words, end, self.lex.honorifics):
                break  # a degree after the name: "Endro Aribowo SIK", "Jumaga Nadeak SH"
            if end > start and not capitals and ends_name(words[end]):
                break  # "Abdul Hakam SSTP", "Abdul Hakam MSi": a degree, not the name
            end += 1
        if end == start or _INITIAL.match(words[end - 1]):
            return None
        if all(k in ent_at for k in range(start, end)):
            return None  # only a place: "Rektor Universitas Gadjah Mada Yogyakarta hadir"
        if any(" ".join(words[start : start + n]) in self.people.titles for n in (1, 2, 3)):
            return None  # another title: "Ketua KPK, Jaksa Agung, Kapolri"
        if words[start] in self.people.office_words:
            return None  # "kantor Bupati Halmahera Utara, Menteri Yohana ...": another office
        if self.lex.headline_verb(words[start]):
            return None  # "Bupati Musi Rawas Serahkan Bantuan" is a headline
        if match_head(words, start, self.lex.name_heads):
            return None  # "rumah dinas Wali Kota Padang, Jalan A. Yani": a street, a school
        text = doc[start:end].text
        if in_capitals(text):
            text = name_case(text)  # "IPTU BUDI HARSONO": the name as names are written
        canonical = self.people.person(text) if linked else None
        if title.office is not None:
            # the holder on the date, or without a date any holder the office has had
            holder = self.people.holder(title.office.id, day)
            known = [holder] if holder is not None else []
            if day is None:
                known = self.people.by_office.get(title.office.id, [])
            if not known and (name := self._gap_holder(title, text, day)) is not None:
                role = self._role(title, name, day)
                return Mention(start, end, name, role, title.org, stated=True)
            if known:
                fits = {h.name for h in known if _fits(text, h)}
                if not fits and day is not None:
                    # a misspelt name of the holder on that date ("Mendagri Cahyo Kumolo")
                    close = {h.name for h in known if close_to(text, (h.name, *h.aliases))}
                    if len(close) == 1:
                        name = close.pop()
                        role = self._role(title, name, day)
                        return Mention(
                            start, end, name, role, title.org, stated=True, matched="fuzzy"
                        )
                if not fits and (day is not None or _has_common_word(text)):
                    return None  # "Menag Ajak Doakan ..." (a headline) is not a person
                if len(fits) == 1:
                    canonical = fits.pop()
        role = self._role(title, canonical or text, day)
        return Mention(start, end, canonical or text, role, title.org, stated=True)

    def _gap_holder(self, title: Title, text: str, day: dt.date | None) -> str | None:
        """The holder of ``title``'s office whose name ``text`` (two words or more) fits, when
        no term covers ``day`` and exactly one term near it fits: a gap in the sourced record
        ("Kapolres Batang AKBP Irwan Susanto" months after his last sourced day)."""
        if title.office is None or day is None or len(text.split()) < 2:
            return None
        terms = self.people.by_office.get(title.office.id, ())
        if any(h.holds_on(day) for h in terms):
            return None
        fits = {h.name for h in terms if _near(h, day) and _fits(text, h)}
        return fits.pop() if len(fits) == 1 else None

    def _held_elsewhere(self, doc: Doc, known: Mention, title: Title, day: dt.date | None) -> bool:
        """True when the known person's short name at ``known`` stands after the title of
        another office than the one they hold on that date: an office they never held, with
        another holder on that date ("Gubernur Jawa Tengah Tito" in 2023), or a post of a
        regional government, the police or the military, none of whose posts they hold on
        that date ("Bupati Bantul Sri Mulyani", "Kapolres Kendal AKBP Tito" in 2023); an
        office with another holder on that date also when they held nothing then ("Jaksa
        Agung Prasetyo" in 2017 is not the later Mensesneg). The full name written out is
        the person ("Bupati Bantul Sri Mulyani Indrawati")."""
        written = fold_apostrophes(doc[known.start : known.end].text)
        if day is None or written == known.canonical or known.matched:
            return False
        office = title.office
        if office is not None:
            terms = self.people.names.get(known.canonical, ())
            if any(h.name == known.canonical and h.office == office.id for h in terms):
                return False  # "Menkes Terawan" in 2023: a former holder of that office
            holder = self.people.holder(office.id, day)
            if holder is not None:
                # the office's holder on that date is someone else, whatever the person of
                # that short name held then ("Jaksa Agung Prasetyo" in 2017)
                return holder.name != known.canonical
        held = self.people.offices_held(known.canonical, day)
        if not held or title.org is None:
            return False
        entry = self.kb.lookup(title.org, day)
        if entry is None or entry.kind not in _EXCLUSIVE_KINDS:
            return False
        return all(org_name(self.kb, o.org, day) != title.org for o in held)

    def _role(self, title: Title, name: str, day: dt.date | None) -> str:
        """The role ``title`` gives ``name``: an acting holder's post is named also where the
        text leaves it out ("Gubernur Sumut Hassanudin" in 2024 is the Penjabat)."""
        office = title.office
        if office is None or title.role != office.role:
            return title.role  # a generic title, or the text names the acting post
        holder = self.people.holder(office.id, day)
        return holder.role(office) if holder is not None and holder.name == name else title.role

    # -- 3. short mentions ------------------------------------------------------------
    def _short_mentions(
        self,
        words: list[str],
        names: list[bool],
        mentions: list[Mention],
        ent_at: dict[int, Span],
    ) -> list[Mention]:
        parts: dict[tuple[str, ...], set[str]] = {}
        for m in mentions:
            tokens = m.canonical.split()
            for a in range(len(tokens)):
                for b in range(a + 1, len(tokens) + 1):
                    key = tuple(tokens[a:b])
                    if len(key) == 1 and len(key[0]) < 3:
                        continue
                    if key in self.lex.honorifics:
                        continue
                    parts.setdefault(key, set()).add(m.canonical)
        firsts = {key[0] for key in parts}
        taken = {k for m in mentions for k in range(m.start, m.end)}
        found = list(mentions)
        n = len(words)
        after = 0  # left to right: a short mention's tokens are not looked at again
        # only a name word that starts a part of a known name can start a mention
        for i in [k for k, word in enumerate(words) if word in firsts and names[k]]:
            if i < after or i in taken:
                continue
            for size in (3, 2, 1):
                if i + size > n:  # a slice cut short at the end would match a shorter key
                    continue
                owners = parts.get(tuple(words[i : i + size]))
                if not owners or len(owners) != 1:
                    continue
                if any(
                    k in taken or (k in ent_at and ent_at[k].label_ != "LOC")
                    for k in range(i, i + size)
                ):
                    continue  # blocked
                if i + size < n and names[i + size]:
                    continue  # the name goes on
                if size == 1 and self._in_longer_name(words, names, i):
                    continue  # "Anggit Prasetyo" after a mention of Prasetyo Hadi
                owner = next(iter(owners))
                if size == 1 and other_bearer(
                    words, words[i], set(owner.split()), lambda k: k not in taken and names[k + 1]
                ):
                    continue  # "Hendra" where "Hendra Saputra" is written too: which one?
                found.append(Mention(i, i + size, owner))
                after = i + size
                break
        return found

    # -- roles and commit -------------------------------------------------------------
    def _harmonise(self, mentions: list[Mention], day: dt.date | None) -> list[Mention]:
        stated: dict[str, Mention] = {}
        for m in mentions:
            if m.stated and m.canonical not in stated:
                stated[m.canonical] = m
        out = []
        for m in mentions:
            source = stated.get(m.canonical)
            if source is not None:
                out.append(replace(m, role=source.role, org=source.org))
                continue
            offices = self.people.offices_held(m.canonical, day)
            if offices:
                office = offices[0]
                out.append(replace(m, role=office.role, org=org_name(self.kb, office.org, day)))
            else:
                out.append(m)
        return out

    def _commit(self, doc: Doc, ents: Sequence[Span], mentions: list[Mention]) -> None:
        spans = []
        kept = list(ents)
        for m in sorted(mentions, key=lambda m: m.start):
            overlapping = [e for e in kept if e.start < m.end and m.start < e.end]
            if any(e.label_ != "LOC" or e.start < m.start or e.end > m.end for e in overlapping):
                continue
            kept = [e for e in kept if e not in overlapping]
            spans.append((Span(doc, m.start, m.end, label="PERSON"), m))
        doc.set_ents(kept + [s for s, _ in spans])
        for span, m in spans:
            set_span_attrs(
                doc,
                span.start_char,
                span.end_char,
                canonical=m.canonical,
                role=m.role,
                org=m.org,
                source="officials",
                matched=m.matched,
            )


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
