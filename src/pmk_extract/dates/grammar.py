"""The date grammar: regular expressions built from the date lexicon.

Each rule is one compiled pattern of the ``regex`` package. :func:`candidates`
runs every rule over a text, applies the context checks that a pattern alone
cannot express (legal-instrument numbers, quantities, sentence-initial
"Minggu"), and keeps the longest non-overlapping matches. Blocker rules
(frequencies, legal years, weekday ranges) take part in the overlap contest and
are then dropped, so they silence any date rule they overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

import regex

from .lexicon import DateLexicon, lexicon

_FLAGS = regex.IGNORECASE | regex.UNICODE

# Building blocks that are number shapes, not words.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_BARE_YEAR = r"(?:19\d\d|20\d\d)"
_YEAR_END = r"(?!\w|[.,:/-]\d|-an\b)"
_NUM_START = r"(?<![\w/.,:-])"
_WB = r"(?<!\w)"
_WE = r"(?!\w)"


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


def _alt(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts.append(r"\s+".join(regex.escape(piece) for piece in word.split()))
    return "(?:" + "|".join(parts) + ")"


def _month_alt(lex: DateLexicon, *, abbreviations: bool) -> str:
    parts = []
    for surface in sorted(lex.months, key=lambda w: (-len(w), w)):
        if surface in lex.month_abbrs:
            if abbreviations:
                parts.append(regex.escape(surface) + r"(?:\.|" + _WE + ")")
        else:
            parts.append(regex.escape(surface) + _WE)
    return "(?:" + "|".join(parts) + ")"


def _connector(lex: DateLexicon) -> str:
    symbols = [c for c in lex.range_connectors if not c[0].isalnum()]
    words = [c for c in lex.range_connectors if c[0].isalnum()]
    return r"(?:\s*" + _alt(symbols) + r"\s*|\s+" + _alt(words) + r"\s+)"


# Pseudo anchors: a token starting with a digit; "(" right before such a token.
_DIGIT_KEY = "#digit"
_PAREN_KEY = "#paren"
_DIGIT = frozenset({_DIGIT_KEY})
_PAREN = frozenset({_PAREN_KEY})
_FIRST_WORD = regex.compile(r"\w+")


# How long (min, max; None: no limit) the number word (``\w+``) can be that a rule
# starts with at a digit or after "(": a day has 1-2 digits, "2022" and "2022-03-09" 4,
# "2020s.d.2021" makes the word "2020s". A rule not listed here starts with no number.
_NUMBER_WORD: dict[str, tuple[int, int | None]] = {
    "paren_bare": (1, 2),
    "day_month": (1, 2),
    "numeric": (1, 2),
    "iso": (4, 4),
    "hijri": (1, 2),
    "year": (4, None),
    "n_ago": (1, 3),
    "legal_year": (1, None),
}
_LONG_NUMBER = 5  # number words this long or longer are one length class


def _by_number_length(names: list[str], indexes: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """Per number-word length ``0.._LONG_NUMBER``: those of rules ``indexes`` it can start."""
    out = []
    for length in range(_LONG_NUMBER + 1):
        allowed = []
        for index in indexes:
            low, high = _NUMBER_WORD[names[index]]
            if low <= length and (high is None or length <= high):
                allowed.append(index)
        out.append(tuple(allowed))
    return tuple(out)


def _firsts(phrases: Iterable[str]) -> frozenset[str]:
    """Return the first word (as the tokenizer sees it) of each phrase, lowercased."""
    out = set()
    for phrase in phrases:
        found = _FIRST_WORD.search(phrase)
        if found is not None:
            out.add(found.group().lower())
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled rules, in priority order (earlier wins ties of equal length).

    Attributes:
        rules: (name, pattern, is_blocker) per rule.
        by_anchor: lowercase first word (or a pseudo anchor) -> indexes of the
            rules that can start with it.
        digit_rules, paren_rules: the ``by_anchor`` rules of a number word (or of "("
            before one) by the word's length (``min(len(word), 5)``).
        time: the clock-time pattern; time_anchors: the words it can start with.
        anchor_words: the keys of ``by_anchor`` and ``time_anchors`` together.
        token: a word (``\\w+``), captured so that ``split`` keeps the words.
        sentence_start: what comes before a sentence-initial word.
    """

    rules: tuple[tuple[str, regex.Pattern[str], bool], ...]
    by_anchor: dict[str, tuple[int, ...]]
    digit_rules: tuple[tuple[int, ...], ...]
    paren_rules: tuple[tuple[int, ...], ...]
    time: regex.Pattern[str]
    time_anchors: frozenset[str]
    anchor_words: frozenset[str]
    token: regex.Pattern[str]
    sentence_start: regex.Pattern[str]


@cache
def grammar() -> Grammar:
    """Build (once) and return the compiled date grammar."""
    lex = lexicon()
    wd = _alt(lex.weekdays) + _WE
    wd_cap = r"(?-i:(?=\p{Lu}))" + wd
    month = _month_alt(lex, abbreviations=True)
    month_full_cap = r"(?-i:(?=\p{Lu}))" + _month_alt(lex, abbreviations=False)
    month_cap = r"(?-i:(?=\p{Lu}))" + month
    conn = _connector(lex)
    pod = _alt(lex.parts_of_day) + _WE
    direction = _alt(lex.directions) + _WE
    mod = _alt(lex.modifiers) + _WE
    units = _alt(lex.period_units) + _WE
    week_units = _alt(u for u, kind in lex.period_units.items() if kind == "week") + _WE
    num_word = _alt(lex.numbers)
    number = (
        r"(?:\d{1,3}(?![\d.,])|"
        + num_word
        + r"(?:\s+(?:belas|puluh)(?:\s+"
        + num_word
        + r")?)?|beberapa)"
        + _WE
    )
    ago = _alt(lex.ago_words) + _WE
    hijri = _alt(lex.hijri_months) + _WE
    era = r"(?-i:" + _alt(lex.hijri_era) + r")" + _WE
    zones = r"(?-i:" + _alt(lex.timezones) + r")" + _WE
    cues = _alt(lex.time_cues)
    freq = _alt(lex.frequency_words) + _WE
    tail_pod = r"(?:\s+(?P<pod>" + pod + r"))?"

    day_month = (
        _WB + r"(?:(?P<wd>" + wd + r")\s*,?\s+)?" + _NUM_START + r"(?P<d1>" + _DAY + r")"
        r"(?:" + conn + r"(?P<d2>" + _DAY + r"))?\s+(?P<m1>" + month + r")"
        r"(?:" + conn + r"(?:" + wd + r"\s*,?\s+)?(?P<d3>" + _DAY + r")\s+(?P<m2>" + month + r"))?"
        r"(?:\s*,?\s+(?P<y>"
        + _YEAR
        + r")"
        + _YEAR_END
        + r"|\s+(?P<dir>"
        + direction
        + r"))?"
        + tail_pod
    )
    paren = (
        _WB + r"(?P<wd>" + wd + r")(?:" + conn + r"(?P<wd2>" + wd + r"))?\s*,?\s*\(\s*"
        r"(?P<d1>" + _DAY + r")(?:\s*[-–]\s*(?P<d2>" + _DAY + r"))?\s*(?P<sep>[/.-])\s*"
        r"(?P<m1>" + _MON_NUM + r")(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?\s*\)" + tail_pod
    )
    paren_bare = (
        # after a comma, or after a place name: "JAKARTA, (8/3)", "JAKARTA (8/3)",
        # "di Bandung (8/3)" (news and dateline style: the date the place reports from);
        # a title-case word needs four letters, and "Tahap (1/2)" is still read as a date
        r"(?<=(?:,|(?-i:\p{Lu}{3,}|\b\p{Lu}\p{Ll}{3,}))[ \t]{0,2})\(\s*(?P<d1>" + _DAY + r")\s*/\s*"
        r"(?P<m1>" + _MON_NUM + r")"
        r"(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)"
    )
    numeric = (
        _WB
        + r"(?:(?P<wd>"
        + wd
        + r")\s*,?\s+)?"
        + _NUM_START
        + r"(?P<d1>"
        + _DAY
        + r")(?P<sep>[-/.])"
        r"(?P<m1>" + _MON_NUM + r")(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.,:-]\d)" + tail_pod
    )
    iso = (
        _WB
        + _NUM_START
        + r"(?P<y>"
        + _YEAR
        + r")-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])"
        r"(?![\w/]|[.,:-]\d)"
    )
    month_year = (
        _WB
        + r"(?:(?P<mod>"
        + mod
        + r")\s+)?(?P<m1>"
        + month_cap
        + r")(?:"
        + conn
        + r"(?P<m2>"
        + month_cap
        + r"))?\s*,?\s+(?P<y>"
        + _YEAR
        + r")"
        + _YEAR_END
    )
    month_bare = (
        _WB + r"(?:(?P<mod>" + mod + r")\s+)?(?P<m1>" + month_full_cap + r")"
        r"(?:" + conn + r"(?P<m2>" + month_full_cap + r"))?(?:\s+(?P<dir>" + direction + r"))?"
    )
    year = (
        _WB
        + r"(?:(?P<mod>"
        + mod
        + r")\s+(?:(?P<tahun>tahun)\s+)?|(?P<tahun>tahun)\s+)?"
        + _NUM_START
        + r"(?P<y>"
        + _BARE_YEAR
        + r")(?:\s*(?:[-–—]|s\.d\.|s/d)\s*(?P<y2>"
        + _BARE_YEAR
        + r"))?"
        + _YEAR_END
    )
    hijri_date = (
        _WB + r"(?:" + _NUM_START + r"(?P<d1>" + _DAY + r")\s+)?(?P<hm>" + hijri + r")"
        r"(?:\s+(?P<y>1[345]\d\d)" + _YEAR_END + r"(?:\s*(?P<era>" + era + r"))?)?"
    )
    rel_day = _WB + r"(?P<rel>" + _alt(lex.relative_days) + r")" + _WE + tail_pod
    weekday = (
        _WB
        + r"(?P<wd>"
        + wd_cap
        + r")"
        + tail_pod
        + r"(?:\s+(?P<unit>"
        + week_units
        + r")\s+(?P<dir2>"
        + direction
        + r")|\s+(?P<dir>"
        + direction
        + r"))?"
    )
    week = (
        _WB
        + r"(?:(?P<mod>"
        + mod
        + r")\s+)?(?P<unit>"
        + week_units
        + r")(?:\s+(?P<dir>"
        + direction
        + r"))?"
    )
    period = (
        _WB
        + r"(?:(?P<mod>"
        + mod
        + r")\s+)?(?P<unit>bulan|tahun)"
        + _WE
        + r"(?:\s+(?P<dir>"
        + direction
        + r"))?"
    )
    n_ago = (
        _WB
        + r"(?:(?P<n>"
        + number
        + r")\s+(?P<unit>"
        + units
        + r")|(?P<se>"
        + _alt(lex.se_periods)
        + _WE
        + r"))\s+(?P<ago>"
        + ago
        + r")"
    )
    # "kuartal I 2024", "triwulan ke-3 tahun lalu", "semester kedua tahun ini" (not "Q1 2024")
    year_part = (
        _WB
        + r"(?P<part>"
        + _alt(lex.year_parts)
        + r")"
        + _WE
        + r"\s+(?P<ord>"
        + _alt(lex.ordinals)
        + _WE
        + r"|ke-?\s*[1-4]"
        + _WE
        + r"|[1-4](?=\s*[-/]?\s*(?:tahun\s+)?"
        + _YEAR
        + r"))(?:\s*[-/]?\s*(?:tahun\s+)?(?P<y>"
        + _YEAR
        + r")"
        + _YEAR_END
        + r"|\s+tahun\s+(?P<dir>"
        + direction
        + r"))?"
    )
    vague = _WB + r"(?P<vague>" + _alt(lex.vague) + r")" + _WE
    recurring = (
        _WB
        + r"(?P<rec>"
        + _alt(lex.recurring)
        + r")\s+(?:tanggal\s+)?"
        + _NUM_START
        + r"(?P<d1>"
        + _DAY
        + r")\s+(?P<m1>"
        + month
        + r")"
    )
    # Blockers: longer than the date rule they overlap, then dropped.
    legal_year = _NUM_START + r"\d+[\p{L}/.-]*\s+tahun\s+\d{4}" + _WE
    frequency = _WB + freq + r"\s+(?:" + mod + r"\s+)?(?:" + units + r"|" + wd + r"|" + month + r")"
    weekday_range = _WB + wd + conn + wd + r"(?!\s*,?\s*\()"
    blockers = _WB + _alt(lex.blockers) + _WE

    time = (
        r"(?:" + _WB + r"(?:" + cues + r")\s*(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?"
        r"|" + _NUM_START + r"(?P<h2>[01]?\d|2[0-4])[.:](?P<mi2>[0-5]\d)(?=\s*" + zones + r"))"
        r"(?:\s*(?:[-–]|s\.d\.|sampai|hingga)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)?"
        r"(?:\s*(?P<tz>" + zones + r"))?" + tail_pod + r"(?![\d])"
    )
    weekdays, months, mods = _firsts(lex.weekdays), _firsts(lex.months), _firsts(lex.modifiers)
    rules: list[tuple[str, str, bool, frozenset[str]]] = [
        ("paren", paren, False, weekdays),
        ("day_month", day_month, False, weekdays | _DIGIT),
        ("numeric", numeric, False, weekdays | _DIGIT),
        ("iso", iso, False, _DIGIT),
        ("paren_bare", paren_bare, False, _PAREN),
        ("hijri", hijri_date, False, _DIGIT | _firsts(lex.hijri_months)),
        ("recurring", recurring, False, _firsts(lex.recurring)),
        ("year_part", year_part, False, _firsts(lex.year_parts)),
        ("month_year", month_year, False, mods | months),
        ("month", month_bare, False, mods | months),
        ("year", year, False, mods | _DIGIT | {"tahun"}),
        (
            "n_ago",
            n_ago,
            False,
            _DIGIT | _firsts(lex.numbers) | _firsts(lex.se_periods) | {"beberapa"},
        ),
        ("vague", vague, False, _firsts(lex.vague)),
        ("relative_day", rel_day, False, _firsts(lex.relative_days)),
        ("weekday", weekday, False, weekdays),
        (
            "week",
            week,
            False,
            mods | _firsts(u for u, k in lex.period_units.items() if k == "week"),
        ),
        ("period", period, False, mods | {"bulan", "tahun"}),
        ("legal_year", legal_year, True, _DIGIT),
        ("frequency", frequency, True, _firsts(lex.frequency_words)),
        ("weekday_range", weekday_range, True, weekdays),
        ("blocker", blockers, True, _firsts(lex.blockers)),
    ]
    by_anchor: dict[str, list[int]] = {}
    for index, (_, _, _, anchors) in enumerate(rules):
        for anchor in anchors:
            by_anchor.setdefault(anchor, []).append(index)
    names = [name for name, _, _, _ in rules]
    time_anchors = _firsts(lex.time_cues) | _DIGIT
    return Grammar(
        rules=tuple((name, regex.compile(pat, _FLAGS), blk) for name, pat, blk, _ in rules),
        by_anchor={key: tuple(value) for key, value in by_anchor.items()},
        digit_rules=_by_number_length(names, tuple(by_anchor.get(_DIGIT_KEY, ()))),
        paren_rules=_by_number_length(names, tuple(by_anchor.get(_PAREN_KEY, ()))),
        time=regex.compile(time, _FLAGS),
        time_anchors=time_anchors,
        anchor_words=frozenset(by_anchor) | time_anchors,
        token=regex.compile(r"(\w+)"),
        sentence_start=regex.compile(r"(?:^|[.!?:\n\"“”]\s*|\n)\s*$"),
    )


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
            length = min(len(word), _LONG_NUMBER)
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
