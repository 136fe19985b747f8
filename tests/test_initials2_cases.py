"""A holder's name written with initials the record lacks or spells out, after the title of an
office the person holds on that date (``name_fits.with_initials``, ``fits``,
``with_middle_names``): sentences written for this test (``tests/data/initials2_cases.jsonl``),
all extracted in one batch. Each row's ``form`` names the pattern it exercises:

- ``initial-before``, ``initials-before``, ``initials-between``, ``initial-between``,
  ``initial-after``: one or two initials, dots or none ("M.", "M", "H.M.", "R.A.", "MA", "AS",
  "A.S.", "S."), before, between or after the recorded words ("Bupati Langkat M. Syah
  Afandin" for Syah Afandin) are the holder;
- ``spelled-out``: an initial, dot or none, of a word the record spells out ("D Saiful
  Hidayat" for Djarot Saiful Hidayat, "Rico TPB Waas" for Rico Tri Putra Bayu Waas) is the
  holder; ``spelled-out-and-added``: an initial the record lacks with a word or an initial it
  has; ``acting``: the same after an acting post ("Pj Gubernur"), the acting holder;
  ``acting-contradicts``: initials that contradict the acting holder's recorded middle name
  keep the post's title but name no holder ("Bey K. Machmudin" for Bey Triadi Machmudin);
- precision (``person`` None: no PERSON holds a post): ``contradicts``, an initial that is
  not the initial of the recorded word it stands for ("M. Luthfi" for Ahmad Luthfi, "Rico KP
  Waas"); ``no-title``, initials without a title; ``other-office``, after the title of an
  office the person never held; ``other-date``, on a day the person did not hold it;
  ``too-many``, three or more added letters apart.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor
from pmk_extract.components.name_fits import with_initials
from pmk_extract.people import Holder

CASES = load_cases(Path(__file__).parent / "data" / "initials2_cases.jsonl")
FORMS = {
    "initial-before",
    "initials-before",
    "initials-between",
    "initial-between",
    "initial-after",
    "spelled-out",
    "spelled-out-and-added",
    "contradicts",
    "no-title",
    "other-office",
    "other-date",
    "too-many",
    "acting",
    "acting-contradicts",
}


def test_every_row_comes_out_as_expected(extractor: Extractor) -> None:
    assert {c["form"] for c in CASES} == FORMS
    wrong = [
        (c["form"], c["mention"], org)
        for c, ok, org in judge_cases(extractor, CASES, official_outcome)
        if not ok
    ]
    assert wrong == []


def test_with_initials_on_written_forms() -> None:
    short = Holder(office="bupati-x", name="Nama Akhir", aliases=())
    assert with_initials("H.M. Nama Akhir", short)
    record = Holder(office="bupati-x", name="Nama Kedua Akhir", aliases=("Nama Akhir",))
    assert with_initials("H.M. Nama Akhir", record)  # nothing recorded before Nama
    assert not with_initials("Nama H.M. Akhir", record)  # Kedua, recorded there, opens with K
    assert with_initials("Nama K. Akhir", Holder(office="x", name="Nama Akhir Ketiga", aliases=()))
    assert with_initials("Nama K. Akhir", record)
    assert with_initials("Nama Akhir K", record)
    assert not with_initials("Nama B. Akhir", record)  # Kedua opens with K
    assert not with_initials("Nama Akhir", record)  # no initial: fits, not this rule
    assert not with_initials("M. Akhir", record)  # one whole word
    assert not with_initials("Nama A B C Akhir", record)  # three letters apart
