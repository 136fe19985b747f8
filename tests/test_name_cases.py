"""Names after official titles as the press writes them: sentences written for these tests
(``tests/data/name_cases.jsonl``), several per rule of news writing; each row names its
class and rule.

- ``capitals``: a name in capitals after a rank or title is a person, its canonical written as
  names are ("IPTU BUDI HARSONO" -> Budi Harsono);
- ``rank``: every police and military rank (``lexicons/ranks.tsv``), with its corps, in any
  case, stands between title and name and is no part of the name;
- ``degree``: honorifics and degrees before or after the name, glued or spaced, are not in it;
- ``natural_end``: a name runs to its natural end (particles, hyphens, three words), and a
  unit's name does not run over a comma into the name after it;
- ``no_org``: a title and its field with no organisation in reach still give person and role;
- ``alias``: a known person's short name under a post of another organisation than theirs on
  that date is another person;
- ``deputy``: "Wakil" before a fused command title or a named office gives the deputy's role.

The expected span is the name only; ``canonical`` (default: the span), ``org`` (None: no
organisation) and ``role`` (when given) are checked.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Span

from helpers import load_cases, mention_record, people_in_mention, written_person
from pmk_extract import Extractor

CASES = Path(__file__).parent / "data" / "name_cases.jsonl"
CLASSES = {"capitals", "rank", "degree", "natural_end", "no_org", "alias", "deputy"}


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["mention"])
def test_name_case(extractor: Extractor, case: dict[str, Any]) -> None:
    record = mention_record(extractor, case)
    people = people_in_mention(record, case["mention"])
    assert [(p.text, p.canonical, p.org) for p in people] == [written_person(case)]
    if "role" in case:
        assert people[0].role == case["role"]


def test_table_covers_every_class() -> None:
    cases = _cases()
    assert len(cases) >= 60
    counts = Counter(case["class"] for case in cases)
    assert set(counts) == CLASSES, counts
    for case in cases:
        assert case["rule"] and case["mention"] and case["published"] and case["person"]


@pytest.mark.parametrize(
    "text",
    [
        "Plt. Kepala Pusat Data, Informasi, dan K",
        "Kapolsek Cilandak IPTU",
        "Camat Cilandak Ahmad bin",
    ],
)
def test_a_title_at_the_end_of_a_text(extractor: Extractor, text: str) -> None:
    """A title, a rank or a particle as a text's last word gives no error and no person."""
    record = extractor.extract(text, published="2022-03-14")
    assert not record.errors
    assert [e.text for e in record.entities if e.label == "PERSON"] in ([], ["Ahmad"])


def test_a_predicted_name_that_closes_a_title_is_dropped(extractor: Extractor) -> None:
    """The statistical model's "Bimas Islam" after "Direktur Jenderal" completes the office's
    title (``offices.jsonl``: "Direktur Jenderal Bimas Islam"): it names no one. The name
    after the comma is kept."""
    doc = extractor.nlp.make_doc("Direktur Jenderal Bimas Islam, Kamil Fauzan, hadir.")
    ner = extractor.nlp.get_pipe("pmk_ner")
    assert not ner.keep(Span(doc, 2, 4, label="PERSON"))
    assert ner.keep(Span(doc, 5, 7, label="PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Pesawat mendarat di Bandara JENDERAL AHMAD YANI.",
        "Warga berkumpul di JL. LETJEN SUPRAPTO SEMARANG.",
        "AKBP BUDI TINJAU POS PENGAMANAN",
        "KAPOLDA JATENG TINJAU POS PENGAMANAN",
    ],
)
def test_capitals_after_a_rank_that_name_no_one(extractor: Extractor, text: str) -> None:
    """A place named after an officer (a capitalised word inside the sentence before the
    rank) and a headline in capitals (its verb after one name word) are no person."""
    record = extractor.extract(text, published="2022-03-14")
    assert [e.text for e in record.entities if e.label == "PERSON"] == []
