"""See it: HTML views of extracted records, one page per batch of documents and a summary.

``show()`` reads inputs (running the pipeline), a records file, or gold-format rows, and
writes two self-contained HTML files (inline CSS and SVG, no scripts, no network):

- the documents page: each text with its entities highlighted by label (hover, tap or
  focus shows canonical name, role, organisation or resolved date), then tables of
  events (with the evidence sentence linked to the text) and quotes;
- the summary page: counts by event type, a timeline of events by resolved date, the
  organisations and officials mentioned most, and the documents with errors.

The building blocks (``build_document_view``, ``SummaryBuilder``, ``render_documents``,
``render_summary``) are public for use from Python, e.g. in a notebook.
"""

from .model import DocumentView, build_document_view
from .render import render_documents, render_summary
from .show import ShowResult, show
from .summary import SummaryBuilder

__all__ = [
    "DocumentView",
    "ShowResult",
    "SummaryBuilder",
    "build_document_view",
    "render_documents",
    "render_summary",
    "show",
]
