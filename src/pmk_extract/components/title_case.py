"""Titles and unit names written in lower case or in capitals, read as the lexicons write them.

The press writes a title and the unit it heads in lower case inside a sentence ("kata kepala
dinas pendidikan Kabupaten Demak Haris Wahyudi"), with lower-case inner words ("Kepala bidang
(Kabid) Humas Polda X") or in capitals on a name line ("KEPALA DINAS KESEHATAN KOTA SEMARANG
Abdul Hakam", "KADIS DP3A Kota Semarang Nama"). A run of such words is read in the lexicons'
case when it

- opens with a title head (``titles.tsv``, or a fused title of ``abbreviations.tsv`` such as
  "Kadis"), in any case;
- goes on only with a unit head (``org_units.tsv``) and the words of the unit's field, a short
  form in brackets ("(Kabid)") or "dan";
- ends where a place or an organisation begins ("Kabupaten Demak", "Polda X"), or, for a
  fused command title, where an officer's rank begins ("kasat lantas AKP Nama"); and
- is followed by a name written in title case within a few words, or by a known holder's name
  in capitals ("GUBERNUR JAWA TIMUR KHOFIFAH INDAR PARAWANSA"; so a headline in capitals,
  "BUPATI DEMAK RESMIKAN PASAR", is left alone).

The units component finds these runs once per document (:meth:`TitleCase.fixes`) and keeps
them on the Doc; the title reader reads the same words (:func:`case_fixes`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from ..dates.lexicon import lexicon as date_lexicon
from ..doctable import keep_words, kept_words
from ..lexicons import Lexicons, match_head
from ..name_shapes import ROMAN_NUMERALS, name_case, opener_ends, opens_balinese_name
from ..stemming import regular_derivation, root_words
from ..unit_kinds import CONTEXT_REGION, DEPARTMENTS
from .capital_names import capitals_name
from .commands import DESIGNATION
from .parliament_orgs import Parliaments
from .parliament_posts import ParliamentPosts
from .title_parts import clause_opens, post_grades

_KEY = "pmk_extract.title_case"
_CONNECTORS = frozenset({"dan", "DAN"})
_APPOSITION = frozenset({",", "selaku"})  # between a name and its post written after it
_MAX_RUN = 9  # words from the title's first word to the place or organisation
_NAME_WITHIN = 6  # tokens after the place or organisation in which a name must begin
_ONE_NAME_LETTERS = 4  # letters of a name of one word after a post in lower case ("Amir")
_OPENING_NAME = 4  # words of a name opening a clause before its post ("Nama Lengkap ketua ...")
_MONTH_WRITTEN = 5  # letters from which a month's name is written out ("Maret", "Agustus")
_MIN_COMMAND = 5  # letters of a fused command title that opens a run ("kapolsek", not "dan")
_MIN_ACRONYM = 3  # letters of a unit head's acronym read in another case ("Dprd": DPRD)
_MIN_SHORT_FORM = 5  # letters of a short form in title case read from capitals ("DINKES")
# numbers written in capitals stay as written ("KOMISI IV")
_ROMAN = frozenset(ROMAN_NUMERALS)
# posts of a village or a district, whose area's name follows them ("lurah Sukajadi Nama Nama")
_AREA_TARGETS = frozenset({"village", "district"})
# the targets of a regional post's title (``titles.tsv``): the document gives its region
_REGIONAL_TARGETS = frozenset({"province", "regency", "city", "region", "district"})


def _one_name(words: list[str], k: int) -> bool:
    """True when the word at token ``k`` may be a name of one word closing a clause ("kata
    sekda Sunardi kepada wartawan", "bersama camat Sutisna."): title case of four letters or
    more, no word of the dictionary nor a regular derivation of one, a lower-case word or a
    comma or full stop after it; whether it is a holder's name is the title reader's to say
    (``mononyms.py``: only where the document gives the post its region)."""
    word = words[k]
    after = words[k + 1] if k + 1 < len(words) else "."
    return (
        len(word) >= _ONE_NAME_LETTERS
        and word.isalpha()
        and _title_cased(word)
        and word.lower() not in root_words()
        and not regular_derivation(word)
        and (after.islower() or after in (",", "."))
    )


def _title_cased(word: str) -> bool:
    """A word written with a capital and then lower case ("Kombes", "Artanto")."""
    return word[:1].isupper() and word[1:].islower()


class TitleCase:
    """Find title and unit words written in another case than the lexicons'.

    A parliament's bodies ("Fraksi PKS DPR", ``parliaments.py``) are built after these runs
    are found: their first words end a run as a unit head does ("ketua Fraksi PPP DPR Nama"),
    and the party and constituency the press writes between a parliament and a member's name
    ("anggota DPR dari Fraksi PPP Nama") are skipped to find the name.
    """

    def __init__(
        self,
        lex: Lexicons,
        parliaments: Parliaments,
        posts: ParliamentPosts,
        known: Collection[str] = frozenset(),
        fields: Collection[str] = frozenset(),
    ) -> None:
        self.lex = lex
        self.known = known  # holders' names and aliases: a name line in capitals names one
        self.fields = fields  # words of offices' names ("Kesehatan"): a field in lower case
        self.name_words = frozenset(w for name in known for w in name.split(" "))
        self.posts = posts
        self.bodies = parliaments.firsts
        self.numbered = parliaments.words.inner_bodies  # "Komisi A", "Komite I"
        # the words of a member's fraction, party and constituency written between his
        # parliament and his name ("Fraksi", "Partai", "dari", "Dapil"), in lower case
        words = parliaments.words
        self.asides = frozenset(
            w.lower() for w in (*words.fractions, *words.party_words, *words.froms)
        ) | frozenset(w.lower() for key in words.constituencies for w in key)
        forms: dict[str, str] = {}  # lower case -> the lexicons' form
        for table in (lex.title_heads, lex.unit_heads):
            for key in table:
                for word in key:
                    if word[:1].isupper() and word.isalpha():
                        forms.setdefault(word.lower(), word)
        # fused titles written as one word: "Kadis" (Kepala Dinas), "Kabid" (Kepala Bidang)
        self.fused = frozenset(
            short
            for short, full in lex.abbreviations.items()
            if short.isalpha() and _title_cased(short) and (full.split(" ")[0],) in lex.title_heads
        )
        # and "Ka" fused with an office's short form ("kadinkes": Kadinkes)
        self.fused |= lex.fused_heads
        for short in self.fused:
            forms.setdefault(short.lower(), short)
        # fused command titles ("kapolsek", "kasat reskrim", "danramil"), read before their
        # place, unit or number; the short words ("Dan", "Ka") open no run
        commands = [key for key in lex.command_titles if not any(w.isupper() for w in key)]
        for key in commands:
            for word in key:
                if word.isalpha():
                    forms.setdefault(word.lower(), word)
        self.forms = forms
        # a command unit's short form ("lanud", "polres", "kodim": command_units.tsv) written in
        # lower case after a title written out ("Komandan lanud X", "Kepala polres X")
        self.command_units = {
            key[0].lower(): key[0]
            for key in lex.command_units
            if len(key) == 1 and key[0].isalpha() and _title_cased(key[0])
        }
        # regional offices' short forms in lower case ("setdako": Setdako, "dinkes": Dinkes)
        self.short_offices = {
            short.lower(): short
            for short in lex.abbreviations
            if short.isalpha()
            and short[1:].islower()
            and lex.unit_heads.get((short,)) in DEPARTMENTS
        }
        # unit heads the lexicons write as acronyms ("DPRD", "BPBD"), by their lower case
        self.acronyms = {
            key[0].lower(): key[0]
            for key in lex.unit_heads
            if len(key) == 1
            and len(key[0]) >= _MIN_ACRONYM
            and key[0].isalpha()
            and key[0].isupper()
        }
        self.openers = frozenset(
            word.lower() for word in ({key[0] for key in lex.title_heads} | self.fused)
        ) | frozenset(key[0].lower() for key in commands if len(key[0]) >= _MIN_COMMAND)

    def fixes(
        self, words: list[str], lower: list[str], covered: list[Span | None]
    ) -> dict[int, str]:
        """Positions of words to read in another case and the word each is read as
        (``lower``: the words in lower case, from the document's token table)."""
        out = self._short_offices(words, covered) | self._acronyms(words, covered)
        out |= self._short_forms_in_capitals(words)
        # "KADINKES", "KASATPOL": a fused title in capitals over an office's short form
        fused = [k for k, w in enumerate(words) if w[:2] == "KA" and self._fused_caps(words, k)]
        if self.openers.isdisjoint(lower) and not fused:
            return out
        after = 0
        starts = sorted({k for k, word in enumerate(lower) if word in self.openers} | set(fused))
        for i in starts:
            if i < after or covered[i] is not None:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if (
                _title_cased(words[i])
                and (not nxt.islower() or covered[i + 1] is not None)
                and not self._lower_field(words, covered, i)
            ):
                continue  # as the lexicons write it ("Kepala Dinas ...", "Kepala BNPB")
            found = self._run(words, covered, i) or self._bare_post(words, covered, i)
            if found:
                out.update(found)
                after = max(found) + 1
        return out

    def _short_offices(self, words: list[str], covered: list[Span | None]) -> dict[int, str]:
        """A regional office's short form written in lower case right before the place it is
        named after ("setdako Banda Aceh", "dinkes Kabupaten X"): read as the lexicons write
        it. Only a short form (``abbreviations.tsv``) of a regional office's head
        (``org_units.tsv``), never a common word ("dinas"), and only before a tagged place."""
        out: dict[int, str] = {}
        for k, word in enumerate(words[:-1]):
            if word not in self.short_offices or not word.islower() or covered[k] is not None:
                continue
            place = covered[k + 1]
            if place is not None and place.start == k + 1 and place.label_ == "LOC":
                out[k] = self.short_offices[word]
        return out

    def _short_forms_in_capitals(self, words: list[str]) -> dict[int, str]:
        """A short form the lexicons write in title case ("Kominfo", "Dinkes", "Disdik":
        ``abbreviations.tsv``) written in capitals right after a title's or a unit's word in
        any case ("Kepala Dinas KOMINFO", "KEPALA DINKES"): read as the lexicons write it, the
        field of the regional office ("Dinas KOMINFO" is no ministry)."""
        out: dict[int, str] = {}
        for k in range(1, len(words)):
            word = words[k]
            form = word.capitalize()
            if not (word.isupper() and word.isalpha() and len(word) >= _MIN_SHORT_FORM):
                continue
            if word in self.lex.abbreviations or form not in self.lex.abbreviations:
                continue
            if words[k - 1].lower() in self.forms:
                out[k] = form
        return out

    def _acronyms(self, words: list[str], covered: list[Span | None]) -> dict[int, str]:
        """A unit head the lexicons write as an acronym, written in title case or with a
        lower-case tail right before the place it is named after ("Ketua Dprd Kabupaten X",
        "Komisi I DPRd Jabar", "Kepala Bpbd Kota X"): read as the lexicons write it. Only
        before a tagged place; in lower case it is read with the title before it (``_run``)."""
        out: dict[int, str] = {}
        for k, word in enumerate(words[:-1]):
            form = self.acronyms.get(word.lower())
            if form is None or word == form or word.islower() or covered[k] is not None:
                continue
            place = covered[k + 1]
            if place is not None and place.start == k + 1 and place.label_ == "LOC":
                out[k] = form
        return out

    def _fused_caps(self, words: list[str], k: int) -> bool:
        """True when ``words[k]`` in capitals is "Ka" fused with an office's short form
        ("KADINKES" as "Kadinkes", "KASATPOL PP" as "Kasatpol PP")."""
        word = words[k]
        if len(word) < 5 or not word.isupper() or not word.isalpha():
            return False
        seq = [word.capitalize(), *(self.forms.get(w.lower(), w) for w in words[k + 1 : k + 3])]
        return self.lex.fused_unit(seq, 0) is not None

    def _run(self, words: list[str], covered: list[Span | None], i: int) -> dict[int, str]:
        n = len(words)
        fixed: dict[int, str] = {}
        j = i
        area = False
        command_unit = False
        while j < n and j - i < _MAX_RUN and covered[j] is None:
            word = words[j]
            if j > i and word.islower() and word in self.command_units:
                fixed[j] = self.command_units[word]  # "Komandan lanud X": the unit's name after it
                command_unit = True
                j += 1
                break
            if j > i and self._area_name(words, [fixed.get(k, words[k]) for k in range(i, j)], j):
                area = True  # "kades Sukabakti Nama Nama": the village's name, then the holder's
                break
            if (
                j > i
                and not word.islower()
                and self._unit_at(words, j)
                and not self._lower_field(words, covered, j - 1)
            ):
                break  # an office's short form as the lexicons write it: "KADIS DP3A"
            if j > i and match_head(words, j, self.lex.ranks):
                break  # an officer's rank: "kasat lantas AKP Nama"
            if word == "(" and j + 2 < n and words[j + 2] == ")":
                j += 3  # a short form in brackets: "Kepala bidang (Kabid) Humas"
                continue
            if word in _CONNECTORS and j > i:
                fixed[j] = word.lower()
                j += 1
                continue
            if not word.isalpha():
                break
            if word.islower() or (word.isupper() and len(word) > 1):
                if word.isupper() and (word in self.lex.abbreviations or word in _ROMAN):
                    j += 1  # an acronym or a number ("KOMISI IV") stays as written
                    continue
                fixed[j] = self.forms.get(word.lower(), word.capitalize())
            elif (
                len(word) == 1
                and word.isupper()
                and fixed.get(j - 1, words[j - 1]) in self.numbered
            ):
                pass  # a commission's letter ("komisi A DPRD Jatim") stays as written
            elif not _title_cased(word):
                break
            j += 1
        if j >= n or words[j - 1] in _CONNECTORS:
            return {}
        ent = covered[j]
        if area:
            after = j + 1
        elif ent is not None and ent.start == j:
            after = self.posts.after_body(words, covered, ent)
            place = covered[after] if after < n else None
            if ent.label_ == "ORG" and place is not None and place.start == after:
                after = int(place.end)  # "KANWIL KEMENAG PROVINSI ACEH": the office's region
            if after + 2 < n and words[after] == "(" and words[after + 2] == ")":
                after += 3  # "Kabupaten Pulang Pisau (Pulpis) Nama": the place's short form
        elif ent is None and (
            command_unit
            or self._unit_at(words, j)
            or (DESIGNATION.fullmatch(words[j]) and self._command(words, fixed, i, j))
        ):
            # the unit's name is built later: a name after its place; "danramil 0801-01/X"
            after = j + 1
            while (
                after < n
                and after - j < _NAME_WITHIN
                and (covered[after] is not None or not self._name_at(words, after))
            ):
                after += 1
        elif ent is None and self._command(words, fixed, i, j) and self._ranked_name(words, j):
            after = j  # a fused command title, then a rank and a name: "kasat lantas AKP Nama"
        elif words[j] in (",", ".") and self._name_before(words, i):
            after = j  # "kata Nama, anggota Komisi C.": the post closes the apposition
        else:
            return {}
        if not any(fixed[k] != words[k] for k in fixed):
            return {}
        read = [fixed.get(k, words[k]) for k in range(i, j)]
        if not self._title_then_unit(read):
            return {}
        if not self._name_at(words, after) and not self._name_before(words, i):
            return {}  # no name follows: a headline or a sentence about the office
        skipped = any(words[k].lower() in self.asides for k in range(j, after))
        if skipped and words[after].isupper() and not self._known_capitals(words, after):
            return {}  # "WAKIL KETUA DPRD X FRAKSI PKB NAMA": no name line past a party
        if ent is not None and ent.start == j and ent.label_ == "LOC" and words[i].isupper():
            # "BUPATI SLEMAN": the place in capitals read as names are, so that the title
            # reads as the office's title written in lower case would ("Bupati Sleman")
            fixed.update({k: name_case(words[k]) for k in range(j, ent.end) if words[k].isupper()})
        return {k: w for k, w in fixed.items() if w != words[k]}

    def _bare_post(self, words: list[str], covered: list[Span | None], i: int) -> dict[int, str]:
        """A regional post written in lower case or in capitals with its region left out, right
        before a name of two words or more in title case ("kata sekda Nama Nama", "ujar kepala
        dinas kesehatan Nama Nama", "kata kadis PUPR Nama Nama", "ketua DPRD Nama Nama",
        "KEPALA DINAS KESEHATAN Nama Nama"; acronyms and numbers as written), or, in capitals,
        right before a name line in capitals ("KEPALA DINAS KESEHATAN NAMA NAMA": the post ends
        where it is a regional post and a name in capitals follows, ``capital_names.py``): read
        in the lexicons' case, the region left to the document (``doc_regions.py``). Only a
        regional head's, secretary's or district head's title (``titles.tsv`` targets) or a
        title over a regional office or council."""
        n = len(words)
        fixed: dict[int, str] = {}
        capitals = words[i].isupper()  # "KEPALA DINAS KESEHATAN Nama Nama"
        named = False  # the name after the post is in capitals too
        j = i
        while j < n and j - i < _MAX_RUN and covered[j] is None and words[j].isalpha():
            word = words[j]
            if capitals and j > i and self._name_line(words, j):
                read = [fixed.get(k, words[k]) for k in range(i, j)]
                if self._regional_post(read) and all(map(self._post_word, read[1:])):
                    named = True
                    break
            if word in _CONNECTORS and j > i:
                fixed[j] = word.lower()
            elif word.islower() or (capitals and word.isupper() and not self._kept_capitals(word)):
                fixed[j] = self.forms.get(word.lower(), word.capitalize())
            elif not (j > i and word.isupper() and len(word) > 1):
                break  # an acronym or a number stays as written ("kadis PUPR", "asisten II")
            j += 1
        if named:
            return fixed
        if capitals and j + 1 < n and words[j] == "," and self._name_line(words, j + 1):
            read = [fixed.get(k, words[k]) for k in range(i, j)]  # "KEPALA BAPPEDA, NAMA"
            ok = j > i and self._regional_post(read) and all(map(self._post_word, read[1:]))
            return fixed if ok else {}
        if j == i or j + 1 >= n or words[j - 1] in _CONNECTORS or covered[j] is not None:
            return {}
        if not (_title_cased(words[j + 1]) and self._name_at(words, j)) and not _one_name(words, j):
            return {}
        read = [fixed.get(k, words[k]) for k in range(i, j)]
        return fixed if self._regional_post(read) else {}

    def _name_line(self, words: list[str], j: int) -> bool:
        """True when a name line in capitals begins at ``words[j]`` after a post in capitals
        (:func:`capitals_name`) whose first word is no derived word of the language, nor a
        root word unless known people's names have it ("SRI", "BUDI"; not "KESEHATAN",
        "PANGAN": the post's field goes on)."""
        word = words[j]
        if not (word.isupper() and capitals_name(self.lex, words, j)):
            return False
        return not regular_derivation(word) or word.capitalize() in self.name_words

    def _post_word(self, word: str) -> bool:
        """True when ``word`` (in the lexicons' case) may be a word of a post in capitals
        before a name in capitals: a title's or a unit's word, a short form, a connector or a
        derived word of the language ("Kesehatan", "Pendidikan"; not a root word, which
        may open the name: "Sri")."""
        if word in self.forms.values() or word.isupper() or word in _CONNECTORS:
            return True
        return regular_derivation(word) and word.lower() not in root_words()

    def _kept_capitals(self, word: str) -> bool:
        """True when ``word``, in a post written in capitals, stays as written: a short form
        the lexicons write in capitals ("DPRD", "PUPR") or a number ("II")."""
        return word in self.lex.abbreviations or word in _ROMAN or word.lower() in self.acronyms

    def _regional_post(self, read: list[str]) -> bool:
        """True when ``read`` (in the lexicons' case) is a regional post whose region a
        document gives: a regional head's, secretary's or district head's title, or a title
        fused with or over a regional office or council ("Kadinkes", "Kepala Dinas X")."""
        size = match_head(read, 0, self.lex.title_heads)
        if size == len(read) and self.lex.title_heads[tuple(read)][1] in _REGIONAL_TARGETS:
            return True
        unit = self.lex.fused_unit(read, 0)
        if unit is not None:
            return self.lex.unit_kind(unit) in CONTEXT_REGION
        if not size or not self._title_then_unit(read):
            return False
        head = match_head(read, size, self.lex.unit_heads)
        return bool(head) and self.lex.unit_heads.get(tuple(read[size : size + head])) in (
            CONTEXT_REGION
        )

    @staticmethod
    def _name_before(words: list[str], i: int) -> bool:
        """True when a name in title case, set off by a comma or "selaku", ends right before
        the run at ``i`` ("Nama, anggota DPRD Kabupaten X, mengatakan", "Nama selaku kepala
        dinas pendidikan Kabupaten X": the holder named first), or a
        name of two words or more in title case opens the clause right before it ("Nama
        Lengkap ketua Fraksi PKS DPRD X mengatakan")."""
        weekdays = date_lexicon().weekdays
        if i >= 2 and words[i - 1] in _APPOSITION and _title_cased(words[i - 2]):
            return words[i - 2].lower() not in weekdays
        start = i
        while start and _title_cased(words[start - 1]) and i - start < _OPENING_NAME:
            start -= 1
        return (
            i - start > 1
            and clause_opens(words, start)
            and not any(w.lower() in weekdays for w in words[start:i])
        )

    def _area_name(self, words: list[str], read: list[str], j: int) -> bool:
        """True when ``read`` (a run in the lexicons' case) is the post of a village or a
        district (``titles.tsv`` target "village" or "district": "Lurah", "Kepala Desa",
        "Kades", "Camat") and ``words[j]`` in title case is its area's name, with a name of
        two words in title case or a Balinese name after it ("lurah Sukajadi Ahmad Fauzi",
        "camat Sukajadi I Made Sudana"); not a word that opens
        a name ("lurah Andi Mansyur Rahman": "Andi" is the name's, "Lurah" has no area)."""
        full = self.lex.abbreviations.get(read[0], "") if len(read) == 1 else ""
        key = tuple(full.split(" ")) if full else tuple(read)
        head = self.lex.title_heads.get(key)
        if head is None or head[1] not in _AREA_TARGETS:
            return False
        if not _title_cased(words[j]) or opener_ends(words, j):
            return False
        if j + 2 >= len(words) or not self._name_at(words, j + 1):
            return False
        return opens_balinese_name(words, j + 1) or (
            _title_cased(words[j + 1]) and _title_cased(words[j + 2])
        )

    def _command(self, words: list[str], fixed: dict[int, str], i: int, j: int) -> bool:
        """True when the run from ``i`` to ``j`` reads as a fused command title."""
        return tuple(fixed.get(k, words[k]) for k in range(i, j)) in self.lex.command_titles

    def _ranked_name(self, words: list[str], j: int) -> bool:
        """True when an officer's rank begins at ``words[j]`` and a name in title case
        follows it ("AKP Ritian", "Kompol Budi")."""
        size = match_head(words, j, self.lex.ranks)
        return bool(size) and self._name_at(words, j + size)

    def _lower_field(self, words: list[str], covered: list[Span | None], i: int) -> bool:
        """True when the title at ``i`` and the unit head after it are written as the lexicons
        write them and the unit's field goes on in lower case ("Kepala Dinas kesehatan
        Kabupaten X", "Kepala Bidang bina marga Dinas PUPR X"): the run is read from the
        title. Every lower-case word is a word of an office's name (``fields``) and a place
        or an organisation closes them (``_run`` then wants a name after it)."""
        j = i + 1
        if j >= len(words) or covered[j] is not None or not _title_cased(words[j]):
            return False
        if not match_head(words, j, self.lex.unit_heads):
            return False
        lower = False
        while j < len(words) and j - i < _MAX_RUN and covered[j] is None and words[j] != ",":
            word = words[j]
            if word.islower() and word not in _CONNECTORS:
                if word.capitalize() not in self.fields:
                    return False  # "Kepala Dinas Kesehatan mengatakan ...": a predicate
                lower = True
            elif word not in _CONNECTORS and not _title_cased(word):
                return False
            j += 1
        return lower and j < len(words) and covered[j] is not None

    def _unit_at(self, words: list[str], j: int) -> bool:
        """True when a unit's or a parliament body's name begins at ``words[j]``."""
        return bool(match_head(words, j, self.lex.unit_heads)) or words[j] in self.bodies

    def _name_at(self, words: list[str], k: int) -> bool:
        """True when a name in title case begins at token ``k``, after a comma, "RI", ranks and
        honorifics ("..., Kombes Pol Artanto"; not a day or a month: "..., Senin"), also a
        Balinese name opening with "I" ("I Nyoman Giri Prasta")."""
        dates = date_lexicon()
        limit = min(len(words), k + _NAME_WITHIN)
        capitals = k > 0 and words[k - 1].isupper()  # the post written in capitals
        while k < limit and (words[k] in (",", "RI") or words[k].isspace()):
            k += 1
        while k < limit and (size := match_head(words, k, self.lex.honorifics)):
            k += size
        if k < len(words) and self._known_capitals(words, k):
            return True  # "GUBERNUR JAWA TIMUR KHOFIFAH INDAR PARAWANSA": a holder's name
        if k < len(words) and capitals and capitals_name(self.lex, words, k):
            return True  # "KETUA DPRD KOTA X HARYANTO": a name line in capitals
        if k + 1 < len(words) and words[k] == "I" and _title_cased(words[k + 1]):
            return True  # a Balinese man's name opens with "I": "I Made Budiarta"
        if k >= len(words) or not (words[k][:1].isupper() and words[k][1:2].islower()):
            return False  # "Eisti'anah", "Abdul"
        lowered = words[k].lower()
        if lowered in dates.weekdays:
            return False
        # a month's short form is also a name ("Agus", "Mei"): a month only beside a number
        # ("17 Agus 2022") or written out ("Agustus", "Januari")
        dated = any(0 <= j < len(words) and words[j][:1].isdigit() for j in (k - 1, k + 1))
        return lowered not in dates.months or (len(lowered) < _MONTH_WRITTEN and not dated)

    def _known_capitals(self, words: list[str], k: int) -> bool:
        """True when words in capitals from ``k`` on write a known holder's name or alias of
        two words or more ("KUSTINI SRI PURNOMO"): the name line of a title in capitals,
        not the words of a headline ("BUPATI SLEMAN TINJAU PASAR")."""
        run: list[str] = []
        while k + len(run) < len(words) and len(run) < _NAME_WITHIN:
            word = words[k + len(run)]
            if not word.isupper() or not word.isalpha():  # "I WAYAN KOSTER"
                break
            run.append(word)
        return any(name_case(" ".join(run[:m])) in self.known for m in range(len(run), 1, -1))

    def _title_then_unit(self, read: list[str]) -> bool:
        """True when ``read`` (the run in the lexicons' case) is a title head, then nothing or
        a unit head and its field ("Kepala Dinas Pendidikan", "Kepala Bidang (Kabid)",
        "Bupati", "Kadis")."""
        if read[0] in self.fused or self.lex.fused_unit(read, 0) is not None:
            return True
        if tuple(read) in self.lex.command_titles:
            return True  # "kapolsek", "kasat reskrim"
        size = match_head(read, 0, self.lex.title_heads)
        if not size:
            return False
        k = size
        if k + 2 < len(read) and read[k] == "(" and read[k + 2] == ")":
            k += 3
        while k < len(read) and read[k].lower() in post_grades():
            k += 1  # a functional post's grade: "penyidik senior KPK"
        if k == len(read) or match_head(read, k, self.lex.unit_heads):
            return True
        if k + 1 == len(read) and (read[k],) in self.lex.command_units:
            return True  # "Komandan Lanud", "Kepala Polres": the unit's name is read after it
        # "Kepala Biro Pemerintahan": the title's last word is the unit's head
        return bool(match_head(read, size - 1, self.lex.unit_heads, 1))


def keep_fixes(doc: Doc, fixes: dict[int, str]) -> None:
    """Keep the case fixes of ``doc`` for the title reader."""
    keep_words(doc, _KEY, fixes)


def case_fixes(doc: Doc) -> dict[int, str]:
    """The case fixes the units component found in ``doc`` (none when it did not run)."""
    return kept_words(doc, _KEY)
