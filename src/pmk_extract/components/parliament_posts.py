"""Posts and members written before a parliament or a body of one, as the press writes them.

- a member's or officer's title (``post``) before a parliament or a body of one names the
  post and the body in full ("Anggota Komisi D Dewan Perwakilan Rakyat Daerah Kabupaten
  Sleman"); the organisation is the parliament itself (guidelines: its commissions, bodies
  and fractions belong to it); a fraction whose parliament is not written gives none;
- between the parliament and the name the press may write the member's party or fraction
  ("dari Fraksi Partai Golkar", "Fraksi PKS") and the place a member represents ("asal
  Jawa Tengah", "dapil Bali"): the name follows them;
- a vice chair is also written "Waka I", an acting chair "Ketua Sementara"/"Ketua
  sementara", a post's own short form may follow it ("Sekretaris Dewan (Sekwan) DPRD X"); a
  body's spokesman is a post of it ("Jubir Fraksi PKS DPRD X Nama"), a fraction's short form
  may hold a hyphen ("F-PG DPRD X", as "FPG"), and "lainnya" may close the parliament
  ("Anggota DPRD X lainnya, Nama"); the parliament's name may be followed by "atau" and its
  short form with the place ("Anggota Dewan Perwakilan Rakyat Daerah atau DPRD Kota X Nama");
- a DPD member is also a "Senator" when the DPD or a province he represents follows
  ("Senator asal Jawa Barat", "Senator DPD RI Nama"); a US senator is no member;
- the secretary of a regional parliament (Sekretaris DPRD, Sekwan) heads its secretariat, a
  regional-government apparatus (UU 23/2014 art. 209, PP 18/2016 art. 5) whose officials are the
  region's civil servants: the press names him with the parliament, but his organisation is
  the region's government, as that of the secretariat's other officials (a commission's
  secretary, "Sekretaris Komisi A DPRD X", is a member: the parliament); the council's own
  word for him may stand with the region alone ("Sekwan Kabupaten X", "Sekretaris Dewan Kota
  X"), save a Jakarta city's, whose "Dewan Kota" is a council of its own.

Parliaments and their bodies are read by :mod:`~pmk_extract.components.parliaments`; words
live in ``models/lexicons/parliaments.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import first_words, match_head
from ..name_shapes import ROMAN_NUMERALS
from ..regions import KIND_WORDS, bare_place
from .parliaments import (
    BODY_NUMBERS,
    bare_party,
    council_name,
    is_party,
    parliament_government,
    parliament_of,
    parliament_words,
    regional_parliament,
    short_party,
)
from .title_parts import skip_bracket

_ORDINALS = frozenset({"I", "II", "III", "IV", "V", "1", "2", "3", "4", "5"})
# how the press numbers a constituency written without its place ("Dapil 3", "dapil VII")
_DISTRICT_NUMBERS = frozenset({*ROMAN_NUMERALS, *(str(n) for n in range(1, 14))})
_PARTY = "party"  # the knowledge base's kind of a political party
_MAX_POST = 3  # words of a post ("Wakil Ketua Sementara")
_MAX_FIELD_ASIDE = 4  # words of a body's field after "yang membidangi" ("pendidikan dan kesehatan")
_SECRETARY = "Sekretaris"  # the post of a parliament's secretary (Sekwan, Sekretaris Dewan)
_MEMBER = "Anggota"  # the post of a parliament's member (Legislator, wakil rakyat)
_GOVERNMENT = "regional_government"
_ADMINISTRATIVE = " Administrasi "  # a Jakarta city, with a council (Dewan Kota) of its own
_OR = "atau"  # "Dewan Perwakilan Rakyat Daerah atau DPRD Kota X": a name and its short form


def member_words() -> frozenset[str]:
    """The lower-case words the press writes right after a member's parliament, before his
    party or fraction and the place he represents ("dari", "asal", "dapil")."""
    words = parliament_words()
    return frozenset(
        w for w in {*words.froms, *(key[0] for key in words.constituencies)} if w.islower()
    )


def member_tail(kb: KnowledgeBase, words: list[str], ent_at: dict[int, Span], k: int) -> int:
    """Where a member's name may begin after his parliament, or a body of one, ending at
    token ``k`` (:meth:`ParliamentPosts.tail`: past his party or fraction and the place he
    represents)."""
    return ParliamentPosts(kb).tail(words, ent_at, k)


@dataclass(frozen=True, slots=True)
class PostTitle:
    """A post before a parliament: where the title ends, the role and the organisation."""

    end: int
    role: str
    org: str | None


class ParliamentPosts:
    """Members' and officers' titles before a parliament and what stands before their names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = parliament_words()
        # the words a member's or officer's title may begin with ("Ketua", "Waka", "Senator")
        self.heads = (
            first_words(self.words.posts)
            | frozenset(self.words.members)
            | frozenset(words[0] for words in self.words.spokesmen)
        )

    def title(self, words: list[str], ent_at: dict[int, Span], i: int) -> PostTitle | None:
        """A post at ``words[i]`` before a parliament or a body of one ("Wakil Ketua II DPRD
        Kabupaten Klaten", "Anggota Komisi IX DPR RI", "Waka I DPRD Jatim", "Sekretaris Dewan
        (Sekwan) DPRD Sumbar"), or before a fraction whose parliament is not written (no
        organisation: "Ketua Fraksi PKS Nama"); a member named by a word of his own ("Senator
        asal Jawa Barat"); else None. The longest post written at ``i`` is tried first."""
        if words[i] in self.words.members:
            return self._member(words, ent_at, i)
        for size in range(min(_MAX_POST, len(words) - i), 0, -1):
            written = tuple(words[i : i + size])
            post = self.words.posts.get(written)
            if post is not None:
                found = self._post(words, ent_at, i + size, post)
                if found is None and written in self.words.council_secretaries:
                    found = self._council_secretary(words, ent_at, i + size)
                if found is not None:
                    return found
        return None

    def _council_secretary(
        self, words: list[str], ent_at: dict[int, Span], k: int
    ) -> PostTitle | None:
        """The secretary of a regional parliament named by the council's own word for him and
        the region alone ("Sekwan Kabupaten Lahat", "Sekretaris Dewan Kota Padang", "Sekretaris
        Dewan (Sekwan) Kabupaten Toba": the post's short form may follow it): the region's
        government (the head of its council's secretariat); a Jakarta city's "Dewan Kota" is a
        council of its own, so no administrative city is read so."""
        k = skip_bracket(words, k)
        place = ent_at.get(k)
        if place is None or place.start != k or not self._region(place):
            return None
        entry = self.kb.by_id[place._.org_id or ""][0]
        phrase = f"{KIND_WORDS[entry.kind]} {bare_place(entry.canonical)}"
        government = self.kb.lookup("Pemerintah " + phrase)
        if government is None or government.kind != _GOVERNMENT:
            return None
        if _ADMINISTRATIVE in government.canonical:
            return None  # "Dewan Kota Jakarta Selatan": the city's own council
        council = council_name(self.kb, self.words.council_head, phrase)
        return PostTitle(int(place.end), f"{_SECRETARY} {council}", government.canonical)

    def _region(self, place: Span) -> bool:
        entries = self.kb.by_id.get(place._.org_id or "")
        return place.label_ == "LOC" and entries is not None and entries[0].kind in REGION_KINDS

    def _post(
        self, words: list[str], ent_at: dict[int, Span], k: int, post: str
    ) -> PostTitle | None:
        """The post ``post`` whose words end at ``k``, with what follows it."""
        if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
            k += 3  # "Sekretaris Dewan (Sekwan) DPRD X": the post's short form
        extra = ""
        if k + 1 < len(words) and words[k] in _ORDINALS and k + 1 in ent_at:
            extra = " " + words[k]  # "Wakil Ketua II DPRD ..."
            k += 1
        ent = ent_at.get(k)
        if post == _MEMBER and ent is not None and ent.start == k and is_party(self.kb, ent):
            after = ent_at.get(int(ent.end))
            if after is not None and after.start == ent.end and after.label_ == "ORG":
                ent, k = after, int(ent.end)  # "Legislator Partai Golkar DPRD X": his party
        short = self._short_form(words, ent_at, k)
        if short is not None:
            ent, k = short, int(short.start)
        if ent is None or ent.start != k or ent.label_ != "ORG":
            if words[k : k + 1] and words[k] in self.words.fractions:
                party = ent_at.get(k + 1)
                if party is not None and party.start == k + 1 and is_party(self.kb, party):
                    role = f"{post} {words[k]} {party._.canonical}"
                    return PostTitle(self.tail(words, ent_at, int(party.end)), role, None)
            return None
        canonical = str(ent._.canonical or "")
        body = parliament_of(canonical)
        if body is None:
            return None
        role = f"{post}{extra} {canonical}"
        org: str | None = body
        if post == _SECRETARY and canonical == body and regional_parliament(body):
            org = self._government(body)
        return PostTitle(self.tail(words, ent_at, self._own_place(words, ent_at, ent)), role, org)

    def _short_form(self, words: list[str], ent_at: dict[int, Span], k: int) -> Span | None:
        """The parliament's short form with its place, written after its name and "atau"
        at ``k`` ("Dewan Perwakilan Rakyat Daerah atau DPRD Kota X": the short form names
        the parliament in full), else None."""
        for name in (self.words.council_head, *self.words.parliaments):
            written = name.split()
            end = k + len(written)
            if words[k:end] != written or words[end : end + 1] != [_OR]:
                continue
            other = ent_at.get(end + 1)
            if other is None or other.start != end + 1 or other.label_ != "ORG":
                return None
            return other if str(other._.canonical or "").startswith(name + " ") else None
        return None

    def _government(self, parliament: str) -> str | None:
        """:func:`parliament_government` of this knowledge base."""
        return parliament_government(self.kb, parliament)

    @staticmethod
    def _own_place(words: list[str], ent_at: dict[int, Span], ent: Span) -> int:
        """Where a parliament's name ends once the place it is named with, written after its
        short form in brackets, is taken in ("Dewan Perwakilan Rakyat Daerah (DPRD) Kota
        Bandung": the span is the head, named with the place)."""
        end = int(ent.end)
        close = skip_bracket(words, end)
        place = ent_at.get(close)
        if close == end or place is None or place.start != close or place.label_ != "LOC":
            return end
        last = bare_place(str(place._.canonical)).split(" ")[-1]
        return int(place.end) if str(ent._.canonical).endswith(" " + last) else end

    def _member(self, words: list[str], ent_at: dict[int, Span], i: int) -> PostTitle | None:
        """A member named by a word of his own ("Senator"), when his parliament follows
        ("Senator DPD RI Nama") or a province, with or without a constituency word
        ("Senator asal Jawa Barat Nama", "senator dari Aceh", "Senator Bali Nama"): a US
        senator ("Senator AS") is no member."""
        parliament = self.words.members[words[i]]
        k = i + 1
        ent = ent_at.get(k)
        named = (
            ent is not None
            and ent.start == k
            and ent.label_ == "ORG"
            and parliament_of(str(ent._.canonical or "")) == parliament
        )
        if named and ent is not None:
            k = int(ent.end)
            k += int(k < len(words) and words[k] == "RI")
        size = match_head(words, k, self.words.constituencies)
        place = ent_at.get(k + size)  # "Senator asal Bali", "Senator Bali"
        if place is not None and place.start == k + size and self._province(place):
            k = int(place.end)
        elif not named:
            return None
        # the role of a member as the press writes it of any parliament ("Anggota DPD")
        return PostTitle(self.tail(words, ent_at, k), f"Anggota {parliament}", parliament)

    def _province(self, place: Span) -> bool:
        entries = self.kb.by_id.get(place._.org_id or "")
        return place.label_ == "LOC" and entries is not None and entries[0].kind == "province"

    def after_body(self, words: list[str], covered: list[Span | None], ent: Span) -> int:
        """Where a name may begin after the parliament or body ``ent`` (``covered``: the span
        at each token): past what the press writes between it and a member's name (:meth:`tail`);
        ``ent.end`` when ``ent`` is no parliament."""
        if parliament_of(str(ent._.canonical or "")) is None:
            return int(ent.end)
        ent_at = {k: span for k, span in enumerate(covered) if span is not None}
        return self.tail(words, ent_at, int(ent.end))

    def tail(self, words: list[str], ent_at: dict[int, Span], k: int) -> int:
        """Skip what the press writes between a member's parliament and name: "RI", a
        bracketed short form, the party or fraction ("dari Fraksi Partai Golkar", "Fraksi
        PKS", "dari Partai Gerindra") and the place represented ("asal Jawa Tengah", "dapil
        Jawa Barat II") or its number ("Dapil 3", "daerah pemilihan (Dapil) III")."""
        n = len(words)
        for _ in range(5):
            j = self._between(words, k)
            if j + 1 < n and words[j] == "," and words[j + 1] in self.words.fractions:
                j += 1  # "Anggota Komisi XI DPR, Fraksi PKS, Nama"
            elif (
                j + 2 < n
                and words[j] == ","
                and words[j + 1] in self.words.froms
                and (
                    words[j + 2] in self.words.fractions
                    or self._party_end(words, ent_at, j + 2, False)
                )
            ):
                j += 1  # "Ketua Komisi III DPRD X, dari Fraksi PDI Perjuangan Nama"
            if j < n and words[j] == "(" and ")" in words[j + 2 : j + 6]:
                j = words.index(")", j + 2) + 1  # "(Fraksi PKB)", "(F-PKS)"
            if j < n and words[j] in self.words.froms:
                j += 1
            fraction = j < n and words[j] in self.words.fractions
            j += int(fraction)
            end = self._party_end(words, ent_at, j, fraction)
            if end:
                j = end
            elif j > k and words[j - 1] in self.words.froms:
                j -= 1  # "dari" without a party: not skipped
            size = match_head(words, j, self.words.constituencies)
            size += match_head(words, j + size, self.words.constituencies) if size else 0
            if size:  # "asal Jawa Tengah", "dari Dapil Jawa Timur VIII"
                at = skip_bracket(words, j + size)  # "daerah pemilihan (Dapil) 3"
                place = ent_at.get(at)
                if place is not None and place.start == at and place.label_ == "LOC":
                    districts = any(
                        match_head(words, x, self.words.districts) for x in range(j, j + size)
                    )
                    j = int(place.end)
                    if j < n and words[j] in BODY_NUMBERS and (districts or words[j] != "I"):
                        j += 1  # "dapil Jawa Barat II"; "asal Bali I Made ...": a name
                elif (
                    at < n
                    and at not in ent_at
                    and words[at] in _DISTRICT_NUMBERS
                    and words[j + size - 1] not in self.words.froms
                ):
                    j = at + 1  # "Dapil 3", "dapil III": the constituency by its number
            size = match_head(words, j, self.words.asides)
            if size:  # "yang juga politikus Gerindra", "politikus Demokrat": a party after it
                j = self._party_end(words, ent_at, j + size, True) or j
            size = match_head(words, j, self.words.field_asides)
            if size:  # "yang membidangi pendidikan, Nama": the body's field, then a comma
                j = self._field_aside_end(words, ent_at, j + size) or j
            if j == k:
                break
            k = j
        return k

    @staticmethod
    def _field_aside_end(words: list[str], ent_at: dict[int, Span], k: int) -> int:
        """Where a body's field written after "yang membidangi" ends: at the comma closing
        one to four words with no entity among them ("pendidikan dan kesehatan,"); else 0."""
        for j in range(k + 1, min(k + _MAX_FIELD_ASIDE + 1, len(words))):
            if j - 1 in ent_at:
                return 0
            if words[j] == ",":
                return j
        return 0

    def _between(self, words: list[str], k: int) -> int:
        """Skip the words without entities between a parliament and a member's name at ``k``:
        "RI", a body after the parliament ("Komisi VIII"), a term ("periode 2019-2024"),
        "terpilih"."""
        n = len(words)
        if k < n and words[k] == "RI":
            k += 1
        if k + 1 < n and words[k] in self.words.inner_bodies and words[k + 1] in BODY_NUMBERS:
            k += 2  # "Anggota DPR RI Komisi VIII Nama"
        size = match_head(words, k, self.words.terms)
        if size and k + size < n and words[k + size].isdigit():
            k += size + 1  # "periode 2019-2024", "masa jabatan 2019-2024"
            while k + 1 < n and words[k] in ("-", "/", "–") and words[k + 1].isdigit():
                k += 2
        if k < n and words[k] in self.words.qualifiers:
            k += 1  # "Anggota DPR terpilih Nama"
        return k

    def _party_end(self, words: list[str], ent_at: dict[int, Span], j: int, fraction: bool) -> int:
        """Where a party written at ``words[j]`` ends (0 when none is): a party the gazetteer
        tagged ("Partai Golkar", "PDIP"), a fraction's short form ("F-PKS", "FPKB", "FPG"),
        or after a fraction word the party's name without "Partai" ("Fraksi Demokrat")."""
        if j >= len(words):
            return 0
        party = ent_at.get(j)
        if party is not None and party.start == j and is_party(self.kb, party):
            return int(party.end)
        word = words[j]
        if word == "F" and j + 2 < len(words) and words[j + 1] == "-":
            if short_party(self.kb, "F" + words[j + 2]) is not None:
                return j + 3  # "F-PG", "F-PD": as "FPG", "FPD"
            return self._party_end(words, ent_at, j + 2, True)  # "F-PKS", "F-Demokrat"
        if short_party(self.kb, word) is not None:
            return j + 1  # "FPKB", "FPG"
        if not fraction:
            return 0
        found = bare_party(self.kb, words, j)  # "Fraksi Demokrat", "Fraksi Persatuan Pembangunan"
        return (
            found[1]
            if found is not None and not any(x in ent_at for x in range(j, found[1]))
            else 0
        )
