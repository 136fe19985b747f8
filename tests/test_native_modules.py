"""The modules hatch_build.py compiles with mypyc exist and use no construct mypyc
compiles otherwise than Python runs it (``functools.cached_property``: a plain property
there, computed again at every access)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "pmk_extract"


def _native_modules() -> list[str]:
    """``NATIVE_MODULES`` as hatch_build.py lists it (read, not imported: the build hook
    needs hatchling, which the test environment lacks)."""
    tree = ast.parse((ROOT / "hatch_build.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "NATIVE_MODULES" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(name) for name in value]
    raise AssertionError("hatch_build.py lists no NATIVE_MODULES")


def _uses_cached_property(source: str) -> bool:
    """True when ``source`` names ``cached_property`` in any import or expression."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and any(
            a.name == "cached_property" for a in node.names
        ):
            return True
        if isinstance(node, ast.Attribute) and node.attr == "cached_property":
            return True
        if isinstance(node, ast.Name) and node.id == "cached_property":
            return True
    return False


def test_native_modules_exist_and_avoid_cached_property() -> None:
    names = _native_modules()
    assert "components/region_words" in names
    offenders = []
    for name in names:
        path = PACKAGE / f"{name}.py"
        assert path.is_file(), f"NATIVE_MODULES names a missing module: {name}"
        if _uses_cached_property(path.read_text(encoding="utf-8")):
            offenders.append(name)
    assert offenders == []


def test_cached_property_is_found() -> None:
    assert _uses_cached_property("from functools import cached_property\n")
    assert _uses_cached_property("import functools\n@functools.cached_property\ndef f(): ...\n")
    assert not _uses_cached_property("@property\ndef cached(self): ...\n")
