"""Probe (not a test): a holder's name misspelt by each spelling rule of the press, after each
title of the office, on a day of the term; and unknown names of the same shapes, misspelt
the same way, after the same titles (which must link no one).

Offices: those with a holder on 4 or more of the yearly days 1 June 2015 ... 1 June 2025.
For each, one holder term (a name the knowledge base does not mark ``title_only``) and the
middle day of the term; each of the office's titles (up to ``--titles``, default 4).

The rules (each names one way the press writes a name other than the record):

- old and new spelling, either way: ``dj>j``, ``j>dj``, ``tj>c``, ``c>tj``, ``oe>u``,
  ``u>oe``, ``ch>kh``, ``kh>ch``, ``sj>sy``, ``sy>sj``, and ``modern`` (every old spelling
  of the name written the new way at once, "Tjahjo" -> "Cahyo");
- a doubled letter written once (``single``), a letter doubled (``double``);
- vowels and glides: ``y>i``, ``i>y``, ``e>i``, ``i>e``;
- an "h" dropped after a consonant or at the end (``drop-h``), or added after "d", "t", "g",
  "k" or "s" before a vowel (``add-h``);
- the forms of Muhammad (``muhammad``: "Muhamad", "Mohammad", "Mohamad", "Moh.", "M.",
  "Mochammad"), for a name that has one;
- the apostrophe as a backtick, a doubled vowel or left out (``apos``);
- a word split in two (``split``) or two words glued (``join``, "Dewa Broto" -> "Dewabroto");
- two of the rules above on two different words (``two-rules``).

Verdicts: ``right`` (the holder), ``wrong`` (another known person), ``unlinked`` (no person,
or the name as written); for the unknown names (``neg-<rule>``): ``right`` when no known
person is linked, ``wrong`` otherwise.

    PYTHONPATH=$PWD/src python tools/spelling_probe.py [--titles N] [--save F] [--diff F]
    [--show RULE|ALL]

Measurement only: nothing here is shipped, and no held-out table is read.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from harness_cli import extract_mentions, mid, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor
from pmk_extract.name_shapes import MUHAMMAD
from pmk_extract.people import Holder, Office, People, default_people

DAYS = [dt.date(year, 6, 1) for year in range(2015, 2026)]
VOWELS = "aeiou"
# words of unknown names (checked: no known person bears the names made of them)
FIRST = ("Suparjo", "Wiryanto", "Hendrik", "Rusmiati", "Tjokro", "Djuanda", "Soetrisno")
MIDDLE = ("Bahtiar", "Syahrudin", "Chaerul", "Dewa", "Mochtar", "Effendi")
LAST = ("Kusumadjaja", "Harjosoewito", "Lasmono", "Pakpahan", "Sjamsudin", "Rachmadi")
MUHAMMAD_FORMS = ("Muhamad", "Mohammad", "Mohamad", "Moh.", "M.", "Mochammad")


def _sub(word: str, old: str, new: str, rng: random.Random) -> str | None:
    """``word`` with one (random) ``old`` (lower-case letters, any case in the word) as
    ``new``, keeping an initial capital."""
    spots = [m.start() for m in re.finditer(re.escape(old), word.lower())]
    if not spots:
        return None
    k = rng.choice(spots)
    piece = new.capitalize() if k == 0 and word[:1].isupper() else new
    return word[:k] + piece + word[k + len(old) :]


def pair(old: str, new: str) -> Callable[[str, random.Random], str | None]:
    return lambda word, rng: _sub(word, old, new, rng)


def modern(word: str, rng: random.Random) -> str | None:
    """Every old spelling of ``word`` written the new way ("Tjahjo" -> "Cahyo")."""
    low = word.lower()
    if not any(old in low for old in ("tj", "dj", "oe", "sj")):
        return None
    out = low.replace("tj", "c").replace("dj", "j").replace("sj", "sy").replace("oe", "u")
    out = re.sub(r"(?<=[aeiou])j(?=[aeiou])|(?<=[aeiou])j$", "y", out)
    return out.capitalize() if word[:1].isupper() else out


def single(word: str, rng: random.Random) -> str | None:
    spots = [k for k in range(1, len(word)) if word[k] == word[k - 1] and word[k].isalpha()]
    return None if not spots else (lambda k: word[:k] + word[k + 1 :])(rng.choice(spots))


def double(word: str, rng: random.Random) -> str | None:
    spots = [
        k
        for k in range(1, len(word) - 1)
        if word[k] not in VOWELS and word[k].isalpha() and word[k] != word[k - 1] != word[k + 1]
    ]
    return None if not spots else (lambda k: word[: k + 1] + word[k:])(rng.choice(spots))


def drop_h(word: str, rng: random.Random) -> str | None:
    spots = [
        k
        for k in range(1, len(word))
        if word[k] == "h" and (word[k - 1] not in VOWELS or k == len(word) - 1)
    ]
    if len(word) < 5 or not spots:
        return None
    k = rng.choice(spots)
    return word[:k] + word[k + 1 :]


def add_h(word: str, rng: random.Random) -> str | None:
    spots = [
        k for k in range(0, len(word) - 1) if word[k].lower() in "dtgks" and word[k + 1] in VOWELS
    ]
    if len(word) < 4 or not spots:
        return None
    k = rng.choice(spots)
    return word[: k + 1] + "h" + word[k + 1 :]


def apos(word: str, rng: random.Random) -> str | None:
    if "'" not in word:
        return None
    k = word.index("'")
    choice = rng.choice(("`", "vowel", ""))
    if choice == "vowel":
        return word[:k] + word[k - 1] + word[k + 1 :] if word[k - 1] in VOWELS else None
    return word[:k] + choice + word[k + 1 :]


def split(word: str, rng: random.Random) -> str | None:
    if len(word) < 9:
        return None
    k = rng.randrange(4, len(word) - 3)
    return f"{word[:k]} {word[k].upper()}{word[k + 1 :]}"


# word rules: (name, function)
WORD_RULES: list[tuple[str, Callable[[str, random.Random], str | None]]] = [
    ("dj>j", pair("dj", "j")),
    ("j>dj", lambda w, r: _sub(w, "j", "dj", r) if "dj" not in w.lower() else None),
    ("tj>c", pair("tj", "c")),
    ("c>tj", lambda w, r: _sub(w, "c", "tj", r) if "ch" not in w.lower() else None),
    ("oe>u", pair("oe", "u")),
    ("u>oe", pair("u", "oe")),
    ("ch>kh", pair("ch", "kh")),
    ("kh>ch", pair("kh", "ch")),
    ("sj>sy", pair("sj", "sy")),
    ("sy>sj", pair("sy", "sj")),
    ("modern", modern),
    ("single", single),
    ("double", double),
    ("y>i", pair("y", "i")),
    ("i>y", pair("i", "y")),
    ("e>i", pair("e", "i")),
    ("i>e", pair("i", "e")),
    ("drop-h", drop_h),
    ("add-h", add_h),
    ("apos", apos),
    ("split", split),
]
RULES = dict(WORD_RULES)


def misspellings(name: str, rng: random.Random) -> list[tuple[str, str]]:
    """(rule, written name) for each rule that applies to ``name``."""
    words = name.split()
    out: list[tuple[str, str]] = []
    changed_by: dict[str, tuple[int, str]] = {}
    for rule, fn in WORD_RULES:
        spots = [k for k, w in enumerate(words) if len(w) >= 3 and fn(w, random.Random(0))]
        if not spots:
            continue
        k = rng.choice(spots)
        new = fn(words[k], rng)
        if not new or new == words[k]:
            continue
        changed_by[rule] = (k, new)
        out.append((rule, " ".join([*words[:k], new, *words[k + 1 :]])))
    muhammad = [k for k, w in enumerate(words) if MUHAMMAD.match(w)]
    if muhammad:
        k = muhammad[0]
        form = rng.choice([f for f in MUHAMMAD_FORMS if f != words[k]])
        out.append(("muhammad", " ".join([*words[:k], form, *words[k + 1 :]])))
    if len(words) >= 2:
        k = rng.randrange(len(words) - 1)
        if len(words[k]) >= 3 and len(words[k + 1]) >= 3:
            glued = words[k] + words[k + 1].lower()
            out.append(("join", " ".join([*words[:k], glued, *words[k + 2 :]])))
    # two rules on two different words (vowel and glide rules, old spellings, letters)
    firsts = list(changed_by.items())
    rng.shuffle(firsts)
    for (r1, (k1, w1)), (r2, (k2, w2)) in itertools.pairwise(firsts):
        if k1 != k2 and r1 != "split" and r2 != "split":
            both = list(words)
            both[k1], both[k2] = w1, w2
            out.append(("two-rules", " ".join(both)))
            break
    return out


def offices(people: People) -> list[tuple[Office, Holder, dt.date]]:
    """Each office held on 4 or more of :data:`DAYS`, with one of its holders (not
    ``title_only``, one on those days where there is one) and a day of that term."""
    out: list[tuple[Office, Holder, dt.date]] = []
    for office in people.offices.values():
        if not office.titles:
            continue
        held = [d for d in DAYS if people.holders_on(office.id, d)]
        if len(held) < 4:
            continue
        terms = [
            h
            for h in people.by_office.get(office.id, [])
            if not h.title_only and (len(h.name.split()) > 1 or len(h.name) >= 8)
        ]
        for holder in sorted(terms, key=lambda h: (h.start or dt.date.min, h.name)):
            day = mid(holder)
            if day is not None and len(people.holders_on(office.id, day)) == 1:
                out.append((office, holder, day))
                break
    return out


def unknown_names(people: People) -> list[str]:
    """Names of two and three words no known person bears."""
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    names += [f"{f} {m} {last}" for f in FIRST for m in MIDDLE for last in LAST]
    return [n for n in names if people.person(n) is None]


def build(titles: int, rng: random.Random) -> list[dict[str, Any]]:
    people = default_people()
    unknown = unknown_names(people)
    cases: list[dict[str, Any]] = []
    for office, holder, day in offices(people):
        forms = office.titles[:titles]
        if holder.acting:
            short = {"Penjabat": "Pj", "Pelaksana Tugas": "Plt", "Pelaksana Harian": "Plh"}
            forms = [f"{short.get(holder.acting, holder.acting)} {t}" for t in forms]
        for rule, written in misspellings(holder.name, rng):
            if people.person(written) is not None:
                continue  # an alias or another person's name: no misspelling
            for title in forms:
                cases.append(
                    {
                        "rule": rule,
                        "mention": f"{title} {written}",
                        "published": day.isoformat(),
                        "person": holder.name,
                    }
                )
        other = rng.choice(unknown)
        for rule, written in misspellings(other, rng):
            if people.person(written) is None:
                cases.append(
                    {
                        "rule": f"neg-{rule}",
                        "mention": f"{forms[0]} {written}",
                        "published": day.isoformat(),
                        "person": None,
                    }
                )
    return cases


def judge(case: dict[str, Any], record: Any, known: Callable[[str], bool]) -> str:
    inside = [
        e for e in record.entities if e.label == "PERSON" and e.end <= len(case["mention"]) + 1
    ]
    if case["person"] is None:
        return "wrong" if any(known(e.canonical) for e in inside) else "right"
    if not inside:
        return "unlinked"
    person = max(inside, key=lambda e: e.end - e.start)
    if person.canonical == case["person"]:
        return "right"
    return "wrong" if known(person.canonical) else "unlinked"


def main(argv: list[str]) -> None:
    titles = int(option(argv, "--titles") or 4)
    show = option(argv, "--show")
    cases = build(titles, random.Random(0))
    people = default_people()
    names = {h.name for h in people.holders}
    records = extract_mentions(Extractor(), [(c["mention"], c["published"]) for c in cases])
    count: dict[str, Counter[str]] = {}
    state = {}
    for case, record in zip(cases, records, strict=True):
        verdict = judge(case, record, lambda name: name in names)
        count.setdefault(case["rule"], Counter())[verdict] += 1
        state[f"{case['rule']} | {case['mention']} | {case['published']}"] = verdict
        if verdict != "right" and show and show in ("ALL", case["rule"]):
            got = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
            print(f"[{case['rule']}] {case['mention']!r} {case['published']}: {verdict}")
            print(f"    want {case['person']} got {got}")
    print(f"{'rule':12} {'right':>6} {'wrong':>6} {'unlinked':>8}  total")
    for rule in sorted(count, key=lambda r: (r.startswith("neg-"), r)):
        c = count[rule]
        total = sum(c.values())
        print(f"{rule:12} {c['right']:6} {c['wrong']:6} {c['unlinked']:8}  {total}")
    for neg in (False, True):
        sel = [c for r, c in count.items() if r.startswith("neg-") == neg]
        right = sum(c["right"] for c in sel)
        total = sum(sum(c.values()) for c in sel)
        print(f"{'negatives' if neg else 'positives'}: {right}/{total} right")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
