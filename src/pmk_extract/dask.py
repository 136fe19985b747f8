"""Run pmk_extract on Dask: past one machine (needs ``pip install 'pmk-extract[dask]'``).

Two ways in:

- :func:`extract_dataframe` maps a Dask DataFrame of texts to a Dask DataFrame of
  records (lazy; compute it, or write it with ``to_parquet``);
- ``pmk-extract extract ... --scheduler tcp://HOST:8786`` (:class:`DaskRunner`):
  the command line reads and writes as usual (every input and output format,
  ``--resume``, progress) and sends batches of documents to the cluster.

Either way each worker process builds the pipeline once, on its first task, and
keeps it (:func:`worker_extractor`); tasks carry only texts and component names,
never a pickled pipeline.

A local worker (a child of the process that made the tasks: Dask's ``processes``
scheduler, a ``LocalCluster``) ends when that process dies, even by ``kill -9``
(:func:`~pmk_extract.pool.die_with_parent`); SIGTERM ends it as it ends any process.
Workers of a cluster elsewhere are left alone.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .documents import Document, coerce_published
from .errors import InputError
from .extractor import Extractor
from .pool import die_with_parent
from .recordfields import plain_fields
from .records import ErrorInfo, Record
from .registry import DEFAULT_PIPELINE

__all__ = [
    "RECORD_COLUMNS",
    "DaskRunner",
    "end_with_submitter",
    "extract_dataframe",
    "worker_extractor",
]

RECORD_COLUMNS = ("entities", "events", "quotes", "errors", "dateline")

_LOCK = threading.Lock()
_EXTRACTORS: dict[str, Extractor] = {}
_LOADS = 0
_WATCHED = False


def worker_extractor(settings: Mapping[str, Any]) -> Extractor:
    """The extractor of this process for ``settings``, built on first use and kept.

    Args:
        settings: keyword arguments of :class:`Extractor` (e.g. ``components``).
    """
    global _LOADS
    key = repr(sorted(settings.items()))
    with _LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            extractor = _EXTRACTORS[key] = Extractor(**settings)
            _LOADS += 1
        return extractor


def end_with_submitter(parent: int | None) -> None:
    """End this process when ``parent`` dies, if it is a local worker that ``parent`` started.

    Dask's ``processes`` scheduler runs tasks in a process pool whose workers, orphaned
    by a ``kill -9`` of their parent, would wait for work forever. Called by each task
    with the pid of the process that made it; does nothing in that process itself, in
    a worker of a cluster elsewhere, or a second time.
    """
    global _WATCHED
    with _LOCK:
        if _WATCHED or parent is None or os.getpid() == parent or os.getppid() != parent:
            return
        _WATCHED = True
    die_with_parent(parent, kernel=False)  # which thread spawned us is unknown: no prctl


def _load_count() -> int:
    """How many pipelines this process has built (for tests and diagnostics)."""
    return _LOADS


def run_batch(
    batch: list[Document], settings: Mapping[str, Any], parent: int | None = None
) -> list[Record]:
    """Task body: extract a batch with this worker's pipeline.

    Args:
        batch: the documents.
        settings: keyword arguments of :class:`Extractor`.
        parent: pid of the process that submitted the task (see :func:`end_with_submitter`).
    """
    end_with_submitter(parent)
    return worker_extractor(settings).run_batch(batch)


# ---------------------------------------------------------------------------- DataFrame


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pandas.NA (a missing cell whatever the column's dtype)."""
    if value is None:
        return True
    if isinstance(value, str | list | dict | tuple):
        return False
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _row_document(
    text: Any, doc_id: str, published: Any, text_col: str, published_col: str
) -> Document | Record:
    if _missing(text):
        return Record(doc_id, None, errors=(ErrorInfo("input", f"{doc_id}: no {text_col!r}"),))
    if not isinstance(text, str):
        message = f"{doc_id}: {text_col!r} is not a string"
        return Record(doc_id, None, errors=(ErrorInfo("input", message),))
    try:
        day = coerce_published(None if _missing(published) else published, published_col)
    except InputError as exc:
        return Record(doc_id, None, errors=(ErrorInfo("input", f"{doc_id}: {exc}"),))
    return Document(text=text, id=doc_id, published=day)


def _extract_partition(
    df: Any,
    text: str,
    published: str,
    id: str,
    settings: Mapping[str, Any],
    batch_size: int,
    keep_text: bool,
    parent: int | None = None,
) -> Any:
    end_with_submitter(parent)
    extractor = worker_extractor(settings)
    texts = df[text].tolist() if text in df.columns else [None] * len(df)
    ids = [str(v) for v in (df[id].tolist() if id in df.columns else df.index.tolist())]
    days = df[published].tolist() if published in df.columns else [None] * len(df)
    slots: list[Document | Record] = [
        _row_document(t, i, p, text, published) for t, i, p in zip(texts, ids, days, strict=True)
    ]
    documents = [s for s in slots if isinstance(s, Document)]
    step = max(1, batch_size)
    results = iter(
        [
            r
            for i in range(0, len(documents), step)
            for r in extractor.run_batch(documents[i : i + step])
        ]
    )
    records = [next(results) if isinstance(s, Document) else s for s in slots]
    out = df.copy() if keep_text else df.drop(columns=[text], errors="ignore")
    if id not in df.columns:
        out[id] = ids
    for column in RECORD_COLUMNS:
        out[column] = [plain_fields(r)[column] for r in records]
    return out


def _output_meta(meta: Any, text: str, id: str, keep_text: bool) -> Any:
    import pandas as pd

    out = meta.copy() if keep_text else meta.drop(columns=[text], errors="ignore")
    if id not in meta.columns:
        out[id] = pd.Series([], dtype=object)
    for column in RECORD_COLUMNS:
        out[column] = pd.Series([], dtype=object)
    return out


def extract_dataframe(
    ddf: Any,
    text: str = "text",
    published: str = "published",
    id: str = "id",
    *,
    components: Sequence[str] = DEFAULT_PIPELINE,
    batch_size: int = 64,
    keep_text: bool = False,
    **options: Any,
) -> Any:
    """Extract records from a Dask DataFrame of texts; returns a lazy Dask DataFrame.

    The result has the partitions and index of ``ddf``, its columns (``text``
    dropped unless ``keep_text``; an ``id`` column made from the index when ``ddf``
    has none) and one object column per list of the record: ``entities``,
    ``events``, ``quotes`` and ``errors`` (lists of dicts with every field of
    :mod:`pmk_extract.records`) and ``dateline`` (a dict or None). A row without a
    text, or with a malformed published date, gets an ``errors`` entry; the rest
    of its partition goes on. Offsets refer to the ``text`` column.

    Args:
        ddf: a ``dask.dataframe.DataFrame``.
        text: column holding the document texts.
        published: column of published dates (ISO strings, dates or timestamps);
            optional.
        id: column of document ids; optional (the index is used instead).
        components: pipeline component names, built once per worker process.
        batch_size: documents per ``nlp.pipe`` batch within a partition.
        keep_text: keep the text column in the result.
        **options: other keyword arguments of :class:`Extractor` (``max_length``, ...).
    """
    meta = _output_meta(ddf._meta, text, id, keep_text)
    return ddf.map_partitions(
        _extract_partition,
        text=text,
        published=published,
        id=id,
        settings={**options, "components": tuple(components)},
        batch_size=batch_size,
        keep_text=keep_text,
        parent=os.getpid(),
        meta=meta,
        align_dataframes=False,
    )


# ---------------------------------------------------------------------------- CLI runner


class DaskRunner:
    """Sends batches to a Dask cluster and yields their records in order.

    At most ``window`` batches (default: two per worker thread) are in flight.

    Args:
        address: scheduler address, e.g. ``tcp://10.0.0.5:8786``.
        settings: keyword arguments of :class:`Extractor`, built once per worker.
        window: batches in flight.
    """

    def __init__(
        self, address: str, settings: Mapping[str, Any] | None = None, window: int | None = None
    ) -> None:
        self.address = address
        self.settings = dict(settings or {})
        self.window = window

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Record]]:
        """Yield the records of each batch, in order."""
        try:
            from distributed import Client
        except ImportError:
            raise InputError(
                "--scheduler", self.address, "needs Dask: pip install 'pmk-extract[dask]'"
            ) from None
        parent = os.getpid()
        with Client(self.address, timeout="30s") as client:  # type: ignore[no-untyped-call]
            threads = sum(client.nthreads().values()) or 1
            window = self.window or 2 * threads
            flight: deque[Any] = deque()
            for batch in batches:
                flight.append(client.submit(run_batch, batch, self.settings, parent, pure=False))
                if len(flight) >= window:
                    yield flight.popleft().result()
            while flight:
                yield flight.popleft().result()
