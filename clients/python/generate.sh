#!/usr/bin/env bash
# Regenerates the committed Python client, clients/python/integra_client/,
# from openapi.yaml with the pinned openapi-python-client (requirements.txt)
# and its configuration openapi-python-client.yaml.
#
# Usage: clients/python/generate.sh
#
# Installs the pinned tools into clients/python/.venv first when they are not
# there. Prints every warning the generator gives about openapi.yaml (a warning
# is a part of the document that the client leaves out or types loosely: fix
# the document, never the generated code). Replaces integra_client/ only when
# generation succeeded.
#
# Exit status: 0 written, 1 failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

python="$(find_python)" || { say "no Python 3.11 or later with venv (set INTEGRA_PYTHON): FAILED"; exit 1; }
ensure_tools "$python"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
generate_to "$work/integra_client" "$work/generate.log"

warnings="$(warning_count "$work/generate.log")"
if [[ "$warnings" != 0 ]]; then
    sed -e '/^Generating /d' "$work/generate.log" >&2
    say "the generator gave $warnings warning(s) about openapi.yaml (above)"
fi

rm -rf "$generated"
mv "$work/integra_client" "$generated"
files="$(generated_files | wc -l)"
bytes="$(generated_files | (cd "$here" && xargs cat) | wc -c)"
say "wrote clients/python/integra_client ($files files, $bytes bytes); run clients/python/prepare.sh to install it and type-check the example"
