"""Regional posts written without their region before a name ("Sekda Nama", "Wakil Bupati
Nama", "Plt. Sekda, Nama", "Sekda Kota Nama"): the press leaves the region out when the story
named it before.

The post is read as a role without its region, the shape of the region-bearing role less
the region ("Sekretaris Daerah", "Wakil Bupati", "Penjabat Bupati", "Sekretaris Daerah
Kota"), with no organisation: the mention alone does not establish the region, and a wrong
region is worse than none. A known person after such a title keeps the office the knowledge
base gives them (``class_holders.py`` reads the bare title against the holders).

A post before a body a region follows, written with the region left out ("Ketua DPRD Nama",
"Ketua Komisi A DPRD Nama", "Ketua Fraksi PDI Perjuangan DPRD Nama", "Asisten II Setda Nama",
"Kabag Humas Setda Nama", "Sekretaris DPRD Nama": ``lexicons/regionless_bodies.txt``), and
the parliament's secretary by the press's word for him ("Sekwan Nama"), are read the same
way: the role is the post and the body written out ("Ketua Komisi A Dewan Perwakilan Rakyat
Daerah"), the capitalised words after the body are the name, not a region.

The evidence asked, since a capitalised phrase after a title is not always a name: the
title's target in ``lexicons/titles.tsv`` is a province, regency, city or any region (or
the post ends in a body of ``regionless_bodies.txt``); nothing the gazetteer tagged begins
the name; its words do not spell a region the knowledge base knows (also a fused short form
two regions give: "Busel"), nor open with an acronym before words not in capitals ("Ketua
DPRD KK Nama": a region's short form?) nor, unless set off, hold a word in capitals of two
letters or more ("Kadis Kesehatan Dalduk KB": the office's field goes on in a short form); and
the name is set off by a comma or an honorific,
or has two words or more of which one at least is no word of the dictionary, as a root or a
regular derivation ("Bupati Cup", "Bupati Terbaik Nasional": no person; "Bupati Hendra
Kusuma": a name).

Used by :class:`~pmk_extract.components.titles.TitleReader` where neither the text after the
title nor the document (``doc_regions.py``) names the region.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import REGION_KINDS, KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..office_chains import chain_office
from ..people import default_people
from ..region_short import any_region_forms
from ..regions import KIND_WORDS
from ..resources import read_lines
from ..stemming import regular_derivation, root_words, stem_word
from ..unit_kinds import PLACED, PROVINCIAL, REGIONAL_SHORT, TITLED_IN_PLACE
from .capital_names import capitals_name
from .class_holders import class_of
from .mononyms import Mononyms
from .parliament_posts import member_tail
from .parliaments import parliament_words
from .secretariat_posts import capital_field, secretariat_words
from .title_parts import Title, prefixed, skip_bracket

_LEVELS = frozenset({*KIND_WORDS, "region"})  # the targets of a regional post's title
_REGION_WORDS = 3  # words a region's name may have ("Kepulauan Bangka Belitung")
_POST_WORDS = 6  # words of a post between its title and its body ("Ketua Fraksi PDI Perjuangan")
_POST_JOINS = frozenset({"dan", "&"})  # words a post's field may hold besides names
_ROOT_LETTERS = 4  # a derived word's root of this length or more is a word ("Menular")
_OFFICE_FIELD = 5  # words of a regional office's field after "Kadis" ("Pariwisata dan Kebudayaan")
_SECRETARIAT = "Sekretariat Daerah"  # the body a secretary's assistant serves in
_FIELD_WORDS = 8  # words of an assistant's field ("Bidang Pemerintahan dan Kesejahteraan Rakyat")


class BarePosts:
    """Read a regional post written without its region (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self._fused: frozenset[str] | None = None  # regions' fused short forms, when asked
        self._openers: frozenset[str] | None = None  # words names open with, when asked
        # a parliament's bodies by their short forms ("Banggar": Badan Anggaran), the words
        # naming its secretary ("Sekwan") and the head of its canonical (parliaments.tsv)
        council = parliament_words()
        self.council_bodies = council.bodies
        self.secretaries = council.council_secretaries
        self.secretary = f"Sekretaris {council.council_head}"
        bodies = [tuple(line.split()) for line in read_lines("lexicons/regionless_bodies.txt")]
        self.bodies = sorted(set(bodies), key=len, reverse=True)
        # a secretary's assistants, their numbers and the secretary's titles ("Asisten", "II",
        # "Sekda": secretariat_posts.tsv)
        secretariat = secretariat_words()
        self.assistants = secretariat.get("post", frozenset())
        self.numbers = secretariat.get("number", frozenset())
        self.secretary_titles = secretariat.get("secretary", frozenset())
        self.assistant_fields = secretariat.get("field", frozenset())
        self.field_words = secretariat.get("field_word", frozenset()) | self.assistant_fields
        self.sections = secretariat.get("section", frozenset())  # "Kabag", "Kepala Biro"
        self.section_fields = secretariat.get("section_field", frozenset())  # "Prokopim"
        # the regional offices' names their short forms spell ("Dinas Kesehatan": "Dinkes")
        self.offices = frozenset(
            lex.abbreviations[head[0]]
            for head, kind in lex.unit_heads.items()
            if kind == REGIONAL_SHORT and len(head) == 1 and head[0] in lex.abbreviations
        )

    def title(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        size: int,
        one_word: Mononyms | None = None,
    ) -> Title | None:
        """The regional post of ``size`` words at token ``i`` written with no region before a
        name, or None; with ``one_word``, also before a name of one word by its form (see
        :meth:`name_follows`)."""
        lex = self.lex
        for n in (2, 1):  # "Sekwan Nama": the regional parliament's secretary
            if tuple(words[i : i + n]) in self.secretaries and self.name_follows(
                words, names, ent_at, i + n, one_word=one_word
            ):
                return Title(i + n, prefixed(lex, words, i, self.secretary), None, bare=True)
        target = lex.title_heads[tuple(words[i : i + size])][1]
        numbered = self._numbered_assistant(words, names, ent_at, i, size, one_word)
        if numbered is not None:
            return numbered
        section = self._section_head(words, names, ent_at, i, size, one_word)
        if section is not None:
            return section
        if target not in _LEVELS:
            return self._body_post(words, names, ent_at, i, size, one_word)
        written = " ".join(words[i : i + size])
        role = class_of(written) or lex.expand(written)  # "Walikota": Wali Kota
        k = skip_bracket(words, i + size)  # "Sekretaris Daerah (Sekda) Nama"
        if target == "region" and k < len(words) and words[k] in KIND_WORDS.values():
            role = f"{role} {words[k]}"  # "Sekda Kota Nama": the level without its region
            k += 1
        if not self.name_follows(words, names, ent_at, k, one_word=one_word):
            return None
        return Title(k, prefixed(lex, words, i, role), None, bare=True)

    def _numbered_assistant(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        size: int,
        one_word: Mononyms | None = None,
    ) -> Title | None:
        """A regional secretary's assistant written by number before a name, with neither the
        secretariat nor the region ("Asisten II Nama", "Asda III Nama", "Asisten I Sekda
        Nama": the assistant, not the secretary): the number ends the post, the name follows
        unless a field does; the role is the secretariat's post, with no organisation."""
        k = i + size
        if tuple(words[i:k]) not in self.assistants:
            return None
        numbered = tuple(words[k : k + 1]) in self.numbers
        k += numbered
        post = words[i:k]
        k += next((n for n in (2, 1) if tuple(words[k : k + n]) in self.secretary_titles), 0)
        end = self._assistant_field(words, k)
        if not numbered and end == k:
            return None  # "Asisten Pelatih Nama": no secretariat's number or field
        if (
            end is None
            or end in ent_at
            or not self.name_follows(words, names, ent_at, end, one_word=one_word)
        ):
            return None
        post += capital_field(words[k:end])  # "Asisten I Sekda Bidang X": not the secretary
        role = f"{self.lex.expand(' '.join(post))} {_SECRETARIAT}"
        return Title(end, prefixed(self.lex, words, i, role), None, bare=True)

    def _section_head(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        size: int,
        one_word: Mononyms | None = None,
    ) -> Title | None:
        """The head of a section or bureau of a regional secretariat written with a field
        only a secretariat's sections bear and neither the secretariat nor the region
        ("Kabag Prokopim Nama", "Kepala Bagian Tata Pemerintahan, Nama": kind
        ``section_field`` of ``secretariat_posts.tsv``): the field ends the post and the name
        follows; the role is the secretariat's section, with no organisation."""
        k = i + size
        if tuple(words[i:k]) not in self.sections:
            return None
        n = next(
            (
                n
                for n in range(_FIELD_WORDS, 0, -1)
                if tuple(words[k : k + n]) in self.section_fields
            ),
            0,
        )
        if not n or not self.name_follows(words, names, ent_at, k + n, one_word=one_word):
            return None
        post = (
            f"{self.lex.expand(' '.join(words[i:k]))} {self.lex.expand(' '.join(words[k : k + n]))}"
        )
        return Title(k + n, prefixed(self.lex, words, i, f"{post} {_SECRETARIAT}"), None, bare=True)

    def _assistant_field(self, words: list[str], k: int) -> int | None:
        """Where the assistant's field that begins at token ``k`` ends: ``k`` when none
        does, the end of its words of ``secretariat_posts.tsv`` ("Bidang", "Administrasi
        Umum", "Pemerintahan dan Kesra", their short forms: "Ekbang") when one does, None
        when a word of no assistant's field goes on in it ("Asisten I Bidang Pelatihan
        Nama": where does the field end?)."""
        field = capital_field(words[k : k + _FIELD_WORDS])
        if not field or not self._field_word(field[0], self.assistant_fields):
            return k
        n = 1
        while n < len(field) and self._field_word(field[n], self.field_words):
            n += 1
        while n > 1 and field[n - 1] in _POST_JOINS:
            n -= 1  # "Asisten Pemerintahan dan | Nama" ends before the join
        if n < len(field) and field[n][:1].islower() and field[n] not in (",",):
            return None
        if field[n - 1] == "Bidang":
            return None  # "Asisten I Bidang Nama": the field is not written
        return k + n

    def _field_word(self, word: str, kinds: frozenset[tuple[str, ...]]) -> bool:
        """True when ``word`` is a word of ``kinds`` or the short form of words that open
        with one ("Ekbang": Ekonomi dan Pembangunan; "Kesra")."""
        if (word,) in kinds:
            return True
        written = self.lex.abbreviations.get(word, "")
        return bool(written) and (written.split(" ")[0],) in kinds

    def fused_office(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        one_word: Mononyms | None = None,
    ) -> Title | None:
        """A regional office's post fused with the office's short form ("Kadinkes Nama",
        "Kasatpol PP Nama", "Sekdis Kesehatan": ``abbreviations.tsv``) or with its head and
        then the office's field ("Kadis Kesehatan Nama", "Kadis DPMD Nama", "Kaban Kesbangpol
        Nama": the field a regional office's short form spells) written with no region
        before a name: the post's role without the region, no organisation."""
        unit = self.lex.fused_unit(words, i)
        kind = self.lex.unit_kind(unit) if unit is not None else None
        if unit is None or kind not in TITLED_IN_PLACE | {PLACED} or kind == PROVINCIAL:
            return None
        k = i + len(unit)
        office = self.lex.expand(" ".join(unit))
        post = office.split(" ")[0]
        if (post,) in self.lex.title_heads:
            office = office.removeprefix(post + " ")
        else:
            post = "Kepala"  # "Kadinkes": "Ka" fused with the office's short form
        if len(office.split(" ")) < 2 or kind == PLACED:
            found = self._office_field(words, k, office)
            if found is None:
                return None  # "Kadis Nama", "Kaban Nama": which office?
            k, office = found
            if k < len(words) and self._field_goes_on(words[k]) and not self._opens_name(k, words):
                return None  # "Kadis Kesehatan Hewan Nama": the field goes on
        if k in ent_at or not self.name_follows(words, names, ent_at, k, one_word=one_word):
            return None
        return Title(k, prefixed(self.lex, words, i, f"{post} {office}"), None, bare=True)

    def _office_field(self, words: list[str], k: int, head: str) -> tuple[int, str] | None:
        """The regional office whose head ``head`` ("Dinas", "Badan") and field begin at token
        ``k``: the office's short form ("DPMD", "Kesbangpol"), a field's ("PUPR"), a chain of
        its fields' syllables ("Koperindag", "LH": office_chains.py) or its field's words
        ("Kesehatan", "Pariwisata dan Kebudayaan"), longest first; else None."""
        if k >= len(words):
            return None
        short = self.lex.abbreviations.get(words[k], "")
        for office in (short, f"{head} {short}"):
            if office in self.offices and office.startswith(head + " "):
                return k + 1, office
        # the office's own chain of its fields' syllables written apart from "Kadis"
        # ("Kadis Koperindag", "Kadis LH", "Kepala Dinas Perkim": office_chains.py)
        chained = chain_office(f"Dis{words[k].lower()}") if words[k].isalnum() else None
        if chained is not None and chained.startswith(head + " "):
            return k + 1, chained
        for n in range(min(_OFFICE_FIELD, len(words) - k), 0, -1):
            office = " ".join([head, *words[k : k + n]])
            if office in self.offices:
                return k + n, office
        return None

    def _field_goes_on(self, word: str) -> bool:
        """True when ``word`` after an office's field may still be the field's: a word of the
        root-word dictionary or derived from one ("Hewan", "Pertanahan"), a short form."""
        if word in self.lex.abbreviations or word.lower() in root_words():
            return True
        return regular_derivation(word) and len(stem_word(word)) >= _ROOT_LETTERS

    def _opens_name(self, k: int, words: list[str]) -> bool:
        """True when the word at token ``k``, after an office's field, opens a name rather
        than going on with the field: a word known people's names open with (the knowledge
        base's names: "Budi", "Agus", "Rudi", words of the dictionary too) that no office's
        name or field holds ("Anak", "Lalu": "Perlindungan Anak", "Lalu Lintas"), with a
        capitalised word after it ("Kadis Kesehatan Budi Santoso")."""
        if self._openers is None:
            fields = {w for written in self.lex.abbreviations.values() for w in written.split()}
            fields |= {w for office in self.offices for w in office.split()}
            names = default_people().names
            firsts = {name.split()[0] for name in names if " " in name}
            self._openers = frozenset(firsts - fields)
        after = words[k + 1] if k + 1 < len(words) else ""
        return words[k] in self._openers and after[:1].isupper()

    def instead(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], i: int, title: Title
    ) -> Title:
        """``title``, or the bare post at token ``i`` when ``title`` ends right before a body
        whose region is left out ("Ketua Fraksi PKS | DPRD Nama": the title's reader stopped
        before the body)."""
        if not any(tuple(words[title.end : title.end + len(b)]) == b for b in self.bodies):
            return title
        size = match_head(words, i, self.lex.title_heads)
        bare = self._body_post(words, names, ent_at, i, size) if size else None
        return bare if bare is not None else title

    def _body_post(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        size: int,
        one_word: Mononyms | None = None,
    ) -> Title | None:
        """A post written before a body a region follows, the region left out ("Ketua Komisi
        A DPRD Nama", "Asisten II Setda Nama"), or None."""
        parts = [self.lex.expand(" ".join(words[i : i + size]))]
        k = i + size
        while k < len(words) and k - i - size <= _POST_WORDS:
            body = next((b for b in self.bodies if tuple(words[k : k + len(b)]) == b), None)
            if body is not None:
                k += len(body)
                parts.append(self.lex.expand(" ".join(body)))
                break
            ent = ent_at.get(k)
            if ent is not None and ent.start == k and ent.label_ == "ORG":
                # a party's name in a fraction's ("Fraksi PDI Perjuangan DPRD"), a unit of the
                # body ("Kabag Humas Setda"): written out, the body's own words left to it
                found = self._body_in(words, k, int(ent.end))
                if found is None:
                    parts.append(str(ent._.canonical))
                    k = int(ent.end)
                    continue
                parts.append(self.lex.expand(" ".join(words[k:found])))
                k = found
                continue
            if ent is not None or not (names[k] or words[k] in _POST_JOINS):
                return None  # a place, a person, a lower-case word: no bare body here
            # "Ketua Banggar DPRD Nama": a body of the parliament by its short form
            parts.append(self.lex.expand(self.council_bodies.get((words[k],), words[k])))
            k += 1
        else:
            return None
        if k < len(words) and k in ent_at:
            return None  # "Ketua DPRD Kabupaten X": the region is written
        if k + 1 < len(words) and words[k] in KIND_WORDS.values() and k + 1 not in ent_at:
            parts.append(words[k])  # "Ketua DPRD Provinsi Nama": the level without its region
            k += 1
        k = member_tail(self.kb, words, ent_at, k)  # "Anggota DPRD Dapil III Nama"
        if not self.name_follows(words, names, ent_at, k, one_word=one_word):
            return None
        return Title(k, prefixed(self.lex, words, i, " ".join(parts)), None, bare=True)

    def _body_in(self, words: list[str], start: int, end: int) -> int | None:
        """The token where a body of ``bodies`` begins inside ``words[start:end]``, or None."""
        for k in range(start, end):
            if any(tuple(words[k : k + len(b)]) == b for b in self.bodies):
                return k
        return None

    def name_follows(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        k: int,
        placed: bool = False,
        one_word: Mononyms | None = None,
    ) -> bool:
        """True when a holder's name follows at token ``k`` (see the module docstring);
        ``placed``: the document gave the post its region, and a name of two words of the
        dictionary will do ("Camat Bayu Pamungkas"), one word still asks a comma or an
        honorific ("Turnamen Bupati Cup"); with ``one_word`` (the caller keeps the post only
        where the document gives its region: ``titles.py``), a name of one word by its form
        will do ("Kadis Kesehatan Sunardi mengatakan": ``mononyms.py``)."""
        if one_word is not None and one_word.at(words, names, ent_at, k):
            return True
        set_off = k < len(words) and words[k] == ","
        k += set_off
        while k < len(words) and (honorific := match_head(words, k, self.lex.honorifics)):
            k += honorific
            set_off = True
        run = 0
        while k + run < len(words) and names[k + run] and k + run not in ent_at:
            run += 1
        name = words[k : k + run]
        if not run or self._spells_region(name):
            return False
        if len(name[0]) > 1 and name[0].isupper() and not all(map(str.isupper, name)):
            return False  # "Ketua DPRD KK Nama": a short form (of a region?) opens no name
        capitals = all(map(str.isupper, name)) and capitals_name(self.lex, words, k)
        if not set_off and not capitals and any(len(w) > 1 and w.isupper() for w in name):
            return False  # "Kadis Kesehatan Dalduk KB": a short form ends the office's field;
            # a name line in capitals is a name ("Wakil Ketua DPRD NAMA NAMA")
        # "Bupati Cup", "Bupati Terbaik Nasional": no name
        return set_off or (run > 1 and (placed or not all(map(regular_derivation, name))))

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
