"""A command written without the "Kota" that tells it from its namesake: whose post it is, by
the person named after it.

Where a regency and a city share a name, the police may keep two commands of it: "Polres
Tegal" (the regency's) and "Polres Tegal Kota" or "Polresta Bogor Kota" (the city's). The
press often writes the city's chief as "Kapolres Tegal Nama". When the name written after
such a title is a recorded holder, on the date, of the city command's office and of no term
of the written office, the title is the city command's: an office of the same organisation
whose role is the written office's with "Kota" after the place ("Kepala Kepolisian Resor
Tegal Kota") or a "Resor Kota" of it ("Kepala Kepolisian Resor Kota Bogor Kota";
``gazetteers/offices.jsonl``). The name is read and matched as :mod:`.namesake_holders`
reads a holder's name after a bare region name.

Used by :mod:`.officials` once the title's name is located.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..lexicons import Lexicons
from ..people import Office, People
from .namesake_holders import holding_side, name_start, written_names
from .title_parts import Title

_CITY = "Kota"
_COMMAND = " Resor "  # "Kepala Kepolisian Resor X": a police command of a regency or city


def _in_force(office: Office, day: dt.date) -> bool:
    """True when ``office`` exists on ``day``."""
    return (office.valid_from is None or office.valid_from <= day) and (
        office.valid_to is None or day <= office.valid_to
    )


class CommandSiblings:
    """The city command a title written without its "Kota" names, by its holder."""

    def __init__(self, people: People, lex: Lexicons) -> None:
        self.people = people
        self.lex = lex
        by_role = {(o.org, o.role): o for o in people.offices.values()}
        self.siblings: dict[str, tuple[Office, ...]] = {}
        for office in people.offices.values():
            if _COMMAND not in office.role:
                continue
            city = f"{office.role} {_CITY}"
            roles = (city, city.replace(_COMMAND, f"{_COMMAND}{_CITY} ", 1))
            found = tuple(by_role[(office.org, r)] for r in roles if (office.org, r) in by_role)
            if found:
                self.siblings[office.id] = found

    def title(self, title: Title, words: list[str], start: int, day: dt.date | None) -> Title:
        """``title``, or the title of its city command when the name written from token
        ``start`` holds that command on ``day`` and not the written one."""
        office = title.office
        if office is None or day is None or title.role != office.role:
            return title
        siblings = [o for o in self.siblings.get(office.id, ()) if _in_force(o, day)]
        if not siblings:
            return title
        groups = [self.people.holders_on(o.id, day) for o in (office, *siblings)]
        if not any(groups[1:]):
            return title
        forms = written_names(words, name_start(self.lex, words, start))
        side = holding_side(forms, groups, self.people.name_words())
        if side is None or side < 1:
            return title
        sibling = siblings[side - 1]
        return replace(title, office=sibling, role=sibling.role)
