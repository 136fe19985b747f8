"""Snapshots of the knowledge base in the user's cache folder: one read instead of parsing and
checking every gazetteer line in each new process.

A snapshot's file name holds a key over all it is built from: the package's code and the files
of ``models/gazetteers`` and ``models/lexicons`` (each file's path, size and modification time,
as Python's own bytecode cache does), the Python version and the pickle protocol. A change to
any of them gives another key, so a stale snapshot is never read; a missing, unreadable or
corrupt one is rebuilt from the files (and written again when the folder is writable), never an
error. The folder is ``$PMK_EXTRACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/pmk_extract``, else
``~/.cache/pmk_extract``; ``PMK_EXTRACT_CACHE_DIR=off`` (or empty) turns snapshots off.
A snapshot is a pickle: it is read only from that folder, which only its user writes.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from . import resources

T = TypeVar("T")

ENV = "PMK_EXTRACT_CACHE_DIR"
"""The environment variable naming the snapshots' folder ("off" or empty: no snapshots)."""
KEEP = 4
"""Snapshots of one name kept in the folder (the newest; older builds' are deleted)."""
_FORMAT = 1  # raise when the snapshot's layout changes in a way the key would not see
_PACKAGE = Path(__file__).resolve().parent
_CODE_SUFFIXES = (".py", ".so", ".pyd")


class PickledByFields:
    """A frozen dataclass pickled as its fields in order and read back by one call to its
    class: several times faster to load than a slotted class's default state."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]

    def __reduce__(self) -> tuple[type[Any], tuple[Any, ...]]:
        return (type(self), tuple(getattr(self, name) for name in self.__dataclass_fields__))


def cache_dir() -> Path | None:
    """The snapshots' folder, or None when they are turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pmk_extract"


def _stamps(root: Path, suffixes: tuple[str, ...] | None, prefix: str = "") -> list[str]:
    """``path size mtime`` of each file under ``root`` ending with one of ``suffixes`` (any,
    when None), in name order; bytecode caches and a wheel's ``models`` folder are skipped."""
    stamps = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return [f"{prefix}!"]
    for entry in entries:
        if entry.is_dir():
            if entry.name not in ("__pycache__", "models"):
                stamps += _stamps(Path(entry.path), suffixes, f"{prefix}{entry.name}/")
        elif suffixes is None or entry.name.endswith(suffixes):
            info = entry.stat()
            stamps.append(f"{prefix}{entry.name} {info.st_size} {info.st_mtime_ns}")
    return stamps


def source_key() -> str:
    """A key over everything a snapshot is built from, as the files are now."""
    import hashlib  # only with snapshots on (as pickle below): a parse with them off needs neither
    import pickle

    models = resources.models_dir()
    parts = [
        f"{_FORMAT} {sys.version_info[0]}.{sys.version_info[1]} {pickle.DEFAULT_PROTOCOL}",
        str(models),
        *_stamps(_PACKAGE, _CODE_SUFFIXES),
        *_stamps(models / "gazetteers", None),
        *_stamps(models / "lexicons", None),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


def load_or_build(name: str, kind: type[T], build: Callable[[], T]) -> T:
    """The snapshot ``name`` of the current files when there is one of type ``kind``; else
    ``build()``, written as that snapshot when the folder is writable. The cyclic garbage
    collector pauses meanwhile, and what was made then joins its oldest generation (the
    hundreds of thousands of objects made live as long as the process and hold no cycles: its
    passes over them, during the load or in the two collections after it, would cost a fifth
    of the load)."""
    with _collector_paused():
        folder = cache_dir()
        if folder is None:
            return build()
        import pickle

        path = folder / f"{name}-{source_key()}.pickle"
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)
            if isinstance(value, kind):
                return value
        except Exception:  # a missing or damaged snapshot (any unpickling error) is rebuilt
            pass
        value = build()
        _write(folder, path, value)
        return value


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # what was made meanwhile (all still in the youngest generation) joins the oldest at
        # once: the next two collections would otherwise walk every object of it, alive for
        # the whole process, to find nothing to free (not where objects are frozen, as in a
        # worker process, pool.settle_after_load: unfreezing would let them go)
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def _write(folder: Path, path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically (a temporary file, then a rename), and delete
    the oldest snapshots of the same name beyond :data:`KEEP`; a folder that cannot be written
    is left alone."""
    import pickle
    import tempfile  # only when writing: most processes only read

    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=path.stem, delete=False) as handle:
            temporary = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.DEFAULT_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        name = path.name.rsplit("-", 1)[0]
        older = sorted(folder.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)[KEEP:]
        for old in older:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
