"""Harness (not a test): is a KNOWN holder's name, as written and misspelt the way the press
misspells it (one operator of :mod:`fuzzy_harness`), still linked after EVERY title form the
press writes for the office, and is nothing else linked?

The forms of an office's title (each counted apart):

- ``title``: each title of the office's line, as written;
- ``lower``: a regional head's class words in lower case ("wakil bupati Blitar Nama"), else
  the first title's first word ("kapolda Metro Jaya Nama");
- ``class+region``: a regional head's or deputy's post as each written form of its class
  (``lexicons/class_titles.tsv``: "Wagub", "Walikota", "Wako") before each name of its region
  (``gazetteers/regions.jsonl``: the region's name, aliases and short forms: "Kabupaten
  Bantul", "Kab. Bantul", "Jabar", "Provinsi Jawa Barat");
- ``acting``: an acting holder's post after each prefix of its kind (``role_prefixes.tsv``:
  "Pj", "Pj.", "Penjabat");
- ``degree``: the first title, then honorifics and degrees around the name;
- ``head+org``: the head of an organisation as its post's first word and each other name of
  the organisation ("Menteri KKP", "Kepala BNPB", "Menteri Kemenpora");
- ``apposed``: the name, a comma and the first title ("Nama, Bupati Bantul");
- ``comma``, ``honorific``, ``bracket``, ``bracket-comma``: the first title, then a comma,
  "Pak"/"Bu", its shortest other title in brackets ("Menteri Ketenagakerjaan (Menaker) Nama"),
  or both, before the name.

Each form is written with the holder's name as it is (``exact``) and misspelt (``typo``);
negatives after the form: a name no one holds (``neg-unknown``), the misspelt name on a day
another person holds the office (``neg-other-term``). A row per failing case with
``--show FORM`` (or ALL).

    PYTHONPATH=$PWD/src python tools/fuzzy_forms.py [--per-form 60] [--save F] [--diff F]
    [--show FORM] [--cases F]

``--cases F`` writes the cases to F when it does not exist and reads them from it when it does,
so two trees (main and a branch, whose knowledge bases may differ) score the same cases and
``--diff`` compares every one of them.
Measurement only: nothing here is shipped, and no held-out table is read.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from fuzzy_harness import WORD_OPS, decorate
from harness_cli import extract_mentions, mid, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor
from pmk_extract.people import Holder, Office, People, default_people
from pmk_extract.resources import read_tsv

ROOT = Path(__file__).resolve().parent.parent / "models"
# the operators a misspelt name is written with here: the commonest in the press
TYPO_OPS = ("drop", "double", "swap", "i>y", "y>i", "e>i", "u>oe", "oe>u", "dj>j", "tj>c")
# a name no knowledge-base person bears (checked), written after the title in negatives
UNKNOWN = ("Budiman Santosa", "Rahmat Hidayatullah", "Sri Wahyuningrum", "Agus Setiabudi")
# the heads of a post the press writes before its organisation's name ("Menteri KKP")
HEADS = frozenset({"Menteri", "Kepala", "Ketua", "Jaksa", "Gubernur", "Panglima", "Sekretaris"})
# first names of women the press writes "Bu" before (the honorific form); others get "Pak"
FEMALE = frozenset(
    {"Sri", "Siti", "Ida", "Khofifah", "Tri", "Retno", "Rini", "Susi", "Nila", "Yohana"}
)
HEAD_CLASSES = (
    "Wakil Wali Kota",
    "Wakil Gubernur",
    "Wakil Bupati",
    "Wali Kota",
    "Gubernur",
    "Bupati",
)


def class_forms() -> dict[str, list[str]]:
    """Each regional head's class -> its written forms (``class_titles.tsv``)."""
    out: dict[str, list[str]] = {}
    for written, role, _, _ in read_tsv("lexicons/class_titles.tsv", 4):
        if role in HEAD_CLASSES:
            out.setdefault(role, []).append(written)
    return out


def region_names() -> dict[str, list[str]]:
    """A region's bare name ("Bantul", "Jawa Barat", "Bandung" for the city) -> its written
    names (``regions.jsonl``), keyed by kind and bare name."""
    out: dict[str, list[str]] = {}
    for line in (ROOT / "gazetteers" / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        names = [row["canonical"], *row.get("aliases", [])]
        bare = row["canonical"].removeprefix("Kabupaten ").removeprefix("Kota ")
        out.setdefault(f"{row['kind']}:{bare}", []).extend(names)
    return out


def org_names() -> dict[str, list[str]]:
    """An organisation's id -> its canonical name and aliases (``organizations.jsonl``)."""
    out: dict[str, list[str]] = {}
    path = ROOT / "gazetteers" / "organizations.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = [row["canonical"], *row.get("aliases", [])]
    return out


def prefixes() -> dict[str, list[str]]:
    """An acting post ("Penjabat") -> the prefixes written for it (``role_prefixes.tsv``)."""
    out: dict[str, list[str]] = {}
    for written, expansion in read_tsv("lexicons/role_prefixes.tsv", 2):
        out.setdefault(expansion, []).append(written)
    return out


def head_region(office: Office) -> tuple[str, str] | None:
    """A regional head's office -> (its class, its region's key), or None."""
    for klass in HEAD_CLASSES:
        if office.role.startswith(klass + " "):
            place = office.role[len(klass) + 1 :]
            kind = "province" if "Gubernur" in klass else "city" if "Kota" in klass else "regency"
            return klass, f"{kind}:{place}"
    return None


def title_forms(
    office: Office,
    holder: Holder,
    classes: dict[str, list[str]],
    regions: dict[str, list[str]],
    acting: dict[str, list[str]],
    orgs: dict[str, list[str]],
) -> list[tuple[str, str]]:
    """(form kind, "{}" template) for every title form of the office (module docstring)."""
    first = office.titles[0]
    out = [("title", f"{title} {{}}") for title in office.titles]
    lead, _, rest = office.role.partition(" ")
    names = orgs.get(office.org or "", [])
    if lead in HEADS and names and rest in (names[0], names[0].removeprefix("Kementerian ")):
        # the head of an organisation as its head's word and a name of the organisation:
        # "Menteri KKP" (Menteri Kelautan dan Perikanan), "Kepala BNPB"
        for name in names[1:]:
            form = f"{lead} {name}"
            if form not in office.titles:
                out.append(("head+org", f"{form} {{}}"))
    head = head_region(office)
    if head:
        # the class's words in lower case, as the press writes them before a region mid-sentence
        lower = head[0].lower() + first.removeprefix(head[0])
        out.append(("lower", f"{lower} {{}}"))
    else:
        out.append(("lower", f"{first[0].lower()}{first[1:]} {{}}"))
    if head and head[1] in regions:
        klass, key = head
        places = [p for p in regions[key] if not ("Kota" in klass and p.startswith("Kota "))]
        for written in classes.get(klass, []):
            for place in dict.fromkeys(places):
                out.append(("class+region", f"{written} {place} {{}}"))
    if holder.acting:
        # the acting post: each of its prefixes before the first title, the first before others
        pres = acting.get(holder.acting, [holder.acting])
        firsts = [(f"acting-{out[0][0]}", f"{pre} {out[0][1]}") for pre in pres]
        out = firsts + [(f"acting-{kind}", f"{pres[0]} {form}") for kind, form in out[1:]]
    title = out[0][1].removesuffix(" {}")
    out.append(("degree", title + " <D>"))
    out.append(("apposed", "{}, " + title))
    out.append(("comma", title + ", {}"))
    out.append(
        ("honorific", title + " " + ("Bu" if holder.name.split()[0] in FEMALE else "Pak") + " {}")
    )
    if len(office.titles) > 1:
        # the full title with a short one in brackets: "Menteri Ketenagakerjaan (Menaker) Nama"
        short = min(office.titles[1:], key=len)
        out.append(("bracket", f"{title} ({short}) {{}}"))
        out.append(("bracket-comma", f"{title} ({short}), {{}}"))
    return out


def far_from_terms(people: People, name: str, day: dt.date) -> bool:
    """True when no term of the person ``name`` (of any office) is within 30 days of ``day``
    (a handover's days name the outgoing or incoming holder by the title)."""
    margin = dt.timedelta(days=30)
    return not any(
        h.holds_on(day - margin) or h.holds_on(day + margin) or h.holds_on(day)
        for h in people.names.get(name, ())
    )


def misspelt(name: str, people: People, rng: random.Random) -> str | None:
    """The holder's name with one word misspelt by one of :data:`TYPO_OPS` (no known name)."""
    ops = dict(WORD_OPS)
    words = name.split()
    for _ in range(20):
        op = ops[rng.choice(TYPO_OPS)]
        k = rng.randrange(len(words))
        if len(words[k]) < 5:
            continue
        changed = op(words[k], rng)
        if changed and changed != words[k]:
            written = " ".join([*words[:k], changed, *words[k + 1 :]])
            if people.person(written) is None:
                return written
    return None


def build(per_form: int, rng: random.Random) -> list[dict[str, Any]]:
    """The harness's cases."""
    people = default_people()
    classes, regions, acting, orgs = class_forms(), region_names(), prefixes(), org_names()
    terms: list[tuple[Office, Holder, dt.date]] = []
    for office in people.offices.values():
        for holder in people.by_office.get(office.id, []):
            day = mid(holder)
            if not office.titles or day is None or holder.title_only:
                continue
            if len(holder.name.split()) < 2 or len(people.holders_on(office.id, day)) != 1:
                continue
            terms.append((office, holder, day))
    rng.shuffle(terms)
    unknown = [name for name in UNKNOWN if people.person(name) is None]
    cases: list[dict[str, Any]] = []
    count: Counter[str] = Counter()
    for office, holder, day in terms:
        typo = misspelt(holder.name, people, rng)
        for kind, form in title_forms(office, holder, classes, regions, acting, orgs):
            if count[kind] >= per_form:
                continue
            count[kind] += 1

            def write(name: str, form: str = form, office: Office = office) -> str:
                if form.endswith("<D>"):
                    return form.replace("<D>", decorate(office, name, rng))
                return form.format(name)

            base = {"form": kind, "published": day.isoformat()}
            cases.append(
                {**base, "op": "exact", "mention": write(holder.name), "person": holder.name}
            )
            if typo:
                cases.append({**base, "op": "typo", "mention": write(typo), "person": holder.name})
                other = [
                    h
                    for h in people.by_office.get(office.id, [])
                    if h.name != holder.name and h.start
                ]
                if other:
                    when = mid(rng.choice(other))
                    if when and far_from_terms(people, holder.name, when):
                        cases.append(
                            {
                                "form": kind,
                                "published": when.isoformat(),
                                "op": "neg-other-term",
                                "mention": write(typo),
                                "not_person": holder.name,
                            }
                        )
            if unknown:
                cases.append(
                    {
                        **base,
                        "op": "neg-unknown",
                        "mention": write(rng.choice(unknown)),
                        "not_person": "*",
                        "holder": holder.name,
                    }
                )
    return cases


def judge(case: dict[str, Any], record: Any, people: People) -> tuple[str, list[Any]]:
    """The verdict of one case and the PERSON entities it saw; in a negative, an entity
    written as a known name exactly (a part of the misspelt name) is that person, no error."""
    seen = [e for e in record.entities if e.label == "PERSON"]
    inside = [e for e in seen if e.end <= len(case["mention"]) + 1]
    if "not_person" in case:
        bad = case["holder"] if case["not_person"] == "*" else case["not_person"]
        wrong = [e for e in inside if e.canonical == bad and people.person(e.text) is None]
        return ("linked" if wrong else "right"), seen
    if not inside:
        return "no person", seen
    person = max(inside, key=lambda e: e.end - e.start)
    return ("right" if person.canonical == case["person"] else "other name"), seen


def main(argv: list[str]) -> None:
    per_form = int(option(argv, "--per-form") or 60)
    show = option(argv, "--show")
    people = default_people()
    saved = option(argv, "--cases")
    if saved and Path(saved).is_file():
        cases = json.loads(Path(saved).read_text(encoding="utf-8"))
    else:
        cases = build(per_form, random.Random(0))
        if saved:
            Path(saved).write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    records = extract_mentions(Extractor(), [(c["mention"], c["published"]) for c in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    state = {}
    for case, record in zip(cases, records, strict=True):
        verdict, seen = judge(case, record, people)
        key = f"{case['op']:14} {case['form']}"
        total[key] += 1
        right[key] += verdict == "right"
        state[f"{case['op']} | {case['form']} | {case['mention']} | {case['published']}"] = verdict
        if verdict != "right" and show and show in ("ALL", case["form"], case["op"]):
            got = [(e.text, e.canonical, e.role) for e in seen]
            print(
                f"[{case['op']} {case['form']}] {case['mention']!r} {case['published']}: {verdict}"
            )
            wanted = case.get("person") or "not " + case.get("holder", case["not_person"])
            print(f"    want {wanted} got {got}")
    for key in sorted(total, key=lambda k: (k.startswith("neg"), k)):
        print(f"{right[key] / total[key]:5.2f} {right[key]:4}/{total[key]:<4} {key}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
