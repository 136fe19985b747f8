"""Stage 2, grouping: mentions into units (one type, one sentence), units into events.

Going through the text, a unit joins the latest event of its type when it refers back
("rapat tersebut"); it starts a new event when its date does not overlap the event's or
it has another core participant in the same role (agent, recipient, giver); it joins when
it shares a core participant (or the organisation of one), is a nominal re-mention
("Pelantikan ...") or adds nothing new; another object with its own date or participants
starts a new event.
"""

from __future__ import annotations

from .context import Context
from .filling import Filling
from .model import CORE, Draft, Mention, Unit, identities, overlap


class Grouping:
    """Groups the mentions of one document into draft events."""

    def __init__(self, ctx: Context, dates: Filling) -> None:
        self.ctx = ctx
        self.layout = ctx.layout
        self.dates = dates

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
                if unit.best.rule.strength >= 2 or self.ctx.in_lead(unit.best.token):
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
        if any(m.anaphoric for m in unit.mentions):
            return False
        if best.rule.strength < 2 and not self.ctx.in_lead(best.token):
            return False  # a weak trigger outside the lead only adds to an event
        own = self.dates.unit_date(unit)
        known = [d for d in (self.dates.unit_date(u) for u in draft.units) if d]
        if own and known and not any(overlap(own, d) for d in known):
            return True  # "akan menggelar rapat ... pekan depan": another meeting
        mine, theirs = unit.actors, draft.actors
        for role in CORE:
            a = identities(mine, role)
            b = identities(theirs, role)
            if a and b:
                return not (a & b)
        if identities(mine, None) & identities(theirs, None):
            return False
        if unit.nominal:
            return False
        keys = {u.best.key for u in draft.units}
        return best.key not in keys and bool(mine or own)
