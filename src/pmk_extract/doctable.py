"""Plain per-Doc token arrays, built once and shared by the rule components.

Every pass over a spaCy ``Doc`` creates one ``Token`` object per token; rule code
that only needs token texts, offsets and whitespace reads these lists instead. The
table is built on first use from ``Doc.to_array`` and kept in ``doc.user_data``; a
Doc whose tokenisation changed since (another length) gets a new one. A component keeps
the words it read in a Doc for a later one the same way (:func:`keep_words`,
:func:`kept_words`): valid while the Doc keeps that table.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc

_KEY = "pmk_extract.token_table"


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Token ``i`` of a Doc is ``words[i]``, at ``starts[i]``, followed by ``spaces[i]``.

    Attributes:
        words: token texts.
        lower: lowercased token texts.
        spaces: the whitespace after each token ("" or " "; line breaks are tokens).
        starts: character offset of each token in ``doc.text``.
    """

    words: list[str]
    lower: list[str]
    spaces: list[str]
    starts: list[int]


def token_table(doc: Doc) -> TokenTable:
    """The token table of ``doc`` (built on the first call, then cached on the Doc)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, TokenTable) and len(cached.words) == len(doc):
        return cached
    strings = doc.vocab.strings
    if len(doc):
        array = doc.to_array([ORTH, SPACY, IDX])
        words = [strings[orth] for orth in array[:, 0].tolist()]
        spaces = [" " if space else "" for space in array[:, 1].tolist()]
        starts = array[:, 2].tolist()  # Python ints already
    else:
        words, spaces, starts = [], [], []
    table = TokenTable(words, [word.lower() for word in words], spaces, starts)
    doc.user_data[_KEY] = table
    return table


def keep_words(doc: Doc, key: str, words: dict[int, str]) -> None:
    """Keep ``words`` (token -> a word as a component read it) on ``doc`` under ``key``, for
    the Doc's present tokenisation."""
    doc.user_data[key] = (token_table(doc).words, words)


def kept_words(doc: Doc, key: str) -> dict[int, str]:
    """A copy of the words kept on ``doc`` under ``key`` (:func:`keep_words`); none when
    nothing was kept or the Doc's tokenisation changed since."""
    cached = doc.user_data.get(key)
    if isinstance(cached, tuple) and cached[0] is token_table(doc).words:
        return dict(cached[1])
    return {}
