"""The officials step's end: each person's mentions take one role and organisation, and are
written on the document as PERSON spans with their attributes.

Used by :class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..extensions import set_span_attrs
from ..kb import KnowledgeBase
from ..name_variants import fold_apostrophes
from ..people import People
from .holder_rules import Mention
from .title_parts import org_name, tidy_role


def harmonise(
    kb: KnowledgeBase, people: People, mentions: list[Mention], day: dt.date | None
) -> list[Mention]:
    """Every mention of one person with the role stated in the text for that person, else
    the office the knowledge base says they held on ``day`` (else as found)."""
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
        offices = people.offices_held(m.canonical, day)
        if offices:
            office = offices[0]
            out.append(replace(m, role=office.role, org=org_name(kb, office.org, day)))
        else:
            out.append(m)
    return out


def commit(doc: Doc, ents: Sequence[Span], mentions: list[Mention]) -> None:
    """Write ``mentions`` as PERSON spans among ``ents``, with their canonical, role and
    organisation; a mention that overlaps an entity other than a place inside it is left out."""
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
            # a person's canonical writes the apostrophe as the knowledge base does
            # ("Nur’aini", "Syafi`i" -> "Nur'aini", "Syafi'i"), linked or not
            canonical=fold_apostrophes(m.canonical),
            role=tidy_role(m.role) if m.role else m.role,
            org=m.org,
            source="officials",
            matched=m.matched,
        )
