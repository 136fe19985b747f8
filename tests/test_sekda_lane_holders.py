"""Provincial regional secretaries added by the sekda lane (``holders.jsonl``, each line's
``note`` naming its pages), on mentions written for this test
(``data/sekda_lane_holder_cases.jsonl``): a secretary's title with or without the province
('Sekda Jabar Nama', 'Sekda Nama', 'Pj Sekda Sumut Nama') and the name (full, an alias, part of
it, a spelling one letter off) gives the holder's full name and the provincial government on a
date inside the term. Must-not rows (``person`` null): an unknown name after the title is not
linked to the holder, and a known secretary's name a year or more outside the term gets no
organisation (nearer, in a province with no secretary recorded that day, the class title reads
it as a gap in the record: ``class_holders.py``).

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from helpers import gazetteer_lines

_OFFICES = ("sekda-", "sekretaris-daerah-kota-")  # provincial and city secretaries


def test_no_two_secretaries_of_a_province_at_once() -> None:
    terms: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for holder in gazetteer_lines("holders.jsonl"):
        if holder["office"].startswith(_OFFICES):
            terms[holder["office"]].append(holder)
    for office, held in terms.items():
        held.sort(key=lambda h: h["start"])
        for before, after in itertools.pairwise(held):
            assert before["end"] is not None and before["end"] < after["start"], office
