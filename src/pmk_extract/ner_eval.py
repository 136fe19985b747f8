"""Entity-level scoring of CoNLL/BIO named-entity files.

Pure functions, no spaCy: read CoNLL-style files (one token per line, the tag in
the last column, columns separated by tabs or spaces, a blank line between
sentences), decode BIO/IOB2 tags into entity spans and score predicted against
gold spans with exact matching (same start, end and label) per label and
micro-averaged.

Decoding follows ``conlleval``: ``B-X`` starts an entity, ``I-X`` continues an
entity of type X and starts a new one when it follows ``O`` or another type;
``E-``/``L-`` and ``S-``/``U-`` (BIOES/BILOU) are accepted as well.

A label mapping (``{"PER": "PERSON", "IND": "O"}``) renames entity types after
decoding; a type mapped to ``"O"`` (or ``""``) is dropped, unmapped types are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Sentence = list[tuple[str, str]]
"""One sentence: a list of ``(token, tag)`` pairs."""

EntitySpan = tuple[int, int, str]
"""An entity: ``(start, end, label)`` token offsets, ``end`` exclusive."""


@dataclass(frozen=True)
class PRF:
    """Counts and precision/recall/F1 for one label (or the micro average).

    Attributes:
        tp: Predicted entities that match a gold entity exactly.
        fp: Predicted entities with no exact gold match.
        fn: Gold entities with no exact predicted match.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 0.0 when there is no gold entity."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall (0.0 if both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Return the number of gold entities (tp + fn)."""
        return self.tp + self.fn

    def to_dict(self) -> dict[str, float]:
        """Return the counts and scores as a plain dict (for JSON)."""
        return {
            "p": self.precision,
            "r": self.recall,
            "f": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
        }


@dataclass(frozen=True)
class NerScores:
    """Entity-level scores.

    Attributes:
        per_label: Scores for each label seen in gold or predictions, sorted by name.
        micro: Micro-average over all labels (counts summed).
    """

    per_label: dict[str, PRF] = field(default_factory=dict)
    micro: PRF = field(default_factory=PRF)

    def to_dict(self) -> dict[str, dict[str, float]]:
        """Return ``{label: {...}, "micro": {...}}`` as plain dicts."""
        out = {label: prf.to_dict() for label, prf in self.per_label.items()}
        out["micro"] = self.micro.to_dict()
        return out

    def table(self) -> str:
        """Return a fixed-width text table (label, P, R, F1, support)."""
        lines = [f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
        rows = [*self.per_label.items(), ("micro", self.micro)]
        for label, s in rows:
            lines.append(
                f"{label:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:6d}"
            )
        return "\n".join(lines)


def parse_conll(lines: Iterable[str]) -> list[Sentence]:
    """Parse CoNLL/BIO lines into sentences.

    Args:
        lines: Lines of a CoNLL file; the token is the first column and the tag the
            last, separated by tabs or spaces. Blank lines end a sentence, and
            ``-DOCSTART-`` lines are skipped. A line with a single column is a
            token tagged ``O``.

    Returns:
        The sentences, each a list of ``(token, tag)`` pairs; empty sentences are
        not returned.
    """
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in lines:
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        tag = parts[-1] if len(parts) > 1 else "O"
        current.append((parts[0], tag))
    if current:
        sentences.append(current)
    return sentences


def read_conll(path: str | Path, encoding: str = "utf-8") -> list[Sentence]:
    """Read a CoNLL/BIO file (see :func:`parse_conll`).

    Args:
        path: The file to read (LF or CRLF line endings).
        encoding: Its text encoding.

    Returns:
        The sentences, each a list of ``(token, tag)`` pairs.
    """
    with open(path, encoding=encoding) as handle:
        return parse_conll(handle)


def _split_tag(tag: str) -> tuple[str, str]:
    """Split ``B-ORG`` into ``("B", "ORG")``; ``O`` (or unknown) gives ``("O", "")``."""
    if tag in ("O", "", "-"):
        return "O", ""
    prefix, sep, label = tag.partition("-")
    if sep and prefix in ("B", "I", "E", "L", "S", "U"):
        return prefix, label
    return "O", ""


def bio_spans(tags: Sequence[str], label_map: Mapping[str, str] | None = None) -> list[EntitySpan]:
    """Decode a BIO/IOB2 (or BIOES) tag sequence into entity spans.

    Args:
        tags: One tag per token, e.g. ``["B-PER", "I-PER", "O"]``.
        label_map: Optional renaming of entity types, applied after decoding; a type
            mapped to ``"O"`` or ``""`` is dropped, unmapped types are kept.

    Returns:
        ``(start, end, label)`` triples in order, ``end`` exclusive.
    """
    spans: list[EntitySpan] = []
    start = -1
    label = ""
    for i, tag in enumerate(tags):
        prefix, lab = _split_tag(tag)
        continues = prefix in ("I", "E", "L") and start >= 0 and lab == label
        if not continues and start >= 0:
            spans.append((start, i, label))
            start = -1
        if prefix != "O" and not continues:
            start, label = i, lab
        if prefix in ("E", "L", "S", "U") and start >= 0:
            spans.append((start, i + 1, label))
            start = -1
    if start >= 0:
        spans.append((start, len(tags), label))
    if label_map is None:
        return spans
    out: list[EntitySpan] = []
    for s, e, lab in spans:
        mapped = label_map.get(lab, lab)
        if mapped and mapped != "O":
            out.append((s, e, mapped))
    return out


def score_spans(
    gold: Iterable[Iterable[EntitySpan]], pred: Iterable[Iterable[EntitySpan]]
) -> NerScores:
    """Score predicted against gold entity spans, sentence by sentence.

    Args:
        gold: For each sentence, its gold ``(start, end, label)`` spans.
        pred: For each sentence (same order and count), the predicted spans.

    Returns:
        Exact-match scores per label and micro-averaged.

    Raises:
        ValueError: If ``gold`` and ``pred`` hold different numbers of sentences.
    """
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    gold_list = [set(g) for g in gold]
    pred_list = [set(p) for p in pred]
    if len(gold_list) != len(pred_list):
        raise ValueError(f"{len(gold_list)} gold sentences but {len(pred_list)} predicted")
    for g, p in zip(gold_list, pred_list, strict=True):
        for span in g & p:
            tp[span[2]] = tp.get(span[2], 0) + 1
        for span in p - g:
            fp[span[2]] = fp.get(span[2], 0) + 1
        for span in g - p:
            fn[span[2]] = fn.get(span[2], 0) + 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    per_label = {lab: PRF(tp.get(lab, 0), fp.get(lab, 0), fn.get(lab, 0)) for lab in labels}
    micro = PRF(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return NerScores(per_label=per_label, micro=micro)


def score_tags(
    gold: Sequence[Sequence[str]],
    pred: Sequence[Sequence[str]],
    label_map: Mapping[str, str] | None = None,
    pred_label_map: Mapping[str, str] | None = None,
) -> NerScores:
    """Score predicted against gold tag sequences.

    Args:
        gold: Gold tags, one sequence per sentence.
        pred: Predicted tags, same sentences and lengths.
        label_map: Renaming applied to gold entity types (and to predicted types when
            ``pred_label_map`` is None).
        pred_label_map: Renaming applied to predicted entity types, if different.

    Returns:
        Exact-match scores per label and micro-averaged.

    Raises:
        ValueError: If the sentence counts or a sentence's lengths differ.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
        if len(g) != len(p):
            raise ValueError(f"sentence {i}: {len(g)} gold tags but {len(p)} predicted")
    pmap = label_map if pred_label_map is None else pred_label_map
    return score_spans((bio_spans(g, label_map) for g in gold), (bio_spans(p, pmap) for p in pred))


def score_sentences(
    gold: Sequence[Sentence],
    pred: Sequence[Sentence],
    label_map: Mapping[str, str] | None = None,
    pred_label_map: Mapping[str, str] | None = None,
) -> NerScores:
    """Score two parsed CoNLL files of the same sentences (see :func:`score_tags`).

    Args:
        gold: Gold sentences as returned by :func:`read_conll`.
        pred: Predicted sentences with the same tokens.
        label_map: Renaming of gold (and predicted) entity types.
        pred_label_map: Renaming of predicted entity types, if different.

    Returns:
        Exact-match scores per label and micro-averaged.
    """
    return score_tags(
        [[t for _, t in s] for s in gold],
        [[t for _, t in s] for s in pred],
        label_map,
        pred_label_map,
    )


def score_files(
    gold_path: str | Path,
    pred_path: str | Path,
    label_map: Mapping[str, str] | None = None,
    pred_label_map: Mapping[str, str] | None = None,
) -> NerScores:
    """Score a predicted CoNLL file against a gold one (same sentences, same tokens).

    Args:
        gold_path: The gold file.
        pred_path: The predicted file (the tag in its last column).
        label_map: Renaming of gold (and predicted) entity types.
        pred_label_map: Renaming of predicted entity types, if different.

    Returns:
        Exact-match scores per label and micro-averaged.
    """
    return score_sentences(read_conll(gold_path), read_conll(pred_path), label_map, pred_label_map)
