"""Probe: which posts the lexicons define leave an unknown holder with no role or organisation?

Generated mentions, never mined rows. For each title family the lexicons define it writes
"<title in a written form> <place in a form the unit takes> <invented name>" and runs it in
the frame of the official-mention tables:

- fused command titles (``command_titles.tsv`` and the titles ``command_posts.tsv`` makes:
  "Kapolres", "Danrem", "Kasat Reskrim", "Dirreskrimum") before their unit's place or
  designation, and the fused sub-unit titles before the unit above them ("Kasat Reskrim
  Polres Kendal");
- written-out heads before the bodies of ``command_units.tsv`` ("Kepala Kantor Pertanahan
  Kabupaten Kendal", "Komandan Kodim 0715/Kendal", "Ketua Pengadilan Negeri Kendal");
- the court posts of ``justice.tsv`` before a court ("Panitera PN Kendal");
- each of these with the place or designation in the forms the gazetteer knows (bare, with
  its kind, the kind abbreviated, two words, a province's short form), then the name written
  plain, after a comma, after a rank (police and military titles) and with the title in lower
  case. The larger families are sampled by each form's own hash (``_sample``).

A mention's verdict is ``read`` (the PERSON has a role and an organisation), ``role`` (a role,
no organisation), ``bare`` (neither) or ``none`` (no PERSON in the mention). Measurement only:
nothing here is shipped, and no table is read.

usage: PYTHONPATH=src python tools/titleread_probe.py [--rows VERDICT] [--family NAME]
[--save FILE] [--diff FILE]
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from harness_cli import (
    extract_mentions,
    longest_person,
    option,
    print_changes,
    save_verdicts,
    saved_verdicts,
)

from pmk_extract import Extractor
from pmk_extract.lexicons import lexicons
from pmk_extract.resources import read_tsv

PUBLISHED = "2023-06-01"
# the rows probed of each family: all of a family of up to PER_FAMILY rows, one in
# SAMPLE_EVERY of a larger one
PER_FAMILY = 1000
SAMPLE_EVERY = 8
NAMES = ("Budi Santoso", "Rahmat Hidayat")
# the places and designations a unit's name kind (command_units.tsv) is written with: the
# region forms the gazetteer knows (bare, with its kind, abbreviated kind, two words, a city)
AREAS = ("Kendal", "Kabupaten Kendal", "Kab. Kendal", "Tangerang Selatan", "Kota Semarang")
FILLERS: dict[str, tuple[str, ...]] = {
    "area": AREAS,
    "area_di": AREAS,
    "area_kind": AREAS,
    "court": AREAS,
    "place": AREAS,
    "classed": ("Kelas IIA Kendal", "Kelas I Semarang", "Kendal"),
    "region": ("Kabupaten Kendal", "Kota Semarang", "Kab. Kendal"),
    "seat": ("Semarang", "Provinsi Jawa Tengah"),
    "designation": ("0715/Kendal", "0715 Kendal", "0715/Kdl", "Kendal"),
    "designation_number": ("400/Raider",),
    "number": ("5 Kendal",),
    "numbered": ("III",),
    "title": ("",),
    "fused": ("",),
}
# the province's forms, for the units of a province's level
PROVINCE = ("Jawa Tengah", "Jateng", "Provinsi Jawa Tengah", "Sulawesi Selatan", "Sulsel")
# units of a province's level (their place is a province) and their designations
PROVINCIAL = {"Polda", "Kodam", "Kejati", "Kanwil", "Pengadilan Tinggi", "PT", "Kakanwil"}
PROVINCIAL_DESIGNATION = ("IV/Diponegoro", "IV Diponegoro", "XIV/Hasanuddin")
# a police sub-unit's head is written before the command it serves
SUB_UNITS = {
    "Sat": "Polres Kendal",
    "Unit": "Polsek Kaliwungu",
    "Dit": "Polda Jawa Tengah",
    "Bid": "Polda Jateng",
}
# the posts of command_posts.tsv probed over every unit (heads and their deputies, fused)
HEAD_POSTS = ("Pang", "Dan", "Ka", "Dir", "Wakapolres", "Wadan", "Wadir")
RANKS = {"polri": "AKBP", "tni": "Letkol Inf"}


def _fillers(unit: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """The places or designations the probe writes after ``unit`` (none: a kind not probed)."""
    if kind not in FILLERS:
        return ()
    if unit[0] in PROVINCIAL or " ".join(unit[:2]) in PROVINCIAL:
        return PROVINCIAL_DESIGNATION if kind == "designation" else PROVINCE
    return FILLERS[kind]


def _written(key: tuple[str, ...]) -> str:
    """A lexicon key as written: its words apart, a comma after the word before it."""
    return " ".join(key).replace(" ,", ",")


def _service(parent: str) -> str:
    """``polri``, ``tni`` or ``other``: the rank family of a unit's officers."""
    return parent if parent in RANKS else "other"


def _written_head(parent: str, kind: str) -> str:
    """The written-out post before a body of ``command_units.tsv``."""
    if kind == "court":
        return "Ketua"
    return "Komandan" if parent == "tni" else "Kepala"


def mentions() -> list[tuple[str, str]]:
    """``(family, mention)`` pairs: every form the probe writes."""
    lex = lexicons()
    rows: list[tuple[str, str]] = []
    units = lex.command_units
    listed = {tuple(t.split(" ")) for t, _, _ in read_tsv("lexicons/command_titles.tsv", 3)}
    for title, (_, unit) in sorted(lex.command_titles.items()):
        if " ".join(title).isupper() or not title[0][:1].isupper():
            continue  # the capitals' copies: each title is probed once, as listed
        if title not in listed and not title[0].startswith(HEAD_POSTS):
            continue  # staff officers' posts over every unit: the heads' stand for them
        _, parent, kind = units.get(unit, ("", "-", ""))
        written = _written(title)
        family = f"fused {_service(parent)}"
        for filler in _fillers(unit, kind):
            rows.append((family, f"{written} {filler}".strip()))
        above = SUB_UNITS.get(unit[0]) if kind in ("title", "fused") and unit else None
        if above:
            rows.append((f"{family} sub-unit", f"{written} {above}"))
    for unit, (_, parent, kind) in sorted(units.items()):
        if kind in ("title", "fused"):
            continue
        head = _written_head(parent, kind)
        for filler in _fillers(unit, kind):
            rows.append((f"written {kind}", f"{head} {_written(unit)} {filler}".strip()))
    courts = [u for u, (_, _, k) in units.items() if k == "court"]
    for post, kind, _, _ in read_tsv("lexicons/justice.tsv", 4):
        if kind != "court_post":
            continue
        for court in courts:
            for filler in AREAS:
                rows.append(("court post", f"{post} {_written(court)} {filler}"))
    return _sample(rows)


def _sample(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every row of a family of at most :data:`PER_FAMILY` rows; of a larger one the rows
    whose mention's hash falls in one of :data:`SAMPLE_EVERY` buckets: a row is kept or left
    by its own text, so a title the lexicons gain does not change which others are probed."""
    sizes = Counter(family for family, _ in rows)
    return [
        (family, body)
        for family, body in rows
        if sizes[family] <= PER_FAMILY
        or int(hashlib.md5(body.encode()).hexdigest(), 16) % SAMPLE_EVERY == 0
    ]


def variants(family: str, body: str) -> list[tuple[str, str]]:
    """``(shape, mention)``: the body before a name in the probe's written shapes."""
    out = []
    out.append(("plain", f"{body} {NAMES[0]}"))
    out.append(("comma", f"{body}, {NAMES[1]}"))
    rank = RANKS.get(family.split()[1]) if family.startswith("fused ") else None
    if rank:
        out.append(("rank", f"{body} {rank} {NAMES[0]}"))
    out.append(("lower", f"{body[0].lower()}{body[1:]} {NAMES[0]}"))
    return out


def verdict(person: object) -> str:
    """The verdict of a mention's longest PERSON."""
    if person is None:
        return "none"
    role, org = getattr(person, "role", None), getattr(person, "org", None)
    return "read" if role and org else "role" if role else "bare"


def main(argv: list[str]) -> None:
    """Run the probe and print its counts by family (and the rows asked for)."""
    only_family = option(argv, "--family")
    show = option(argv, "--rows")
    items = [
        (family, shape, mention)
        for family, body in mentions()
        if only_family is None or family == only_family
        for shape, mention in variants(family, body)
    ]
    records = extract_mentions(Extractor(), [(m, PUBLISHED) for _, _, m in items])
    counts: dict[str, Counter[str]] = {}
    state: dict[str, str] = {}
    for (family, shape, mention), record in zip(items, records, strict=True):
        person = longest_person(record, len(mention))
        got = verdict(person)
        counts.setdefault(family, Counter())[got] += 1
        counts.setdefault("ALL", Counter())[got] += 1
        state[mention] = got
        if show in (got, "all"):
            seen = (person.canonical, person.role, person.org) if person else None
            print(f"  {got:5} [{family} / {shape}] {mention!r} -> {seen}")
    for family, count in sorted(counts.items()):
        total = sum(count.values())
        cells = " ".join(f"{v}={count[v]}" for v in ("read", "role", "bare", "none"))
        print(f"{family:28} {total:5}  {cells}")
    print_changes(saved_verdicts(option(argv, "--diff")), state)
    save_verdicts(option(argv, "--save"), state)


if __name__ == "__main__":
    main(sys.argv[1:])
