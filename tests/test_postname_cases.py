"""A post written after the name it belongs to, and words that open a region's name
(``tests/data/postname_cases.jsonl``, sentences written for this test).

- a name right after a verb of saying or "menurut", then the post, with or without a comma
  ("kata Nama, Kepala Dinas X."; "ujar Nama Kepala Dinas X usai rapat"; "Menurut Nama,
  Kepala Bappeda X, ..."): the post's holder, the cue no word of the name;
- a name, its degrees, then "selaku" and the post ("Nama, S.Sos., M.Si., selaku Kepala
  Dinas X"): the post's holder;
- a pronoun before the post ("kata dia, Kepala Dinas X") is no one, and a post with no
  organisation gives none, and an acting prefix ("Menurut Plt Kepala Dinas X, Nama") belongs to
  the title, never to a name;
- a region's word ("Provinsi", "Kabupaten", "Kota") never opens a person's name, even
  where the page clips the region's name before the name ("Wakil Ketua DPRD Provinsi
  Sumatera, H Nama").

Each text must give exactly the expected PERSON with the expected organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "postname_cases.jsonl"


def test_every_text_gives_the_expected_person(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, load_cases(CASES)) == []
