"""A regional office's short form coined as a chain of its fields' syllables after "Dis" or
"Din" (Dinas): "Disdagkop" (Perdagangan, Koperasi), "Distanbun" (Pertanian, Perkebunan),
"Disperindagkop", "Dinsosnaker" (and its secretary's: "Sekdisdagkop"). Each region coins its
own chain, so the forms are read by pattern from the syllables of
``models/lexicons/field_syllables.tsv``, never listed one by one: a chain is read only when
every syllable is listed ("Diskusi", "Dispensasi": none).
"""

from __future__ import annotations

import re
from functools import cache

from .errors import DataFileError
from .resources import read_tsv
from .wordcache import word_cache

_CHAIN = re.compile(r"Di[sn]([a-z0-9]{2,24})")
_OFFICE = "Dinas"
_SECRETARY = ("Sek", "Sekretaris")  # the office's secretary fused as its head's "Ka" is
_PATH = "lexicons/field_syllables.tsv"


@cache
def field_syllables() -> dict[str, tuple[str, ...]]:
    """Syllable in lower case -> the fields it spells (``field_syllables.tsv``)."""
    out: dict[str, tuple[str, ...]] = {}
    for syllable, fields in read_tsv(_PATH, 2):
        if syllable != syllable.lower() or syllable in out:
            raise DataFileError(_PATH, None, f"bad or repeated syllable {syllable!r}")
        out[syllable] = tuple(field.strip() for field in fields.split(";"))
    return out


def split_chain(chain: str) -> tuple[str, ...] | None:
    """The fields ``chain`` (lower case) spells, its syllables taken longest first and every
    one of them listed ("dagkop": Perdagangan, Koperasi); None when some part is no
    syllable."""
    syllables = field_syllables()
    longest = max(map(len, syllables))

    @cache
    def read(start: int) -> tuple[str, ...] | None:
        if start == len(chain):
            return ()
        for end in range(min(len(chain), start + longest), start, -1):
            fields = syllables.get(chain[start:end])
            if fields is None:
                continue
            rest = read(end)
            if rest is not None:
                return fields + rest
        return None

    found = read(0)
    if not found:
        return None
    return tuple(dict.fromkeys(found))  # "Disnakkeswan": each field once


@word_cache(maxsize=10_000)  # asked of every word an abbreviation does not expand
def chain_office(word: str) -> str | None:
    """The regional office ``word`` names as "Dis"/"Din" and its fields' syllables
    ("Disdagkop": "Dinas Perdagangan dan Koperasi"; "Distanbunhut": "Dinas Pertanian,
    Perkebunan dan Kehutanan"), or None."""
    match = _CHAIN.fullmatch(word)
    if match is None:
        return None
    fields = split_chain(match.group(1))
    if fields is None:
        return None
    return f"{_OFFICE} {joined(fields)}"


def joined(fields: tuple[str, ...]) -> str:
    """Fields as an office's name joins them: "A", "A dan B", "A, B dan C"."""
    if len(fields) == 1:
        return fields[0]
    return f"{', '.join(fields[:-1])} dan {fields[-1]}"


def chain_secretary(word: str) -> str | None:
    """The secretary of the office a chain names, fused as the head's "Ka" is ("Sekdisdagkop":
    "Sekretaris Dinas Perdagangan dan Koperasi"; "Sekdiskes"), or None."""
    short, post = _SECRETARY
    if not word.startswith(short + "di") or len(word) <= len(short) + 3:
        return None
    office = chain_office(word[len(short)].upper() + word[len(short) + 1 :])
    return f"{post} {office}" if office is not None else None
