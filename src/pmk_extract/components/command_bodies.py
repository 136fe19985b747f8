"""Bodies of the police, the military and other commands, for ``pmk_units``: a head and a
place or a designation ("Polres Kendal": Kepolisian Resor Kendal, "Kodim 0715/Kendal",
"Divif 2 Kostrad"), and heads fused with their province in one token ("Poldajatim").

Found before the other units, so that units of them can be built on them ("Satuan Lalu
Lintas Polres Batang"). Heads live in ``models/lexicons/command_units.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..doctable import token_table
from ..kb import KnowledgeBase
from ..lexicons import Lexicons, first_words, match_head
from ..spans import doc_text
from .commands import DESIGNATION_KINDS, command_body, command_name
from .fusions import CommandFusions
from .justice_words import court_short, dated_parent
from .unit_view import NewSpan, UnitView, span_entry

# words of the longest head written out ("Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe
# Madya Pabean C")
_MAX_HEAD = 12
# words of a body's name written out before its short form in brackets
_MAX_SPELT = 8
# kinds of bodies whose numbered regional offices name them after the number
_NATIONAL_KINDS = frozenset({"agency", "state_institution"})


def _head_free(covered: list[Span | None], i: int, size: int) -> bool:
    """True when the head of ``size`` words at ``i`` starts no entity or holds the whole
    entity at ``i`` ("BPS" in "BPS Jawa Timur": the agency's office in the province)."""
    ent = covered[i]
    return ent is None or (ent.start == i and ent.end <= i + size and ent.label_ == "ORG")


def _place_over_head(
    words: list[str], covered: list[Span | None], i: int, k: int
) -> tuple[int, str] | None:
    """The rest of a place's name that opens with the last words of the head at ``i`` to
    ``k`` ("Balai Taman Nasional" + "Taman Nasional Ujung Kulon": the park's office is named
    "Ujung Kulon"), else None."""
    ent = covered[k - 1] if k < len(words) else None
    if ent is None or ent.label_ != "LOC" or not i < ent.start < k or ent.end <= k:
        return None
    return int(ent.end), " ".join(words[k : ent.end])


def _initials_fit(written: list[str], short: str) -> bool:
    """True when the words ``written`` spell ``short`` by their initials, a word also giving
    the letters that open its later syllables ("Sumberdaya": S, D); "dan" gives none."""
    if not written:
        return not short
    word, rest = written[0], written[1:]
    if word == "dan":
        return _initials_fit(rest, short)
    if not short or word[:1] != short[0]:
        return False
    inner = word[1:].upper()
    for taken in range(1, len(short) + 1):
        if _initials_fit(rest, short[taken:]):
            return True
        if taken == len(short) or short[taken] not in inner:
            return False
        inner = inner[inner.index(short[taken]) + 1 :]
    return False


def spelt_out(words: list[str], covered: list[Span | None], i: int, size: int) -> int:
    """Where a body's name written out before its short form in brackets at ``i`` opens, when
    the written name's initials spell the short form and no entity covers it ("Badan
    Pelaksanaan Jalan Nasional (BPJN) Jambi", "Balai Konservasi dan Sumber Daya Alam (BKSDA)
    Kalbar": the press's own wording of the listed body), else ``i``."""
    if size != 1 or not 1 < i < len(words) - 1 or (words[i - 1], words[i + 1]) != ("(", ")"):
        return i
    for start in range(i - 2, max(i - 2 - _MAX_SPELT, -1), -1):
        word = words[start]
        if covered[start] is not None or not (word[:1].isupper() or word == "dan"):
            return i
        if word[:1].isupper() and _initials_fit(words[start : i - 1], words[i]):
            return start
    return i


class CommandBodies:
    """Find command bodies over a :class:`UnitView`."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.fusions = CommandFusions(kb, lex)

    def find(self, view: UnitView) -> list[NewSpan]:
        """Bodies of ``command_units.tsv``: head + place or designation ("Polres Kendal")."""
        words, covered = view.words, view.covered
        found: list[NewSpan] = []
        after = 0
        firsts = first_words(self.lex.command_units)
        for i in [k for k, word in enumerate(words) if word in firsts]:
            if i < after:
                continue
            size = match_head(words, i, self.lex.command_units, _MAX_HEAD)
            head, k = tuple(words[i : i + size]), i + size
            split = self._head_over_bracket(words, i, size)
            named = None
            if split is not None:  # "Lembaga Layanan Pendidikan Tinggi (LLDikti) Wilayah III"
                kind = self.lex.command_units[split[0]][2]
                named = command_name(self.lex, words, view.names, covered, split[1], kind, self.kb)
                if named is not None:
                    head, k, size = split[0], split[1], split[1] - i
            if not head or not _head_free(covered, i, size):
                continue
            expansion, parent, kind = self.lex.command_units[head]
            court = court_short(words, i) if kind == "company" else None
            if court is not None and self._province_at(view, k, court[1]):  # "Ketua PT Riau"
                head = court[0]
                expansion, parent, kind = self.lex.command_units[head]
            if kind in ("title", "title_area"):
                continue  # named by fused titles only ("Kasat Reskrim", "Kaops Damai Cartenz")
            if named is None and k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
                k += 3  # "Komandan Kodim (Dandim) 1711/Boven Digoel": a short form
            if named is None:
                named = command_name(self.lex, words, view.names, covered, k, kind, self.kb)
            if named is None and kind == "area":
                named = _place_over_head(words, covered, i, k)  # "Balai Taman Nasional X"
            spelt = spelt_out(words, covered, i, size) if named is None else i
            if spelt < i:  # "Balai Konservasi dan Sumber Daya Alam (BKSDA) Kalbar": the name
                named = command_name(self.lex, words, view.names, covered, k + 1, kind, self.kb)
                i = spelt if named is not None else i  # as written, its short form's unit
            if named is None:  # "Badan Narkotika Nasional Provinsi Jawa Tengah": a shorter
                # head whose name reads ("Badan Narkotika Nasional" + "Provinsi Jawa Tengah")
                shorter = self._shorter_head(view, i, size)
                if shorter is None:
                    continue
                head, k, named = shorter
                expansion, parent, kind = self.lex.command_units[head]
                size = len(head)
            end, name = named
            name = self.lex.fused_place(tuple(words[i : i + size]), name)  # "Polda Metro"
            canonical = f"{expansion} {name}"
            if kind == "numbered_of":  # "Kantor Regional II BKN Surabaya": the body after it
                body_of = self._body_after(view, end)
                if body_of is None:
                    continue
                end, canonical, top_name = body_of[0], f"{canonical} {body_of[1]}", body_of[2]
                found.append(
                    (
                        Span(view.doc, i, end, label="ORG"),
                        canonical,
                        {"unit": canonical, "parent_org": top_name},
                    )
                )
                after = end
                continue
            body = (
                command_body(self.kb, covered, end, parent) if kind in DESIGNATION_KINDS else None
            )
            if body is not None:  # "Divif 2 Kostrad"
                canonical = f"{canonical} {body._.canonical}"
                end = body.end
            extra: dict[str, str | None] = {}
            if parent != "-":  # a parent that changed on a date: the one of the published date
                day = view.doc._.published
                entries = self.kb.by_id.get(dated_parent(self.kb, parent, day))
                top = self.kb.pick(entries, day).canonical if entries else None
                extra = {"unit": canonical, "parent_org": top}
                if top is not None and head in self.lex.named_with_parent:
                    canonical = f"{canonical} {top}"  # a unit is named with its parent
            found.append((Span(view.doc, i, end, label="ORG"), canonical, extra))
            after = end
        if self.fusions.present(doc_text(view.doc)):  # "Poldajatim": one token
            found += self._fused_commands(view)
        return found

    def _province_at(self, view: UnitView, k: int, comma: bool) -> bool:
        """True when a province's name, tagged as a place, starts at ``k`` (and a comma
        follows it, when ``comma``)."""
        ent = view.covered[k] if k < len(view.covered) else None
        if ent is None or ent.start != k or ent.label_ != "LOC":
            return False
        if comma and view.words[ent.end : ent.end + 1] != [","]:
            return False
        entry = span_entry(self.kb, ent)
        return entry is not None and entry.kind == "province"

    def _shorter_head(
        self, view: UnitView, i: int, size: int
    ) -> tuple[tuple[str, ...], int, tuple[int, str]] | None:
        """The longest head shorter than ``size`` words at ``i`` whose name reads after it
        (a body's own kind word may open its region's name: "Provinsi Jawa Tengah")."""
        words = view.words
        for s in range(size - 1, 0, -1):
            head = tuple(words[i : i + s])
            entry = self.lex.command_units.get(head)
            if entry is None or entry[2] in ("title", "title_area", "numbered_of"):
                continue
            k = i + s
            named = command_name(self.lex, words, view.names, view.covered, k, entry[2], self.kb)
            if named is not None:
                return head, k, named
        return None

    def _head_over_bracket(
        self, words: list[str], i: int, size: int
    ) -> tuple[tuple[str, ...], int] | None:
        """A head written with the body's short form in brackets inside it, longer than the
        head matched without ("Badan Narkotika Nasional (BNN) Provinsi X", "Lembaga Layanan
        Pendidikan Tinggi (LLDikti) Wilayah III"): the head's words and the token after it."""
        for j in range(i + 1, min(i + 6, len(words) - 3)):
            if words[j] != "(" or words[j + 2] != ")" or not words[j + 1][:1].isupper():
                continue
            seq = words[i:j] + words[j + 3 : j + 9]
            longer = match_head(seq, 0, self.lex.command_units)
            if longer > max(size, j - i):
                return tuple(seq[:longer]), i + longer + 3
            return None
        return None

    def _body_after(self, view: UnitView, k: int) -> tuple[int, str, str] | None:
        """The national body written at ``k`` after a numbered office ("Kantor Regional II
        | BKN Surabaya"), with the seat after it: where the name ends, the body and seat as
        they go into the canonical, and the body's canonical (its officials' organisation)."""
        ent = view.covered[k] if k < len(view.covered) else None
        if ent is None or ent.start != k or ent.label_ != "ORG":
            return None
        entry = span_entry(self.kb, ent)
        if entry is None or entry.kind not in _NATIONAL_KINDS:
            return None
        body = str(ent._.canonical or ent.text)
        end, name = int(ent.end), body
        seat = view.starts.get(end)
        if seat is not None and seat.label_ == "LOC":  # "... BKN Surabaya", "... OJK Jawa Barat"
            end, name = int(seat.end), f"{body} {seat.text}"
        return end, name, body

    def _fused_commands(self, view: UnitView) -> list[NewSpan]:
        """Command bodies fused with their province ("Poldajatim" -> Kepolisian Daerah Jawa
        Timur); a fused title over one ("Kapoldajatim") is read by the title reader."""
        found: list[NewSpan] = []
        table = token_table(view.doc)
        for fused in self.fusions.find(doc_text(view.doc), table.starts, view.words):
            if fused.title is not None or view.covered[fused.index] is not None:
                continue
            expansion, parent, _ = self.lex.command_units[fused.head]
            canonical = f"{expansion} {fused.place}"
            entries = self.kb.by_id.get(parent)
            top = entries[0].canonical if entries else None
            span = Span(view.doc, fused.index, fused.index + 1, label="ORG")
            found.append((span, canonical, {"unit": canonical, "parent_org": top}))
        return found
