"""How the press writes a region's kind before its name ("Kabupaten Kendal", "Kota Depok",
"Provinsi Jawa Tengah"), shared by the knowledge base and the rule components."""

from __future__ import annotations

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
