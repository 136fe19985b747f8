"""``evaluate`` on a tiny hand-made gold/prediction pair whose scores are worked out by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Record
from pmk_extract.evaluate import format_scores, score


def _ent(start: int, end: int, label: str, canonical: str, **extra: Any) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "text": "x" * (end - start),
        "label": label,
        "canonical": canonical,
        **extra,
    }


GOLD = {
    "id": "g1",
    "published": "2022-01-05",
    "entities": [
        _ent(0, 5, "ORG", "A"),
        _ent(10, 15, "ORG", "B"),
        _ent(20, 25, "PERSON", "P", org="A"),
        _ent(30, 35, "DATE", "2022-01-01", value="2022-01-01"),
        _ent(40, 45, "DATE", "2022-01-02", value="2022-01-02"),
    ],
    "quotes": [
        {"start": 50, "end": 60, "speaker": "P", "cue": "ujar", "cue_start": 62},
        {"start": 70, "end": 80, "speaker": "P", "cue": "kata", "cue_start": 82},
    ],
    "events": [
        {
            "type": "AWARD",
            "trigger": "meraih",
            "trigger_start": 100,
            "date": "2022-01-01",
            "location": "L",
            "object": None,
            "participants": [
                {"role": "recipient", "canonical": "A"},
                {"role": "giver", "canonical": "B"},
            ],
        },
        {
            "type": "MEETING",
            "trigger": "rapat",
            "trigger_start": 200,
            "date": None,
            "location": None,
            "object": None,
            "participants": [],
        },
    ],
}
PRED = {
    "id": "g1",
    "published": "2022-01-05",
    "entities": [
        _ent(0, 5, "ORG", "A"),  # exact, canonical right
        _ent(11, 15, "ORG", "B"),  # boundary off: relaxed only
        _ent(20, 25, "PERSON", "P", org="X"),  # exact, canonical right, org wrong
        _ent(30, 35, "DATE", "2022-01-01", value="2022-01-01"),  # exact, value right
        _ent(39, 45, "DATE", "2022-01-03", value="2022-01-03"),  # overlap, value wrong
        _ent(90, 95, "LOC", "L"),  # false positive
    ],
    "quotes": [
        {"start": 50, "end": 60, "speaker": "Q", "cue": "ujar", "cue_start": 62},
        {"start": 100, "end": 110, "speaker": "P", "cue": None, "cue_start": None},
    ],
    "events": [
        {
            "type": "AWARD",
            "trigger": "raih",
            "trigger_start": 130,
            "date": "2022-01-01",
            "location": "Jakarta",
            "object": None,
            "participants": [
                {"role": "recipient", "canonical": "A"},
                {"role": "giver", "canonical": "C"},
            ],
        },
        {
            "type": "VISIT",
            "trigger": "rapat",
            "trigger_start": 200,
            "date": None,
            "location": None,
            "object": None,
            "participants": [],
        },
    ],
}

# Worked out by hand from the two records above.
EXPECTED = {
    ("entities", "ORG", "f1"): 0.5,
    ("entities", "PERSON", "f1"): 1.0,
    ("entities", "DATE", "f1"): 0.5,
    ("entities", "LOC", "precision"): 0.0,
    ("entities", "micro", "precision"): 0.5,  # 3 of 6 predicted
    ("entities", "micro", "recall"): 0.6,  # 3 of 5 gold
    ("entities", "micro", "f1"): 0.5455,  # 2 * .5 * .6 / 1.1
    ("entities_relaxed", "micro", "precision"): 0.8333,  # 5 of 6
    ("entities_relaxed", "micro", "recall"): 1.0,
    ("canonical_accuracy", "ORG", "accuracy"): 1.0,
    ("canonical_accuracy", "PERSON", "accuracy"): 1.0,
    ("person_org_accuracy", "accuracy"): 0.0,
    ("date_value_accuracy", "accuracy"): 0.5,
    ("quotes", "recall"): 0.5,
    ("quotes", "precision"): 0.5,
    ("speaker_accuracy", "accuracy"): 0.0,
    ("speaker_misattributions", "misattributed"): 1,  # "Q" said to be "P"'s quote
    ("speaker_misattributions", "with_speaker"): 1,
    ("speaker_misattributions", "shortened"): 0,  # "Q" is no part of the name "P"
    ("events", "f1"): 0.5,
    ("event_date_accuracy", "accuracy"): 1.0,
    ("event_location_accuracy", "accuracy"): 0.0,  # "L" against "Jakarta"
    ("participants", "f1"): 0.5,
}


def _get(table: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        table = table[key]
    return table


@pytest.mark.parametrize(("path", "value"), sorted(EXPECTED.items()))
def test_hand_computed_scores(path: tuple[str, ...], value: float) -> None:
    scores = score([Record.from_dict(GOLD)], [Record.from_dict(PRED)]).to_dict()
    assert _get(scores, path) == pytest.approx(value, abs=1e-4)


def test_a_null_speaker_is_a_miss_but_no_misattribution() -> None:
    quotes = [{**q, "speaker": None} for q in PRED["quotes"]]
    scores = score([Record.from_dict(GOLD)], [Record.from_dict({**PRED, "quotes": quotes})])
    assert scores.speaker.value == 0.0
    assert (scores.misattributed.hits, scores.misattributed.total) == (0, 0)
    assert "misattributions (set and wrong)   0  (of 0 given a speaker)" in format_scores(scores)


@pytest.mark.parametrize(
    ("gold_speaker", "speaker", "shortened"),
    [
        ("Budi Sasmito Rahardjo", "Budi Sasmito", 1),  # some of the gold's names
        ("Budi Sasmito Rahardjo", "Sasmito", 1),
        ("Budi Sasmito", "Budi Sasmito Rahardjo", 0),  # longer: another person
        ("Budi Sasmito Rahardjo", "Budi Santoso", 0),  # another person sharing a name
        ("Budi Sasmito Rahardjo", "Rahardjo Budi", 0),  # not in the name's order
    ],
)
def test_a_misattribution_by_part_of_the_gold_name_is_counted_apart(
    gold_speaker: str, speaker: str, shortened: int
) -> None:
    gold_quotes = [{**q, "speaker": gold_speaker} for q in GOLD["quotes"]]
    quotes = [{**q, "speaker": speaker} for q in GOLD["quotes"]]
    scores = score(
        [Record.from_dict({**GOLD, "quotes": gold_quotes})],
        [Record.from_dict({**GOLD, "quotes": quotes})],
    )
    assert scores.misattributed.hits == len(quotes)
    assert scores.shortened == shortened * len(quotes)
    assert f"of which part of the gold name  {shortened * len(quotes)}" in format_scores(scores)


def test_missing_prediction_counts_as_empty() -> None:
    scores = score([Record.from_dict(GOLD)], []).to_dict()
    assert scores["entities"]["micro"]["recall"] == 0.0
    assert scores["events"]["gold"] == 2


def test_evaluate_cli_with_predictions(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({**GOLD, "text": "x" * 300}) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(PRED) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "pmk_extract", "evaluate", str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(out.stdout)
    assert scores["entities"]["micro"]["f1"] == pytest.approx(0.5455, abs=1e-4)
    table = subprocess.run(
        [sys.executable, "-m", "pmk_extract", "evaluate", str(gold), "--pred", str(pred)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "DATE value accuracy" in table and "0.500" in table


def test_several_gold_files_are_one_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pmk_extract.cli import main

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    pred = tmp_path / "pred.jsonl"
    other = {**GOLD, "id": "other", "text": "y" * 300}
    first.write_text(json.dumps({**GOLD, "text": "x" * 300}) + "\n", encoding="utf-8")
    second.write_text(json.dumps(other) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(PRED) + "\n", encoding="utf-8")
    assert main(["evaluate", str(first), str(second), "--pred", str(pred), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 2
    assert scores["events"]["gold"] == 2 * len(GOLD["events"])
    assert main(["evaluate", str(first), str(first), "--pred", str(pred)]) == 2
    assert "more than once" in capsys.readouterr().err


def test_event_stage_figures() -> None:
    from pmk_extract.components.events import EventTrace, TracedEvent

    trace = EventTrace(
        mentions=(("AWARD", 105), ("AWARD", 90), ("MEETING", 300), ("AWARD", 400)),
        events=(
            TracedEvent("AWARD", 105, (105,), kept=True),  # the gold award
            TracedEvent("AWARD", 90, (90,), kept=False),  # the same award grouped apart
            TracedEvent("MEETING", 300, (300,), kept=False),  # too far from the gold meeting
            TracedEvent("AWARD", 400, (400,), kept=True),  # an award no gold names
        ),
    )
    stages = score([Record.from_dict(GOLD)], [Record.from_dict(PRED)], {"g1": trace}).stages
    assert stages is not None
    assert (stages.trigger_recall.hits, stages.trigger_recall.total) == (1, 2)
    assert (stages.drafts, stages.split, stages.merged, stages.doubles) == (4, 1, 0, 1)
    assert (stages.selection_precision.hits, stages.selection_precision.total) == (1, 2)
    assert (stages.selection_recall.hits, stages.selection_recall.total) == (1, 1)
