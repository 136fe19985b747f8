"""Title words misspelt as the press types them (``tests/data/misspelt_title_cases.jsonl``,
sentences written for this test):

- a word one edit off two titles is read as the one it may be: an abbreviated title with a
  letter changed is another office's, so "Kapolrs" is Kapolres (a letter dropped), not
  Kapolri;
- the fused titles the lexicons abbreviate ("Sekdakab", "Kasubbag") and the posts of courts
  and prosecution offices ("Panitera") are read misspelt too;
- a title misspelt before a unit lets the unit be built after it ("Kepalla Seksi X Dinas Y"),
  also one the post's words open ("Dputi Bidang X BNPB Nama"); a short word one letter short
  of a title is read where it opens a generic title of two words with the next ("Kepla
  Bidang"), never a word of the dictionary ("Kepal", a fist);
- the words of an acting post are never read as another title ("Penjabat" is no "Pejabat");
- a misspelt name after a generic title whose organisation is read is the holder on the date
  of the post of that organisation the title opens ("Sekretaris Jenderal (Sekjen) Kementerian
  X, Nama" misspelt; "Komisioner KPU RI, Nama" misspelt: a member, whom the offices call
  "Anggota"), never a holder of another post there ("Dirjen Y Kementerian X").

Each text must give exactly the expected PERSON with the expected organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor
from pmk_extract.components.officials import _officials

CASES = Path(__file__).parent / "data" / "misspelt_title_cases.jsonl"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Kapolrs", "Kapolres"),
        ("Kapolre", "Kapolres"),
        ("Wakapolrs", "Wakapolres"),
        ("Sekdakkab", "Sekdakab"),
        ("Paniterra", "Panitera"),
        ("Penjabat", None),
        ("Kepal", None),  # a word of its own (a fist), one letter short of Kepala
        ("Kapolra", None),  # a letter changed off Kapolda (a key's neighbour) and Kapolri
    ],
)
def test_title_word(written: str, title: str | None) -> None:
    assert _officials().title_reader.spelling.title_word(written) == title


def test_every_text_gives_the_expected_person(extractor: Extractor) -> None:
    assert whole_text_misses(extractor, load_cases(CASES)) == []
