"""quick_init: a frozen slotted dataclass keeps its signature, defaults and frozenness, and
builds objects equal to those of the dataclass's own ``__init__``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import pickle

import pytest

from pmk_extract.kb_entries import KBEntry
from pmk_extract.people import Holder, Office
from pmk_extract.quick_init import quick_init
from pmk_extract.snapshot import PickledByFields


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain(PickledByFields):
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None = None
    flag: bool = False


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Quick(PickledByFields):
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None = None
    flag: bool = False


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_same_fields_and_defaults_as_the_dataclass_init() -> None:
    day = dt.date(2024, 6, 1)
    for args, kwargs in (
        (("Budi", ("BGS",)), {}),
        (("Budi", ()), {"start": day}),
        ((), {"name": "Budi", "aliases": (), "flag": True}),
        (("Budi", ("A", "B"), day, True), {}),
    ):
        assert _fields(_Quick(*args, **kwargs)) == _fields(_Plain(*args, **kwargs))
    assert list(inspect.signature(_Quick).parameters) == ["name", "aliases", "start", "flag"]


def test_arguments_are_checked_as_a_function_checks_them() -> None:
    with pytest.raises(TypeError):
        _Quick("Budi")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("Budi", (), nickname="B")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("Budi", (), None, False, "extra")  # type: ignore[call-arg]


def test_still_frozen_hashable_replaceable_and_pickled() -> None:
    quick = _Quick("Budi", ("BGS",), dt.date(2020, 1, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.name = "Other"  # type: ignore[misc]
    assert quick == _Quick("Budi", ("BGS",), dt.date(2020, 1, 1))
    assert hash(quick) == hash(_Quick("Budi", ("BGS",), dt.date(2020, 1, 1)))
    assert dataclasses.replace(quick, flag=True).flag is True
    assert pickle.loads(pickle.dumps(quick)) == quick
    assert "start=datetime.date(2020, 1, 1)" in repr(quick)


def test_the_knowledge_base_classes_use_it() -> None:
    for cls in (KBEntry, Office, Holder):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert all(name.startswith("_set_") for name in cls.__init__.__code__.co_names)
    holder = Holder("menkes", "Budi Gunadi Sadikin", ("BGS",), start=dt.date(2024, 10, 21))
    assert (holder.end, holder.title_only, holder.acting) == (None, False, None)


@pytest.mark.parametrize(
    "options",
    [
        {"frozen": False, "slots": True},
        {"frozen": True, "slots": False},
    ],
)
def test_refuses_a_class_it_cannot_serve(options: dict[str, bool]) -> None:
    cls = dataclasses.make_dataclass("_Other", [("name", str)], **options)
    with pytest.raises(TypeError):
        quick_init(cls)


def test_refuses_a_default_factory() -> None:
    cls = dataclasses.make_dataclass(
        "_Factory",
        [("names", list[str], dataclasses.field(default_factory=list))],
        frozen=True,
        slots=True,
    )
    with pytest.raises(TypeError):
        quick_init(cls)
