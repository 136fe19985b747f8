"""Regional parliaments' bodies as pages write them: sentences and names written for this
test (``tests/data/parliament_names_cases.jsonl``), one family per pattern that recurs in the
press.

- a body of a parliament with a name of its own, written with "DPR" and the province ("Komisi
  I DPR Aceh", "Badan Anggaran DPR Aceh", "Komisi II DPR Papua Barat"): the province's
  parliament, never the national DPR ("Komisi II DPR RI", "Komisi IX DPR" stay the DPR's);
- a commission numbered in digits ("Komisi 1 DPRD Kota X", "Komisi 4 DPRD Jateng", "Komisi 11
  DPR RI"): the commission of the parliament written after it, named in Roman numerals as the
  councils' rules number it; alone ("Ketua Komisi 2 Nama") it names no organisation;
- "Dewan Perwakilan Rakyat" with "(DPR)" or "(DPRP)" in brackets before a province whose
  parliament has a name of its own ("Dewan Perwakilan Rakyat (DPR) Papua Selatan",
  "Dewan Perwakilan Rakyat Provinsi (DPRP) Papua Barat Daya"): that parliament, never the
  national DPR; before another place or "RI", the DPR stays;
- the new Papua provinces' parliaments written with the province's initials ("DPR PBD",
  "DPRP PBD", "DPRPS", "DPRPT"): that province's parliament ("DPRP" alone stays Papua's);
- a bare "DPRP" after the text named one of the new Papua provinces' parliaments: that
  parliament (two of them named, or none: Papua's own).

A row with ``text`` checks ORG spans.

A row's mention is put in a neutral sentence; the PERSON in it must carry the expected name
and organisation (None: no organisation), and the role when the row gives one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor
from pmk_extract.components.parliaments import body_number

CASES = Path(__file__).parent / "data" / "parliament_names_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[tuple[dict[str, Any], bool, str | None]]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_table_covers_the_families() -> None:
    cases = load_cases(CASES)
    families = {c["family"] for c in cases}
    assert families == {"own_name", "digits", "bracket_own", "initials", "bare_dprp"}
    for family in families:
        rows = [c for c in cases if c["family"] == family]
        assert len(rows) >= 5 and any(c["variant"].startswith("negative") for c in rows)


def test_every_row_comes_out_right(
    outcomes: list[tuple[dict[str, Any], bool, str | None]],
) -> None:
    misses = [c.get("mention") or c["text"] for c, ok, _ in outcomes if not ok]
    assert misses == []


def test_no_wrong_organisation(outcomes: list[tuple[dict[str, Any], bool, str | None]]) -> None:
    """A wrong organisation is worse than none: the Aceh or Papua parliament's commission is
    never the national DPR's."""
    assert [(c.get("mention"), org) for c, _, org in outcomes if org] == []


def test_body_numbers_in_digits_read_as_roman_numerals() -> None:
    assert [body_number(n) for n in ("1", "4", "13", "IV", "B", "0", "14")] == [
        "I",
        "IV",
        "XIII",
        "IV",
        "B",
        "0",
        "14",
    ]


def test_commission_in_digits_after_its_parliament_named_before(extractor: Extractor) -> None:
    """The post of a commission numbered in digits, its parliament named earlier in the text,
    names the commission as the councils' rules do."""
    text = (
        "MALANG - DPRD Kota Malang menggelar rapat dengar pendapat dengan dinas kesehatan. "
        "Ketua Komisi 3 Hendro Suprapto meminta laporan stok obat dibuka."
    )
    record = extractor.extract(text, published="2024-05-14")
    people = [(e.canonical, e.role) for e in record.entities if e.label == "PERSON"]
    role = "Ketua Komisi III Dewan Perwakilan Rakyat Daerah Kota Malang"
    assert people == [("Hendro Suprapto", role)]
