"""Police and military units and the posts fused with them, built by pattern from
``models/lexicons``: a post (``command_posts.tsv``: "Dan", "Kas", "Ir", "Ka", "Dir") fused
with a unit's short form (``command_stems.tsv``: "dam", "lantamal", "bareskrim") or with a
unit made of a base and an arm, a service or a police field (``command_bases.tsv`` x
``command_arms.tsv``: "Yon" + "Zipur", "Kodiklat" + "AD", "Sat" + "Reskrim").

"Danyon Zipur", "Danyonzipur", "Kasdam", "Irdam", "Kakesdam", "Dankodiklatad",
"Danpussenif", "Kabareskrim", "Dirreskrimum" are never listed: each is one post over one
unit. The "rr" where a post ending in "r" meets a unit beginning with it is also written once
("Direskrimum", "Wadiresnarkoba"). A unit named only inside titles (no ORG span of its own)
also takes its posts written out ("Komandan Paspampres", "Kepala Badan Reserse Kriminal").
The listed tables (``command_units.tsv``, ``command_titles.tsv``) keep their rows; the
pattern only adds what they do not hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DataFileError
from .resources import model_path, read_tsv

# units named only inside titles (command_units.tsv): no ORG span of their own is built, so
# their posts are also read written out
_TITLE_KINDS = frozenset({"title", "title_area"})
# a unit named only inside fused titles whose name written out is a section any body has
# ("Kasium Polres X": Seksi Umum): read as a title unit, but never written out
_FUSED_ONLY = "fused"
# the letter the press writes once where a post ending with it is fused with a unit beginning
# with it ("Direskrimum" for "Dirreskrimum")
_ONCE = "r"
_DEPUTY = "Wa"  # a deputy's post ("Wadan", "Waka", "Wadir", "Wapang"): never a word of its own
Units = dict[tuple[str, ...], tuple[str, str, str]]  # head -> (expansion, parent, name kind)
Titles = dict[tuple[str, ...], tuple[str, tuple[str, ...]]]  # title -> (role head, unit head)


@dataclass(frozen=True, slots=True)
class _Post:
    prefix: str
    role: str
    over: frozenset[str]


def _posts() -> list[_Post]:
    """The posts of ``command_posts.tsv``, and each section officer's post of
    ``command_staff.tsv`` joined with each field ("Pasiter": Perwira Seksi Teritorial), which
    the press fuses before the unit it serves like a commander's post ("Pasiterdim 0315/X")."""
    posts = [
        _Post(prefix, role, frozenset(over.split(" ")))
        for prefix, role, over in read_tsv("lexicons/command_posts.tsv", 3)
    ]
    rows = read_tsv("lexicons/command_staff.tsv", 4)
    fields = [(form, expansion) for kind, form, expansion, _ in rows if kind == "field"]
    for kind, form, expansion, before in rows:
        if kind == "post" and before == "unit":
            for field, words in fields:
                posts.append(
                    _Post(staff_join(form, field), f"{expansion} {words}", frozenset({"Komandan"}))
                )
    return posts


def deputy_posts() -> frozenset[str]:
    """The deputies' posts of ``command_posts.tsv`` ("Wadan", "Waka"), which the press also
    writes apart from the unit ("Waka Polres Batang")."""
    return frozenset(post.prefix for post in _posts() if post.prefix.startswith(_DEPUTY))


def staff_join(post: str, field: str) -> str:
    """A staff post fused with its field, a doubled letter written once ("Pasi" + "intel":
    "Pasintel"; "As" + "ops": "Asops")."""
    field = field.lower()
    return post + field[1:] if post[-1:].lower() == field[:1] else post + field


def compound_units() -> tuple[Units, list[tuple[tuple[str, ...], str, tuple[str, ...]]]]:
    """Units made of a base and an arm (``command_bases.tsv`` x ``command_arms.tsv``), and
    for each the forms a post is fused with: ``(fused form, commander, unit head)``.

    "Yon" + "Zipur" gives the heads "Yon Zipur" and "Yonzipur" (Batalyon Zeni Tempur); a
    post fuses with "yon" ("Danyon Zipur") or with "yonzipur" ("Danyonzipur"); a base that
    the post stands for ("Dit": Direktur) gives "Dirreskrimum" and "Dir Reskrimum".
    """
    arms: dict[str, list[tuple[str, str, str]]] = {}
    for families, arm, expansion, parent in read_tsv("lexicons/command_arms.tsv", 4):
        for family in families.split(","):  # "police,unit": an arm of both families
            arms.setdefault(family, []).append((arm, expansion, parent))
    units: Units = {}
    forms: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = []
    path = str(model_path("lexicons/command_bases.tsv"))
    for base, expansion, family, kind, commander, fused in read_tsv(
        "lexicons/command_bases.tsv", 6
    ):
        if family not in arms or fused not in ("yes", "no"):
            raise DataFileError(path, None, f"unknown family {family!r} or fused {fused!r}")
        for arm, arm_expansion, parent in arms[family]:
            value = (f"{expansion} {arm_expansion}", parent, kind)
            apart, joined = (base, arm), (base + arm.lower(),)
            units.setdefault(apart, value)
            units.setdefault(joined, value)
            if fused == "yes":
                forms.append(((base.lower(), arm), commander, apart))
                forms.append(((joined[0].lower(),), commander, joined))
            else:
                forms.append(((arm.lower(),), commander, joined))
                forms.append((("", arm), commander, apart))
    return units, forms


def numbered_bases() -> frozenset[str]:
    """The expansions of the bases of ``command_bases.tsv`` named by a designation
    ("Batalyon", "Brigade"): units numbered, and named only after a slash ("Yonif 512/QY")."""
    rows = read_tsv("lexicons/command_bases.tsv", 6)
    return frozenset(expansion for _, expansion, _, kind, _, _ in rows if kind == "designation")


def productive_tables(units: Units, titles: Titles) -> tuple[Units, Titles]:
    """``units`` and ``titles`` with the compound units and every post fused over every unit
    whose commander it serves (listed rows win)."""
    compound, forms = compound_units()
    # listed rows win over compound units of the same head
    fused_only = {
        head for head, (_, _, kind) in {**compound, **units}.items() if kind == _FUSED_ONLY
    }
    all_units = {
        head: (expansion, parent, "title" if kind == _FUSED_ONLY else kind)
        for head, (expansion, parent, kind) in units.items()
    }
    for head, (expansion, parent, kind) in compound.items():
        all_units.setdefault(head, (expansion, parent, "title" if kind == _FUSED_ONLY else kind))
    for stem, unit, commander in read_tsv("lexicons/command_stems.tsv", 3):
        head = tuple(unit.split(" "))
        if head not in all_units:
            path = str(model_path("lexicons/command_stems.tsv"))
            raise DataFileError(path, None, f"{unit!r} is no unit of command_units.tsv")
        forms.append(((stem, *head[1:]), commander, head))
    all_titles = dict(titles)
    for post in _posts():
        role = tuple(post.role.split(" "))
        for form, commander, head in forms:
            if commander not in post.over:
                continue
            first = post.prefix + form[0]
            key = (first, *form[1:]) if form[0] else (post.prefix, *form[1:])
            all_titles.setdefault(key, (post.role, head))
            if post.prefix.endswith(_ONCE) and form[0].startswith(_ONCE):
                # the "rr" of a post and a unit written once ("Dir" + "reskrimum":
                # "Direskrimum"); other letters are not, "Kas" + "sat" is no "Kasat"
                single = (post.prefix + form[0][1:], *form[1:])
                all_titles.setdefault(single, (post.role, head))
            if post.prefix.startswith(_DEPUTY) and form[0]:
                # a deputy's post written apart from the unit's own short form: "Wadan
                # Pussenif", "Waka Polres Batang", "Wadir Reskrimum" as "Wadanpussenif"
                all_titles.setdefault((post.prefix, *head), (post.role, head))
            expansion, _, kind = all_units[head]
            if kind in _TITLE_KINDS and head not in fused_only:
                # written out: "Komandan Paspampres", "Kepala Badan Reserse Kriminal Polri"
                all_titles.setdefault((*role, *head), (post.role, head))
                all_titles.setdefault((*role, *expansion.split(" ")), (post.role, head))
    return all_units, all_titles
