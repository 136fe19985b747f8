"""A name the trained recogniser labels ORG, or puts inside an ORG, where the press writes a
post holder's name after the post: "Kepala Kejaksaan Negeri Tondano, Nama Nama", "Penjabat
Wali Kota X, Provinsi, Nama Nama". Indonesian news writes the holder's name as an apposition
after the post phrase and a comma; an organisation stands there only with a word that shows
it.

A prediction is read as the person's name (:func:`apposed_name`) when

- a comma sets it off right after a post phrase: capitalised words, known organisations and
  places, brackets, connectors and at most two lower-case words, back to a title's first
  word, with no person in between;
- it is two words or more, each written as a name is (a capital, then lower-case letters)
  or an initial;
- none of its words names an organisation or a place: no head of a unit, an office, a
  company, a school or a venue (``org_units.tsv``, ``command_units.tsv``,
  ``name_heads.txt``, ``place_heads.tsv``), no word of a kind of business or club
  (``org_words.txt``: "Wings Group", "Bank Sinarmas"), no word the knowledge base knows as
  an organisation or a place ("Garuda Indonesia");
- not every word is a common word of the root-word dictionary ("Gudang Garam", "Sumber
  Rezeki": an organisation's name made of words).

A prediction that opens with an office's head and a short form the gazetteer does not know
and ends with such name words, right after a post ("Ketua DPRD XY Nama Nama"), holds the
post holder's name at its end (:func:`name_tail`); the office's words before it make no span,
as its place is not read.

A prediction that opens with "RI" closing the body of a post before it, written after the
body's short form in brackets ("Ketua Komisi Pemilihan Umum (KPU) RI Nama Nama"), holds the
holder's name after "RI" when only name words follow (:func:`state_tail`).

A prediction right after an officer's rank and its marks ("ujar AKP Nama", "dipimpin
Kolonel Laut (P) Nama", "Kapten Pnb Nama") whose words are all name words as above is the
officer's name (:func:`ranked_name`): the press writes only a person's name after a rank; a
rank that is part of a name ("Universitas Jenderal Soedirman", "Jalan Jenderal Sudirman")
follows the head of a body or a place and is left alone.

So is a prediction opened by an honorific written only before a living person's name
(``person_honorifics.txt``: "H.", "Hj.", "HM", "K.H.", "Habib", "Ustaz") whose other words are
all name words, name particles between them ("disampaikan Hj. Nama Nama", "Habib Nama bin
Nama", which the recogniser reads as an organisation), unless the head of a place or a body ends
right before it ("Jalan H. Agus Salim") (:func:`honoured_name`).

Such an honorific followed by one to four name words (particles between them) that no entity
covers, where the recogniser saw no name ("Ustad Nama Nama" with an apostrophe in a name word),
is that person's name, the honorific outside it (:func:`honoured_names`); so after such an
honorific of four letters or more written in lower case ("ceramah ustaz Nama", "dipimpin romo
Nama"), as the press writes the religious ones inside a sentence; when not every word is a
common word, no head of a place or a body ends right before the honorific, no name word stands
right before it (a given name inside a longer name: "Rahmat Habib Santoso") and none right
after the run (a longer name the rule would cut: "Ki Hajar Dewantara"), except a name the
recogniser found there, the end of this one ("kiai Nama [Nama]": the PERSON runs from the first
name word, with no title among them; ``pmk_ner`` replaces its own shorter prediction, never a
known name). Known names and aliases that open with the word ("Habib Idrus") are found before,
by the officials' readers, and win.

A prediction that opens with the initials of a word of a regional naming order that is part of
the name (``name_openers.txt``: "GKR" of Gusti Kanjeng Ratu, "IGN", "TB"), written in capitals,
then only name words, is that person's name, the initials in it ("GKR Nama"): the lexicon lists
no organisation's short form; not right after the head of a place or a body ("Jalan TB Nama")
(:func:`opened_name`).

One capitalised word after "dan" that closes a post's field written after the title of a
field's head ("Kasi Bimbingan dan [Giatja]": ``field_heads.txt``) is the field's, never a
person (:func:`field_after_and`).

Used by ``pmk_ner`` before it adds its predictions.
"""

from __future__ import annotations

from functools import cache

import regex

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import is_particle, opener_ends
from ..resources import read_lines
from ..stemming import root_words
from ..unit_kinds import POSITION
from .region_mentions import institution_words

_REACH = 25  # tokens a post phrase may run over before the comma
_LOWER = 2  # lower-case words a post phrase may hold ("Kasubag Humas dan protokoler ...")
_JOINERS = frozenset({"(", ")", ",", "/", "&", "-", "dan", "di", "pada", "untuk", "bidang"})
_STATE = "RI"  # Republik Indonesia, closing a national body's name ("DPR RI", "(BNN) RI")
_RANK_REACH = 6  # tokens a rank with its marks may take before the name ("Kolonel Laut ( P )")
_HEAD_WORDS = 3  # words of the longest head a rank may follow ("Rumah Sakit Umum Jenderal")
_BARE_NAME = 4  # name words after a short form with no place ("Ketua DPRD Nama Nama")
_FIELD_REACH = 4  # capitalised words from a field head's title to "dan" ("Kasi Bimbingan dan")
_HONOURED_WORDS = 4  # name words after a person's honorific, with no prediction
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?|\p{Lu}\.?")


@cache
def _field_heads() -> frozenset[str]:
    return frozenset(read_lines("lexicons/field_heads.txt"))


def field_after_and(words: list[str], start: int, end: int, lex: Lexicons) -> bool:
    """True when ``words[start:end]``, one word the recogniser predicted as a person, closes a
    post's field written as two joined by "dan" after the title of a field's head
    (``field_heads.txt``): "Kasi Bimbingan dan [Giatja]", "Kabid Sarana dan [Prasarana]": a
    field's name, no person; only capitalised words stand between the title and "dan"."""
    if end - start != 1 or start < 3 or words[start - 1] != "dan":
        return False
    for j in range(start - 3, max(-1, start - 3 - _FIELD_REACH), -1):
        if not words[j][:1].isupper():
            return False
        if any(
            j + n < start - 1 and lex.expand(" ".join(words[j : j + n])) in _field_heads()
            for n in (1, 2, 3)
        ):
            return True
    return False


@cache
def _org_words() -> frozenset[str]:
    return frozenset(read_lines("lexicons/org_words.txt"))


def apposed_name(
    words: list[str],
    labels: list[str | None],
    start: int,
    end: int,
    lex: Lexicons,
    kb: KnowledgeBase,
    office_words: frozenset[str],
) -> bool:
    """True when ``words[start:end]``, an ORG the recogniser predicted, is the name of the
    holder of the post phrase a comma sets it off from; ``labels`` gives the label of the
    entity already found at each token (None: no entity); honorifics may stand between the
    comma and the name ("Juru Bicara PN X, Hj. [Nama Nama], S.H.")."""
    comma = start - 1
    while comma > 0 and (
        size := next(
            (n for n in (3, 2, 1) if match_head(words, comma + 1 - n, lex.honorifics) == n), 0
        )
    ):
        comma -= size
    if end - start < 2 or comma < 1 or words[comma] != ",":
        return False
    span = words[start:end]
    if not all(_name_word(word, lex, kb) for word in span) or _common(span):
        return False
    if _holds_head(span, lex):
        return False
    return _post_before(words, labels, comma, office_words, _position_words(lex))


def name_tail(
    words: list[str],
    labels: list[str | None],
    start: int,
    end: int,
    lex: Lexicons,
    kb: KnowledgeBase,
    office_words: frozenset[str],
) -> int | None:
    """Where the name of the post's holder begins inside ``words[start:end]``, an ORG the
    recogniser predicted right after a post ("Ketua [DPRD XY Nama Nama]"): the span opens
    with an office's head, then short forms in capitals or numbers, then two name words or
    more, or, right after a short form in capitals with no place, two to four name words that
    name no known place ("Ketua [DPRD Nama Nama]"); None when it does not."""
    if not _post_before(words, labels, start, office_words):
        return None
    head = match_head(words, start, lex.unit_heads) or match_head(words, start, lex.command_units)
    if not head:
        return None
    cut = end
    while cut > start + head + 1 and _name_word(words[cut - 1], lex, kb):
        cut -= 1
    if cut == start + head + 1 and _bare_short_form(words, start, head, end, lex, kb):
        return start + head  # "Ketua [DPRD Nama Nama]": the body's short form, then the name
    if not cut > start + head or _name_word(words[cut - 1], lex, kb):
        return None  # "PT Sinar Jaya Nama": no word but name words tells where the name begins
    if not all(word.isupper() or word.isdigit() for word in words[start + head : cut]):
        return None  # "Badan Search and Rescue Nasional": words of the office's own name
    if end - cut < 2 or _common(words[cut:end]) or _holds_head(words[cut:end], lex):
        return None
    return cut


def _bare_short_form(
    words: list[str], start: int, head: int, end: int, lex: Lexicons, kb: KnowledgeBase
) -> bool:
    """True when the head at ``start`` is a short form in capitals ("DPRD") written with no
    place and only name words after it up to ``end``, two to four of them, none and not all
    together a place or an organisation the knowledge base knows, and no company's or
    institution's form ("PT", "CV": ``institution_words.txt``): the holder's name, its office's
    place left to the text ("Ketua DPRD Nama Nama")."""
    name = words[start + head : end]
    if not (words[start].isupper() and head == 1 and 2 <= len(name) <= _BARE_NAME):
        return False
    if (words[start],) in institution_words():
        return False  # "Direktur Utama PT Sinar Jaya": a company's name, no holder's
    if not all(_name_word(word, lex, kb) for word in name) or _common(name):
        return False
    joined = " ".join(name)
    return not kb.surfaces.get(joined) and not _holds_head(name, lex)


def state_tail(
    words: list[str],
    labels: list[str | None],
    start: int,
    end: int,
    lex: Lexicons,
    kb: KnowledgeBase,
    office_words: frozenset[str],
) -> int | None:
    """Where the name of the post's holder begins inside ``words[start:end]``, an ORG the
    recogniser predicted that opens with "RI" closing the body of a post before it, written
    after the body's name or its short form in brackets ("Ketua Komisi Pemilihan Umum (KPU)
    [RI Nama Nama]"): right after "RI", when two name words or more follow; else None."""
    if words[start] != _STATE or start == 0:
        return None
    body = start - 1
    if words[body] == ")" and body >= 2 and words[body - 2] == "(":
        body -= 1  # the short form in brackets
    if labels[body] != "ORG" or not _post_before(words, labels, start, office_words):
        return None
    name = words[start + 1 : end]
    if len(name) < 2 or not all(_name_word(word, lex, kb) for word in name):
        return None
    return None if _common(name) or _holds_head(name, lex) else start + 1


def ranked_name(words: list[str], start: int, end: int, lex: Lexicons, kb: KnowledgeBase) -> bool:
    """True when ``words[start:end]``, an ORG the recogniser predicted, is the name of the
    officer whose rank and marks end right before it or open it ("ujar AKP Nama", "Kapten
    Pnb Nama")."""
    name = _rank_end(words, start, end, lex)
    before = range(start - _RANK_REACH, start)
    if name == start and not any(_rank_end(words, r, start, lex) == start for r in before):
        return False
    span = words[name:end]
    if not span or not all(_name_word(word, lex, kb) for word in span) or _common(span):
        return False
    return not _holds_head(span, lex)


@cache
def _person_honorifics() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split()) for line in read_lines("lexicons/person_honorifics.txt"))


def honoured_name(words: list[str], start: int, end: int, lex: Lexicons, kb: KnowledgeBase) -> bool:
    """True when ``words[start:end]``, an ORG the recogniser predicted, opens with an honorific
    written only before a person's name ("Hj. Nama Nama") and holds only name words after it,
    with no head of a place or a body right before it (see the module docstring)."""
    k = start
    while k < end and (size := match_head(words, k, _person_honorifics())):
        k += size
    span = words[k:end]
    if k == start or not span or _head_ends(words, start, lex):
        return False
    inner = range(1, len(span) - 1)  # "Hj. Nama binti Nama": a particle between name words
    span = [word for i, word in enumerate(span) if not (i in inner and is_particle(word))]
    if not all(_name_word(word, lex, kb) for word in span) or _common(span):
        return False
    return not _holds_head(span, lex)


def opened_name(words: list[str], start: int, end: int, lex: Lexicons, kb: KnowledgeBase) -> bool:
    """True when ``words[start:end]``, an ORG the recogniser predicted, opens with a name
    opener's initials in capitals ("GKR", "IGN") and holds only name words after it, with no
    head of a place or a body right before it (see the module docstring)."""
    first = words[start]
    if not (len(first) > 1 and first.isupper() and opener_ends(words, start)):
        return False
    span = words[start + 1 : end]
    if not span or _head_ends(words, start, lex):
        return False
    if not all(_name_word(word, lex, kb) for word in span) or _common(span):
        return False
    return not _holds_head(span, lex)


def honoured_names(
    words: list[str], labels: list[str | None], lex: Lexicons, kb: KnowledgeBase
) -> list[tuple[int, int]]:
    """The token spans of names written after an honorific used only before a person's name
    that no entity covers ("Ustad Nama Nama"; see the module docstring)."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for k, word in enumerate(words):
        if out and k < out[-1][1]:
            continue  # "Ustad Kiai Haji Nama": read from the first honorific
        lower = _lower_honorific(word)  # "ceramah ustaz Nama", "dipimpin romo Nama"
        if not (lower or match_head(words, k, _person_honorifics())) or labels[k] is not None:
            continue
        if _head_ends(words, k, lex):
            continue
        if (
            k
            and labels[k - 1] is None
            and _name_word(words[k - 1], lex, kb)
            and not match_head(words, k - 1, lex.honorifics)  # "Al Habib Nama": one honorific
        ):
            continue  # "Rahmat Habib Santoso": a given name inside a longer name
        start = k + 1 if lower else k
        while (
            start < n
            and labels[start] is None
            and (size := match_head(words, start, lex.honorifics))
        ):
            start += size  # "Kiai Haji Nama", "Habib H. Nama"
        end, count = start, 0
        while end < n and labels[end] is None and count < _HONOURED_WORDS:
            if _name_word(words[end], lex, kb):
                end, count = end + 1, count + 1
            elif count and is_particle(words[end]) and end + 1 < n and labels[end + 1] is None:
                end += 1  # "Nama bin Nama": the particle only before another name word
            else:
                break
        if end > start and is_particle(words[end - 1]):
            end -= 1
        if not count or _common(words[start:end]) or _holds_head(words[start:end], lex):
            continue
        if end < n and labels[end] == "PERSON" and _NAME_WORD.fullmatch(words[end]):
            if any(match_head(words, j, lex.title_heads) for j in range(start, end)):
                continue
            while end < n and labels[end] == "PERSON":
                end += 1  # "kiai Nama [Nama]": the recogniser's name is the end of this one
        elif end < n and _NAME_WORD.fullmatch(words[end]):
            continue  # the name goes on past the run: no part of it is read
        out.append((start, end))
    return out


def _lower_honorific(word: str) -> bool:
    """True when ``word`` is a person's honorific of four letters or more written in lower case
    inside a sentence, as the press writes the religious ones ("ustaz", "kiai", "romo")."""
    return len(word) > 3 and word.islower() and (word.capitalize(),) in _person_honorifics()


def _rank_end(words: list[str], r: int, end: int, lex: Lexicons) -> int:
    """Where the name begins after a rank with its marks and honorifics written at ``r``
    (before ``end``); ``r`` when no rank is written there or it follows the head of a body or
    a place ("Universitas Jenderal", "Jalan Jenderal")."""
    if r < 0 or not match_head(words, r, lex.ranks) or _head_ends(words, r, lex):
        return r
    k, ranked = r, False
    while k < end and (size := lex.rank_at(words, k, ranked)):
        ranked, k = True, k + size
    return k


def _head_ends(words: list[str], at: int, lex: Lexicons) -> bool:
    """True when the head of a unit, an office, a body or a place ends right before ``at``."""
    heads = (lex.unit_heads, lex.command_units, lex.name_heads, lex.place_heads)
    return any(
        match_head(words, at - n, table) == n
        for n in range(1, min(at, _HEAD_WORDS) + 1)
        for table in heads
    )


def _name_word(word: str, lex: Lexicons, kb: KnowledgeBase) -> bool:
    """True when ``word`` is written as a name word is (a capital, then lower-case letters;
    or an initial) and names no organisation or place: no head of a unit, an office, a
    company, a school or a venue, no word of a kind of business, no word the knowledge base
    knows as an organisation or a place."""
    if not _NAME_WORD.fullmatch(word) or word in _org_words() or _holds_head([word], lex):
        return False
    return not any(entry.label in ("ORG", "LOC") for entry in kb.surfaces.get(word, ()))


def _holds_head(span: list[str], lex: Lexicons) -> bool:
    """True when a head of a unit, an office, a body, a school or a venue opens at a word of
    ``span`` ("Dinas", "Polres", "Rumah Sakit", "Jalan", "Desa")."""
    heads = (lex.unit_heads, lex.command_units, lex.name_heads, lex.place_heads)
    return any(match_head(span, k, table) for k in range(len(span)) for table in heads)


def _common(span: list[str]) -> bool:
    """True when every word of ``span`` (initials aside) is a common word of the root-word
    dictionary: an organisation's name made of words ("Gudang Garam")."""
    return all(word.lower() in root_words() for word in span if len(word) > 2)


def _position_words(lex: Lexicons) -> frozenset[str]:
    """First words of the unit heads that are also their head's title ("Deputi": the unit
    "Deputi Bidang X BPOM" is the post of the one named after it)."""
    return frozenset(head[0] for head, kind in lex.unit_heads.items() if kind == POSITION)


def _post_before(
    words: list[str],
    labels: list[str | None],
    comma: int,
    office_words: frozenset[str],
    position_words: frozenset[str] = frozenset(),
) -> bool:
    """True when a post phrase ends at token ``comma``: its run of words back to a title's
    first word holds only capitalised words, entities other than people, connectors and at
    most ``_LOWER`` lower-case words; the title may open an ORG of a unit that is a post
    (``position_words``: "Deputi Bidang Pengawasan Pangan Olahan BPOM, Nama")."""
    lower = 0
    for j in range(comma - 1, max(-1, comma - 1 - _REACH), -1):
        word = words[j]
        if labels[j] == "PERSON":
            return False
        if labels[j] is None and word in office_words:
            return True
        if labels[j] == "ORG" and word in position_words and (j == 0 or labels[j - 1] is None):
            return True
        if labels[j] is not None or word in _JOINERS or word[:1].isupper():
            continue
        lower += 1
        if lower > _LOWER or not word.isalpha():
            return False
    return False
