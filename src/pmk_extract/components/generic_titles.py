"""Generic titles (``lexicons/titles.tsv``) combined with what follows them: the
organisation or place after them ("Kepala BNPB", "Bupati Cianjur", "Sekretaris Daerah (Sekda)
Kota X", "Bupati Batu Bara", "Kepala Desa Sendangrejo", "Camat Cilandak", "Kasat Pol PP
Kabupaten Sleman"), or their field alone where no organisation is in reach and a comma, a rank
or an honorific sets the name off ("Ketua Panitia Pelaksana, Nama": role, no organisation).
A company's posts (target ``company``: Manager, Vice President, ...) are read only before a
state company, its unit and the unit's place (``company_units.py``: "Manager PLN UP3 Manado,
Nama") or a comma.

Read by :class:`~pmk_extract.components.titles.TitleReader`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..kb import REGION_KINDS, KBEntry, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines
from ..stemming import regular_derivation, root_words, stem_word
from ..unit_kinds import POSITION, REGIONAL_OFFICES
from .company_units import COMPANY_KIND, COMPANY_TARGET, closed_company, company_unit
from .local_heads import (
    district_government,
    region_district_government,
    village_head,
    village_section,
)
from .ministry_posts import MinistryPosts
from .parliaments import parliament_government, regional_parliament
from .region_mentions import sub_unit_titles
from .regional_posts import Districts, governing_region
from .secretariat_posts import SecretariatPosts, capital_field, field_openers
from .title_parts import (
    Title,
    in_region,
    listed_name,
    lower_field_end,
    name_part,
    opens_place,
    prefixed,
    regional_office,
    regional_org,
    skip_bracket,
    skip_tail,
    top_org,
)
from .unit_view import UNDER

_MAX_FIELD = 6  # words of a title's field written with no organisation after it
_MAX_NAMED = 4  # words of a name read after such a field with no comma
_FIELD_JOINS = frozenset({"dan", "serta"})  # lower-case words joining a field's words
# the words joining a company's field, written in English ("Area Manager Communication,
# Relations & CSR Pertamina Patra Niaga", "Vice President Safety and Security PLN")
_COMPANY_JOINS = frozenset({"&", "and"})
_GOVERNMENT = "regional_government"  # the knowledge base's kind of Pemprov/Pemkab/Pemkot X
_DISTRICT, _DISTRICT_WORD = "district", "Kecamatan"  # a district's kind, and its word


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
        self.subunit_heads = frozenset(read_lines("lexicons/subunit_heads.txt"))
        self.districts = Districts(kb)
        # the first and last words of generic titles: a post's word before a unit's position
        self.title_firsts = frozenset(head[0] for head in lex.title_heads)
        self.title_lasts = frozenset(head[-1] for head in lex.title_heads)
        self.posts = MinistryPosts(kb, lex)
        self.secretariat = SecretariatPosts(kb, lex)

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
        k = lower_field_end(self.lex, words, after, k, ent_at)  # "bidang hukum KPK"
        while k > after and words[k - 1] in (",", "dan"):
            k -= 1
        under = int(after < k < len(words) and words[k] == UNDER and self._unit_at(k + 1, ent_at))
        k += under  # "Kepala Bidang Pelayanan pada | Dinas Kesehatan Kabupaten X"
        if target == "district" and not self._written_place(after, ent_at):
            return self._district_named(words, names, i, head, after, ent_at)
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
            return self._unplaced_title(doc, words, names, i, head, after, k, ent_at)
        if k > after and match_head(words, i, self.lex.honorifics) >= size:
            return None  # a rank ("Irjen Pol Ahmad Luthfi"), a title only right before its body
        ent = ent_at[k]
        last = ent  # the last entity the title takes in
        extra = self.lex.expand(doc[after : k - under].text) if k > after else ""
        extra = " ".join(capital_field(extra.split(" ")))  # "Tenaga Ahli bidang Hukum KSP"
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
            section = self._district_section(words, i, head, extra, ent, ent_at)
            if section is not None:  # "Kasi Trantib Kecamatan Kalibagor Nama"
                return section
            village_post = village_section(head, extra, ent)
            if village_post is not None:  # "Kasi Pemerintahan Desa Tanjung Jaya, Nama"
                role, org = village_post
                return Title(skip_tail(words, ent.end), prefixed(self.lex, words, i, role), org)
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
                return self._district_title(words, i, head, place, last, ent_at)
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

    def _unplaced_title(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        i: int,
        head: str,
        after: int,
        k: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """A generic title and its field with no organisation in reach, set off from the name
        after it by a comma, a rank or an honorific ("Dirjen Bimas Islam, Nama", "Kabid
        Pencegahan Kombes Pol Nama", "Kepala Bidang Pelayanan dr. Nama"), or, after the title
        of a sub-unit's head (``subunit_heads.txt``), with no comma where the field's words
        end and the name's begin (:meth:`_field_end`: "Kepala Seksi Kesehatan Keluarga dan
        Gizi Nama Nama"; also when the comma sets off only degrees: "Kepala Bidang X Nama
        Nama, SE"): the role is the title and its field; the
        organisation is not written, so it stays unknown. The field is one to six capitalised
        words (``k``: where they end), no headline verb."""
        end = -1
        listed = False  # a list of fields a "Bidang" opens, its commas the field's
        for p in range(after + 1, min(k, after + _MAX_FIELD) + 1):
            if p == len(words):
                break
            if words[p] == "," or (
                self.lex.rank_at(words, p, False) and not self.posts.in_field(words, p)
            ):
                end = p
                break
        if end >= 0 and words[end] == "," and self._degrees_only(words, names, end + 1):
            # "Kepala Bidang X Nama Nama, SE hadir": the comma sets off a degree, not the
            # name; the field and the name run up to it
            end, k = -1, end
        shaped = end < 0 and head in self.subunit_heads  # no comma: the words' shape ends it
        if shaped:
            end = self._field_end(words, names, after, k)
        elif words[end] == ",":
            j = end + 1  # "Kepala Bidang Pencegahan, Kedaruratan dan Logistik": a list of fields
            while j < len(words) and j not in ent_at and name_part(words[j], False):
                if words[j] in _FIELD_JOINS:
                    closed = self._listed_field_end(words, ent_at, head, after, j)
                    if closed is None:
                        return None
                    end, listed = closed, True  # "Staf Ahli Bidang Pemerintahan, Hukum dan
                    break  # Politik, Nama"
                j += 1
        if end < 0 or words[end - 1] in (",", "dan"):
            return None
        field = words[after:end]
        if any((word == "," and not listed) or self._verb(word) for word in field):
            return None  # "Kepala Desa Tinjau Lokasi, Nama": a headline
        # "dan" joins the words of a field a "Bidang" opens ("Staf Ahli Bidang Hukum dan
        # Politik, Nama", "Kepala Bidang Pencegahan dan Kesiapsiagaan, Nama") or a field's
        # noun after it ("Kepala Seksi Pencegahan dan Kesiapsiagaan, Nama"); elsewhere it may
        # join two posts ("Direktur Utama dan Komisaris, Nama")
        opened = bool(field_openers() & {*head.split(" "), *field})
        if not shaped and any(
            word[:1].islower() and not self._field_join(field, n, opened)
            for n, word in enumerate(field)
        ):
            return None  # "Menteri Koordinator bidang X, Nama": the field is a longer title's
        if any(q in ent_at for q in range(after, end)):
            return None
        role = f"{head} {self.lex.expand(doc[after:end].text)}"
        return Title(end, prefixed(self.lex, words, i, role), None)

    def _field_join(self, field: list[str], n: int, opened: bool) -> bool:
        """True when ``field[n]`` is "dan" or "serta" joining the field's words: in a field a
        "Bidang" opens, or before a noun of a field ("dan Kebudayaan"), not another post."""
        if field[n] not in _FIELD_JOINS:
            return False
        return opened or (n + 1 < len(field) and self.posts.field_noun(field[n + 1]))

    def _listed_field_end(
        self, words: list[str], ent_at: dict[int, Span], head: str, after: int, j: int
    ) -> int | None:
        """The comma that closes a list of fields a "Bidang" opens, its last two joined by
        the "dan" at token ``j`` ("Staf Ahli Bidang Pemerintahan, Hukum dan Politik, Nama"),
        when a name follows it; else None (where the list ends is not written)."""
        if not field_openers() & {*head.split(" "), *words[after:j]}:
            return None
        k = j + 1
        while k < len(words) and k not in ent_at and words[k][:1].isupper():
            k += 1
        if k == j + 1 or k >= len(words) or words[k] != ",":
            return None
        return k if listed_name(self.lex, words, k + 1, ent_at) else None

    def _degrees_only(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when degrees or honorifics begin at token ``k`` and no name follows them
        ("Nama, SE, M.Si hadir"): the comma before them ends a name, no field."""
        j = k
        while j < len(words) and (size := match_head(words, j, self.lex.honorifics)):
            j += size + int(j + size < len(words) and words[j + size] == ",")
        return j > k and not (j < len(words) and names[j])

    def _field_end(self, words: list[str], names: list[bool], after: int, k: int) -> int:
        """Where a field written with no comma ends and the name after it begins, in the
        capitalised words ``words[after:k]`` ("Kepala Bidang Pengembangan Sumber Daya Manusia
        Nama Nama"): right after the run's last word of offices' names, noun of a field
        (pe-/ke- and -an) or short form in capitals, when one to four name words follow it
        (one only after a noun of a field), the first not :meth:`_field_like` ("Penyakit
        Menular Nama": "Menular" may be the field's), none a field's word or in capitals;
        else -1 (no name: a wrong name is worse than none)."""
        known = [
            j
            for j in range(after, k)
            if self.posts.field_word(words[j]) or (words[j].isupper() and len(words[j]) > 1)
        ]
        if not known:
            return -1
        f = known[-1] + 1
        if not 0 < f - after <= _MAX_FIELD or not 0 < k - f <= _MAX_NAMED:
            return -1
        if k - f < 2 and not self.posts.field_noun(words[f - 1]):
            return -1
        if self._field_like(words[f]) or words[f - 1] in (",", "dan"):
            return -1
        if not all(names[j] and not words[j].isupper() for j in range(f, k)):
            return -1
        return f

    def _field_like(self, word: str) -> bool:
        """True for a word that may still be a field's: a short form of one
        (``abbreviations.tsv``), a word of the root-word dictionary or one derived from a root
        of four letters or more ("Rujukan", "Menular"; not the names "Hadi", "Dadan")."""
        if word in self.lex.abbreviations or word.lower() in root_words():
            return True
        return regular_derivation(word) and len(stem_word(word)) >= 4

    def _verb(self, word: str) -> bool:
        """A headline verb ("Tinjau", "Serahkan"); not a noun made with pe-/ke- and -an
        ("Penindakan", "Kesiapsiagaan")."""
        return self.lex.headline_verb(word) and not word.startswith(("Pe", "Ke"))

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

    def _district_section(
        self, words: list[str], i: int, head: str, extra: str, place: Span, ent_at: dict[int, Span]
    ) -> Title | None:
        """The head of a section of a district's office, written with the district ("Kasi
        Trantib Kecamatan Kalibagor", "Kepala Seksi Pemerintahan Kecamatan X"; the heads of
        ``sub_unit_titles.txt``): of the regency's or city's government, as the district
        head's (:meth:`_district_title`); else None."""
        entries = self.kb.by_id.get(place._.org_id or "")
        if not entries or entries[0].kind != _DISTRICT or head not in sub_unit_titles():
            return None
        if self.lex.expand(words[place.start]) != _DISTRICT_WORD:
            return None  # the district written as such, not a town's name alone
        role_head = f"{head} {extra} {_DISTRICT_WORD}"
        return self._district_title(words, i, role_head, entries[0], place, ent_at)

    def _district_title(
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
        regency or city written right after it has one district of that name."""
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
        org = district_government(self.kb, place, written)
        end = int(last.end)
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

    def _written_place(self, k: int, ent_at: dict[int, Span]) -> bool:
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

    def _district_named(
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
        if region is not None and region.start == k and self._written_place(k, ent_at):
            end = int(region.end)  # "Camat Sukajadi, Kota Bandung, Nama"; "Camat X Kota Y Nama"
        role = prefixed(self.lex, words, i, f"{head} {found.name}")
        return Title(skip_tail(words, end), role, found.org)

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
