"""A known person's one-word short name after a regional government's staff post
(sentences written for this test): on a date the known person holds no office, a post of an
organisation they never served ("Kepala Dinas Pendidikan Kota X Syahrul" while the minister
Syahrul Yasin Limpo held nothing) names another person of that name, who keeps the name as
written; the known person is kept after a regional head's or a minister's title (a term the
record may lack: "Bupati Banyuwangi Anas"), after a title of an office they hold, and where
the whole name is written.
"""

from __future__ import annotations

import pytest

from helpers import longest_person
from pmk_extract import Extractor


@pytest.mark.parametrize(
    ("mention", "published", "canonical", "org"),
    [
        # another person of the name: a staff post, a day the known person held nothing
        (
            "Kepala Dinas Pendidikan Kota Solok Syahrul",
            "2019-06-10",
            "Syahrul",
            "Pemerintah Kota Solok",
        ),
        (
            "Sekwan DPRD Kabupaten Sleman, Prasetyo",
            "2021-05-05",
            "Prasetyo",
            "Pemerintah Kabupaten Sleman",
        ),
        (
            "Kabag Hukum Setda Kabupaten Garut Teten",
            "2018-06-01",
            "Teten",
            "Pemerintah Kabupaten Garut",
        ),
        (
            "Asisten II Setda Kota Kediri, Pramono",
            "2024-12-02",
            "Pramono",
            "Pemerintah Kota Kediri",
        ),
        # the known person: a regional head's title, an office held that day, the whole name
        (
            "Bupati Banyuwangi Anas",
            "2017-05-05",
            "Abdullah Azwar Anas",
            "Pemerintah Kabupaten Banyuwangi",
        ),
        (
            "Gubernur Sulawesi Selatan Syahrul",
            "2016-05-05",
            "Syahrul Yasin Limpo",
            "Pemerintah Provinsi Sulawesi Selatan",
        ),
        ("Mentan Syahrul", "2021-05-05", "Syahrul Yasin Limpo", "Kementerian Pertanian"),
        ("Wali Kota Semarang Hendrar", "2017-05-05", "Hendrar Prihadi", "Pemerintah Kota Semarang"),
    ],
)
def test_a_short_name_after_a_staff_post(
    extractor: Extractor, mention: str, published: str, canonical: str, org: str
) -> None:
    record = extractor.extract(
        f"{mention} memberikan keterangan kepada wartawan.", published=published
    )
    person = longest_person(record, mention)
    assert person is not None
    assert (person.canonical, person.org) == (canonical, org)
