# Shared by generate.sh, prepare.sh and run.sh (sourced, not run).
#
# Defines the paths of the Python client, picks the Python, installs the
# pinned tools into .venv and generates the client from openapi.yaml.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
document="$root/openapi.yaml"
config="$here/openapi-python-client.yaml"
requirements="$here/requirements.txt"
venv="$here/.venv"
generated="$here/integra_client"

# Stamps, inside .venv so that removing .venv removes them.
tools_stamp="$venv/.integra-tools"     # requirements.txt and the Python it was installed with
client_stamp="$venv/.integra-client"   # hash of the integra_client/ tree installed
fresh_stamp="$venv/.integra-fresh"     # hash of the inputs of the last passed freshness check
prepared_stamp="$venv/.integra-prepared" # hash of every input of a passed prepare.sh

say() { echo "clients/python: $*" >&2; }

in_ci() { [[ "${CI:-}" == "true" ]]; }

# The first Python 3.11 or later with a working venv module: $INTEGRA_PYTHON
# when set, else python3.13 ... python3. Prints its path; fails when none.
find_python() {
    local candidates=() candidate
    if [[ -n "${INTEGRA_PYTHON:-}" ]]; then
        candidates=("$INTEGRA_PYTHON")
    else
        candidates=(python3.13 python3.12 python3.11 python3)
    fi
    for candidate in "${candidates[@]}"; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# A sha256 of the files given (paths relative to $here, contents and names).
hash_files() {
    (cd "$here" && sha256sum "$@") | sha256sum | cut -d' ' -f1
}

# The files of the generated tree, sorted, relative to $here (what building
# or running it may leave there is not part of it).
generated_files() {
    (cd "$here" && find integra_client -type f \
        -not -path '*/__pycache__/*' -not -path 'integra_client/build/*' \
        -not -path 'integra_client/dist/*' -not -path '*.egg-info/*' \
        | LC_ALL=C sort)
}

tree_hash() {
    local files
    mapfile -t files < <(generated_files)
    [[ ${#files[@]} -gt 0 ]] || { echo "none"; return 0; }
    hash_files "${files[@]}"
}

# Creates .venv with the pinned tools of requirements.txt unless the stamp
# says it already has them (for this Python).
ensure_tools() {
    local python="$1" want
    want="$("$python" -c 'import sys; print(sys.version)' | head -n 1)"$'\n'"$(cat "$requirements")"
    if [[ -x "$venv/bin/python" && -f "$tools_stamp" ]] && [[ "$(cat "$tools_stamp")" == "$want" ]]; then
        return 0
    fi
    say "installing the pinned tools of requirements.txt into clients/python/.venv ($("$python" --version 2>&1))"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"
    "$venv/bin/python" -m pip check --disable-pip-version-check >/dev/null
    printf '%s' "$want" > "$tools_stamp"
}

# Generates the client from openapi.yaml into $1 (created; must not exist or
# be empty). The generator's output (its warnings about openapi.yaml) goes to
# the file $2. Fails when the generator fails or cannot run its post-hooks
# (ruff), whose formatting is part of the committed files.
generate_to() {
    local out="$1" log="$2" status=0
    # ruff, the post-hooks' formatter, from the venv; run from $here, whose
    # files do not change what the generator does.
    (cd "$here" && PATH="$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate \
        --path "$document" --config "$config" --meta setup \
        --output-path "$out" --overwrite) > "$log" 2>&1 || status=$?
    if [[ $status -ne 0 ]]; then
        cat "$log" >&2
        say "openapi-python-client failed (status $status) on openapi.yaml"
        return 1
    fi
    if grep -qE "^Skipping Integration|is not in PATH|^ruff failed" "$log"; then
        cat "$log" >&2
        say "openapi-python-client could not run its post-hooks (ruff)"
        return 1
    fi
    # Never part of the generated tree.
    find "$out" \( -name __pycache__ -o -name .ruff_cache -o -name .mypy_cache \) -prune -exec rm -rf {} +
}

# The number of warnings in a generator log.
warning_count() {
    local n
    n="$(grep -cE '^(WARNING |ERROR |Unable to parse schema |Unable to process schema )' "$1" || true)"
    echo "${n:-0}"
}
