#!/usr/bin/env bash
# Runs swagger-ui.mjs (see README.md) with the caller's INTEGRA, TOKEN,
# PERSON_ID and SCREENSHOT; for the test that runs it against a live server
# (tests/tests/api/clients.rs).
#
# Exit status: the test's (0 passed, 1 failed), or 3 when it cannot run here:
# no node, puppeteer-core not installed (run prepare.sh, or make clients), or
# no Chromium (scripts/ensure-chromium). The caller fails on 3 in CI and
# skips loudly elsewhere.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v node >/dev/null 2>&1 || { echo "browser-test: no node" >&2; exit 3; }
[[ -f "$here/node_modules/.integra-lock" ]] || { echo "browser-test: puppeteer-core is not installed: run tools/browser-test/prepare.sh" >&2; exit 3; }
if [[ -z "${CHROMIUM:-}" ]]; then
    CHROMIUM="${INTEGRA_CHROMIUM:-$(command -v chromium || true)}"
fi
[[ -n "$CHROMIUM" && -x "$CHROMIUM" ]] || { echo "browser-test: no Chromium: run scripts/ensure-chromium" >&2; exit 3; }
export CHROMIUM
exec node "$here/swagger-ui.mjs"
