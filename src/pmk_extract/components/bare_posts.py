"""Regional posts written without their region before a name ("Sekda Nama", "Wakil Bupati
Nama", "Plt. Sekda, Nama", "Sekda Kota Nama"): the press leaves the region out when the story
named it before.

The post is read as a role without its region, the shape of the region-bearing role less
the region ("Sekretaris Daerah", "Wakil Bupati", "Penjabat Bupati", "Sekretaris Daerah
Kota"), with no organisation: the mention alone does not establish the region, and a wrong
region is worse than none. A known person after such a title keeps the office the knowledge
base gives them (``class_holders.py`` reads the bare title against the holders).

The evidence asked, since a capitalised phrase after a title is not always a name: the
title's target in ``lexicons/titles.tsv`` is a province, regency, city or any region;
nothing the gazetteer tagged begins the name; its words do not spell a region the knowledge
base knows (also a fused short form two regions give: "Busel"); and the name is set off by a
comma or an honorific, or has two words or more of which one at least is no word of the
dictionary, as a root or a regular derivation ("Bupati Cup", "Bupati Terbaik Nasional": no
person; "Bupati Hendra Kusuma": a name).

Used by :class:`~pmk_extract.components.titles.TitleReader` where neither the text after the
title nor the document (``doc_regions.py``) names the region.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..region_short import any_region_forms
from ..regions import KIND_WORDS
from ..stemming import regular_derivation
from .class_holders import class_of
from .title_parts import Title, prefixed, skip_bracket

_LEVELS = frozenset({*KIND_WORDS, "region"})  # the targets of a regional post's title
_REGION_WORDS = 3  # words a region's name may have ("Kepulauan Bangka Belitung")


class BarePosts:
    """Read a regional post written without its region (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self._fused: frozenset[str] | None = None  # regions' fused short forms, when asked

    def title(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], i: int, size: int
    ) -> Title | None:
        """The regional post of ``size`` words at token ``i`` written with no region before a
        name, or None."""
        lex = self.lex
        target = lex.title_heads[tuple(words[i : i + size])][1]
        if target not in _LEVELS:
            return None
        written = " ".join(words[i : i + size])
        role = class_of(written) or lex.expand(written)  # "Walikota": Wali Kota
        k = skip_bracket(words, i + size)  # "Sekretaris Daerah (Sekda) Nama"
        if target == "region" and k < len(words) and words[k] in KIND_WORDS.values():
            role = f"{role} {words[k]}"  # "Sekda Kota Nama": the level without its region
            k += 1
        end = k
        set_off = k < len(words) and words[k] == ","
        k += set_off
        while k < len(words) and (honorific := match_head(words, k, lex.honorifics)):
            k += honorific
            set_off = True
        run = 0
        while k + run < len(words) and names[k + run] and k + run not in ent_at:
            run += 1
        name = words[k : k + run]
        if not run or self._spells_region(name):
            return None
        if not set_off and (run < 2 or all(map(regular_derivation, name))):
            return None  # "Bupati Cup", "Bupati Terbaik Nasional": no name
        return Title(end, prefixed(lex, words, i, role), None, bare=True)

    def _spells_region(self, run: list[str]) -> bool:
        """True when the first words of ``run`` name a province, regency or city, alone, with
        its kind ("Sumba Timur", "Kabupaten Sumba Timur") or by a fused short form ("Busel"):
        a region the gazetteer did not tag."""
        if self._fused is None:
            regions = [
                (e.canonical, e.aliases)
                for e in self.kb.entries
                if e.label == "LOC" and e.kind in REGION_KINDS
            ]
            self._fused = any_region_forms(regions)
        if run[0] in self._fused or run[0].capitalize() in self._fused:
            return True
        for n in range(1, min(len(run), _REGION_WORDS) + 1):
            name = " ".join(run[:n])
            for written in (name, *(f"{kind} {name}" for kind in KIND_WORDS.values())):
                entry = self.kb.lookup(written)
                if entry is not None and entry.label == "LOC" and entry.kind in REGION_KINDS:
                    return True
        return False
