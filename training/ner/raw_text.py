"""Write the raw Indonesian text used by ``spacy pretrain`` (one JSON object a line).

The text is the tokens of the *training* splits only (idner-news-2k train,
NERGrit train, NERP train; NERP both as is (lower-cased) and with its first
token capitalised), plus the sentences of the UD Indonesian CSUI train and GSD
dev treebanks if ``--ud DIR`` is given (they are in ``/work/shared/data/ud_id``
and are not copied into the repo; the shipped model does not need them: see
README).  No dev/valid split and no press-release text is used, so the dev
scores stay clean.

Output: ``corpora/ner/build/pretrain.jsonl`` with ``{"text": ...}`` lines.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prepare import BUILD, FILES, _spaces

from pmk_extract.ner_eval import read_conll


def detok(words: list[str]) -> str:
    """Join tokens with the same spacing guess as ``prepare.py``."""
    return "".join(w + (" " if sp else "") for w, sp in zip(words, _spaces(words), strict=True))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud", type=Path, default=None, help="folder with UD Indonesian .conllu")
    ap.add_argument("--out", type=Path, default=BUILD / "pretrain.jsonl")
    args = ap.parse_args(argv)
    texts: list[str] = []
    for name in ("idner_train", "nergrit_train", "nerp_train"):
        for sent in read_conll(FILES[name][0]):
            words = [w for w, _ in sent]
            texts.append(detok(words))
            if name == "nerp_train":
                words[0] = words[0][:1].upper() + words[0][1:]
                texts.append(detok(words))
    if args.ud is not None:
        for path in sorted(args.ud.glob("*.conllu")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("# text = "):
                    texts.append(line[len("# text = ") :].strip())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        for text in texts:
            handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} texts, {sum(len(t.split()) for t in texts)} words -> {args.out}")


if __name__ == "__main__":
    main()
