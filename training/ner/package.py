"""Copy a trained pipeline (``spacy train`` output ``model-best``) to ``models/ner``.

The copy is re-saved by spaCy with a clean config: the training-only
``[initialize.after_init]`` callback and corpus reader (functions.py) and the
training paths are reset, so ``spacy.load("models/ner")`` needs no custom code
(checked in a fresh interpreter).  The meta records
name, version, description, sources and licences.

Usage: ``python training/ner/package.py OUTPUT/model-best [models/ner]``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]

META = {
    "name": "pmk_ner",
    "version": "0.1.0",
    "description": (
        "PERSON/ORG/LOC recogniser for Indonesian (CNN, internal tok2vec, no vectors), "
        "trained with training/ner/train.sh on idner-news-2k train, NERGrit train and "
        "NERP train (see corpora/ner/*/README.md). Token.tag_ selects the annotation "
        "convention: empty (default) = idner-news-2k, 'nergrit', 'nerp'"
    ),
    "license": "MIT (model); training data: MIT (idner-news-2k), Apache-2.0/MIT "
    "(NERGrit via IndoNLU), Apache-2.0 / CC BY-SA 4.0 (NERP via IndoNLU)",
    "sources": [
        {"name": "idner-news-2k", "url": "github.com/khairunnisaor/idner-news-2k"},
        {"name": "NERGrit (IndoNLU)", "url": "github.com/IndoNLP/indonlu"},
        {"name": "NERP (IndoNLU)", "url": "github.com/IndoNLP/indonlu"},
    ],
}


def main(argv: list[str]) -> None:
    src = Path(argv[0])
    dest = Path(argv[1]) if len(argv) > 1 else ROOT / "models" / "ner"
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import functions  # noqa: F401  (registers the after_init callback for loading)

    nlp = spacy.load(src)
    nlp.config["initialize"]["after_init"] = None
    nlp.config["initialize"]["init_tok2vec"] = None
    for key in list(nlp.config["paths"]):
        nlp.config["paths"][key] = None
    for part in ("train", "dev"):
        nlp.config["corpora"][part] = {"@readers": "spacy.Corpus.v1", "path": None}
    performance = nlp.meta.get("performance", {})
    nlp.meta.update(META)
    nlp.meta["performance"] = performance
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    probe = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "assert nlp.pipe_names == ['ner'], nlp.pipe_names; "
        "assert sorted(nlp.get_pipe('ner').labels) == ['LOC', 'ORG', 'PERSON']"
    )
    subprocess.run([sys.executable, "-c", probe, str(dest)], check=True)  # no functions.py
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"saved {dest} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
