"""pmk_extract: structured records from Indonesian government press releases.

>>> import pmk_extract
>>> record = pmk_extract.extract("KEMENKO PMK – ...", published="2022-03-09")
"""

from functools import cache as _cache
from typing import TYPE_CHECKING as _TYPE_CHECKING

from .errors import DataFileError, InputError, PipelineError, PmkError
from .records import Dateline, Entity, ErrorInfo, Event, Participant, Quote, Record

if _TYPE_CHECKING:
    from .extractor import Extractor

__version__ = "0.1.0"

__all__ = [
    "DataFileError",
    "Dateline",
    "Entity",
    "ErrorInfo",
    "Event",
    "Extractor",
    "InputError",
    "Participant",
    "PipelineError",
    "PmkError",
    "Quote",
    "Record",
    "__version__",
    "extract",
    "load",
]


def __getattr__(name: str) -> object:
    # spaCy is imported on first use of the Extractor, so that the command line can
    # refuse a bad argument at once
    if name == "Extractor":
        from .extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'pmk_extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "Extractor"})


@_cache
def load() -> "Extractor":
    """The default extractor, built from the data shipped in ``models/``.

    Built once per process and shared with :func:`extract` (which uses it); build
    ``Extractor()`` for a pipeline of your own.
    """
    from .extractor import Extractor

    return Extractor()


def extract(text: str, published: object = None, id: object = None) -> Record:
    """Extract one document with a default extractor (loaded once per process).

    Args:
        text: the document.
        published: release date (ISO string, ``date`` or ``datetime``); relative
            dates need it and stay null without it.
        id: copied into the record.
    """
    return load().extract(text, published=published, id=id)
