"""Stage 3, selection: the 1-4 main events a reader takes from the text.

Events score for standing in the lead paragraph, for a type the headline evokes and for
named participants; weak triggers ("meminta", "dimulai") start an event only in the lead
(stage 2).
"""

from __future__ import annotations

from .context import Context
from .mentions import MentionFinder
from .model import CORE, Draft

MAX_EVENTS = 4


class Selection:
    """Chooses the main events of one document."""

    def __init__(self, ctx: Context, mentions: MentionFinder) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.layout = ctx.layout
        self.mentions = mentions

    def _headline_types(self) -> set[str]:
        if self.ctx.headline is None:
            return set()
        found = set()
        for i in range(self.ctx.headline.start, self.ctx.headline.end):
            if self.layout.is_alpha[i]:
                mention = self.mentions.match(i, set(), check_form=False)
                if mention is not None:
                    found.add(mention.rule.type)
        return found

    def select(self, drafts: list[Draft]) -> list[Draft]:
        """The 1-4 main events of ``drafts`` (scores set on them)."""
        headline = self._headline_types()
        for draft in drafts:
            rep = draft.trigger
            actors = draft.actors
            score = 0
            if any(self.ctx.in_lead(u.mentions[0].token) for u in draft.units[:1]):
                score += 2
            if draft.type in headline:
                score += 2
            if actors:
                score += 1
            if rep.rule.subject and not any(a.role in CORE for a in actors):
                score -= 1
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
