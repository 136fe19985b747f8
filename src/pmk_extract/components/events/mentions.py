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
gets its participants from :mod:`.participants`.
"""

from __future__ import annotations

from ...discourse import Segment
from .context import NAMES, VERBAL, Context
from .lexicon import Need, TriggerRule
from .model import Mention
from .participants import Participants

_AFTER = 4  # tokens looked at after a trigger for a required neighbour
_CLITICS = ("nya", "lah", "kah", "pun")


class MentionFinder:
    """Finds and describes the event mentions of one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.doc = ctx.doc
        self.layout = ctx.layout
        self.reader = Participants(ctx)

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
                and (lower.startswith(VERBAL) or lower == "be" + stem)
            ):
                continue  # "bekerja" is ber- + kerja
            if (
                check_form
                and rule.form == "verbal"
                and (lower == stem or not lower.startswith(VERBAL))
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
            layout.is_word(j, "irrealis") and layout.entity(j, NAMES) is None
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
            if not layout.is_alpha[j] or layout.lower[j].startswith(VERBAL):
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
        m.actors.extend(self.reader.describe(m, lo, hi))
        m.key = self._key(m)
        m.anaphoric = self._anaphoric(m)

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
