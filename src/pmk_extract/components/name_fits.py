"""Whether a name as written fits a known holder's names.

- a name fits a holder when each of its words is a word of the holder's names, its initial
  or its short form ("Juliari P. Batubara" fits Juliari Peter Batubara, "Moch." Muhammad),
  apostrophes folded (:func:`fits`); a fuller name with one or two middle names the record
  leaves out is the holder's too (:func:`with_middle_names`), as is the name written with one
  or two initials the record lacks, before, between or after its words, that contradict no
  word it spells out (:func:`with_initials`);
- one word in capitals fits when it is the initials of the holder's name ("SMI": Sri Mulyani
  Indrawati, :func:`initials_fit`), and one word that opens or ends a longer word of the
  name when it is the nickname the press makes of it ("Rudy" Rudyatmo, "Midji" Sutarmidji,
  :func:`nickname_fits`); the callers ask these only where the title names one holder.

Pure tests of written forms against a :class:`~pmk_extract.people.Holder`: which holder of
which office is asked about, and on what date, is decided by
:mod:`~pmk_extract.components.holder_rules` and its callers.
"""

from __future__ import annotations

import regex

from ..name_shapes import same_name_word, without_muhammad
from ..name_variants import fold_apostrophes, spelling_variants
from ..people import Holder
from ..stemming import root_words

_INITIAL = regex.compile(r"^\p{Lu}\.$")
_BARE_INITIAL = regex.compile(r"^\p{Lu}$")  # "P" in "Juliari P Batubara"
# capitals that stand for a name's words, dots or none: "A.", "A", "O.E.", "OE", "A.S"
_CAPITALS = regex.compile(r"^(?:\p{Lu}\.?){1,3}$")


def is_initial(word: str) -> bool:
    """True when ``word`` is one capital letter with a full stop ("P.")."""
    return bool(_INITIAL.match(word))


def spelled_words(text: str) -> list[str]:
    """The words of ``text`` written out, without the capitals that stand for words ("Dony K.
    Munir", "Elen AS Setiadi": the first and the last)."""
    return [word for word in text.split() if not _CAPITALS.match(word)]


def _unwritten_initial(word: str, words: set[str], written: list[str]) -> bool:
    """True when ``word`` is one capital, dot or none ("P.", "P"), that is the initial of a
    word of the holder's names (``words``) not written out in ``written``: "Juliari P.
    Batubara" for Juliari Peter Batubara, not "Dony M. Munir" for Dony Ahmad Munir (the one
    word left out opens with A)."""
    if not (_INITIAL.match(word) or _BARE_INITIAL.match(word)):
        return False
    return any(known[0] == word[0] and known not in written for known in words)


def fits(text: str, holder: Holder) -> bool:
    """True when every word of ``text`` is a word of the holder's names or the initial of one
    it does not write out (dot or none: "D Saiful Hidayat" for Djarot Saiful Hidayat).

    "Juliari P. Batubara" fits Juliari Peter Batubara, "Retno LP Marsudi" Retno Lestari
    Priansari Marsudi (:func:`initials_of_words`), "Mochamad Basuki Hadimuljono" Basuki
    Hadimuljono (:func:`without_muhammad`), "Abd. Hakim" Abdul Hakim, "Mochamad
    Prasetyo" Muhammad Prasetyo (:func:`~pmk_extract.name_shapes.same_name_word`); apostrophes
    are compared folded ("Syafi’i" = "Syafi'i").
    """
    forms = [fold_apostrophes(form).split() for form in (holder.name, *holder.aliases)]
    words = {word for form in forms for word in form}
    written = without_muhammad(fold_apostrophes(text).split(), words)
    return all(_word_fits(word, written, words, forms) for word in written)


def _word_fits(word: str, written: list[str], words: set[str], forms: list[list[str]]) -> bool:
    """True when ``word`` of the written name ``written`` is a word of the holder's names
    (``words``, each name's words ``forms``), the initial of one ``written`` leaves out, the
    initials of neighbouring words ("Retno LP Marsudi": Lestari Priansari; "Mahfud M.D.": the
    alias's MD) or a short form of one ("Abd. Hakim", "Mochamad Prasetyo" fit Abdul Hakim,
    Muhammad Prasetyo)."""
    if word in words or _unwritten_initial(word, words, written):
        return True
    if initials_of_words(word, forms):
        return True
    return any(same_name_word(word, known) for known in words)


def with_middle_names(text: str, holder: Holder) -> bool:
    """True when ``text`` is one of the holder's names of two words or more written with one
    or two more words inside it, its first and last words as they are ("Antonius Hubertus
    Gege Hadjon" for Antonius Gege Hadjon): the fuller name the holder's record shortens.
    The words added are name words (a capital, then lower case, three letters or more) or a
    middle name's initials, dots or none ("Josef A. Nae Soi", "Steven O.E. Kandouw", "Elen AS
    Setiadi"); initials stand for words the record leaves out, so where the holder's name
    spells out words between the two the written name leaves out, the initials are theirs, in
    order ("Rico TPB Waas" for Rico Tri Putra Bayu Waas, not "Rico KP Waas":
    :func:`_initials_kept`)."""
    words = fold_apostrophes(text).split()
    for form in (holder.name, *holder.aliases):
        parts = fold_apostrophes(form).split()
        if len(parts) < 2 or not 1 <= len(words) - len(parts) <= 2:
            continue
        if words[0] != parts[0] or words[-1] != parts[-1]:
            continue
        rest = iter(words)
        if not all(part in rest for part in parts):  # in order
            continue
        added = list(words)
        for part in parts:
            added.remove(part)
        named = all(
            _CAPITALS.match(w) or (len(w) >= 3 and w[0].isupper() and w[1:].islower())
            for w in added
        )
        if named and _initials_kept(words, holder):
            return True
    return with_initials(text, holder)


def _initials_kept(written: list[str], holder: Holder) -> bool:
    """True when the initials in ``written`` (capitals, dots or none, that are no word of the
    holder's names) contradict no word of the record: in each of the holder's names that
    holds the other written words in order, the spelled-out words it has where initials are
    written (before, between or after those words) are none, or their initials hold the
    initials' letters in order ("Rico TPB Waas" for Rico Tri Putra Bayu Waas, not "Rico KP
    Waas"; "Yan S. Prana Jaya" for Yan Prana Jaya Indra Rasyid: Indra Rasyid come after)."""
    forms = [fold_apostrophes(form).split() for form in (holder.name, *holder.aliases)]
    known = {word for form in forms for word in form}
    whole = [w for w in written if w in known or not _CAPITALS.match(w)]
    gaps: list[str] = [""] * (len(whole) + 1)  # the initials' letters before each whole word
    k = 0
    for word in written:
        if k < len(whole) and word == whole[k]:
            k += 1
        else:
            gaps[k] += word.replace(".", "")
    for parts in forms:
        at = _positions(whole, parts)
        if at is None:
            continue
        bounds = [-1, *at, len(parts)]
        for g, letters in enumerate(gaps):
            between = parts[bounds[g] + 1 : bounds[g + 1]]
            spelled = [w[0] for w in between if not _CAPITALS.match(w)]
            rest = iter(spelled)
            if letters and spelled and not all(letter in rest for letter in letters):
                return False
    return True


def _positions(whole: list[str], parts: list[str]) -> list[int] | None:
    """Where the words ``whole`` stand in ``parts``, in order (None: not all, or not so)."""
    found: list[int] = []
    start = 0
    for word in whole:
        if word not in parts[start:]:
            return None
        start = parts.index(word, start) + 1
        found.append(start - 1)
    return found


def with_initials(text: str, holder: Holder) -> bool:
    """True when ``text`` is the holder's name written with one or two initials the record
    lacks, dots or none, before, between or after its words ("H.M. Syah Afandin", "Elen AS
    Setiadi", "Agus Subiyanto S." for Syah Afandin, Elen Setiadi, Agus Subiyanto), two whole
    words of it at least or one of its recorded names as it is ("R. M. Rum" for M. Rum), the
    initials contradicting no word of the record (:func:`_initials_kept`:
    not "Dony K. Munir" for Dony Ahmad Munir)."""
    forms = [fold_apostrophes(form).split() for form in (holder.name, *holder.aliases)]
    known = {word for form in forms for word in form}
    words = fold_apostrophes(text).split()
    added = [w for w in words if _CAPITALS.match(w) and w not in known]
    rest = [w for w in words if w not in added]
    if not 1 <= len(added) <= 2:
        return False
    if sum(not _CAPITALS.match(w) for w in rest) < 2 and rest not in forms:
        return False  # one whole word: only a recorded name as it is ("R. M. Rum" for M. Rum)
    return fits(" ".join(rest), holder) and _initials_kept(words, holder)


def initials_of_words(word: str, forms: list[list[str]]) -> bool:
    """True when ``word`` is two or three capitals, with or without dots, that are the initials
    of as many neighbouring words of one of ``forms`` (a name's words: "LP", "L.P" for Lestari
    Priansari) or a word of capitals of one ("M.D." for MD)."""
    letters = word.replace(".", "")
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    size = len(letters)
    return any(
        letters == form[k].replace(".", "")
        or (
            k + size <= len(form)
            and "".join(w[0] for w in form[k : k + size]) == letters
            and all(w[0].isupper() for w in form[k : k + size])
        )
        for form in forms
        for k in range(len(form))
    )


def nickname_fits(written: str, holder: Holder) -> bool:
    """True when ``written`` is the holder's name with a word shortened to the nickname the
    press makes of it, the opening or the end of a word of the name two letters longer or more
    ("FX Rudy" for FX Hadi Rudyatmo, "Midji" for Sutarmidji; "Hofifah" for Khofifah is a
    misspelling): in a name of two words or more, each other word fits (:func:`fits`) and one
    at least; alone, a word of five letters or more that is no common word."""
    names = fold_apostrophes(holder.name).lower().split()
    parts = fold_apostrophes(written).split()

    def shortened(word: str) -> bool:
        low = word.lower()
        return (
            len(low) >= 4
            and low.isalpha()
            and any(
                # a nickname drops a syllable or more; a word one letter short is misspelt
                len(known) > len(low) + 1 and (known.startswith(low) or known.endswith(low))
                for known in names
            )
        )

    if len(parts) == 1:
        return len(parts[0]) >= 5 and shortened(parts[0]) and not has_common_word(parts[0])
    forms = [fold_apostrophes(form).split() for form in (holder.name, *holder.aliases)]
    words = {word for form in forms for word in form}
    fitting = [_word_fits(word, parts, words, forms) for word in parts]
    return any(fitting) and all(ok or shortened(w) for ok, w in zip(fitting, parts, strict=True))


def initials_fit(written: str, holder: Holder) -> bool:
    """True when ``written`` (two to four capitals) is the initials of the holder's name or of
    an alias of two words or more: "SMI" Sri Mulyani Indrawati, "RK" Ridwan Kamil."""
    if not (2 <= len(written) <= 4 and written.isalpha() and written.isupper()):
        return False
    for form in (holder.name, *holder.aliases):
        words = form.split()
        if len(words) > 1 and "".join(word[0] for word in words).upper() == written:
            return True
    return False


def named(written: set[str], holder: Holder) -> bool:
    """True when ``written`` (a text's
    :func:`~pmk_extract.name_variants.spelling_variants`) holds the holder's whole name or one
    of their aliases, as written."""
    return any(
        v in written for form in (holder.name, *holder.aliases) for v in spelling_variants(form)
    )


def has_common_word(text: str) -> bool:
    """True when a word of ``text`` is in the root-word dictionary ("Ajak", "Pimpin").

    Without a date, a name no holder of the office had is kept only when none of its
    words is a common word: a past minister's name ("Ginanjar Kartasasmita") rarely is,
    a Title Case headline nearly always.
    """
    return any(word.lower() in root_words() for word in text.split())
