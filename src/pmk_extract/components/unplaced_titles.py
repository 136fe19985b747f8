"""A generic title and its field with no organisation in reach: the field's words, where
they end and the name after them begins (a comma, a rank or an honorific: "Dirjen Bimas Islam,
Nama", "Kabid Pencegahan Kombes Pol Nama"; after a sub-unit head's title, the words' shape:
"Kepala Seksi Kesehatan Keluarga dan Gizi Nama Nama"); the role is the title and its field,
the organisation stays unknown.

Read by :class:`~pmk_extract.components.generic_titles.GenericTitles`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, match_head
from ..resources import read_lines
from ..stemming import adjective_form, regular_derivation, root_words, stem_word
from .ministry_posts import MinistryPosts
from .secretariat_posts import field_openers, secretariat_words
from .short_forms import ShortForms
from .title_parts import Title, listed_name, name_part, prefixed

_MAX_FIELD = 6  # words of a title's field written with no organisation after it
_MAX_NAMED = 4  # words of a name read after such a field with no comma
_FIELD_JOINS = frozenset({"dan", "serta"})  # lower-case words joining a field's words
_NOT = "Tidak"  # an adjective's negation in a field ("Penyakit Tidak Menular")


class UnplacedTitles:
    """Read a generic title's field where no organisation follows it."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons, posts: MinistryPosts) -> None:
        self.lex = lex
        self.posts = posts
        self.short_forms = ShortForms(kb, lex)
        self.subunit_heads = frozenset(read_lines("lexicons/subunit_heads.txt"))

    def title(
        self,
        doc: Doc,
        words: list[str],
        names: list[bool],
        i: int,
        head: str,
        after: int,
        k: int,
        ent_at: dict[int, Span],
    ) -> Title | None:
        """A generic title and its field with no organisation in reach, set off from the name
        after it by a comma, a rank or an honorific ("Dirjen Bimas Islam, Nama", "Kabid
        Pencegahan Kombes Pol Nama", "Kepala Bidang Pelayanan dr. Nama"), or, after the title
        of a sub-unit's head (``subunit_heads.txt``), with no comma where the field's words
        end and the name's begin (:meth:`_field_end`: "Kepala Seksi Kesehatan Keluarga dan
        Gizi Nama Nama"; also when the comma sets off only degrees: "Kepala Bidang X Nama
        Nama, SE"): the role is the title and its field; the
        organisation is not written, so it stays unknown. The field is one to six capitalised
        words (``k``: where they end), no headline verb."""
        end = -1
        listed = False  # a list of fields a "Bidang" opens, its commas the field's
        for p in range(after + 1, min(k, after + _MAX_FIELD) + 1):
            if p == len(words):
                break
            if words[p] == "," or (
                self.lex.rank_at(words, p, False) and not self.posts.in_field(words, p)
            ):
                end = p
                break
        if end >= 0 and words[end] == "," and self._degrees_only(words, names, end + 1):
            # "Kepala Bidang X Nama Nama, SE hadir": the comma sets off a degree, not the
            # name; the field and the name run up to it
            end, k = -1, end
        shaped = end < 0 and head in self.subunit_heads  # no comma: the words' shape ends it
        if shaped:
            end = self._field_end(words, names, after, k)
        elif end < 0 and tuple(head.split(" ")) not in secretariat_words().get("post", ()):
            # "Rektor UNIPA Nama Nama": a body's own short form ends the post (a regional
            # secretary's numbered assistant, "Asisten II Nama", is the secretariat's post)
            end = self.short_forms.holder_after(
                words, names, ent_at, after, k, self.posts.field_word
            )
            shaped = end >= 0
        elif words[end] == ",":
            j = end + 1  # "Kepala Bidang Pencegahan, Kedaruratan dan Logistik": a list of fields
            while j < len(words) and j not in ent_at and name_part(words[j], False):
                if words[j] in _FIELD_JOINS:
                    closed = self._listed_field_end(words, ent_at, head, after, j)
                    if closed is None:
                        return None
                    end, listed = closed, True  # "Staf Ahli Bidang Pemerintahan, Hukum dan
                    break  # Politik, Nama"
                j += 1
        if end < 0 or words[end - 1] in (",", "dan"):
            return None
        field = words[after:end]
        if any((word == "," and not listed) or self._verb(word) for word in field):
            return None  # "Kepala Desa Tinjau Lokasi, Nama": a headline
        # "dan" joins the words of a field a "Bidang" opens ("Staf Ahli Bidang Hukum dan
        # Politik, Nama", "Kepala Bidang Pencegahan dan Kesiapsiagaan, Nama") or a field's
        # noun after it ("Kepala Seksi Pencegahan dan Kesiapsiagaan, Nama"); elsewhere it may
        # join two posts ("Direktur Utama dan Komisaris, Nama")
        opened = bool(field_openers() & {*head.split(" "), *field})
        if not shaped and any(
            word[:1].islower() and not self._field_join(field, n, opened)
            for n, word in enumerate(field)
        ):
            return None  # "Menteri Koordinator bidang X, Nama": the field is a longer title's
        if any(q in ent_at for q in range(after, end)):
            return None
        role = f"{head} {self.lex.expand(doc[after:end].text)}"
        return Title(end, prefixed(self.lex, words, i, role), None)

    def _field_join(self, field: list[str], n: int, opened: bool) -> bool:
        """True when ``field[n]`` is "dan" or "serta" joining the field's words: in a field a
        "Bidang" opens, or before a noun of a field ("dan Kebudayaan"), not another post."""
        if field[n] not in _FIELD_JOINS:
            return False
        return opened or (n + 1 < len(field) and self.posts.field_noun(field[n + 1]))

    def _listed_field_end(
        self, words: list[str], ent_at: dict[int, Span], head: str, after: int, j: int
    ) -> int | None:
        """The comma that closes a list of fields a "Bidang" opens, its last two joined by
        the "dan" at token ``j`` ("Staf Ahli Bidang Pemerintahan, Hukum dan Politik, Nama"),
        when a name follows it; else None (where the list ends is not written)."""
        if not field_openers() & {*head.split(" "), *words[after:j]}:
            return None
        k = j + 1
        while k < len(words) and k not in ent_at and words[k][:1].isupper():
            k += 1
        if k == j + 1 or k >= len(words) or words[k] != ",":
            return None
        return k if listed_name(self.lex, words, k + 1, ent_at) else None

    def _degrees_only(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when degrees or honorifics begin at token ``k`` and no name follows them
        ("Nama, SE, M.Si hadir"): the comma before them ends a name, no field."""
        j = k
        while j < len(words) and (size := match_head(words, j, self.lex.honorifics)):
            j += size + int(j + size < len(words) and words[j + size] == ",")
        return j > k and not (j < len(words) and names[j])

    def _field_end(self, words: list[str], names: list[bool], after: int, k: int) -> int:
        """Where a field written with no comma ends and the name after it begins, in the
        capitalised words ``words[after:k]`` ("Kepala Bidang Pengembangan Sumber Daya Manusia
        Nama Nama"): right after the run's last word of offices' names, noun of a field
        (pe-/ke- and -an) or short form in capitals, when one to four name words follow it
        (one only after a noun of a field), the first not :meth:`_field_like` ("Penyakit
        Menular Nama": "Menular" may be the field's), none a field's word or in capitals;
        else -1 (no name: a wrong name is worse than none)."""
        known = [
            j
            for j in range(after, k)
            if self.posts.field_word(words[j]) or (words[j].isupper() and len(words[j]) > 1)
        ]
        if not known:
            return -1
        f = known[-1] + 1
        while f < k - 1 and (size := self._field_adjective(words, f)):
            f += size  # "Penyakit (Tidak) Menular", "Limbah Berbahaya": the field's adjective
        if not 0 < f - after <= _MAX_FIELD or not 0 < k - f <= _MAX_NAMED:
            return -1
        if k - f < 2 and not self.posts.field_noun(words[f - 1]):
            return -1
        if self._field_like(words[f]) or words[f - 1] in (",", "dan"):
            return -1
        if not all(names[j] and not words[j].isupper() for j in range(f, k)):
            return -1
        return f

    @staticmethod
    def _field_adjective(words: list[str], f: int) -> int:
        """The words of a field's adjective at token ``f`` (0: none): one made with me-, ber-
        or ter- from a root of the root-word dictionary, as a field's noun takes one
        ("Penyakit Menular", "Bahan Berbahaya", "Pelayanan Terpadu", "Daerah Tertinggal"),
        also negated ("Penyakit Tidak Menular"); not a name ("Menik", "Bernadus") nor a root
        word itself ("Melati", "Teguh")."""
        size = 2 if words[f] == _NOT and f + 1 < len(words) else 1
        word = words[f + size - 1]
        capitalised = word[:1].isupper() and word[1:2].islower()  # as a field's words are
        return size if capitalised and adjective_form(word) else 0

    def _field_like(self, word: str) -> bool:
        """True for a word that may still be a field's: a short form of one
        (``abbreviations.tsv``), a word of the root-word dictionary or one derived from a root
        of four letters or more ("Rujukan", "Menular"; not the names "Hadi", "Dadan")."""
        if word in self.lex.abbreviations or word.lower() in root_words():
            return True
        return regular_derivation(word) and len(stem_word(word)) >= 4

    def _verb(self, word: str) -> bool:
        """A headline verb ("Tinjau", "Serahkan"); not a noun made with pe-/ke- and -an
        ("Penindakan", "Kesiapsiagaan")."""
        return self.lex.headline_verb(word) and not word.startswith(("Pe", "Ke"))
