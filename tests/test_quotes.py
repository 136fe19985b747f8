"""pmk_quotes: quote forms and speaker rules (a table), quote spans, the dev targets."""

from __future__ import annotations

from typing import Any

import pytest

from pmk_extract import Extractor, Record
from pmk_extract.components.quotes import speech_cues
from pmk_extract.evaluate import score
from pmk_extract.registry import DEFAULT_PIPELINE

MUHADJIR_ROLE = "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan"

# (text, published, expected [(quoted text, speaker, cue)])
FORMS = [
    (  # cue after, full name with title
        "JAKARTA – Menteri Sosial Tri Rismaharini meninjau dapur umum.\n\n"
        "“Semua warga harus makan tiga kali sehari,” ujar Mensos Tri Rismaharini.",
        "2022-03-10",
        [("Semua warga harus makan tiga kali sehari,", "Tri Rismaharini", "ujar")],
    ),
    (  # cue after, a bare title resolved to the office holder on the date
        "KEMENKO PMK – Pemerintah memperkuat penanganan stunting.\n\n"
        "“Semua kementerian harus bergerak bersama,” kata Menko PMK.",
        "2023-01-26",
        [("Semua kementerian harus bergerak bersama,", "Muhadjir Effendy", "kata")],
    ),
    (  # "-nya" cue: the subject of the sentence before
        "Kepala BNPB Suharyanto meninjau lokasi banjir di Demak.\n\n"
        "“Kami kirim perahu karet hari ini,” ujarnya.",
        "2024-03-20",
        [("Kami kirim perahu karet hari ini,", "Suharyanto", "ujarnya")],
    ),
    (  # cue before the quote, in the same sentence
        "Menkes Budi Gunadi Sadikin menambahkan: “Vaksin tersedia di semua puskesmas.”",
        "2022-05-18",
        [("Vaksin tersedia di semua puskesmas.", "Budi Gunadi Sadikin", "menambahkan")],
    ),
    (  # "Menurut X, “…”"
        "Menurut Hasto Wardoyo, “Pendampingan keluarga adalah kuncinya.”",
        "2022-06-16",
        [("Pendampingan keluarga adalah kuncinya.", "Hasto Wardoyo", "Menurut")],
    ),
    (  # straight quotes, cue "kata" + short name; then a paragraph quote without a cue
        'Kepala BKKBN Hasto Wardoyo membuka rapat.\n\n"Data kita sudah lengkap," kata Hasto.'
        '\n\n"Tinggal intervensinya yang harus tepat sasaran."',
        "2022-06-16",
        [
            ("Data kita sudah lengkap,", "Hasto Wardoyo", "kata"),
            ("Tinggal intervensinya yang harus tepat sasaran.", "Hasto Wardoyo", None),
        ],
    ),
    (  # a quote over two paragraphs is one quote
        "Menteri Sosial Tri Rismaharini hadir.\n\n“Paragraf pertama berisi pesan.\n\n"
        "“Paragraf kedua menutupnya,” tutur Risma.",
        "2022-03-10",
        [
            (
                "Paragraf pertama berisi pesan.\n\n“Paragraf kedua menutupnya,",
                "Tri Rismaharini",
                "tutur",
            )
        ],
    ),
    (  # a quoted theme inside a sentence is not a quote
        "Peringatan tahun ini mengusung tema “Bergerak Bersama Semarakkan Merdeka Belajar”.",
        "2023-05-02",
        [],
    ),
    (  # a comma between the title and the name, another person named just before
        "Rapat dihadiri Menteri Kesehatan Budi Gunadi Sadikin.\n\n"
        "“Program prioritas harus dikawal,” kata Ketua Panitia, Bambang Suryanto usai rapat.",
        "2023-05-02",
        [("Program prioritas harus dikawal,", "Bambang Suryanto", "kata")],
    ),
    (  # the comma outside the closing mark; another person named just before
        "Menteri Sosial Tri Rismaharini hadir.\n\nKepala BNPB Suharyanto juga hadir.\n\n"
        '"Penyaluran bantuan sudah dimulai", kata Mensos Risma.',
        "2021-09-23",
        [("Penyaluran bantuan sudah dimulai", "Tri Rismaharini", "kata")],
    ),
    (  # a cue with an unnamed speaker is not the person named before
        "Kepala BNPB Suharyanto menyerahkan bantuan.\n\n"
        "“Bantuan ini sangat membantu kami,” kata salah satu warga penerima bantuan.",
        "2023-05-02",
        [("Bantuan ini sangat membantu kami,", None, "kata")],
    ),
    (  # a title in lower case after the cue points back to the person named before
        "Bupati Pekalongan Asip Kholbihi melantik 157 pejabat.\n\n"
        "“Jabatan adalah amanah,” kata bupati.",
        "2020-01-05",
        [("Jabatan adalah amanah,", "Asip Kholbihi", "kata")],
    ),
    (  # a short form of the first name of a person named before
        "Deputi Bidang Pengendalian Penduduk BKKBN Bonivasius Prasetya Ichtiarto mendampingi "
        "Kepala BKKBN Hasto Wardoyo.\n\n“Kampung KB terus bertambah,” kata Hasto.\n\n"
        "“Kampung KB sudah berhasil,” kata Boni.",
        "2023-10-04",
        [
            ("Kampung KB terus bertambah,", "Hasto Wardoyo", "kata"),
            ("Kampung KB sudah berhasil,", "Bonivasius Prasetya Ichtiarto", "kata"),
        ],
    ),
    (  # a title with "dan" and its acronym in brackets, a comma, then the name
        "Rapat digelar bersama Ririn Indriani.\n\n“SDM kita besar”, ujar Menteri Komunikasi "
        "dan Informatika (Menkominfo), Johnny G. Plate.",
        "2022-07-22",
        [("SDM kita besar", "Johnny Gerard Plate", "ujar")],
    ),
    (  # the speaker before a cue that follows the quote
        "“Target kami tercapai tahun ini,” Suharyanto menambahkan.",
        "2023-05-02",
        [("Target kami tercapai tahun ini,", "Suharyanto", "menambahkan")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_quote_forms(
    extractor: Extractor,
    text: str,
    published: str,
    expected: list[tuple[str, str, str | None]],
) -> None:
    record = extractor.extract(text, published)
    found = [(text[q.start : q.end], q.speaker, q.cue) for q in record.quotes]
    assert found == expected
    for quote in record.quotes:
        if quote.cue is not None:
            assert text[quote.cue_start :].startswith(quote.cue)


def test_speaker_role_and_org_from_the_title(extractor: Extractor) -> None:
    record = extractor.extract(FORMS[1][0], FORMS[1][1])
    quote = record.quotes[0]
    assert quote.speaker_role == MUHADJIR_ROLE
    assert quote.speaker_org == "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"
    assert quote.to_dict()["speaker_role"] == MUHADJIR_ROLE


def test_the_holder_depends_on_the_date(extractor: Extractor) -> None:
    text = "“Kita percepat semua program,” kata Menko PMK."
    early = extractor.extract(text, "2023-01-26").quotes[0].speaker
    late = extractor.extract(text, "2025-03-01").quotes[0].speaker
    assert early == "Muhadjir Effendy" and late not in (None, early)


@pytest.mark.parametrize("stem", ["ujar", "kata", "tutur", "tegas", "jelas", "pungkas", "menurut"])
def test_cue_lexicon(stem: str) -> None:
    assert stem in speech_cues()


def test_dev_quote_targets(dev_raw: list[dict[str, Any]], dev_predictions: list[Record]) -> None:
    scores = score([Record.from_dict(d) for d in dev_raw], dev_predictions)
    assert scores.quotes.recall >= 0.95
    assert scores.speaker.value >= 0.95


def test_bare_title_points_to_the_person_named_with_that_role(extractor: Extractor) -> None:
    # without a date the holder is unknown, but the text has named the minister
    text = (
        "Menteri Agama Yaqut Cholil Qoumas meresmikan gedung madrasah.\n\n"
        "“Kami menyambut rombongan dengan gembira,” ujar Bupati Garut Rudy Gunawan.\n\n"
        "“Mutu madrasah harus terus ditingkatkan,” ungkap Menag."
    )
    record = extractor.extract(text)
    assert [(q.speaker, q.speaker_role) for q in record.quotes] == [
        ("Rudy Gunawan", "Bupati Garut"),
        ("Yaqut Cholil Qoumas", "Menteri Agama"),
    ]


def test_a_name_no_component_tagged_after_the_cue() -> None:
    # without the statistical NER nothing tags "Probo Sukesi": the name after the cue counts
    rules_only = Extractor(components=[c for c in DEFAULT_PIPELINE if c != "pmk_ner"])
    text = (
        "Kepala BNPB Suharyanto menyerahkan bantuan.\n\n"
        "“Kami akan terus mendampingi petani,” jelas Probo Sukesi."
    )
    record = rules_only.extract(text, published="2023-05-02")
    assert [q.speaker for q in record.quotes] == ["Probo Sukesi"]


@pytest.mark.parametrize(
    ("label", "source", "expected"),
    [("ORG", "ner", "PERSON"), ("LOC", "ner", "PERSON"), ("ORG", "gazetteer", "ORG")],
)
def test_a_statistical_guess_before_an_age_is_a_person(
    extractor: Extractor, label: str, source: str, expected: str
) -> None:
    from spacy.tokens import Span

    from pmk_extract.components.speakers import tag_speaker_names
    from pmk_extract.extensions import set_span_attrs

    doc = extractor.nlp.make_doc("Ratna Sari Dewi (52), warga Desa Sukamaju, ikut mengungsi.")
    span = Span(doc, 0, 3, label=label)
    doc.set_ents([span])
    set_span_attrs(doc, span.start_char, span.end_char, source=source)
    tag_speaker_names(doc, [])
    assert [(e.text, e.label_) for e in doc.ents] == [("Ratna Sari Dewi", expected)]
