"""A post's field written after the post's organisation, then the name ("Deputi Setwapres
Bidang Administrasi Nama", "Anggota KPU RI Divisi Hukum, Nama", "Komisioner Komnas HAM Sub
Pemantauan, Nama", "Anggota KPU Koordinator Divisi Teknis, Nama"): the field belongs to the
role, never to the name.

The field opens with a word of ``lexicons/post_fields.tsv`` (kind ``opener``: Bidang, Divisi,
Sub, Urusan; a post of kind ``post`` may stand before it: Koordinator, Ketua) and runs over
capitalised words, "dan", "&" and commas. The name begins:

- at the first rank or honorific after the field's first word ("Bidang Administrasi Irjen
  Pol Nama"), not an honorific that goes on into a unit's name ("Haji Dalam Negeri");
- else after the run's last comma, when one to four name words follow it, no "dan" among
  them and no noun of a field first ("Divisi Hukum, Nama"; not "Bidang Pencegahan,
  Kedaruratan dan Logistik");
- else after the run's last word of offices' names (``ministry_posts.field_vocabulary``, or a
  noun made with pe-/ke- and -an), when two to four name words follow it (one after such a
  noun: "Bidang Politik dan Keamanan Nama", or one that is no root word of the language in
  title case: "Bidang Hukum dan Politik Haholongan"), none such a word,
  and the field does not end in "dan" or a comma ("Bidang Administrasi Nama"), and three or
  four of them do not open with a common word of the root-word dictionary (not "Bidang
  Pembinaan Generasi Muda dan Pekerja Seni Nama Nama": "Seni" may end the field).

When none of these tells where the name begins, the title takes in the whole run: no name is
read after it (a wrong name is worse than none).

Run by :class:`~pmk_extract.components.titles.TitleReader` on every title it found.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from ..lexicons import Lexicons
from ..name_shapes import opens_balinese_name
from ..resources import read_tsv
from ..stemming import root_words
from .ministry_posts import MinistryPosts
from .title_parts import Title

_CONNECTORS = frozenset({"dan", "&", ","})
_MAX_RUN = 14  # tokens of a field and the name after it
_MAX_NAME = 4  # words of a name read after a field


@cache
def field_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words opening a field and the posts written before one (``post_fields.tsv``)."""
    rows = read_tsv("lexicons/post_fields.tsv", 2)
    return (
        frozenset(word for word, kind in rows if kind == "opener"),
        frozenset(word for word, kind in rows if kind == "post"),
    )


class PostFields:
    """Extend titles over a field written after their organisation (see the module)."""

    def __init__(self, lex: Lexicons, posts: MinistryPosts) -> None:
        self.lex = lex
        self.posts = posts
        self.openers, self.field_posts = field_words()

    def extend(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        titles: dict[int, Title],
    ) -> None:
        """Extend each title of ``titles`` (by first token) followed by a field."""
        for start in sorted(titles):
            title = titles.get(start)
            if title is None:
                continue
            read = self.read(words, names, ent_at, title.end)
            if read is None:
                continue
            field_end, end = read
            for k in range(title.end, end):
                titles.pop(k, None)  # "Ketua" in "Anggota KPU Ketua Divisi X": not a title
            role = title.role
            if field_end > title.end:
                role = f"{role} {self.lex.expand(' '.join(words[title.end : field_end]))}"
            titles[start] = replace(title, end=end, role=role, office=None)

    def read(
        self, words: list[str], names: list[bool], ent_at: dict[int, Span], k: int
    ) -> tuple[int, int] | None:
        """For a field beginning at token ``k``: where it ends and where the title ends (the
        name's first token, or the run's end when where the name begins is unsure), or None
        when no field begins at ``k``."""
        opener = k + (k < len(words) and words[k] in self.field_posts)
        if opener >= len(words) or words[opener] not in self.openers:
            return None
        first = opener + 1
        unit = ent_at.get(opener)  # "Divisi Hukum" tagged as a unit of the organisation
        own = range(opener, unit.end if unit is not None and unit.start == opener else opener)
        if first >= len(words) or not names[first] or (first in ent_at and first not in own):
            return None  # "Bidang" alone, or before an organisation
        end = first + 1
        while end < len(words) and end - opener <= _MAX_RUN and (end not in ent_at or end in own):
            if opens_balinese_name(words, end) and words[end - 1] not in _CONNECTORS:
                return end, end  # "Bidang Sosial Kemasyarakatan | I Made Nama": a name opens
            if self.lex.rank_at(words, end, False) and not self.posts.in_field(words, end):
                stop = end - (words[end - 1] == ",")  # a comma is read before the rank
                if words[stop - 1] in _CONNECTORS:
                    return opener, self._run_end(words, names, ent_at, end)
                return stop, stop  # "Bidang Administrasi Irjen Pol Nama"
            if not (names[end] or words[end] in _CONNECTORS):
                break
            end += 1
        while end > first and words[end - 1] in _CONNECTORS:
            end -= 1
        commas = [j for j in range(first, end) if words[j] == ","]
        if commas:
            c = commas[-1]
            if self._set_off(words, names, c + 1, end) and words[c - 1] not in _CONNECTORS:
                return c, c  # "Divisi Hukum, Nama": the comma sets the name off
        known = [j for j in range(first, end) if self._field_word(words[j])]
        if known:
            f = known[-1] + 1
            # a longer run opening with a common word may still hold the field's last word
            # ("Pekerja Seni Nama Nama": is "Seni" a field's or a name's?)
            doubt = end - f > 2 and words[f].lower() in root_words()
            # one name word only after a noun of a field ("Bidang Politik dan Keamanan Nama")
            # or when it is no word of the language ("Bidang Hukum dan Politik Haholongan")
            least = 1 if self.posts.field_noun(words[f - 1]) or self._no_word(words[f]) else 2
            named = self._name_at(words, names, f, end, least)
            if named and not doubt and words[f - 1] not in _CONNECTORS:
                return f, f  # "Bidang Administrasi Nama"
        # unsure where the name begins: none is read
        return opener, self._run_end(words, names, ent_at, end)

    def _run_end(self, words: list[str], names: list[bool], ent_at: dict[int, Span], k: int) -> int:
        """The end of the capitalised words, connectors, ranks and honorifics from ``k``."""
        while k < len(words) and k not in ent_at:
            size = self.lex.rank_at(words, k, False)
            if not (size or names[k] or words[k] in _CONNECTORS):
                break
            k += size or 1
        while words[k - 1] in _CONNECTORS:
            k -= 1
        return k

    def _name_at(self, words: list[str], names: list[bool], k: int, end: int, least: int) -> bool:
        """True when ``words[k:end]`` are ``least`` to four name words, none a field's."""
        return least <= end - k <= _MAX_NAME and all(
            names[j] and not self._field_word(words[j]) for j in range(k, end)
        )

    def _set_off(self, words: list[str], names: list[bool], k: int, end: int) -> bool:
        """True when ``words[k:end]``, after a comma, are one to four name words, no
        connector among them and no noun of a field first ("Kedaruratan dan Logistik")."""
        return (
            1 <= end - k <= _MAX_NAME
            and all(names[j] and words[j] not in _CONNECTORS for j in range(k, end))
            and not self.posts.field_noun(words[k])
        )

    @staticmethod
    def _no_word(word: str) -> bool:
        """True for a word in title case that is no root word of the language ("Haholongan";
        not "Pembangunan", "Digital", nor a short form in capitals: "SDM")."""
        return word[1:].islower() and word.lower() not in root_words()

    def _field_word(self, word: str) -> bool:
        return word in _CONNECTORS or self.posts.field_word(word)
