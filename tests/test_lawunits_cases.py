"""Officials of the law and justice family written in forms the press uses
(``tests/data/lawunits_cases.jsonl``, sentences written for this test).

- a name of two words or more opening a sentence, a comma, then a post with its office and
  the clause's verb ("Nama Lengkap, Kasi Pidum Kejari X menjelaskan ..."): the post's holder,
  with the name's degrees and honorific left out ("H. Nama, S.H., M.H., Juru Bicara PN X");
  a place, the post's own place or words of the language before the comma are no name;
- the place of a prison, an immigration office or a prosecution branch the gazetteer does not
  know is both words of a hyphened name ("Kanim Soekarno-Hatta") and two words when a comma
  and the holder's name follow ("Kakanim Ngurah Rai, Nama"), never a day after the comma;
- a post and its office may stand apart by "pada" ("Jaksa Penuntut Umum pada Kejati X"); a
  high court's judge is a judge of the Mahkamah Agung also with no court in reach;
- an abbreviated rank or corps is read with a period too ("AKBP. Nama", "Letkol. Inf. Nama");
- the army's hospitals ("Rumkit Tk. III X", "Karumkit Tk. II X") are the TNI's, the police's
  ("Karumkit Bhayangkara X") the Polri's; a Rupbasan moved with the prisons on 2024-10-21;
- a military police detachment numbered under its Pomdam ("Denpom IV/5 Semarang", "Dandenpom
  XIV/1 X") is the TNI's;
- a post of a court or a prosecution office in lower case, wholly or after its first word, is
  read right before its office ("kepala seksi intelijen Kejari X", "Panitera muda Hukum PN X"),
  never alone ("menjadi jaksa").

Each text must give exactly the expected PERSON with the expected organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "lawunits_cases.jsonl"


def test_every_text_gives_the_expected_person(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, load_cases(CASES)) == []
