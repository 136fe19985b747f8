"""National posts the mention reader reads (``justice.py``, ``command_bodies.py``,
``titles.py``, ``generic_titles.py``, ``command_staff.py``,
``command_units.tsv``, ``command_titles.tsv``;
``tests/data/natposts_cases.jsonl``, sentences written for this test).

- a public prosecutor written with no office ("Jaksa Penuntut Umum (JPU) Nama", "JPU Nama")
  is a prosecutor of the Kejaksaan Agung; "JPU KPK" keeps the KPK; in a text that names the
  KPK, whose prosecutors are written so too, no organisation;
- a functional post's grade ("Fungsional", "Ahli Madya") or a special court seated in a
  district court ("Tipikor", "PHI") may stand between a post and its body;
- "PT" and a province's name right after a court's post ("Ketua PT X", "Hakim PT X") is the
  province's high court; after a press officer's post only when a comma closes the province's
  name ("Humas PT X, Nama"), else it stays a company;
- a bureau head's short title that also spells a regency ("Karo") is the title when field
  words and a ministry or agency follow ("Karo Perencanaan Kemenkumham Nama");
- customs offices written out with their type, and the provincial broadcasting commissions
  ("KPID X"), and a regency's narcotics office ("BNNK X") are offices of their national body;
- a unit named by its head's title ("Deputi Bidang X BNPB") after a name and a comma is that
  person's post ("Nama, Deputi Bidang X BNPB,"), of the body the unit names;
- a staff assistant written out before a commander's or chief's title ("Asisten Teritorial
  Panglima TNI Nama") is the assistant, not the commander; "Bintara Pembina Desa" is Babinsa;
- a post with its field before a Jaksa Agung Muda's short title ("Direktur Penyidikan
  Jampidsus, Nama") is the director of his unit, not the Jaksa Agung Muda.
- a ministry's research agency or centre by its short form, also fused with "Ka"
  ("Kabalitbang Kemenhub", "Kapuslitbang Lektur Kemenag", "Kabalitbangkes Kemenkes") is
  read as its written-out name (``abbreviations.tsv``) and belongs to the ministry after it;
  with no body written, no organisation; a region's "Balitbangda" stays the region's.
- investigators and auditors are functional posts of the body after them ("Penyidik KPK",
  "Penyelidik KPK", "Pemeriksa BPK", "Auditor ... Inspektorat Jenderal Kemendagri"), and a
  grade or seniority written in lower case between a post and its body is part of the title
  ("Penyidik senior KPK", "Peneliti senior BRIN", "penyidik senior KPK" in a lower-case post:
  ``post_grades.txt``; "utama" too, in any case: "TENAGA AHLI UTAMA KSP", "tenaga ahli
  utama KSP"); "pertama" after a post says "first" and is no grade;
- short forms of units the press fuses or shortens: the BNPB's "Pusdatinkom" ("Kapusdatinkom
  BNPB", also acting), a directorate-general's secretariat "Setditjen".
- a ministry's unit whose name is its own (``organizations.jsonl`` kind ministry_unit, with
  its head's office line): the home-affairs ministry's BSKDN (from 2022) and the KLHK's
  BSILHK, the research agencies of the health and agriculture ministries before 2022
  (Balitbangkes, Balitbangtan), with or without the ministry written after them.
- a ministry's short name as its own releases write it ("KemenKopUKM").
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_cases, load_cases, mention_outcome
from pmk_extract import Extractor

CASES = load_cases(Path(__file__).parent / "data" / "natposts_cases.jsonl")


def test_every_mention_gives_the_expected_person_role_and_org(extractor: Extractor) -> None:
    outcomes = judge_cases(extractor, CASES, mention_outcome)
    assert [c["mention"] for c, ok, _ in outcomes if not ok] == []
