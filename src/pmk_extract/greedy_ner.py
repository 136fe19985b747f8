"""Greedy decoding of a spaCy transition-based NER model, vectorised over a batch.

spaCy's own decoder advances one state at a time and pays for a GIL round trip and
several BLAS calls per step, which made the parser loop cost more than the
token-to-vector network it follows. This module runs the same model: the network is
spaCy's (token vectors, then the precomputed hidden layer), and the BILUO transition
loop takes one step for all documents of a batch at once with numpy. The validity
rules are spaCy's ``BiluoPushDown`` rules for documents without preset entities,
which is what the pipeline feeds the model. ``tests/test_greedy_ner.py`` checks the
entities against spaCy's on real text.

The model's matrix products run on numpy (thinc's ``NumpyOps(use_blis=False)``)
instead of blis, which took about 2.7 times as long for the model's shapes on the
benchmark machine, one thread each. numpy's BLAS is held to one thread while the
model runs: spare BLAS threads spin-wait between the many small products and eat the
gain, and worker processes (``--n-process``) would compete with them for the cores.
The sums come out in another order, so scores can differ in the last bits; the
decisions stay spaCy's (``tests/test_greedy_ner.py`` compares with blis).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc
from thinc.api import NumpyOps

Entity = tuple[int, int, str]
"""An entity as (start token, end token, label)."""

_MOVES = "BILUO"
_MIN_BATCH = 8
"""Below this many documents spaCy's own decoder is faster (per-step numpy overhead)."""


@cache
def _blas_pools() -> Any:
    """A controller of the native thread pools loaded in this process (found once)."""
    from threadpoolctl import ThreadpoolController  # imported here: not a start-up cost

    return ThreadpoolController()


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Hold numpy's BLAS to one thread inside the block; restore it after."""
    with _blas_pools().limit(limits=1, user_api="blas"):
        yield


class GreedyNER:
    """Predict entities with a trained ``ner`` pipe, as its own greedy decoder would.

    The component's network is switched to numpy's matrix products (see the module
    doc), for spaCy's own decoder of the same component too.

    Args:
        pipe: the ``ner`` component of a loaded spaCy pipeline.

    Raises:
        ValueError: the component is not a BILUO transition-based model with a
            hidden layer and three state features (spaCy's ``TransitionBasedParser``
            with ``state_type = "ner"``); use spaCy's own ``pipe`` for others.
    """

    def __init__(self, pipe: Any) -> None:
        model = pipe.model
        if type(pipe.moves).__name__ != "BiluoPushDown" or not model.attrs.get("has_upper"):
            raise ValueError("GreedyNER needs a BILUO transition-based NER with a hidden layer")
        self.tok2vec, self.lower, self.upper = model.layers
        if self.lower.get_dim("nF") != 3:
            raise ValueError("GreedyNER needs the NER state features (nF = 3)")
        self.pipe = pipe
        self.ops = NumpyOps(use_blis=False)
        for node in model.walk():
            node.ops = self.ops
        moves = pipe.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        kinds = np.array([_MOVES.index(name[0]) for name in names])
        labels = [name[2:] for name in names]
        has_label = np.array([bool(label) for label in labels])
        self.labels = sorted({label for label in labels if label})
        self.class_label = np.array([self.labels.index(label) if label else -1 for label in labels])
        self.begin = (kinds == 0) & has_label
        self.inside = (kinds == 1) & has_label
        self.last = (kinds == 2) & has_label
        self.unit = (kinds == 3) & has_label
        self.out = kinds == 4
        self.unseen = np.array(sorted(model.attrs.get("unseen_classes", ())), dtype=int)

    def predict(self, docs: Sequence[Doc]) -> list[list[Entity]]:
        """The entities of each document, in document order.

        The documents must carry no entities yet (spaCy's decoder would keep preset
        ones; the batch decoder does not model them). A batch of fewer than eight
        documents goes through spaCy's own decoder, which is faster there and sets
        ``doc.ents`` on them; larger batches leave the documents untouched.
        """
        with _one_blas_thread():
            return self._predict(docs)

    def _predict(self, docs: Sequence[Doc]) -> list[list[Entity]]:
        found: list[list[Entity]] = [[] for _ in docs]
        batch = [i for i, doc in enumerate(docs) if len(doc)]
        if not batch:
            return found
        if len(batch) < _MIN_BATCH:
            small = [docs[i] for i in batch]
            self.pipe.set_annotations(small, self.pipe.predict(small))
            for i, doc in zip(batch, small, strict=True):
                found[i] = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
            return found
        # Longest first: the documents still running at step t are a prefix of the batch.
        batch.sort(key=lambda i: -len(docs[i]))
        ordered = [docs[i] for i in batch]
        tokvecs = self.tok2vec.predict(ordered)
        cached = self.lower.predict(tokvecs)  # (tokens + 1, 3, hidden, pieces); row 0 pads
        bias = self.lower.get_param("b")
        weights, weights_bias = self.upper.get_param("W"), self.upper.get_param("b")
        lengths = np.array([len(doc) for doc in ordered])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        flags = np.concatenate([doc.to_array([IS_SPACE, SENT_START]) for doc in ordered])
        space = flags[:, 0].astype(bool)
        starts_sentence = np.append(flags[:, 1] == 1, False)
        n = len(ordered)
        is_open = np.zeros(n, dtype=bool)
        ent_start = np.zeros(n, dtype=int)
        ent_label = np.full(n, -1)
        closed: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        for step in range(int(lengths[0])):
            live = int(np.searchsorted(-lengths, -step))  # documents longer than step
            opened = is_open[:live]
            token = offsets[:live] + step
            row0 = token + 1
            row1 = np.where(opened, offsets[:live] + ent_start[:live] + 1, 0)  # 0: padding row
            row2 = np.where(opened, token, 0)
            unmaxed = cached[row0, 0] + cached[row1, 1] + cached[row2, 2] + bias
            hidden = unmaxed[..., 0]
            for piece in range(1, unmaxed.shape[-1]):  # maxout (faster than .max(axis=-1))
                hidden = np.maximum(hidden, unmaxed[..., piece])
            scores = self.ops.gemm(np.ascontiguousarray(hidden), weights, trans2=True)
            scores += weights_bias
            if len(self.unseen):
                scores[:, self.unseen] = scores.min()
            last = lengths[:live] == step + 1
            next_starts = starts_sentence[token + 1] & ~last
            no_begin = (last | space[token] | next_starts)[:, None]
            no_inside = (last | next_starts)[:, None]
            same = self.class_label[None, :] == ent_label[:live, None]
            valid = np.where(
                opened[:, None],
                same & ((self.inside & ~no_inside) | self.last),
                (self.begin & ~no_begin) | (self.unit & ~space[token][:, None]) | self.out,
            )
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            label = self.class_label[guess]
            begins = self.begin[guess]
            ends = self.last[guess]
            units = self.unit[guess]
            if ends.any() or units.any():
                done = np.nonzero(ends | units)[0]
                start = np.where(units[done], step, ent_start[done])
                lab = np.where(units[done], label[done], ent_label[done])
                closed.append((done, start, np.full(len(done), step + 1), lab))
            is_open[:live] = (opened | begins) & ~ends
            ent_start[:live] = np.where(begins, step, ent_start[:live])
            ent_label[:live] = np.where(begins, label, ent_label[:live])
        for done, start, end, lab in closed:
            for d, s, e, lb in zip(
                done.tolist(), start.tolist(), end.tolist(), lab.tolist(), strict=True
            ):
                found[batch[d]].append((s, e, self.labels[lb]))
        for entities in found:
            entities.sort()
        return found
