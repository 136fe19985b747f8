"""Where the recogniser cut one person's name in two, or began it late (run by ``pmk_ner``
on the model's spans before they are trimmed and filtered).

- two PERSON spans the model writes side by side, with no word, mark or line between them,
  are one name ("[Mayor Inf Agus] [Salim Nugraha]": Agus Salim Nugraha);
- a PERSON span that begins one or two capitalised words after an honorific or a rank
  begins at them: an honorific or a rank stands right before a name ("Drs. H. [Rizal]
  [Fahmi Hakim]" where the model left "Rizal" out), when those words are no dictionary
  word, affixed form or title ("Bapak Presiden [Nama]" keeps "Presiden" out);
- a PERSON span that ends at a name word abbreviated with a dot (``name_abbreviations.txt``:
  "Moh", "Abd", "Muh") goes on over the dot and the capitalised words after it ("[Moh] .
  Arifin": Moh. Arifin), and one that begins right after such a word and its dot begins
  at it ("Muh . [Arifin]"), where the model took the dot for a sentence's end.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicons import Lexicons
from ..name_shapes import abbreviated_word
from ..stemming import root_words, stem_word

Prediction = tuple[int, int, str]  # token start, token end, label
_MAX_LEFT_OUT = 2  # name words the model may have left out before its span
_MAX_HONORIFIC = 3  # tokens of an honorific or a rank ("Kombes Pol .")


def _left_out(word: str) -> bool:
    """A capitalised word of letters that is no dictionary word nor an affixed form of one."""
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return False
    lower = word.lower()
    return lower not in root_words() and stem_word(word) == lower


def join_name_parts(
    words: list[str],
    labels: list[str | None],
    predictions: list[Prediction],
    lex: Lexicons,
    is_title: Callable[[str], bool],
) -> list[Prediction]:
    """``predictions`` with the parts of one person's name joined (see the module docstring);
    ``labels``: the labels the knowledge-base components gave each token (None: none)."""
    out: list[Prediction] = []
    for start, end, label in sorted(predictions):
        if label == "PERSON" and out and out[-1][2] == "PERSON" and out[-1][1] == start:
            out[-1] = (out[-1][0], end, label)  # "[Mayor Inf Agus] [Salim Nugraha]"
            continue
        if label == "PERSON":
            start = _honorific_start(words, labels, start, lex, is_title)
            end = _past_abbreviation(words, labels, end, is_title)
            dotted = start >= 2 and words[start - 1] == "." and labels[start - 2] is None
            if dotted and abbreviated_word(words[start - 2]) is not None:
                start -= 2  # "Muh . [Arifin Hidayat]": the abbreviated word opens the name
        if out and out[-1][2] == "PERSON" == label and out[-1][1] > start:
            out[-1] = (out[-1][0], max(end, out[-1][1]), label)  # "[Moh] . [Arifin]"
            continue
        out.append((start, end, label))
    return out


def _past_abbreviation(
    words: list[str], labels: list[str | None], end: int, is_title: Callable[[str], bool]
) -> int:
    """Where a PERSON span ending at ``end`` ends when its last word is an abbreviated name
    word and a dot and capitalised words follow ("[Moh] . Arifin"), else ``end``."""
    if end + 1 >= len(words) or words[end] != "." or abbreviated_word(words[end - 1]) is None:
        return end
    k = end + 1
    while (
        k < len(words)
        and k - end <= _MAX_LEFT_OUT + 1
        and labels[k] is None
        and words[k][:1].isupper()
        and words[k].isalpha()
        and not is_title(words[k])
    ):
        k += 1
    return k if k > end + 1 else end


def _honorific_start(
    words: list[str],
    labels: list[str | None],
    start: int,
    lex: Lexicons,
    is_title: Callable[[str], bool],
) -> int:
    """Where a PERSON span at ``start`` begins when the model left out the name words after
    an honorific or a rank: at the honorific (trimmed later), else ``start``."""
    k = start
    while (
        k > 0
        and start - k < _MAX_LEFT_OUT
        and labels[k - 1] is None
        and _left_out(words[k - 1])
        and not is_title(words[k - 1])
    ):
        k -= 1
    if k == start:
        return start
    for n in range(_MAX_HONORIFIC, 0, -1):
        if k >= n and tuple(words[k - n : k]) in lex.honorifics:
            return k - n
    return start
