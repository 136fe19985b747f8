"""``pmk_events``: the main events a release reports, in ``Doc._.events``.

Rules over the layout of the text (sentences, paragraphs, quotes: :mod:`pmk_extract.discourse`)
and four data files in ``models/lexicons`` (see the README there):

1. **Mentions.** A token whose stem is in ``event_triggers.tsv`` and whose row's
   conditions hold (word form, required and forbidden neighbours) is a mention of an
   event of that type. Mentions inside quotes, in the headline, in an irrealis clause
   ("wajib menyelenggarakan", "meminta ... menetapkan") or in a background clause
   ("sejak diluncurkan", "Sebelumnya, ...") are dropped. Each mention gets
   participants from local patterns: the subject before the trigger, the object after
   it, and the lists after role words (``event_roles.tsv``: "dari X", "kepada X",
   "bersama X", "dihadiri X, Y dan Z", "oleh X").
2. **Merging.** Mentions of one type in one sentence are one unit. Going through the
   text, a unit joins the latest event of its type when it refers back ("rapat
   tersebut"); it starts a new event when its date does not overlap the event's or it
   has another core participant in the same role (agent, recipient, giver); it joins
   when it shares a core participant (or the organisation of one), is a nominal
   re-mention ("Pelantikan ...") or adds nothing new; another object with its own date
   or participants starts a new event.
3. **Selection.** The 1-4 main events: events score for standing in the lead
   paragraph, for a type the headline evokes and for named participants; weak triggers
   ("meminta", "dimulai") start an event only in the lead.

Each event takes the trigger of its strongest mention; its date is a DATE in the
trigger's clause or sentence, else in another mention's sentence, else the date of the
event a "Dalam/Pada ... tersebut" sentence refers to, else the first date of the
paragraph, else the dateline's; its location likewise from LOC entities (the most
specific administrative place), ending with the dateline's place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..discourse import Layout, Segment
from ..errors import DataFileError
from ..extensions import register_extensions, span_attr
from ..kb import default_kb
from ..lexicons import lexicons, match_head
from ..records import EVENT_TYPES, NAME_LABELS, PARTICIPANT_ROLES, Event, Participant
from ..resources import model_path, read_tsv
from .officials import resolve_title

MAX_EVENTS = 4
_AFTER = 4  # tokens looked at after a trigger for a required neighbour
_BEFORE = 16  # tokens looked at before it (within the clause)
_LOOSE = 3  # lowercase words the subject search may step over
_CORE = ("agent", "recipient", "giver")
_VERBAL = ("me", "di", "ber", "ter")
_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–"})
_YEARS = re.compile(r"^\d{4}(/\d{4})?$")
_PLACE_RANK = {
    "village": 6,
    "district": 5,
    "city": 4,
    "regency": 4,
    "province": 3,
    "region": 2,
    "island": 2,
    "country": 1,
}
_CLITICS = ("nya", "lah", "kah", "pun")
_HOME_COUNTRY = "Indonesia"  # the country above the gazetteer's provinces
_MAX_PLACE_DEPTH = 8


# -- lexicon -------------------------------------------------------------------------------
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
        if form not in ("any", "affixed", "nominal") or strength not in ("1", "2", "3"):
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
    roles: dict[str, dict[str, str]] = {}
    roles_path = str(model_path("lexicons/event_roles.tsv"))
    for n, (word, kind, role) in enumerate(read_tsv("lexicons/event_roles.tsv", 3), 1):
        if kind != "*" and kind not in EVENT_TYPES:
            raise DataFileError(roles_path, None, f"row {n}: unknown event type {kind!r}")
        checked = _role(role, (roles_path, n), extra=("@subject",))
        if checked is not None:
            roles.setdefault(word.lower(), {})[kind] = checked
    shared: dict[str, frozenset[str]] = {}
    background_ok = set()
    for kind, share, background in read_tsv("lexicons/event_types.tsv", 3):
        shared[kind] = frozenset() if share == "-" else frozenset(share.split(","))
        if background == "yes":
            background_ok.add(kind)
    return EventLexicon(
        triggers={k: tuple(v) for k, v in triggers.items()},
        roles=roles,
        shared=shared,
        background_ok=frozenset(background_ok),
    )


# -- working records -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Actor:
    """A participant found in the text: role, canonical, and the organisation of a person."""

    role: str
    canonical: str
    org: str | None = None


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


@dataclass
class Unit:
    """The mentions of one type in one sentence."""

    type: str
    sentence: int
    mentions: list[Mention]

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: (m.rule.strength, -m.token))

    @property
    def stems(self) -> set[str]:
        return {m.rule.stem for m in self.mentions}

    @property
    def actors(self) -> list[Actor]:
        # a verb's participants win over those its noun would read off the same words
        verbal = [m for m in self.mentions if m.voice != "nominal"]
        return [a for m in (verbal or self.mentions) for a in m.actors]

    @property
    def nominal(self) -> bool:
        return all(m.voice == "nominal" for m in self.mentions)


@dataclass
class Draft:
    """An event being assembled from units."""

    type: str
    units: list[Unit]
    date: str | None = None
    location: str | None = None
    score: int = 0

    @property
    def first(self) -> int:
        return self.units[0].mentions[0].token

    @property
    def trigger(self) -> Mention:
        return max(
            (m for u in self.units for m in u.mentions),
            key=lambda m: (m.rule.strength, -m.token),
        )

    @property
    def actors(self) -> list[Actor]:
        return [a for u in self.units for a in u.actors]

    @property
    def stems(self) -> set[str]:
        return {s for u in self.units for s in u.stems}


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a date value covers ("2022-05" -> May 2022)."""
    try:
        if "/" in value:
            lo, hi = value.split("/", 1)
            a, b = _interval(lo), _interval(hi)
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


def _overlap(a: str, b: str) -> bool:
    x, y = _interval(a), _interval(b)
    if x is None or y is None:
        return a == b
    return x[0] <= y[1] and y[0] <= x[1]


class Events:
    """Detect, merge and select the main events of a document (``Doc._.events``)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = _Analysis(self.lex, doc).run()
        return doc


class _Analysis:
    """The event rules applied to one document."""

    def __init__(self, lexicon: EventLexicon, doc: Doc) -> None:
        self.lex = lexicon
        self.doc = doc
        self.layout = Layout(doc)
        self.headline, self.lead = self._headline_and_lead()
        self._dates: dict[Segment, list[Span]] = {}  # memos of _dates_in and _place
        self._places: dict[Segment, str | None] = {}
        self._clause_starts: dict[int, int] = {}  # token -> _clause_start
        dateline = doc._.dateline
        # the dateline names where the release was written: the last resort for a location
        self._dateline_span = (dateline.start, dateline.end) if dateline is not None else (0, 0)
        self._here = self._dateline_place()

    def run(self) -> list[Event]:
        """Mentions -> merged events -> the main ones, as records in text order."""
        mentions = self._mentions(skip=self.headline)
        drafts = self._merge(self._units(mentions))
        for draft in drafts:
            draft.date = self._date(draft, drafts)
            draft.location = self._location(draft, drafts)
        chosen = self._select(drafts)
        self._share_roles(chosen)
        return [self._record(d) for d in sorted(chosen, key=lambda d: d.first)]

    # -- layout ----------------------------------------------------------------------------
    def _headline_and_lead(self) -> tuple[Segment | None, Segment | None]:
        paras = self.layout.paragraphs
        if not paras:
            return None, None
        headline: Segment | None = None
        first = paras[0]
        dateline = self.doc._.dateline
        layout = self.layout
        last = first.end - 1
        end_char = layout.starts[last] + len(layout.words[last])
        inside = dateline is not None and dateline.start < end_char
        if (
            not inside
            and first.end - first.start < 30
            and layout.words[last] not in (".", "!", "?")
        ):
            headline = first
        for para in paras[1 if headline else 0 :]:
            if sum(layout.is_alpha[para.start : para.end]) >= 12:
                return headline, para
        return headline, None

    # -- 1. mentions -------------------------------------------------------------------------
    def _mentions(self, skip: Segment | None) -> list[Mention]:
        layout = self.layout
        words, quoted, ent_at = layout.words, layout.quoted, layout.ent_at
        furniture = layout.in_furniture
        triggers = self.lex.triggers
        out: list[Mention] = []
        consumed: set[tuple[int, str]] = set()
        for i, alpha in enumerate(layout.is_alpha):
            if not alpha or quoted[i] or furniture[i] or i in ent_at:
                continue
            if skip is not None and skip.start <= i < skip.end:
                continue
            if words[i][:1].isupper() and not self._opens_sentence(i):
                continue  # part of a name: "Deputi Bidang Pelatihan", "Rapat Kerja Nasional"
            if layout.stem(i) not in triggers:
                continue
            mention = self._match(i, consumed, check_form=True)
            if mention is None or self._irrealis(i) or self._background(i, mention.rule):
                continue
            if mention.needed is not None:
                consumed.add((mention.needed, mention.rule.type))
            out.append(mention)
        by_sentence: dict[int, list[Mention]] = {}
        for m in out:
            by_sentence.setdefault(layout.sentence_of[m.token], []).append(m)
        for m in out:
            # role words count for the nearest trigger: "Bersama X, A meninjau ..., lalu
            # memimpin rapat bersama Y" gives X to the visit and Y to the meeting
            sent = layout.sentence(m.token)
            others = [
                o.token
                for o in by_sentence[layout.sentence_of[m.token]]
                if o.rule.type != m.rule.type
            ]
            lo = max((t + 1 for t in others if t < m.token), default=sent.start)
            hi = min((t for t in others if t > m.token), default=sent.end)
            self._describe(m, lo, hi)
        return out

    def _opens_sentence(self, i: int) -> bool:
        start = self.layout.sentence(i).start
        return not any(self.layout.is_alpha[start:i])

    def _match(self, i: int, consumed: set[tuple[int, str]], check_form: bool) -> Mention | None:
        stem = self.layout.stem(i)
        rules = self.lex.triggers.get(stem)
        if rules is None:
            return None
        lower = self.layout.lower[i]
        for rule in rules:
            if (i, rule.type) in consumed:
                continue
            if check_form and rule.form == "affixed" and _bare(lower) == stem:
                continue  # "resmi", "resminya" (a clitic is not an affix): not "meresmikan"
            if check_form and rule.form == "nominal" and lower.startswith(_VERBAL):
                continue
            needed = self._near(i, rule.requires) if rule.requires else -1
            if needed is None:
                continue
            if check_form and rule.forbids and self._near(i, rule.forbids) is not None:
                continue
            if lower != stem and lower.startswith("di"):
                voice = "passive"
            elif lower.startswith(("me", "ber")):
                voice = "active"
            else:
                voice = "nominal"
            return Mention(rule, i, voice, needed if needed >= 0 else None)
        return None

    def _clause_start(self, i: int) -> int:
        """The first token of the clause of token ``i`` (looked back at most ``_BEFORE``)."""
        found = self._clause_starts.get(i)
        if found is not None:
            return found
        layout = self.layout
        sent = layout.sentence(i)
        j = i - 1
        while j >= sent.start and i - j <= _BEFORE:
            if layout.words[j] in _CLAUSE_PUNCT or layout.is_word(j, "boundary"):
                break
            j -= 1
        self._clause_starts[i] = j + 1
        return j + 1

    def _near(self, i: int, needs: tuple[Need, ...]) -> int | None:
        """Index of a token satisfying one of ``needs`` around token ``i``, else None."""
        sent = self.layout.sentence(i)
        before = range(i - 1, self._clause_start(i) - 1, -1)
        after = range(i + 1, min(sent.end, i + 1 + _AFTER))
        for need in needs:
            sides = {">": (after,), "<": (before,)}
            ranges = sides.get(need.side, (after, before))
            for rng in ranges:
                for j in rng:
                    if self.layout.stem(j) in need.stems:
                        return j
        return None

    def _irrealis(self, i: int) -> bool:
        start = max(self._clause_start(i), i - 6)
        return any(self.layout.is_word(j, "irrealis") for j in range(start, i))

    def _background(self, i: int, rule: TriggerRule) -> bool:
        if rule.type in self.lex.background_ok:
            return False
        layout = self.layout
        sent = layout.sentence(i)
        if layout.is_word(sent.start, "background_open"):
            return True
        start = self._clause_start(i)
        if any(layout.is_word(j, "background") for j in range(start, i)):
            return True
        # "formasi yang telah ditetapkan": a relative clause about something done before
        return i >= 2 and layout.is_word(i - 2, "relative") and layout.is_word(i - 1, "perfect")

    # -- participants, key, anaphora -----------------------------------------------------------
    def _describe(self, m: Mention, lo: int, hi: int) -> None:
        rule, lower = m.rule, self.layout.lower
        i = m.token
        actors: list[Actor] = []
        subject = self._subject(i)
        if m.voice in ("active", "nominal") and rule.subject:
            actors += self._cast(subject, rule.subject, rule.coord)
        if m.voice == "active" and rule.object:
            actors += self._cast(self._list_after(i), rule.object, rule.object)
        if m.voice == "passive":
            if rule.object:
                actors += self._cast(subject, rule.object, rule.object)
            if rule.subject:
                actors += self._cast(self._list_after(i), rule.subject, rule.coord)
        for j in range(lo, hi):
            if self.layout.quoted[j]:
                continue
            by_type = self.lex.roles.get(lower[j])
            role = by_type and (by_type.get(rule.type) or by_type.get("*"))
            if not role:
                continue
            listed = [e for e in self._list_after(j) if e not in subject]
            if role == "@subject":
                # "Penghargaan diserahkan oleh X": X is the subject of the passive verb
                verb = self._passive_rule(j - 1, rule.type) if j > lo else None
                acting = verb or rule
                if acting.subject:
                    actors += self._cast(listed, acting.subject, acting.coord)
            else:
                actors += self._cast(listed, role, role)
        seen: set[tuple[str, str]] = set()
        for actor in actors:
            if (actor.role, actor.canonical) not in seen:
                seen.add((actor.role, actor.canonical))
                m.actors.append(actor)
        m.key = self._key(m)
        m.anaphoric = self._anaphoric(m)

    def _passive_rule(self, k: int, event_type: str) -> TriggerRule | None:
        """The trigger row of ``event_type`` for a passive verb at ``k`` ("diserahkan")."""
        lower = self.layout.lower[k]
        stem = self.layout.stem(k)
        if not lower.startswith("di") or lower == stem:
            return None
        for rule in self.lex.triggers.get(stem, ()):
            if rule.type == event_type:
                return rule
        return None

    def _cast(self, spans: list[Span], role: str, coord: str | None) -> list[Actor]:
        out = []
        doc = self.doc
        for n, span in enumerate(spans):
            start, end = span.start_char, span.end_char
            org = span_attr(doc, "org", start, end) if span.label_ == "PERSON" else None
            canonical = span_attr(doc, "canonical", start, end) or span.text
            out.append(Actor(role if n == 0 else coord or role, canonical, org))
        return out

    def _degree(self, i: int) -> bool:
        text = self.layout.words[i]
        if self.layout.ent_at.get(i) is not None:
            return False
        return (text[:1].isupper() and ("." in text or "(" in text)) or (
            text.isupper() and len(text) <= 4 and text.isalpha()
        )

    def _subject(self, i: int) -> list[Span]:
        """The ORG/PERSON before token ``i`` in its clause, with coordinated ones."""
        layout = self.layout
        words = layout.words
        sent = layout.sentence(i)
        j = i - 1
        loose = 0
        while j >= sent.start:
            word = words[j]
            if layout.quoted[j]:
                return []
            if layout.is_word(j, "aux") or self._degree(j):
                j -= 1
                continue
            if word == "," and j + 1 < len(words) and self._degree(j + 1):
                j -= 1
                continue
            if word == "," and j == i - 1 and self._apposed_person(j - 1):
                j -= 1  # "Gubernur Sumbar, Mahyeldi Ansharullah, menerima ..."
                continue
            if word == ")":
                k = j - 1
                while k > sent.start and words[k] != "(" and j - k < 8:
                    k -= 1
                if words[k] == "(" and layout.entity(k - 1) is not None:
                    j = k - 1
                    continue
                return []
            ent = layout.entity(j)
            if ent is not None:
                found = [ent]
                k = ent.start - 1
                joined = False
                while k > sent.start and (layout.is_word(k, "and") or (joined and words[k] == ",")):
                    other = layout.entity(k - 1)
                    if other is None:
                        break
                    joined = True
                    found.insert(0, other)
                    k = other.start - 1
                return found
            if layout.is_word(j, "pronoun"):
                person = layout.subject_person(j)
                return [person] if person is not None else []
            if word[:1].isupper() and sent.start != j:
                title = self._bare_title(j)
                return [title] if title is not None else []
            if layout.is_alpha[j] and word.islower() and loose < _LOOSE:
                if layout.is_word(j, "boundary") or layout.is_word(j, "stop"):
                    return []
                loose += 1
                j -= 1
                continue
            return []
        return []

    def _apposed_person(self, j: int) -> bool:
        """True when a PERSON set off by a comma before it ends at token ``j``."""
        ent = self.layout.entity(j, ("PERSON",))
        return ent is not None and ent.end == j + 1 and self.layout.words[ent.start - 1] == ","

    def _bare_title(self, j: int) -> Span | None:
        """A bare title ending at token ``j`` ("Menko PMK"), as a span carrying its holder."""
        doc = self.doc
        for start in range(max(0, j - 3), j + 1):
            span = doc[start : j + 1]
            resolved = resolve_title(span.text, doc._.published)
            if resolved is not None:
                holder, role, org = resolved
                person = Span(doc, start, j + 1, label="PERSON")
                person._.canonical = holder
                person._.role = role
                person._.org = org
                return person
        return None

    def _list_after(self, j: int) -> list[Span]:
        """ORG/PERSON spans listed right after token ``j`` ("X, Y, dan Z"); titles skipped."""
        layout = self.layout
        words = layout.words
        sent = layout.sentence(j)
        heads = lexicons().title_heads
        honorifics = lexicons().honorifics
        out: list[Span] = []
        k = j + 1
        while k < len(words) and layout.is_word(k, "aux"):
            k += 1
        while k < sent.end and k - j < 40:
            word = words[k]
            if layout.quoted[k]:
                break
            ent = layout.ent_at.get(k)
            if ent is not None and ent.label_ in NAME_LABELS:
                if ent.label_ == "PERSON" or (
                    ent.label_ == "ORG" and not self._in_title(ent, heads, out)
                ):
                    out.append(ent)
                k = ent.end
                continue
            if word in ("(", ")") or self._degree(k) or (word,) in honorifics:
                k += 1
                continue
            if layout.is_word(k, "coord") or layout.is_word(k, "filler"):
                k += 1
                continue
            if word[:1].isupper() and layout.is_alpha[k]:
                k += 1  # a title word: "Gubernur", "Direktur Jenderal"
                continue
            break
        return out

    def _in_title(
        self, ent: Span, heads: dict[tuple[str, ...], tuple[bool, str]], out: list[Span]
    ) -> bool:
        """An ORG that is part of a title ("Kepala [BNPB] Suharyanto") or an acronym in brackets."""
        layout = self.layout
        words = layout.words
        if ent.start > 0 and words[ent.start - 1] == "(" and out:
            return True
        for size in (1, 2, 3):
            if ent.start - size >= 0 and match_head(words, ent.start - size, heads, size) == size:
                return True
        k = ent.end
        while k < len(words) and k - ent.end < 6:
            if layout.entity(k, ("PERSON",)) is not None:
                return True
            word = words[k]
            if word in ("(", ")", ",") or self._degree(k) or layout.entity(k, ("ORG",)):
                k += 1
                continue
            if word[:1].isupper() and layout.is_alpha[k]:
                k += 1
                continue
            break
        return False

    def _key(self, m: Mention) -> str | None:
        layout = self.layout
        size = len(layout.words)
        if m.needed is not None:
            return layout.stem(m.needed)
        if m.voice == "nominal":
            return m.rule.stem
        if m.voice == "active":
            k = m.token + 1
            while k < size and layout.is_word(k, "aux"):
                k += 1
            return layout.stem(k) if k < size and layout.is_alpha[k] else None
        start = self._clause_start(m.token)
        if start > 0 and layout.is_word(start - 1, "relative"):
            start = self._clause_start(start - 1)
        while start < m.token and not layout.is_alpha[start]:
            start += 1
        return layout.stem(start) if start < m.token else None

    def _anaphoric(self, m: Mention) -> bool:
        i = m.token
        sent = self.layout.sentence(i)
        if m.voice == "nominal":
            window = range(i + 1, min(sent.end, i + 3))
        else:
            window = range(max(self._clause_start(i), i - 3), i)
        return any(self.layout.is_word(j, "anaphor") for j in window)

    # -- 2. merging ------------------------------------------------------------------------------
    def _units(self, mentions: list[Mention]) -> list[Unit]:
        units: dict[tuple[int, str], Unit] = {}
        for m in mentions:
            sentence = self.layout.sentence_of[m.token]
            key = (sentence, m.rule.type)
            if key in units:
                units[key].mentions.append(m)
            else:
                units[key] = Unit(m.rule.type, sentence, [m])
        return sorted(units.values(), key=lambda u: u.mentions[0].token)

    def _in_lead(self, token: int) -> bool:
        return self.lead is not None and self.lead.start <= token < self.lead.end

    def _merge(self, units: list[Unit]) -> list[Draft]:
        drafts: list[Draft] = []
        for unit in units:
            same = [d for d in drafts if d.type == unit.type]
            if not same:
                if unit.best.rule.strength >= 2 or self._in_lead(unit.best.token):
                    drafts.append(Draft(unit.type, [unit]))
                continue
            anaphoric = any(m.anaphoric for m in unit.mentions)
            target = same[-1]  # "rapat tersebut": the latest one
            if not anaphoric:
                target = next((d for d in reversed(same) if d.stems & unit.stems), target)
            if self._starts_new(target, unit):
                drafts.append(Draft(unit.type, [unit]))
            else:
                target.units.append(unit)
        return drafts

    def _starts_new(self, draft: Draft, unit: Unit) -> bool:
        best = unit.best
        if any(m.anaphoric for m in unit.mentions):
            return False
        if best.rule.strength < 2 and not self._in_lead(best.token):
            return False  # a weak trigger outside the lead only adds to an event
        own = self._unit_date(unit)
        known = [d for d in (self._unit_date(u) for u in draft.units) if d]
        if own and known and not any(_overlap(own, d) for d in known):
            return True  # "akan menggelar rapat ... pekan depan": another meeting
        mine, theirs = unit.actors, draft.actors
        for role in _CORE:
            a = _identities(mine, role)
            b = _identities(theirs, role)
            if a and b:
                return not (a & b)
        if _identities(mine, None) & _identities(theirs, None):
            return False
        if unit.nominal:
            return False
        keys = {u.best.key for u in draft.units}
        return best.key not in keys and bool(mine or own)

    # -- dates and places ------------------------------------------------------------------------
    def _dates_in(self, sent: Segment) -> list[Span]:
        """The DATE entities of ``sent`` that can date an event (computed once per segment)."""
        found = self._dates.get(sent)
        if found is not None:
            return found
        layout = self.layout
        doc = self.doc
        out = []
        for ent in layout.ents_in(sent, "DATE"):
            value = span_attr(doc, "value", ent.start_char, ent.end_char)
            if layout.quoted[ent.start] or not value:
                continue
            if _YEARS.match(str(value)) and not (
                ent.start > 0 and layout.is_word(ent.start - 1, "temporal_prep")
            ):
                continue  # "Laporan Keuangan Tahun 2022", "CPNS 2024": a qualifier
            out.append(ent)
        self._dates[sent] = out
        return out

    def _mention_date(self, m: Mention) -> str | None:
        dates = self._dates_in(self.layout.sentence(m.token))
        if not dates:
            return None
        words = self.layout.words

        def distance(ent: Span) -> tuple[int, int]:
            lo, hi = sorted((ent.start, m.token))
            crossed = any(words[k] in (",", ";") for k in range(lo, hi))
            return int(crossed), abs(ent.start - m.token)

        return str(min(dates, key=distance)._.value)

    def _unit_date(self, unit: Unit) -> str | None:
        for m in sorted(unit.mentions, key=lambda m: (-m.rule.strength, m.token)):
            found = self._mention_date(m)
            if found:
                return found
        return None

    def _inherits(self, token: int) -> bool:
        layout = self.layout
        sent = layout.sentence(token)
        if not layout.is_word(sent.start, "inherit_prep"):
            return False
        return any(
            layout.is_word(k, "anaphor") or layout.lower[k] == "sama"
            for k in range(sent.start + 1, min(sent.end, sent.start + 5))
        )

    def _previous(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        earlier = [d for d in drafts if d.first < draft.trigger.token and d is not draft]
        return max(earlier, key=lambda d: d.first) if earlier else None

    def _date(self, draft: Draft, drafts: list[Draft]) -> str | None:
        rep = draft.trigger
        found = self._mention_date(rep)
        if found:
            return found
        for unit in draft.units:
            found = self._unit_date(unit)
            if found:
                return found
        if self._inherits(rep.token):
            previous = self._previous(draft, drafts)
            if previous is not None and previous.date:
                return previous.date
        para = self.layout.paragraph(rep.token)
        dates = self._dates_in(para)
        if dates:
            return str(dates[0]._.value)
        dateline = self.doc._.dateline
        if dateline is not None and dateline.date is not None and dateline.date.value:
            return str(dateline.date.value)
        return None

    def _place(self, segment: Segment) -> str | None:
        """The most specific place named in ``segment`` (computed once per segment).

        Called only after the mentions are described (which may set attributes), so
        the answer for a segment never changes.
        """
        if segment in self._places:
            return self._places[segment]
        kb = default_kb()
        doc = self.doc
        best: tuple[int, int, str] | None = None
        for ent in self.layout.ents_in(segment, "LOC"):
            in_dateline = self._dateline_span[0] <= ent.start_char < self._dateline_span[1]
            if self.layout.quoted[ent.start] or in_dateline:
                continue
            start, end = ent.start_char, ent.end_char
            canonical = span_attr(doc, "canonical", start, end) or ent.text
            org_id = span_attr(doc, "org_id", start, end)
            entries = kb.by_id.get(org_id or "") if org_id else None
            kind = entries[0].kind if entries else ""
            if canonical.startswith(("Desa ", "Kelurahan ")):
                kind = "village"
            rank = _PLACE_RANK.get(kind, 0)
            if kind == "venue" and entries and entries[0].parent:
                # a building stands for its town: "Gedung Daerah Tanjungpinang" -> Tanjungpinang
                town = kb.place(entries[0].parent)
                if town is not None and town.kind in _PLACE_RANK:
                    canonical, rank = town.canonical, _PLACE_RANK[town.kind]
            if best is None or rank > best[0]:
                best = (rank, ent.start, canonical)
        self._places[segment] = best[2] if best else None
        return self._places[segment]

    def _location(self, draft: Draft, drafts: list[Draft]) -> str | None:
        """The place the text gives, or the dateline's when it lies within that place."""
        found = self._named_location(draft, drafts)
        here = self._here
        if here is not None and (found is None or _within(here, found)):
            return here  # "JAKARTA – ... HUT ke-78 Republik Indonesia": Jakarta
        return found

    def _named_location(self, draft: Draft, drafts: list[Draft]) -> str | None:
        layout = self.layout
        rep = draft.trigger
        found = self._place(layout.sentence(rep.token))
        if found:
            return found
        for unit in draft.units:
            found = self._place(layout.sentences[unit.sentence])
            if found:
                return found
        if self._inherits(rep.token):
            previous = self._previous(draft, drafts)
            if previous is not None and previous.location:
                return previous.location
        return self._place(layout.paragraph(rep.token))

    def _dateline_place(self) -> str | None:
        dateline = self.doc._.dateline
        if dateline is None or dateline.place_start is None:
            return None
        layout = self.layout
        token = layout.token_at(dateline.place_start)  # 0 when the text opens with it
        ent = layout.ent_at.get(token) if token is not None else None
        if ent is None or ent.label_ != "LOC":
            return None
        return str(ent._.canonical or ent.text)

    # -- 3. selection --------------------------------------------------------------------------
    def _headline_types(self) -> set[str]:
        if self.headline is None:
            return set()
        found = set()
        for i in range(self.headline.start, self.headline.end):
            if self.layout.is_alpha[i]:
                mention = self._match(i, set(), check_form=False)
                if mention is not None:
                    found.add(mention.rule.type)
        return found

    def _select(self, drafts: list[Draft]) -> list[Draft]:
        headline = self._headline_types()
        for draft in drafts:
            rep = draft.trigger
            actors = draft.actors
            score = 0
            if any(self._in_lead(u.mentions[0].token) for u in draft.units[:1]):
                score += 2
            if draft.type in headline:
                score += 2
            if actors:
                score += 1
            if rep.rule.subject and not any(a.role in _CORE for a in actors):
                score -= 1
            draft.score = score
        ranked = sorted(drafts, key=lambda d: (-d.score, d.first))
        chosen = [d for d in ranked if d.score >= 1][:MAX_EVENTS]
        if not chosen and ranked and ranked[0].score >= 0:
            chosen = ranked[:1]  # a text reports at least one event when it names one
        return chosen

    def _share_roles(self, drafts: list[Draft]) -> None:
        for kind, roles in self.lex.shared.items():
            same = [d for d in drafts if d.type == kind]
            for role in roles:
                pool = [a for d in same for a in d.actors if a.role == role]
                for draft in same:
                    if pool and not any(a.role == role for a in draft.actors):
                        draft.units[-1].mentions[-1].actors.extend(pool)

    # -- output ------------------------------------------------------------------------------------
    def _object(self, m: Mention) -> str | None:
        doc, layout = self.doc, self.layout
        sent = layout.sentence(m.token)
        if m.voice == "passive":
            start = self._clause_start(m.token)
            if start > 0 and layout.is_word(start - 1, "relative"):
                end = start - 1
                start = self._clause_start(end)
            else:
                end = m.token
            while end > start and layout.is_word(end - 1, "aux"):
                end -= 1
        else:
            start = m.token if m.voice == "nominal" else m.token + 1
            while start < sent.end and layout.is_word(start, "aux"):
                start += 1
            end = start
            while end < sent.end and end - start < 15:
                word = layout.words[end]
                ent = layout.ent_at.get(end)
                if end > start and (
                    layout.is_word(end, "stop")
                    or word in _CLAUSE_PUNCT
                    or word in (".", "!", "?")
                    or (ent is not None and ent.label_ in ("DATE", "LOC"))
                ):
                    break
                end += 1
        text = doc[start:end].text.strip(" ,")
        return text or None

    def _record(self, draft: Draft) -> Event:
        rep = draft.trigger
        token = self.doc[rep.token]
        sent = self.layout.sentence(rep.token)
        seen: set[tuple[str, str]] = set()
        participants = []
        for actor in draft.actors:
            if (actor.role, actor.canonical) not in seen:
                seen.add((actor.role, actor.canonical))
                participants.append(Participant(actor.role, actor.canonical))
        return Event(
            type=draft.type,
            trigger=token.text,
            trigger_start=token.idx,
            date=draft.date,
            location=draft.location,
            participants=tuple(participants),
            object=self._object(rep),
            sentence_start=self.doc[sent.start].idx,
            sentence_end=self.doc[sent.end - 1].idx + len(self.doc[sent.end - 1].text),
        )


def _bare(word: str) -> str:
    """``word`` without an enclitic ("resminya" -> "resmi")."""
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            return word[: -len(clitic)]
    return word


def _within(inner: str, outer: str) -> bool:
    """True when place ``inner`` lies within place ``outer`` (by the gazetteer's parents)."""
    kb = default_kb()
    name: str | None = inner
    for _ in range(_MAX_PLACE_DEPTH):
        if name == outer:
            return True
        if name is None:
            return False
        top = kb.place(name)
        if top is None:
            return False
        name = top.parent
        if name is None and top.kind in _PLACE_RANK and _PLACE_RANK[top.kind] > 2:
            name = _HOME_COUNTRY  # a province (or a region below one) lies in Indonesia
    return False


def _identities(actors: list[Actor], role: str | None) -> set[str]:
    """Canonical names (and persons' organisations) of the actors with ``role`` (None: core)."""
    out: set[str] = set()
    for actor in actors:
        if (role is None and actor.role in _CORE) or actor.role == role:
            out.add(actor.canonical)
            if actor.org:
                out.add(actor.org)
    return out


@Language.factory(
    "pmk_events",
    assigns=["doc._.events"],
    requires=["doc.ents", "token._.stem", "doc._.dateline"],
)
def make_events(nlp: Language, name: str) -> Events:
    """Create the ``pmk_events`` component."""
    register_extensions()
    return Events(event_lexicon())
