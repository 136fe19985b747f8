"""A bare class title before a name ("Bupati Nama", "Wamen Nama", "Kapolda Irjen Nama"), on
sentences written for this test (``data/class_holder_cases.jsonl``): the name is the one
holder of an office of that class on the published date whose name it fits (a full name; a
holder's whole one-word name; one word of a name in a class the knowledge base holds whole),
with that office's organisation. Must-not rows (``person`` null) get no holder and no
organisation: one word in a class the record holds in part, two holders who fit, a date far
from the term, a known minister's short name after a regional head's title, a title made a
past office ("mantan Bupati").


The table's rows (written mentions, bare titles on days, unknown names) are judged in
``test_lane_holders.py``; this module keeps the lane's own facts."""

from __future__ import annotations

from pmk_extract.components.class_holders import ClassHolders
from pmk_extract.kb import default_kb
from pmk_extract.people import default_people


def test_every_class_names_an_office() -> None:
    classes = ClassHolders(default_kb(), default_people())
    assert classes.heads
    for words, title in classes.heads.items():
        assert classes.offices[title.role], words


def test_no_date_no_holder() -> None:
    classes = ClassHolders(default_kb(), default_people())
    title = classes.title_at(["Wabup", "Mugiyono"], 0)
    assert title is not None and title.size == 1 and title.role == "Wakil Bupati"
    assert classes.holder(title, "Mugiyono", None) is None
