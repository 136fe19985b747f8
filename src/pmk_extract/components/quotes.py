"""``pmk_quotes``: direct quotes with their speaker, in ``Doc._.quotes``.

A quote is a passage in “…”, "…" or ‘…’ (one passage may run over several
paragraphs); the span excludes the marks. Its cue comes from the speech-cue lexicon
``models/lexicons/speech_cues.tsv`` (matched on stems), in one of these forms:

- after the quote: “Q,” ujar X. / “Q,” kata X saat ... / “Q,” kata Menko PMK. /
  “Q,” ujarnya. / “Q,” X menambahkan.
- before it, in the same sentence: X mengatakan, “Q”. / Budi menambahkan: “Q”. /
  Menurut X, “Q”.

The speaker comes from the cue's own clause (:mod:`.speakers` has the rules on names):
the PERSON named with the cue (its canonical name, role and organisation; a name no
component tagged is tagged PERSON first, a short name is the person introduced with it);
a bare title is the person the text introduced with that title, else the office holder on
the published date (:func:`~pmk_extract.components.officials.resolve_title`; with
"Plt."/"Pelaksana Tugas" only the role, which keeps the prefix), else at least the role
and organisation; an organisation named alone is an institutional speaker. A pronoun cue
("ujarnya", "Menurutnya", "Ia menambahkan") or a quote paragraph without a cue takes the
nearer of the previous quote's speaker and the subject of the nearest sentence before
whose subject is a person. A cue that names someone the rules cannot resolve gives no
speaker (a wrong speaker is worse than none). A quoted passage with no cue inside a
sentence (a theme, a slogan, a term) is not a quote.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..discourse import Layout, QuotedPassage
from ..doctable import token_table
from ..extensions import register_extensions
from ..kb import default_kb
from ..lexicons import lexicons, match_head
from ..people import default_people
from ..records import Quote
from .officials import resolve_title, title_at
from .rank_service import fill_services
from .speaker_titles import role_prefix, titled_person
from .speakers import (
    Speaker,
    context_subject,
    cue_kind,
    from_span,
    is_title_word,
    named,
    speech_cues,
    tag_speaker_names,
)
from .title_parts import org_name

__all__ = ["Quotes", "make_quotes", "speech_cues"]

_MIN_WORDS = 3
_TITLE_WORDS = 10
_TITLE_JOINERS = frozenset({"dan", "&"})
_VERBAL_PREFIXES = ("me", "ber", "ter")

_UNNAMED = Speaker("")  # the cue names a speaker the text does not name ("kata seorang warga")


def _pronominal(layout: Layout, i: int) -> bool:
    """ "ujarnya", "Menurutnya": the cue carries the speaker as a suffix."""
    lower = layout.lower[i]
    return lower.endswith("nya") and layout.stem(i) != lower


def _bare_word(ent: Span, k: int) -> bool:
    """A one-word PERSON at ``k`` that is nobody's full name ("kata Hendra", tagged)."""
    return ent.start == k and len(ent) == 1 and (ent._.canonical or ent.text) == ent.text


def _with_prefix(prefix: str | None, role: str | None) -> str | None:
    if prefix is None or role is None or role.startswith(prefix):
        return role
    return f"{prefix} {role}"


def _glued_slash(layout: Layout, j: int) -> bool:
    """True when token ``j`` is a slash written between two words with no space ("IV/Diponegoro",
    "0715/Kendal")."""
    spaces = token_table(layout.doc).spaces
    return layout.words[j] == "/" and 0 < j < len(spaces) - 1 and not spaces[j - 1] + spaces[j]


class Quotes:
    """Find direct quotes and attribute them."""

    def __call__(self, doc: Doc) -> Doc:
        layout = Layout(doc)
        cues = [self._cue_verb(layout, passage) for passage in layout.passages]
        verbs = [self._verb_before(layout, passage) for passage in layout.passages]
        layout = tag_speaker_names(
            doc,
            [cue for cue in cues if cue is not None],
            [v for v in verbs if v is not None],
            layout,
        )
        fill_services(doc, default_kb(), lexicons())  # "Dandim X Letkol Inf Nama mengatakan"
        quotes: list[Quote] = []
        previous: tuple[int, Speaker | None] | None = None  # (closing token, speaker)
        for passage in layout.passages:
            found = self._attribute(doc, layout, passage, previous)
            if found is None:
                continue
            quote, speaker = found
            quotes.append(quote)
            last = layout.token_at(passage.close if passage.close is not None else passage.end - 1)
            if last is not None:
                previous = (last, speaker)
        doc._.quotes = quotes
        return doc

    # -- one passage ------------------------------------------------------------------
    def _attribute(
        self,
        doc: Doc,
        layout: Layout,
        passage: QuotedPassage,
        previous: tuple[int, Speaker | None] | None,
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
        quote = Quote(
            start=passage.start,
            end=passage.end,
            speaker=(speaker.name or None) if speaker else None,
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
    @staticmethod
    def _after_closing(layout: Layout, k: int) -> int | None:
        """Where a cue after a closing mark at ``k - 1`` would stand (past a comma)."""
        words = layout.words
        if k >= len(words) or "\n" in layout.spaces[k - 1]:
            return None
        if words[k] == "," and k + 1 < len(words) and "\n" not in layout.spaces[k]:
            k += 1  # the comma outside the marks: “...”, kata Budi.
        return k

    def _cue_verb(self, layout: Layout, passage: QuotedPassage) -> int | None:
        """The speech verb right after a passage ("ujar", "kata"), not "ujarnya"."""
        if passage.close is None:
            return None
        closing = layout.token_at(passage.close)
        k = self._after_closing(layout, closing + 1) if closing is not None else None
        if k is None or cue_kind(layout, k) != "verb" or not layout.words[k][:1].islower():
            return None
        return None if _pronominal(layout, k) else k

    def _verb_before(self, layout: Layout, passage: QuotedPassage) -> int | None:
        """The affixed speech verb right before a passage ("X berujar, “…”"), if any."""
        opening = layout.token_at(passage.open)
        i = (opening if opening is not None else 0) - 1
        while i >= 0 and layout.words[i] in ",:" and "\n" not in layout.spaces[i]:
            i -= 1
        if i < 0 or "\n" in layout.spaces[i] or cue_kind(layout, i) != "verb":
            return None
        return i if self._verbal(layout, i) else None

    def _cue_after(self, doc: Doc, layout: Layout, k: int) -> tuple[int | None, Speaker | None]:
        words = layout.words
        found = self._after_closing(layout, k)
        if found is None:
            return None, None
        k = found
        if cue_kind(layout, k) == "verb" and words[k][:1].islower():
            if _pronominal(layout, k):
                return k, None
            return k, self._named_after(doc, layout, k + 1)
        # “Q,” Budi menambahkan.
        end = self._skip_title(layout, k)
        ent = layout.entity(end, ("PERSON",))
        if ent is not None and ent.end < len(words):
            verb = ent.end
            if cue_kind(layout, verb) == "verb" and words[verb][:1].islower():
                return verb, from_span(ent)
        return None, None

    @staticmethod
    def _skip_title(layout: Layout, k: int) -> int:
        """Skip title words before a name ("MenpanRB", "Kepala BNPB", "Prof.", "Plt.")."""
        lex = lexicons()
        words = layout.words
        j = k
        while j < len(words) and j - k < _TITLE_WORDS:
            if layout.entity(j, ("PERSON",)) is not None:
                return j
            ent = layout.entity(j, ("ORG", "LOC"))
            if ent is not None:
                j = ent.end
                continue
            prefix = match_head(words, j, lex.role_prefixes, 2)
            if prefix:
                j += prefix  # "Pelaksana tugas Kepala ..."
                continue
            word = words[j]
            if word == "," and j > k and layout.entity(j + 1, ("PERSON",)) is not None:
                return j + 1  # "kata Menko PMK, Pratikno"
            if word[:1].isupper() or (word,) in lex.honorifics or word in "()":
                j += 1
                continue
            if j > k and (word.isdigit() or _glued_slash(layout, j)):
                j += 1  # a unit's number and designation: "Pangdam IV/Diponegoro", "Dandim 0715"
                continue
            if word in _TITLE_JOINERS and j + 1 < len(words) and words[j + 1][:1].isupper():
                j += 1  # "Menteri Komunikasi dan Informatika (Menkominfo), Johnny G. Plate"
                continue
            break
        return j

    def _named_after(self, doc: Doc, layout: Layout, k: int) -> Speaker | None:
        """The speaker a cue names: a person, a title, an organisation; else none.

        None (the context decides) only for a pronoun ("kata dia"); a phrase that names
        someone the rules cannot resolve gives an unnamed speaker, never the context.
        """
        words = layout.words
        if k >= len(words) or not words[k][:1].isalpha():
            return None
        if layout.is_word(k, "pronoun"):
            return None
        prefix, after_prefix = role_prefix(layout, k)
        end = self._skip_title(layout, k)
        ent = layout.entity(end, ("PERSON",))
        if ent is not None and ent.start == end and _bare_word(ent, k):
            return named(layout, ent.start, ent.end) or _UNNAMED  # the one introduced so
        if ent is not None and ent.start == end:
            speaker = from_span(ent)
            if prefix is not None and end > after_prefix:
                return Speaker(speaker.name, _with_prefix(prefix, speaker.role), speaker.org)
            return speaker
        if words[k][:1].islower():
            if is_title_word(words[k]):  # “…,” kata bupati.
                person = titled_person(layout, k, k + 1)
                return from_span(person) if person is not None else _UNNAMED
            return _UNNAMED  # “…,” kata salah satu warga.
        if end > after_prefix:
            person = titled_person(layout, after_prefix, end)
            if person is not None:  # “…,” ujar Kapolres. after "Kapolres Kendal AKBP ..."
                return from_span(person)
            title = self._title(doc, layout, after_prefix, end, prefix)
            if title is not None:
                return title
        org = layout.entity(k, ("ORG",))
        if org is not None and not is_title_word(words[k]):
            return Speaker(org._.canonical or org.text, position=org.start)
        return _UNNAMED

    @staticmethod
    def _title(
        doc: Doc, layout: Layout, start: int, end: int, prefix: str | None = None
    ) -> Speaker | None:
        """A bare title: the person the text names with that role before, or the holder.

        With a role prefix ("Plt. Kepala ...") the speaker is acting for the office: the
        knowledge base's holder is someone else, so only the role is known.
        """
        people = default_people()
        for stop in range(end, start, -1):
            office = people.title(doc[start:stop].text, doc._.published)
            if office is None:
                continue
            role = _with_prefix(prefix, office.role)
            named = [
                ent
                for ent in layout.ents
                if ent.label_ == "PERSON" and ent.end <= start and ent._.role == role
            ]
            if named:  # “…,” kata Menag. after "Menteri Agama Yaqut Cholil Qoumas"
                return from_span(named[-1])
            resolved = resolve_title(doc[start:stop].text, doc._.published)
            if resolved is not None:
                holder, _, org = resolved
                return Speaker("" if prefix else holder, role, org, start)
            # no holder recorded that day: the office's role and organisation, no name
            return Speaker("", role, org_name(default_kb(), office.org, doc._.published), start)
        written = title_at(doc, start)
        if written is not None and written[2] >= end:
            role, org, _ = written  # "Sekretaris Jenderal Kemensos": role and organisation
            return Speaker("", _with_prefix(prefix, role), org, start)
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
                (words[i][:1].isupper() and cue_kind(layout, i) is None) or layout.entity(i)
            ):
                i -= 1  # the title before the name: "Menurut Deputi ... Alex Denni,"
                continue
            kind = cue_kind(layout, i)
            if kind == "according":
                if _pronominal(layout, i):
                    return i, None
                return i, from_span(named) if named is not None else None
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
            return from_span(ent)
        if layout.is_word(i, "pronoun"):
            person = context_subject(layout, i)
            return from_span(person) if person is not None else None
        first = i
        while first > start and (
            layout.words[first - 1][:1].isupper() or layout.entity(first - 1, ("ORG",))
        ):
            first -= 1
        person = titled_person(layout, first, i + 1)
        if person is not None:
            return from_span(person)
        title = self._title(doc, layout, first, i + 1)
        if title is not None:
            return title
        org = layout.entity(i, ("ORG",))
        if org is not None:
            return Speaker(org._.canonical or org.text, position=org.start)
        if layout.words[i][:1].isupper():
            return _UNNAMED  # a name or a title the rules cannot resolve: not the context's
        return None

    # -- context --------------------------------------------------------------------------
    @staticmethod
    def _from_context(
        layout: Layout, opening: int, previous: tuple[int, Speaker | None] | None
    ) -> Speaker | None:
        """The subject of the nearest sentence with a person as subject, or the previous
        quote's speaker when that quote is nearer."""
        since = previous[0] if previous is not None else -1
        person = context_subject(layout, opening, since)
        if person is not None:
            return from_span(person)
        return previous[1] if previous is not None else None


@Language.factory(
    "pmk_quotes",
    assigns=["doc._.quotes", "doc.ents"],
    requires=["doc.ents", "token._.stem"],
)
def make_quotes(nlp: Language, name: str) -> Quotes:
    """Create the ``pmk_quotes`` component."""
    register_extensions()
    return Quotes()
