"""Stage 1, mentions: trigger words with their participants, key and anaphora.

A token whose stem is in ``event_triggers.tsv`` and whose row's conditions hold (word
form, required and forbidden neighbours) is a mention of an event of that type. Mentions
inside quotes or page furniture, in the headline, in an irrealis clause ("wajib
menyelenggarakan", "meminta ... menetapkan") or in a background clause ("sejak
diluncurkan", "Sebelumnya, ...", "X merupakan program ... yang diluncurkan") are
dropped, and so is a noun naming the topic of another event's noun ("nota kesepahaman
penyaluran ...") or counted ("579 kecelakaan"). A mention that only sets the scene of
something else ("seusai pelantikan", "kata X dalam konferensi pers", "Bantuan yang
disalurkan X itu") is marked a setting (it joins an event, it starts none). Each mention
gets participants from local patterns: the subject before the trigger (never a companion
after "didampingi"), the object after it, and the lists after role words
(``event_roles.tsv``: "dari X", "kepada X", "bersama X", "dihadiri X, Y dan Z", "oleh X",
"X sebagai ...").
"""

from __future__ import annotations

from spacy.tokens import Span

from ...discourse import Segment
from ...extensions import span_attr
from ...lexicons import lexicons, match_head
from ...records import NAME_LABELS
from ..officials import resolve_title
from .context import Context
from .lexicon import Need, TriggerRule
from .model import Actor, FollowUp, Mention

_AFTER = 4  # tokens looked at after a trigger for a required neighbour
_LOOSE = 3  # lowercase words the subject search may step over
_VERBAL = ("me", "di", "ber", "ter")
_CLITICS = ("nya", "lah", "kah", "pun")
_NAMES = ("PERSON", "ORG", "LOC")


class MentionFinder:
    """Finds and describes the event mentions of one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.doc = ctx.doc
        self.layout = ctx.layout

    def find(self, skip: Segment | None) -> list[Mention]:
        """The mentions outside ``skip`` (the headline), described."""
        layout = self.layout
        words, quoted, ent_at = layout.words, layout.quoted, layout.ent_at
        furniture = layout.in_furniture
        triggers = self.lex.triggers
        out: list[Mention] = []
        consumed: set[tuple[int, str]] = set()
        for i, alpha in enumerate(layout.is_alpha):
            if not alpha or quoted[i] or furniture[i] or i in ent_at:
                continue
            if skip is not None and skip.start <= i < skip.end:
                continue
            if words[i][:1].isupper() and not self.ctx.opens_sentence(i):
                continue  # part of a name: "Deputi Bidang Pelatihan", "Rapat Kerja Nasional"
            if layout.stem(i) not in triggers:
                continue
            mention = self.match(i, consumed, check_form=True)
            if mention is None or self._irrealis(i) or self._background(i, mention.rule):
                continue
            if mention.voice == "nominal" and (
                self._topic(i, mention.rule.type) or self._counted(i)
            ):
                continue
            mention.setting = self._setting(i, mention)
            if mention.needed is not None:
                consumed.add((mention.needed, mention.rule.type))
            out.append(mention)
        by_sentence: dict[int, list[Mention]] = {}
        for m in out:
            by_sentence.setdefault(layout.sentence_of[m.token], []).append(m)
        for m in out:
            # role words count for the nearest trigger: "Bersama X, A meninjau ..., lalu
            # memimpin rapat bersama Y" gives X to the visit and Y to the meeting
            sent = layout.sentence(m.token)
            others = [
                o.token
                for o in by_sentence[layout.sentence_of[m.token]]
                if o.rule.type != m.rule.type
            ]
            lo = max((t + 1 for t in others if t < m.token), default=sent.start)
            hi = min((t for t in others if t > m.token), default=sent.end)
            self._describe(m, lo, hi)
        return out

    def match(self, i: int, consumed: set[tuple[int, str]], check_form: bool) -> Mention | None:
        stem = self.layout.stem(i)
        rules = self.lex.triggers.get(stem)
        if rules is None:
            return None
        lower = self.layout.lower[i]
        for rule in rules:
            if (i, rule.type) in consumed:
                continue
            if check_form and rule.form == "affixed" and _bare(lower) == stem:
                continue  # "resmi", "resminya" (a clitic is not an affix): not "meresmikan"
            if (
                check_form
                and rule.form == "nominal"
                and (lower.startswith(_VERBAL) or lower == "be" + stem)
            ):
                continue  # "bekerja" is ber- + kerja
            if (
                check_form
                and rule.form == "verbal"
                and (lower == stem or not lower.startswith(_VERBAL))
            ):
                continue  # "menyampaikan", "disampaikan"; not "sampai", "penyampaian"
            bare_verb = not check_form and lower == stem  # a headline's "Minta", "Temui"
            if (
                rule.form.endswith("-")
                and not bare_verb
                and not (lower != stem and lower.startswith(rule.form[:-1]))
            ):
                continue  # "ber-": "bertemu" (a meeting), not "menemui" (a visit)
            needed = self._near(i, rule.requires) if rule.requires else -1
            if needed is None:
                continue
            if check_form and rule.forbids and self._near(i, rule.forbids) is not None:
                continue
            if lower != stem and lower.startswith("di"):
                voice = "passive"
            elif lower.startswith(("me", "ber")):
                voice = "active"
            else:
                voice = "nominal"
            return Mention(rule, i, voice, needed if needed >= 0 else None)
        return None

    def _near(self, i: int, needs: tuple[Need, ...]) -> int | None:
        """Index of a token satisfying one of ``needs`` around token ``i``, else None."""
        sent = self.layout.sentence(i)
        before = range(i - 1, self.ctx.clause_start(i) - 1, -1)
        after = range(i + 1, min(sent.end, i + 1 + _AFTER))
        for need in needs:
            sides = {">": (after,), "<": (before,)}
            ranges = sides.get(need.side, (after, before))
            for rng in ranges:
                for j in rng:
                    if self.layout.stem(j) in need.stems:
                        return j
        return None

    def _irrealis(self, i: int) -> bool:
        start = max(self.ctx.clause_start(i), i - 6)
        layout = self.layout
        return any(
            layout.is_word(j, "irrealis") and layout.entity(j, _NAMES) is None
            for j in range(start, i)
        )  # not "Keluarga Berencana" in a name

    def _background(self, i: int, rule: TriggerRule) -> bool:
        if rule.type in self.lex.background_ok:
            return False
        layout = self.layout
        sent = layout.sentence(i)
        if layout.is_word(sent.start, "background_open"):
            return True
        start = self.ctx.clause_start(i)
        if any(layout.is_word(j, "background") for j in range(start, i)):
            return True
        # "formasi yang telah ditetapkan": a relative clause about something done before
        if i >= 2 and layout.is_word(i - 2, "relative") and layout.is_word(i - 1, "perfect"):
            return True
        # "MBG merupakan program ... yang diluncurkan awal bulan ini": a relative clause on
        # the predicate of a copula describes the subject, it reports no event
        k = i - 1
        while k > sent.start and layout.is_word(k, "aux"):
            k -= 1
        return layout.is_word(k, "relative") and any(
            layout.is_word(j, "copula") for j in range(sent.start, k)
        )

    def follow_ups(self, mentions: list[Mention]) -> list[FollowUp]:
        """Participants named in sentences with no mention, for an earlier event.

        "Turut hadir X, Y, dan Z.", "Rapat itu dihadiri X.": the lists after the attendance
        words (context class "attend"), for any type; "Ganjar tiba bersama X": the list
        after another role word of any type, for the event of the sentence's subject only
        ("dikerjakan bersama TNI" goes with its own verb); "Mereka adalah X sebagai A, Y
        sebagai B": the persons before a "@before" word, for its type.
        """
        layout = self.layout
        roles = self.lex.roles
        headline = self.ctx.headline
        taken = {layout.sentence_of[m.token] for m in mentions}
        out: list[FollowUp] = []
        for n, sent in enumerate(layout.sentences):
            if n in taken or (headline is not None and sent.start < headline.end):
                continue
            by_kind: dict[tuple[str | None, str | None], list[Actor]] = {}
            for j in range(sent.start, sent.end):
                if layout.quoted[j] or layout.in_furniture[j]:
                    continue
                for kind, role in roles.get(layout.lower[j], {}).items():
                    if role == "@before" and kind in self.lex.object_roles:
                        named = self._named_before(j)
                        if named is not None:
                            got = self._cast([named], self.lex.object_roles[kind], None)
                            by_kind.setdefault((kind, None), []).extend(got)
                    elif kind == "*" and layout.is_word(j, "attend"):
                        got = self._cast(self._list_after(j), role, role)
                        by_kind.setdefault((None, None), []).extend(got)
                    elif kind == "*" and role != "@subject":
                        subject = self._opener(sent)
                        if subject is not None:
                            got = self._cast(self._list_after(j), role, role)
                            by_kind.setdefault((None, subject), []).extend(got)
            out += [
                FollowUp(sent.start, tuple(actors), kind, subject)
                for (kind, subject), actors in by_kind.items()
                if actors
            ]
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

    def headline_types(self) -> set[str]:
        """The event types the headline evokes (bare verbs too: "Tinjau", "Salurkan")."""
        headline = self.ctx.headline
        if headline is None:
            return set()
        found = set()
        for i in range(headline.start, headline.end):
            if self.layout.is_alpha[i]:
                mention = self.match(i, set(), check_form=False)
                if mention is not None and not (
                    mention.voice == "nominal" and self._topic(i, mention.rule.type)
                ):
                    found.add(mention.rule.type)
        return found

    def _topic(self, i: int, kind: str) -> bool:
        """A noun naming the topic of another event's noun: "nota kesepahaman penyaluran ..."."""
        layout = self.layout
        nouns = self.lex.nouns
        start = self.ctx.clause_start(i)
        for j in range(i - 1, max(start, i - 4) - 1, -1):
            if layout.is_word(j, "coord"):
                continue
            if not layout.is_alpha[j] or layout.lower[j].startswith(_VERBAL):
                return False
            types = nouns.get(layout.stem(j))
            if types is not None:
                # "upacara pelantikan" is an appointment's ceremony, not its topic
                return kind not in types and "CEREMONY" not in types
        return False

    def _counted(self, i: int) -> bool:
        """A noun after a number counts many events: "579 kecelakaan", "sejumlah banjir"."""
        layout = self.layout
        j = i - 1
        if j < 0 or layout.sentence_of[j] != layout.sentence_of[i]:
            return False
        word = layout.words[j].replace(".", "").replace(",", "")
        return word.isdigit() or layout.is_word(j, "count")

    def _setting(self, i: int, m: Mention) -> bool:
        """True when the mention names the setting of something else, not a new event.

        "seusai pelantikan": a reference word before a noun; "ditandai dengan
        penandatanganan prasasti": a marking word before it; "“…,” kata X dalam rapat":
        a noun after "dalam" in a sentence with a quote, or a press conference in one that
        reports speech; "Bantuan
        yang disalurkan X itu ...": a passive verb in a relative clause on the noun that
        opens the sentence.
        """
        layout = self.layout
        sent = layout.sentence(i)
        lower = layout.lower
        if m.voice == "nominal":  # "seusai memimpin rapat" reports the meeting
            for j in range(i - 1, max(sent.start, i - 3) - 1, -1):
                if layout.is_word(j, "reference"):
                    return True
                if not layout.is_word(j, "aux"):
                    break
            # "Peresmian ditandai dengan penandatanganan prasasti": an act of the launch
            k = i - 2 if i - 2 >= sent.start and layout.is_word(i - 1, "stop") else i - 1
            if k >= sent.start and layout.is_word(k, "mark"):
                return True
        opening = m.voice == "passive" and i - 1 - sent.start in (1, 2, 3)
        if opening and layout.is_word(i - 1, "relative"):
            return True  # the subject of its sentence: "Bantuan yang disalurkan X itu"
        if m.voice != "nominal" or i == sent.start or lower[i - 1] != "dalam":
            return False
        words = range(sent.start, sent.end)
        if any(layout.quoted[j] for j in words):
            return True  # "“…,” ujar X dalam rapat pimpinan": where a quote was said
        # "X menyampaikan ... dalam konferensi pers": a press conference sets a statement
        speech = self.lex.speech
        return m.rule.type == "STATEMENT" and any(
            j != i and layout.stem(j) in speech for j in words
        )

    # -- participants, key, anaphora -----------------------------------------------------------
    def _describe(self, m: Mention, lo: int, hi: int) -> None:
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
        for actor in actors:
            if (actor.role, actor.canonical) not in seen:
                seen.add((actor.role, actor.canonical))
                m.actors.append(actor)
        m.key = self._key(m)
        m.anaphoric = self._anaphoric(m)

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
                if nominal and word.startswith(_VERBAL) and layout.stem(j) != word:
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
            or layout.entity(t, _NAMES) is not None
        ):
            if layout.entity(t, ("PERSON",)) is not None:
                return k  # another person: no title between them
            t -= 1
        joins = layout.is_word(t, "and") or layout.words[t] == ","
        return t if t < k and joins else k

    def _gives_role(self, k: int, kind: str) -> bool:
        """True when token ``k`` is a role word with a role of its own ("disaksikan")."""
        by_type = self.lex.roles.get(self.layout.lower[k])
        role = by_type and (by_type.get(kind) or by_type.get("*"))
        return bool(role) and role not in ("@subject", "@before")

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
                return j if role not in ("@subject", "@before") else None
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
            and word.startswith(_VERBAL)
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
                i, _NAMES
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

    def _key(self, m: Mention) -> str | None:
        layout = self.layout
        size = len(layout.words)
        if m.needed is not None:
            return layout.stem(m.needed)
        if m.voice == "nominal":
            return m.rule.stem
        if m.voice == "active":
            k = m.token + 1
            while k < size and layout.is_word(k, "aux"):
                k += 1
            return layout.stem(k) if k < size and layout.is_alpha[k] else None
        start = self.ctx.clause_start(m.token)
        if start > 0 and layout.is_word(start - 1, "relative"):
            start = self.ctx.clause_start(start - 1)
        while start < m.token and not layout.is_alpha[start]:
            start += 1
        return layout.stem(start) if start < m.token else None

    def _anaphoric(self, m: Mention) -> bool:
        i = m.token
        sent = self.layout.sentence(i)
        if m.voice == "nominal":
            window = range(i + 1, min(sent.end, i + 3))
        else:
            window = range(max(self.ctx.clause_start(i), i - 3), i)
        return any(self.layout.is_word(j, "anaphor") for j in window)


def _bare(word: str) -> str:
    """``word`` without an enclitic ("resminya" -> "resmi")."""
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            return word[: -len(clitic)]
    return word
