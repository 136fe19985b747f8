"""Indonesian date finding and resolution, usable without spaCy.

``find_dates(text, published)`` returns every date expression of a text with
its character offsets and ISO value; ``find_dateline(text, published)`` returns
the dateline ("JAKARTA –", "Jakarta, 9 Maret 2022 –") of a press release.

Detection is a grammar of the ``regex`` package built from the word lists in
``models/lexicons/dates/``; resolution is rule-based against the published
date (weekday-consistent year choice, weekday mismatch flagged, a bare weekday the
most recent such day unless its sentence is put in the future, no value for relative or
year-less dates without a published date).
"""

from __future__ import annotations

from .api import find_dateline, find_dates
from .types import Dateline, DateMatch

__all__ = ["DateMatch", "Dateline", "find_dateline", "find_dates"]
