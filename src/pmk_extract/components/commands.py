"""Bodies named by a head and a place or a designation (``lexicons/command_units.tsv``):
reading the name after the head ("Polres Kendal", "Kodim 0715/Kendal", "Kantor Pertanahan
Kabupaten Bogor", "SMP Negeri 5 Bandung", "PT Pindad") and the body written after a unit's
designation ("Divif 2 Kostrad"). The place phrases these names are built with are read by
``command_places``.

Used by the units component (the ORG spans) and the title reader (fused titles such as
"Kapolres Kendal", "Dandim 0715/Kendal").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex
from spacy.tokens import Span

from ..extensions import span_attr
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import balinese_words
from ..people import default_people
from ..regions import KIND_WORDS, bare_place
from ..resources import read_lines
from .command_places import (
    capitalised_end,
    compass_words,
    district_at,
    honoured_end,
    hyphen_joined,
    hyphened,
    name_openers,
    name_to_rank,
    one_word_district,
    place_at,
    place_to_comma,
    region_at,
    region_number,
    region_phrase,
    sub_number,
    to_rank,
    two_word_openers,
)
from .company_units import company_form_end, form_text
from .office_classes import class_end, class_name, grade_end

DESIGNATION = regex.compile(r"(?:\d{1,4}|[IVXL]{1,6})")  # "0715", "142", "IV", "XIV"
_NUMBERED_UNDER = regex.compile(r"[IVXL]{1,6}/\d{1,2}")  # "IV/5": one token
# the name kinds of command_units.tsv that name a unit by its designation ("Kodam IV/Diponegoro";
# a number first: "Yon 400/Raider")
DESIGNATION_KINDS = frozenset({"designation", "designation_number"})
_KIND_PREFIXES = frozenset(KIND_WORDS.values())
_FOUNDATION_WORDS = 3  # words of a foundation's name before its school's number
_VESSEL_WORDS = 5  # words of a warship's name before its hull number ("I Gusti Ngurah Rai-332")
# the kinds of names a class may open ("Stasiun Meteorologi Kelas I Juanda", "Kantor
# Pertanahan Kelas II ..."): offices named by their area
_CLASSED_AREAS = frozenset({"area", "area_kind", "area_di", "region", "place", "seat"})
# a national park's short form: "TN" and the initials of its name ("TNGGP", "TNBTS", "TNKpS")
_PARK = regex.compile(r"TN(?:\p{Lu}\p{Ll}?){1,5}")
_ARMED_FORCES = "TNI"  # the armed forces' short form opens like a park's


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
    if DESIGNATION.fullmatch(words[k]) and sub_number(words, k + 1):
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


def _hull_end(words: list[str], names: list[bool], k: int) -> int:
    """The token after a warship's hull number written after its name of up to five
    capitalised words at ``k``, with a hyphen ("Layang-635", "Nanggala - 402"), else ``k``."""
    j = k
    while j < min(len(words), k + _VESSEL_WORDS) and names[j]:
        j += 1
    if j > k and j + 1 < len(words) and words[j] == "-" and words[j + 1].isdigit():
        return j + 2
    return k


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


def _name_not_place(
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    kb: KnowledgeBase | None,
) -> bool:
    """Whether the untagged word at ``k`` opens a name rather than an office's place: a word of
    a known person's name ("Ahmad", "Budi") that opens no two-word place name ("Tanjung") and is
    no word of the Balinese naming order ("Ngurah": "Kanim Ngurah Rai"), followed by another
    untagged capitalised word."""
    if kb is None or k + 1 >= len(words) or covered[k] is not None or covered[k + 1] is not None:
        return False
    if not (names[k] and names[k + 1]) or words[k] in two_word_openers(kb):
        return False
    if words[k] in balinese_words():
        return False
    return words[k] in default_people().name_words()


def _known_name_at(words: list[str], k: int) -> bool:
    """Whether a known person's name of two or three words opens at ``k`` (a holder's name or
    alias, also one many people share)."""
    names = default_people().holder_forms()
    return any(" ".join(words[k : k + n]) in names for n in (3, 2) if k + n <= len(words))


def _district_then_name(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    k: int,
    kb: KnowledgeBase | None,
) -> bool:
    """Whether the word at ``k`` is a district's name of one word the gazetteer does not tag
    (one several districts share: "Sukaraja") followed by a capitalised word that is no place
    and no compass word: the office's place ends at the district. Not when a rank follows the
    capitalised words: the rank sets off the name, and the words before it are the office's
    ("Kaops Damai Cartenz Brigjen Pol Nama")."""
    if kb is None or k + 1 >= len(words) or covered[k] is not None or covered[k + 1] is not None:
        return False
    if not names[k + 1] or words[k + 1] in compass_words() or words[k + 1] == "Kota":
        return False
    j = k + 1
    while j < len(words) and names[j] and covered[j] is None and not lex.rank_at(words, j, False):
        j += 1
    if j < len(words) and lex.rank_at(words, j, False):
        return False
    return one_word_district(kb, words[k])


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
        if _name_not_place(words, names, covered, end, kb):
            # no place written: "Kalapas Ahmad Fauzi", the head's name right after the office
            return None if end == k else (end, class_name(words[k:end]))
        if end < len(words) and covered[end] is None:
            # a place the gazetteer does not know: one word ("Kalapas Cipinang Nama"), two
            # after a word that opens two-word place names ("KSOP Tanjung Priok Nama")
            # or after a word of the Balinese naming order: a place named after a person
            # ("Kanim Ngurah Rai Nama", the airport I Gusti Ngurah Rai)
            opens = kb is not None and words[end] in two_word_openers(kb)
            size = 2 if opens or words[end] in balinese_words() else 1
            after = place_to_comma(lex, words, names, covered, end, size)
            region = covered[after] if end < after < len(words) else None
            if region is not None and region_at(kb, region, after) is not None:
                after = int(region.end)  # the locality, then its region: "Wirogunan Yogyakarta"
            named = (after, hyphen_joined(words[end:after])) if after > end else None
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
            seat = place_to_comma(lex, words, names, covered, end + 1, 1) if end < len(words) else 0
            if words[end : end + 1] == ["di"] and seat > end + 1:
                named = seat, " ".join([named[1], hyphen_joined(words[end:seat])])
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
    if kind == "vessel":  # "KRI I Gusti Ngurah Rai-332": a ship's name, up to its hull number
        hull = _hull_end(words, names, k)
        if hull > k:
            return hull, " ".join(words[k : hull - 2]) + "-" + words[hull - 1]
        kind = "area"  # "KRI Bima Suci Letkol Laut (P) X": no number; its name as an area's
    if kind == "levelled":  # "Rumkit Tk. II Udayana": a hospital's level, then its place
        level = _level_end(words, k)
        named = command_name(lex, words, names, covered, level, "area", kb)
        if named is None or level == k:
            return named
        return named[0], f"Tingkat {words[level - 1]} {named[1]}"
    if kind == "title_area":  # "Kaops Damai Cartenz": an area, in a fused title only
        kind = "area"
    if kind == "designation_number":  # "Yon 400/Raider": numbered; "Yon Arsal" is a name
        if not (DESIGNATION.fullmatch(words[k]) or _NUMBERED_UNDER.fullmatch(words[k])):
            return None
        kind = "designation"
    if kind == "court":
        return _court_name(lex, words, names, covered, k, kb)
    if kind == "park":  # "Balai Besar TNGGP": a national park's office named by its short form
        ent = covered[k]
        free = ent is None or (ent.start == k and ent.end == k + 1)
        park = _PARK.fullmatch(words[k]) and not words[k].startswith(_ARMED_FORCES)
        return (k + 1, words[k]) if free and park else None
    if kind == "area_di":  # "Balai Besar POM di Semarang": the office's seat after "di"
        if k + 1 < len(words) and words[k] == "di" and covered[k + 1] is not None:
            named = command_name(lex, words, names, covered, k + 1, "area")
            return (named[0], "di " + named[1]) if named is not None else None
        kind = "area"
    ent = covered[k]
    if kind == "place_known":
        # "Bea Cukai Kudus": a region, named as regional offices name it; "Bea Cukai Madura",
        # "Bea Cukai Juanda": another place the gazetteer knows (an island, a port), as known
        kind = "place" if region_at(kb, ent, k) is not None else "known_area"
    if kind == "known_area":  # "Pengadilan Lumajang": a place the gazetteer knows, only
        if ent is None or ent.label_ != "LOC" or ent.start != k:
            return None
        kind = "area"
    if kind in ("place", "seat"):  # "BPS Jatim", "Kantor Perwakilan BI Solo"
        entry = region_at(kb, ent, k)
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
        district = district_at(words, names, covered, k, kb)
        if district > k:  # "Polsek Pasar Minggu", "Polsek Medan Baru"
            return district, " ".join(words[k:district])
        if _district_then_name(lex, words, names, covered, k, kb):
            return k + 1, words[k]  # "KUA Sukaraja Nama Nama": the district, then its head
        if ent is not None:
            if ent.label_ != "LOC" or ent.start != k:
                return None
            end, name = int(ent.end), bare_place(str(ent._.canonical or ent.text))
            entry = place_at(kb, ent, k)
            if entry is not None and entry.kind not in REGION_KINDS and entry.kind != "district":
                name = ent.text  # a river, an island: as written ("BBWS Citarum")
            if end < len(words) and words[end] == "Kota" and covered[end] is None:
                # the city command of a regency's namesake town: "Polresta Malang Kota"
                return end + 1, name + " Kota"
            if end < len(words) and covered[end] is None and words[end] in compass_words():
                # a district named after its town and a compass point: "Polsek Bitung Selatan"
                return end + 1, f"{name} {words[end]}"
            ranked = to_rank(lex, words, names, covered, end)
            if ranked > end:  # "Polsek Medan Baru Iptu X": a district named after its town
                return ranked, " ".join([name, *words[end:ranked]])
            if region_number(words, covered, end):
                # a region's numbered office: "Balai Wilayah Sungai Sumatera VIII"
                return end + 1, f"{name} {words[end]}"
            return end, name
        end = capitalised_end(lex, words, names, covered, k, 2)  # "Metro Jaya", "Barelang"
        if (
            end == k + 2
            and capitalised_end(lex, words, names, covered, k, 3) == k + 3
            and (words[k] not in name_openers() or _known_name_at(words, k + 1))
        ):
            # a place the gazetteer does not know, then a name: "Kejari Baturaja Nama Nama";
            # not a place named after a person ("Stasiun Meteorologi Ahmad Yani Nama"), unless a
            # known person's full name follows its first word ("Stasiun Meteorologi Hasanuddin
            # Rahmat Hidayat": "Hasanuddin" opens known names, and is the place here)
            end = k + (2 if kb is not None and words[k] in two_word_openers(kb) else 1)
        if end > k:
            end = max(end, to_rank(lex, words, names, covered, k))  # "Roesmin Nurjadin Marsma"
        if end > k and hyphened(lex, words, names, covered, end):
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
        end = capitalised_end(lex, words, names, covered, k, 3)
        if end == k:
            return None
        formed = company_form_end(words, end)  # "PT X (Persero) Tbk": the legal form ends it
        text = " ".join([*words[k:end], form_text(words[end:formed])]).rstrip()
        return formed, text
    if kind == "designation" and _NUMBERED_UNDER.fullmatch(words[k]):
        # a detachment numbered under its command (one token), then its seat: "Denpom IV/5
        # Semarang"
        after = capitalised_end(lex, words, names, covered, k + 1, 1)
        return after, " ".join(words[k:after])
    if DESIGNATION.fullmatch(words[k]) and (kind != "number" or words[k].isdigit()):
        end = k + 1
        text = words[k]
        if kind == "designation" and sub_number(words, end):
            # a Koramil numbered under its Kodim: "Koramil 1013-12/Dirung Lingkin"
            text += "-" + words[end + 1]
            end += 2
        # one word or one place after the number: a name may follow ("... 2 Pasirlangu Euis")
        if end + 1 < len(words) and words[end] == "/" and names[end + 1]:
            after = capitalised_end(lex, words, names, covered, end + 1, 1)
            body = covered[end + 1]
            if after == end + 1 and body is not None and body.start == end + 1:
                after = body.end  # "Yonkav 8/Kostrad": the body it belongs to, as written
            # a name of several words when a rank follows it: "161/Wira Sakti Brigjen TNI X",
            # "082/Citra Panca Yudha Jaya Kolonel Inf X", "084/Bhaskara Jaya, Mayor Inf X"
            after = max(after, name_to_rank(lex, words, names, covered, end + 1))
            return after, text + "/" + hyphen_joined(words[end + 1 : after])
        after = capitalised_end(lex, words, names, covered, end, 1)
        if kind == "designation" and _name_after_number(lex, words, names, covered, end):
            after = end  # "Kadensus 88 Rudi Hartono": the number closes the unit's name
        if kind == "designation":  # "Kodim 0818 Kab Malang-Batu Letkol Inf X"
            after = max(after, name_to_rank(lex, words, names, covered, end))
        if after > end:
            return after, text + " " + hyphen_joined(words[end:after])
        return None if kind == "number" else (end, text)
    if kind == "designation" and ent is None:
        end = capitalised_end(lex, words, names, covered, k, 2)  # "Kodam Jaya"
        return (end, " ".join(words[k:end])) if end > k else None
    return None


def _name_after_number(
    lex: Lexicons,
    words: list[str],
    names: list[bool],
    covered: Sequence[Span | None],
    end: int,
) -> bool:
    """Whether the words after a unit's number at ``end`` are a person's name and no seat: two
    capitalised words no place or body covers, and then none ("Pangkoarmada I Rudi Hartono
    berkata"); a seat is a known place ("Lantamal V Surabaya") or a word before a rank."""
    if any(covered[j] is not None for j in range(end, min(end + 2, len(words)))):
        return False
    return capitalised_end(lex, words, names, covered, end, 3) == end + 2


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
