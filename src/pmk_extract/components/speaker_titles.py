"""Titles in quote cues: which person a bare title names (:mod:`.speakers`, :mod:`.quotes`).

"“…,” ujar Kapolres." names the one person the text introduced before with that title
written before the name ("Kapolres Kendal AKBP Jamal Alam"), or with that role; a cue's
title fits when its words, abbreviations expanded and an acting post ("Plt.",
"Pelaksana Tugas") left out, begin like and appear in order in that title.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ..discourse import Layout
from ..lexicons import lexicons, match_head

MAX_TITLE = 15  # words of a title written before a name
TITLE_JOINERS = frozenset({"dan", "&", "/", "(", ")"})
_DROPPED = frozenset({",", "(", ")", "/", "&", "dan", "bidang", "kota", "kabupaten", "provinsi"})


def _normalised(layout: Layout, start: int, end: int, canonical: bool) -> list[str]:
    """The words of a title, abbreviations expanded, lower case, fillers and prefixes dropped.

    With ``canonical``, an organisation or place in it is read as its canonical name.
    """
    lex = lexicons()
    out: list[str] = []
    i = start
    while i < end:
        ent = layout.entity(i, ("ORG", "LOC"))
        if canonical and ent is not None and ent.start >= start and ent.end <= end:
            out += (ent._.canonical or ent.text).split()
            i = ent.end
            continue
        out += lex.expand(layout.words[i]).split()
        i += 1
    return _drop_prefix(_plain_words(out))


def _plain_words(words: list[str]) -> list[str]:
    """Lower case, without a final full stop or comma ("V." at a sentence end), no fillers."""
    out = [word.lower().rstrip(".,") for word in words]
    return [word for word in out if word and word not in _DROPPED]


@cache
def _acting_posts() -> tuple[list[str], ...]:
    """The acting-post expansions of ``role_prefixes.tsv`` in lower case, longest first."""
    posts = {expansion.lower() for expansion in lexicons().role_prefixes.values()}
    return tuple(post.split() for post in sorted(posts, key=lambda p: -len(p.split())))


def _drop_prefix(words: list[str]) -> list[str]:
    """Without a leading acting post ("pelaksana tugas", "penjabat (sementara)")."""
    for prefix in _acting_posts():
        if words[: len(prefix)] == prefix:
            return words[len(prefix) :]
    return words


def _subsequence(short: list[str], long: list[str]) -> bool:
    """``short`` begins like ``long`` and its words appear in ``long`` in order."""
    if not short or not long or short[0] != long[0]:
        return False
    k = 0
    for word in long:
        if k < len(short) and word == short[k]:
            k += 1
    return k == len(short)


def written_title(layout: Layout, ent: Span) -> tuple[int, int]:
    """The tokens of the title written right before a person's name (may be empty).

    "Kapolres Kendal AKBP Jamal Alam" -> "Kapolres Kendal"; honorifics and ranks right
    before the name and a comma of apposition are passed over.
    """
    words = layout.words
    honorifics = lexicons().honorifics
    sent = layout.sentence(ent.start)
    j = ent.start
    while j > sent.start:
        size = next((n for n in (3, 2, 1) if tuple(words[max(0, j - n) : j]) in honorifics), 0)
        if not size:
            break
        j -= size
    if j > sent.start and words[j - 1] == ",":
        j -= 1
    end = j
    while j > sent.start and end - j < MAX_TITLE:
        other = layout.entity(j - 1, ("ORG", "LOC"))
        if other is not None:
            j = max(other.start, sent.start)
            continue
        word = words[j - 1]
        if layout.entity(j - 1, ("PERSON",)) is not None or layout.quoted[j - 1]:
            break
        if word[:1].isupper() and _verb_form(layout, j - 1):
            break  # "Dikatakan Kapolres Purwakarta ...": the sentence's verb, no title
        if word[:1].isupper() or word[:1].isdigit() or word in TITLE_JOINERS:
            j -= 1
            continue
        if j >= 2 and (words[j - 2], word) in lexicons().role_prefixes:
            j -= 2  # "Pelaksana tugas"
            continue
        break
    while j < end and words[j] in TITLE_JOINERS:
        j += 1
    return j, end


def _verb_form(layout: Layout, i: int) -> bool:
    """A verb with a "di-"/"me-" prefix ("Dikatakan", "Menurut"), not a title word."""
    lower = layout.lower[i]
    return lower.startswith(("di", "me")) and lower.isalpha() and layout.stem(i) != lower


def titled_person(layout: Layout, start: int, end: int) -> Span | None:
    """The one person introduced before ``start`` with the title written at ``[start, end)``.

    The cue's title matches when its words (abbreviations expanded, organisations also
    read by canonical name, "Pelaksana Tugas" and the like left out) begin like and
    appear in order in the title written before the person's name, or in their role
    and organisation: "Kapolres" fits "Kapolres Kendal", "Sekjen Kemenkes" fits
    "Sekretaris Jenderal Kemenkes", "Deputi Perlindungan Khusus Anak" fits "Deputi
    Bidang Perlindungan Khusus Anak KemenPPPA".
    """
    cue_forms = [_normalised(layout, start, end, c) for c in (False, True)]
    cue_forms = [form for form in cue_forms if form]
    if not cue_forms:
        return None
    found: dict[str, Span] = {}
    for ent in layout.persons_before(start):
        t_start, t_end = written_title(layout, ent)
        forms = [_normalised(layout, t_start, t_end, c) for c in (False, True)]
        if ent._.role:
            role = f"{ent._.role} {ent._.org or ''}"
            forms.append(_drop_prefix(_plain_words(role.split())))
        if any(_subsequence(cue, form) for cue in cue_forms for form in forms):
            found[ent._.canonical or ent.text] = ent
    if len(found) == 1:
        return next(iter(found.values()))
    return None


def role_prefix(layout: Layout, start: int) -> tuple[str | None, int]:
    """A role prefix written at ``start`` ("Plt.", "Pelaksana tugas"): its expansion and end."""
    size = match_head(layout.words, start, lexicons().role_prefixes, 2)
    if not size:
        return None, start
    return lexicons().role_prefixes[tuple(layout.words[start : start + size])], start + size
