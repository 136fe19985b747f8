"""pmk_extract: structured records from Indonesian government press releases.

>>> import pmk_extract
>>> record = pmk_extract.extract("KEMENKO PMK – ...", published="2022-03-09")
"""

from functools import cache as _cache

from .errors import DataFileError, InputError, PipelineError, PmkError
from .extractor import Extractor
from .records import Dateline, Entity, ErrorInfo, Event, Participant, Quote, Record

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


def load() -> Extractor:
    """Build the default extractor from the data shipped in ``models/``."""
    return Extractor()


@_cache
def _default() -> Extractor:
    return load()


def extract(text: str, published: object = None, id: object = None) -> Record:
    """Extract one document with a default extractor (loaded once per process).

    Args:
        text: the document.
        published: release date (ISO string, ``date`` or ``datetime``); relative
            dates need it and stay null without it.
        id: copied into the record.
    """
    return _default().extract(text, published=published, id=id)
