"""A national body's short form written right after a post of its own unit.

The press writes a ministry's or an agency's short form after the post of one of its units
and before the holder's name ("Dirjen Minerba ESDM, Nama", "Kepala Badan Geologi ESDM Nama",
"Dirjen Gakkum LHK Nama"): the short form is the post's body, never a word of the name. The
short forms are read from the knowledge base's organisations: a capitalised alias written as
one word ("KLHK", "PUPR", "ATR/BPN") and the short form a "Kementerian X" alias writes after
the word ("Kementerian ESDM": ESDM). Only the body the post itself belongs to is skipped: a
short form of another body there ("Kepala BKD MA Nama": the name's initials) is left alone.
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.tokens import Doc

from ..kb_entries import org_entries

_NATIONAL_KINDS = frozenset({"ministry", "coordinating_ministry", "agency", "state_institution"})
# the words an alias writes before a ministry's short form ("Kementerian ESDM", "Kemen LHK")
_MINISTRY_WORDS = ("Kementerian ", "Kemen ")
# a short form: two capitals or more, with "/" or "&" between parts ("ATR/BPN")
_SHORT = regex.compile(r"\p{Lu}[\p{Lu}\p{Ll}]*(?:[/&]\p{Lu}+)*")
_MAX_TOKENS = 3  # "ATR / BPN" as the tokenizer splits it


def _short_form(form: str) -> bool:
    """A one-word form with two capitals or more ("ESDM", "KemenLHK", "ATR/BPN")."""
    return (
        " " not in form and bool(_SHORT.fullmatch(form)) and sum(ch.isupper() for ch in form) >= 2
    )


@cache
def body_short_forms() -> dict[str, frozenset[str]]:
    """Each national body's canonical name and the short forms the press writes for it."""
    forms: dict[str, set[str]] = {}
    for entry in org_entries():
        if entry.kind not in _NATIONAL_KINDS or entry.parent is not None:
            continue
        found = forms.setdefault(entry.canonical, set())
        for alias in entry.aliases:
            if _short_form(alias):
                found.add(alias)
            for opener in _MINISTRY_WORDS:
                tail = alias.removeprefix(opener)
                if tail != alias and _short_form(tail):
                    found.add(tail)
    return {canonical: frozenset(found) for canonical, found in forms.items() if found}


def own_body_end(doc: Doc, start: int, org: str | None) -> int:
    """The index after the short form of ``org`` (the post's body) written at ``start``, and
    after a comma following it; ``start`` when none is written there."""
    if org is None or start >= len(doc):
        return start
    forms = body_short_forms().get(org)
    if not forms:
        return start
    text = ""
    for k in range(start, min(start + _MAX_TOKENS, len(doc))):
        text += doc[k].text
        if text in forms:
            end = k + 1
            return end + (end < len(doc) and doc[end].text == ",")
        if doc[k].whitespace_:
            break
    return start
