"""Tokenizer rules for press text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pmk_extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(())


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Selasa (8/3)", ["Selasa", "(", "8/3", ")"]),
        ("Rabu (23/10/2024)", ["Rabu", "(", "23/10/2024", ")"]),
        ("Senin (9/1/23) pagi", ["Senin", "(", "9/1/23", ")", "pagi"]),
        ("pada 05/02/2024.", ["pada", "05/02/2024", "."]),
        ("pukul 09.30 WIB", ["pukul", "09.30", "WIB"]),
        ("Prof. Dr. Ahmad, S.H., M.Si.", ["Prof.", "Dr.", "Ahmad", ",", "S.H.", ",", "M.Si."]),
        ("JAKARTA – Menteri", ["JAKARTA", "–", "Menteri"]),
        ("JAKARTA—Menteri", ["JAKARTA", "—", "Menteri"]),
        ("KEMENKO PMK–Sekretariat", ["KEMENKO", "PMK", "–", "Sekretariat"]),
        ("“Terima kasih,” ujar", ["“", "Terima", "kasih", ",", "”", "ujar"]),
        # a photo credit names the site and the photographer; an address stays whole
        ("(Foto: Okezone.com/Rizki)", ["(", "Foto", ":", "Okezone.com", "/", "Rizki", ")"]),
        ("di https://www.kemkes.go.id/berita", ["di", "https://www.kemkes.go.id/berita"]),
        ("di www.contoh.go.id/Profil", ["di", "www.contoh.go.id/Profil"]),
        # a known acronym glued to a capitalised word splits off; unknown capitals stay
        ("Ketua DPRSutrisno Adi", ["Ketua", "DPR", "Sutrisno", "Adi"]),
        ("(BNPBBudi)", ["(", "BNPB", "Budi", ")"]),
        ("Ketua DPRDSemarang", ["Ketua", "DPRD", "Semarang"]),
        ("Ketua XYZBudi", ["Ketua", "XYZBudi"]),
        ("KemenPPPA", ["KemenPPPA"]),
        # a region's kind word shortened with a dot, in lower case too, is one token
        ("Sekda kab. Kerinci", ["Sekda", "kab.", "Kerinci"]),
        ("warga prov. Jambi", ["warga", "prov.", "Jambi"]),
        ("Sekda Kab. Kerinci", ["Sekda", "Kab.", "Kerinci"]),
        ("BRImo", ["BRImo"]),
    ],
)
def test_tokens(nlp: Language, text: str, tokens: list[str]) -> None:
    doc = nlp.make_doc(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text
