"""Stage 4, filling: the date, place, object and record of each event.

Each event takes the trigger of its strongest mention; its date is a DATE in the
trigger's clause or sentence, else in another mention's sentence, else the date of the
event a "Dalam/Pada ... tersebut" sentence or "pada hari yang sama" refers to, else the
first date of the paragraph, else the dateline's, else the publication date (news reports
the day's events); its location likewise from LOC entities (the most specific administrative
place), ending with the dateline's place.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from ...dates.lexicon import lexicon as date_lexicon
from ...discourse import Layout, Segment
from ...extensions import span_attr
from ...kb import default_kb
from ...records import Event, Participant
from .context import CLAUSE_PUNCT, Context
from .model import Draft, Mention, Unit, interval

_YEARS = re.compile(r"^\d{4}(/\d{4})?$")
_PLACE_RANK = {
    "village": 6,
    "district": 5,
    "city": 4,
    "regency": 4,
    "province": 3,
    "region": 2,
    "island": 2,
    "country": 1,
}
_UNIT_DAYS = {"day": 1, "week": 7}  # days in "selama N <unit>" (units: dates/period_units.tsv)
_HOME_COUNTRY = "Indonesia"  # the country above the gazetteer's provinces
_MAX_PLACE_DEPTH = 8
LEAD, ATTEND = "agent", "partner"  # who does an event; who takes part in it


class Filling:
    """Dates, places, objects and records of the events of one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.layout = ctx.layout
        self._dates: dict[Segment, list[Span]] = {}  # memos of _dates_in and _place
        self._places: dict[Segment, str | None] = {}
        dateline = ctx.doc._.dateline
        # the dateline names where the release was written: the last resort for a location
        self._dateline_span = (dateline.start, dateline.end) if dateline is not None else (0, 0)
        self._here = self._dateline_place()

    def _dates_in(self, sent: Segment) -> list[Span]:
        """The DATE entities of ``sent`` that can date an event (computed once per segment)."""
        found = self._dates.get(sent)
        if found is not None:
            return found
        layout = self.layout
        doc = self.doc
        out = []
        for ent in layout.ents_in(sent, "DATE"):
            value = span_attr(doc, "value", ent.start_char, ent.end_char)
            if layout.quoted[ent.start] or not value:
                continue
            if self._dateline_span[0] <= ent.start_char < self._dateline_span[1]:
                continue  # the dateline's date is the last resort, not the sentence's
            if _YEARS.match(str(value)) and not (
                ent.start > 0 and layout.is_word(ent.start - 1, "temporal_prep")
            ):
                continue  # "Laporan Keuangan Tahun 2022", "CPNS 2024": a qualifier
            out.append(ent)
        self._dates[sent] = out
        return out

    def _mention_date(self, m: Mention) -> str | None:
        dates = [
            ent
            for ent in self._dates_in(self.layout.sentence(m.token))
            if not self._behind_offset(m.token + 1, ent)
        ]
        if not dates:
            return None
        words = self.layout.words

        def distance(ent: Span) -> tuple[int, int]:
            lo, hi = sorted((ent.start, m.token))
            crossed = any(words[k] in (",", ";") for k in range(lo, hi))
            return int(crossed), abs(ent.start - m.token)

        nearest = min(dates, key=distance)
        return self._shifted(m.token, nearest, self._value(nearest, dates))

    def _behind_offset(self, start: int, ent: Span) -> bool:
        """True when a "setelah/sebelum" without a day count stands from ``start`` to DATE
        ``ent``: the date is of the earlier event that clause reports ("Banjir melanda
        ... setelah hujan mengguyur sejak Jumat (30/12)"), not of what came after it."""
        layout = self.layout
        return any(
            _offset(layout, k) and not _day_count(layout, k) for k in range(start, ent.start)
        )

    def _shifted(self, token: int, ent: Span, value: str) -> str:
        """``value`` moved by an offset between the trigger and the date.

        "meninjau posko ... sehari setelah tanggul jebol pada Minggu (1/1)": the day after.
        """
        layout = self.layout
        if ent.start < token or len(value) != len("2000-01-01"):
            return value
        for k in range(token + 1, ent.start):
            direction = _offset(layout, k)
            if direction == 0 or k < 1:
                continue
            days = _day_count(layout, k)
            if days == 0:
                return value
            day = interval(value)
            if day is None:
                return value
            return (day[0] + dt.timedelta(days=direction * days)).isoformat()
        return value

    def _value(self, ent: Span, dates: list[Span]) -> str:
        """The value of DATE ``ent``, widened to a range when it ends one.

        "31 Desember 2021 hingga 13 Januari 2022" -> 2021-12-31/2022-01-13; "selama lima
        hari hingga Minggu (15/10/2017)" -> 2017-10-11/2017-10-15.
        """
        value = str(ent._.value)
        layout = self.layout
        k = ent.start - 1
        end = interval(value)
        if end is None:
            return value
        after = ent.end
        if after < len(layout.words) and layout.is_word(after, "until"):
            for other in dates:
                stop = interval(str(other._.value))
                if 0 < other.start - after <= 2 and stop and end[1] <= stop[1]:
                    return _range(value, str(other._.value))
        if k < 1 or not layout.is_word(k, "until"):
            return value
        for other in dates:
            start = interval(str(other._.value))
            if other.end <= k and k - other.end <= 2 and start and start[0] <= end[0]:
                return _range(str(other._.value), value)
        sent = layout.sentence(ent.start)
        for j in range(k - 1, max(sent.start, k - 7), -1):
            if layout.lower[j] == "selama" and j + 2 < k:
                unit = date_lexicon().period_units.get(layout.lower[j + 2], "")
                days = _count(layout.lower[j + 1]) * _UNIT_DAYS.get(unit, 0)
                if days > 0:
                    return _range((end[0] - dt.timedelta(days=days - 1)).isoformat(), value)
        return value

    def clause_date(self, m: Mention) -> str | None:
        """A date in the clause of mention ``m`` (no comma or semicolon between them)."""
        words = self.layout.words
        for ent in self._dates_in(self.layout.sentence(m.token)):
            lo, hi = sorted((ent.start, m.token))
            if not any(words[k] in (",", ";") for k in range(lo, hi)):
                return str(ent._.value)
        return None

    def unit_date(self, unit: Unit) -> str | None:
        """The date nearest the strongest mention of ``unit`` that has one in its sentence."""
        for m in sorted(unit.mentions, key=lambda m: (-m.rule.strength, m.token)):
            found = self._mention_date(m)
            if found:
                return found
        return None

    def _same_day(self, token: int) -> bool:
        """True when the clause of ``token`` says "pada hari yang sama" / "hari itu": the
        day of the event told before (the day noun from dates/period_units.tsv)."""
        layout = self.layout
        sent = layout.sentence(token)
        lex = date_lexicon()
        for k in range(self.ctx.clause_start(token), sent.end - 1):
            if layout.words[k] in CLAUSE_PUNCT and k > token:
                return False
            if lex.period_units.get(layout.lower[k]) != "day":
                continue
            if " ".join(layout.lower[k : k + 2]) in lex.relative_days:
                continue  # "hari ini" is today, not the day told before
            if layout.is_word(k + 1, "anaphor") or layout.lower[k + 1 : k + 3] == ["yang", "sama"]:
                return True
        return False

    def _inherits(self, token: int) -> bool:
        layout = self.layout
        sent = layout.sentence(token)
        if not layout.is_word(sent.start, "inherit_prep"):
            return False
        return any(
            layout.is_word(k, "anaphor") or layout.lower[k] == "sama"
            for k in range(sent.start + 1, min(sent.end, sent.start + 5))
        )

    def _offset_date(self, token: int, draft: Draft, drafts: list[Draft]) -> str | None:
        """A day counted from another event: "tiba sehari setelah gempa" (this sentence or
        the one before it in the paragraph)."""
        layout = self.layout
        n = layout.sentence_of[token]
        sentences = [layout.sentences[n]]
        if (
            n > 0
            and layout.paragraph_of[layout.sentences[n - 1].start] == layout.paragraph_of[token]
        ):
            sentences.insert(0, layout.sentences[n - 1])
        owner: dict[int, Draft] | None = None  # built at the first offset word: most have none
        for sent in sentences:
            for k in range(sent.start + 1, sent.end):
                direction = _offset(layout, k)
                if direction == 0:
                    continue
                if owner is None:
                    owner = {t: d for d in drafts if d is not draft for t in d.tokens}
                days = _day_count(layout, k)
                other = next(
                    (owner[j] for j in range(k + 1, min(sent.end, k + 4)) if j in owner), None
                )
                day = interval(other.date) if other is not None and other.date else None
                if days and day is not None and day[0] == day[1]:
                    return (day[0] + dt.timedelta(days=direction * days)).isoformat()
        return None

    def _setting_of(self, token: int, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """Another event whose setting mention stands in the sentence of ``token``."""
        sentence = self.layout.sentence_of[token]
        for other in drafts:
            if other is draft or other.first >= token:
                continue
            for unit in other.units:
                if unit.sentence == sentence and any(m.setting for m in unit.mentions):
                    return other
        return None

    def _previous(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """The event a "Dalam/Pada <noun> itu" sentence refers to: the latest earlier one
        of a type its noun names ("kunjungan itu"), else the latest that is an occasion
        ("kesempatan itu": not a background happening such as a flood)."""
        earlier = [d for d in drafts if d.first < draft.trigger.token and d is not draft]
        if not earlier:
            return None
        layout = self.layout
        sent = layout.sentence(draft.trigger.token)
        named: set[str] = set()
        for k in range(sent.start + 1, min(sent.end, sent.start + 5)):
            if layout.is_word(k, "anaphor"):
                break
            named |= self.ctx.lex.nouns.get(layout.stem(k), frozenset())
        background = self.ctx.lex.background_ok
        pool = [d for d in earlier if d.type in named] or [
            d for d in earlier if d.type not in background
        ]
        return max(pool or earlier, key=lambda d: d.first)

    def date(self, draft: Draft, drafts: list[Draft]) -> str | None:
        """The date of ``draft`` (see the module docstring)."""
        rep = draft.trigger
        found = self._mention_date(rep)
        if found:
            # a range another mention gives that holds the trigger's day: the whole run
            for unit in draft.units:
                other = self.unit_date(unit)
                if other and "/" in other and _within_dates(found, other):
                    return other
            return found
        for unit in draft.units:
            found = self.unit_date(unit)
            if found:
                return found
        if self._inherits(rep.token) or self._same_day(rep.token):
            previous = self._previous(draft, drafts)
            if previous is not None and previous.date:
                return previous.date
        setting = self._setting_of(rep.token, draft, drafts)
        if setting is not None and setting.date:
            return setting.date  # "Usai penandatanganan, A dan B meninjau ...": that day
        offset = self._offset_date(rep.token, draft, drafts)
        if offset is not None:
            return offset
        para = self.layout.paragraph(rep.token)
        for ent in self._dates_in(para):
            if not self._behind_offset(self.layout.sentence(ent.start).start, ent):
                return str(ent._.value)
        dateline = self.doc._.dateline
        if dateline is not None and dateline.date is not None and dateline.date.value:
            return str(dateline.date.value)
        published = self.doc._.published  # news reports the day's events
        return published.isoformat() if published is not None else None

    def _place(self, segment: Segment) -> str | None:
        """The most specific place named in ``segment`` (computed once per segment).

        Called only after the mentions are described (which may set attributes), so
        the answer for a segment never changes.
        """
        if segment in self._places:
            return self._places[segment]
        best: tuple[int, str] | None = None
        for place in self._ranked_places(segment):
            if best is None or place[0] > best[0]:
                best = place
        self._places[segment] = best[1] if best else None
        return self._places[segment]

    def clause_places(self, m: Mention) -> list[tuple[int, str]]:
        """(rank, canonical) of the places from mention ``m`` to the end of its clause.

        "meninjau dapur umum di Desa Ketanjung, ...": Desa Ketanjung.
        """
        layout = self.layout
        sent = layout.sentence(m.token)
        end = m.token + 1
        while end < sent.end and layout.words[end] not in CLAUSE_PUNCT:
            end += 1
        return self._ranked_places(Segment(m.token, end))

    def _ranked_places(self, segment: Segment) -> list[tuple[int, str]]:
        """(rank, canonical) of each place named in ``segment`` where an event can be."""
        kb = default_kb()
        doc = self.doc
        out: list[tuple[int, str]] = []
        for ent in self.layout.ents_in(segment, "LOC"):
            in_dateline = self._dateline_span[0] <= ent.start_char < self._dateline_span[1]
            if self.layout.quoted[ent.start] or in_dateline or self._origin(ent.start):
                continue
            start, end = ent.start_char, ent.end_char
            canonical = span_attr(doc, "canonical", start, end) or ent.text
            org_id = span_attr(doc, "org_id", start, end)
            entries = kb.by_id.get(org_id or "") if org_id else None
            kind = entries[0].kind if entries else ""
            if canonical.startswith(("Desa ", "Kelurahan ")):
                kind = "village"
            rank = _PLACE_RANK.get(kind, 0)
            if kind == "venue" and entries and entries[0].parent:
                # a building stands for its town: "Gedung Daerah Tanjungpinang" -> Tanjungpinang
                town = kb.place(entries[0].parent)
                if town is not None and town.kind in _PLACE_RANK:
                    canonical, rank = town.canonical, _PLACE_RANK[town.kind]
            out.append((rank, canonical))
        return out

    def _origin(self, start: int) -> bool:
        """A place that says where people come from: "peserta dari seluruh Indonesia"."""
        layout = self.layout
        k = start - 1
        while k >= 0 and layout.words[k] in ("-", "–"):
            k -= 1  # "se-Jawa Tengah"
        return k >= 0 and layout.is_word(k, "origin")

    def location(self, draft: Draft, drafts: list[Draft]) -> str | None:
        """The place the text gives, or the dateline's when it lies within that place."""
        found = self._named_location(draft, drafts)
        here = self._here
        if here is not None and (found is None or _within(here, found)):
            return here  # "JAKARTA – ... HUT ke-78 Republik Indonesia": Jakarta
        return found

    def _named_location(self, draft: Draft, drafts: list[Draft]) -> str | None:
        layout = self.layout
        rep = draft.trigger
        found = self._place(layout.sentence(rep.token))
        if found:
            return found
        for unit in draft.units:
            found = self._place(layout.sentences[unit.sentence])
            if found:
                return found
        if self._inherits(rep.token):
            previous = self._previous(draft, drafts)
            if previous is not None and previous.location:
                return previous.location
        return self._place(layout.paragraph(rep.token))

    def _dateline_place(self) -> str | None:
        dateline = self.doc._.dateline
        if dateline is None or dateline.place_start is None:
            return None
        layout = self.layout
        token = layout.token_at(dateline.place_start)  # 0 when the text opens with it
        ent = layout.ent_at.get(token) if token is not None else None
        if ent is None or ent.label_ != "LOC":
            return None
        return str(ent._.canonical or ent.text)

    # -- 3. selection --------------------------------------------------------------------------
    def _object(self, m: Mention) -> str | None:
        doc, layout = self.doc, self.layout
        sent = layout.sentence(m.token)
        if m.voice == "passive":
            start = self.ctx.clause_start(m.token)
            if start > 0 and layout.is_word(start - 1, "relative"):
                end = start - 1
                start = self.ctx.clause_start(end)
            else:
                end = m.token
            while end > start and layout.is_word(end - 1, "aux"):
                end -= 1
        else:
            start = m.token if m.voice == "nominal" else m.token + 1
            while start < sent.end and layout.is_word(start, "aux"):
                start += 1
            end = start
            while end < sent.end and end - start < 15:
                word = layout.words[end]
                ent = layout.ent_at.get(end)
                if end > start and (
                    layout.is_word(end, "stop")
                    or word in CLAUSE_PUNCT
                    or word in (".", "!", "?")
                    or (ent is not None and ent.label_ in ("DATE", "LOC"))
                ):
                    break
                end += 1
        while end > start and layout.is_word(end - 1, "stop"):
            end -= 1  # "bantuan logistik ke": never end on a preposition
        text = doc[start:end].text.strip(" ,")
        return text or None

    def record(self, draft: Draft) -> Event:
        """``draft`` as an output record."""
        rep = draft.trigger
        token = self.doc[rep.token]
        sent = self.layout.sentence(rep.token)
        seen: set[tuple[str, str]] = set()
        participants = []
        with_org = self.ctx.lex.with_org.get(draft.type, frozenset())
        actors = draft.actors
        # "X menyerahkan bantuan dari Kemensos": a named organisation gives it, not X's own
        named = {a.role for a in actors if not a.person}
        # "Budi dalam rapat ... Rapat itu dipimpin Fary": who leads it is the agent, a name
        # read off the meeting noun only attended
        leaders = {a.canonical for a in actors if a.role == LEAD and not a.weak}
        for actor in actors:
            role = actor.role
            if leaders and actor.weak and role == LEAD and actor.canonical not in leaders:
                role = ATTEND
            pairs = [(role, actor.canonical)]
            if role in with_org and actor.org and role not in named:
                pairs.append((role, actor.org))  # "Kepala BNPB X menyerahkan": BNPB too
            for pair in pairs:
                if pair not in seen:
                    seen.add(pair)
                    participants.append(Participant(*pair))
        return Event(
            type=draft.type,
            trigger=token.text,
            trigger_start=token.idx,
            date=draft.date,
            location=draft.location,
            participants=tuple(participants),
            object=self._object(rep),
            sentence_start=self.doc[sent.start].idx,
            sentence_end=self.doc[sent.end - 1].idx + len(self.doc[sent.end - 1].text),
        )


def _within(inner: str, outer: str) -> bool:
    """True when place ``inner`` lies within place ``outer`` (by the gazetteer's parents)."""
    kb = default_kb()
    name: str | None = inner
    for _ in range(_MAX_PLACE_DEPTH):
        if name == outer:
            return True
        if name is None:
            return False
        top = kb.place(name)
        if top is None:
            return False
        name = top.parent
        if name is None and top.kind in _PLACE_RANK and _PLACE_RANK[top.kind] > 2:
            name = _HOME_COUNTRY  # a province (or a region below one) lies in Indonesia
    return False


def disjoint(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """True when places ``a`` and ``b`` ((rank, canonical)) cannot hold one happening.

    Two places of the same rank with other names (two villages, two cities) are apart;
    of different ranks only when the gazetteer places the smaller one outside the larger.
    """
    (rank_a, name_a), (rank_b, name_b) = sorted((a, b))
    if name_a == name_b or _within(name_a, name_b) or _within(name_b, name_a):
        return False
    if rank_a == rank_b:
        return rank_a > 0
    kb = default_kb()
    inner = kb.place(name_b)  # the more specific place (higher rank)
    return rank_a > 0 and inner is not None and inner.parent is not None


def _count(word: str) -> int:
    """A small cardinal in digits or words ("14", "lima"), else 0."""
    if word.isdigit():
        return int(word)
    return date_lexicon().numbers.get(word, 0)


def _day_count(layout: Layout, k: int) -> int:
    """The days counted before the offset word at ``k`` ("sehari", "tiga hari"), else 0."""
    if k >= 1 and layout.lower[k - 1] == "sehari":
        return 1
    if k >= 2 and layout.lower[k - 1] == "hari":
        return _count(layout.lower[k - 2])
    return 0


def _offset(layout: Layout, k: int) -> int:
    """1 for "setelah/sesudah", -1 for "sebelum" at token ``k`` ("sehari setelah X"), else 0."""
    if layout.is_word(k, "offset_after"):
        return 1
    return -1 if layout.is_word(k, "offset_before") else 0


def _within_dates(inner: str, outer: str) -> bool:
    """True when the days of date value ``inner`` lie within those of ``outer``."""
    a, b = interval(inner), interval(outer)
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


def _range(first: str, last: str) -> str:
    """The range from the start of value ``first`` to the end of value ``last``; either
    may be a range itself ("pekan depan hingga 6 September 2024")."""
    return f"{first.split('/')[0]}/{last.split('/')[-1]}"
