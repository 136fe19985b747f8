"""A minister (or deputy minister) is also titled by the post and any name of the ministry
("Menteri KKP", "Wakil Menteri Kemenkes"; ``lexicons/head_titles.tsv``), so a misspelt
holder's name after such a title is the holder on that date (sentences written for these
tests), and nothing else is."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.kb_entries import KBEntry
from pmk_extract.people import Office, head_titles


def _ministry(canonical: str, *aliases: str) -> KBEntry:
    return KBEntry(id="k", canonical=canonical, label="ORG", kind="ministry", aliases=aliases)


def test_titles_from_the_ministry_names() -> None:
    office = Office("m", "Menteri Kelautan dan Perikanan", "k", ("Menteri Kelautan dan Perikanan",))
    deputy = Office("w", "Wakil Menteri Kelautan dan Perikanan", "k", ())
    entry = _ministry("Kementerian Kelautan dan Perikanan", "KKP", "Kemen KP")
    derived = {o.id: o.titles for o in head_titles([office, deputy], [entry])}
    assert derived["m"] == (
        "Menteri Kelautan dan Perikanan",
        "Menteri Kementerian Kelautan dan Perikanan",
        "Menteri KKP",
        "Menteri Kemen KP",
    )
    assert "Wakil Menteri KKP" in derived["w"]


def test_no_titles_for_another_post_or_organisation() -> None:
    entry = _ministry("Kementerian Keuangan", "Kemenkeu")
    # a post of the ministry that is not its head's, and a minister of another ministry
    staff = Office("s", "Sekretaris Jenderal Kementerian Keuangan", "k", ("Sekjen Kemenkeu",))
    other = Office("o", "Menteri Perdagangan", "k", ("Mendag",))
    # an organisation whose name opens with no listed word
    agency = KBEntry(
        id="b", canonical="Badan Pangan Nasional", label="ORG", kind="agency", aliases=("Bapanas",)
    )
    head = Office("h", "Menteri Pangan Nasional", "b", ())
    out = head_titles([staff, other, head], [entry, agency])
    assert [o.titles for o in out] == [("Sekjen Kemenkeu",), ("Mendag",), ()]


@pytest.mark.parametrize(
    ("mention", "published", "canonical", "org"),
    [
        (
            "Menteri KKP Edy Prabowo",
            "2020-05-01",
            "Edhy Prabowo",
            "Kementerian Kelautan dan Perikanan",
        ),
        (
            "Menteri Kemenkeu Sri Mulyanii Indrawati",
            "2018-03-01",
            "Sri Mulyani Indrawati",
            "Kementerian Keuangan",
        ),
        (
            "Menteri Kemenpora Imam Nahrawy",
            "2017-04-01",
            "Imam Nahrawi",
            "Kementerian Pemuda dan Olahraga",
        ),
        (
            "Menteri Kemenag Yaqut Kholil Qoumas",
            "2021-06-01",
            "Yaqut Cholil Qoumas",
            "Kementerian Agama",
        ),
        (
            "Menteri Kemenaker Hanif Dakiri",
            "2019-02-01",
            "Muhammad Hanif Dhakiri",
            "Kementerian Ketenagakerjaan",
        ),
        # the ministry's name of that date: Kemendikbud in 2016 is Muhadjir Effendy's
        (
            "Menteri Kemendikbud Muhajir Effendy",
            "2016-09-01",
            "Muhadjir Effendy",
            "Kementerian Pendidikan dan Kebudayaan",
        ),
    ],
)
def test_misspelt_minister_after_post_and_ministry(
    extractor: Extractor, mention: str, published: str, canonical: str, org: str
) -> None:
    record = extractor.extract(f"{mention} meninjau pelabuhan.", published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert [(e.canonical, e.org, e.matched) for e in people] == [(canonical, org, "fuzzy")]


@pytest.mark.parametrize(
    ("mention", "published", "not_canonical"),
    [
        # a day on which another person is the minister
        ("Menteri KKP Edy Prabowo", "2017-05-01", "Edhy Prabowo"),
        # a name no holder bears, after the minister's title
        ("Menteri KKP Budi Santoso", "2020-05-01", "Edhy Prabowo"),
        # a former minister named as written is that person, not the holder of the day
        ("Menteri KKP Susi Pudjiastuti", "2020-05-01", "Edhy Prabowo"),
        # another ministry's minister misspelt after this ministry's title
        ("Menteri Kemenkeu Imam Nahrawy", "2017-04-01", "Imam Nahrawi"),
    ],
)
def test_no_holder_where_the_name_or_day_is_another(
    extractor: Extractor, mention: str, published: str, not_canonical: str
) -> None:
    record = extractor.extract(f"{mention} meninjau pelabuhan.", published=published)
    assert all(e.canonical != not_canonical for e in record.entities if e.label == "PERSON")
