"""No input crashes the extractor; its output is always valid and deterministic.

Property tests (hypothesis) over arbitrary Unicode (control characters, RTL marks,
emoji, combining marks, zero-width characters, long tokens, unbalanced quotes and
brackets, HTML fragments, digits or punctuation only) and over real press-release
fragments from the dev set mixed with that noise, so the rule components fire.

The default profile keeps the file fast for CI; for a bigger run::

    PMK_HYPOTHESIS_PROFILE=robustness-big python -m pytest tests/test_robustness.py

``benchmarks/fuzz.py`` runs the same checks at scale (100,000+ inputs).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmk_extract import Extractor, InputError, PmkError, Record
from pmk_extract.chunking import chunk_bounds
from pmk_extract.extractor import Document, merge_chunks
from pmk_extract.records import EVENT_TYPES, LABELS, PARTICIPANT_ROLES
from pmk_extract.surrogates import replace_surrogates

_SRC = Path(__file__).resolve().parent.parent / "src" / "pmk_extract"
_DEV = Path(__file__).resolve().parent / "data" / "press_releases_dev.jsonl"

settings.register_profile(
    "robustness-ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "robustness-big",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# per test, not settings.load_profile: the choice must not leak into other test files
PROFILE = settings.get_profile(os.environ.get("PMK_HYPOTHESIS_PROFILE", "robustness-ci"))
FEWER = settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 3))


# --- the checks ------------------------------------------------------------------


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((_SRC / "record.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def dump(record: Record) -> str:
    """The record as the CLI writes it: byte-identical output is compared on this."""
    return json.dumps(record.to_dict(), ensure_ascii=False)


def check_record(record: Record, text: str, *, errors_ok: bool = False) -> None:
    """Assert every invariant a record of ``text`` must satisfy.

    Some errors are notes on the input, allowed everywhere: unpaired surrogates (the
    record's text is the input with U+FFFD for them), dates outside years 1-9999, spans
    longer than their label allows, and long texts that are mostly not words.
    """
    size = len(text)
    text = replace_surrogates(text)
    data = json.loads(dump(record))
    _validator().validate(data)
    assert Record.from_dict(data).to_dict() == data
    if not errors_ok:
        notes = ("unpaired surrogate", "outside years 1-9999", "dropped a ", "not processed: ")
        assert all(any(n in e.message for n in notes) for e in record.errors), record.errors
    previous_end = 0
    for ent in record.entities:
        assert 0 <= ent.start < ent.end <= size, ent
        assert text[ent.start : ent.end] == ent.text, ent
        assert ent.label in LABELS
        assert ent.start >= previous_end, ("overlap or order", ent)
        previous_end = ent.end
        if ent.label != "DATE":
            assert ent.value is None
    for quote in record.quotes:
        assert 0 <= quote.start <= quote.end <= size, quote
        if quote.cue is not None and quote.cue_start is not None:
            assert text.startswith(quote.cue, quote.cue_start), quote
    for event in record.events:
        assert event.type in EVENT_TYPES
        assert 0 <= event.trigger_start <= size
        assert text.startswith(event.trigger, event.trigger_start), event
        assert all(p.role in PARTICIPANT_ROLES for p in event.participants)
        if event.sentence_start is not None and event.sentence_end is not None:
            assert 0 <= event.sentence_start <= event.trigger_start < event.sentence_end <= size
    if record.dateline is not None:
        assert 0 <= record.dateline.start <= record.dateline.end <= size


# --- strategies -------------------------------------------------------------------


@cache
def dev_texts() -> tuple[str, ...]:
    with _DEV.open(encoding="utf-8") as handle:
        return tuple(json.loads(line)["text"] for line in handle if line.strip())


CONTROL = "".join(chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
COMBINING = "\u0300\u0301\u0308\u0327\u0335\u20dd\u0489\u034f\ufe0f\u0e49"
EMOJI = "😀🇮🇩👍🏽👨‍👩‍👧🎉🔥✅❤️🙏🏻"
QUOTES = "\"'“”‘’„«»‹›「」`´"
BRACKETS = "()[]{}<>（）【】"
PUNCT = ".,;:!?-–—…/\\|@#$%^&*_+=~" + QUOTES + BRACKETS
SPACES = " \t\n\r\n\n\u00a0\u2028\u2029\u3000\u202f\x0b\x0c"
HTML = (
    "<p>",
    "</p>",
    "<br/>",
    '<div class="content">',
    "</div>",
    '<a href="https://kemenkopmk.go.id/?a=1&b=2">',
    "</a>",
    "&nbsp;",
    "&amp;",
    "&#8220;",
    "<!-- iklan -->",
    "<script>var x = '</p>';</script>",
    "<strong>",
    "</strong>",
    "<img src=x onerror=alert(1)>",
)
WORDS = (
    "Selasa (8/3)",
    "Rabu (32/13)",
    "(8/3",
    "8/3)",
    "Jumat, 30 Februari 2022",
    "kemarin",
    "besok",
    "pekan lalu",
    "tahun 2022",
    "Jakarta, 9/3/2022 –",
    "Menko PMK",
    "Muhadjir Effendy",
    "Kemenko PMK",
    "Kementerian Sosial",
    "BNPB",
    "Kepala BNPB Suharyanto",
    "ujar",
    "kata",
    "menurutnya",
    "meraih",
    "menyerahkan bantuan",
    "Bupati Cianjur",
    "Plt.",
    "Prof. Dr.",
    "RI",
    "Kabupaten",
    "Desa",
    "1.000.000",
    "Rp",
    "09.30 WIB",
    "2022-2023",
    "1/1/0",
    "31/12/9999",
    "0/0",
)


def _noise_alphabet() -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            CONTROL,
            BIDI,
            ZERO_WIDTH,
            COMBINING,
            EMOJI,
            QUOTES + BRACKETS,
            PUNCT,
            SPACES,
            "0123456789",
        ]
    ).flatmap(lambda chars: st.text(alphabet=chars, min_size=1, max_size=20))


noise = st.one_of(
    st.text(max_size=30),  # any code point but surrogates
    _noise_alphabet(),
    st.sampled_from(HTML),
    st.sampled_from(WORDS),
)

special_texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.text(alphabet=st.characters(), max_size=200),  # lone surrogates included
    st.text(alphabet=CONTROL + BIDI + ZERO_WIDTH + COMBINING + EMOJI + " ", max_size=200),
    st.text(alphabet="0123456789", max_size=200),
    st.text(alphabet="0123456789/.-: ()", max_size=200),
    st.text(alphabet=PUNCT, max_size=200),
    st.text(alphabet=PUNCT + SPACES, max_size=200),
    # very long tokens
    st.builds(lambda c, n: c * n, st.characters(), st.integers(200, 3_000)),
    st.text(alphabet="aA(.“0/", min_size=500, max_size=3_000),
    st.lists(noise, max_size=40).map("".join),
    st.lists(st.sampled_from(HTML + WORDS), max_size=30).map(" ".join),
)


@st.composite
def dev_fragment(draw: st.DrawFn, size: int = 1_500) -> str:
    """A slice of a real release, up to ``size`` characters."""
    text = draw(st.sampled_from(dev_texts()))
    start = draw(st.integers(0, len(text) - 1))
    length = draw(st.integers(0, size))
    return text[start : start + length]


@st.composite
def mutated_fragment(draw: st.DrawFn, size: int = 1_500) -> str:
    """A real fragment with noise inserted at random places (inside words too)."""
    text = draw(dev_fragment(size))
    inserts = draw(st.lists(st.tuples(st.integers(0, len(text)), noise), max_size=8))
    for position, piece in sorted(inserts, reverse=True):
        text = text[:position] + piece + text[position:]
    return text


def text_strategy(size: int = 1_500) -> st.SearchStrategy[str]:
    """Any of the texts above; real fragments are at most ``size`` characters each."""
    mixed = st.lists(st.one_of(dev_fragment(size), noise, mutated_fragment(size)), max_size=6)
    return st.one_of(special_texts, dev_fragment(size), mutated_fragment(size), mixed.map("".join))


texts = text_strategy()
published = st.one_of(
    st.none(),
    st.dates(),  # year 1 to 9999: relative dates must not overflow
    st.dates(dt.date(2015, 1, 1), dt.date(2026, 12, 31)),
    st.datetimes().map(lambda d: d.isoformat()),
)


# --- properties -------------------------------------------------------------------


@PROFILE
@given(text=texts, published=published)
def test_extract_any_text_gives_a_valid_record(
    extractor: Extractor, text: str, published: object
) -> None:
    record = extractor.extract(text, published=published, id="x")
    check_record(record, text)
    assert record.id == "x"
    # deterministic: the same input gives byte-identical JSON, whatever ran in between
    assert dump(extractor.extract(text, published=published, id="x")) == dump(record)


@FEWER
@given(items=st.lists(st.tuples(texts, published), min_size=1, max_size=6), size=st.integers(1, 4))
def test_extract_many_equals_extract_one_by_one(
    extractor: Extractor, items: list[tuple[str, object]], size: int
) -> None:
    docs = [{"id": str(i), "text": t, "published": p} for i, (t, p) in enumerate(items)]
    records = list(extractor.extract_many(docs, batch_size=size))
    assert [r.id for r in records] == [d["id"] for d in docs]
    for doc, record in zip(docs, records, strict=True):
        check_record(record, doc["text"])
        alone = extractor.extract(doc["text"], published=doc["published"], id=doc["id"])
        assert dump(record) == dump(alone)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # pmk_officials: a short-mention key cut short at the end of the Doc (IndexError E035)
        ("Muhadjir Effendy&#8220;Muhadjir Effendy", None),
        ("Muhadjir EffendyMuhadjir Effendy&#8220;Muhadjir Effendy", None),
        # pmk_officials: a generic title and its field ending the text, with nothing after
        # them to look at for "pada" (IndexError)
        ("CIANJURKepaal A", None),
        ("Pernyataan itu disampaikan Kepala Bidang Humas", "2024-01-02"),
        # tokenizer: lone surrogates (text decoded with surrogateescape) cannot go into
        # spaCy's string store: UnicodeEncodeError
        ("\uda37" * 30, dt.date(2016, 4, 16)),
        ("Kemenko PMK \udc80\ud83d rapat Selasa (8/3) di Jakarta\udfff.", "2022-03-09"),
    ],
)
def test_fuzz_findings(extractor: Extractor, text: str, published: object) -> None:
    check_record(extractor.extract(text, published=published), text)


# --- huge documents: chunks ------------------------------------------------------


@PROFILE
@given(
    text=st.one_of(texts, st.lists(dev_fragment(), max_size=8).map("\n\n".join)),
    size=st.integers(1, 400),
)
def test_chunk_bounds_cover_the_text(text: str, size: int) -> None:
    bounds = list(chunk_bounds(text, size))
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(0 < b - a <= size for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(bounds))


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("satu dua.\n\ntiga empat", 15, ["satu dua.\n\n", "tiga empat"]),
        ("satu\ndua tiga\n\nempat", 15, ["satu\ndua tiga\n\n", "empat"]),
        ("satu dua\ntiga empat lima", 15, ["satu dua\n", "tiga empat lima"]),
        ("Satu dua. Tiga empat lima", 15, ["Satu dua. ", "Tiga empat lima"]),
        ("satu dua tiga empat", 15, ["satu dua tiga ", "empat"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("", 4, []),
    ],
)
def test_chunk_cuts_prefer_paragraphs(text: str, size: int, expected: list[str]) -> None:
    assert [text[a:b] for a, b in chunk_bounds(text, size)] == expected


def with_options(extractor: Extractor, max_length: int, long_texts: str = "chunk") -> Extractor:
    """The session's extractor (same loaded pipeline) with other long-text options."""
    other = copy.copy(extractor)
    other.max_length = max_length
    other.long_texts = long_texts  # type: ignore[assignment]
    return other


@pytest.fixture(scope="module")
def chunked(extractor: Extractor) -> Extractor:
    """The default pipeline with a small ``max_length``."""
    return with_options(extractor, 700)


def test_long_text_is_chunked_with_offsets_into_the_whole(
    extractor: Extractor, chunked: Extractor
) -> None:
    texts_ = dev_texts()[:4]
    whole = "\n\n".join(texts_)
    record = chunked.extract(whole, published="2022-03-09", id="long")
    check_record(record, whole)
    assert record.ok and record.id == "long"
    # each release alone, shifted, finds (nearly) what the chunked whole finds
    found = {(e.start, e.end, e.label) for e in record.entities}
    alone: set[tuple[int, int, str]] = set()
    offset = 0
    for text in texts_:
        alone |= {
            (e.start + offset, e.end + offset, e.label)
            for e in extractor.extract(text, published="2022-03-09").entities
        }
        offset += len(text) + 2
    assert len(found & alone) >= 0.9 * len(alone)
    assert record.dateline == extractor.extract(whole[:700], published="2022-03-09").dateline


def test_text_at_max_length_is_one_piece(chunked: Extractor) -> None:
    text = dev_texts()[0][:700]
    record = chunked.extract(text, published="2022-03-09")
    check_record(record, text)


def test_long_text_refused_when_asked(extractor: Extractor) -> None:
    refusing = with_options(extractor, 50, "refuse")
    record = refusing.extract("x " * 30, id="long")
    assert not record.ok and record.entities == ()
    assert record.errors[0].stage == "input"
    assert (
        "max_length=50" in record.errors[0].message and "60 characters" in record.errors[0].message
    )


def test_merge_chunks_shifts_every_offset() -> None:
    from pmk_extract.records import Dateline, Entity, ErrorInfo, Event, Quote

    part = Record(
        id=None,
        published=None,
        entities=(Entity(1, 3, "ab", "ORG", "ab"),),
        events=(Event("MEETING", "rapat", 4, sentence_start=0, sentence_end=9),),
        quotes=(Quote(1, 2, "X", "ujar", 5),),
        errors=(ErrorInfo("pmk_dates", "boom"),),
        dateline=Dateline(0, 2),
    )
    item = Document("y" * 20, "d", dt.date(2022, 3, 9), {"url": "u"})
    merged = merge_chunks(item, [(0, 10, part), (10, 20, part)])
    assert [(e.start, e.end) for e in merged.entities] == [(1, 3), (11, 13)]
    assert [(e.trigger_start, e.sentence_start, e.sentence_end) for e in merged.events] == [
        (4, 0, 9),
        (14, 10, 19),
    ]
    assert [(q.start, q.end, q.cue_start) for q in merged.quotes] == [(1, 2, 5), (11, 12, 15)]
    assert merged.dateline == Dateline(0, 2)
    assert [e.message for e in merged.errors] == ["chunk [0:10]: boom", "chunk [10:20]: boom"]
    assert (merged.id, merged.published, merged.meta) == ("d", "2022-03-09", {"url": "u"})


# --- bad arguments ----------------------------------------------------------------


def _raises(argument: str, value: object) -> Any:
    """A context asserting an InputError naming ``argument`` and showing ``value``."""
    shown = repr(value)[:20]
    return pytest.raises(InputError, match=rf"^{_escape(argument)}={_escape(shown)}")


def _escape(text: str) -> str:
    import re

    return re.escape(text)


@pytest.mark.parametrize(
    ("kwargs", "argument", "value"),
    [
        ({"text": None}, "text", None),
        ({"text": b"Kemensos"}, "text", b"Kemensos"),
        ({"text": bytearray(b"x")}, "text", bytearray(b"x")),
        ({"text": 12}, "text", 12),
        ({"text": "x", "published": "kemarin"}, "published", "kemarin"),
        ({"text": "x", "published": 20220309}, "published", 20220309),
        ({"text": "x", "published": True}, "published", True),
        ({"text": "x", "published": dt.time(10)}, "published", dt.time(10)),
        ({"text": "x", "published": "2022-02-30"}, "published", "2022-02-30"),
        ({"text": "x", "id": 1.5}, "id", 1.5),
        ({"text": "x", "id": True}, "id", True),
        ({"text": "x", "id": ["a"]}, "id", ["a"]),
    ],
)
def test_extract_bad_arguments(
    extractor: Extractor, kwargs: dict[str, Any], argument: str, value: object
) -> None:
    with _raises(argument, value) as info:
        extractor.extract(**kwargs)
    assert isinstance(info.value, PmkError) and isinstance(info.value, ValueError)
    assert info.value.argument == argument and info.value.value == value


@pytest.mark.parametrize(
    ("item", "argument", "value"),
    [
        (None, "items[1]", None),
        (b"bytes", "items[1]", b"bytes"),
        (42, "items[1]", 42),
        (["text", {}], "items[1]", ["text", {}]),
        ({"text": None}, "items[1].text", None),
        ({"text": b"x"}, "items[1].text", b"x"),
        ({"text": "x", "published": "Selasa"}, "items[1].published", "Selasa"),
        ({"text": "x", "id": 2.5}, "items[1].id", 2.5),
        ((b"x", {}), "items[1].text", b"x"),
        (("x", {"published": 3.5}), "items[1].published", 3.5),
        (Document(None, None), "items[1].text", None),  # type: ignore[arg-type]
        (Document("x", None, "2022"), "items[1].published", "2022"),  # type: ignore[arg-type]
    ],
)
def test_extract_many_bad_items(
    extractor: Extractor, item: object, argument: str, value: object
) -> None:
    records = extractor.extract_many(["ok", item])  # type: ignore[list-item]
    with _raises(argument, value):
        list(records)


@pytest.mark.parametrize(
    ("kwargs", "argument", "value"),
    [
        ({"items": None}, "items", None),
        ({"items": "one text"}, "items", "one text"),
        ({"items": b"bytes"}, "items", b"bytes"),
        ({"items": {"text": "x"}}, "items", {"text": "x"}),
        ({"items": 7}, "items", 7),
        ({"items": [], "batch_size": 0}, "batch_size", 0),
        ({"items": [], "batch_size": -3}, "batch_size", -3),
        ({"items": [], "batch_size": 2.0}, "batch_size", 2.0),
        ({"items": [], "batch_size": "64"}, "batch_size", "64"),
        ({"items": [], "batch_size": None}, "batch_size", None),
        ({"items": [], "batch_size": True}, "batch_size", True),
        ({"items": [], "n_process": 0}, "n_process", 0),
        ({"items": [], "n_process": -2}, "n_process", -2),
        ({"items": [], "n_process": 1.5}, "n_process", 1.5),
        ({"items": [], "n_process": "2"}, "n_process", "2"),
        ({"items": [], "n_process": None}, "n_process", None),
    ],
)
def test_extract_many_bad_arguments_raise_at_the_call(
    extractor: Extractor, kwargs: dict[str, Any], argument: str, value: object
) -> None:
    with _raises(argument, value):
        extractor.extract_many(**kwargs)  # no iteration needed: checked eagerly


@pytest.mark.parametrize(
    ("kwargs", "argument", "value"),
    [
        ({"max_length": 0}, "max_length", 0),
        ({"max_length": "big"}, "max_length", "big"),
        ({"max_length": 1e6}, "max_length", 1e6),
        ({"long_texts": "split"}, "long_texts", "split"),
        ({"components": "pmk_dates"}, "components", "pmk_dates"),
        ({"components": [None]}, "components", [None]),
        ({"components": None}, "components", None),
    ],
)
def test_extractor_bad_arguments(kwargs: dict[str, Any], argument: str, value: object) -> None:
    with _raises(argument, value):
        Extractor(**kwargs)


def test_one_failing_document_is_one_error_record(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    proc = extractor.nlp.get_pipe("pmk_dates")

    def explode(doc: Any) -> Any:
        if "BOOM" in doc.text:
            raise RuntimeError("kaput")
        return proc(doc)

    # swap the component in the pipeline (its class may be compiled: not patchable)
    components = [(n, explode if n == "pmk_dates" else p) for n, p in extractor.nlp._components]
    monkeypatch.setattr(extractor.nlp, "_components", components)
    items = ["Rapat Selasa (8/3).", "BOOM", "Rapat Rabu (9/3)."]
    records = list(extractor.extract_many(items, batch_size=3))
    assert [r.ok for r in records] == [True, False, True]
    assert records[1].errors[0].stage == "pmk_dates"
    assert "RuntimeError: kaput" in records[1].errors[0].message
    check_record(records[1], "BOOM", errors_ok=True)
