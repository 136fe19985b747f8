"""ORG spans that must end where the office's name ends: sentences and names written for this
test (``tests/data/org_span_cases.jsonl``), one row per rule and way of writing it.

A row with ``mention`` is put in a neutral sentence; the PERSON found in it must carry the
expected name and organisation. A row with ``orgs`` checks ORG spans and their canonicals in
running text. ``rule`` states the pattern of news writing each row is an instance of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import Outcome, judge_cases, load_cases, mention_outcome, wrong_organisations
from pmk_extract import Extractor
from pmk_extract.components.apposed_names import apposed_name, name_tail
from pmk_extract.components.office_classes import class_end, class_name
from pmk_extract.kb import default_kb
from pmk_extract.lexicons import lexicons

CASES = Path(__file__).parent / "data" / "org_span_cases.jsonl"


@pytest.fixture(scope="module")
def outcomes(extractor: Extractor) -> list[Outcome]:
    return judge_cases(extractor, load_cases(CASES), mention_outcome)


def test_every_row_right(outcomes: list[Outcome]) -> None:
    missed = [case.get("mention") or case["text"] for case, ok, _ in outcomes if not ok]
    assert missed == []


def test_no_wrong_organisation(outcomes: list[Outcome]) -> None:
    """A wrong organisation is worse than none."""
    assert wrong_organisations(outcomes) == []


def test_rows_state_their_rule() -> None:
    for case in load_cases(CASES):
        assert case["rule"] and case["family"] and case["variant"] and case["published"]
        assert ("mention" in case) != ("text" in case)


@pytest.mark.parametrize(
    ("words", "end", "name"),
    [
        (["Kelas", "II", "A", "Cipinang"], 3, "Kelas IIA"),
        (["Klas", "1", "A", "Tangerang"], 3, "Kelas IA"),
        (["Kelas", "II", "-", "B", "Pati"], 4, "Kelas IIB"),
        (["Kelas", "I.A", "Khusus", "TPI", "Medan"], 4, "Kelas IA Khusus TPI"),
        (["Perempuan", "Kelas", "2A", "Semarang"], 3, "Perempuan Kelas IIA"),
        (["Kelas", "Cipinang"], 0, ""),  # a class word with no grade names no class
        (["Kelas", "V", "A"], 3, "Kelas VA"),  # port authorities were graded to V (PM 36/2012)
        (["Kelas", "VI", "A"], 0, ""),  # no sixth class
    ],
)
def test_class_designation(words: list[str], end: int, name: str) -> None:
    assert class_end(words, 0) == end
    assert class_name(words[:end]) == name


def _marked(text: str) -> tuple[list[str], list[str | None], int, int]:
    """Words, entity labels and the predicted span of a sentence written with its entities
    in brackets ("[ORG Kejari Bitung]") and the prediction in braces ("{Noldy Pangemanan}")."""
    words: list[str] = []
    labels: list[str | None] = []
    label: str | None = None
    start = end = -1
    for token in text.split():
        if token.startswith("[") and token[1:] in ("ORG", "LOC", "PERSON"):
            label = token[1:]
            continue
        if token == "]":
            label = None
            continue
        if token == "{":
            start = len(words)
            continue
        if token == "}":
            end = len(words)
            continue
        words.append(token)
        labels.append(label)
    return words, labels, start, end


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a comma sets the holder's name off after the post phrase
        ("Kepala [ORG Kejaksaan Negeri Tondano ] , { Noldy Pangemanan } SH MH", True),
        ("Penjabat Wali Kota [LOC Bitung ] , [LOC Sulawesi Utara ] , { Olvie Walangitan }", True),
        ("Kasi Humas dan protokoler Sekretariat dewan [LOC Kota Bitung ] , { Rieke Roring }", True),
        ("Kasi Intel [ORG Kejari Tondano ] , { Jeane L. Tangkere }", True),
        # no comma, no post, a person in the phrase, too many lower-case words
        ("Kepala [ORG Kejaksaan Negeri Tondano ] { Noldy Pangemanan }", False),
        ("Acara dihadiri warga , { Noldy Pangemanan }", False),
        ("Kepala [ORG BNPB ] [PERSON Budi Santoso ] , { Noldy Pangemanan }", False),
        ("Kepala Dinas yang juga hadir di sana , { Noldy Pangemanan }", False),
        # an organisation's name: a business word, a known place or body, common words only
        ("Direktur Operasional , { Wings Group }", False),
        ("Kepala Cabang , { Bank Sinarmas }", False),
        ("Manajer Humas , { Grand Hotel }", False),
        ("Direktur Utama , { Citilink Indonesia }", False),
        ("Direktur Utama , { Gudang Garam }", False),
        ("Ketua Koperasi , { Sumber Rezeki }", False),
        ("Kepala Dinas , { Dinas Pendidikan }", False),
        # one word, or words not written as names
        ("Direktur Utama , { Pertamina }", False),
        ("Direktur Utama , { PT KAI }", False),
    ],
)
def test_apposed_name(extractor: Extractor, text: str, person: bool) -> None:
    words, labels, start, end = _marked(text)
    ner = extractor.nlp.get_pipe("pmk_ner")
    found = apposed_name(words, labels, start, end, lexicons(), default_kb(), ner.office_words)
    assert found is person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an office's head, a short form the gazetteer does not know, then the holder's name
        ("Ketua { DPRD XY Noldy Pangemanan }", "Noldy Pangemanan"),
        ("Kepala Bidang { Dinas PUPR KT Rieke Roring Walangitan }", "Rieke Roring Walangitan"),
        # no post before it; no short form telling where the office's name ends
        ("Warga { DPRD XY Noldy Pangemanan }", None),
        ("Direktur Utama { PT Sinar Jaya Noldy Pangemanan }", None),
        ("Kepala { Badan Search and Rescue Nasional }", None),
        # what follows the short form is no name: a business word, one word, common words
        ("Ketua { DPRD XY Grand Hotel }", None),
        ("Ketua { DPRD XY Pangemanan }", None),
        ("Ketua { DPRD XY Sumber Rezeki }", None),
    ],
)
def test_name_tail(extractor: Extractor, text: str, name: str | None) -> None:
    words, labels, start, end = _marked(text)
    ner = extractor.nlp.get_pipe("pmk_ner")
    cut = name_tail(words, labels, start, end, lexicons(), default_kb(), ner.office_words)
    assert (" ".join(words[cut:end]) if cut is not None else None) == name
