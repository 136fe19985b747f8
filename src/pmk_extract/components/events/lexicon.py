"""The event lexicons: triggers by stem, noun groups, role words and per-type settings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...errors import DataFileError
from ...records import EVENT_TYPES, PARTICIPANT_ROLES
from ...resources import model_path, read_tsv

_PREFIXES = ("me-", "di-", "ber-", "ter-", "pe-", "per-")


@dataclass(frozen=True, slots=True)
class Need:
    """A neighbour condition: one of ``stems`` ``>`` after, ``<`` before, or on either side."""

    side: str
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of ``event_triggers.tsv``."""

    stem: str
    type: str
    strength: int
    form: str
    subject: str | None
    object: str | None
    coord: str | None
    requires: tuple[Need, ...]
    forbids: tuple[Need, ...]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Triggers by stem, role words, and per-type settings."""

    triggers: dict[str, tuple[TriggerRule, ...]]
    roles: dict[str, dict[str, str]]
    shared: dict[str, frozenset[str]]
    background_ok: frozenset[str]
    split: dict[str, tuple[str, ...]]  # per type: roles whose other holder is another event
    same_verb_joins: frozenset[str]  # types whose re-mention by the same verb joins
    lead_only: frozenset[str]  # types that are news only in the lead or named by the headline
    with_org: dict[str, frozenset[str]]  # per type: roles a person's organisation shares
    nouns: dict[str, frozenset[str]]  # event noun stem -> the types it names
    object_roles: dict[str, str]  # per type: the role of a trigger's object (first row)
    speech: frozenset[str]  # stems of speech verbs (speech_cues.tsv)
    one_place: frozenset[str]  # types whose event happens at one place


def _needs(text: str, groups: dict[str, set[str]], where: tuple[str, int]) -> tuple[Need, ...]:
    if text == "-":
        return ()
    out = []
    for item in text.split():
        side = item[0] if item[0] in "<>" else ""
        name = item[len(side) :]
        if name.startswith("@"):
            if name[1:] not in groups:
                raise DataFileError(where[0], where[1], f"unknown noun group {name!r}")
            stems = frozenset(groups[name[1:]])
        else:
            stems = frozenset({name.lower()})
        out.append(Need(side, stems))
    return tuple(out)


def _role(text: str, where: tuple[str, int], extra: tuple[str, ...] = ()) -> str | None:
    if text == "-":
        return None
    if text not in PARTICIPANT_ROLES and text not in extra:
        raise DataFileError(where[0], where[1], f"unknown participant role {text!r}")
    return text


@cache
def event_lexicon() -> EventLexicon:
    """Load and check the event lexicons (triggers, noun groups, role words, type settings)."""
    groups: dict[str, set[str]] = {}
    for group, stem in read_tsv("lexicons/event_nouns.tsv", 2):
        groups.setdefault(group, set()).add(stem.lower())
    path = str(model_path("lexicons/event_triggers.tsv"))
    triggers: dict[str, list[TriggerRule]] = {}
    rows = read_tsv("lexicons/event_triggers.tsv", 9)
    for n, (stem, kind, strength, form, subj, obj, coord, req, forb) in enumerate(rows, 1):
        where = (path, n)
        if kind not in EVENT_TYPES:
            raise DataFileError(path, None, f"row {n}: unknown event type {kind!r}")
        known_form = form in ("any", "affixed", "nominal", "verbal") or form in _PREFIXES
        if not known_form or strength not in ("0", "1", "2", "3"):
            raise DataFileError(path, None, f"row {n}: bad form {form!r} or strength {strength!r}")
        rule = TriggerRule(
            stem=stem.lower(),
            type=kind,
            strength=int(strength),
            form=form,
            subject=_role(subj, where),
            object=_role(obj, where),
            coord=_role(coord, where),
            requires=_needs(req, groups, where),
            forbids=_needs(forb, groups, where),
        )
        triggers.setdefault(rule.stem, []).append(rule)
    nouns: dict[str, set[str]] = {}
    object_roles: dict[str, str] = {}
    for rules in triggers.values():
        for rule in rules:
            if rule.object is not None:
                object_roles.setdefault(rule.type, rule.object)
            if rule.form != "affixed":
                nouns.setdefault(rule.stem, set()).add(rule.type)
            for need in rule.requires:
                for noun in need.stems:
                    nouns.setdefault(noun, set()).add(rule.type)
    roles: dict[str, dict[str, str]] = {}
    roles_path = str(model_path("lexicons/event_roles.tsv"))
    for n, (word, kind, role) in enumerate(read_tsv("lexicons/event_roles.tsv", 3), 1):
        if kind != "*" and kind not in EVENT_TYPES:
            raise DataFileError(roles_path, None, f"row {n}: unknown event type {kind!r}")
        # "<partner": the ORG/PERSON before the word (its subject) gets the role
        own = role.removeprefix("<")
        if _role(own, (roles_path, n), extra=("@subject", "@before")) is not None:
            roles.setdefault(word.lower(), {})[kind] = role
    shared: dict[str, frozenset[str]] = {}
    split: dict[str, tuple[str, ...]] = {}
    same_verb = set()
    background_ok = set()
    types_path = str(model_path("lexicons/event_types.tsv"))
    lead_only = set()
    with_org: dict[str, frozenset[str]] = {}
    one_place = set()
    for n, (kind, share, background, apart, salience, org_roles, placed) in enumerate(
        read_tsv("lexicons/event_types.tsv", 7), 1
    ):
        if placed not in ("yes", "no"):
            raise DataFileError(types_path, None, f"row {n}: bad one_place {placed!r}")
        if placed == "yes":
            one_place.add(kind)
        with_org[kind] = frozenset() if org_roles == "-" else frozenset(org_roles.split(","))
        for role in with_org[kind]:
            _role(role, (types_path, n))
        if salience not in ("any", "lead"):
            raise DataFileError(types_path, None, f"row {n}: bad salience {salience!r}")
        if salience == "lead":
            lead_only.add(kind)
        shared[kind] = frozenset() if share == "-" else frozenset(share.split(","))
        if apart.startswith("="):
            same_verb.add(kind)
            apart = apart[1:]
        split[kind] = () if apart == "-" else tuple(apart.split(","))
        for role in split[kind]:
            _role(role, (types_path, n))
        if background == "yes":
            background_ok.add(kind)
    speech = {
        stem.lower() for stem, kind in read_tsv("lexicons/speech_cues.tsv", 2) if kind == "verb"
    }
    speech.update(r.stem for rs in triggers.values() for r in rs if r.type == "STATEMENT")
    return EventLexicon(
        triggers={k: tuple(v) for k, v in triggers.items()},
        roles=roles,
        shared=shared,
        background_ok=frozenset(background_ok),
        split=split,
        same_verb_joins=frozenset(same_verb),
        lead_only=frozenset(lead_only),
        with_org=with_org,
        nouns={k: frozenset(v) for k, v in nouns.items()},
        object_roles=object_roles,
        speech=frozenset(speech),
        one_place=frozenset(one_place),
    )
