#!/usr/bin/env bash
# Installs the browser test's pinned puppeteer-core (package-lock.json) into
# tools/browser-test/node_modules with `npm ci`, when the installed tree is not
# the lock's (stamp: node_modules/.integra-lock, a copy of the lock). It never
# downloads a browser: puppeteer-core has none; the test drives Debian's
# chromium (scripts/ensure-chromium).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.integra-lock"

if ! command -v npm >/dev/null 2>&1; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "browser-test: npm is required in CI (scripts/clients prepare installs Debian's nodejs and npm): FAILED" >&2
        exit 1
    fi
    echo "!! browser-test: no npm: the Swagger UI browser test will be SKIPPED (install nodejs and npm)." >&2
    exit 0
fi
if [[ ! -f "$stamp" ]] || ! cmp -s "$stamp" "$here/package-lock.json"; then
    echo "browser-test: installing puppeteer-core (npm ci) into $here/node_modules" >&2
    (cd "$here" && PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --silent)
    cp "$here/package-lock.json" "$stamp"
fi
