"""The titles of a district's head and of its sections' heads ("Camat Cilandak", "Camat
Sukajadi, Kota Bandung", "Kasi Trantib Kecamatan Kalibagor"): the role names the district, the
organisation is the government of the regency or city the district lies in, when the text
says which district is meant.

Read by :class:`~pmk_extract.components.generic_titles.GenericTitles`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons
from ..regions import bare_place
from .local_heads import district_government, region_district_government
from .region_mentions import sub_unit_titles
from .regional_posts import Districts, place_tail
from .title_parts import Title, prefixed, skip_tail

_DISTRICT, _DISTRICT_WORD = "district", "Kecamatan"  # a district's kind, and its word


class DistrictTitles:
    """Read the titles of a district's head and its sections' heads."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons, districts: Districts) -> None:
        self.kb = kb
        self.lex = lex
        self.districts = districts

    def section(
        self, words: list[str], i: int, head: str, extra: str, place: Span, ent_at: dict[int, Span]
    ) -> Title | None:
        """The head of a section of a district's office, written with the district ("Kasi
        Trantib Kecamatan Kalibagor", "Kepala Seksi Pemerintahan Kecamatan X"; the heads of
        ``sub_unit_titles.txt``): of the regency's or city's government, as the district
        head's (:meth:`title`); else None."""
        entries = self.kb.by_id.get(place._.org_id or "")
        if not entries or entries[0].kind != _DISTRICT or head not in sub_unit_titles():
            return None
        if self.lex.expand(words[place.start]) != _DISTRICT_WORD:
            return None  # the district written as such, not a town's name alone
        role_head = f"{head} {extra} {_DISTRICT_WORD}"
        return self.title(words, i, role_head, entries[0], place, ent_at)

    def title(
        self,
        words: list[str],
        i: int,
        head: str,
        place: KBEntry,
        last: Span,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """The head of a district ("Camat Cilandak"): the role names the district, the
        organisation is the government of the regency or city the district lies in, when
        the district's name is no other district's ("Camat Sukamaju": which one?) or the
        regency or city written right after it has one district of that name; a place's part
        after it ("Camat Lawang Wetan"): a district the gazetteer does not know, none."""
        if place.kind != "district":
            # "Camat Bengkalis": a regency's or city's name that is also a district's (often
            # its seat's); the title says the district is meant. A name no district has
            # ("Camat Jawa Barat") gives no title
            written = f"Kecamatan {bare_place(place.canonical)}"
            same = [
                e
                for e in self.kb.surfaces.get(written, ())
                if e.label == "LOC" and e.kind == "district"
            ]
            if not same:
                return None
            place = same[0]
            last._.canonical = place.canonical  # the place written is the district
            last._.org_id = place.id
        else:
            written = last.text
        end = int(last.end)
        if end < len(words) and place_tail(words[end]) and words[end][:1].isupper():
            # "Camat Lawang Wetan, Nama": a district the gazetteer does not know whose name
            # opens with a known one's, no organisation; not "Lawang" and a name "Wetan"
            role = prefixed(self.lex, words, i, f"{head} {last.text} {words[end]}")
            return Title(skip_tail(words, end + 1), role, None)
        org = district_government(self.kb, place, written)
        if org is None:  # "Camat Kecamatan Wonosari Kabupaten Gunungkidul": that one
            k = end + (end < len(words) and words[end] == ",")
            region = ent_at.get(k)
            entries = self.kb.by_id.get(region._.org_id or "") if region is not None else None
            if region is not None and region.start == k and region.label_ == "LOC" and entries:
                org = region_district_government(self.kb, place.canonical, entries[0])
                end = int(region.end) if org is not None else end
        if org is None:  # "Kecamatan Grabag, Kabupaten Purworejo ... Camat Grabag Nama"
            org = self.districts.text_government(bare_place(place.canonical), set(ent_at.values()))
        role = f"{head} {bare_place(place.canonical)}"
        return Title(skip_tail(words, end), prefixed(self.lex, words, i, role), org)

    def written_place(self, k: int, ent_at: dict[int, Span]) -> bool:
        """True when a place the gazetteer tagged begins at token ``k`` and is a district, a
        province, a regency or a city ("Camat Cilandak", "Camat Bandung")."""
        ent = ent_at.get(k)
        if ent is None or ent.start != k or ent.label_ != "LOC":
            return False
        entries = self.kb.by_id.get(ent._.org_id or "")
        if entries is None:
            return False
        # not `in ("district", *REGION_KINDS)`: mypyc cannot compile a starred tuple after `in`
        return entries[0].kind == "district" or entries[0].kind in REGION_KINDS

    def named(
        self,
        words: list[str],
        names: list[bool],
        i: int,
        head: str,
        k: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """A district head's title before a district's name the gazetteer's matcher did not
        tag ("Camat Kuta", "Camat Sukajadi, Kota Bandung"): ``regional_posts.Districts``;
        the region written after the district closes the title."""
        found = self.districts.after_title(words, names, k, set(ent_at.values()))
        if found is None:
            return None
        end = found.end
        k = end + (end < len(words) and words[end] == ",")
        region = ent_at.get(k)
        if region is not None and region.start == k and self.written_place(k, ent_at):
            end = int(region.end)  # "Camat Sukajadi, Kota Bandung, Nama"; "Camat X Kota Y Nama"
        role = prefixed(self.lex, words, i, f"{head} {found.name}")
        return Title(skip_tail(words, end), role, found.org)
