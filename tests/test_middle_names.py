"""A holder's name written fuller after the office's title: one or two middle names the record
leaves out (or their initials), the first and last words as the record writes them, is the holder
(``name_fits.with_middle_names``); any other longer or different name is not. Initials that
contradict a middle name the record spells out: ``tests/test_initials2_cases.py``."""

from __future__ import annotations

import pytest

from pmk_extract.components.name_fits import with_middle_names
from pmk_extract.people import Holder

RECORD = Holder(office="bupati-x", name="Yohanes Lado Mbura", aliases=("Yan Mbura",))


@pytest.mark.parametrize(
    "written",
    [
        "Yohanes Petrus Lado Mbura",  # one middle name
        "Yohanes Petrus Paulus Lado Mbura",  # two
        "Yohanes Lado Kristo Mbura",  # between the record's own words
        "Yan Kristo Mbura",  # inside an alias
        "Yohanes P. Lado Mbura",  # a middle name's initial
        "Yohanes P Lado Mbura",  # without its dot
        "Yohanes P.K. Lado Mbura",  # two middle names' initials
        "Yohanes PL Lado Mbura",  # the same without dots (the record spells no middle name)
    ],
)
def test_a_fuller_name_is_the_holder(written: str) -> None:
    assert with_middle_names(written, RECORD)


@pytest.mark.parametrize(
    "written",
    [
        "Yohanes Lado Mbura",  # the name itself (fits, not this rule)
        "Petrus Yohanes Lado Mbura",  # a word before the first
        "Yohanes Lado Mbura Putra",  # a word after the last
        "Yohanes Petrus Mbura",  # a word of the record missing
        "Yohanes A B C Lado Mbura",  # three more words
        "Yohanes Lado Petrus",  # another last word
        "Yohanes P. Lado Mbura Putra",  # an initial and a word after the last
    ],
)
def test_another_name_is_not(written: str) -> None:
    assert not with_middle_names(written, RECORD)
