"""The one table of pmk_extract's pipeline components.

Each entry names a spaCy factory (registered with ``@Language.factory`` in its
module and exposed through the ``spacy_factories`` entry point), the module
that defines it, and the components that must run before it. ``DEFAULT_PIPELINE``
is the order :func:`pmk_extract.load` uses.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from .errors import PipelineError


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """A registered component: factory name, defining module, prerequisites."""

    name: str
    module: str
    needs: tuple[str, ...] = ()
    description: str = ""


COMPONENTS: dict[str, ComponentSpec] = {
    spec.name: spec
    for spec in (
        ComponentSpec(
            "pmk_gazetteer",
            "pmk_extract.components.gazetteer",
            description="ORG and LOC from the knowledge base",
        ),
        ComponentSpec(
            "pmk_units",
            "pmk_extract.components.units",
            needs=("pmk_gazetteer",),
            description="units of organisations, villages, venues, listed districts",
        ),
        ComponentSpec(
            "pmk_officials",
            "pmk_extract.components.officials",
            needs=("pmk_gazetteer", "pmk_units"),
            description="PERSON spans with role and organisation",
        ),
        ComponentSpec(
            "pmk_dates",
            "pmk_extract.components.dates",
            description="DATE spans with ISO values; the dateline",
        ),
        ComponentSpec(
            "pmk_ner",
            "pmk_extract.components.ner",
            description="trained PERSON/ORG/LOC recogniser for names no list holds",
        ),
        ComponentSpec(
            "pmk_stems",
            "pmk_extract.components.stems",
            description="Sastrawi stems per token (names keep their form)",
        ),
        ComponentSpec(
            "pmk_quotes",
            "pmk_extract.components.quotes",
            needs=("pmk_officials", "pmk_stems"),
            description="direct quotes with their speaker",
        ),
        ComponentSpec(
            "pmk_events",
            "pmk_extract.components.events",
            needs=("pmk_officials", "pmk_dates", "pmk_stems"),
            description="typed events with trigger, date, place and participants",
        ),
    )
}

DEFAULT_PIPELINE: tuple[str, ...] = (
    "pmk_gazetteer",
    "pmk_units",
    "pmk_officials",
    "pmk_dates",
    "pmk_ner",
    "pmk_stems",
    "pmk_quotes",
    "pmk_events",
)


def import_component(name: str) -> ComponentSpec:
    """Import the module defining ``name`` (which registers its factory) and return its spec."""
    spec = COMPONENTS.get(name)
    if spec is None:
        known = ", ".join(sorted(COMPONENTS))
        raise PipelineError(f"unknown component {name!r}; known components: {known}")
    importlib.import_module(spec.module)
    return spec


def check_order(names: tuple[str, ...] | list[str]) -> None:
    """Raise :class:`PipelineError` listing every missing prerequisite at once."""
    problems = []
    for position, name in enumerate(names):
        spec = import_component(name)
        before = set(names[:position])
        missing = [need for need in spec.needs if need not in before]
        if missing:
            problems.append(f"{name} needs {', '.join(missing)} before it")
    if problems:
        present = ", ".join(names) or "(none)"
        raise PipelineError(
            "pipeline prerequisites missing: " + "; ".join(problems) + f". Present: {present}"
        )
