"""A title of the knowledge base written whole with its last word glued to the name after it
("Menteri Dalam NegeriTjahjo Kumolo") ends there: the name is read after the title, also
misspelt; the same word glued after anything but the whole title is left as written
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor


@pytest.mark.parametrize(
    ("mention", "published", "name", "canonical", "role"),
    [
        (
            "Menteri Dalam NegeriTjahjo Kumolo",
            "2016-05-02",
            "Tjahjo Kumolo",
            "Tjahjo Kumolo",
            "Menteri Dalam Negeri",
        ),
        (
            "Gubernur Jawa TengahGanjar Pranowo",
            "2020-03-02",
            "Ganjar Pranowo",
            "Ganjar Pranowo",
            "Gubernur Jawa Tengah",
        ),
        (
            "Menteri PPNSuharso Monoarfa",
            "2020-03-02",
            "Suharso Monoarfa",
            "Suharso Monoarfa",
            "Menteri Perencanaan Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan"
            " Nasional",
        ),
        (
            "Wali Kota SurabayaTri Rismaharini",
            "2017-03-02",
            "Tri Rismaharini",
            "Tri Rismaharini",
            "Wali Kota Surabaya",
        ),
        (  # glued and misspelt
            "Menteri Dalam NegeriCahyo Kumolo",
            "2016-05-02",
            "Cahyo Kumolo",
            "Tjahjo Kumolo",
            "Menteri Dalam Negeri",
        ),
    ],
)
def test_name_after_the_glued_title(
    extractor: Extractor, mention: str, published: str, name: str, canonical: str, role: str
) -> None:
    text = f"Pada rapat itu {mention} memberikan arahan."
    record = extractor.extract(text, published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.text, e.canonical, e.role) for e in people] == [(name, canonical, role)]
    assert text[people[0].start : people[0].end] == name


@pytest.mark.parametrize(
    "text",
    [
        "Harian JatengPos memberitakan banjir itu.",  # "Jateng" closes no whole title here
        "Kantor Dalam NegeriTjahjo itu dibuka.",  # "Dalam Negeri" alone is no title
    ],
)
def test_no_title_no_break(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2016-05-02")
    assert all(
        e.canonical != "Tjahjo Kumolo" and e.role is None
        for e in record.entities
        if e.label == "PERSON"
    )
