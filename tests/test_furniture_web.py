"""Furniture forms of real web pages: bylines, mastheads, timestamp lines, photo credits,
share and app-promotion lines (each written for this test in the form the pages use)."""

from __future__ import annotations

from pathlib import Path

import pytest

import pmk_extract
from pmk_extract.furniture import find_furniture
from pmk_extract.webpage import read_web_page

ARTICLE = "Gubernur meninjau tanggul yang jebol di Desa Sukamaju, Senin (4/3)."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Rina Wulandari - detikJateng", "credit"),
        ("kumparanNEWS", "credit"),
        ("CNN Indonesia", "credit"),
        ("Rep: Dessy Suciati/ Red: Gita Amanda", "credit"),
        ("Redaktur & Reporter : Tim Redaksi", "credit"),
        ("Tim Redaksi", "credit"),
        ("Kompas.com - 05/12/2018, 17:42 WIB", "timestamp"),
        ("Selasa, 18 Mar 2025 17:48 WIB", "timestamp"),
        ("Jum'at, 22 Juli 2016 - 15:01 WIB", "timestamp"),
        ("11 Oktober 2017 | 14:26 WIB", "timestamp"),
        ("Admin dinkes | 26 April 2024 | 418 kali", "timestamp"),
        ("Dewi Lestari, Jurnalis · Kamis 27 Juni 2019 13:12 WIB", "timestamp"),
        ("Diposting pada 4 November 2025 · Dibaca 1.204 kali", "timestamp"),
        ("oleh Dewi Lestari diperbarui 10 Des 2017, 20:00 WIB", "timestamp"),
        (
            "Petugas memeriksa kendaraan di gerbang tol, Kamis (9/5). (ANTARA/Nama Fotografer)",
            "caption",
        ),
        (
            "Kolom abu keluar dari kawah gunung, Senin (15/5). Foto: ANTARA/HO-BPBD Lembata",
            "caption",
        ),
        (
            "Presiden menyapa warga, Jumat (27/10). (Nama Fotografer / Biro Pers Setpres)",
            "caption",
        ),
        ("Bagikan: Facebook X WhatsApp Telegram Salin Link", "marker"),
        ("Simak berita pilihan kami langsung di ponselmu lewat WhatsApp Channel", "marker"),
        ("Baca artikel menarik lainnya di aplikasi kami", "marker"),
        ("Terkini Lainnya", "link"),
        ("Baca tentang", "tags"),
    ],
)
def test_web_furniture_lines(line: str, kind: str) -> None:
    text = f"{ARTICLE}\n\n{line}\n\n{ARTICLE}"
    assert [(text[f.start : f.end], f.kind) for f in find_furniture(text)] == [(line, kind)]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rapat dilanjutkan pekan depan. (OL-8)", "(OL-8)"),
        ("Kerja sama itu akan diperkuat. (*)", "(*)"),
        ("Upacara berlangsung khidmat. (hid)", "(hid)"),
        # a credit closing a longer paragraph is furniture, the paragraph is not
        (
            'Ia datang pagi. "Kami siap," kata Budi. (Tribunnews.com/Nama Wartawan)',
            "(Tribunnews.com/Nama Wartawan)",
        ),
    ],
)
def test_credit_closing_a_paragraph(line: str, credit: str) -> None:
    text = f"{ARTICLE}\n\n{line}\n\n{ARTICLE}"
    assert [(text[f.start : f.end], f.kind) for f in find_furniture(text)] == [(credit, "credit")]


@pytest.mark.parametrize(
    "line",
    [
        "Jakarta, 20 Agustus 2022",  # a release's dateline on its own line
        "Jakarta, Sabtu, 20 Agustus 2022",
        "Ia lahir di Solo pada 12 Maret 1960 dan besar di Semarang.",
        "Harga naik 10 persen (Januari/Februari)",
        "Menteri menyebut rasio 3/4 penduduk (data 2020/2021) sudah divaksin.",
        "Jakarta - Menteri Pertanian memastikan stok beras aman.",
    ],
)
def test_article_lines_stay_article(line: str) -> None:
    assert find_furniture(f"{ARTICLE}\n\n{line}\n") == ()


def test_html_input_keeps_furniture_flags() -> None:
    html = (Path(__file__).parent / "data" / "pages" / "regional_news.html").read_text()
    page = read_web_page(html)
    assert page is not None
    record = pmk_extract.load().extract(page.text, published=page.published)
    editor = [e for e in record.entities if e.text == "Moch Anhar"]  # "Penulis: ... | Editor: ..."
    assert editor and editor[0].label == "PERSON" and editor[0].in_furniture
    link = page.text.index("Baca juga")
    assert all(not (link <= q.start < link + 60) for q in record.quotes)
    assert record.dateline is not None and record.dateline.place == "Kabupaten Kudus"
    outlet = [e for e in record.entities if e.text == "TRIBUNJATENG.COM"]
    assert outlet and outlet[0].label == "ORG" and outlet[0].canonical == "Tribun Jateng"
