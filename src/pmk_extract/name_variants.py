"""The ways the press writes a known name or an office's title, for matching.

A ministry's serial comma left out, a coordinating ministry's "Bidang" left out, an
apostrophe written as any of its typographic forms (:func:`spelling_variants`); a title's
field word "Bidang" in lower case or left out and "&" for "dan" (:func:`title_variants`);
names compared with their apostrophes folded (:func:`fold_apostrophes`).
"""

from __future__ import annotations

from collections.abc import Sequence

_KEMENKO_FIELD = "Kementerian Koordinator Bidang "  # a coordinating ministry's full name


def spelling_variants(form: str) -> list[str]:
    """``form`` and the ways texts also write it, for matching.

    The serial comma is often left out ("Kementerian Desa, ..., Tertinggal dan ..."), a
    coordinating ministry's "Bidang" too ("Kementerian Koordinator Kemaritiman dan Investasi"),
    and an apostrophe may be typographic ("Syafi’i").
    """
    variants = [form]
    if _KEMENKO_FIELD in form:
        variants.append(form.replace(_KEMENKO_FIELD, "Kementerian Koordinator "))
    if ", dan " in form:
        variants += [v.replace(", dan ", " dan ") for v in variants]
    if "'" in form:  # "Ma’ruf", "Ma‘ruf", "Ma`ruf", "Ma´ruf", "Maʼruf"
        variants += [v.replace("'", mark) for mark in _APOSTROPHES for v in variants]
    return variants


def spelling_variants_of(forms: Sequence[str]) -> list[str]:
    """The :func:`spelling_variants` of each of ``forms``, in order (``forms`` themselves when
    none has a mark the press varies: one look at them all instead of one at each)."""
    joined = "\n".join(forms)
    if _KEMENKO_FIELD not in joined and ", dan " not in joined and "'" not in joined:
        return list(forms)
    return [variant for form in forms for variant in spelling_variants(form)]


def title_variants(title: str) -> list[str]:
    """An office's ``title`` and the ways texts also write it: its :func:`spelling_variants`,
    also with no comma in its list of fields ("Menteri Desa Pembangunan Daerah Tertinggal
    dan Transmigrasi") and with "Jendral" for "Jenderal" ("Direktur Jendral Perhubungan
    Darat"); each with the field word "Bidang" in lower case or left out, as the press
    writes the field of a post ("Jaksa Agung Muda bidang Pidana Umum", "Jaksa Agung Muda
    Tindak Pidana Khusus", "Deputi Penindakan KPK"); and each with "&" for "dan" ("Menteri
    Pekerjaan Umum & Perumahan Rakyat")."""
    if (  # most titles ("Bupati Sleman") hold nothing varied below (nor spelling_variants's marks)
        ", " not in title
        and " Jenderal" not in title
        and _FIELD not in title
        and " dan " not in title
        and "'" not in title
    ):
        return [title]
    variants = spelling_variants(title)
    variants += [v.replace(",", "") for v in variants if ", " in v]
    variants += [v.replace(" Jenderal", " Jendral") for v in variants if " Jenderal" in v]
    fields = [v for v in variants if _FIELD in v]
    variants += [v.replace(_FIELD, " bidang ") for v in fields]
    variants += [v.replace(_FIELD, " ") for v in fields]
    return variants + [v.replace(" dan ", " & ") for v in variants if " dan " in v]


_FIELD = " Bidang "  # the word before a post's field ("Deputi Bidang Pencegahan")


# typographic apostrophes, the backtick, the acute accent and the modifier letter apostrophe: the
# press writes each of them for the glottal stop in a name ("Ma’ruf", "Ma`ruf", "Ma´ruf", "Maʼruf")
_APOSTROPHES = ("’", "‘", "`", "´", "ʼ")


def fold_apostrophes(text: str) -> str:
    """``text`` with every written form of the apostrophe as "'" (for comparing names, and in a
    person's canonical, as the knowledge base writes it)."""
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    return text
