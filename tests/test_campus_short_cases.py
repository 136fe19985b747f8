"""A university's posts by the press's short forms (shortposts lane, issue 18).

"Wadek III FISIP Unila Nama", "Kaprodi Ilmu Komunikasi Unila Nama", "Sekprodi X Nama", the
older "Purek" and "Pudek": each short form (``abbreviations.tsv``) expands to a university post
that is a title head (``titles.tsv``), as "Warek" was, so the post is read with its university
written after it, or the one the text names (``campus_posts.txt``).
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "campus_short_cases.jsonl")


def test_campus_short_forms(extractor: Extractor) -> None:
    assert len(CASES) >= 8
    assert mention_misses(extractor, CASES) == []
