"""A name's own first and last words where the recogniser left them out or cut the name
(``components/name_joins.py``, ``components/name_reader.py``): sentences written for these
tests (``tests/data/name_edges_cases.jsonl``), all extracted in one batch.

- ``initial``: an initial right before the name, with or without its dot ("A. Nama Nama",
  "S. Nama Nama"), opens it;
- ``opener``: the initials of a regional naming order's opener ("IGN", "IB", "TB":
  ``name_openers.txt``) and the Balinese order's words opened by its gender word ("I Gusti
  Agung") open it;
- ``middle``: the name of an office's holder of the day written with a middle name's
  initials inside it ("Nama A. Nama" for Nama Nama) is that holder; other capitals inside
  it ("Nama KP Nama") make another name;
- ``honoured``: a span the recogniser reads as an organisation that opens with an honorific
  written only before a person's name ("Hj. Nama Nama": ``person_honorifics.txt``) and holds
  only name words is that person; not a street or a venue named after one ("Jalan H. Nama");
- ``middleinitials``: a name the recogniser ended on an initial with its dot goes on over
  more such initials and the name word after them ("Nama F. R. Nama"); one initial before a
  function word closes it ("Nama S. Kemudian ...");
- ``abbreviation``: "Tb." (Tubagus, ``name_abbreviations.txt``) is a word of the name;
- ``namedot``: the dot of an abbreviated name word or of initials in capitals inside a name
  opening a sentence before its post ("Moh. Nama Nama, Kepala Dinas X,") is no sentence's
  end: the whole name holds the post;
- ``tail``: a word of one or two capitals that closes the name before a word in lower case or a
  mark ("Nama Nama DP kepada", "Nama Nama AS,") is its last word, also where the knowledge base
  reads it as a place;
- ``capsdot``: initials in capitals with their dot set apart inside the name ("Nama HS. Nama")
  go on into the name word after them, after a post and with none;
- ``honorific``, ``unitletter``, ``degree``, ``sentence``, ``place``: precision: an honorific
  ("H.", "H"), a unit's letter ("Komisi B", "kelas A": ``lettered_units.txt``), a grade
  closing a sentence ("nilai A."), a degree ("SE", "SH."), a function word after a closing
  dot, a place after a preposition stay out of the name.

``person`` is the expected PERSON's canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_edges_cases.jsonl"


def test_name_edges_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "initial",
        "opener",
        "tail",
        "capsdot",
        "honorific",
        "unitletter",
        "degree",
        "sentence",
        "place",
        "namedot",
        "abbreviation",
        "middle",
        "honoured",
        "middleinitials",
    }
