"""How the press writes a region's kind before its name ("Kabupaten Kendal", "Kota Depok",
"Provinsi Jawa Tengah"), shared by the knowledge base and the rule components."""

from __future__ import annotations

from functools import cache

from .resources import read_tsv

# the word written before a region of each kind
KIND_WORDS = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}

# administrative prefixes of a place's canonical, longest first where one opens another
PLACE_PREFIXES = (
    "Kabupaten ",
    "Kota Administrasi ",
    "Kota ",
    "Provinsi ",
    "Kecamatan ",
    "Distrik ",
)


def bare_place(canonical: str) -> str:
    """A place's name without its administrative prefix ("Kabupaten Kendal" -> "Kendal")."""
    for prefix in PLACE_PREFIXES:
        if canonical.startswith(prefix):
            return canonical[len(prefix) :]
    return canonical


@cache
def kind_words() -> frozenset[str]:
    """The words written before a region's name for its kind, lower case and without their
    dot (``lexicons/region_kinds.tsv``: "kabupaten", "kab", "prov", "propinsi")."""
    return frozenset(row[0].rstrip(".") for row in read_tsv("lexicons/region_kinds.tsv", 2))
