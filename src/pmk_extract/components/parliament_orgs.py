"""Parliaments and their bodies as the press writes them, read as ORG spans.

- bodies of a parliament written right before it are one ORG with it: "Badan Kehormatan DPRD
  Sumut", "Banggar DPRD Jateng", "Pansus Raperda RTRW DPRD Kota Bekasi", "Fraksi PKS DPRD
  Kota Depok", "F-PKS DPRD Kota Depok", "FPKB DPRD X" (a party's group, by its word or
  its short form: "Fraksi", the party's full name, then the parliament's);
- a regional parliament's full name is read as one, also where a national parliament's
  name or a body of it ends before "Daerah" ("Badan Anggaran Dewan Perwakilan Rakyat Daerah
  Kota X": the regional parliament's budget body);
- a regional parliament is named like its region's government ("DPRD DIY": Dewan
  Perwakilan Rakyat Daerah Provinsi Daerah Istimewa Yogyakarta), or by the name of its own
  the knowledge base holds (kind ``regional_parliament``: "DPRD Aceh" is the Dewan
  Perwakilan Rakyat Aceh, "DPR Papua" the Dewan Perwakilan Rakyat Papua), also after a
  body the gazetteer knows as the national parliament's ("Komisi I DPR Aceh": the DPRA's);
- a commission numbered in digits ("Komisi 1 DPRD Kota X") is named in Roman numerals, as the
  councils' rules number it ("Komisi I").

The posts and members written before a parliament are read by
:mod:`~pmk_extract.components.parliament_posts`. Words and bodies live in
``models/lexicons/parliaments.tsv`` (read by :mod:`~pmk_extract.components.parliaments`,
with the names the project gives parliaments).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import span_attr
from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import first_words, match_head
from ..regions import KIND_WORDS, bare_place
from ..spans import doc_text
from .parliaments import (
    BODY_NUMBERS,
    OWN_NAME_KIND,
    REGION_KIND_PREFIXES,
    bare_party,
    body_number,
    council_name,
    fraction_short_open,
    is_party,
    parliament_of,
    parliament_words,
    short_fraction,
    short_party,
)
from .unit_view import NewSpan

# free words of a named body ("Pansus Hak Angket", "Pansus Raperda tentang Pajak Daerah dan
# Retribusi Daerah")
_MAX_NAMED = 8
_OWN_WORDS = 5  # words of a parliament's own name ("DPR Provinsi Papua Barat Daya")
_BARE = "DPRP"  # the short form the parliaments of Papua's provinces share
_PAPUA = "Dewan Perwakilan Rakyat Papua"  # their names open so


class Parliaments:
    """Parliament bodies as ORG spans."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = parliament_words()
        before = {**self.words.bodies, **self.words.shared_bodies, **self.words.named}
        self.firsts = first_words(before) | self.words.fractions

    def misread(self, doc: Doc, words: list[str]) -> list[Span]:
        """Gazetteer spans that end with the first words of a longer body: "Dewan
        Perwakilan Rakyat" in "Dewan Perwakilan Rakyat Daerah Provinsi Bali", and a national
        parliament's body before it ("Badan Anggaran Dewan Perwakilan Rakyat" + "Daerah ...":
        the regional parliament's); the unit rules build the longer body."""
        out: list[Span] = []
        text = doc_text(doc)
        if not any(after in text for after in self.words.misread.values()):
            return out  # cheap precheck on the text
        for ent in doc.ents:
            if ent.end >= len(words):
                continue
            # the words as read: "Dewan Perwakilam Rakyat" misspelt is read as the name
            read = " ".join(words[ent.start : ent.end])
            for name, after in self.words.misread.items():
                if words[ent.end] == after and (read == name or read.endswith(" " + name)):
                    out.append(ent)
                    break
        return out

    def _council_short(self, words: list[str], k: int) -> bool:
        """True when a regional parliament's short form in brackets is written at token ``k``
        ("(DPRD)", "(DPRK)")."""
        return (
            k + 2 < len(words)
            and words[k] == "("
            and words[k + 1] in self.words.council_shorts
            and words[k + 2] == ")"
        )

    def bracketed_councils(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """Regional parliaments written with their short form in brackets before the place,
        after a national parliament's name: "Dewan Perwakilan Rakyat (DPRD) Lombok Barat" is
        the Dewan Perwakilan Rakyat Daerah Kabupaten Lombok Barat, "Dewan Perwakilan Rakyat
        Kota (DPRK) Banda Aceh" the Dewan Perwakilan Rakyat Kota Banda Aceh (a kind word before
        the bracket names the region's kind); the span takes in the national name, which is no
        national parliament here; no region, no span. A short form that is itself a
        parliament's name ("(DPR) Aceh", "(DPRP) Papua Barat Daya") names only a province's
        parliament with a name of its own. A national parliament's body the gazetteer read
        before the bracket ("Komisi III Dewan Perwakilan Rakyat | Provinsi (DPRP) ...") is
        the regional parliament's body."""
        out: list[NewSpan] = []
        text = doc_text(doc)
        if not any(f"({short})" in text for short in self.words.council_shorts):
            return out  # cheap precheck on the text
        starts = {ent.start: ent for ent in doc.ents}
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.end + 3 >= len(words):
                continue
            read = " ".join(words[ent.start : ent.end])
            name = next((n for n in self.words.misread if read.endswith(n)), None)
            if name is None or (read != name and not read.endswith(" " + name)):
                continue  # "Dewan Perwakilan Rakyat", as written, or a body's name ending so
            k = int(ent.end)
            kind = words[k] if f"{words[k]} " in REGION_KIND_PREFIXES else None
            k += int(kind is not None)
            if not self._council_short(words, k):
                continue
            place = starts.get(k + 3)
            region = self._region(place, kind) if place is not None else None
            if place is None or region is None:
                continue
            head = self.words.council_shorts[words[k + 1]]
            canonical = council_name(self.kb, head, region)
            if self.kb.lookup(words[k + 1]) is not None and not self._own_named(canonical):
                continue  # "(DPR)", "(DPRP)": only a parliament with a name of its own
            span = Span(doc, ent.start, place.end, label="ORG")
            if read == name:
                out.append((span, canonical, {}))
                continue
            # "Komisi III Dewan Perwakilan Rakyat Provinsi (DPRP) Papua Barat Daya": a body of it
            body = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            unit = body.removesuffix(parliament_of(body) or "").rstrip()
            if unit and unit != body:
                out.append((span, f"{unit} {canonical}", {"unit": unit, "parent_org": canonical}))
        return out

    def kind_councils(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """A national parliament's name written right before a region's kind word and the
        region, where the region's parliament is named so: "DPR Kabupaten Aceh Tamiang", "DPR
        Kota Banda Aceh" are the Dewan Perwakilan Rakyat Kabupaten Aceh Tamiang and Kota Banda
        Aceh (a regency's or city's parliament in a province whose own has a name of its own,
        UU 11/2006), "DPR Provinsi Aceh" the Dewan Perwakilan Rakyat Aceh, and a body the
        gazetteer read as the national DPR's ("Komisi II DPR | Kabupaten Aceh Utara") is that
        parliament's; never the national DPR. Other regions ("DPR Kabupaten Bogor"): no span."""
        out: list[NewSpan] = []
        starts = {ent.start: ent for ent in doc.ents}
        for ent in doc.ents:
            k = int(ent.end)
            if (
                ent.label_ != "ORG"
                or k + 1 >= len(words)
                or f"{words[k]} " not in REGION_KIND_PREFIXES
            ):
                continue
            canonical = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            parliament = parliament_of(canonical)
            read = " ".join(words[ent.start : k])
            if parliament not in self.words.parliaments or not any(
                read == end or read.endswith(" " + end) for end in (parliament, "DPR")
            ):
                continue  # "DPR", "Dewan Perwakilan Rakyat" as written, or a body's ending so
            place = starts.get(k) or starts.get(k + 1)
            region = self._region(place, words[k]) if place is not None else None
            if place is None or region is None:
                continue
            if region.startswith(KIND_WORDS["province"] + " "):  # its own-named parliament
                name = council_name(self.kb, self.words.council_head, region)
                if not self._own_named(name):
                    continue
            else:
                entry = self.kb.lookup(region)
                own = self.kb.lookup(f"DPR {entry.parent}") if entry and entry.parent else None
                if own is None or own.kind != OWN_NAME_KIND:
                    continue  # "DPR Kabupaten Bogor": no parliament of that name
                name = council_name(self.kb, parliament, region)
            span = Span(doc, ent.start, place.end, label="ORG")
            unit = canonical.removesuffix(parliament).rstrip()
            if unit:  # "Komisi II DPR | Kabupaten Aceh Utara": a body of it
                out.append((span, f"{unit} {name}", {"unit": unit, "parent_org": name}))
            else:
                out.append((span, name, {}))
        return out

    def own_name_bodies(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """A national parliament's body the gazetteer read where its parliament's words open
        the name of a regional parliament with a name of its own: "Komisi I DPR | Aceh" is
        the Dewan Perwakilan Rakyat Aceh's Komisi I, "Badan Anggaran DPR | Papua Barat" the
        Dewan Perwakilan Rakyat Papua Barat's (the longest name the knowledge base holds);
        the span takes in the place."""
        out: list[NewSpan] = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.end >= len(words):
                continue
            canonical = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            parliament = parliament_of(canonical)
            if parliament == canonical or parliament not in self.words.parliaments:
                continue  # no body of a national parliament
            own = self._own_name(words, ent.start + 1, ent.end)
            if own is not None:
                unit = canonical.removesuffix(parliament).rstrip()
                name, end = own
                span = Span(doc, ent.start, end, label="ORG")
                out.append((span, f"{unit} {name}", {"unit": unit, "parent_org": name}))
        return out

    def _own_name(self, words: list[str], first: int, end: int) -> tuple[str, int] | None:
        """The regional parliament with a name of its own whose name opens at a token from
        ``first`` to ``end`` - 1 and goes on past ``end``, and where it ends; else None."""
        for k in range(first, end):
            for stop in range(min(len(words), k + _OWN_WORDS), end, -1):
                written = words[k:stop]
                # "DPR ACEH": a place in capitals, read as its name is written
                titled = [w.title() if w.isupper() and len(w) > 3 else w for w in written]
                for text in (written, titled):
                    found = self.kb.lookup(" ".join(text))
                    if found is not None and found.kind == OWN_NAME_KIND:
                        return found.canonical, stop
        return None

    def bare_in_context(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """A bare "DPRP" after the text named one of the parliaments of Papua's provinces
        ("DPR Provinsi Papua Barat Daya (DPRP PBD) ... Ketua DPRP, Nama", "DPRP Papua Tengah
        ... anggota DPRP") is that parliament, as the new provinces' press writes it (alone,
        "DPRP" is Papua's own); none when the text names two of them or a constituency
        follows ("DPRP dapil ...")."""
        out: list[NewSpan] = []
        if _BARE not in words:
            return out  # cheap precheck
        named: dict[str, int] = {}
        bare: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            canonical = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            parliament = parliament_of(canonical)
            if parliament is None:
                continue
            if ent.end - ent.start == 1 and words[ent.start] == _BARE:
                bare.append(ent)
            elif parliament.startswith(_PAPUA) and self._own_named(parliament):
                named.setdefault(parliament, ent.start)
        if len(named) != 1:
            return out
        own, first = next(iter(named.items()))
        for ent in bare:
            after = words[ent.end : ent.end + 2]
            if ent.start < first or any(
                tuple(after[:n]) in self.words.constituencies for n in (1, 2)
            ):
                continue  # before the parliament is named, or a member's constituency
            out.append((Span(doc, ent.start, ent.end, label="ORG"), own, {}))
        return out

    def _own_named(self, canonical: str) -> bool:
        """True when ``canonical`` is a parliament with a name of its own (DPRA, DPRP)."""
        found = self.kb.lookup(canonical)
        return found is not None and found.kind == OWN_NAME_KIND

    def _region(self, place: Span, kind: str | None) -> str | None:
        """The region a LOC span names, as a government's name writes it ("Kabupaten Lombok
        Barat"); a kind word written before names the region of that kind; else None."""
        if place.label_ != "LOC":
            return None
        entries = self.kb.by_id.get(place._.org_id or "")
        entry = entries[0] if entries else None
        if entry is None:
            return None
        if kind is not None:
            entry = self.kb.lookup(f"{kind} {bare_place(entry.canonical)}")
        if entry is None or entry.kind not in REGION_KINDS:
            return None
        return f"{KIND_WORDS[entry.kind]} {bare_place(entry.canonical)}"

    def numbered_body(self, words: list[str], k: int) -> bool:
        """True when a parliament's inner body and its number or letter are written at token
        ``k`` ("Komisi I", "Komisi B"): a body of a parliament, with or without it written."""
        return (
            k + 1 < len(words)
            and words[k] in self.words.inner_bodies
            and words[k + 1] in BODY_NUMBERS
        )

    def digit_numbered(self, words: list[str], k: int) -> str | None:
        """A parliament's inner body numbered in digits at token ``k`` ("Komisi 1", "Komisi
        4"), named as the councils' rules number it, in Roman numerals ("Komisi I", "Komisi
        IV"); else None."""
        if not (self.numbered_body(words, k) and words[k + 1].isdigit()):
            return None
        return f"{words[k]} {body_number(words[k + 1])}"

    def body_ends_at(self, words: list[str], k: int, end: int) -> bool:
        """True when the words from ``k`` to ``end`` are a parliament's body by name
        ("Badan Anggaran", "Banggar", "Badan Kehormatan"): a body of a parliament, with or
        without it written."""
        return tuple(words[k:end]) in self.words.bodies

    def body_name(self, words: list[str], k: int, end: int) -> str | None:
        """The name of the parliament's body written from ``k`` to ``end`` as the parliaments
        name it ("Banggar": Badan Anggaran, "Badan Kehormatan Dewan": Badan Kehormatan), or
        None."""
        return self.words.bodies.get(tuple(words[k:end]))

    def bodies(self, doc: Doc, words: list[str]) -> list[NewSpan]:
        """Bodies written right before a parliament: "Badan Kehormatan DPRD Sumut", "Pansus
        Hak Angket DPRD DKI", "Fraksi PKS DPRD Kota Depok", "Fraksi PKB DPR RI"."""
        out: list[NewSpan] = []
        text = doc_text(doc)
        if not any(mark in text for mark in self.words.marks):
            return out  # no parliament in the text
        if self.firsts.isdisjoint(words) and not any(short_fraction(w) for w in words):
            return out  # no body's head in the text
        ents = list(doc.ents)
        ends = {ent.end: ent for ent in ents}
        for ent in ents:
            if ent.label_ != "ORG" or ent.start == 0:
                continue
            canonical = str(span_attr(doc, "canonical", ent.start_char, ent.end_char) or "")
            if parliament_of(canonical) != canonical:
                continue  # a body's own span ("Komisi D DPRD X") is built by the unit rules
            party = ends.get(ent.start) or ends.get(fraction_short_open(self.kb, words, ent.start))
            made = self._fraction(doc, words, party, ent)
            if made is None:
                made = self._body(doc, words, ent)
            if made is not None:
                out.append(made)
        return out

    def _fraction(
        self, doc: Doc, words: list[str], party: Span | None, body: Span
    ) -> NewSpan | None:
        """A party's group right before its parliament: the fraction's word and the party
        ("Fraksi PKS DPRD X"), or the fraction's short form ("F-PKS DPRD X", "FPKB DPRD X",
        "FPG DPRD X"): "Fraksi" and the party's name."""
        if party is not None and is_party(self.kb, party) and party.start > 0:
            start, word, name = party.start - 1, words[party.start - 1], party._.canonical
            if (
                start > 0
                and word in self.words.party_words
                and words[start - 1] in self.words.fractions
            ):
                start, word = start - 1, words[start - 1]  # "Fraksi Partai PKS DPRD X"
            if word not in self.words.fractions:
                start, word = party.start - 2, self.words.fraction_word
                if not (start >= 0 and words[start] == "F" and words[start + 1] == "-"):
                    return None  # "F-PKS": the short form's letter, a hyphen, the party
        else:
            start, word = body.start - 1, self.words.fraction_word
            found = short_party(self.kb, words[start]) if start >= 0 else None
            if found is None and start >= 2 and words[start - 2 : start] == ["F", "-"]:
                found = short_party(self.kb, "F" + words[start])  # "F-PG": as "FPG"
                if found is None:
                    bare = bare_party(self.kb, words, start)  # "F-Demokrat": "Partai" left out
                    found = bare[0] if bare is not None and bare[1] == body.start else None
                start -= 2
            if found is None:
                return None
            name = found
        unit = f"{self.words.fraction_word} {name}"  # "fraksi PKS": as a canonical writes it
        canonical = f"{unit} {body._.canonical}"
        span = Span(doc, start, body.end, label="ORG")
        return span, canonical, {"unit": unit, "parent_org": str(body._.canonical)}

    def _body(self, doc: Doc, words: list[str], body: Span) -> NewSpan | None:
        s = body.start
        if s >= 3 and words[s - 3] == "(" and words[s - 1] == ")":
            s -= 3  # "Badan Musyawarah (Banmus) DPRD X": the body's short form
        for key, full in (*self.words.bodies.items(), *self.words.shared_bodies.items()):
            n = len(key)
            if s >= n and tuple(words[s - n : s]) == key:
                return self._unit_span(doc, s - n, body, full)
        # a named body: its head (and its short form), then a few capitalised words
        s = body.start
        for k in range(s - 1, max(-1, s - _MAX_NAMED - 5), -1):
            size = match_head(words, k, self.words.named)
            if size and not (k and words[k - 1] == "("):  # not the short form in brackets
                free = words[k + size : s]
                if free[:1] == ["("] and free[2:3] == [")"]:
                    free = free[3:]  # "Panitia Khusus (Pansus) LKPJ"
                if not free or (len(free) <= _MAX_NAMED and self._named_words(free)):
                    # "Pansus Raperda RTRW DPRD X"; "Pansus DPRD X": its special committee the
                    # story tells of, named by no more words
                    full = self.words.named[tuple(words[k : k + size])]
                    return self._unit_span(doc, k, body, " ".join([full, *free]))
                return None
            word = words[k]
            if not (word[:1].isupper() or word in ("(", ")") or word in self.words.named_joins):
                return None
        return None

    def _named_words(self, free: list[str]) -> bool:
        """True when ``free`` may name a body: capitalised words, a joining word between two
        of them ("Raperda tentang Pajak Daerah dan Retribusi Daerah")."""
        joins = self.words.named_joins
        if free[0] in joins or free[-1] in joins:
            return False
        return all(w[:1].isupper() or w in joins for w in free)

    @staticmethod
    def _unit_span(doc: Doc, start: int, body: Span, unit: str) -> NewSpan:
        canonical = f"{unit} {body._.canonical}"
        span = Span(doc, start, body.end, label="ORG")
        return span, canonical, {"unit": unit, "parent_org": str(body._.canonical)}
