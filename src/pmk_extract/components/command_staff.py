"""Staff officers of police and military commands, named by a post and a staff field
(``lexicons/command_staff.tsv``) before what they serve: a commander's or chief's title
("Asops Kasdam III/Siliwangi", "Aster Panglima TNI") or a unit ("Pasiter Kodim
0735/Surakarta"). Each post is joined with each field, fused ("Asops", "Pasintel"), apart
("As Ops") or written out ("Asisten Operasi"); none is listed.

Run by the title reader after the other titles (:func:`staff_titles`): an assistant's title
is the title after it with the post put before its role; the title after it is the
assistant's, not a holder's, so no holder is checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from ..command_posts import staff_join
from ..errors import DataFileError
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, first_words, match_head
from ..resources import model_path, read_tsv
from .title_parts import Title, prefixed, skip_bracket, top_org


@dataclass(frozen=True, slots=True)
class StaffPost:
    """A staff post written at a token: its size in tokens, its role words and what it
    stands before ("title": a title of a commander or chief; "unit": a unit)."""

    size: int
    role: str
    before: str


@cache
def command_staff() -> dict[tuple[str, ...], tuple[str, str]]:
    """Every post of ``command_staff.tsv`` joined with every field, as token keys, with
    the role words and what follows: ("Asops",) and ("As", "Ops") -> ("Asisten Operasi",
    "title")."""
    posts: list[tuple[str, str, str]] = []
    fields: list[tuple[str, str]] = []
    deputies: list[tuple[str, str]] = []
    for kind, form, expansion, before in read_tsv("lexicons/command_staff.tsv", 4):
        if kind == "post" and before in ("title", "unit"):
            posts.append((form, expansion, before))
        elif kind in ("field", "deputy"):
            (fields if kind == "field" else deputies).append((form, expansion))
        else:
            path = str(model_path("lexicons/command_staff.tsv"))
            raise DataFileError(path, None, f"unknown row {kind!r} {form!r} {before!r}")
    # a deputy's word fused before the post, a doubled letter written once or twice ("Wa" +
    # "As": "Was", "Waas"; "Waspotmar": Wakil Asisten Potensi Maritim)
    posts += [
        (fused, f"{words} {role}", before)
        for deputy, words in deputies
        for post, role, before in list(posts)
        for fused in {staff_join(deputy, post), deputy + post.lower()}
    ]
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for post, role, before in posts:
        for field, expansion in fields:
            value = (f"{role} {expansion}", before)
            fused = staff_join(post, field)
            written = (*role.split(" "), *expansion.split(" "))  # "Asisten Operasi"
            for key in ((fused,), (fused.upper(),), (post, field), written):  # not "AS Ops"
                table.setdefault(key, value)
    return table


def staff_first_words() -> frozenset[str]:
    """The words a staff post can start with."""
    return first_words(command_staff())


def staff_post_at(words: list[str], i: int) -> StaffPost | None:
    """The staff post written at ``words[i]``, or None."""
    table = command_staff()
    if words[i] not in first_words(table):
        return None
    size = match_head(words, i, table)
    if not size:
        return None
    role, before = table[tuple(words[i : i + size])]
    return StaffPost(size, role, before)


def staff_titles(
    kb: KnowledgeBase,
    lex: Lexicons,
    words: list[str],
    ent_at: dict[int, Span],
    day: dt.date | None,
    titles: dict[int, Title],
) -> None:
    """Add the staff officers' titles of ``words`` to ``titles`` (by first token): an
    assistant before a commander's or chief's title takes that title's organisation ("Asops
    Kasdam III/Siliwangi": Asisten Operasi Kepala Staf Komando Daerah Militer III/Siliwangi),
    and the title after it is dropped, also where a generic title read the post's words as
    its field ("Asisten Teritorial Panglima TNI": not "Asisten" of the field "Teritorial
    Panglima", nor the Panglima himself); a section officer before a unit takes the unit's top
    organisation ("Pasiter Kodim 0735/Surakarta")."""
    for i in [k for k, word in enumerate(words) if word in staff_first_words()]:
        post = staff_post_at(words, i)
        if post is None or i in ent_at:
            continue
        k = i + post.size
        if post.before == "title":
            inner = titles.get(k)
            if inner is None or (i in titles and titles[i].end != inner.end):
                continue
            role = prefixed(lex, words, i, f"{post.role} {inner.role}")
            titles[i] = Title(inner.end, role, inner.org, capitals=inner.capitals)
            del titles[k]
            continue
        unit = ent_at.get(k)
        if (
            i in titles
            or unit is None
            or unit.start != k
            or unit.label_ != "ORG"
            or not unit._.unit
        ):
            continue
        role = prefixed(lex, words, i, f"{post.role} {unit._.canonical}")
        titles[i] = Title(skip_bracket(words, unit.end), role, top_org(kb, unit, day))
