"""Score a trained NER pipeline on the dev splits and measure its speed.

Usage (from the repository root)::

    OMP_NUM_THREADS=1 python training/ner/evaluate.py models/ner [--json out.json]

Accuracy is entity-level exact-match P/R/F1 (``pmk_extract.ner_eval``) on the
gold tokenisation of idner-news-2k dev, NERGrit valid and NERP valid (NERP's
IND/EVT/FNB count as O; NERP text is lower-cased, so its scores are only a
robustness indication).  Speed is tagging the detokenised dev texts
(idner dev + NERGrit valid + NERP valid) with the library's batch decoder
(and, for reference, spaCy's own decoder), on one thread, tokenisation and the
gazetteer features (``pmk_extract.ner_features``) included, best of five passes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from prepare import DOMAIN_TAGS, FILES, _spaces  # noqa: E402

from pmk_extract.components.ner_model import tag_sentences  # noqa: E402
from pmk_extract.greedy_ner import GreedyNER  # noqa: E402
from pmk_extract.ner_eval import NerScores, read_conll, score_tags  # noqa: E402
from pmk_extract.ner_features import lexicon_classes  # noqa: E402

DEV_SETS = ("idner_dev", "nergrit_valid", "nerp_valid")


def uses_domain_tags(nlp: spacy.Language) -> bool:
    """True when the NER's tok2vec embeds TAG (trained with ``prepare.py --domain-tags``)."""
    attrs = nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"].get("attrs", [])
    return "TAG" in attrs


def evaluate(nlp: spacy.Language, model: Path) -> dict[str, NerScores]:
    """Score the model at ``model`` (loaded as ``nlp``) on every dev set.

    A model trained with domain tags is scored twice on NERGrit and NERP: with the
    corpus's own convention tag, and untagged (``... untagged``), which is what the
    library's pipeline runs (the idner-news-2k convention).
    """
    results = {}
    tagged = uses_domain_tags(nlp)
    for name in DEV_SETS:
        path, label_map = FILES[name]
        sents = read_conll(path)
        gold = [[t for _, t in s] for s in sents]
        words = [[w for w, _ in s] for s in sents]
        domain = DOMAIN_TAGS[name.split("_")[0]] if tagged else ""
        pred = tag_sentences(words, str(model), domain)
        results[name] = score_tags(gold, pred, label_map, pred_label_map={})
        if domain:
            pred = tag_sentences(words, str(model))
            results[f"{name} untagged"] = score_tags(gold, pred, label_map, pred_label_map={})
    return results


def speed(
    nlp: spacy.Language, repeats: int = 3, spacy_decoder: bool = False
) -> tuple[float, int, float]:
    """Return (tokens/s wall, tokens, tokens/s of CPU time) of tokenising and tagging the dev texts.

    Tagging is the library's batch decoder (``pmk_extract.greedy_ner``, 64 texts per
    batch), or with ``spacy_decoder`` spaCy's own decoder (the pipe's ``pipe``, batch size 256). The
    CPU-time rate (tokens per second of this process's CPU time) is what one core
    delivers even when the machine is shared; the wall rate equals it on an idle core.
    """
    texts = []
    for name in DEV_SETS:
        path, _ = FILES[name]
        for s in read_conll(path):
            words = [w for w, _ in s]
            texts.append(Doc(nlp.vocab, words=words, spaces=_spaces(words)).text)
    decoder = GreedyNER(nlp.get_pipe("ner"))

    def run() -> int:
        docs = []
        for text in texts:
            doc = nlp.make_doc(text)
            for token, feature in zip(doc, lexicon_classes([t.text for t in doc]), strict=True):
                token.lemma_ = feature
            docs.append(doc)
        if spacy_decoder:
            return sum(len(d) for d in nlp.get_pipe("ner").pipe(docs, batch_size=256))
        for i in range(0, len(docs), 64):
            decoder.predict(docs[i : i + 64])
        return sum(len(d) for d in docs)

    best = best_cpu = 0.0
    n_tokens = 0
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        n_tokens = run()
        best = max(best, n_tokens / (time.perf_counter() - start))
        best_cpu = max(best_cpu, n_tokens / (time.process_time() - start_cpu))
    return best, n_tokens, best_cpu


def dir_size(path: Path) -> int:
    """Return the total size in bytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)

    nlp = spacy.load(args.model)
    results = evaluate(nlp, args.model)
    report: dict[str, object] = {}
    for name, scores in results.items():
        print(f"== {name}\n{scores.table()}\n")
        report[name] = scores.to_dict()
    if not args.no_speed:
        wps, n, cpu_wps = speed(nlp, repeats=5)
        print(
            f"speed: {wps:,.0f} tokens/s wall, {cpu_wps:,.0f} tokens per CPU-second, "
            f"one thread ({n} tokens, batch 64, best of 5)"
        )
        spacy_wps, _, spacy_cpu_wps = speed(nlp, repeats=5, spacy_decoder=True)
        print(
            f"speed with spaCy's own decoder: {spacy_wps:,.0f} tokens/s wall, "
            f"{spacy_cpu_wps:,.0f} tokens per CPU-second (batch 256, best of 5)"
        )
        report["tokens_per_s_wall"] = wps
        report["tokens_per_cpu_s"] = cpu_wps
        report["spacy_decoder_tokens_per_cpu_s"] = spacy_cpu_wps
    size = dir_size(args.model)
    print(f"size on disk: {size / 1e6:.2f} MB")
    report["size_bytes"] = size
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
