"""Short forms of region names fused into one word: "Buteng" (Buton Tengah), "Halsel"
(Halmahera Selatan), "Kutim" (Kutai Timur), "Lamteng" (Lampung Tengah).

A province, regency or city named by one word and a compass word is also written as the first
two to four letters of that word and a short form of the compass word
(``lexicons/compass_short_forms.tsv``), in one word of five letters or more. Such a form names
the region only when no other region's name gives it, it is no form of the knowledge base
already (of a place or an organisation), and no dictionary word ("Mitra", "Sabar").

A regency or city named by two words in title case, the second no compass word, is also written
glued into one word ("Bandarlampung", "Tebingtinggi", "Kulonprogo", "Pagaralam"), under the
same conditions (:func:`region_glued_forms`).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from .regions import bare_place
from .resources import read_tsv
from .stemming import root_words

_HEAD_LETTERS = (2, 3, 4)
_MIN_LETTERS = 5


def compass_short_forms() -> dict[str, tuple[str, ...]]:
    """Compass word -> its short forms in a fused name (``compass_short_forms.tsv``)."""
    return {
        word: tuple(form.strip() for form in forms.split(",") if form.strip())
        for word, forms in read_tsv("lexicons/compass_short_forms.tsv", 2)
    }


def fused_forms(name: str, compass: dict[str, tuple[str, ...]]) -> set[str]:
    """The fused short forms a region's name of one word and a compass word may take
    ("Buton Tengah": Buteng, Butteng, Butoteng); none for other names."""
    words = bare_place(name).split()
    if len(words) != 2 or words[1] not in compass or not words[0].isalpha():
        return set()
    head = words[0]
    forms = {
        head[:n] + short for n in _HEAD_LETTERS if n < len(head) for short in compass[words[1]]
    }
    return {form for form in forms if len(form) >= _MIN_LETTERS}


def glued_forms(name: str, compass: Container[str]) -> set[str]:
    """The one-word form of a region's name of two words in title case whose second is no
    compass word ("Bandar Lampung": Bandarlampung; none for "Lampung Tengah" or "DKI Jakarta")."""
    words = bare_place(name).split()
    if len(words) != 2 or words[1] in compass:
        return set()
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return set()
    return {words[0] + words[1].lower()}


def any_region_forms(regions: Iterable[tuple[str, Iterable[str]]]) -> frozenset[str]:
    """Every fused short form some region may take, also one two regions give ("Busel":
    Buton Selatan or Buru Selatan), no dictionary word; ``regions`` as for
    :func:`region_short_forms`."""
    compass = compass_short_forms()
    words = root_words()
    forms = {
        form
        for canonical, names in regions
        for name in {canonical, *names}
        for form in fused_forms(name, compass)
    }
    return frozenset(form for form in forms if form.lower() not in words)


def region_short_forms(
    regions: Iterable[tuple[str, Iterable[str]]], taken: Container[str]
) -> dict[str, str]:
    """Fused short form -> the canonical of the one region it names.

    ``regions``: each region's canonical and its written names; ``taken``: the knowledge base's
    written forms, which no short form may be."""
    return _sole_forms(regions, taken, fused_forms)


def region_glued_forms(
    regions: Iterable[tuple[str, Iterable[str]]], taken: Container[str]
) -> dict[str, str]:
    """Glued name (:func:`glued_forms`) -> the canonical of the one region it names, no form
    of ``taken`` and no dictionary word; arguments as for :func:`region_short_forms`."""
    return _sole_forms(regions, taken, glued_forms)


def _sole_forms(
    regions: Iterable[tuple[str, Iterable[str]]],
    taken: Container[str],
    forms_of: Callable[[str, dict[str, tuple[str, ...]]], Iterable[str]],
) -> dict[str, str]:
    """Each form ``forms_of`` writes a region's name in -> the one region's canonical, where
    one region only has it, it is no form of ``taken`` and no dictionary word."""
    compass = compass_short_forms()
    owners: dict[str, set[str]] = {}
    for canonical, names in regions:
        for name in {canonical, *names}:
            for form in forms_of(name, compass):
                owners.setdefault(form, set()).add(canonical)
    words = root_words()
    return {
        form: next(iter(canon))
        for form, canon in sorted(owners.items())
        if len(canon) == 1 and form not in taken and form.lower() not in words
    }
