"""The statistical NER inside the pipeline: fills gaps, never overrides the knowledge base."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Span

from pmk_extract import Extractor
from pmk_extract.lexicons import lexicons
from pmk_extract.ner_features import lexicon_classes

TEXT = (
    "Bantuan diterima oleh Siti Rahmawati, warga Kecamatan Sukajadi, dari Yayasan Cinta "
    "Anak Bangsa. Menurut Siti, bantuan itu sangat membantu."
)


@pytest.fixture(scope="module")
def found(extractor: Extractor) -> dict[str, tuple[str, str, str | None]]:
    record = extractor.extract(TEXT, published="2024-05-01")
    return {e.text: (e.label, e.canonical, e.source) for e in record.entities}


def test_model_finds_names_no_list_holds(found: dict[str, tuple[str, str, str | None]]) -> None:
    assert found["Siti Rahmawati"] == ("PERSON", "Siti Rahmawati", "ner")
    assert found["Yayasan Cinta Anak Bangsa"][:2] == ("ORG", "Yayasan Cinta Anak Bangsa")


def test_knowledge_base_wins(found: dict[str, tuple[str, str, str | None]]) -> None:
    assert found["Kecamatan Sukajadi"] == ("LOC", "Kecamatan Sukajadi", "gazetteer")


def test_headline_and_programme_words_are_not_names(extractor: Extractor) -> None:
    text = (
        "Kemensos Luncurkan Program Bantuan Pangan Nasional\n\n"
        "Program Bantuan Pangan Nasional menyasar peserta PKH di seluruh Indonesia."
    )
    record = extractor.extract(text, published="2024-05-01")
    assert [e.text for e in record.entities if e.source == "ner"] == []


def test_finds_most_unlisted_names_of_press_release_kinds(extractor: Extractor) -> None:
    """Foundations, companies, schools, villages and people no list holds (self-written)."""
    cases = [
        json.loads(line)
        for line in (Path(__file__).parent / "data" / "ner_names.jsonl").open(encoding="utf-8")
    ]
    found = total = 0
    for case in cases:
        texts = {e.text for e in extractor.extract(case["text"]).entities}
        found += sum(name in texts for name in case["names"])
        total += len(case["names"])
    assert total == 26
    assert found / total >= 0.7, f"{found}/{total}"


def _keeper(extractor: Extractor, text: str) -> Callable[[str, str], bool]:
    """Whether the NER filters keep the span ``part`` of ``text`` with ``label``."""
    ner = extractor.nlp.get_pipe("pmk_ner")
    doc = extractor.nlp.make_doc(text)

    def kept(part: str, label: str) -> bool:
        span = doc.char_span(text.index(part), text.index(part) + len(part), label)
        assert span is not None
        return bool(ner.keep(span))

    return kept


def test_acronyms_events_and_products_are_not_kept(extractor: Extractor) -> None:
    kept = _keeper(
        extractor,
        "Peserta mendaftar di SIPENA lalu mengunduh Sehatku Mobile sebelum Pekan Raya Fair "
        "dan Asian Games, kata Rina Kusuma dari Yayasan Tunas Muda di Kota Bima.",
    )
    assert not kept("SIPENA", "LOC") and not kept("SIPENA", "PERSON")
    assert not kept("Sehatku Mobile", "ORG")
    assert not kept("Pekan Raya Fair", "ORG") and not kept("Asian Games", "ORG")
    assert kept("Rina Kusuma", "PERSON") and kept("Yayasan Tunas Muda", "ORG")
    assert kept("Bima", "LOC")


def _model_names(extractor: Extractor, text: str) -> list[str]:
    """The names the statistical NER adds to the record of ``text``."""
    record = extractor.extract(text, published="2021-11-21")
    return [e.text for e in record.entities if e.source == "ner"]


def test_no_name_runs_over_a_line_break_or_a_dash(extractor: Extractor) -> None:
    names = _model_names(
        extractor,
        "Judul berita ini\n\nPara guru belajar Karakter Bangsa\n\n"
        "Acara itu dihadiri Krisiandi\n\nTim Redaksi menulis laporannya.",
    )
    assert "Krisiandi" in names
    assert all("\n" not in name for name in names), names
    text = "Judul Berita Ini\n\nPURBALINGGA, INFO – Sebanyak 1.681 CPNS hadir."
    assert _model_names(extractor, text) == []


def test_related_article_links_are_not_read_for_names(extractor: Extractor) -> None:
    names = _model_names(
        extractor,
        "Judul\n\nJAKARTA – Kepala BNPB Suharyanto meninjau banjir di Sintang, Sabtu (20/11).\n"
        "Baca Juga: Balita Tewas Terseret Arus Selokan di Bantul\n"
        "Warga bernama Ahmad Fauzi menerima bantuan. (Baca juga: Menag Ajak Doakan Wabah "
        "Corona Segera Selesai) Bantuan diserahkan di posko.",
    )
    assert names == ["Ahmad Fauzi"]


def test_regional_titles_diseases_and_budget_terms_are_not_kept(extractor: Extractor) -> None:
    kept = _keeper(
        extractor,
        "Rapat diikuti Kapolda, Kajari dan Dandim setempat, lalu imunisasi Rubella bersama "
        "Dewi Sartika Putri. DIPA Anggaran 2020 dan TKDD Tahun Anggaran 2020 diserahkan.",
    )
    assert not kept("DIPA Anggaran", "ORG") and not kept("Tahun Anggaran", "ORG")
    assert not kept("Kapolda", "PERSON") and not kept("Kajari", "ORG")
    assert not kept("Dandim", "PERSON") and not kept("Rubella", "PERSON")
    assert kept("Dewi Sartika Putri", "PERSON")


def test_acting_posts_are_titles_not_names(extractor: Extractor) -> None:
    kept = _keeper(
        extractor,
        "Laporan dibacakan Plh. Kadis Pertanian, lalu Pj. Bupati Sleman dan Pelaksana Tugas "
        "Camat Depok menyerahkan bantuan kepada Rahmat Hidayat.",
    )
    assert not kept("Plh.", "PERSON") and not kept("Plh. Kadis Pertanian", "ORG")
    assert not kept("Pj. Bupati Sleman", "PERSON")
    assert not kept("Pelaksana Tugas Camat Depok", "PERSON")
    assert kept("Rahmat Hidayat", "PERSON")


def test_degrees_and_corps_are_trimmed(extractor: Extractor) -> None:
    text = (
        "Acara dipandu Siti Rahmawati, SE, MM, lalu sambutan Kolonel Inf Bambang Suryanto, "
        "S. Sos, dan doa oleh Rahmad Hidayat, S.I.K."
    )
    record = extractor.extract(text, published="2022-03-03")
    people = [e.text for e in record.entities if e.label == "PERSON"]
    assert people == ["Siti Rahmawati", "Bambang Suryanto", "Rahmad Hidayat"]


def test_more_degrees_are_trimmed(extractor: Extractor) -> None:
    text = "Sambutan oleh Ahmad Zulkarnain, S. TP., M. Hum., lalu doa oleh Rudi Hartono, M.Han."
    record = extractor.extract(text, published="2022-03-03")
    people = [e.text for e in record.entities if e.label == "PERSON"]
    assert people == ["Ahmad Zulkarnain", "Rudi Hartono"]


def test_headline_verbs_open_no_name() -> None:
    lex = lexicons()
    assert [lex.headline_verb(w) for w in ("Pimpin", "Serahkan", "Hadiri", "Budiman", "Hadi")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_lexicon_features_of_the_model() -> None:
    words = ["Presiden", "Joko", "Widodo", "meninjau", "Kota", "Surakarta", "dan", "Kemensos", "."]
    assert lexicon_classes(words) == ["w", "PERB", "PERI", "", "LOCB", "LOCI", "", "ORGB", ""]


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "kept"),
    [
        ("Laporan Dinkes Alfiadi diterima.", 1, 3, "PERSON", False),  # an office opens it
        ("Laporan Dinkes diterima.", 1, 2, "LOC", False),
        ("Laporan Dinkes Kaltim diterima.", 1, 3, "ORG", True),
        ("Foto Antarabengkulu\nRep: W Fizriyani", 0, 2, "PERSON", False),  # a credit
        ("Foto Antarabengkulu\nRep: W Fizriyani", 5, 6, "PERSON", False),  # a letter
        ("Ia menerima Satyalancana Karya Satya.", 2, 5, "PERSON", False),  # a decoration
        ("Sesuai Permendagri tersebut.", 1, 2, "PERSON", False),  # a legal instrument
        ("Kantor di Jalan Gajah Mada.", 2, 5, "PERSON", False),  # a name head
        ("Kantor di Jalan Gajah Mada.", 2, 5, "LOC", True),
    ],
)
def test_filters_of_statistical_names(
    extractor: Extractor, text: str, start: int, end: int, label: str, kept: bool
) -> None:
    ner = extractor.nlp.get_pipe("pmk_ner")
    doc = extractor.nlp.make_doc(text)
    assert ner.keep(Span(doc, start, end, label=label)) is kept


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Rep: Wilda Fizriyani Red: Andri", 2, 5, "Wilda Fizriyani"),  # a credit word
        ("Agung Laksono Berikan Bantuan", 0, 3, "Agung Laksono"),  # a headline verb
    ],
)
def test_words_that_end_no_name_are_trimmed(
    extractor: Extractor, text: str, start: int, end: int, expected: str
) -> None:
    ner = extractor.nlp.get_pipe("pmk_ner")
    trimmed = ner._trim(Span(extractor.nlp.make_doc(text), start, end, label="PERSON"))
    assert trimmed is not None and trimmed.text == expected
