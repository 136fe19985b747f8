"""The holder a bare class title names: the title of a class of offices written before a name
without its place or organisation ("Bupati Nama", "Wamen Nama", "Wali Kota Nama", "Kapolda
Irjen Nama"), read through the holders, on the published date, of every office whose role
is or opens with the class (``lexicons/class_titles.tsv``, ``gazetteers/offices.jsonl``).

The evidence asked (a wrong office holder is worse than none):

- a name of two words or more (initials aside) is the one holder of the class on the date
  whose names it fits (:func:`~pmk_extract.components.name_fits.fits`: "Bupati Saipul
  Mbuinga"); where no holder of the class fits on that date, the one holder near it (a gap
  in the sourced record, ``GAP_DAYS``) of an office with no holder that day; in a class the
  knowledge base holds only in part (not ``short``: regents, mayors, secretaries, police
  and military commanders), the name opens with the first word of one of the holder's names
  (:func:`keeps_first`: "Kapolres AKBP Budi Santoso" is not the Kapolres of Banjarnegara
  Erick Budi Santoso, a shorter name of a commander the record may lack);
- one word is the holder whose whole name or one-word alias it is ("Wabup Iraddatillah",
  "Wamen Tiko"; not in a class of which the knowledge base holds few offices, ``two``: the
  regional secretaries, whose one-word name may be another secretary's), or, in a class
  whose every office the knowledge base holds (``short``: the ministers, their deputies, the
  governors and theirs), the one holder of the class on that date with that word in a name
  ("Wamen Wempi");
- where no holder fits, a name of two words or more that is one holder's whole name (or
  whole alias) misspelt, ten letters or more (``spelling.folded_close``: "Bupati Sambari
  Halim Radiant"), is that holder when no other holder of the class on the date is close
  (not a name many people share, ``title_only``: its misspelling is weaker still);
- a name that is, as written, the whole name or an alias of another holder of the class (in
  any term) is not the holder on the date whose longer name holds it ("Bupati Sri Purnomo"
  in 2022 is not Kustini Sri Purnomo): no holder;
- two people of the class who fit, or none, or no date: no holder; nor after a word that
  makes the title a past office ("mantan Bupati Nama", ``lexicons/former_marks.txt``).

A known person's short name after the title of a class whose holders hold no other office
(``sole``: regional heads, police and military commanders), none of whose offices they ever
held, while they hold another office on that date, is another person of that name
("Gubernur Tito" in 2023, when Tito Karnavian is the Mendagri); a former holder of the class
is that person ("mantan Bupati Nama", now a minister).

Used by :class:`~pmk_extract.components.class_links.ClassLinks`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from ..kb import KnowledgeBase
from ..name_shapes import MUHAMMAD, same_name_word
from ..name_variants import fold_apostrophes, spelling_variants
from ..people import Holder, Office, People
from ..resources import read_tsv
from ..spelling import folded_close
from .holder_rules import near
from .name_fits import fits, is_initial, named
from .title_parts import former_marks, org_name


@dataclass(frozen=True, slots=True)
class ClassTitle:
    """A class title read in the text: its length in tokens and the class it names."""

    size: int
    role: str  # the class: how the roles of its offices open ("Wakil Bupati")
    short: bool  # one word of a holder's name may name the holder
    single: bool  # a holder's whole one-word name or one-word alias may name the holder
    sole: bool  # its holders hold no office of another kind at the same time


@cache
def _rows() -> tuple[tuple[tuple[str, ...], ClassTitle], ...]:
    """The written forms of ``lexicons/class_titles.tsv`` (as listed and in lower case) with
    the class title each reads as."""
    out = []
    for written, role, short, sole in read_tsv("lexicons/class_titles.tsv", 4):
        for form in dict.fromkeys((written, written.lower())):
            words = tuple(form.split())
            title = ClassTitle(len(words), role, short == "yes", short != "two", sole == "yes")
            out.append((words, title))
    return tuple(out)


@cache
def class_of(written: str) -> str | None:
    """The class a written title reads as ("Walikota": Wali Kota, "Wabup": Wakil Bupati),
    or None when ``lexicons/class_titles.tsv`` lists no such title."""
    found = dict(_rows()).get(tuple(written.split()))
    return found.role if found is not None else None


class ClassHolders:
    """Read class titles and resolve the name after one to a holder of the class."""

    def __init__(self, kb: KnowledgeBase, people: People) -> None:
        self.kb = kb
        self.people = people
        self.heads = dict(_rows())
        self.longest = max((len(words) for words in self.heads), default=0)
        self.first_words = frozenset(words[0] for words in self.heads)
        self.former = former_marks()
        self.offices: dict[str, tuple[Office, ...]] = {}
        for role in {title.role for title in self.heads.values()}:
            opens = role + " "
            self.offices[role] = tuple(
                o for o in people.offices.values() if o.role == role or o.role.startswith(opens)
            )

    def title_at(self, words: list[str], k: int) -> ClassTitle | None:
        """The class title written at token ``k`` (the longest form), or None; none after a
        word that makes it a past office ("mantan Bupati")."""
        if k >= len(words) or words[k] not in self.first_words:
            return None  # no class title opens with that word
        if k and words[k - 1].lower() in self.former:
            return None
        for size in range(min(self.longest, len(words) - k), 0, -1):
            found = self.heads.get(tuple(words[k : k + size]))
            if found is not None:
                return found
        return None

    def openings(self, words: list[str]) -> list[int]:
        """The tokens of ``words`` a class title may open at (its first word is one's)."""
        firsts = self.first_words
        return [k for k, word in enumerate(words) if word in firsts]

    def holder(
        self, title: ClassTitle, text: str, day: dt.date | None
    ) -> tuple[str, str, str | None] | None:
        """``(canonical, role, org)`` of the one holder of ``title``'s class whom the name
        ``text`` names on ``day`` (see the module docstring), or None."""
        if day is None:
            return None
        words = fold_apostrophes(text).split()
        full = sum(not is_initial(word) for word in words) >= 2
        terms = [
            (holder, office)
            for office in self.offices.get(title.role, ())
            for holder in self.people.by_office.get(office.id, ())
        ]
        fitting = {
            holder.name: (holder, office)
            for holder, office in terms
            if holder.holds_on(day)
            and (
                fits(text, holder) and (title.short or keeps_first(words, holder))
                if full
                else title.single and _one_word(words, holder, title.short)
            )
        }
        if fitting and full and _whole_name_of_other(text, terms, fitting):
            return None  # "Bupati Sri Purnomo" in 2022: the former regent, not Kustini Sri Purnomo
        if not fitting and full:
            # a gap in the sourced record: the office has no holder that day
            vacant = {office.id for _, office in terms} - {
                holder.office for holder, _ in terms if holder.holds_on(day)
            }
            fitting = {
                holder.name: (holder, office)
                for holder, office in terms
                if office.id in vacant
                and near(holder, day)
                and fits(text, holder)
                and (title.short or keeps_first(words, holder))
            }
        if not fitting and full:
            # a misspelt whole name of one holder of the class on that date
            fitting = {
                holder.name: (holder, office)
                for holder, office in terms
                if holder.holds_on(day) and not holder.title_only and _misspelt_whole(text, holder)
            }
        if len(fitting) != 1:
            return None
        holder, office = next(iter(fitting.values()))
        return holder.name, holder.role(office), org_name(self.kb, office.org, day)

    def held_elsewhere(self, title: ClassTitle, name: str, day: dt.date | None) -> bool:
        """True when ``title``'s class is ``sole`` and the known person ``name`` holds an office
        on ``day`` and never held one of the class: their short name after that title is
        someone else's."""
        if not title.sole or day is None or not self.people.offices_held(name, day):
            return False
        ids = {office.id for office in self.offices.get(title.role, ())}
        terms = self.people.names.get(name, ())
        return not any(h.name == name and h.office in ids for h in terms)


def _whole_name_of_other(
    text: str, terms: list[tuple[Holder, Office]], fitting: dict[str, tuple[Holder, Office]]
) -> bool:
    """True when ``text`` is, as written, the whole name or an alias of a holder of the class
    in any term who is not one of ``fitting`` (whose longer names merely hold it)."""
    written = set(spelling_variants(text))
    return any(holder.name not in fitting and named(written, holder) for holder, _ in terms)


def keeps_first(words: list[str], holder: Holder) -> bool:
    """True when the written name ``words`` opens with the first word of one of the holder's
    names (a form of Muhammad or an initial opening either aside: "Saipul Mbuinga" for
    Muhammad Saipul Mbuinga, "Joko Agus" for Joko Agus Setyono): a name that leaves out the
    first word of the holder's ("Budi Santoso" for Erick Budi Santoso) is the shorter name
    of many others."""
    written = [word for word in words if not is_initial(word)]
    while len(written) > 1 and MUHAMMAD.match(written[0]):
        written = written[1:]
    if not written:
        return False
    for form in (holder.name, *holder.aliases):
        parts = fold_apostrophes(form).split()
        while len(parts) > 1 and (MUHAMMAD.match(parts[0]) or is_initial(parts[0])):
            parts = parts[1:]
        if same_name_word(written[0], parts[0]):
            return True
    return False


def _misspelt_whole(text: str, holder: Holder) -> bool:
    """True when ``text`` is the holder's whole name or a whole alias of two words or more,
    as many words, misspelt (:func:`~pmk_extract.spelling.folded_close`: one word at least
    as the name writes it, two edits at most), ten letters or more: a part of a name, or a
    short one, may be someone else's after a title of a class of many offices."""
    size = len(text.split())
    if len(text.replace(" ", "")) < 10:
        return False
    return any(
        len(form.split()) == size >= 2 and folded_close(text, form)
        for form in (holder.name, *holder.aliases)
    )


def _one_word(words: list[str], holder: Holder, short: bool) -> bool:
    """True when the one name word ``words`` names ``holder``: their whole name or a one-word
    alias, or, where ``short``, a word of one of their names of three letters or more."""
    if len(words) != 1:
        return False
    word = words[0]
    forms = [fold_apostrophes(form) for form in (holder.name, *holder.aliases)]
    if word in forms:
        return True
    return short and len(word) >= 3 and any(word in form.split() for form in forms)
