"""Nomenclature harness: how well are officials named by their unit's post phrase read?

Expands the grammars in ``tools/post_grammar/*.json`` (post phrases built from the official
nomenclature of units: "Kepala Bidang {FIELD} Dinas {DINAS} {REGION}, {NAME}") into
mentions, runs each through the extractor in the frame of the official-mention tables and
prints, per kind, the share whose PERSON has the expected canonical name and organisation,
and what the misses got. Measurement only: nothing here is shipped, and no table is read.

A grammar file holds ``slots`` (name -> list of values; a value is a string or an object
with a ``text`` and further attributes) and ``kinds`` (objects with ``kind``, ``mention``,
``person``, ``org`` and optionally ``published``, default 2024-06-01, and ``role``: when a
kind gives one, the PERSON's role must be it too). ``{SLOT}`` in a
template is the value's text, ``{SLOT.attr}`` one of its attributes; a slot used twice in
one kind takes one value. ``person`` or ``org`` null expects none (a negative kind).

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/post_harness.py
[--grammar NAME ...] [--per-kind N] [--seed S] [--show KIND] [--save FILE] [--diff FILE]
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from harness_cli import extract_mentions, option, save_verdicts, saved_verdicts

from pmk_extract import Extractor

GRAMMARS = Path(__file__).parent / "post_grammar"
SLOT = re.compile(r"\{([A-Z_0-9]+)(?:\.([a-z_0-9]+))?\}")

Value = dict[str, str]


def _values(raw: list[Any]) -> list[Value]:
    return [{"text": v} if isinstance(v, str) else dict(v) for v in raw]


def _fill(template: str | None, binding: dict[str, Value]) -> str | None:
    if template is None:
        return None
    return SLOT.sub(lambda m: binding[m.group(1)][m.group(2) or "text"], template)


def expand(grammar: dict[str, Any], per_kind: int, rng: random.Random) -> list[dict[str, Any]]:
    """Up to ``per_kind`` random mentions of each kind of one grammar."""
    slots = {k: _values(v) for k, v in grammar.get("slots", {}).items()}
    cases = []
    for kind in grammar["kinds"]:
        keys = ("mention", "person", "org", "published", "role")
        text = " ".join(str(kind.get(k) or "") for k in keys)
        used = sorted({m.group(1) for m in SLOT.finditer(text)})
        missing = [s for s in used if s not in slots]
        if missing:
            sys.exit(f"kind {kind['kind']!r}: no slot {', '.join(missing)}")
        seen: set[str] = set()
        for _ in range(per_kind * 4):
            if len(seen) >= per_kind:
                break
            binding = {s: rng.choice(slots[s]) for s in used}
            mention = _fill(kind["mention"], binding)
            assert mention is not None
            if mention in seen:
                continue
            seen.add(mention)
            cases.append(
                {
                    "kind": kind["kind"],
                    "mention": mention,
                    "published": _fill(kind.get("published"), binding) or "2024-06-01",
                    "person": _fill(kind.get("person"), binding),
                    "org": _fill(kind.get("org"), binding),
                    "role": _fill(kind.get("role"), binding),
                }
            )
    return cases


def judge(case: dict[str, Any], record: Any) -> str:
    """ "right", or what the extractor got instead."""
    mention = case["mention"]
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    person = max(inside, key=lambda e: e.end - e.start) if inside else None
    if case["person"] is None:
        return "right" if person is None else "person on a nameless phrase"
    if person is None:
        return "no person"
    if person.canonical != case["person"]:
        return "wrong name"
    if person.org != case["org"]:
        return "no org" if person.org is None else "wrong org"
    if case.get("role") is not None and person.role != case["role"]:
        return "no role" if person.role is None else "wrong role"
    return "right"


def main(argv: list[str]) -> None:
    per_kind = int(option(argv, "--per-kind") or 20)
    seed = int(option(argv, "--seed") or 0)
    show = option(argv, "--show")
    names = [a for i, a in enumerate(argv) if i and argv[i - 1] == "--grammar"]
    files = [GRAMMARS / f"{n}.json" for n in names] or sorted(GRAMMARS.glob("*.json"))
    rng = random.Random(seed)
    cases = []
    for path in files:
        cases += expand(json.loads(path.read_text(encoding="utf-8")), per_kind, rng)
    records = extract_mentions(Extractor(), [(c["mention"], c["published"]) for c in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses: dict[str, Counter[str]] = {}
    state = {}
    for case, record in zip(cases, records, strict=True):
        verdict = judge(case, record)
        total[case["kind"]] += 1
        right[case["kind"]] += verdict == "right"
        state[case["mention"] + " | " + case["published"]] = verdict
        if verdict != "right":
            misses.setdefault(case["kind"], Counter())[verdict] += 1
            if show and show in case["kind"]:
                got = [(e.text, e.label, e.canonical, e.role, e.org) for e in record.entities]
                print(f"[{case['kind']}] {case['mention']!r} {case['published']}: {verdict}")
                want = f"{case['person']!r} / {case['org']!r} / {case.get('role')!r}"
                print(f"    want {want}\n    got  {got}")
    for kind in total:
        detail = ", ".join(f"{v} {k}" for k, v in misses.get(kind, Counter()).most_common())
        print(f"{right[kind] / total[kind]:5.2f} {right[kind]:3}/{total[kind]:<3} {kind}  {detail}")
    n = sum(total.values())
    print(f"all: {sum(right.values())}/{n} = {sum(right.values()) / max(n, 1):.3f}")
    save_verdicts(option(argv, "--save"), state)
    old = saved_verdicts(option(argv, "--diff"))
    if old is not None:
        for key, verdict in state.items():
            if key in old and (old[key] == "right") != (verdict == "right"):
                mark = "GAINED" if verdict == "right" else "LOST  "
                print(f"{mark} {key}: {old[key]} -> {verdict}")


if __name__ == "__main__":
    main(sys.argv)
