"""Drop from the NER training splits every sentence that occurs in a dev/valid split.

Usage (from the repository root)::

    python training/ner/dedup.py          # rewrites the training files in corpora/ner/

Rule: a training sentence of at least 5 tokens is dropped when its key -- the
lower-cased text with every non-word character (punctuation and spaces) removed
-- equals the key of a sentence of idner-news-2k dev, NERGrit valid or NERP valid.
The dev/valid splits are never changed, and kept training sentences stay
byte-identical (line endings included). The key ignores spacing, so it also
catches the same sentence tokenised differently ("1,8" / "1 , 8", "AD/ART" /
"ad / art"). ``tests/test_ner_corpora.py`` checks the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from pmk_extract.ner_eval import Sentence, parse_conll  # noqa: E402

CORPORA = ROOT / "corpora" / "ner"
TRAIN = ("idner-news-2k/train.txt", "nergrit/train_preprocess.txt", "nerp/train_preprocess.txt")
HELD_OUT = ("idner-news-2k/dev.txt", "nergrit/valid_preprocess.txt", "nerp/valid_preprocess.txt")
MIN_TOKENS = 5
_NON_WORD = re.compile(r"\W+")


def sentence_key(sent: Sentence) -> str | None:
    """Return the comparison key of a sentence, None when it is too short to compare."""
    if len(sent) < MIN_TOKENS:
        return None
    return _NON_WORD.sub("", " ".join(tok for tok, _ in sent).lower())


def blocks(path: Path) -> list[list[str]]:
    """Split a CoNLL file into sentence blocks of raw lines (each with its blank line)."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.readlines()
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if not line.strip():
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def held_out_keys() -> set[str]:
    """Return the keys of every sentence of the dev/valid splits."""
    keys: set[str] = set()
    for name in HELD_OUT:
        with open(CORPORA / name, encoding="utf-8") as handle:
            keys.update(k for s in parse_conll(handle) if (k := sentence_key(s)))
    return keys


def main() -> None:
    keys = held_out_keys()
    for name in TRAIN:
        path = CORPORA / name
        kept: list[str] = []
        n_in = n_out = 0
        for block in blocks(path):
            sents = parse_conll(block)
            if sents:
                n_in += 1
                if sentence_key(sents[0]) in keys:
                    continue
                n_out += 1
            kept.extend(block)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write("".join(kept))
        print(f"{name}: {n_in} -> {n_out} sentences ({n_in - n_out} dropped)")


if __name__ == "__main__":
    main()
