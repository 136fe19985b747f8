"""Regional military commanders (Pangdam) added by the kodam lane of issue 18 (``holders.jsonl``
lines; each line's ``note`` names its pages), on mentions and titles written for this test
(``data/kodam_holder_cases.jsonl``): a Pangdam title in the forms the press writes and a name
(whole, short, an alias or a spelling off) give the holder's full name, the command's role and
the TNI; a bare title names the holder of the day and nobody outside the days the pages
confirm; an unknown name after a title held that day is not the holder and takes no post.

The table's rows (written mentions, bare titles on days, unknown names) and the check that
the lane's lines name their pages are judged in ``test_lane_holders.py``; this module keeps
the lane's own facts."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor


@pytest.mark.parametrize(
    "title",
    ["Pangdam XIX Tuanku Tambusai", "Pangdam Tuanku Tambusai", "Pangdam XIX/Tuanku Tambusai"],
)
def test_a_new_kodam_s_title_forms_give_the_numbered_role(extractor: Extractor, title: str) -> None:
    record = extractor.extract(
        f"{title} Mayjen TNI Agus Hadi Waluyo hadir.", published="2025-08-10"
    )
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [p.role for p in people] == ["Panglima Komando Daerah Militer XIX/Tuanku Tambusai"]
