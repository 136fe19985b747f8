"""Probe: a body or unit written on a day outside its dates.

Generated mentions, never mined rows: for each ``organizations.jsonl`` line with a
``valid_from`` or ``valid_to``, its shortest written form after the head title "Kepala", then
a name, on a day inside the line's dates, a year before its start and a year after its end.
A day outside is scored by whether any line bearing that written form is valid on it:
``stale`` (no such line, yet the mention takes the organisation it takes inside: the nearest
line's), ``none`` (no organisation) or ``other`` (another organisation); a day inside is scored
``org`` (an organisation) or ``none``.

usage: PYTHONPATH=src python tools/unitdates_probe.py [--rows]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from typing import Any

from pmk_extract import Extractor
from pmk_extract.resources import models_dir

NAME = "Dewi Kartika"
FRAME = "{mention} memberikan keterangan kepada wartawan."
_YEAR = dt.timedelta(days=365)


def _valid(line: dict[str, Any], day: dt.date) -> bool:
    start, end = line.get("valid_from"), line.get("valid_to")
    return (start is None or dt.date.fromisoformat(start) <= day) and (
        end is None or day <= dt.date.fromisoformat(end)
    )


def _days(line: dict[str, Any]) -> list[tuple[str, dt.date]]:
    start, end = line.get("valid_from"), line.get("valid_to")
    lo = dt.date.fromisoformat(start) if start else None
    hi = dt.date.fromisoformat(end) if end else None
    inside = lo + (hi - lo) / 2 if lo and hi else (lo + _YEAR if lo else hi - _YEAR)  # type: ignore[operator]
    out = [("inside", min(inside, dt.date(2026, 6, 1)))]
    if lo is not None:
        out.append(("before", lo - _YEAR))
    if hi is not None and hi + _YEAR < dt.date(2026, 12, 1):
        out.append(("after", hi + _YEAR))
    return out


def _org(extractor: Extractor, mention: str, day: dt.date) -> str | None:
    record = extractor.extract(FRAME.format(mention=mention), published=day.isoformat())
    orgs = [e.org for e in record.entities if e.label == "PERSON" and NAME in e.text]
    return orgs[0] if orgs else None


def main(argv: list[str]) -> int:
    """Print the counts (and with ``--rows`` each stale mention)."""
    path = models_dir() / "gazetteers" / "organizations.jsonl"
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bearers: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        for form in {line["canonical"], *line.get("aliases", [])}:
            bearers.setdefault(form, []).append(line)
    extractor = Extractor()
    counts: Counter[str] = Counter()
    for line in lines:
        if not (line.get("valid_from") or line.get("valid_to")) or line.get("label") == "LOC":
            continue
        form = min(line.get("aliases") or [line["canonical"]], key=len)
        mention = f"Kepala {form} {NAME}"
        seen: str | None = None
        for where, day in _days(line):
            org = _org(extractor, mention, day)
            if where == "inside":
                seen = org
                counts[f"inside {'org' if org else 'none'}"] += 1
                continue
            if any(_valid(b, day) for b in bearers[form]):
                counts[f"{where} (a bearer valid) {'org' if org else 'none'}"] += 1
                continue
            kind = "none" if org is None else "stale" if org == seen else "other"
            counts[f"{where} {kind}"] += 1
            if kind != "none" and "--rows" in argv:
                print(f"{where} {kind}: {mention!r} {day} -> {org}")
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
