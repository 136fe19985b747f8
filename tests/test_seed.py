"""The seed press release (a real Kemenko PMK release, published 2022-03-09)."""

from __future__ import annotations

from typing import Any

from pmk_extract import Extractor

KEMENKO_PMK = "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"


def _seed(dev_raw: list[dict[str, Any]]) -> dict[str, Any]:
    return next(d for d in dev_raw if d["id"] == "seed-000")


def test_seed_org_and_date(extractor: Extractor, dev_raw: list[dict[str, Any]]) -> None:
    doc = _seed(dev_raw)
    record = extractor.extract(doc["text"], published=doc["published"], id=doc["id"])
    by_text = {(e.text, e.label): e for e in record.entities}
    org = by_text[("Kemenko PMK", "ORG")]
    assert org.canonical == KEMENKO_PMK
    assert doc["text"][org.start : org.end] == "Kemenko PMK"
    date = by_text[("Selasa (8/3)", "DATE")]
    assert date.value == "2022-03-08"
    assert record.id == "seed-000"
    assert record.published == "2022-03-09"


def test_seed_without_published_leaves_relative_dates_null(
    extractor: Extractor, dev_raw: list[dict[str, Any]]
) -> None:
    record = extractor.extract(_seed(dev_raw)["text"])
    date = next(e for e in record.entities if e.text == "Selasa (8/3)")
    assert date.value is None
    assert record.published is None
