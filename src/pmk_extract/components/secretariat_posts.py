"""Posts of a regional secretariat written before their region with no "Setda" between.

The secretary's assistants are written with their number or field, then the province,
regency or city ("Asisten II Bidang Perekonomian dan Pembangunan Provinsi X Nama",
"Asisten Pemerintahan Kota X, Nama"), or with the secretary's title where the secretariat is
meant, after the number or field or before it ("Asisten I Sekda Jateng Nama", "Asisten Sekda
Bidang Pemerintahan Kota X Nama": the assistant, not the secretary). The role names the
secretariat ("Asisten II Bidang Perekonomian dan Pembangunan Sekretariat Daerah Provinsi
X"); the organisation is the region's government (guidelines). The heads of its bureaus
and sections are read so only before the secretary's title ("Kasubag Protokol Sekda
Kabupaten X Nama": not the secretary), or with a field only a secretariat's sections bear
("Kabag Prokopim Kabupaten X", "Kabag Tapem Nama" in a text about X). The words are those of
``lexicons/secretariat_posts.tsv``; an assistant with no number or field of its own
("Asisten Pelatih ...") and no secretary's title after it is not read. A regional head's
staff adviser is read so with the field written ("Staf Ahli Bidang Hukum Kabupaten X",
"Staf Ahli Gubernur Bidang Pemerintahan Provinsi X"); the role names the head, not the
secretariat.

Read by :class:`~pmk_extract.components.generic_titles.GenericTitles`.
"""

from __future__ import annotations

from functools import cache

from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from ..regions import KIND_WORDS, bare_place
from ..resources import read_tsv
from ..spelling import edit_distance
from ..stemming import root_words

_GOVERNMENT = "regional_government"
_SPELT_LETTERS = 8  # letters of a field opener read through a misspelling ("Perekonomian")


@cache
def secretariat_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """The words of ``secretariat_posts.tsv`` by kind, each as its tuple of words."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for word, kind in read_tsv("lexicons/secretariat_posts.tsv", 2):
        out.setdefault(kind, set()).add(tuple(word.split(" ")))
    return {kind: frozenset(found) for kind, found in out.items()}


@cache
def lower_field_openers() -> frozenset[str]:
    """The words opening a post's field as the press also writes them in lower case
    ("Asisten II bidang Perekonomian", "Staf Ahli Bupati bidang Hukum"): the adviser's
    field opener of ``secretariat_posts.tsv`` ("Bidang"), lower-cased."""
    return frozenset(word.lower() for word in field_openers())


@cache
def field_openers() -> frozenset[str]:
    """The words opening a post's field (``secretariat_posts.tsv`` kind ``adviser_field``:
    "Bidang")."""
    return frozenset(w[0] for w in secretariat_words().get("adviser_field", ()))


def capital_field(field: list[str]) -> list[str]:
    """``field`` with a lower-case field opener written as its capitalised form ("bidang":
    "Bidang"), as the secretariat's words and its roles write it."""
    openers = lower_field_openers()
    return [w.capitalize() if w in openers else w for w in field]


def misspelt_opener(word: str, openers: frozenset[tuple[str, ...]]) -> str | None:
    """The field opener of ``_SPELT_LETTERS`` letters or more that ``word`` misspells by one
    letter dropped, added or changed, its first letter kept
    ("Perekonimian": Perekonomian, "Pemerintahaan": Pemerintahan), when ``word`` is no word
    of the dictionary and misspells one opener only; else None."""
    if len(word) < _SPELT_LETTERS or not word.isalpha() or word.lower() in root_words():
        return None
    found = {
        opener
        for (opener,) in (o for o in openers if len(o) == 1)
        if len(opener) >= _SPELT_LETTERS
        and opener[0] == word[0]
        and edit_distance(word, opener, 1) == 1
    }
    return found.pop() if len(found) == 1 else None


def _joined(words: tuple[str, ...]) -> str:
    """Words written apart again, a comma after its word ("Pemerintahan, Hukum")."""
    return " ".join(words).replace(" ,", ",")


class SecretariatPosts:
    """Read a regional secretariat's post before its region (see the module)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        table = secretariat_words()
        self.posts = table.get("post", frozenset())
        self.sections = table.get("section", frozenset())
        self.advisers = table.get("adviser", frozenset())
        self.fields = table.get("adviser_field", frozenset())
        self.openers = table.get("number", frozenset()) | table.get("field", frozenset())
        self.secretaries = table.get("secretary", frozenset())
        # the fields only a secretariat's sections bear ("Prokopim", "Tata Pemerintahan")
        self.section_fields = table.get("section_field", frozenset())
        # the secretariat's own names ("Setda", "Setdakab"), read as the secretary's title
        # is, and the region's kind its short form names (secretariat_kinds.tsv)
        self.secretariats = table.get("secretariat", frozenset())
        self.kinds: dict[str, str] = {
            short: kind for short, kind in read_tsv("lexicons/secretariat_kinds.tsv", 2)
        }

    def post(self, written: list[str], field: list[str], place: KBEntry) -> tuple[str, str] | None:
        """Role and organisation of the post ``written`` with the words ``field`` between it
        and the region ``place`` ("Asisten" + "II Sekda" + Jawa Tengah), or None when it is
        no secretariat's post."""
        post = tuple(written)
        field = capital_field(field)
        if place.kind not in REGION_KINDS:
            return None
        if "," in field and "Bidang" not in field[: field.index(",")]:
            return None  # a comma only in a list of fields ("Bidang Pemerintahan, Hukum")
        if post in self.advisers:
            return self._adviser(written, field, place)
        if post not in self.posts and post not in self.sections:
            return None
        kind = place.kind
        secretary = False
        where = self._secretary_at(field)
        if where is not None:
            at, size = where
            title = " ".join(field[at : at + size])
            named = self.kinds.get(title) or self.lex.expand(title).split(" ")[-1]
            kind = next((k for k, w in KIND_WORDS.items() if w == named), kind)
            field, secretary = field[:at] + field[at + size :], True
        if field and (field[0],) not in self.openers:  # "Asisten Perekonimian Kota X"
            spelt = misspelt_opener(field[0], self.openers)
            field = [spelt, *field[1:]] if spelt is not None else field
        own = post in self.sections and tuple(field) in self.section_fields
        if (
            not secretary
            and not own
            and (post in self.sections or not field or (field[0],) not in self.openers)
        ):
            return None  # "Asisten Pelatih Klub X": no secretariat's number or field
        if post in self.sections and not field:
            return None
        found = self._government(kind, place)
        if found is None:
            return None
        phrase, government = found
        role = _joined((self.lex.expand(" ".join(written)), *field))
        return f"{self.lex.expand(role)} Sekretariat Daerah {phrase}", government

    def _secretary_at(self, field: list[str]) -> tuple[int, int] | None:
        """Where the secretary's title stands in ``field`` and its words: at the end ("Asisten
        II Sekda") or at the start ("Asisten Sekda Bidang Pemerintahan"); else None."""
        named = self.secretaries | self.secretariats
        for size in (2, 1):
            for at in (len(field) - size, 0):
                if at >= 0 and tuple(field[at : at + size]) in named:
                    return at, size
        return None

    def _adviser(
        self, written: list[str], field: list[str], place: KBEntry
    ) -> tuple[str, str] | None:
        """A regional head's staff adviser with the field before the region ("Staf Ahli
        Bidang Hukum Kabupaten X", "Staf Ahli Gubernur Bidang Pemerintahan Provinsi X"): the
        head's title, when written, says which region of that name is meant."""
        kind = place.kind
        size = match_head(field, 0, self.lex.title_heads)
        head = tuple(field[:size])
        if size and self.lex.title_heads[head][1] in KIND_WORDS:
            kind = self.lex.title_heads[head][1]  # "Gubernur": a province
        elif size:
            return None
        rest = field[size:]
        if not rest or (rest[0],) not in self.fields:
            return None  # "Staf Ahli Bidang ...": the field must be written
        found = self._government(kind, place)
        if found is None:
            return None
        phrase, government = found
        post = self.lex.expand(" ".join(written))
        if head:  # as "Staf Ahli Gubernur Jawa Tengah Bidang X" is written
            words = (post, *head, bare_place(place.canonical), *rest)
            return self.lex.expand(_joined(words)), government
        return self.lex.expand(_joined((post, *rest, phrase))), government

    def _government(self, kind: str, place: KBEntry) -> tuple[str, str] | None:
        """How a role names the region of kind ``kind`` named as ``place`` ("Kabupaten X":
        the regency, also when ``place`` is the city of that name) and its government."""
        if kind not in KIND_WORDS:
            return None
        phrase = f"{KIND_WORDS[kind]} {bare_place(place.canonical)}"
        if kind != place.kind:  # "Asisten I Sekdakab Magelang": the regency, not the city
            other = self.kb.lookup(phrase)
            if other is None or other.label != "LOC" or other.kind != kind:
                return None
        government = self.kb.lookup(f"Pemerintah {phrase}")
        if government is None or government.kind != _GOVERNMENT:
            return None
        return phrase, government.canonical
