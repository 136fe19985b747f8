"""Tokenizer rules for Indonesian press text on top of spaCy's ``id`` tokenizer.

Changes to the default: numeric dates ("8/3", "23/10/2024") stay one token even
inside brackets ("(8/3)" -> "(", "8/3", ")"); dashes that end a dateline
("JAKARTA–Menteri", "PMK—") split off; an initial glued to a name splits off
("H.Nurul" -> "H.", "Nurul"), and so does an organisation's acronym in capitals that the
knowledge base or the lexicons know glued to a capitalised word ("DPRFahri" -> "DPR",
"Fahri"; an unknown run of capitals stays whole: "PDIPerjuangan"); a credit
"Okezone.com/Rizki" is not taken for a URL; a bracket glued to a word in lower case opens a
bracket of its own ("Kirana(PDIP)" -> "Kirana", "(", "PDIP", ")"). Abbreviations with dots
("S.H.", "Prof.", "M.Si.") and clock times ("09.30") are already kept whole by spaCy; the dotted
abbreviations of `models/lexicons` ("Plh.", "Kab.", "Sp.OG(K)") are added, and a region's kind
word so shortened in lower case ("kab.", "prov.").
The tokenizer never changes the text: token offsets are into the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lexicons import honorific_words, lexicons
from .resources import read_tsv

_NUMERIC_DATE = regex.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
_EXTRA_INFIXES = [
    r"(?<=\w)[–—](?=\w)",
    # a capital letter and a dot glued to a capitalised word is an initial or an honorific
    # of its own ("H.Nurul", "Dr.Ir.H.Ridwan", "M.Hatta"); "PT.Pindad" stays whole
    r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])",
    # a bracket glued to the end of a word in lower case opens a bracket of its own: a
    # party's or an office's short form after a name ("Kirana(PDIP)", "Perjuangan(PDI-P)")
    r"(?<=[a-z]{2})\((?=[A-Z])",
]
# capitals glued to a capitalised word of three letters or more: "DPRFahri", "BNPBSuharyanto"
_GLUED = re.compile(r"([A-Z]{2,8})(?=[A-Z][a-z]{2})")
_POINT = re.compile("")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_CAPITALS_DOT = regex.compile(r"^[A-Z]{2,3}\.$")  # "HM.", "KH.", "YM."
# "Okezone.com/Rizki": an outlet's address, a slash and a capitalised name (a credit)
_CREDIT = regex.compile(
    r"^(?!www\.)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?i:com|co|id|net|org)/\p{Lu}\p{Ll}+$"
)


@registry.tokenizers("pmk_extract.Tokenizer.v1")  # type: ignore[untyped-decorator]
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Return a factory for the press-text tokenizer (use in ``[nlp.tokenizer]``)."""

    def make(nlp: Language) -> Tokenizer:
        # Built in one go: every later change of a rule re-parses all ~16k special cases.
        defaults = nlp.Defaults
        rules = dict(defaults.tokenizer_exceptions)
        for abbreviation in _dotted_abbreviations():
            rules.setdefault(abbreviation, [{ORTH: abbreviation}])
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(defaults.prefixes or ()).search,
            suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
            infix_finditer=GluedInfixes(
                compile_infix_regex(
                    [*(defaults.infixes or ()), *_EXTRA_INFIXES, *_glued_honorifics()]
                )
            ),
            token_match=_NUMERIC_DATE.match,
            url_match=_url_match(defaults.url_match),
        )

    return make


class GluedInfixes:
    """The infixes of ``pattern``, and the point between a known acronym in capitals and a
    capitalised word glued to it ("DPRFahri", "BNPBSuharyanto"); acronyms are read from the
    knowledge base and the lexicons the first time a token looks glued."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._acronyms: frozenset[str] | None = None

    def __call__(self, string: str) -> list[re.Match[str]]:
        found = list(self.pattern.finditer(string))
        glued = _GLUED.match(string)
        if glued is None or glued.group(1) not in self.acronyms():
            return found
        point = _POINT.match(string, glued.end())
        if point is None:  # pragma: no cover - an empty pattern matches everywhere
            return found
        return sorted([*found, point], key=lambda m: m.start())

    def acronyms(self) -> frozenset[str]:
        """Organisations' acronyms in capitals: the knowledge base's and the lexicons'."""
        if self._acronyms is None:
            from .kb import default_kb  # the knowledge base, only once a token looks glued

            lex = lexicons()
            heads = [*lex.unit_heads, *lex.command_units, *((k,) for k in lex.abbreviations)]
            words = {key[0] for key in heads if len(key) == 1}
            words.update(default_kb().surfaces)
            self._acronyms = frozenset(w for w in words if _ACRONYM.fullmatch(w))
        return self._acronyms


def _url_match(
    url_match: Callable[[str], regex.Match[str] | None] | None,
) -> Callable[[str], regex.Match[str] | None] | None:
    """spaCy's URL rule, except for a photo or text credit: a site, a slash and a name
    ("Okezone.com/Rizki", "detik.com/Andhika") are three tokens, not one address."""
    if url_match is None:
        return None
    match = url_match

    def matches(text: str) -> regex.Match[str] | None:
        return None if _CREDIT.match(text) else match(text)

    return matches


def _glued_honorifics() -> list[str]:
    """Infixes after an honorific of capitals and a dot (``honorifics.txt``: "HM.", "KH.")
    glued to a capitalised word: the honorific is a token of its own ("HM.Prasetyo")."""
    forms = sorted(
        {h for h in honorific_words() if _CAPITALS_DOT.match(h)}, key=lambda h: (len(h), h)
    )
    return [rf"(?<=\b{regex.escape(h)})(?=[A-Z][a-z])" for h in forms]


def _dotted_abbreviations() -> list[str]:
    """Abbreviations with a dot ("Plh.", "Kab.", "Sp.OG(K)") from the lexicons: one token each."""
    words = [row[0] for row in read_tsv("lexicons/abbreviations.tsv", 2)]
    # a region's kind word shortened with a dot, as careless pages also write it in lower case
    # ("Sekda kab. Kerinci", "prov. Jambi": region_kinds.tsv), is no sentence's end
    words += [row[0] for row in read_tsv("lexicons/region_kinds.tsv", 2)]
    words += [key[0] for key in lexicons().role_prefixes if len(key) == 1]  # "PIt." too
    honorifics = honorific_words()
    # an honorific written in capitals is one token too ("DR.", "PROF.", "HJ.")
    words += [*honorifics, *(h.upper() for h in honorifics if "." in h)]
    return [w for w in words if "." in w and " " not in w]
