"""Sastrawi stems, one word at a time, with one stemmer and one cache per process.

Sastrawi's ``stem()`` lowercases a whole string and drops punctuation, which
breaks alignment with tokens; here each token is stemmed on its own by
``Stemmer.stem_word`` and the text is never modified. Words that Sastrawi
over-stems for our purposes ("penghargaan" -> "harga") are fixed by the
exception table ``models/lexicons/stem_exceptions.tsv``.
"""

from __future__ import annotations

from functools import cache

import regex

from .resources import read_tsv
from .wordcache import word_cache

_WORD = regex.compile(r"^\p{L}+(?:-\p{L}+)*$")


@cache
def _stemmer() -> object:
    # StemmerFactory reads its 30k-word dictionary on every call: build it once.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().delegatedStemmer


@cache
def _exceptions() -> dict[str, str]:
    return {word.lower(): stem for word, stem in read_tsv("lexicons/stem_exceptions.tsv", 2)}


@word_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Return the stem of one word (lowercased); non-words come back unchanged.

    Args:
        word: a single token's text, e.g. ``"meraih"`` or ``"Penghargaan"``.

    Returns:
        Sastrawi's stem (``"raih"``), or the exception table's entry, or ``word``
        itself when it is not alphabetic (numbers, punctuation, "8/3").
    """
    if not _WORD.match(word):
        return word
    lower = word.lower()
    fixed = _exceptions().get(lower)
    if fixed is not None:
        return fixed
    return str(_stemmer().stem_word(lower))  # type: ignore[attr-defined]


@cache
def root_words() -> frozenset[str]:
    """Sastrawi's root-word dictionary (from the stemmer already loaded, not read again)."""
    return frozenset(_stemmer().dictionary.words)  # type: ignore[attr-defined]


# prefixes and suffixes of regular derivations, with the nasal prefixes' forms
_PREFIXES = (
    *("", "di", "ke", "se", "ter", "ber", "be", "bel", "per", "pe", "pel", "pem", "pen"),
    *("peng", "peny", "me", "mem", "men", "meng", "meny", "memper", "diper", "keber"),
    *("keter", "keper", "kepe", "kepem", "kepen", "kepeng", "kepeny", "kese", "pember"),
)
_SUFFIXES = ("", "an", "kan", "i", "nya")
_NASALS = ("m", "n", "ng", "ny")
_LOST_INITIALS = "ptks"  # "pe" + "n" + "ata" + "an": the t of "tata" goes into the nasal


def regular_derivation(word: str) -> bool:
    """True when ``word`` is a root word, or one with prefixes and suffixes as Indonesian
    derives words ("Pengaduan": peng-adu-an; "Penataan": pen-(t)ata-an); not a root with
    affixes no word takes together ("Kementrian": kemen-tri-an)."""
    lower = word.lower()
    roots = root_words()
    if lower in roots:
        return True
    stem = stem_word(lower)
    if stem == lower or stem not in roots:
        return False
    for prefix in _PREFIXES:
        if not lower.startswith(prefix):
            continue
        for suffix in _SUFFIXES:
            if not lower.endswith(suffix) or len(prefix) + len(suffix) >= len(lower):
                continue
            middle = lower[len(prefix) : len(lower) - len(suffix)]
            if middle == stem:
                return True
            nasal = prefix.endswith(_NASALS)
            if nasal and stem[:1] in _LOST_INITIALS and middle == stem[1:]:
                return True
    return False


_VERB_PREFIXES = ("me", "ber", "di")  # "memberikan", "berharap", "dilantik"


@word_cache(maxsize=50_000)
def verb_form(lower: str) -> bool:
    """True when ``lower`` (a word in lower case) is a root word with a verb's prefix
    ("mengatakan", "meninjau", "berharap", "dilantik"): a predicate, no name's word."""
    if not (lower.isalpha() and lower.startswith(_VERB_PREFIXES)):
        return False
    stem = stem_word(lower)
    if stem != lower:
        return stem in root_words() and not lower.startswith(stem)
    return joined_verb(lower)


# a verb's prefix, the initials of the root it goes before ("" any), and the initial its
# nasal takes from the root ("men" + "(t)ulis"); "me" before a root in l, r, w, y, m, n
_VERB_ONSETS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("memper", ("",), ""),
    ("diper", ("",), ""),
    ("meng", ("g", "h", "kh"), ""),
    ("meng", tuple("aeiou"), "k"),
    ("meng", tuple("aeiou"), ""),
    ("meny", tuple("aeiou"), "s"),
    ("mem", ("b", "f", "v"), ""),
    ("mem", tuple("aeiou"), "p"),
    ("men", ("d", "c", "j", "z", "sy"), ""),
    ("men", tuple("aeiou"), "t"),
    ("me", tuple("lrwymn"), ""),
    ("ber", ("",), ""),
    ("be", ("r",), ""),
    ("di", ("",), ""),
    ("ter", ("",), ""),
    ("te", ("r",), ""),
)
_VERB_ENDINGS = ("kannya", "kanlah", "inya", "kan", "nya", "lah", "an", "i", "")
_MIN_ROOT = 4  # letters of a root word alone ("tulis"); of each of two: three ("swa-foto")
_MIN_PART = 3


def _verb_root(middle: str, joined: bool) -> bool:
    """True when ``middle`` is two root words written as one ("tandatangan", "swafoto"), or
    (not ``joined``) a root word of four letters or more; ``joined``: two of four letters or
    more each ("tindaklanjut"; not "nadi-nus" of "Bernadinus")."""
    roots = root_words()
    if not joined and len(middle) >= _MIN_ROOT and middle in roots:
        return True
    part = _MIN_ROOT if joined else _MIN_PART
    return any(
        middle[:k] in roots and middle[k:] in roots for k in range(part, len(middle) - part + 1)
    )


@word_cache(maxsize=50_000)
def compound_verb(lower: str) -> bool:
    """A verb the stemmer cannot take apart, on a root word or two (:func:`_compound`)."""
    return _compound(lower, joined=False)


@word_cache(maxsize=50_000)
def joined_verb(lower: str) -> bool:
    """A verb the stemmer cannot take apart, on two root words written as one (:func:`_compound`:
    "menandatangani", "menindaklanjuti")."""
    return _compound(lower, joined=True)


def _compound(lower: str, joined: bool) -> bool:
    """True when ``lower`` is a verb the stemmer cannot take apart: a verb's prefix as the
    root's initial takes it ("me" + "l", "men" + "(t)", "mem" + "b"), then a root word or two
    root words written as one, then a verb's endings ("menandatangani": men-(t)andatangan-i,
    "berswafoto"); not a root word ("berlian") nor a name word of a verb's shape
    ("Mentari": no "men" before a t). ``joined``: on two root words only (a capitalised
    "Berliana" is a name before it is "ber-liana")."""
    if not lower.isalpha() or lower in root_words():
        return False  # "berlian", "perdana": a root word of a prefix's shape
    for prefix, initials, lost in _VERB_ONSETS:
        if not lower.startswith(prefix):
            continue
        rest = lower[len(prefix) :]
        if not rest.startswith(initials):
            continue
        for ending in _VERB_ENDINGS:
            if ending and not rest.endswith(ending):
                continue
            middle = lost + rest[: len(rest) - len(ending)]
            if _verb_root(middle, joined):
                return True
    return False


_ADJECTIVE_PREFIXES = ("me", "ber", "ter")  # "menular", "berbahaya", "terpadu"


def adjective_form(word: str) -> bool:
    """True when ``word`` is made with me-, ber- or ter- from a root of the root-word
    dictionary, as the adjective a field's noun takes ("Menular", "Berbahaya", "Terpadu");
    not a root word itself ("Melati", "Teguh") nor a name ("Menik", "Bernadus")."""
    lower = word.lower()
    if not lower.startswith(_ADJECTIVE_PREFIXES) or lower in root_words():
        return False
    stem = stem_word(word)
    return regular_derivation(word) and stem != lower and stem in root_words()


_FIELD_PREFIXES = ("Ke", "Pe")
_FIELD_SUFFIX = "an"


def field_noun_shape(word: str) -> bool:
    """True for a capitalised word shaped like a noun of a field, pe-/ke- and -an
    ("Pelayanan", "Kelautan"); :func:`regular_derivation` and the callers check the root."""
    return word.startswith(_FIELD_PREFIXES) and word.endswith(_FIELD_SUFFIX)
