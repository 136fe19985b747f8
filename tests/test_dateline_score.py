"""The gold dateline read from gold entities, and the dateline figures of ``evaluate``."""

from __future__ import annotations

from pmk_extract.dateline_score import gold_dateline
from pmk_extract.evaluate import format_scores, score
from pmk_extract.records import Dateline, Entity, Record


def _entities(text: str, *spans: tuple[str, str, str, str | None]) -> tuple[Entity, ...]:
    out = []
    for surface, label, canonical, value in spans:
        start = text.index(surface)
        out.append(Entity(start, start + len(surface), surface, label, canonical, value=value))
    return tuple(out)


def test_outlet_place_and_date_make_the_gold_dateline() -> None:
    text = "Judul Berita\n\nLiputan6.com, Jakarta - Menteri datang.\n\nIsi."
    entities = _entities(
        text, ("Liputan6.com", "ORG", "Liputan6", None), ("Jakarta", "LOC", "Jakarta", None)
    )
    found = gold_dateline(text, entities)
    assert found is not None and (found.place, found.date) == ("Jakarta", None)
    text = "Judul\n\nBatam (15/6) – Menteri datang ke Batam."
    entities = _entities(
        text, ("Batam", "LOC", "Batam", None), ("15/6", "DATE", "2023-06-15", "2023-06-15")
    )
    found = gold_dateline(text, entities)
    assert found is not None and (found.place, found.date) == ("Batam", "2023-06-15")


def test_a_place_that_opens_a_sentence_is_no_dateline() -> None:
    text = "Judul\n\nJakarta menjadi tuan rumah, kata Budi.\n\nJakarta-Bandung ditempuh."
    entities = _entities(text, ("Jakarta", "LOC", "Jakarta", None))
    assert gold_dateline(text, entities) is None


def test_evaluate_counts_right_wrong_and_extra_datelines() -> None:
    text = "Judul\n\nJAKARTA, KOMPAS.com - Menteri datang."
    entities = _entities(
        text, ("JAKARTA", "LOC", "Jakarta", None), ("KOMPAS.com", "ORG", "Kompas", None)
    )
    other = "Judul\n\nMenteri datang ke Bandung."
    gold = [
        Record(id="a", published=None, entities=entities),
        Record(id="b", published=None, entities=entities),
        Record(id="c", published=None),
    ]
    predictions = [
        Record(id="a", published=None, dateline=Dateline(7, 29, "Jakarta", None)),
        Record(id="b", published=None, dateline=Dateline(16, 29, "Kompas", None)),
        Record(id="c", published=None, dateline=Dateline(7, 14, "Menteri", None)),
    ]
    scores = score(gold, predictions, texts={"a": text, "b": text, "c": other})
    assert (scores.dateline.hits, scores.dateline.total, scores.dateline_extra) == (1, 2, 1)
    assert "dateline place and date           0.500  (1/2)" in format_scores(scores)
    assert score(gold, predictions).dateline.total == 0  # without texts, no dateline figure
