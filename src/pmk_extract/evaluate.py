"""Scoring predictions against the gold press-release annotations.

Definitions (also in the README):

- Entities: P/R/F1 per label and micro-averaged, a predicted span counting as
  correct when ``(start, end, label)`` equals a gold one; ``relaxed`` counts a
  prediction as correct when it overlaps a gold span of the same label (each
  gold span used once).
- Canonical accuracy: on exactly matched ORG and PERSON spans, the share whose
  canonical equals the gold canonical.
- PERSON organisation accuracy: on exactly matched PERSON spans whose gold has
  an ``org``, the share whose predicted ``org`` is the same.
- DATE value accuracy: the share of gold DATEs with a non-null value for which
  an overlapping predicted DATE has the same value.
- Quotes: a predicted quote matches a gold quote with the same ``(start, end)``;
  recall = matched / gold, precision = matched / predicted; speaker accuracy =
  matched quotes with the same speaker / matched quotes; misattributions = matched
  quotes whose predicted speaker is set and differs from the gold one (a wrong speaker
  is worse than none), counted over the matched quotes given a speaker; of those, the
  ones whose speaker is some of the words of the gold speaker's longer name ("Arlinda"
  for "Arlinda Imbang Jaya") are counted apart.
- Events: a predicted event matches an unmatched gold event of the same type
  whose trigger starts within 40 characters (closest first); P/R/F1 over
  events; date accuracy = matched events with equal ``date`` / matched events;
  participant P/R/F1 micro-averaged over matched events on ``(role, canonical)`` pairs.
- Event stages (when the pipeline ran, from ``Doc._.event_trace``): trigger recall = gold
  events with a mention of their type whose start lies within 40 characters of the gold
  trigger / gold events; each draft event (after grouping) is assigned the gold events of
  its type near one of its mentions: a gold event claimed by two or more drafts is
  *split*, a draft that claims two or more gold events *merges* them, a kept draft that
  claims none while its type has a gold event in the text is a *double* (most often a
  re-mention of that event grouped apart, else an extra event of its type); selection
  precision = kept events that claim a gold event / kept events; selection recall =
  gold events claimed by a kept event / gold events claimed by any draft.
- Datelines (when the gold texts are given): place and date right on every gold text
  that has a dateline, as defined on the gold entities in :mod:`pmk_extract.dateline_score`;
  ``extra`` counts datelines predicted on texts without one.

Documents are aligned by ``id``; a gold document without a prediction counts as
an empty prediction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .dateline_score import score_dateline
from .records import LABELS, Entity, Event, Record

if TYPE_CHECKING:
    from .components.events import EventTrace
    from .extractor import Document

EVENT_WINDOW = 40


@dataclass
class PRF:
    """Counts and derived precision, recall and F1."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        """tp / predicted (0 when nothing was predicted)."""
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """tp / gold (0 when there is no gold)."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        """Add another set of counts to this one."""
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rounded scores."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.n_pred,
            "gold": self.n_gold,
        }


@dataclass
class Ratio:
    """A hit count over a total."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """hits / total (0 when total is 0)."""
        return self.hits / self.total if self.total else 0.0

    def add(self, hit: bool) -> None:
        """Count one case."""
        self.hits += int(hit)
        self.total += 1

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rounded value."""
        return {"accuracy": round(self.value, 4), "correct": self.hits, "total": self.total}


@dataclass
class StageScores:
    """Figures of the event stages: mentions, grouping, selection (see the module doc)."""

    trigger_recall: Ratio = field(default_factory=Ratio)
    split: int = 0
    merged: int = 0
    doubles: int = 0
    drafts: int = 0
    selection_precision: Ratio = field(default_factory=Ratio)
    selection_recall: Ratio = field(default_factory=Ratio)

    def to_dict(self) -> dict[str, Any]:
        """All figures as a JSON-serialisable dict."""
        return {
            "trigger_recall": self.trigger_recall.to_dict(),
            "drafts": self.drafts,
            "gold_split": self.split,
            "drafts_merging_gold": self.merged,
            "doubles": self.doubles,
            "selection_precision": self.selection_precision.to_dict(),
            "selection_recall": self.selection_recall.to_dict(),
        }


@dataclass
class Scores:
    """Every figure ``pmk-extract evaluate`` reports."""

    entities: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    relaxed: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    canonical: dict[str, Ratio] = field(
        default_factory=lambda: {"ORG": Ratio(), "PERSON": Ratio(), "LOC": Ratio()}
    )
    person_org: Ratio = field(default_factory=Ratio)
    date_value: Ratio = field(default_factory=Ratio)
    quotes: PRF = field(default_factory=PRF)
    speaker: Ratio = field(default_factory=Ratio)
    misattributed: Ratio = field(default_factory=Ratio)
    shortened: int = 0  # misattributions naming the gold speaker by some of their names only
    events: PRF = field(default_factory=PRF)
    event_date: Ratio = field(default_factory=Ratio)
    event_location: Ratio = field(default_factory=Ratio)
    participants: PRF = field(default_factory=PRF)
    stages: StageScores | None = None
    dateline: Ratio = field(default_factory=Ratio)
    dateline_extra: int = 0
    documents: int = 0

    def micro(self, table: Mapping[str, PRF]) -> PRF:
        """Micro-average of a per-label table."""
        total = PRF()
        for prf in table.values():
            total.add(prf)
        return total

    def to_dict(self) -> dict[str, Any]:
        """All scores as a JSON-serialisable dict."""
        return {
            "documents": self.documents,
            "entities": {
                **{k: v.to_dict() for k, v in self.entities.items()},
                "micro": self.micro(self.entities).to_dict(),
            },
            "entities_relaxed": {
                **{k: v.to_dict() for k, v in self.relaxed.items()},
                "micro": self.micro(self.relaxed).to_dict(),
            },
            "canonical_accuracy": {k: v.to_dict() for k, v in self.canonical.items()},
            "person_org_accuracy": self.person_org.to_dict(),
            "date_value_accuracy": self.date_value.to_dict(),
            "quotes": self.quotes.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
            "speaker_misattributions": {
                "misattributed": self.misattributed.hits,
                "with_speaker": self.misattributed.total,
                "shortened": self.shortened,
            },
            "events": self.events.to_dict(),
            "event_date_accuracy": self.event_date.to_dict(),
            "event_location_accuracy": self.event_location.to_dict(),
            "participants": self.participants.to_dict(),
            **({"event_stages": self.stages.to_dict()} if self.stages else {}),
            "dateline_accuracy": self.dateline.to_dict(),
            "dateline_extra": self.dateline_extra,
        }


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _score_entities(gold: Record, pred: Record, scores: Scores) -> None:
    pred_by_key = {(e.start, e.end, e.label): e for e in pred.entities}
    for label in LABELS:
        g = [e for e in gold.entities if e.label == label]
        p = [e for e in pred.entities if e.label == label]
        exact = PRF(n_pred=len(p), n_gold=len(g))
        exact.tp = sum(1 for e in g if (e.start, e.end, e.label) in pred_by_key)
        scores.entities[label].add(exact)
        relaxed = PRF(n_pred=len(p), n_gold=len(g))
        used: set[int] = set()
        for pe in p:
            for i, ge in enumerate(g):
                if i not in used and _overlaps(pe, ge):
                    used.add(i)
                    relaxed.tp += 1
                    break
        scores.relaxed[label].add(relaxed)
    for ge in gold.entities:
        match = pred_by_key.get((ge.start, ge.end, ge.label))
        if match is None:
            continue
        if ge.label in scores.canonical:
            scores.canonical[ge.label].add(match.canonical == ge.canonical)
        if ge.label == "PERSON" and ge.org:
            scores.person_org.add(match.org == ge.org)
    pred_dates = [e for e in pred.entities if e.label == "DATE"]
    for ge in gold.entities:
        if ge.label == "DATE" and ge.value is not None:
            scores.date_value.add(
                any(_overlaps(ge, pe) and pe.value == ge.value for pe in pred_dates)
            )


def _score_quotes(gold: Record, pred: Record, scores: Scores) -> None:
    pred_by_span = {(q.start, q.end): q for q in pred.quotes}
    counts = PRF(n_pred=len(pred.quotes), n_gold=len(gold.quotes))
    for gq in gold.quotes:
        pq = pred_by_span.get((gq.start, gq.end))
        if pq is not None:
            counts.tp += 1
            scores.speaker.add(pq.speaker == gq.speaker)
            if pq.speaker is not None:
                scores.misattributed.add(pq.speaker != gq.speaker)
                if pq.speaker != gq.speaker and _shortened(pq.speaker, gq.speaker):
                    scores.shortened += 1
    scores.quotes.add(counts)


def _shortened(speaker: str, gold: str | None) -> bool:
    """True when every word of ``speaker`` is a word of ``gold``'s longer name, in its order
    ("Arlinda" for "Arlinda Imbang Jaya"): the right mouth under a name the knowledge base
    cannot complete."""
    if gold is None or len(speaker.split()) >= len(gold.split()):
        return False
    names = iter(gold.split())
    return all(word in names for word in speaker.split())  # in the gold's order


def match_events(gold: Iterable[Event], pred: Iterable[Event]) -> list[tuple[Event, Event]]:
    """Pair predicted and gold events: same type, triggers within 40 characters, closest first."""
    candidates = []
    gold_list, pred_list = list(gold), list(pred)
    for gi, ge in enumerate(gold_list):
        for pi, pe in enumerate(pred_list):
            distance = abs(ge.trigger_start - pe.trigger_start)
            if ge.type == pe.type and distance <= EVENT_WINDOW:
                candidates.append((distance, gi, pi))
    pairs = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold_list[gi], pred_list[pi]))
    return pairs


def _score_events(gold: Record, pred: Record, scores: Scores) -> None:
    pairs = match_events(gold.events, pred.events)
    scores.events.add(PRF(tp=len(pairs), n_pred=len(pred.events), n_gold=len(gold.events)))
    for ge, pe in pairs:
        scores.event_date.add(ge.date == pe.date)
        scores.event_location.add(ge.location == pe.location)
        g = {(p.role, p.canonical) for p in ge.participants}
        p = {(p.role, p.canonical) for p in pe.participants}
        scores.participants.add(PRF(tp=len(g & p), n_pred=len(p), n_gold=len(g)))


def _near(event: Event, start: int) -> bool:
    return abs(event.trigger_start - start) <= EVENT_WINDOW


def _score_stages(gold: Record, trace: EventTrace, stages: StageScores) -> None:
    for ge in gold.events:
        stages.trigger_recall.add(
            any(kind == ge.type and _near(ge, start) for kind, start in trace.mentions)
        )
    claims: dict[int, list[int]] = {}  # gold event -> drafts claiming it
    for di, draft in enumerate(trace.events):
        stages.drafts += 1
        claimed = [
            gi
            for gi, ge in enumerate(gold.events)
            if ge.type == draft.type and any(_near(ge, s) for s in draft.mention_starts)
        ]
        for gi in claimed:
            claims.setdefault(gi, []).append(di)
        stages.merged += int(len(claimed) > 1)
        if draft.kept:
            stages.selection_precision.add(bool(claimed))
            if not claimed and any(ge.type == draft.type for ge in gold.events):
                stages.doubles += 1
    stages.split += sum(1 for drafts in claims.values() if len(drafts) > 1)
    for drafts in claims.values():
        stages.selection_recall.add(any(trace.events[di].kept for di in drafts))


def score(
    gold: Iterable[Record],
    predictions: Iterable[Record],
    traces: Mapping[str, EventTrace] | None = None,
    texts: Mapping[str | None, str] | None = None,
) -> Scores:
    """Score predictions against gold records, aligned by id.

    With ``traces`` (document id -> ``Doc._.event_trace``), the event stages are scored too;
    with ``texts`` (document id -> gold text), the datelines.
    """
    by_id = {p.id: p for p in predictions}
    scores = Scores()
    if traces is not None:
        scores.stages = StageScores()
    for g in gold:
        p = by_id.get(g.id) or Record(id=g.id, published=g.published)
        scores.documents += 1
        _score_entities(g, p, scores)
        _score_quotes(g, p, scores)
        _score_events(g, p, scores)
        trace = traces.get(g.id or "") if traces is not None else None
        if scores.stages is not None and trace is not None:
            _score_stages(g, trace, scores.stages)
        if texts is not None and g.id in texts:
            right, extra = score_dateline(g, texts[g.id], p)
            if right is not None:
                scores.dateline.add(right)
            scores.dateline_extra += extra
    return scores


def predict_with_traces(
    documents: Sequence[Document],
) -> tuple[list[Record], dict[str, EventTrace]]:
    """Run the default pipeline on ``documents``: their records and event traces by id."""
    from .extractor import Extractor, to_record

    nlp = Extractor().nlp
    records, traces = [], {}
    for item in documents:
        doc = nlp.make_doc(item.text)
        doc._.doc_id = item.id
        doc._.published = item.published
        doc = nlp(doc)
        records.append(to_record(doc, item))
        if item.id is not None and doc._.event_trace is not None:
            traces[item.id] = doc._.event_trace
    return records, traces


def format_scores(scores: Scores) -> str:
    """A human-readable table of the scores."""
    lines = [f"documents: {scores.documents}", "", "entities (exact span + label)"]
    lines.append(f"  {'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}   relaxed F1")
    rows = [*LABELS, "micro"]
    for label in rows:
        exact = scores.micro(scores.entities) if label == "micro" else scores.entities[label]
        relaxed = scores.micro(scores.relaxed) if label == "micro" else scores.relaxed[label]
        lines.append(
            f"  {label:<8}{exact.precision:>8.3f}{exact.recall:>8.3f}{exact.f1:>8.3f}"
            f"{exact.n_gold:>7}{exact.n_pred:>7}   {relaxed.f1:.3f}"
        )

    def ratio(name: str, r: Ratio) -> str:
        return f"  {name:<34}{r.value:.3f}  ({r.hits}/{r.total})"

    lines += ["", "linking"]
    for label, r in scores.canonical.items():
        lines.append(ratio(f"{label} canonical accuracy", r))
    lines.append(ratio("PERSON organisation accuracy", scores.person_org))
    lines.append(ratio("DATE value accuracy", scores.date_value))
    q = scores.quotes
    lines += [
        "",
        "quotes",
        f"  recall {q.recall:.3f}  precision {q.precision:.3f}  ({q.tp} matched, "
        f"{q.n_gold} gold, {q.n_pred} predicted)",
        ratio("speaker accuracy", scores.speaker),
        f"  {'misattributions (set and wrong)':<34}{scores.misattributed.hits}  "
        f"(of {scores.misattributed.total} given a speaker)",
        f"  {'  of which part of the gold name':<34}{scores.shortened}",
    ]
    ev, pa = scores.events, scores.participants
    lines += [
        "",
        "events (same type, trigger within 40 chars)",
        f"  P {ev.precision:.3f}  R {ev.recall:.3f}  F1 {ev.f1:.3f}  ({ev.tp} matched, "
        f"{ev.n_gold} gold, {ev.n_pred} predicted)",
        ratio("event date accuracy", scores.event_date),
        ratio("event location accuracy", scores.event_location),
        f"  participants P {pa.precision:.3f}  R {pa.recall:.3f}  F1 {pa.f1:.3f}",
    ]
    st = scores.stages
    if st is not None:
        lines += [
            "",
            "event stages (mentions -> grouping -> selection)",
            ratio("trigger recall", st.trigger_recall),
            f"  grouping: {st.drafts} drafts, {st.split} gold events split, "
            f"{st.merged} drafts merging gold events, {st.doubles} kept doubles",
            ratio("selection precision", st.selection_precision),
            ratio("selection recall", st.selection_recall),
        ]
    if scores.dateline.total or scores.dateline_extra:
        lines += [
            "",
            "datelines (texts with a gold dateline)",
            ratio("dateline place and date", scores.dateline),
            f"  {'datelines on texts without one':<34}{scores.dateline_extra}",
        ]
    return "\n".join(lines)
