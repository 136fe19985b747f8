"""Page furniture: what web copies put around an article, and what the layout makes of it."""

from __future__ import annotations

import pytest

from pmk_extract import Extractor
from pmk_extract.discourse import text_structure
from pmk_extract.furniture import find_furniture

ARTICLE = "Gubernur meninjau tanggul yang jebol di Desa Sukamaju, Senin (4/3)."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Baca juga: Bupati Resmikan Pasar Baru di Kecamatan Cibeber", "link"),
        ("BACA JUGA : Menteri Tinjau Lokasi Banjir", "link"),
        ("Berita Terkait: Wali Kota Salurkan Bantuan", "link"),
        ("Foto: Kepala Dinas Sosial menyerahkan bantuan kepada warga.", "caption"),
        ("Warga mengantre bantuan di posko pengungsian. (Foto: Dok. Humas)", "caption"),
        ("Penulis: Rina Marlina | Editor: Agus Salim", "credit"),
        ("Pewarta: Budi Hartono", "credit"),
        ("Laporan Wartawan Kabarjatim.com, Dimas Aditya", "credit"),
        ("(ant/rdk)", "credit"),
        ("Tags: banjir, bantuan sosial, Kabupaten Bandung", "tags"),
        ("#IndonesiaMaju #BersamaLawanCovid", "tags"),
        ("ADVERTISEMENT", "marker"),
        ("SCROLL TO CONTINUE WITH CONTENT", "marker"),
        ("Bagikan ke Facebook, Twitter, WhatsApp", "marker"),
        ("waktu baca 2 menit", "marker"),
        ("Telp. (024) 8311174", "contact"),
        ("e-mail: humas@contoh.go.id", "contact"),
        ("www.contoh.go.id | @humascontoh", "contact"),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    text = f"{ARTICLE}\n\n{line}\n\n{ARTICLE}"
    found = find_furniture(text)
    assert [(text[f.start : f.end], f.kind) for f in found] == [(line.strip(), kind)]


@pytest.mark.parametrize(
    "line",
    [
        ARTICLE,
        "Menurut dia, bantuan tersebut sudah disalurkan sejak pekan lalu.",
        "Ia membaca laporan itu dengan teliti sebelum rapat dimulai.",
        "Sumber dana bantuan berasal dari APBD Provinsi.",
        "Foto bersama dilakukan seusai acara penandatanganan.",
        "Jakarta",
        "(1) Warga diminta waspada terhadap banjir susulan.",
    ],
)
def test_article_lines_are_not_furniture(line: str) -> None:
    assert find_furniture(f"{ARTICLE}\n\n{line}\n") == ()


def test_a_link_inside_a_paragraph_ends_at_its_bracket() -> None:
    text = "Bantuan tiba kemarin (Baca: Presiden Tinjau Banjir Demak) dan langsung dibagikan."
    (piece,) = find_furniture(text)
    assert text[piece.start : piece.end] == "(Baca: Presiden Tinjau Banjir Demak)"


def test_a_heading_governs_the_short_lines_after_it() -> None:
    text = (
        f"{ARTICLE}\n\nBaca Juga:\nMenteri Resmikan Bendungan di Kabupaten Kuningan\n"
        f"Presiden Bagikan Sertifikat Tanah\n\n{ARTICLE}\n\nTag\nBanjir\nBantuan Sosial\n"
    )
    pieces = [text[f.start : f.end] for f in find_furniture(text)]
    assert pieces == [
        "Baca Juga:",
        "Menteri Resmikan Bendungan di Kabupaten Kuningan",
        "Presiden Bagikan Sertifikat Tanah",
        "Tag",
        "Banjir",
        "Bantuan Sosial",
    ]


def test_an_editor_tail_closing_a_paragraph() -> None:
    text = "Bantuan sudah tiba di lokasi, katanya. (ant/mhd)"
    (piece,) = find_furniture(text)
    assert text[piece.start : piece.end] == "(ant/mhd)"


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan sudah tiba di lokasi, katanya. (rdk)",  # after a full stop and a space
        "Bantuan sudah tiba di lokasi, katanya.(rdk)",  # right after it
        "“Bantuan sudah tiba,” katanya.” (rdk)",  # after a closing quote mark
    ],
)
def test_writers_initials_after_a_sentence_end(text: str) -> None:
    (piece,) = find_furniture(text)
    assert (text[piece.start : piece.end], piece.kind) == ("(rdk)", "credit")


def test_initials_inside_a_sentence_are_not_a_tail() -> None:
    assert find_furniture("Warga menerima bantuan dari program itu (pkh)") == ()


def test_no_quote_event_or_speaker_context_from_furniture(extractor: Extractor) -> None:
    text = (
        "Warga Terima Bantuan Beras\n\n"
        "BANDUNG - Sebanyak 200 keluarga di Desa Sukamaju menerima bantuan beras, Senin (4/3).\n\n"
        "Baca juga: Presiden Joko Widodo Resmikan Bendungan Sadawarna\n\n"
        "“Kami bersyukur bantuan datang tepat waktu,” ujarnya.\n\n"
        "Foto: “Terima kasih,” kata Presiden Joko Widodo saat meresmikan bendungan.\n"
    )
    record = extractor.extract(text, published="2024-03-05")
    assert all(q.speaker != "Joko Widodo" for q in record.quotes)
    assert all(q.start < text.index("Foto:") for q in record.quotes)
    assert all(e.trigger_start < text.index("Baca juga") for e in record.events)
    flagged = {e.text for e in record.entities if e.in_furniture}
    assert "Joko Widodo" in flagged
    assert not any(e.in_furniture for e in record.entities if e.start < text.index("Baca"))
    assert "in_furniture" in next(e for e in record.entities if e.in_furniture).to_dict()


def test_the_layout_marks_furniture_tokens(extractor: Extractor) -> None:
    text = f"{ARTICLE}\n\nADVERTISEMENT\n\n{ARTICLE}"
    doc = extractor.nlp(text)
    structure = text_structure(doc)
    marked = [doc[i].text for i, flag in enumerate(structure.in_furniture) if flag]
    assert marked == ["ADVERTISEMENT"]


def test_a_batch_scans_each_text_for_furniture_once(extractor: Extractor) -> None:
    # every component reads the furniture of the same text, component by component over
    # the whole batch: a cache smaller than the batch would rescan each text
    texts = [
        f"Kota {i}, Senin (4/3/2024) - Bupati meninjau banjir di desa {i}.\n"
        f"Baca juga: Banjir di desa {i + 1}\nFoto: warga desa {i}"
        for i in range(64)
    ]
    find_furniture.cache_clear()
    records = list(extractor.extract_many(texts, batch_size=64))
    assert len(records) == 64
    assert find_furniture.cache_info().misses == len(texts)
