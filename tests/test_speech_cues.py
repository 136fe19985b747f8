"""Every speech cue in every written form: tests/data/speech_cue_forms.tsv.

The table lists, for each stem of ``models/lexicons/speech_cues.tsv``, the forms news
text writes: after a quote with the pronoun suffix ("“…,” keluhnya"), after a quote
before a name ("“…,” keluh Siti"), affixed before a quote ("Siti mengeluhkan, “…”").
Each form must cue the quote and give its speaker; the sentences are the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pmk_extract import Extractor
from pmk_extract.components.speakers import speech_cues
from pmk_extract.stemming import stem_word

ROWS = [
    line.split("\t")
    for line in (Path(__file__).parent / "data" / "speech_cue_forms.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]
FORMS = {row[0]: row[1:] for row in ROWS}
CONTEXT = "Bupati Demak Eisti'anah meninjau tanggul di Desa Sukamaju."
QUOTE = "Air sungai naik lagi sejak subuh tadi"


def _cases(column: int) -> list[tuple[str, str]]:
    return [(stem, forms[column]) for stem, forms in FORMS.items() if forms[column] != "-"]


def test_every_cue_stem_has_its_forms_in_the_table() -> None:
    verbs = {stem for stem, kind in speech_cues().items() if kind == "verb"}
    assert set(FORMS) == verbs
    assert all(len(forms) == 3 for forms in FORMS.values())


@pytest.mark.parametrize("form", [f for row in ROWS for f in row[1:] if f != "-"])
def test_every_form_stems_to_its_cue(form: str) -> None:
    stem = next(s for s, forms in FORMS.items() if form in forms)
    assert stem_word(form) == stem


@pytest.mark.parametrize(("stem", "form"), _cases(0))
def test_pronoun_form_takes_the_subject(extractor: Extractor, stem: str, form: str) -> None:
    # inside a paragraph a quote needs its cue; "-nya" points to the sentence's subject
    text = f"{CONTEXT} “{QUOTE},” {form}."
    record = extractor.extract(text, "2024-02-10")
    assert [(q.cue, q.speaker) for q in record.quotes] == [(form, "Eisti'anah")]


@pytest.mark.parametrize(("stem", "form"), _cases(1))
def test_form_before_a_name_after_a_quote(extractor: Extractor, stem: str, form: str) -> None:
    text = f"{CONTEXT} “{QUOTE},” {form} Siti Aminah (45), warga Desa Sukamaju."
    record = extractor.extract(text, "2024-02-10")
    assert [(q.cue, q.speaker) for q in record.quotes] == [(form, "Siti Aminah")]


@pytest.mark.parametrize(("stem", "form"), _cases(2))
def test_affixed_form_before_a_quote(extractor: Extractor, stem: str, form: str) -> None:
    text = f"{CONTEXT}\n\nKetua RT 05 Rahmat Sugiarto {form}, “{QUOTE}.”"
    record = extractor.extract(text, "2024-02-10")
    assert [(q.cue, q.speaker) for q in record.quotes] == [(form, "Rahmat Sugiarto")]
