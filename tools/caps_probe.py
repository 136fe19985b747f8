"""Case probe: which case styles of a known post and its holder's name lose the post, the
organisation or the person?

The press writes posts and names in capitals (photo captions, headlines, a regional outlet's
house style: "KETUA DPRD KOTA X NAMA", "BUPATI X, NAMA"), the name alone in capitals after a
post in title case, and the post and its region in lower case ("bupati sleman Nama"). For
posts the title reader knows, each written form is put in every case style below and run
through the extractor in the frame of the official-mention tables; the probe prints, per
style, how many forms give the wanted person with the wanted organisation, and lists the
misses. Forms come from two sources:

- the knowledge base: for a sample of offices of each family with a holder on the day
  (``--published``, default 2023-06-01), the office's titles and its holder's name (so no
  made-up name follows a post whose holder the knowledge base records);
- ``tools/caps_forms/*.tsv``: posts with no recorded holder (heads of regional offices,
  district heads, council members), ``form<TAB>org<TAB>name``, and posts written without
  their region after a dateline that gives it, ``form<TAB>org<TAB>name<TAB>dateline``.

Measurement only: nothing here is shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/caps_probe.py
[--per-family 6] [--published YYYY-MM-DD] [--styles a,b] [--show STYLE|ALL] [--save F] [--diff F]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from harness_cli import FRAME, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor, Record
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people

FORMS = Path(__file__).parent / "caps_forms"
# family -> how its offices' roles open
FAMILIES = {
    "governor": "Gubernur ",
    "vice-governor": "Wakil Gubernur ",
    "regent": "Bupati ",
    "mayor": "Wali Kota ",
    "vice-regent": "Wakil Bupati ",
    "dprd-chair": "Ketua Dewan Perwakilan Rakyat Daerah ",
    "dprd-vice": "Wakil Ketua Dewan Perwakilan Rakyat Daerah ",
    "sekda": "Sekretaris Daerah ",
    "kapolda": "Kepala Kepolisian Daerah ",
    "kapolres": "Kepala Kepolisian Resor ",
    "pangdam": "Panglima Komando Daerah Militer ",
    "minister": "Menteri ",
}


def _keep_acronyms(text: str) -> str:
    """Lower case, but words wholly in capitals (acronyms, ranks' short forms) as written."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in text.split())


# style -> (post, name) -> mention
STYLES: dict[str, Callable[[str, str], str]] = {
    "as-written": lambda p, n: f"{p} {n}",
    "all-caps": lambda p, n: f"{p} {n}".upper(),
    "all-caps-comma": lambda p, n: f"{p}, {n}".upper(),
    "name-caps": lambda p, n: f"{p} {n.upper()}",
    "post-caps": lambda p, n: f"{p.upper()} {n}",
    "lower": lambda p, n: f"{p.lower()} {n}",
    "lower-acronyms": lambda p, n: f"{_keep_acronyms(p)} {n}",
    "lower-region": lambda p, n: f"{p.split()[0]} {_keep_acronyms(' '.join(p.split()[1:]))} {n}",
    "name-first-caps": lambda p, n: f"{n}, {p}".upper(),
    "name-caps-first": lambda p, n: f"{n.upper()}, {p}",
}


# the press's short forms of a long body's name inside a role
SHORTS = (
    ("Dewan Perwakilan Rakyat Daerah Provinsi ", "DPRD "),
    ("Dewan Perwakilan Rakyat Daerah ", "DPRD "),
)


def press_forms(role: str) -> list[str]:
    """The role as the press writes it with a long body's name short."""
    out = []
    for long, short in SHORTS:
        if long in role:
            out.append(role.replace(long, short))
    return out


def kb_forms(per_family: int, day: dt.date, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """``(post, org, name, "")`` of a sample of offices per family with one holder on
    ``day``."""
    people, kb = default_people(), default_kb()
    out = []
    for family, opening in FAMILIES.items():
        offices = []
        for office in people.offices.values():
            if not office.role.startswith(opening) or not office.org:
                continue
            if family == "vice-governor" or not any(
                office.role.startswith(o) and len(o) > len(opening) for o in FAMILIES.values()
            ):
                holders = people.holders_on(office.id, day)
                if len(holders) == 1 and not holders[0].title_only:
                    offices.append((office, holders[0]))
        rng.shuffle(offices)
        for office, holder in offices[:per_family]:
            org = kb.pick(kb.by_id[office.org], day).canonical
            titles = sorted({*office.titles, *press_forms(office.role)}, key=len)
            for title in dict.fromkeys((titles[0], titles[-1])):
                out.append((title, org, holder.name, ""))
    return out


def file_forms() -> list[tuple[str, str, str, str]]:
    """``(post, org, name, dateline)`` rows of the form files ("" without a dateline)."""
    rows = []
    for path in sorted(FORMS.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                post, org, name, *dateline = line.split("\t")
                rows.append((post, org, name, dateline[0] if dateline else ""))
    return rows


def verdict(record: Record, start: int, mention: str, name: str, org: str) -> tuple[str, str]:
    """("right" or what went wrong, what was got) for the PERSON of ``mention`` written at
    ``start``."""
    people = [
        e
        for e in record.entities
        if e.label == "PERSON" and start <= e.start and e.end <= start + len(mention)
    ]
    if not people:
        return "no person", "-"
    person = max(people, key=lambda e: e.end - e.start)
    got = f"{person.text!r} | {person.canonical} | {person.role} | {person.org}"
    if person.canonical != name:
        return "wrong name", got
    if person.org is None:
        return ("no org" if person.role else "no post"), got
    return ("right" if person.org == org else "wrong org"), got


def main(argv: list[str]) -> None:
    day = dt.date.fromisoformat(option(argv, "--published") or "2023-06-01")
    per_family = int(option(argv, "--per-family") or 6)
    chosen = (option(argv, "--styles") or ",".join(STYLES)).split(",")
    show = option(argv, "--show")
    forms = kb_forms(per_family, day, random.Random(0)) + file_forms()
    cases = [
        (style, STYLES[style](post, name), org, name, f"{dateline} - " if dateline else "")
        for post, org, name, dateline in forms
        for style in chosen
    ]
    items = [
        {"id": str(i), "text": before + FRAME.format(mention=m), "published": day.isoformat()}
        for i, (_, m, _, _, before) in enumerate(cases)
    ]
    records = list(Extractor().extract_many(items))
    tally: dict[str, Counter[str]] = {}
    state = {}
    for (style, mention, org, name, before), record in zip(cases, records, strict=True):
        result, got = verdict(record, len(before), mention, name, org)
        tally.setdefault(style, Counter())[result] += 1
        state[f"{style} | {before}{mention}"] = result
        if result != "right" and show in (style, "ALL"):
            print(f"{result:10} [{style}] {mention!r} -> {got}")
    for style in chosen:
        counts = tally[style]
        rest = ", ".join(f"{k} {n}" for k, n in counts.most_common() if k != "right")
        print(f"{style:16} {counts['right']:4}/{sum(counts.values()):<4} {rest}")
    right = sum(c["right"] for c in tally.values())
    print(f"all: {right}/{len(cases)}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
