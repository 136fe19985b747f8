"""Page furniture: the text around an article in a web copy that is not part of it.

Links to other articles ("Baca juga: ...", "(Baca: ...)"), photo captions, author and
editor credits, timestamp lines, advertising and share-button lines, tag lists and
contact footers are found on the text, line by line, from ``models/lexicons/furniture.tsv``
(its header explains the forms). The names of ``lexicons/outlets.tsv`` add three forms:
a masthead line ("kumparanNEWS"), a byline ("Rizky Aulia Ramadhan - detikNews"), and a
photo credit closing a one-sentence line ("... Rabu (17/1/2018). (ANTARA/Aditya
Nugraha)", "... Senin (15/5). Foto: ANTARA/HO-BPBD"), which makes the line a caption
(in a longer paragraph only the credit is furniture). The layout
(:mod:`pmk_extract.discourse`) marks their tokens: no quote, speaker context, event or
dateline comes from them, while their entities are still tagged (flagged
``in_furniture`` in the record).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .errors import DataFileError
from .outlets import is_outlet
from .resources import model_path, read_tsv

KINDS = ("link", "caption", "credit", "timestamp", "tags", "marker", "contact")
_FORMS = ("label", "heading", "line", "regex", "tail")
_LINE = re.compile(r"[^\n]+")
_EDGE = " \t\r\u00a0:.-–—|•·"
_MAX_LIST_LINES = 8  # headline or tag lines a heading may govern
_MAX_LIST_LINE = 160  # characters: a longer line is article text, not a list item
_SENTENCE_END = (".", "!", "?", "”", '"', "’")
# "Name - detikNews", "Name | CNN Indonesia": the writer, then the outlet
_BYLINE = re.compile(r"[^\n.!?\"“”]{2,60}?[ \t]+[-–|·][ \t]+(?P<outlet>[^\n]{2,40}?)[ \t]*")
# a photo credit at the end of a line: "(ANTARA/Aditya Nugraha)", "(Nama/detikcom)",
# "(Laily Rachev / Biro Pers Setpres)", "Foto: ANTARA/HO-BPBD Lembata"
_PHOTO_CREDIT = re.compile(
    r"(?:\((?P<inner>[^()\n]*\w[ \t]*/[ \t]*\w[^()\n]*)\)"
    r"|(?:Foto|FOTO|Dok)[ \t]*:[^\n()]{2,80})[ \t.]*$"
)
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+\S")


@dataclass(frozen=True, slots=True)
class Furniture:
    """A piece of page furniture: ``text[start:end]``, of one of :data:`KINDS`."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class _Rules:
    labels: re.Pattern[str]  # a label at the start of a line or bracket
    inline_links: re.Pattern[str]  # a link label anywhere in a line
    headings: dict[str, str]  # folded heading text -> kind
    lines: dict[str, str]  # folded whole-line text -> kind
    regexes: tuple[tuple[re.Pattern[str], str], ...]
    tails: tuple[tuple[re.Pattern[str], str], ...]
    label_kinds: dict[str, str]  # folded label -> kind


def _fold(text: str) -> str:
    return " ".join(text.strip(_EDGE).casefold().split())


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)  # "Baca juga" before "Baca"
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@cache
def furniture_rules() -> _Rules:
    """The compiled rules of ``lexicons/furniture.tsv``."""
    path = "lexicons/furniture.tsv"
    labels: dict[str, str] = {}
    headings: dict[str, str] = {}
    lines: dict[str, str] = {}
    regexes: list[tuple[re.Pattern[str], str]] = []
    tails: list[tuple[re.Pattern[str], str]] = []
    for lineno, (kind, form, text) in enumerate(read_tsv(path, 3), 1):
        if kind not in KINDS or form not in _FORMS:
            raise DataFileError(
                str(model_path(path)), None, f"row {lineno}: unknown kind or form {kind!r} {form!r}"
            )
        if form == "label":
            labels[_fold(text)] = kind
        elif form == "heading":
            headings[_fold(text)] = kind
        elif form == "line":
            lines[_fold(text)] = kind
        else:
            try:
                pattern = re.compile(text, re.IGNORECASE)
            except re.error as exc:
                raise DataFileError(str(model_path(path)), None, f"row {lineno}: {exc}") from exc
            (regexes if form == "regex" else tails).append((pattern, kind))
    links = [label for label, kind in labels.items() if kind == "link"]
    return _Rules(
        labels=re.compile(
            r"(?:^|(?<=\())[ \t]*(" + _alternation(list(labels)) + r")[ \t]*:", re.IGNORECASE
        ),
        inline_links=re.compile(
            r"(?<![\w])(" + _alternation(links) + r")[ \t]*:[^\n)]*", re.IGNORECASE
        ),
        headings=headings,
        lines=lines,
        regexes=tuple(regexes),
        tails=tuple(tails),
        label_kinds=labels,
    )


def _bracket_end(line: str, start: int) -> int:
    """End of the bracket opened just before ``start`` (or the line's end)."""
    close = line.find(")", start)
    return close if close >= 0 else len(line)


def _is_list_item(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _MAX_LIST_LINE and not stripped.endswith(_SENTENCE_END)


# The layout, the NER, the officials, the credits and the dateline each read the same
# text, component by component over a whole batch: the cache must hold a batch (64 by
# default; a larger batch only costs rescans) or each text is scanned five times; 128
# texts of at most max_length (50,000) characters bound its memory.
@lru_cache(maxsize=128)
def find_furniture(text: str) -> tuple[Furniture, ...]:
    """Page furniture in ``text``, in text order, without overlaps."""
    rules = furniture_rules()
    found: list[Furniture] = []
    list_kind: str | None = None  # a heading's list is running
    list_left = 0
    for match in _LINE.finditer(text):
        line = match.group()
        offset = match.start()
        folded = _fold(line)
        if not folded:
            continue
        if list_kind is not None:
            if list_left > 0 and _is_list_item(line) and folded not in rules.headings:
                found.append(Furniture(offset, match.end(), list_kind))
                list_left -= 1
                continue
            list_kind = None
        heading = rules.headings.get(folded)
        if heading is not None:
            found.append(Furniture(offset, match.end(), heading))
            list_kind, list_left = heading, _MAX_LIST_LINES
            continue
        kind = rules.lines.get(folded)
        if kind is None:
            kind = next((k for p, k in rules.regexes if p.fullmatch(line.strip())), None)
        if kind is None:
            kind = _outlet_line(line)
        if kind is not None:
            found.append(Furniture(offset, match.end(), kind))
            continue
        credit = _photo_credit(line)
        if credit is not None and credit[1] == "caption":
            found.append(Furniture(offset, match.end(), "caption"))
            continue
        if credit is not None:
            found.append(Furniture(offset + credit[0], offset + len(line.rstrip()), "credit"))
        found.extend(_in_line(line, offset, rules))
    return tuple(_merged(found))


def _outlet_line(line: str) -> str | None:
    """``credit`` for a masthead ("CNN Indonesia") or a byline ("Name - detikNews")."""
    stripped = line.strip(_EDGE)
    if is_outlet(stripped):
        return "credit"
    byline = _BYLINE.fullmatch(line.strip())
    if byline is None or not is_outlet(byline["outlet"]):
        return None
    writer = line.strip()[: byline.start("outlet")].rstrip(" \t-–|·")
    if writer.isupper() and "|" in line:
        return None  # "JAKARTA | Harian Merdeka": a place in capitals, the dateline
    return "credit"


def _photo_credit(line: str) -> tuple[int, str] | None:
    """Where a photo credit closing ``line`` starts, and whether it makes the line a
    caption (one sentence without quotes before it) or is a credit alone.

    A bracket credit names an outlet on one side of its slash, or two capitalised names
    after a sentence ("... Jumat (27/10). (Laily Rachev / Biro Pers Setpres)");
    lower-case codes ("(ant/mhd)") are the writers' initials, which ``furniture.tsv``
    handles.
    """
    credit = _PHOTO_CREDIT.search(line)
    if credit is None or credit.start() == 0:
        return None
    inner = credit["inner"]
    before = line[: credit.start()].strip()
    if inner is not None:
        sides = [side.strip() for side in inner.split("/")]
        named = any(is_outlet(side) or is_outlet(side.split(" ")[0]) for side in sides)
        capitalised = all(side[:1].isupper() for side in sides[:2])
        if not named and not (capitalised and before.endswith(_SENTENCE_END)):
            return None  # "(Januari/Februari)", "(ant/mhd)"
    one_sentence = not _SENTENCE_BREAK.search(before.rstrip(".!? "))
    quoted = any(mark in before for mark in ('"', "“", "”"))
    return credit.start(), "caption" if one_sentence and not quoted else "credit"


def _in_line(line: str, offset: int, rules: _Rules) -> list[Furniture]:
    """Labelled furniture inside one line: at its start, in brackets, inline links, tails."""
    out: list[Furniture] = []
    if ":" in line:  # both label patterns end in a colon: no need to scan a line without one
        for hit in rules.labels.finditer(line):
            kind = rules.label_kinds[_fold(hit.group(1))]
            start = hit.start(1)
            in_bracket = start > 0 and line[:start].rstrip().endswith("(")
            if in_bracket:
                opener = line.rindex("(", 0, start)
                end = offset + _bracket_end(line, start) + 1
                out.append(Furniture(offset + opener, end, kind))
            else:
                out.append(Furniture(offset + start, offset + len(line.rstrip()), kind))
                return out  # the rest of the line belongs to it
        for hit in rules.inline_links.finditer(line):
            end = hit.end()
            if end < len(line) and line[end] == ")":
                end += 1
            out.append(Furniture(offset + hit.start(), offset + end, "link"))
    stripped = line.rstrip()
    for pattern, kind in rules.tails:
        tail = pattern.search(stripped)
        if tail is not None and tail.end() == len(stripped) and tail.start() > 0:
            out.append(Furniture(offset + tail.start(), offset + tail.end(), kind))
            break
    return out


def _merged(found: list[Furniture]) -> list[Furniture]:
    """Sorted, with pieces inside an earlier piece dropped."""
    out: list[Furniture] = []
    for piece in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and piece.start < out[-1].end:
            if piece.end > out[-1].end:
                last = out[-1]
                out[-1] = Furniture(last.start, piece.end, last.kind)
            continue
        out.append(piece)
    return out
