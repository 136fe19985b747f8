"""The people page credits and bylines name (:mod:`pmk_extract.furniture`).

A credit names its writer, editor or photographer by label ("Penulis: Nabila Ramadhani |
Editor: Teguh Prasetyo", "Pewarta: …", "Laporan Wartawan Tribunjateng.com, Anggit
Prasetyo"), as a byline's writer ("Rizky Aulia Ramadhan - detikNews") or on one side of a
photo credit's slash ("(Rizky Aulia Ramadhan/detikcom)", "(Foto: Okezone.com/Rizki
Ramadhan)"). Each such name is one PERSON (the gold guidelines: credits are PERSON with no
role). The labels are ``models/lexicons/credit_labels.txt``; outlet names and web
addresses (:mod:`pmk_extract.outlets`) are never a name.
"""

from __future__ import annotations

from functools import cache

import regex

from .furniture import find_furniture
from .outlets import WEB_ADDRESS, is_outlet
from .resources import read_lines

# pieces of a credit: separated by a bar, a slash, a comma, a bracket, a dot or a spaced dash
_SEPARATOR = regex.compile(r"[|/,()·•\n]|[ \t][-–—][ \t]")
_WORD = r"(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)"  # "Teguh", "Ma'ruf", "M."
_NAME = regex.compile(_WORD + r"(?:[ \t]+" + _WORD + r"){0,4}")
_LABEL = regex.compile(r"(?P<label>[\p{L} &]{2,30}?)[ \t]*:[ \t]*")
_BRACKET = regex.compile(r"\([^()\n]*\)[ \t.]*$")


@cache
def _person_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in read_lines("lexicons/credit_labels.txt"))


def _name_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person named by one piece ``text[start:end]`` of a credit, if it names one."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    begin = start + piece.index(stripped)
    labelled = False
    label = _LABEL.match(stripped)
    if label is not None:
        if label["label"].strip().casefold() not in _person_labels():
            return None
        labelled = True
        begin += label.end()
        stripped = stripped[label.end() :]
    else:
        words = stripped.split()
        for size in (3, 2):  # "Laporan Wartawan Tribunjateng.com": the label, then an outlet
            if " ".join(words[:size]).casefold() in _person_labels():
                return None
    name = _NAME.fullmatch(stripped)
    if name is None or is_outlet(stripped) or WEB_ADDRESS.search(stripped):
        return None
    if not labelled and len(stripped.split()) < 2:
        return None  # one word alone: an initial code or an outlet, not clearly a name
    return begin, begin + len(stripped)


def credit_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the people named in the credits and bylines of ``text``.

    In a caption only its closing bracket is read ("… di Jakarta. (Name/Outlet)").
    """
    found: list[tuple[int, int]] = []
    for piece in find_furniture(text):
        start, end = piece.start, piece.end
        if piece.kind == "caption":
            bracket = _BRACKET.search(text, start, end)
            if bracket is None:
                continue
            start = bracket.start()
        elif piece.kind != "credit":
            continue
        cut = start
        for sep in [*_SEPARATOR.finditer(text, start, end), None]:
            stop = sep.start() if sep is not None else end
            name = _name_in(text, cut, stop)
            if name is not None:
                found.append(name)
            cut = sep.end() if sep is not None else end
    return found
