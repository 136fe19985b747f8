"""Stage 2, grouping: mentions into units (one type, one sentence), units into events.

Going through the text, a unit joins the latest event of its type when it refers back
("rapat tersebut") or only sets another's scene ("seusai pelantikan"); it starts a new
event when its date does not overlap the event's, or when its clause names only places
apart from those of the event's clauses (two villages visited the same day; types that
happen at one place, event_types.tsv); it joins when it is a nominal re-mention
("Pelantikan ...", "Bantuan yang disalurkan X itu"), when its type is one happening
whoever takes part (a joint signing) or when it repeats the event's verb where the type
says so (a group swearing-in); else it starts a new event when it has another
participant in a role of the type's "split" list (event_types.tsv), joins when it shares
one (or the organisation of one) or adds nothing new. Sentences with no mention give the
participants they list ("Turut hadir ...") to the event mentioned last before them.
"""

from __future__ import annotations

from .context import Context
from .filling import Filling, disjoint
from .model import Draft, FollowUp, Mention, Unit, identities, interval, overlap

HISTORY_DAYS = 60  # a clause date this long before publication is history


class Grouping:
    """Groups the mentions of one document into draft events."""

    def __init__(self, ctx: Context, dates: Filling, headline: set[str]) -> None:
        self.ctx = ctx
        self.layout = ctx.layout
        self.dates = dates
        self.headline = headline

    def _history(self, unit: Unit) -> bool:
        """True when the clause dates ``unit`` over two months before publication.

        "Nota kesepahaman serupa pertama kali diteken pada April 2013": history, not
        news (disasters, kept as background, excepted).
        """
        published = self.ctx.doc._.published
        if published is None or unit.type in self.ctx.lex.background_ok:
            return False
        value = self.dates.clause_date(unit.best)
        days = interval(value) if value else None
        return days is not None and (published - days[1]).days > HISTORY_DAYS

    def _may_start(self, unit: Unit) -> bool:
        """True when ``unit`` can start an event of its own.

        A strong mention can; a weak one only in the lead; a setting ("dalam konferensi
        pers", "seusai pelantikan") only of a type the headline evokes; none dated as
        history in its clause.
        """
        if unit.setting and unit.type not in self.headline:
            return False
        if self._history(unit):
            return False
        strength = unit.strength
        return strength >= 2 or (strength >= 1 and self.ctx.in_lead(unit.best.token))

    def units(self, mentions: list[Mention]) -> list[Unit]:
        """The mentions of one type in one sentence as one unit, in text order."""
        units: dict[tuple[int, str], Unit] = {}
        for m in mentions:
            sentence = self.layout.sentence_of[m.token]
            key = (sentence, m.rule.type)
            if key in units:
                units[key].mentions.append(m)
            else:
                units[key] = Unit(m.rule.type, sentence, [m])
        return sorted(units.values(), key=lambda u: u.mentions[0].token)

    def merge(self, units: list[Unit]) -> list[Draft]:
        """Units joined into draft events, in text order of their first mention."""
        drafts: list[Draft] = []
        for unit in units:
            same = [d for d in drafts if d.type == unit.type]
            if not same:
                if self._may_start(unit):
                    drafts.append(Draft(unit.type, [unit]))
                continue
            anaphoric = any(m.anaphoric for m in unit.mentions)
            target = same[-1]  # "rapat tersebut": the latest one
            if not anaphoric:
                target = next((d for d in reversed(same) if d.stems & unit.stems), target)
            if self._starts_new(target, unit):
                drafts.append(Draft(unit.type, [unit]))
            else:
                target.units.append(unit)
        return drafts

    def _starts_new(self, draft: Draft, unit: Unit) -> bool:
        best = unit.best
        if unit.setting or any(m.anaphoric for m in unit.mentions):
            return False
        if not self._may_start(unit):
            return False  # a weak trigger outside the lead only adds to an event
        own = self.dates.unit_date(unit)
        known = [d for d in (self.dates.unit_date(u) for u in draft.units) if d]
        if own and known and not any(overlap(own, d) for d in known):
            return True  # "akan menggelar rapat ... pekan depan": another meeting
        if self._elsewhere(draft, unit):
            return True  # "meninjau tanggul di Desa A ... meninjau dapur umum di Desa B"
        if unit.nominal:
            return False  # "Penandatanganan ...", "Pelatihan yang digelar X": a re-mention
        split = self.ctx.lex.split[unit.type]
        if not split:
            return False  # a joint signing: one happening whoever signs
        if unit.type in self.ctx.lex.same_verb_joins and unit.stems & draft.stems:
            return False  # a group swearing-in: "X dilantik sebagai ..., Y dilantik ..."
        mine, theirs = unit.actors, draft.actors
        for role in split:
            a = identities(mine, role)
            b = identities(theirs, role)
            if a and b:
                return not (a & b)
        if identities(mine, None) & identities(theirs, None):
            return False
        keys = {u.best.key for u in draft.units}
        return best.key not in keys and bool(mine or own)

    def _elsewhere(self, draft: Draft, unit: Unit) -> bool:
        """True when every place of ``unit``'s clause lies apart from every place of the
        clauses of ``draft`` (both name one), for a type that happens at one place."""
        if unit.type not in self.ctx.lex.one_place:
            return False
        here = self.dates.clause_places(unit.best)
        there = [p for u in draft.units for p in self.dates.clause_places(u.best)]
        return bool(here and there) and all(disjoint(a, b) for a in here for b in there)

    def attend(self, drafts: list[Draft], follow_ups: list[FollowUp]) -> None:
        """Give the participants of follow-up sentences to the event reported last before.

        Only within the paragraph that last told of that event (a mention or an earlier
        follow-up) or the next one, photo captions and other page furniture not counted;
        only to an event of the type the sentence's role words name, if they name one;
        and only to the event of the sentence's subject when the sentence needs one
        ("Ganjar tiba bersama X"). A weak mention ("mesin tanam bantuan pemerintah")
        reports nothing to attend.
        """
        para = self._content_paragraphs()
        told = {
            id(d): [m.token for m in d.mentions if m.rule.strength >= 2 or m is d.trigger]
            for d in drafts
        }
        for follow in sorted(follow_ups, key=lambda f: f.token):
            token = follow.token
            before = [
                d
                for d in drafts
                if follow.type in (None, d.type)
                and any(t < token for t in told[id(d)])
                and (follow.near or follow.subject in identities(d.actors, None))
            ]
            if not before:
                continue
            target = max(before, key=lambda d: max(t for t in told[id(d)] if t < token))
            last = max(t for t in told[id(target)] if t < token)
            if follow.near and para[token] - para[last] > 1:
                continue
            if follow.subject is None or follow.subject in identities(target.actors, None):
                target.attendees.extend(follow.actors)
                told[id(target)].append(token)

    def _content_paragraphs(self) -> list[int]:
        """Each token's paragraph counted without page furniture (photo captions, links)."""
        layout = self.layout
        index = []
        count = 0
        for n, para in enumerate(layout.paragraphs):
            furniture = sum(layout.in_furniture[para.start : para.end])
            if n > 0 and 2 * furniture < para.end - para.start:
                count += 1
            index.append(count)
        if not index:  # no paragraph at all (a text of white space)
            return [0] * len(layout.paragraph_of)
        return [index[p] for p in layout.paragraph_of]
