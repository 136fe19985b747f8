"""columns: a field of every line read at once gives what the line-by-line field readers give,
or None where a line needs them (so that they name the bad line)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.columns import day_column, distinct, in_order, names_column, text_column
from pmk_extract.errors import DataFileError
from pmk_extract.kb_entries import aliases_field, date_field, load_entries, str_field

_WHERE = ("x.jsonl", 1)


@pytest.mark.parametrize(
    "values",
    [["Bantul", "Sleman"], ["A"], ["Kab. Bantul ", " Sleman"]],
)
def test_text_column_reads_what_str_field_reads(values: list[str]) -> None:
    objs = [{"canonical": v} for v in values]
    assert text_column(objs, "canonical") == [str_field(o, "canonical", _WHERE) for o in objs]


@pytest.mark.parametrize(
    "objs",
    [
        [{"canonical": "A"}, {}],
        [{"canonical": "A"}, {"canonical": ""}],
        [{"canonical": "A"}, {"canonical": "  "}],
        [{"canonical": "A"}, {"canonical": 5}],
        [{"canonical": "A"}, {"canonical": None}],
    ],
)
def test_text_column_leaves_a_bad_line_to_the_line_reader(objs: list[dict[str, Any]]) -> None:
    assert text_column(objs, "canonical") is None
    with pytest.raises(DataFileError):
        for obj in objs:
            str_field(obj, "canonical", _WHERE)


def test_names_column_reads_what_aliases_field_reads() -> None:
    objs: list[dict[str, Any]] = [{}, {"aliases": []}, {"aliases": ["Pemkab Bantul", "Bantul"]}]
    assert names_column(objs, "aliases") == [aliases_field(o, _WHERE) for o in objs]
    assert names_column(objs, "aliases") == [(), (), ("Pemkab Bantul", "Bantul")]


@pytest.mark.parametrize(
    "value",
    [None, "Bantul", ["Bantul", 5], ["Bantul", ""], ["Bantul", None], {"a": 1}, [["A"]]],
)
def test_names_column_leaves_a_bad_line_to_the_line_reader(value: object) -> None:
    objs = [{"aliases": ["A"]}, {"aliases": value}]
    assert names_column(objs, "aliases") is None
    with pytest.raises(DataFileError):
        aliases_field(objs[1], _WHERE)


def test_names_column_strips_names_as_aliases_field_does() -> None:
    objs: list[dict[str, Any]] = [{"aliases": ["Bantul ", "A"]}, {}, {"aliases": [" B", "C"]}]
    assert names_column(objs, "aliases") == [aliases_field(o, _WHERE) for o in objs]
    assert names_column(objs, "aliases") == [("Bantul", "A"), (), ("B", "C")]


def test_day_column_reads_what_date_field_reads() -> None:
    objs: list[dict[str, Any]] = [{}, {"start": "2024-06-01"}, {"start": None}]
    assert day_column(objs, "start") == [date_field(o, "start", _WHERE) for o in objs]
    assert day_column([{}, {}], "start") == [None, None]


@pytest.mark.parametrize("value", ["2024-13-01", "1 Juni 2024", 2024, ["2024-06-01"]])
def test_day_column_leaves_a_bad_day_to_the_line_reader(value: object) -> None:
    objs = [{"start": "2024-06-01"}, {"start": value}]
    assert day_column(objs, "start") is None
    with pytest.raises(DataFileError):
        date_field(objs[1], "start", _WHERE)


def test_in_order_and_distinct() -> None:
    day, later = dt.date(2020, 1, 1), dt.date(2021, 1, 1)
    assert in_order([day, None, day], [later, later, None])
    assert in_order([None, None], [day, later]) and in_order([day], [day])
    assert not in_order([later, None], [day, None])
    assert distinct(["a", "b"], [day, day]) and distinct(["a", "a"], [day, None])
    assert not distinct(["a", "a"], [day, day])


def _write(tmp_path: Path, lines: list[str]) -> None:
    (tmp_path / "gazetteers").mkdir(exist_ok=True)
    (tmp_path / "gazetteers" / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "lines",
    [
        [
            '{"canonical": "Kabupaten Bantul", "kind": "regency", "aliases": ["Bantul"]}',
            '{"id": "k", "canonical": "Kementerian K", "kind": "ministry", "valid_to":'
            ' "2019-10-20", "aliases": ["K"], "match_canonical": false}',
            '{"id": "k", "canonical": "Kementerian K", "kind": "ministry", "valid_from":'
            ' "2019-10-21", "with_parent": ["Ditjen K"], "ambiguous_aliases": ["K"]}',
            '{"canonical": "Kecamatan Kasihan", "kind": "district", "parent":'
            ' "Kabupaten Bantul", "code": "34.02.13", "note": "a note"}',
        ],
        # a name to strip; a number for an id (read line by line): the same entries
        [
            '{"canonical": "Kabupaten Bantul", "kind": "regency", "aliases": [" Bantul"]}',
            '{"id": 7, "canonical": "Badan Tujuh", "kind": "agency"}',
        ],
    ],
)
def test_a_file_read_at_once_gives_the_entries_of_the_line_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str]
) -> None:
    _write(tmp_path, lines)
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    read = load_entries("gazetteers/x.jsonl", "LOC")
    monkeypatch.setattr("pmk_extract.kb_entries._entries_at_once", lambda objs, label: None)
    assert read == load_entries("gazetteers/x.jsonl", "LOC")
    assert [e.id for e in read][:1] == ["Kabupaten Bantul|"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"canonical": "A", "kind": "agency"}', "duplicate entry"),
        (
            '{"canonical": "B", "kind": "a", "valid_from": "2021-01-01", "valid_to": "2020-01-01"}',
            "before",
        ),
        ('{"canonical": "B", "kind": "agency", "aliases": [" "]}', "aliases"),
    ],
)
def test_a_bad_line_is_still_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, message: str
) -> None:
    _write(tmp_path, ['{"canonical": "A", "kind": "agency"}', line])
    monkeypatch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
    with pytest.raises(DataFileError) as info:
        load_entries("gazetteers/x.jsonl", "ORG")
    assert "x.jsonl:2" in str(info.value) and message in str(info.value)


_OFFICE = '{"id": "bupati-x", "role": "Bupati X", "org": "pemkab-x", "titles": ["Bupati X"]}'
_TERM = '{"office": "bupati-x", "name": "Nama Satu", "aliases": [], "start": "2016-02-17"}'


def _read_people(tmp_path: Path, offices: list[str], holders: list[str]) -> list[Any]:
    from pmk_extract import people

    people.acting_posts()  # read from the shipped lexicons before the folder moves
    (tmp_path / "gazetteers").mkdir(exist_ok=True)
    for name, lines in (("offices", offices), ("holders", holders)):
        (tmp_path / "gazetteers" / f"{name}.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pmk_extract.resources.models_dir", lambda: tmp_path)
        read = people._load_offices("gazetteers/offices.jsonl")
        ids = {office.id for office in read}
        return [*read, *people._load_holders("gazetteers/holders.jsonl", ids)]


def test_offices_and_terms_read_at_once_equal_the_line_readers(tmp_path: Path) -> None:
    offices = [
        _OFFICE,
        '{"id": "kepala-b", "role": "Kepala B", "org": null, "titles": ["Kepala B ", "Ka B"],'
        ' "valid_from": "2008-01-26", "note": "a title with a space after it"}',
    ]
    holders = [
        _TERM,
        '{"office": "bupati-x", "name": "Nama Dua", "aliases": ["Dua"], "start": "2021-02-17",'
        ' "end": "2021-02-26", "acting": "Penjabat", "title_only": true, "note": "x"}',
        '{"office": "kepala-b", "name": "Nama Tiga", "title_only": false}',
    ]
    read = _read_people(tmp_path, offices, holders)
    assert read[1].titles == ("Kepala B", "Ka B")
    assert [h.title_only for h in read[2:]] == [False, True, False]
    assert read[3].acting == "Penjabat" and read[3].end == dt.date(2021, 2, 26)


@pytest.mark.parametrize(
    ("offices", "holders", "message"),
    [
        ([_OFFICE, _OFFICE], [], "duplicate office"),
        ([_OFFICE], [_TERM, _TERM.replace("bupati-x", "bupati-y")], "unknown office"),
        ([_OFFICE], [_TERM, _TERM.replace("}", ', "title_only": "yes"}')], "title_only"),
        ([_OFFICE], [_TERM, _TERM.replace("}", ', "acting": "Pelaksana"}')], "acting="),
        ([_OFFICE], [_TERM, _TERM.replace("}", ', "end": "2015-01-01"}')], "end is before"),
        ([_OFFICE], [_TERM, _TERM.replace("2016-02-17", "17-02-2016")], "ISO date"),
    ],
)
def test_a_bad_office_or_term_is_still_named(
    tmp_path: Path, offices: list[str], holders: list[str], message: str
) -> None:
    with pytest.raises(DataFileError) as info:
        _read_people(tmp_path, offices, holders)
    assert ".jsonl:2" in str(info.value) and message in str(info.value)
