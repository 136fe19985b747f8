"""Web pages in: the article of a saved page (trafilatura), its metadata and its date.

The pages of ``tests/data/pages`` are written for these tests in the layouts of
Indonesian news portals, a news agency, a ministry's WordPress site and a provincial
government portal: header and navigation, breadcrumbs, related-article and popular
lists, share buttons, tags and footers around the article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pmk_extract
from pmk_extract.html_text import html_to_text
from pmk_extract.io import read_inputs
from pmk_extract.webpage import html_document, read_web_page

PAGES = Path(__file__).parent / "data" / "pages"

# page -> (publication date the page states, words of the article, words of the page
# around the article: navigation, related and popular lists, share buttons, footer)
CASES = {
    "national_portal.html": (
        "2024-03-21",
        ["DEMAK, KOMPAS.com - Menteri Kesehatan", "obat hari ini juga"],
        ["Beranda", "Tekno", "Harga Beras Naik", "Gubernur Resmikan", "Copyright", "Salin link"],
    ),
    "news_wire_byline.html": (
        "2025-03-18",
        ["Jakarta - Menteri Pertanian", "operasi pasar akan digelar"],
        [
            "Pemilu",
            "Bulog Siapkan Operasi",
            "Harga Cabai",
            "Terpopuler",
            "Jadwal Libur",
            "Pedoman Media Siber",
            "Telegram",
            "Karir",
        ],
    ),
    "wire_agency.html": (
        "2018-01-17",
        ["Jakarta (ANTARA) - Presiden Joko Widodo", "penyesuaian yang lama"],
        [
            "Olahraga",
            "KPU tetapkan",
            "Harga emas",
            "Menteri baru langsung",
            "Wisma Antara",
            "Kode Etik",
        ],
    ),
    "ministry_release.html": (
        "2022-08-20",
        ["Jakarta, 20 Agustus 2022", "isolasi mandiri"],
        [
            "Infografis",
            "Sehatlah Bangsaku",
            "Vaksinasi Dosis Penguat",
            "Stunting",
            "Layanan Jantung",
            "Rasuna Said",
            "Hotline",
            "Bagikan ini",
        ],
    ),
    "regional_government.html": (
        "2025-11-04",
        ["SEMARANG – Gubernur Jawa Tengah", "bebas dari penyimpangan"],
        [
            "PPID",
            "Transparansi",
            "Beranda / Berita",
            "Terinovatif",
            "Mudik Gratis",
            "Jl. Pahlawan",
            "Dibaca 1.204",
        ],
    ),
    "regional_news.html": (
        "2022-02-08",
        ["TRIBUNJATENG.COM, KUDUS - Gubernur", "jangan pulang dulu"],
        ["Jepara", "Video", "Ribuan Warga Kudus", "Tanggap Darurat", "Privacy Policy", "About Us"],
    ),
    "undated_page.html": (
        None,
        ["melaksanakan urusan pemerintahan bidang sosial", "pada hari kerja"],
        ["Layanan", "Kontak", "Pemerintah Kabupaten Demak"],
    ),
}


def test_at_least_five_portal_layouts() -> None:
    assert len([page for page, case in CASES.items() if case[0]]) >= 5
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_article_without_what_surrounds_it(name: str) -> None:
    date, inside, outside = CASES[name]
    page = read_web_page((PAGES / name).read_text(encoding="utf-8"))
    assert page is not None
    for words in inside:
        assert words in page.text
    for words in outside:
        assert words not in page.text, words
    assert page.published == (dt.date.fromisoformat(date) if date else None)
    assert page.title and page.text.startswith(page.title + "\n\n")  # headline first


def test_metadata_title_author_site() -> None:
    page = read_web_page((PAGES / "wire_agency.html").read_text(encoding="utf-8"))
    assert page is not None
    assert page.meta() == {
        "title": "Presiden lantik dua menteri baru di Istana Negara",
        "author": "Agus Salim",
        "site_name": "Antara News",
        "page_published": "2018-01-17",
    }


def test_the_page_date_stands_in_for_a_missing_published_date() -> None:
    html = (PAGES / "regional_news.html").read_text(encoding="utf-8")
    text, meta, published = html_document(html, None, html_to_text)
    assert published == dt.date(2022, 2, 8) and meta["published_source"] == "page"
    assert text.startswith("Ganjar Tinjau Longsor")
    _, meta, published = html_document(html, "2022-02-09", html_to_text)
    assert published == "2022-02-09" and "published_source" not in meta
    assert meta["page_published"] == "2022-02-08"


def test_the_hand_written_reducer_is_the_fallback() -> None:
    calls: list[str] = []

    def fallback(html: str) -> tuple[str, str | None]:
        calls.append(html)
        return "teks", "judul"

    assert read_web_page("") is None
    assert html_document("", None, fallback) == ("teks", {"title": "judul"}, None)
    assert calls == [""]


def test_html_files_read_as_articles_and_resolve_relative_dates(tmp_path: Path) -> None:
    page = tmp_path / "berita.html"
    page.write_text((PAGES / "national_portal.html").read_text(encoding="utf-8"))
    (document,) = list(read_inputs([str(page)]))
    assert not hasattr(document, "message")
    assert document.published == dt.date(2024, 3, 21)
    assert document.meta["published_source"] == "page"
    assert document.meta["site_name"] == "KOMPAS.com"
    assert "Redaksi" not in document.text
    record = pmk_extract.load().extract(document.text, published=document.published)
    assert record.dateline is not None and record.dateline.place == "Kabupaten Demak"
    today = [e for e in record.entities if e.text == "hari ini"]
    assert today and today[0].value == "2024-03-21"  # resolved against the page's date
