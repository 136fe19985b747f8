"""The :class:`Extractor`: texts in, :class:`~pmk_extract.records.Record` out."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields, replace
from itertools import islice
from typing import Any, Literal, TypeAlias, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from .budget import OverBudget, time_limit
from .chunking import chunk_bounds
from .discourse import text_structure
from .documents import Document, coerce_published, make_document, positive_int
from .errors import InputError
from .extensions import span_attr
from .normalize import Spacing, collapse_spaces
from .pipeline import build_nlp
from .pool import WorkerPool
from .records import LABELS, Dateline, Entity, ErrorInfo, Event, Quote, Record
from .registry import DEFAULT_PIPELINE
from .surrogates import describe_surrogates, has_surrogates, replace_surrogates
from .wordcache import clear_word_caches

#: Texts longer than this many characters are processed in chunks (or refused).
DEFAULT_MAX_LENGTH = 50_000
#: Documents after which the pipeline is rebuilt, so its vocabulary stops growing.
DEFAULT_RELOAD_EVERY = 5_000
#: Seconds one document (or one chunk of a long text) may take; a real one takes well
#: under a second, 20,000 characters with 10,000 exclamation marks in a row took 116 s.
DEFAULT_TIME_BUDGET = 30.0
#: What to do with a text longer than ``max_length``.
LongTexts: TypeAlias = Literal["chunk", "refuse"]
LONG_TEXTS: tuple[LongTexts, ...] = ("chunk", "refuse")
#: The longest span each label may have, in characters (the longest in the 37 dev texts:
#: ORG 94, LOC 31, PERSON 29, DATE 24); a longer one is dropped and the record says so.
MAX_ENTITY_CHARS = {"ORG": 250, "LOC": 150, "PERSON": 100, "DATE": 80}
#: A text longer than this many characters whose share of letters, digits and spaces is
#: under ``MIN_WORD_SHARE`` is not prose: it gets an error record instead of minutes of
#: tokenizing (60,000 characters of punctuation and emoji took the tokenizer 15-20 s).
WORDLESS_MIN_CHARS = 5_000
MIN_WORD_SHARE = 0.5
_NOT_WORD = re.compile(r"[^\w\s]|_")

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_RELOAD_EVERY",
    "DEFAULT_TIME_BUDGET",
    "LONG_TEXTS",
    "Document",
    "Extractor",
    "LongTexts",
    "coerce_published",
    "make_document",
    "merge_chunks",
    "to_record",
]


def _document_from_item(item: object, index: int) -> Document:
    """Validate one ``extract_many`` item; errors name it as ``items[index]`` (and the field)."""
    try:
        return _document_from(item, index)
    except InputError as exc:
        if exc.argument.startswith("items["):
            raise
        raise InputError(f"items[{index}].{exc.argument}", exc.value, exc.reason) from None


def _document_from(item: object, index: int) -> Document:
    if isinstance(item, Document):
        checked = make_document(item.text, item.published, item.id)
        return replace(item, id=checked.id, published=checked.published)
    if isinstance(item, str):
        return make_document(item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        text, meta = item
        doc = make_document(text, meta.get("published"), meta.get("id"))
        extra = {k: v for k, v in meta.items() if k not in ("id", "published", "text")}
        return Document(doc.text, doc.id, doc.published, extra)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError(f"items[{index}]", item, "a dict item needs a 'text' field")
        doc = make_document(item["text"], item.get("published"), item.get("id"))
        extra = {k: v for k, v in item.items() if k not in ("id", "published", "text")}
        return Document(doc.text, doc.id, doc.published, extra)
    hint = " (decode bytes first)" if isinstance(item, bytes | bytearray) else ""
    raise InputError(
        f"items[{index}]",
        item,
        "expected a str, a dict with 'text', or a (text, meta) pair" + hint,
    )


Item: TypeAlias = "str | Mapping[str, Any] | tuple[str, Mapping[str, Any]] | Document"


class Extractor:
    """A loaded pipeline; build once, then call :meth:`extract` or :meth:`extract_many`.

    Args:
        components: pipeline component names, in order (default: the full pipeline).
        max_length: the longest text, in characters, processed in one piece. A longer
            text is cut into chunks of at most ``max_length`` characters at paragraph
            breaks (else line, sentence or word breaks; see :mod:`pmk_extract.chunking`),
            each processed alone, so memory stays bounded by the chunk, not the text;
            offsets in the record are into the whole text.
        long_texts: ``"chunk"`` (default) processes a longer text in chunks;
            ``"refuse"`` gives it an error record (stage ``"input"``) instead.
        reload_every: rebuild the pipeline after this many documents (None: never).
            spaCy keeps every new word of every text in its vocabulary and string
            store (the NER model's too), so memory grows with the corpus; a fresh
            pipeline, with the per-word caches emptied (:mod:`pmk_extract.wordcache`),
            gives identical records and starts from the loaded size again
            (``benchmarks/memory_corpus.py``).
        time_budget: seconds one document (or one chunk of a long text) may take (None:
            no limit). A document that runs over it gets an error record naming the
            component it was in, and the others of its batch are processed as usual.
            Enforced with a SIGALRM timer, so only in a process's main thread on Linux
            and macOS (the command line and its worker processes); see
            :mod:`pmk_extract.budget`.

    Raises:
        InputError: ``components``, ``max_length``, ``long_texts``, ``reload_every`` or
            ``time_budget`` is malformed.
        PipelineError: a component is unknown or misses a prerequisite.
    """

    def __init__(
        self,
        components: Sequence[str] = DEFAULT_PIPELINE,
        max_length: int = DEFAULT_MAX_LENGTH,
        long_texts: LongTexts = "chunk",
        reload_every: int | None = DEFAULT_RELOAD_EVERY,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
    ) -> None:
        if (
            isinstance(components, str | bytes)
            or not isinstance(components, Iterable)
            or not all(isinstance(name, str) for name in components)
        ):
            raise InputError("components", components, "expected a sequence of component names")
        if long_texts not in LONG_TEXTS:
            raise InputError("long_texts", long_texts, "expected 'chunk' or 'refuse'")
        self.components = tuple(components)
        self.max_length = positive_int("max_length", max_length)
        self.long_texts: LongTexts = long_texts
        self.reload_every = (
            None if reload_every is None else positive_int("reload_every", reload_every)
        )
        self.time_budget = _seconds("time_budget", time_budget)
        self.nlp: Language = build_nlp(self.components)
        self.loads = 1  # pipelines built (1 + reloads)
        #: Called before each chunk of a long text with (characters done, characters in all).
        self.on_chunk: Callable[[int, int], None] | None = None
        self._since_load = 0

    def __repr__(self) -> str:
        return (
            f"Extractor(components={list(self.components)!r}, max_length={self.max_length}, "
            f"long_texts={self.long_texts!r}, reload_every={self.reload_every!r}, "
            f"time_budget={self.time_budget!r})"
        )

    def extract(self, text: str, published: object = None, id: object = None) -> Record:
        """Extract one document.

        Args:
            text: the document text (offsets in the record refer to it).
            published: release date (ISO string, ``date``, ``datetime`` or None);
                without it, relative dates stay unresolved.
            id: document id copied into the record.
        """
        return next(self._run([make_document(text, published, id)], batch_size=1))

    def extract_many(
        self,
        items: Iterable[Item],
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Iterator[Record]:
        """Extract a stream of documents, yielding records in input order.

        Args:
            items: strings, dicts with ``text`` (and optional ``id``, ``published``,
                other keys kept in ``meta``), or ``(text, meta)`` pairs.
            batch_size: documents per ``nlp.pipe`` batch.
            n_process: worker processes (-1: all cores); each loads the pipeline once.

        Raises:
            InputError: ``items`` is not an iterable of documents, ``batch_size`` is not
                an int >= 1, ``n_process`` is not an int >= 1 or -1 (raised at the call);
                an item has the wrong type (raised when the iteration reaches it; names
                its index, e.g. ``items[3].published``).
        """
        if isinstance(items, str | bytes | bytearray | Mapping) or not isinstance(items, Iterable):
            raise InputError(
                "items",
                items,
                "expected an iterable of documents (put a single document in a list)",
            )
        batch_size = positive_int("batch_size", batch_size)
        n_process = positive_int("n_process", n_process, allowed=(-1,))
        documents = (_document_from_item(item, i) for i, item in enumerate(items))
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process == 1:
            return self._run(documents, batch_size)
        settings = {
            "components": self.components,
            "max_length": self.max_length,
            "long_texts": self.long_texts,
            "reload_every": self.reload_every,
            "time_budget": self.time_budget,
        }
        return _run_parallel(settings, documents, batch_size, n_process)

    def _run(self, documents: Iterable[Document], batch_size: int) -> Iterator[Record]:
        iterator = iter(documents)
        while batch := list(islice(iterator, max(1, batch_size))):
            yield from self.run_batch(batch)

    def run_batch(self, batch: Sequence[Document]) -> list[Record]:
        """One record per document of ``batch``, in order; never raises.

        A text over ``max_length`` is chunked or refused; unpaired surrogates are
        processed as U+FFFD (an ``input`` error says so); a document whose processing
        fails in any way becomes an error record, and the others go on.
        """
        if self.reload_every is not None and self._since_load >= self.reload_every:
            self._reload()
        self._since_load += len(batch)
        try:
            return self._run_batch(batch)
        except Exception:
            return [self._run_alone(item) for item in batch]

    def _reload(self) -> None:
        """A fresh pipeline in place of the current one, whose vocabulary has grown."""
        frozen = gc.get_freeze_count() > 0  # a worker process froze the loaded pipeline
        if frozen:
            gc.unfreeze()
        self.nlp = build_nlp(())  # drop the old pipeline before building the new one
        clear_word_caches()  # per-word results (stems, name flags) of the words seen so far
        gc.collect()
        _give_back_memory()
        self.nlp = build_nlp(self.components)
        self.loads += 1
        self._since_load = 0
        if frozen:
            gc.collect()
            gc.freeze()

    def _run_alone(self, item: Document) -> Record:
        try:
            return self._run_batch([item])[0]
        except Exception as exc:
            return _empty_record(item, [ErrorInfo("record", _describe(exc))])

    def _run_batch(self, batch: Sequence[Document]) -> list[Record]:
        notes: dict[int, ErrorInfo] = {}
        clean = list(batch)
        for i, item in enumerate(batch):
            if has_surrogates(item.text):
                notes[i] = ErrorInfo("input", describe_surrogates(item.text))
                clean[i] = replace(item, text=replace_surrogates(item.text))
        spacings: dict[int, Spacing] = {}
        for i, item in enumerate(clean):
            # "Kapolres  Lebak": runs of spaces read as one, offsets into the text as written
            if (spacing := collapse_spaces(item.text)) is not None:
                spacings[i] = spacing
                clean[i] = replace(item, text=spacing.text)
        records: list[Record | None] = [None] * len(clean)
        short: list[int] = []
        for i, item in enumerate(clean):
            if (wordless := _wordless(item.text)) is not None:
                records[i] = _empty_record(item, [ErrorInfo("input", wordless)])
            elif len(item.text) > self.max_length:
                records[i] = self._run_long(item)
            else:
                short.append(i)
        for i, record in zip(short, self._process([clean[i] for i in short]), strict=True):
            records[i] = record
        out = [r for r in records if r is not None]
        for i, spacing in spacings.items():
            out[i] = spacing.restore(out[i])
        for i, note in notes.items():
            out[i] = replace(out[i], errors=(note, *out[i].errors))
        return out

    def _run_long(self, item: Document) -> Record:
        """A text over ``max_length``: refused, or processed chunk by chunk and merged."""
        if self.long_texts == "refuse":
            message = (
                f"text has {len(item.text)} characters, more than max_length={self.max_length} "
                "(long_texts='refuse'; use long_texts='chunk' to process it in paragraph chunks)"
            )
            return _empty_record(item, [ErrorInfo("input", message)])
        parts = []
        # one chunk at a time: only one chunk's Doc is alive, so memory follows max_length
        for start, end in chunk_bounds(item.text, self.max_length):
            if self.on_chunk is not None:
                self.on_chunk(start, len(item.text))
            piece = Document(item.text[start:end], item.id, item.published)
            parts.append((start, end, self._process([piece])[0]))
        return merge_chunks(item, parts)

    def _process(self, batch: list[Document]) -> list[Record]:
        """Run the pipeline over ``batch`` with ``nlp.pipe``-style batching.

        If anything fails, or the batch takes longer than one document's time budget
        (healthy documents take a small part of it), every document of the batch is
        redone alone from a fresh ``Doc`` (:meth:`_process_one`), each with its own
        budget, so one bad document becomes one error record and no document is
        processed twice by the same component.
        """
        if not batch:
            return []
        try:
            with time_limit(self.time_budget):
                docs = [self._make_doc(item) for item in batch]
                for _, proc in self.nlp.pipeline:
                    if hasattr(proc, "pipe"):
                        docs = list(proc.pipe(docs))
                    else:
                        docs = [proc(doc) for doc in docs]
                return [to_record(doc, item) for doc, item in zip(docs, batch, strict=True)]
        except Exception:
            return [self._process_one(item) for item in batch]

    def _process_one(self, item: Document) -> Record:
        """One document alone; a failing component adds an error and the others still run.

        A document that runs over the time budget gets an error record naming the stage
        it was in, and nothing else.
        """
        stage = "tokenizer"
        try:
            with time_limit(self.time_budget):
                errors: list[ErrorInfo] = []
                try:
                    doc = self._make_doc(item)
                except OverBudget:
                    raise
                except Exception as exc:
                    return _empty_record(item, [ErrorInfo("tokenizer", _describe(exc))])
                for stage, proc in self.nlp.pipeline:
                    try:
                        doc = proc(doc)
                    except OverBudget:
                        raise
                    except Exception as exc:
                        errors.append(ErrorInfo(stage, _describe(exc)))
                stage = "record"
                try:
                    return to_record(doc, item, errors)
                except OverBudget:
                    raise
                except Exception as exc:
                    return _empty_record(item, [*errors, ErrorInfo("record", _describe(exc))])
        except OverBudget as exc:
            message = f"not processed: {exc} (the time budget of one document, time_budget)"
            return _empty_record(item, [ErrorInfo(stage, message)])

    def _make_doc(self, item: Document) -> Doc:
        doc = self.nlp.make_doc(item.text)
        doc._.doc_id = item.id
        doc._.published = item.published
        return doc


def _give_back_memory() -> None:
    """Return freed heap memory to the system (glibc ``malloc_trim``; elsewhere nothing)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


def _seconds(argument: str, value: object) -> float | None:
    """``value`` as seconds if it is a number > 0 or None, else :class:`InputError`."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    raise InputError(argument, value, "expected a number of seconds > 0, or None")


def _wordless(text: str) -> str | None:
    """Why ``text`` is not processed (mostly not letters, digits or spaces), or None."""
    if len(text) <= WORDLESS_MIN_CHARS:
        return None
    share = 1 - len(_NOT_WORD.findall(text)) / len(text)
    if share >= MIN_WORD_SHARE:
        return None
    return (
        f"not processed: {len(text):,} characters of which only {share:.0%} are letters, "
        f"digits or spaces (at least {MIN_WORD_SHARE:.0%} expected of a text over "
        f"{WORDLESS_MIN_CHARS:,} characters; the tokenizer's time grows too fast on such text)"
    )


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


_Shiftable = TypeVar("_Shiftable")


def _shift(obj: _Shiftable, delta: int) -> _Shiftable:
    """A copy of a record dataclass with every ``start``/``end``/``*_start``/``*_end`` moved."""
    if not delta:
        return obj
    changes = {}
    for item in fields(obj):  # type: ignore[arg-type]
        name = item.name
        value = getattr(obj, name)
        offset = name in ("start", "end") or name.endswith(("_start", "_end"))
        if offset and isinstance(value, int) and not isinstance(value, bool):
            changes[name] = value + delta
    return replace(obj, **changes)  # type: ignore[type-var]


def merge_chunks(item: Document, parts: Sequence[tuple[int, int, Record]]) -> Record:
    """One record for ``item`` from the records of its chunks.

    Args:
        item: the whole document.
        parts: ``(start, end, record)`` per chunk, in text order; offsets in each record
            are into its chunk ``item.text[start:end]``.

    Returns:
        Entities, quotes and events of all chunks with offsets into the whole text; the
        dateline of the first chunk only (a later chunk's first line is no dateline);
        errors prefixed with the chunk's character range.
    """
    entities: list[Entity] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    errors: list[ErrorInfo] = []
    dateline = None
    for start, end, record in parts:
        entities.extend(_shift(e, start) for e in record.entities)
        events.extend(_shift(e, start) for e in record.events)
        quotes.extend(_shift(q, start) for q in record.quotes)
        errors.extend(
            ErrorInfo(e.stage, f"chunk [{start}:{end}]: {e.message}") for e in record.errors
        )
        if start == 0 and record.dateline is not None:
            dateline = record.dateline
    return Record(
        id=item.id,
        published=item.published.isoformat() if item.published else None,
        entities=tuple(entities),
        events=tuple(events),
        quotes=tuple(quotes),
        errors=tuple(errors),
        dateline=dateline,
        meta=item.meta,
    )


def _empty_record(item: Document, errors: list[ErrorInfo]) -> Record:
    published = item.published.isoformat() if item.published else None
    return Record(id=item.id, published=published, errors=tuple(errors), meta=item.meta)


def to_record(doc: Doc, item: Document, errors: Sequence[ErrorInfo] = ()) -> Record:
    """Convert a processed ``Doc`` to a :class:`Record`."""
    ents = doc.ents
    entities = []
    text = item.text
    furniture = text_structure(doc).furniture if ents else ()
    dropped: list[ErrorInfo] = []
    for ent in ents:
        label = ent.label_
        if label not in LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        if end - start > MAX_ENTITY_CHARS[label]:
            message = (
                f"dropped a {label} of {end - start} characters at {start} (longer than "
                f"the {MAX_ENTITY_CHARS[label]} a {label} may have)"
            )
            dropped.append(ErrorInfo("record", message))
            continue
        info = span_attr(doc, "date_info", start, end)
        entities.append(
            Entity(
                start=start,
                end=end,
                text=text[start:end],
                label=label,
                canonical=span_attr(doc, "canonical", start, end) or ent.text,
                role=span_attr(doc, "role", start, end),
                org=span_attr(doc, "org", start, end),
                value=span_attr(doc, "value", start, end),
                source=span_attr(doc, "source", start, end),
                granularity=getattr(info, "granularity", None),
                weekday_mismatch=bool(getattr(info, "weekday_mismatch", False)),
                time=getattr(info, "time", None),
                utc_offset=getattr(info, "utc_offset", None),
                in_furniture=any(f.start <= start < f.end for f in furniture),
                matched=span_attr(doc, "matched", start, end),
            )
        )
    return Record(
        id=item.id,
        published=item.published.isoformat() if item.published else None,
        entities=tuple(entities),
        events=tuple(doc._.events or ()),
        quotes=tuple(doc._.quotes or ()),
        errors=(*errors, *(doc._.errors or ()), *dropped),
        dateline=_dateline(doc, ents),
        meta=item.meta,
    )


def _dateline(doc: Doc, ents: Sequence[Span]) -> Dateline | None:
    found = doc._.dateline
    if found is None:
        return None
    place = found.place
    if found.place_start is not None:
        for ent in ents:
            if ent.start_char <= found.place_start < ent.end_char:
                place = ent._.canonical or ent.text
                break
    date = found.date.value if found.date is not None else None
    return Dateline(start=found.start, end=found.end, place=place, date=date)


def _run_parallel(
    settings: Mapping[str, Any], documents: Iterable[Document], batch_size: int, n_process: int
) -> Iterator[Record]:
    iterator = iter(documents)
    batches = iter(lambda: list(islice(iterator, max(1, batch_size))), [])
    for records in WorkerPool(Extractor, settings, n_process).map(batches):
        yield from records
