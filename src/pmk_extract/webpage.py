"""The article of a news or government web page, with its metadata (trafilatura, htmldate).

:func:`read_web_page` takes a saved HTML page and returns its article as text, the way
the field does it: trafilatura finds the article body (leaving out menus, related-article
lists, share buttons and footers) and its metadata (title, author, site name), and
htmldate the page's own publication date. The text has one paragraph per block of the
article (headline, paragraphs, list items), separated by a blank line; a line break
inside a block stays a line break. The page's title opens the text when the article
does not start with it (a release's layout: headline, blank line, body). Nothing is
fetched: both libraries work on the string.

When trafilatura finds no article, :func:`read_web_page` returns None and the caller
falls back to the hand-written reducer (:func:`pmk_extract.html_text.html_to_text`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_BLOCKS = frozenset({"head", "p", "item", "row", "code", "quote", "list", "table"})
_LINE_BREAK = "\x00"  # stands for <lb/> until the block's whitespace is normalised
# the publication date, not a later modification; no date after today nor before 1995
_DATE_PARAMS: dict[str, Any] = {"extensive_search": True, "original_date": True}


@dataclass(frozen=True, slots=True)
class WebPage:
    """A web page's article text and metadata (each None when the page does not say)."""

    text: str
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published: dt.date | None = None

    def meta(self) -> dict[str, Any]:
        """The metadata for ``Record.meta``: ``title``, ``author``, ``site_name``,
        ``page_published`` (ISO), those the page gives."""
        fields = {
            "title": self.title,
            "author": self.author,
            "site_name": self.site_name,
            "page_published": self.published.isoformat() if self.published else None,
        }
        return {key: value for key, value in fields.items() if value}


def _inline(element: Any) -> str:
    """The text of one block; only a ``<lb/>`` (line break) becomes a newline."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append(_LINE_BREAK if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _block(element: Any) -> str:
    """One block's text: whitespace runs as one space, line breaks kept."""
    lines = (" ".join(line.split()) for line in _inline(element).split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _paragraphs(element: Any) -> list[str]:
    """Blocks below ``element`` in document order: a block holding blocks is read inside."""
    out: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            out += _paragraphs(child)
        elif child.tag in _BLOCKS or child.tag == "cell":
            block = _block(child)
            if block:
                out.append(block)
    return out


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def page_date(html: str) -> dt.date | None:
    """The page's own publication date found by htmldate (None when it states none)."""
    import htmldate  # imported on first use: it takes a while and only HTML needs it

    try:
        return _day(htmldate.find_date(html, extensive_search=True, original_date=True))
    except (ValueError, TypeError):  # htmldate raises on some malformed markup
        return None


def read_web_page(html: str) -> WebPage | None:
    """The article of the page ``html``, or None when trafilatura finds none."""
    import trafilatura  # imported on first use (about 0.7 s)

    try:
        found = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except (ValueError, TypeError):  # an empty or unparsable document
        return None
    body = getattr(found, "body", None)
    if found is None or body is None:
        return None
    paragraphs = _paragraphs(body)
    if not paragraphs:
        return None

    def field(name: str) -> str | None:
        value = getattr(found, name, None)
        return " ".join(value.split()) if isinstance(value, str) and value.strip() else None

    title = field("title")
    if title is not None and paragraphs[0].startswith(title + " "):
        # a short page's blocks may come joined: "Rapat BNPB rapat di ..." under <h1>Rapat
        paragraphs[0:1] = [title, paragraphs[0][len(title) + 1 :]]
    elif title is not None and paragraphs[0] != title:
        # the headline opens the text, as in a release: a dateline is then never
        # mistaken for it, and the headline's names are read
        paragraphs.insert(0, title)
    return WebPage(
        text="\n\n".join(paragraphs),
        title=title,
        author=field("author"),
        site_name=field("sitename"),
        published=_day(getattr(found, "date", None)),
    )


def html_document(
    html: str, published: object, fallback: Callable[[str], tuple[str, str | None]]
) -> tuple[str, dict[str, Any], object]:
    """``(text, meta, published)`` of an HTML input: the article and its metadata.

    ``fallback`` reduces the page when trafilatura finds no article (its title becomes
    ``meta["title"]``). When the input has no ``published`` date and the page states
    one, the page's date is used and ``meta["published_source"]`` is ``"page"``.
    """
    page = read_web_page(html)
    if page is None:
        text, title = fallback(html)
        page = WebPage(text, title=title, published=page_date(html))
    meta = page.meta()
    if published is None and page.published is not None:
        published = page.published
        meta["published_source"] = "page"
    return page.text, meta, published
