"""Build the spaCy ``Language`` of pmk_extract from a list of component names."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language

from . import tokenizer as _tokenizer  # noqa: F401  (registers pmk_extract.Tokenizer.v1)
from .extensions import register_extensions
from .registry import DEFAULT_PIPELINE, check_order

# spaCy refuses longer texts by default; pmk_extract applies its own limit (Extractor.max_length).
_SPACY_MAX_LENGTH = 50_000_000


def build_nlp(components: Sequence[str] = DEFAULT_PIPELINE) -> Language:
    """Return ``spacy.blank("id")`` with the press-text tokenizer and ``components`` in order.

    Raises:
        PipelineError: a name is unknown or a component's prerequisite is missing.
    """
    names = list(components)
    check_order(names)
    register_extensions()
    nlp = spacy.blank(
        "id", config={"nlp": {"tokenizer": {"@tokenizers": "pmk_extract.Tokenizer.v1"}}}
    )
    nlp.max_length = _SPACY_MAX_LENGTH
    for name in names:
        nlp.add_pipe(name)
    return nlp
