"""Where a person's name written after a title or a rank begins and ends.

- the name after a title: honorifics and ranks skipped (also misspelt: "Bringjen",
  ``rank_spelling.py``), running over particles ("Ahmad bin Sulaiman"), initials ("S.N") and
  words abbreviated with a dot ("Abd. Hakim") and ending before a degree ("SSTP", "MSi", "SH
  MH", "AMd. Im.": :mod:`pmk_extract.degrees`) or a place written with its kind or head ("Kota
  Makassar", "Jalan Sudirman"), in capitals written as names are ("IPTU BUDI
  HARSONO": Budi Harsono, "I GUSTI AYU ..."); whom it names is decided by
  :mod:`~pmk_extract.components.name_holders`;
- a name of two words or more in capitals right after a rank with no title ("AKP BUDI
  SANTOSO").

Known people's names written anywhere and their later short mentions are found by
:class:`~pmk_extract.components.known_names.KnownNames`; both are read by
:class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

import datetime as dt

import regex
from spacy.tokens import Doc, Span

from ..dates.lexicon import lexicon as date_lexicon
from ..degrees import degree_run
from ..lexicons import Lexicons, first_words, government_forms, match_head
from ..name_shapes import (
    INITIALS,
    abbreviated_at,
    capitals_dot_at,
    date_words,
    day_after_name,
    ends_name,
    field_noun,
    in_capitals,
    in_customary_title,
    is_particle,
    lower_name_word,
    name_case,
    name_limit,
    nickname_at,
    opener_ends,
    opens_sentence,
    reduplicated_at,
    subject_ends,
    written_name,
)
from ..people import People
from ..regions import KIND_WORDS, PLACE_PREFIXES
from ..stemming import verb_form
from ..wordcache import word_cache
from .body_forms import own_body_end
from .command_places import OFFICE_NUMBERS, numbers_office
from .holder_rules import HolderRules, Mention
from .name_fits import has_common_word, is_initial
from .name_holders import NameHolders
from .post_terms import term_end
from .rank_spelling import RankSpelling
from .title_parts import Title

_MAX_NAME = 5
# the kinds of region a place's name opens with: no person's name opens so
_REGION_KIND_WORDS = frozenset(KIND_WORDS.values())
# the words that open a region's or a district's name written with its kind ("Kota Surabaya",
# "Kecamatan Cibinong", "Kab. Bogor"): a place after a holder's name, never a word of it
_PLACE_KIND_WORDS = frozenset(p.split()[0] for p in PLACE_PREFIXES) | {"Kab.", "Prov.", "Kec."}
_DESIGNATION = regex.compile(r"\d+|[IVX]+[A-C]?")  # "Regional 2", "Kelas III", "Kelas IIA"


@word_cache(maxsize=50_000)
def prefixed_verb(word: str) -> bool:
    """A word in lower case that is a root word with a verb's prefix ("mengatakan",
    "memberikan", "berharap", "dilantik"): a predicate goes on after a subject."""
    return word.islower() and verb_form(word)


def _cased(words: list[str], k: int) -> list[str]:
    """``words[k]`` and the word after it, those in capitals written as in title case (a
    headline in capitals read as one in title case: "NAMA NAMA RESMIKAN JEMBATAN")."""
    return [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words[k : k + 2]]


class NameReader:
    """Find the names of persons in a document (token offsets, see the module docstring)."""

    def __init__(self, people: People, lex: Lexicons, rules: HolderRules) -> None:
        self.people = people
        self.lex = lex
        self.rules = rules
        self.holders = NameHolders(people, rules)
        self.rank_spelling = RankSpelling(lex, people.name_words())
        # the words of known people's names in capitals: in a name written in capitals, such a
        # word is a name word, not a degree its letters spell ("MANIK", "SAKTI", "SANI")
        self.name_words = frozenset(w.upper() for w in people.name_words())
        # the words of known people's names as names are written ("Hasan", "Rahman", "Jamal")
        self.given_words = frozenset(
            w for w in people.name_words() if w[:1].isupper() and w[1:].islower()
        )

    def headline_caps(self, doc: Doc, mention: Mention) -> bool:
        """True when an unknown name after a title in capitals is in capitals too: the
        words of a headline, not a name ("KAPOLDA JATENG TINJAU POS"); a known person's name
        is a name ("GUBERNUR JAWA TIMUR KHOFIFAH INDAR PARAWANSA")."""
        text = doc[mention.start : mention.end].text
        return text.isupper() and mention.canonical not in self.people.names

    def rank_at(self, words: list[str], k: int, ranked: bool) -> int:
        """Length of the honorific, degree or rank at ``k``; after a rank, the corps or force
        it names ("Marsekal Pertama TNI", "Kompol Pol", "LETKOL INF") is part of it
        (guidelines, ``lexicons/ranks.tsv``). A run of spaces between title, ranks and name
        is skipped ("Kombes Pol  Artanto")."""
        if k < len(words) and words[k].isspace() and "\n" not in words[k]:
            return 1
        if size := self.lex.rank_at(words, k, ranked):
            return size
        if ranked and self._after_rank(words, k):
            # a person bears one rank: after it and its corps, a word one letter off a rank
            # is the name's ("Kolonel Laut (P) Laksmana Nama" is no "Laksamana")
            fixed = self.rank_spelling.rank_word(words[k]) if k < len(words) else None
            if fixed is None or (words[k - 1], fixed) not in self.lex.ranks:
                return 0  # "Brigadir Jendral": the second word of the rank, misspelt
        # "Bringjen TNI", "MAyjen": a misspelt rank (rank_spelling.py)
        return self.rank_spelling.rank_at(words, k, ranked)

    def _after_rank(self, words: list[str], k: int) -> bool:
        """True when a rank, with its corps marks, ends right before ``words[k]``."""
        j = k
        while size := next(
            (n for n in (3, 2, 1) if j >= n and tuple(words[j - n : j]) in self.lex.rank_marks), 0
        ):
            j -= size  # "Letkol Inf", "Kolonel Laut (P)"
        return any(j >= n and tuple(words[j - n : j]) in self.lex.ranks for n in (1, 2, 3))

    def _opens_headline(self, words: list[str], k: int) -> bool:
        """True when ``words[k]``, right after a title, opens a headline's predicate: a listed
        or -kan verb, a verb with a prefix, or a root word with -i ("Kunjungi") that is no name:
        not a known name word with a name's Arabic -i ("Jamali": Jamal), nor a word that
        the sentence goes on after as after a subject ("Masyhuri mengatakan", "Masyhuri SKM":
        :func:`~pmk_extract.name_shapes.subject_ends`); in capitals as in title case ("KETUA
        DPRD BUKA RAPAT": a headline in capitals)."""
        word = words[k].capitalize() if words[k].isupper() else words[k]
        if self.lex.verb_after_name(word) or self.lex.prefixed_verb(word):
            return True
        named = word[:-1] in self.given_words or subject_ends(words, k + 1)
        return self.lex.headline_verb(word) and not named

    def _ranked_at(self, words: list[str], k: int) -> bool:
        """True when a rank, with its marks and the honorifics and degrees after it, ends right
        before ``words[k]`` ("AKP | Bustani", "AKP Dr. | Bustani")."""
        while not self._after_rank(words, k):
            size = next(
                (
                    n
                    for n in (3, 2, 1)
                    if k >= n and match_head(words, k - n, self.lex.honorifics) == n
                ),
                0,
            )
            if not size:
                return False
            k -= size
        return True

    @staticmethod
    def _particle_at(
        doc: Doc, words: list[str], names: list[bool], k: int, capitals: bool = False
    ) -> int:
        """Length of the particles at ``k`` that a name word follows, with a hyphen glued to
        both ("bin Sulaiman", "van der Berg", "al-Hadi"); in capitals inside a name in
        capitals ("AHMAD BIN SULAIMAN"): 0 when there is none."""
        j = k
        while j < len(words) and j - k < 2 and is_particle(words[j], capitals):
            j += 1
        glued = j + 1 < len(words) and not doc[j - 1].whitespace_ and not doc[j].whitespace_
        if j < len(words) and words[j] == "-" and glued:
            j += 1  # "al-Hadi"
        return j - k if k < j < len(words) and names[j] else 0

    def ranked_capitals(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        found: list[Mention],
    ) -> list[Mention]:
        """Names of two words or more in capitals right after a rank with no title before it
        ("AKP BUDI SANTOSO", "LETKOL INF DWI HARTANTO"), each a person with no role: the
        press writes officers' name lines so. Not a place named after an officer, where a
        capitalised word inside the sentence stands before the rank ("Bandara JENDERAL AHMAD
        YANI", "JL. LETJEN S. PARMAN"), nor a headline's verb ("AKBP BUDI TINJAU POS")."""
        firsts = first_words(self.lex.ranks)
        starts = [i for i, word in enumerate(words) if word in firsts]
        if not starts:
            return []
        taken = {k for m in found for k in range(m.start, m.end)}
        dates = date_lexicon()
        out: list[Mention] = []
        after = 0
        for i in starts:
            if i < after or i in taken or not match_head(words, i, self.lex.ranks):
                continue
            if i and names[i - 1] and not opens_sentence(words, i - 1):
                continue  # "Bandara JENDERAL AHMAD YANI", "Jalan Letjen ...": a place's name
            k, ranked = i, False
            while size := self.rank_at(words, k, ranked):
                ranked, k = True, k + size
            end = k
            while end < len(words) and end - k < _MAX_NAME and in_capitals(words[end]):
                word = name_case(words[end])
                ent = ent_at.get(end)
                if not words[end].isalpha() or (ent is not None and ent.label_ != "LOC"):
                    break
                if self.lex.headline_verb(word) or word.lower() in dates.weekdays:
                    break
                end += 1
            if end - k < 2 or any(j in taken or j in ent_at for j in range(k, end)):
                continue
            text = name_case(doc[k:end].text)
            out.append(Mention(k, end, self.people.person(text) or text))
            after = end
        return out

    def apposed_name(self, words: list[str], mention: Mention) -> bool:
        """An unknown name set off by a comma after a title closes with ",", "." or a
        bracket, with a degree ("..., Nama Nama S.Sos memberikan ..."), or has two words or
        more and is followed by a word in lower case; one word that is a common word only
        right before a verb with its prefix ("..., Prihatin memberikan ...": the slot is
        closed); and it is not a day or a month ("..., kata Gubernur Kalsel, Jumat.").
        """
        dates = date_lexicon()
        lowered = [word.lower() for word in words[mention.start : mention.end]]
        if all(word in dates.weekdays or word in dates.months for word in lowered):
            return False  # "Agus Rahardjo" is a name, "Jumat" or "Agustus" alone is not
        if mention.end >= len(words):
            return False
        after = words[mention.end]
        if after in (",", ".", "(") or degree_run(words, mention.end):
            return True  # "..., Nama Nama (Nick)": a nickname or a caption's place in brackets
        if not (after.isalpha() and after.islower()):
            return False
        # "..., Muhamad Thaher Hanubun melantik ...": a name of two words or more before
        # the sentence goes on in lower case
        # one word only when it is no common word ("..., Suryamin memberikan ...") or the
        # sentence goes on with a prefixed verb ("..., Prihatin mengatakan ...")
        return (
            mention.end - mention.start > 1
            or not has_common_word(words[mention.start])
            or prefixed_verb(after)
        )

    # -- names after titles ---------------------------------------------------------------
    def name_after(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        start: int,
        title: Title,
        ent_at: dict[int, Span],
        day: dt.date | None,
        linked: bool = True,
    ) -> Mention | None:
        """The name written at ``start`` after ``title``, with the person it denotes (a known
        person's full name only when ``linked``); a word that continues the office's name or
        states its standing ("Cabang Kendal", "Regional 2", "Sementara": office_standing.txt)
        opens no name: the name after it and its number and place, if any, is the holder's;
        the post's term written before the name ("periode 2024-2028": post_terms.py) too."""
        start = term_end(words, start)
        # "Dirjen Minerba ESDM, Nama": the post's own body's short form, no name word
        start = own_body_end(doc, start, title.org)
        if start < len(words) and words[start] in _REGION_KIND_WORDS:
            return None  # "Kepala Perwakilan Ombudsman Provinsi X": a region, no name
        if numbers_office(words, start, ent_at):
            start += 1  # "Kakanwil DJP Jateng II | Nama": the number of the region's office
        # "Kanwil DJP Jawa Tengah I Pusat": the office's number before such a word
        at = start + (start + 1 < len(words) and bool(_DESIGNATION.fullmatch(words[start])))
        if at >= len(words) or not self._standing(words[at]):
            return self._slot_name(doc, words, names, start, title, ent_at, day, linked)
        whole = self._slot_name(doc, words, names, start, title, ent_at, day, linked)
        if whole is not None and self.people.person(doc[whole.start : whole.end].text):
            return whole  # a known holder's name that opens with such a word
        after = self._past_standing(words, at, ent_at)
        if after >= len(words) or not names[after] or self._standing(words[after]):
            return None
        return self._slot_name(doc, words, names, after, title, ent_at, day, linked)

    def _standing(self, word: str) -> bool:
        """A word of office_standing.txt, as listed, in lower case ("Bupati X terpilih") or in
        capitals ("KETUA DPRD X TERPILIH NAMA")."""
        listed = self.lex.standing_words
        return word in listed or (word.isalpha() and word.capitalize() in listed)

    def _past_standing(self, words: list[str], start: int, ent_at: dict[int, Span]) -> int:
        """The index after an office's standing word at ``start``, the number or class written
        after it ("2", "III", "IIA"), a place the recogniser tags ("Jawa Barat") and the
        holder's honorifics and rank."""
        k = start + 1
        if k < len(words) and _DESIGNATION.fullmatch(words[k]):
            k += 1
        place = ent_at.get(k)
        if place is not None and place.label_ == "LOC" and place.start == k:
            k = place.end
        if k < len(words) and words[k] == ",":
            k += 1
        ranked = False  # "Kapolres X Baru AKBP Nama": the holder's rank before the name
        while size := self.rank_at(words, k, ranked):
            ranked = ranked or not words[k].isspace()
            k += size
        return k

    def _slot_name(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        start: int,
        title: Title,
        ent_at: dict[int, Span],
        day: dt.date | None,
        linked: bool,
    ) -> Mention | None:
        """The name written at ``start`` after ``title`` (see :meth:`name_after`)."""
        if start < len(words) and in_customary_title(words, start):
            return None  # "Sekretaris X Nama Dt. [Marah Bangso]": a customary title's words
        if start < len(words) and words[start] in OFFICE_NUMBERS:
            return None  # "Kepala BWS Regional II Sumatera": no name opens with "II", "IV"
        if start < len(words) and words[start].islower():
            # "Gubernur Jawa Timur khofifah indar parawansa": in lower case only a holder's name
            return self.holders.lower_holder(words, start, title, day)
        if start < len(words) and (
            field_noun(words[start]) or match_head(words, start, self.lex.unit_heads)
        ):
            # "Kepala Badan Penyuluhan ... | Kelautan dan Perikanan", "Kepala Subdirektorat X
            # Asia Timur | Direktorat Y": the office's name goes on, no name opens there
            return None
        end = start
        capitals = start < len(words) and (
            in_capitals(words[start])
            or (words[start].isupper() and start + 1 < len(words) and in_capitals(words[start + 1]))
        )  # "I GUSTI AYU ...": a name in capitals that opens with a one-letter word
        limit = name_limit(words, start, _MAX_NAME)  # "I Gusti Ngurah Made Agung Wirawan"
        nickname: tuple[int, int] | None = None
        while end < len(words) and end - start < limit:
            if end > start and (size := self._particle_at(doc, words, names, end, capitals)):
                end += size  # "Ahmad bin Sulaiman", "AHMAD BIN SULAIMAN": the name goes on
                continue
            if size := abbreviated_at(words, names, end, not doc[end].whitespace_):
                end, limit = end + size, limit + size - 1  # "Abd. Hakim": one name word
                continue
            if (
                end > start
                and (size := capitals_dot_at(words, names, end, not doc[end].whitespace_))
                and not match_head(words, end, self.lex.honorifics)
                and not degree_run(words, end)
            ):
                end, limit = end + size, limit + size - 1  # "Rochady HS. Wibawa": initials
                continue
            glued = end + 2 < len(doc) and not (doc[end].whitespace_ or doc[end + 1].whitespace_)
            if end > start and glued and reduplicated_at(words, end + 1):
                end, limit = end + 3, limit + 2  # "Perangin-angin", "Karo-karo": one name word
                continue
            if end > start and not nickname and (size := nickname_at(words, names, end)):
                nickname = (end, end + size)  # 'FX Hadi "Rudy" Rudyatmo': not the name's
                end, limit = end + size, limit + size
                continue
            ent = ent_at.get(end)
            if (
                ent is not None
                and ent.label_ == "PERSON"
                and ent.start == end > start
                and opener_ends(words, end - 1)
                and ent.end - start <= limit
            ):
                end = ent.end  # "La Ode [Budi Santoso]": the recogniser left the opener out
                break
            if ent is not None and (ent.label_ != "LOC" or ent.end - ent.start > 1):
                break
            if (
                end > start
                and degree_run(words, end)
                and not (capitals and words[end] in self.name_words)
            ):
                break  # "Putra ST", "Nama SH MH", "Nama AMd. Im."; not "SEHAT MANIK"
            if end > start and self._place_after(words, names, end):
                break  # "Nama Nama Kota Surabaya", "Nama Nama Jalan Sudirman": a place follows
            if self.lex.clause_word(words[end]):
                break  # "Kepala Dinas X Dalam Sambutannya", "Sekda X Saat Ditemui": no name
            if end > start and day_after_name(words, end):
                break  # "Nama Nama Senin (3/7)": the day of the statement, no name word
            if (
                end > start
                and names[end - 1]
                and lower_name_word(words[end])
                and words[end].capitalize() not in self.lex.headline_verbs  # "sidak", "kunker"
            ):
                end += 1  # "dr. Anita susanti": the last word written without its capital
                break
            if not (names[end] or INITIALS.match(words[end])):
                break  # a name's initials go on: "Dedi S.N Simanjorang", "Hendra Wahyu P.S"
            if match_head(words[end : end + 2], 0, self.lex.title_heads):
                break
            if end > start and self.lex.verb_ends_name(_cased(words, end), 0):
                break  # "Ketua Umum Golkar Agung Laksono Berikan Bantuan": a headline
            if end > start and INITIALS.match(words[end]) and self._name_at(words, names, end + 1):
                end += 1  # initials with the name going on after them: "Budi S.T. Hutagalung"
                continue
            if (
                end > start
                and match_head(words, end, self.lex.honorifics)
                and not self._mark_in_name(words, names, end)
            ):
                break  # a degree after the name: "Endro Aribowo SIK", "Jumaga Nadeak SH"
            if end > start and not capitals and ends_name(words[end]):
                break  # "Abdul Hakam SSTP", "Abdul Hakam MSi": a degree, not the name
            end += 1
        if end == start:
            return None
        if is_initial(words[end - 1]) and (
            end - start < 2 or (end < len(words) and (names[end] or end in ent_at))
        ):
            # "Juliari P. | Batubara": a name going on past its initial is read whole or not;
            # a name closed by its initial is one ("Sri Wahyuni S. mengatakan")
            return None
        if date_words(words[start:end]):
            return None  # "Kapolsek X Selasa", "Camat X Juni Lalu": a day or a month, no name
        if all(k in ent_at for k in range(start, end)):
            return None  # only a place: "Rektor Universitas Gadjah Mada Yogyakarta hadir"
        if any(" ".join(words[start : start + n]) in self.people.titles for n in (1, 2, 3)):
            return None  # another title: "Ketua KPK, Jaksa Agung, Kapolri"
        if words[start] in self.people.office_words:
            return None  # "kantor Bupati Halmahera Utara, Menteri Yohana ...": another office
        if words[start] in government_forms():
            return None  # "Kepala Bappeda Pemprov setempat, Nama": an institution, no name
        if self._opens_headline(words, start) and not self._ranked_at(words, start):
            # "Bupati Musi Rawas Serahkan Bantuan", "... Meninjau Lokasi": a headline; after a
            # rank only a name is written ("AKP Bustani", not the verb "bustani")
            return None
        if match_head(words, start, self.lex.name_heads) or match_head(
            words, start, self.lex.place_heads
        ):
            # "rumah dinas Wali Kota Padang, Jalan A. Yani": a street, a school;
            # "Bhabinkamtibmas Kelurahan Tebet Barat Aipda X": a village, then the name
            return None
        if end < len(words) and words[end].isdigit():
            return None  # "Turnamen Bupati Lingga Tahun 2023": a year or a number, no name
        text = doc[start:end].text
        if nickname is not None:
            text = f"{doc[start : nickname[0]].text} {doc[nickname[1] : end].text}"
        # "IPTU BUDI HARSONO", "ABD. Rahman", "Anita susanti": the name as names are written
        text = name_case(text) if in_capitals(text) else written_name(text)
        return self.holders.mention(words, start, end, text, title, day, linked)

    def _place_after(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when a place's name written with its kind or head opens at ``words[k]``: a
        region's or a district's kind ("Kota", "Kabupaten", "Kecamatan"), a village's, a
        venue's or a street's head ("Desa", "Kelurahan", "Jalan", "Stadion": place_heads.tsv,
        name_heads.txt), then a capitalised word, the place's name."""
        size = (
            int(words[k] in _PLACE_KIND_WORDS)
            or match_head(words, k, self.lex.place_heads)
            or match_head(words, k, self.lex.name_heads)
        )
        return bool(size) and k + size < len(words) and names[k + size]

    def _mark_in_name(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when ``words[k]``, after a name word, is a corps mark a rank would take
        ("Tek", "Kes": ranks.tsv) written as a name word, between name words ("Go Tek Hwa") or
        as the name's last word ("Oey Bun Tek mengatakan", "Oey Bun Tek, SE"): a mark is a
        rank's only right after the rank."""
        word = words[k]
        if not ((word,) in self.lex.rank_marks and word.isalpha() and word[1:].islower()):
            return False
        if k + 1 >= len(words) or not names[k + 1] or degree_run(words, k + 1):
            return k > 0 and names[k - 1] and not self._after_rank(words, k)
        return words[k + 1][1:].islower()

    def _name_at(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when ``words[k]`` may go on a name: a capitalised word that is no title, no
        honorific and no degree."""
        return (
            k < len(words)
            and names[k]
            and not match_head(words, k, self.lex.honorifics)
            and not match_head(words[k : k + 2], 0, self.lex.title_heads)
            and not degree_run(words, k)
        )
