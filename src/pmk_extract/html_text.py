"""The hand-written HTML reducer: a page's text and title, block by block.

:mod:`pmk_extract.webpage` falls back to it where trafilatura finds no article; the
readers of :mod:`pmk_extract.io` pass it there. Its output is deterministic, so offsets
into it are reproducible.
"""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._pre = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            self._pre += tag == "pre"
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data if self._pre else _squeeze(data))


def _squeeze(data: str) -> str:
    """Runs of whitespace become one space (kept at the edges so words stay apart)."""
    if not data:
        return data
    core = " ".join(data.split())
    if not core:
        return " "
    return (" " if data[0].isspace() else "") + core + (" " if data[-1].isspace() else "")


def _tidy(raw: str) -> str:
    lines = [line.strip(" ") for line in raw.replace("\t\n", "\n").split("\n")]
    out: list[str] = []
    blank = False
    for line in lines:
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Reduce an HTML page to its text, and return it with the page title.

    Scripts, styles and the ``<head>`` are dropped; character references are decoded;
    block elements (``p``, ``div``, headings, list items, ...) become blank-line
    separated paragraphs and ``<br>`` a line break; other runs of whitespace become
    one space. The result is deterministic, so offsets into it are reproducible.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = " ".join("".join(parser.title).split()) or None
    return _tidy("".join(parser.parts)), title
