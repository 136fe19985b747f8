"""Convert the CoNLL/BIO corpora in ``corpora/ner/`` to spaCy ``DocBin`` files.

Reads the three training corpora copied into ``corpora/ner/`` (see the README
files next to them), maps every corpus onto the shipped label set
``PERSON / ORG / LOC`` and writes ``.spacy`` files under ``corpora/ner/build/``
(never committed; always rebuilt from the text files by this script):

* ``train.spacy``          -- the training mix (idner train, NERGrit train, NERP train)
* ``dev.spacy``            -- idner dev + NERGrit valid (used by ``spacy train`` for
                              checkpoint selection; both are cased like press releases)
* ``idner_dev.spacy``, ``nergrit_valid.spacy``, ``nerp_valid.spacy`` -- single dev sets

Label mapping
-------------
* idner-news-2k: PER -> PERSON, ORG -> ORG, LOC -> LOC
* NERGrit: PERSON -> PERSON, ORGANISATION -> ORG, PLACE -> LOC
* NERP: PPL -> PERSON, PLC -> LOC; IND (products/brands), EVT (events) and FNB
  (food and beverage) are not organisations: they are O when scoring.  In
  training, ``--nerp-other missing`` (the default) marks their tokens as
  *unannotated* instead of O, so the model is neither taught that a brand such as
  "telkomsel" is an ORG nor that it is not one (NERP has no ORG label at all; an
  organisation in NERP text is plain O, which is why NERP is down-weighted).

NERP is lower-cased.  ``--nerp-case`` chooses what to do with that: ``lower``
keeps it as is, ``title`` restores a plausible casing (sentence-initial token
and every token of a PERSON/LOC entity get an initial capital), ``both`` keeps
both copies.  ``--weight-*`` repeat a corpus (integer copies) or, for values
below 1, keep a seeded random fraction of its sentences.

Everything is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from pmk_extract.ner_eval import Sentence, bio_spans, read_conll  # noqa: E402

CORPORA = ROOT / "corpora" / "ner"
BUILD = CORPORA / "build"

IDNER_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
NERGRIT_MAP = {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "LOC"}
NERP_MAP = {"PPL": "PERSON", "PLC": "LOC", "IND": "O", "EVT": "O", "FNB": "O"}

FILES = {
    "idner_train": (CORPORA / "idner-news-2k" / "train.txt", IDNER_MAP),
    "idner_dev": (CORPORA / "idner-news-2k" / "dev.txt", IDNER_MAP),
    "nergrit_train": (CORPORA / "nergrit" / "train_preprocess.txt", NERGRIT_MAP),
    "nergrit_valid": (CORPORA / "nergrit" / "valid_preprocess.txt", NERGRIT_MAP),
    "nerp_train": (CORPORA / "nerp" / "train_preprocess.txt", NERP_MAP),
    "nerp_valid": (CORPORA / "nerp" / "valid_preprocess.txt", NERP_MAP),
}

# Annotation-convention ("domain") tag per corpus, written to Token.tag_ with
# --domain-tags. idner-news-2k, the convention the library follows, is the untagged
# default, so a model trained with domain tags needs no tags at inference.
DOMAIN_TAGS = {"idner": "", "nergrit": "nergrit", "nerp": "nerp"}

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}


def _spaces(words: list[str]) -> list[bool]:
    """Guess which tokens were followed by a space (only cosmetic: for ``doc.text``)."""
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and w not in _NO_SPACE_AFTER)
    return spaces


def to_doc(
    vocab: spacy.Vocab,
    sent: Sentence,
    label_map: dict[str, str],
    *,
    other_missing: bool = False,
    titlecase: bool = False,
) -> Doc:
    """Build a ``Doc`` with gold entities from one CoNLL sentence."""
    words = [tok for tok, _ in sent]
    tags = [tag for _, tag in sent]
    raw = bio_spans(tags)
    ents: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    for start, end, label in raw:
        mapped = label_map.get(label, label)
        if mapped == "O":
            if other_missing:
                missing.append((start, end))
            continue
        ents.append((start, end, mapped))
    if titlecase:
        words = list(words)
        if words:
            words[0] = words[0][:1].upper() + words[0][1:]
        for start, end, _ in ents:
            for i in range(start, end):
                words[i] = words[i][:1].upper() + words[i][1:]
    doc = Doc(vocab, words=words, spaces=_spaces(words))
    doc.set_ents(
        [Span(doc, s, e, label=lab) for s, e, lab in ents],
        missing=[Span(doc, s, e) for s, e in missing],
        default="outside",
    )
    return doc


def _weighted(docs: list[Doc], weight: float, rng: random.Random) -> list[Doc]:
    if weight >= 1:
        whole = int(weight)
        out = docs * whole
        frac = weight - whole
    else:
        out = []
        frac = weight
    if frac > 0:
        out = out + [d for d in docs if rng.random() < frac]
    return out


def load(name: str, vocab: spacy.Vocab, *, domain: bool = False, **kwargs: bool) -> list[Doc]:
    """Read corpus ``name``; with ``domain``, tag every token with the corpus's domain."""
    path, label_map = FILES[name]
    docs = [to_doc(vocab, s, label_map, **kwargs) for s in read_conll(path)]
    tag = DOMAIN_TAGS[name.split("_")[0]]
    if domain and tag:
        for doc in docs:
            for token in doc:
                token.tag_ = tag
    return docs


def write(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(attrs=["ORTH", "TAG", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=BUILD)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--weight-idner", type=float, default=1.0)
    ap.add_argument("--weight-nergrit", type=float, default=1.0)
    ap.add_argument("--weight-nerp", type=float, default=1.0)
    ap.add_argument("--nerp-other", choices=["missing", "O"], default="missing")
    ap.add_argument("--nerp-case", choices=["lower", "title", "both"], default="lower")
    ap.add_argument("--domain-tags", action="store_true", help="tag tokens with their corpus")
    args = ap.parse_args(argv)
    dom = args.domain_tags

    rng = random.Random(args.seed)
    vocab = spacy.blank("id").vocab
    train: list[Doc] = []
    train += _weighted(load("idner_train", vocab, domain=dom), args.weight_idner, rng)
    train += _weighted(load("nergrit_train", vocab, domain=dom), args.weight_nergrit, rng)
    if args.weight_nerp > 0:
        miss = args.nerp_other == "missing"
        nerp: list[Doc] = []
        if args.nerp_case in ("lower", "both"):
            nerp += load("nerp_train", vocab, domain=dom, other_missing=miss)
        if args.nerp_case in ("title", "both"):
            nerp += load("nerp_train", vocab, domain=dom, other_missing=miss, titlecase=True)
        train += _weighted(nerp, args.weight_nerp, rng)
    rng.shuffle(train)
    print("train", write(train, args.out / "train.spacy"), "sentences")
    dev = load("idner_dev", vocab) + load("nergrit_valid", vocab, domain=dom)
    print("dev", write(dev, args.out / "dev.spacy"), "sentences")
    for name in ("idner_dev", "nergrit_valid", "nerp_valid"):
        print(name, write(load(name, vocab, domain=dom), args.out / f"{name}.spacy"), "sentences")


if __name__ == "__main__":
    main()
