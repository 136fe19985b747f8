"""``pmk_dates``: DATE spans with resolved ISO values, and the document's dateline.

A thin wrapper around the pure date API :mod:`pmk_extract.dates`, which works
on the text; the published date comes from ``Doc._.published``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates.dateline import find_dates_and_dateline
from ..extensions import register_extensions, set_span_attrs
from ..records import ErrorInfo
from ..spans import add_entities, char_span, doc_text


class Dates:
    """Tag DATE mentions and record the dateline."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        matches = {}
        spans = []
        found, dateline = find_dates_and_dateline(doc_text(doc), published)
        notes = [
            ErrorInfo("pmk_dates", f"{m.text!r} at {m.start}: {m.note}")
            for m in found
            if m.note is not None
        ]
        if notes:
            doc._.errors = [*(doc._.errors or ()), *notes]
        for match in found:
            span = char_span(doc, match.start, match.end, "DATE")
            if span is not None:
                spans.append(span)
                matches[(span.start_char, span.end_char)] = match
        for span in add_entities(doc, spans):
            match = matches[(span.start_char, span.end_char)]
            set_span_attrs(
                doc,
                span.start_char,
                span.end_char,
                value=match.value,
                canonical=match.value or span.text,
                date_info=match,
                source="dates",
            )
        doc._.dateline = dateline
        return doc


@Language.factory(
    "pmk_dates",
    assigns=["doc.ents", "span._.value", "doc._.dateline"],
    requires=["doc._.published"],
)
def make_dates(nlp: Language, name: str) -> Dates:
    """Create the ``pmk_dates`` component."""
    register_extensions()
    return Dates()
