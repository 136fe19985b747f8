"""Whom a name read after a title names (where the name begins and ends is read by
``name_reader.py``), by the rules of :mod:`~pmk_extract.components.holder_rules`: the one
acting holder of the post on the date whose name it fits ("Pj Sekda NTT Nama"), or whose
name it misspells; after the title of an office with holders on the date, the holder whose
name it fits (a part of the name: first or last name, an alias; of the one holder, the
initials of the name or of an alias, "Menkeu SMI", or the nickname the press makes of a word
of it, "Wali Kota Solo FX Rudy"), whose name it misspells ("Mendagri Cahyo Kumolo") or writes
with a middle name the record leaves out, or the outgoing or incoming holder in a handover;
on a day no term covers, the one holder whose term ends or starts within a year of it and
whose name it fits, or whose term ended within a year and whose name it misspells (a gap in
the sourced record); a
name that fits no holder after such a title is no person ("Menag Ajak Doakan": a headline). A
name in lower case is read only when it is a holder's name or alias ("Gubernur Jawa Timur
khofifah indar parawansa"); an unknown short form of two or three capitals is no name
("Kepala Dinas Kota Bandung RK").

Used by :class:`~pmk_extract.components.name_reader.NameReader`.
"""

from __future__ import annotations

import datetime as dt

from ..name_variants import fold_apostrophes
from ..people import Holder, Office, People
from ..spelling import close_to
from .holder_rules import GAP_DAYS, HolderRules, Mention
from .name_fits import (
    fits,
    has_common_word,
    initials_fit,
    nickname_fits,
    spelled_words,
    with_initials,
    with_middle_names,
)
from .title_parts import Title


class NameHolders:
    """Decide the person a name written after a title denotes."""

    def __init__(self, people: People, rules: HolderRules) -> None:
        self.people = people
        self.rules = rules

    def mention(
        self,
        words: list[str],
        start: int,
        end: int,
        text: str,
        title: Title,
        day: dt.date | None,
        linked: bool,
    ) -> Mention | None:
        """The mention of the name ``text`` written at ``words[start:end]`` after ``title``,
        with the person it denotes on ``day`` (a known person's full name only when
        ``linked``); None when the name is no person there."""
        if title.acting_of is not None and day is not None:
            # "Pj Sekda NTT Nama": the one acting holder of the post on the date whose name
            # the name fits, or writes with initials the record lacks ("Pj Gubernur Nama AS
            # Nama"), before a known person's alias
            office = title.acting_of
            acting = [
                h
                for h in self.people.holders_on(office.id, day)
                if h.acting
                and h.role(office) == title.role
                and (fits(text, h) or with_initials(text, h))
            ]
            if len({h.name for h in acting}) == 1:
                return Mention(start, end, acting[0].name, title.role, title.org, stated=True)
        canonical = self.people.person(text) if linked else None
        if canonical is None and title.acting_of is not None and day is not None:
            # "Pj Gubernur Sumut Hasanudin": a misspelt name of the acting holder on the date
            office = title.acting_of
            acting = [h for h in self.people.holders_on(office.id, day) if h.acting]
            close = {
                h.name
                for h in acting
                if h.role(office) == title.role and close_to(text, (h.name, *h.aliases))
            }
            if len(close) == 1:
                return Mention(
                    start, end, close.pop(), title.role, title.org, stated=True, matched="fuzzy"
                )
            # the acting holder sworn in a few days later, or whose term just ended
            if handed := self._handover(start, end, title, office, text, day, title.role):
                return handed
        if title.office is not None:
            # the holders on the date (several for a multi-seat office), or without a date
            # any holder the office has had
            known = self.people.holders_on(title.office.id, day)
            if day is None:
                known = self.people.by_office.get(title.office.id, [])
            if not known and (name := self.rules.gap_holder(title, text, day)) is not None:
                role = self.rules.role(title, name, day)
                return Mention(start, end, name, role, title.org, stated=True)
            if not known and (handed := self._handover(start, end, title, title.office, text, day)):
                return handed  # between two terms: the outgoing holder, or the one sworn in next
            if not known and (name := self._gap_misspelt(title.office, text, day)) is not None:
                # a gap in the sourced record, the holder's name misspelt
                role = self.rules.role(title, name, day)
                return Mention(start, end, name, role, title.org, stated=True, matched="fuzzy")
            if known:
                fitting = {h.name for h in known if fits(text, h)}
                if not fitting and day is not None and len(known) == 1 and end - start == 1:
                    # "Menkeu SMI", "Gubernur Jabar RK": the initials of the one holder's name
                    fitting = {h.name for h in known if initials_fit(words[start], h)}
                if not fitting and day is not None and len(known) == 1:
                    # "Wali Kota Solo FX Rudy", "Gubernur Kalbar Midji": the nickname the
                    # press makes of a word of the one holder's name
                    fitting = {h.name for h in known if nickname_fits(text, h)}
                if not fitting and day is not None:
                    # a misspelt name of the holder on that date ("Mendagri Cahyo Kumolo")
                    close = {h.name for h in known if close_to(text, (h.name, *h.aliases))}
                    if len(close) == 1:
                        name = close.pop()
                        role = self.rules.role(title, name, day)
                        return Mention(
                            start, end, name, role, title.org, stated=True, matched="fuzzy"
                        )
                if not fitting and canonical is None and day is not None:
                    # "Bupati Flores Timur Antonius Hubertus Gege Hadjon": the holder's name
                    # written fuller, with a middle name the record leaves out
                    fitting = {h.name for h in known if with_middle_names(text, h)}
                if not fitting and canonical is None:
                    # the outgoing holder, or the announced successor, in a handover
                    handed = self._handover(start, end, title, title.office, text, day)
                    if handed is not None:
                        return handed
                # "Menag Ajak Doakan ..." (a headline) is not a person, nor a name that is not
                # the one holder on that date; after the title of an office several people
                # hold then ("Wakil Ketua DPR", "Hakim Konstitusi"), a name that is none of
                # theirs keeps the title's role unlinked (a seat filled between elections, a
                # member the record lacks) when its common words are all words of known
                # names ("Gunawan", "Budi"; not "Minta", "Tolak")
                # (after a title read by a pattern, "Sekda NTT Nama", a name that fits no
                # holder is read as without the office: it may have a holder no line records)
                one = day is not None and len(known) == 1
                # after a regional post's title with its region written, a whole name of no
                # known person keeps the post the text states for it (an acting or unrecorded
                # holder the record lacks), unless the text makes the post a past or hoped-for
                # one ("mantan", "calon"); a national post's title is also a foreign office's
                # ("Presiden Rusia Nama"); its common words must be words of known names, as
                # after a shared post
                stated = (
                    one
                    and canonical is None
                    and len(text.split()) > 1
                    and not (title.unheld or title.capitals or title.inferred or title.bare)
                    # "BUPATI X NAMA SAYA": a headline's words
                    and not all(word.isupper() for word in words[start:end])
                    and self.rules.regional_post(title, day)
                    and not self._resembles(text, known)
                )
                several = day is not None and len({h.name for h in known}) > 1
                common = (
                    self._unnamed_common_word(text)
                    if (several or stated) and len(text.split()) > 1
                    else has_common_word(text)
                )
                if not fitting and not title.pattern and (common or (one and not stated)):
                    return None
                if len(fitting) == 1:
                    canonical = self.rules.own_holder(title, text, fitting) or fitting.pop()
        if canonical is None and (name := self.rules.org_holder(title, text, day)) is not None:
            # "Sekretaris Daerah Provinsi X" and a misspelt name of the province's secretary
            role = self.rules.role(title, name, day)
            return Mention(start, end, name, role, title.org, stated=True, matched="fuzzy")
        if canonical is None and end - start == 1 and words[start].isupper() and len(text) <= 3:
            return None  # "Kepala Dinas Kota Bandung RK": a short form, no holder's initials
        role = self.rules.role(title, canonical or text, day)
        return Mention(start, end, canonical or text, role, title.org, stated=True)

    def _resembles(self, text: str, known: list[Holder]) -> bool:
        """True when ``text``, its capitals for words set aside, is fewer than two words, a
        known person's name, or ends with the last word of a holder's name in ``known``: the
        holder or a known person written with other initials ("Gubernur X M. Luthfi" for
        Ahmad Luthfi), not a holder the record lacks."""
        spelled = spelled_words(text)
        if len(spelled) < 2 or self.people.person(" ".join(spelled)) is not None:
            return True
        last = spelled[-1].lower()
        return any(h.name.split()[-1].lower() == last for h in known)

    def _unnamed_common_word(self, text: str) -> bool:
        """True when a word of ``text`` is a common word and no word of a known person's
        name ("Minta" in "Minta Pemerintah", not "Gunawan" in "Gunawan Prasetyo")."""
        known = self.people.name_words()
        return any(has_common_word(word) and word not in known for word in text.split())

    def lower_holder(
        self, words: list[str], start: int, title: Title, day: dt.date | None
    ) -> Mention | None:
        """The holder of ``title``'s office on ``day`` whose name or alias is written in lower
        case at ``start`` ("Menteri Keuangan sri mulyani"), when exactly one holder's is and
        it is no common word; a name in lower case that is no holder's is not read (no capital
        marks it)."""
        if title.office is None or day is None:
            return None
        found: dict[str, int] = {}
        for holder in self.people.holders_on(title.office.id, day):
            for form in (holder.name, *holder.aliases):
                parts = fold_apostrophes(form).lower().split()
                written = words[start : start + len(parts)]
                if [fold_apostrophes(w) for w in written] != parts:
                    continue
                if len(parts) == 1 and has_common_word(parts[0]):
                    continue  # "Ketua DPR puan ...": a common word in lower case, no name
                found[holder.name] = max(found.get(holder.name, 0), len(parts))
        if len(found) != 1:
            return None
        name, size = found.popitem()
        role = self.rules.role(title, name, day)
        return Mention(start, start + size, name, role, title.org, stated=True)

    def _gap_misspelt(self, office: Office, text: str, day: dt.date | None) -> str | None:
        """The one holder of ``office`` whose term ended at most ``GAP_DAYS`` before ``day``,
        where no term covers it, and whose name ``text`` of two words or more misspells
        (:func:`~pmk_extract.spelling.close_to`): a gap after the last sourced day of a term,
        as the name written whole is (``HolderRules.gap_holder``); a day before a term's
        start, its swearing-in, is no gap of that holder's."""
        if day is None or len(text.split()) < 2:
            return None
        close = {
            h.name
            for h in self.people.by_office.get(office.id, ())
            if h.end is not None
            and 0 < (day - h.end).days <= GAP_DAYS
            and close_to(text, (h.name, *h.aliases))
        }
        return close.pop() if len(close) == 1 else None

    def _handover(
        self,
        start: int,
        end: int,
        title: Title,
        office: Office,
        text: str,
        day: dt.date | None,
        role: str | None = None,
    ) -> Mention | None:
        """The holder of ``office`` in a handover around ``day`` whose name ``text`` is
        (:meth:`~pmk_extract.components.holder_rules.HolderRules.handover_holder`), with the
        title's role and organisation."""
        found = self.rules.handover_holder(office, text, day, role)
        if found is None:
            return None
        heir, misspelt = found
        matched = "fuzzy" if misspelt else None
        return Mention(start, end, heir, title.role, title.org, stated=True, matched=matched)
