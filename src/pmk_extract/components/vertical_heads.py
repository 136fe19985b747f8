"""The head of a national body's regional office written without the body.

A text that has named one body's regional office ("Kanwil Kemenkumham Banten mencatat ...")
then writes its head by the office alone, often with the office's region: "Kakanwil Banten
Nama", "Kepala Kanwil Nama", "Kepala Kantor Wilayah Nama". The office's words are a vertical
unit's (``lexicons/org_units.tsv``, kind ``vertical``: "Kantor Wilayah", "Kanwil", "Kantor
Imigrasi", "Balai"), written after "Kepala" or fused with "Ka" ("Kakanwil"). Its holder is
an official of the body whose office of that kind the text named before the title; when the
text named offices of that kind of two bodies (Kemenag's and Kemenkumham's Kanwil), or none,
the body is not known: the post is read without one, so that the name after it is still its
holder's. A body written after the title ("Kakanwil Kemenag Sulsel Nama") is read by the titles
themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..unit_kinds import VERTICAL
from .title_parts import Title, top_org

_HEAD = "Kepala"
_FUSED = "Ka"  # "Kakanwil": the head's "Ka" fused with the office's short form


class VerticalHeads:
    """Read the heads of regional offices written without their body."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        # the office's words as written -> the unit the gazetteer names them with
        offices = [head for head, kind in lex.unit_heads.items() if kind == VERTICAL]
        self.offices = {head: lex.expand(" ".join(head)) for head in offices}
        self.heads = {head: "" for head in offices}  # the office's words, for match_head
        lowered = {"".join(head).lower(): head for head in offices if len(head) == 1}
        self.fused = {
            word: lowered[word[len(_FUSED) :].lower()]
            for word in lex.fused_heads
            if word.startswith(_FUSED) and word[len(_FUSED) :].lower() in lowered
        }

    def _office_at(self, words: list[str], i: int) -> tuple[int, str] | None:
        """The end of a vertical office's head title at token ``i`` ("Kepala Kanwil",
        "Kakanwil") and the unit it heads ("Kantor Wilayah"), or None."""
        if words[i] in self.fused:
            return i + 1, self.offices[self.fused[words[i]]]
        if words[i] != _HEAD:
            return None
        size = match_head(words, i + 1, self.heads)
        if not size:
            return None
        return i + 1 + size, self.offices[tuple(words[i + 1 : i + 1 + size])]

    def _body(self, doc: Doc, unit: str, before: int, day: dt.date | None) -> str | None:
        """The one body whose office of the kind ``unit`` the text names before token
        ``before``; None when it names none or offices of several bodies."""
        bodies = {
            top_org(self.kb, ent, day)
            for ent in doc.ents
            if ent.end <= before and ent.label_ == "ORG" and ent._.unit == unit
        }
        bodies.discard(None)
        return bodies.pop() if len(bodies) == 1 else None

    def titles(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        titled: list[tuple[int, Title]],
        day: dt.date | None,
    ) -> list[tuple[int, Title]]:
        """``titled`` with the heads of regional offices written without their body: a title
        already read there with no organisation takes the body; one not read is added (with
        the body, or none when it is not known) when a name, a rank or an honorific follows
        the office (and its region, if written)."""
        read = dict(titled)
        covered = {k for begin, title in titled for k in range(begin, title.end)}
        for i in range(len(words)):
            found = self._office_at(words, i)
            if found is None:
                continue
            end, unit = found
            title = read.get(i)
            if title is not None and title.org is not None:
                continue
            if title is None and i in covered:
                continue  # "Kakanwil" inside a longer title
            place = ent_at.get(end)
            if place is not None and place.start == end and place.label_ == "LOC":
                end = int(place.end)  # "Kakanwil Banten Nama": the office's region
            if end >= len(words) or (end in ent_at and ent_at[end].label_ != "PERSON"):
                continue  # "Kakanwil Kemenag Sulsel": the body is written
            if not (names[end] or self.lex.rank_at(words, end, False)):
                continue
            body = self._body(doc, unit, i, day)
            if title is not None:
                if body is not None:
                    read[i] = replace(title, org=body)
            else:  # with no body known, the post without one: "Kepala Kanwil Nama"
                read[i] = Title(end, f"{_HEAD} {unit}", body)
        return sorted(read.items())
