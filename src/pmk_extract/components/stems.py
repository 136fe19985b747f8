"""``pmk_stems``: a Sastrawi stem for every token in ``Doc._.stems`` (read as ``Token._.stem``).

Proper names keep their form: tokens inside ORG/PERSON/LOC entities, and
capitalised tokens that do not open a sentence ("Bekasi" is never "bekas").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..stemming import stem_word

_NAME_LABELS = frozenset({"ORG", "PERSON", "LOC"})
_SENTENCE_OPENERS = frozenset({".", "!", "?", "“", '"', "‘", "(", ":", "–", "—", "-"})


class Stems:
    """Set ``Doc._.stems`` to a list with one stem per token."""

    def __call__(self, doc: Doc) -> Doc:
        stems: list[str] = []
        for token in doc:
            text = token.text
            if token.ent_type_ in _NAME_LABELS:
                stems.append(text)
                continue
            if text[:1].isupper() and token.i > 0:
                prev = doc[token.i - 1]
                opens = prev.text in _SENTENCE_OPENERS or "\n" in prev.whitespace_ or prev.is_space
                if not opens:
                    stems.append(text)
                    continue
            stems.append(stem_word(text))
        doc._.stems = stems
        return doc


@Language.factory("pmk_stems", assigns=["doc._.stems", "token._.stem"])
def make_stems(nlp: Language, name: str) -> Stems:
    """Create the ``pmk_stems`` component."""
    register_extensions()
    return Stems()
