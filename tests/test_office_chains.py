"""A regional office's short form coined as a chain of its fields' syllables (issue 18, lane
offices2; :mod:`pmk_extract.office_chains`, ``models/lexicons/field_syllables.tsv``): "Ka"
fused with "Dis"/"Din" and the syllables ("Kadisdagkop", "Kadistanbun", "Kadinsosnaker") is
the head of the region's Dinas of those fields, with the region written after it
(``data/office_chains_cases.jsonl``) or the one the document establishes; so is the chain
written apart after "Kadis" or "Kepala Dinas" ("Kadis Koperindag Nama", "Kepala Dinas Perkim
Nama": :meth:`~pmk_extract.components.unit_fields.UnitFields.chained_field`); a chain with an
unknown syllable stays unread, and a national body's short form is never split."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import judge_cases, load_cases, official_outcome
from pmk_extract import Extractor
from pmk_extract.office_chains import chain_office, chain_secretary, split_chain

CASES = load_cases(Path(__file__).parent / "data" / "office_chains_cases.jsonl")


def test_the_table_covers_the_family() -> None:
    forms = Counter(c["form"] for c in CASES)
    assert forms["glued chain, region"] >= 5
    assert forms["must-not"] >= 2
    assert forms["secretary's chain, region"] >= 2


def test_every_row_holds(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, official_outcome)
    misses = [(c["mention"], org) for c, ok, org in outcomes if not ok]
    assert not misses


@pytest.mark.parametrize(
    ("word", "office"),
    [
        ("Disdagkop", "Dinas Perdagangan dan Koperasi"),
        ("Distanbunhut", "Dinas Pertanian, Perkebunan dan Kehutanan"),
        ("Disperindagkop", "Dinas Perindustrian, Perdagangan dan Koperasi"),
        ("Dinsosnaker", "Dinas Sosial dan Tenaga Kerja"),
        ("Disnakkeswan", "Dinas Peternakan dan Kesehatan Hewan"),
        ("Distanak", "Dinas Pertanian dan Peternakan"),  # two syllables sharing an "n"
        ("Disnakan", "Dinas Peternakan dan Perikanan"),
        ("Disketapang", "Dinas Ketahanan Pangan"),
        ("Diskusi", None),  # a word: "kusi" is no syllable
        ("Dispensasi", None),
        ("Dinas", None),
        ("Diskesad", None),  # the army's health service: "ad" is no field of a region
        ("Dispenad", None),
        ("Disdagkop1", None),
        ("DISDAGKOP", None),  # capitals: the other shape (coined_offices.py)
    ],
)
def test_chain_office(word: str, office: str | None) -> None:
    assert chain_office(word) == office


@pytest.mark.parametrize(
    ("word", "post"),
    [
        ("Sekdisdagkop", "Sekretaris Dinas Perdagangan dan Koperasi"),
        ("Sekdiskes", "Sekretaris Dinas Kesehatan"),
        ("Sekdinas", None),
        ("Sekdiskusi", None),
    ],
)
def test_chain_secretary(word: str, post: str | None) -> None:
    assert chain_secretary(word) == post


def test_every_syllable_must_be_known() -> None:
    assert split_chain("dagkop") == ("Perdagangan", "Koperasi")
    assert split_chain("dagxkop") is None
    assert split_chain("") is None


def _person(extractor: Extractor, text: str, mention: str) -> Any:
    record = extractor.extract(text, published="2021-06-14")
    start = text.index(mention)
    people = [
        e
        for e in record.entities
        if e.label == "PERSON" and start <= e.start and e.end <= start + len(mention)
    ]
    return max(people, key=lambda e: e.end - e.start) if people else None


@pytest.mark.parametrize(
    ("text", "mention", "org"),
    [
        (
            "SLEMAN - Kadisdagkop Hendra Wijaya mengatakan harga minyak goreng stabil.",
            "Kadisdagkop Hendra Wijaya",
            "Pemerintah Kabupaten Sleman",
        ),
        (
            "Pemerintah Kabupaten Karimun menggelar pasar murah pekan ini. "
            "Kadistanbun Rina Marlina mengatakan stok beras aman.",
            "Kadistanbun Rina Marlina",
            "Pemerintah Kabupaten Karimun",
        ),
        (
            "SLEMAN - Kepala Dinas Perkim Hendra Wijaya meninjau rumah warga yang diperbaiki.",
            "Kepala Dinas Perkim Hendra Wijaya",
            "Pemerintah Kabupaten Sleman",
        ),
        (
            "Pemerintah Kota Madiun menggelar operasi pasar. "
            "Kadis Koperindag Yosef Manurung mengatakan harga gula turun.",
            "Kadis Koperindag Yosef Manurung",
            "Pemerintah Kota Madiun",
        ),
        (
            "KARIMUN - Kadis LH Rizal Hasibuan meminta warga memilah sampah.",
            "Kadis LH Rizal Hasibuan",
            "Pemerintah Kabupaten Karimun",
        ),
        (
            "SLEMAN - Sekdinkes Rizal Hasibuan mengatakan vaksin tiba pekan depan.",
            "Sekdinkes Rizal Hasibuan",
            "Pemerintah Kabupaten Sleman",
        ),
        (
            "Kepala Dinas Perkim Hendra Wijaya meninjau rumah warga.",  # whose? no region
            "Kepala Dinas Perkim Hendra Wijaya",
            None,
        ),
        (
            "Kadistanbun Rina Marlina mengatakan stok beras aman.",  # whose? no region
            "Kadistanbun Rina Marlina",
            None,
        ),
    ],
)
def test_the_document_gives_the_region(
    extractor: Extractor, text: str, mention: str, org: str | None
) -> None:
    person = _person(extractor, text, mention)
    assert person is not None and mention.endswith(" " + person.canonical)
    assert person.org == org
    if mention.startswith("Sek"):  # the secretary's post, not a head's ("Kepala Sekretaris")
        assert str(person.role).startswith("Sekretaris Dinas ")
