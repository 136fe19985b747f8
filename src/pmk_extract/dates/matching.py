"""Running the date grammar over a text: anchors, context checks and candidates.

:func:`anchors` finds the offsets where a rule or a clock time can start; :func:`candidates`
tries the rules there, applies the context checks that a pattern alone cannot express
(legal-instrument numbers, quantities, sentence-initial "Minggu", the tense of the
sentence), and keeps the longest non-overlapping matches. Blocker rules (frequencies, legal
years, weekday ranges) take part in the overlap contest and are then dropped, so they
silence any date rule they overlap.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

import regex

from .grammar import LONG_NUMBER, grammar
from .lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Candidate:
    """One grammar match before resolution.

    Attributes:
        start: start offset in the text.
        end: end offset (exclusive).
        rule: the grammar rule name.
        groups: named groups of the match that took part (lowercased text).
        blocker: True for matches that only silence other rules.
    """

    start: int
    end: int
    rule: str
    groups: dict[str, str]
    blocker: bool = False


@dataclass(frozen=True, slots=True)
class Anchor:
    """A word that can start a date expression or a clock time.

    Attributes:
        start: offset of the word (or of the "(" before a number).
        rules: indexes of the grammar rules to try there.
        time: whether a clock time can start there.
    """

    start: int
    rules: tuple[int, ...]
    time: bool


def anchors(text: str) -> list[Anchor]:
    """Return the offsets where a date rule or a clock time can start, left to right.

    Every rule is tried only where one of its first words (or a number, or an
    opening parenthesis before a number) starts; this is much faster than
    scanning the whole text once per rule.
    """
    gram = grammar()
    by_anchor = gram.by_anchor
    digit_rules, paren_rules = gram.digit_rules, gram.paren_rules
    time_words, anchor_words = gram.time_anchors, gram.anchor_words
    # text, word, text, word, ..., text: the words and their offsets without a Python
    # step per word; only the few words that can anchor something are looked at
    parts = gram.token.split(text)
    words = parts[1::2]
    hits = [k for k, word in enumerate(words) if word[0].isdigit() or word.lower() in anchor_words]
    if not hits:
        return []
    offsets = list(accumulate(map(len, parts)))  # word k starts at offsets[2 * k]
    out: list[Anchor] = []
    for k in hits:
        word = words[k]
        start = offsets[2 * k]
        if word[0].isdigit():
            length = min(len(word), LONG_NUMBER)
            before = start - 1
            while before >= 0 and text[before] in " \t":
                before -= 1
            if before >= 0 and text[before] == "(":
                out.append(Anchor(before, paren_rules[length], False))
            out.append(Anchor(start, digit_rules[length], True))
            continue
        word = word.lower()
        out.append(Anchor(start, by_anchor.get(word, ()), word in time_words))
    return out


def time_matches(text: str, found: list[Anchor] | None = None) -> Iterator[regex.Match[str]]:
    """Yield the clock-time matches ("pukul 09.30 WIB") of ``text``, left to right.

    Args:
        text: the text to scan.
        found: the text's :func:`anchors`, when already computed.
    """
    pattern = grammar().time
    last_end = 0
    for anchor in anchors(text) if found is None else found:
        if not anchor.time or anchor.start < last_end:
            continue
        match = pattern.match(text, anchor.start)
        if match is not None:
            last_end = match.end()
            yield match


def _prev_word(text: str, pos: int) -> str:
    """Return the lowercased word (letters, digits, ``.%/-``) ending right before ``pos``."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while (
        start > 0 and end - start < 40 and (text[start - 1].isalnum() or text[start - 1] in ".%/-")
    ):
        start -= 1
    return text[start:end].lower()


def _next_word(text: str, pos: int) -> str:
    """Return the lowercased word (letters, ``%``, optional final ".") starting after ``pos``."""
    start = pos
    while start < len(text) and text[start] in " \t":
        start += 1
    end = start
    while end < len(text) and end - start < 30 and (text[end].isalpha() or text[end] == "%"):
        end += 1
    if end < len(text) and end > start and text[end] == ".":
        end += 1
    return text[start:end].lower()


def _sentence_initial(text: str, pos: int) -> bool:
    return grammar().sentence_start.search(text, max(0, pos - 4), pos) is not None


def _accept(text: str, rule: str, match: regex.Match[str], groups: dict[str, str]) -> bool:
    """Context checks a pattern cannot express; False rejects the match."""
    lex = lexicon()
    start = match.start()
    if rule == "year":
        before = _prev_word(text, start)
        after = _next_word(text, match.end())
        if after.rstrip(".") in lex.year_after or after in lex.year_after:
            return False
        if "mod" not in groups and "tahun" not in groups and before in lex.year_before:
            return False
        return not ("y2" in groups and int(groups["y2"]) <= int(groups["y"]))
    if rule in ("month", "month_year"):
        if "mod" in groups or "y" in groups or "dir" in groups:
            return True
        return _prev_word(text, start).rstrip(",") in lex.month_cues
    if rule in ("numeric",):
        return not (groups.get("sep") == "." and len(groups.get("y", "")) != 4)
    if rule == "paren":
        return not ("wd2" in groups and "d2" not in groups)
    if rule in ("week", "period"):
        if "dir" not in groups and "mod" not in groups:
            return False
        unit_text = match.group("unit")
        # Lowercase "minggu" is a week; capitalised it is a Sunday, unless it opens a sentence.
        return not (
            rule == "week"
            and unit_text[0].isupper()
            and not (match.start("unit") == start and _sentence_initial(text, start))
        )
    if rule == "weekday":
        is_week = (
            groups["wd"] in ("minggu",)
            and "dir" in groups
            and "pod" not in groups
            and _sentence_initial(text, start)
        )
        return not is_week
    if rule == "hijri":
        return "y" in groups or "d1" in groups
    if rule == "year_part":
        part = " ".join(groups["part"].split())
        if year_part_number(groups) * lex.year_parts[part] > 12:
            return False  # "semester ke-3", "caturwulan IV": not a part of a year
        return "y" in groups or "dir" in groups or part in lex.bare_year_parts
    return True


def year_part_number(groups: dict[str, str]) -> int:
    """The ordinal of a ``year_part`` match: "III" -> 3, "kedua" -> 2, "ke-2" -> 2."""
    raw = groups["ord"]
    found = lexicon().ordinals.get(raw)
    return found if found is not None else int(raw[-1])


def _future(text: str, start: int, end: int) -> bool:
    """True when the sentence of ``text[start:end]`` is put in the future.

    A future marker ("akan", "rencananya") counts before the date in its sentence (quoted
    passages are sentences of their own), or after a date that opens its sentence
    ("Pada Senin, tim akan ...", maybe after a cue word).
    """
    gram = grammar()
    markers = lexicon().future_markers
    begin = start
    while begin > 0 and start - begin < _SENTENCE_REACH and text[begin - 1] not in _ENDS:
        begin -= 1
    words = [w.lower() for w in gram.token.findall(text, begin, start)]
    if len(words) <= 1 and (not words or words[0] in lexicon().month_cues):
        stop = end
        while stop < len(text) and stop - end < _SENTENCE_REACH and text[stop] not in _ENDS:
            stop += 1
        words = [w.lower() for w in gram.token.findall(text, end, stop)]
    return any(word in markers for word in words)


# What ends a sentence (or opens a quoted passage) for :func:`_future`, and how far it looks.
_ENDS = frozenset('.!?;\n"“”«»')
_SENTENCE_REACH = 400
# Rules whose value depends on the tense of their sentence when no direction is written.
_TENSED = frozenset({"weekday", "year_part"})


def candidates(text: str, found_anchors: list[Anchor] | None = None) -> list[Candidate]:
    """Return the accepted grammar matches of ``text``, longest first, non-overlapping.

    The result is sorted by start offset and still contains no blockers.

    Args:
        text: the text to scan.
        found_anchors: the text's :func:`anchors`, when already computed.
    """
    gram = grammar()
    found: list[tuple[int, int, int, Candidate]] = []
    for anchor in anchors(text) if found_anchors is None else found_anchors:
        for priority in anchor.rules:
            rule, pattern, blocker = gram.rules[priority]
            match = pattern.match(text, anchor.start)
            if match is None or match.end() == match.start():
                continue
            groups = {k: v.lower() for k, v in match.groupdict().items() if v is not None}
            if not blocker and not _accept(text, rule, match, groups):
                continue
            if not blocker:
                cue = _prev_word(text, match.start()).rstrip(",")
                if cue in lexicon().month_cues:
                    groups["cue"] = cue
                if rule in _TENSED and _future(text, match.start(), match.end()):
                    groups["tense"] = "future"
            cand = Candidate(match.start(), match.end(), rule, groups, blocker)
            found.append((-(cand.end - cand.start), priority, cand.start, cand))
    found.sort(key=lambda item: item[:3])
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for _, _, _, cand in found:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        occupied.append((cand.start, cand.end))
        taken.append(cand)
    return sorted((c for c in taken if not c.blocker), key=lambda c: c.start)
