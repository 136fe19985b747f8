"""How the press writes a person's name: in capitals, with particles, with degrees after it.

- A name written in capitals ("IPTU BUDI HARSONO") is written as names are for its canonical:
  "Budi Harsono"; particles in lower case ("AHMAD BIN SULAIMAN" -> "Ahmad bin Sulaiman"),
  each part of a hyphenated or apostrophe name capitalised ("AL-HADI" -> "Al-Hadi",
  "MA'RUF" -> "Ma'ruf"), initials and a regnal number as written ("R.", "X").
- A particle (``lexicons/name_particles.txt``: "bin", "binti", "van", "de", "al") between two
  name words is part of the name ("Ahmad bin Sulaiman", "Fitri van der Berg"), and so is the
  Haji title of the father's name in North Maluku naming ("Riswan Hi. Kadam").
- After a title, a word the sentence goes on after as after its subject (lower case, a comma,
  a degree: :func:`subject_ends`) closes a name, not a headline's verb ("Masyhuri mengatakan");
  "yakni", "yang baru", "saat itu" after a post introduce its holder's name
  (:func:`holder_intro`).
- A one-word name is ambiguous where the text also writes it at the head of another person's
  name ("Hendra" beside "Hendra Wijaya" and "Hendra Saputra").
- A nickname in quotes inside a name ('FX Hadi "Rudy" Rudyatmo') is no part of it; a day or a
  month written out, alone or with words of time ("Selasa", "Juni Lalu"), is no name; nor are
  the words of a Minangkabau customary title after a name ("Nama Dt. Rajo Api").
- A name that opens with words of the Balinese naming order (``lexicons/
  balinese_name_words.txt``: "I Gusti Ngurah Made") holds three words after them; the words of
  other regional naming orders that open a name (``lexicons/name_openers.txt``: "La Ode",
  "Andi", "Teuku", "Raden") are part of it too.
- A name word abbreviated with a dot (``lexicons/name_abbreviations.txt``: "Abd. Hakim",
  "Moch. Syaifuddin", "I Gst. Ngurah") goes on into the name word after it; a name's initials of
  several letters ("Dedi S.N Simanjorang", "Hendra Wahyu P.S") are part of it.
- An academic degree written after a name without a comma has the shape of one: a capital S, M
  or D (or "Sp", "Dr") and a dot before a capital ("S.STP", "M.AP", "Sp.PD"), or a capital S
  or M, a capital and lower case ("MSi", "MKes", "SPd"); a word of three capitals or more ends
  a name written in title case too ("SSTP", "SKM"): a degree or an organisation's short form.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container
from functools import cache

import regex

from .dates.lexicon import lexicon as date_lexicon
from .degrees import degree_run
from .resources import read_lines
from .stemming import compound_verb, field_noun_shape, root_words, stem_word
from .wordcache import word_cache

_ROMAN = regex.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# the numbers written in Roman numerals that name bodies and commissions, up to the DPR's
# thirteen commissions ("Komisi XIII", "KOMISI IV")
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
_INITIAL = regex.compile(r"^\p{Lu}\.$")
# tokens after which a word opens a sentence, a line, a quote or a bracket
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "\n", "“", '"', "(", "–", "—", "-"})
# a name's initials in one token: "S.N", "P.S", "S.N.", "A.M." (and "R.")
INITIALS = regex.compile(r"^\p{Lu}(?:\.\p{Lu}){0,2}\.?$")
# an opening quote and the closing quotes that match it
_QUOTES = {'"': ('"',), "“": ("”", '"'), "'": ("'",), "‘": ("’", "'")}
# the words between a name and its post written after it ("Nama, Ketua X", "Nama selaku X")
APPOSITION_MARKS = frozenset({",", "sebagai", "selaku"})
_GENDER_WORDS = frozenset({"I", "Ni"})  # the Balinese naming order's first word
_MAX_ORDER_RUN = 4  # words of the Balinese order opening a name ("I Gusti Ngurah Made")
_MIN_REPEAT = 3  # letters of a name word's repeated end after a hyphen ("Perangin-angin")
_DEGREE = regex.compile(r"^(?:(?:[SMD]|Sp|Dr)\.\p{Lu}[\p{L}.]{0,8}|[SM]\p{Lu}\p{Ll}{1,4})$")


@cache
def particles() -> frozenset[str]:
    """The particles of ``lexicons/name_particles.txt``, in lower case."""
    return frozenset(word.lower() for word in read_lines("lexicons/name_particles.txt"))


@cache
def capital_particles() -> frozenset[str]:
    """The particles ``lexicons/name_particles.txt`` lists with a capital, in lower case: a
    name's canonical writes them with one ("Al", "El")."""
    lines = read_lines("lexicons/name_particles.txt")
    return frozenset(word.lower() for word in lines if word[:1].isupper())


@cache
def balinese_words() -> frozenset[str]:
    """The words of the Balinese naming order (``lexicons/balinese_name_words.txt``)."""
    return frozenset(read_lines("lexicons/balinese_name_words.txt"))


def opens_balinese_name(words: list[str], k: int) -> bool:
    """True when the gender word "I" or "Ni" at ``k`` is followed by another word of the
    Balinese naming order ("I Made", "Ni Luh", "I Gusti"): a name opens there, never a
    unit's or a field's Roman numeral ("Kepala Bagian Hukum | I Wayan Sudana")."""
    return (
        k + 1 < len(words)
        and words[k] in _GENDER_WORDS
        and words[k + 1] in balinese_words()
        and words[k + 1] not in _GENDER_WORDS
    )


@cache
def _name_openers() -> frozenset[tuple[str, ...]]:
    """The openers of ``lexicons/name_openers.txt`` and the Balinese naming order's words."""
    return _listed_openers() | frozenset((word,) for word in balinese_words())


def opener_ends(words: list[str], k: int) -> bool:
    """True when ``words[k]`` ends a word of a regional naming order that opens a name and is
    part of it (``lexicons/name_openers.txt``: "La Ode", "Andi", "Teuku", "Raden"; the Balinese
    order's words: "I Made", "Anak Agung"): the name goes on after it."""
    return any(k + 1 >= n and tuple(words[k + 1 - n : k + 1]) in _name_openers() for n in (1, 2))


@cache
def _listed_openers() -> frozenset[tuple[str, ...]]:
    """The openers of ``lexicons/name_openers.txt`` (their initials too: "TB", "IGN")."""
    return frozenset(tuple(line.split()) for line in read_lines("lexicons/name_openers.txt"))


def opener_before(words: list[str], k: int) -> int:
    """How many words right before ``words[k]``, a name's first word, open that name and are
    part of it: an opener of ``lexicons/name_openers.txt`` or its initials ("Andi", "La Ode",
    "TB", "IGN"), or a run of the Balinese order's words that its gender word opens ("I" in
    "I Nyoman", "I Gusti Agung"; never a unit's numeral alone: "Asisten I"); 0 when none."""
    for n in (2, 1):
        if k >= n and tuple(words[k - n : k]) in _listed_openers():
            return n
    j = k
    while j > 0 and k - j < _MAX_ORDER_RUN and words[j - 1] in balinese_words():
        j -= 1
        if opens_balinese_name(words, j):
            return k - j
    return 0


@cache
def _lettered_units() -> frozenset[str]:
    """The nouns of ``lexicons/lettered_units.txt``, in lower case ("komisi", "kelas")."""
    return frozenset(line.lower() for line in read_lines("lexicons/lettered_units.txt"))


def lettered_unit(word: str) -> bool:
    """True when ``word`` is a noun the press numbers with a capital letter ("Komisi A",
    "Kelas B": ``lexicons/lettered_units.txt``), in any case."""
    return word.lower() in _lettered_units()


def capitals_dot_at(words: list[str], names: list[bool], k: int, glued: bool) -> int:
    """2 when ``words[k]`` is two or three capitals with its dot glued to it (``glued``) and a
    name word after the dot: a name's initials inside it, the dot set apart by the tokenizer
    ("Rochady HS. Wibawa", "Teddy JS. Marbun"); else 0. Degrees and honorifics in capitals
    ("SH.", "MM.") are the caller's to rule out."""
    word = words[k] if k < len(words) else ""
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()) or not glued:
        return 0
    return 2 if k + 2 < len(words) and words[k + 1] == "." and names[k + 2] else 0


def initials_dot(words: list[str], names: list[bool], k: int) -> bool:
    """True when the dot at ``words[k]`` closes initials in capitals inside a name, a name
    word before and after them ("Rochady HS . Wibawa": :func:`capitals_dot_at`), not a
    sentence's end; a degree's dot ("Nama SH . Nama") is one."""
    return (
        words[k] == "."
        and k >= 2
        and k + 1 < len(words)
        and names[k - 2]
        and capitals_dot_at(words, names, k - 1, True) > 0
        and not degree_run(words, k - 1)
    )


def dot_in_name(words: list[str], names: list[bool], k: int) -> bool:
    """True when the dot at ``words[k]`` is a name's own, with a name word after it: the dot
    of an abbreviated name word ("Moh . Anwar") or of initials in capitals inside a name
    (:func:`initials_dot`), not a sentence's end."""
    if words[k] != "." or k < 1 or k + 1 >= len(words) or not names[k + 1]:
        return False
    return abbreviated_word(words[k - 1]) is not None or initials_dot(words, names, k)


def name_limit(words: list[str], start: int, base: int) -> int:
    """The most words a name at ``start`` holds: ``base``, or for a name that opens with a
    run of words of the Balinese naming order ("I Gusti Ngurah Made"), that run and three
    words after it."""
    k = start
    while k < len(words) and words[k] in balinese_words():
        k += 1
    return max(base, k - start + 3)


@cache
def name_abbreviations() -> frozenset[str]:
    """The abbreviated name words of ``lexicons/name_abbreviations.txt`` ("Abd", "Moch")."""
    return frozenset(read_lines("lexicons/name_abbreviations.txt"))


def abbreviated_word(word: str) -> str | None:
    """``word`` as ``lexicons/name_abbreviations.txt`` writes it when it is an abbreviated name
    word, also in capitals when of three letters or more ("ABD" -> "Abd", "MOH" -> "Moh"; a
    two-letter word in capitals is a short form of its own: "PT", "ST"), else None."""
    if word in name_abbreviations():
        return word
    if len(word) >= 3 and word.isupper() and word.capitalize() in name_abbreviations():
        return word.capitalize()
    return None


def abbreviated_at(words: list[str], names: list[bool], k: int, glued: bool) -> int:
    """2 when ``words[k]`` is an abbreviated name word with its dot glued to it (``glued``: no
    space after ``words[k]``) and a name word after ("Abd", ".", "Hakim"; "ABD", ".",
    "Rahman"), 1 when the tokenizer kept the dot on the word ("Rr.", "Sri"), else 0."""
    word = words[k] if k < len(words) else ""
    if len(word) > 2 and word.endswith(".") and abbreviated_word(word[:-1]) is not None:
        return 1 if k + 1 < len(words) and names[k + 1] else 0
    if k + 2 >= len(words) or words[k + 1] != "." or not glued:
        return 0
    return 2 if abbreviated_word(words[k]) is not None and names[k + 2] else 0


# the ways the press writes Muhammad, in full and short: Muhammad, Mohammad, Mochamad,
# Muchammad, Mohammed; Moch., Moh., Muh., Mohd., Mhd.
MUHAMMAD = regex.compile(r"^M(?:(?:u|o|oe)c?h?amm?[ae]d|[ou]c?hd?\.?|hd\.?)$", regex.IGNORECASE)


def without_muhammad(written: list[str], known: Collection[str]) -> list[str]:
    """The words of a written name of three words or more without its first when that is a form
    of Muhammad ("Mochamad", "Moh") and no word of the known name is one: the press adds it
    to names recorded without it ("Mochamad Basuki Hadimuljono" for Basuki Hadimuljono)."""
    opens = len(written) >= 3 and MUHAMMAD.match(written[0]) is not None
    if opens and not any(MUHAMMAD.match(word) for word in known):
        return written[1:]
    return written


def same_name_word(written: str, word: str) -> bool:
    """True when a written word of a name stands for ``word`` of a known name: the same word, a
    short form with a dot ("Abd." for Abdul, "Moch." for Mochamad), or both a form of Muhammad
    ("Mochamad", "Moh." for Muhammad)."""
    if written == word:
        return True
    if written.endswith(".") and len(written) > 2 and word.startswith(written[:-1]):
        return True
    return bool(MUHAMMAD.match(written) and MUHAMMAD.match(word))


def opens_sentence(words: list[str], j: int) -> bool:
    """True when the word at ``j`` is the first of its sentence or line: capitalised so, it is
    no sign of a name ("Menurut Prasetyo, ...")."""
    return j == 0 or words[j - 1] in _SENTENCE_OPENERS or words[j - 1].isspace()


def in_capitals(text: str) -> bool:
    """True when ``text`` is written in capitals and has two letters or more ("BUDI")."""
    return text.isupper() and sum(ch.isalpha() for ch in text) > 1


def _cased_word(word: str, first: bool) -> str:
    if len(word) == 1 or INITIALS.match(word):
        return word
    if not first and _ROMAN.match(word):
        return word  # "HAMENGKU BUWONO X"
    if not first and word.lower() in particles():
        lower = word.lower()
        return lower.capitalize() if lower in capital_particles() else lower
    return "-".join(part.capitalize() for part in word.split("-"))


def name_case(text: str) -> str:
    """``text`` (a name) with every word in capitals written as names are ("BUDI HARSONO" ->
    "Budi Harsono"); words not in capitals stay as written; spaces are collapsed."""
    words = text.split()
    return " ".join(
        _cased_word(word, k == 0) if word.isupper() else word for k, word in enumerate(words)
    )


def _glued_head(head: str, rest: str, k: int) -> bool:
    """True when ``head`` and a dot glued to ``rest``, a name word ("Nasir"), are a word of
    their own: an initial ("M"), an abbreviated name word ("Muh") or, after the name's first
    word, a dotted particle ("Hi"); not a name's initials ("S.N") nor a degree's letters
    ("S.Ip", "M.Si": :func:`~pmk_extract.degrees.degree_run`)."""
    if not (len(rest) > 1 and rest[0].isupper() and rest[1:].islower()):
        return False
    if degree_run([f"{head}.{rest}"], 0):
        return False
    if (len(head) == 1 and head.isupper()) or abbreviated_word(head) is not None:
        return True
    return k > 0 and f"{head}.".lower() in particles()


def written_name(text: str) -> str:
    """``text`` (a name written with a capital on some word) with its odd words written as
    names are: a word in lower case that is no particle, or a particle listed with a capital,
    capitalised ("Anita susanti" -> "Anita Susanti", "al Rahab" -> "Al Rahab"; "bin" stays),
    an abbreviated name word in capitals as abbreviations are written ("ABD. Rahman" -> "Abd.
    Rahman"), an initial, an abbreviated name word or a dotted particle glued to the next
    name word set apart ("M.Nasir" -> "M. Nasir", "Hi.Kadam" -> "Hi. Kadam"); the other
    words as written."""
    out = []
    for k, word in enumerate(text.split()):
        head, dot, rest = word.partition(".")
        if dot and _glued_head(head, rest, k):
            out.append(f"{head}.")  # "M.Nasir", "Muh.Yusuf", "Riswan Hi.Kadam": set apart
            word = rest
        bare = word.rstrip(".")
        if (
            word.islower()
            and word.isalpha()
            and not (k and word in particles() and word not in capital_particles())
        ):
            word = word.capitalize()  # "Anita susanti", "Amiruddin al Rahab": as names write
        elif bare != word and (short := abbreviated_word(bare)) is not None:
            word = short + word[len(bare) :]
        out.append(word)
    return " ".join(out)


# the active verb's prefix with its nasal, as it opens a verb before a root word's first letter
_ACTIVE_PREFIXES = ("meng", "meny", "memb", "memp", "mend", "menj", "menc")


def lower_name_word(word: str) -> bool:
    """True when ``word``, in lower case right after a capitalised word of a name, can only be
    the name's next word written without its capital ("Anita susanti"): letters only, four or
    more, no particle, no dictionary word and no affixed form of one ("menjelaskan",
    "beserta", "selaku" end the name)."""
    if not (word.isalpha() and word.islower() and len(word) >= 4) or word in particles():
        return False
    if word.startswith(_ACTIVE_PREFIXES):
        return False  # "Nama Nama menghimbau": an active verb, its root misspelt ("himbau")
    return word not in root_words() and stem_word(word) == word and not compound_verb(word)


def reduplicated_at(words: list[str], k: int) -> bool:
    """True when the hyphen at ``k`` repeats the end of the name word before it in lower case
    ("Perangin-angin", "Karo-karo": the Karo clans' names, one word): the name goes on over
    it. The caller checks the hyphen is glued to both words."""
    if k < 1 or k + 1 >= len(words) or words[k] != "-":
        return False
    before, after = words[k - 1], words[k + 1]
    return (
        len(after) >= _MIN_REPEAT
        and after.isalpha()
        and after.islower()
        and before[:1].isupper()
        and before.lower().endswith(after)
    )


def is_particle(word: str, capitals: bool = False) -> bool:
    """True when ``word`` is a name particle written in lower case or with a capital ("bin",
    "Van", "al"), or in capitals inside a name in capitals (``capitals``: "BIN", "AL")."""
    return word.lower() in particles() and (capitals or not word.isupper())


def ends_name(word: str) -> bool:
    """True when ``word``, after a word of a name written in title case, is no part of it: a
    degree ("S.STP", "MSi", "Sp.PD") or a word of three capitals or more ("SSTP", "BPBD")."""
    if _DEGREE.match(word) and not INITIALS.match(word):  # "S.N" is a name's initials
        return True
    return in_capitals(word) and len(word) >= 3 and word.isalpha()


def other_bearer(
    words: list[str], word: str, own: Container[str], name_after: Callable[[int], bool]
) -> bool:
    """True when ``word`` stands somewhere in ``words`` at the head of another person's name:
    at ``k`` with a name word after it (``name_after(k)``) that is none of the owner's words
    (``own``) and no common word ("Hendra Saputra" in a text whose person found is Hendra
    Wijaya; not "Luthfi Minta ..." in a headline)."""
    return any(
        w == word
        and name_after(k)
        and words[k + 1] not in own
        and stem_word(words[k + 1]) not in root_words()
        for k, w in enumerate(words[:-1])
    )


def nickname_at(words: list[str], names: list[bool], k: int) -> int:
    """Length of a nickname in quotes at ``k`` inside a name that goes on after it (one or two
    capitalised words, ``names``: 'Hadi "Rudy" Rudyatmo', "Heru 'Kribo' Santoso"), else 0."""
    close = _QUOTES.get(words[k]) if k < len(words) else None
    if close is None:
        return 0
    j = k + 1
    while j < len(words) and j - k <= 2 and names[j] and words[j] not in _QUOTES:
        j += 1
    if j == k + 1 or j + 1 >= len(words) or words[j] not in close or not names[j + 1]:
        return 0
    return j + 1 - k


def date_words(words: list[str]) -> bool:
    """True when ``words`` are a day or a month written out, with only words of time after it
    ("Selasa", "Juni Lalu", "Senin Pagi"): no name. "Agus Salim" opens with a month's short
    form, "Mei Ling" goes on with a name."""
    dates = date_lexicon()
    first = words[0].lower()
    written_out = first in dates.months and first not in dates.month_abbrs
    if first not in dates.weekdays and not written_out:
        return False
    time = (dates.ago_words, dates.directions, dates.parts_of_day)
    return all(any(w.lower() in table for table in time) for w in words[1:])


def day_after_name(words: list[str], k: int) -> bool:
    """True when ``words[k]``, written after a name, is a day of the week that opens the time
    of the statement: a date follows it, in brackets or written out, or a part of the day or
    a word of time ("Nama Nama Senin (3/7)", "Nama Nama Kamis, 3 Juli", "Nama Nama Jumat
    pagi", "Nama Nama Rabu lalu"). A name may hold a day's word ("Dominikus Minggu Mere")."""
    dates = date_lexicon()
    if k + 1 >= len(words) or words[k].lower() not in dates.weekdays:
        return False
    after = words[k + 1]
    if after in ("(", ",") and k + 2 < len(words):
        after = words[k + 2]  # "Senin (3/7)", "Kamis, 3 Juli 2023"
        return after[:1].isdigit()
    lower = after.lower()
    time = (dates.directions, dates.ago_words, dates.relative_days)
    return (
        after[:1].isdigit() or lower in _day_part_openers() or any(lower in table for table in time)
    )


_MAX_TITLE_WORDS = 4  # "Dt. Malako Nan Putiah", "Dt. Rajo Pangulu": a customary title's words


@cache
def _customary_titles() -> frozenset[str]:
    return frozenset(read_lines("lexicons/customary_titles.txt"))


def customary_title_at(words: list[str], start: int, end: int) -> int:
    """Where the first Minangkabau customary title inside ``words[start + 1 : end]`` stands
    ("Hardi Siswan | Dt Marah Bangso"), or ``end``: the name ends before it."""
    titles = _customary_titles()
    return next((k for k in range(start + 1, end) if words[k] in titles), end)


def in_customary_title(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is one of the capitalised words written after a Minangkabau
    customary title (``lexicons/customary_titles.txt``: "Dt.", "Dt", "Datuak"): the words name
    the title ("Indra Catri Dt. Malako Nan Putiah", "Syafril SE Dt Rajo Api"), not a person."""
    titles = _customary_titles()
    j = k
    while j > 0 and k - j < _MAX_TITLE_WORDS and words[j][:1].isupper() and words[j].isalpha():
        if words[j - 1] in titles:
            return True
        j -= 1
    return False


@cache
def _day_part_openers() -> frozenset[str]:
    """The first words of the parts of the day of the date lexicon ("pagi", "dini" of "dini
    hari")."""
    return frozenset(part.split()[0] for part in date_lexicon().parts_of_day)


def name_goes_back(words: list[str], names: list[bool], k: int) -> bool:
    """True when the word before ``words[k]`` (a word of a name) is a word of the same name: a
    name word, initials ("R. Bambang"), an abbreviated name word ("Moh. Anwar"), a particle or
    a glued hyphen after a name word ("Gafur bin Ismail", "Al-Farisi"), or a nickname in quotes
    after one ('Yohanes "Anis" Bria')."""
    if k < 1:
        return False
    word = words[k - 1]
    if names[k - 1] or INITIALS.match(word):
        return True
    if word.endswith(".") and abbreviated_word(word[:-1]) is not None:
        return True
    if word == "." and k >= 2 and abbreviated_word(words[k - 2]) is not None:
        return True  # "Moh", ".", "Anwar"
    if initials_dot(words, names, k - 1):
        return True  # "Rochady HS", ".", "Wibawa"
    if k >= 2 and names[k - 2] and (word == "-" or is_particle(word)):
        return True
    return any(
        j > 0 and names[j - 1] and nickname_at(words, names, j) == k - j
        for j in range(max(0, k - 4), k - 2)
    )


def subject_ends(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is what a sentence writes after its subject, never what a
    headline writes after its verb (the verb's object, capitalised): a word in lower case
    ("Masyhuri mengatakan"), a comma, a full stop or a bracket ("Masyhuri, Kepala ...") or a
    degree ("Masyhuri SKM", :func:`~pmk_extract.degrees.degree_run`)."""
    if k >= len(words):
        return False
    word = words[k]
    return word in (",", ".", "(") or word[:1].islower() or bool(degree_run(words, k))


@word_cache(maxsize=10_000)
def field_noun(word: str) -> bool:
    """A capitalised noun of a field made with pe-/ke- and -an on a root word ("Kelautan",
    "Pertanian", "Kesehatan"): a word of an office's name, never a name's first word."""
    if not (field_noun_shape(word) and word.isalpha()):
        return False
    stem = stem_word(word)
    return stem != word.lower() and stem in root_words()


@cache
def _holder_intros() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``lexicons/holder_intros.txt`` in lower case, the longest first."""
    phrases = {tuple(line.lower().split()) for line in read_lines("lexicons/holder_intros.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))


def holder_intro(words: list[str], k: int) -> int:
    """Tokens of the phrase at ``k`` that introduces the holder's name after a post, in any
    case ("Kepala Dinas X, yakni Nama", "Kepala Dinas X yang baru, Nama":
    ``lexicons/holder_intros.txt``), else 0."""
    for phrase in _holder_intros():
        if tuple(word.lower() for word in words[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0
