"""The words bodies' names are built with (``commands.command_name``): runs of capitalised
words, places the gazetteer knows or does not, districts of several words, names over a
hyphen, names a rank closes, persons' names that name a body ("RSUD dr. Soetomo"), and how
an office writes its region ("Provinsi Jawa Tengah", "Sumatera VIII").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

import regex
from spacy.tokens import Span

from ..dates.lexicon import lexicon as date_lexicon
from ..extensions import span_attr
from ..kb import REGION_KINDS, KnowledgeBase
from ..kb_entries import KBEntry
from ..lexicons import Lexicons, match_head
from ..name_shapes import ROMAN_NUMERALS, balinese_words
from ..people import default_people
from ..regions import bare_place
from ..resources import read_lines

_INITIAL = regex.compile(r"\p{Lu}\.?")  # an initial of a name: "R.", "D"
# a Roman numeral after a region names one of its numbered offices ("Sumatera VIII")
_NUMBERED = regex.compile(r"[IVX]{2,5}|V|X")
_FIRST = "I"  # the first office's numeral, also the word that opens Balinese names ("I Made")
_RANKED_WORDS = 3  # words of a unit's name between its head and a rank


def capitalised_end(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    limit: int,
) -> int:
    """End of a run of at most ``limit`` capitalised words (whole places included) at ``k``.

    A rank, a degree, a title or a day ends it ("Polresta Barelang Iptu Andika": "Barelang").
    """
    dates = date_lexicon()
    end = k
    count = 0  # a place counts as one word ("SMP Negeri 1 Bandung Barat")
    while end < len(words) and count < limit and names[end]:
        if words[end].lower() in dates.weekdays or words[end].lower() in dates.months:
            break
        ent = covered[end]
        if ent is not None:
            if ent.label_ != "LOC" or ent.start != end:
                break
            end = ent.end
            count += 1
            continue
        if match_head(words, end, lex.honorifics) or match_head(words, end, lex.title_heads):
            break
        if match_head(words, end, lex.command_titles):
            break
        end += 1
        count += 1
    return end


def place_to_comma(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    size: int,
) -> int:
    """End of an office's place the gazetteer does not know at ``k``: ``size`` capitalised
    words, both words of a hyphened name ("Kanim Soekarno-Hatta"), or two words that a comma
    and the holder's name follow ("Kakanim Ngurah Rai, Nama", "Cabjari X di Tanjung Batu,
    Nama"; not before a day, a month or a title: "Kalapas Cipinang Budi, Senin")."""
    after = capitalised_end(lex, words, names, covered, k, size)
    if after > k and hyphened(lex, words, names, covered, after):
        return after + 2
    two = capitalised_end(lex, words, names, covered, k, 2)
    if two <= after or two + 1 >= len(words) or words[two] != "," or not names[two + 1]:
        return after
    dates = date_lexicon()
    following = words[two + 1]
    if following.lower() in dates.weekdays or following.lower() in dates.months:
        return after
    if match_head(words, two + 1, lex.title_heads) or match_head(
        words, two + 1, lex.command_titles
    ):
        return after
    return two


def to_rank(
    lex: Lexicons, words: list[str], names: list[bool], covered: Sequence[Span | None], k: int
) -> int:
    """The token of a rank that follows one to ``_RANKED_WORDS`` capitalised words at ``k``
    ("Baru Iptu", "Area AKP", "Roesmin Nurjadin Marsma TNI"), else ``k``: in "post, unit,
    rank, name" everything between the unit's head and the rank names the unit."""
    end = k
    while end < len(words) and end - k < _RANKED_WORDS and names[end] and covered[end] is None:
        if match_head(words, end, lex.honorifics) or match_head(words, end, lex.title_heads):
            break
        if match_head(words, end, lex.command_titles):
            return k  # "Kapolres Bogor Wakapolres Kompol X": another title, not the unit's name
        end += 1
    if end > k and end < len(words) and match_head(words, end, lex.ranks):
        return end
    return k


@cache
def name_openers() -> frozenset[str]:
    """The words that open the names of two known people or more ("Ahmad", "Sultan"):
    places named after a person open with such a given name or title; a word that opens one
    person's name alone ("Hasanuddin") may be a one-word place itself ("Stasiun
    Meteorologi Hasanuddin Nama")."""
    people: dict[str, set[str]] = {}
    for form, holders in default_people().names.items():
        if form:
            people.setdefault(form.split()[0], set()).update(h.name for h in holders)
    return frozenset(word for word, names in people.items() if len(names) >= 2)


@cache
def compass_words() -> frozenset[str]:
    """The compass words that close place names ("Utara", "Selatan", ``compass_words.txt``)."""
    return frozenset(read_lines("lexicons/compass_words.txt"))


_DISTRICTS: dict[int, frozenset[str]] = {}  # by id of the knowledge base


def _several_word_districts(kb: KnowledgeBase) -> frozenset[str]:
    """The districts' names of two words or more ("Pasar Minggu", "Medan Baru"), once per
    knowledge base."""
    found = _DISTRICTS.get(id(kb))
    if found is None:
        bare = (bare_place(e.canonical) for e in kb.entries if e.kind == "district")
        found = frozenset(name for name in bare if " " in name)
        _DISTRICTS[id(kb)] = found
    return found


def district_at(
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    kb: KnowledgeBase | None,
) -> int:
    """The end of a district's name of two or three words at ``k`` ("Pasar Minggu": "Minggu"
    is a day too; "Medan Baru": "Medan" a city too), else ``k``. The words are name words and
    no organisation's; a place the gazetteer tagged may open them only."""
    if kb is None:
        return k
    districts = _several_word_districts(kb)
    for n in (3, 2):
        if k + n > len(words) or not all(names[k : k + n]):
            continue
        ents = [covered[q] for q in range(k, k + n)]
        if any(ent is not None and ent.label_ != "LOC" for ent in ents):
            continue
        last = covered[k + n - 1]
        if last is not None and last.end > k + n:
            continue  # the words begin a longer place
        if " ".join(words[k : k + n]) in districts:
            return k + n
    return k


_ONE_WORD_DISTRICTS: dict[int, frozenset[str]] = {}  # by id of the knowledge base


def one_word_district(kb: KnowledgeBase, word: str) -> bool:
    """Whether ``word`` is a district's name of one word ("Sukaraja", "Watulimo"; also one that
    several districts share) that opens no two-word place name and is no word of a known
    person's name ("Bambang" is a district and a given name): after an office's short form it
    is the office's place, and the capitalised words after it are its head's name."""
    found = _ONE_WORD_DISTRICTS.get(id(kb))
    if found is None:
        bare = (bare_place(e.canonical) for e in kb.entries if e.kind == "district")
        excluded = default_people().name_words() | two_word_openers(kb)
        found = frozenset(name for name in bare if " " not in name and name not in excluded)
        _ONE_WORD_DISTRICTS[id(kb)] = found
    return word in found


_OPENER_COUNT = 4  # district names a first word opens to read it as opening a two-word name
# (four: "Sumber", "Marga", "Rawa" open four each, and villages' names as well)
_OPENERS: dict[int, frozenset[str]] = {}  # by id of the knowledge base


def two_word_openers(kb: KnowledgeBase) -> frozenset[str]:
    """Words that open place names of two words ("Sungai", "Tanjung", "Muara"): the district
    gazetteer's first words of five names or more that are no region's name (computed once
    per knowledge base)."""
    found = _OPENERS.get(id(kb))
    if found is not None:
        return found
    counts: Counter[str] = Counter()
    compass = compass_words()
    for entry in kb.entries:
        if entry.kind == "district":
            parts = bare_place(entry.canonical).split(" ")
            if len(parts) > 1 and parts[1] not in compass:
                counts[parts[0]] += 1
    found = frozenset(
        word
        for word, count in counts.items()
        if count >= _OPENER_COUNT
        and not any(e.kind in REGION_KINDS for e in kb.surfaces.get(word, ()))
    )
    _OPENERS[id(kb)] = found
    return found


def place_at(kb: KnowledgeBase | None, ent: Span | None, k: int) -> KBEntry | None:
    """The gazetteer's place that the entity ``ent`` at token ``k`` names."""
    if kb is None or ent is None or ent.start != k or ent.label_ != "LOC":
        return None
    place_id = span_attr(ent.doc, "org_id", ent.start_char, ent.end_char)
    entries = kb.by_id.get(place_id or "")
    return entries[0] if entries else None


def region_at(kb: KnowledgeBase | None, ent: Span | None, k: int) -> KBEntry | None:
    """The province, regency or city the gazetteer entity ``ent`` at token ``k`` names."""
    entry = place_at(kb, ent, k)
    return entry if entry is not None and entry.kind in REGION_KINDS else None


def region_phrase(kind: str, canonical: str) -> str:
    """How an office names its region: "Provinsi Jawa Tengah", "Kabupaten Demak", "Kota
    Semarang" (the gazetteer writes a province without its kind word)."""
    if kind == "province":
        return "Provinsi " + canonical
    if kind == "city" and not canonical.startswith("Kota "):
        return "Kota " + canonical
    return canonical


def hyphened(
    lex: Lexicons, words: list[str], names: list[bool], covered: Sequence[Span | None], k: int
) -> bool:
    """True when a hyphen and one capitalised word at ``k`` go on a name ("Soekarno-Hatta",
    "RI-Malaysia"): the word is free or a place of one word, and no rank ("- AKBP Nama")."""
    if k + 1 >= len(words) or words[k] != "-" or not names[k + 1]:
        return False
    ent = covered[k + 1]
    if ent is not None and (ent.label_ != "LOC" or len(ent) != 1):
        return False
    return not lex.rank_at(words, k + 1, False) and not match_head(words, k + 1, lex.title_heads)


def region_number(words: list[str], covered: Sequence[Span | None], k: int) -> bool:
    """True when a Roman numeral at ``k`` numbers one of a region's offices ("Sumatera VIII",
    "Kanwil DJP Jawa Timur II"); a lone "I" does so unless a word of the Balinese naming
    order or an initial's dot follows, as then it opens a name ("Kanwil DJP Jatim I Nama",
    but "Bali I Made Nama", "Jatim I. Nama")."""
    if k >= len(words) or covered[k] is not None:
        return False
    if words[k] == _FIRST:
        after = words[k + 1] if k + 1 < len(words) else ""
        return after != "." and after not in balinese_words()
    return _NUMBERED.fullmatch(words[k]) is not None


# Roman numerals of two letters or more: they number offices, and no name opens with one (the
# one-letter "I", "V" and "X" also open names: "I Made", initials)
OFFICE_NUMBERS = frozenset(numeral for numeral in ROMAN_NUMERALS if len(numeral) > 1)


def numbers_office(words: list[str], k: int, ent_at: dict[int, Span]) -> bool:
    """True when a Roman numeral at ``k``, right after a place that closes a title and before
    a name, numbers that region's office ("Kakanwil DJP Jateng II | Nama", "Kepala DJP Jatim
    I | Nama"); as in :func:`region_number`, a lone "I" that opens a Balinese name does not
    ("Kepala BPS Bali I Made Nama")."""
    if not 0 < k < len(words) - 1 or words[k] not in ROMAN_NUMERALS:
        return False
    if not any(ent.end == k and ent.label_ == "LOC" for ent in ent_at.values()):
        return False
    return region_number(words, [ent_at.get(j) for j in range(k + 1)], k)


def sub_number(words: list[str], k: int) -> bool:
    """True when "-" and a number follow at ``k`` ("1013" "-" "12")."""
    return k + 1 < len(words) and words[k] == "-" and words[k + 1].isdigit()


def name_to_rank(
    lex: Lexicons, words: list[str], names: list[bool], covered: Sequence[Span | None], k: int
) -> int:
    """The end of a unit's name of up to five words at ``k`` (capitalised words, places, a
    hyphen between two words) that a rank follows, right after it or after a comma, also
    behind the post's or unit's short form in brackets ("Wira Sakti Brigjen TNI", "Bhaskara
    Jaya, Mayor Inf", "Kab Malang-Batu Letkol Inf", "Bukit Barisan (Kapendam I/BB), Kolonel
    Inf"), else ``k``."""
    last = k
    while last < min(len(words), k + 5) and not lex.rank_at(words, last, False):
        ent = covered[last]
        if ent is not None and (ent.label_ != "LOC" or ent.start != last):
            return k
        if ent is not None:
            last = int(ent.end)
        elif names[last] or (words[last] == "-" and _hyphened_word(words, names, last)):
            last += 1
        else:
            break
    if last == k or last >= len(words):
        return k
    after = _past_short_form(words, last)
    if words[after : after + 1] == [","] and after + 1 < len(words):
        return last if match_head(words, after + 1, lex.ranks) else k
    return last if after < len(words) and lex.rank_at(words, after, False) else k


def _past_short_form(words: list[str], k: int) -> int:
    """The token after a short form in brackets of up to four tokens at ``k`` ("(Kapendam
    I/BB)", "(CPYJ)"), else ``k``."""
    if words[k] != "(":
        return k
    close = next((q for q in range(k + 1, min(len(words), k + 6)) if words[q] == ")"), None)
    return close + 1 if close is not None and close > k + 1 else k


def _hyphened_word(words: list[str], names: list[bool], k: int) -> bool:
    """True when the hyphen at ``k`` joins two words of a name ("Malang-Batu")."""
    return k > 0 and k + 1 < len(words) and names[k + 1] and words[k - 1][:1].isupper()


def hyphen_joined(words: list[str]) -> str:
    """Words of a name as written, a hyphen glued to both neighbours ("Malang-Batu")."""
    return " ".join(words).replace(" - ", "-")


def honoured_end(
    lex: Lexicons, words: list[str], names: list[bool], covered: Sequence[Span | None], k: int
) -> int:
    """End of a person's name that names a body, at token ``k``: honorifics, then the name
    words and initials up to a rank ("dr. Soetomo", "Prof. Dr. Margono Soekarjo" in "RSUD dr.
    Soetomo", "RSUP Dr. R. Soeharso"); ``k`` when no honorific opens it or no name follows."""
    j = k
    while j < len(words) and covered[j] is None and (size := match_head(words, j, lex.honorifics)):
        j += size
    if j == k:
        return k
    person = covered[j] if j < len(words) else None
    if person is not None and person.label_ == "PERSON" and person.start == j:
        return int(person.end)  # a name read as a person's: "RSUP Dr. | R. Soeharso"
    start = last = j
    while j < len(words) and covered[j] is None and not lex.rank_at(words, j, False):
        if names[j] and not _INITIAL.fullmatch(words[j]):
            j = last = j + 1
        elif _INITIAL.fullmatch(words[j]):  # an initial inside the name: "Dr. R. Soeharso"
            j += 1 + (j + 1 < len(words) and words[j + 1] == ".")
        else:
            break
    return last if last > start else k
