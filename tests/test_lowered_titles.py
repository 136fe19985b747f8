"""A named office's title of two words or more with its first word in lower case, as a sentence
writes it before a name ("disampaikan kapolda Metro Jaya Irjen Nama", "menteri Sosial Nama"),
is read as the office, so a misspelt holder's name after it is the holder on that date
(sentences written for these tests), and nothing else is."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor


@pytest.mark.parametrize(
    ("mention", "published", "canonical", "org"),
    [
        (
            "kapolda Metro Jaya Irjen Mohammad Fdil Imran",
            "2022-01-24",
            "Mohammad Fadil Imran",
            "Kepolisian Negara Republik Indonesia",
        ),
        (
            "menteri Sosial Juliair Peter Batubara",
            "2020-05-15",
            "Juliari Peter Batubara",
            "Kementerian Sosial",
        ),
        (
            "menteri Dalam Negeri Tjahjo Koemolo",
            "2017-04-23",
            "Tjahjo Kumolo",
            "Kementerian Dalam Negeri",
        ),
    ],
)
def test_misspelt_holder_after_a_lowered_title(
    extractor: Extractor, mention: str, published: str, canonical: str, org: str
) -> None:
    record = extractor.extract(f"Hal itu disampaikan {mention} di Jakarta.", published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.canonical, e.org, e.matched) for e in people] == [(canonical, org, "fuzzy")]


@pytest.mark.parametrize(
    ("mention", "published", "not_canonical"),
    [
        # a name no holder bears
        ("kapolda Metro Jaya Irjen Budi Santoso", "2022-01-24", "Mohammad Fadil Imran"),
        # a day on which another person is the minister
        ("menteri Sosial Juliair Peter Batubara", "2022-05-01", "Juliari Peter Batubara"),
    ],
)
def test_no_holder_where_the_name_or_day_is_another(
    extractor: Extractor, mention: str, published: str, not_canonical: str
) -> None:
    record = extractor.extract(f"Hal itu disampaikan {mention} di Jakarta.", published=published)
    assert all(e.canonical != not_canonical for e in record.entities)


def test_a_lowered_title_without_a_name_names_no_one(extractor: Extractor) -> None:
    record = extractor.extract("Rapat dengan menteri Sosial dan jajaran berlangsung.", "2020-05-15")
    assert not [e for e in record.entities if e.label == "PERSON"]
