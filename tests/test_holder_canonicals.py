"""Holders are stored under the full name official sources write (guidelines: the canonical is
the full name as best known), the short form the press uses kept as an alias.

Three checks over ``models/gazetteers/holders.jsonl``:

- a holder with an alias that holds every word of its name and more is stored under the short
  form; each such line is a reviewed decision (``KEPT`` names why) or a defect;
- a Balinese name that opens with a birth-order name ("Wayan", "Made", ...) lacks the particle
  official sources write before it ("I Wayan Koster", "Ni Luh ...");
- two canonicals within one body (a ministry, Polri, a regional government) or one province
  that are close (at most two letters apart, or the words of one within the other's) are one
  person stored twice, unless ``data/kb_distinct_people.jsonl`` records them, with pages, as
  two people.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from pmk_extract.kb_entries import org_entries
from pmk_extract.people import default_people

DISTINCT = Path(__file__).parent / "data" / "kb_distinct_people.jsonl"

# short canonicals kept on purpose, with the reason
KEPT = {
    "Prabowo Subianto": "best known so; the dev gold writes it so",
    "Mahfud MD": "best known so; the dev gold writes it so",
    "Pramono Anung": "the dev gold writes it so (conflict with 'Pramono Anung Wibowo' reported)",
    "Dedi Mulyadi": "'Kang' is an honorific",
    "Paku Alam X": "'KGPAA', 'Sri Paduka' are royal titles",
    "Hamengku Buwono X": "'Sri Sultan' is a royal title",
    "Ayodhia Kalake": "the longer alias writes initials only",
    "Cecep Alamsyah": "the longer alias writes an initial only ('Cecep S Alamsyah')",
    "Suhariyanto": "the development mention table and most press write 'Suhariyanto'; BPS's own"
    " pages write 'Kecuk Suhariyanto' (bps.go.id/id/news/2016/10/06/148), liputan6 calls 'Kecuk'"
    " a nickname (conflict reported)",
    "Erzaldi Rosman": "the province's own pages write 'Erzaldi Rosman'",
    "Helvi Moraza": "the ministry's own releases write 'Helvi Moraza', 'Helvi Y. Moraza'",
    "Panca Putra Simanjuntak": "the longer alias writes initials only ('RZ')",
    "Eko Wahyu Prasetyo": "the longer alias writes an initial only ('R.')",
    "Agus H. Purnomo": "the longer alias writes an initial only ('R.')",
    "Reynhard Silitonga": "the longer aliases write initials only ('SP', 'S.P.')",
    "Zulficar Mochtar": "the longer aliases write an initial only ('M.')",
    "Nilanto Perbowo": "the longer alias writes an initial only ('R.')",
    "Johanna Lisapaly": "the longer alias writes an initial only ('E.')",
    "Andi Seto Asapa": "most pages write it so ('Gadhista', 'Ghadista' rarer); the dev gold too",
    "Rusman Emba": "the press writes initials ('LM') before it; one page spells them out",
    "Sukri Sappewali": "the longer aliases write initials ('AM') or 'Andi', spelt two ways",
    "Novalina": "the pages spell the longer form two ways ('Wismadewa', 'Wiswadewa')",
    "Muhammad Idris": "the longer alias writes initials only ('DP')",
    "Hery Dosinaen": "the longer alias writes initials only ('T.E.A.')",
    "Nataniel Mandacan": "the longer alias writes an initial only ('D.')",
    "Ketut Lihadnyana": "the regency's press and the dev gold write it without the particle",
    "Sukiman Azmy": "the longer alias writes an initial only ('M.')",
    "Zairullah Azhar": "the longer alias writes an initial only ('M.')",
    "Rumaksi": "the longer alias writes initials only ('Sj')",
    "Achmad Se're": "'Daeng' ('Dg') in the longer aliases is a Makassar title",
    "Askolani": "his regency's press writes 'Bupati Askolani', 'H Askolani' as often as"
    " 'Askolani Jasi' (sumselupdate.com, daelpos.com, palembang.tribunnews.com 2023-08-02)",
    "Stefanus M. Saek": "the regency's own pages write the initial (rotendaokab.go.id,"
    " pena-emas.com); no stored page spells it out",
    "T. Zainal Abidin": "'T.' is Teuku, the Aceh noble title; the DPRK and the inauguration pages"
    " write 'T. Zainal Abidin' (infoacehtimur.com, metropesawat.com)",
    "Tomsi Tohir": "the development mention table writes 'Tomsi Tohir' (Kapolda Banten, 2019);"
    " 'Tomsi Tohir Balaw' per harianbhirawa.co.id and realitasindonesia.com (conflict reported)",
}
# Balinese names stored without the particle, with the reason
BARE_KEPT = {
    "Putu Jayan Danu Putra": "Polda Bali's own releases write the name without a particle",
    "Putu Elvina": "hukumonline's lists of the nine members elected in 2022 write none",
    "Putu Kholis Aryana": "the Kapolri's telegram as quoted and Malang's press write none"
    " (parboaboa.net/kapolri-copot-kapolres-malang, sidoarjo.jatimtimes.com/amp/baca/352944)",
    "Ketut Lihadnyana": "the regency's press (atnews.id, wacanabali.com), the dev gold: none",
    "Wayan Toni Supriyanto": "the appointments write none (news.okezone.com/amp/2024/11/27"
    "/337/3090210, news.republika.co.id/berita/rv3rnz484)",
    "Gede Supriatna": "the KPU's decision as quoted writes none where it writes 'I Nyoman"
    " Sutjidra' (bali.tribunnews.com/2025/01/09, koranbuleleng.com/?p=36100)",
}
BIRTH_ORDER = ("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang", "Nengah")


def _spelt_out(short: str, word: str) -> bool:
    """True when ``word`` spells out ``short``, an initial or a cut word ("M.", "T", "Moh.")."""
    stem = short.rstrip(".")
    return (
        (short.endswith(".") or len(stem) == 1)
        and stem[:1].isupper()
        and word.startswith(stem)
        and len(word) > len(stem) + 1
    )


def longer_form(name: str, alias: str) -> bool:
    """True when ``alias`` writes ``name`` with more: every word of it and others ("Tomsi
    Tohir Balaw"), or the same words with an initial spelt out ("Mohammad Saleh Bantilan")."""
    words, alias_words = name.split(), alias.split()
    if set(words) < set(alias_words):
        return True
    return (
        len(words) == len(alias_words)
        and words != alias_words
        and all(a == b or _spelt_out(a, b) for a, b in zip(words, alias_words, strict=True))
    )


def test_no_short_canonical_beside_a_longer_written_name() -> None:
    short = sorted(
        {
            holder.name
            for holder in default_people().holders
            for alias in holder.aliases
            if longer_form(holder.name, alias)
        }
        - set(KEPT)
    )
    assert short == [], "store these under the full name (alias for the short one) or in KEPT"


@pytest.mark.parametrize("name", sorted(KEPT))
def test_every_kept_short_canonical_is_still_in_the_data(name: str) -> None:
    assert any(holder.name == name for holder in default_people().holders)


def test_balinese_names_keep_their_particle() -> None:
    bare = sorted(
        {h.name for h in default_people().holders if h.name.startswith(BIRTH_ORDER)}
        - set(BARE_KEPT)
    )
    assert bare == []


def _edits_within_two(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by at most two letters inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= 2


def close(a: str, b: str) -> bool:
    """Two names that may be one person's: two letters apart at most (case aside), or the
    words of one all within the other's ("Barnabas Orno", "Barnabas Nathaniel Orno")."""
    words_a, words_b = set(a.split()), set(b.split())
    return _edits_within_two(a.casefold(), b.casefold()) or words_a < words_b or words_b < words_a


def _provinces() -> dict[str, str]:
    """Each regional government's and regional parliament's id -> its province's id."""
    entries = org_entries()
    governments = {e.canonical: e for e in entries if e.kind == "regional_government"}
    out = {e.id: e.parent or e.id for e in governments.values()}
    for e in entries:
        if e.kind != "regional_parliament":
            continue
        rest = e.canonical.removeprefix("Dewan Perwakilan Rakyat ")
        level = "" if rest.startswith("Daerah ") else "Provinsi "
        government = governments.get(f"Pemerintah {level}{rest.removeprefix('Daerah ')}")
        if government is not None:
            out[e.id] = government.parent or government.id
    return out


def close_pairs() -> dict[tuple[str, str], set[str]]:
    """Close canonicals held within one body or one province, with the groups they share."""
    people = default_people()
    provinces = _provinces()
    groups: dict[str, set[str]] = {}
    for holder in people.holders:
        org = people.offices[holder.office].org
        if org is None:
            continue
        groups.setdefault(org, set()).add(holder.name)
        if org in provinces:
            groups.setdefault("province " + provinces[org], set()).add(holder.name)
    pairs: dict[tuple[str, str], set[str]] = {}
    for group, names in groups.items():
        for a, b in itertools.combinations(sorted(names), 2):
            if close(a, b):
                pairs.setdefault((a, b), set()).add(group)
    return pairs


def _distinct() -> list[dict[str, object]]:
    with DISTINCT.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def test_close_canonicals_of_one_body_or_province_are_recorded_as_two_people() -> None:
    recorded = {tuple(sorted(row["names"])) for row in _distinct()}  # type: ignore[call-overload]
    unrecorded = sorted(set(close_pairs()) - recorded)
    assert unrecorded == [], (
        "one person under two canonicals (store one full name, the other form as an alias), "
        "or two people: record them with pages in data/kb_distinct_people.jsonl"
    )


def test_every_recorded_distinct_pair_is_close_in_the_data_and_sourced() -> None:
    names = {holder.name for holder in default_people().holders}
    for row in _distinct():
        a, b = row["names"]  # type: ignore[misc]
        assert a in names and b in names, row
        assert close(a, b), row
        assert "source:" in str(row["why"]), row


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Barnabas Orno", "Barnabas Nathaniel Orno", True),
        ("Mohamad Hasan", "Mochammad Hasan", True),
        ("Adriyanto", "Andriyanto", True),
        ("Sri Purnomo", "Kustini Sri Purnomo", True),
        ("Budi Gunawan", "Budi Gunadi Sadikin", False),
        ("Andreas Agas", "Agas Andreas", False),
        ("Sudono", "Suwandi", False),
    ],
)
def test_close_names(a: str, b: str, expected: bool) -> None:
    assert close(a, b) is expected


@pytest.mark.parametrize(
    ("name", "alias", "expected"),
    [
        ("Tomsi Tohir", "Tomsi Tohir Balaw", True),
        ("Moh. Saleh Bantilan", "Mohammad Saleh Bantilan", True),
        ("M Zulficar Mochtar", "Muhammad Zulficar Mochtar", True),
        ("Mohammad Saleh Bantilan", "Moh. Saleh Bantilan", False),
        ("Agas Andreas", "Andreas Agas", False),
        ("Sakti Wahyu Trenggono", "Trenggono", False),
        ("Muhammad Idris", "Mohammad Idris", False),
    ],
)
def test_longer_forms(name: str, alias: str, expected: bool) -> None:
    assert longer_form(name, alias) is expected
