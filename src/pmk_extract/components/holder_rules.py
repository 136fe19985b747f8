"""Which holder of an office a name written after the office's title denotes.

- a name fits a holder as :mod:`~pmk_extract.components.name_fits` says (each word a word
  of the holder's names, its initial or its short form; initials; a nickname);
- a gap in the sourced record: a name of two words or more after the title, on a date no
  term covers, is the one holder near that date whose name it fits (``GAP_DAYS``);
- a known person's short name after the title of another office than the one they hold on
  that date is another person of that name ("Bupati Bantul Sri Mulyani");
- a known person's short name of initials or a form of Muhammad and one word, which many
  people share ("M. Nasir", "Muhammad Nasir"), after the title of an organisation none of
  whose offices they ever held is another person of that name ("Rektor Universitas X M.
  Nasir");
- a known person's one-word short name ("Syahrul") after the title of a regional
  government's, police or military post that is no office of the knowledge base and no
  class title's (a staff post: "Sekretaris DPRD Kota X", "Kepala Dinas X Kota Y"), on a date
  they hold no office, is another person of that name when they never held an office of that
  organisation (a regional head's title, "Bupati X Anas", may be a term the record lacks);
- a known person's short name after the title of a post below every recorded office (a
  region's department or section, a district, a village, a school, a court's, prosecutor's,
  police or military local unit: ``lexicons/lower_posts.txt``) is another person of that name
  when the person holds a recorded office that day, or never held one of a region's
  government or of the post's body ("Kepala Dinas Pendidikan Lukman Hakim" in 2017);
- a known person's whole name after the title of an office they never held, whose one
  holder on the date is another, takes no post ("Bupati Flores Timur Budi Santoso" in 2020),
  unless it misspells the holder's name;
- a known person's whole name or alias after the title of an office they held in another
  term is that person, never the holder on the date whose longer name holds it ("Bupati
  Sleman Sri Purnomo" in 2022 is not Kustini Sri Purnomo);
- a known person's name after the title of an office they never held, that fits the one
  holder on the date, is that holder ("Wagub X Muhammad Ali": Muhammad Al Yasin Ali);
- an acting holder's post is their role also where the text leaves it out;
- a misspelt name after a generic title whose organisation is read is the one holder on the
  date of a post of that organisation the title opens (its first word also as the offices
  write it: ``lexicons/role_synonyms.tsv``) whose name it misspells;
- around a change of holder the press names the outgoing holder, and the announced
  successor, by the office's title for some days either side of the sourced day: a name
  that is no holder's on the date is the one holder whose term ended or starts within
  ``HANDOVER_DAYS`` and whose name it fits or misspells ("Gubernur X Alin Mazi" the day
  after Ali Mazi's term, "Pj Gubernur X Hasanudin" the day before Hassanudin is sworn in).

Used by :mod:`~pmk_extract.components.name_holders`,
:mod:`~pmk_extract.components.name_reader` and :mod:`~pmk_extract.components.officials`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex
from spacy.tokens import Doc

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..name_shapes import MUHAMMAD
from ..name_variants import fold_apostrophes, spelling_variants
from ..people import Holder, Office, People
from ..regions import KIND_WORDS
from ..resources import read_tsv
from ..spelling import close_to
from .lower_posts import is_lower_post
from .name_fits import fits, is_initial, named
from .title_parts import Title, org_name

# the initials a short name opens with: "M.", "M", "HM", "H.M." (Haji Muhammad)
_SHORT_INITIALS = regex.compile(r"\p{Lu}{1,2}\.?|(?:\p{Lu}\.){2,3}")
GAP_DAYS = 365
"""How far from a holder's sourced term a gap in the record may still be that holder's."""
HANDOVER_DAYS = 7
"""How many days after a term's end, or before its start, its holder is still, or already,
named by the office's title."""
# kinds of organisations whose posts no holder of another office holds at the same time: the
# regional governments and their offices, the police and the military
_EXCLUSIVE_KINDS = frozenset({"regional_government", "military_police"})
# the bodies of one region, whose posts' records may lack a holder the text names
_REGIONAL_BODIES = frozenset({"regional_government", "regional_parliament"})
_REGION_WORDS = 4  # the longest region name a role ends with ("Kabupaten Kepulauan Seribu Utara")
_VILLAGE = "Pemerintah Desa "  # a village's own government, as local_heads.py names it
# a region written with its kind in a role ("Kabupaten Bantul", "Provinsi Jawa Tengah")
_REGION_IN_ROLE = regex.compile(rf"\b(?:{'|'.join(KIND_WORDS.values())})(?: \p{{Lu}}[\p{{L}}'-]*)+")


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


def near(holder: Holder, day: dt.date) -> bool:
    """True when ``holder``'s term ends or starts within ``GAP_DAYS`` of ``day``."""
    if holder.end is not None and day > holder.end:
        return (day - holder.end).days <= GAP_DAYS
    if holder.start is not None and day < holder.start:
        return (holder.start - day).days <= GAP_DAYS
    return True


def in_handover(holder: Holder, day: dt.date) -> bool:
    """True when ``holder``'s term ended at most ``HANDOVER_DAYS`` before ``day`` or starts at
    most ``HANDOVER_DAYS`` after it."""
    if holder.end is not None and day > holder.end:
        return (day - holder.end).days <= HANDOVER_DAYS
    if holder.start is not None and day < holder.start:
        return (holder.start - day).days <= HANDOVER_DAYS
    return False


def _initialled(written: str) -> bool:
    """True when ``written`` is initials or a form of Muhammad and one name word ("M. Nasir",
    "H.M. Prasetyo", "Muhammad Nasir"): a name the many people who bear it share."""
    words = written.split()
    if len(words) != 2:
        return False
    return _SHORT_INITIALS.fullmatch(words[0]) is not None or MUHAMMAD.match(words[0]) is not None


@cache
def class_roles() -> frozenset[str]:
    """The roles of the class titles (``lexicons/class_titles.tsv``: "Bupati", "Wali Kota",
    "Gubernur", "Menteri", ...)."""
    return frozenset(role for _, role, _, _ in read_tsv("lexicons/class_titles.tsv", 4))


@cache
def role_synonyms() -> dict[str, tuple[str, ...]]:
    """A title's first word -> the words the offices' roles write for it
    (``lexicons/role_synonyms.tsv``: "Komisioner" -> "Anggota")."""
    out: dict[str, tuple[str, ...]] = {}
    for written, role in read_tsv("lexicons/role_synonyms.tsv", 2):
        out[written] = (*out.get(written, ()), role)
    return out


def office_forms(role: str) -> tuple[str, ...]:
    """``role`` in the words of the offices' roles where the press writes a title's head in
    other words (``lexicons/role_synonyms.tsv``: "Sekretaris Provinsi Jambi" -> "Sekretaris
    Daerah Provinsi Jambi"); () when no head of it is listed."""
    return tuple(
        f"{office} {role[len(written) :]}"
        for written, offices in _written_heads()
        if role.startswith(written)
        for office in offices
    )


@cache
def _written_heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The written heads of ``role_synonyms.tsv`` of more than one word, each with the space
    that ends it, and the offices' words for them."""
    return tuple((f"{w} ", offices) for w, offices in role_synonyms().items() if " " in w)


class HolderRules:
    """The rules above over one knowledge base and its office holders."""

    def __init__(self, kb: KnowledgeBase, people: People) -> None:
        self.kb = kb
        self.people = people
        self._by_org: dict[str, list[Office]] | None = None

    def regional_post(self, title: Title, day: dt.date | None) -> bool:
        """True when ``title`` is a post of one Indonesian region: its organisation is a
        regional government or parliament ("Bupati Garut", "Ketua DPRD Jawa Barat"), or its
        role ends with the name of a province, regency or city ("Kepala Kepolisian Daerah Jawa
        Tengah"); never a national post, whose title a foreign office shares ("Presiden")."""
        entry = self.kb.lookup(title.org, day) if title.org else None
        if entry is not None and entry.kind in _REGIONAL_BODIES:
            return True
        words = title.role.split()
        for size in range(min(_REGION_WORDS, len(words) - 1), 0, -1):
            place = self.kb.lookup(" ".join(words[-size:]), day)
            if place is not None and place.label == "LOC" and place.kind in REGION_KINDS:
                return True
        return False

    def gap_holder(self, title: Title, text: str, day: dt.date | None) -> str | None:
        """The holder of ``title``'s office whose name ``text`` (two words or more) fits, when
        no term covers ``day`` and exactly one term near it fits: a gap in the sourced record
        ("Kapolres Batang AKBP Irwan Susanto" months after his last sourced day)."""
        if title.office is None or day is None or len(text.split()) < 2:
            return None
        terms = self.people.by_office.get(title.office.id, ())
        if any(h.holds_on(day) for h in terms):
            return None
        fitting = {h.name for h in terms if near(h, day) and fits(text, h)}
        return fitting.pop() if len(fitting) == 1 else None

    def handover_holder(
        self, office: Office, text: str, day: dt.date | None, role: str | None = None
    ) -> tuple[str, bool] | None:
        """The one holder of ``office`` in a handover around ``day`` (:func:`in_handover`),
        of ``role`` when given (an acting post), who does not hold it on ``day`` and whose
        name ``text`` fits (two words or more) or misspells
        (:func:`~pmk_extract.spelling.close_to`), with True when it is a misspelling."""
        if day is None:
            return None
        holding = {h.name for h in self.people.holders_on(office.id, day)}
        near_terms = [
            h
            for h in self.people.by_office.get(office.id, ())
            if h.name not in holding
            and in_handover(h, day)
            and (role is None or h.role(office) == role)
        ]
        fitting = {h.name for h in near_terms if len(text.split()) > 1 and fits(text, h)}
        if not fitting:
            close = {h.name for h in near_terms if close_to(text, (h.name, *h.aliases))}
            if len(close) != 1:
                return None
            heir = close.pop()
            # a name written exactly ("Bupati X Sanusi" between his two terms) is no misspelling
            written = text.casefold()
            exact = any(
                written == name.casefold()
                for h in near_terms
                if h.name == heir
                for name in (h.name, *h.aliases)
            )
            return heir, not exact
        return (fitting.pop(), False) if len(fitting) == 1 else None

    def fitting_holder(
        self, title: Title, text: str, person: str, day: dt.date | None
    ) -> str | None:
        """The one holder on ``day`` of ``title``'s office (of its acting post, after an acting
        prefix) whose name ``text`` fits, where ``text`` is the name of another known
        ``person`` who never held that office ("Wagub X Muhammad Ali" when the vice-governor
        is Muhammad Al Yasin Ali and a later admiral is Muhammad Ali): the holder."""
        office = title.office or title.acting_of
        if office is None or day is None:
            return None
        terms = self.people.names.get(person, ())
        if any(h.name == person and h.office == office.id for h in terms):
            return None  # a holder of that office at some time: that person
        holders = [
            h
            for h in self.people.holders_on(office.id, day)
            if title.office is not None or (h.acting and h.role(office) == title.role)
        ]
        fitting = {h.name for h in holders if fits(text, h)}
        return fitting.pop() if len(fitting) == 1 else None

    def org_holder(self, title: Title, text: str, day: dt.date | None) -> str | None:
        """The holder whose misspelt name ``text`` is, after a generic title (no named office)
        whose organisation is read: the one person who on ``day`` holds an office of that
        organisation whose role opens with the title's ("Sekretaris Jenderal Kemenkeu Nama"
        misspelt: the secretary-general of the ministry), and whose name or alias ``text``
        misspells (:func:`~pmk_extract.spelling.close_to`); a name close to the holder of
        another post of the organisation is none ("Direktur X Kemenkeu" is no Dirjen)."""
        if title.office is not None or title.org is None or day is None:
            return None
        # the role as written, and with its first word as the offices write it ("Komisioner
        # KPU": Anggota Komisi Pemilihan Umum)
        first, _, rest = title.role.partition(" ")
        openings = tuple(
            " ".join(filter(None, (word, rest))) + " "
            for word in (first, *role_synonyms().get(first, ()))
        )
        close = {
            h.name
            for office in self._org_offices().get(title.org, ())
            if (office.role + " ").startswith(openings)
            for h in self.people.holders_on(office.id, day)
            if close_to(text, (h.name, *h.aliases))
        }
        return close.pop() if len(close) == 1 else None

    def _org_offices(self) -> dict[str, list[Office]]:
        """The offices by every name their organisation has had."""
        if self._by_org is None:
            self._by_org = {}
            for office in self.people.offices.values():
                names = {entry.canonical for entry in self.kb.by_id.get(office.org or "", ())}
                for name in names:
                    self._by_org.setdefault(name, []).append(office)
        return self._by_org

    def held_elsewhere(self, doc: Doc, known: Mention, title: Title, day: dt.date | None) -> bool:
        """True when the known person's short name at ``known`` stands after the title of
        another office than the one they hold on that date: an office they never held, with
        another holder on that date ("Gubernur Jawa Tengah Tito" in 2023), or a post of a
        regional government, the police or the military, none of whose posts they hold on
        that date ("Bupati Bantul Sri Mulyani", "Kapolres Kendal AKBP Tito" in 2023); an
        office with another holder on that date also when they held nothing then ("Jaksa
        Agung Prasetyo" in 2017 is not the later Mensesneg); a name of two words or more
        shorter than the person's ("Camat X Raja Bayu": Raja Bayu Febri Gunadian) after such
        a post on a day they held nothing, when they never held an office of that
        organisation or of another government of its province, also after a post of a
        region's parliament or of a national body's office in a region the role names, or
        after a village's post (the knowledge base holds no village office). The full name
        written out is the person ("Bupati Bantul Sri Mulyani Indrawati"). Initials or
        Muhammad and one word ("M. Nasir") after the title of any organisation none of whose
        offices they ever held are another person's."""
        written = fold_apostrophes(doc[known.start : known.end].text)
        if day is None or written == known.canonical or known.matched:
            return False
        if title.org is not None and _initialled(written) and not self._served(known, title.org):
            return True  # "Rektor Universitas X Ir. H. M. Nasir": not the minister M. Nasir
        office = title.office or title.acting_of  # "Plt Sekda X Nama": the acting holders
        if office is not None:
            terms = self.people.names.get(known.canonical, ())
            if any(h.name == known.canonical and h.office == office.id for h in terms):
                return False  # "Menkes Terawan" in 2023: a former holder of that office
            holders = self.people.holders_on(office.id, day)
            if holders:
                # the office's holders on that date are others, whatever the person of
                # that short name held then ("Jaksa Agung Prasetyo" in 2017)
                return all(h.name != known.canonical for h in holders)
        held = self.people.offices_held(known.canonical, day)
        whole = [word for word in known.canonical.split() if not is_initial(word)]
        post = f"{title.role} {title.org}" if title.org else title.role
        if is_lower_post(title.role) or is_lower_post(post):
            # "Kepala Dinas Pendidikan Lukman Hakim" in 2017, "Ketua Pengadilan Negeri X Sri
            # Mulyani" in 2021; "Kepala Kantor Kemenag Nama": the role and its body
            return self.lower_post_bearer(known, written, title.role, title.org, day)
        if title.org is None:
            return False
        entry = self.kb.lookup(title.org, day)
        # two words or more of a longer known name ("Raja Bayu": Raja Bayu Febri Gunadian;
        # "M. Faisal Hasrimy" is no longer), or an alias of other words ("Sandra Moniaga")
        shorter = len(written.split()) > 1 and not set(whole) <= set(written.split())
        # a village's own government (local_heads.py): the knowledge base holds none of its
        # offices, so no known person ever served it
        village = entry is None and title.org.startswith(_VILLAGE)
        if not village and (entry is None or entry.kind not in _EXCLUSIVE_KINDS):
            # "Anggota DPRD Kabupaten X Lukman Hakim", "Kepala Kantor Kemenag Kabupaten X
            # Lukman Hakim": a post of a region's parliament or of a national body's office in
            # a region, whose bearer of the longer name never served a government of its
            # province
            local = self._role_government(title.role, day)
            return local is not None and shorter and not self._served_near(known, local)
        if not held and self._staff_post(title, written):
            # "Sekretaris DPRD Kota X, Syahrul" on a day the minister Syahrul held nothing
            return not self._served(known, title.org)
        if not held:
            # "Camat X Raja Bayu": a shorter name whose bearer never served a government of
            # that province
            return shorter and (entry is None or not self._served_near(known, entry))
        return all(org_name(self.kb, o.org, day) != title.org for o in held)

    def held_by_other(self, title: Title, name: str, day: dt.date | None) -> str | None:
        """Whether the known person ``name``, written whole after the title of an office they
        never held, stands after a post its one holder on ``day`` holds ("Bupati Flores Timur
        Budi Santoso" in 2020): "" when so (the post is the holder's, not theirs), the holder's
        name when ``name`` misspells it ("Pj Bupati X Budi Santoso" for Budi Santosa), None
        otherwise (no such office, a title read by a pattern, an acting post, several
        holders, or one of theirs)."""
        office = title.office
        if office is None or day is None or title.pattern or title.role != office.role:
            return None
        if any(h.name == name and h.office == office.id for h in self.people.names.get(name, ())):
            return None
        holders = self.people.holders_on(office.id, day)
        if len(holders) != 1 or holders[0].name == name:
            return None
        holder = holders[0]
        return holder.name if close_to(name, (holder.name, *holder.aliases)) else ""

    def lower_post_bearer(
        self, known: Mention, written: str, role: str, org: str | None, day: dt.date
    ) -> bool:
        """True when the known person's name ``written`` after the title of a post below every
        recorded office (:func:`is_lower_post`) is another person's: no post of one who holds
        a recorded office that day in a definitive term, nor, written otherwise than the
        person's whole name (shorter, or an alias of other words), of one who never held an
        office of the post's body ``org`` (of that region's government or another of its
        province, for a region's post), or, with no body read, of any region's government; a
        role that opens, or is opened by, the role of one of the person's offices is theirs."""
        if self._own_role(known, role):
            return False
        if self._sits(known, day):
            return True
        whole = [word for word in known.canonical.split() if not is_initial(word)]
        if set(whole) <= set(written.split()):
            return False  # the whole name written: an alias of other words may be another's
        entry = self.kb.lookup(org, day) if org is not None else None
        if entry is not None and entry.kind == "regional_government":
            # "Kepala Dinas Pendidikan Kota X Syahrul": never served that government or
            # another of its province
            return not self._served_near(known, entry)
        return not self._local_career(known, org)

    def _terms(self, known: Mention) -> Iterator[tuple[Holder, Office]]:
        """The known person's own terms (not another's under a shared alias), each with its
        office."""
        for holder in self.people.names.get(known.canonical, ()):
            office = self.people.offices.get(holder.office)
            if holder.name == known.canonical and office is not None:
                yield holder, office

    def _own_role(self, known: Mention, role: str) -> bool:
        """True when ``role`` is the role of an office the known person held at any time, or
        opens it or is opened by it."""
        return any(
            office.role.startswith(role) or role.startswith(office.role)
            for _, office in self._terms(known)
        )

    def _sits(self, known: Mention, day: dt.date) -> bool:
        """True when the known person holds a recorded office on ``day`` in a definitive term
        (an acting head keeps the post they were appointed from)."""
        return any(
            h.name == known.canonical and h.holds_on(day) and not h.acting
            for h in self.people.names.get(known.canonical, ())
        )

    def _local_career(self, known: Mention, org: str | None) -> bool:
        """True when the known person held, at any time, an office of a region's government
        or of ``org``."""
        for _, office in self._terms(known):
            entries = self.kb.by_id.get(office.org or "", ())
            if any(entry.kind == "regional_government" for entry in entries):
                return True
        return org is not None and self._served(known, org)

    def _role_government(self, role: str, day: dt.date) -> KBEntry | None:
        """The regional government of the regency, city or province a role names with its
        kind ("Anggota Dewan Perwakilan Rakyat Daerah Kabupaten Bantul": Pemerintah Kabupaten
        Bantul), or None."""
        for found in _REGION_IN_ROLE.finditer(role):
            words = found.group().split()
            for size in range(len(words), 1, -1):
                entry = self.kb.lookup(f"Pemerintah {' '.join(words[:size])}", day)
                if entry is not None and entry.kind == "regional_government":
                    return entry
        return None

    def _province(self, org_id: str | None) -> str | None:
        """The id of the province government ``org_id`` belongs to (itself when it has no
        parent: a province's, or a national body's)."""
        entries = self.kb.by_id.get(org_id or "")
        if not entries:
            return None
        return entries[0].parent or entries[0].id

    def _served_near(self, known: Mention, entry: KBEntry) -> bool:
        """True when the known person held, on any date, an office of ``entry`` or of another
        government of its province (a regent later the province's vice governor)."""
        home = entry.parent or entry.id
        return any(
            office.org == entry.id or self._province(office.org) == home
            for _, office in self._terms(known)
        )

    @staticmethod
    def _staff_post(title: Title, written: str) -> bool:
        """True when ``written`` is one word after the title of a post that is no office of
        the knowledge base and names no class title ("Bupati", "Gubernur", "Menteri":
        ``lexicons/class_titles.tsv``), a regional government's staff post."""
        if title.office is not None or title.acting_of is not None or " " in written:
            return False
        role = f" {title.role} "
        return not any(f" {head} " in role for head in class_roles())

    def _served(self, known: Mention, org: str) -> bool:
        """True when the known person held, on any date, an office of ``org``."""
        return any(
            org_name(self.kb, office.org, d) == org
            for holder, office in self._terms(known)
            for d in (holder.start, holder.end)
        )

    def own_holder(self, title: Title, text: str, fitting: set[str]) -> str | None:
        """The holder of the title's office in another term whose whole name or alias
        ``text`` is, when one is and no holder in ``fitting`` (whose longer names hold it)
        is written so ("Bupati Sleman Sri Purnomo" is the former regent, not his successor
        Kustini Sri Purnomo), else None."""
        if title.office is None:
            return None
        written = set(spelling_variants(text))
        own = {h.name for h in self.people.by_office.get(title.office.id, ()) if named(written, h)}
        return own.pop() if len(own) == 1 and not own & fitting else None

    def role(self, title: Title, name: str, day: dt.date | None) -> str:
        """The role ``title`` gives ``name``: an acting holder's post is named also where the
        text leaves it out ("Gubernur Sumut Hassanudin" in 2024 is the Penjabat)."""
        office = title.office
        if office is None or title.role != office.role:
            return title.role  # a generic title, or the text names the acting post
        named = [h for h in self.people.holders_on(office.id, day) if h.name == name]
        return named[0].role(office) if named else title.role
