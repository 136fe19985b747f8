"""The command line end to end on the bundled examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from pmk_extract.schema import record_schema

ROOT = Path(__file__).parent.parent


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmk_extract", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
    )


def test_extract_examples_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = _run("extract", "examples/inputs", "examples/releases.jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    inputs = sorted(p.name for p in (ROOT / "examples" / "inputs").glob("*.txt"))
    assert [r["id"] for r in records] == [*inputs, "example-001", "example-002", "example-003"]
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:
        validator.validate(record)
    seed_like = records[len(inputs)]
    assert seed_like["meta"] == {"source": "example"}
    assert any(e["label"] == "DATE" and e["value"] == "2022-03-08" for e in seed_like["entities"])
    # never overwrite without --force
    again = _run("extract", "examples/releases.jsonl", "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    assert _run("extract", "examples/releases.jsonl", "-o", str(out), "--force").returncode == 0


def test_extract_stdin_to_stdout_with_bad_rows() -> None:
    lines = [
        json.dumps({"id": "a", "text": "BNPB meninjau lokasi.", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "b", "published": "2024-01-02"}),
        json.dumps({"id": "c", "text": "Rapat digelar.", "published": "tomorrow"}),
        json.dumps({"id": "d", "text": "Kemensos menyalurkan bantuan."}),
    ]
    result = _run("extract", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1  # some documents had errors
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "<stdin>:2", "b", "c", "d"]
    assert [bool(r["errors"]) for r in records] == [False, True, True, True, False]
    assert "invalid JSON" in records[1]["errors"][0]["message"]
    assert "'text'" in records[2]["errors"][0]["message"]
    assert "tomorrow" in records[3]["errors"][0]["message"]


def test_missing_input_is_one_clear_line(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr


def test_schema_command_prints_the_schema() -> None:
    result = _run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == record_schema()
