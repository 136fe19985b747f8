"""``pmk_stems``: a Sastrawi stem for every token in ``Doc._.stems`` (read as ``Token._.stem``).

Proper names keep their form: tokens inside ORG/PERSON/LOC entities, and
capitalised tokens that do not open a sentence ("Bekasi" is never "bekas").
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc

from ..doctable import token_table
from ..extensions import register_extensions
from ..records import NAME_LABELS
from ..stemming import stem_word

_SENTENCE_OPENERS = frozenset({".", "!", "?", "“", '"', "‘", "(", ":", "–", "—", "-"})


def _in_names(doc: Doc) -> list[bool]:
    """Whether each token's entity type is one of ``NAME_LABELS``."""
    if not len(doc):
        return []
    types = doc.to_array(ENT_TYPE).tolist()  # one attribute: a 1-d array
    strings = doc.vocab.strings
    is_name = {kind: strings[kind] in NAME_LABELS for kind in set(types)}
    return [is_name[kind] for kind in types]


class Stems:
    """Set ``Doc._.stems`` to a list with one stem per token."""

    def __call__(self, doc: Doc) -> Doc:
        table = token_table(doc)
        words, spaces = table.words, table.spaces
        stems: list[str] = []
        for i, (text, in_name) in enumerate(zip(words, _in_names(doc), strict=True)):
            if in_name:
                stems.append(text)
                continue
            if text[:1].isupper() and i > 0:
                prev = words[i - 1]
                opens = prev in _SENTENCE_OPENERS or "\n" in spaces[i - 1] or prev.isspace()
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
