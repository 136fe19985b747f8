"""Places written inside a post's field, before the national body that ends the post.

A national body's unit is often named after a place or a region of the world ("Direktur
Perlindungan Warga Negara Indonesia dan Badan Hukum Indonesia Kementerian Luar Negeri",
"Kepala Subdirektorat Asia Timur Direktorat Jenderal X Kemenko Y", "Direktur Pengembangan
Daerah Tertentu Wilayah Papua Kemendes"): the place is a word of the field, not the post's
region, when the field goes on after it and ends at a known national body. A place the field
ends at ("Kepala Bidang X Dinas Kesehatan Jawa Barat"), or one a regional body follows, keeps
its reading. So is a field's word written in lower case ("Kepala Pusat data dan informasi
Kementan", "Kepala Bidang pencegahan dan kesiapsiagaan BPBD X"): a word of offices' names or a
noun of a field (:meth:`MinistryPosts.field_word`), the field ending at the body after it.

Read by :class:`~pmk_extract.components.generic_titles.GenericTitles`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from ..kb import KnowledgeBase
from .ministry_posts import MinistryPosts
from .title_parts import in_region, regional_org, top_org
from .unit_view import UNDER

_MAX_POST = 14  # tokens of a field from the title's end to the body that ends it
_MAX_LOWER = 6  # a field's words written in lower case
_GOVERNMENT = "regional_government"


def field_through_places(
    kb: KnowledgeBase,
    words: list[str],
    after: int,
    k: int,
    ent_at: dict[int, Span],
    day: dt.date | None,
) -> int:
    """Where a title's field (its words from token ``after``) ends when a place written at
    token ``k`` stopped it: at the national body that ends the field when the field goes on
    after the place in capitalised words, "dan" and further places (and "pada" right before
    the body), else ``k`` ("Direktur Timur Tengah Direktorat Jenderal X Kemlu": the field may
    open with the place)."""
    place = ent_at.get(k)
    if k < after or place is None or place.label_ != "LOC" or place.start != k:
        return k
    j = place.end
    while j < len(words) and j - after <= _MAX_POST:
        ent = ent_at.get(j)
        if ent is not None and ent.start == j:
            if ent.label_ == "ORG":
                return j if _national(kb, ent, day) and words[j - 1] != "dan" else k
            if ent.label_ != "LOC":
                return k
            j = ent.end
        elif words[j] == UNDER:
            body = ent_at.get(j + 1)
            if body is None or body.start != j + 1 or body.label_ != "ORG":
                return k
            return j if _national(kb, body, day) else k
        elif words[j] == "dan" or (words[j][:1].isupper() and words[j].isalnum()):
            j += 1
        else:
            return k  # a comma, a lower-case word: where the field ends is not written
    return k


def field_through_lower_words(
    posts: MinistryPosts, words: list[str], after: int, k: int, ent_at: dict[int, Span]
) -> int:
    """Where a title's field (its words from token ``after``) ends when a word written in
    lower case at token ``k`` stopped it: at the organisation that ends the field when the
    field's words go on in lower case (each a word of offices' names or a noun of a field:
    "data dan informasi", "kebencanaan") and capitalised words up to it, else ``k``."""
    j, lower = k, 0
    while j < len(words) and j - after <= _MAX_POST and j not in ent_at:
        word = words[j]
        if word.isalpha() and word.islower():
            if word != "dan" and not posts.field_word(word.capitalize()):
                return k  # "Kepala Dinas bersama jajaran X": no field's word
            lower += 1
        elif not (word[:1].isupper() and word.isalnum()):
            return k
        j += 1
    body = ent_at.get(j)
    if not 0 < lower <= _MAX_LOWER or body is None or body.start != j or body.label_ != "ORG":
        return k
    return j if words[j - 1] != "dan" else k


def _national(kb: KnowledgeBase, ent: Span, day: dt.date | None) -> bool:
    """True when the body ``ent`` is a known national one: not a regional government, not
    one of its offices, not a national body's office in a region."""
    if regional_org(ent) is not None or in_region(ent):
        return False
    org = top_org(kb, ent, day)
    entry = kb.lookup(org, day) if org else None
    return entry is not None and entry.label == "ORG" and entry.kind != _GOVERNMENT
