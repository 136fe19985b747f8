"""The kinds of ``org_units.tsv`` are those ``unit_kinds.py`` names; its groups hold only them."""

from __future__ import annotations

from pmk_extract import unit_kinds
from pmk_extract.lexicons import lexicons


def test_every_head_has_a_known_kind() -> None:
    unknown = {kind for kind in lexicons().unit_heads.values() if kind not in unit_kinds.KINDS}
    assert not unknown


def test_groups_hold_only_known_kinds() -> None:
    groups = [
        value
        for name, value in vars(unit_kinds).items()
        if name.isupper() and name != "KINDS" and isinstance(value, frozenset)
    ]
    assert len(groups) >= 10
    for group in groups:
        assert group <= unit_kinds.KINDS


def test_every_kind_heads_some_unit() -> None:
    assert set(lexicons().unit_heads.values()) == unit_kinds.KINDS
