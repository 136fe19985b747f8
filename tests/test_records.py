"""Records round-trip through dicts and JSON in the gold format."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pmk_extract import Entity, Event, Participant, Quote, Record
from pmk_extract.errors import InputError


def _without_text(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "text"}


def test_gold_records_round_trip(dev_raw: list[dict[str, Any]]) -> None:
    for doc in dev_raw:
        record = Record.from_dict(doc)
        again = record.to_dict()
        expected = {"errors": [], **_without_text(doc)}
        assert json.loads(json.dumps(again)) == expected, doc["id"]
        assert Record.from_dict(again) == record


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        (
            Entity(0, 11, "Kemenko PMK", "ORG", "Kementerian Koordinator"),
            {
                "start": 0,
                "end": 11,
                "text": "Kemenko PMK",
                "label": "ORG",
                "canonical": "Kementerian Koordinator",
            },
        ),
        (
            Entity(5, 17, "Selasa (8/3)", "DATE", "2022-03-08", value="2022-03-08"),
            {
                "start": 5,
                "end": 17,
                "text": "Selasa (8/3)",
                "label": "DATE",
                "canonical": "2022-03-08",
                "value": "2022-03-08",
            },
        ),
        (
            Entity(0, 16, "beberapa waktu lalu"[:16], "DATE", "beberapa waktu l", value=None),
            {
                "start": 0,
                "end": 16,
                "text": "beberapa waktu l",
                "label": "DATE",
                "canonical": "beberapa waktu l",
                "value": None,
            },
        ),
    ],
)
def test_entity_dict_shape(entity: Entity, expected: dict[str, Any]) -> None:
    assert entity.to_dict() == expected
    assert Entity.from_dict(expected) == entity


def test_event_and_quote_round_trip() -> None:
    event = Event(
        "AWARD", "meraih", 10, "2022-03-08", None, (Participant("recipient", "X"),), "Penghargaan"
    )
    quote = Quote(1, 20, "Tjahjo Kumolo", "ujar", 23)
    assert Event.from_dict(event.to_dict()) == event
    assert Quote.from_dict(quote.to_dict()) == quote
    assert quote.to_dict() == {
        "start": 1,
        "end": 20,
        "speaker": "Tjahjo Kumolo",
        "cue": "ujar",
        "cue_start": 23,
    }


def test_missing_field_names_the_field() -> None:
    with pytest.raises(InputError, match="'start'"):
        Entity.from_dict({"end": 3, "text": "abc", "label": "ORG"})
