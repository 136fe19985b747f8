"""Training-time helper registered for ``spacy train --code training/ner/functions.py``.

``pmk.load_pretrained_ner_tok2vec.v1`` is an ``[initialize.after_init]`` callback
that copies the weights written by ``spacy pretrain`` (training/ner/pretrain.cfg,
a stand-alone ``tok2vec`` component with the same architecture) into the
internal tok2vec of the ``ner`` component.  spaCy's own ``init_tok2vec`` cannot
do this for an internal tok2vec: the parser's ``tok2vec`` reference is the
tok2vec *chained with* its projection layer.

The callback is only used while training; ``package.py`` resets
``[initialize.after_init]`` to null in the shipped ``models/ner/config.cfg``, so
loading the model needs no custom code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language


@spacy.registry.callbacks("pmk.load_pretrained_ner_tok2vec.v1")
def make_loader(path: str | None) -> Callable[[Language], Language]:
    """Return a callback loading pretrained tok2vec weights into ``ner``."""

    def load(nlp: Language) -> Language:
        if path:
            model = nlp.get_pipe("ner").model  # type: ignore[attr-defined]
            inner = model.get_ref("tok2vec").layers[0]
            inner.from_bytes(Path(path).read_bytes())
            print(f"loaded pretrained tok2vec weights from {path}")
        return nlp

    return load
