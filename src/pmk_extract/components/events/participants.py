"""Stage 1, participants: who takes part in a mention, read off its sentence.

The subject before the trigger (with coordinated subjects, each may bear a title; never a
companion after "didampingi"), the object after it, and the lists after role words
(``event_roles.tsv``: "dari X", "kepada X", "bersama X", "dihadiri X, Y dan Z", "oleh X",
"dipimpin X", "X sebagai ..."); a list steps over titles, unit numbers and joining words
inside titles and ends at the subject of a new clause. Sentences with no mention give
the participants after their attendance words to an earlier event (follow-ups).
"""

from __future__ import annotations

from spacy.tokens import Span

from ...discourse import Segment
from ...extensions import span_attr
from ...lexicons import lexicons, match_head
from ...records import NAME_LABELS
from ..officials import resolve_title
from .context import NAMES, VERBAL, Context
from .lexicon import TriggerRule
from .model import Actor, Draft, FollowUp, Mention

_LOOSE = 3  # lowercase words the subject search may step over


class Participants:
    """Reads the participants of the mentions of one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.doc = ctx.doc
        self.layout = ctx.layout

    def describe(self, m: Mention, lo: int, hi: int) -> list[Actor]:
        """The participants of mention ``m`` from its sentence's tokens ``lo``..``hi``."""
        rule, lower = m.rule, self.layout.lower
        i = m.token
        actors: list[Actor] = []
        subject = self._subject(i, nominal=m.voice == "nominal")
        if m.voice in ("active", "nominal") and rule.subject:
            actors += self._cast(subject, rule.subject, rule.coord, m.voice == "nominal")
        if m.voice == "active" and rule.object:
            actors += self._cast(self._list_after(i), rule.object, rule.object)
        if m.voice == "passive":
            if rule.object:
                actors += self._cast(subject, rule.object, rule.object)
            if rule.subject:
                actors += self._cast(self._list_after(i), rule.subject, rule.coord)
        for j in range(lo, hi):
            if self.layout.quoted[j]:
                continue
            by_type = self.lex.roles.get(lower[j])
            role = by_type and (by_type.get(rule.type) or by_type.get("*"))
            if not role:
                continue
            if role.startswith("<"):
                actors += self._cast(self._subject_of(j), role[1:], None)
                continue
            if role == "@before":
                # "melantik X sebagai A dan Y sebagai B": the name before the word
                named = self._named_before(j)
                if named is not None and rule.object:
                    actors += self._cast([named], rule.object, rule.object)
                continue
            if role == "@subject" and j > lo and self._gives_role(j - 1, rule.type):
                continue  # "disaksikan oleh X": the list belongs to "disaksikan"
            listed = [e for e in self._list_after(j) if e not in subject]
            if role == "@subject":
                # "Penghargaan diserahkan oleh X": X is the subject of the passive verb
                verb = self._passive_rule(j - 1, rule.type) if j > lo else None
                acting = verb or rule
                if acting.subject:
                    actors += self._cast(listed, acting.subject, acting.coord)
            else:
                actors += self._cast(listed, role, role)
        seen: set[tuple[str, str]] = set()
        out = []
        for actor in actors:
            if (actor.role, actor.canonical) not in seen:
                seen.add((actor.role, actor.canonical))
                out.append(actor)
        return out

    def follow_ups(self, mentions: list[Mention], chosen: list[Draft]) -> list[FollowUp]:
        """Participants named in sentences that report no event, for an earlier event.

        A sentence reports an event when it holds a mention of a ``chosen`` event or one
        strong enough to start an event; "Deputi X yang turut mendampingi Menteri
        menyampaikan, ..." reports none.
        """
        layout = self.layout
        headline = self.ctx.headline
        reported = {id(m) for d in chosen for m in d.mentions}
        taken = {
            layout.sentence_of[m.token]
            for m in mentions
            if m.rule.strength >= 2 or id(m) in reported
        }
        out: list[FollowUp] = []
        for n, sent in enumerate(layout.sentences):
            if n not in taken and (headline is None or sent.start >= headline.end):
                out += self._follow_up(sent)
        return out

    def _follow_up(self, sent: Segment) -> list[FollowUp]:
        """What one sentence that reports no event says of an earlier one.

        "Turut hadir X, Y, dan Z.", "Rapat itu dihadiri X.": the lists after the attendance
        words (context class "attend"), for any type; "Ganjar tiba bersama X": the list
        after another role word of any type, for the event of the sentence's subject only
        ("dikerjakan bersama TNI" goes with its own verb); "Laporan itu diserahkan kepada
        X": after a passive verb of a type's triggers, the lists after that type's role
        words, for that type; "Mereka adalah X sebagai A, Y sebagai B": the persons before
        a "@before" word, for its type; "X yang turut mendampingi Menteri": X, for the
        event the minister takes part in.
        """
        layout = self.layout
        roles = self.lex.roles
        passive = self._passive_types(sent)
        by_kind: dict[tuple[str | None, str | None], list[Actor]] = {}
        anchored: list[FollowUp] = []
        for j in range(sent.start, sent.end):
            if layout.quoted[j] or layout.in_furniture[j]:
                continue
            for kind, role in roles.get(layout.lower[j], {}).items():
                if role == "@before" and kind in self.lex.object_roles:
                    named = self._named_before(j)
                    if named is not None:
                        got = self._cast([named], self.lex.object_roles[kind], None)
                        by_kind.setdefault((kind, None), []).extend(got)
                elif kind in passive and _lists(role):
                    got = self._cast(self._list_after(j), role, role)
                    by_kind.setdefault((kind, None), []).extend(got)
                elif kind == "*" and role.startswith("<"):
                    got = self._cast(self._subject_of(j), role[1:], None)
                    whom = self._list_after(j)[:1]
                    if got and whom:
                        anchor = self._canonical(whom[0])
                        anchored.append(FollowUp(sent.start, tuple(got), None, anchor, False))
                elif kind == "*" and layout.is_word(j, "attend"):
                    got = self._cast(self._list_after(j), role, role)
                    by_kind.setdefault((None, None), []).extend(got)
                elif kind == "*" and _lists(role):
                    subject = self._opener(sent)
                    if subject is not None:
                        got = self._cast(self._list_after(j), role, role)
                        by_kind.setdefault((None, subject), []).extend(got)
        found = [
            FollowUp(sent.start, tuple(actors), kind, subject)
            for (kind, subject), actors in by_kind.items()
            if actors
        ]
        return found + anchored

    def _passive_types(self, sent: Segment) -> set[str]:
        """The event types of the passive verbs of ``sent`` ("diserahkan": AWARD, AID, ...)."""
        layout = self.layout
        out: set[str] = set()
        for j in range(sent.start, sent.end):
            lower = layout.lower[j]
            if lower.startswith("di") and layout.is_alpha[j] and not layout.quoted[j]:
                stem = layout.stem(j)
                if stem != lower:
                    out.update(rule.type for rule in self.lex.triggers.get(stem, ()))
        return out

    def _opener(self, sent: Segment) -> str | None:
        """The canonical of the ORG/PERSON opening ``sent`` (or that its pronoun stands for)."""
        layout = self.layout
        if layout.is_word(sent.start, "pronoun"):
            ent = layout.subject_person(sent.start)
        else:
            ent = layout.entity(sent.start)
        return self._canonical(ent) if ent is not None else None

    def _canonical(self, span: Span) -> str:
        return span_attr(self.doc, "canonical", span.start_char, span.end_char) or span.text

    def _passive_rule(self, k: int, event_type: str) -> TriggerRule | None:
        """The trigger row of ``event_type`` for a passive verb at ``k`` ("diserahkan")."""
        lower = self.layout.lower[k]
        stem = self.layout.stem(k)
        if not lower.startswith("di") or lower == stem:
            return None
        for rule in self.lex.triggers.get(stem, ()):
            if rule.type == event_type:
                return rule
        return None

    def _cast(
        self, spans: list[Span], role: str, coord: str | None, weak: bool = False
    ) -> list[Actor]:
        out = []
        doc = self.doc
        for n, span in enumerate(spans):
            start, end = span.start_char, span.end_char
            org = span_attr(doc, "org", start, end) if span.label_ == "PERSON" else None
            canonical = span_attr(doc, "canonical", start, end) or span.text
            person = span.label_ == "PERSON"
            out.append(Actor(role if n == 0 else coord or role, canonical, org, person, weak))
        return out

    def _degree(self, i: int) -> bool:
        text = self.layout.words[i]
        if self.layout.ent_at.get(i) is not None:
            return False
        return (text[:1].isupper() and ("." in text or "(" in text)) or (
            text.isupper() and len(text) <= 4 and text.isalpha()
        )

    def _subject(self, i: int, nominal: bool = False) -> list[Span]:
        """The ORG/PERSON before token ``i`` in its clause, with coordinated ones.

        A verb between a noun and a name makes the name that verb's subject ("X saat
        memberikan sambutan penghargaan": X is not the award's recipient).
        """
        layout = self.layout
        words = layout.words
        sent = layout.sentence(i)
        j = i - 1
        loose = 0
        while j >= sent.start:
            word = words[j]
            if layout.quoted[j]:
                return []
            if layout.is_word(j, "aux") or self._degree(j):
                j -= 1
                continue
            if word == "," and j + 1 < len(words) and self._degree(j + 1):
                j -= 1
                continue
            if word == "," and j == i - 1 and self._apposed_person(j - 1):
                j -= 1  # "Gubernur Sumbar, Mahyeldi Ansharullah, menerima ..."
                continue
            if word == ")":
                k = j - 1
                while k > sent.start and words[k] != "(" and j - k < 8:
                    k -= 1
                if words[k] == "(" and layout.entity(k - 1) is not None:
                    j = k - 1
                    continue
                return []
            ent = layout.entity(j)
            if ent is not None:
                found = [ent]
                k = self._before_title(ent, sent.start)
                joined = False
                while k > sent.start and (layout.is_word(k, "and") or (joined and words[k] == ",")):
                    before = k - 1
                    if words[before] == "," and layout.is_word(k, "and"):
                        before -= 1  # a serial comma: "X, Y, dan Z menandatangani"
                    if words[before] == ")":  # "Kementerian Kesehatan (Kemenkes) dan X"
                        while before > sent.start and words[before] != "(" and k - before < 6:
                            before -= 1
                        before -= 1
                    other = layout.entity(before)
                    if other is None:
                        break
                    joined = True
                    found.insert(0, other)
                    k = self._before_title(other, sent.start)
                cue = self._role_cue(found[0].start - 1, sent.start)
                if cue is not None:
                    # "X, didampingi Y dan Z, melantik ...": Y and Z are partners (the
                    # role word gives them), the subject stands before the cue
                    j = cue - 1
                    continue
                return found
            if layout.is_word(j, "pronoun"):
                person = layout.subject_person(j)
                if (
                    person is not None
                    and person.start >= sent.start
                    and self._role_cue(person.start - 1, sent.start) is not None
                ):
                    # "Didampingi X, ia meninjau ...": "ia" is not X
                    person = layout.subject_person(sent.start)
                return [person] if person is not None else []
            if word[:1].isupper() and sent.start != j:
                title = self._bare_title(j)
                return [title] if title is not None else []
            if layout.is_alpha[j] and word.islower() and loose < _LOOSE:
                if layout.is_word(j, "boundary") or layout.is_word(j, "stop"):
                    return []
                if nominal and word.startswith(VERBAL) and layout.stem(j) != word:
                    return []
                loose += 1
                j -= 1
                continue
            return []
        return []

    def _before_title(self, ent: Span, start: int) -> int:
        """The token before ``ent``, or the "dan"/comma before the title of a person.

        "Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Singapura Vivian
        Balakrishnan menandatangani": two subjects, each with a title.
        """
        layout = self.layout
        k = ent.start - 1
        if ent.label_ != "PERSON":
            return k
        t = k
        while t > start and (
            (layout.words[t][:1].isupper() and layout.is_alpha[t])
            or self._degree(t)
            or layout.entity(t, NAMES) is not None
        ):
            if layout.entity(t, ("PERSON",)) is not None:
                return k  # another person: no title between them
            t -= 1
        joins = layout.is_word(t, "and") or layout.words[t] == ","
        return t if t < k and joins else k

    def _gives_role(self, k: int, kind: str) -> bool:
        """True when token ``k`` is a role word with a role of its own ("disaksikan")."""
        by_type = self.lex.roles.get(self.layout.lower[k], {})
        role = by_type.get(kind) or by_type.get("*")
        return role is not None and _lists(role)

    def _subject_of(self, j: int) -> list[Span]:
        """The ORG/PERSON whose verb is token ``j``: "Deputi X yang turut mendampingi"."""
        layout = self.layout
        k = j - 1
        while k >= 0 and (layout.is_word(k, "aux") or layout.is_word(k, "relative")):
            k -= 1
        ent = layout.entity(k)
        return [ent] if ent is not None and ent.end == k + 1 else []

    def _named_before(self, j: int) -> Span | None:
        """The PERSON ending right before token ``j`` (brackets and ranks skipped)."""
        layout = self.layout
        k = j - 1
        while k >= 0 and layout.words[k] in (")", ","):
            k -= 1
        ent = layout.entity(k, ("PERSON",))
        return ent if ent is not None and ent.end == k + 1 else None

    def _role_cue(self, j: int, start: int) -> int | None:
        """A role word ("didampingi", "bersama") before the titles ending at token ``j``."""
        layout = self.layout
        while j >= start:
            role = self.lex.roles.get(layout.lower[j], {}).get("*")
            if role is not None:
                return j if _lists(role) else None
            if not (self._degree(j) or (layout.words[j][:1].isupper() and layout.is_alpha[j])):
                return None
            j -= 1
        return None

    def _apposed_person(self, j: int) -> bool:
        """True when a PERSON set off by a comma before it ends at token ``j``."""
        ent = self.layout.entity(j, ("PERSON",))
        return ent is not None and ent.end == j + 1 and self.layout.words[ent.start - 1] == ","

    def _bare_title(self, j: int) -> Span | None:
        """A bare title ending at token ``j`` ("Menko PMK"), as a span carrying its holder."""
        doc = self.doc
        for start in range(max(0, j - 3), j + 1):
            span = doc[start : j + 1]
            resolved = resolve_title(span.text, doc._.published)
            if resolved is not None:
                holder, role, org = resolved
                person = Span(doc, start, j + 1, label="PERSON")
                person._.canonical = holder
                person._.role = role
                person._.org = org
                return person
        return None

    def _list_after(self, j: int) -> list[Span]:
        """ORG/PERSON spans listed right after token ``j`` ("X, Y, dan Z"); titles skipped."""
        layout = self.layout
        words = layout.words
        sent = layout.sentence(j)
        heads = lexicons().title_heads
        honorifics = lexicons().honorifics
        out: list[Span] = []
        k = j + 1
        while k < len(words) and layout.is_word(k, "aux"):
            k += 1
        while k < sent.end and k - j < 40:
            word = words[k]
            if layout.quoted[k]:
                break
            ent = layout.ent_at.get(k)
            if ent is not None and out and self._opens_clause(ent):
                break  # "Didampingi X, Eri menyusuri ...": Eri is the next clause's subject
            if ent is not None and ent.label_ in NAME_LABELS:
                if ent.label_ == "PERSON" or (
                    ent.label_ == "ORG" and not self._in_title(ent, heads, out)
                ):
                    out.append(ent)
                k = ent.end
                continue
            if word in ("(", ")") or self._degree(k) or (word,) in honorifics:
                k += 1
                continue
            if layout.is_word(k, "coord") or layout.is_word(k, "filler"):
                k += 1
                continue
            if word[:1].isupper() and layout.is_alpha[k]:
                k += 1  # a title word: "Gubernur", "Direktur Jenderal"
                continue
            if self._inside_title(k):
                k += 1  # "Dandim 0715/Kendal", "Duta Besar Indonesia untuk Singapura"
                continue
            break
        return out

    def _opens_clause(self, ent: Span) -> bool:
        """True when ``ent`` follows a comma and a verb follows it: a clause's subject."""
        layout = self.layout
        after = ent.end
        if ent.start < 1 or layout.words[ent.start - 1] != "," or after >= len(layout.words):
            return False
        word = layout.lower[after]
        return (
            layout.is_alpha[after]
            and layout.words[after].islower()
            and word.startswith(VERBAL)
            and not layout.is_word(after, "stop")
        )

    def _inside_title(self, k: int) -> bool:
        """True when token ``k`` joins two parts of a title: a unit number ("Dandim
        0715/Kendal", "Danrem 142/Tatag") or a joining word ("Duta Besar Indonesia untuk
        Singapura", context class "title_joint")."""
        layout = self.layout
        words = layout.words
        if k < 1 or k + 1 >= len(words):
            return False

        def part(i: int) -> bool:
            word = words[i]
            return (word[:1].isupper() and layout.is_alpha[i]) or layout.entity(
                i, NAMES
            ) is not None

        if layout.is_word(k, "title_joint"):
            return part(k - 1) and part(k + 1)
        number = words[k].isdigit() or words[k] == "/"
        before = part(k - 1) or words[k - 1].isdigit() or words[k - 1] == "/"
        after = part(k + 1) or words[k + 1].isdigit() or words[k + 1] == "/"
        return number and before and after

    def _in_title(
        self, ent: Span, heads: dict[tuple[str, ...], tuple[bool, str]], out: list[Span]
    ) -> bool:
        """An ORG that is part of a title ("Kepala [BNPB] Suharyanto") or an acronym in brackets."""
        layout = self.layout
        words = layout.words
        if ent.start > 0 and words[ent.start - 1] == "(" and out:
            return True
        for size in (1, 2, 3):
            if ent.start - size >= 0 and match_head(words, ent.start - size, heads, size) == size:
                return True
        k = ent.end
        while k < len(words) and k - ent.end < 6:
            if layout.entity(k, ("PERSON",)) is not None:
                return True
            word = words[k]
            if word in ("(", ")", ",") or self._degree(k) or layout.entity(k, ("ORG",)):
                k += 1
                continue
            if word[:1].isupper() and layout.is_alpha[k]:
                k += 1
                continue
            break
        return False


def _lists(role: str) -> bool:
    """True when a role word gives its role to the list after it (not "@subject", "<partner")."""
    return not role.startswith(("@", "<"))
