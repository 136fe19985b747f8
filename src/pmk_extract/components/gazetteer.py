"""``pmk_gazetteer``: ORG and LOC mentions from the knowledge base in ``models/gazetteers``.

Candidates come from a :class:`~pmk_extract.matching.TermMatcher` over the raw
text (built once per process; tokenizing the ~50k surface forms for a
PhraseMatcher would cost seconds at every start). A candidate counts when it
sits on word and token boundaries; the longest wins. A match is dropped when the
next word shows it names something else (``lexicons/org_vetoes.tsv``: "DPD Partai
Demokrat" is a party board, not the Dewan Perwakilan Daerah). The canonical name is the one in force
on ``Doc._.published``, unless the text defines the acronym as another organisation
("Komisi Informasi Pusat (KPI)"): then the text's definition holds for the document.
A corps mark inside a rank ("TNI" in "Letjen TNI", "Pol" in "Kombes Pol") and the words
of a fixed page marker ("SCROLL TO CONTINUE WITH CONTENT") are never tagged. A name with a
word misspelt by one letter is matched as the name writes it when another of its words is
written right (``org_spelling.py``: "Kementrian Kesehatan"). A region's name written in
lower case, one letter off or after a kind word written otherwise is matched as the names
write it where the words before it hold a region's place (``region_words.py``: "Bupati
banyuwangi", "Sekda kabupaten asahan"). The units after it read title words misspelt by one
letter as the titles (``title_spelling.py``: "Kepalla Bidang X Dinas Y").
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctable import token_table
from ..extensions import register_extensions, set_span_attrs
from ..kb import KnowledgeBase, default_kb
from ..kb_entries import KBEntry
from ..lexicons import first_words, inside_rank, lexicons, page_markers
from ..people import People, default_people
from ..regions import KIND_WORDS
from ..resources import read_lines, read_tsv
from ..spans import add_entities, corrected_text, doc_text, strict_span
from ..stemming import field_noun_shape
from .bracketed_governments import bracketed_governments, prefixed_governments
from .company_units import COMPANY_KIND, company_form_end, company_form_start
from .initials import initials_after_office
from .namesakes import settle_namesakes
from .org_spelling import keep_spelling, org_spelling
from .region_words import RegionWords, keep_regions
from .title_spelling import keep_title_fixes, title_spelling

_NEXT_WORD = regex.compile(r"\s+(\S+)")
_TITLE_WITHIN = 6  # tokens back from a lone misspelt name to its title's first word
_TITLE_INNER = frozenset({"(", ")", "dan", "/"})
_OPENING = regex.compile(r"[ \t]*\([ \t]*")
_CLOSING = regex.compile(r"[ \t]*\)")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d&-]{1,9}")  # "KPI", "P2P", "BPH-MIGAS"
_PREVIOUS_WORD = regex.compile(r"(\S+)\s+$")
_REGION_WORDS = regex.compile(r"((?:\s+\S+){0,4})")  # up to four words after a match
# org_vetoes.tsv: the word after opens a region's name ("Setkab Kampar": the regency's)
_REGION_AFTER = "@region"
_SHORT_FORM = regex.compile(r"\p{Lu}[\p{L}\d&-]{1,11}")  # "Malra", "Sumbar", "KI"
# searched right to left ("(?r)") from the match: the same leftmost run as a forward
# search, without trying every offset of the 80-character window
_CAPITALISED_RUN = regex.compile(r"(?r)((?:\p{Lu}[\p{L}.]*[ \t]+)+)$")
_MINISTRY_UNIT = "ministry_unit"  # the knowledge base's kind of a ministry's unit
_GOVERNMENTS = frozenset({"regional_government"})  # "Pemkot X": a region, its own body


def _pattern(text: str) -> regex.Pattern[str] | None:
    return None if text == "-" else regex.compile(text)


class Gazetteer:
    """Tag every known organisation and place, longest match first."""

    def __init__(self, kb: KnowledgeBase, people: People | None = None) -> None:
        self.kb = kb
        self.matcher = kb.matcher()
        people = people if people is not None else default_people()
        self.spelling = org_spelling(kb, people, lexicons())
        self.titles = title_spelling(kb, people, lexicons())  # "Kepalla": Kepala
        self.regions = RegionWords(kb, people, lexicons())
        self.vetoes: dict[
            str, list[tuple[regex.Pattern[str] | None, regex.Pattern[str] | None, bool]]
        ] = {}
        for surface, before, after in read_tsv("lexicons/org_vetoes.tsv", 3):
            region = after == _REGION_AFTER
            veto = (_pattern(before), None if region else _pattern(after), region)
            self.vetoes.setdefault(surface, []).append(veto)
        self.name_heads = tuple(read_lines("lexicons/name_heads.txt"))
        self.street_heads = frozenset(read_lines("lexicons/street_heads.txt"))
        lex = lexicons()
        heads = first_words(lex.title_heads) | people.office_words | lex.listed_command_words
        fused = {short for short, full in lex.abbreviations.items() if full.split()[0] in heads}
        self.title_words = frozenset(heads | fused)  # "Kepala", "Kapuspenkum", "Kadis"
        # first words of the known names ("Kementerian", "Kepulauan"): a unit's name may be
        # followed by its parent's or its region's
        self.name_firsts = frozenset(form.split(" ")[0] for form in kb.surfaces)

    def _after_title(self, words: list[str], start: int) -> bool:
        """True when a title's first word stands before token ``start``, with only capitalised
        words, brackets and "dan" between ("Kabiro Humas Kemensetnrg", "(Jampidsus) X")."""
        for k in range(start - 1, max(-1, start - _TITLE_WITHIN - 1), -1):
            word = words[k]
            if word in self.title_words:
                return True
            if not (word in _TITLE_INNER or (word[:1].isupper() and word.isalpha())):
                return False
        return False

    def vetoed(self, text: str, start: int, end: int, surface: str) -> bool:
        """True when the context shows the match names something else.

        Either a veto of ``lexicons/org_vetoes.tsv`` applies ("DPD Partai X", "31 DPD"), or
        the match ends a longer name opened by a head of ``lexicons/name_heads.txt``
        ("Rumah Sakit Pusat Pertamina", "Kabag Keuangan RS Cicendo").
        """
        for before, after, region in self.vetoes.get(surface, ()):
            previous = _PREVIOUS_WORD.search(text, max(0, start - 60), start)
            following = _NEXT_WORD.match(text, end)
            if before is not None and (previous is None or not before.match(previous.group(1))):
                continue
            if after is not None and (following is None or not after.match(following.group(1))):
                continue
            if region and not self._region_follows(text, end):
                continue
            return True
        run = _CAPITALISED_RUN.search(text, max(0, start - 80), start)
        if run is None:
            return False
        words = run.group(1)
        if words.startswith(self.name_heads):
            return True
        # a head right before the match: "Kabag Keuangan RS Cicendo" names a hospital
        last = words.rstrip()
        if self._road_field(last.split()):
            return False  # "Direktur Angkutan Jalan Kemenhub": the road of a post's field
        return any(last == head or last.endswith(" " + head) for head in self.name_heads)

    def _region_follows(self, text: str, end: int) -> bool:
        """True when a region's name, alone or after its kind, opens the text after ``end``
        ("Setkab Kampar", "Setkab Kabupaten Kutai Kartanegara")."""
        after = _REGION_WORDS.match(text, end)
        words = [w.strip(",.;:()") for w in after.group(1).split()] if after else []
        if words[:1] and words[0] in KIND_WORDS.values():
            words, table = words[1:], self.regions.kinded
        else:
            table = self.regions.names
        if not words[:1] or not words[0][:1].isupper():
            return False
        lower = tuple(w.lower() for w in words)
        return any(lower[:n] in table for n in range(1, len(lower) + 1))

    def _road_field(self, run: list[str]) -> bool:
        """True when the capitalised ``run`` is a post's title, its field's words and a street
        head (``lexicons/street_heads.txt``) last: "Direktur Angkutan Jalan", "Direktur
        Pembangunan Jalan"; a street's name opens with its head ("Jalan Pemuda")."""
        return len(run) > 2 and run[-1] in self.street_heads and run[0] in self.title_words

    def longer_unit(self, text: str, end: int, surface: str, entry: KBEntry) -> bool:
        """True when a ministry's unit, written without its ministry, goes on with a noun of
        a field that opens no known name: another ministry's unit of a longer name
        ("Badan Penyuluhan dan Pengembangan Sumber Daya Manusia | Kelautan dan Perikanan")."""
        if entry.kind != _MINISTRY_UNIT or surface == entry.canonical:
            return False
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        word = following.group(1)
        return field_noun_shape(word) and word not in self.name_firsts

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        spans: list[Span] = []
        entries = {}
        text = doc_text(doc)
        table = token_table(doc)
        words = table.words
        ranks = lexicons().honorifics
        markers = page_markers(text)
        fixes = self.spelling.corrections(words)  # "Kementrian": read as "Kementerian"
        places = self.regions.fixes(words, table.spaces)  # "Bupati banyuwangi"
        # the units read the words so read ("Dinkes kota bandung"), and the titles misspelt
        # before them ("Kepalla Bidang X | Dinas Y": a unit after a title); a dropped dot stays
        titled = self.titles.corrections(words)
        keep_title_fixes(doc, titled)
        keep_spelling(doc, {**titled, **fixes, **{k: w for k, w in places.items() if w}})
        keep_regions(doc, places)
        read_as = {**fixes, **places}
        read, back = corrected_text(doc, text, read_as) if read_as else (text, None)
        for start, end, surface in self.matcher.find(read):
            if self.vetoed(read, start, end, surface):
                continue
            if back is not None:
                start, end = back(start), back(end)
            if any(a <= start < b for a, b in markers):
                continue  # "SCROLL TO CONTINUE WITH CONTENT", share buttons: no entity
            entry = self.kb.lookup(surface, published)
            if entry is not None and self.longer_unit(text, end, surface, entry):
                continue
            span = strict_span(doc, start, end, entry.label) if entry else None
            if span is not None and inside_rank(words, span.start, span.end, ranks):
                continue  # "TNI" in "Letjen TNI Suharyanto" belongs to the rank
            if (
                span is not None
                and not _written_word(words, fixes, span.start, span.end)
                and not self._after_title(words, span.start)
            ):
                continue  # a lone misspelt word ("Mandira") names nothing, bar after a title
            if span is not None and entry is not None:
                spans.append(span)
                entries[(start, end)] = entry
        _apply_local_acronyms(text, entries)
        for (start, end), entry in _short_forms(text, entries).items():
            span = strict_span(doc, start, end, entry.label)
            if span is not None:
                spans.append(span)
                entries[(start, end)] = entry
        # "Pemerintah Kabupaten (Pemkab) X": the government, not the place X
        tagged = [(s, entries[(s.start_char, s.end_char)]) for s in spans if s.label_ == "LOC"]
        for span, entry in [
            *bracketed_governments(self.kb, doc, words, tagged, published),
            *prefixed_governments(self.kb, doc, words, tagged, published),  # "Pemkab Kutim"
        ]:
            spans.append(span)
            entries[(span.start_char, span.end_char)] = entry
        for k, span in enumerate(spans):
            entry = entries[(span.start_char, span.end_char)]
            if entry.kind != COMPANY_KIND:
                continue
            first = company_form_start(words, span.start)
            last = company_form_end(words, span.end)
            if (first, last) != (span.start, span.end):
                # "PT. PLN", "PT Jasa Marga", "PT KAI (Persero)", "PT PLN Persero": the legal
                # form written before or after a state company's short name is the name's (the
                # forms the knowledge base lists match whole)
                spans[k] = Span(doc, first, last, label=span.label_)
                entries[(spans[k].start_char, spans[k].end_char)] = entry
        spans = self._without_initials(words, spans, entries)  # "Kepala BKD MA Nama"
        for span in add_entities(doc, spans):
            entry = entries[(span.start_char, span.end_char)]
            set_span_attrs(
                doc,
                span.start_char,
                span.end_char,
                canonical=entry.canonical,
                org_id=entry.id,
                source="gazetteer",
            )
        settle_namesakes(self.kb, lexicons(), doc)  # "Pemkab Malang ... Sekda Malang"
        return doc

    def _without_initials(
        self, words: list[str], spans: list[Span], entries: dict[tuple[int, int], KBEntry]
    ) -> list[Span]:
        """``spans`` less the short forms that open a name after a regional office
        (:mod:`.initials`): "Kepala BKD MA Nama" names no Mahkamah Agung."""
        kinds = {(s.start, s.end): entries[(s.start_char, s.end_char)] for s in spans}
        places = [r for r, e in kinds.items() if e.label == "LOC" or e.kind in _GOVERNMENTS]
        bodies = [r for r, e in kinds.items() if e.label != "LOC" and e.kind not in _GOVERNMENTS]
        lex = lexicons()
        return [
            s
            for s in spans
            if not initials_after_office(
                words,
                s.start,
                s.end,
                kinds[(s.start, s.end)],
                lex,
                places,
                bodies,
            )
        ]


def _written_word(words: list[str], fixes: dict[int, str], start: int, end: int) -> bool:
    """True when the tokens ``start`` to ``end`` read no misspelt word, or also a word of
    letters as written."""
    spelt = [k for k in range(start, end) if k in fixes]
    return not spelt or any(words[k].isalpha() and k not in fixes for k in range(start, end))


def _apply_local_acronyms(text: str, entries: dict[tuple[int, int], KBEntry]) -> None:
    """Let the text's own acronym definitions win over the knowledge base.

    "Komisi Informasi Pusat (KPI)" makes every "KPI" of the document that commission,
    not the Komisi Penyiaran Indonesia the list knows by "KPI".
    """
    longest: dict[int, tuple[int, KBEntry]] = {}
    for (start, end), entry in entries.items():
        if entry.label == "ORG" and end > longest.get(start, (0, entry))[0]:
            longest[start] = (end, entry)
    # the name a bracket follows is the longest ending there, not one inside it: "Majelis
    # Kehormatan Mahkamah Konstitusi (MKMK)" defines MKMK, not "Mahkamah Konstitusi"
    outer: dict[int, tuple[int, KBEntry]] = {}
    for start, (end, entry) in sorted(longest.items()):
        outer.setdefault(end, (start, entry))
    defined: dict[str, KBEntry] = {}
    for end, (_, entry) in outer.items():
        opening = _OPENING.match(text, end)
        if opening is None:
            continue
        inner = longest.get(opening.end())
        if inner is None or inner[1].id == entry.id:
            continue
        short = text[opening.end() : inner[0]]
        if _CLOSING.match(text, inner[0]) and _ACRONYM.fullmatch(short):
            defined[short] = entry
    if not defined:
        return
    for (start, end), entry in list(entries.items()):
        local = defined.get(text[start:end])
        if local is not None and entry.label == "ORG":
            entries[(start, end)] = local


def _abbreviates(short: str, name: str) -> bool:
    """True when ``short`` could abbreviate ``name``: same first letter, then its letters
    in order ("Malra" for "Maluku Tenggara", "Sumbar" for "Sumatera Barat")."""
    short, name = short.lower(), name.lower()
    if not short or short[0] != name[:1]:
        return False
    position = 0
    for char in short:
        position = name.find(char, position) + 1
        if not position:
            return False
    return True


def _short_forms(
    text: str, entries: dict[tuple[int, int], KBEntry]
) -> dict[tuple[int, int], KBEntry]:
    """Mentions of a short form the text defines for a known name, which the lists lack.

    "Bupati Maluku Tenggara (Malra) ... Pemkab Malra": every "Malra" of the document
    is that regency. The short form must abbreviate the name as written.
    """
    known = set(entries)
    starts = {start for start, _ in known}
    defined: dict[str, KBEntry] = {}
    for (start, end), entry in entries.items():
        opening = _OPENING.match(text, end)
        if opening is None:
            continue
        short = _SHORT_FORM.match(text, opening.end())
        if short is None or not _CLOSING.match(text, short.end()):
            continue
        if short.start() in starts:
            continue  # the lists know it (perhaps as something else: see local acronyms)
        if _abbreviates(short.group(), text[start:end]):
            defined.setdefault(short.group(), entry)
    found: dict[tuple[int, int], KBEntry] = {}
    for short, entry in defined.items():
        for m in regex.finditer(r"(?<![\p{L}\d])" + regex.escape(short) + r"(?![\p{L}\d])", text):
            if not any(s < m.end() and m.start() < e for s, e in known):
                found[m.span()] = entry
    return found


@Language.factory(
    "pmk_gazetteer",
    assigns=["doc.ents", "span._.canonical", "span._.source"],
    requires=["doc._.published"],
)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    """Create the ``pmk_gazetteer`` component from the shipped knowledge base."""
    register_extensions()
    return Gazetteer(default_kb())
