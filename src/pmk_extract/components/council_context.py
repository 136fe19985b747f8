"""A regional parliament's post written with a body of it and no parliament, its parliament
read from the document.

News names a regional parliament once and then writes its members' and officers' posts with
the body alone: "DPRD Kabupaten X menggelar rapat ... Ketua Komisi D Nama", "Ketua Banggar
Nama", "Ketua Badan Kehormatan (BK) Nama", "Ketua Pansus LKPJ Nama", "Ketua Pansus Nama",
"Ketua Fraksi PKS Nama", "Anggota F-PKB, Nama", "Wakil Ketua Dewan, Nama" (the council's word
in lower case too: "kata anggota dewan Nama"), "Sekwan Nama", a vice chair by his number
("Wakil Ketua II Nama": only when the last body named is the parliament) or alone ("didampingi
Wakil Ketua Nama": only when the last organisation named is the parliament itself), its
temporary chair or vice chair ("Ketua Sementara, Nama": a newly sworn parliament's), a member by
the press's word for one with his party at most ("Legislator PKB Nama", "wakil rakyat Nama";
none with the place he represents after it, "Legislator asal Jawa Tengah Nama": the DPR's?),
a party group's spokesman after it ("Fraksi Partai Golkar melalui juru bicaranya, Nama"). A
name not set off after the council's word may open with a word of the dictionary that is a
word of a known person's name, a word of no dictionary after it ("Sekretaris Dewan Muhammad
Yuliadi"; "Ketua Dewan Pendidikan Nama" is another council's). The bodies a regional
parliament has (PP 12/2018 art. 33: commissions, Badan Musyawarah, Badan Anggaran,
Bapemperda, Badan Kehormatan, special committees, party groups) are the ``council_body``
lines of ``lexicons/parliaments.tsv``; "Dewan" alone is the council itself.

The parliament is the ONE regional parliament the text named before the post, as itself or
by a body or a post of it ("DPRD X", "Gedung DPRD X", "Ketua DPRD X Nama", "Komisi A DPRD
X"); with none named, where the text wrote a regional parliament without its region before
("menyerahkan rancangan ke DPRD"), the parliament of the one region the document establishes
(``doc_regions.DocumentRegions.body_region``: the one region named as a body, else the
dateline's). None when two regional parliaments are named before, or a national parliament
(DPR, DPD, MPR) anywhere in the text: whose commission? A commission in a text that names no
regional parliament is none (many bodies have a "Komisi").

The role is the post, the body written out and the parliament ("Ketua Komisi D Dewan
Perwakilan Rakyat Daerah Kabupaten X"); the organisation is the parliament, and for its
secretary ("Sekwan", "Sekretaris Dewan") the region's government (``parliament_posts.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import APPOSITION_MARKS
from ..regions import KIND_WORDS, bare_place
from ..resources import read_tsv
from ..stemming import regular_derivation
from ..unit_kinds import COUNCIL
from .bare_posts import BarePosts
from .doc_regions import DocumentRegions
from .parliament_posts import member_tail
from .parliaments import (
    BODY_NUMBERS,
    OWN_NAME_KIND,
    bare_party,
    body_number,
    council_name,
    is_party,
    parliament_government,
    parliament_of,
    parliament_words,
    short_party,
)
from .title_parts import Title, clause_opens, prefixed, skip_bracket

_POST_WORDS = 3  # words of a post ("Wakil Ketua Sementara")
_NAMED_WORDS = 3  # words naming a special committee ("Pansus Ranperda RTRW")
_SECRETARY = "Sekretaris"  # the post of the council's secretary
_MAX_NAMED = 8  # words of a special committee's name before a comma
_THROUGH = "melalui"  # "Fraksi X melalui juru bicaranya, Nama": the body speaks through him
_SPOKESMAN = "Juru Bicara"  # the post of a body's spokesman
_NAME_WORDS = 4  # words of a name opening a clause before its post ("Nama Lengkap Ketua ...")
# the numbers of a regional parliament's vice chairs ("Wakil Ketua II", "Waka 1")
_LEAD_NUMBERS = frozenset({"I", "II", "III", "IV", "1", "2", "3", "4"})


@cache
def _council_words() -> dict[str, frozenset[str]]:
    """The words of each kind of ``lexicons/parliaments.tsv`` this module reads, read once."""
    kinds = ("council_body", "joint_fraction", "numbered_lead", "draft_law", "council_word")
    rows = read_tsv("lexicons/parliaments.tsv", 3)
    return {kind: frozenset(words for words, k, _ in rows if k == kind) for kind in kinds}


@cache
def _council_posts() -> dict[str, dict[tuple[str, ...], str]]:
    """The posts of each kind of ``lexicons/parliaments.tsv`` written without a body
    (``council_lead``, ``legislator``, ``bare_lead``, ``interim_lead``): the words as tokens,
    their post."""
    kinds = ("council_lead", "legislator", "bare_lead", "interim_lead")
    rows = read_tsv("lexicons/parliaments.tsv", 3)
    return {
        kind: {
            tuple(words.split()): words if full == "-" else full
            for words, k, full in rows
            if k == kind
        }
        for kind in kinds
    }


@cache
def _capital_forms() -> dict[str, str]:
    """Each word of ``lexicons/parliaments.tsv`` written in capitals, as the table writes it
    ("KETUA": Ketua, "KOMISI": Komisi, "SEKWAN": Sekwan); an acronym the table writes in
    capitals ("PKS", "DPRD") is its own form. Headlines and datelines write posts so."""
    out: dict[str, str] = {}
    for words, _, _ in read_tsv("lexicons/parliaments.tsv", 3):
        for word in words.split():
            if not word.isupper() and word[:1].isupper():
                out.setdefault(word.upper(), word)
    return out


def _recased(words: list[str], i: int) -> list[str]:
    """``words`` with the run of words in capitals at ``i`` written as ``parliaments.tsv``
    writes them ("KETUA KOMISI A Nama": "Ketua Komisi A Nama"); the others as written."""
    forms = _capital_forms()
    if not (words[i].isupper() and words[i] in forms):
        return words
    out = list(words)
    k = i
    while k < len(words) and (words[k].isupper() or not words[k].isalpha()):
        out[k] = forms.get(words[k], words[k])
        k += 1
    return out


@cache
def council_bodies() -> frozenset[tuple[str, ...]]:
    """The words naming the bodies a regional parliament has (``council_body`` lines of
    ``lexicons/parliaments.tsv``), as word tuples."""
    return frozenset(tuple(words.split()) for words in _council_words()["council_body"])


def joint_fractions() -> frozenset[str]:
    """The words after "Fraksi" naming a joint group of parties ("Gabungan":
    ``joint_fraction`` lines of ``lexicons/parliaments.tsv``)."""
    return _council_words()["joint_fraction"]


def named_parliaments(
    kb: KnowledgeBase, lex: Lexicons, ents: Iterable[Span], start: int
) -> tuple[set[str], bool]:
    """The regional parliaments the entities before token ``start`` name, by themselves or by
    a body of them ("DPRD X", "Komisi A DPRD X"), or as a council's short form right before a
    region ("DPRD | Kota X": the unit reader builds that span in the pass that asks), and
    whether a national parliament (DPR, DPD, MPR) is named anywhere."""
    found: set[str] = set()
    national = False
    for ent in ents:
        if ent.label_ == "ORG":
            parliament = parliament_of(str(ent._.canonical or ""))
            if parliament is None:
                continue
            if parliament in parliament_words().parliaments:
                national = True
            elif ent.end <= start:
                found.add(parliament)
            continue
        head = ent.doc[ent.start - 1].text if ent.start else ""
        if ent.label_ != "LOC" or ent.end > start or lex.unit_heads.get((head,)) != COUNCIL:
            continue
        entries = kb.by_id.get(ent._.org_id or "")
        if entries and entries[0].kind in REGION_KINDS:
            phrase = f"{KIND_WORDS[entries[0].kind]} {bare_place(entries[0].canonical)}"
            found.add(council_name(kb, lex.expand(head), phrase))
    return found, national


def parliament_place(kb: KnowledgeBase, parliament: str) -> str | None:
    """The region a regional parliament is of, as its government names it ("Kabupaten X",
    "Provinsi Aceh" for the Dewan Perwakilan Rakyat Aceh), or None."""
    government = parliament_government(kb, parliament)
    return government.removeprefix("Pemerintah ") if government is not None else None


class CouncilContext:
    """Read a regional parliament's post written with a body of it and no parliament (see
    the module docstring)."""

    def __init__(
        self, kb: KnowledgeBase, lex: Lexicons, bare: BarePosts, name_words: frozenset[str]
    ) -> None:
        self.kb = kb
        self.lex = lex
        self.bare = bare
        self.words = parliament_words()
        self.keys = council_bodies()
        self.name_words = name_words  # the words of the known people's names
        self.posts = _council_posts()
        # the words a post with no body after it begins with ("anggota", "wakil rakyat")
        self.heads = frozenset(key[0] for table in self.posts.values() for key in table)
        # the same posts in capitals ("KETUA KOMISI A Nama", "SEKWAN Nama": _recased)
        firsts = self.heads | {key[0] for key in self.words.posts}
        self.heads |= frozenset(w.upper() for w in firsts if w.upper() in _capital_forms())

    def title(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        context: DocumentRegions,
    ) -> Title | None:
        """The post at token ``i`` with its body and the parliament the document gives, or
        None; a post in capitals read as the table writes it (:func:`_recased`)."""
        words = _recased(words, i)
        read = self._post(words, ent_at, i)
        if read is None:
            return None
        post, body, k, strict, alone = read
        if k < len(words) and (k in ent_at or self._parliament_word(words[k])):
            return None  # "Ketua Komisi A DPRD X Nama": the parliament is written
        k = member_tail(self.kb, words, ent_at, k)  # "Anggota Fraksi PKS dapil 3 Nama"
        closed = words[k - 1].endswith(".")  # "kata Nama, anggota Komisi C.": no name after
        if (closed or not self._name_follows(words, names, ent_at, k, strict)) and not (
            _name_before(words, names, i, k) or (closed and i and words[i - 1] == ",")
        ):
            return None
        parliament = self.parliament(context, i, not body and post == _SECRETARY)
        if parliament is None:
            if not body or body.startswith(self.words.fraction_word) or self._names_any(context):
                return None
            # "Ketua Banggar Nama" in a text naming no parliament: the post ends before the
            # name ("Banggar" and "D" of "Komisi D" are no name words), whose is not known
            return Title(k, prefixed(self.lex, words, i, f"{post} {body}"), None, inferred=True)
        numbered = not body and post.split()[-1] in _LEAD_NUMBERS
        if numbered and not _last_body(context, i, parliament):
            return None  # "Wakil Ketua II Nama" after another body was named: whose?
        if alone and not _last_body(context, i, parliament, itself=True):
            return None  # "Komisi A DPRD X ... Wakil Ketua Nama": the commission's?
        role = " ".join(part for part in (post, body, parliament) if part)
        org: str | None = parliament
        if post == _SECRETARY and not body:  # "Sekwan Nama": the region's government
            org = parliament_government(self.kb, parliament)
            if org is None:
                return None
        return Title(k, prefixed(self.lex, words, i, role), org, inferred=True)

    def _post(
        self, words: list[str], ent_at: dict[int, Span], i: int
    ) -> tuple[str, str, int, bool, bool] | None:
        """The post at ``i``, its body written out, where they end, whether the name must
        be set off ("Ketua Dewan, Nama") and whether the post stands alone, the last body
        named being the parliament itself ("Wakil Ketua Nama"), or None."""
        spoken = self._spokesman(words, ent_at, i)
        if spoken is not None:
            return (*spoken, False)
        lead = self._lead(words, ent_at, i)
        if lead is not None:
            return lead
        for size in range(min(_POST_WORDS, len(words) - i), 0, -1):
            written = tuple(words[i : i + size])
            post = self.words.posts.get(written)
            if post is None:
                continue
            k = i + size
            if written in self.words.council_secretaries:
                # "Sekwan Nama"; after "Sekretaris Dewan" as after "Ketua Dewan", another
                # council's name may follow ("Sekretaris Dewan Pendidikan Nama"), unless a
                # short form in brackets closes the post ("Sekretaris Dewan (Sekwan) Nama")
                end = skip_bracket(words, k)
                council = any(word in _council_words()["council_word"] for word in written)
                return _SECRETARY, "", end, council and end == k, False
            if (
                k < len(words)
                and words[k] in _LEAD_NUMBERS
                and post in _council_words()["numbered_lead"]
            ):
                return f"{post} {words[k]}", "", k + 1, False, False  # "Wakil Ketua II Nama"
            found = self._body(words, ent_at, k)
            if found is not None:
                # a special committee written alone ("Ketua Pansus Nama") asks a name set off
                # or of no dictionary word: "Ketua Pansus Hak Angket" names what it is on
                return post, found[0], found[1], found[0] in self.words.named.values(), False
            alone = self.posts["bare_lead"].get(written)
            if alone is not None and k < len(words) and k not in ent_at:
                return alone, "", k, False, True  # "... didampingi Wakil Ketua Nama"
            interim = self.posts["interim_lead"].get(written)
            if interim is not None and k < len(words) and k not in ent_at:
                return interim, "", k, False, False  # "Ketua Sementara, Nama": the council's
            return None
        return None

    def _lead(
        self, words: list[str], ent_at: dict[int, Span], i: int
    ) -> tuple[str, str, int, bool, bool] | None:
        """A post written with the council's word for itself ("Wakil Ketua Dewan, Nama",
        "kata anggota dewan Nama"), the name set off unless no council of another name may
        follow; or a member by the press's word for one with his party at most ("Legislator
        PKB Nama", "wakil rakyat Nama"); as :meth:`_post` gives it, else None."""
        leads = self.posts["council_lead"]
        size = match_head(words, i, leads)
        k = i + size
        if size and k < len(words) and words[k] in _council_words()["council_word"]:
            if self._represents(words, k + 1):
                return None
            return leads[tuple(words[i:k])], "", k + 1, True, False
        members = self.posts["legislator"]
        size = match_head(words, i, members)
        if not size:
            return None
        k = i + size
        party = self._party(words, ent_at, k)  # "Legislator PKB Nama", "Legislator Partai X"
        end = party[1] if party else k
        if self._represents(words, end):
            return None
        return members[tuple(words[i:k])], "", end, False, False

    def _represents(self, words: list[str], k: int) -> bool:
        """True when the place a member represents is written at ``k`` ("asal Jawa Tengah",
        "dapil 3"; not "dari Fraksi PKB"): after a post with no body, the mark of a member of
        the DPR or the DPD as much as of a regional parliament ("Legislator asal Jawa Tengah
        Nama", "anggota dewan dapil Jateng VI Nama"): whose is not known."""
        size = match_head(words, k, self.words.constituencies)
        return bool(size) and not (
            k + size < len(words) and words[k + size] in self.words.fractions
        )

    def _spokesman(
        self, words: list[str], ent_at: dict[int, Span], i: int
    ) -> tuple[str, str, int, bool] | None:
        """A body's spokesman written after the body and "melalui" ("Fraksi Partai Golkar
        melalui juru bicaranya, Nama", "Fraksi PKS DPRD X melalui jubir Nama"): the post,
        the body written out (a party's group, or a body of the parliament named with it),
        where the post ends; else None."""
        if i < 2 or words[i - 1] != _THROUGH:
            return None
        size = match_head(words, i, {key: "" for key in self.words.spokesmen})
        ent = ent_at.get(i - 2)
        if not size or ent is None or ent.end != i - 1 or ent.label_ != "ORG":
            return None
        canonical = str(ent._.canonical or "")
        if is_party(self.kb, ent) and ent.start and words[ent.start - 1] in self.words.fractions:
            return _SPOKESMAN, f"{self.words.fraction_word} {canonical}", i + size, False
        parliament = parliament_of(canonical)
        if parliament is None or not canonical.endswith(" " + parliament):
            return None  # no body of a parliament speaks here
        return _SPOKESMAN, canonical.removesuffix(" " + parliament), i + size, False

    def _body(self, words: list[str], ent_at: dict[int, Span], k: int) -> tuple[str, int] | None:
        """A body of a regional parliament written at ``k``, written out, and where it ends."""
        n = len(words)
        if k + 1 < n and (words[k],) in self.keys and words[k] in self.words.inner_bodies:
            number = words[k + 1].removesuffix(".")  # "anggota Komisi C.": the stop kept
            if number in BODY_NUMBERS:
                # "Komisi D", "Komisi III"; "Komisi 3" as the councils' rules number it
                return f"{words[k]} {body_number(number)}", k + 2
            return None
        fraction = self._fraction(words, ent_at, k)
        if fraction is not None:
            return fraction
        defined = self._defined_short(words, k)
        if defined is not None:
            return defined
        size = match_head(words, k, {key: "" for key in self.keys})
        if not size:
            return None
        key = tuple(words[k : k + size])
        if key in self.words.bodies:  # "Banggar", "Badan Kehormatan (BK)"
            return self.words.bodies[key], skip_bracket(words, k + size)
        if key not in self.words.named:
            return None
        # a special committee by its number or the short forms of what it is on ("Pansus
        # II", "Pansus LKPJ", "Pansus Ranperda RTRW")
        full, j = self.words.named[key], skip_bracket(words, k + size)
        if j < n and words[j] in BODY_NUMBERS:
            return f"{full} {words[j]}", j + 1
        end = j
        while end < n and end - j < _NAMED_WORDS and end not in ent_at:
            word = words[end]
            if not (
                word in _council_words()["draft_law"]
                or (len(word) > 1 and word.isupper() and word.isalpha())
            ):
                break
            end += 1
        if end == j or words[end - 1] in _council_words()["draft_law"]:
            named = self._named(words, ent_at, full, j)  # "Pansus Ranperda tentang X, Nama"
            if named is None and end == j:
                return full, j  # "Ketua Pansus Nama": the committee the story tells of
            return named
        return " ".join([full, *words[j:end]]), end

    def _defined_short(self, words: list[str], k: int) -> tuple[str, int] | None:
        """A body's short form another office shares ("BKD": Badan Kepegawaian Daerah too)
        written at ``k``, which the text defined before in brackets after the body's name
        ("Badan Kehormatan Dewan (BKD) DPRD X ... anggota BKD Nama"): the body, and where it
        ends; else None."""
        short = (words[k],) if k < len(words) else ()
        full = self.words.shared_bodies.get(short)
        if full is None:
            return None
        for j in range(1, k - 1):
            if words[j - 1 : j + 2] != ["(", words[k], ")"]:
                continue
            for key, name in self.words.bodies.items():
                n = len(key)
                if name == full and j - 1 >= n and tuple(words[j - 1 - n : j - 1]) == key:
                    return full, k + 1
        return None

    def _named(
        self, words: list[str], ent_at: dict[int, Span], full: str, j: int
    ) -> tuple[str, int] | None:
        """A special committee named by capitalised words and joining words up to a comma,
        one of them at least a word of the dictionary ("Pansus Ranperda tentang Pajak
        Daerah, Nama", "Pansus Hak Angket, Nama"; "Pansus Nama, ..." is no name of one)."""
        joins = self.words.named_joins
        end = j
        while end < len(words) and end - j < _MAX_NAMED and end not in ent_at:
            if not (words[end][:1].isupper() or words[end] in joins):
                break
            end += 1
        free = words[j:end]
        if not free or end >= len(words) or words[end] != "," or free[-1] in joins:
            return None
        if not any(
            w in _council_words()["draft_law"] or w in joins or regular_derivation(w) for w in free
        ):
            return None
        return " ".join([full, *free]), end

    def _fraction(
        self, words: list[str], ent_at: dict[int, Span], k: int
    ) -> tuple[str, int] | None:
        """A party's group written at ``k``: "Fraksi" and a party ("Fraksi PKS", "Fraksi
        Demokrat"), or the group's short form ("F-PKS", "FPKB"), as "Fraksi" and the party."""
        n = len(words)
        word = self.words.fraction_word
        if k + 1 < n and words[k] in self.words.fractions and words[k + 1] in joint_fractions():
            return f"{word} {words[k + 1]}", k + 2  # "Fraksi Gabungan"
        if k < n and words[k] in self.words.fractions:
            party = self._party(words, ent_at, k + 1)
            return (f"{word} {party[0]}", party[1]) if party is not None else None
        if k + 2 < n and words[k] == "F" and words[k + 1] == "-":
            party = self._party(words, ent_at, k + 2)
            if party is None and (found := short_party(self.kb, "F" + words[k + 2])):
                party = found, k + 3  # "F-PG", "F-PD": as "FPG", "FPD"
            return (f"{word} {party[0]}", party[1]) if party is not None else None
        found = short_party(self.kb, words[k]) if k < n else None
        return (f"{word} {found}", k + 1) if found is not None else None

    def _party(self, words: list[str], ent_at: dict[int, Span], k: int) -> tuple[str, int] | None:
        """The party written at ``k``, tagged ("PKS", "PDI Perjuangan") or its name without
        "Partai" ("Demokrat"), and where it ends."""
        ent = ent_at.get(k)
        if ent is not None and ent.start == k and is_party(self.kb, ent):
            return str(ent._.canonical), int(ent.end)
        found = bare_party(self.kb, words, k) if ent is None else None
        if found is None or any(x in ent_at for x in range(k, found[1])):
            return None
        return found  # "Fraksi Demokrat", "Fraksi Kebangkitan Bangsa"

    def _name_follows(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], k: int, strict: bool
    ) -> bool:
        """True when a holder's name follows at ``k``; after the council's word alone
        ("Ketua Dewan"), only a comma, an honorific or a word of no dictionary opens it
        ("Ketua Dewan Pendidikan Nama": another council); a name of one word is one of no
        dictionary in title case closed by a word in lower case or a comma ("Wakil Ketua II
        Muzihir mengatakan")."""
        if k >= len(words):
            return False
        set_off = words[k] == "," or match_head(words, k, self.lex.honorifics)
        if strict and not set_off and regular_derivation(words[k]) and not self._given(words, k):
            return False
        if self.bare.name_follows(words, names, ent_at, k, placed=True):
            return True
        word = words[k]
        return (
            k + 1 < len(words)
            and names[k]
            and k not in ent_at
            and word[:1].isupper()
            and word[1:].islower()
            and not regular_derivation(word)
            and (words[k + 1][:1].islower() or words[k + 1] in (",", "."))
        )

    def _given(self, words: list[str], k: int) -> bool:
        """True when the dictionary word at ``k`` opens a name, not another council's
        ("Sekretaris Dewan Muhammad Yuliadi", not "Ketua Dewan Pendidikan Kota X"): a word
        of a known person's name, followed by a word in title case of no dictionary."""
        after = words[k + 1] if k + 1 < len(words) else ""
        return (
            words[k] in self.name_words
            and after[:1].isupper()
            and after[1:].islower()
            and not regular_derivation(after)
        )

    def _names_any(self, context: DocumentRegions) -> bool:
        """True when the text names a parliament anywhere, with or without its region."""
        regional, national = named_parliaments(self.kb, self.lex, context.ents, len(context.words))
        return bool(regional) or national or any(map(self._parliament_word, context.words))

    def _parliament_word(self, word: str) -> bool:
        """True when ``word`` names a parliament ("DPRD", "DPRK", "DPR", "MPR")."""
        return word in self.words.marks or self.lex.unit_heads.get((word,)) == COUNCIL

    def parliament(self, context: DocumentRegions, i: int, secretary: bool = False) -> str | None:
        """The regional parliament the document gives a post at token ``i`` (see the module
        docstring), or None; the council's secretary ("Sekwan") names a regional parliament
        himself, so the one region the document establishes gives it with no "DPRD" written."""
        regional, national = named_parliaments(self.kb, self.lex, context.ents, i)
        if national:
            return None  # "Komisi IX DPR": a national parliament is named
        if len(regional) == 1:
            return next(iter(regional))
        if regional:
            return None
        if not secretary and not any(map(self._parliament_word, context.words[:i])):
            return None
        region = context.body_region(i, REGION_KINDS)
        if region is None:
            return None
        if region.parent is not None:
            own = self.kb.lookup("DPR " + region.parent)
            if own is not None and own.kind == OWN_NAME_KIND:
                return None  # a regency of Aceh: its council is a DPRK
        phrase = f"{KIND_WORDS[region.kind]} {bare_place(region.canonical)}"
        return council_name(self.kb, self.words.council_head, phrase)


def _last_body(context: DocumentRegions, i: int, parliament: str, itself: bool = False) -> bool:
    """True when the last organisation the text named before token ``i`` is ``parliament``
    or a body of it (``itself``: the parliament alone): a vice chair written by his number
    alone ("Wakil Ketua II Nama") is one of the body the text is telling of."""
    orgs = [e for e in context.ents if e.label_ == "ORG" and e.end <= i]
    if not orgs:
        return False
    canonical = str(orgs[-1]._.canonical or "")
    return canonical == parliament if itself else parliament_of(canonical) == parliament


def _name_before(words: list[str], names: list[bool], i: int, k: int) -> bool:
    """True when a post from ``i`` to ``k`` may follow its holder's name ("Nama, Ketua Komisi
    D, mengatakan", "Nama sebagai Ketua Banggar", "Nama Lengkap Ketua Komisi I mengatakan":
    a comma, "sebagai" or "selaku" before it, or a name of two words or more opening the
    clause right before it), a comma, a full stop or a lower-case word after it (the name
    before is read by ``names_before.py``)."""
    if not (k >= len(words) or words[k] in (",", ".") or words[k][:1].islower()):
        return False
    if i and words[i - 1].lower() in APPOSITION_MARKS:
        return True
    start = i
    while start and names[start - 1] and i - start < _NAME_WORDS:
        start -= 1
    return i - start > 1 and clause_opens(words, start)
