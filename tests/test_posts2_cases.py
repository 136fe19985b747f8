"""Posts the title reader used to skip (issue 18, lane posts2), on mentions written for this
test (``data/posts2_cases.jsonl``):

- a post's term written between the post and the name ("Rektor Universitas X periode
  2019-2024 Nama", "masa jabatan 2022 - 2027, Nama") belongs to the post
  (:mod:`pmk_extract.components.post_terms`); the term's words with no post before them give
  none (must-not row);
- "Inspektur" before a region's bare name is that region's inspector ("Inspektur Lampung
  Barat": Inspektur Kabupaten Lampung Barat), as the title is listed with each region kind's
  word (``titles.tsv``), and so is "Inspektur Nama" in a document that establishes one
  region (:mod:`pmk_extract.components.context_titles`); a title that names no organisation
  is not so read ("Sekretaris Sleman"), nor a ceremony's inspecting officer ("Inspektur
  Upacara Nama"), a police rank ("Inspektur Polisi Nama") or two regions in play (must-not
  rows);
- the heads of an office and of a sub-field fused as the press writes them, "Kakan" (Kepala
  Kantor) and "Kasubbid"/"Kasubid" (Kepala Subbidang), before a region's office, and a
  university's posts so shortened ("Warek", "Kaprodi", "Kajur");
- a body's numbered deputy before its head's title ("Deputi II Kepala Staf Kepresidenan
  Nama") is of that body (``staff_posts.tsv``: Deputi, a numbered position of
  ``org_units.tsv``);
- a body's short form in capitals that the knowledge base does not know ("Plt Kepala BKPSDA
  Nama") names no organisation; a known one still does;
- an ad hoc judge with no court written, with or without the special court's short form
  ("Hakim Ad Hoc Tipikor Nama", "Hakim Ad Hoc, Nama"), is a judge of the courts under the
  Mahkamah Agung, as "Hakim Tinggi" (``justice.tsv``: bench); "Hakim" inside a name ("Lukman
  Hakim") stays the name's;
- one name word after a post's field with no comma ("Staf Ahli Bupati X Bidang Ekonomi
  Nama") when it is no word of the language in title case
  (:mod:`pmk_extract.components.post_fields`); a word of the language or a short form in
  capitals there is the field's ("Bidang Ekonomi Kreatif", "Bidang Ekonomi SDM": must-not);
- a university's post written with no university ("Dekan Fakultas Hukum, Nama") in a text
  that names one university before it is that university's
  (:mod:`pmk_extract.components.campus_posts`); two named: no organisation;
- a professor ("Guru Besar") before the university, as a researcher before the body
  (``titles.tsv``); with no university written, no post (must-not row).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor
from pmk_extract.components.post_terms import term_end

CASES = load_cases(Path(__file__).parent / "data" / "posts2_cases.jsonl")


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, CASES, official_outcome)


def test_the_table_covers_the_families() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["term"] >= 4
    assert forms["inspector of a region"] >= 4
    assert forms["fused head"] >= 4
    assert forms["numbered deputy"] >= 3
    assert forms["unknown short form"] >= 2
    assert forms["must-not"] >= 2
    assert forms["judge with no court"] >= 3
    assert forms["one-word name after a field"] >= 3
    assert forms["inspector in the region's document"] >= 2
    assert forms["campus post in the institution's text"] >= 2
    assert forms["professor of a university"] >= 2


def test_every_row_holds(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    misses = [(c["mention"], org) for c, ok, org in outcomes if not ok]
    assert not misses


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Rektor X periode 2024 - 2028 Nama", 2, 6),
        ("Rektor X Periode 2024 / 2028 , Nama", 2, 7),
        ("Ketua X masa jabatan 2019 sampai 2023 Nama", 2, 7),
        ("Ketua X MASA BAKTI 2020 Nama", 2, 5),
        ("Rektor X periode kedua Nama", 2, 2),  # no year: no term
        ("Rektor X periode 24 Nama", 2, 2),
        ("Rektor X masa depan 2024 Nama", 2, 2),  # not a term's words
    ],
)
def test_term_end(text: str, start: int, end: int) -> None:
    assert term_end(text.split(" "), start) == end
