"""Titles of regional posts written without their region, read with the region the
document established (:class:`~pmk_extract.components.doc_regions.DocumentRegions`): a
regional head's, secretary's, district head's or village head's title ("Sekda Nama",
"Bupati setempat, Nama", "Camat Nama", "Kepala Desa setempat, Nama") and a regional office's
post read with its field and no region ("Kadis Sosial Nama", "Kadinsos Nama"). Used by the
title reader (``titles.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..kb import REGION_KINDS
from ..kb_entries import KBEntry
from ..lexicons import Lexicons
from ..people import People
from ..regions import KIND_WORDS, bare_place
from .doc_regions import LEVELS, DocumentRegions, name_follows
from .region_mentions import LOCAL_KINDS, local_reference
from .title_parts import Title, prefixed, regional_head, skip_bracket

_DISTRICT = "district"  # the target of a district head's title in titles.tsv
_VILLAGE = "village"  # the target of a village head's title in titles.tsv
_PREFIX = "Pemerintah "  # a region's government's name before its kind and name


def _government(context: DocumentRegions, region: KBEntry) -> tuple[str, str] | None:
    """The kind and name of ``region`` as its government's name writes them ("Kabupaten
    Bantul") and that government's canonical; None when the knowledge base has no such
    organisation."""
    phrase = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
    org = context.kb.lookup(_PREFIX + phrase)
    if org is None or org.label != "ORG":
        return None
    return phrase, org.canonical


def office_in_context(
    context: DocumentRegions, words: list[str], names: list[bool], i: int, title: Title
) -> Title:
    """A regional office's post read with its field and no region ("Kadis Sosial Nama",
    "Kadis Pertanian, Nama": ``bare_posts.fused_office``) with the region the document
    established, as for the office's whole short form ("Kadinsos Nama" after "Pemkab X":
    rules 1 to 4, a post of either level); else ``title`` as read, with no organisation."""
    found = context.region_after(words, names, i, title.end, REGION_KINDS)
    if found is None:
        return title
    region, end = found
    government = _government(context, region)
    if government is None:
        return title
    phrase, org = government
    return replace(
        title, end=end, role=f"{title.role} {phrase}", org=org, inferred=True, bare=False
    )


def context_title(
    context: DocumentRegions,
    people: People,
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    i: int,
    size: int,
    day: dt.date | None,
) -> Title | None:
    """A regional head's or secretary's title of ``size`` words at token ``i`` written with
    no region after it ("Sekda Nama", "Bupati setempat, Nama"), its region read from the
    document (see the module docstring); None when the document does not establish it or
    no name or comma follows, past the honorifics and degrees before a name ("Sekda Drs. H.
    Nama")."""
    target = lex.title_heads[tuple(words[i : i + size])][1]
    if regional_head(lex, tuple(words[i : i + size])):
        # "Pemkab X ... Inspektur Nama": the Inspektur of X; not where a rank opens ("Inspektur
        # Polisi [Dua] Nama") nor before a word going on with another office ("Inspektur Wilayah")
        opening = tuple(words[i : i + size + 1])
        if opening[-1] in lex.standing_words or any(
            r[: len(opening)] == opening for r in lex.ranks
        ):
            return None
        target = "region"
    kinds = LEVELS.get(target)
    if kinds is None and target not in (_DISTRICT, _VILLAGE):
        return None
    k = skip_bracket(words, i + size)  # "Sekretaris Daerah (Sekda) Nama"
    head = lex.expand(" ".join(words[i : i + size]))
    if kinds is None:  # "Camat setempat, Nama" after "Kecamatan X": the head of X
        local = local_reference(words, k)
        if not name_follows(lex, words, names, k + local):
            return None
        if target == _VILLAGE:  # "Kepala Desa setempat, Nama" after "Desa X"
            read = context.village(i, bool(local), head, words)
            if read is None:
                return None
            return Title(k + local, prefixed(lex, words, i, read[0]), read[1], inferred=True)
        found = context.district(i, bool(local), head)
        if found is not None:
            role = prefixed(lex, words, i, f"{head} {found[0]}")
            return Title(k + local, role, found[1], inferred=True)
        if any(ent.end <= i for _, ent, _ in context.district_spans):
            return None  # "Kecamatan X dan Kecamatan Y ... Camat Nama": which?
        # no district named: a district of the one regency or city ("Pemkab X ... Camat Nama")
        after = context.region_after(words, names, i, k, LOCAL_KINDS)
        if after is None:
            return None
        region, end = after
        government = _government(context, region)
        if government is None:
            return None
        return Title(end, prefixed(lex, words, i, head), government[1], inferred=True)
    after = context.region_after(words, names, i, k, kinds, head)
    if after is None:
        return None
    region, end = after
    government = _government(context, region)
    if government is None:
        return None
    phrase, org = government
    role = f"{head} {phrase}" if target == "region" else f"{head} {bare_place(region.canonical)}"
    office = people.title(role, day)
    written = prefixed(lex, words, i, role)
    return Title(end, written, org, office if written == role else None, inferred=True)
