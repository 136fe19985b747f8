"""Perturbation harness: how robust is the officials reader to careless writing?

Takes the rows of the development official-mention tables that come out right, applies
rule-generated corruptions of the kinds real pages contain (a title misspelt by one letter,
a title glued to its place or to the name, degrees glued, old spellings and one letter
dropped or doubled in a holder's name, lower-case region words, double spaces, curly
apostrophes, stray brackets) and prints the share still right per kind. Organisation, unit
and region words are perturbed too: a word of an organisation's or unit's name misspelt by
one letter ("Dinas Kesehtan", "Kejaksan"), a neighbouring key typed in an abbreviated unit
name ("Kemenkrs"), a region's name misspelt by one letter ("Banyumass", "Jawa Tenga"), the
kind word of a region in lower case ("kabupaten Garut") or written short ("Kab. Garut", "Kab
Garut", "Prov. Jambi") or glued ("Kab.Garut", "KabupatenGarut"), and a comma doubled or
with a space before it. Negative perturbations (another real person's name, a name two
edits away, a common word under the title) must not be linked to the row's holder: the
share linked is printed per kind; nor may another real region written in the region's place,
a real region one letter off it or a dictionary word one letter off it give the row's
organisation.

Generated kinds, from no table: every named office's title (offices.jsonl) with its first word
misspelt and a holder's name on a day of the term (gen-office-*), every generic title head
(titles.tsv) before a regency's department and every police command title (command_titles.tsv)
before its place and rank, misspelt, with invented names (gen-generic-*); and a holder's name
with a letter doubled after the title of another office (neg-gen-near-holder: not linked).

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/typo_harness.py
[--per-kind N] [--save FILE] [--diff FILE] [--show KIND]
Measurement only: nothing here is shipped, and no held-out table is read.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness_cli import extract_mentions, option, save_verdicts, saved_verdicts

from pmk_extract import Extractor

DEV = [
    "official_mentions.jsonl",
    "official_mentions_heldout.jsonl",
    *(f"official_mentions_heldout{i}.jsonl" for i in range(2, 6)),
]
KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS = {
    ch: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in KEYS
    for i, ch in enumerate(row)
}
COMMON = ["Sementara", "Bersama", "Kemarin", "Selanjutnya", "Mengatakan", "Pihaknya"]
# old and new spellings, both ways
SWAPS = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("y", "i"), ("i", "y"), ("u", "oe")]
SWAPS += [("j", "dj"), ("kh", "ch"), ("ch", "h")]

Row = dict[str, Any]
Perturb = Callable[[Row, random.Random], str | None]


def _alpha_words(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[A-Za-z]+", text))


def _title_word(row: Row) -> re.Match[str] | None:
    """The first word of the title: alphabetic, capitalised, six letters or more."""
    for m in _alpha_words(row["title"]):
        w = m.group()
        if len(w) >= 6 and w[0].isupper() and w[1:].islower():
            return m
        return None
    return None


def _edit_title(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str]
) -> str | None:
    m = _title_word(row)
    if m is None:
        return None
    new = edit(m.group(), rnd)
    title = row["title"][: m.start()] + new + row["title"][m.end() :]
    return title + row["name"] + row["rest"]


def _drop(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    return word[:k] + word[k + 1 :]


def _double(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    return word[:k] + word[k] + word[k:]


def _swap(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word) - 1)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def _key(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    ch = word[k].lower()
    near = NEIGHBOURS.get(ch, "")
    if not near:
        return word
    return word[:k] + rnd.choice(near) + word[k + 1 :]


def _name_word(row: Row, rnd: random.Random, size: int = 5) -> re.Match[str] | None:
    words = [
        m for m in _alpha_words(row["name"]) if len(m.group()) >= size and m.group()[1:].islower()
    ]
    return rnd.choice(words) if words else None


def _edit_name(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str]
) -> str | None:
    if not row["holder"]:
        return None
    m = _name_word(row, rnd)
    if m is None:
        return None
    name = row["name"][: m.start()] + edit(m.group(), rnd) + row["name"][m.end() :]
    return row["title"] + name + row["rest"]


def _old_spelling(row: Row, rnd: random.Random) -> str | None:
    if not row["holder"]:
        return None
    name = row["name"]
    options = [(o, n) for o, n in SWAPS if o in name[1:]]
    if not options:
        return None
    old, new = rnd.choice(options)
    spots = [k for k in range(1, len(name)) if name.startswith(old, k)]
    k = rnd.choice(spots)
    return row["title"] + name[:k] + new + name[k + len(old) :] + row["rest"]


def _glue_place(row: Row, rnd: random.Random) -> str | None:
    """ "BupatiSleman Nama": the first space of a title of two words or more dropped."""
    title = row["title"]
    m = re.match(r"([A-Z][a-z]+) ([A-Z][A-Za-z]+)", title)
    if m is None:
        return None
    return title[: m.end(1)] + title[m.end(1) + 1 :] + row["name"] + row["rest"]


def _dot_name(row: Row, rnd: random.Random) -> str | None:
    """ "Kapolres.Nama": the space before the name written as a dot."""
    title = row["title"].rstrip()
    if not title or not title[-1].isalpha():
        return None
    return title + "." + row["name"] + row["rest"]


def _glued_front_degrees(row: Row, rnd: random.Random) -> str | None:
    """ "Dr.Ir.H.Nama": degrees and honorific glued before the name."""
    title = row["title"]
    if not title.endswith(" "):
        return None
    front = rnd.choice(["Dr.Ir.H.", "H.", "Drs.H.", "Dr.", "Ir.H."])
    return title + front + row["name"] + row["rest"]


def _glued_back_degrees(row: Row, rnd: random.Random) -> str | None:
    """ "Nama,S.Sos,M.Si": degrees after the name without spaces."""
    if row["rest"].strip():
        return None
    back = rnd.choice([",S.Sos,M.Si", " S.Sos,M.Si", ",SH,MH", ",S.STP.,M.Si.", " SE.MM"])
    return row["title"] + row["name"] + back


def _region_words() -> frozenset[str]:
    """The capitalised words of the names of provinces, regencies and cities."""
    with Path("models/gazetteers/regions.jsonl").open(encoding="utf-8") as handle:
        names = [json.loads(line)["canonical"] for line in handle if line.strip()]
    return frozenset(w for n in names for w in n.split() if w[1:].islower() and len(w) > 2)


REGION_WORDS = _region_words()


def _lower_region(row: Row, rnd: random.Random) -> str | None:
    """ "Bupati sleman": the words of a region's name in the title in lower case."""
    words = row["title"].split(" ")
    spots = [k for k in range(1, len(words)) if words[k].strip(",") in REGION_WORDS]
    if not spots:
        return None
    for k in spots:
        words[k] = words[k].lower()
    return " ".join(words) + row["name"] + row["rest"]


def _region_names() -> dict[str, tuple[str, str]]:
    """Bare name of every province, regency and city (and its written aliases in title
    case) -> (kind, canonical)."""
    out: dict[str, tuple[str, str]] = {}
    with Path("models/gazetteers/regions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            entry = json.loads(line)
            for name in (entry["canonical"], *entry["aliases"]):
                bare = re.sub(r"^(Kabupaten|Kab\.|Kota|Provinsi|Prov\.) ", "", name)
                words = bare.split()
                if words and all(w[:1].isupper() and w[1:].islower() for w in words):
                    out.setdefault(bare, (entry["kind"], entry["canonical"]))
    return out


REGION_NAMES = _region_names()
_KIND_WORD = re.compile(r"\b(Kabupaten|Kota|Provinsi) (?=[A-Z][a-z])")


def _rebuild(row: Row, part: str, text: str) -> str:
    return (
        (text if part == "title" else row["title"])
        + row["name"]
        + (text if part == "rest" else row["rest"])
    )


def _region_spans(text: str) -> list[tuple[int, int, str]]:
    """Regions named in ``text``: (start, end, bare name), longest first at each place."""
    found: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}", text):
        words = m.group().split()
        for size in range(len(words), 0, -1):
            for k in range(len(words) - size + 1):
                name = " ".join(words[k : k + size])
                if name in REGION_NAMES:
                    start = m.start() + len(" ".join(words[:k])) + (1 if k else 0)
                    if not any(a <= start < b for a, b, _ in found):
                        found.append((start, start + len(name), name))
    return found


def _edit_region(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str]
) -> str | None:
    """One word of six letters or more of a region's name in the mention edited."""
    spots = [
        (part, start + w.start(), start + w.end())
        for part in ("title", "rest")
        for start, end, _ in _region_spans(row[part])
        for w in re.finditer(r"[A-Za-z]{6,}", row[part][start:end])
    ]
    if not spots:
        return None
    part, a, b = rnd.choice(spots)
    text = row[part]
    return _rebuild(row, part, text[:a] + edit(text[a:b], rnd) + text[b:])


def _org_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Words of organisations' and units' names (title case, six letters or more, no word of
    a region's name or alias) and abbreviated unit names (one word of six letters or more
    that no full name holds: "Kemenkes", "Kejagung")."""
    from pmk_extract.kb import default_kb
    from pmk_extract.lexicons import lexicons

    lex = lexicons()
    kb = default_kb()
    places = {
        w for s, es in kb.surfaces.items() if any(e.label == "LOC" for e in es) for w in s.split()
    }
    surfaces = [s for s, es in kb.surfaces.items() if any(e.label == "ORG" for e in es)]
    heads = [" ".join(h) for h in (*lex.unit_heads, *lex.command_units)]
    full = [n for n in (*surfaces, *heads, *lex.abbreviations.values()) if " " in n]
    words = {
        w
        for name in full
        for w in name.split()
        if len(w) >= 6 and w.isalpha() and w[:1].isupper() and w[1:].islower()
    }
    shorts = {
        n
        for n in (*surfaces, *lex.abbreviations)
        if " " not in n and len(n) >= 6 and n.isalpha() and n[:1].isupper() and n[1:3].islower()
    }
    return frozenset(words - places), frozenset(shorts - words - places)


UNIT_WORDS, UNIT_SHORTS = _org_vocabulary()


def _edit_unit(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str], short: bool
) -> str | None:
    """A word of an organisation's or unit's name (not the title's first word) edited, or,
    with ``short``, an abbreviated unit name ("Kemenkes")."""
    vocabulary = UNIT_SHORTS if short else UNIT_WORDS
    spots = []
    for part in ("title", "rest"):
        words = _alpha_words(row[part])
        for k, m in enumerate(words):
            if (part == "title" and k == 0) or m.group() not in vocabulary:
                continue
            if m.end() < len(row[part]) and row[part][m.end()] in "-/'":
                continue
            spots.append((part, m.start(), m.end()))
    if not spots:
        return None
    part, a, b = rnd.choice(spots)
    text = row[part]
    return _rebuild(row, part, text[:a] + edit(text[a:b], rnd) + text[b:])


def _key_inside(word: str, rnd: random.Random) -> str:
    """A letter after the first two typed with a neighbouring key, in its case."""
    k = rnd.randrange(2, len(word))
    near = NEIGHBOURS.get(word[k].lower(), "")
    if not near:
        return word
    new = rnd.choice(near)
    return word[:k] + (new.upper() if word[k].isupper() else new) + word[k + 1 :]


def _kind_spots(row: Row) -> list[tuple[str, re.Match[str]]]:
    """Kind words ("Kabupaten", "Kota", "Provinsi") before a region's name in the mention."""
    out = []
    for part in ("title", "rest"):
        for m in _KIND_WORD.finditer(row[part]):
            if any(a == m.end() for a, _, _ in _region_spans(row[part])):
                out.append((part, m))
    return out


def _lower_kind(row: Row, rnd: random.Random) -> str | None:
    """ "kabupaten Garut", "kota Bandung": the kind word before a region in lower case."""
    spots = _kind_spots(row)
    if not spots:
        return None
    part, m = rnd.choice(spots)
    text = row[part]
    return _rebuild(row, part, text[: m.start()] + m.group(1).lower() + text[m.end(1) :])


_SHORT_KIND = {"Kabupaten": ["Kab.", "Kab"], "Provinsi": ["Prov.", "Prov"], "Kota": ["Kota."]}
_GLUED_KIND = {"Kabupaten": ["Kab.", "Kabupaten"], "Provinsi": ["Prov.", "Provinsi"]}
_GLUED_KIND["Kota"] = ["Kota"]


def _short_kind(row: Row, rnd: random.Random) -> str | None:
    """ "Kab. Garut", "Kab Garut", "Prov. Jambi", "Kota. Bandung"."""
    spots = _kind_spots(row)
    if not spots:
        return None
    part, m = rnd.choice(spots)
    text = row[part]
    short = rnd.choice(_SHORT_KIND[m.group(1)])
    return _rebuild(row, part, text[: m.start()] + short + text[m.end(1) :])


def _glued_kind(row: Row, rnd: random.Random) -> str | None:
    """ "Kab.Garut", "KabupatenGarut", "KotaBandung": the kind word glued to the name."""
    spots = _kind_spots(row)
    if not spots:
        return None
    part, m = rnd.choice(spots)
    text = row[part]
    glued = rnd.choice(_GLUED_KIND[m.group(1)])
    return _rebuild(row, part, text[: m.start()] + glued + text[m.end() :])


def _stray_comma(row: Row, rnd: random.Random) -> str | None:
    """A comma of the mention doubled (",,") or written after a space (" ,")."""
    spots = [(part, m.start()) for part in ("title", "rest") for m in re.finditer(",", row[part])]
    if not spots:
        return None
    part, k = rnd.choice(spots)
    text = row[part]
    stray = rnd.choice([",,", " ,"])
    return _rebuild(row, part, text[:k] + stray + text[k + 1 :])


def _region_of_org(row: Row) -> tuple[str, int, int, str] | None:
    """A region written in the mention whose name the row's organisation carries."""
    for part in ("title", "rest"):
        for a, b, name in _region_spans(row[part]):
            if row["org"] and (name in row["org"] or REGION_NAMES[name][1] in row["org"]):
                return part, a, b, name
    return None


def _other_region(row: Row, rnd: random.Random) -> str | None:
    """The region the organisation is named after replaced by another of its kind."""
    found = _region_of_org(row)
    if found is None:
        return None
    part, a, b, name = found
    kind = REGION_NAMES[name][0]
    others = sorted(
        n
        for n, (k, canon) in REGION_NAMES.items()
        if k == kind
        and canon != REGION_NAMES[name][1]
        and n not in row["org"]
        and not set(n.split()) & set(name.split())
    )
    text = row[part]
    return _rebuild(row, part, text[:a] + rnd.choice(others) + text[b:])


def _one_edit_words(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    w = word.lower()
    out = {w[:k] + w[k + 1 :] for k in range(len(w))}
    out |= {w[:k] + c + w[k + 1 :] for k in range(1, len(w)) for c in letters}
    out |= {w[:k] + c + w[k:] for k in range(1, len(w) + 1) for c in letters}
    out.discard(w)
    return out


def _near_region(row: Row, rnd: random.Random) -> str | None:
    """The region the organisation is named after written as another real region one letter
    off it ("Bangli" for "Bangil" is another place)."""
    found = _region_of_org(row)
    if found is None or row["holder"]:
        return None  # a holder's full name gives the office whatever the region
    part, a, b, name = found
    near = _one_edit_words(name)
    others = sorted(
        n for n in REGION_NAMES if n.lower() in near and REGION_NAMES[n][1] != REGION_NAMES[name][1]
    )
    if not others:
        return None
    text = row[part]
    return _rebuild(row, part, text[:a] + rnd.choice(others) + text[b:])


def _word_near_region(row: Row, rnd: random.Random) -> str | None:
    """A one-word region the organisation is named after written as a dictionary word one
    letter off it, capitalised ("Bantal" for "Bantul")."""
    from pmk_extract.stemming import root_words

    found = _region_of_org(row)
    if found is None or " " in found[3] or len(found[3]) < 5 or row["holder"]:
        return None  # a holder's full name gives the office whatever the region
    part, a, b, name = found
    words = root_words()
    others = sorted(w for w in _one_edit_words(name) if w in words and w[0] == name[0].lower())
    if not others:
        return None
    text = row[part]
    return _rebuild(row, part, text[:a] + rnd.choice(others).capitalize() + text[b:])


def _double_space(row: Row, rnd: random.Random) -> str | None:
    """One space of the mention written twice."""
    mention = row["title"] + row["name"] + row["rest"]
    spots = [k for k, ch in enumerate(mention) if ch == " "]
    if not spots:
        return None
    k = rnd.choice(spots)
    return mention[:k] + " " + mention[k:]


def _double_spaces(row: Row, rnd: random.Random) -> str | None:
    mention = row["title"] + row["name"] + row["rest"]
    if " " not in mention:
        return None
    return mention.replace(" ", "  ")


def _curly(row: Row, rnd: random.Random) -> str | None:
    mention = row["title"] + row["name"] + row["rest"]
    if "'" not in mention:
        return None
    return mention.replace("'", "\u2019")


def _brackets(row: Row, rnd: random.Random) -> str | None:
    """ "Bupati Sleman (Nama)" or a stray bracket after the name."""
    if row["rest"].strip() or not row["title"].endswith(" "):
        return None
    if rnd.random() < 0.5:
        return row["title"] + "(" + row["name"] + ")"
    return row["title"] + row["name"] + " )"


def _other_person(row: Row, rnd: random.Random) -> str | None:
    other = rnd.choice(row["others"])
    return row["title"] + other + row["rest"]


def _two_edits(row: Row, rnd: random.Random) -> str | None:
    """Two consonants of the name's longest word changed for other consonants."""
    if not row["holder"]:
        return None
    words = _alpha_words(row["name"])
    if not words:
        return None
    m = max(words, key=lambda m: len(m.group()))
    w = list(m.group())
    spots = [k for k in range(1, len(w)) if w[k] in "bcdfgjklmnprstvz"]
    if len(spots) < 2:
        return None
    for k in rnd.sample(spots, 2):
        w[k] = rnd.choice([c for c in "bdgklmnprst" if c != w[k]])
    name = row["name"][: m.start()] + "".join(w) + row["name"][m.end() :]
    return row["title"] + name + row["rest"]


def _common_word(row: Row, rnd: random.Random) -> str | None:
    return row["title"] + rnd.choice(COMMON) + row["rest"]


POSITIVE: dict[str, Perturb] = {
    "title-drop": lambda r, g: _edit_title(r, g, _drop),
    "title-double": lambda r, g: _edit_title(r, g, _double),
    "title-swap": lambda r, g: _edit_title(r, g, _swap),
    "title-key": lambda r, g: _edit_title(r, g, _key),
    "glue-title-place": _glue_place,
    "dot-before-name": _dot_name,
    "glued-front-degrees": _glued_front_degrees,
    "glued-back-degrees": _glued_back_degrees,
    "name-old-spelling": _old_spelling,
    "name-drop": lambda r, g: _edit_name(r, g, _drop),
    "name-double": lambda r, g: _edit_name(r, g, _double),
    "lower-region": _lower_region,
    "double-space": _double_space,
    "double-spaces-all": _double_spaces,
    "curly-apostrophe": _curly,
    "stray-brackets": _brackets,
    "unit-drop": lambda r, g: _edit_unit(r, g, _drop, False),
    "unit-double": lambda r, g: _edit_unit(r, g, _double, False),
    "unit-swap": lambda r, g: _edit_unit(r, g, _swap, False),
    "unit-key": lambda r, g: _edit_unit(r, g, _key, False),
    "unit-short-key": lambda r, g: _edit_unit(r, g, _key_inside, True),
    "region-drop": lambda r, g: _edit_region(r, g, _drop),
    "region-double": lambda r, g: _edit_region(r, g, _double),
    "region-swap": lambda r, g: _edit_region(r, g, _swap),
    "region-key": lambda r, g: _edit_region(r, g, _key),
    "lower-kind": _lower_kind,
    "short-kind": _short_kind,
    "glued-kind": _glued_kind,
    "stray-comma": _stray_comma,
}
NEGATIVE: dict[str, Perturb] = {
    "neg-other-person": _other_person,
    "neg-two-edits": _two_edits,
    "neg-common-word": _common_word,
    "neg-other-region": _other_region,
    "neg-near-region": _near_region,
    "neg-word-near-region": _word_near_region,
}
# negatives judged by the organisation: the row's must not be given
REGION_NEGATIVE = frozenset({"neg-other-region", "neg-near-region", "neg-word-near-region"})


# generated cases: every title head of the lexicons and the knowledge base misspelt, with the
# holders of named offices on their dates and invented names (none in the knowledge base)
INVENTED = ["Yohanes Bria", "Ratna Kusumawati", "Baharuddin Lamato", "Marthinus Rumbewas"]
INVENTED += ["Hasnah Daeng Baji", "Teguh Wicaksono", "Fransiskus Lamablawa", "Dewi Sartika Harahap"]
POLRES = ["Garut", "Banyumas", "Sikka", "Palopo", "Lamongan", "Toba", "Nunukan", "Merauke"]
REGENCIES = ["Garut", "Banyumas", "Sikka", "Lamongan", "Toba", "Merauke", "Kapuas Hulu", "Bima"]
EDITS = {"drop": _drop, "double": _double, "swap": _swap, "key": _key}
# first words of generic titles a regency's department's posts open with, whatever else they
# open, and those of titles no such post has
DEPARTMENT = frozenset({"Kepala", "Sekretaris", "Wakil", "Koordinator", "Analis", "Asisten"})
NO_DEPARTMENT = frozenset({"Komandan", "Rektor", "Perwira", "Dekan", "Panglima", "Tenaga"})


def _head_word(title: str) -> re.Match[str] | None:
    """The first word of ``title`` when it is capitalised, alphabetic, six letters or more."""
    m = re.match(r"[A-Z][a-z]{5,}\b", title)
    return m


def _office_rows() -> list[Row]:
    """A named office's title and the holder of one term, dated inside the term."""
    import datetime as dt

    from pmk_extract.components.title_parts import org_name
    from pmk_extract.kb import default_kb
    from pmk_extract.people import default_people

    kb, people = default_kb(), default_people()
    rows: list[Row] = []
    for holder in people.holders:
        office = people.offices.get(holder.office)
        if office is None or holder.start is None or holder.title_only or holder.acting:
            continue
        day = holder.start + dt.timedelta(days=60)
        if holder.end is not None and day > holder.end:
            day = holder.start
        titles = [t for t in office.titles if _head_word(t)]
        org = org_name(kb, office.org, day)
        if titles and org and people.title(titles[0], day) == office:
            rows.append(
                {"title": titles[0], "name": holder.name, "org": org, "published": str(day)}
            )
    return rows


def _generic_rows() -> list[Row]:
    """A generic title head of titles.tsv over a regency's department, the command titles
    over their unit's place and rank, each with an invented name."""
    from pmk_extract.lexicons import lexicons
    from pmk_extract.people import default_people

    lex = lexicons()
    offices = default_people().office_words
    rows: list[Row] = []
    for k, head in enumerate(sorted(" ".join(h) for h in lex.title_heads)):
        target = lex.title_heads[tuple(head.split())][1]
        first = head.split()[0]
        if target != "org" or not _head_word(head) or first in lex.abbreviations:
            continue  # "Dirjen", "Sekjen": a national unit's head, no department's post
        if first in NO_DEPARTMENT or (first in offices and first not in DEPARTMENT):
            continue  # "Menteri", "Rektor", "Komandan": no post of a regency's department
        regency = REGENCIES[k % len(REGENCIES)]
        rows.append(
            {
                "title": f"{head} Dinas Kesehatan Kabupaten {regency},",
                "name": INVENTED[k % len(INVENTED)],
                "org": f"Pemerintah Kabupaten {regency}",
                "published": "2024-06-01",
            }
        )
    for k, (title, _, unit) in enumerate(read_rows("lexicons/command_titles.tsv")):
        if not unit.startswith(("Polres", "Polsek", "Polda")) or " " in title:
            continue
        rank = "Kompol" if title.startswith("Waka") else "AKBP"
        rows.append(
            {
                "title": f"{title} {POLRES[k % len(POLRES)]} {rank}",
                "name": INVENTED[k % len(INVENTED)],
                "org": "Kepolisian Negara Republik Indonesia",
                "published": "2024-06-01",
            }
        )
    return rows


def read_rows(relative: str) -> list[list[str]]:
    """The rows of a lexicon TSV of ``models/``, comments left out."""
    with (Path("models") / relative).open(encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _generated(rnd: random.Random, per_kind: int) -> list[tuple[str, Row, str]]:
    """Cases of the generated kinds: gen-office-* (a named office's title misspelt and its
    holder on the date), gen-generic-* (a generic or command title misspelt, an invented
    name), and neg-gen-near-holder (a holder's name one letter off after the title of another
    office with a holder that day: not linked to that holder)."""
    offices, generic = _office_rows(), _generic_rows()
    cases: list[tuple[str, Row, str]] = []
    for family, rows in (("gen-office", offices), ("gen-generic", generic)):
        for edit_name, edit in EDITS.items():
            kind = f"{family}-{edit_name}"
            made = []
            for row in rows:
                m = _head_word(row["title"])
                assert m is not None
                new = edit(m.group(), rnd)
                if new == m.group():
                    continue
                text = f"{new}{row['title'][m.end() :]} {row['name']}"
                made.append((kind, dict(row, person=row["name"]), text))
            rnd.shuffle(made)
            cases += made[:per_kind]
    made = []
    for row in offices:
        other = rnd.choice(offices)
        if other["name"] == row["name"] or len(other["name"]) < 8:
            continue
        words = other["name"].split()
        k = max(range(len(words)), key=lambda i: len(words[i]))  # its longest word, doubled
        name = " ".join([*words[:k], _double(words[k], rnd), *words[k + 1 :]])
        text = f"{row['title']} {name}"
        made.append(("neg-gen-near-holder", dict(row, person=other["name"]), text))
    rnd.shuffle(made)
    return cases + made[:per_kind]


def _person(record: Any, mention: str) -> Any:
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    return max(inside, key=lambda e: e.end - e.start) if inside else None


def _run(ex: Extractor, items: list[tuple[str, str]]) -> list[Any]:
    records = extract_mentions(ex, items)
    return [_person(rec, m) for (m, _), rec in zip(items, records, strict=True)]


def main(argv: list[str]) -> None:
    per_kind = int(option(argv, "--per-kind") or 250)
    show = option(argv, "--show")
    rows: list[Row] = []
    for name in DEV:
        with (Path("tests/data") / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    rows = [r for r in rows if r["person"] is not None]
    with Path("models/gazetteers/holders.jsonl").open(encoding="utf-8") as handle:
        holders = {json.loads(line)["name"] for line in handle if line.strip()}
    ex = Extractor()
    found = _run(ex, [(r["mention"], r["published"]) for r in rows])
    good: list[Row] = []
    for r, p in zip(rows, found, strict=True):
        if p is None or p.canonical != r["person"] or p.org != r["org"]:
            continue
        good.append(
            dict(
                r,
                title=r["mention"][: p.start],
                name=r["mention"][p.start : p.end],
                rest=r["mention"][p.end :],
                holder=r["person"] in holders,
            )
        )
    names = sorted({r["name"] for r in good if r["holder"] and " " in r["name"]})
    holders_right = sum(r["holder"] for r in good)
    print(f"rows right: {len(good)} of {len(rows)}; holders among them: {holders_right}")
    cases: list[tuple[str, Row, str]] = []
    for kind, perturb in {**POSITIVE, **NEGATIVE}.items():
        rnd = random.Random(kind)
        made: list[tuple[str, Row, str]] = []
        for r in good:
            r = dict(r, others=[n for n in names if not set(n.split()) & set(r["person"].split())])
            if kind == "neg-other-person" and not r["holder"]:
                continue
            text = perturb(r, rnd)
            if text is not None and text != r["mention"]:
                made.append((kind, r, text))
        rnd.shuffle(made)
        cases += made[:per_kind]
    cases += _generated(random.Random("generated"), per_kind)
    out = _run(ex, [(text, r["published"]) for _, r, text in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    state: dict[str, bool] = {}
    for (kind, r, text), p in zip(cases, out, strict=True):
        total[kind] += 1
        if kind in REGION_NEGATIVE:
            ok = p is None or p.org != r["org"]
        elif kind in NEGATIVE or kind.startswith("neg-"):
            # wrong: the row's holder (or any holder by a fuzzy match) linked to the text
            ok = p is None or (p.canonical != r["person"] and p.matched != "fuzzy")
        else:
            ok = p is not None and p.canonical == r["person"] and p.org == r["org"]
        right[kind] += ok
        state[f"{kind}|{text}|{r['published']}"] = ok
        if show == kind and not ok:
            got = (p.canonical, p.org, p.matched) if p else None
            print(f"  {text!r} {r['published']} want {r['person']!r}/{r['org']!r} got {got}")
    print(f"{'kind':22} {'right':>7} {'share':>6}")
    generated = sorted(k for k in total if k.startswith(("gen-", "neg-gen-")))
    for kind in (*POSITIVE, *NEGATIVE, *generated):
        if total[kind]:
            label = "unlinked" if kind.startswith("neg-") else "right"
            print(
                f"{kind:22} {right[kind]:3}/{total[kind]:3} {right[kind] / total[kind]:.3f} {label}"
            )
    pos = [k for k in POSITIVE if total[k]]
    print(f"positive mean share: {sum(right[k] / total[k] for k in pos) / len(pos):.3f}")
    save_verdicts(option(argv, "--save"), state)
    old = saved_verdicts(option(argv, "--diff"))
    if old is not None:
        for key, ok in state.items():
            if key in old and old[key] != ok:
                print(("GAINED " if ok else "LOST   ") + key)


if __name__ == "__main__":
    main(sys.argv[1:])
