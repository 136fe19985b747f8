"""The date grammar: regular expressions built from the date lexicon.

Each rule is one compiled pattern of the ``regex`` package, indexed by the words (or
number shapes) it can start with; ``matching.py`` runs them over a text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

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
LONG_NUMBER = 5  # number words this long or longer are one length class


def _by_number_length(names: list[str], indexes: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """Per number-word length ``0..LONG_NUMBER``: those of rules ``indexes`` it can start."""
    out = []
    for length in range(LONG_NUMBER + 1):
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
