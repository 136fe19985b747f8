"""Posts inside ministries and national agencies that the title reader builds on.

- a staff post written before the title of the office it serves ("Staf Khusus Menteri
  Keuangan Nama", "Staf Ahli Mendagri Bidang Pemerintahan Nama", "Stafsus Menteri BUMN Nama",
  "Koordinator Staf Khusus Presiden Nama", "Staf Ahli Gubernur Jawa Barat Nama"): the role
  is the post, the office and its field; the organisation is the office's (a minister's
  staff belong to the ministry); the President's and Vice-President's staff have none, as
  the President has none (guidelines). Post words: ``lexicons/staff_posts.tsv``.
- a post whose title names a kind of unit ("Sekretaris Direktorat Jenderal", "Sesditjen")
  followed by a unit's short name that the knowledge base knows as one ministry's unit,
  with no ministry written after it ("Sesditjen Dukcapil Nama": the unit Ditjen Dukcapil
  belongs to the home-affairs ministry).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from ..kb import UNIT_KIND, KnowledgeBase
from ..lexicons import Lexicons
from ..resources import read_tsv
from ..stemming import field_noun_shape
from ..unit_kinds import POSITION
from .title_parts import Title, prefixed

_MAX_POST = 4  # words of a staff post ("Koordinator Staf Khusus")
_STATE_SUFFIX = " Republik Indonesia"  # dropped as from organisations' names (guidelines)
_CONNECTORS = frozenset({"dan", ",", "&"})
# prefixes and suffix of nouns of a field ("Kemasyarakatan", "Pelayanan", "Perdagangan")
# kinds of knowledge-base bodies a unit written alone may be ("Ditjen Dukcapil")
_UNIT_KINDS = frozenset({UNIT_KIND})
_MAX_UNIT = 4  # words of a unit's short name after its head ("Ditjen Bina Adwil")
# a post's number written between the post and the office it serves ("Deputi V Kepala Staf
# Kepresidenan": the fifth deputy of the presidential chief of staff)
_NUMBER = regex.compile(r"[IVX]{1,4}|[1-9]")
# kinds of organisations whose names may hold a person's or a place's name
NAMELESS_KINDS = frozenset({"regional_government", "party", "soe", "other"})


@dataclass(frozen=True, slots=True)
class Post:
    """A post read before or instead of another title: where it starts and ends, its role
    and its organisation (None when the text does not say)."""

    start: int
    end: int
    role: str
    org: str | None


@cache
def staff_posts() -> dict[tuple[str, ...], str]:
    """Staff posts as written, in lower case -> the post written out
    (``lexicons/staff_posts.tsv``; "staf khusus Menteri", "Staf Khusus Menteri": either case)."""
    rows = read_tsv("lexicons/staff_posts.tsv", 2)
    return {tuple(w.lower().split(" ")): post for w, post in rows}


def field_vocabulary(kb: KnowledgeBase, lex: Lexicons) -> frozenset[str]:
    """Capitalised words of offices' names as the lexicons and the public bodies of the
    knowledge base write them ("Kesehatan", "Pariwisata", "Publik", "Hukum")."""
    names = [*lex.abbreviations.values(), *(" ".join(k) for k in lex.unit_heads)]
    for entry in kb.entries:
        # a line with no written form (its canonical unmatched, no alias) only names the
        # organisation of offices whose body a pattern reads ("Ketua DPRD X"): no field words
        written = entry.match_canonical or entry.aliases
        if entry.label == "ORG" and entry.kind not in NAMELESS_KINDS and written:
            names += [entry.canonical, *entry.aliases]
    return frozenset(word for name in names for word in name.split(" ") if word[:1].isupper())


class MinistryPosts:
    """Read staff posts and units written alone (see the module's docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.posts = staff_posts()
        self.post_lasts = frozenset(words[-1] for words in self.posts)
        self.field_words = field_vocabulary(kb, lex)
        # short forms of unit heads ("Ditjen" for "Direktorat Jenderal"), for the lookup of a
        # unit's name as the press writes it
        self.unit_forms: dict[str, list[str]] = {}
        for short, full in lex.abbreviations.items():
            if tuple(full.split(" ")) in lex.unit_heads:
                self.unit_forms.setdefault(full, []).append(short)

    # -- staff posts ---------------------------------------------------------------------
    def retitle(self, words: list[str], names: list[bool], titles: dict[int, Title]) -> None:
        """Put a staff post written before a title in that title's place (``titles``: the
        titles of a document by their first token): the post's role, the office's
        organisation, no holder to check."""
        for start in sorted(titles):
            title = titles.get(start)
            if title is None:
                continue
            post = self.staff_post(words, start, title.end, title.role, title.org)
            if post is None:
                continue
            for k in range(post.start, start + 1):
                titles.pop(k, None)
            role = prefixed(self.lex, words, post.start, post.role)
            titles[post.start] = Title(post.end, role, post.org)

    def staff_post(
        self,
        words: list[str],
        start: int,
        end: int,
        role: str,
        org: str | None,
    ) -> Post | None:
        """The staff post written right before the title at ``words[start:end]`` (role
        ``role``, organisation ``org``), or None; a field written after the title ("Staf
        Ahli Menteri Bidang Hukum Nama") is read by ``post_fields.py``, as after any title."""
        number = ""
        if start > 1 and _NUMBER.fullmatch(words[start - 1]) and self._position(words[start - 2]):
            number, start = f" {words[start - 1]}", start - 1  # "Deputi V Kepala Staf ..."
        if not start or words[start - 1].lower() not in self.post_lasts:
            return None
        written = [word.lower() for word in words[max(0, start - _MAX_POST) : start]]
        sizes = range(1, len(written) + 1)
        size = max((n for n in sizes if tuple(written[-n:]) in self.posts), default=0)
        if not size:
            return None
        post = self.posts[tuple(written[-size:])]
        full = f"{post}{number} {role.removesuffix(_STATE_SUFFIX)}"  # "Juru Bicara Presiden"
        return Post(start - size, end, self.lex.expand(full), org)

    def _position(self, word: str) -> bool:
        """True when ``word`` is a staff post that is also a body's numbered position
        (``org_units.tsv``: "Deputi", whose holders are numbered: "Deputi V")."""
        post = self.posts.get((word.lower(),))
        return post is not None and self.lex.unit_heads.get((post,)) == POSITION

    def in_field(self, words: list[str], k: int) -> bool:
        """True when the word at ``k``, an honorific that is also a word of offices' names
        ("Haji"), goes on with another such word: a unit's name, not an honorific before a
        name ("Direktur Pelayanan Haji Dalam Negeri": "Dalam Negeri" is not a name)."""
        return (
            k + 1 < len(words) and words[k] in self.field_words and words[k + 1] in self.field_words
        )

    def field_word(self, word: str) -> bool:
        """True for a word of offices' names, a connector, or a noun of a field made with
        pe-/ke- and -an ("Kemasyarakatan")."""
        if word in _CONNECTORS or word in self.field_words:
            return True
        return self.field_noun(word)

    @staticmethod
    def field_noun(word: str) -> bool:
        """True for a noun of a field made with pe-/ke- and -an ("Pelayanan")."""
        return field_noun_shape(word)

    # -- a unit written alone ------------------------------------------------------------
    def unit_alone(
        self, words: list[str], head: str, k: int, day: dt.date | None
    ) -> tuple[int, str, str] | None:
        """The unit that a title ending in a unit's head (``head``, written out: "Sekretaris
        Direktorat Jenderal") and the short name at ``words[k:]`` name together, when the
        knowledge base knows it as one ministry's unit ("Sesditjen Dukcapil": Ditjen
        Dukcapil of the home-affairs ministry): the token after the name, the role (the post
        and the unit's name without its ministry) and the ministry's name on ``day``."""
        parts = head.split(" ")
        size = next(
            (n for n in range(len(parts) - 1, 0, -1) if tuple(parts[-n:]) in self.lex.unit_heads),
            0,
        )
        if not size:
            return None
        unit_head = " ".join(parts[-size:])
        for n in range(min(_MAX_UNIT, len(words) - k), 0, -1):
            written = " ".join(words[k : k + n])
            for form in (unit_head, *self.unit_forms.get(unit_head, ())):
                entry = self.kb.lookup(f"{form} {written}", day)
                if entry is None or entry.kind not in _UNIT_KINDS or entry.parent is None:
                    continue
                parents = self.kb.by_id.get(entry.parent)
                if not parents:
                    continue
                ministry = self.kb.pick(parents, day).canonical
                post = " ".join(parts[:-size])
                return k + n, f"{post} {entry.canonical.removesuffix(' ' + ministry)}", ministry
        return None
