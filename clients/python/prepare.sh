#!/usr/bin/env bash
# Prepares the Python client's example for run.sh.
#
# Usage: clients/python/prepare.sh
#
#   1. Creates clients/python/.venv with the tools of requirements.txt, every
#      package pinned (openapi-python-client, ruff, mypy, and httpx and attrs
#      which the client needs), unless it has them already.
#   2. Regenerates the client from openapi.yaml into a temporary folder and
#      compares it with the committed integra_client/ (diff -r): any difference
#      fails with "clients/python/integra_client is stale: run
#      clients/python/generate.sh".
#   3. Installs the committed client (a copy of integra_client/, so that the
#      build leaves nothing in it) into .venv.
#   4. Type-checks example.py with mypy --strict against it.
#
# Quick when nothing changed: a stamp in .venv holds the hash of every input
# (requirements.txt, openapi.yaml, the generator's configuration,
# integra_client/, example.py and these scripts), and a second run with the
# same inputs does nothing.
#
# Exit status: 0 prepared; 1 failed; 2 skipped (no Python 3.11 or later with
# venv, outside CI only: with CI=true that is a failure, never a skip).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! python="$(find_python)"; then
    if in_ci; then
        say "a Python 3.11 or later with venv is required in CI and there is none: FAILED"
        exit 1
    fi
    say "!! no Python 3.11 or later with venv (set INTEGRA_PYTHON): the Python client was SKIPPED"
    exit 2
fi

# The hash of the inputs of the freshness check (the generator, its
# configuration, openapi.yaml, the committed tree), and of every input of a
# prepare (those, example.py and the scripts). Equal to its stamp = done.
python_version="$("$python" -c 'import sys; print(sys.version)' | head -n 1)"
committed_hash="$(tree_hash)"
fresh_inputs="$({
    echo "$python_version"
    hash_files requirements.txt openapi-python-client.yaml common.sh
    sha256sum < "$document"
    echo "$committed_hash"
} | sha256sum | cut -d' ' -f1)"
inputs="$({
    echo "$fresh_inputs"
    hash_files example.py prepare.sh
} | sha256sum | cut -d' ' -f1)"

if [[ -f "$prepared_stamp" && -x "$venv/bin/python" ]] && [[ "$(cat "$prepared_stamp")" == "$inputs" ]]; then
    say "prepared already (nothing changed since the last prepare)"
    exit 0
fi
rm -f "$prepared_stamp"

# 1. The tools.
ensure_tools "$python"

if [[ ! -d "$generated" ]]; then
    say "clients/python/integra_client is missing: run clients/python/generate.sh"
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The committed tree, less what building or running it may have left there.
mkdir -p "$work/committed"
cp -R "$generated" "$work/committed/"
find "$work/committed/integra_client" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
rm -rf "$work/committed/integra_client/build" "$work/committed/integra_client/dist"

# 2. Is the committed client what openapi.yaml gives?
if [[ -f "$fresh_stamp" ]] && [[ "$(cat "$fresh_stamp")" == "$fresh_inputs" ]]; then
    say "integra_client is what openapi.yaml gives (checked before, and nothing it depends on changed)"
else
    rm -f "$fresh_stamp"
    generate_to "$work/integra_client" "$work/generate.log"
    if ! diff -r "$work/committed/integra_client" "$work/integra_client" > "$work/diff" 2>&1; then
        head -n 40 "$work/diff" >&2
        say "clients/python/integra_client is stale: run clients/python/generate.sh"
        exit 1
    fi
    warnings="$(warning_count "$work/generate.log")"
    say "integra_client is what openapi.yaml gives (openapi-python-client $("$venv/bin/openapi-python-client" --version | awk '{print $NF}'); $warnings generator warning(s) about openapi.yaml: clients/python/generate.sh prints them)"
    printf '%s' "$fresh_inputs" > "$fresh_stamp"
fi

# 3. Install the committed client (a copy, built outside the work tree).
if [[ ! -f "$client_stamp" ]] || [[ "$(cat "$client_stamp")" != "$committed_hash" ]]; then
    say "installing integra_client into clients/python/.venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --no-deps --no-build-isolation --force-reinstall "$work/committed/integra_client"
    "$venv/bin/python" -m pip check --disable-pip-version-check >/dev/null
    printf '%s' "$committed_hash" > "$client_stamp"
fi

# 4. Type-check the example.
say "mypy --strict example.py"
(cd "$here" && "$venv/bin/mypy" --strict --cache-dir "$venv/.mypy_cache" example.py) >&2

printf '%s' "$inputs" > "$prepared_stamp"
say "Python client prepared (run clients/python/run.sh with INTEGRA and ADMIN_PASSWORD)"
