#!/usr/bin/env bash
# Rebuild the shipped NER model (models/ner) from the repository alone.
#
#   bash training/ner/train.sh            # build data, train, package, evaluate (shipped model)
#   PRETRAIN=1 bash training/ner/train.sh # also pretrain the tok2vec first (experiment, see README)
#   SEED=1 MODEL=/tmp/s1/model OUT=/tmp/s1 BUILD=/tmp/s1/data bash training/ner/train.sh
#                                         # an experiment: another seed (data sampling, shuffle and
#                                         # initialisation), saved outside models/ (PREPARE_ARGS
#                                         # sets the training mix)
#
# Runs on one CPU thread (the measured wall time is in training/ner/README.md).
# Everything is seeded (SEED, default 0: the [system] seed and prepare.py --seed).
# Intermediate files go to corpora/ner/build/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/../.."

export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
export PYTHONPATH="src${PYTHONPATH:+:$PYTHONPATH}"
PY=${PYTHON:-python}
BUILD=${BUILD:-corpora/ner/build}
OUT=${OUT:-corpora/ner/build/output}
PRETRAIN=${PRETRAIN:-0}
SEED=${SEED:-0}
MODEL=${MODEL:-models/ner}
# The training mix (see README.md, "What was tried").
PREPARE_ARGS=${PREPARE_ARGS:---weight-idner 2 --weight-nergrit 2 --weight-nerp 1 --nerp-case lower --nerp-other missing --domain-tags}
PRETRAIN_EPOCHS=${PRETRAIN_EPOCHS:-4}

start=$(date +%s)
# shellcheck disable=SC2086
nice $PY training/ner/prepare.py --seed "$SEED" --out "$BUILD" $PREPARE_ARGS

weights=null
if [ "$PRETRAIN" = 1 ]; then
    nice $PY training/ner/raw_text.py --out "$BUILD/pretrain.jsonl"
    rm -rf "$OUT/pretrain"
    nice $PY -m spacy pretrain training/ner/pretrain.cfg "$OUT/pretrain" \
        --paths.raw "$BUILD/pretrain.jsonl" --pretraining.max_epochs "$PRETRAIN_EPOCHS"
    weights="$OUT/pretrain/model$((PRETRAIN_EPOCHS - 1)).bin"
fi

nice $PY -m spacy train training/ner/config.cfg --output "$OUT/train" \
    --code training/ner/functions.py \
    --paths.train "$BUILD/train.spacy" --paths.dev "$BUILD/dev.spacy" \
    --paths.pretrained_tok2vec "$weights" --system.seed "$SEED"

$PY training/ner/package.py "$OUT/train/model-best" "$MODEL"
if [ "$MODEL" = models/ner ]; then
    $PY -m pmk_extract.manifest --write  # models/MANIFEST.json checksums
    echo "wall time: $(( $(date +%s) - start )) s"
    $PY training/ner/evaluate.py models/ner --json training/ner/results.json
else
    echo "wall time: $(( $(date +%s) - start )) s"
    $PY training/ner/evaluate.py "$MODEL" --no-speed --json "$OUT/results.json"
fi
