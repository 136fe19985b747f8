"""Officials and offices of the law and justice hierarchy as the press writes them.

- a post written right before a court, a prosecution office or the bodies above them names
  the post and the body in full, and the top-level organisation: "Hakim PN Medan" (Hakim
  Pengadilan Negeri Medan, of the Mahkamah Agung), "Aspidsus Kejati Jawa Tengah", "Kasi
  Pidsus Kejari Bandung" (Kepala Seksi Tindak Pidana Khusus Kejaksaan Negeri Bandung, of the
  Kejaksaan Agung), "Hakim MK" (of the Mahkamah Konstitusi), "Ketua Kamar Pidana MA";
- a judge's post in a trial stands also with no court in reach: "Ketua Majelis Hakim Nama"
  and "Hakim Agung Nama" are judges of the Mahkamah Agung, "Hakim Konstitusi Nama" of the
  Mahkamah Konstitusi; the press writes these posts also in lower case inside a sentence
  ("didampingi hakim anggota Nama", "kata ketua majelis hakim Nama") and names the court by
  its place alone ("Ketua Majelis Hakim Jakarta Pusat, Nama");
- any other post is read in lower case, wholly or after its first word, only right before its
  body, its field then in any case ("kata kepala seksi intelijen Kejari X, Nama", "Panitera
  muda Hukum PA X, Nama");
- a section head or an assistant of a field only the prosecution has stands also with no
  office in reach ("Kasi Pidana Khusus, Nama", "Aspidsus Nama"): a prosecutor of the
  Kejaksaan Agung;
- the two members of a trial's bench are written as one post ("didampingi hakim anggota Nama
  dan Nama"): both are judges (``Title.shared``, read by the officials component);
- a post and its body may stand apart by "dari" or "pada", the official form of a post in an
  office ("Jaksa Penuntut Umum (JPU) dari Kejari X, Nama", "Kepala Seksi Tindak Pidana Khusus
  pada Kejaksaan Negeri X Nama": the prosecutor or section head of that office);
- a class is part of the name of a prison, an immigration office or a court ("Lapas Kelas
  IIA Cipinang"), in any written form of its grade ("Klas II A", "Kelas 1 A", "Kelas II-A"),
  named in full ("Kelas IIA", "Kelas IA"): read by ``office_classes`` for the bodies of
  ``command_units.tsv``;
- a post before the office's short form or name with no place after it ("Kasi Intel Kejari,
  Nama", "Hakim PN, Nama", "Kepala Kejari setempat, Nama", "Kajari, Nama") is an official of
  that office, of its top-level institution, wherever the office sits;
- the election bodies' branches ("KPU Kota Bekasi") are read by ``election_branches``;
- a body whose parent organisation changed on a date (``command_units.tsv``:
  "kemenkumham|kemenimipas") takes the one of the published date
  (:func:`~pmk_extract.components.justice_words.dated_parent`).

Words live in ``models/lexicons/justice.tsv``, read by
:mod:`~pmk_extract.components.justice_words`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..kb import KnowledgeBase
from ..lexicons import Lexicons, first_words, match_head
from .justice_words import JusticePost, dated_parent, justice_words
from .title_parts import Title

_MAX_BENCH = 4  # words of the longest judge's post ("Ketua Majelis Hakim Konstitusi")
_MAX_FIELD = 5  # capitalised words of a post's field before its body ("Tindak Pidana Khusus")


def _placeless(words: list[str], k: int) -> bool:
    """True when no place can begin at ``k``: the text ends, or a comma, a word in lower case
    ("setempat", a verb) or another mark follows, not a capitalised word, a number, a bracket,
    a slash or a hyphen."""
    after = words[k] if k < len(words) else ""
    return not (after[:1].isupper() or after[:1].isdigit() or after in ("(", "/", "-"))


_FIRSTS: dict[int, frozenset[str]] = {}


def _org_firsts(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the organisations' names the knowledge base holds ("Kejaksaan")."""
    found = _FIRSTS.get(id(kb))
    if found is None:
        found = _FIRSTS[id(kb)] = frozenset(
            form.split(" ")[0]
            for form, entries in kb.surfaces.items()
            if any(entry.label == "ORG" for entry in entries)
        )
    return found


def unit_office_titles(titles: dict[int, Title]) -> None:
    """Read a post written with its field before the short title of an office that also
    names its holder's unit (``unit_office``: "Direktur Penuntutan Jampidsus, Nama") as the
    post, of the office's organisation: the office's own title inside it, ending where the
    post ends, is dropped (the name is the director's, not the Jaksa Agung Muda's)."""
    units = justice_words().unit_offices
    for j, inner in list(titles.items()):
        if inner.office is None or inner.office.id not in units:
            continue
        outer = next(
            (i for i, t in titles.items() if i < j and t.end == inner.end and t.office is None),
            None,
        )
        if outer is not None:
            titles[outer] = replace(titles[outer], org=titles[outer].org or inner.org)
            del titles[j]


@dataclass(frozen=True, slots=True)
class JusticeTitle:
    """A post read by :class:`Justice`: where it ends, its role and its organisation."""

    end: int
    role: str
    org: str | None
    shared: bool = False  # a judge's post two people hold ("hakim anggota Nama dan Nama")


class Justice:
    """Posts before courts and prosecution offices and their holders' titles."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.kb = kb
        self.lex = lex
        self.words = justice_words()
        # a head's post fused with its office ("Kajari": Kepala + Kejari, command_titles.tsv)
        self.fused_heads = {
            key[0]: (role, unit)
            for key, (role, unit) in lex.command_titles.items()
            if len(key) == 1 and self._heads_office(role, unit)
        }
        self.firsts = (
            first_words(self.words.posts)
            | first_words(self.words.office_heads)
            | frozenset(self.fused_heads)
        )
        # the judges' posts as written in lower case ("hakim anggota": "Hakim Anggota")
        self.lower_bench = {
            tuple(w.lower() for w in key): key
            for key, post in self.words.posts.items()
            if post.kind == "bench"
        }
        # the other posts as written in lower case, or their later words so ("Panitera muda",
        # "juru bicara"): read only before their body
        self.lower_posts = {
            tuple(w.lower() for w in key): key
            for key, post in self.words.posts.items()
            if post.kind in ("post", "field_post")
        }
        self.lower_firsts = first_words(self.lower_bench) | first_words(self.lower_posts)

    # -- titles -----------------------------------------------------------------------
    def title(
        self,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
        i: int,
        day: dt.date | None,
    ) -> JusticeTitle | None:
        """The post at token ``i`` with the body after it, or a judge's post alone."""
        size = match_head(words, i, self.words.posts)
        key = tuple(words[i : i + size])
        post = self.words.posts[key] if size else None
        lower, bench = self._lower_bench(words, i)  # "hakim anggota", "Hakim ketua"
        if lower > size:
            size, post = lower, bench
        cased, written = self._lower_post(words, i)  # "Panitera muda", "juru bicara"
        lowered = cased > size
        if lowered:
            size, post = cased, written
        if i and self._in_name(words, names, i):
            return None  # "Abdul Hakim", "Lukman Hakim Saifuddin": a name
        head = self._office_head(words, i, day)
        if head is not None:  # "Kepala Kejari, Nama", "Kajari setempat, Nama"
            return head
        if post is None:
            return None
        k = i + size
        field: list[str] = []
        # the post (or its last words: "Pejabat [Humas") opens a unit of the body
        own = next((ent_at[q] for q in range(i, k) if q in ent_at and ent_at[q].start == q), None)
        if own is not None and own.label_ == "ORG" and own.end > k:
            # "Humas PN Jakarta Selatan": the post opens a unit of the body, built as one ORG
            body = self._unit_body(own, post.role)
            bare = self._bare_body(words, k, post, day) if body is None else None
            if bare is not None and k + bare[0] == own.end:  # "Humas PN, Nama": no place
                return JusticeTitle(
                    k + bare[0], f"{post.role} {bare[1]}", self._top_name(bare[2], day)
                )
            k = int(own.end)
        else:
            if post.kind == "field_post":
                while (
                    k < len(words)
                    and k not in ent_at
                    and len(field) < _MAX_FIELD
                    and (names[k] or words[k] == "dan" or (lowered and words[k].isalpha()))
                    and not self._bare_size(words, k, post, day)
                ):
                    field.append(
                        words[k] if words[k] == "dan" else words[k][:1].upper() + words[k][1:]
                    )
                    k += 1
                body_next = k in ent_at and ent_at[k].start == k and ent_at[k].label_ == "ORG"
                if not field and not body_next:
                    return None  # "Panitera Muda PA X": the field left out before the body
            start = k
            if post.kind == "post":  # "Jaksa Fungsional Kejari X", "Jaksa Ahli Madya ..."
                grade = match_head(words, k, self.words.grades)
                field += words[k : k + grade]
                k += grade
            special = self._court_field(words, k, post) if not field else None
            if special is not None:  # "Hakim Ad Hoc Tipikor PN X": a special court's judge
                field += special[1].split()
                k += special[0]
            k = self._skip_bracket(words, k)  # "Jaksa Penuntut Umum (JPU) Kejari X"
            at = k + 1 if words[k : k + 1] in (["dari"], ["pada"]) else k  # "JPU pada Kejari X"
            ent = ent_at.get(at)
            body = None
            if ent is not None and ent.start == at and ent.label_ == "ORG":
                body = self._body(ent)
                k = int(ent.end) if body is not None else k
            bare = self._bare_body(words, at, post, day) if body is None else None
            if bare is not None:  # "Kasi Intel Kejari, Nama": the office, its place left out
                size, name, top_id = bare
                role = " ".join([post.role, *self.lex.expand(" ".join(field)).split(), name])
                return JusticeTitle(at + size, role, self._top_name(top_id, day))
            kept = post.kind == "field_post" or (special and post.kind == "bench")
            if body is None and not kept:  # a bench's special court is its court ("Hakim Ad
                k, field = start, []  # Hoc Tipikor Nama"); a grade is read only before a body
        if body is not None and body[1] in post.orgs:
            name, top = body
            role = " ".join([post.role, *self.lex.expand(" ".join(field)).split()])
            whole = self._top_name(top, day)
            if not (post.kind == "bench" and name == whole):  # "Hakim Agung MA": Hakim Agung
                role = f"{role} {name}"
            k = self._tail(words, k)
            opener = words[k] if k < len(words) else ""
            size = (
                match_head(words, k + 1, self.words.fields) if opener in ("Bidang", "bidang") else 0
            )
            if size:  # "Wakil Ketua MA Bidang Yudisial", "... MA bidang Yudisial"
                role = " ".join([role, "Bidang", *words[k + 1 : k + 1 + size]])
                k += 1 + size
            return JusticeTitle(k, role, whole, post.role in self.words.shared)
        if lowered and body is None:
            return None  # a post in lower case is read only before its body
        found = self._own_field(post, field) if body is None else None
        if found is not None and not self._body_follows(words, i + size + found[0]):
            n, top_id = found  # "Kasi Pidana Khusus Nama": a prosecutor with no office in reach
            role = " ".join([post.role, *self.lex.expand(" ".join(field[:n])).split()])
            end = self._skip_bracket(words, i + size + n)
            return JusticeTitle(end, role, self._top_name(top_id, day))
        alone = self.words.alone.get(key) if body is None and not field else None
        if alone is not None:  # "Aspidsus X", "Jaksa Penuntut Umum (JPU) X"
            end = self._skip_bracket(words, i + size)
            other = self.words.alone_shared.get(key)
            if other is not None and any(e._.org_id == other for e in ent_at.values()):
                # "KPK menahan ... JPU Nama": the KPK's prosecutor or the Kejaksaan's?
                return JusticeTitle(end, post.role, None)
            return JusticeTitle(end, post.role, self._top_name(alone, day))
        if post.kind == "bench" and body is None:  # "Hakim Ad Hoc Tipikor Nama": its court
            end = k if field else i + size
            place = ent_at.get(end)
            if place is not None and place.start == end and place.label_ == "LOC":
                end = int(place.end)  # "Ketua Majelis Hakim Jakarta Pusat": its court's place
            court = self._top_name(post.orgs[0], day), post.role in self.words.shared
            return JusticeTitle(end, " ".join([post.role, *field]), *court)
        return None

    def team_lead(self, words: list[str], i: int) -> int:
        """The start of a team leader's or member's post written before the team of the post
        at ``i`` ("[Ketua Tim] JPU Nama", "[Anggota Tim] Jaksa Penuntut Umum"), else ``i``."""
        if i < 2 or words[i - 1] not in self.words.teams:
            return i
        return i - 2 if match_head(words, i - 2, self.lex.title_heads) == 1 else i

    def _body_follows(self, words: list[str], k: int) -> bool:
        """True when the words at ``k`` open a body's name the recogniser left untagged (a
        misspelt office: "Kejaksaan Negri X"): a unit's head or the first word of an
        organisation the knowledge base names."""
        if k < len(words) and words[k] == ",":
            k += 1
        if k >= len(words):
            return False
        heads = (self.lex.unit_heads, self.lex.command_units)
        return any(match_head(words, k, table) for table in heads) or words[k] in _org_firsts(
            self.kb
        )

    def _bare_size(self, words: list[str], k: int, post: JusticePost, day: dt.date | None) -> int:
        """The words of the short form or name of an office of the body of ``post`` written
        at ``k`` ("Kejari", "Kejaksaan Negeri" after "Kasi"; "PN" after "Hakim"), whatever
        follows it; 0 when none is written there."""
        size = match_head(words, k, self.lex.command_units)
        if not size:
            return 0
        parent = self.lex.command_units[tuple(words[k : k + size])][1]
        return size if dated_parent(self.kb, parent, day) in post.orgs else 0

    def _bare_body(
        self, words: list[str], k: int, post: JusticePost, day: dt.date | None
    ) -> tuple[int, str, str] | None:
        """(words, full name, top-level organisation id) of an office of the body of ``post``
        written at ``k`` with no place after it ("Kasi Intel Kejari, Nama", "Hakim PN yang
        menangani perkara itu"): the office's officials belong to that body wherever it sits;
        None when a capitalised word, a number or a bracket follows (the place, or a name
        with no comma before it: "Kejari Gede Ancana" is not read)."""
        size = self._bare_size(words, k, post, day)
        if not size or not _placeless(words, k + size):
            return None
        full, parent, _ = self.lex.command_units[tuple(words[k : k + size])]
        return size, full, dated_parent(self.kb, parent, day)

    def _heads_office(self, role: str, unit: tuple[str, ...]) -> bool:
        """True when ``role`` is a head's post of ``office_heads`` and the office ``unit``
        (a head of ``command_units.tsv``) belongs to one of that post's organisations."""
        orgs = self.words.office_heads.get(tuple(role.split()))
        entry = self.lex.command_units.get(unit)
        if orgs is None or entry is None:
            return False
        return dated_parent(self.kb, entry[1], None) in orgs

    def _office_head(self, words: list[str], i: int, day: dt.date | None) -> JusticeTitle | None:
        """The head of a prosecution office or a court written at ``i`` before the office's
        short form or name with no place after it ("Kepala Kejari, Nama", "Ketua PN setempat,
        Nama"), or fused with it ("Kajari, Nama", "Kacabjari setempat Nama"): the head of that
        office, of its top-level institution; None otherwise (a place follows: the command
        titles and the posts before a body read it)."""
        fused = self.fused_heads.get(words[i])
        if fused is not None:
            if not _placeless(words, i + 1):
                return None
            role, unit = fused
            full, parent, _ = self.lex.command_units[unit]
            top = dated_parent(self.kb, parent, day)
            return JusticeTitle(i + 1, f"{role} {full}", self._top_name(top, day))
        size = match_head(words, i, self.words.office_heads)
        if not size:
            return None
        key = tuple(words[i : i + size])
        post = JusticePost(" ".join(key), self.words.office_heads[key], "post")
        bare = self._bare_body(words, i + size, post, day)
        if bare is None:
            return None
        n, full, top = bare
        return JusticeTitle(i + size + n, f"{post.role} {full}", self._top_name(top, day))

    def _court_field(self, words: list[str], k: int, post: JusticePost) -> tuple[int, str] | None:
        """(words, full name) of a special court written at ``k`` after a post of the courts
        ("Tipikor" in "Hakim Ad Hoc Tipikor PN X"); None when none is."""
        size = match_head(words, k, self.words.court_fields)
        if not size:
            return None
        full, org = self.words.court_fields[tuple(words[k : k + size])]
        return (size, full) if org in post.orgs else None

    def _own_field(self, post: JusticePost, field: list[str]) -> tuple[int, str] | None:
        """(words, organisation id) of the longest field at the start of ``field`` that only
        the organisation of ``post`` has ("Pidana Khusus" after "Kasi"); None when none is."""
        for n in range(len(field), 0, -1):
            org = self.words.own_fields.get(tuple(field[:n]))
            if org is not None and org in post.orgs:
                return n, org
        return None

    def _lower_bench(self, words: list[str], i: int) -> tuple[int, JusticePost | None]:
        """The judge's post written in lower case at ``i``, wholly or in part ("hakim
        anggota", "Ketua majelis hakim") with its size; (0, None) when none is."""
        lowered = [word.lower() for word in words[i : i + _MAX_BENCH]]
        if lowered[0] not in self.lower_firsts:
            return 0, None
        size = match_head(lowered, 0, self.lower_bench)
        key = self.lower_bench.get(tuple(lowered[:size])) if size else None
        return (size, self.words.posts[key]) if key is not None else (0, None)

    def _lower_post(self, words: list[str], i: int) -> tuple[int, JusticePost | None]:
        """The post other than a judge's written in lower case at ``i``, wholly or after its
        first word ("juru bicara", "Panitera muda"), with its size; (0, None) when none is."""
        lowered = [word.lower() for word in words[i : i + 6]]
        size = match_head(lowered, 0, self.lower_posts)
        if not size or tuple(words[i : i + size]) in self.words.posts:
            return 0, None
        return size, self.words.posts[self.lower_posts[tuple(lowered[:size])]]

    def _in_name(self, words: list[str], names: list[bool], i: int) -> bool:
        """True when the word before ``i`` is a name word the post's first word goes on
        ("Abdul Hakim"): not a title's word, "Wakil", an acting post's mark nor a word naming
        a team of the post's holders ("Ketua Tim JPU Nama")."""
        before = words[i - 1]
        if (
            not names[i - 1]
            or before == "Wakil"
            or (before,) in self.lex.role_prefixes
            or before in self.words.teams
        ):
            return False
        return not match_head(words, i - 1, self.lex.title_heads)

    def _unit_body(self, ent: Span, post: str) -> tuple[str, str] | None:
        """The body of a unit span the post opens ("Humas PN X": the unit is the post)."""
        unit = str(ent._.unit or "")
        canonical = str(ent._.canonical or "")
        if not (unit == post or post.endswith(" " + unit)) or not canonical.startswith(unit + " "):
            return None
        top = self._top_id(ent)
        return (canonical[len(unit) + 1 :], top) if top is not None else None

    def _body(self, ent: Span) -> tuple[str, str] | None:
        """The name and top-level organisation id of the body ``ent``."""
        top = self._top_id(ent)
        return (str(ent._.canonical or ent.text), top) if top is not None else None

    def _top_id(self, ent: Span) -> str | None:
        """The id of the top-level organisation ``ent`` belongs to."""
        entries = self.kb.by_id.get(ent._.org_id or "")
        if not entries:
            parent = ent._.parent_org
            found = self.kb.lookup(parent) if parent else None
            if found is None or found.label != "ORG":
                return None
            entries = [found]
        entry = entries[0]
        for _ in range(4):
            above = self.kb.by_id.get(entry.parent or "")
            if not above:
                break
            entry = above[0]
        return entry.id

    def _top_name(self, org_id: str, day: dt.date | None) -> str | None:
        entries = self.kb.by_id.get(org_id)
        return self.kb.pick(entries, day).canonical if entries else None

    @staticmethod
    def _skip_bracket(words: list[str], k: int) -> int:
        """Skip a short form in brackets ("(Jampidsus)", "(Kajari)", "(Kasi Pidsus)")."""
        if k < len(words) and words[k] == "(":
            for j in range(k + 2, min(k + 5, len(words))):
                if words[j] == ")":
                    return j + 1
        return k

    def _tail(self, words: list[str], k: int) -> int:
        """Skip "RI" and a short form in brackets after the body."""
        if k < len(words) and words[k] == "RI":
            k += 1
        return self._skip_bracket(words, k)
