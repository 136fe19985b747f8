"""Perturbation harness: how robust is the officials reader to careless writing?

Takes the rows of the development official-mention tables that come out right, applies
rule-generated corruptions of the kinds real pages contain (a title misspelt by one letter,
a title glued to its place or to the name, degrees glued, old spellings and one letter
dropped or doubled in a holder's name, lower-case region words, double spaces, curly
apostrophes, stray brackets) and prints the share still right per kind. Negative
perturbations (another real person's name, a name two edits away, a common word under the
title) must not be linked to the row's holder: the share linked is printed per kind.

Usage (from a worktree root): PYTHONPATH=$PWD/src python tools/typo_harness.py
[--per-kind N] [--save FILE] [--diff FILE] [--show KIND]
Measurement only: nothing here is shipped, and no held-out table is read.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmk_extract import Extractor

FRAME = "{mention} memberikan keterangan kepada wartawan."
DEV = [
    "official_mentions.jsonl",
    "official_mentions_heldout.jsonl",
    *(f"official_mentions_heldout{i}.jsonl" for i in range(2, 6)),
]
KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS = {
    ch: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in KEYS
    for i, ch in enumerate(row)
}
COMMON = ["Sementara", "Bersama", "Kemarin", "Selanjutnya", "Mengatakan", "Pihaknya"]
# old and new spellings, both ways
SWAPS = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("y", "i"), ("i", "y"), ("u", "oe")]
SWAPS += [("j", "dj"), ("kh", "ch"), ("ch", "h")]

Row = dict[str, Any]
Perturb = Callable[[Row, random.Random], str | None]


def _alpha_words(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[A-Za-z]+", text))


def _title_word(row: Row) -> re.Match[str] | None:
    """The first word of the title: alphabetic, capitalised, six letters or more."""
    for m in _alpha_words(row["title"]):
        w = m.group()
        if len(w) >= 6 and w[0].isupper() and w[1:].islower():
            return m
        return None
    return None


def _edit_title(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str]
) -> str | None:
    m = _title_word(row)
    if m is None:
        return None
    new = edit(m.group(), rnd)
    title = row["title"][: m.start()] + new + row["title"][m.end() :]
    return title + row["name"] + row["rest"]


def _drop(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    return word[:k] + word[k + 1 :]


def _double(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    return word[:k] + word[k] + word[k:]


def _swap(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word) - 1)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def _key(word: str, rnd: random.Random) -> str:
    k = rnd.randrange(1, len(word))
    ch = word[k].lower()
    near = NEIGHBOURS.get(ch, "")
    if not near:
        return word
    return word[:k] + rnd.choice(near) + word[k + 1 :]


def _name_word(row: Row, rnd: random.Random, size: int = 5) -> re.Match[str] | None:
    words = [
        m for m in _alpha_words(row["name"]) if len(m.group()) >= size and m.group()[1:].islower()
    ]
    return rnd.choice(words) if words else None


def _edit_name(
    row: Row, rnd: random.Random, edit: Callable[[str, random.Random], str]
) -> str | None:
    if not row["holder"]:
        return None
    m = _name_word(row, rnd)
    if m is None:
        return None
    name = row["name"][: m.start()] + edit(m.group(), rnd) + row["name"][m.end() :]
    return row["title"] + name + row["rest"]


def _old_spelling(row: Row, rnd: random.Random) -> str | None:
    if not row["holder"]:
        return None
    name = row["name"]
    options = [(o, n) for o, n in SWAPS if o in name[1:]]
    if not options:
        return None
    old, new = rnd.choice(options)
    spots = [k for k in range(1, len(name)) if name.startswith(old, k)]
    k = rnd.choice(spots)
    return row["title"] + name[:k] + new + name[k + len(old) :] + row["rest"]


def _glue_place(row: Row, rnd: random.Random) -> str | None:
    """ "BupatiSleman Nama": the first space of a title of two words or more dropped."""
    title = row["title"]
    m = re.match(r"([A-Z][a-z]+) ([A-Z][A-Za-z]+)", title)
    if m is None:
        return None
    return title[: m.end(1)] + title[m.end(1) + 1 :] + row["name"] + row["rest"]


def _dot_name(row: Row, rnd: random.Random) -> str | None:
    """ "Kapolres.Nama": the space before the name written as a dot."""
    title = row["title"].rstrip()
    if not title or not title[-1].isalpha():
        return None
    return title + "." + row["name"] + row["rest"]


def _glued_front_degrees(row: Row, rnd: random.Random) -> str | None:
    """ "Dr.Ir.H.Nama": degrees and honorific glued before the name."""
    title = row["title"]
    if not title.endswith(" "):
        return None
    front = rnd.choice(["Dr.Ir.H.", "H.", "Drs.H.", "Dr.", "Ir.H."])
    return title + front + row["name"] + row["rest"]


def _glued_back_degrees(row: Row, rnd: random.Random) -> str | None:
    """ "Nama,S.Sos,M.Si": degrees after the name without spaces."""
    if row["rest"].strip():
        return None
    back = rnd.choice([",S.Sos,M.Si", " S.Sos,M.Si", ",SH,MH", ",S.STP.,M.Si.", " SE.MM"])
    return row["title"] + row["name"] + back


def _region_words() -> frozenset[str]:
    """The capitalised words of the names of provinces, regencies and cities."""
    with Path("models/gazetteers/regions.jsonl").open(encoding="utf-8") as handle:
        names = [json.loads(line)["canonical"] for line in handle if line.strip()]
    return frozenset(w for n in names for w in n.split() if w[1:].islower() and len(w) > 2)


REGION_WORDS = _region_words()


def _lower_region(row: Row, rnd: random.Random) -> str | None:
    """ "Bupati sleman": the words of a region's name in the title in lower case."""
    words = row["title"].split(" ")
    spots = [k for k in range(1, len(words)) if words[k].strip(",") in REGION_WORDS]
    if not spots:
        return None
    for k in spots:
        words[k] = words[k].lower()
    return " ".join(words) + row["name"] + row["rest"]


def _double_space(row: Row, rnd: random.Random) -> str | None:
    """One space of the mention written twice."""
    mention = row["title"] + row["name"] + row["rest"]
    spots = [k for k, ch in enumerate(mention) if ch == " "]
    if not spots:
        return None
    k = rnd.choice(spots)
    return mention[:k] + " " + mention[k:]


def _double_spaces(row: Row, rnd: random.Random) -> str | None:
    mention = row["title"] + row["name"] + row["rest"]
    if " " not in mention:
        return None
    return mention.replace(" ", "  ")


def _curly(row: Row, rnd: random.Random) -> str | None:
    mention = row["title"] + row["name"] + row["rest"]
    if "'" not in mention:
        return None
    return mention.replace("'", "\u2019")


def _brackets(row: Row, rnd: random.Random) -> str | None:
    """ "Bupati Sleman (Nama)" or a stray bracket after the name."""
    if row["rest"].strip() or not row["title"].endswith(" "):
        return None
    if rnd.random() < 0.5:
        return row["title"] + "(" + row["name"] + ")"
    return row["title"] + row["name"] + " )"


def _other_person(row: Row, rnd: random.Random) -> str | None:
    other = rnd.choice(row["others"])
    return row["title"] + other + row["rest"]


def _two_edits(row: Row, rnd: random.Random) -> str | None:
    """Two consonants of the name's longest word changed for other consonants."""
    if not row["holder"]:
        return None
    words = _alpha_words(row["name"])
    if not words:
        return None
    m = max(words, key=lambda m: len(m.group()))
    w = list(m.group())
    spots = [k for k in range(1, len(w)) if w[k] in "bcdfgjklmnprstvz"]
    if len(spots) < 2:
        return None
    for k in rnd.sample(spots, 2):
        w[k] = rnd.choice([c for c in "bdgklmnprst" if c != w[k]])
    name = row["name"][: m.start()] + "".join(w) + row["name"][m.end() :]
    return row["title"] + name + row["rest"]


def _common_word(row: Row, rnd: random.Random) -> str | None:
    return row["title"] + rnd.choice(COMMON) + row["rest"]


POSITIVE: dict[str, Perturb] = {
    "title-drop": lambda r, g: _edit_title(r, g, _drop),
    "title-double": lambda r, g: _edit_title(r, g, _double),
    "title-swap": lambda r, g: _edit_title(r, g, _swap),
    "title-key": lambda r, g: _edit_title(r, g, _key),
    "glue-title-place": _glue_place,
    "dot-before-name": _dot_name,
    "glued-front-degrees": _glued_front_degrees,
    "glued-back-degrees": _glued_back_degrees,
    "name-old-spelling": _old_spelling,
    "name-drop": lambda r, g: _edit_name(r, g, _drop),
    "name-double": lambda r, g: _edit_name(r, g, _double),
    "lower-region": _lower_region,
    "double-space": _double_space,
    "double-spaces-all": _double_spaces,
    "curly-apostrophe": _curly,
    "stray-brackets": _brackets,
}
NEGATIVE: dict[str, Perturb] = {
    "neg-other-person": _other_person,
    "neg-two-edits": _two_edits,
    "neg-common-word": _common_word,
}


def _person(record: Any, mention: str) -> Any:
    inside = [e for e in record.entities if e.label == "PERSON" and e.end <= len(mention)]
    return max(inside, key=lambda e: e.end - e.start) if inside else None


def _run(ex: Extractor, items: list[tuple[str, str]]) -> list[Any]:
    docs = [
        {"id": str(i), "text": FRAME.format(mention=m), "published": d}
        for i, (m, d) in enumerate(items)
    ]
    return [_person(rec, m) for (m, _), rec in zip(items, ex.extract_many(docs), strict=True)]


def main(argv: list[str]) -> None:
    per_kind = int(argv[argv.index("--per-kind") + 1]) if "--per-kind" in argv else 250
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    save = argv[argv.index("--save") + 1] if "--save" in argv else None
    diff = argv[argv.index("--diff") + 1] if "--diff" in argv else None
    rows: list[Row] = []
    for name in DEV:
        with (Path("tests/data") / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    rows = [r for r in rows if r["person"] is not None]
    with Path("models/gazetteers/holders.jsonl").open(encoding="utf-8") as handle:
        holders = {json.loads(line)["name"] for line in handle if line.strip()}
    ex = Extractor()
    found = _run(ex, [(r["mention"], r["published"]) for r in rows])
    good: list[Row] = []
    for r, p in zip(rows, found, strict=True):
        if p is None or p.canonical != r["person"] or p.org != r["org"]:
            continue
        good.append(
            dict(
                r,
                title=r["mention"][: p.start],
                name=r["mention"][p.start : p.end],
                rest=r["mention"][p.end :],
                holder=r["person"] in holders,
            )
        )
    names = sorted({r["name"] for r in good if r["holder"] and " " in r["name"]})
    holders_right = sum(r["holder"] for r in good)
    print(f"rows right: {len(good)} of {len(rows)}; holders among them: {holders_right}")
    cases: list[tuple[str, Row, str]] = []
    for kind, perturb in {**POSITIVE, **NEGATIVE}.items():
        rnd = random.Random(kind)
        made: list[tuple[str, Row, str]] = []
        for r in good:
            r = dict(r, others=[n for n in names if not set(n.split()) & set(r["person"].split())])
            if kind == "neg-other-person" and not r["holder"]:
                continue
            text = perturb(r, rnd)
            if text is not None and text != r["mention"]:
                made.append((kind, r, text))
        rnd.shuffle(made)
        cases += made[:per_kind]
    out = _run(ex, [(text, r["published"]) for _, r, text in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    state: dict[str, bool] = {}
    for (kind, r, text), p in zip(cases, out, strict=True):
        total[kind] += 1
        if kind in NEGATIVE:
            # wrong: the row's holder (or any holder by a fuzzy match) linked to the text
            ok = p is None or (p.canonical != r["person"] and p.matched != "fuzzy")
        else:
            ok = p is not None and p.canonical == r["person"] and p.org == r["org"]
        right[kind] += ok
        state[f"{kind}|{text}|{r['published']}"] = ok
        if show == kind and not ok:
            got = (p.canonical, p.org, p.matched) if p else None
            print(f"  {text!r} {r['published']} want {r['person']!r}/{r['org']!r} got {got}")
    print(f"{'kind':22} {'right':>7} {'share':>6}")
    for kind in (*POSITIVE, *NEGATIVE):
        if total[kind]:
            label = "unlinked" if kind in NEGATIVE else "right"
            print(
                f"{kind:22} {right[kind]:3}/{total[kind]:3} {right[kind] / total[kind]:.3f} {label}"
            )
    pos = [k for k in POSITIVE if total[k]]
    print(f"positive mean share: {sum(right[k] / total[k] for k in pos) / len(pos):.3f}")
    if save:
        Path(save).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    if diff:
        old = json.loads(Path(diff).read_text(encoding="utf-8"))
        for key, ok in state.items():
            if key in old and old[key] != ok:
                print(("GAINED " if ok else "LOST   ") + key)


if __name__ == "__main__":
    main(sys.argv[1:])
