"""The HTML views without a browser: text cutting, escaping, summary counts, CLI, colours."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pmk_extract import Entity, Event, Quote, Record
from pmk_extract.view import SummaryBuilder, build_document_view, render_documents, show
from pmk_extract.view.model import ENTITY, QUOTE, SENTENCE, Layer, cut, sentence_around
from pmk_extract.view.render import stylesheet
from pmk_extract.view.summary import parse_when, timeline

ROOT = Path(__file__).parent.parent
DEV = ROOT / "tests" / "data" / "press_releases_dev.jsonl"


class _DocText(HTMLParser):
    """Collects the characters of each .doc-text, leaving out tags and hover cards."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.depth = 0  # inside a .doc-text
        self.skip = 0  # inside a .tag or .tip (within .doc-text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += 1
            if self.skip or "tag" in classes or "tip" in classes:
                self.skip += 1
        elif "doc-text" in classes:
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.texts[-1] += data


def _texts_of(html: str) -> list[str]:
    parser = _DocText()
    parser.feed(html)
    return parser.texts


def _rebuild(text: str, layers: list[Layer]) -> tuple[str, list[str]]:
    """The text back from the pieces, and the open/close sequence as brackets."""
    out, trace, stack = "", [], []
    for piece in cut(text, layers):
        for layer in piece.close:
            assert stack.pop() == layer, "closing out of order"
            trace.append(f"</{layer.kind}{layer.index}>")
        for layer in piece.open:
            stack.append(layer)
            trace.append(f"<{layer.kind}{layer.index}>")
        out += piece.text
        trace.append(piece.text)
    assert not stack
    return out, [t for t in trace if t]


@pytest.mark.parametrize(
    ("layers", "expected"),
    [
        ([], ["abcdefghij"]),
        ([Layer(ENTITY, 2, 4, 0)], ["ab", "<entity0>", "cd", "</entity0>", "efghij"]),
        (
            [Layer(QUOTE, 1, 9, 0), Layer(ENTITY, 3, 5, 1)],
            ["a", "<quote0>", "bc", "<entity1>", "de", "</entity1>", "fghi", "</quote0>", "j"],
        ),
        # an entity crossing the end of a quote splits the quote, never the entity
        (
            [Layer(QUOTE, 0, 4, 0), Layer(ENTITY, 2, 6, 1)],
            [
                *("<quote0>", "ab", "</quote0>", "<entity1>", "<quote0>", "cd", "</quote0>"),
                *("ef", "</entity1>", "ghij"),
            ],
        ),
        (
            [Layer(SENTENCE, 3, 10, 0), Layer(ENTITY, 0, 5, 0)],
            [
                *("<entity0>", "abc", "<sentence0>", "de", "</sentence0>", "</entity0>"),
                *("<sentence0>", "fghij", "</sentence0>"),
            ],
        ),
        (
            [Layer(SENTENCE, 0, 10, 0), Layer(SENTENCE, 0, 10, 1), Layer(ENTITY, 0, 10, 0)],
            [
                *("<sentence0>", "<sentence1>", "<entity0>", "abcdefghij"),
                *("</entity0>", "</sentence1>", "</sentence0>"),
            ],
        ),
    ],
)
def test_cut_nests_layers(layers: list[Layer], expected: list[str]) -> None:
    text, trace = _rebuild("abcdefghij", layers)
    assert text == "abcdefghij"
    assert trace == expected


@pytest.mark.parametrize(
    ("text", "offset", "sentence"),
    [
        ("Satu dua. Tiga empat lima. Enam.", 12, "Tiga empat lima."),
        (
            "Judul\n\nBNPB meninjau lokasi, Selasa (8/3). Lalu pulang.",
            14,
            "BNPB meninjau lokasi, Selasa (8/3).",
        ),
        ("Bantuan Rp1.000 diberikan. Selesai.", 3, "Bantuan Rp1.000 diberikan."),
        ("“Kami siap.” kata dia. Lalu", 14, "kata dia."),
        ("tanpa titik", 3, "tanpa titik"),
    ],
)
def test_sentence_around(text: str, offset: int, sentence: str) -> None:
    start, end = sentence_around(text, offset)
    assert text[start:end] == sentence


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-08", ("2022-03-08", "2022-03-08", "day", False)),
        ("2025-03", ("2025-03-01", "2025-03-31", "month", False)),
        ("2024", ("2024-01-01", "2024-12-31", "year", False)),
        ("2022-06-14/2022-06-16", ("2022-06-14", "2022-06-16", "day", True)),
        ("2019/2024", ("2019-01-01", "2024-12-31", "year", True)),
        (None, None),
        ("kemarin", None),
        ("2022-02-30", None),
    ],
)
def test_parse_when(value: str | None, expected: tuple[str, str, str, bool] | None) -> None:
    got = parse_when(value)
    assert (got and (got[0].isoformat(), got[1].isoformat(), got[2], got[3])) == expected


def test_gold_dev_set_renders_text_unchanged(tmp_path: Path, dev_raw: list[dict[str, Any]]) -> None:
    result = show([str(DEV)], str(tmp_path / "dev.html"), as_records=True)
    assert (result.documents, result.with_errors, result.shown) == (13, 0, 13)
    html = (tmp_path / "dev.html").read_text(encoding="utf-8")
    assert _texts_of(html) == [d["text"] for d in dev_raw]
    assert html.count('class="ent ent-') - 4 == sum(len(d["entities"]) for d in dev_raw)
    assert html.count('<mark class="trigger" id=') == sum(len(d["events"]) for d in dev_raw)
    summary = (tmp_path / "dev-summary.html").read_text(encoding="utf-8")
    assert 'href="dev.html#doc-1"' in summary and 'href="dev-summary.html"' in html


def test_pages_are_self_contained(tmp_path: Path) -> None:
    show([str(DEV)], str(tmp_path / "v.html"), as_records=True)
    for page in ("v.html", "v-summary.html"):
        html = (tmp_path / page).read_text(encoding="utf-8")
        assert "<script" not in html and "<link" not in html and "@import" not in html
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
        assert "url(" not in html
        assert '<meta name="viewport"' in html and "default-src 'none'" in html


def test_everything_from_the_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & BNPB <b>bold</b>'
    evil = '"><img src=x onerror=alert(1)>'
    record = Record(
        id="<i>id</i>",
        published="2024-01-02",
        entities=(Entity(32, 36, "BNPB", "ORG", evil, role=evil, org=evil),),
        events=(Event(evil, "BNPB", 32, date=evil, location=evil),),
        quotes=(Quote(0, 8, evil, cue=evil),),
    )
    html = render_documents([build_document_view(1, record, text)])
    assert "<script>" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html and "&lt;i&gt;id&lt;/i&gt;" in html
    assert _texts_of(html) == [text]


def test_offsets_that_do_not_fit_are_reported_not_drawn() -> None:
    record = Record(
        id="x",
        published=None,
        entities=(Entity(0, 4, "BNPB", "ORG", "BNPB"), Entity(5, 99, "far", "LOC", "far")),
        events=(Event("VISIT", "meninjau", 50),),
    )
    view = build_document_view(1, record, "BNPB tiba.")
    assert len(view.problems) == 2
    assert [e.text for _, e in view.entities] == ["BNPB"]
    assert view.events[0].sentence is None


def test_summary_counts(dev_raw: list[dict[str, Any]]) -> None:
    builder = SummaryBuilder()
    for row in dev_raw:
        builder.add(Record.from_dict(row))
    builder.add(Record.from_dict({"id": "bad", "errors": [{"stage": "input", "message": "x"}]}))
    assert builder.documents == 14 and builder.with_errors == 1
    assert builder.events == 27 and builder.quotes == 25
    assert builder.event_types["AWARD"] == 3 and sum(builder.event_types.values()) == 27
    assert dict(builder.label_rows()) == {"ORG": 122, "PERSON": 83, "LOC": 84, "DATE": 72}
    assert builder.top_orgs(1)[0].name == "Kementerian Sosial"
    assert [r.id for r in builder.error_rows] == ["bad"]
    chart = timeline(builder)
    assert chart is not None
    assert sum(m.count for m in chart.marks) + builder.undated_events == 27
    assert all(chart.label_width <= m.x <= chart.width for m in chart.marks)


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmk_extract", "show", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def test_cli_runs_the_pipeline_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = _run("examples/releases.jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists() and (tmp_path / "view-summary.html").exists()
    html = out.read_text(encoding="utf-8")
    assert "example-001" in html and 'class="ent ent-org"' in html
    again = _run("examples/releases.jsonl", "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    assert _run("examples/releases.jsonl", "-o", str(out), "--force").returncode == 0


def test_cli_records_with_inputs(tmp_path: Path, dev_raw: list[dict[str, Any]]) -> None:
    records = tmp_path / "records.jsonl"
    rows = [{k: v for k, v in d.items() if k != "text"} for d in dev_raw[:3]]
    rows.append({"id": "broken", "errors": [{"stage": "pipeline", "message": "boom"}]})
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ["{not json"]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    summary = tmp_path / "sub" / "s.html"
    result = _run(str(DEV), "--records", str(records), "-o", str(out), "--summary", str(summary))
    assert result.returncode == 1, result.stderr  # some documents have errors
    html = out.read_text(encoding="utf-8")
    assert _texts_of(html) == [d["text"] for d in dev_raw[:3]]
    assert 'href="sub/s.html"' in html
    page = summary.read_text(encoding="utf-8")
    assert "boom" in page and "records.jsonl:5: invalid JSON" in page
    assert 'href="../r.html#doc-4"' in page


def test_cli_as_records_one_document(tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    result = _run(str(DEV), "--as-records", "--id", "pr-006", "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count('<article class="doc"') == 1 and "1 document shown of 13" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "-", str(DEV)), "two HTML files"),
        ((str(DEV), "--as-records", "--records", str(DEV), "-o", "x.html"), "not both"),
        (("-o", "x.html"), "at least one input"),
        (("missing.jsonl", "-o", "x.html"), "no such file"),
    ],
)
def test_cli_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = _run(*args, cwd=tmp_path) if "missing" in args[0] else _run(*args)
    assert result.returncode == 2 and message in result.stderr
    assert not (ROOT / "x.html").exists()


# --- colours: WCAG AA (4.5:1) for every text colour on the backgrounds it is used on ----


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_VARS = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", stylesheet()))
_PAIRS = [
    *[("ink", f"{k}-tint") for k in ("org", "person", "loc", "date", "other", "quote", "target")],
    *[(f"{k}-ink", "paper") for k in ("org", "person", "loc", "date", "other", "event", "quote")],
    ("error-ink", "error-tint"),
    ("warn-ink", "warn-tint"),
    ("tip-ink", "tip-bg"),
    ("ink", "panel"),
    ("muted", "panel"),
    ("muted", "paper"),
    ("link", "paper"),
    ("link", "panel"),
    ("link", "target-tint"),
]


@pytest.mark.parametrize(("fg", "bg"), _PAIRS)
def test_colour_contrast_meets_wcag_aa(fg: str, bg: str) -> None:
    # the label tags are white on the *-ink colours: the same ratio as *-ink on paper
    assert _contrast(_VARS[fg], _VARS[bg]) >= 4.5, (fg, bg)
