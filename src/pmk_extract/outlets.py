"""News outlets, agencies and portals by the names they write (``lexicons/outlets.tsv``).

A dateline names the outlet beside the place ("JAKARTA, KOMPAS.com -", "Liputan6.com,
Jakarta -", "Jakarta (ANTARA) -"); the dateline finder reads the names from here so that
an outlet is never taken for the place, and the gazetteer tags them as ORG with the
canonical name the file gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .errors import DataFileError
from .resources import model_path, read_tsv

KINDS = ("national", "regional", "agency", "broadcaster", "portal")
_PATH = "lexicons/outlets.tsv"
# a web address: "Bisnis.com", "REPUBLIKA.CO.ID", "bali.jpnn.com", "RM.id"
WEB_ADDRESS = regex.compile(
    r"(?<![\p{L}\d.-])[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*"
    r"\.(?i:com|co|id|net|org|go|news|tv)(?:\.(?i:id|co))?(?![\p{L}\d-])"
)


@dataclass(frozen=True, slots=True)
class Outlet:
    """One written form of an outlet's name, with its canonical name and kind."""

    form: str
    canonical: str
    kind: str


def written_forms(form: str) -> list[str]:
    """The forms to recognise for ``form``: a web address also in capitals and lower case."""
    forms = [form]
    if WEB_ADDRESS.fullmatch(form):
        forms += [form.upper(), form.lower()]
    return list(dict.fromkeys(forms))


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every row of ``lexicons/outlets.tsv``."""
    rows = []
    for lineno, (form, canonical, kind) in enumerate(read_tsv(_PATH, 3), 1):
        if kind not in KINDS or not form or not canonical:
            raise DataFileError(str(model_path(_PATH)), None, f"row {lineno}: bad row {form!r}")
        rows.append(Outlet(form, canonical, kind))
    return tuple(rows)


@cache
def outlet_names() -> regex.Pattern[str]:
    """A pattern matching any listed outlet name (case as listed, or a web address's variants)."""
    forms = {variant for row in outlets() for variant in written_forms(row.form)}
    ordered = sorted(forms, key=len, reverse=True)
    alternation = "|".join(regex.escape(form).replace(r"\ ", r"[ \t]+") for form in ordered)
    return regex.compile(r"(?<![\p{L}\d])(?:" + alternation + r")(?![\p{L}\d])")


def is_outlet(text: str) -> bool:
    """True when ``text`` is an outlet's name as a whole (listed, or a web address)."""
    return bool(outlet_names().fullmatch(text) or WEB_ADDRESS.fullmatch(text))
