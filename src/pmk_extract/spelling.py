"""Names as the press misspells them: old and new spelling, and small edit distances.

Used only where a title narrows the candidates to the holders of one office on one
date ("Mendagri Cahyo Kumolo" in 2016 is Tjahjo Kumolo); a bare name never goes
through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from .name_shapes import MUHAMMAD

# old (van Ophuijsen/Soewandi) spellings and their modern forms, applied to both sides;
# "j" is the old "y" once "dj" has become "j" ("Djoko" = "Joko", "Tjahjo" = "Cahyo")
_RULES = (("tj", "c"), ("dj", "j"), ("oe", "u"), ("ch", "kh"), ("j", "y"), ("’", "'"), ("`", "'"))


def normalise(name: str) -> str:
    """``name`` in lower case with old spellings written the modern way, and every form of
    Muhammad written so ("Mochamad", "Moh." -> "muhammad")."""
    text = " ".join("muhammad" if MUHAMMAD.match(word) else word for word in name.split())
    text = text.lower()
    for old, new in _RULES:
        text = text.replace(old, new)
    return text


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def allowed_edits(text: str) -> int:
    """Edits a written name of this length may be off by: 1 up to 9 letters, else 2."""
    return 1 if len(text) < 10 else 2


def skeleton(text: str) -> str:
    """The consonants of a normalised name in order, a doubled letter written once and
    vowels (with "y", "w" and "h", which the press adds and drops around vowels) left out:
    "ganjar" and "ganajr" are "gnjr", "syaifullah" and "saifulah" are "sfl"."""
    out: list[str] = []
    previous = ""
    for char in text:
        if char != previous and char not in _WEAK and char.isalpha():
            out.append(char)
        previous = char
    return "".join(out)


_WEAK = frozenset("aeiouywh")


def close_to(text: str, names: Iterable[str]) -> bool:
    """True when ``text`` is a misspelling of a run of words of one of ``names``.

    Each name is compared word run by word run with as many words as ``text``
    ("Cahyo Kumolo" with "Tjahjo Kumolo"; "Sambuanga" with the last word of
    "Jerry Sambuaga"), after :func:`normalise`, within :func:`allowed_edits`; a short
    name two edits off also counts when it keeps the first letter and the
    :func:`skeleton` ("Nadeim" for "Nadiem", "Ganajr" for "Ganjar": vowels moved or
    changed, the consonants as written). A name of fewer than five letters is never
    matched this way.
    """
    written = normalise(text)
    if len(written.replace(" ", "")) < 5:
        return False
    size = len(written.split())
    limit = allowed_edits(written)
    for name in names:
        words = normalise(name).split()
        for start in range(0, len(words) - size + 1):
            run = " ".join(words[start : start + size])
            edits = edit_distance(written, run, 2)
            if edits <= limit:
                return True
            if edits == 2 and run[0] == written[0] and skeleton(run) == skeleton(written):
                return True
    return False
