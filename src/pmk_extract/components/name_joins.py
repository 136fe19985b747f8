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
  at it ("Muh . [Arifin]"), where the model took the dot for a sentence's end;
- a PERSON span goes on over the name's own first and last words the model left out: the
  initials and openers written right before it ("A. [Ridwan]", "M [Yunus Saputra]", "IGN
  [Jaya Negara]", "I [Nyoman Sucita]": ``name_openers.txt``), not an honorific ("H.", "HM"),
  a rank, a unit's letter ("Komisi B": ``lettered_units.txt``) or a Roman numeral; a word
  of one or two capitals closing it ("[Ridwan Saputra] AS mengatakan"), not a degree; and
  initials in capitals with their dot set apart inside it ("[Rochady HS] . Wibawa"), and
  middle initials after an initial that closes it, then a name word ("[Hendrik F.] R. Nama").
"""

from __future__ import annotations

from collections.abc import Callable

from ..degrees import degree_run
from ..lexicons import Lexicons, match_head
from ..name_shapes import (
    INITIALS,
    ROMAN_NUMERALS,
    abbreviated_word,
    capitals_dot_at,
    lettered_unit,
    opener_before,
)
from ..stemming import root_words, stem_word

Prediction = tuple[int, int, str]  # token start, token end, label
_MAX_LEFT_OUT = 2  # name words the model may have left out before its span
_MAX_HONORIFIC = 3  # tokens of an honorific or a rank ("Kombes Pol .")
_MAX_OPENING = 3  # initials and openers the model may have left out ("A. M.", "La Ode")
_MAX_TAIL = 2  # letters of a capitals word that closes a name ("Nama Nama AS")
_STATE = "RI"  # Republik Indonesia, closing a body's name ("DPR RI"), never a name's


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
        joined = False
        if label == "PERSON":
            start = _honorific_start(words, labels, start, lex, is_title)
            end = _past_abbreviation(words, labels, start, end, lex, is_title)
            dotted = start >= 2 and words[start - 1] == "." and labels[start - 2] is None
            if dotted and abbreviated_word(words[start - 2]) is not None:
                start -= 2  # "Muh . [Arifin Hidayat]": the abbreviated word opens the name
            opened = _opening_start(words, labels, start, lex)
            if opened < start:  # "Drs. Josef [A.] [Nae Soi]": a name word before the initial
                opened = _honorific_start(words, labels, opened, lex, is_title)
            joined, start = opened < start, opened
            end = _tail_end(words, labels, _past_initials(words, labels, end, lex, is_title), lex)
        touching = out and (out[-1][1] > start or (joined and out[-1][1] == start))
        if touching and out[-1][2] == "PERSON" == label:
            out[-1] = (out[-1][0], max(end, out[-1][1]), label)  # "[Moh] . [Arifin]"
            continue
        out.append((start, end, label))
    return out


def _past_abbreviation(
    words: list[str],
    labels: list[str | None],
    start: int,
    end: int,
    lex: Lexicons,
    is_title: Callable[[str], bool],
) -> int:
    """Where a PERSON span ``words[start:end]`` ends when its last word is an abbreviated name
    word, or initials in capitals after a name word, and a dot and capitalised words follow
    ("[Moh] . Arifin", "[Rochady HS] . Wibawa"), else ``end``. After initials in capitals the
    words are no function word ("[Nama AS] . Dia ...": a sentence ends there) and the initials
    no degree or honorific ("SH .")."""
    if end + 1 >= len(words) or words[end] != "." or end < 1:
        return end
    last = end - 1
    capitals = False
    if abbreviated_word(words[last]) is None:
        following = words[end + 1]
        names = [False] * (end + 1) + [following[:1].isupper() and following.isalpha()]
        capitals = (
            last > start
            and capitals_dot_at(words, names, last, True) > 0
            and not match_head(words, last, lex.honorifics)
            and not degree_run(words, last)
        )
        if not capitals:
            return end
    k = end + 1
    while (
        k < len(words)
        and k - end <= _MAX_LEFT_OUT + 1
        and labels[k] is None
        and words[k][:1].isupper()
        and words[k].isalpha()
        and not is_title(words[k])
        and not (capitals and (words[k].isupper() or lex.clause_word(words[k])))
    ):
        k += 1
    return k if k > end + 1 else end


def _initial_at(words: list[str], j: int, lex: Lexicons) -> bool:
    """True when ``words[j]``, right before a name, is an initial that opens it ("A.", "M",
    "I.G.N.", "O.E.") or an abbreviated name word with its dot ("Moh.", "Abd."): not an
    honorific ("H.", "H"), a Roman numeral ("I", "V", "X": "Asisten I") nor the letter of a
    unit ("Komisi B", "Kelas A")."""
    word = words[j]
    if match_head(words, j, lex.honorifics):
        return False  # the honorifics, degrees and ranks
    if len(word) > 2 and word.endswith(".") and abbreviated_word(word[:-1]) is not None:
        return True
    if not INITIALS.match(word) or word in ROMAN_NUMERALS:
        return False
    return j == 0 or not (lettered_unit(words[j - 1]) or words[j - 1].isdigit())


def _opening_start(words: list[str], labels: list[str | None], start: int, lex: Lexicons) -> int:
    """Where a PERSON span at ``start`` begins when the model left out the initials or the
    openers written right before it (see the module docstring), else ``start``."""
    k = start
    while k > 0 and start - k < _MAX_OPENING:
        size = opener_before(words, k) or int(_initial_at(words, k - 1, lex))
        if not size or any(labels[j] is not None for j in range(k - size, k)):
            break
        k -= size
    return k


def _past_initials(
    words: list[str],
    labels: list[str | None],
    end: int,
    lex: Lexicons,
    is_title: Callable[[str], bool],
) -> int:
    """Where a PERSON span ending at ``end`` on an initial with its dot ends when more such
    initials and a name word follow ("[Hendrik F.] R. Nama"): a name's middle initials, as
    a sentence never ends on two of them; else ``end``."""
    k = end
    while k < len(words) and labels[k] is None and _dotted_initial(words[k]):
        k += 1
    if k == end or not (end >= 1 and _dotted_initial(words[end - 1])) or k >= len(words):
        return end
    word = words[k]
    named = word[:1].isupper() and word.isalpha() and not word.isupper()
    if not named or labels[k] is not None or is_title(word) or lex.clause_word(word):
        return end
    return k + 1


def _dotted_initial(word: str) -> bool:
    """An initial written with its dot ("F.", "R.", "O.E.")."""
    return word.endswith(".") and bool(INITIALS.match(word))


def one_word_place(labels: list[str | None], k: int) -> bool:
    """True when the token at ``k`` is a place of one word the knowledge base tags (LOC)."""
    return (
        labels[k] == "LOC"
        and (k == 0 or labels[k - 1] != "LOC")
        and (k + 1 >= len(labels) or labels[k + 1] != "LOC")
    )


def _tail_end(words: list[str], labels: list[str | None], end: int, lex: Lexicons) -> int:
    """Where a PERSON span ending at ``end`` ends when the model left out a word of one or two
    capitals that closes the name ("[Ridwan Saputra] AS mengatakan", "[Adam] S ,"), also when
    the knowledge base reads it as a place of its own ("AS": Amerika Serikat; the place gives
    way, :func:`one_word_place`): no degree or honorific ("SH", "ST", "MM"), no Roman numeral,
    not "RI" and no word of a name going on after it; else ``end``."""
    if end >= len(words) or not (labels[end] is None or one_word_place(labels, end)):
        return end
    word = words[end]
    if not (len(word) <= _MAX_TAIL and word.isalpha() and word.isupper()) or word == _STATE:
        return end
    if word in ROMAN_NUMERALS or match_head(words, end, lex.honorifics) or degree_run(words, end):
        return end
    after = words[end + 1] if end + 1 < len(words) else ""
    return end if after[:1].isupper() and after.isalpha() else end + 1


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
