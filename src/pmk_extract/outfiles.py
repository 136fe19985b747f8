"""Output files: written whole or not at all, with the modes other tools give.

A file is written to a temporary file beside it and renamed at the end; a FIFO or a
device (``/dev/null``, a named pipe) is written in place, never replaced. New files and
folders get 0666 or 0777 minus the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import InputError
from .surrogates import ERRORS


def is_special(path: Path) -> bool:
    """True for a FIFO, a device or a socket: written in place, never replaced by a file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it (and put it back at once)
    os.umask(mask)
    return mask


def temp_file(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path`` with the mode a new file gets (0666 minus the umask)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[tuple[int, str]]:
    """A temporary file beside ``path`` (:func:`temp_file`: its descriptor and name) that
    replaces ``path`` when the block ends, and is removed when the block fails."""
    fd, tmp = temp_file(path)
    try:
        yield fd, tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def temp_dir(path: Path) -> Path:
    """A temporary folder beside ``path`` with the mode a new folder gets (0777 minus the umask)."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    tmp.chmod(0o777 & ~_umask())
    return tmp


@contextlib.contextmanager
def open_output(target: str, force: bool = False) -> Iterator[IO[str]]:
    """Open ``target`` for writing (``-`` is stdout), atomically: a temp file renamed at the end.

    A FIFO or device (``/dev/null``, a named pipe) is written directly, never replaced.
    The file gets the mode a new file gets (0666 minus the umask).

    Raises:
        InputError: the file exists and ``force`` is false.
    """
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(target)
    if is_special(path):
        with path.open("w", encoding="utf-8", errors=ERRORS, newline="\n") as special:
            yield special
        return
    if path.exists() and not force:
        raise InputError("output", target, "file exists; pass --force to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        replacing(path) as (fd, _),
        os.fdopen(fd, "w", encoding="utf-8", errors=ERRORS, newline="\n") as handle,
    ):
        yield handle
