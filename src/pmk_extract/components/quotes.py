"""``pmk_quotes``: direct quotes with their speaker, in ``Doc._.quotes``.

A quote is a passage in “…”, "…" or ‘…’ (one passage may run over several
paragraphs); the span excludes the marks. Its cue comes from the speech-cue lexicon
``models/lexicons/speech_cues.tsv`` (matched on stems), in one of these forms:

- after the quote: “Q,” ujar X. / “Q,” kata X saat ... / “Q,” kata Menko PMK. /
  “Q,” ujarnya. / “Q,” X menambahkan.
- before it, in the same sentence: X mengatakan, “Q”. / Budi menambahkan: “Q”. /
  Menurut X, “Q”.

The speaker is the PERSON named with the cue (its canonical name, role and
organisation); a bare title resolves to the office holder on the published date
(:func:`~pmk_extract.components.officials.resolve_title`); an organisation named
alone is an institutional speaker; a name no component tagged, written right after
the cue, is taken as written. A pronoun cue ("ujarnya", "Menurutnya", "Ia
menambahkan") or a quote paragraph without a cue takes the nearer of the previous
quote's speaker and the subject of the preceding sentences. A quoted passage with
no cue inside a sentence (a theme, a slogan, a term) is not a quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..discourse import Layout, QuotedPassage
from ..extensions import register_extensions
from ..kb import default_people
from ..lexicons import first_words, lexicons
from ..records import Quote
from ..resources import read_tsv
from ..stemming import root_words
from .officials import resolve_title

_MIN_WORDS = 3
_TITLE_WORDS = 10
_TITLE_JOINERS = frozenset({"dan", "&"})
_VERBAL_PREFIXES = ("me", "ber", "ter")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it, and where in the text the attribution points."""

    name: str
    role: str | None = None
    org: str | None = None
    position: int = -1  # token index of the mention the speaker was taken from


_UNNAMED = Speaker("")  # the cue names a speaker the text does not name ("kata seorang warga")


@cache
def speech_cues() -> dict[str, str]:
    """Stem -> cue kind ("verb" or "according"), from ``lexicons/speech_cues.tsv``."""
    return {stem.lower(): kind for stem, kind in read_tsv("lexicons/speech_cues.tsv", 2)}


def _cue_kind(layout: Layout, i: int) -> str | None:
    if not layout.words[i][:1].isalpha():
        return None
    return speech_cues().get(layout.stem(i))


def _pronominal(layout: Layout, i: int) -> bool:
    """ "ujarnya", "Menurutnya": the cue carries the speaker as a suffix."""
    lower = layout.lower[i]
    return lower.endswith("nya") and layout.stem(i) != lower


def _unnamed(layout: Layout, i: int) -> bool:
    """A common noun after the cue names an unnamed speaker: "kata seorang warga".

    A pronoun ("kata dia") or a title in lower case ("kata bupati") points back to a
    person named before.
    """
    if i >= len(layout.words) or layout.is_word(i, "pronoun"):
        return False
    word = layout.words[i]
    if not (word.isalpha() and word.islower()):
        return False
    titled = word.capitalize()
    return (
        titled not in first_words(lexicons().title_heads)
        and titled not in default_people().office_words
    )


def _written_name(layout: Layout, k: int, end: int) -> Speaker | None:
    """A name no component tagged, written right after the cue: “…,” jelas Probo Sukesi.

    The last two to four capitalised words before ``end`` (where the cue's phrase
    stops), in no entity; not a title, not mostly dictionary words. One word is the
    short form of a person named before (:func:`_short_name`).
    """
    words = layout.words
    if end >= len(words) or words[end][:1].isupper():
        return None
    honorifics = lexicons().honorifics
    start = end
    while start > k and end - start < 4:
        word = words[start - 1]
        if not (word[:1].isupper() and word.replace(".", "").isalpha()) or (word,) in honorifics:
            break
        if layout.entity(start - 1, ("PERSON", "ORG", "LOC", "DATE")) is not None:
            break
        start -= 1
    run = words[start:end]
    if not run:
        return None
    if len(run) == 1:
        return _short_name(layout, run[0], start)
    lex = lexicons()
    heads = first_words(lex.title_heads)
    if any(
        w in heads or w in default_people().office_words or (w,) in lex.role_prefixes for w in run
    ):
        return None  # "imbuh Plt. Kadis": a title, which points back
    if 2 * sum(word.lower() in root_words() for word in run) > len(run):
        return None
    return Speaker(" ".join(run), position=start)


def _short_name(layout: Layout, word: str, position: int) -> Speaker | None:
    """A short form of one person's first name named before: "kata Boni" (Bonivasius ...)."""
    if len(word) < 4 or word.lower() in root_words():
        return None
    people = {
        ent._.canonical or ent.text: ent
        for ent in layout.doc.ents
        if ent.label_ == "PERSON"
        and ent.end <= position
        and (ent._.canonical or ent.text).split()[0].startswith(word)
    }
    if len(people) != 1:
        return None
    return _from_span(next(iter(people.values())))


def _from_span(ent: Span) -> Speaker:
    return Speaker(ent._.canonical or ent.text, ent._.role, ent._.org, ent.start)


class Quotes:
    """Find direct quotes and attribute them."""

    def __call__(self, doc: Doc) -> Doc:
        layout = Layout(doc)
        quotes: list[Quote] = []
        previous: tuple[int, Speaker] | None = None  # (closing token, speaker)
        for passage in layout.passages:
            found = self._attribute(doc, layout, passage, previous)
            if found is None:
                continue
            quote, speaker = found
            quotes.append(quote)
            last = layout.token_at(passage.close if passage.close is not None else passage.end - 1)
            if speaker is not None and last is not None:
                previous = (last, speaker)
        doc._.quotes = quotes
        return doc

    # -- one passage ------------------------------------------------------------------
    def _attribute(
        self,
        doc: Doc,
        layout: Layout,
        passage: QuotedPassage,
        previous: tuple[int, Speaker] | None,
    ) -> tuple[Quote, Speaker | None] | None:
        opening = layout.token_at(passage.open)
        if opening is None:
            return None
        content = layout.text[passage.start : passage.end]
        words = len(content.split())
        if words < _MIN_WORDS and content.rstrip()[-1:] not in ".,!?":
            return None
        cue: int | None = None  # token index of the speech cue
        speaker: Speaker | None = None
        closing = layout.token_at(passage.close) if passage.close is not None else None
        if closing is not None:
            cue, speaker = self._cue_after(doc, layout, closing + 1)
        if cue is None:
            cue, speaker = self._cue_before(doc, layout, opening)
        if cue is None and not self._opens_paragraph(layout, opening):
            return None  # a quoted term or theme inside a sentence
        if speaker is None:
            speaker = self._from_context(layout, opening, previous)
        elif speaker is _UNNAMED:
            speaker = None
        quote = Quote(
            start=passage.start,
            end=passage.end,
            speaker=speaker.name if speaker else None,
            cue=layout.words[cue] if cue is not None else None,
            cue_start=layout.starts[cue] if cue is not None else None,
            speaker_role=speaker.role if speaker else None,
            speaker_org=speaker.org if speaker else None,
        )
        return quote, speaker

    @staticmethod
    def _opens_paragraph(layout: Layout, opening: int) -> bool:
        return layout.paragraph(opening).start == opening

    # -- cue after the closing mark ---------------------------------------------------
    def _cue_after(self, doc: Doc, layout: Layout, k: int) -> tuple[int | None, Speaker | None]:
        words = layout.words
        if k >= len(words) or "\n" in layout.spaces[k - 1]:
            return None, None
        if words[k] == "," and k + 1 < len(words) and "\n" not in layout.spaces[k]:
            k += 1  # the comma outside the marks: “...”, kata Budi.
        if _cue_kind(layout, k) == "verb" and words[k][:1].islower():
            if _pronominal(layout, k):
                return k, None
            named = self._named_after(doc, layout, k + 1)
            if named is None and _unnamed(layout, k + 1):
                return k, _UNNAMED  # “...,” kata salah satu warga.
            return k, named
        # “Q,” Budi menambahkan.
        end = self._skip_title(layout, k)
        ent = layout.entity(end, ("PERSON",))
        if ent is not None and ent.end < len(words):
            verb = ent.end
            if _cue_kind(layout, verb) == "verb" and words[verb][:1].islower():
                return verb, _from_span(ent)
        return None, None

    @staticmethod
    def _skip_title(layout: Layout, k: int) -> int:
        """Skip title words before a name ("MenpanRB", "Kepala BNPB", "Prof.")."""
        honorifics = lexicons().honorifics
        words = layout.words
        j = k
        while j < len(words) and j - k < _TITLE_WORDS:
            if layout.entity(j, ("PERSON",)) is not None:
                return j
            ent = layout.entity(j, ("ORG", "LOC"))
            if ent is not None:
                j = ent.end
                continue
            word = words[j]
            if word == "," and j > k and layout.entity(j + 1, ("PERSON",)) is not None:
                return j + 1  # "kata Menko PMK, Pratikno"
            if word[:1].isupper() or (word,) in honorifics or word in "()":
                j += 1
                continue
            if word in _TITLE_JOINERS and j + 1 < len(words) and words[j + 1][:1].isupper():
                j += 1  # "Menteri Komunikasi dan Informatika (Menkominfo), Johnny G. Plate"
                continue
            break
        return j

    def _named_after(self, doc: Doc, layout: Layout, k: int) -> Speaker | None:
        """The speaker named after a cue: a person, a bare title, or an organisation."""
        end = self._skip_title(layout, k)
        ent = layout.entity(end, ("PERSON",))
        if ent is not None:
            return _from_span(ent)
        title = self._title(doc, k, end)
        if title is not None:
            return title
        org = layout.entity(k, ("ORG",))
        if org is not None:
            return Speaker(org._.canonical or org.text, position=org.start)
        return _written_name(layout, k, end)

    @staticmethod
    def _title(doc: Doc, start: int, end: int) -> Speaker | None:
        """A bare title: the person the text names with that role before, or the holder."""
        for stop in range(end, start, -1):
            office = default_people().title(doc[start:stop].text, doc._.published)
            if office is None:
                continue
            named = [
                ent
                for ent in doc.ents
                if ent.label_ == "PERSON" and ent.end <= start and ent._.role == office.role
            ]
            if named:  # “…,” kata Menag. after "Menteri Agama Yaqut Cholil Qoumas"
                return _from_span(named[-1])
            resolved = resolve_title(doc[start:stop].text, doc._.published)
            if resolved is not None:
                holder, role, org = resolved
                return Speaker(holder, role, org, start)
        return None

    # -- cue before the opening mark --------------------------------------------------
    def _cue_before(
        self, doc: Doc, layout: Layout, opening: int
    ) -> tuple[int | None, Speaker | None]:
        words = layout.words
        sent = layout.sentence(opening)
        named: Span | None = None
        i = opening - 1
        while i >= sent.start:
            if words[i] in ",:" or layout.is_word(i, "boundary"):  # ",", ":" or ",:"
                i -= 1
                continue
            ent = layout.entity(i, ("PERSON",))
            if ent is not None and named is None:
                named = ent
                i = ent.start - 1
                continue
            if named is not None and (
                (words[i][:1].isupper() and _cue_kind(layout, i) is None) or layout.entity(i)
            ):
                i -= 1  # the title before the name: "Menurut Deputi ... Alex Denni,"
                continue
            kind = _cue_kind(layout, i)
            if kind == "according":
                if _pronominal(layout, i):
                    return i, None
                return i, _from_span(named) if named is not None else None
            if kind == "verb" and named is None and self._verbal(layout, i):
                return i, self._subject(doc, layout, i, sent.start)
            return None, None
        return None, None

    @staticmethod
    def _verbal(layout: Layout, i: int) -> bool:
        lower = layout.lower[i]
        return lower.startswith(_VERBAL_PREFIXES) and layout.stem(i) != lower

    def _subject(self, doc: Doc, layout: Layout, verb: int, start: int) -> Speaker | None:
        """The speaker before a speech verb: "Budi menambahkan", "Menko PMK mengatakan"."""
        i = verb - 1
        while i >= start and layout.is_word(i, "aux"):
            i -= 1
        if i < start:
            return None
        ent = layout.entity(i, ("PERSON",))
        if ent is not None:
            return _from_span(ent)
        if layout.is_word(i, "pronoun"):
            person = layout.subject_person(i)
            return _from_span(person) if person is not None else None
        first = i
        while first > start and (
            layout.words[first - 1][:1].isupper() or layout.entity(first - 1, ("ORG",))
        ):
            first -= 1
        title = self._title(doc, first, i + 1)
        if title is not None:
            return title
        org = layout.entity(i, ("ORG",))
        if org is not None:
            return Speaker(org._.canonical or org.text, position=org.start)
        return None

    # -- context --------------------------------------------------------------------------
    @staticmethod
    def _from_context(
        layout: Layout, opening: int, previous: tuple[int, Speaker] | None
    ) -> Speaker | None:
        person = layout.subject_person(opening)
        if previous is not None and (person is None or previous[0] > person.start):
            return previous[1]
        return _from_span(person) if person is not None else None


@Language.factory(
    "pmk_quotes",
    assigns=["doc._.quotes"],
    requires=["doc.ents", "token._.stem"],
)
def make_quotes(nlp: Language, name: str) -> Quotes:
    """Create the ``pmk_quotes`` component."""
    register_extensions()
    return Quotes()
