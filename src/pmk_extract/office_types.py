"""Offices graded in types, built by pattern from ``models/lexicons/office_types.tsv``.

A national body's office of one kind may be written with its type between its name and its
place ("Kantor Bea Cukai Tipe Madya Pabean A Semarang", "KPPBC TMP A Semarang"): each type is
joined with every head of ``command_units.tsv`` that names the office, whichever of its names
the press writes. A listed row of the same words wins.
"""

from __future__ import annotations

from .resources import read_tsv

Units = dict[tuple[str, ...], tuple[str, str, str]]  # head -> (expansion, parent, name kind)


def typed_units(
    units: Units, named_with_parent: frozenset[tuple[str, ...]]
) -> tuple[Units, frozenset[tuple[str, ...]]]:
    """``units`` with each office's heads also followed by each of the office's types, and
    ``named_with_parent`` with the typed heads of the offices it holds."""
    types: dict[str, list[tuple[str, str]]] = {}
    for office, written, expansion in read_tsv("lexicons/office_types.tsv", 3):
        types.setdefault(office, []).append((written, expansion))
    out = dict(units)
    named = set(named_with_parent)
    for head, (office, parent, kind) in units.items():
        for written, expansion in types.get(office, ()):
            typed = (*head, *written.split(" "))
            out.setdefault(typed, (f"{office} {expansion}", parent, kind))
            if head in named_with_parent:
                named.add(typed)
    return out, frozenset(named)
