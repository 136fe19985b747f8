"""Role-string check: is every role the library writes clean?

Expands the post grammars of ``tools/post_grammar/*.json`` (as ``post_harness.py`` does),
each mention also with the region after its kind written in capitals ("Kabupaten GARUT"),
runs them through the extractor and prints every PERSON role with a word said twice in a
row (whatever its case), a space before a comma, period, semicolon or colon, or unbalanced
brackets. Measurement only: nothing here is shipped, and no table is read.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/role_check.py [--per-kind N]
"""

from __future__ import annotations

import json
import random
import re
import sys

from harness_cli import extract_mentions, option
from post_harness import GRAMMARS, expand

from pmk_extract import Extractor

_REGION_AFTER_KIND = re.compile(r"\b(Provinsi|Kabupaten|Kota) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)")
_TWICE = re.compile(r"\b(\w+) \1\b", flags=re.IGNORECASE)
_SPACE_MARK = re.compile(r" [,.;:]")


def faults(role: str) -> list[str]:
    """What is wrong with ``role`` (empty when it is clean)."""
    found = []
    if _TWICE.search(role):
        found.append("word twice")
    if _SPACE_MARK.search(role):
        found.append("space before mark")
    if role.count("(") != role.count(")"):
        found.append("brackets")
    return found


def main() -> None:
    per_kind = int(option(sys.argv, "--per-kind") or 6)
    rng = random.Random(7)
    mentions: list[tuple[str, str]] = []
    for path in sorted(GRAMMARS.glob("*.json")):
        for case in expand(json.loads(path.read_text(encoding="utf-8")), per_kind, rng):
            text, day = case["mention"], case["published"]
            mentions.append((text, day))
            upper = _REGION_AFTER_KIND.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}", text)
            if upper != text:
                mentions.append((upper, day))
    bad = 0
    records = extract_mentions(Extractor(), mentions)
    for (text, _), record in zip(mentions, records, strict=True):
        for ent in record.entities:
            if ent.label == "PERSON" and ent.role and (found := faults(ent.role)):
                bad += 1
                print(f"{', '.join(found)}: {ent.role!r} <- {text!r}")
    print(f"{bad} faulty roles in {len(mentions)} mentions")


if __name__ == "__main__":
    main()
