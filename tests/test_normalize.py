"""Runs of spaces inside a line are read as one space, offsets stay in the text as written
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.normalize import collapse_spaces


def test_a_text_with_single_spaces_is_left_alone() -> None:
    assert collapse_spaces("Bupati Sleman hadir.\n\n Ia pulang.") is None


def test_runs_collapse_within_lines_only() -> None:
    spacing = collapse_spaces("Kepala  Dinas\t \u00a0Kesehatan\n\n  hadir")
    assert spacing is not None
    assert spacing.text == "Kepala Dinas Kesehatan\n\n hadir"


@pytest.mark.parametrize("span", ["Dinas", "Kesehatan", "Kepala  Dinas", "hadir"])
def test_offsets_map_back_to_the_written_text(span: str) -> None:
    text = "Kepala  Dinas\t \u00a0Kesehatan\n\n  hadir"
    spacing = collapse_spaces(text)
    assert spacing is not None
    collapsed = " ".join(span.split())
    start = spacing.text.index(collapsed)
    end = start + len(collapsed)
    assert text[spacing.start(start) : spacing.end(end)] == span


@pytest.mark.parametrize(
    ("text", "published", "name", "canonical", "org"),
    [
        (
            "Kapolres  Boyolali AKBP Budi  Hartanto meninjau pos pengamanan.",
            "2021-05-10",
            "Budi  Hartanto",
            "Budi Hartanto",
            "Kepolisian Negara Republik Indonesia",
        ),
        (
            "Menteri  Keuangan Sri\u00a0 Mulyani Indrawati membuka rapat kerja.",
            "2020-02-03",
            "Sri\u00a0 Mulyani Indrawati",
            "Sri Mulyani Indrawati",
            "Kementerian Keuangan",
        ),
    ],
)
def test_doubled_spaces_do_not_split_titles_or_names(
    extractor: Extractor, text: str, published: str, name: str, canonical: str, org: str
) -> None:
    record = extractor.extract(text, published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.text, e.canonical, e.org) for e in people] == [(name, canonical, org)]
    assert all(text[e.start : e.end] == e.text for e in record.entities)


def test_quote_offsets_are_in_the_written_text(extractor: Extractor) -> None:
    text = 'Bupati Sleman  mengatakan, "Kami  siap  membantu warga."'
    record = extractor.extract(text, "2022-03-01")
    assert [text[q.start : q.end] for q in record.quotes] == ["Kami  siap  membantu warga."]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("PltBupati Wonosobo hadir", "Plt Bupati Wonosobo hadir"),  # title words glued
        ("KepalaDinas Kesehatan", "Kepala Dinas Kesehatan"),
        ("Kasat Reskrim AKP.Dwi Santoso", "Kasat Reskrim AKP Dwi Santoso"),  # a rank and a dot
        ("Kapolres.Dwi Santoso", "Kapolres Dwi Santoso"),  # a title word and a dot
    ],
)
def test_glued_title_words_are_read_apart(text: str, read: str) -> None:
    spacing = collapse_spaces(text)
    assert spacing is not None and spacing.text == read


@pytest.mark.parametrize(
    "text",
    [
        "di Wonosobo.Menurut dia",  # a place and a sentence's end: left as written
        "PDIPerjuangan",  # a party's acronym glued to a word of its name
        "lulusan S.Sos,M.Si",  # degrees
        "McDonald",
    ],
)
def test_other_glued_words_are_left_as_written(text: str) -> None:
    assert collapse_spaces(text) is None


def test_a_glued_title_reads_its_office(extractor: Extractor) -> None:
    text = "PltBupati Wonosobo Agus Sutrisno membuka acara."
    record = extractor.extract(text, "2021-05-10")
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.text, e.org) for e in people] == [("Agus Sutrisno", "Pemerintah Kabupaten Wonosobo")]
    assert all(text[e.start : e.end] == e.text for e in record.entities)
