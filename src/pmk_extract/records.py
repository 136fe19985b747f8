"""Typed output records: one :class:`Record` per document, JSON in the gold format.

``to_dict()`` gives exactly the shape of ``tests/data/press_releases_dev.jsonl``
(plus optional extra fields); ``from_dict()`` reads it back, so gold files and
predictions load into the same classes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

LABELS = ("ORG", "PERSON", "LOC", "DATE")
NAME_LABELS = frozenset({"ORG", "PERSON", "LOC"})
"""The labels of names: kept as written by stemming, found by the statistical NER."""
EVENT_TYPES = (
    "AWARD",
    "MEETING",
    "VISIT",
    "LAUNCH",
    "AGREEMENT",
    "AID",
    "APPOINTMENT",
    "POLICY",
    "CEREMONY",
    "TRAINING",
    "STATEMENT",
    "OTHER",
)
PARTICIPANT_ROLES = ("agent", "recipient", "giver", "partner", "beneficiary", "target")


def _get(data: Mapping[str, Any], key: str, kind: str) -> Any:
    try:
        return data[key]
    except KeyError:
        raise InputError(kind, dict(data), f"missing required field {key!r}") from None


def _drop_none(data: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None or k in keep}


@dataclass(frozen=True, slots=True)
class Entity:
    """An ORG, PERSON, LOC or DATE mention; ``text == document[start:end]``."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    role: str | None = None
    org: str | None = None
    value: str | None = None
    source: str | None = None
    granularity: str | None = None
    weekday_mismatch: bool = False
    time: str | None = None
    utc_offset: str | None = None
    in_furniture: bool = False
    matched: str | None = None  # "fuzzy": a misspelt holder's name matched after a title

    def to_dict(self) -> dict[str, Any]:
        """Return the gold-format dict (``value`` always present on DATE)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "canonical": self.canonical,
        }
        if self.role is not None:
            out["role"] = self.role
        if self.org is not None:
            out["org"] = self.org
        if self.label == "DATE":
            out["value"] = self.value
            if self.granularity is not None:
                out["granularity"] = self.granularity
            if self.weekday_mismatch:
                out["weekday_mismatch"] = True
            if self.time is not None:
                out["time"] = self.time
            if self.utc_offset is not None:
                out["utc_offset"] = self.utc_offset
        if self.source is not None:
            out["source"] = self.source
        if self.in_furniture:
            out["in_furniture"] = True
        if self.matched is not None:
            out["matched"] = self.matched
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        """Build from a gold-format dict; unknown keys are ignored."""
        return cls(
            start=int(_get(data, "start", "entity")),
            end=int(_get(data, "end", "entity")),
            text=str(_get(data, "text", "entity")),
            label=str(_get(data, "label", "entity")),
            canonical=str(data.get("canonical") or data.get("text", "")),
            role=data.get("role"),
            org=data.get("org"),
            value=data.get("value"),
            source=data.get("source"),
            granularity=data.get("granularity"),
            weekday_mismatch=bool(data.get("weekday_mismatch", False)),
            time=data.get("time"),
            utc_offset=data.get("utc_offset"),
            in_furniture=bool(data.get("in_furniture", False)),
            matched=data.get("matched"),
        )


@dataclass(frozen=True, slots=True)
class Participant:
    """A participant of an event: a role and an ORG/PERSON canonical name."""

    role: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"role", "canonical"}``."""
        return {"role": self.role, "canonical": self.canonical}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        """Build from ``{"role", "canonical"}``."""
        return cls(
            role=str(_get(data, "role", "participant")),
            canonical=str(_get(data, "canonical", "participant")),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """A typed event with its trigger word, date, place and participants."""

    type: str
    trigger: str
    trigger_start: int
    date: str | None = None
    location: str | None = None
    participants: tuple[Participant, ...] = ()
    object: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the gold-format dict (evidence sentence offsets when known)."""
        out: dict[str, Any] = {
            "type": self.type,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "date": self.date,
            "location": self.location,
            "participants": [p.to_dict() for p in self.participants],
            "object": self.object,
        }
        if self.sentence_start is not None:
            out["sentence_start"] = self.sentence_start
            out["sentence_end"] = self.sentence_end
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Build from a gold-format dict."""
        return cls(
            type=str(_get(data, "type", "event")),
            trigger=str(_get(data, "trigger", "event")),
            trigger_start=int(_get(data, "trigger_start", "event")),
            date=data.get("date"),
            location=data.get("location"),
            participants=tuple(Participant.from_dict(p) for p in data.get("participants") or ()),
            object=data.get("object"),
            sentence_start=data.get("sentence_start"),
            sentence_end=data.get("sentence_end"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote (span without the marks) with its speaker and cue word."""

    start: int
    end: int
    speaker: str | None
    cue: str | None = None
    cue_start: int | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the gold-format dict (speaker role/org when known)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "cue": self.cue,
            "cue_start": self.cue_start,
        }
        return _drop_none(
            {**out, "speaker_role": self.speaker_role, "speaker_org": self.speaker_org},
            keep=tuple(out),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Build from a gold-format dict."""
        return cls(
            start=int(_get(data, "start", "quote")),
            end=int(_get(data, "end", "quote")),
            speaker=data.get("speaker"),
            cue=data.get("cue"),
            cue_start=data.get("cue_start"),
            speaker_role=data.get("speaker_role"),
            speaker_org=data.get("speaker_org"),
        )


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """A problem met while processing one document (the rest of the batch goes on)."""

    stage: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"stage", "message"}``."""
        return {"stage": self.stage, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorInfo:
        """Build from ``{"stage", "message"}``."""
        return cls(stage=str(data.get("stage", "unknown")), message=str(data.get("message", "")))


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens a release: its place (or issuing body) and date."""

    start: int
    end: int
    place: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start", "end", "place", "date"}``."""
        return {"start": self.start, "end": self.end, "place": self.place, "date": self.date}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Build from ``{"start", "end", "place", "date"}``."""
        return cls(
            start=int(_get(data, "start", "dateline")),
            end=int(_get(data, "end", "dateline")),
            place=data.get("place"),
            date=data.get("date"),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one document."""

    id: str | None
    published: str | None
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    errors: tuple[ErrorInfo, ...] = ()
    dateline: Dateline | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no error was recorded for this document."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-serialisable dict in the gold format (plus ``dateline``/``meta``)."""
        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "errors": [e.to_dict() for e in self.errors],
        }
        if self.dateline is not None:
            out["dateline"] = self.dateline.to_dict()
        if self.meta:
            out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        """Build from a gold-format or output dict (``text`` and unknown keys are ignored)."""
        if not isinstance(data, Mapping):
            raise InputError("record", data, "expected a JSON object")
        dateline = data.get("dateline")
        return cls(
            id=None if data.get("id") is None else str(data["id"]),
            published=data.get("published"),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities") or ()),
            events=tuple(Event.from_dict(e) for e in data.get("events") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
            errors=tuple(ErrorInfo.from_dict(e) for e in data.get("errors") or ()),
            dateline=Dateline.from_dict(dateline) if isinstance(dateline, Mapping) else None,
            meta=dict(data.get("meta") or {}),
        )
