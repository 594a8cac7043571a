#!/usr/bin/env bash
# Runs the Python client's example (example.py) against a live server.
#
# Usage: INTEGRA=http://127.0.0.1:8080 ADMIN_PASSWORD=... clients/python/run.sh
#
# INTEGRA is the server's base URL and ADMIN_PASSWORD the password of the
# user `admin`. Uses clients/python/.venv, which clients/python/prepare.sh
# makes.
#
# Exit status: the example's (0, and a last line `python example: ok`, when
# every step passed; 1 with the problem printed otherwise); 3 when prepare.sh
# has not run, or something changed since it last passed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [[ ! -x "$venv/bin/python" || ! -f "$prepared_stamp" || ! -f "$client_stamp" ]]; then
    say "clients/python/.venv is not prepared: run clients/python/prepare.sh first"
    exit 3
fi
if [[ "$(cat "$client_stamp")" != "$(tree_hash)" ]]; then
    say "integra_client changed since clients/python/prepare.sh last ran: run it again"
    exit 3
fi
: "${INTEGRA:?set INTEGRA to the base URL of the server, e.g. http://127.0.0.1:8080}"
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the password of the user admin}"
exec "$venv/bin/python" "$here/example.py"
