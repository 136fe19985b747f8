"""Harness (not a test): is a KNOWN holder's name misspelt as the press misspells it still
linked after the office's title on a day of the term, and is nothing else linked?

For a sample of holder terms of models/gazetteers/holders.jsonl (one holder on the day, a
name of two words or more), the office's first title, then the holder's name spelt by one
operator the press really uses, on the middle day of the term: a letter dropped, doubled,
two neighbours swapped; old and new spellings (i/y, e/i, u/oe, j/dj, c/tj, y/j, kh/h, f/p,
ph/f, sy/sj); a final "h" dropped; an apostrophe written as a backtick, as a doubled vowel
or dropped; a space put inside a word or removed between two words; the first name written
as its initial; the middle words written as their initials in capitals; a form of Muhammad
put before the name. Each positive is counted per operator and per position of the changed
word (first, middle, last).

Negatives (must not link to the holder): the title before another office's holder on that
day with one letter dropped (neg-other-holder); the holder's name with one consonant
written as another, which makes another person's name (neg-consonant); the misspelt name
after the title of another office of the family that the holder does not hold on that
day (neg-wrong-title); Muhammad and the last word of the name only (neg-muhammad-one);
capitals that are no initials of neighbouring words of the name (neg-initials).

    PYTHONPATH=$PWD/src python tools/fuzzy_harness.py [--per-op 120] [--save F] [--diff F]
    [--show OP]
Measurement only: nothing here is shipped, and no held-out table is read.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from harness_cli import extract_mentions, mid, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor
from pmk_extract.name_shapes import MUHAMMAD
from pmk_extract.people import Holder, Office, default_people

VOWELS = "aeiou"
# family titles the press writes without their region
BARE = ("Bupati", "Gubernur", "Kapolres", "Kapolda", "Pangdam", "Sekda")
FIRST_NAMES = ("Budi", "Ahmad", "Agus", "Siti", "Dedi", "Yusuf", "Hendra", "Rudi", "Eko")
FAR_DAYS = 5 * 365
ACTING = {"Penjabat": "Pj", "Pelaksana Tugas": "Plt", "Pelaksana Harian": "Plh"}
CONSONANTS = "bdgklmnprst"


def _sub(word: str, old: str, new: str, rng: random.Random) -> str | None:
    """``word`` with one (random) occurrence of the pattern ``old`` (its letters written
    as the pattern's ``old`` group, or the whole match) written ``new``, keeping its case."""
    spots = [m.start("old") for m in re.finditer(old, word.lower())]
    if not spots:
        return None
    k = rng.choice(spots)
    size = _size(old)
    piece = new.capitalize() if k == 0 else new
    return word[:k] + piece + word[k + size :]


def _size(pattern: str) -> int:
    """The number of letters the ``old`` group of a pattern matches."""
    return len(re.search(r"\(\?P<old>([^)]*)\)", pattern).group(1))  # type: ignore[union-attr]


def _inner(word: str) -> list[int]:
    """The positions of the letters of a word after its first."""
    return [k for k in range(1, len(word)) if word[k].isalpha()]


def drop(word: str, rng: random.Random) -> str | None:
    spots = [k for k in _inner(word) if len(word) >= 5]
    return None if not spots else (lambda k: word[:k] + word[k + 1 :])(rng.choice(spots))


def double(word: str, rng: random.Random) -> str | None:
    spots = [k for k in _inner(word) if word[k] != word[k - 1]]
    return (
        None
        if not spots
        else (lambda k: word[: k + 1] + word[k] + word[k + 1 :])(rng.choice(spots))
    )


def swap(word: str, rng: random.Random) -> str | None:
    spots = [k for k in range(1, len(word) - 1) if word[k] != word[k + 1] and len(word) >= 5]
    if not spots:
        return None
    k = rng.choice(spots)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def pair(
    old: str, new: str, before: str = "", after: str = ""
) -> Callable[[str, random.Random], str | None]:
    """The operator writing the letters ``old`` as ``new`` where the look-behind ``before``
    and the look-ahead ``after`` (regex) allow."""
    pattern = f"{before}(?P<old>{re.escape(old)}){after}"
    return lambda word, rng: _sub(word, pattern, new, rng)


def final_h(word: str, rng: random.Random) -> str | None:
    return word[:-1] if word.endswith("h") and len(word) >= 5 else None


def vowel_in(word: str, rng: random.Random) -> str | None:
    """A vowel put between two consonants, the one before them again ("Mangkunegara",
    "Mangukunegara")."""
    spots = [
        k
        for k in range(2, len(word) - 1)
        if word[k - 1] not in VOWELS and word[k] not in VOWELS and word[k - 2] in VOWELS
    ]
    if len(word) < 6 or not spots:
        return None
    k = rng.choice(spots)
    return word[:k] + word[k - 2] + word[k:]


def h_move(word: str, rng: random.Random) -> str | None:
    """The "h" of a consonant's digraph written after the next consonant instead, where it
    makes a digraph too ("Dhakiri", "Dakhiri")."""
    found = [m.start() for m in re.finditer(r"[dgkst]h[aeiou][dgkst](?!h)", word)]
    if not found:
        return None
    k = rng.choice(found)
    return word[: k + 1] + word[k + 2 : k + 4] + "h" + word[k + 4 :]


def space_in(word: str, rng: random.Random) -> str | None:
    if len(word) < 8:
        return None
    k = rng.randrange(3, len(word) - 3)
    return f"{word[:k]} {word[k].upper()}{word[k + 1 :]}"


# word operators: (name, function)
WORD_OPS: list[tuple[str, Callable[[str, random.Random], str | None]]] = [
    ("drop", drop),
    ("double", double),
    ("swap", swap),
    ("i>y", pair("i", "y")),
    ("y>i", pair("y", "i")),
    ("e>i", pair("e", "i", "(?<!o)")),
    ("i>e", pair("i", "e")),
    ("u>oe", pair("u", "oe")),
    ("oe>u", pair("oe", "u")),
    ("j>dj", pair("j", "dj", "(?<![dt])")),
    ("dj>j", pair("dj", "j")),
    ("c>tj", pair("c", "tj")),
    ("tj>c", pair("tj", "c")),
    ("y>j", pair("y", "j", "(?<![dt])", "(?=[aeiou])")),
    ("kh>h", pair("kh", "h")),
    ("h>kh", pair("h", "kh", "(?<=[aeiou])", "(?=[^aeiouh])")),
    ("f>p", pair("f", "p")),
    ("p>f", pair("p", "f")),
    ("ph>f", pair("ph", "f")),
    ("sy>sj", pair("sy", "sj")),
    ("sy>s", pair("sy", "s")),
    ("final-h", final_h),
    ("apos>`", pair("'", "`")),
    (
        "apos>vowel",
        lambda w, r: re.sub(r"([aeiou])'([aeiou])", r"\1\1", w, count=1) if "'" in w else None,
    ),
    ("apos>none", pair("'", "")),
    ("space-in", space_in),
    ("vowel-in", vowel_in),
    ("n>ng", pair("n", "ng", "(?<=[aeiou])", "(?=[sc])")),
    ("h-move", h_move),
    ("lower", lambda w, r: w.lower() if w[:1].isupper() and w[1:].islower() else None),
]
# operators the press applies to one word inside a name, never to its first (a name in lower
# case from its first word is read only as a known holder's name)
INNER_ONLY = frozenset({"lower"})
# honorifics and degrees glued to the name, or degrees written in another mix of cases
GLUED = ("H.{}", "Hj.{}", "Drs.H.{}", "Dr.Ir.H.{}", "KH.{}", "Ir.H.{}")
DEGREE_CASES = ("{}, M.kes", "{} SPoG", "{}, S.sos", "{} SpPd", "{}, S.pd", "{} M.si")


def name_ops(name: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(operator, position, written name) for every operator that applies to ``name``."""
    words = name.split()
    out: list[tuple[str, str, str]] = []
    for op, fn in WORD_OPS:
        spots = [
            k
            for k, w in enumerate(words)
            if len(w) >= 3 and fn(w, random.Random(0)) and (k or op not in INNER_ONLY)
        ]
        if not spots:
            continue
        k = rng.choice(spots)
        changed = fn(words[k], rng)
        if changed is None or changed == words[k]:
            continue
        pos = "first" if k == 0 else "last" if k == len(words) - 1 else "middle"
        out.append((op, pos, " ".join([*words[:k], changed, *words[k + 1 :]])))
    if len(words) >= 2:
        k = rng.randrange(len(words) - 1)
        glued = [*words[:k], words[k] + words[k + 1].lower(), *words[k + 2 :]]
        out.append(("glue", "pair", " ".join(glued)))
        if len(words[0]) > 2:
            out.append(("initial", "first", f"{words[0][0]}. {' '.join(words[1:])}"))
    if len(words) == 3 and all(len(w) >= 3 for w in words):
        out.append(("part", "middle", f"{words[0]} {words[2]}"))  # the middle word left out
    if 3 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words[1:-1]):
        # the middle words written as their initials in capitals: "Bambang PS Brodjonegoro"
        middle = "".join(w[0] for w in words[1:-1])
        if len(middle) >= 2:
            out.append(("initials-run", "middle", f"{words[0]} {middle} {words[-1]}"))
    if len(words) >= 2 and not any(MUHAMMAD.match(w) for w in words):
        out.append(("muhammad", "first", f"{rng.choice(('Mochamad', 'Moch.', 'Muhammad'))} {name}"))
    return out


def consonant_change(name: str, rng: random.Random) -> str | None:
    """``name`` with one inner consonant of each of its words written as another (no word
    as the name writes it: another person's name)."""
    out = []
    for word in name.split():
        spots = [i for i in _inner(word) if word[i] in CONSONANTS]
        if len(word) < 4 or not spots:
            return None
        i = rng.choice(spots)
        other = rng.choice([c for c in CONSONANTS if c != word[i]])
        out.append(word[:i] + other + word[i + 1 :])
    return " ".join(out)


def decorate(office: Office, name: str, rng: random.Random) -> str:
    """``name`` as the press writes it with what goes before and after it: a rank after a
    police or military title, else an honorific or degrees."""
    role = office.role
    if "Kepolisian" in role:
        return f"{rng.choice(('Irjen Pol', 'Kombes Pol', 'AKBP', 'Brigjen Pol'))} {name}"
    if "Militer" in role or "Tentara" in role:
        return f"{rng.choice(('Mayjen TNI', 'Brigjen TNI', 'Letjen TNI'))} {name}"
    return rng.choice(("H. {}", "Dr. {}, M.Si", "{}, S.H.", "Hj. {}", "Drs. {} M.M.")).format(name)


def family(office: Office) -> str:
    """The office's family: its role's first two words."""
    return " ".join(office.role.split()[:2])


def build(per_op: int, rng: random.Random) -> list[dict[str, Any]]:
    """The harness's cases."""
    people = default_people()
    terms: list[tuple[Office, Holder, dt.date]] = []
    for office in people.offices.values():
        if not office.titles:
            continue
        for holder in people.by_office.get(office.id, []):
            day = mid(holder)
            if day is None or holder.title_only:
                continue
            if len(holder.name.split()) < 2 and len(holder.name) < 8:
                continue
            if len(people.holders_on(office.id, day)) != 1:
                continue
            terms.append((office, holder, day))
    rng.shuffle(terms)
    by_family: dict[str, list[Office]] = {}
    for office in people.offices.values():
        if office.titles and people.by_office.get(office.id):
            by_family.setdefault(family(office), []).append(office)
    cases: list[dict[str, Any]] = []
    count: Counter[str] = Counter()
    for office, holder, day in terms:
        title = rng.choice(office.titles)
        if holder.acting:
            # an acting holder after the acting prefix the press writes
            title = f"{ACTING.get(holder.acting, holder.acting)} {title}"
        bare = office.role.split()[0] if office.role.split()[0] in BARE else None
        if bare and count["bare-exact"] < per_op and people.person(holder.name) == holder.name:
            # the family's title without its region: "Bupati Nama Lengkap"
            count["bare-exact"] += 1
            written = drop(holder.name.split()[-1], rng) or holder.name.split()[-1] + "s"
            cases.append(
                {
                    "op": "bare-exact",
                    "pos": "",
                    "mention": f"{bare} {holder.name}",
                    "published": day.isoformat(),
                    "person": holder.name,
                }
            )
            cases.append(
                {
                    "op": "bare-drop",
                    "pos": "last",
                    "mention": f"{bare} {' '.join([*holder.name.split()[:-1], written])}",
                    "published": day.isoformat(),
                    "person": holder.name,
                }
            )
            # negatives: another first name before the misspelt last word; the misspelt
            # name on a day far from any term of the holder in the class
            first = rng.choice([f for f in FIRST_NAMES if f != holder.name.split()[0]])
            rest = [*holder.name.split()[1:-1], written]
            cases.append(
                {
                    "op": "neg-bare-other-first",
                    "pos": "",
                    "mention": f"{bare} {first} {' '.join(rest)}",
                    "published": day.isoformat(),
                    "not_person": holder.name,
                }
            )
            far = (holder.start or day) - dt.timedelta(days=FAR_DAYS)
            if not any(h.name == holder.name and h.holds_on(far) for h in people.holders):
                cases.append(
                    {
                        "op": "neg-bare-far-date",
                        "pos": "",
                        "mention": f"{bare} {' '.join([*holder.name.split()[:-1], written])}",
                        "published": far.isoformat(),
                        "not_person": holder.name,
                    }
                )
        for op, forms in (("glued", GLUED), ("degree-case", DEGREE_CASES)):
            if count[op] < per_op and people.person(holder.name) == holder.name:
                count[op] += 1
                cases.append(
                    {
                        "op": op,
                        "pos": "",
                        "mention": f"{title} {rng.choice(forms).format(holder.name)}",
                        "published": day.isoformat(),
                        "person": holder.name,
                    }
                )
        for op, pos, written in name_ops(holder.name, rng):
            if count[op] >= per_op or people.person(written) is not None:
                continue  # an exact alias is no misspelling
            count[op] += 1
            cases.append(
                {
                    "op": op if " " in holder.name else f"one-word-{op}",
                    "pos": pos,
                    "mention": f"{title} {written}",
                    "published": day.isoformat(),
                    "person": holder.name,
                }
            )
            if op in ("drop", "double", "swap", "glue") and count[f"decor-{op}"] < per_op:
                # the misspelt name with the rank, honorific or degrees the press adds
                count[f"decor-{op}"] += 1
                cases.append(
                    {
                        "op": f"decor-{op}",
                        "pos": pos,
                        "mention": f"{title} {decorate(office, written, rng)}",
                        "published": day.isoformat(),
                        "person": holder.name,
                    }
                )
            if op in ("drop", "double", "swap", "i>y", "e>i", "glue") and count[op] % 3 == 0:
                # the same misspelling after another office's title the holder does not hold
                others = [
                    o
                    for o in by_family.get(family(office), [])
                    if o.id != office.id
                    and not any(h.name == holder.name for h in people.holders_on(o.id, day))
                    and people.holders_on(o.id, day)
                ]
                if others:
                    other = rng.choice(others)
                    cases.append(
                        {
                            "op": "neg-wrong-title",
                            "pos": op,
                            "mention": f"{other.titles[0]} {written}",
                            "published": day.isoformat(),
                            "not_person": holder.name,
                        }
                    )
        words = holder.name.split()
        plain = not any(MUHAMMAD.match(w) for w in words)
        if count["neg-muhammad-one"] < per_op and plain and len(words) >= 2 and len(words[-1]) >= 4:
            # Muhammad and one word of the holder's name: another person's name
            count["neg-muhammad-one"] += 1
            cases.append(
                {
                    "op": "neg-muhammad-one",
                    "pos": "",
                    "mention": f"{title} Muhammad {words[-1]}",
                    "published": day.isoformat(),
                    "not_person": holder.name,
                }
            )
        letters = "".join(w[0] for w in words[2:0:-1]) if len(words) >= 4 else ""
        heads = "".join(w[0] for w in words)
        if count["neg-initials"] < per_op and len(letters) == 2 and letters not in heads:
            # two middle words' initials in the wrong order: no initials of neighbouring words
            count["neg-initials"] += 1
            cases.append(
                {
                    "op": "neg-initials",
                    "pos": "",
                    "mention": f"{title} {words[0]} {letters} {words[-1]}",
                    "published": day.isoformat(),
                    "not_person": holder.name,
                }
            )
        if count["neg-consonant"] < per_op:
            changed = consonant_change(holder.name, rng)
            if changed and people.person(changed) is None:
                count["neg-consonant"] += 1
                cases.append(
                    {
                        "op": "neg-consonant",
                        "pos": "",
                        "mention": f"{title} {changed}",
                        "published": day.isoformat(),
                        "not_person": holder.name,
                    }
                )
        if count["neg-other-holder"] < per_op:
            others = [
                h
                for o in by_family.get(family(office), [])
                if o.id != office.id
                for h in people.holders_on(o.id, day)
                if len(h.name.split()) >= 2 and h.name != holder.name
            ]
            if others:
                other_holder = rng.choice(others)
                written = " ".join(
                    drop(w, rng) or w if k == len(other_holder.name.split()) - 1 else w
                    for k, w in enumerate(other_holder.name.split())
                )
                count["neg-other-holder"] += 1
                cases.append(
                    {
                        "op": "neg-other-holder",
                        "pos": "",
                        "mention": f"{title} {written}",
                        "published": day.isoformat(),
                        "not_person": holder.name,
                    }
                )
    return cases


def judge(case: dict[str, Any], record: Any) -> str:
    """The verdict of one case."""
    inside = [
        e for e in record.entities if e.label == "PERSON" and e.end <= len(case["mention"]) + 1
    ]
    if "not_person" in case:
        return "linked" if any(e.canonical == case["not_person"] for e in inside) else "right"
    if not inside:
        return "no person"
    person = max(inside, key=lambda e: e.end - e.start)
    return "right" if person.canonical == case["person"] else "other name"


def main(argv: list[str]) -> None:
    per_op = int(option(argv, "--per-op") or 120)
    show = option(argv, "--show")
    rng = random.Random(0)
    cases = build(per_op, rng)
    records = extract_mentions(Extractor(), [(c["mention"], c["published"]) for c in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    state = {}
    for case, record in zip(cases, records, strict=True):
        verdict = judge(case, record)
        for key in (case["op"], f"{case['op']}@{case['pos']}" if case["pos"] else ""):
            if key:
                total[key] += 1
                right[key] += verdict == "right"
        state[f"{case['op']} | {case['mention']} | {case['published']}"] = verdict
        if verdict != "right" and show and (show == "ALL" or show == case["op"]):
            got = [(e.text, e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
            print(
                f"[{case['op']}@{case['pos']}] {case['mention']!r} {case['published']}: {verdict}"
            )
            print(f"    want {case.get('person') or 'not ' + case['not_person']} got {got}")
    pos_total = pos_right = 0
    for key in sorted(total, key=lambda k: (k.startswith("neg"), "@" in k, k)):
        print(f"{right[key] / total[key]:5.2f} {right[key]:4}/{total[key]:<4} {key}")
        if "@" not in key and not key.startswith("neg"):
            pos_total += total[key]
            pos_right += right[key]
    neg_total = sum(v for k, v in total.items() if k.startswith("neg") and "@" not in k)
    neg_right = sum(v for k, v in right.items() if k.startswith("neg") and "@" not in k)
    print(f"positives: {pos_right}/{pos_total}; negatives right: {neg_right}/{neg_total}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
