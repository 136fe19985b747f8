"""Places built from parts, for ``pmk_units``: villages and their heads' places ("Desa Konga",
"Kepala Desa Sendangrejo", "Lurah Sumberejo"), venues named after a place ("Pendopo
Kabupaten Cianjur"), districts listed after a "Kecamatan X" ("Kecamatan Cugenang, Pacet,
dan Warungkondang") and regional hospitals named after a person ("RSUD dr. Soetomo").

Heads live in ``models/lexicons/place_heads.tsv``; district names in the gazetteer.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..dates.lexicon import lexicon as date_lexicon
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..name_shapes import opener_ends, opens_balinese_name
from ..people import default_people
from ..regions import KIND_WORDS
from ..stemming import root_words
from ..unit_kinds import REGIONAL_OFFICES
from .command_places import compass_words, honoured_end, region_phrase, two_word_openers
from .unit_view import (
    CONNECTORS,
    NewSpan,
    UnitView,
    bracket_end,
    span_entry,
    title_ends_at,
    written_text,
)


def _written_alone(words: list[str], start: int, end: int) -> int:
    """Where a village name written at ``words[start:end]`` ends: at the longest part of it
    the text also writes elsewhere without the words after it ("Kepala Desa Rahtawu Didik
    Santoso" in a text that names "Rahtawu" alone: the village is "Rahtawu", a name
    follows); the whole run when it is written so elsewhere, or no part is."""
    for size in range(end - start, 0, -1):
        part = words[start : start + size]
        for k in range(len(words) - size + 1):
            if k == start or words[k : k + size] != part:
                continue
            if (
                size == end - start
                or words[k + size : k + size + 1] != words[start + size : start + size + 1]
            ):
                return start + size
    return end


# a given name's initial as news writes it before the rest of the name ("M. Sirad", "A.Rahman")
_INITIAL = re.compile(r"[A-Z]\.")

# the words written before a district's or a region's name for its kind ("Kecamatan Camba",
# "Distrik Abepura", "Kabupaten Maros")
_PLACE_KIND_WORDS = frozenset({"Kecamatan", "Distrik", *KIND_WORDS.values()})


class Places:
    """Build villages, venues and listed districts over a :class:`UnitView`."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.districts: dict[str, str] = {}
        for entry in kb.entries:
            if entry.kind == "district":
                for name in (*entry.aliases, *entry.ambiguous_aliases):
                    if " " not in name or not name.startswith(("Kec", "Distrik")):
                        self.districts.setdefault(name, entry.canonical)
        self.two_word_openers = two_word_openers(kb)
        # offices' titles that end in a village's head word ("Menteri Desa", "Wamen Desa",
        # "Dirjen Bina Pemerintahan Desa"): the word is the title's, not a village's
        heads = {head[-1] for head in lex.place_heads}
        self.office_titles = frozenset(
            tuple(words)
            for words in (title.split(" ") for title in default_people().titles)
            if len(words) > 1 and words[-1] in heads
        )

    def place(self, view: UnitView, i: int, size: int) -> NewSpan | None:
        """The village or venue whose head of ``size`` words is at token ``i``, if any."""
        doc, words = view.doc, view.words
        if any(tuple(words[k : i + size]) in self.office_titles for k in range(max(0, i - 6), i)):
            return None  # "Menteri Desa Yandri Susanto": a minister's title and his name
        canon_head, kind = self.lex.place_heads[tuple(words[i : i + size])]
        j = i + size
        if kind == "venue":
            place = view.starts.get(j)
            entry = span_entry(self.kb, place) if place is not None else None
            if (
                place is None
                or entry is None
                or place.label_ != "LOC"
                or entry.kind not in REGION_KINDS
            ):
                return None
            span = Span(doc, i, place.end, label="LOC")
            return span, canon_head + " " + place.text, {}
        titled = kind == "title" or title_ends_at(self.lex, words, i)
        bracket = bracket_end(words, j) if titled else 0
        if bracket:  # "Kepala Desa (Kades) Sidomulyo": the village's name after the short form
            kind, j = "title", bracket
        end = j
        bare = not titled and self._district_named(view, j)
        place = view.starts.get(j) if titled or bare else None
        if place is not None and place.label_ == "LOC" and len(place) <= 2:
            end = int(place.end)  # "Lurah Sumberejo", "Kades Karanganyar": a known place's name
        while (
            not bare  # "Nagari Pariangan Nama": the district's name is the village's whole name
            and end < len(words)
            and end - j < 3
            and view.covered[end] is None
            and view.names[end]
        ):
            if self.lex.rank_at(words, end, False):
                break  # "Desa Sukamaju Serda Ahmad": a rank ends the village's name
            end += 1
        if end == j:
            return None
        closing = self._closing_place_end(view, j, end) if place is None else 0
        closed = closing > 0
        if closed:  # "Kepala Desa Karang Anyar, Nama": a district's name ends the village's
            end = closing
        if place is None and not closed and self._name_opens(view, j, end):
            return None  # "Lurah Andi Mansyur": a person's name, no village's
        office = match_head(words, j, self.lex.unit_heads)
        if office and self.lex.unit_heads[tuple(words[j : j + office])] in REGIONAL_OFFICES:
            # a village head's word before a regional office ends a field ("Bidang
            # Pemerintahan Desa | Dinas ...", "Kabid Pemerintahan Desa DPMD X")
            return None
        # "Lurah Air Putih, Kecamatan X", "Kepala Desa Bukit Tinggi Raya Kecamatan X",
        # "Kepala Desa Tanjung Harapan, Nama": the village's name ends where it is closed
        # "Lurah Air Putih, Kecamatan X": a name of common words, then its district after a
        # comma; "Kepala Desa Bukit Tinggi Raya Kecamatan X, Nama", "Kepala Desa Tanjung
        # Harapan, Nama": a name the holder's follows, after its district or region or a
        # comma; after a known place only words of the dictionary go on its name so
        # ("Sukamaju Slamet, Nama": a holder's name after the village's)
        after = int(place.end) if place is not None and place.end < end else end
        district = (
            closed
            or (
                place is None
                and all(w.lower() in root_words() for w in words[j:end])
                and self._district_after(view, end)
            )
            or (
                self._holder_after(view, end)
                and all(w.lower() in root_words() for w in words[after:end])
            )
        )
        if kind == "title" and place is None and words[j].lower() in root_words() and not district:
            return None  # "Sekdes Jadi Penjaga ...": a headline's words, no village's name
        written = _written_alone(words, j, end)
        if district:
            pass
        elif titled and written == end and end - j > 1 and (place is None or place.end < end):
            # "Kepala Desa Sukamaju Budi Santoso": a name follows the village's
            run, end = end, int(place.end) if place is not None else j + 1
            if place is None and words[j] in self.two_word_openers and written - j > 2:
                end += 1  # "Kepala Desa Sungai Rambutan Budi": a name of two words
            if end < run - 1 and words[end] in compass_words():
                end += 1  # "Lurah Kembangan Utara Nama": a compass word closes the village's
        else:
            end = written
        if kind == "title":  # "Lurah Sumberejo": the title is no part of the place's name
            return Span(doc, j, end, label="LOC"), canon_head + " " + doc[j:end].text, {}
        span = Span(doc, i, end, label="LOC")
        return span, canon_head + " " + doc[j:end].text, {}

    def _district_after(self, view: UnitView, k: int) -> bool:
        """True when a district the gazetteer knows follows token ``k`` after a comma ("Lurah
        Air Putih, Kecamatan Tebing"): the words before it name a village of it, however
        common they are."""
        if k + 1 >= len(view.words) or view.words[k] != ",":
            return False
        place = view.starts.get(k + 1)
        entry = span_entry(self.kb, place) if place is not None else None
        return entry is not None and entry.label == "LOC" and entry.kind == "district"

    def _district_named(self, view: UnitView, j: int) -> bool:
        """True when a district's name the gazetteer tags is written bare at token ``j``, after
        a village's head ("Desa Mekarsari": a village named as the district, as many are)."""
        place = view.starts.get(j)
        entry = span_entry(self.kb, place) if place is not None else None
        return (
            entry is not None
            and entry.kind == "district"
            and self.lex.expand(view.words[j]) not in _PLACE_KIND_WORDS
        )

    def _name_opens(self, view: UnitView, j: int, end: int) -> bool:
        """True when the words from ``j`` a village's name would take open a person's name
        (``name_openers.txt``: "Andi", "Teuku", "Raden"; the Balinese order's "I Made"), and
        no district follows them after a comma ("Lurah Raden Patah, Kecamatan X" is a
        kelurahan's name): after a village head's post the holder's name follows at once."""
        words = view.words
        opens = opener_ends(words, j) or opens_balinese_name(words, j)
        return opens and not self._district_after(view, end)

    def _closing_place_end(self, view: UnitView, j: int, end: int) -> int:
        """Where the village's name ends when the known place at token ``end``, written
        without its kind and not at the village's first word ``j``, is its last word: the
        holder's name follows after a comma ("Kepala Desa Karang Anyar, Nama": "Anyar" is
        also a district's name, but the village's name ends at the comma); else 0."""
        place = view.covered[end] if end < len(view.words) else None
        if place is None or place.label_ != "LOC" or place.start != end or end == j:
            return 0
        if self.lex.expand(view.words[end]) in _PLACE_KIND_WORDS or place.end - j > 3:
            return 0
        words_named = all(view.names[k] for k in range(end, int(place.end)))
        return int(place.end) if words_named and self._holder_after(view, int(place.end)) else 0

    def _holder_after(self, view: UnitView, k: int) -> bool:
        """True when a village's name written before token ``k`` is whole: its district or
        region written with its kind follows it ("Kepala Desa Bukit Tinggi Raya Kecamatan
        Camba"), or the holder's name follows after a comma, maybe after the district and
        region ("Kepala Desa Tanjung Harapan, Budi", "..., H. Budi", "Kepala Desa Pasir Baru,
        Kecamatan Camba, Budi"): no name of the holder lies inside the run.
        A degree ("Kades Sukamaju Budi Santoso, S.Sos"), a day, a title or a lower-case word
        there is no holder's name ("Kepala Desa Sukamaju Budi, Kecamatan X, mengatakan")."""
        words = view.words
        chain = 0
        while k < len(words) and chain < 3:
            place = view.starts.get(k)
            entry = span_entry(self.kb, place) if place is not None else None
            if words[k] == ",":
                k += 1
            elif place is not None and entry is not None and entry.label == "LOC":
                if self.lex.expand(words[k]) not in _PLACE_KIND_WORDS:
                    return False
                if entry.kind != "district" and entry.kind not in REGION_KINDS:
                    return False
                if not chain and words[k - 1] != ",":
                    return True  # "Desa Bukit Tinggi Raya Kecamatan Camba": no name between
                k, chain = int(place.end), chain + 1
            else:
                break
            if k < len(words) and words[k - 1] == "," and view.starts.get(k) is None:
                break
        if k >= len(words) or k == 0 or (words[k - 1] != "," and not chain):
            return False
        if view.covered[k] is not None:
            return False
        size = match_head(words, k, self.lex.honorifics)
        if size:  # an honorific before a name ("H. Budi"), no degree after one ("S.Sos")
            return k + size < len(words) and view.names[k + size]
        if _INITIAL.fullmatch(words[k]):  # an initial before a name ("M. Sirad", "M.Sirad")
            return k + 1 < len(words) and view.names[k + 1]
        dates = date_lexicon()
        return (
            view.names[k]
            and words[k].lower() not in dates.weekdays
            and words[k].lower() not in dates.months
            and not match_head(words, k, self.lex.title_heads)
            and not match_head(words, k, self.lex.unit_heads)
            and not match_head(words, k, self.lex.place_heads)
            and not match_head(words, k, self.lex.command_titles)
        )

    def listed_districts(self, view: UnitView, ents: list[Span]) -> list[NewSpan]:
        """Districts the gazetteer knows listed after a district among ``ents``."""
        out: list[NewSpan] = []
        words = view.words
        for ent in ents:
            k = ent.end
            if not (k + 1 < len(words) and words[k] in CONNECTORS):
                continue  # no list goes on (checked first: it is cheaper than the entry)
            entry = span_entry(self.kb, ent)
            if entry is None or entry.kind != "district":
                continue
            while k + 1 < len(words) and words[k] in CONNECTORS:
                while k < len(words) and words[k] in CONNECTORS:
                    k += 1
                if k >= len(words) or view.covered[k] is not None or not view.names[k]:
                    break
                canonical = self.districts.get(words[k])
                if canonical is None:
                    break
                out.append((Span(view.doc, k, k + 1, label="LOC"), canonical, {}))
                k += 1
        return out

    def named_hospital(self, view: UnitView, i: int, k: int) -> NewSpan | None:
        """A regional hospital named after a person: its head, then honorifics and the
        honoured name ("RSUD dr. Soetomo", "RSUD Prof. Dr. Margono Soekarjo"), then its seat
        when a place is written. The name ends at the place, a comma or a bracket; with none
        of them the name words that follow cannot be told from an official's name and all
        stay the hospital's. Its owner is not its seat's government (a province's hospital
        stands in a city): the span has no parent organisation, unless the seat is a region
        written with its kind ("RSUD dr. Soedirman Kabupaten Kebumen": the regency's own)."""
        words, covered = view.words, view.covered
        # "Rumah Sakit Umum Daerah (RSUD) dr. Soetomo": its short form in brackets first
        short = range(k, bracket_end(words, k) or k)
        k = short.stop
        j = honoured_end(self.lex, words, view.names, covered, k)
        if j == k:
            return None
        seat = covered[j] if j < len(words) else None
        owner = None
        if seat is not None and seat.label_ == "LOC" and seat.start == j:
            j = seat.end  # "RSUD Dr. Moewardi Surakarta": the hospital's seat
            entry = span_entry(self.kb, seat)
            kind_word = self.lex.expand(seat.text).split(" ")[0]
            written_kind = entry is not None and kind_word == KIND_WORDS.get(entry.kind)
            if entry is not None and written_kind and entry.kind in REGION_KINDS:
                owner = region_phrase(entry.kind, entry.canonical)
        elif seat is not None:
            return None
        text = self.lex.expand(written_text(view, i, j, short))
        return Span(view.doc, i, j, label="ORG"), text, {"unit": text, "parent_org": owner}
