"""The component registry: snapshot, entry points, prerequisite errors."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

from pmk_extract.errors import PipelineError
from pmk_extract.pipeline import build_nlp
from pmk_extract.registry import COMPONENTS, DEFAULT_PIPELINE, ComponentSpec, check_order


def test_registry_snapshot() -> None:
    assert {name: spec.module for name, spec in COMPONENTS.items()} == {
        "pmk_gazetteer": "pmk_extract.components.gazetteer",
        "pmk_units": "pmk_extract.components.units",
        "pmk_officials": "pmk_extract.components.officials",
        "pmk_dates": "pmk_extract.components.dates",
        "pmk_ner": "pmk_extract.components.ner",
        "pmk_stems": "pmk_extract.components.stems",
        "pmk_quotes": "pmk_extract.components.quotes",
        "pmk_events": "pmk_extract.components.events",
    }
    assert set(DEFAULT_PIPELINE) <= set(COMPONENTS)


def test_every_component_is_a_spacy_entry_point() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names


def test_add_pipe_in_a_plain_spacy_pipeline() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("pmk_stems")
    doc = nlp("Menteri meninjau lokasi banjir.")
    assert [t._.stem for t in doc][1:3] == ["tinjau", "lokasi"]


def test_unknown_component_lists_known_ones() -> None:
    with pytest.raises(PipelineError, match="pmk_gazetteer"):
        build_nlp(("pmk_nope",))


def test_missing_prerequisite_lists_missing_and_present(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = ComponentSpec("pmk_stems", "pmk_extract.components.stems", needs=("pmk_gazetteer",))
    monkeypatch.setitem(COMPONENTS, "pmk_stems", spec)
    with pytest.raises(PipelineError) as info:
        check_order(["pmk_dates", "pmk_stems"])
    message = str(info.value)
    assert "pmk_stems needs pmk_gazetteer" in message and "Present: pmk_dates, pmk_stems" in message
