"""Regents, mayors, their vices and acting heads of Sulawesi, Maluku, Papua, Nusa Tenggara and
Kalimantan Selatan of 2011-2025 added by the headse lane (``holders.jsonl``, each line's ``note``
naming its pages), on mentions and titles written for this test
(``data/headse_holder_cases.jsonl``): a title and a name (full, an alias, one letter off, a single
name) give the holder's full name, the role on the date and the regional government; a bare title
names the holder of the day, and nobody outside the terms the pages confirm; a name that is not
the day's holder takes no post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import gazetteer_lines, holder_name, judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "headse_holder_cases.jsonl")


def test_the_lane_lines_name_their_pages() -> None:
    lines = [h for h in gazetteer_lines("holders.jsonl") if "headse lane" in h.get("note", "")]
    assert len(lines) >= 25
    for holder in lines:
        assert "source:" in holder["note"], holder
        assert holder["end"] is None or holder["start"] <= holder["end"], holder


def test_the_written_mentions(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
    assert [c["mention"] for c, _, wrong in outcomes if wrong is not None] == []


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Wali Kota Kendari", dt.date(2015, 3, 2), "Asrun"),
        ("Wali Kota Ambon", dt.date(2013, 6, 1), "Richard Louhenapessy"),
        ("Wali Kota Ambon", dt.date(2017, 1, 10), "Frangky Johanis Papilaya"),
        ("Wakil Wali Kota Gorontalo", dt.date(2017, 2, 1), "Budi Doku"),
        ("Bupati Kepulauan Siau Tagulandang Biaro", dt.date(2021, 4, 6), "Evangelian Sasingen"),
        ("Wali Kota Kotamobagu", dt.date(2020, 10, 1), "Tatong Bara"),
        ("Wakil Bupati Luwu", dt.date(2023, 2, 1), "Syukur Bijak"),
        ("Bupati Pohuwato", dt.date(2019, 8, 1), "Syarif Mbuinga"),
        ("Wakil Bupati Maros", dt.date(2018, 5, 2), "Andi Harmil Mattotorang"),
        ("Bupati Tojo Una-Una", dt.date(2019, 9, 9), "Mohammad Lahay"),
        ("Bupati Buru", dt.date(2020, 7, 7), "Ramly Umasugi"),
        ("Bupati Maluku Tengah", dt.date(2021, 1, 4), "Abua Tuasikal"),
        ("Bupati Keerom", dt.date(2017, 4, 4), "Celcius Watae"),
        ("Bupati Jayapura", dt.date(2014, 5, 5), "Mathius Awoitauw"),
        ("Bupati Mimika", dt.date(2024, 1, 15), "Eltinus Omaleng"),
        ("Bupati Bantaeng", dt.date(2016, 4, 11), "Nurdin Abdullah"),
        ("Bupati Pinrang", dt.date(2021, 8, 2), "Irwan Hamid"),
        ("Wakil Bupati Sinjai", dt.date(2022, 3, 3), "Andi Kartini Ottong"),
        ("Bupati Konawe Selatan", dt.date(2023, 6, 6), "Surunuddin Dangga"),
        ("Bupati Banggai", dt.date(2019, 2, 18), "Herwin Yatim"),
        ("Bupati Gorontalo Utara", dt.date(2020, 10, 5), "Indra Yasin"),
        ("Bupati Gorontalo Utara", dt.date(2023, 1, 9), "Thariq Modanggu"),
        ("Bupati Pulau Morotai", dt.date(2019, 3, 12), "Benny Laos"),
        ("Bupati Muna", dt.date(2018, 8, 20), "Rusman Emba"),
        ("Bupati Kepulauan Aru", dt.date(2017, 6, 6), "Johan Gonga"),
        ("Bupati Maluku Barat Daya", dt.date(2018, 2, 2), "Barnabas Nathaniel Orno"),
        ("Bupati Seram Bagian Barat", dt.date(2017, 1, 16), "Ujir Halid"),
        ("Bupati Kepulauan Yapen", dt.date(2020, 11, 30), "Tonny Tesar"),
        ("Bupati Tolikara", dt.date(2019, 4, 1), "Usman Wanimbo"),
        ("Bupati Donggala", dt.date(2016, 5, 2), "Kasman Lassa"),
        ("Wakil Bupati Donggala", dt.date(2017, 5, 2), "Vera Elena Laruni"),
        ("Bupati Biak Numfor", dt.date(2021, 9, 9), "Herry Ario Naap"),
        ("Bupati Halmahera Selatan", dt.date(2019, 9, 9), "Bahrain Kasuba"),
        ("Bupati Halmahera Selatan", dt.date(2022, 9, 9), "Usman Sidik"),
        ("Bupati Halmahera Selatan", dt.date(2024, 6, 3), "Hasan Ali Bassam Kasuba"),
        ("Bupati Kolaka", dt.date(2021, 3, 3), "Ahmad Safei"),
        ("Bupati Buton", dt.date(2020, 3, 3), "La Bakry"),
        ("Bupati Teluk Bintuni", dt.date(2023, 7, 3), "Petrus Kasihiw"),
        ("Bupati Teluk Bintuni", dt.date(2025, 2, 3), "Matret Kokop"),
        ("Bupati Sumbawa", dt.date(2016, 6, 1), "Muhammad Husni Djibril"),
        ("Bupati Sumbawa", dt.date(2022, 6, 1), "Mahmud Abdullah"),
        ("Wakil Bupati Sumbawa", dt.date(2025, 6, 1), "Mohamad Ansori"),
        ("Bupati Bima", dt.date(2019, 6, 1), "Indah Dhamayanti Putri"),
        ("Wali Kota Bima", dt.date(2019, 6, 1), "Muhammad Lutfi"),
        ("Wakil Bupati Lombok Timur", dt.date(2022, 6, 1), "Rumaksi"),
        ("Bupati Sabu Raijua", dt.date(2019, 6, 1), "Nikodemus Rihi Heke"),
        ("Wakil Bupati Manggarai Barat", dt.date(2016, 6, 1), "Maria Geong"),
        ("Bupati Malaka", dt.date(2022, 6, 1), "Simon Nahak"),
        ("Wakil Bupati Rote Ndao", dt.date(2022, 6, 1), "Stefanus M. Saek"),
        ("Bupati Bombana", dt.date(2016, 6, 1), "Tafdil"),
        ("Bupati Bombana", dt.date(2017, 3, 1), "Sitti Saleha"),
        ("Wakil Bupati Kolaka Utara", dt.date(2019, 6, 1), "Abbas"),
        ("Wakil Bupati Hulu Sungai Utara", dt.date(2022, 6, 1), "Husairi Abdi"),
        ("Wakil Bupati Balangan", dt.date(2022, 6, 1), "Supiani"),
        ("Wakil Bupati Jeneponto", dt.date(2025, 6, 1), "Islam Iskandar"),
        ("Wakil Bupati Bolaang Mongondow", dt.date(2019, 6, 1), "Yanny Ronny Tuuk"),
        ("Bupati Halmahera Tengah", dt.date(2019, 6, 1), "Edi Langkara"),
        ("Wali Kota Tidore Kepulauan", dt.date(2022, 6, 1), "Ali Ibrahim"),
        ("Wakil Bupati Banggai Laut", dt.date(2019, 6, 1), "Tuty Hamid"),
        ("Wakil Bupati Tambrauw", dt.date(2019, 6, 1), "Mesak Metusalak Yekwam"),
        ("Wakil Bupati Tapin", dt.date(2022, 6, 1), "Syafrudin Noor"),
        ("Bupati Hulu Sungai Tengah", dt.date(2020, 6, 1), "A. Chairansyah"),
        ("Wakil Bupati Sikka", dt.date(2019, 6, 1), "Romanus Woga"),
        ("Wakil Bupati Sarmi", dt.date(2019, 6, 1), "Yosina T. Insyaf"),
        ("Bupati Mappi", dt.date(2022, 1, 3), "Kristosimus Yohanis Agawemu"),
        ("Wakil Bupati Sumba Tengah", dt.date(2025, 6, 1), "Martinus Umbu Djoka"),
        ("Wakil Bupati Malinau", dt.date(2023, 6, 1), "Jakaria"),
        ("Wakil Bupati Konawe Utara", dt.date(2022, 6, 1), "Abu Haera"),
        ("Wakil Bupati Buton Utara", dt.date(2016, 6, 1), "Ramadio"),
        ("Wakil Bupati Takalar", dt.date(2019, 6, 1), "Achmad Se're"),
        ("Wakil Bupati Fakfak", dt.date(2022, 6, 1), "Yohana Dina Hindom"),
        ("Wakil Bupati Manggarai Timur", dt.date(2022, 6, 1), "Jaghur Stefanus"),
        ("Wakil Bupati Buton Tengah", dt.date(2019, 6, 1), "La Ntau"),
        ("Bupati Kaimana", dt.date(2022, 6, 1), "Freddy Thie"),
        ("Wali Kota Tomohon", dt.date(2016, 2, 1), "Sanny Jems Parengkuan"),
        ("Wakil Wali Kota Tomohon", dt.date(2019, 6, 1), "Syerly Adelyn Sompotan"),
        ("Bupati Sambas", dt.date(2019, 6, 1), "Atbah Romin Suhaili"),
        ("Wakil Bupati Sambas", dt.date(2022, 6, 1), "Fahrur Rofi"),
    ],
)
def test_a_title_names_the_holder_of_the_day(title: str, day: dt.date, holder: str) -> None:
    assert holder_name(title, day) == holder


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # the vice mayor acted beside the detained mayor: not recorded
        ("Wali Kota Kendari", dt.date(2018, 7, 1)),
        # after the regent's death in office, before the 2021 term
        ("Bupati Manokwari", dt.date(2020, 9, 1)),
        # between the end of the term and the Pj's swearing-in (Plh, not recorded)
        ("Bupati Luwu", dt.date(2024, 2, 18)),
        # the vice mayor resigned to stand for parliament; the post stayed empty
        ("Wakil Wali Kota Ternate", dt.date(2024, 3, 1)),
        # the Plh weeks between the 2016-2021 terms and the swearing-in of 2021-02-26
        ("Bupati Gowa", dt.date(2021, 2, 22)),
        # Mimika's regent in KPK custody, then a Pj (neither recorded)
        ("Bupati Mimika", dt.date(2023, 3, 1)),
        # between the two terms of Kabupaten Jayapura's regent (a Plh)
        ("Bupati Jayapura", dt.date(2017, 11, 1)),
        # Minahasa Utara's regent of 2016-2021: the pages spell her name three ways, left out
        ("Bupati Minahasa Utara", dt.date(2018, 12, 3)),
        # after the regent's death, before his vice was sworn in as regent
        ("Bupati Halmahera Selatan", dt.date(2023, 11, 20)),
        # the regent resigned to stand for parliament; his vice acted (not recorded)
        ("Bupati Kolaka", dt.date(2023, 12, 1)),
        ("Bupati Gorontalo Utara", dt.date(2022, 4, 20)),
        # the Plh weeks between Sumbawa's 2016-2021 term and the swearing-in of 2021-04-26
        ("Bupati Sumbawa", dt.date(2021, 3, 15)),
        # Ngada's regent arrested by the KPK on 2018-02-11; his vice acted (not recorded)
        ("Bupati Ngada", dt.date(2018, 6, 1)),
        # Belu between the 2016-2021 term and the swearing-in of 2021-04-26 (a Pj)
        ("Bupati Belu", dt.date(2021, 4, 1)),
        # the regent of Hulu Sungai Utara detained by the KPK; his vice acted (not recorded)
        ("Bupati Hulu Sungai Utara", dt.date(2022, 3, 1)),
        # Bombana between the end of the term (2022-08-22) and the Pj's swearing-in
        ("Bupati Bombana", dt.date(2022, 8, 23)),
        # Jeneponto before the swearing-in of 2025-03-21 (its Pj, not recorded)
        ("Bupati Jeneponto", dt.date(2025, 2, 25)),
        # Hulu Sungai Tengah after the regent's arrest, before his vice was sworn in as regent
        ("Bupati Hulu Sungai Tengah", dt.date(2018, 6, 1)),
        # Konawe Utara between the two terms (2021-04-22 .. 2021-04-25)
        ("Bupati Konawe Utara", dt.date(2021, 4, 23)),
    ],
)
def test_no_holder_outside_the_confirmed_terms(title: str, day: dt.date) -> None:
    assert holder_name(title, day) is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a name that is not the regent of the day: no post, no regional government
        ("Bupati Sumbawa Rahmat Hidayatullah meninjau pasar.", "2022-03-10"),
        ("Bupati Rote Ndao Daniel Manafe meninjau sawah.", "2021-06-10"),
    ],
)
def test_a_name_that_does_not_hold_the_titled_office_takes_no_post(
    extractor: Extractor, text: str, published: str
) -> None:
    record = extractor.extract(text, published=published)
    people = [e for e in record.entities if e.label == "PERSON"]
    assert people, text
    assert all(p.role is None and p.org is None for p in people), [
        (p.canonical, p.role, p.org) for p in people
    ]
