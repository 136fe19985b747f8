"""Generic titles (``lexicons/titles.tsv``) combined with what follows them: the
organisation or place after them ("Kepala BNPB", "Bupati Cianjur", "Sekretaris Daerah (Sekda)
Kota X", "Bupati Batu Bara", "Kepala Desa Sendangrejo", "Camat Cilandak", "Kasat Pol PP
Kabupaten Sleman"), or their field alone where no organisation is in reach and a comma, a rank
or an honorific sets the name off ("Ketua Panitia Pelaksana, Nama": role, no organisation).
A company's posts (target ``company``: Manager, Vice President, ...) are read only before a
state company, its unit and the unit's place (``company_units.py``: "Manager PLN UP3 Manado,
Nama") or a comma. A title's field with no organisation after it is read by
``unplaced_titles.py``, a district head's title by ``district_titles.py``.

Read by :class:`~pmk_extract.components.titles.TitleReader`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines
from ..unit_kinds import POSITION, REGIONAL_OFFICES
from .company_units import COMPANY_KIND, COMPANY_TARGET, closed_company, company_unit
from .district_titles import DistrictTitles
from .field_places import field_through_lower_words, field_through_places
from .local_heads import (
    village_head,
    village_section,
)
from .ministry_posts import MinistryPosts
from .parliaments import parliament_government, regional_parliament
from .regional_posts import Districts, governing_region
from .secretariat_posts import SecretariatPosts, capital_field
from .title_parts import (
    Title,
    capital_grades,
    in_region,
    listed_name,
    lower_field_end,
    lower_grade_end,
    name_part,
    opens_place,
    prefixed,
    regional_head,
    regional_office,
    regional_org,
    skip_bracket,
    skip_tail,
    top_org,
    unit_name,
)
from .unit_view import UNDER
from .unplaced_titles import UnplacedTitles

# the words joining a company's field, written in English ("Area Manager Communication,
# Relations & CSR Pertamina Patra Niaga", "Vice President Safety and Security PLN")
_COMPANY_JOINS = frozenset({"&", "and"})
_GOVERNMENT = "regional_government"  # the knowledge base's kind of Pemprov/Pemkab/Pemkot X


def _parliament(canonical: str) -> bool:
    """A regional parliament itself ("Dewan Perwakilan Rakyat Daerah Kota X"), not its
    secretariat or one of its bodies."""
    return canonical.startswith("Dewan Perwakilan Rakyat") and regional_parliament(canonical)


class GenericTitles:
    """Read a generic title at a token (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        # heads of a secretariat's sections: before a regional parliament, of its secretariat
        self.section_heads = frozenset(read_lines("lexicons/section_heads.txt"))
        self.districts = Districts(kb)
        # the first and last words of generic titles: a post's word before a unit's position
        self.title_firsts = frozenset(head[0] for head in lex.title_heads)
        self.title_lasts = frozenset(head[-1] for head in lex.title_heads)
        self.posts = MinistryPosts(kb, lex)
        self.secretariat = SecretariatPosts(kb, lex)
        self.unplaced = UnplacedTitles(kb, lex, self.posts)
        self.district_titles = DistrictTitles(kb, lex, self.districts)

    def title(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        i: int,
        size: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """The generic title of ``size`` words at token ``i`` (``lexicons/titles.tsv``) with
        the organisation or place after it, or None when none follows."""
        includes_org, target = self.lex.title_heads[tuple(words[i : i + size])]
        if self._inside_post(words, i, size):
            return None  # "Kabid Humas Polda X": the unit is the field of the post before it
        own = ent_at.get(i)
        if own is not None and own.start == i and own.label_ == "ORG" and own.end > i + size:
            return self._position_title(words, i, own, doc._.published)
        head = self.lex.expand(" ".join(words[i : i + size]))
        k = i + size
        if opens_place(k - 1, ent_at):
            k -= 1  # the title's last word begins the place ("Wali Kota" + "Kota Bengkulu")
        k = after = skip_bracket(words, k)  # "Sekretaris Daerah (Sekda) Kota X"
        joins = _COMPANY_JOINS if target == COMPANY_TARGET else frozenset()
        while (
            k < len(words)
            and k not in ent_at
            and (name_part(words[k], names[k]) or words[k] in joins)
        ):
            if words[k] == "," and listed_name(self.lex, words, k + 1, ent_at):
                break  # "Kabid PRJS, Hendra Eriko, Ketua Tim X Dinas Sosial": another person
            k += 1
        lowered = False  # the field's words went on in lower case to the body
        if target == "org":  # "Direktur Perlindungan WNI dan Badan Hukum Indonesia Kemlu"
            k = field_through_places(self.kb, words, after, k, ent_at, doc._.published)
            through = field_through_lower_words(self.posts, words, after, k, ent_at)
            lowered, k = through > k, through
        k = lower_field_end(self.lex, words, after, k, ent_at)  # "bidang hukum KPK"
        k = lower_grade_end(words, k, ent_at)  # "Penyidik senior KPK"
        while k > after and words[k - 1] in (",", "dan"):
            k -= 1
        under = int(after < k < len(words) and words[k] == UNDER and self._unit_at(k + 1, ent_at))
        k += under  # "Kepala Bidang Pelayanan pada | Dinas Kesehatan Kabupaten X"
        if target == "district" and not self.district_titles.written_place(after, ent_at):
            return self.district_titles.named(words, names, i, head, after, ent_at)
        if target in KIND_WORDS and after not in ent_at:
            # "Bupati Batu Bara": a place whose bare name is a common word, named by the title
            found = self._place_after_title(words, names, after, target)
            if found is not None:
                end, name = found
                org: str | None = f"Pemerintah {KIND_WORDS[target]} {name}"
                if self.kb.lookup(org or "") is None:
                    org = None
                return Title(end, prefixed(self.lex, words, i, f"{head} {name}"), org)
        if k >= len(doc) or k not in ent_at or ent_at[k].start != k:
            if target != "org" or match_head(words, i, self.lex.honorifics) >= size:
                return None
            alone = self.posts.unit_alone(words, head, after, doc._.published)
            if alone is not None:  # "Sesditjen Dukcapil Nama": one ministry's unit
                end, role, ministry = alone
                return Title(end, prefixed(self.lex, words, i, role), ministry)
            return self.unplaced.title(doc, words, names, i, head, after, k, ent_at)
        if k > after and match_head(words, i, self.lex.honorifics) >= size:
            return None  # a rank ("Irjen Pol Ahmad Luthfi"), a title only right before its body
        ent = ent_at[k]
        last = ent  # the last entity the title takes in
        extra = self.lex.expand(doc[after : k - under].text) if k > after else ""
        # "Tenaga Ahli bidang Hukum KSP", "Penyidik senior KPK"
        extra = " ".join(capital_grades(capital_field(extra.split(" "))))
        if lowered:  # "Kepala Pusat data dan informasi X": the role writes the field's words
            extra = " ".join(w if w == "dan" else w[:1].upper() + w[1:] for w in extra.split(" "))
        if ent.label_ == "LOC" and target in ("org", "village") and not extra:
            # "Kepala Desa Sendangrejo", "Kades Sukamaju", "Lurah Sumberejo"
            village = village_head(self.kb, words, head, ent, ent_at)
            if village is not None or target == "village":
                if village is None:
                    return None
                role, org, last = village
                return Title(skip_tail(words, last.end), prefixed(self.lex, words, i, role), org)
        if target == "org" and ent.label_ == "LOC" and extra:
            office = self._office_in_region(head, extra, ent)
            if office is None:  # "Asisten II Bidang Perekonomian Provinsi X"
                entries = self.kb.by_id.get(ent._.org_id or "")
                office = (
                    self.secretariat.post(words[i : i + size], words[after:k], entries[0])
                    if entries
                    else None
                )
            if office is not None:  # "Kasat Pol PP Kabupaten Sleman"
                role, org = office
                return Title(skip_tail(words, ent.end), prefixed(self.lex, words, i, role), org)
            section = self.district_titles.section(words, i, head, extra, ent, ent_at)
            if section is not None:  # "Kasi Trantib Kecamatan Kalibagor Nama"
                return section
            village_post = village_section(head, extra, ent)
            if village_post is not None:  # "Kasi Pemerintahan Desa Tanjung Jaya, Nama"
                role, org = village_post
                return Title(skip_tail(words, ent.end), prefixed(self.lex, words, i, role), org)
        per_region = regional_head(self.lex, tuple(words[i : i + size]))
        if target == "org" and ent.label_ == "LOC" and not extra and per_region:
            target = "region"  # "Inspektur Lampung Barat": the regency's Inspektur Kabupaten
        if target in ("org", COMPANY_TARGET):
            if ent.label_ != "ORG":
                return None
            j = skip_bracket(words, ent.end)
            body = ent_at.get(j) if j > ent.end else None
            regional = regional_org(ent)
            if body is not None and body.label_ == "LOC" and regional is None:
                body = None  # a place after the short form only for a regional office's unit
            if ent._.unit and body is not None and body.start == j:
                # "Kepala Pusat Penerangan (Kapuspen) TNI": the short title, then the body;
                # "Kepala Dinas Kesehatan (Dinkes) Kabupaten X": the short form, then the place
                placed = regional is not None or in_region(ent)
                role = f"{head} {ent._.canonical if placed else ent._.unit}"
                org = regional or top_org(self.kb, body, doc._.published)
                last = body
            elif ent._.unit and not extra:
                org = regional_org(ent)
                # a regional office's head is named with its region ("Kepala Dinas Kesehatan
                # Provinsi Jawa Timur", "Kepala Kantor Wilayah Kementerian Agama Provinsi
                # Jawa Timur"), a national body's unit's without its body
                placed = org is not None or in_region(ent)
                role = f"{head} {ent._.canonical if placed else ent._.unit}"
                org = org or top_org(self.kb, ent, doc._.published)
            elif head in self.section_heads and _parliament(str(ent._.canonical)):
                # "Kabag Persidangan DPRD Kota X": a section of the parliament's secretariat,
                # an apparatus of the region's government (as the secretary's, parliaments.py)
                role = f"{head} {extra} Sekretariat {ent._.canonical}".replace("  ", " ")
                org = parliament_government(self.kb, str(ent._.canonical))
            else:
                # "Kepala Bidang Kedaruratan BPBD Kabupaten Cianjur": the regional government
                org = regional_org(ent)
                if extra:
                    # "Kabid Kesmas Dinkes Nama": a post in an office named with no region keeps
                    # the office in its role, as it does with the region
                    kept = org or regional_office(self.lex, ent)
                    role = f"{head} {extra}" + (f" {ent._.canonical}" if kept else "")
                elif (own_unit := unit_name(self.kb, ent, doc._.published)) is not None:
                    # "Kepala Pusat Krisis Kesehatan Nama", "Sekretaris Badan Geologi Nama":
                    # the official is the ministry's, the role keeps its unit
                    role = f"{head} {own_unit}"
                else:
                    role = f"{head} {ent._.canonical}" if includes_org else head
                org = org or top_org(self.kb, ent, doc._.published)
            company = self._company(org)
            if target == COMPANY_TARGET and not company:
                return None  # "Manajer Persib Nama": a company's post only before a company
            after_org = skip_tail(words, last.end)
            unit = company_unit(words, names, after_org, ent_at) if company else None
            if unit is not None:
                # "Manager PLN UP3 Manado, Nama": the company's unit and its place are the post's
                end, written = unit
                return Title(end, prefixed(self.lex, words, i, f"{role} {written}"), org)
            closed = closed_company(words, last.end)  # "PT PLN (Persero) Nama": the form ends it
            if (
                target == COMPANY_TARGET
                and words[after_org : after_org + 1] != [","]
                and not closed
            ):
                # "VP Corporate Secretary KAI Commuter Nama", "Supervisor PLN UIW Sulselrabar
                # Nama": where the company's name ends and the holder's begins is not written
                return None
        else:
            entries = self.kb.by_id.get(ent._.org_id or "")
            if entries and not extra and entries[0].kind == _GOVERNMENT:
                # "Sekda Pemprov Sumut", "Sekda Pemkot Bandung": the region's government
                return self._government_title(words, i, head, target, ent)
            if ent.label_ != "LOC" or extra or not entries:
                return None
            place = entries[0]
            if target == "region":  # "Sekda Jakarta": the province's
                place = governing_region(self.kb, place)
            if target == "district":  # "Camat Cugenang": the regency's or city's government
                return self.district_titles.title(words, i, head, place, last, ent_at)
            if target == "region":  # "Sekretaris Daerah": a province, a regency or a city
                if place.kind not in REGION_KINDS:
                    return None
                target = place.kind
                head = f"{head} {KIND_WORDS[target]}"
            if place.kind != target:
                # "Bupati Bekasi": the title says which Bekasi is meant
                prefix = {"regency": "Kabupaten ", "city": "Kota ", "province": ""}[target]
                other = self.kb.lookup(prefix + bare_place(place.canonical))
                if other is None or other.kind != target:
                    return None
                place = other
                ent._.canonical = other.canonical
            name = bare_place(place.canonical)
            role = f"{head} {name}"
            org = f"Pemerintah {KIND_WORDS[target]} {name}"
            if self.kb.lookup(org) is None:
                org = None
        return Title(skip_tail(words, last.end), prefixed(self.lex, words, i, role), org)

    def unit_post(self, words: list[str], i: int, size: int = 0) -> bool:
        """True when the title at ``i`` (of ``size`` words; 0: the longest) also names a unit:
        ``org_units.tsv``'s positions ("Deputi") and the units whose name is a generic title
        of their officer ("Humas": ``titles.tsv``)."""
        size = size or match_head(words, i, self.lex.unit_heads)
        head = tuple(words[i : i + size])
        return size > 0 and (
            self.lex.unit_heads.get(head) == POSITION or head in self.lex.title_heads
        )

    def _inside_post(self, words: list[str], i: int, size: int) -> bool:
        """True when the title at ``i`` also names a unit (``org_units.tsv``'s positions:
        "Humas", "Deputi") and the word before it ends another post's title or is a fused
        title ("Kabid Humas Polda X", "Kepala Bagian Humas X", "Sekretaris Deputi X"): the
        unit is that post's field."""
        if i == 0 or not self.unit_post(words, i, size):
            return False
        before = self.lex.abbreviations.get(words[i - 1], words[i - 1]).split(" ")
        return before[0] in self.title_firsts or before[-1] in self.title_lasts

    def _company(self, org: str | None) -> bool:
        """True when ``org`` is a state company of the knowledge base."""
        entry = self.kb.lookup(org) if org else None
        return entry is not None and entry.kind == COMPANY_KIND

    @staticmethod
    def _unit_at(k: int, ent_at: dict[int, Span]) -> bool:
        """True when an organisation's name begins at token ``k``."""
        ent = ent_at.get(k)
        return ent is not None and ent.start == k and ent.label_ == "ORG"

    def _government_title(
        self, words: list[str], i: int, head: str, target: str, ent: Span
    ) -> Title | None:
        """A regional post before its region's government ("Sekda Pemprov Sumut": Sekretaris
        Daerah Provinsi Sumatera Utara, of Pemerintah Provinsi Sumatera Utara); a title of
        another region's kind ("Bupati Pemkot X") gives none."""
        org = str(ent._.canonical)
        phrase = org.removeprefix("Pemerintah ")
        if target == "region":
            role = f"{head} {phrase}"
        elif target in KIND_WORDS and phrase.startswith(KIND_WORDS[target] + " "):
            role = f"{head} {bare_place(phrase)}"
        else:
            return None
        return Title(skip_tail(words, ent.end), prefixed(self.lex, words, i, role), org)

    def _position_title(
        self, words: list[str], i: int, own: Span, day: dt.date | None
    ) -> Title | None:
        """A unit named by its head's title, read as one ORG from the title on ("Deputi
        Bidang Pencegahan BNPB", "Humas Polres Sleman"): the title is the unit's head post or
        its officer's, of the body the unit names, also where the holder's name is written
        before it ("Nama, Deputi Bidang X BNPB,"); None for any other unit, or one whose body
        is not written; an officer's only of a body the knowledge base knows ("Humas PT X
        Nama": a company it does not know names no organisation)."""
        if not self.unit_post(words, i):
            return None
        # a regional office's unit is its region's government's ("Humas BPBD Kabupaten X")
        org = (regional_org(own) or top_org(self.kb, own, day)) if own._.unit else None
        size = match_head(words, i, self.lex.unit_heads)
        officer = self.lex.unit_heads.get(tuple(words[i : i + size])) != POSITION  # "Humas"
        if org is None or (officer and self.kb.lookup(org) is None):
            return None
        return Title(skip_tail(words, own.end), prefixed(self.lex, words, i, str(own._.unit)), org)

    def _office_in_region(self, head: str, extra: str, place: Span) -> tuple[str, str] | None:
        """Role and organisation of a title whose words name a regional office, written
        before a province, regency or city ("Kasat Pol PP Kabupaten Sleman": the head of the
        Satuan Polisi Pamong Praja Kabupaten Sleman, of Pemerintah Kabupaten Sleman)."""
        kind = self.lex.unit_kind(tuple(f"{head} {extra}".split(" ")))
        entries = self.kb.by_id.get(place._.org_id or "")
        if kind not in REGIONAL_OFFICES or not entries or entries[0].kind not in REGION_KINDS:
            return None
        phrase = f"{KIND_WORDS[entries[0].kind]} {bare_place(entries[0].canonical)}"
        org = f"Pemerintah {phrase}"
        if self.kb.lookup(org) is None:
            return None
        return f"{head} {extra} {phrase}", org

    def _place_after_title(
        self, words: list[str], names: list[bool], k: int, target: str
    ) -> tuple[int, str] | None:
        """The regency/city/province whose name the words at ``k`` spell once the title's
        kind is put before them ("Batu Bara" after "Bupati": Kabupaten Batu Bara)."""
        for n in (3, 2, 1):
            if k + n > len(words) or not all(names[k : k + n]):
                continue
            entry = self.kb.lookup(f"{KIND_WORDS[target]} {' '.join(words[k : k + n])}")
            if entry is not None and entry.label == "LOC" and entry.kind == target:
                return k + n, bare_place(entry.canonical)
        return None
