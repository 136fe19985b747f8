"""Names after a post that were lost, cut short or completed to another person: sentences
written for these tests (``tests/data/name_bounds6_cases.jsonl``), all extracted in one batch.

- ``hiname``: the Haji title of the father's name between the given name and the father's
  name in North Maluku naming ("Rusli Hi. Sangaji", "Hi.Gani" set apart, in capitals too) is
  part of the name (``name_particles.txt``); ``hinone``: before the given name it is an
  honorific, and with no name word after it no part of the name;
- ``rooti``: a name made of a root word and -i ("Masyhuri", "Makmuri", "Sukari") is a name
  when the sentence goes on after it as after a subject (a word in lower case, a comma, a
  degree); ``headline``: after a title in a Title Case headline such a word is its verb;
- ``intro``: "yakni", "yaitu", "ialah", "yang baru" and the time of the holding ("saat itu",
  "saat ini") between a post and a name introduce the post's holder (``holder_intros.txt``);
  ``introdate``: a day, a place or the sentence going on after them is no name;
- ``shortname``: two words of a known person's longer name after a regional post, on a day
  they held nothing, when they never held an office of a government of that province, are
  another person's name as written; ``shortknown``: the holder of the titled office on that
  date, or a person who held an office of that organisation or of another government of its
  province (a regent later the province's vice governor), still completes it; ``village``:
  after a village's post (the knowledge base holds no village office) such a short name is
  another person's, also while the known person holds another office; ``localpost``: so is
  one after a post of a region's parliament or of a national body's office in a region the
  role names, whose bearer never served a government of that province (``localknown``: one
  who did keeps the full name);
- ``glued``: an initial or an abbreviated name word glued to the next name word is set apart
  in the canonical ("M.Ridwan": M. Ridwan); ``gluedkeep``: a name's initials stay as written;
- ``classgrade``: the grade V after a class word ("KSOP Kelas V X") numbers the office and
  opens no name (``office_classes.py``); ``capt``: the master mariner's title "Capt." before
  a port official's name is no part of it (``honorifics.txt``);
- ``baptismal``: a baptismal name abbreviated with a dot before the given name ("Yoh.",
  "Ign.", "Th.": ``name_abbreviations.txt``) is part of the name.

``person`` is the only PERSON's expected canonical (None: no PERSON at all), ``org`` its
organisation.
"""

from __future__ import annotations

from pathlib import Path

from helpers import load_cases, whole_text_misses
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_bounds6_cases.jsonl"


def test_name_bounds6_cases(extractor: Extractor) -> None:
    cases = load_cases(CASES)
    assert whole_text_misses(extractor, cases) == []
    assert {case["class"] for case in cases} == {
        "hiname",
        "hinone",
        "rooti",
        "headline",
        "intro",
        "introdate",
        "shortname",
        "shortknown",
        "glued",
        "gluedkeep",
        "classgrade",
        "capt",
        "baptismal",
        "village",
        "localpost",
        "localknown",
    }
