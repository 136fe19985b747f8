"""``pmk_events``: the main events a release reports, in ``Doc._.events``.

Rules over the layout of the text (sentences, paragraphs, quotes: :mod:`pmk_extract.discourse`)
and four data files in ``models/lexicons`` (see the README there), in four stages, one
module each:

1. :mod:`.mentions`: trigger words (``event_triggers.tsv``) and their participants
   (:mod:`.participants`);
2. :mod:`.grouping`: mentions into units (one type, one sentence) and units into events;
3. :mod:`.selection`: the 1-4 main events (lead, headline, named participants);
4. :mod:`.filling`: date, place, object and the output record of each event.

What the stages saw is kept in ``Doc._.event_trace`` (:class:`EventTrace`), which
``pmk-extract evaluate`` reads for its stage figures.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import register_extensions
from ...records import Event
from .context import Context
from .filling import Filling
from .grouping import Grouping
from .lexicon import EventLexicon, event_lexicon
from .mentions import MentionFinder
from .selection import Selection
from .trace import EventTrace, TracedEvent

__all__ = ["EventLexicon", "EventTrace", "Events", "TracedEvent", "event_lexicon", "make_events"]


class Events:
    """Detect, group and select the main events of a document (``Doc._.events``)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        events, trace = analyse(self.lex, doc)
        doc._.events = events
        doc._.event_trace = trace
        return doc


def analyse(lexicon: EventLexicon, doc: Doc) -> tuple[list[Event], EventTrace]:
    """Mentions -> events -> the main ones, as records in text order, with the trace."""
    ctx = Context(lexicon, doc)
    finder = MentionFinder(ctx)
    filling = Filling(ctx)
    headline = finder.headline_types()
    grouping = Grouping(ctx, filling, headline)
    mentions = finder.find(skip=ctx.headline)
    drafts = grouping.merge(grouping.units(mentions))
    for draft in drafts:
        draft.date = filling.date(draft, drafts)
        draft.location = filling.location(draft, drafts)
    selection = Selection(ctx, headline, filling, {m.rule.type for m in mentions if m.setting})
    chosen = selection.select(drafts)
    grouping.attend(chosen, finder.reader.follow_ups(mentions, chosen))
    selection.share_roles(chosen)
    starts = ctx.layout.starts  # token offsets (iterating the Doc makes a Token each)
    kept = {id(d) for d in chosen}
    trace = EventTrace(
        mentions=tuple((m.rule.type, starts[m.token]) for m in mentions),
        events=tuple(
            TracedEvent(
                type=d.type,
                trigger_start=starts[d.trigger.token],
                mention_starts=tuple(starts[m.token] for u in d.units for m in u.mentions),
                kept=id(d) in kept,
            )
            for d in drafts
        ),
    )
    return [filling.record(d) for d in sorted(chosen, key=lambda d: d.first)], trace


@Language.factory(
    "pmk_events",
    assigns=["doc._.events", "doc._.event_trace"],
    requires=["doc.ents", "token._.stem", "doc._.dateline"],
)
def make_events(nlp: Language, name: str) -> Events:
    """Create the ``pmk_events`` component."""
    register_extensions()
    return Events(event_lexicon())
