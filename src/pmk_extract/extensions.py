"""Custom attributes on Doc, Span and Token, registered once.

Components talk to each other only through these attributes (never globals):

- ``Doc._.doc_id``, ``Doc._.published`` (``datetime.date`` or None): the input's metadata;
- ``Doc._.stems``: one stem per token (set by ``pmk_stems``), read through ``Token._.stem``;
- ``Span._.canonical``, ``_.role``, ``_.org``, ``_.value``, ``_.source``, ``_.date_info``
  on the spans in ``doc.ents`` (kept by character offsets, so a span rebuilt
  with the same offsets sees them);
- ``Doc._.dateline``, ``Doc._.quotes``, ``Doc._.events``, ``Doc._.errors``: document results;
- ``Doc._.event_trace``: what the event stages saw (``pmk_extract.components.events.EventTrace``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

_DOC_ATTRS: dict[str, Any] = {
    "doc_id": None,
    "published": None,
    "stems": None,
    "dateline": None,
    "quotes": None,
    "events": None,
    "event_trace": None,
    "errors": None,
}
_SPAN_ATTRS: dict[str, Any] = {
    "canonical": None,
    "role": None,
    "org": None,
    "value": None,
    "source": None,
    "date_info": None,
    "org_id": None,
    "unit": None,
    "parent_org": None,
    "matched": None,
}


# spaCy keeps a plain (no getter) extension value of a Span in ``doc.user_data`` under
# ("._.", name, start_char, end_char); reading and writing it there skips building an
# ``Underscore`` object per access. Valid for the ``_SPAN_ATTRS`` (plain, default None).
_UNDERSCORE = "._."


def span_attr(doc: Doc, name: str, start: int, end: int) -> Any:
    """``span._.<name>`` of the span at characters ``[start, end)`` of ``doc``."""
    user_data: dict[Any, Any] = doc.user_data
    return user_data.get((_UNDERSCORE, name, start, end))


def set_span_attrs(doc: Doc, start: int, end: int, **values: Any) -> None:
    """Set ``span._.<name> = value`` for each of ``values`` on the span at ``[start, end)``."""
    user_data: dict[Any, Any] = doc.user_data
    for name, value in values.items():
        user_data[(_UNDERSCORE, name, start, end)] = value


def _token_stem(token: Token) -> str:
    stems = token.doc._.stems
    if stems is not None:
        return str(stems[token.i])
    return token.text


def register_extensions() -> None:
    """Register every pmk_extract attribute (idempotent)."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Token.has_extension("stem"):
        Token.set_extension("stem", getter=_token_stem)
