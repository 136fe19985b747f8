"""Names after official titles in the forms the press writes them: sentences written for these
tests (``tests/data/name_form_cases.jsonl``), several per form; each row names its class and
rule.

- ``glued``: honorifics, degrees and titles glued to the name with no space ("H.M.Name",
  "Dr.Ir.H.Name", "Pjs.Sekda Name");
- ``honorific``: honorifics written apart ("Drs. H.", "HA", "Hj", "KH", "Bapak", "YM.") and a
  retired mark after a rank ("Purn.") are not in the name; a noble title (Andi, Teuku, Raden,
  "R.") is;
- ``degree``: degrees after the name in any written form ("ST", "SH MH", "S.H., M.Hum", "AMd.
  Im.", "M.Tr.(Han)"), read by the grammar of ``lexicons/degrees.tsv``;
- ``initials``: a name's own initials ("S.N", "P.S", "P", "S.") and words abbreviated with a dot
  ("Abd.", "Moch.") are in the name;
- ``region``: a region's fused short form between title and name ("Bupati Buteng Nama") is the
  title's place (``region_short.py``);
- ``spelling``: misspelt titles and ranks ("Sekertaris", "Bringjen", "MAyjend");
- ``fuzzy``: a holder's misspelt name after the title of their office on that date;
- ``alias``: a short name of a later office holder, glued or spaced, under another holder's title.

``person`` is the expected span (null: no PERSON in the mention); ``canonical`` (default: the
span), ``org`` (None: no organisation) and ``role`` (when given) are checked.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor
from pmk_extract.degrees import degree_run, parses
from pmk_extract.kb import REGION_KINDS, default_kb
from pmk_extract.region_short import compass_short_forms, fused_forms

CASES = Path(__file__).parent / "data" / "name_form_cases.jsonl"
CLASSES = {"glued", "honorific", "degree", "initials", "region", "spelling", "fuzzy", "alias"}


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_name_form(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    if case["person"] is None:
        assert people == []
        return
    assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
    if "role" in case:
        assert people[0].role == case["role"]


def test_table_covers_every_class() -> None:
    cases = _cases()
    assert len(cases) >= 60
    counts = Counter(case["class"] for case in cases)
    assert set(counts) == CLASSES, counts
    for case in cases:
        assert case["rule"] and case["mention"] and case["published"]


@pytest.mark.parametrize(
    ("letters", "degree"),
    [
        ("SH", True),  # S.H.
        ("SHMH", True),  # S.H. M.H.
        ("SSos", True),
        ("SPdI", True),  # S.Pd.I
        ("AMdIm", True),  # A.Md.Im
        ("AmdKeb", True),  # Amd.Keb: A.Md. with a small d
        ("AmaPd", True),  # Ama.Pd
        ("SKp", True),  # S.Kp
        ("MBiomed", True),
        ("SPdSD", True),  # S.Pd.SD
        ("STMTIPM", True),  # S.T., M.T., IPM
        ("SD", False),  # SD only closes another field
        ("MTrHan", True),  # M.Tr.(Han)
        ("SANMM", True),  # SAN MM
        ("SIK", True),  # S.I.K
        ("SpOGK", True),  # Sp.OG(K)
        ("PhD", True),
        ("SN", False),  # initials: N is no field of a Sarjana
        ("PS", False),
        ("S", False),  # a level with no field
        ("SI", False),  # the I of Islam only closes another field
    ],
)
def test_degree_grammar(letters: str, degree: bool) -> None:
    assert parses(letters) == degree


@pytest.mark.parametrize(
    ("words", "size"),
    [
        (["S.H.", ",", "M.Hum", "hadir"], 3),
        (["AMd", ".", "Im", ".", "hadir"], 3),
        (["Amd", ".", "Keb", "hadir"], 3),
        (["Amd", "hadir"], 1),
        (["Ama", "hadir"], 0),  # a name word: the level of Ama.Pd needs its field
        (["AMK", "hadir"], 1),  # Ahli Madya Keperawatan
        (["S.T", ",", "M.T", ",", "IPU", "hadir"], 5),
        (["M.", "Tr.(Han", ")", "hadir"], 3),
        (["SSOS", "hadir"], 1),  # in capitals
        (["S.T.", "Hutagalung"], 0),  # initials before the rest of a name
        (["S.N", "Simanjorang"], 0),
        (["P.S", "hadir"], 0),
        (["Mars", "hadir"], 0),  # M.Ars written as a word: no dot, one capital
        (["SUPRIYANTO", "hadir"], 0),
        # another mix of cases, marked by a dot or two capitals
        (["SPoG", "hadir"], 1),
        (["SpPd", "hadir"], 1),
        (["Sp.Og", "hadir"], 1),
        (["M.kes", "hadir"], 1),
        (["DeWi", "hadir"], 0),  # no degree in capitals
        (["Msi", "hadir"], 0),  # one capital, no dot: a word
    ],
)
def test_degree_run(words: list[str], size: int) -> None:
    assert degree_run(words, 0) == size


def test_fused_forms_give_the_gazetteers_listed_short_forms() -> None:
    """The rule reproduces the one-word short forms the gazetteer lists for regions named by
    one word and a compass word (Jateng, Kalbar, Tapteng, Labura, Kubar, Lutra, ...): all but
    those of a three-word name (Tanjabbar), of a renamed regency (Pasangkayu), the forms the
    press contracts its own way (Agara, Lampura, Butur) and the province's "Provsu"."""
    kb = default_kb()
    compass = compass_short_forms()
    listed = 0
    missed = []
    for entry in kb.entries:
        if entry.label != "LOC" or entry.kind not in REGION_KINDS:
            continue
        names = (entry.canonical, *entry.aliases)
        forms = {form for name in names for form in fused_forms(name, compass)}
        if not any(fused_forms(name, compass) for name in names):
            continue
        for alias in entry.aliases:
            if len(alias.split()) == 1 and alias[1:].islower() and len(alias) >= 5:
                listed += 1
                if alias not in forms:
                    missed.append(alias)
    assert listed >= 40
    assert sorted(missed) == [
        "Agara",
        "Butur",
        "Lampura",
        "Pasangkayu",
        "Provsu",
        "Tanjabbar",
        "Tanjabtim",
    ]


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("Buteng", "Kabupaten Buton Tengah"),
        ("Halsel", "Kabupaten Halmahera Selatan"),
        ("Lamteng", "Kabupaten Lampung Tengah"),
        ("HALSEL", "Kabupaten Halmahera Selatan"),
        ("Busel", None),  # Buton Selatan or Buru Selatan: neither
        ("Mitra", None),  # Minahasa Tenggara, but a dictionary word
    ],
)
def test_fused_region_lookup(form: str, canonical: str | None) -> None:
    entry = default_kb().lookup(form)
    assert (entry.canonical if entry is not None else None) == canonical


@pytest.mark.parametrize(
    ("text", "published", "canonical"),
    [
        # the title names the then Jaksa Agung; "Prasetyo" alone is the later Mensesneg
        (
            "Jaksa Agung Prasetyo tiba. Prasetyo mengatakan berkas lengkap.",
            "2017-05-10",
            "Muhammad Prasetyo",
        ),
        (
            "Jaksa Agung H.M.Prasetyo tiba. Prasetyo mengatakan berkas lengkap.",
            "2017-05-10",
            "Muhammad Prasetyo",
        ),
        # no holder of that name: another person of that name, in both mentions
        (
            "Bupati Bantul Sri Mulyani tiba. Sri Mulyani mengatakan pasar dibuka.",
            "2023-05-10",
            "Sri Mulyani",
        ),
    ],
)
def test_a_titled_short_name_names_the_same_person_again(
    extractor: Extractor, text: str, published: str, canonical: str
) -> None:
    """A known person's short name that a title gave to another person is that person in the
    text's other mentions of it too."""
    record = extractor.extract(text, published=published)
    people = [e.canonical for e in record.entities if e.label == "PERSON"]
    assert people == [canonical, canonical]
