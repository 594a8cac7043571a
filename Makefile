# integra: the commands people type. `make` alone lists them.
#
# One shared target/ folder (cargo's default) serves every target here.
# Each recipe runs in a single bash with -e -u -o pipefail (.ONESHELL).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.ONESHELL:
.DEFAULT_GOAL := help

CARGO ?= cargo
# make, for a target that calls another one. Through a variable of its own
# so that `make -n test` only prints (a recipe naming $(MAKE) directly is
# run even under -n, and with .ONESHELL that would be the whole recipe).
SUBMAKE = $(MAKE) --no-print-directory

# The PostgreSQL server of the tests (user postgres, database test); a
# fresh database per test is created on it. Override from the environment.
export INTEGRA_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: help run demo build release test lint fmt openapi clients schemathesis bench components fuzz faults

# help: list the targets with their one-line descriptions (the `## ` text).
help: ## list the targets
	@echo "integra: make TARGET"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z-]*:.*## / { printf "  %-13s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

# run: debug build, serves on 127.0.0.1:8080 with SQLite at ./data/integra.db
# (created and migrated on first start, which also prints the admin password).
run: ## serve on http://127.0.0.1:8080 (SQLite at ./data/integra.db)
	$(CARGO) run --bin integra -- serve

# demo: demonstration persons, stays abroad and a household into an empty
# registry (a registry that holds persons is left alone), then serve.
demo: ## load demo data into an empty registry, then serve
	$(CARGO) run --bin integra -- demo-data
	$(CARGO) run --bin integra -- serve

# build: everything in the workspace, tests and benches included (debug).
build: ## build the workspace, all targets (debug)
	$(CARGO) build --workspace --all-targets

# release: an optimised binary at target/release/integra.
release: ## build target/release/integra (optimised)
	$(CARGO) build --release --bin integra

# test: everything CI runs, in order:
#   1. scripts/check-postgres decides whether PostgreSQL is tested (outside
#      CI an unreachable server is skipped loudly; with CI=true it fails);
#   2. scripts/ensure-chromium installs Debian's chromium when missing (the
#      printable progress report and Swagger UI are tested in it); `make
#      clients` prepares the generated clients and the browser test; then
#      cargo test on SQLite and PostgreSQL (which runs the clients' examples
#      and Swagger UI against live servers);
#   3. lint (rustfmt check, clippy -D warnings);
#   4. schemathesis against the running server, on SQLite and PostgreSQL;
#   5. a short fuzzing run (scripts/fuzz, FUZZ_SECONDS_IN_TEST each target).
# A failing step does not stop the later ones; the summary lists them all,
# with the seconds each took,
# and the exit status is non-zero when any failed.
test: ## every test: cargo test (SQLite + PostgreSQL), lint, schemathesis
	@postgres=tested
	if [[ "$${CI:-}" != "true" && -n "$${INTEGRA_TEST_SKIP_POSTGRES:-}" && "$${INTEGRA_TEST_SKIP_POSTGRES}" != "0" ]]; then
		echo "make test: INTEGRA_TEST_SKIP_POSTGRES is set: PostgreSQL is not tested"
		postgres=skipped
	else
		status=0
		scripts/check-postgres || status=$$?
		case $$status in
			0) postgres=tested ;;
			2) postgres=skipped ;;
			*) echo "make test: PostgreSQL is required (CI=true) and unreachable: FAILED" >&2; exit 1 ;;
		esac
	fi
	if [[ $$postgres == tested ]]; then
		unset INTEGRA_TEST_SKIP_POSTGRES
		backends="SQLite + PostgreSQL"
	else
		export INTEGRA_TEST_SKIP_POSTGRES=1
		backends="SQLite only"
	fi

	names=(); results=(); times=(); failed=0
	step() { # step NAME COMMAND...: run, record passed/FAILED, keep going
		local name="$$1" started=$$SECONDS; shift
		echo; echo "==> $$name"
		if "$$@"; then results+=("passed"); else results+=("FAILED"); failed=1; fi
		names+=("$$name"); times+=("$$((SECONDS - started)) s")
	}
	skip() { names+=("$$1"); results+=("SKIPPED"); times+=("-"); }

	cargo_log="$$(mktemp)"
	trap 'rm -f "$$cargo_log"' EXIT
	step "headless Chromium (browser test)" scripts/ensure-chromium
	step "clients and browser test: install, fresh, type-checked" $(SUBMAKE) clients
	cargo_test() { $(CARGO) test --workspace 2>&1 | tee "$$cargo_log"; }
	step "cargo test ($$backends)" cargo_test
	step "lint (rustfmt, clippy, OpenAPI)" $(SUBMAKE) lint
	step "schemathesis (SQLite)" scripts/schemathesis
	if [[ $$postgres == tested ]]; then
		step "schemathesis (PostgreSQL)" scripts/schemathesis "$$INTEGRA_TEST_POSTGRES_URL"
	else
		skip "schemathesis (PostgreSQL)"
	fi
	step "fuzz (short: $(FUZZ_SECONDS_IN_TEST) s a target)" scripts/fuzz $(FUZZ_SECONDS_IN_TEST)

	echo
	echo "======================== make test: summary ========================"
	for i in "$${!names[@]}"; do printf '  %-56s %-8s %7s\n' "$${names[$$i]}" "$${results[$$i]}" "$${times[$$i]}"; done
	echo "===================================================================="
	if [[ $$postgres != tested ]]; then
		echo
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
		echo "!!                                                                !!"
		echo "!!   PostgreSQL tests were SKIPPED: only SQLite was tested.       !!"
		echo "!!   CI runs them and WILL FAIL without PostgreSQL.               !!"
		echo "!!   Start PostgreSQL at 127.0.0.1:5432 or point                  !!"
		echo "!!   INTEGRA_TEST_POSTGRES_URL at one, then run make test again.  !!"
		echo "!!                                                                !!"
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
	fi
	# The Rust tests' totals, as one plain closing line.
	read -r passed failed_tests < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($$(i+1) ~ /^passed;?$$/) p += $$i; if ($$(i+1) ~ /^failed;?$$/) f += $$i } } END { print p + 0, f + 0 }' "$$cargo_log")
	echo
	echo "tests: $$passed passed, $$failed_tests failed"
	exit $$failed

# fuzz: cargo-fuzz (libFuzzer, nightly) on the rule language, the import
# reader and strict JSON into every input type, FUZZ_SECONDS each; installs
# the nightly toolchain and cargo-fuzz when missing. `make test` runs it for
# FUZZ_SECONDS_IN_TEST each.
FUZZ_SECONDS ?= 300
FUZZ_SECONDS_IN_TEST ?= 20
fuzz: ## fuzz the rule language, the import reader and every JSON input (FUZZ_SECONDS each)
	scripts/fuzz $(FUZZ_SECONDS)

# faults: the fault tests, the two-node soak at full length: two nodes on one
# PostgreSQL under mixed load for SOAK_SECONDS (make test runs it for 10 s),
# the binary killed and stopped under load, PostgreSQL stopped under load,
# backups taken under load and restored. .ci/run runs it after make test.
SOAK_SECONDS ?= 60
faults: ## fault tests: the two-node soak for SOAK_SECONDS (60), kills, outages, backups
	INTEGRA_SOAK_SECONDS=$(SOAK_SECONDS) $(CARGO) test -p integra-tests --test api -- \
		two_nodes_soak:: faults:: postgres_outage:: backup::

# lint: formatting must match rustfmt, clippy may not warn at all, and
# openapi.yaml must be a valid OpenAPI 3.1 document (openapi-spec-validator)
# that Redocly CLI (recommended, strict) and Spectral (spectral:oas) pass
# without a warning (scripts/lint-openapi installs them, pinned).
lint: components ## cargo fmt --check, clippy -D warnings, OpenAPI validation
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	scripts/lint-openapi

# fmt: format the whole workspace in place.
fmt: components ## format the workspace with rustfmt
	$(CARGO) fmt --all

# components: rustfmt and clippy, added to the toolchain when missing.
components:
	@$(CARGO) fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	$(CARGO) clippy --version >/dev/null 2>&1 || rustup component add clippy

# openapi: regenerate the committed openapi.yaml from the code (a test
# fails when the two drift apart; the old file stays if generation fails),
# then the generated clients from it (scripts/clients generate).
openapi: ## regenerate openapi.yaml from the code, and the clients from it
	$(CARGO) run -q --bin integra -- openapi --format yaml > openapi.yaml.tmp || { rm -f openapi.yaml.tmp; exit 1; }
	mv openapi.yaml.tmp openapi.yaml
	scripts/clients generate

# clients: the generated clients (clients/typescript, clients/python) and the
# Swagger UI browser test (tools/browser-test), ready for the tests that run
# them against live servers: pinned tools installed (npm ci, a venv), each
# generated client checked against openapi.yaml (stale: `make openapi`, then
# scripts/clients generate), the examples type-checked with tsc --strict and
# mypy --strict.
clients: ## prepare the generated clients and the browser test (install, check fresh, type-check)
	scripts/clients prepare
	tools/browser-test/prepare.sh

# schemathesis: fuzz the running server against its OpenAPI document
# (scripts/schemathesis) on SQLite, then on PostgreSQL when it is reachable.
schemathesis: ## fuzz the API with schemathesis (SQLite, and PostgreSQL if reachable)
	@scripts/schemathesis
	status=0
	scripts/check-postgres || status=$$?
	case $$status in
		0) scripts/schemathesis "$$INTEGRA_TEST_POSTGRES_URL" ;;
		2) echo "make schemathesis: PostgreSQL unreachable: SKIPPED on PostgreSQL" >&2 ;;
		*) exit 1 ;;
	esac

# bench: the workspace's benchmarks (criterion), then the load benchmark
# (scripts/load-bench): the release server on SQLite and on PostgreSQL with
# 1,000,000 persons, /health/live (the ceiling) against the audited person
# read, case read and name search, under wrk; the table is printed and written
# to target/load-bench.md. Then the report benchmark (scripts/report-bench):
# a generated population of 1,000,000 persons on each backend, the
# reintegration report and the overview timed (target: under 500 ms), written
# to target/report-bench.md and bench/results/reports.json.
bench: ## run the benchmarks: criterion, the load benchmark, the report and matching benchmarks
	$(CARGO) bench --workspace
	scripts/load-bench
	scripts/report-bench
	scripts/match-bench
	scripts/import-bench
