#!/usr/bin/env bash
# Set up a development environment in .venv: Mote, its test tools and the real
# MicroPython oracles.  Idempotent; safe to run on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[oracles,test]'
# The unix port's command, as MicroPython users and its test runner expect it.
.venv/bin/python -m tools.micropython --install-launcher
