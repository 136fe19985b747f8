"""Build hook: compile the rule pipeline's hot modules to C extensions with mypyc.

A wheel built from this source (``pip install .``) carries a C extension for each
module in ``NATIVE_MODULES`` beside its ``.py`` file; Python imports the extension
first. The rule components then run about 1.2-1.4x faster (``benchmarks/``), with the
same output: CI runs the test suite on the compiled install as well.

The pure-Python package is built instead, with the same behaviour, for editable
installs (``pip install -e .``), when ``PMK_EXTRACT_PURE_PYTHON=1`` is set, and when
compilation fails (no C compiler or Python headers): the build then says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

NATIVE_MODULES = [
    "doctable",
    "spans",
    "matching",
    "lexicons",
    "stemming",
    "extensions",
    "discourse",
    "ner_features",
    "name_shapes",
    "regions",
    "degrees",
    "components/ner_model",
    "components/ner",
    "components/ner_filters",
    "components/gazetteer",
    "components/bracketed_governments",
    "components/commands",
    "components/command_places",
    "components/fusions",
    "components/parliaments",
    "components/parliament_posts",
    "components/title_case",
    "components/name_flags",
    "components/unit_view",
    "components/command_bodies",
    "components/command_staff",
    "components/places",
    "components/unit_fields",
    "components/field_offices",
    "components/units",
    "components/regional_posts",
    "components/justice",
    "components/justice_words",
    "components/office_classes",
    "components/election_branches",
    "components/ministry_posts",
    "components/local_heads",
    "components/title_spelling",
    "components/rank_spelling",
    "components/title_parts",
    "components/command_titles",
    "components/company_units",
    "components/generic_titles",
    "components/titles",
    "components/holder_rules",
    "components/name_fits",
    "components/known_names",
    "components/name_reader",
    "components/names_before",
    "components/officials",
    "components/dates",
    "components/stems",
    "components/speakers",
    "components/speaker_titles",
    "components/quotes",
    "components/apposed_names",
    "components/bare_posts",
    "components/class_holders",
    "components/doc_regions",
    "components/region_mentions",
    "components/council_context",
    "components/name_joins",
    "components/name_slots",
    "components/opening_names",
    "components/org_spelling",
    "components/post_fields",
    "components/post_orgs",
    "components/rank_service",
    "components/region_words",
    "components/secretariat_posts",
    "components/shared_posts",
    "components/events/lexicon",
    "components/events/model",
    "components/events/context",
    "components/events/mentions",
    "components/events/participants",
    "components/events/grouping",
    "components/events/filling",
    "components/events/selection",
    "dates/grammar",
    "dates/matching",
    "dates/finder",
    "dates/dateline",
    "dates/resolve",
    "dates/lexicon",
]
"""Modules of src/pmk_extract to compile: internal code on the per-token hot path.

No module here uses ``functools.cached_property``: mypyc compiles it as a plain property,
computed again at every access (``tests/test_native_modules.py``); a value filled at first
use is an attribute set to None in ``__init__`` and filled by the method that reads it.

Public entry points that check their arguments (``pmk_extract.dates.api``, the
``Extractor``) stay pure Python: compiled code checks annotated types itself and would
raise TypeError where the library promises InputError.
"""

_COMPILE = """
import sys
from mypyc.build import mypycify
from setuptools import setup

lib, temp, config, *paths = sys.argv[1:]
setup(
    name="pmk_extract_native",
    ext_modules=mypycify([f"--config-file={config}", *paths], opt_level="3", target_dir=temp),
    script_args=["build_ext", "--build-lib", lib, "--build-temp", temp],
)
"""

# The build environment has none of the runtime dependencies (spaCy, regex, ...): their
# types are Any there, which the project's strict mypy settings would report as errors.
# Compiling needs types, not strictness (``mypy src`` in CI checks that).
_MYPY_CONFIG = """[mypy]
python_version = {major}.{minor}
ignore_missing_imports = True
mypy_path = src
cache_dir = {cache}
"""


class NativeBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Add the mypyc extensions to wheels (see the module docstring)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("PMK_EXTRACT_PURE_PYTHON", "") not in ("", "0"):
            self.app.display_info("pmk_extract: PMK_EXTRACT_PURE_PYTHON is set: pure Python")
            return
        self._work = tempfile.mkdtemp(prefix="pmk_extract_native_")
        lib, temp = Path(self._work) / "lib", Path(self._work) / "temp"
        paths = [f"src/pmk_extract/{name}.py" for name in NATIVE_MODULES]
        config = Path(self._work) / "mypy.ini"
        major, minor = sys.version_info[:2]
        cache = Path(self._work) / "mypy_cache"  # not the checkout's .mypy_cache
        text = _MYPY_CONFIG.format(major=major, minor=minor, cache=cache.as_posix())
        config.write_text(text, encoding="utf-8")
        self.app.display_info(f"pmk_extract: compiling {len(paths)} modules with mypyc ...")
        done = subprocess.run(
            [sys.executable, "-c", _COMPILE, str(lib), str(temp), str(config), *paths],
            cwd=self.root,
            capture_output=True,
            text=True,
        )
        built = sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd"))
        if done.returncode != 0 or not built:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            self.app.display_warning(
                f"pmk_extract: mypyc compilation failed; installing pure Python "
                f"(same results, slower).\n{tail}"
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"pmk_extract: {len(built)} compiled extensions added")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._work:
            shutil.rmtree(self._work, ignore_errors=True)
