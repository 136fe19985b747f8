"""Misspelt names of known holders, on mentions written for this test
(``data/fuzzy_name_cases.jsonl``): two words of a name written as one are the name when
their letters are the same once a doubled letter where they meet is written once
("Isrannoor" for Isran Noor); after a class title without its place ("Gubernur",
"Bupati"), a whole name or whole alias of two words or more, misspelt, is the one holder of
the class on the date whose name it is close to; a form of Muhammad opening a name of three
words or more is left out when the holder's recorded name has none. Negatives: another first
name before the misspelt surname, a day when the holder held no office of the class, a short
name, a name many people share (``title_only``), a class the holder never held, or Muhammad
before one word of the holder's name names nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import case_text, load_cases, mention_misses, people_in_mention
from pmk_extract import Extractor
from pmk_extract.spelling import folded_close

CASES = load_cases(Path(__file__).parent / "data" / "fuzzy_name_cases.jsonl")


def test_misspelt_known_holders(extractor: Extractor) -> None:
    assert mention_misses(extractor, CASES) == []


def test_glued_words_fold_a_doubled_letter_where_they_meet() -> None:
    assert folded_close("Isrannoor", "Isran Noor")
    assert folded_close("Rudydjamaluddin", "Rudy Djamaluddin")
    assert not folded_close("Isrannoor", "Isran Nur Hadi")
    assert not folded_close("Isranmoor", "Isran Noor")


@pytest.mark.parametrize(
    ("mention", "published", "holder"),
    [
        ("Gubernur Budi Pranowi", "2019-02-27", "Ganjar Pranowo"),  # another first name
        ("Gubernur Ganjar Pranowi", "2010-02-27", "Ganjar Pranowo"),  # before his terms
        ("Gubernur Isran Nor", "2021-03-31", "Isran Noor"),  # under ten letters
        ("Wakil Bupati Komang Gede Sanjayah", "2023-02-23", "I Komang Gede Sanjaya"),
        ("Bupati Eko Purnomi", "2018-03-01", "Eko Purnomo"),  # a name many people share
        # Muhammad and one word of the holder's name: another person's name
        ("Menteri PUPR Muhammad Basuki", "2020-05-01", "Basuki Hadimuljono"),
        ("Menteri PUPR Muhammad Budi Hadimuljono", "2020-05-01", "Basuki Hadimuljono"),
    ],
)
def test_misspelt_names_that_name_no_holder(
    extractor: Extractor, mention: str, published: str, holder: str
) -> None:
    case = {"mention": mention, "published": published}
    record = extractor.extract(case_text(case), published)
    assert all(p.canonical != holder for p in people_in_mention(record, mention))
