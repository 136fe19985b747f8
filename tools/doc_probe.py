"""Document probe: which regional posts written without their region get no role, no
organisation or a wrong one in a document that names the region?

Reads ``tools/doc_forms/posts.tsv`` (post forms the regional press writes bare, with the
levels of region they exist at and the organisation their holder has), ``regions.tsv`` (the
regencies, cities and provinces the documents are about) and ``shapes.tsv`` (datelines and
opening sentences), writes for each post form and region a short document: the dateline, the
opening sentence, then "POST Nama memberikan keterangan kepada wartawan." and checks the
PERSON of the name (the post's holder in the region on the day when the knowledge base
records one, else an invented name). The post is written in each shape of document, and in
the base shape (upper-case dateline, the government named) also in capitals, in lower case,
with "H." and degrees, with a comma before the name and after "Plt", and with its region
written out
("explicit"). A document that names no region of the post's level wants no organisation
(precision); one that names a province as a place only, after its capital's dateline, takes
either the province's or none for a post of either level.
Measurement only: nothing here is shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/doc_probe.py
[--published YYYY-MM-DD] [--family F] [--all] [--save FILE] [--diff FILE]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from harness_cli import option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor, Record
from pmk_extract.lexicons import lexicons
from pmk_extract.people import People, default_people

FORMS = Path(__file__).parent / "doc_forms"
DISTRICTS = Path(__file__).parents[1] / "models" / "gazetteers" / "districts.jsonl"
NAME = "Rudi Hartanto"
INVENTED_HEAD = "Hendra Wijaya"  # the head's name when the knowledge base holds none
KIND = {"regency": "Kabupaten", "city": "Kota", "province": "Provinsi"}
GOV = {"regency": "Pemkab", "city": "Pemkot", "province": "Pemprov"}
HEAD = {"regency": "Bupati", "city": "Wali Kota", "province": "Gubernur"}
FRAME = "{mention} memberikan keterangan kepada wartawan."
LOWER_FRAME = "Hal itu dikatakan {mention} kepada wartawan."  # a lower-case post mid-sentence
BASE = ("upper", "gov")  # the document shape the post's written variants are tried in


@dataclass(frozen=True)
class Post:
    """A post form of ``posts.tsv``."""

    form: str
    levels: tuple[str, ...]
    org: str
    family: str


@dataclass(frozen=True)
class Region:
    """A region of ``regions.tsv``, with a district of it (for "Camat X")."""

    level: str
    name: str
    place: str
    district: str | None


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file of ``doc_forms`` (comments skipped)."""
    path = FORMS / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def districts() -> dict[str, str]:
    """A district of each regency or city, one the gazetteer knows by its bare name."""
    found: dict[str, str] = {}
    for line in DISTRICTS.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        bare = entry["canonical"].removeprefix("Kecamatan ")
        parent = entry.get("parent") or ""
        if bare in entry.get("aliases", []) and " " not in bare:
            found.setdefault(parent.removeprefix("Kabupaten ").removeprefix("Kota "), bare)
    return found


def regions() -> list[Region]:
    """The regions of ``regions.tsv``."""
    known = districts()
    return [Region(lv, name, place, known.get(name)) for lv, name, place in rows("regions.tsv")]


def expected_org(post: Post, region: Region) -> str:
    """The organisation the post's holder has in ``region``."""
    if post.org == "dprd":
        return f"Dewan Perwakilan Rakyat Daerah {KIND[region.level]} {region.name}"
    return f"Pemerintah {KIND[region.level]} {region.name}"


def wanted(post: Post, region: Region, dateline: str, opening: str) -> bool | None:
    """Whether the document tells the post's region: a body or head of it named (any level),
    a district of it in the post ("Camat X"), a place of it named or the dateline (a
    regency's or city's); None (either the region's organisation or none is right) for a post
    of either level in a province's document that names the province as a place only, after
    its capital's dateline (the city's post or the province's?)."""
    if opening in ("gov", "kind", "head") or "{D}" in post.form:
        return True  # a body or head of the region named, or a district of it in the post
    one_level = len(post.levels) == 1
    if region.level == "province":
        if opening != "place":
            return False
        return True if one_level or dateline == "none" else None
    return opening == "place" or dateline != "none"


def lowered(form: str) -> str:
    """``form`` in lower case as a sentence writes a post, its acronyms and numbers (words in
    capitals) as written ("kepala dinas PUPR", "asisten II")."""
    return " ".join(
        w if (w.isupper() and len(w) > 1) or w == "I" else w.lower() for w in form.split()
    )


def post_holder(people: People, post: Post, region: Region, day: dt.date) -> str:
    """The name the post's mentions give: its one holder in ``region`` on ``day`` when the
    knowledge base records one (an unknown name after a post with a known holder takes no
    post), else :data:`NAME`."""
    bare = post.form.replace("{D}", region.district or "").replace(" {R}", "")
    for form in (bare, lexicons().expand(bare)):
        for written in (f"{form} {region.name}", f"{form} {KIND[region.level]} {region.name}"):
            office = people.title(written, day)
            holder = people.holder(office.id, day) if office else None
            if holder is not None:
                return holder.name
    return NAME


def document(
    post: Post,
    region: Region,
    holder: str,
    dateline: str,
    opening: str,
    variant: str,
    name: str = NAME,
) -> tuple[str, str]:
    """(text, the name's written mention) of one document."""
    datelines = {name: text for kind, name, text in rows("shapes.tsv") if kind == "dateline"}
    openings = {name: text for kind, name, text in rows("shapes.tsv") if kind == "opening"}
    values = {
        "PLACE": region.place,
        "PLACE_UP": region.place.upper(),
        "X": region.name,
        "KIND": KIND[region.level],
        "GOV": GOV[region.level],
        "HEAD": HEAD[region.level],
        "HOLDER": holder,
    }
    region_words = f"{KIND[region.level]} {region.name}"
    form = post.form.replace("{D}", region.district or "")
    form = form.replace(" {R}", f" {region_words}" if variant == "explicit" else "")
    head = datelines[dateline].format(**values)
    text = (head + " " if head else "") + openings[opening].format(**values) + " "
    mention = {
        "upper": f"{form.upper()} {name}",
        "lower": f"{lowered(form)} {name}",
        "honorific": f"{form} H. {name}, S.Sos., M.Si.",
        "comma": f"{form}, {name},",
        "acting": f"Plt {form} {name}",
    }.get(variant, f"{form} {name}")
    frame = LOWER_FRAME if variant == "lower" else FRAME
    return text + frame.format(mention=mention), mention


def verdict(
    record: Record, start: int, end: int, org: str | None, either: bool = False, name: str = NAME
) -> tuple[str, str]:
    """("right" or what went wrong, what was got) for the PERSON written in [start, end);
    ``either``: no organisation is right too."""
    people = [e for e in record.entities if e.label == "PERSON" and start <= e.start < end]
    if not people:
        return "no person", "-"
    person = max(people, key=lambda e: e.end - e.start)
    got = f"{person.text!r} | {person.role} | {person.org}"
    if person.canonical != name:
        return "wrong name", got
    if org is None:
        return ("right" if person.org is None else "wrong org"), got
    if person.org is None:
        return ("right" if either else "no org" if person.role else "no role"), got
    if person.org != org:
        return "wrong org", got
    return ("right" if person.role else "no role"), got


def main(argv: list[str]) -> None:
    published = option(argv, "--published") or "2023-06-01"
    family = option(argv, "--family")
    day = dt.date.fromisoformat(published)
    people = default_people()
    posts = [Post(f, tuple(lv.split(",")), o, fam) for f, lv, o, fam in rows("posts.tsv")]
    posts = [p for p in posts if family is None or p.family == family]
    shapes = [(k, n) for k, n, _ in rows("shapes.tsv")]
    datelines = [n for k, n in shapes if k == "dateline"]
    openings = [n for k, n in shapes if k == "opening"]
    cases = []
    for region in regions():
        office = people.title(f"{HEAD[region.level]} {region.name}", day)
        holders = people.holders_on(office.id, day) if office else []
        holder = holders[0].name if len(holders) == 1 else INVENTED_HEAD
        for post in posts:
            if region.level not in post.levels or ("{D}" in post.form and not region.district):
                continue
            keys = [(d, o, "plain") for d in datelines for o in openings]
            keys += [(*BASE, v) for v in ("upper", "lower", "honorific", "comma", "acting")]
            if "{R}" in post.form:
                keys.append(("none", "none", "explicit"))
            name = post_holder(people, post, region, day)
            for dateline, opening, variant in keys:
                text, mention = document(post, region, holder, dateline, opening, variant, name)
                # a known holder's name needs no region: the knowledge base's holder
                want = (
                    variant == "explicit" or name != NAME or wanted(post, region, dateline, opening)
                )
                org = expected_org(post, region) if want is not False else None
                key = f"{post.form} | {region.level} {region.name} | {dateline}/{opening}/{variant}"
                cases.append((key, post, text, mention, org, want is None, name))
    extractor = Extractor()
    items = [{"id": str(i), "text": c[2], "published": published} for i, c in enumerate(cases)]
    tally: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    state = {}
    for (key, post, text, mention, org, either, name), record in zip(
        cases, extractor.extract_many(items), strict=True
    ):
        start = text.index(mention)
        result, got = verdict(record, start, start + len(mention), org, either, name)
        tally[result] += 1
        by_family[post.family][result] += 1
        state[key] = result
        if result != "right" or "--all" in argv:
            print(f"{result:10} {key} :: {mention!r} -> {got}")
    for name, counts in sorted(by_family.items()):
        print(f"{name:12}", ", ".join(f"{n} {k}" for k, n in counts.most_common()))
    print(", ".join(f"{n} {k}" for k, n in tally.most_common()), f"of {len(cases)}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
