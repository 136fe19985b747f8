"""Parliaments, their bodies and their members as the press writes them.

- bodies of a parliament written right before it are one ORG with it: "Badan Kehormatan DPRD
  Sumut", "Banggar DPRD Jateng", "Pansus Raperda RTRW DPRD Kota Bekasi", "Fraksi PKS DPRD
  Kota Depok", "F-PKS DPRD Kota Depok", "FPKB DPRD X" (a party's group, by its word or
  its short form: "Fraksi", the party's full name, then the parliament's);
- a member's or officer's title (``post``) before a parliament or a body of one names the
  post and the body in full ("Anggota Komisi D Dewan Perwakilan Rakyat Daerah Kabupaten
  Sleman"); the organisation is the parliament itself (guidelines: its commissions, bodies
  and fractions belong to it); a fraction whose parliament is not written gives none;
- between the parliament and the name the press may write the member's party or fraction
  ("dari Fraksi Partai Golkar", "Fraksi PKS") and the place a member represents ("asal
  Jawa Tengah", "dapil Bali"): the name follows them;
- a vice chair is also written "Waka I", an acting chair "Ketua Sementara"/"Ketua
  sementara", a post's own short form may follow it ("Sekretaris Dewan (Sekwan) DPRD X");
- a DPD member is also a "Senator" when the DPD or a province he represents follows
  ("Senator asal Jawa Barat", "Senator DPD RI Nama"); a US senator is no member;
- the secretary of a regional parliament (Sekretaris DPRD, Sekwan) heads its secretariat, a
  regional-government apparatus (UU 23/2014 art. 209, PP 18/2016 art. 5) whose officials are the
  region's civil servants: the press names him with the parliament, but his organisation is
  the region's government, as that of the secretariat's other officials (a commission's
  secretary, "Sekretaris Komisi A DPRD X", is a member: the parliament); the council's own
  word for him may stand with the region alone ("Sekwan Kabupaten X", "Sekretaris Dewan Kota
  X"), save a Jakarta city's, whose "Dewan Kota" is a council of its own;
- a regional parliament's full name is read as one, also where a national parliament's
  name or a body of it ends before "Daerah" ("Badan Anggaran Dewan Perwakilan Rakyat Daerah
  Kota X": the regional parliament's budget body);
- a regional parliament is named like its region's government ("DPRD DIY": Dewan
  Perwakilan Rakyat Daerah Provinsi Daerah Istimewa Yogyakarta), or by the name of its own
  the knowledge base holds (kind ``regional_parliament``: "DPRD Aceh" is the Dewan
  Perwakilan Rakyat Aceh, "DPR Papua" the Dewan Perwakilan Rakyat Papua).

Words and bodies live in ``models/lexicons/parliaments.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..extensions import span_attr
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import first_words, match_head
from ..name_shapes import ROMAN_NUMERALS
from ..regions import KIND_WORDS, bare_place
from ..resources import read_tsv
from ..spans import doc_text
from .regional_posts import governing_region
from .title_parts import skip_bracket

_ORDINALS = frozenset({"I", "II", "III", "IV", "V", "1", "2", "3", "4", "5"})
# how the press numbers a commission, a committee and an electoral district ("Komisi XIII",
# "Komisi E", "Dapil Jatim XI", "dapil 3")
_NUMBERS = frozenset({*ROMAN_NUMERALS, "A", "B", "C", "D", "E", *(str(n) for n in range(1, 14))})
# how the press numbers a constituency written without its place ("Dapil 3", "dapil VII")
_DISTRICT_NUMBERS = frozenset({*ROMAN_NUMERALS, *(str(n) for n in range(1, 14))})
_PARTY = "party"  # the knowledge base's kind of a political party
_OWN_NAME = "regional_parliament"  # a province's parliament with a name of its own (DPRA, DPRP)
# free words of a named body ("Pansus Hak Angket", "Pansus Raperda tentang Pajak Daerah dan
# Retribusi Daerah")
_MAX_NAMED = 8
_MAX_POST = 3  # words of a post ("Wakil Ketua Sementara")
_MAX_FIELD_ASIDE = 4  # words of a body's field after "yang membidangi" ("pendidikan dan kesehatan")
_SECRETARY = "Sekretaris"  # the post of a parliament's secretary (Sekwan, Sekretaris Dewan)
_GOVERNMENT = "regional_government"
_ADMINISTRATIVE = " Administrasi "  # a Jakarta city, with a council (Dewan Kota) of its own
_REGION_KINDS = tuple(word + " " for word in KIND_WORDS.values())  # "Provinsi ", "Kabupaten ", ...
NewSpan = tuple[Span, str, dict[str, str | None]]


@dataclass(frozen=True, slots=True)
class _Words:
    """The tables of ``parliaments.tsv``, by kind (key: the words as tokens)."""

    parliaments: tuple[str, ...]
    posts: dict[tuple[str, ...], str]
    bodies: dict[tuple[str, ...], str]
    named: dict[tuple[str, ...], str]
    fractions: frozenset[str]
    fraction_word: str  # a fraction's word as a canonical writes it ("Fraksi")
    council_secretaries: frozenset[tuple[str, ...]]
    council_head: str  # a regional parliament's head, as its canonical opens
    froms: frozenset[str]
    constituencies: frozenset[tuple[str, ...]]
    districts: frozenset[tuple[str, ...]]
    misread: dict[str, str]
    members: dict[str, str]
    marks: tuple[str, ...]
    fraction_forms: dict[str, str]
    inner_bodies: frozenset[str]
    terms: frozenset[tuple[str, ...]]
    named_joins: frozenset[str]
    qualifiers: frozenset[str]
    asides: dict[tuple[str, ...], str]
    field_asides: frozenset[tuple[str, ...]]


@cache
def _words() -> _Words:
    rows = read_tsv("lexicons/parliaments.tsv", 3)

    def table(kind: str) -> dict[tuple[str, ...], str]:
        # a hyphen may be a token of its own ("Antar-Parlemen": "Antar", "-", "Parlemen") or
        # not ("Undang-Undang"): both are keys
        return {
            key: words if full == "-" else full
            for words, k, full in rows
            if k == kind
            for key in (tuple(words.split()), tuple(words.replace("-", " - ").split()))
        }

    return _Words(
        parliaments=tuple(words for words, kind, _ in rows if kind == "parliament"),
        posts=table("post"),
        bodies=table("body"),
        named=table("named_body"),
        fractions=frozenset(words for words, kind, _ in rows if kind == "fraction"),
        fraction_word=next(words for words, kind, _ in rows if kind == "fraction"),
        council_secretaries=frozenset(table("council_secretary")),
        council_head=next(words for words, kind, _ in rows if kind == "council_head"),
        froms=frozenset(words for words, kind, _ in rows if kind == "from"),
        constituencies=frozenset(table("constituency")),
        districts=frozenset(table("district")),
        misread={words: full for words, kind, full in rows if kind == "misread"},
        members={words: full for words, kind, full in rows if kind == "member"},
        marks=tuple(words for words, kind, _ in rows if kind == "mark"),
        fraction_forms={words: full for words, kind, full in rows if kind == "fraction_form"},
        inner_bodies=frozenset(words for words, kind, _ in rows if kind == "inner_body"),
        terms=frozenset(table("term")),
        named_joins=frozenset(words for words, kind, _ in rows if kind == "named_join"),
        qualifiers=frozenset(words for words, kind, _ in rows if kind == "qualifier"),
        asides=table("aside"),
        field_asides=frozenset(table("field_aside")),
    )


def _short_fraction(word: str) -> bool:
    """True when ``word`` may open a fraction's short form: "F" ("F-PKS") or "F" and a
    capital ("FPKB", "FPG")."""
    return word[:1] == "F" and (len(word) == 1 or word[1:2].isupper())


def _short_form_open(words: list[str], k: int) -> int:
    """Where the bracket opens when a fraction's short form in brackets ends right before
    token ``k`` ("Fraksi PDI Perjuangan (F-PDIP) | DPRD X"), else -1."""
    if k < 3 or words[k - 1] != ")":
        return -1
    for j in range(k - 3, max(-1, k - 6), -1):
        if words[j] == "(":
            return j if _short_fraction(words[j + 1]) else -1
    return -1


def parliament_of(canonical: str) -> str | None:
    """The parliament an organisation's canonical names: itself ("Dewan Perwakilan Rakyat
    Daerah Kota Surabaya"), or the parliament a body of it ends with ("Komisi IX Dewan
    Perwakilan Rakyat" -> Dewan Perwakilan Rakyat); else None."""
    if "Perwakilan" not in canonical and "Permusyawaratan" not in canonical:
        return None  # cheap precheck
    for name in _words().parliaments:
        if canonical.startswith(name):
            return canonical
        at = canonical.find(" " + name)
        if at >= 0:
            return canonical[at + 1 :]
    return None


def regional_parliament(org: str) -> bool:
    """True when ``org`` is a regional parliament, whose name holds its region."""
    found = parliament_of(org)
    return found is not None and found not in _words().parliaments


def parliament_government(kb: KnowledgeBase, parliament: str) -> str | None:
    """The government of a regional parliament's region ("Dewan Perwakilan Rakyat Daerah
    Kota Semarang" -> Pemerintah Kota Semarang; "Dewan Perwakilan Rakyat Aceh" -> Pemerintah
    Provinsi Aceh), or None when the knowledge base holds none."""
    region = parliament.removeprefix("Dewan Perwakilan Rakyat ").removeprefix("Daerah ")
    if not region.startswith(_REGION_KINDS):
        region = "Provinsi " + region
    found = kb.lookup("Pemerintah " + region)
    return found.canonical if found is not None and found.label == "ORG" else None


def member_words() -> frozenset[str]:
    """The lower-case words the press writes right after a member's parliament, before his
    party or fraction and the place he represents ("dari", "asal", "dapil")."""
    words = _words()
    return frozenset(
        w for w in {*words.froms, *(key[0] for key in words.constituencies)} if w.islower()
    )


def member_tail(kb: KnowledgeBase, words: list[str], ent_at: dict[int, Span], k: int) -> int:
    """Where a member's name may begin after his parliament, or a body of one, ending at
    token ``k`` (:meth:`Parliaments.tail`: past his party or fraction and the place he
    represents)."""
    return Parliaments(kb).tail(words, ent_at, k)


@dataclass(frozen=True, slots=True)
class PostTitle:
    """A post before a parliament: where the title ends, the role and the organisation."""

    end: int
    role: str
    org: str | None


class Parliaments:
    """Parliament bodies as ORG spans, members' titles and what stands before their names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = _words()
        self.firsts = first_words({**self.words.bodies, **self.words.named}) | self.words.fractions
        # the words a member's or officer's title may begin with ("Ketua", "Waka", "Senator")
        self.heads = first_words(self.words.posts) | frozenset(self.words.members)

    # -- organisations ----------------------------------------------------------------
    def misread(self, doc: Doc, words: list[str]) -> list[Span]:
        """Gazetteer spans that end with the first words of a longer body: "Dewan
        Perwakilan Rakyat" in "Dewan Perwakilan Rakyat Daerah Provinsi Bali", and a national
        parliament's body before it ("Badan Anggaran Dewan Perwakilan Rakyat" + "Daerah ...":
        the regional parliament's); the unit rules build the longer body."""
        out: list[Span] = []
        text = doc_text(doc)
        if not any(after in text for after in self.words.misread.values()):
            return out  # cheap precheck on the text
        for ent in doc.ents:
            if ent.end >= len(words):
                continue
            # the words as read: "Dewan Perwakilam Rakyat" misspelt is read as the name
            read = " ".join(words[ent.start : ent.end])
            for name, after in self.words.misread.items():
                if words[ent.end] == after and (read == name or read.endswith(" " + name)):
                    out.append(ent)
                    break
        return out

    def numbered_body(self, words: list[str], k: int) -> bool:
        """True when a parliament's inner body and its number or letter are written at token
        ``k`` ("Komisi I", "Komisi B"): a body of a parliament, with or without it written."""
        return (
            k + 1 < len(words) and words[k] in self.words.inner_bodies and words[k + 1] in _NUMBERS
        )

    def body_ends_at(self, words: list[str], k: int, end: int) -> bool:
        """True when the words from ``k`` to ``end`` are a parliament's body by name
        ("Badan Anggaran", "Banggar", "Badan Kehormatan"): a body of a parliament, with or
        without it written."""
        return tuple(words[k:end]) in self.words.bodies

    def council_name(self, head: str, place: str) -> str:
        """A regional parliament's canonical: its head and its region as the region's
        government names it ("Provinsi DI Yogyakarta" -> "Provinsi Daerah Istimewa
        Yogyakarta", as in "Pemerintah Provinsi Daerah Istimewa Yogyakarta"); a province
        whose parliament has a name of its own gives that name ("DPRD Aceh": Dewan
        Perwakilan Rakyat Aceh)."""
        if place.startswith("Kota "):  # "DPRD Jakarta": the province's parliament
            city = self.kb.lookup(place)
            if city is not None and city.label == "LOC":
                region = governing_region(self.kb, city)
                place = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
        if place.startswith("Provinsi "):
            province = place.removeprefix("Provinsi ")
            own = self.kb.lookup("DPR " + province)  # "DPRD Aceh": the DPRA (UU 11/2006)
            if own is not None and own.kind == _OWN_NAME:
                return own.canonical
            government = self.kb.lookup("Pemprov " + province)
            if government is not None and government.kind == "regional_government":
                place = government.canonical.removeprefix("Pemerintah ")
        return f"{head} {place}"

    def bodies(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """Bodies written right before a parliament: "Badan Kehormatan DPRD Sumut", "Pansus
        Hak Angket DPRD DKI", "Fraksi PKS DPRD Kota Depok", "Fraksi PKB DPR RI"."""
        out: list[NewSpan] = []
        text = doc_text(doc)
        if not any(mark in text for mark in self.words.marks):
            return out  # no parliament in the text
        if self.firsts.isdisjoint(words) and not any(_short_fraction(w) for w in words):
            return out  # no body's head in the text
        ents = list(doc.ents)
        ends = {ent.end: ent for ent in ents}
        for ent in ents:
            if ent.label_ != "ORG" or ent.start == 0:
                continue
            canonical = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            if parliament_of(canonical) != canonical:
                continue  # a body's own span ("Komisi D DPRD X") is built by the unit rules
            party = ends.get(ent.start) or ends.get(_short_form_open(words, ent.start))
            made = self._fraction(doc, words, party, ent)
            if made is None:
                made = self._body(doc, words, ent)
            if made is not None:
                out.append(made)
        return out

    def _fraction(
        self, doc: Doc, words: list[str], party: Span | None, body: Span
    ) -> NewSpan | None:
        """A party's group right before its parliament: the fraction's word and the party
        ("Fraksi PKS DPRD X"), or the fraction's short form ("F-PKS DPRD X", "FPKB DPRD X",
        "FPG DPRD X"): "Fraksi" and the party's name."""
        if party is not None and self._party(party) and party.start > 0:
            start, word, name = party.start - 1, words[party.start - 1], party._.canonical
            if word not in self.words.fractions:
                start, word = party.start - 2, self.words.fraction_word
                if not (start >= 0 and words[start] == "F" and words[start + 1] == "-"):
                    return None  # "F-PKS": the short form's letter, a hyphen, the party
        else:
            start, word = body.start - 1, self.words.fraction_word
            found = self._short_party(words[start]) if start >= 0 else None
            if found is None:
                return None
            name = found
        unit = f"{word} {name}"
        canonical = f"{unit} {body._.canonical}"
        span = Span(doc, start, body.end, label="ORG")
        return span, canonical, {"unit": unit, "parent_org": str(body._.canonical)}

    def _short_party(self, word: str) -> str | None:
        """The party a fraction's one-word short form names ("FPKB": Partai Kebangkitan
        Bangsa, "FPG": Partai Golkar), else None."""
        named = self.words.fraction_forms.get(word)
        if named is None and len(word) > 2 and _short_fraction(word):
            named = word[1:]  # "FPKB", "FNasDem"
        found = self.kb.lookup(named) if named else None
        return found.canonical if found is not None and found.kind == _PARTY else None

    def _body(self, doc: Doc, words: list[str], body: Span) -> NewSpan | None:
        s = body.start
        if s >= 3 and words[s - 3] == "(" and words[s - 1] == ")":
            s -= 3  # "Badan Musyawarah (Banmus) DPRD X": the body's short form
        for key, full in self.words.bodies.items():
            n = len(key)
            if s >= n and tuple(words[s - n : s]) == key:
                return self._unit_span(doc, s - n, body, full)
        # a named body: its head (and its short form), then a few capitalised words
        s = body.start
        for k in range(s - 1, max(-1, s - _MAX_NAMED - 5), -1):
            size = match_head(words, k, self.words.named)
            if size and not (k and words[k - 1] == "("):  # not the short form in brackets
                free = words[k + size : s]
                if free[:1] == ["("] and free[2:3] == [")"]:
                    free = free[3:]  # "Panitia Khusus (Pansus) LKPJ"
                if 0 < len(free) <= _MAX_NAMED and self._named_words(free):
                    full = self.words.named[tuple(words[k : k + size])]
                    return self._unit_span(doc, k, body, " ".join([full, *free]))
                return None
            word = words[k]
            if not (word[:1].isupper() or word in ("(", ")") or word in self.words.named_joins):
                return None
        return None

    def _named_words(self, free: list[str]) -> bool:
        """True when ``free`` may name a body: capitalised words, a joining word between two
        of them ("Raperda tentang Pajak Daerah dan Retribusi Daerah")."""
        joins = self.words.named_joins
        if free[0] in joins or free[-1] in joins:
            return False
        return all(w[:1].isupper() or w in joins for w in free)

    @staticmethod
    def _unit_span(doc: Doc, start: int, body: Span, unit: str) -> NewSpan:
        canonical = f"{unit} {body._.canonical}"
        span = Span(doc, start, body.end, label="ORG")
        return span, canonical, {"unit": unit, "parent_org": str(body._.canonical)}

    def _party(self, ent: Span) -> bool:
        entries = self.kb.by_id.get(ent._.org_id or "")
        return ent.label_ == "ORG" and entries is not None and entries[0].kind == _PARTY

    # -- titles -----------------------------------------------------------------------
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
        the region alone ("Sekwan Kabupaten Lahat", "Sekretaris Dewan Kota Padang"): the
        region's government (the head of its council's secretariat); a Jakarta city's "Dewan
        Kota" is a council of its own, so no administrative city is read so."""
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
        council = self.council_name(self.words.council_head, phrase)
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
        if ent is None or ent.start != k or ent.label_ != "ORG":
            if words[k : k + 1] and words[k] in self.words.fractions:
                party = ent_at.get(k + 1)
                if party is not None and party.start == k + 1 and self._party(party):
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
                    if j < n and words[j] in _NUMBERS and (districts or words[j] != "I"):
                        j += 1  # "dapil Jawa Barat II"; "asal Bali I Made ...": a name
                elif (
                    at < n
                    and at not in ent_at
                    and words[at] in _DISTRICT_NUMBERS
                    and words[j + size - 1] not in self.words.froms
                ):
                    j = at + 1  # "Dapil 3", "dapil III": the constituency by its number
            size = match_head(words, j, self.words.asides)
            if size:  # "yang juga politikus Gerindra": only with a party after it
                j = self._party_end(words, ent_at, j + size, False) or j
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
        if k + 1 < n and words[k] in self.words.inner_bodies and words[k + 1] in _NUMBERS:
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
        if party is not None and party.start == j and self._party(party):
            return int(party.end)
        word = words[j]
        if word == "F" and j + 2 < len(words) and words[j + 1] == "-":
            return self._party_end(words, ent_at, j + 2, True)  # "F-PKS", "F-Demokrat"
        if self._short_party(word) is not None:
            return j + 1  # "FPKB", "FPG"
        if not (fraction and word[:1].isupper()):
            return 0
        found = self.kb.lookup("Partai " + word)  # "Fraksi Demokrat", "Fraksi Hanura"
        return j + 1 if found is not None and found.kind == _PARTY else 0
