"""Working records of the event stages: actors, mentions, units and draft events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .lexicon import TriggerRule

CORE = ("agent", "recipient", "giver")


@dataclass(frozen=True, slots=True)
class Actor:
    """A participant found in the text: role, canonical, and the organisation of a person."""

    role: str
    canonical: str
    org: str | None = None
    person: bool = False
    weak: bool = False  # the subject a noun reads off its clause ("X dalam rapat ...")


@dataclass
class Mention:
    """One trigger occurrence with what its context says."""

    rule: TriggerRule
    token: int
    voice: str  # "active", "passive" or "nominal"
    needed: int | None = None  # the required neighbour found
    actors: list[Actor] = field(default_factory=list)
    key: str | None = None
    anaphoric: bool = False
    setting: bool = False  # names the setting of something else: joins, never starts

    @property
    def rank(self) -> tuple[int, int, int]:
        """Order of mentions for the trigger: reported before setting, strong, early."""
        return (int(not self.setting), self.rule.strength, -self.token)


@dataclass
class Unit:
    """The mentions of one type in one sentence."""

    type: str
    sentence: int
    mentions: list[Mention]

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: m.rank)

    @property
    def stems(self) -> set[str]:
        return {m.rule.stem for m in self.mentions}

    @property
    def actors(self) -> list[Actor]:
        # a verb's participants win over those its noun would read off the same words
        verbal = [a for m in self.mentions if m.voice != "nominal" for a in m.actors]
        return verbal or [a for m in self.mentions for a in m.actors]

    @property
    def nominal(self) -> bool:
        """True when every mention that reports (not a setting) is a noun."""
        reporting = [m for m in self.mentions if not m.setting] or self.mentions
        return all(m.voice == "nominal" for m in reporting)

    @property
    def strength(self) -> int:
        return max(m.rule.strength for m in self.mentions)

    @property
    def setting(self) -> bool:
        return all(m.setting for m in self.mentions)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Participants a sentence with no mention names for an earlier event.

    ``type`` None: any type; ``subject``: the canonical the event's own participants must
    hold for these to join it ("Ganjar tiba bersama X": Ganjar's event); ``near``: only
    an event told of in the paragraph before or this one ("X yang mendampingi Menteri":
    the minister's event, wherever it was told).
    """

    token: int  # the sentence's first token
    actors: tuple[Actor, ...]
    type: str | None = None
    subject: str | None = None
    near: bool = True


@dataclass
class Draft:
    """An event being assembled from units."""

    type: str
    units: list[Unit]
    date: str | None = None
    location: str | None = None
    score: int = 0
    attendees: list[Actor] = field(default_factory=list)  # from follow-up sentences

    @property
    def first(self) -> int:
        return self.units[0].mentions[0].token

    @property
    def trigger(self) -> Mention:
        # the strongest unit's best mention: "menyampaikan ... dalam konferensi pers"
        # gives "menyampaikan"; a weak verb later in the text never takes over
        unit = max(self.units, key=lambda u: (u.strength, u.best.rank))
        return unit.best

    @property
    def actors(self) -> list[Actor]:
        return [a for u in self.units for a in u.actors] + self.attendees

    @property
    def mentions(self) -> list[Mention]:
        return [m for u in self.units for m in u.mentions]

    @property
    def tokens(self) -> list[int]:
        return [m.token for m in self.mentions]

    @property
    def stems(self) -> set[str]:
        return {s for u in self.units for s in u.stems}


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a date value covers ("2022-05" -> May 2022)."""
    try:
        if "/" in value:
            lo, hi = value.split("/", 1)
            a, b = interval(lo), interval(hi)
            return (a[0], b[1]) if a and b else None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = dt.date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) == 2:
            start = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return start, nxt - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None


def overlap(a: str, b: str) -> bool:
    """True when the days of date values ``a`` and ``b`` overlap (equal strings otherwise)."""
    x, y = interval(a), interval(b)
    if x is None or y is None:
        return a == b
    return x[0] <= y[1] and y[0] <= x[1]


def identities(actors: list[Actor], role: str | None) -> set[str]:
    """Canonical names (and persons' organisations) of the actors with ``role`` (None: core)."""
    out: set[str] = set()
    for actor in actors:
        if (role is None and actor.role in CORE) or actor.role == role:
            out.add(actor.canonical)
            if actor.org:
                out.add(actor.org)
    return out
