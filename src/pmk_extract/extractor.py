"""The :class:`Extractor`: texts in, :class:`~pmk_extract.records.Record` out."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeAlias

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError
from .pipeline import build_nlp
from .records import LABELS, Dateline, Entity, ErrorInfo, Record
from .registry import DEFAULT_PIPELINE

DEFAULT_MAX_LENGTH = 2_000_000


def coerce_published(value: object, argument: str = "published") -> dt.date | None:
    """Turn an ISO string, ``date`` or ``datetime`` into a ``date``; None stays None.

    Raises:
        InputError: for any other value, naming the argument and the value.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
        raise InputError(argument, value, "expected an ISO date 'YYYY-MM-DD'")
    raise InputError(argument, value, "expected an ISO date string, datetime.date or None")


@dataclass(frozen=True, slots=True)
class Document:
    """One input: its text, id, published date and pass-through metadata."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


def make_document(text: object, published: object = None, id: object = None) -> Document:
    """Validate the arguments of ``extract`` and bundle them.

    Raises:
        InputError: ``text`` is not a string, or ``published``/``id`` is malformed.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise InputError("text", text, "expected a str" + hint)
    if id is not None and not isinstance(id, str | int):
        raise InputError("id", id, "expected a str, an int or None")
    return Document(
        text=text, id=None if id is None else str(id), published=coerce_published(published)
    )


def _document_from_item(item: object, index: int) -> Document:
    if isinstance(item, Document):
        return item
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
    raise InputError(
        f"items[{index}]", item, "expected a str, a dict with 'text', or a (text, meta) pair"
    )


Item: TypeAlias = "str | Mapping[str, Any] | tuple[str, Mapping[str, Any]] | Document"


class Extractor:
    """A loaded pipeline; build once, then call :meth:`extract` or :meth:`extract_many`.

    Args:
        components: pipeline component names, in order (default: the full pipeline).
        max_length: texts longer than this many characters get an error record.
    """

    def __init__(
        self,
        components: Sequence[str] = DEFAULT_PIPELINE,
        max_length: int = DEFAULT_MAX_LENGTH,
    ) -> None:
        self.components = tuple(components)
        self.max_length = max_length
        self.nlp: Language = build_nlp(self.components)

    def __repr__(self) -> str:
        return f"Extractor(components={list(self.components)!r})"

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
            InputError: an item has the wrong type (names its index).
        """
        documents = (_document_from_item(item, i) for i, item in enumerate(items))
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process <= 1:
            yield from self._run(documents, batch_size)
            return
        yield from _run_parallel(self.components, self.max_length, documents, batch_size, n_process)

    def _run(self, documents: Iterable[Document], batch_size: int) -> Iterator[Record]:
        iterator = iter(documents)
        while batch := list(islice(iterator, max(1, batch_size))):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[Record]:
        docs: list[Doc | None] = []
        errors: list[list[ErrorInfo]] = [[] for _ in batch]
        for i, item in enumerate(batch):
            if len(item.text) > self.max_length:
                errors[i].append(
                    ErrorInfo(
                        "input",
                        f"text has {len(item.text)} characters, more than max_length="
                        f"{self.max_length}",
                    )
                )
                docs.append(None)
                continue
            doc = self.nlp.make_doc(item.text)
            doc._.doc_id = item.id
            doc._.published = item.published
            docs.append(doc)
        for name, proc in self.nlp.pipeline:
            live = [d for d in docs if d is not None]
            try:
                if hasattr(proc, "pipe"):
                    list(proc.pipe(live))
                else:
                    for doc in live:
                        proc(doc)
            except Exception:
                # one bad document must not sink the batch: redo one at a time
                for i, maybe in enumerate(docs):
                    if maybe is None:
                        continue
                    try:
                        proc(maybe)
                    except Exception as exc:
                        errors[i].append(ErrorInfo(name, f"{type(exc).__name__}: {exc}"))
        return [
            to_record(doc, item, errs) if doc is not None else _empty_record(item, errs)
            for doc, item, errs in zip(docs, batch, errors, strict=True)
        ]


def _empty_record(item: Document, errors: list[ErrorInfo]) -> Record:
    published = item.published.isoformat() if item.published else None
    return Record(id=item.id, published=published, errors=tuple(errors), meta=item.meta)


def to_record(doc: Doc, item: Document, errors: Sequence[ErrorInfo] = ()) -> Record:
    """Convert a processed ``Doc`` to a :class:`Record`."""
    entities = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        info = ent._.date_info
        entities.append(
            Entity(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
                canonical=ent._.canonical or ent.text,
                role=ent._.role,
                org=ent._.org,
                value=ent._.value,
                source=ent._.source,
                granularity=getattr(info, "granularity", None),
                weekday_mismatch=bool(getattr(info, "weekday_mismatch", False)),
                time=getattr(info, "time", None),
                utc_offset=getattr(info, "utc_offset", None),
            )
        )
    return Record(
        id=item.id,
        published=item.published.isoformat() if item.published else None,
        entities=tuple(entities),
        events=tuple(doc._.events or ()),
        quotes=tuple(doc._.quotes or ()),
        errors=tuple(errors) + tuple(doc._.errors or ()),
        dateline=_dateline(doc),
        meta=item.meta,
    )


def _dateline(doc: Doc) -> Dateline | None:
    found = doc._.dateline
    if found is None:
        return None
    place = found.place
    if found.place_start is not None:
        for ent in doc.ents:
            if ent.start_char <= found.place_start < ent.end_char:
                place = ent._.canonical or ent.text
                break
    date = found.date.value if found.date is not None else None
    return Dateline(start=found.start, end=found.end, place=place, date=date)


_WORKER: Extractor | None = None


def _init_worker(components: tuple[str, ...], max_length: int) -> None:
    global _WORKER
    _WORKER = Extractor(components, max_length)


def _work(batch: list[Document]) -> list[Record]:
    assert _WORKER is not None
    return _WORKER._run_batch(batch)


def _run_parallel(
    components: tuple[str, ...],
    max_length: int,
    documents: Iterable[Document],
    batch_size: int,
    n_process: int,
) -> Iterator[Record]:
    iterator = iter(documents)
    batches = iter(lambda: list(islice(iterator, max(1, batch_size))), [])
    context = multiprocessing.get_context("spawn")
    with context.Pool(
        n_process, initializer=_init_worker, initargs=(components, max_length)
    ) as pool:
        for records in pool.imap(_work, batches):
            yield from records
