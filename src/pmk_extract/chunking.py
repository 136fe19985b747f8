"""Cut a long text into chunks that the pipeline processes one at a time.

A text longer than :attr:`Extractor.max_length <pmk_extract.Extractor>` is cut into
consecutive chunks of at most ``max_length`` characters. Cuts fall, by preference, at a
blank line (between paragraphs), else at a line break, else after a sentence end, else
at whitespace; only a run of ``max_length`` characters without any whitespace is cut
mid-word. Chunks are contiguous and cover the whole text (separators stay at the end
of the chunk before the cut), so ``text[start:end]`` of the chunks joined gives the text
back and an offset in a chunk plus the chunk's start is an offset in the text.

Nothing found in one chunk sees another: an entity, quote or event never crosses a cut,
and later short mentions of a person ("Tjahjo" after "Tjahjo Kumolo") resolve only
within the chunk.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Each tier: a separator after which a cut may fall (the cut is at the match's end).
_TIERS = (
    regex.compile(r"\n[^\S\n]*\n\s*|\u2029\s*"),  # blank line / paragraph separator
    regex.compile(r"[\n\r\u2028\x85\v\f]\s*"),  # line break
    regex.compile(r"[.!?…。][\"'”’»)\]]*\s+"),  # sentence end
    regex.compile(r"\s+"),  # any whitespace
)


def chunk_bounds(text: str, max_length: int) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of consecutive chunks of ``text``, each at most ``max_length`` long.

    Args:
        text: the whole document.
        max_length: the longest chunk, in characters (at least 1).

    Yields:
        Half-open character ranges; the first starts at 0, each next one starts where
        the previous ended, and the last ends at ``len(text)``. An empty text yields
        nothing.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")
    start, size = 0, len(text)
    while start < size:
        limit = start + max_length
        if limit >= size:
            yield start, size
            return
        end = _cut(text, start, limit)
        yield start, end
        start = end


def _cut(text: str, start: int, limit: int) -> int:
    """The best cut in ``(start, limit]``: the last separator of the highest tier found."""
    for pattern in _TIERS:
        best = -1
        # The separator must end by ``limit``; searching the window only keeps this linear.
        for match in pattern.finditer(text, start, limit):
            if match.end() > start:
                best = match.end()
        if best > start:
            return best
    return limit
