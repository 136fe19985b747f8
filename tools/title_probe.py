"""Title probe: which title forms of an official nomenclature give no role or no organisation?

Reads ``tools/title_forms/*.tsv`` (one title form a line as the press writes it before a name,
with the organisation the guidelines give its holder and a rank written between title and
name, "-" for none), runs "TITLE RANK Nama" and "TITLE Nama" through the extractor in the frame
of the official-mention tables and prints each form whose PERSON has no role, no organisation,
another organisation, or is not found, with what it got. Measurement only: nothing here is
shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/title_probe.py [--forms NAME ...]
[--published YYYY-MM-DD] [--all] [--save FILE] [--diff FILE]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from harness_cli import extract_mentions, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor, Record

FORMS = Path(__file__).parent / "title_forms"
NAME = "Budi Santoso"


def read_forms(paths: list[Path]) -> list[tuple[str, str, str]]:
    """``(form, org, rank)`` rows of the form files (``#`` comments and blank lines skipped)."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                form, org, rank = line.split("\t")
                rows.append((form, org, rank))
    return rows


def verdict(record: Record, mention: str, org: str) -> tuple[str, str]:
    """("right" or what went wrong, what was got) for the PERSON of ``mention``."""
    people = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    if not people:
        return "no person", "-"
    person = max(people, key=lambda e: e.end - e.start)
    got = f"{person.text!r} | {person.role} | {person.org}"
    if person.canonical != NAME:
        return "wrong name", got
    if person.org is None:
        return "no org", got
    if person.org != org:
        return "wrong org", got
    return ("right" if person.role else "no role"), got


def main(argv: list[str]) -> None:
    names = [a for i, a in enumerate(argv) if i and argv[i - 1] == "--forms"]
    paths = [FORMS / f"{n}.tsv" for n in names] or sorted(FORMS.glob("*.tsv"))
    published = option(argv, "--published") or "2023-06-01"
    cases = []
    for form, org, rank in read_forms(paths):
        cases.append((f"{form} {rank} {NAME}" if rank != "-" else f"{form} {NAME}", org))
        if rank != "-":
            cases.append((f"{form} {NAME}", org))
    records = extract_mentions(Extractor(), [(mention, published) for mention, _ in cases])
    tally: Counter[str] = Counter()
    state = {}
    for (mention, org), record in zip(cases, records, strict=True):
        result, got = verdict(record, mention, org)
        tally[result] += 1
        state[mention] = result
        if result != "right" or "--all" in argv:
            print(f"{result:10} {mention!r} -> {got}")
    print(", ".join(f"{n} {k}" for k, n in tally.most_common()), f"of {len(cases)}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
