"""Unpaired surrogates: characters a Python ``str`` can hold but UTF-8 cannot encode.

They come from text decoded with ``surrogateescape`` or from JSON that escapes half
of an emoji (``"\\udc80"``), as scrapers that cut strings by UTF-16 units produce.
spaCy's string store and every UTF-8 output refuse them, so the pipeline sees them
as U+FFFD (one character for one: offsets do not move) and writers replace any left.
"""

from __future__ import annotations

import codecs
import re

REPLACEMENT = "\ufffd"
#: ``errors=`` name for text outputs: an unencodable character is written as U+FFFD.
ERRORS = "pmk_extract.replace"

_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    """True when ``text`` cannot be encoded as UTF-8 (it holds an unpaired surrogate)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def replace_surrogates(text: str) -> str:
    """``text`` with each unpaired surrogate as U+FFFD: same length, valid UTF-8."""
    return _SURROGATE.sub(REPLACEMENT, text) if has_surrogates(text) else text


def describe_surrogates(text: str) -> str:
    """How many unpaired surrogates ``text`` holds and where the first is (for a record)."""
    found = [m.start() for m in _SURROGATE.finditer(text)]
    if not found:
        return "no unpaired surrogates"
    first = found[0]
    return (
        f"text holds {len(found)} unpaired surrogate(s) (first U+{ord(text[first]):04X} at "
        f"offset {first}; e.g. half of an emoji); processed as U+FFFD, offsets unchanged"
    )


def _replace_error(exc: UnicodeError) -> tuple[str | bytes, int]:
    if isinstance(exc, UnicodeEncodeError):
        # bytes: the UTF-8 encoder takes only ASCII text from a handler
        return REPLACEMENT.encode(exc.encoding) * (exc.end - exc.start), exc.end
    raise exc


codecs.register_error(ERRORS, _replace_error)
