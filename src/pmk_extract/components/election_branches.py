"""The election bodies' branches: a national body with offices in the provinces, regencies
and cities, named by the body and the region ("KPU Kota Bekasi", "Bawaslu Provinsi Jawa
Barat", "Panwaslu Kabupaten X"), is one ORG, part of the national body (UU 7/2017 art. 8 and
89); a short form another national body has names a branch only before one province or its
regencies and cities ("KIP Aceh Utara": Aceh's election commission, UU 7/2017 art. 557).

Words live in ``models/lexicons/justice.tsv`` (kinds ``branch`` and ``province_branch``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..resources import read_tsv

_FILE = "lexicons/justice.tsv"
NewSpan = tuple[Span, str, dict[str, str | None]]


@cache
def branch_bodies() -> frozenset[str]:
    """The ids of the national bodies whose branches are named by the body and the region
    ("kpu", "bawaslu"): a post of theirs written with "setempat" after it ("Ketua KPU setempat,
    Nama") is the post in the region's branch, not the national office."""
    return frozenset(org for _, kind, _, org in read_tsv(_FILE, 4) if kind == "branch")


class ElectionBranches:
    """The ORG spans of the election bodies' branches."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        rows = read_tsv(_FILE, 4)
        # the national bodies' ids whose branches are named so ("kpu", "bawaslu")
        self.branches = branch_bodies()
        # short forms that name a branch in one province only: form -> (province, body id)
        self.province_branches = {
            words: (province, org)
            for words, kind, province, org in rows
            if kind == "province_branch"
        }

    def spans(self, doc: Doc, phrase: Callable[[KBEntry], str]) -> list[NewSpan]:
        """Election bodies written right before a province, regency or city ("KPU Kota
        Bekasi", "Bawaslu Provinsi Jawa Barat"): one ORG, named with the region as
        ``phrase`` names it, part of the national body."""
        out: list[NewSpan] = []
        ents = list(doc.ents)
        starts = {ent.start: ent for ent in ents}
        for ent in ents:
            local = self.province_branches.get(ent.text) if ent.label_ == "ORG" else None
            if local is None and (ent.label_ != "ORG" or (ent._.org_id or "") not in self.branches):
                continue
            place = starts.get(ent.end)
            if place is None or place.label_ != "LOC":
                continue
            entries = self.kb.by_id.get(place._.org_id or "")
            if not entries or entries[0].kind not in REGION_KINDS:
                continue
            if local is not None and local[0] not in (entries[0].canonical, entries[0].parent):
                continue  # "KIP Jawa Barat": the short form's own body's, not the branch
            body = self.kb.by_id[local[1] if local else ent._.org_id][0].canonical
            canonical = f"{body} {phrase(self._written_kind(place, entries))}"
            span = Span(doc, ent.start, place.end, label="ORG")
            out.append((span, canonical, {"unit": None, "parent_org": body}))
        return out

    def _written_kind(self, place: Span, entries: list[KBEntry]) -> KBEntry:
        """The region a place's words name: "Kota Bekasi" is the city when the knowledge
        base gives the regency first."""
        first = place.text.split(" ")[0]
        kind = {"Kota": "city", "Kabupaten": "regency", "Kab.": "regency"}.get(first)
        if kind is None:
            return entries[0]
        for entry in entries:
            if entry.kind == kind:
                return entry
        return entries[0]
