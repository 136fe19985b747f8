"""Names as careless pages write them after a title, on mentions written for this test
(``data/misspelt_name_cases.jsonl``): around a change of holder the outgoing holder and the
announced successor are still, or already, named by the office's title (a handover of a
week either side of the sourced day); "Hi"/"Hi." is Haji before a name; a lower-case "l"
typed for a capital "I" opens a name or a rank ("lwan", "lPTU"); a rank or a degree set off
by a comma stands between the title and the name ("AKBP, Nama"); "Polrestro" is the fused
"Polres Metro"; a nickname made of the opening or the end of a word of the one holder's
name ("FX Rudy", "Midji") is the holder. Negatives: weeks from the handover a misspelt name
is no holder's; two candidates of a handover that the name both fits name neither; an "l"
opening a short form or a particle is read as written; a short nickname alone, or one
beside a word that is not the holder's, is nobody's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import load_cases, mention_misses
from pmk_extract import Extractor
from pmk_extract.components.holder_rules import HolderRules
from pmk_extract.components.name_fits import nickname_fits
from pmk_extract.kb import KnowledgeBase
from pmk_extract.normalize import collapse_spaces
from pmk_extract.people import Holder, Office, People

CASES = load_cases(Path(__file__).parent / "data" / "misspelt_name_cases.jsonl")


def test_misspelt_and_decorated_names_after_titles(extractor: Extractor) -> None:
    assert mention_misses(extractor, CASES) == []


def test_a_misspelt_name_weeks_after_the_term_is_not_the_outgoing_holder(
    extractor: Extractor,
) -> None:
    text = "Gubernur Kalimantan Barat Sutarmiji memberikan keterangan kepada wartawan."
    record = next(
        iter(extractor.extract_many([{"id": "1", "text": text, "published": "2023-10-20"}]))
    )
    assert all(e.canonical != "Sutarmidji" for e in record.entities if e.label == "PERSON")


def test_handover_holder_within_a_week_of_the_term() -> None:
    office = Office("bupati-x", "Bupati X", None, ("Bupati X",))
    people = People(
        [office],
        [
            Holder("bupati-x", "Rahmat Hidayatullah", (), dt.date(2019, 1, 1), dt.date(2024, 3, 1)),
            Holder(
                "bupati-x", "Sukardi Wiryawan", (), dt.date(2024, 3, 2), None, acting="Penjabat"
            ),
        ],
    )
    rules = HolderRules(KnowledgeBase([]), people)
    # the outgoing holder, misspelt, three days after his term
    assert rules.handover_holder(office, "Rahmat Hidayatulah", dt.date(2024, 3, 4)) == (
        "Rahmat Hidayatullah",
        True,
    )
    # the acting successor, days before his start
    assert rules.handover_holder(office, "Sukardi Wiryawan", dt.date(2024, 2, 27)) == (
        "Sukardi Wiryawan",
        False,
    )
    # more than a week away, or a name that fits neither: none
    assert rules.handover_holder(office, "Rahmat Hidayatulah", dt.date(2024, 3, 12)) is None
    assert rules.handover_holder(office, "Budi Santoso", dt.date(2024, 3, 4)) is None
    # the holder on the date is no handover's
    assert rules.handover_holder(office, "Sukardi Wiryawan", dt.date(2024, 3, 4)) is None


def test_two_holders_of_a_handover_that_the_name_fits_name_neither() -> None:
    office = Office("sekda-x", "Sekretaris Daerah X", None, ("Sekda X",))
    people = People(
        [office],
        [
            Holder("sekda-x", "Ahmad Fauzi Lubis", (), dt.date(2019, 1, 1), dt.date(2024, 3, 1)),
            Holder("sekda-x", "Ahmad Fauzi Nasution", (), dt.date(2024, 3, 5), None),
        ],
    )
    rules = HolderRules(KnowledgeBase([]), people)
    assert rules.handover_holder(office, "Ahmad Fauzi", dt.date(2024, 3, 3)) is None


def test_lower_case_l_for_capital_i() -> None:
    read = collapse_spaces("Kapolri Jenderal Pol ldham Azis dan Kapolsek lPTU Joko hadir.")
    assert read is not None
    assert "Pol Idham Azis" in read.text and "Kapolsek IPTU Joko" in read.text
    assert len(read.text) == len(read.original)
    # a particle, a short form without a vowel, a word after no capitalised word: as written
    assert collapse_spaces("Ayo lho Pak, rapat di lt. 2 dan lks kota.") is None
    assert collapse_spaces("kata ldham saja") is None


def test_nicknames_of_the_holders_name() -> None:
    holder = Holder("walikota-x", "Fransiskus Hadi Rudyatmo", (), dt.date(2016, 1, 1), None)
    assert nickname_fits("Hadi Rudy", holder)
    assert nickname_fits("Rudyat", holder)
    assert not nickname_fits("Rudy", holder)  # four letters alone: a name of its own
    assert not nickname_fits("Budi Rudy", holder)  # no word as the holder's name writes it
    assert not nickname_fits("Hadi Santoso", holder)
