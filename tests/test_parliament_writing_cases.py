"""Regional parliaments' officers as pages write them: sentences and names written for this
test (``tests/data/parliament_writing_cases.jsonl``), one family per pattern that recurs in
the press.

- an acting leader written with "Sementara" after any leader post ("Pimpinan Sementara DPRD
  X, Nama", as "Ketua Sementara"): the parliament;
- the council's word for its secretary with the post's short form in brackets before the
  region alone ("Sekretaris Dewan (Sekwan) Kabupaten X, Nama"): the region's government (a
  Jakarta city's "Dewan Kota" is its own council: none);
- a regional parliament's short form in brackets after "Dewan Perwakilan Rakyat" and before
  the place ("Dewan Perwakilan Rakyat (DPRD) Sleman", "Dewan Perwakilan Rakyat Kota (DPRK)
  Lhokseumawe"): the regional parliament, never the national one ("(DPR)" stays the DPR);
- a fraction named by its party's full name and the party's short form in brackets ("Fraksi
  Partai Keadilan Sejahtera (PKS) DPRD X, Nama"): the fraction of that parliament (the role
  names it), the organisation the parliament; a party's board is none.

A row with ``mention`` is put in a neutral sentence; the PERSON in it must carry the expected
name and organisation (None: no organisation), and the role when the row gives one. A row
with ``text`` checks ORG spans.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "parliament_writing_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_table_covers_the_families() -> None:
    cases = load_cases(CASES)
    families = {c["family"] for c in cases}
    assert families == {"sementara", "secretary", "bracket", "fraction"}
    for family in families:
        rows = [c for c in cases if c["family"] == family]
        assert len(rows) >= 4 and any(c["variant"].startswith("negative") for c in rows)


def test_every_row_comes_out_right(
    outcomes: list[tuple[dict[str, Any], bool, str | None]],
) -> None:
    misses = [c.get("mention") or c["text"] for c, ok, _ in outcomes if not ok]
    assert misses == []


def test_no_wrong_organisation(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    """A wrong organisation is worse than none: a regional parliament's officer is never the
    national DPR's, and a company's acting head is no parliament's."""
    assert [(c.get("mention"), org) for c, _, org in outcomes if org] == []
