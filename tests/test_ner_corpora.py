"""No NER training sentence occurs in a dev/valid split of ``corpora/ner``.

Two sentences are the same when they have at least 5 tokens and the same
lower-cased text once punctuation and spaces are dropped, so a sentence copied
from one corpus into another with a different tokenisation ("1,8" / "1 , 8")
still counts. ``training/ner/dedup.py`` removes such sentences from the
training splits.
"""

from __future__ import annotations

import re
from pathlib import Path

from pmk_extract.ner_eval import read_conll

CORPORA = Path(__file__).parent.parent / "corpora" / "ner"


def _key(tokens: list[str]) -> str | None:
    if len(tokens) < 5:
        return None
    return re.sub(r"\W+", "", " ".join(tokens).lower())


def _leaks(train: list[Path], held_out: list[Path]) -> list[str]:
    """Return ``file: sentence`` for every training sentence found in a held-out file."""
    keys = set()
    for path in held_out:
        keys.update(_key([t for t, _ in s]) for s in read_conll(path))
    keys.discard(None)
    found = []
    for path in train:
        for sent in read_conll(path):
            tokens = [t for t, _ in sent]
            if _key(tokens) in keys:
                found.append(f"{path.relative_to(path.parents[1])}: {' '.join(tokens)}")
    return found


def _splits() -> tuple[list[Path], list[Path]]:
    files = sorted(p for p in CORPORA.glob("*/*.txt") if p.parent.name != "build")
    train = [p for p in files if p.name.startswith("train")]
    held_out = [p for p in files if p.name.startswith(("dev", "valid"))]
    return train, held_out


def test_every_corpus_has_a_training_and_a_held_out_split() -> None:
    train, held_out = _splits()
    assert {p.parent.name for p in train} == {p.parent.name for p in held_out}
    assert len(train) >= 3


def test_no_training_sentence_in_a_dev_or_valid_split() -> None:
    train, held_out = _splits()
    leaks = _leaks(train, held_out)
    assert not leaks, f"{len(leaks)} training sentences in a dev/valid split:\n" + "\n".join(
        leaks[:10]
    )


def test_the_check_finds_a_copy_tokenised_differently(tmp_path: Path) -> None:
    train, dev = tmp_path / "train.txt", tmp_path / "dev.txt"
    train.write_text(
        "Inflasi\tO\nnaik\tO\n2\tO\n,\tO\n5\tO\npersen\tO\n.\tO\n\n"
        "Harga\tO\ncabai\tO\nturun\tO\n.\tO\n\n"
        "Bupati\tO\nmeninjau\tO\npasar\tO\npagi\tO\nini\tO\n",
        encoding="utf-8",
    )
    dev.write_text(
        "inflasi O\nnaik O\n2,5 O\npersen O\n.\r\n\r\n"
        "harga O\ncabai O\nturun O\n.\r\n\r\n"
        "Bupati O\nmeninjau O\npasar O\nsore O\nini O\n",
        encoding="utf-8",
    )
    # the first is the same sentence; the second is too short to count; the third differs
    leaks = _leaks([train], [dev])
    assert len(leaks) == 1 and leaks[0].endswith("train.txt: Inflasi naik 2 , 5 persen .")
