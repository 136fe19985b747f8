"""Two or three capitals among a misspelt name's words that are no word of the holder's name
stand for as many neighbouring words' initials ("Bambang PS Brojonegoro": Bambang Permadi
Soemantri Brodjonegoro); capitals that are no initials of neighbouring words, in order, make
another name (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.spelling import close_to


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bambang PS Brojonegoro", "Bambang Permadi Soemantri Brodjonegoro"),
        ("Retno LP Marsoedi", "Retno Lestari Priansari Marsudi"),
    ],
)
def test_initials_and_a_misspelt_word(written: str, name: str) -> None:
    assert close_to(written, [name])


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Muhammad SJ Nasution", "Muhammad Jafar Sukhairi Nasution"),  # out of order
        ("Retno PL Marsoedi", "Retno Lestari Priansari Marsudi"),
        ("Bambang PK Brojonegoro", "Bambang Permadi Soemantri Brodjonegoro"),  # no such word
    ],
)
def test_not_initials(written: str, name: str) -> None:
    assert not close_to(written, [name])


def test_holder_after_title(extractor: Extractor) -> None:
    record = extractor.extract(
        "Menteri PPN Bambang PS Brojonegoro membuka rapat koordinasi.", published="2017-03-02"
    )
    people = [(e.canonical, e.matched) for e in record.entities if e.label == "PERSON"]
    assert people == [("Bambang Permadi Soemantri Brodjonegoro", "fuzzy")]


def test_capitals_out_of_order_link_no_holder(extractor: Extractor) -> None:
    record = extractor.extract(
        "Wakil Bupati Mandailing Natal Muhammad SJ Nasution membuka rapat koordinasi.",
        published="2018-12-30",
    )
    assert all(e.canonical != "Muhammad Jafar Sukhairi Nasution" for e in record.entities)
