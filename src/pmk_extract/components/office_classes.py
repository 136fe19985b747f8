"""The class of a prison, an immigration office or a court, part of its name.

A class is written between the office's head and its place ("Lapas Kelas IIA Cipinang",
"Kantor Imigrasi Kelas I TPI Surabaya", "Lapas Narkotika Kelas IIA Jakarta"), its grade in any
written form ("Klas II A", "Kelas 1 A", "Kelas II-A"), and named in full ("Kelas IIA",
"Kelas IA"): :func:`class_end` finds where the class words end, :func:`class_name` names
them in full, for the bodies of ``command_units.tsv`` (components/commands.py).

Words live in ``models/lexicons/justice.tsv`` (kinds ``class`` and ``class_head``).
"""

from __future__ import annotations

from functools import cache

import regex

from ..resources import read_tsv

_FILE = "lexicons/justice.tsv"


@cache
def _class_heads() -> frozenset[str]:
    """The words that name a class before its grade ("Kelas", "Klas")."""
    return frozenset(words for words, kind, _, _ in read_tsv(_FILE, 4) if kind == "class_head")


@cache
def _classes() -> frozenset[str]:
    """The words of a class or type written between an office's head and its place."""
    return frozenset(words for words, kind, _, _ in read_tsv(_FILE, 4) if kind == "class")


# a class's grade: a Roman or Arabic numeral of the classes I to V (port authorities are graded
# to V: "KSOP Kelas V Kuala Langsa"), its sub-class letter glued or after a dot or a hyphen
# ("IIA", "1A", "I.A", "II-A"); a letter apart is read after it; or a letter alone, as offices
# graded A and B write it ("Kantor SAR Kelas B Maumere")
_GRADE = regex.compile(r"(?:I{1,3}|IV|V|[1-5])(?:[.-]?[ABC])?|[AB]")
_LETTER = regex.compile(r"[ABC]")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_CLASS_WORD = "Kelas"  # how a class is named in full, whatever the text writes ("Klas")


@cache
def class_words() -> frozenset[str]:
    """The words that name an office's class before its grade, lower case ("kelas", "klas")."""
    return frozenset(word.lower() for word in _class_heads())


def grade_end(words: list[str], k: int) -> int:
    """The token after a class written at ``k``: a class word ("Kelas", "Klas"), its grade
    (``_GRADE``) and the grade's letter written apart ("Kelas II A", "Klas 1 - A"); ``k``
    when none is written there."""
    if k + 1 >= len(words) or words[k] not in _class_heads():
        return k
    if not _GRADE.fullmatch(words[k + 1]):
        return k
    end = k + 2
    if words[k + 1][-1] in "ABC":
        return end  # the letter glued: "IIA", "1A", "I.A"
    if end < len(words) and _LETTER.fullmatch(words[end]):
        return end + 1
    if end + 1 < len(words) and words[end] == "-" and _LETTER.fullmatch(words[end + 1]):
        return end + 2
    return end


def class_end(words: list[str], k: int) -> int:
    """The token after the class words written at ``k`` ("Kelas IIA", "Narkotika Kelas IIA",
    "Kelas I TPI", "Klas II A", "Kelas 1 Khusus TPI"); ``k`` when there are none."""
    classes = _classes()
    while k < len(words):
        graded = grade_end(words, k)
        if graded > k:
            k = graded
        elif words[k] in classes:
            k += 1
        else:
            break
    return k


def class_name(words: list[str]) -> str:
    """The class words ``words`` written as a class is named in full: the class word
    "Kelas", the grade in Roman numerals with its letter glued ("Klas 1 A" -> "Kelas IA",
    "Kelas II-A" -> "Kelas IIA")."""
    out: list[str] = []
    heads = _class_heads()
    k = 0
    while k < len(words):
        graded = grade_end(words, k)
        if graded > k:
            grade = "".join(words[k + 1 : graded]).replace(".", "").replace("-", "")
            number = grade.rstrip("ABC")
            out += [_CLASS_WORD, _ROMAN.get(number, number) + grade[len(number) :]]
            k = graded
        else:
            out.append(_CLASS_WORD if words[k] in heads else words[k])
            k += 1
    return " ".join(out)
