"""The head of a national body's regional office written without the body (shortposts lane,
issue 18).

"Kanwil Kemenkumham Bali mencatat ... Kepala Kanwil Nama", "Kantor Wilayah Kementerian Agama
... Kakanwil Jateng Nama": the holder is an official of the body whose office of that kind the
text named before (``components/vertical_heads.py``). Offices of two bodies named before, or
none, give no body (the holder is still read, with the post alone); a body written after the
head is read as written.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "vertical_head_cases.jsonl")


def test_vertical_heads(extractor: Extractor) -> None:
    assert len(CASES) >= 8
    assert mention_misses(extractor, CASES) == []
