"""Known people's names written in a document, and their later short mentions.

- known office holders by name or alias (``holders.jsonl``: "Tjahjo Kumolo", "Jokowi"), not a
  one-word alias inside a longer name ("Fadjar Prasetyo") or after an initial that opens none
  of its holder's names ("AKBP D. Prasetyo"), nor an alias that the text writes on into a name
  its holder's names do not hold ("Sri Mulyani Hartati", "Rizal Budi Santoso");
- later short mentions of a person already found ("Tjahjo", "Agus Jabo"), a part of one known
  name only, not going on into a longer name;
- one mention for two parts of a name around an initial ("Juliari P. Batubara");
- a one-word alias that is a word of its holder's name ("Amran") only where the document
  supports it, never after a regional honorific its holder is not recorded with ("Tgk Amran":
  :mod:`~pmk_extract.components.alias_support`).

The names written after titles and ranks are read by
:class:`~pmk_extract.components.name_reader.NameReader`; both are read by
:class:`~pmk_extract.components.officials.Officials`.
"""

from __future__ import annotations

from dataclasses import replace

import regex
from spacy.tokens import Doc, Span

from ..dates.lexicon import lexicon as date_lexicon
from ..lexicons import Lexicons, match_head
from ..matching import TermMatcher
from ..name_shapes import nickname_at, opener_ends, opens_sentence, other_bearer
from ..people import People
from ..spans import strict_span
from ..stemming import stem_word
from .alias_support import AliasSupport
from .holder_rules import Mention
from .name_fits import fits, has_common_word

_INITIALS = regex.compile(r"(?:\p{Lu}\.?){1,3}")  # "P.", "P", "S.M."
# a name's initial written before one of its words: "D.", "D", "M.S."
_NAME_INITIALS = regex.compile(r"\p{Lu}\.?|(?:\p{Lu}\.){2,3}")


def join_initials(words: list[str], mentions: list[Mention]) -> list[Mention]:
    """One mention for two parts of a name around an initial ("Juliari P. Batubara")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out:
            prev = out[-1]
            gap = "".join(words[prev.end : m.start])
            if prev.canonical == m.canonical and gap and _INITIALS.fullmatch(gap):
                out[-1] = replace(prev, end=m.end, stated=prev.stated or m.stated)
                continue
        out.append(m)
    return out


class KnownNames:
    """Find known people's names and their later short mentions (see the module docstring)."""

    def __init__(self, people: People, lex: Lexicons) -> None:
        self.people = people
        self.lex = lex
        self.names = TermMatcher(people.names)
        # the words of known people's names of three letters or more ("Budi", "Danang"): a
        # sentence's first word among them goes on into a known one-word alias after it
        self.name_words = frozenset(word for word in people.name_words() if len(word) > 2)
        # the words that open known names of several words ("Agus", "Bambang", "Sri"): before
        # another known name they open a longer one, even when they are dictionary words
        self.given_names = people.given_names()
        self.support = AliasSupport(people)

    def find(
        self,
        doc: Doc,
        text: str,
        words: list[str],
        names: list[bool],
        ent_at: dict[int, Span],
    ) -> list[Mention]:
        """Known office holders by name or alias (``holders.jsonl``), outside organisations."""
        found: list[Mention] = []
        taken: set[int] = set()
        matches = [(s, e, form, self.people.person(form)) for s, e, form in self.names.find(text)]
        forms = [(form, person) for _, _, form, person in matches if person is not None]
        for start, end, form, canonical in matches:
            span = strict_span(doc, start, end)
            if span is None or canonical is None:
                continue
            alias = len(span) == 1 and form != canonical  # "Amran"; not "Soekarwo", a full name
            if alias and self.support.foreign_honorific(words, span.start, canonical):
                continue  # "Tgk Amran", "Haji Amran": a local figure, not the minister
            if self.support.name_word(form, canonical) and not self.support.supported(
                doc, text, canonical, forms
            ):
                continue  # "Amran" alone, with no word of the minister in the text
            if any(k in taken for k in range(span.start, span.end)):
                continue
            if self._honorific_before_name(words, names, span):
                # "Gubernur NTB Tuan Guru Bajang Zainul Majdi": an alias that is an honorific
                # is the honorific when a name follows it; the name is the mention
                continue
            if len(span) == 1 and self._in_longer_name(words, names, span.start):
                # "Fadjar Prasetyo" is not Prasetyo Hadi, "Tajri Fauzan" not the deputy
                # minister known by the one name "Fauzan"
                continue
            if len(span) == 1 and self._other_initial(words, span.start, canonical):
                continue  # "AKBP D. Prasetyo" is not Prasetyo Hadi, "AKP M. Basuki" no minister
            if len(span) > 1 and self._other_longer_name(words, names, span, form, ent_at):
                continue  # "Sri Mulyani Hartati" is not Sri Mulyani Indrawati
            if len(span) > 1 and self._longer_before(words, names, span, form, ent_at):
                continue  # "Rizal Budi Santoso" is not the minister Budi Santoso
            if any(k in ent_at and ent_at[k].label_ == "ORG" for k in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            found.append(Mention(span.start, span.end, canonical))
        return found

    def _honorific_before_name(self, words: list[str], names: list[bool], span: Span) -> bool:
        """True when the alias in ``span`` is an honorific (``honorifics.txt``: "Tuan Guru
        Bajang", "TGB") and a name word follows it: the honorific of the name after it."""
        k = span.end
        if tuple(words[span.start : k]) not in self.lex.honorifics:
            return False
        while k < len(words) and (size := match_head(words, k, self.lex.honorifics)):
            k += size  # "TGB H. Nama": honorifics after honorifics
        return k < len(words) and names[k] and not words[k].isupper()

    def _in_longer_name(self, words: list[str], names: list[bool], k: int) -> bool:
        """True when the one-word alias at ``k`` is a part of another name ("Fadjar
        Prasetyo", "Anggit Prasetyo"): a capitalised word stands right before it inside a
        sentence, or right after it, and that word is no title, honorific or headline verb;
        or a name and its nickname in quotes stand before it."""
        if any(
            j > 0 and names[j - 1] and nickname_at(words, names, j) == k - j
            for j in range(max(0, k - 4), k - 2)
        ):
            return True  # 'Heri "Gondrong" Prasetyo': a name goes on after its nickname
        return bool(self._name_goes_on(words, names, k, k + 1))

    def _other_initial(self, words: list[str], k: int, canonical: str) -> bool:
        """True when the one-word alias at ``k`` follows an initial ("D.", "M", "M.S.") that
        opens no word of its holder's names: the initial of another bearer's first name. A
        hajji's honorific or a rank ("H.", "AKP") is no initial."""
        j = k - 1
        if j < 0 or not _NAME_INITIALS.fullmatch(words[j]):
            return False
        if match_head(words, j, self.lex.honorifics):
            return False
        opens = {
            word[0]
            for h in self.people.names.get(canonical, ())
            for form in (h.name, *h.aliases)
            for word in form.split()
        }
        return any(c.isalpha() and c not in opens for c in words[j])

    def _other_longer_name(
        self, words: list[str], names: list[bool], span: Span, form: str, ent_at: dict[int, Span]
    ) -> bool:
        """True when the alias of several words in ``span`` goes on into a longer name that is
        not its holder's ("Bupati Bantul Sri Mulyani Hartati"): the word right after it is a
        name word (no title, honorific, headline verb, day, month, place or organisation)
        and the name so written has a word none of the holder's names has ("Sri Mulyani
        Indrawati" fits). A common word after it only when the name ends there ("Tito
        Karnavian Putra menjawab"; "Sri Mulyani Soal Pajak" is a headline). Only the word
        after counts: an office's name ends in capitalised words before a name."""
        k = span.end
        if k >= len(words) or k in ent_at:
            return False
        if k not in self._name_goes_on(words, names, span.start, k):
            return False
        dates = date_lexicon()
        word = words[k]
        if word.lower() in dates.weekdays or word.lower() in dates.months:
            return False
        if has_common_word(word) and k + 1 < len(words) and names[k + 1]:
            return False
        written = f"{span.text} {word}"
        return not any(fits(written, h) for h in self.people.names.get(form, ()))

    def _longer_before(
        self, words: list[str], names: list[bool], span: Span, form: str, ent_at: dict[int, Span]
    ) -> bool:
        """True when the known name of several words in ``span`` is the end of a longer name
        written inside a sentence: the word right before it is a name word (no title,
        honorific, place, organisation, dictionary word or affixed form of one: an office's
        name may end in one, "Lembaga Ketahanan Nasional", unless it opens names of a regional
        naming order, "La Ode", or opens a known name, "Bambang", "Sri"; no last word of a
        title: "Menko Polhukam") and the name so written has a word none of the holder's names
        has ("Kepala Dinas Sosial, Rizal Budi Santoso"; not "Menteri Perdagangan Budi
        Santoso")."""
        j = span.start - 1
        if j < 0 or j in ent_at or j not in self._name_goes_on(words, names, span.start, span.end):
            return False
        word = words[j]
        given = word in self.given_names  # "Bambang Budi Santoso": a given name, also a word
        if not (opener_ends(words, j) or given) and (
            has_common_word(word) or stem_word(word) != word.lower()
        ):
            return (
                False  # "Kunjungan Budi Santoso" in a headline, "Ketahanan Nasional Budi Santoso"
            )
        if j and (words[j - 1] in self.people.office_words or self._title_ends(words, j)):
            return False  # "Menko Polhukam Nama": the last word of a title
        written = f"{word} {span.text}"
        return not any(fits(written, h) for h in self.people.names.get(form, ()))

    def _title_ends(self, words: list[str], j: int) -> bool:
        """True when a known title of two to four words ends at ``words[j]``."""
        return any(
            " ".join(words[i : j + 1]) in self.people.titles for i in range(max(0, j - 3), j)
        )

    def _name_goes_on(self, words: list[str], names: list[bool], start: int, end: int) -> list[int]:
        """The capitalised words right before (inside a sentence) and right after the name at
        ``words[start:end]`` that continue it: no title, honorific or headline verb (before
        the name, only a listed or -kan verb: a name word may end in -i on a root word,
        "Dodi Gazali Emil")."""
        out = []
        for j in (start - 1, end):
            if not (0 <= j < len(words) and names[j]) or words[j].isupper():
                continue
            if j < start and opens_sentence(words, j) and words[j] not in self.name_words:
                # "Menurut Prasetyo, ...": capitalised as the sentence's first word; a word of
                # a known person's name goes on into the name ("Budi Prasetyo mengatakan")
                continue
            word = words[j]
            if word in self.people.office_words or match_head(words, j, self.lex.honorifics):
                continue
            verb = self.lex.verb_after_name if j < start else self.lex.headline_verb
            if match_head(words, j, self.lex.title_heads) or verb(word):
                continue
            out.append(j)
        return out

    def short_mentions(
        self,
        words: list[str],
        names: list[bool],
        mentions: list[Mention],
        ent_at: dict[int, Span],
    ) -> list[Mention]:
        """``mentions`` and the later short mentions of their persons: a part of one known
        name only ("Tjahjo", "Agus Jabo"), not going on into a longer name."""
        parts: dict[tuple[str, ...], set[str]] = {}
        for m in mentions:
            tokens = m.canonical.split()
            for a in range(len(tokens)):
                for b in range(a + 1, len(tokens) + 1):
                    key = tuple(tokens[a:b])
                    if len(key) == 1 and len(key[0]) < 3:
                        continue
                    if key in self.lex.honorifics:
                        continue
                    parts.setdefault(key, set()).add(m.canonical)
        firsts = {key[0] for key in parts}
        taken = {k for m in mentions for k in range(m.start, m.end)}
        found = list(mentions)
        n = len(words)
        after = 0  # left to right: a short mention's tokens are not looked at again
        # only a name word that starts a part of a known name can start a mention
        for i in [k for k, word in enumerate(words) if word in firsts and names[k]]:
            if i < after or i in taken:
                continue
            for size in (3, 2, 1):
                if i + size > n:  # a slice cut short at the end would match a shorter key
                    continue
                owners = parts.get(tuple(words[i : i + size]))
                if not owners or len(owners) != 1:
                    continue
                if any(
                    k in taken or (k in ent_at and ent_at[k].label_ != "LOC")
                    for k in range(i, i + size)
                ):
                    continue  # blocked
                if i + size < n and names[i + size]:
                    continue  # the name goes on
                if size == 1 and self._in_longer_name(words, names, i):
                    continue  # "Anggit Prasetyo" after a mention of Prasetyo Hadi
                owner = next(iter(owners))
                if size == 1 and self.support.foreign_honorific(words, i, owner):
                    continue  # "Tgk Amran" after a mention of Andi Amran Sulaiman
                if size == 1 and other_bearer(
                    words, words[i], set(owner.split()), lambda k: k not in taken and names[k + 1]
                ):
                    continue  # "Hendra" where "Hendra Saputra" is written too: which one?
                found.append(Mention(i, i + size, owner))
                after = i + size
                break
        return found
