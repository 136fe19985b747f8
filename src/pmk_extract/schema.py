"""The JSON Schema of an output record (``pmk-extract schema``)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def record_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every output record satisfies."""
    text = files("pmk_extract").joinpath("record.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
