"""The second holder of a post two people hold, written once before both names.

The press names the two members of a trial's bench with one post: "didampingi hakim anggota
Nama dan Nama", "hakim anggota Nama, SH, dan Nama" (``justice.tsv``, kind ``shared``: the
post's title is marked :attr:`~.title_parts.Title.shared`). The name right after the first
holder's (its degrees and a comma skipped) and "dan" is the second holder, with the same role
and organisation; no holder when another title begins there ("dan Jaksa Penuntut Umum Nama")
or no name is written.

Used by :class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from ..degrees import degree_run
from ..doctable import token_table
from .holder_rules import Mention
from .name_flags import doc_name_flags
from .name_reader import NameReader
from .title_parts import Title, entity_at


def second_holder(
    reader: NameReader,
    doc: Doc,
    first: Mention,
    title: Title,
    titled: Sequence[tuple[int, Title]],
    taken: Mapping[int, Mention],
) -> Mention | None:
    """The second holder of the shared post ``title`` whose first holder is ``first``; None
    when the post is not shared, no name follows "dan", or the name overlaps one ``taken``
    (the mentions found so far, by their first token)."""
    if not title.shared:
        return None
    words = token_table(doc).words
    k = first.end
    while k < len(words) and (words[k] == "," or degree_run(words, k)):
        k += max(1, degree_run(words, k))
    if k + 1 >= len(words) or words[k] != "dan" or any(s == k + 1 for s, _ in titled):
        return None
    names = doc_name_flags(doc)
    found = reader.name_after(doc, words, names, k + 1, title, entity_at(doc.ents), doc._.published)
    if found is None or any(m.start < found.end and found.start < m.end for m in taken.values()):
        return None
    return found
