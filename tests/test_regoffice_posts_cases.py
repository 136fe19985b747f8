"""Regional offices' posts the mention reader reads with no region written
(``tests/data/regoffice_posts_cases.jsonl``, sentences written for this test).

- a division's or section's post before a regional office's short form or name with no
  region ("Kabid Kesmas Dinkes Nama", "Kepala Bidang Lalu Lintas Dinas Perhubungan Nama") is
  the post in that office, no organisation (never a police post);
- a section's post "pada" its division before the office and region ("Kepala Seksi X pada
  Bidang Y Dinas Z Kabupaten W Nama") is that region's;
- a head's post fused with the office ("Kadinkes", "Kasatpol PP", "Kadis DPMD", "Kadis
  Pariwisata dan Kebudayaan", "Kaban Kesbangpol") with no region is the head's role, no
  organisation; a field that goes on ("Kadis Kesehatan Hewan") reads no post;
- "Direktur RSUD Nama", "Kepala Inspektorat Nama": the post, no organisation; "Irban II
  Inspektorat Kabupaten X Nama": the assistant inspector of that region.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome, whole_text_misses
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "regoffice_posts_cases.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    rows = [c for c in CASES if "mention" in c]
    wrong = [c["mention"] for c, ok, _ in judge_cases(extractor, rows, mention_outcome) if not ok]
    assert wrong == []


def test_no_person_where_no_name_follows(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, [c for c in CASES if "text" in c]) == []
