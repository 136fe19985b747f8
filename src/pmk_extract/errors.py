"""Exceptions raised by pmk_extract.

Hierarchy::

    PmkError                      base class of everything the library raises
    ├── InputError (ValueError)   a bad argument or input document; names the argument/document
    ├── DataFileError             a shipped data file is missing or malformed; names file and line
    └── PipelineError             a component is missing a prerequisite; lists what is present

Each message says what was wrong, where, and (when there is one) how to fix it.
"""

from __future__ import annotations


class PmkError(Exception):
    """Base class of all pmk_extract errors."""


class InputError(PmkError, ValueError):
    """A bad argument or input document.

    Attributes:
        argument: name of the argument or document id at fault.
        value: the offending value (its ``repr`` shortened in the middle in the message,
            so a long path keeps its file name).
    """

    def __init__(self, argument: str, value: object, reason: str) -> None:
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:38] + "..." + shown[-39:]
        super().__init__(f"{argument}={shown}: {reason}")
        self.argument = argument
        self.value = value
        self.reason = reason


class DataFileError(PmkError):
    """A data file in ``models/`` is missing or malformed.

    Attributes:
        path: the file.
        line: 1-based line number, or None when the whole file is at fault.
    """

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class PipelineError(PmkError):
    """A pipeline component cannot run (missing prerequisite, unknown name)."""
