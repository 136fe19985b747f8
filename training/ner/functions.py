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

from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from pmk_extract.ner_features import lexicon_classes


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


@spacy.registry.readers("pmk.GoldTokensCorpus.v1")
def gold_tokens_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Read a ``.spacy`` file as examples on the gold tokens, keeping ``Token.tag_``.

    spaCy's own ``Corpus`` re-tokenises the text of each document, which drops the
    domain tags that ``prepare.py --domain-tags`` writes (the NER's tok2vec embeds
    TAG when trained with them). ``Token.lemma_`` of the input gets the gazetteer
    and dictionary feature (``pmk_extract.ner_features``), as the library sets it.
    """

    def read(nlp: Language) -> Iterator[Example]:
        for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
            if not len(ref):
                continue
            tags = [t.tag_ for t in ref] if ref.has_annotation("TAG") else None
            words = [t.text for t in ref]
            spaces = [bool(t.whitespace_) for t in ref]
            lemmas = lexicon_classes(words)
            yield Example(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas), ref)

    return read
