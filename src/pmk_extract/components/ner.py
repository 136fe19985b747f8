"""``pmk_ner``: the trained PERSON/ORG/LOC recogniser in ``models/ner`` fills the gaps.

Knowledge-base spans (organisations, officials, places, dates) win wherever they
overlap a prediction; the model adds the names no list holds (people, companies,
schools, villages, foundations). The canonical of such a name is its cleaned
surface form (whitespace collapsed, honorifics, ranks and degrees trimmed; a person's name
in capitals written as names are: "BUDI SANTOSO" -> Budi Santoso). A predicted
person that opens with a place right after an office ("Camat Cisarua Asep
Saepulloh") is split into the place and the person; the people that credits and
bylines name (:mod:`pmk_extract.credits`: "Editor: Teguh Prasetyo") are PERSON; nothing
is tagged inside a rank's corps mark ("Letjen TNI") or a fixed page marker ("SCROLL TO
CONTINUE WITH CONTENT"). Which predicted spans stay names (no titles, units, slogans,
acronyms) is decided in :mod:`.ner_filters`.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..credits import credit_names
from ..degrees import closing_degrees
from ..doctable import token_table
from ..extensions import register_extensions
from ..greedy_ner import Entity, GreedyNER
from ..kb import KnowledgeBase, default_kb
from ..lexicons import (
    Lexicons,
    first_words,
    inside_rank,
    lexicons,
    match_head,
    page_markers,
    related_links,
)
from ..name_shapes import (
    customary_title_at,
    day_after_name,
    ends_name,
    in_capitals,
    name_case,
    other_bearer,
    written_name,
)
from ..name_variants import fold_apostrophes
from ..people import default_people
from ..records import NAME_LABELS
from ..regions import PLACE_PREFIXES
from ..resources import read_lines
from ..spans import add_entities, doc_text, strict_span
from .alias_support import foreign_to, honorific_before
from .apposed_names import (
    apposed_name,
    honoured_name,
    honoured_names,
    name_tail,
    opened_name,
    ranked_name,
    state_tail,
)
from .name_joins import join_name_parts
from .name_slots import slot_names
from .ner_filters import SpanFilter
from .ner_model import model_input, read_model
from .post_orgs import fill_orgs
from .rank_service import fill_services
from .rank_spelling import RankSpelling
from .title_spelling import title_spelling


def headline_end(doc: Doc) -> int:
    """Token index where a Title Case first line (a headline) ends; 0 when there is none."""
    first_break = None
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            first_break = token.i
            break
        if token.i > 40:
            return 0
    if first_break is None:
        return 0
    words = [t for t in doc[:first_break] if t.is_alpha]
    if words and sum(t.text[:1].isupper() for t in words) / len(words) > 0.6:
        return first_break + 1
    return 0


def _link_short_names(doc: Doc, credited: frozenset[tuple[int, int]] = frozenset()) -> None:
    """Give a model-found part of a name ("Bambang") the full name found elsewhere in the text.

    The people of credits and bylines (``credited``: token spans) wrote the text; nobody
    in it is them.
    """
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for span in persons:
        if span._.source != "ner":
            continue
        words = span.text.split()
        owners = {
            other._.canonical: other
            for other in persons
            if other is not span
            and (other.start, other.end) not in credited
            and len(other._.canonical.split()) > len(words)
            and _contains(other._.canonical.split(), words)
        }
        if len(owners) == 1:
            other = next(iter(owners.values()))
            if len(words) == 1 and _other_bearer(doc, words[0], other):
                continue  # "Hendra" where "Hendra Saputra" is written beside "Hendra Wijaya"
            if _foreign_honorific(doc, span, other):
                continue  # "Tgk Amran" beside the minister Andi Amran Sulaiman: a cleric
            span._.canonical = other._.canonical
            span._.role = other._.role
            span._.org = other._.org


def _foreign_honorific(doc: Doc, span: Span, owner: Span) -> bool:
    """True when a regional honorific stands before ``span`` ("Tgk Amran") that neither the
    owner's name nor the words before the owner's mention hold ("Tgk Amran Yusuf" does)."""
    words = token_table(doc).words
    honorific = honorific_before(words, span.start)
    if honorific is None:
        return False
    own = honorific_before(words, owner.start) or ()
    return foreign_to(honorific, (owner._.canonical, owner.text, " ".join(own)))


def _other_bearer(doc: Doc, word: str, owner: Span) -> bool:
    """:func:`~pmk_extract.name_shapes.other_bearer` for a name the model found: the owner's
    words are those of its canonical and of its text; a name word is capitalised letters."""
    words = token_table(doc).words
    own = set(str(owner._.canonical).split()) | set(owner.text.split())
    return other_bearer(
        words, word, own, lambda k: words[k + 1][:1].isupper() and words[k + 1].isalpha()
    )


# the first words of the administrative prefixes of places ("Kecamatan", "Kabupaten", "Kota")
_ADMIN_HEADS = frozenset(prefix.split()[0] for prefix in PLACE_PREFIXES)


@cache
def _place_names(kb: KnowledgeBase) -> dict[tuple[str, ...], frozenset[str]]:
    """Every written name of a place -> its canonicals: ambiguous ones too ("Cisarua"),
    and the bare name of a district or region ("Lembang" for "Kecamatan Lembang")."""
    names: dict[tuple[str, ...], set[str]] = {}
    for entry in kb.entries:
        if entry.label == "LOC":
            bare = entry.canonical.split()
            if bare[0] in _ADMIN_HEADS and len(bare) > 1:
                bare = bare[1:]
            for name in (entry.canonical, *entry.aliases, *entry.ambiguous_aliases):
                names.setdefault(tuple(name.split()), set()).add(entry.canonical)
            names.setdefault(tuple(bare), set()).add(entry.canonical)
    return {name: frozenset(canonicals) for name, canonicals in names.items()}


def _free_tails(doc: Doc, spans: list[Span]) -> None:
    """A place of one short word in capitals that the knowledge base tags where a predicted
    person's name of two words or more ends on it ("[Ridwan Saputra AS]": not Amerika Serikat,
    :mod:`.name_joins`) gives way to the name."""
    ends = {span.end - 1 for span in spans if span.label_ == "PERSON" and len(span) > 1}
    tails = [
        ent
        for ent in doc.ents
        if ent.label_ == "LOC" and len(ent) == 1 and ent.start in ends and len(ent.text) <= 2
    ]
    if tails:
        doc.set_ents([ent for ent in doc.ents if ent not in tails])


def _initials(words: list[str]) -> str:
    return "".join(word[:1] for word in words if word[:1].isupper())


def _contains(longer: list[str], part: list[str]) -> bool:
    return any(longer[i : i + len(part)] == part for i in range(len(longer) - len(part) + 1))


class StatisticalNER:
    """Run the trained model on a copy of the tokens and merge its names into ``doc.ents``."""

    def __init__(
        self,
        model: Language,
        lex: Lexicons,
        titles: frozenset[str],
        kb: KnowledgeBase | None = None,
    ) -> None:
        self.titles = titles
        # "Danlanud [Roesmin Nurjadin] Marsma TNI Nama": a command title's unit named after
        # a person is in the role of the officer after it
        self.office_words = (
            frozenset(first_words(lex.title_heads))
            | frozenset(default_people().office_words)
            | first_words(lex.command_titles)
        )
        self.kb = kb if kb is not None else default_kb()
        # a misspelt title word is a title too ("Sedakab Saipul", "Kapolesek [Kaliwungu]")
        people = default_people()
        self.spelling = title_spelling(self.kb, people, lex)
        self.rank_spelling = RankSpelling(lex, people.name_words())
        self.places = _place_names(self.kb)
        # "Stasiun", "Polres", "Lanal": the first words of bodies' heads, no known name's word
        self.body_firsts = first_words(lex.command_units) - people.name_words()
        self.model = model
        self.decoder = GreedyNER(model.get_pipe("ner"))
        self.lex = lex
        self.stoplist = frozenset(
            tuple(line.split()) for line in read_lines("lexicons/ner_stoplist.txt")
        )
        self.filter = SpanFilter(
            lex,
            titles,
            self.office_words,
            self.spelling,
            self.body_firsts,
            self.stoplist,
        )

    def keep(self, span: Span, headline: int = 0) -> bool:
        """:meth:`~.ner_filters.SpanFilter.keep`: whether a predicted span stays a name."""
        return self.filter.keep(span, headline)

    def _apposed(self, words: list[str], labels: list[str | None], span: Span) -> bool:
        """:func:`~.apposed_names.apposed_name` for a predicted ORG: its words up to the
        degrees that close it ("Nama Nama SH MH")."""
        end = closing_degrees(words, span.start, span.end)
        return apposed_name(words, labels, span.start, end, self.lex, self.kb, self.office_words)

    def _tail(self, words: list[str], labels: list[str | None], span: Span) -> int | None:
        """:func:`~.apposed_names.name_tail` for a predicted ORG, up to the degrees that
        close it."""
        end = closing_degrees(words, span.start, span.end)
        return name_tail(words, labels, span.start, end, self.lex, self.kb, self.office_words)

    def _after_state(self, words: list[str], labels: list[str | None], span: Span) -> int | None:
        """:func:`~.apposed_names.state_tail` for a predicted ORG, up to the degrees that
        close it."""
        end = closing_degrees(words, span.start, span.end)
        return state_tail(words, labels, span.start, end, self.lex, self.kb, self.office_words)

    def _copy(self, doc: Doc) -> Doc:
        table = token_table(doc)
        return model_input(self.model.vocab, table.words, [bool(s) for s in table.spaces])

    def _trim(self, span: Span) -> Span | None:
        table = token_table(span.doc)  # the span's words without making a Token each
        words = table.words[span.start : span.end]
        start, end = 0, len(words)
        for k, word in enumerate(words):  # a name never runs over a line break or a dash
            if word.isspace() or "\n" in word or word in ("–", "—"):
                end = k
                break
            if "\n" in table.spaces[span.start + k]:
                end = k + 1
                break
        while start < end and (
            size := self.lex.rank_at(words, start, start > 0)
            or self.rank_spelling.rank_at(words, start, start > 0)
        ):
            start += size  # "LETKOL INF": a corps mark after a rank, in any case; "Marskal"
        if span.label_ == "PERSON" and start < end and self._field_at(table.words, span.start):
            start += 1  # "Kadis Perindag Nama", "Asisten Pemerintahan dan Kesra Nama": a field
        if span.label_ == "PERSON":
            end = self._clause_cut(table.words, span.start, start, end)
            # "Hardi Siswan Dt Marah Bangso": a customary title and its words close the name
            end = customary_title_at(words, start, end)
        while start < end:  # punctuation and degrees after the name: "Robby, S.H."
            if words[end - 1] in {",", ".", "-", "–", "/"}:
                end -= 1
                continue
            if (
                span.label_ == "PERSON"
                and end - start > 1
                and day_after_name(table.words, span.start + end - 1)
            ):
                end -= 1  # "Taufik Ririansyah Senin (3/7)": the day of the statement
                continue
            if span.label_ == "PERSON" and (
                (words[end - 1],) in self.stoplist
                or self.lex.verb_ends_name(table.words, span.start + end - 1)
            ):
                end -= 1  # "Wilda Fizriyani Red", "Agung Laksono Berikan": no name ends so
                continue
            if (
                span.label_ == "PERSON"
                and end - start > 1
                and not in_capitals(words[start])
                and ends_name(words[end - 1])
            ):
                end -= 1  # "Abdul Hakam SSTP", "Abdul Hakam MSi": a degree after the name
                continue
            if span.label_ == "PERSON" and (cut := closing_degrees(words, start, end)) < end:
                end = cut  # "Fajar Ade Putra ST", "Nama S.H., M.Hum": degrees after the name
                continue
            size = next(
                (n for n in (3, 2, 1) if tuple(words[end - n : end]) in self.lex.honorifics), 0
            )
            if not size or end - size <= start:
                break
            end -= size
        if start >= end:
            return None
        return span.doc[span.start + start : span.start + end]

    def _clause_cut(self, words: list[str], offset: int, start: int, end: int) -> int:
        """Where a predicted name (``words[offset + start : offset + end]``) ends when the
        sentence goes on inside it after a name word: before a function word
        (``clause_words.txt``: "Nama Nama Ketika Meninjau", "Nama Selaku Ketua"), a
        headline's verb ("Nama Nama Didampingi Kapolsek", "Nama Menyampaikan") or a post's
        title ("Nama Nama Sekretaris Bappeda"), as after a title (``name_reader``)."""
        for k in range(start + 1, end):
            at = offset + k
            if self.lex.clause_word(words[at]) or self.lex.verb_ends_name(words, at):
                return k
            if self.filter.post_at(words, at):
                return k  # "Nama Nama Sekretaris Bappeda": the post after the name
        return end

    def _field_at(self, words: list[str], k: int) -> bool:
        """True when ``words[k]`` is a post's field written as a short form
        (``lexicons/abbreviations.tsv``: "Kesra", "Perindag"; not a title's or an office's:
        "Sekda", "RSUD") right after a title or after "dan" closing a field ("Kabid Dikdas
        Nama"; "Asisten Pemerintahan dan Kesra Nama"), or an item between commas of a list of
        fields ("Kabid Kewaspadaan Dini, Ormas, dan Ketahanan Ekonomi")."""
        if k < 1 or words[k] not in self.lex.abbreviations:
            return False
        expansion = self.lex.abbreviations[words[k]].split()
        if match_head(expansion, 0, self.lex.title_heads) or match_head(
            expansion, 0, self.lex.unit_heads
        ):
            return False  # "Sekda", "Setda", "RSUD": a title or an office, not a field
        before = words[k - 1]
        listed = before == "," and words[k + 1 : k + 2] in ([","], ["dan"])
        return (
            listed
            or before == "dan"
            or self._title_word(before)
            or self.lex.fused_unit(words, k - 1) is not None
        )

    def _honoured(
        self, doc: Doc, words: list[str], labels: list[str | None]
    ) -> list[tuple[int, int]]:
        """:func:`~.apposed_names.honoured_names`; a name that ends in a shorter PERSON this
        component predicted replaces it ("kiai Nama [Nama]"), one that ends in any other
        entity (a known name) is dropped."""
        out = []
        for a, b in honoured_names(words, labels, self.lex, self.kb):
            inside = [e for e in doc.ents if a < e.end and e.start < b]
            if any(e.label_ != "PERSON" or e._.source != "ner" or e.start < a for e in inside):
                continue
            if inside:
                doc.set_ents([e for e in doc.ents if e not in inside])
            out.append((a, b))
        return out

    def _office_before(self, doc: Doc, i: int) -> int:
        """Tokens of an office written right before token ``i``: "Camat" (1), "Kepala SPPG"
        (2: a title word and an acronym), else 0."""
        if i < 1:
            return 0
        word = doc[i - 1].text
        if self.filter.office_word(word) or (word,) in self.lex.command_titles:
            return 1
        acronym = 1 < len(word) <= 8 and word.isalpha() and word.isupper()
        if acronym and i >= 2 and self.filter.office_word(doc[i - 2].text):
            return 2
        return 0

    def _title_word(self, word: str) -> bool:
        """True when ``word`` is a title or the first word of one ("Presiden", "Kapolres")."""
        return (
            self.filter.office_word(word) or word in self.titles or (word,) in self.lex.title_heads
        )

    def _split_place(self, span: Span) -> list[tuple[Span, str]]:
        """A PERSON that opens with a place right after an office is the office's place and
        then the person: "Camat [Cisarua] [Asep Saepulloh]", "Kepala [SPPG Cisarua] [Rizal
        Fauzi]" (an acronym before the place makes a unit: the organisation the text named
        in full with those initials and that place, else as written). So is any prediction
        whose place is followed by honorifics, then name words: "Wakil Bupati [Sleman] Habib
        [Nama Nama]", the honorifics outside both. Pieces with their canonicals; the span
        alone when the rule does not apply."""
        doc = span.doc
        office = self._office_before(doc, span.start)
        if not office or len(span) < 2:
            return [(span, span.text)]
        words = [t.text for t in span]
        size = next((n for n in (3, 2, 1) if n < len(words) and tuple(words[:n]) in self.places), 0)
        honoured = size
        while honoured < len(words) and (step := match_head(words, honoured, self.lex.honorifics)):
            honoured += step  # "Wakil Bupati [Sleman Habib Nama Nama]": honorifics, then the name
        if span.label_ != "PERSON" and honoured == size:
            return [(span, span.text)]
        rest = words[honoured:]
        if not size or not rest or not all(w[:1].isupper() and w.isalpha() for w in rest):
            return [(span, span.text)]
        person = Span(doc, span.start + honoured, span.end, label="PERSON")
        place_words = words[:size]
        if office == 2:  # "SPPG Cisarua": the unit of that place
            unit = Span(doc, span.start - 1, span.start + size, label="ORG")
            acronym = doc[span.start - 1].text
            canonical = unit.text
            for ent in doc.ents:  # "Satuan Pelayanan Pemenuhan Gizi Cisarua" before
                named = ent.text.split()
                head = named[: len(named) - size]
                same_place = ent.end <= span.start and named[-size:] == place_words
                if ent.label_ == "ORG" and same_place and _initials(head) == acronym:
                    canonical = " ".join(named)
            return [(unit, canonical), (person, person.text)]
        canonicals = self.places[tuple(place_words)]
        place = Span(doc, span.start, span.start + size, label="LOC")
        only = next(iter(canonicals)) if len(canonicals) == 1 else place.text
        return [(place, only), (person, person.text)]

    def _credits(self, doc: Doc, text: str) -> list[Span]:
        """The people named in credits and bylines ("Editor: Teguh Prasetyo"), as PERSON;
        not a unit, a title or a name holding an organisation ("Biro Pers Setpres", "Humas
        Pemprov Jateng"). A place inside such a name gives way ("Sekar" in "Sekar Ayu")."""
        out = []
        for start, end in credit_names(text):
            span = strict_span(doc, start, end, "PERSON")
            if span is None:
                continue
            words = [t.text for t in span]
            if match_head(words, 0, self.lex.unit_heads) or words[0] in self.office_words:
                continue
            inside = [e for e in doc.ents if e.start < span.end and span.start < e.end]
            if any(e.label_ != "LOC" or e.start < span.start or e.end > span.end for e in inside):
                continue
            if inside:
                doc.set_ents([e for e in doc.ents if e not in inside])
            out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: list[Doc] | tuple[Doc, ...], batch_size: int = 64) -> list[Doc]:
        """Predict for a batch of documents at once (faster than one by one)."""
        docs = list(docs)
        copies = [self._copy(doc) for doc in docs]
        predictions: list[list[Entity]] = []
        for i in range(0, len(copies), batch_size):
            predictions += self.decoder.predict(copies[i : i + batch_size])
        for doc, entities in zip(docs, predictions, strict=True):
            spans = []
            canonicals: dict[tuple[int, int], str] = {}
            headline = headline_end(doc)
            text = doc_text(doc)
            links = related_links(text) if entities else []
            markers = page_markers(text)
            words = token_table(doc).words
            labels: list[str | None] = [None] * len(words)
            for ent in doc.ents:
                labels[ent.start : ent.end] = [ent.label_] * len(ent)
            for start, end, label in join_name_parts(
                words, labels, entities, self.lex, self._title_word
            ):  # "[Mayor Inf Agus] [Salim Nugraha]": one name
                if label not in NAME_LABELS:
                    continue
                span = self._trim(Span(doc, start, end, label=label))
                if span is not None and label == "ORG":
                    if self._apposed(words, labels, span):
                        label = "PERSON"  # "Kepala Kejari X, [Nama Nama]": the holder's name
                        span = self._trim(Span(doc, start, end, label=label))
                    elif (cut := self._after_state(words, labels, span)) is not None:
                        # "Ketua Komisi Pemilihan Umum (KPU) [RI Nama Nama]": the holder's
                        label = "PERSON"
                        span = self._trim(Span(doc, cut, end, label=label))
                    elif (cut := self._tail(words, labels, span)) is not None:
                        # "Ketua [DPRD XY Nama Nama]": the holder's name, after an office
                        # whose place is not known (no span: its organisation is not read)
                        label = "PERSON"
                        span = self._trim(Span(doc, cut, end, label=label))
                    elif any(
                        read(words, start, end, self.lex, self.kb)
                        for read in (ranked_name, honoured_name, opened_name)
                    ):
                        # "ujar AKP [Nama]", "disampaikan Hj. [Nama]", "[GKR Nama]": a name
                        label = "PERSON"
                        span = self._trim(Span(doc, start, end, label=label))
                if span is None or any(a <= span.start_char < b for a, b in links + markers):
                    continue
                if inside_rank(words, span.start, span.end, self.lex.honorifics):
                    continue  # "TNI" in "Letjen TNI": part of the rank
                span = Span(doc, span.start, span.end, label=label)
                if not self.keep(span, headline):
                    continue
                for piece, canonical in self._split_place(span):
                    spans.append(piece)
                    canonicals[(piece.start, piece.end)] = canonical
            credits = self._credits(doc, text)
            spans = [
                s for s in spans if not any(s.start < c.end and c.start < s.end for c in credits)
            ]
            _free_tails(doc, spans)
            for span in add_entities(doc, [*credits, *spans]):
                written = " ".join(span.text.split())
                canonical = canonicals.get((span.start, span.end), written)
                if span.label_ == "PERSON":
                    if in_capitals(canonical):
                        canonical = name_case(canonical)  # "BUDI SANTOSO": as names are written
                    elif canonical[:1].isupper():
                        canonical = written_name(canonical)  # "Anita susanti": Anita Susanti
                    canonical = fold_apostrophes(canonical)  # "Nur’aini": "Nur'aini"
                span._.canonical = canonical
                span._.source = "ner"
                if span.label_ == "ORG" and match_head(words, span.start, self.lex.unit_heads):
                    # "DPRD XY", "Dinas PUPR-PERA": an office whose body or place the unit
                    # rules did not read; its officials get no organisation from it
                    span._.unit = canonical
            _link_short_names(doc, frozenset((c.start, c.end) for c in credits))
            ents = doc.ents
            labels = [None] * len(words)
            for ent in ents:
                labels[ent.start : ent.end] = [ent.label_] * len(ent)
            honoured = self._honoured(doc, words, labels)
            slots = [
                Span(doc, a, b, label="PERSON")
                for a, b in (*slot_names(words, labels, self.lex, self.body_firsts), *honoured)
            ]
            if slots:
                for span in add_entities(doc, slots):  # "... Humas BNPB Nama Nama mengatakan"
                    span._.canonical = fold_apostrophes(written_name(span.text))
                    span._.source = "ner"
                ents = doc.ents
            fill_orgs(doc, self.kb, self.lex, ents)
            fill_services(doc, self.kb, self.lex, ents)
        return docs


@Language.factory(
    "pmk_ner",
    assigns=["doc.ents", "span._.canonical"],
    requires=["doc.ents"],
    default_config={"model": None},
)
def make_ner(nlp: Language, name: str, model: str | None) -> StatisticalNER:
    """Create the ``pmk_ner`` component (``model``: a spaCy pipeline folder; default models/ner)."""
    register_extensions()
    return StatisticalNER(
        read_model(model), lexicons(), frozenset(default_people().titles), default_kb()
    )
