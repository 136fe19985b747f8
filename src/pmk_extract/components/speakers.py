"""Who a quote's cue names: the people the quote rules (:mod:`.quotes`) attribute to.

Indonesian news names the people it quotes in a few fixed ways; each is one rule here.

- A capitalised name right after a speech verb that follows a quote is a person, with an
  optional age in brackets and an apposition after it: "“…,” ujar Wartini (48), warga Desa
  …", "“…,” kata Hendra Saputra." (:func:`tag_speaker_names` tags it PERSON).
- A capitalised name before an age in brackets is a person: "Darsono (56), warga …";
  so is one after a rank or degree written short, before a lower-case word or a
  punctuation mark: "AKBP Jamal Alam mengatakan", "dr. Made Sukerta,".
- A name in a cue that is part of the name of one person introduced before is that
  person ("kata Hendra" after "Hendra Saputra", tagged or not); when nobody was, it is
  the one person named later with a longer name holding it ("“…,” tutur Komang." before
  "Komang Ayu Lestari (34)"): a person has the fullest name the text gives. Two such
  people make it ambiguous. A dictionary word nobody was
  introduced with ("kata Bagus") is a name only with an age or an apposition after it.
- A bare title in a cue ("ujar Kapolres", "kata Sekjen Kemenkes", "kata bupati") is the
  one person the text introduced before with that title written before the name, or with
  that role (:func:`.speaker_titles.titled_person`).
- The subject of a sentence is the person named before its first lower-case word, or
  after an opening phrase closed by a comma ("Di salah satu stan, Ni Luh …", "Seperti
  Nani, Darmaji juga …"; else the one in it: "Bagi Ai (34), …"), else the agent
  of a passive verb, right after it or set off by a comma ("disampaikan Sekretaris
  Dinas … dr. Made Sukerta", "dialami Darsono (56)", "diungkapkan seorang pelajar,
  Salsa Amelia (11)") (:func:`sentence_subject`). Names inside quotes and page
  furniture are never subjects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..degrees import degree_run
from ..discourse import Layout, Segment
from ..doctable import token_table
from ..extensions import set_span_attrs
from ..lexicons import first_words, lexicons, match_head
from ..name_shapes import in_customary_title
from ..name_variants import fold_apostrophes
from ..people import default_people
from ..resources import read_tsv
from ..stemming import root_words, stem_word
from .speaker_titles import MAX_TITLE, TITLE_JOINERS, titled_person

_MAX_NAME = 5
_MAX_AGE = 120


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it (an empty name: a speaker the text does not name), and where."""

    name: str
    role: str | None = None
    org: str | None = None
    position: int = -1  # token index of the mention the speaker was taken from


def from_span(ent: Span) -> Speaker:
    """The speaker an entity names (its canonical name, role and organisation)."""
    return Speaker(ent._.canonical or ent.text, ent._.role, ent._.org, ent.start)


@cache
def speech_cues() -> dict[str, str]:
    """Stem -> cue kind ("verb" or "according"), from ``lexicons/speech_cues.tsv``."""
    return {stem.lower(): kind for stem, kind in read_tsv("lexicons/speech_cues.tsv", 2)}


def cue_kind(layout: Layout, i: int) -> str | None:
    """The kind of speech cue token ``i`` is ("verb", "according"), else None."""
    if not layout.words[i][:1].isalpha():
        return None
    return speech_cues().get(layout.stem(i))


# -- names ------------------------------------------------------------------------------
def is_title_word(word: str) -> bool:
    """A word that opens a title or an office ("Kepala", "Menko", "Plt.", "Dandim"), in any
    case."""
    lex = lexicons()
    titled = word[:1].upper() + word[1:]
    return (
        titled in first_words(lex.title_heads)
        or titled in first_words(lex.command_titles)
        or titled in default_people().office_words
        or (titled,) in lex.role_prefixes
        or (word,) in lex.role_prefixes
    )


def _name_word(layout: Layout, i: int) -> bool:
    """A capitalised word that can be part of a person's name at token ``i``."""
    word = layout.words[i]
    letters = word.replace(".", "").replace("'", "").replace("’", "").replace("-", "")
    if not (word[:1].isupper() and letters.isalpha()):
        return False
    if len(letters) > 1 and letters.isupper() and "." not in word:
        return False  # an acronym or a numeral ("RT", "VII"), not a name; initials keep dots
    if layout.quoted[i] or layout.in_furniture[i]:
        return False
    if layout.entity(i, ("ORG", "LOC", "DATE")) is not None:
        return False
    return (word,) not in lexicons().honorifics and not is_title_word(word)


def _common(word: str) -> bool:
    """A dictionary word or an affixed form of one ("Sementara", "Kesiapsiagaan")."""
    lower = word.lower()
    if len(lower) < 3:
        return False  # "I", "Ni": Balinese name particles
    return lower in root_words() or (word.isalpha() and stem_word(word) != lower)


def name_run(layout: Layout, k: int) -> int:
    """End of the capitalised name that starts at token ``k`` (``k`` when none does).

    A run followed by an organisation or a place is a title ("Kapolres Metro Jakarta
    Barat"), not a name.
    """
    end = k
    while end < len(layout.words) and end - k < _MAX_NAME and _name_word(layout, end):
        if end > k and layout.entity(end, ("PERSON",)) is not None:
            break
        end += 1
    if layout.entity(end, ("ORG", "LOC")) is not None:
        return k
    return end


def _age_after(layout: Layout, end: int) -> bool:
    """An age in brackets at token ``end``: "(48)"."""
    words = layout.words
    if end + 2 >= len(words) or words[end] != "(" or words[end + 2] != ")":
        return False
    age = words[end + 1]
    return age.isascii() and age.isdigit() and 0 < int(age) <= _MAX_AGE


def _apposition_after(layout: Layout, end: int) -> bool:
    """An apposition after a name: ", warga Desa ...", ", salah satu ...", ", Ketua ..."."""
    words = layout.words
    if end + 1 >= len(words) or words[end] != ",":
        return False
    after = words[end + 1]
    if after[:1].islower():
        return after.isalpha() and not layout.is_word(end + 1, "pronoun")
    return is_title_word(after)


def _abbreviated(words: list[str]) -> bool:
    """A rank or degree written short ("AKBP", "Kombes Pol", "dr.", "Prof."), not "Bapak".

    A word of it ends in a full stop, is in capitals or is no dictionary word.
    """
    return any(
        word.endswith(".") or (len(word) > 1 and word.isupper()) or word.lower() not in root_words()
        for word in words
    )


def _before_a_place(layout: Layout, word: str) -> bool:
    """``word`` stands before an organisation or a place somewhere in the text, at most
    two capitalised words between ("Kapolres Kendal", "Kapolres Metro Jakarta Barat")."""
    words = layout.words
    for i, w in enumerate(words):
        if w != word or layout.entity(i) is not None:
            continue
        j = i + 1
        while j < len(words) and j - i <= 3:
            if layout.entity(j, ("ORG", "LOC")) is not None:
                return True
            if not words[j][:1].isupper() or layout.entity(j) is not None:
                break
            j += 1
    return False


def _contains(longer: list[str], part: list[str]) -> bool:
    return any(longer[i : i + len(part)] == part for i in range(len(longer) - len(part) + 1))


def _text_name(layout: Layout, i: int, size: int) -> tuple[int, int]:
    """The whole name around ``words[i:i+size]`` written in the text (no entity there)."""
    start, end = i, i + size
    while end < len(layout.words) and end - start < _MAX_NAME and _name_word(layout, end):
        if layout.entity(end, ("PERSON",)) is not None:
            break
        end += 1
    if layout.entity(end, ("ORG", "LOC")) is not None:
        return start, start  # "Kapolres Metro" before "Jakarta Barat": a title, no name
    while (
        start > 0
        and end - start < _MAX_NAME
        and _name_word(layout, start - 1)
        and layout.entity(start - 1, ("PERSON",)) is None
        and not _common(layout.words[start - 1])
    ):
        start -= 1
    return start, end


def introduced(layout: Layout, words: list[str], before: int) -> dict[str, Speaker]:
    """The people introduced before token ``before`` whose name contains ``words``.

    Tagged people (by canonical or written name, or a first name starting with a short
    form of four letters or more: "Boni" for "Bonivasius"), names written in the text
    that are longer than ``words`` ("Vivian Balakrishnan" for "Vivian"), and a word
    written as a name after a title ("Kepala Desa Ulak Medang Isnaini mengatakan").
    Names inside quotes and page furniture do not count.
    """
    found: dict[str, Speaker] = {}
    for ent in layout.persons_before(before):
        canonical = (ent._.canonical or ent.text).split()
        written = ent.text.split()
        short = len(words) == 1 and len(words[0]) >= 4 and canonical[0].startswith(words[0])
        if _contains(canonical, words) or _contains(written, words) or short:
            found.setdefault(" ".join(canonical), from_span(ent))
    size = len(words)
    for i in range(before - size + 1):
        if layout.words[i : i + size] != words or layout.entity(i, ("PERSON",)) is not None:
            continue
        if not all(_name_word(layout, k) for k in range(i, i + size)):
            continue
        start, end = _text_name(layout, i, size)
        if end - start > size and end <= before:
            name = " ".join(layout.words[start:end])
            found.setdefault(name, Speaker(name, position=start))
        elif size == 1 and _titled_speaker(layout, i):
            found.setdefault(words[0], Speaker(words[0], position=i))
    return found


def known_as(layout: Layout, words: list[str], start: int) -> dict[str, Speaker]:
    """The people a name written at ``start`` may be: those introduced before with it
    (:func:`introduced`), else those named later in the text with a longer name holding
    it ("“…,” tutur Komang." before "Komang Ayu Lestari (34), warga ...")."""
    people = introduced(layout, words, start)
    if people:
        return people
    later = introduced(layout, words, len(layout.words))
    return {name: p for name, p in later.items() if len(name.split()) > len(words)}


def _titled_speaker(layout: Layout, i: int) -> bool:
    """One word after a title's organisation or place and before a speech verb.

    "Kepala Desa Ulak Medang Isnaini mengatakan, ...": the word is a name.
    """
    after = i + 1
    return (
        i > 0
        and after < len(layout.words)
        and layout.entity(i - 1, ("ORG", "LOC")) is not None
        and layout.words[after][:1].islower()
        and cue_kind(layout, after) == "verb"
        and layout.stem(after) != layout.lower[after]
    )


def named(layout: Layout, start: int, end: int) -> Speaker | None:
    """The person a name written at ``[start, end)`` is, or None when that is unclear."""
    words = layout.words[start:end]
    people = known_as(layout, words, start)
    if len(people) == 1:
        return next(iter(people.values()))
    if people:
        return None  # two people introduced with that name: ambiguous
    if len(words) == 1:
        if _common(words[0]) and not (_age_after(layout, end) or _apposition_after(layout, end)):
            return None  # "kata Bagus" with nobody introduced so: a word, maybe no name
        if _before_a_place(layout, words[0]) or titled_person(layout, start, end) is not None:
            return None  # "ujar Kapolres" in a text about "Kapolres Kendal": a title
    elif 2 * sum(_common(w) for w in words) > len(words):
        return None
    return Speaker(" ".join(words), position=start)


def _tag(doc: Doc, start: int, end: int, speaker: Speaker) -> None:
    """Tag ``doc[start:end]`` PERSON (replacing a PERSON inside it) with ``speaker``."""
    if in_customary_title(token_table(doc).words, start):
        return  # "Indra Catri Dt. [Malako Nan Putiah]": a customary title's words, no person
    kept = [
        ent
        for ent in doc.ents
        if not (ent.start < end and start < ent.end and ent.label_ == "PERSON")
    ]
    if any(ent.start < end and start < ent.end for ent in kept):
        return  # an organisation, place or date is there
    span = Span(doc, start, end, label="PERSON")
    doc.set_ents([*kept, span])
    set_span_attrs(
        doc,
        span.start_char,
        span.end_char,
        canonical=fold_apostrophes(speaker.name),  # "Nur’aini" -> "Nur'aini", as officials do
        role=speaker.role,
        org=speaker.org,
        source="quotes",
    )


def _retag_guess(doc: Doc, layout: Layout, age: int) -> bool:
    """A statistical ORG or LOC guess right before an age ("Yosefina Tokan (52)") is a person.

    Organisations and places have no age; names from the knowledge base are kept.
    """
    ent = layout.entity(age - 1, ("ORG", "LOC"))
    if ent is None or ent.end != age or ent._.source != "ner" or len(ent) > _MAX_NAME:
        return False
    words = layout.words
    if not all(words[k][:1].isupper() and words[k].isalpha() for k in range(ent.start, age)):
        return False
    doc.set_ents([e for e in doc.ents if e.start != ent.start])
    _tag(doc, ent.start, age, Speaker(ent.text, position=ent.start))
    return True


def _not_a_name(layout: Layout, i: int) -> bool:
    """A kin word ("Nenek"), or a dictionary word capitalised as a sentence's first word
    ("Seperti"); inside a sentence a capitalised dictionary word may be a name ("Siti")."""
    if layout.is_word(i, "kin"):
        return True
    return layout.sentence(i).start == i and _common(layout.words[i])


def tag_speaker_names(
    doc: Doc, cues: list[int], verbs: list[int] | None = None, layout: Layout | None = None
) -> Layout:
    """Tag PERSON the names the quote rules need that no component tagged.

    A name before an age ("Darsono (56)"; also one the statistical model took for an
    organisation or a place), after a rank or degree written short and before a
    lower-case word or a punctuation mark ("AKBP Jamal Alam mengatakan", "dr. Made
    Sukerta,"), after a speech verb that follows a quote (``cues``, token indices; a
    one-word organisation or place the model guessed there is the person introduced
    before with that word: "kata Saputra"), and right before an affixed speech verb
    that opens a quote (``verbs``: "Ketua RT 05 Sugiarto berujar, “…”"). A PERSON the
    model found inside such a name gives way to the whole name ("Fadli" in "Fadli
    Ramadhan (27)"); a one-word PERSON after a cue takes the name of the one person
    introduced with it before.

    ``layout``: the document's current layout, when the caller has one. Returns the
    layout of the document as tagged.
    """
    if layout is None:
        layout = Layout(doc)
    words = layout.words
    honorifics = lexicons().honorifics
    firsts = first_words(honorifics)
    for i in range(1, len(words) - 2):
        if words[i] != "(" or not _age_after(layout, i):
            continue
        if _retag_guess(doc, layout, i):
            layout = Layout(doc)
            continue
        start = i
        while start > 0 and i - start < _MAX_NAME - 1 and _name_word(layout, start - 1):
            start -= 1
        while start < i - 1 and _not_a_name(layout, start):
            start += 1  # "Nenek Sumiati (70)", "Seperti Nani (40)": the name comes after
        if start == i - 1 and _common(words[start]) and words[i + 3 : i + 4] != [","]:
            continue  # "Ayat (3) huruf a": a dictionary word needs the apposition's comma
        ent = layout.entity(start, ("PERSON",))
        if ent is not None and (ent.start, ent.end) == (start, i):
            continue  # tagged already
        if start < i and (ent is None or (ent.start == start and ent.end <= i)):
            _tag(doc, start, i, Speaker(" ".join(words[start:i]), position=start))
            layout = Layout(doc)
    for i in range(1, len(words)):
        if words[i] not in firsts:
            continue  # no honorific starts here (what match_head checks first)
        size = match_head(words, i, honorifics)
        if not size or words[i - 1] == "," or not _abbreviated(words[i : i + size]):
            continue
        k = i + size
        while more := lexicons().rank_at(words, k, True):
            k += more  # "Letjen TNI", "Kombes Pol", "AKBP Purn."
        end = name_run(layout, k)
        if end == k or layout.entity(k) is not None:
            continue
        if end < len(words) and words[end][:1].isupper():
            continue  # the capitalised words go on: not clearly a name
        run = words[k:end]
        if (len(run) == 1 and _common(run[0])) or any(lexicons().headline_verb(w) for w in run):
            continue  # "AKBP Jamal Alam Pimpin Apel": a headline
        if degree_run(words, k) >= end - k:
            continue  # "Nama SH M Si", "Nama SH MHum": a second degree after one, no name
        _tag(doc, k, end, Speaker(" ".join(words[k:end]), position=k))
        layout = Layout(doc)
    for verb in verbs or ():
        start = verb
        while start > 0 and verb - start < _MAX_NAME and _name_word(layout, start - 1):
            start -= 1
        if start == verb or layout.is_word(start, "pronoun"):
            continue
        if start > 0 and layout.entity(start - 1, ("PERSON",)) is not None:
            continue
        speaker = named(layout, start, verb)
        if speaker is not None:
            _tag(doc, start, verb, speaker)
            layout = Layout(doc)
    for cue in cues:
        k = cue + 1
        guess = layout.entity(k, ("ORG", "LOC"))
        if guess is not None and guess.start == k and len(guess) == 1 and guess._.source == "ner":
            people = known_as(layout, [layout.words[k]], k)  # "kata Saputra" (an ORG guess)
            if len(people) == 1:
                doc.set_ents([e for e in doc.ents if e.start != k])
                _tag(doc, k, k + 1, next(iter(people.values())))
                layout = Layout(doc)
        ent = layout.entity(k, ("PERSON",))
        if ent is not None and ent.start == k:
            canonical = (ent._.canonical or ent.text).split()
            if len(ent) == 1:
                people = known_as(layout, [ent.text], ent.start)
                person = next(iter(people.values())) if len(people) == 1 else None
                longer = person is not None and len(person.name.split()) > len(canonical)
                if person is not None and longer and _contains(person.name.split(), canonical):
                    _tag(doc, ent.start, ent.end, person)  # "Made": "I Made Sudarma"
                    layout = Layout(doc)
            continue
        end = name_run(layout, k)
        if end == k:
            continue
        speaker = named(layout, k, end)
        if speaker is not None:
            _tag(doc, k, end, speaker)
            layout = Layout(doc)
    return layout


# -- subjects ---------------------------------------------------------------------------
def _first_lower(layout: Layout, start: int, end: int) -> int:
    """The first lower-case word from ``start``, passing over names, titles and brackets."""
    i = start
    while i < end:
        ent = layout.entity(i, ("ORG", "LOC", "PERSON", "DATE"))
        if ent is not None:
            i = ent.end
            continue
        word = layout.words[i]
        prefix = i > start and (layout.words[i - 1], word) in lexicons().role_prefixes
        if word[:1].islower() and word.isalpha() and word not in TITLE_JOINERS and not prefix:
            return i  # not "tugas" in "Pelaksana tugas"
        i += 1
    return end


def _person(layout: Layout, start: int, end: int) -> Span | None:
    """The first PERSON starting in ``[start, end)`` outside quotes and page furniture."""
    for ent in layout.ents:
        if ent.label_ != "PERSON" or not start <= ent.start < end:
            continue
        if not layout.quoted[ent.start] and not layout.in_furniture[ent.start]:
            return ent
    return None


def _passive(layout: Layout, i: int) -> bool:
    """A passive verb: "di" + a stem ("disampaikan", "dialami"), not "di" + a place."""
    lower = layout.lower[i]
    return lower.isalpha() and len(lower) > 4 and layout.stem(i) != lower


def _opening_phrase(layout: Layout, start: int, end: int) -> int | None:
    """The comma closing a phrase that opens a sentence with a function word.

    "Seperti Nani Susongki, ...", "Bagi Ai Rohmawati (34), ...", "Menurut Budi, ...":
    the sentence's first word is a dictionary word, no name and no title, and no verb
    comes before the comma.
    """
    first = layout.words[start]
    if layout.entity(start) is not None or is_title_word(first) or not _common(first):
        return None
    if not first[:1].isupper() or layout.is_word(start, "pronoun"):
        return None
    for i in range(start + 1, min(end, start + 12)):
        if layout.words[i] == "," and layout.entity(i) is None:
            return i
        lower = layout.lower[i]
        if lower.startswith(("di", "me", "ber", "ter")) and layout.stem(i) != lower:
            return None  # "Hal serupa dialami Darsono (56), ...": a clause, not an opening
    return None


def sentence_subject(layout: Layout, sent: Segment, stop: int) -> Span | None:
    """The person who is the subject of a sentence (its tokens before ``stop``), if any."""
    end = min(sent.end, stop)
    start = sent.start
    if start >= end or layout.in_furniture[start]:
        return None
    opening = _opening_phrase(layout, start, end)
    if opening is not None:  # "Seperti Nani, Abdullah juga ...", "Bagi Ai (34), ... program itu"
        after = opening + 1
        person = _person(layout, after, _first_lower(layout, after, end))
        return person or _person(layout, start, opening)
    lower = _first_lower(layout, start, end)
    person = _person(layout, start, lower)
    if person is not None:
        return person
    if lower >= end:
        return None
    pronoun = layout.is_word(lower, "pronoun") or layout.is_word(max(start, lower - 1), "pronoun")
    comma = next((i for i in range(lower, min(end, lower + 8)) if layout.words[i] == ","), None)
    if comma is not None and not pronoun:
        # an opening phrase: "Sementara itu, Suhartini (58), warga ..."
        after = comma + 1
        person = _person(layout, after, _first_lower(layout, after, end))
        if person is not None:
            return person
    if pronoun:
        return None  # "Ia didampingi ...": the subject is someone named before
    for i in range(lower, end):  # "Hal tersebut disampaikan Sekretaris ... Made Sukerta"
        if layout.lower[i].startswith("di") and _passive(layout, i):
            j = i + 1
            if j < end and layout.lower[j] == "oleh":
                j += 1
            person = _person(layout, j, min(end, j + MAX_TITLE))
            if person is None:
                break
            apposed = layout.words[person.start - 1] == ","  # "... seorang pelajar, Salsa"
            if apposed or _first_lower(layout, j, end) >= person.start:
                return person
            break
    return None


def context_subject(layout: Layout, before: int, since: int = -1, back: int = 4) -> Span | None:
    """The subject of the nearest sentence before token ``before`` that has a person as one.

    Looks ``back`` sentences at most, none before token ``since``; page furniture is
    passed over without counting.
    """
    if before <= 0:
        return None
    k = layout.sentence_of[before - 1]
    seen = 0
    while k >= 0 and seen < back:
        sent = layout.sentences[k]
        if sent.end <= since:
            break
        k -= 1
        if layout.in_furniture[sent.start]:
            continue
        seen += 1
        person = sentence_subject(layout, sent, before)
        if person is not None and person.start > since:
            return person
    return None
