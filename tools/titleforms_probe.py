"""Title-forms probe: a national office's title as the press varies it, before a name.

For each office of a ministry, coordinating ministry, agency, state institution or the
presidency (``offices.jsonl``), each of its titles of three words or more is written in each
variant kind the press uses: as listed ("as"), without "Bidang" ("nobidang"), with "&" for
"dan" ("amp"), without commas ("nocomma"), with "Jendral" for "Jenderal" ("jendral"),
followed by a short form in brackets (the office's own one-word title, or the title's
initials: "bracket"), by "RI" ("ri") or "Republik Indonesia" ("republik"), and by both a
short form and "RI" ("bracket_ri"). Each form is put before a made-up name on a day inside
the office's validity when the knowledge base records no holder ("free": the name should
take the office's role and organisation), and on a day it records one ("held": the unknown
name should take no post). Prints counts per kind and verdict; ``--show KIND`` lists the
misses of a kind. Measurement only: nothing here is shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/titleforms_probe.py
[--show KIND] [--save FILE] [--diff FILE] [--limit N]
"""

from __future__ import annotations

import datetime as dt
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
from pmk_extract.kb import default_kb
from pmk_extract.kb_entries import org_entries
from pmk_extract.people import Office, default_people

NAME = "Hendra Kurniawan Saputra"  # a name the knowledge base does not know
KINDS = ("ministry", "coordinating_ministry", "agency", "state_institution", "presidential_office")
SMALL = {"dan", "di", "pada", "untuk", "Bidang", "bidang", "&", "RI", "Republik", "Indonesia"}


def initials(title: str) -> str:
    """The capitals of the title's words ("Direktur Jenderal Bina Marga": "DJBM")."""
    return "".join(w[0] for w in title.split() if w[:1].isupper() and w not in SMALL)


def variants(office: Office, title: str) -> dict[str, str]:
    """The variant kinds of ``title`` that differ from it."""
    short = [t for t in office.titles if " " not in t and t[:1].isupper()]
    bracket = f"({short[0] if short else initials(title)})"
    out = {"as": title}
    if " Bidang " in title:
        out["nobidang"] = title.replace(" Bidang ", " ")
    if " dan " in title:
        out["amp"] = title.replace(" dan ", " & ")
    if ", " in title:
        out["nocomma"] = title.replace(",", "")
    if " Jenderal" in title:
        out["jendral"] = title.replace(" Jenderal", " Jendral")
    out["bracket"] = f"{title} {bracket}"
    out["ri"] = f"{title} RI"
    out["republik"] = f"{title} Republik Indonesia"
    out["bracket_ri"] = f"{title} {bracket} RI"
    return out


def days(office: Office) -> tuple[dt.date | None, dt.date | None]:
    """A day without a recorded holder and a day with one, inside the office's validity."""
    people = default_people()
    first = max(office.valid_from or dt.date(2010, 1, 1), dt.date(2010, 1, 1))
    last = min(office.valid_to or dt.date(2026, 6, 30), dt.date(2026, 6, 30))
    free = held = None
    day = first
    while day <= last and (free is None or held is None):
        holders = people.holders_on(office.id, day)
        if not holders and free is None:
            free = day
        if len(holders) == 1 and held is None:
            held = day
        day += dt.timedelta(days=61)
    return free, held


def main(argv: list[str]) -> None:
    people = default_people()
    kinds = {e.id: e.kind for e in org_entries()}
    kb = default_kb()
    limit = int(option(argv, "--limit") or 0)
    cases: list[tuple[str, str, str, tuple[str, str] | None]] = []  # key, mention, day, wanted
    for office in people.offices.values():
        if kinds.get(office.org or "") not in KINDS:
            continue
        free, held = days(office)
        for title in office.titles:
            if len(title.split()) < 3:
                continue
            for kind, form in variants(office, title).items():
                for when, day in (("free", free), ("held", held)):
                    if day is None:
                        continue
                    org = kb.pick(kb.by_id[office.org or ""], day).canonical
                    want = (office.role, org) if when == "free" else None
                    key = f"{kind}|{when}|{form}|{day}"
                    cases.append((key, f"{form} {NAME}", day.isoformat(), want))
    if limit:
        cases = cases[:: max(1, len(cases) // limit)]
    records = extract_mentions(Extractor(), [(m, d) for _, m, d, _ in cases])
    state: dict[str, str] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    show = option(argv, "--show")
    for (key, mention, _, want), record in zip(cases, records, strict=True):
        person = longest_person(record, len(mention))
        kind, when = key.split("|")[:2]
        if when == "free":
            ok = person is not None and person.canonical == NAME
            ok = ok and person is not None and (person.role, person.org) == want
        else:  # an unknown name after a title held that day takes no post
            ok = person is None or person.org is None
        got = "-" if person is None else f"{person.text!r} | {person.role} | {person.org}"
        state[key] = "right" if ok else got
        counts[(kind, when, "right" if ok else "miss")] += 1
        if not ok and show == kind:
            print(f"MISS {key}: {got}")
    for kind in (
        "as",
        "nobidang",
        "amp",
        "nocomma",
        "jendral",
        "bracket",
        "ri",
        "republik",
        "bracket_ri",
    ):
        for when in ("free", "held"):
            right, miss = counts[(kind, when, "right")], counts[(kind, when, "miss")]
            print(f"{kind:10} {when:5} right {right:4} / {right + miss:4}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
