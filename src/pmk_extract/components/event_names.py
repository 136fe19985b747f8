"""The name of a meeting, an event or a programme written after a post, which is no holder's
name: capitalised words that open with a noun of ``lexicons/event_openers.txt`` ("Kepala Biro
Umum Musyawarah Perencanaan Pembangunan", "Kepala Pusat X Rapat Koordinasi Nasional").

Read by :class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

from functools import cache

from ..lexicons import match_head
from ..resources import read_lines


@cache
def _openers() -> dict[tuple[str, ...], bool]:
    return {tuple(line.split()): True for line in read_lines("lexicons/event_openers.txt")}


def event_name(words: list[str], start: int, end: int) -> bool:
    """True when the words ``words[start:end]`` read as a name hold an event's noun, written
    capitalised or in capitals ("Rapat Koordinasi", "MUSRENBANG"): the post's unit or field
    goes on into the event's name ("Kualitas Lingkungan Hidup Rapat Koordinasi")."""
    window = [w.capitalize() if w.isupper() else w for w in words[start:end]]
    return any(match_head(window, j, _openers()) for j in range(len(window)))
