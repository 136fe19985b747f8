"""Names written before their post: "AKP Nama, Kasat Reskrim Polres X", "Nama sebagai Kepala X",
"kata Nama, Kepala Dinas X", "Nama, S.E., selaku Kepala Dinas X", "H. Nama, S.H., Kasi Pidum
Kejari X mengatakan" (the name opening the sentence, the post closed by its verb), and a name
opening a clause right before its post (``opening_names.py``). :class:`NamesBefore` finds, for
a title the officials' reader found, the name before it that holds the post; a title with a name
of its own after it has none before it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from ..degrees import degree_run
from ..lexicons import Lexicons, match_head
from ..name_shapes import INITIALS, abbreviated_at, dot_in_name, name_goes_back
from ..resources import read_lines
from ..stemming import root_words, stem_word
from .holder_rules import HolderRules, Mention
from .name_reader import NameReader
from .opening_names import common_words, opening_name
from .speakers import speech_cues
from .title_parts import SENTENCE_ENDS, Title, after_dateline

# bare verbs of saying and "menurut" (lexicons/speech_cues.tsv): "kata Nama, Kepala Dinas X"
_CUE_WORDS = frozenset(stem for stem in speech_cues())
_PASSIVE = ("di", "kan")  # "diungkapkan", "disampaikan": the passive of a verb of saying
_CONVEYED = frozenset({"sampai"})  # "disampaikan": conveyed (its bare stem is no cue of quotes)


def _speech_cue(word: str) -> bool:
    """A bare verb of saying ("kata", "ujar", "jelas") or "menurut", the words a news text
    writes before the name of the one it quotes, or the passive of a verb of saying whose
    agent the name is ("Hal itu diungkapkan Nama, Kepala Dinas X", "disampaikan Nama, ...")."""
    lower = word.lower()
    if lower in _CUE_WORDS:
        return word[:1].islower() or lower == "menurut"
    passive = lower.startswith(_PASSIVE[0]) and lower.endswith(_PASSIVE[1])
    stem = lower[len(_PASSIVE[0]) : -len(_PASSIVE[1])]
    return word.islower() and passive and (stem in _CUE_WORDS or stem in _CONVEYED)


def _name_end_before(words: list[str], begin: int) -> tuple[int, str]:
    """Where the name before a title at ``begin`` ends, and the word that sets it off: the
    comma before the title ("Nama, Kasi X": ","), "sebagai" ("Nama sebagai Kasi X"),
    "selaku" after the name and its degrees ("Nama, S.E., M.M., selaku Kasi X"), or nothing
    (the title itself: "ujar Nama Kasi X": ""); -1 when no name can end there."""
    k = begin - 1
    if k < 1:
        return -1, ""
    if words[k].lower() == "sebagai":
        return k, "sebagai"
    if words[k] == ",":  # "Nama, S.H., M.H., Kasi X": the name ends before its degrees
        return _before_degrees(words, k), ","
    if words[k].lower() != "selaku":
        return begin, ""
    return _before_degrees(words, k), "selaku"


def _before_degrees(words: list[str], k: int) -> int:
    """Where a name ends whose degrees and their commas run up to ``k`` ("Nama, S.E., M.M.,"
    before "selaku" or a title: the comma after "Nama"), or a nickname in brackets ("Nama
    (Pak Tris) selaku"), else ``k``."""
    if k > 2 and words[k - 1] == ")":
        k = next((j for j in range(k - 2, max(0, k - 5), -1) if words[j] == "("), k)
    while k > 0:
        while k > 0 and words[k - 1] in (",", "."):
            k -= 1
        j = next((j for j in range(max(1, k - 4), k) if j + degree_run(words, j) >= k), k)
        if j == k or degree_run(words, j) == 0:
            break
        k = j
    return k


def _closed(words: list[str], end: int, r: int, comma: int, ent_at: dict[int, Span]) -> bool:
    """True when the title ending at ``end`` is closed by a comma ("Nama Lengkap, Kasi Pidsus
    Kejari X, mengatakan"), or by the clause's verb in lower case with a name before the comma
    that holds no place or office, no word of the title and not only words of the language
    ("Nama Lengkap, Kasi Pidsus Kejari X mengatakan"; not "Banda Aceh, Kepala Kejari X
    mengatakan", "Tanjung Priok, Kapolres Pelabuhan Tanjung Priok mengatakan", "Dalam
    Kesempatan Itu, Kepala Kejari X mengatakan")."""
    if end >= len(words):
        return False
    if words[end] == ",":
        return True
    if not (words[end].isalpha() and words[end].islower()):
        return False
    if any(k in ent_at for k in range(r, comma)) or set(words[r:comma]) & set(words[comma:end]):
        return False
    return not all(stem_word(w) in root_words() for w in words[r:comma])


def _lone_name(word: str) -> bool:
    """True when ``word`` may be a one-word name opening a sentence before its post: in title
    case, four letters or more, and no word of the language ("Sutrisno"; not "Sementara",
    "Terpisah", "Sebelumnya", the connectives a sentence opens with before a comma)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and stem_word(word.lower()) not in root_words()
        and word.lower() not in root_words()
    )


@cache
def _replacing_verbs() -> frozenset[str]:
    """Verbs of replacing, lower case (``replacing_verbs.txt``): a predecessor named before
    "sebagai" ("menggantikan X sebagai Kepala ..."): the post was X's."""
    return frozenset(word.lower() for word in read_lines("lexicons/replacing_verbs.txt"))


class NamesBefore:
    """The holder named before a title (see the module's docstring)."""

    def __init__(self, lex: Lexicons, reader: NameReader, rules: HolderRules) -> None:
        self.lex = lex
        self.reader = reader
        self.rules = rules

    def _before_prefix(self, words: list[str], begin: int) -> int:
        """Where the acting prefix written before a title at ``begin`` begins ("Nama selaku
        Plt. Kepala Dinas X"), also one written out with its short form in brackets ("Nama,
        Pelaksana Tugas (Plt) Kepala Dinas X"), else ``begin``."""
        end = begin
        if begin >= 3 and words[begin - 1] == ")":
            opened = next(
                (j for j in range(begin - 2, max(0, begin - 4), -1) if words[j] == "("), 0
            )
            short = begin - 1 - (opened + 1)
            if opened and short and match_head(words, opened + 1, self.lex.role_prefixes) == short:
                end = opened  # "Pelaksana Tugas (Plt)": the prefix and its short form
        for size in (2, 1):
            if end >= size and match_head(words, end - size, self.lex.role_prefixes) == size:
                return end - size
        return begin

    def find(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        begin: int,
        title: Title,
        ent_at: dict[int, Span],
        by_start: dict[int, Mention],
    ) -> tuple[Mention, int] | None:
        """The name set off by a comma right before a title that begins at ``begin``, and the
        token its rank begins at: an officer's rank, name, then the post and its unit ("AKP
        Nama, Kasat Reskrim Polres X, ..."), or a name of two words or more opening a
        sentence with the title closed by a comma ("Nama Lengkap, Kasi Pidsus Kejari X,
        ..."); or the name right before "sebagai" and the post ("melantik Nama Nama sebagai
        Wakil Menteri X", "Kompol Nama sebagai Kapolsek X"), not a predecessor's ("menggantikan
        Nama sebagai ..."); a name opening a clause right before its title, organisation and
        verb, with no comma ("Nama Lengkap Kepala Kantor X mengatakan": ``opening_names.py``);
        a name right after a verb of saying or "menurut", with or without the comma ("kata
        Nama, Kepala Dinas X."; "ujar Nama Kepala Dinas X usai ..."); or a name and its degrees
        before "selaku" ("Nama, S.E., selaku Kepala Dinas X"). A name that another title
        already took, or a known holder's name that another office holds, is
        left; the title's organisation is required."""
        comma, how = _name_end_before(words, self._before_prefix(words, begin))
        if not how and title.org is not None:
            opening = opening_name(
                doc, words, names, begin, title, ent_at, by_start, self.reader, self.rules
            )
            if opening is not None:
                return opening
        if comma < 1 or title.org is None:
            return None
        as_post = how == "sebagai"
        if title.end < len(words) and (
            names[title.end] or self.reader.rank_at(words, title.end, False)
        ):
            return None  # "AKP Nama, Kapolsek X Kompol Nama Lain": the title has its own name
        day = doc._.published
        for r in range(comma - 1, max(-1, comma - 9), -1):
            ranked = bool(match_head(words, r, self.lex.ranks))
            opens = (
                r == 0
                # "Moh. Nama, Kasi X", "Nama HS. Nama, ...": the name's dot, no sentence's end
                or (words[r - 1] in SENTENCE_ENDS and not dot_in_name(words, names, r - 1))
                or after_dateline(words, r)
            )
            if as_post and r and words[r - 1].lower() in _replacing_verbs():
                return None  # "menggantikan Nama sebagai Kepala X": the post was Nama's before
            # "melantik Nama Nama sebagai ...": the name opens after a word in lower case
            named = as_post and names[r] and (opens or words[r - 1].islower())
            closed = opens and _closed(words, title.end, r, comma, ent_at)
            cued = r > 0 and _speech_cue(words[r - 1])
            if _speech_cue(words[r]):
                continue  # "Menurut Nama, Kepala Dinas X, ...": the name follows the cue
            if how == "selaku" or cued:  # the name's whole span; after a cue, the name after it
                # "BLORA - Nama selaku ...": a dateline's dash, set off by spaces (not the
                # hyphen of "Al-Hamdani")
                dateline = after_dateline(words, r) and bool(doc[r - 1].whitespace_)
                if not (cued or r == 0 or dateline or not name_goes_back(words, names, r)):
                    continue  # "Abdul Gafur bin Ismail", "R. Bambang Sutejo selaku ..."
                glued = not doc[r].whitespace_
                if not (
                    names[r] or INITIALS.match(words[r]) or abbreviated_at(words, names, r, glued)
                ):
                    continue
                if match_head(words, r, self.lex.role_prefixes):
                    continue  # "Menurut Pj Gubernur X, Nama": the title's acting prefix
            elif not how:
                if not opens or common_words(words[r:comma]):
                    continue  # "Nama Nama Kepala Dinas X mengatakan": a name opening a sentence
            elif not (ranked or named or closed):
                continue
            start = r
            while ranked and (size := self.reader.rank_at(words, start, start > r)):
                start += size
            while size := match_head(words, start, self.lex.honorifics):
                start += size  # "H. Nama, Kasi X": the honorific is no part of the name
            if start >= comma:
                continue
            known = by_start.get(start)
            if known is not None and known.end == comma and not known.stated:
                if self.rules.held_elsewhere(doc, known, title, day):
                    return None
                written = doc[known.start : known.end].text
                canonical = self.rules.gap_holder(title, written, day) or known.canonical
                role = self.rules.role(title, canonical, day)
                return replace(known, canonical=canonical, role=role, org=title.org, stated=True), r
            if any(m.start < comma and start < m.end for m in by_start.values()):
                return None  # "Kapolsek X AKP Nama, ...": a title before it took the name
            mention = self.reader.name_after(doc, words, names, start, title, ent_at, day)
            if mention is None or mention.end != comma:
                continue
            if (
                not (start > r or cued or how == "selaku")
                and mention.end - mention.start < 2
                and not (closed and how == "," and _lone_name(words[start]))
            ):
                continue  # one word: a name only after a rank, an honorific or a cue, or
                # opening a sentence before its closed post ("Sutrisno, Kadis X, mengatakan")
            if not (how or cued or ranked) and all(
                stem_word(w) in root_words() for w in words[mention.start : mention.end]
            ):
                continue  # "Kemarin Sore Kepala Dinas X ...": words of the language, no name
            if self.rules.held_elsewhere(doc, mention, title, day):
                return None
            return mention, r
        return None
