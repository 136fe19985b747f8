"""Names as the press misspells them: old and new spelling, and small edit distances.

Used only where a title narrows the candidates to the holders of one office on one
date ("Mendagri Cahyo Kumolo" in 2016 is Tjahjo Kumolo); a bare name never goes
through here.

Names are compared as a whole (:func:`close_to`'s edit budget) and word by word after
:func:`fold`, which writes the letters the press writes for one another one way (doubled
or single consonants, ch/kh/h, sy/s, dz/z, f/v/p/ph, q/ck/k, i/y; and, where that is
nearer, an "h" after a consonant or ending a word, which the press writes or drops, left
out: "Dakhiri" for Dhakiri, "Wimbo Santhoso" for Wimboh Santoso): "Hasanudin" is
Hassanudin, "Bachtiar" Bahtiar, "Harfiq" Harvick, "Taufiqurahman Sahuri" Taufiqurrahman
Syahuri; a written initial stands for its word ("Bey T Machmuddin"), a word split or glued
is the same word ("Latiful Hayat", "Latipulhayat"), and a long word may lose a syllable
("Dwikora" for Dwikorita). The letters are data: ``lexicons/name_spellings.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .name_shapes import MUHAMMAD, without_muhammad
from .name_variants import fold_apostrophes
from .resources import read_tsv


@cache
def _spellings(kind: str) -> tuple[tuple[str, str], ...]:
    """The (written, as) pairs of one kind of ``lexicons/name_spellings.tsv``, in order:
    ``old`` (old spellings and their modern forms), ``fold`` (letters the press writes for
    one another), ``digraph`` (an "h" written or dropped after a consonant, where no match
    with it) or ``weak`` (an "h" written or dropped without changing the name; "$" ends a
    word)."""
    return tuple((written, new) for k, written, new in _table() if k == kind)


@cache
def _table() -> tuple[tuple[str, ...], ...]:
    return tuple(read_tsv("lexicons/name_spellings.tsv", 3))


def normalise(name: str) -> str:
    """``name`` in lower case with old spellings written the modern way, and every form of
    Muhammad, also misspelt (:func:`muhammad_misspelt`), written so ("Mochamad", "Moh.",
    "Moahmad" -> "muhammad")."""
    text = " ".join(
        "muhammad" if MUHAMMAD.match(word) or muhammad_misspelt(word) else word
        for word in name.split()
    )
    text = fold_apostrophes(text).lower()
    for old, new in _spellings("old"):
        text = text.replace(old, new)
    return text


# the forms of Muhammad written out (name_shapes.MUHAMMAD): M, u/o/oe, c?, h?, a, m/mm, a/e, d
_MUHAMMAD_FORMS = frozenset(
    f"m{vowel}{c}{h}a{m}{end}d"
    for vowel in ("u", "o", "oe")
    for c in ("", "c")
    for h in ("", "h")
    for m in ("m", "mm")
    for end in ("a", "e")
)


def muhammad_misspelt(word: str) -> bool:
    """True when ``word``, six letters or more, is a form of Muhammad written out with one slip
    (:func:`_one_slip`): "Moahmad", "Mohamd", "Mochmmad", "Mochama" (not "Mahmud", another
    name, nor "Muhamman", "Muhamdad": a consonant written for or added to another)."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha() or low[0] != "m" or low in _MUHAMMAD_FORMS:
        return False
    return any(_one_slip(low, form) for form in _MUHAMMAD_FORMS)


def _one_slip(written: str, form: str) -> bool:
    """True when ``written`` is ``form`` with one slip of the hand: a letter dropped, a vowel
    added or a letter doubled, two neighbours swapped, or a vowel written for another."""
    if len(written) == len(form) - 1:
        return any(form[:k] + form[k + 1 :] == written for k in range(len(form)))
    if len(written) == len(form) + 1:
        return any(
            written[:k] + written[k + 1 :] == form
            and (
                written[k] in _VOWELS
                or written[k] in written[max(0, k - 1) : k] + written[k + 1 : k + 2]
            )
            for k in range(len(written))
        )
    if len(written) != len(form):
        return False
    diff = [k for k in range(len(form)) if written[k] != form[k]]
    if len(diff) == 1:
        return {written[diff[0]], form[diff[0]]} <= _VOWELS
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and written[diff[0]] == form[diff[1]]
        and written[diff[1]] == form[diff[0]]
    )


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


def fold(word: str, doubles: bool = True) -> str:
    """A normalised name word without apostrophes, a doubled letter once (unless not
    ``doubles``) and the letters the press swaps written one way: "hassanudin" and
    "hasanuddin" are "hasanudin", "harvick" and "harfiq" "harfik", "bakhtiar" (Bachtiar)
    "bahtiar", "sa'adi" "sadi"."""
    word = word.replace("'", "")
    if doubles:
        word = "".join(char for k, char in enumerate(word) if not k or char != word[k - 1])
    for old, new in _spellings("fold"):
        word = word.replace(old, new)
    return word


def without_weak_h(word: str) -> str:
    """A folded word without the "h" the press writes or drops (``weak`` lines of
    ``lexicons/name_spellings.tsv``): after a consonant, and ending a word of
    :data:`WEAK_END` letters or more ("rhamdani": "ramdani", "wimboh": "wimbo"; "sah" keeps
    its "h", a short word being compared more strictly)."""
    for old, new in _spellings("weak"):
        if not old.endswith("$"):
            word = word.replace(old, new)
        elif word.endswith(old[:-1]) and len(word) >= WEAK_END:
            word = word[: len(word) - len(old) + 1] + new
    return word


WEAK_END = 5
"""The letters a word has at least for the "h" ending it to be left out."""


def without_digraph_h(word: str) -> str:
    """A folded word with the "h" of "dh", "th" and "gh" left out ("dhakiri": "dakiri")."""
    for old, new in _spellings("digraph"):
        word = word.replace(old, new)
    return word


def swaps_distance(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b`` where two neighbouring letters swapped count as one
    edit ("ardianto", "adrianto"), or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        if min(row) > limit:
            return limit + 1
        rows = [rows[-1], row]
    return min(rows[-1][-1], limit + 1)


def word_edits(written: str, name: str, beside: bool = False) -> int | None:
    """The edits a folded written word is off a folded name word, or None when it is too far
    for words of that length: none under five letters, one under nine (not a consonant
    for a consonant, which makes another name: "Suharto", "Suharso"), two (keeping the
    first letter, not two consonants for others: "Kampoto" is no Kamtono) from nine; a
    syllable (two neighbouring letters) dropped from a word of nine letters or more that
    keeps its first four counts two ("dwikora", "dwikorita").
    A word ``beside`` others of the name (one edit of three letters or more, any letter:
    "Idham Aziz" for Idham Azis) counts only where another word is written as the name
    writes it (:func:`folded_close`)."""
    if written == name:
        return 0
    shorter = min(len(written), len(name))
    if beside and shorter >= 3 and swaps_distance(written, name, 1) == 1:
        return 1
    if shorter < 5:
        return None
    limit = 1 if shorter < 9 else 2
    edits = swaps_distance(written, name, limit)
    if edits == 2 and written[0] != name[0]:
        return None
    changed = _consonants_changed(written, name)
    if changed > 1 or (edits == 1 and shorter < 9 and changed):
        # "Suharto" is another name than Suharso, "Rahmat" than Rahman, and "Kamtono" than
        # "Kampoto": consonants the press does not write for one another
        return None
    if edits <= limit:
        return edits
    if (
        len(name) >= 9
        and len(written) == len(name) - 2
        and written[:4] == name[:4]
        and any(name[:k] + name[k + 2 :] == written for k in range(4, len(name) - 1))
    ):
        return 2
    return None


def _consonants_changed(a: str, b: str) -> int:
    """How many consonants of ``a`` are written as other consonants in ``b`` (words of one
    length, folded: the consonants the press swaps are one already), "h" for "k" aside (what
    "kh" is folded to: "Fakhrul", "Fakrul"); two neighbours swapped change none."""
    if len(a) != len(b):
        return 0
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1
    if swapped and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return 0  # "ardianto", "adrianto"
    return sum(1 for k in diff if not ({a[k], b[k]} & _VOWELS) and {a[k], b[k]} != {"h", "k"})


_VOWELS = frozenset("aeiou")


def _words(text: str, doubles: bool = True) -> list[str]:
    """The folded words of a name (initials without their dots)."""
    return [fold(word.strip("."), doubles) for word in normalise(text).split() if word.strip(".")]


def _runs(words: list[str], size: int) -> list[list[str]]:
    """Every run of ``size`` neighbouring words of ``words``."""
    return [words[k : k + size] for k in range(0, len(words) - size + 1)] if size else []


def folded_close(text: str, name: str) -> bool:
    """True when ``text`` is ``name`` (a run of its words) misspelt word by word: each word
    the same after :func:`fold`, an initial of its word, or within :func:`word_edits`, two
    edits in all at most and, in a name of two words or more, one word as the name writes it;
    a letter dropped between two of its like counts once ("Naaruddin" for Nasaruddin: folded,
    "narudin" is two edits off "nasarudin"), and two consonants written as others make
    another name before the doubled letters are folded too ("Nasarunnin"); a word is as near
    as it is without the "h" the press writes or drops (:func:`without_weak_h`: "Wimbo
    Santhoso" for Wimboh Santoso, no word as written); or, split or glued otherwise
    ("Latiful Hayat", "Latipulhayat"), the same letters after :func:`fold` of the words
    joined (eight or more), also without that "h". Two or three capitals among the words
    that are no word of the name stand for that many neighbouring words' initials ("Retno LP
    Marsoedi" for Retno Lestari Priansari Marsudi)."""
    text = _initials_spelled(text, name)
    written = _words(text)
    words = _words(name)
    if not written or len("".join(written)) < 5:
        return False
    plain = _words(text, doubles=False)
    plain_words = _words(name, doubles=False)
    for start, run in enumerate(_runs(words, len(written))):
        total, same = 0, 0
        for k, (w, n) in enumerate(zip(written, run, strict=True)):
            if len(w) == 1 and len(written) > 1:
                edits: int | None = 0 if n.startswith(w) else None  # an initial
            else:
                p, q = plain[k], plain_words[start + k]
                edits = word_edits(w, n, len(written) > 1)
                if edits is None:
                    edits = word_edits(p, q, len(written) > 1)
                if edits is None:  # "Dakhiri" for Dhakiri: "dahiri", "dakiri"
                    edits = word_edits(without_digraph_h(w), without_digraph_h(n), len(written) > 1)
                # "Santhoso", "Wimbo" for Santoso, Wimboh: as near without the "h" the press
                # writes or drops, where that is nearer
                weak = word_edits(without_weak_h(w), without_weak_h(n), len(written) > 1)
                if weak is not None and (edits is None or weak < edits):
                    edits = weak
                if edits and _consonants_changed(p, q) > 1:
                    edits = None  # "Nasarunnin": two consonants changed, however folded
                same += edits == 0
            if edits is None:
                break
            total += edits
        else:
            if total <= 2 and (same or len(written) == 1):
                return True
    if len("".join(plain)) < 8:
        return False
    glued = fold("".join(plain))
    # folded again once glued: a doubled letter where two words meet is written once
    # either way ("Isrannoor", "Komanggede" for Isran Noor, Komang Gede); the same letters
    # without the "h" the press writes or drops ("Wimbosantoso" for Wimboh Santoso)
    return any(
        fold("".join(run)) == glued
        or fold("".join(without_weak_h(word) for word in run)) == without_weak_h(glued)
        for size in (len(written) - 1, len(written) + 1)
        for run in _runs(plain_words, size)
    )


def _initials_spelled(text: str, name: str) -> str:
    """``text`` with each word of two or three capitals that is no word of ``name`` written
    as its letters apart, the initials of as many words ("Retno LP Marsoedi": "Retno L P
    Marsoedi")."""
    own = set(normalise(name).split())
    return " ".join(
        " ".join(word)
        if 2 <= len(word) <= 3 and word.isalpha() and word.isupper() and word.lower() not in own
        else word
        for word in text.split()
    )


def close_to(text: str, names: Iterable[str]) -> bool:
    """True when ``text`` is a misspelling of a run of words of one of ``names``.

    Each name is compared word by word with a run of as many of its words as ``text``
    ("Cahyo Kumolo" with "Tjahjo Kumolo"; "Sambuanga" with the last word of
    "Jerry Sambuaga") by :func:`folded_close`, so that a whole word of another name
    ("Sri Mulyono", "Irwan" for Ridwan) is no misspelling however long the rest; one word
    two edits off also counts when it keeps the first letter and the :func:`skeleton`
    ("Kofifa" for "Khofifah": "h", "y", "w" and vowels dropped or changed, the consonants
    as written). A form of Muhammad opening a written name of three words or more is left
    out when the name has none ("Mochamad Basoeki Hadimoeljono" for Basuki Hadimuljono). A
    name of fewer than five letters is never matched this way.
    """
    written = normalise(text)
    if len(written.replace(" ", "")) < 5:
        return False
    for name in names:
        shorter = " ".join(without_muhammad(text.split(), name.split()))
        if folded_close(text, name) or folded_close(shorter, name):
            return True
        if " " not in written and any(
            word[0] == written[0]
            and edit_distance(written, word, 2) <= 2
            and skeleton(word) == skeleton(written)
            for word in normalise(name).split()
        ):
            return True
    return False
