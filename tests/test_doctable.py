"""The shared token table agrees with spaCy's own Token attributes."""

from __future__ import annotations

from pmk_extract import Extractor
from pmk_extract.doctable import token_table

TEXTS = [
    "",
    "Jakarta, Selasa (8/3) - Menko PMK Muhadjir Effendy meninjau posko.\n\n“Kita siap,” ujarnya.",
    "  Dua  spasi\tdan tab\n\n\nbaris 🙂 emoji é café, S.H., M.Si.",
]


def test_token_table_matches_tokens(extractor: Extractor) -> None:
    for text in TEXTS:
        doc = extractor.nlp.make_doc(text)
        table = token_table(doc)
        assert table.words == [t.text for t in doc]
        assert table.lower == [t.lower_ for t in doc]
        assert table.spaces == [t.whitespace_ for t in doc]
        assert table.starts == [t.idx for t in doc]
        assert "".join(w + s for w, s in zip(table.words, table.spaces, strict=True)) == text


def test_token_table_is_cached_and_rebuilt_after_retokenizing(extractor: Extractor) -> None:
    doc = extractor.nlp.make_doc("Menteri Sosial Tri Rismaharini hadir.")
    assert token_table(doc) is token_table(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    assert token_table(doc).words == ["Menteri", "Sosial", "Tri Rismaharini", "hadir", "."]
