"""The public API: exports, argument checking, batch input forms."""

from __future__ import annotations

import datetime as dt
import pkgutil

import pytest

import pmk_extract
from pmk_extract import Extractor, InputError, PmkError, Record
from pmk_extract.extractor import coerce_published


def test_all_matches_exports() -> None:
    submodules = {m.name for m in pkgutil.iter_modules(pmk_extract.__path__)}
    public = {name for name in dir(pmk_extract) if not name.startswith("_")} - submodules
    assert public == set(pmk_extract.__all__) - {"__version__"}
    assert all(hasattr(pmk_extract, name) for name in pmk_extract.__all__)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-09", dt.date(2022, 3, 9)),
        ("2022-03-09T10:00:00+07:00", dt.date(2022, 3, 9)),
        (dt.date(2022, 3, 9), dt.date(2022, 3, 9)),
        (dt.datetime(2022, 3, 9, 23, 59), dt.date(2022, 3, 9)),
        (None, None),
        ("", None),
    ],
)
def test_published_forms(value: object, expected: dt.date | None) -> None:
    assert coerce_published(value) == expected


@pytest.mark.parametrize("value", ["9 Maret 2022", "2022-13-01", 20220309, b"2022-03-09", 3.5])
def test_bad_published_names_the_value(value: object) -> None:
    with pytest.raises(InputError) as info:
        coerce_published(value)
    assert "published" in str(info.value) and repr(value)[:10] in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, PmkError)


@pytest.mark.parametrize("text", [None, b"bytes", 42, ["a"]])
def test_bad_text_raises_input_error(extractor: Extractor, text: object) -> None:
    with pytest.raises(InputError, match="text="):
        extractor.extract(text)  # type: ignore[arg-type]


def test_extract_many_accepts_all_item_forms(extractor: Extractor) -> None:
    items = [
        "Kemensos menyalurkan bantuan.",
        {"id": "x", "text": "BNPB hadir.", "published": "2024-01-02", "url": "u"},
        ("BMKG hadir.", {"id": "y", "published": dt.date(2024, 1, 2)}),
    ]
    records = list(extractor.extract_many(items, batch_size=2))
    assert [r.id for r in records] == [None, "x", "y"]
    assert records[1].meta == {"url": "u"}
    assert records[2].published == "2024-01-02"
    assert all(isinstance(r, Record) for r in records)


@pytest.mark.parametrize("item", [42, {"id": "no-text"}, ("text", "not a dict"), None])
def test_extract_many_bad_item_names_its_index(extractor: Extractor, item: object) -> None:
    with pytest.raises(InputError, match=r"items\[1\]"):
        list(extractor.extract_many(["ok", item]))  # type: ignore[list-item]


def test_too_long_text_is_an_error_record_when_refused() -> None:
    small = Extractor(components=("pmk_stems",), max_length=10, long_texts="refuse")
    record = small.extract("x" * 11, id="long")
    assert record.id == "long" and not record.ok
    assert "max_length=10" in record.errors[0].message


def test_module_level_extract_matches_extractor(extractor: Extractor) -> None:
    text = "KEMENKO PMK – Kemenko PMK menggelar rapat, Selasa (8/3)."
    assert pmk_extract.extract(text, "2022-03-09") == extractor.extract(text, "2022-03-09")


def test_extract_many_two_processes_keeps_order() -> None:
    texts = [f"Dokumen {i}: BNPB hadir di Jakarta, Selasa (8/3)." for i in range(6)]
    items = [{"id": str(i), "text": t, "published": "2022-03-09"} for i, t in enumerate(texts)]
    small = Extractor()
    serial = list(small.extract_many(items))
    parallel = list(small.extract_many(items, batch_size=2, n_process=2))
    assert parallel == serial
