"""When a known person's one-word alias that is one word of their name links without a title.

A one-word alias that is a word of its holder's full name ("Amran" of Andi Amran Sulaiman,
"Basuki", "Lukman") is a given name or family name many people bear. Written alone it names
the known person only where the document supports it:

- the person is named in full or by another alias of several words anywhere in the text;
- one of the titles of an office the person has held is written in the text ("Mentan",
  "Menteri Pertanian"), or its organisation is named ("Kementerian Pertanian", "Kementan");

and never right after a regional or religious honorific (``lexicons/local_honorifics.txt``:
"Tgk", "Teungku", "Tuan Guru", "Haji", "Ustadz") that none of the person's recorded names
holds: "Tgk Amran" is an Acehnese cleric, not the minister. A coined nickname that is no word
of the name ("Jokowi", "Ahok", "Risma") stays a link of its own. Used by
:class:`~pmk_extract.components.known_names.KnownNames`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex
from spacy.tokens import Doc

from ..people import People
from ..resources import read_lines

_MAX_HONORIFIC = 3  # words of the longest regional honorific ("Tuan Guru Haji")


@cache
def local_honorifics() -> frozenset[tuple[str, ...]]:
    """The regional and religious honorifics of ``lexicons/local_honorifics.txt``, as word
    tuples, in the case they are written and in capitals."""
    forms = set()
    for line in read_lines("lexicons/local_honorifics.txt"):
        words = tuple(line.split())
        forms.add(words)
        forms.add(tuple(w.upper() for w in words))
    return frozenset(forms)


def honorific_before(words: list[str], k: int) -> tuple[str, ...] | None:
    """The regional honorific that ends right before ``words[k]`` ("Tgk", "Tuan Guru Haji"),
    the longest; None when there is none."""
    for size in range(_MAX_HONORIFIC, 0, -1):
        before = tuple(words[max(0, k - size) : k])
        if len(before) == size and before in local_honorifics():
            return before
    return None


def foreign_to(honorific: tuple[str, ...], names: Iterable[str]) -> bool:
    """True when none of ``names`` (a person's recorded or written names) holds all the words
    of ``honorific``."""
    wanted = {w.lower() for w in honorific}
    return not any(wanted <= {w.lower() for w in name.split()} for name in names)


class AliasSupport:
    """The document's support for a one-word alias that is a word of its holder's name."""

    def __init__(self, people: People) -> None:
        self.people = people
        self._titles: dict[str, regex.Pattern[str] | None] = {}

    def name_word(self, form: str, canonical: str) -> bool:
        """True when the one-word ``form`` is one of the words of ``canonical``, a name of
        several words ("Amran" of "Andi Amran Sulaiman"), or of one of its holder's forms."""
        if " " in form:
            return False
        names = {canonical} | {
            f for h in self.people.names.get(canonical, ()) for f in (h.name, *h.aliases)
        }
        return any(" " in name and form in name.split() for name in names)

    def foreign_honorific(self, words: list[str], k: int, canonical: str) -> bool:
        """True when a regional honorific stands right before ``words[k]`` that none of the
        recorded names of ``canonical`` holds ("Tgk Amran"; not "Tuan Guru Bajang" of the
        person recorded with it)."""
        honorific = honorific_before(words, k)
        if honorific is None:
            return False
        names = {canonical} | {
            f for h in self.people.names.get(canonical, ()) for f in (h.name, *h.aliases)
        }
        return foreign_to(honorific, names)

    def supported(
        self, doc: Doc, text: str, canonical: str, forms: Iterable[tuple[str, str]]
    ) -> bool:
        """True when the document supports ``canonical`` (module docstring): one of
        ``forms`` (the known names found in the text, with the person each denotes) is a
        name of several words of that person, or the text writes a title of one of the
        person's offices or names its organisation."""
        if any(person == canonical and " " in form for form, person in forms):
            return True
        offices = [
            self.people.offices[h.office]
            for h in self.people.names.get(canonical, ())
            if h.name == canonical and h.office in self.people.offices
        ]
        orgs = {o.org for o in offices if o.org}
        if any(ent.label_ == "ORG" and ent._.org_id in orgs for ent in doc.ents):
            return True
        return any(self._title_in(title, text) for o in offices for title in o.titles)

    def _title_in(self, title: str, text: str) -> bool:
        """True when ``title`` is written in ``text`` as whole words."""
        pattern = self._titles.get(title)
        if title not in self._titles:
            words = title.split()
            if not words:
                self._titles[title] = None
                return False
            body = r"\s+".join(regex.escape(w) for w in words)
            pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])")
            self._titles[title] = pattern
        return pattern is not None and pattern.search(text) is not None
