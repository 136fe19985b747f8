"""The officials step for bare class titles: the name after a class title written without
its place or organisation ("Bupati Nama", "Wamen Nama", "Kapolda Irjen Nama") linked to the
one holder of that class on the published date it names (the holder is decided by
``class_holders.py``, the name read by ``name_reader.py``).

Used by :class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..lexicons import Lexicons
from ..name_shapes import in_capitals, name_case
from ..name_variants import fold_apostrophes
from .class_holders import ClassHolders
from .holder_rules import Mention
from .name_reader import NameReader
from .title_parts import Title, prefixed


class ClassLinks:
    """Link names after bare class titles to the class's holder on the date."""

    def __init__(self, lex: Lexicons, reader: NameReader, classes: ClassHolders) -> None:
        self.lex = lex
        self.reader = reader
        self.classes = classes

    def link(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        titled: Sequence[tuple[int, Title]],
        ent_at: dict[int, Span],
        by_start: dict[int, Mention],
        in_rank: set[int],
    ) -> set[str]:
        """Link the name after a bare class title ("Bupati Nama", "Wamen Nama", "Kapolda Irjen
        Nama") to the one holder of that class it names on the date (``class_holders.py``);
        a class title that the title reader read on into a place or organisation ("Bupati
        Demak Nama") is that title's, and a name no holder of the class fits stays as read,
        but for a known person's short name that names someone else there ("Gubernur Tito"
        in 2023): those short names are returned."""
        day = doc._.published
        unlinked: set[str] = set()
        if day is None:
            return unlinked
        read = {begin: title for begin, title in titled}
        inside = {k for begin, title in titled for k in range(begin + 1, title.end)}
        after = 0  # the token after the last class title read
        for k in self.classes.openings(words):
            if k < after:
                continue
            found = self.classes.title_at(words, k)
            if found is None or k in inside:
                continue
            begin, start = k, k + found.size
            after = start
            title = read.get(begin)
            if title is not None and title.bare:
                title = None  # "Plt Bupati Nama": the holder's own office names the region
            if title is not None and title.end != start:
                continue  # "Bupati Demak Nama": the office's place is written
            ranked = False
            while size := self.reader.rank_at(words, start, ranked):
                ranked = ranked or not words[start].isspace()
                start += size
            mention = by_start.get(start)
            if mention is None:
                bare = Title(start, found.role, None)
                mention = self.reader.name_after(
                    doc, words, names, start, bare, ent_at, day, linked=False
                )
                if mention is None or any(
                    m.start < mention.end and mention.start < m.end for m in by_start.values()
                ):
                    continue
            written = doc[mention.start : mention.end].text
            if in_capitals(written):
                written = name_case(written)
            holder = self.classes.holder(found, written, day)
            if (
                holder is None
                and fold_apostrophes(written) != mention.canonical
                and not mention.stated
                and not mention.matched
                and self.classes.held_elsewhere(found, mention.canonical, day)
            ):
                unlinked.add(fold_apostrophes(written))
                role = (
                    title.role
                    if title is not None
                    else prefixed(self.lex, words, begin, found.role)
                )
                org = title.org if title is not None else None
                by_start[mention.start] = replace(
                    mention, canonical=written, role=role, org=org, stated=True
                )
                continue
            if holder is None or (title is not None and title.org not in (None, holder[2])):
                continue
            canonical, role, org = holder
            if title is not None and title.role != found.role:
                role = title.role  # a role the text writes ("Kepala Kepolisian Daerah")
            elif role.startswith(found.role):
                role = prefixed(self.lex, words, begin, role)  # "Plt Bupati Nama": acting
            by_start[mention.start] = replace(
                mention, canonical=canonical, role=role, org=org, stated=True
            )
            in_rank.update(range(mention.start, mention.end))
        return unlinked
