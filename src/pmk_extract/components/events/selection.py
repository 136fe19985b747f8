"""Stage 3, selection: the 1-4 main events a reader takes from the text.

Events score for standing in the lead paragraph, for a type the headline evokes and for
named participants; weak triggers ("meminta", "dimulai") start an event only in the lead
(stage 2).
"""

from __future__ import annotations

from .context import Context
from .filling import Filling
from .model import CORE, Draft

MAX_EVENTS = 4


class Selection:
    """Chooses the main events of one document."""

    def __init__(
        self, ctx: Context, headline: set[str], dates: Filling, settings: set[str]
    ) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.layout = ctx.layout
        self.headline = headline
        self.dates = dates
        self.settings = settings  # types with a setting mention: "dalam konferensi pers"

    def select(self, drafts: list[Draft]) -> list[Draft]:
        """The 1-4 main events of ``drafts`` (scores set on them).

        The headline names events of a type: the first of that type gets its bonus, a
        later one only with a named agent, giver or recipient or a date in its clause. A
        type of "lead" salience (event_types.tsv) counts only in the lead, when the
        headline names it or when the text reports its setting.
        """
        headline = self.headline
        firsts: dict[str, Draft] = {}
        for draft in drafts:
            firsts.setdefault(draft.type, draft)
        for draft in drafts:
            rep = draft.trigger
            actors = draft.actors
            score = 0
            in_lead = any(self.ctx.in_lead(u.mentions[0].token) for u in draft.units[:1])
            if in_lead:
                score += 2
            if draft.type in headline and (
                firsts[draft.type] is draft
                or any(a.role in CORE for a in actors)
                or self.dates.clause_date(draft.units[0].best) is not None
            ):
                score += 2
            if actors:
                score += 1
            if rep.rule.subject and not any(a.role in CORE for a in actors):
                score -= 1
            if (
                draft.type in self.lex.lead_only
                and not in_lead
                and draft.type not in headline
                and draft.type not in self.settings
            ):
                score = 0  # "X juga mengimbau masyarakat ...": an appeal closing the text
            draft.score = score
        ranked = sorted(drafts, key=lambda d: (-d.score, d.first))
        chosen = [d for d in ranked if d.score >= 1][:MAX_EVENTS]
        if not chosen and ranked and ranked[0].score >= 0:
            chosen = ranked[:1]  # a text reports at least one event when it names one
        return chosen

    def share_roles(self, drafts: list[Draft]) -> None:
        """Copy the shared roles of each type (event_types.tsv) to the events that lack them."""
        for kind, roles in self.lex.shared.items():
            same = [d for d in drafts if d.type == kind]
            for role in roles:
                pool = [a for d in same for a in d.actors if a.role == role]
                for draft in same:
                    if pool and not any(a.role == role for a in draft.actors):
                        draft.units[-1].mentions[-1].actors.extend(pool)
