"""Harness (not a test): does a name written after an office's title link to the office's
holder on the date, for every way the press writes the title and the name?

For a sample of offices with holders per family (governors, vice-governors, regional
secretaries, regents and mayors, police chiefs, Pangdam, ministers, deputy ministers, agency
heads, directors-general), on the middle day of each term: each written title (the office's
titles and the short forms the press writes: "Sekda X", "Sekdaprov X", "Kapolda X", "Pj
Gubernur X" for an acting term) x each name form (full; first + last; initial + last;
aliases; decorated with an honorific and degrees) -> the holder with the office's org (and
the acting role for an acting term written with its prefix). Negatives: the same title and
full name on a day no term covers, far from any (not linked to the holder); another holder
of the family's name after the title (not linked to this office's holder, nor given this
office); a known person's alias that does not fit the holder (not given this office).

    PYTHONPATH=$PWD/src python tools/holder_harness.py [--per-family 12] [--save F] [--diff F]
    [--show FAMILY]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from typing import Any

from harness_cli import extract_mentions, mid, option, print_changes, save_verdicts, saved_verdicts

from pmk_extract import Extractor
from pmk_extract.kb import default_kb
from pmk_extract.people import Holder, Office, default_people

# family -> (how its roles open, the short forms the press writes before the region)
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "governor": ("Gubernur ", ("Gubernur",)),
    "vice-governor": ("Wakil Gubernur ", ("Wakil Gubernur", "Wagub")),
    "sekda-province": ("Sekretaris Daerah Provinsi ", ("Sekda", "Sekdaprov", "Sekda Provinsi")),
    "sekda-local": ("Sekretaris Daerah ", ("Sekda",)),
    "regent": ("Bupati ", ("Bupati",)),
    "mayor": ("Wali Kota ", ("Wali Kota", "Walikota")),
    "vice-regent": ("Wakil Bupati ", ("Wakil Bupati", "Wabup")),
    "kapolda": ("Kepala Kepolisian Daerah ", ("Kapolda",)),
    "kapolres": ("Kepala Kepolisian Resor ", ("Kapolres",)),
    "pangdam": ("Panglima Komando Daerah Militer ", ("Pangdam",)),
    "minister": ("Menteri ", ()),
    "deputy-minister": ("Wakil Menteri ", ()),
    "agency-head": ("Kepala Badan ", ()),
    "dirjen": ("Direktur Jenderal ", ()),
}
SHORT_ACTING = {
    "Penjabat": ("Pj", "Pj.", "Penjabat"),
    "Pelaksana Tugas": ("Plt", "Plt.", "Pelaksana Tugas"),
    "Pelaksana Harian": ("Plh", "Plh."),
    "Penjabat Sementara": ("Pjs", "Pjs."),
}
DECOR = ("H. {} S.H., M.Si.", "Dr. {}, M.M.", "Prof. Dr. {}")
FAR_DAYS = 4 * 365


def family_of(office: Office) -> str | None:
    """The family whose roles open as ``office``'s does (the longest opening)."""
    best = None
    for family, (opening, _) in FAMILIES.items():
        if office.role.startswith(opening) and (best is None or len(opening) > len(best[1])):
            best = (family, opening)
    if best is None:
        return None
    if best[0] == "sekda-local" and "Provinsi" in office.role:
        return "sekda-province"
    return best[0]


def regions(office: Office, opening: str) -> list[str]:
    """The office's region or unit as its role and its titles write it after the opening."""
    out = [office.role.removeprefix(opening)]
    shorts = FAMILIES[family_of(office) or ""][1]
    for title in office.titles:
        for prefix in (opening.strip(), *shorts):
            if title.startswith(prefix + " "):
                out.append(title.removeprefix(prefix + " "))
    return list(dict.fromkeys(r for r in out if r))


def title_forms(office: Office, family: str, holder: Holder) -> list[tuple[str, str]]:
    """(written title, kind) pairs: the office's titles, the press's short forms, and, for an
    acting term, the acting prefixes before the short forms."""
    opening, shorts = FAMILIES[family]
    forms = [(t, "title") for t in office.titles[:3]]
    places = regions(office, opening)
    for short in shorts:
        for place in places[:2]:
            forms.append((f"{short} {place}", "short"))
    if holder.acting:
        acting = []
        for prefix in SHORT_ACTING.get(holder.acting, ()):
            written = f"{shorts[0]} {places[0]}" if shorts else office.titles[0]
            acting.append((f"{prefix} {written}", "acting"))
        forms = [f for f in forms if f[1] != "short"][:1] + acting
    return list(dict.fromkeys(forms))


def name_forms(holder: Holder) -> list[tuple[str, str]]:
    """(written name, kind) pairs of the holder."""
    words = holder.name.split()
    out = [(holder.name, "full")]
    if len(words) >= 3:
        out.append((f"{words[0]} {words[-1]}", "first+last"))
    if len(words) >= 2 and len(words[0]) > 2:
        out.append((f"{words[0][0]}. {' '.join(words[1:])}", "initial+rest"))
    out += [(a, "alias") for a in holder.aliases if len(a.split()) >= 2]
    out.append((random.choice(DECOR).format(holder.name), "decorated"))
    return list(dict.fromkeys(out))


def build(per_family: int, rng: random.Random) -> list[dict[str, Any]]:
    """The harness's cases."""
    people, kb = default_people(), default_kb()
    by_family: dict[str, list[Office]] = {}
    for office in people.offices.values():
        family = family_of(office)
        if family and people.by_office.get(office.id):
            by_family.setdefault(family, []).append(office)
    alias_people = [h for h in people.holders if not h.title_only and h.aliases]
    cases: list[dict[str, Any]] = []
    for family, offices in sorted(by_family.items()):
        rng.shuffle(offices)
        for office in offices[:per_family]:
            terms = people.by_office[office.id]
            for holder in terms:
                day = mid(holder)
                if day is None:
                    continue
                others = [h for h in people.holders_on(office.id, day) if h.name != holder.name]
                if others:
                    continue  # a multi-seat office: the harness asks one holder
                org = kb.pick(kb.by_id[office.org], day).canonical if office.org else None
                role = holder.role(office)
                for title, tkind in title_forms(office, family, holder):
                    for name, nkind in name_forms(holder):
                        cases.append(
                            {
                                "family": family,
                                "kind": f"{tkind}/{nkind}",
                                "mention": f"{title} {name}",
                                "published": day.isoformat(),
                                "person": holder.name,
                                "org": org,
                                "role": role if tkind == "acting" else None,
                            }
                        )
                title = title_forms(office, family, holder)[-1][0]
                # negatives: a day far from any term; another holder's name; an alias
                starts = [h.start for h in terms if h.start]
                far = min(starts) - dt.timedelta(days=FAR_DAYS) if starts else None
                short = [
                    n
                    for n, k in name_forms(holder)
                    if k in ("first+last", "initial+rest") and people.person(n) is None
                ]  # a known alias names its person whatever the date
                if far is not None and short and not any(h.holds_on(far) for h in terms):
                    cases.append(
                        {
                            "family": family,
                            "kind": "neg/far-date",
                            "mention": f"{title} {short[0]}",
                            "published": far.isoformat(),
                            "not_person": [holder.name],
                        }
                    )
                same = [
                    h
                    for o in by_family[family]
                    if o.id != office.id
                    for h in people.holders_on(o.id, day)
                    if len(h.name.split()) >= 2 and not fits_any(h.name, holder)
                ]
                if same:
                    other = rng.choice(same)
                    cases.append(
                        {
                            "family": family,
                            "kind": "neg/other-holder",
                            "mention": f"{title} {other.name}",
                            "published": day.isoformat(),
                            "not_person": [holder.name],
                        }
                    )
                alias = [
                    (h, a)
                    for h in alias_people
                    for a in h.aliases
                    if h.name != holder.name and not fits_any(a, holder) and len(a.split()) == 2
                ]
                if alias:
                    h, a = rng.choice(alias)
                    cases.append(
                        {
                            "family": family,
                            "kind": "neg/alias",
                            "mention": f"{title} {a}",
                            "published": day.isoformat(),
                            "not_person": [holder.name, h.name],
                        }
                    )
    return cases


def fits_any(text: str, holder: Holder) -> bool:
    """True when every word of ``text`` is a word of the holder's names."""
    words = {w for form in (holder.name, *holder.aliases) for w in form.split()}
    return all(w in words for w in text.split())


def judge(case: dict[str, Any], record: Any) -> str:
    """The verdict of one case."""
    inside = [
        e for e in record.entities if e.label == "PERSON" and e.end <= len(case["mention"]) + 1
    ]
    if "not_person" in case:
        for e in inside:
            if e.canonical == case["not_person"][0]:
                return "linked to the holder"
            if e.canonical in case["not_person"][1:]:
                return "linked to the alias's person"
        return "right"
    if not inside:
        return "no person"
    person = max(inside, key=lambda e: e.end - e.start)
    if person.canonical != case["person"]:
        return "other name"
    if person.org != case["org"]:
        return "no org" if person.org is None else "wrong org"
    if case.get("role") is not None and person.role != case["role"]:
        return "wrong role"
    return "right"


def main(argv: list[str]) -> None:
    per_family = int(option(argv, "--per-family") or 12)
    show = option(argv, "--show")
    rng = random.Random(0)
    random.seed(0)
    cases = build(per_family, rng)
    records = extract_mentions(Extractor(), [(c["mention"], c["published"]) for c in cases])
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    state = {}
    for case, record in zip(cases, records, strict=True):
        verdict = judge(case, record)
        neg = case["kind"].startswith("neg/")
        key = f"{case['family']}{' NEG' if neg else ''}"
        total[key] += 1
        right[key] += verdict == "right"
        state[f"{case['mention']} | {case['published']}"] = verdict
        if verdict != "right" and show and (show == "ALL" or show in key):
            got = [
                (e.text, e.canonical, e.role, e.org) for e in record.entities if e.label == "PERSON"
            ]
            print(f"[{key} {case['kind']}] {case['mention']!r} {case['published']}: {verdict}")
            print(f"    got {got}")
    for key in sorted(total):
        print(f"{right[key] / total[key]:5.2f} {right[key]:4}/{total[key]:<4} {key}")
    n = sum(total.values())
    print(f"all: {sum(right.values())}/{n} = {sum(right.values()) / max(n, 1):.3f}")
    save_verdicts(option(argv, "--save"), state)
    print_changes(saved_verdicts(option(argv, "--diff")), state)


if __name__ == "__main__":
    main(sys.argv)
