"""Caches of per-word results, emptied when an extractor rebuilds its pipeline.

A stream of documents brings new words without end (names, typos, codes), so a cache
of a function of one word fills up to its size and stays there, tens of MB. A cache
made with :func:`word_cache` is registered, and :func:`clear_word_caches` empties
every one: :class:`~pmk_extract.Extractor` calls it when it rebuilds its pipeline, so
its memory starts afresh. Only for pure functions: results never change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

__all__ = ["clear_word_caches", "word_cache"]

_T = TypeVar("_T")
_CLEARS: list[Callable[[], None]] = []


def word_cache(maxsize: int) -> Callable[[Callable[[str], _T]], Callable[[str], _T]]:
    """An ``lru_cache`` of ``maxsize`` entries that :func:`clear_word_caches` empties."""

    def wrap(func: Callable[[str], _T]) -> Callable[[str], _T]:
        cached = lru_cache(maxsize=maxsize)(func)
        _CLEARS.append(cached.cache_clear)
        return cached

    return wrap


def clear_word_caches() -> None:
    """Empty every cache made with :func:`word_cache`."""
    for clear in _CLEARS:
        clear()
