"""Precision filters on the recogniser's predicted names (``pmk_ner``).

:class:`SpanFilter` decides whether a span the trained model predicts stays a name: it
drops headline words, titles (written, fused or misspelt), the unit or place of an office,
the words of a rank, a degree, a customary title or a command's name, slogans and
programme names, cut-off phrases and acronyms that name no person or place.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..degrees import degree_run
from ..doctable import token_table
from ..extensions import span_attr
from ..lexicons import Lexicons, event_tails, fused_commander, government_forms, match_head
from ..name_shapes import in_customary_title
from ..resources import read_lines
from ..spans import doc_text
from ..stemming import root_words, stem_word
from .apposed_names import field_after_and
from .command_staff import staff_post_at
from .commands import DESIGNATION, DESIGNATION_KINDS
from .company_units import COMPANY_TARGET
from .justice_words import fused_post
from .title_spelling import TitleSpelling

_ROLE_GAP = 6  # tokens between a title's place and the name of the title's holder
_MIN_POST = 4  # letters of a title that ends a name written before it ("Ketua", not "Ka")


def _in_degrees(words: list[str], start: int, end: int) -> bool:
    """True when ``words[start:end]`` closes a run of degrees that begins before it, up to
    four tokens back ("M.", "Tr", ".", "Opsla"): after a dot or a bracket only."""
    if not start or not (words[start - 1].endswith(".") or words[start - 1] == "("):
        return False
    return any(k + degree_run(words, k) >= end > start for k in range(max(0, start - 4), start))


def _in_command_name(words: list[str], start: int) -> bool:
    """True when ``words[start]`` lies in a command's name after its number: "N/" and at
    most two capitalised words before it ("412/Bharata [Eka Sakti]")."""
    k = start - 1
    while k >= 0 and start - k <= 3 and words[k][:1].isupper():
        k -= 1
    return k >= 1 and words[k] == "/" and DESIGNATION.fullmatch(words[k - 1]) is not None


def _after_command_number(words: list[str], start: int, lex: Lexicons) -> bool:
    """True when ``words[start]`` follows a command's number written after its unit or its
    commander's title without "/" ("Kodam XIV [Hasanuddin]", "Pangdam IV [Diponegoro]",
    "Danrem 141 [Toddopuli]"): the words there are the command's name."""
    k = start - 1
    if k < 1 or DESIGNATION.fullmatch(words[k]) is None:
        return False
    for j in range(max(k - 3, 0), k):
        size = match_head(words, j, lex.command_titles)
        unit = lex.command_titles[tuple(words[j : j + size])][1] if size else ()
        if not size:
            size = match_head(words, j, lex.command_units)
            unit = tuple(words[j : j + size])
        if (
            size
            and j + size == k
            and lex.command_units.get(unit, ("", "", ""))[2] in DESIGNATION_KINDS
        ):
            return True
    return False


def _inside_command_title(words: list[str], start: int, lex: Lexicons) -> bool:
    """True when a listed command title that opens one or two words before ``start`` runs
    over it ("Danyon [Armed] 12", "Dan Yon [Zipur]"): the title's unit, not a name."""
    for k in range(max(start - 2, 0), start):
        if k + match_head(words, k, lex.command_titles) > start:
            return True
    return False


class SpanFilter:
    """Which predicted spans stay names: :meth:`keep`."""

    def __init__(
        self,
        lex: Lexicons,
        titles: frozenset[str],
        office_words: frozenset[str],
        spelling: TitleSpelling,
        body_firsts: frozenset[str],
        stoplist: frozenset[tuple[str, ...]],
    ) -> None:
        self.lex = lex
        self.titles = titles
        self.office_words = office_words
        self.spelling = spelling
        self.body_firsts = body_firsts
        self.stoplist = stoplist
        self.dangling = frozenset(read_lines("lexicons/ner_dangling.txt"))
        self.tails = event_tails()

    def _opens_title(self, words: list[str]) -> bool:
        """True when ``words`` open with a title of ``titles.tsv`` other than a company's post:
        those are read only before a state company, and "Manager" is also a given name
        ("Komisioner Komnas HAM Manager Nasution")."""
        size = match_head(words, 0, self.lex.title_heads)
        return size > 0 and self.lex.title_heads[tuple(words[:size])][1] != COMPANY_TARGET

    def keep(self, span: Span, headline: int = 0) -> bool:
        """Filters for precision: no headline words, programme names or common words."""
        all_words = token_table(span.doc).words
        words = all_words[span.start : span.end]
        text = doc_text(span.doc)[span.start_char : span.end_char]  # span.text, no Tokens
        if not text[:1].isupper() or span.start < headline:
            return False
        if match_head(words, 0, self.stoplist) or text in self.titles:
            return False
        if words[0] in self.titles or self._opens_title(words):
            return False  # "Menpora ad interim": a title, not a name
        if self.spelling.title_word(words[0]) is not None:
            return False  # "Sedakab Saipul": a misspelt title, not a name
        numbered = span.end < len(all_words) and all_words[span.end][:1].isdigit()
        if numbered and len(words) == 1 and self.spelling.short_word(words[0]) is not None:
            return False  # "Darem 073/Makutarama": a short title misspelt before its unit
        if match_head(words, 0, self.lex.command_titles) or staff_post_at(words, 0):
            return False  # "Danlantamal", "Kadispenad Brigjen", "Asops Kasdam": a title
        if span.label_ == "PERSON" and (
            fused_commander(words[0]) or words[0] in government_forms()
        ):
            return False  # "Danmenarmed", "Pemkab": a commander's title, an institution
        if span.label_ == "PERSON" and words[0] in self.body_firsts:
            return False  # "Stasiun Juanda Nama": a body's head opens no person's name
        if span.label_ == "PERSON" and _inside_command_title(all_words, span.start, self.lex):
            return False  # "Danyon [Armed] 12": the arm of a title written before it
        if _in_command_name(all_words, span.start):
            # "Kodam XIV/[Hasanuddin]", "Yonif 412/Bharata [Eka Sakti]": a command's name
            return False
        if (
            span.label_ == "PERSON"
            and len(words) <= 2
            and _after_command_number(all_words, span.start, self.lex)
        ):
            return False  # "Pangdam XIV [Hasanuddin] Mayjen TNI Nama": the command's name
        if span.label_ == "PERSON" and self._rank_closes(words, all_words, span.end):
            return False  # "[Hasanuddin Mayjen] TNI Nama": a rank opens a name, never ends one
        if span.label_ == "PERSON" and self._ends_title(span):
            return False  # "Direktur Jenderal [Bimas Islam]": the rest of an office's title
        if span.label_ == "PERSON" and self._in_holders_role(span, all_words):
            return False  # "Camat [Sukajadi], Kota Bandung, Nama": the district of his title
        if span.label_ == "PERSON" and self.lex.fused_unit(words, 0) is not None:
            return False  # "Kasudin Perhubungan": "Ka" fused with an office, a title
        if span.label_ == "PERSON" and fused_post(words[0]):
            return False  # "Kasidik Pidana": a post of the law hierarchy fused in one word
        if span.label_ == "PERSON" and field_after_and(all_words, span.start, span.end, self.lex):
            return False  # "Kasi Bimbingan dan Giatja": the last word of the post's field
        if span.label_ == "PERSON" and len(words) == 1 and tuple(words) in self.lex.rank_marks:
            return False  # "Purn", "Inf": a rank's mark, no name
        if span.label_ == "PERSON" and in_customary_title(all_words, span.start):
            return False  # "Indra Catri Dt. [Malako Nan Putiah]": a customary title's words
        if span.label_ == "PERSON" and degree_run(words, 0) == len(words):
            return False  # "Ns", "M.Si": a degree after a name, no name
        if span.label_ == "PERSON" and _in_degrees(all_words, span.start, span.end):
            return False  # "M.Tr.[Opsla]", "M.Tr.[Han]": the field of a degree, no name
        if match_head(words, 0, self.lex.role_prefixes, 2):
            return False  # "Plt.", "Pj. Gubernur": an acting post is a title, not a name
        if span.label_ != "ORG" and match_head(words, 0, self.lex.unit_heads):
            return False  # "Dinkes", "Bapenda Alfiadi": an office is no person or place
        if span.label_ == "PERSON" and (
            match_head(words, 0, self.lex.name_heads) or match_head(words, 0, self.lex.place_heads)
        ):
            return False  # "Jalan Gajah Mada", "Desa Sukamaju": no person's name
        first = words[0]
        if first in self.lex.headline_verbs:
            return False  # "Pimpin Rapat Koordinasi": a headline's predicate
        if span.label_ == "PERSON" and self.lex.clause_word(first):
            return False  # "Dalam Sambutannya", "Saat Ditemui": the sentence goes on, no name
        if first.isalpha() and stem_word(first) != first.lower():
            return False  # an affixed common word opens a slogan or a programme, not a name
        if words[-1] in self.dangling:
            return False  # "... Lingkup Kementerian": a cut-off phrase
        if words[-1] in self.tails:
            return False  # "SEA Games", "SATUSEHAT Mobile": an event or a product
        if len(words) == 1:
            word = words[0]
            if len(word) == 1:
                return False  # a letter: an initial or a cut-off word
            lower = word.lower()
            if lower in root_words():
                return False
            if word.isupper() and span.label_ == "ORG" and len(word) <= 5:
                return False  # an unknown short acronym: usually a programme or a term
            if word.isupper() and len(word) > 1 and span.label_ in ("PERSON", "LOC"):
                return False  # an acronym is not a person; nor a place the gazetteer lacks
        return True

    def _in_holders_role(self, span: Span, words: list[str]) -> bool:
        """True when ``span`` follows a title word and a PERSON the title reader found within
        a few words after it holds a role that spells the span ("Camat Sukajadi, Kota
        Bandung, Rudi Setiawan": "Sukajadi" is the district in the role "Camat Sukajadi"), or
        a role at all when only the officer's rank stands between them: the words between a
        title and its holder's rank are the post's unit ("Wakil Komandan [Pussenif
        Kodiklatad] Mayjen TNI Nama"), as no name is written right before a rank."""
        if not span.start or not self.office_word(words[span.start - 1]):
            return False
        doc = span.doc
        written = f" {doc_text(doc)[span.start_char : span.end_char]} "
        ranked = self._rank_end(words, span.end)
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not span.end <= ent.start <= span.end + _ROLE_GAP:
                continue
            role = span_attr(doc, "role", ent.start_char, ent.end_char)
            if role and (written in f" {role} " or ranked == ent.start > span.end):
                return True
        return False

    def _rank_closes(self, words: list[str], all_words: list[str], end: int) -> bool:
        """True when the span's ``words`` end in a rank that stands before a mark or a
        capitalised word after the span ("Hasanuddin Mayjen" + "TNI Nama")."""
        if end >= len(all_words) or not all_words[end][:1].isupper():
            return False
        for k in range(1, len(words)):
            if k + match_head(words, k, self.lex.ranks) == len(words):
                return True
        return False

    def _rank_end(self, words: list[str], k: int) -> int:
        """The token after the rank at ``k`` with its marks ("Mayjen TNI", "Kolonel Inf"),
        else ``k``."""
        size = match_head(words, k, self.lex.ranks)
        if not size:
            return k
        k += size
        while size := self.lex.rank_at(words, k, True):
            k += size
        return k

    def _ends_title(self, span: Span) -> bool:
        """True when the words before ``span`` and the span make an office's title ("Direktur
        Jenderal" + "Bimas Islam"): the span closes the title, it names no one."""
        words = token_table(span.doc).words
        tail = " ".join(words[span.start : span.end])
        for n in (1, 2, 3):
            if span.start >= n and " ".join([*words[span.start - n : span.start], tail]) in (
                self.titles
            ):
                return True
        return False

    def post_at(self, words: list[str], k: int) -> bool:
        """True when a post's title (``titles.tsv``, in title case, of four letters or more)
        opens at ``words[k]``: written right after a name with no comma ("Nama Nama Sekretaris
        Bappeda", "Nama Nama Ketua Fraksi X"), it begins the post and ends the name. Not a
        title's short form, which may be a name's word ("Karo": Kepala Biro, and a Karo
        clan's name, "Suang Karo Karo")."""
        word = words[k]
        return (
            len(word) >= _MIN_POST
            and word[:1].isupper()
            and word[1:].islower()
            and word not in self.lex.abbreviations
            and bool(match_head(words, k, self.lex.title_heads))
        )

    def office_word(self, word: str) -> bool:
        """True when ``word`` is the first word of an office's title, or one misspelt."""
        return word in self.office_words or self.spelling.title_word(word) is not None
