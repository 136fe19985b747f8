"""Probe: a ministry's unit below echelon I written without its ministry, after its head's
title, then a name.

Generated mentions, never mined rows: for each unit line of ``organizations.jsonl`` whose
note names the units2a lane (or every ``ministry_unit`` line of the ministries given with
``--all``), the head titles the unit's kind takes (a Direktorat: "Direktur" and the
directorate's field; a Pusat or Badan: "Kepala" and each of the unit's written forms, and for
a Badan "Sekretaris") with and without "Plt." before, x separators (none, a comma) before
the name, on a day inside the unit's validity. Each mention is scored right (the head, the
ministry of the day as the organisation, the role the title and the unit), role (the ministry
right, another role), wrong (another organisation) or none (no organisation, or no person).

usage: PYTHONPATH=src python tools/units2a_probe.py [--units FILE] [--rows]
(``--units``: the organizations.jsonl to take the unit lines from, so that a tree without
them is probed with the same mentions.)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pmk_extract import Extractor
from pmk_extract.resources import models_dir

NAME = "Dewi Kartika"
FRAME = "{mention} memberikan keterangan kepada wartawan."
_LANE = "units2a lane"
_ACTING = "Pelaksana Tugas"


def _day(line: dict[str, str | None]) -> str:
    """A day inside the line's validity: its middle, or 2021-06-01 for an open end."""
    start, end = line.get("valid_from"), line.get("valid_to")
    if start and end:
        return start if start[:4] == end[:4] else f"{int(start[:4]) + 1}-06-01"
    if end:
        return f"{int(end[:4]) - 1}-06-01"
    if start:
        return max(start, "2025-06-01") if start >= "2024" else f"{int(start[:4]) + 1}-06-01"
    return "2021-06-01"


def _in_force(lines: list[dict[str, Any]], day: str) -> dict[str, Any]:
    """The line of an organisation in force on ``day``."""
    return next(m for m in lines if (m["valid_from"] or "0000") <= day <= (m["valid_to"] or "9999"))


def _titles(name: str, forms: list[str]) -> list[tuple[str, str]]:
    """(written title, expected role) of the unit's head titles."""
    if name.startswith("Direktorat "):
        field = name.removeprefix("Direktorat ")
        return [(f"Direktur {field}", f"Direktur {field}")]
    out = [(f"Kepala {form}", f"Kepala {name}") for form in forms]
    if name.startswith("Badan "):
        out.append((f"Sekretaris {name}", f"Sekretaris {name}"))
    return out


def mentions(units: Path) -> list[tuple[str, str, str, str, str]]:
    """(mention, day, expected role, expected ministry, unit id) of every combination."""
    lines = [json.loads(x) for x in units.read_text(encoding="utf-8").splitlines() if x.strip()]
    names: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        names.setdefault(line["id"], []).append(line)
    out = []
    for line in lines:
        if line["kind"] != "ministry_unit" or not str(line.get("note", "")).startswith(_LANE):
            continue
        day = _day(line)
        above = _in_force(names[line["parent"]], day)
        name = line["canonical"].removesuffix(f" {above['canonical']}")
        while above["kind"] == "ministry_unit":  # a directorate's Ditjen, a centre's Badan
            above = _in_force(names[above["parent"]], day)
        ministry = above["canonical"]
        forms = [f for f in line["aliases"] if f != name] + [name]
        for written, role in _titles(name, forms):
            for acting in ("", "Plt. "):
                for sep in (" ", ", "):
                    mention = f"{acting}{written}{sep}{NAME}"
                    expected = f"{_ACTING} {role}" if acting else role
                    out.append((mention, day, expected, ministry, line["id"]))
    return out


def main(argv: list[str]) -> None:
    units = models_dir() / "gazetteers" / "organizations.jsonl"
    if "--units" in argv:
        units = Path(argv[argv.index("--units") + 1])
    rows = mentions(units)
    extractor = Extractor()
    items = [
        {"id": str(i), "text": FRAME.format(mention=m), "published": day}
        for i, (m, day, _, _, _) in enumerate(rows)
    ]
    counts: Counter[str] = Counter()
    for (mention, _, role, ministry, unit), record in zip(
        rows, extractor.extract_many(items), strict=True
    ):
        people = [e for e in record.entities if e.label == "PERSON" and e.text == NAME]
        person = people[0] if people else None
        if person is None or person.org is None:
            outcome = "none"
        elif person.org != ministry:
            outcome = "wrong"
        else:
            outcome = "right" if person.role == role else "role"
        counts[outcome] += 1
        if "--rows" in argv and outcome != "right":
            got = (person.role, person.org) if person else None
            print(f"{outcome:6} {unit:28} {mention} -> {got}")
    total = sum(counts.values())
    print(
        f"units2a probe: {total} mentions: right {counts['right']}, role {counts['role']}, "
        f"wrong {counts['wrong']}, none {counts['none']}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
