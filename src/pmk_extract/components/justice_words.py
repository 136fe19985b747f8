"""The words of the law and justice hierarchy (``lexicons/justice.tsv``), read and checked once.

Each row is a post, a field, a grade, a court's short form or another kind of word the
press writes before or inside a court's or a prosecution office's name (:class:`JusticeWords`
holds them by kind; an unknown kind is a :class:`~pmk_extract.errors.DataFileError`). Besides
the table, the lookups other components make in it without reading a post: the posts' first
words (:func:`post_firsts`), a post fused in one word (:func:`fused_post`), a court's short
form other bodies share (:func:`court_short`); and the parent a body whose organisation
changed on a date has on the published date (:func:`dated_parent`). The posts themselves are
read by :mod:`~pmk_extract.components.justice`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from ..errors import DataFileError
from ..kb import KnowledgeBase
from ..lexicons import first_words
from ..resources import model_path, read_tsv

_FILE = "lexicons/justice.tsv"
_KINDS = frozenset(
    {
        "post",
        "field_post",
        "bench",
        "class",
        "class_head",
        "branch",
        "province_branch",
        "field",
        "own_field",
        "alone",
        "shared",
        "grade",
        "court_field",
        "court_short",
        "court_post",
        "unit_office",
        "team",
        "office_head",
    }
)


@dataclass(frozen=True, slots=True)
class JusticePost:
    """A post of the courts or the prosecution as the table writes it out."""

    role: str  # the post written out ("Asisten Tindak Pidana Khusus")
    orgs: tuple[str, ...]  # the top-level organisations of the bodies it is read before
    kind: str


@dataclass(frozen=True, slots=True)
class JusticeWords:
    """The rows of ``lexicons/justice.tsv``, by kind."""

    posts: dict[tuple[str, ...], JusticePost]
    fields: frozenset[tuple[str, ...]]  # fields written after the body behind "Bidang"
    # fields and fused posts only the prosecution has, with the organisation id they name
    own_fields: dict[tuple[str, ...], str]
    alone: dict[tuple[str, ...], str]
    # for a post of ``alone``, the body whose own prosecutors are written so too ("kpk")
    alone_shared: dict[tuple[str, ...], str]
    shared: frozenset[str]  # the posts two people hold in one trial, as listed
    grades: frozenset[tuple[str, ...]]  # a functional post's grade after it ("Fungsional")
    # special courts seated in a district court ("Tipikor"), their full names and top ids
    court_fields: dict[tuple[str, ...], tuple[str, str]]
    # courts' short forms other bodies share ("PT"), the court's head; the posts before them
    court_shorts: dict[str, tuple[str, ...]]
    court_posts: dict[tuple[str, ...], bool]  # whether a comma must close the province
    unit_offices: frozenset[str]  # offices whose short titles also name their unit
    teams: frozenset[str]  # words naming a team of a post's holders before the post ("Tim")
    # a head's post read only before its office written with no place ("Kepala Kejari, Nama")
    office_heads: dict[tuple[str, ...], tuple[str, ...]]


@cache
def justice_words() -> JusticeWords:
    """The table of ``lexicons/justice.tsv`` (read once; an unknown kind raises
    :class:`~pmk_extract.errors.DataFileError`)."""
    rows = read_tsv(_FILE, 4)
    for words, kind, _, _ in rows:
        if kind not in _KINDS:
            raise DataFileError(str(model_path(_FILE)), None, f"unknown kind {kind!r} of {words!r}")
    return JusticeWords(
        posts={
            tuple(words.split()): JusticePost(full, tuple(orgs.split(",")), kind)
            for words, kind, full, orgs in rows
            if kind in ("post", "field_post", "bench")
        },
        fields=frozenset(tuple(words.split()) for words, kind, _, _ in rows if kind == "field"),
        own_fields={tuple(w.split()): o for w, kind, _, o in rows if kind == "own_field"},
        alone={tuple(w.split()): o for w, kind, _, o in rows if kind == "alone"},
        alone_shared={
            tuple(w.split()): other
            for w, kind, other, _ in rows
            if kind == "alone" and other != "-"
        },
        shared=frozenset(words for words, kind, _, _ in rows if kind == "shared"),
        grades=frozenset(tuple(words.split()) for words, kind, _, _ in rows if kind == "grade"),
        court_fields={
            tuple(w.split()): (full, o) for w, kind, full, o in rows if kind == "court_field"
        },
        court_shorts={w: tuple(full.split()) for w, kind, full, _ in rows if kind == "court_short"},
        court_posts={
            tuple(w.split()): mark == "comma" for w, kind, mark, _ in rows if kind == "court_post"
        },
        unit_offices=frozenset(w for w, kind, _, _ in rows if kind == "unit_office"),
        teams=frozenset(w for w, kind, _, _ in rows if kind == "team"),
        office_heads={
            tuple(w.split()): tuple(o.split(",")) for w, kind, _, o in rows if kind == "office_head"
        },
    )


@cache
def post_firsts() -> frozenset[str]:
    """The first words of the posts of courts and prosecution offices ("Panitera", "Jaksa")."""
    return first_words(justice_words().posts)


def dated_parent(kb: KnowledgeBase, parent: str, day: dt.date | None) -> str:
    """The organisation id a body's parent ``parent`` names on ``day``: ``parent`` itself, or
    of "a|b" (the parent changed on a date: "kemenkumham|kemenimipas"), the first valid that
    day; the last without a date or when none is."""
    if "|" not in parent:
        return parent
    ids = parent.split("|")
    if day is not None:
        for org_id in ids:
            if any(entry.valid_on(day) for entry in kb.by_id.get(org_id, ())):
                return org_id
    return ids[-1]


@cache
def _fused_posts() -> frozenset[str]:
    words = justice_words()
    return frozenset(
        key[0] for key, post in words.posts.items() if len(key) == 1 and " " in post.role
    )


def court_short(words: list[str], i: int) -> tuple[tuple[str, ...], bool] | None:
    """The court's head (``command_units.tsv``) a short form at ``i`` that other bodies share
    names right after a post of the courts ("Ketua PT Riau": "Pengadilan Tinggi"), and
    whether a comma must close the province's name after it (a post companies have too:
    "Humas PT Jawa Tengah, Nama"); None when no such post is written before it. The caller
    checks that a province's name follows."""
    table = justice_words()
    head = table.court_shorts.get(words[i]) if i < len(words) else None
    if head is None:
        return None
    longest = max(map(len, table.court_posts))
    for n in range(min(i, longest), 0, -1):
        comma = table.court_posts.get(tuple(words[i - n : i]))
        if comma is not None:
            return head, comma
    return None


def fused_post(word: str) -> bool:
    """True when ``word`` is a post of the law hierarchy fused in one word from several
    ("Kasidik": Kepala Seksi Penyidikan, "Aspidsus", "Jubir"): it opens no person's name."""
    return word in _fused_posts()
