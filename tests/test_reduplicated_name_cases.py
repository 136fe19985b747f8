"""Names whose last word repeats its end after a hyphen in lower case (``name_shapes.
reduplicated_at``, read by ``components/name_reader.py``), on mentions written for this test
(``data/reduplicated_name_cases.jsonl``): the Karo clans' names "Perangin-angin", "Karo-karo",
"Ginting-ginting" are one name word after a title or a rank, also where the clan's name is the
regency's. Negative rows: a particle after a hyphen ("-pun") is no part of the name; a hyphen and
a capitalised word ("Haning-Bullu") are read as before.
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "reduplicated_name_cases.jsonl")


def test_reduplicated_clan_names(extractor: Extractor) -> None:
    assert len(CASES) >= 6
    for case, right, wrong_org in judge_cases(extractor, CASES, mention_outcome):
        assert right, (case["mention"], wrong_org)
