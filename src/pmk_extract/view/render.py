"""Render the documents page and the summary page from the package's templates.

Templates and the stylesheet live in ``pmk_extract/view/templates`` (package data, read
with :mod:`importlib.resources`); the CSS is inlined so each page is one self-contained
file. Autoescaping is on: every string from a document or record is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

import jinja2

from .. import __version__
from ..errors import DataFileError
from ..records import LABELS
from .model import DocumentView
from .summary import SummaryBuilder, bar_chart, timeline

TEMPLATES = "templates"


def _read(name: str) -> str:
    try:
        return (
            resources.files(__package__)
            .joinpath(TEMPLATES)
            .joinpath(name)
            .read_text(encoding="utf-8")
        )
    except (OSError, ValueError) as exc:
        raise DataFileError(f"pmk_extract/view/{TEMPLATES}/{name}", None, str(exc)) from None


def _load(name: str) -> tuple[str, str, Callable[[], bool]]:
    return _read(name), f"pmk_extract/view/{TEMPLATES}/{name}", lambda: True


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment over the packaged templates (autoescape, strict undefined)."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["LABELS"] = LABELS
    env.filters["label_class"] = label_class
    env.filters["num"] = lambda value, digits=1: f"{value:.{digits}f}"
    return env


def label_class(label: str) -> str:
    """The CSS class suffix of an entity label (unknown labels share one neutral style)."""
    return label.lower() if label in LABELS else "other"


def stylesheet() -> str:
    """The CSS shared by both pages."""
    return _read("view.css")


def _common(title: str) -> dict[str, object]:
    return {
        "title": title,
        "css": stylesheet(),
        "version": __version__,
    }


def render_documents(
    views: Sequence[DocumentView],
    *,
    total: int | None = None,
    summary_href: str | None = None,
    title: str = "pmk_extract: documents",
) -> str:
    """HTML of the per-document page: highlighted text, events and quotes of each view.

    Args:
        views: the documents to show, in order.
        total: how many documents the batch has (when more than shown).
        summary_href: link to the summary page, if there is one.
        title: page title.
    """
    template = environment().get_template("documents.html")
    return template.render(
        **_common(title),
        views=views,
        total=total if total is not None else len(views),
        summary_href=summary_href,
    )


def render_summary(
    summary: SummaryBuilder,
    *,
    documents_href: str | None = None,
    title: str = "pmk_extract: batch summary",
) -> str:
    """HTML of the summary page: event counts, timeline, top names, documents with errors."""
    template = environment().get_template("summary.html")
    return template.render(
        **_common(title),
        s=summary,
        types=bar_chart(summary.event_types),
        timeline=timeline(summary),
        orgs=summary.top_orgs(),
        people=summary.top_people(),
        documents_href=documents_href,
    )
