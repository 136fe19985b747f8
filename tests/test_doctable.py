"""The shared token table agrees with spaCy's own Token attributes; words a component keeps on
a Doc hold while its tokenisation does."""

from __future__ import annotations

from pmk_extract import Extractor
from pmk_extract.doctable import keep_words, kept_words, token_table

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


def test_kept_words_hold_until_the_doc_is_retokenized(extractor: Extractor) -> None:
    doc = extractor.nlp.make_doc("Mentri Sosial Tri Rismaharini hadir.")
    assert kept_words(doc, "test.words") == {}  # nothing kept
    keep_words(doc, "test.words", {0: "Menteri"})
    kept = kept_words(doc, "test.words")
    assert kept == {0: "Menteri"}
    kept[1] = "Sosial"  # a copy: the kept words stay as kept
    assert kept_words(doc, "test.words") == {0: "Menteri"}
    assert kept_words(doc, "test.other") == {}  # another key
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    assert kept_words(doc, "test.words") == {}  # token 0 may be another token now
