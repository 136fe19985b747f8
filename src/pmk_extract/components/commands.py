"""Bodies named by a head and a place or a designation (``lexicons/command_units.tsv``):
reading the name after the head ("Polres Kendal", "Kodim 0715/Kendal", "Kantor Pertanahan
Kabupaten Bogor", "SMP Negeri 5 Bandung", "PT Pindad") and the body written after a unit's
designation ("Divif 2 Kostrad"); the place phrases these names are built with.

Used by the units component (the ORG spans) and the title reader (fused titles such as
"Kapolres Kendal", "Dandim 0715/Kendal").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

import regex
from spacy.tokens import Span

from ..dates.lexicon import lexicon as date_lexicon
from ..extensions import span_attr
from ..kb import REGION_KINDS, KBEntry, KnowledgeBase, default_people
from ..lexicons import Lexicons, match_head
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines
from .justice import class_end, class_name, grade_end

_INITIAL = regex.compile(r"\p{Lu}\.?")  # an initial of a name: "R.", "D"
DESIGNATION = regex.compile(r"(?:\d{1,4}|[IVXL]{1,6})")  # "0715", "142", "IV", "XIV"
_NUMBERED_UNDER = regex.compile(r"[IVXL]{1,6}/\d{1,2}")  # "IV/5": one token
# a Roman numeral of two letters or more after a region names one of its numbered offices
# ("Sumatera VIII"); a lone "I" is not read so, as it opens Balinese names ("I Made")
_NUMBERED = regex.compile(r"[IVX]{2,5}|V|X")
_KIND_PREFIXES = frozenset(KIND_WORDS.values())
_COMPANY_TAILS = (("(", "Persero", ")"), ("Tbk",), ("Tbk.",))
_FOUNDATION_WORDS = 3  # words of a foundation's name before its school's number
_RANKED_WORDS = 3  # words of a unit's name between its head and a rank
# the kinds of names a class may open ("Stasiun Meteorologi Kelas I Juanda", "Kantor
# Pertanahan Kelas II ..."): offices named by their area
_CLASSED_AREAS = frozenset({"area", "area_kind", "area_di", "region", "place", "seat"})


def _capitalised(
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


def _place_to_comma(
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
    after = _capitalised(lex, words, names, covered, k, size)
    if after > k and _hyphened(lex, words, names, covered, after):
        return after + 2
    two = _capitalised(lex, words, names, covered, k, 2)
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


def _to_rank(
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


def _court_name(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    kb: KnowledgeBase | None,
) -> tuple[int, str] | None:
    """The name of a court after its head: a military court's number ("II-08 Jakarta",
    "Dilmil I-02 Medan"), the court's area, then its class ("PN Jakarta Pusat Kelas IA
    Khusus", "PA Sleman Kelas IB": part of the name, as for prisons; written before the area
    too, "PA Kelas 1 A Sleman", and named after it); a court held at another
    ("Pengadilan Tipikor pada PN Bandung")."""
    if words[k] == "pada" and k + 1 < len(words):
        size = match_head(words, k + 1, lex.command_units)
        at = lex.command_units.get(tuple(words[k + 1 : k + 1 + size])) if size else None
        if at is None or at[2] != "court":
            return None
        named = _court_name(lex, words, names, covered, k + 1 + size, kb)
        return (named[0], f"pada {at[0]} {named[1]}") if named is not None else None
    number = ""
    graded = _class_end(words, k)
    ahead, k = words[k:graded], graded
    if k >= len(words):
        return None
    if DESIGNATION.fullmatch(words[k]) and _sub_number(words, k + 1):
        number = f"{words[k]}-{words[k + 2]} "
        k += 3
    elif k + 1 < len(words) and regex.fullmatch(r"[IVX]{1,4}", words[k]) and names[k + 1]:
        number = words[k] + " "  # "Pengadilan Militer Tinggi II Jakarta"
        k += 1
    named = command_name(lex, words, names, covered, k, "area", kb) if k < len(words) else None
    if named is None:
        return None
    end, name = named
    graded = _class_end(words, end) if not ahead else end
    written = ahead or words[end:graded]
    if written:
        name = f"{name} {class_name(written)}"
    return graded, number + name


_LEVELS = frozenset({"I", "II", "III", "IV"})


@cache
def _grade_words() -> frozenset[str]:
    """Words written before a hospital's grade ("Tk.", "Tingkat": ``hospital_grades.txt``)."""
    return frozenset(read_lines("lexicons/hospital_grades.txt"))


def _level_end(words: list[str], k: int) -> int:
    """The token after a hospital's level written at ``k`` ("Tk. II", "Tingkat III": the
    armed forces' and the police's hospitals are graded I to IV), else ``k``."""
    at = k + 2 if words[k : k + 2] == ["Tk", "."] else k + 1  # "Tk." may be two tokens
    if at < len(words) and words[k] in _grade_words() and words[at] in _LEVELS:
        return at + 1
    return k


def _class_end(words: list[str], k: int) -> int:
    """The token after a class written at ``k`` as courts and the offices of agencies write
    it ("Kelas IA Khusus", "Kelas 1 A", "Kelas II"), else ``k``."""
    end = grade_end(words, k)
    if end > k and end < len(words) and words[end] == "Khusus":
        end += 1
    return end


@cache
def _name_openers() -> frozenset[str]:
    """The first words of known people's names ("Ahmad", "Sultan"): places named after a
    person open with them."""
    return frozenset(name.split()[0] for name in default_people().names if name)


@cache
def _compass_words() -> frozenset[str]:
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


def _district_at(
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


_OPENER_COUNT = 5  # district names a first word opens to be read as opening a two-word name
_OPENERS: dict[int, frozenset[str]] = {}  # by id of the knowledge base


def two_word_openers(kb: KnowledgeBase) -> frozenset[str]:
    """Words that open place names of two words ("Sungai", "Tanjung", "Muara"): the district
    gazetteer's first words of five names or more that are no region's name (computed once
    per knowledge base)."""
    found = _OPENERS.get(id(kb))
    if found is not None:
        return found
    counts: Counter[str] = Counter()
    compass = _compass_words()
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


def _place_at(kb: KnowledgeBase | None, ent: Span | None, k: int) -> KBEntry | None:
    """The gazetteer's place that the entity ``ent`` at token ``k`` names."""
    if kb is None or ent is None or ent.start != k or ent.label_ != "LOC":
        return None
    place_id = span_attr(ent.doc, "org_id", ent.start_char, ent.end_char)
    entries = kb.by_id.get(place_id or "")
    return entries[0] if entries else None


def _region_at(kb: KnowledgeBase | None, ent: Span | None, k: int) -> KBEntry | None:
    """The province, regency or city the gazetteer entity ``ent`` at token ``k`` names."""
    entry = _place_at(kb, ent, k)
    return entry if entry is not None and entry.kind in REGION_KINDS else None


def region_phrase(kind: str, canonical: str) -> str:
    """How an office names its region: "Provinsi Jawa Tengah", "Kabupaten Demak", "Kota
    Semarang" (the gazetteer writes a province without its kind word)."""
    if kind == "province":
        return "Provinsi " + canonical
    if kind == "city" and not canonical.startswith("Kota "):
        return "Kota " + canonical
    return canonical


def _hyphened(
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
    """True when a Roman numeral of two letters or more (or "V", "X") at ``k`` numbers one of
    a region's offices ("Sumatera VIII", "Kanwil DJP Jawa Timur II"); a lone "I" is not read
    so, as it opens Balinese names ("I Made")."""
    return k < len(words) and covered[k] is None and _NUMBERED.fullmatch(words[k]) is not None


def _sub_number(words: list[str], k: int) -> bool:
    """True when "-" and a number follow at ``k`` ("1013" "-" "12")."""
    return k + 1 < len(words) and words[k] == "-" and words[k + 1].isdigit()


def _name_to_rank(
    lex: Lexicons, words: list[str], names: list[bool], covered: Sequence[Span | None], k: int
) -> int:
    """The end of a unit's name of up to five words at ``k`` (capitalised words, places, a
    hyphen between two words) that a rank follows, right after it or after a comma
    ("Wira Sakti Brigjen TNI", "Bhaskara Jaya, Mayor Inf", "Kab Malang-Batu Letkol Inf"),
    else ``k``."""
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
    if words[last] == "," and last + 1 < len(words):
        return last if match_head(words, last + 1, lex.ranks) else k
    return last if lex.rank_at(words, last, False) else k


def _hyphened_word(words: list[str], names: list[bool], k: int) -> bool:
    """True when the hyphen at ``k`` joins two words of a name ("Malang-Batu")."""
    return k > 0 and k + 1 < len(words) and names[k + 1] and words[k - 1][:1].isupper()


def _hyphen_joined(words: list[str]) -> str:
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


def command_name(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    kind: str,
    kb: KnowledgeBase | None = None,
) -> tuple[int, str] | None:
    """The name after the head of a body of ``command_units.tsv`` at token ``k``.

    Returns the token after the name and the name as it goes into the canonical
    ("Jateng" -> "Jawa Tengah", "0715 / Kendal" -> "0715/Kendal"), or None. The kinds
    ``place`` and ``seat`` read the region's kind from ``kb`` (none without it).
    """
    if k >= len(words):
        return None
    if kind in _CLASSED_AREAS and (graded := _class_end(words, k)) > k:
        # an office's class before its area: "Stasiun Meteorologi Kelas I Juanda"
        named = command_name(lex, words, names, covered, graded, kind, kb)
        return None if named is None else (named[0], f"{class_name(words[k:graded])} {named[1]}")
    if kind == "classed":  # "Lapas Kelas IIA Cipinang": the class is part of the name
        end = class_end(words, k)
        if end < len(words) and covered[end] is None:
            # a place the gazetteer does not know: one word ("Kalapas Cipinang Nama"), two
            # after a word that opens two-word place names ("KSOP Tanjung Priok Nama")
            size = 2 if kb is not None and words[end] in two_word_openers(kb) else 1
            after = _place_to_comma(lex, words, names, covered, end, size)
            region = covered[after] if end < after < len(words) else None
            if region is not None and _region_at(kb, region, after) is not None:
                after = int(region.end)  # the locality, then its region: "Wirogunan Yogyakarta"
            named = (after, _hyphen_joined(words[end:after])) if after > end else None
        else:
            named = command_name(lex, words, names, covered, end, "area", kb)
        if named is None:
            return None
        return named[0], " ".join([class_name(words[k:end]), named[1]]).strip()
    if kind in ("area_kind", "branch"):
        # "Kejari Kota Bekasi": the regency's and the city's offices differ
        named = command_name(lex, words, names, covered, k, "area", kb)
        ent = covered[k]
        first = lex.expand(ent.text).split(" ")[0] if ent is not None else ""
        if named is not None and first in ("Kabupaten", "Kota"):
            named = named[0], f"{first} {named[1]}"
        if named is not None and kind == "branch":  # "Cabjari Mentawai di Tuapejat": its seat
            end = named[0]
            seat = (
                _place_to_comma(lex, words, names, covered, end + 1, 1) if end < len(words) else 0
            )
            if words[end : end + 1] == ["di"] and seat > end + 1:
                named = seat, " ".join([named[1], _hyphen_joined(words[end:seat])])
        return named
    if kind == "foundation":  # "SMA Muhammadiyah 1 Yogyakarta": a foundation's numbered school
        j = k
        while j < len(words) and j - k < _FOUNDATION_WORDS:
            ent = covered[j]
            if ent is not None and ent.start == j and ent.label_ == "ORG":
                j = int(ent.end)  # "SMK PGRI 2 X": the foundation is a known body
            elif ent is None and names[j] and not DESIGNATION.fullmatch(words[j]):
                j += 1
            else:
                break
        if j == k or j >= len(words) or not words[j].isdigit():
            return None
        named = command_name(lex, words, names, covered, j, "number", kb)
        return None if named is None else (named[0], " ".join([*words[k:j], named[1]]))
    if kind == "honoured":  # "RSUP Dr. Sardjito", "RSAL dr. Ramelan Surabaya"
        end = honoured_end(lex, words, names, covered, k)
        if end == k:  # no honorific: one word that names it ("RSUP Persahabatan")
            at = covered[k] if k < len(words) else None
            entries = kb.by_id.get(at._.org_id or "") if kb is not None and at is not None else None
            if at is not None and at.label_ == "LOC" and entries and entries[0].kind == "province":
                return None  # "RSUP NTB": a province's hospital (Rumah Sakit Umum Provinsi)
            named = command_name(lex, words, names, covered, k, "area", kb)
            return named if named is not None and named[0] == k + 1 else None
        at = covered[end] if end < len(words) else None
        if at is not None and at.label_ == "LOC" and at.start == end:
            end = int(at.end)  # the hospital's seat: "RSUP Dr. Kariadi Semarang"
        return end, " ".join(words[k:end])
    if kind == "levelled":  # "Rumkit Tk. II Udayana": a hospital's level, then its place
        level = _level_end(words, k)
        named = command_name(lex, words, names, covered, level, "area", kb)
        if named is None or level == k:
            return named
        return named[0], f"Tingkat {words[level - 1]} {named[1]}"
    if kind == "title_area":  # "Kaops Damai Cartenz": an area, in a fused title only
        kind = "area"
    if kind == "court":
        return _court_name(lex, words, names, covered, k, kb)
    if kind == "area_di":  # "Balai Besar POM di Semarang": the office's seat after "di"
        if k + 1 < len(words) and words[k] == "di" and covered[k + 1] is not None:
            named = command_name(lex, words, names, covered, k + 1, "area")
            return (named[0], "di " + named[1]) if named is not None else None
        kind = "area"
    ent = covered[k]
    if kind == "known_area":  # "Pengadilan Lumajang": a place the gazetteer knows, only
        if ent is None or ent.label_ != "LOC" or ent.start != k:
            return None
        kind = "area"
    if kind in ("place", "seat"):  # "BPS Jatim", "Kantor Perwakilan BI Solo"
        entry = _region_at(kb, ent, k)
        if ent is not None and entry is not None and (kind == "place" or entry.kind == "province"):
            return int(ent.end), region_phrase(entry.kind, entry.canonical)
        if kind == "place":
            return None
        if entry is not None and ent is not None:
            return int(ent.end), ent.text  # a city's office as written: "KPw BI Solo"
        kind = "area"
    if kind == "region":  # "Kantor Pertanahan Kabupaten Bogor": the place as it is named
        if ent is None or ent.label_ != "LOC" or ent.start != k:
            return None
        canonical = str(ent._.canonical or ent.text)
        first = lex.expand(ent.text).split(" ")[0]  # "Kota Depok", "Kab. Bogor"
        if first in _KIND_PREFIXES and not canonical.startswith(first):
            canonical = f"{first} {bare_place(canonical)}"
        return int(ent.end), canonical
    if kind == "area" or (kind == "designation" and ent is not None and ent.label_ == "LOC"):
        # a command below the regency may be named by its district ("Koramil Cilandak")
        district = _district_at(words, names, covered, k, kb)
        if district > k:  # "Polsek Pasar Minggu", "Polsek Medan Baru"
            return district, " ".join(words[k:district])
        if ent is not None:
            if ent.label_ != "LOC" or ent.start != k:
                return None
            end, name = int(ent.end), bare_place(str(ent._.canonical or ent.text))
            entry = _place_at(kb, ent, k)
            if entry is not None and entry.kind not in REGION_KINDS and entry.kind != "district":
                name = ent.text  # a river, an island: as written ("BBWS Citarum")
            if end < len(words) and words[end] == "Kota" and covered[end] is None:
                # the city command of a regency's namesake town: "Polresta Malang Kota"
                return end + 1, name + " Kota"
            if end < len(words) and covered[end] is None and words[end] in _compass_words():
                # a district named after its town and a compass point: "Polsek Bitung Selatan"
                return end + 1, f"{name} {words[end]}"
            ranked = _to_rank(lex, words, names, covered, end)
            if ranked > end:  # "Polsek Medan Baru Iptu X": a district named after its town
                return ranked, " ".join([name, *words[end:ranked]])
            if region_number(words, covered, end):
                # a region's numbered office: "Balai Wilayah Sungai Sumatera VIII"
                return end + 1, f"{name} {words[end]}"
            return end, name
        end = _capitalised(lex, words, names, covered, k, 2)  # "Metro Jaya", "Barelang"
        if (
            end == k + 2
            and _capitalised(lex, words, names, covered, k, 3) == k + 3
            and words[k] not in _name_openers()
        ):
            # a place the gazetteer does not know, then a name: "Kejari Baturaja Nama Nama";
            # not a place named after a person ("Stasiun Meteorologi Ahmad Yani Nama")
            end = k + (2 if kb is not None and words[k] in two_word_openers(kb) else 1)
        if end > k:
            end = max(end, _to_rank(lex, words, names, covered, k))  # "Roesmin Nurjadin Marsma"
        if end > k and _hyphened(lex, words, names, covered, end):
            # "Bandara Soekarno-Hatta", "Satgas Pamtas RI-Malaysia": one name over a hyphen
            return end + 2, " ".join(words[k:end]) + "-" + words[end + 1]
        return (end, " ".join(words[k:end])) if end > k else None
    if kind in ("numbered", "numbered_of"):  # "LLDikti Wilayah III": the number names it
        if not DESIGNATION.fullmatch(words[k]):
            return None
        placed = covered[k + 1] if kind == "numbered" and k + 1 < len(words) else None
        if placed is not None and placed.label_ == "LOC" and placed.start == k + 1:
            # its seat, a known place: "BBMKG Wilayah III Denpasar"; no other word, as a
            # name may follow the number ("BBMKG Wilayah I Budi Santoso")
            return int(placed.end), f"{words[k]} {placed.text}"
        return k + 1, words[k]
    if kind == "company":
        if ent is not None and ent.start == k and ent.label_ == "ORG":
            return None  # a known organisation: the gazetteer names it
        end = _capitalised(lex, words, names, covered, k, 3)
        if end == k:
            return None
        text = " ".join(words[k:end])
        for tail in _COMPANY_TAILS:
            if tuple(words[end : end + len(tail)]) == tail:
                text += " " + "".join(tail) if tail[0] == "(" else " " + tail[0]
                end += len(tail)
                break
        return end, text
    if kind == "designation" and _NUMBERED_UNDER.fullmatch(words[k]):
        # a detachment numbered under its command (one token), then its seat: "Denpom IV/5
        # Semarang"
        after = _capitalised(lex, words, names, covered, k + 1, 1)
        return after, " ".join(words[k:after])
    if DESIGNATION.fullmatch(words[k]) and (kind != "number" or words[k].isdigit()):
        end = k + 1
        text = words[k]
        if kind == "designation" and _sub_number(words, end):
            # a Koramil numbered under its Kodim: "Koramil 1013-12/Dirung Lingkin"
            text += "-" + words[end + 1]
            end += 2
        # one word or one place after the number: a name may follow ("... 2 Pasirlangu Euis")
        if end + 1 < len(words) and words[end] == "/" and names[end + 1]:
            after = _capitalised(lex, words, names, covered, end + 1, 1)
            body = covered[end + 1]
            if after == end + 1 and body is not None and body.start == end + 1:
                after = body.end  # "Yonkav 8/Kostrad": the body it belongs to, as written
            # a name of several words when a rank follows it: "161/Wira Sakti Brigjen TNI X",
            # "082/Citra Panca Yudha Jaya Kolonel Inf X", "084/Bhaskara Jaya, Mayor Inf X"
            after = max(after, _name_to_rank(lex, words, names, covered, end + 1))
            return after, text + "/" + _hyphen_joined(words[end + 1 : after])
        after = _capitalised(lex, words, names, covered, end, 1)
        if kind == "designation":  # "Kodim 0818 Kab Malang-Batu Letkol Inf X"
            after = max(after, _name_to_rank(lex, words, names, covered, end))
        if after > end:
            return after, text + " " + _hyphen_joined(words[end:after])
        return None if kind == "number" else (end, text)
    if kind == "designation" and ent is None:
        end = _capitalised(lex, words, names, covered, k, 2)  # "Kodam Jaya"
        return (end, " ".join(words[k:end])) if end > k else None
    return None


def command_body(
    kb: KnowledgeBase, covered: Sequence[Span | None], k: int, parent: str
) -> Span | None:
    """The body written after a unit's designation that the unit belongs to, when it lies
    below the unit's top organisation ``parent`` ("Divisi Infanteri 2 [Kostrad]": Kostrad is
    part of the army, part of the TNI); the top organisation itself is not taken."""
    ent = covered[k] if k < len(covered) else None
    if ent is None or ent.start != k or ent.label_ != "ORG":
        return None
    org_id = span_attr(ent.doc, "org_id", ent.start_char, ent.end_char)
    entries = kb.by_id.get(org_id or "")
    if not entries or org_id == parent:
        return None
    for _ in range(4):
        up = entries[0].parent
        if up is None:
            return None
        if up == parent:
            return ent
        entries = kb.by_id.get(up)
        if not entries:
            return None
    return None


def unit_after(covered: Sequence[Span | None], k: int, top: str) -> Span | None:
    """The unit written at token ``k`` whose officers belong to ``top`` (the canonical of
    the top organisation), as the units component builds it ("Polres Metro Jakarta Selatan",
    "Yonif 122/TS"): a command written after the name of one below or beside it."""
    ent = covered[k] if k < len(covered) else None
    if ent is None or ent.start != k or ent.label_ != "ORG" or not ent._.unit:
        return None
    return ent if ent._.parent_org == top else None
