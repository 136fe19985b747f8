"""Worker processes that turn batches of documents into records.

A :class:`WorkerPool` spawns ``n_process`` workers; each builds its worker (an
:class:`~pmk_extract.extractor.Extractor`, given as a picklable factory) once and
runs batches on it. At most ``window`` batches are in flight, so a huge input is
never read ahead into memory. A worker that dies (killed, out of memory) costs the
documents of its batch, which become error records, and a fresh pool takes the rest.

Workers never outlive the process that started them: on Linux the kernel sends them
SIGTERM when it dies (``PR_SET_PDEATHSIG``), and everywhere a watchdog thread ends a
worker whose parent is gone. Ctrl-C is the parent's to handle; SIGTERM ends a worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from .documents import Document
from .errors import PipelineError
from .records import ErrorInfo, Record

__all__ = ["MAX_POOL_BREAKS", "BatchWorker", "WorkerPool", "die_with_parent", "settle_after_load"]

MAX_POOL_BREAKS = 3
_PR_SET_PDEATHSIG = 1
#: Seconds between two checks of the watchdog that a worker's parent is alive.
WATCH_INTERVAL = 1.0


class BatchWorker(Protocol):
    """What a worker process runs: one record per document, in order, never raising."""

    def run_batch(self, batch: Sequence[Document]) -> list[Record]:
        """The records of ``batch``."""


def settle_after_load() -> None:
    """Exempt everything loaded so far from garbage collection (for a worker process).

    The loaded pipeline holds ~100k long-lived objects (tokenizer exceptions, lexicons)
    that every full collection would scan again; ``gc.freeze`` moves them out of its
    way. Only for processes that exist to run the pipeline: frozen objects are never
    freed.
    """
    gc.collect()
    gc.freeze()


def die_with_parent(parent: int, kernel: bool = True) -> None:
    """End this process when process ``parent`` is gone.

    Args:
        parent: the pid of the process whose death ends this one.
        kernel: also ask Linux to send SIGTERM when the parent's thread that started
            this process exits (``PR_SET_PDEATHSIG``); only right when that thread
            lives as long as the parent (the main thread).
    """
    if kernel and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # gone before we could ask
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_INTERVAL)
        os._exit(1)

    threading.Thread(target=watch, name="pmk-parent-watch", daemon=True).start()


_WORKER: BatchWorker | None = None


def _pool_init(
    factory: Callable[..., BatchWorker], settings: Mapping[str, Any], parent: int, kernel: bool
) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent, kernel)
    _WORKER = factory(**settings)
    settle_after_load()


def _pool_work(batch: list[Document]) -> list[Record]:
    assert _WORKER is not None
    return _WORKER.run_batch(batch)


def failed_records(batch: Sequence[Document], stage: str, message: str) -> list[Record]:
    """One error record per document of ``batch`` (its id, published date and meta kept)."""
    return [
        Record(
            id=doc.id,
            published=doc.published.isoformat() if doc.published else None,
            errors=(ErrorInfo(stage, message),),
            meta=doc.meta,
        )
        for doc in batch
    ]


class WorkerPool:
    """Worker processes (spawned), each building its worker once.

    Args:
        factory: builds the worker from ``settings`` in each process (picklable: a
            class or a module-level function, e.g. :class:`~pmk_extract.Extractor`).
        settings: keyword arguments of ``factory``.
        n_process: worker processes.
        window: batches in flight (default: two per process).
    """

    def __init__(
        self,
        factory: Callable[..., BatchWorker],
        settings: Mapping[str, Any],
        n_process: int,
        window: int | None = None,
    ) -> None:
        self.factory = factory
        self.settings = dict(settings)
        self.n_process = n_process
        self.window = window or 2 * n_process
        self._breaks = 0  # pools broken in a row, with no batch done in between

    def _pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        kernel = threading.current_thread() is threading.main_thread()
        return ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_pool_init,
            initargs=(self.factory, self.settings, os.getpid(), kernel),
        )

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Record]]:
        """Yield the records of each batch, in order."""
        pool = self._pool()
        flight: deque[tuple[list[Document], Future[list[Record]]]] = deque()
        try:
            for batch in batches:
                flight.append((batch, pool.submit(_pool_work, batch)))
                while len(flight) >= self.window:
                    records, pool = self._collect(flight, pool)
                    yield records
            while flight:
                records, pool = self._collect(flight, pool)
                yield records
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _collect(
        self,
        flight: deque[tuple[list[Document], Future[list[Record]]]],
        pool: ProcessPoolExecutor,
    ) -> tuple[list[Record], ProcessPoolExecutor]:
        batch, future = flight.popleft()
        try:
            records = future.result()
        except BrokenProcessPool as exc:
            pool.shutdown(wait=False, cancel_futures=True)
            self._breaks += 1
            if self._breaks >= MAX_POOL_BREAKS:
                raise PipelineError(
                    f"worker processes died {self._breaks} times in a row without finishing "
                    f"a batch ({exc or 'killed'}); check memory, or run with --n-process 1"
                ) from None
            pool = self._pool()
            for i, (other, _) in enumerate(flight):
                flight[i] = (other, pool.submit(_pool_work, other))
            reason = f"worker process died ({exc or 'killed'}); batch of {len(batch)} documents"
            return failed_records(batch, "worker", reason), pool
        except Exception as exc:  # a result that cannot travel back (e.g. unpicklable)
            reason = f"batch of {len(batch)} documents failed: {type(exc).__name__}: {exc}"
            return failed_records(batch, "worker", reason), pool
        self._breaks = 0
        return records, pool
