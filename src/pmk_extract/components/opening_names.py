"""A post holder's name written before the post with no comma, where it opens a clause: "Nama
Lengkap Kepala Kantor Imigrasi X mengatakan ...", "Sementara itu, Nama Lengkap Anggota BPBD
Kabupaten X menyatakan ...". Indonesian news opens a sentence with the speaker's name and
post, then the verb; the post must name its organisation and be closed by the verb (a word in
lower case), the name must be two words or more, not all common words, and no place or office
may stand in it ("Kemarin Sore Kepala Dinas X menyatakan" holds no name).

Used by ``officials.py`` for the names written before a title.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..stemming import root_words
from .holder_rules import HolderRules, Mention
from .name_reader import NameReader
from .title_parts import Title, clause_opens

_OPENING_NAME = 4  # words of a name opening a clause before its post ("Nama Nama Kepala ...")


def opening_name(
    doc: Doc,
    words: list[str],
    names: list[bool],
    begin: int,
    title: Title,
    ent_at: dict[int, Span],
    by_start: dict[int, Mention],
    reader: NameReader,
    rules: HolderRules,
) -> tuple[Mention, int] | None:
    """The name of two words or more, not all of them common words, that opens a
    clause right before a title written with its organisation, the title then closed by a
    word in lower case, the clause's verb ("Nama Lengkap Kepala Kantor Imigrasi X
    mengatakan ...", "Sementara itu, Nama Lengkap Anggota BPBD X menyatakan ..."): the
    post holder's name and post."""
    if title.end >= len(words) or not words[title.end].isalpha():
        return None
    if not words[title.end].islower():
        return None  # "Nama Kepala Dinas X Nama Lain": the title has its own name
    r = begin
    while r > 0 and begin - r < _OPENING_NAME and names[r - 1]:
        r -= 1
    if begin - r < 2 or not clause_opens(words, r):
        return None
    if any(k in ent_at for k in range(r, begin)):
        return None  # "Kepala Dinas X Kabupaten Y Kepala Bidang ...": a place or an office
    if common_words(words[r:begin]):
        return None  # "Kemarin Sore Kepala Dinas X menyatakan": common words, no name
    day = doc._.published
    known = by_start.get(r)
    if known is not None:
        if known.end != begin or known.stated or rules.held_elsewhere(doc, known, title, day):
            return None
        written = doc[known.start : known.end].text
        canonical = rules.gap_holder(title, written, day) or known.canonical
        role = rules.role(title, canonical, day)
        return replace(known, canonical=canonical, role=role, org=title.org, stated=True), r
    if any(m.start < begin and r < m.end for m in by_start.values()):
        return None
    mention = reader.name_after(doc, words, names, r, title, ent_at, day)
    if mention is None or mention.start != r or mention.end != begin:
        return None
    if rules.held_elsewhere(doc, mention, title, day):
        return None
    return mention, r


def common_words(words: list[str]) -> bool:
    """True when every word is a common word of the root-word dictionary ("Kemarin Sore",
    "Pagi Tadi"): words opening a sentence that are no name."""
    return all(word.lower() in root_words() for word in words)
