"""Whether a name as written fits a known holder's names.

- a name fits a holder when each of its words is a word of the holder's names, its initial
  or its short form ("Juliari P. Batubara" fits Juliari Peter Batubara, "Moch." Muhammad),
  apostrophes folded (:func:`fits`); a fuller name with one or two middle names the record
  leaves out is the holder's too (:func:`with_middle_names`);
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

from ..name_shapes import INITIALS, same_name_word, without_muhammad
from ..name_variants import fold_apostrophes, spelling_variants
from ..people import Holder
from ..stemming import root_words

_INITIAL = regex.compile(r"^\p{Lu}\.$")


def is_initial(word: str) -> bool:
    """True when ``word`` is one capital letter with a full stop ("P.")."""
    return bool(_INITIAL.match(word))


def fits(text: str, holder: Holder) -> bool:
    """True when every word of ``text`` is a word of the holder's names or its initial.

    "Juliari P. Batubara" fits Juliari Peter Batubara, "Retno LP Marsudi" Retno Lestari
    Priansari Marsudi (:func:`initials_of_words`), "Mochamad Basuki Hadimuljono" Basuki
    Hadimuljono (:func:`without_muhammad`), "Abd. Hakim" Abdul Hakim, "Mochamad
    Prasetyo" Muhammad Prasetyo (:func:`~pmk_extract.name_shapes.same_name_word`); apostrophes
    are compared folded ("Syafi’i" = "Syafi'i").
    """
    forms = [fold_apostrophes(form).split() for form in (holder.name, *holder.aliases)]
    words = {word for form in forms for word in form}
    initials = {word[0] for word in words}
    for word in without_muhammad(fold_apostrophes(text).split(), words):
        if word in words or (is_initial(word) and word[0] in initials):
            continue
        if initials_of_words(word, forms):
            continue  # "Retno LP Marsudi": Lestari Priansari; "Mahfud M.D.": the alias's MD
        if not any(same_name_word(word, known) for known in words):
            return False  # "Abd. Hakim", "Mochamad Prasetyo" fit Abdul Hakim, Muhammad Prasetyo
    return True


def with_middle_names(text: str, holder: Holder) -> bool:
    """True when ``text`` is one of the holder's names of two words or more written with one
    or two more words inside it, its first and last words as they are ("Antonius Hubertus
    Gege Hadjon" for Antonius Gege Hadjon): the fuller name the holder's record shortens.
    The words added are name words (a capital, then lower case, three letters or more) or a
    middle name's initials ("Josef A. Nae Soi", "Steven O.E. Kandouw"); other capitals are the
    holder's initials or not (:func:`initials_of_words`)."""
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
        if all(
            INITIALS.match(w) or (len(w) >= 3 and w[0].isupper() and w[1:].islower()) for w in added
        ):
            return True
    return False


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
    fitting = [fits(word, holder) for word in parts]
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
