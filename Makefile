# The one entry point. Bootstraps itself on a fresh clone (needs only python3 >= 3.11, node 20, npm, make, git):
# .venv/ is built from the hashed lock files in requirements/ (pip, then every dev/test package, then this project
# editable without its dependencies) and node_modules/ from package-lock.json, once each (stamp files), and again
# only when those files change. `make lock` refreshes the locks from pyproject.toml and requirements/*.in.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules

VENV      := .venv
BIN       := $(VENV)/bin
PY        := $(BIN)/python
NODE_BIN  := node_modules/.bin
GEN_DIR   := generated/talon_integration_generated
VERSION_PY := overlays/talon_integration/_version.py
VENV_STAMP := $(VENV)/.stamp
NODE_STAMP := node_modules/.stamp

# Hashed locks (`make lock`): pip itself, the lock tool (uv), and the dev/test environment (pyproject.toml's
# runtime dependencies, the 'dev' extra and all they pull in; hatchling included, so builds need no isolation).
PIP_LOCK  := requirements/pip.lock
TOOL_LOCK := requirements/lock-tool.lock
DEV_LOCK  := requirements/dev.lock
# The official SDK (talon-one-python-sdk 9.0.0) in a venv of its own, for `make sdk-compat` only.
SDK_LOCK  := requirements/sdk.lock
SDK_VENV  := .sdk-venv
SDK_STAMP := $(SDK_VENV)/.stamp
LOCK_PYTHON := 3.11
# --universal: one lock for every platform (markers where a package is platform-specific); --no-config: no
# user or machine uv settings; the header names `make lock` as the command that wrote the file.
UV_COMPILE := pip compile --quiet --no-config --generate-hashes --universal --python-version $(LOCK_PYTHON) \
  --custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade)
PIP_INSTALL := $(PY) -m pip install --progress-bar off --no-input --disable-pip-version-check

# Wheels and sdists carry this as every file's timestamp (hatchling reads SOURCE_DATE_EPOCH): HEAD's commit time,
# or hatchling's own fixed default outside git, so the same commit builds the same bytes whatever the environment.
COMMIT_EPOCH = $(or $(shell git log -1 --format=%ct 2>/dev/null),1580601600)

# Pinned tools first on PATH: the generator's post hooks run `ruff`, and tests may run `prism`/`talon-integration`.
RUN := PATH="$(CURDIR)/$(BIN):$(CURDIR)/$(NODE_BIN):$$PATH"

# templates/: the custom templates that make the generated package the fast, typed layer (each says why).
# TALON_GENERATE_ROOT: where generator-config.yml's post hook finds tools/parameter_limits.py and openapi.yaml.
GENERATE := TALON_GENERATE_ROOT="$(CURDIR)" openapi-python-client generate --path openapi.yaml --config generator-config.yml --meta none --fail-on-warning \
  --custom-template-path templates

# Ruff targets that exist (tests/ and bench/ are optional).
LINT_PATHS := overlays $(wildcard tests) $(wildcard bench) $(wildcard tools)

# No telemetry, no update checks from the Node tools.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
# Tests start Prism themselves from this path.
export PRISM := $(CURDIR)/$(NODE_BIN)/prism

.PHONY: help generate check-generated lint typecheck docs test pytest contract demo bench wheel clean spec-diff \
  version-check release lock sdk-compat

help:
	@echo "make demo             scripted v2 checkout (coupon, loyalty points, a return) against the local sandbox"
	@echo "make test             check-generated + version-check + lint + typecheck + docs + pytest (what CI runs)"
	@echo "make generate         regenerate $(GEN_DIR)/ from openapi.yaml"
	@echo "make check-generated  fail if $(GEN_DIR)/ differs from a fresh generation"
	@echo "make lint             ruff, openapi-spec-validator, the spec's example rules, redocly"
	@echo "make typecheck        mypy --strict on overlays/"
	@echo "make docs             the API reference (pdoc) in docs/_build/index.html; fails on any warning or gap"
	@echo "make pytest           the pytest step of make test alone"
	@echo "make contract         contract tests only (pytest -k contract)"
	@echo "make sdk-compat       the official SDK 9.0.0 calls all its 31 methods on the served sandbox and parses every reply (CI)"
	@echo "make bench            benchmarks"
	@echo "make wheel            build dist/talon_integration_client-<version>-py3-none-any.whl (byte-reproducible)"
	@echo "make spec-diff        classify openapi.yaml changes since BASE=<git ref> (default: last release tag, else HEAD)"
	@echo "make version-check    the version grows with the spec change; CHANGELOG.md names breaking changes"
	@echo "make release          refuse a dirty, tagged or untested tree; build + check wheel and sdist, smoke; tag vX.Y.Z"
	@echo "make lock             refresh requirements/*.lock (hashed) from pyproject.toml; UPGRADE=1: newest allowed"
	@echo "make clean            remove .venv, node_modules, dist, build and caches"

# A new venv each time (--clear): nothing left over from an older lock. pip comes from its own lock, and the
# setuptools that Python 3.11's venv adds goes (nothing locked needs it); every other package from the dev lock,
# hash-checked (pip refuses a package or dependency the lock does not pin with a hash); the project last, editable,
# without dependencies (the lock has them) and without build isolation (hatchling from the lock).
# pip check: every installed requirement, the project's own included, is satisfied.
$(VENV_STAMP): pyproject.toml $(PIP_LOCK) $(DEV_LOCK)
	python3 -m venv --clear $(VENV)
	$(PIP_INSTALL) --require-hashes --no-deps -r $(PIP_LOCK)
	$(PY) -m pip uninstall --yes --quiet --disable-pip-version-check setuptools
	$(PIP_INSTALL) --require-hashes -r $(DEV_LOCK)
	$(PIP_INSTALL) --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	touch $@

# uv from its own hashed lock in a throwaway venv, then each lock recompiled. Without UPGRADE=1 the pins already
# in a lock are kept where pyproject.toml still allows them; only what changed is re-resolved.
lock:
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	python3 -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --progress-bar off --disable-pip-version-check \
	  --require-hashes --no-deps -r $(TOOL_LOCK); \
	uv="$$tmp/venv/bin/uv"; \
	"$$uv" $(UV_COMPILE) requirements/pip.in -o $(PIP_LOCK); \
	"$$uv" $(UV_COMPILE) requirements/lock-tool.in -o $(TOOL_LOCK); \
	"$$uv" $(UV_COMPILE) pyproject.toml --extra dev -o $(DEV_LOCK); \
	"$$uv" $(UV_COMPILE) requirements/sdk.in -o $(SDK_LOCK); \
	echo "lock: $(PIP_LOCK), $(TOOL_LOCK) and $(DEV_LOCK) written by $$("$$uv" --version)"

$(SDK_STAMP): $(PIP_LOCK) $(SDK_LOCK)
	python3 -m venv --clear $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install --progress-bar off --no-input --disable-pip-version-check \
	  --require-hashes --no-deps -r $(PIP_LOCK)
	$(SDK_VENV)/bin/python -m pip install --progress-bar off --no-input --disable-pip-version-check \
	  --require-hashes -r $(SDK_LOCK)
	touch $@

# Today's service as Talon.One's own SDK sees it: the SDK, in its venv (client-side validation on), drives the nine
# v1 operations and then a shop's checkout through every one of its 31 IntegrationApi methods against the sandbox
# served from ours; every operation of today's API must be called, every reply parsed into the SDK's model
# (a method without one: its documented 2xx); then our models read the same replies, typed and without a problem.
sdk-compat: $(VENV_STAMP) $(SDK_STAMP)
	TALON_SDK_PYTHON="$(CURDIR)/$(SDK_VENV)/bin/python" $(RUN) pytest tests/test_sdk_compat.py

$(NODE_STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund
	touch $@

# Generate into a temporary folder and swap it in only on success: a spec the generator refuses leaves
# generated/ as it was (and a field dropped from the spec leaves no stale module behind).
generate: $(VENV_STAMP) $(wildcard templates/*) tools/parameter_limits.py tools/deprecations.py tools/readme_methods.py
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(RUN) $(GENERATE) --output-path "$$tmp/talon_integration_generated" \
	  || { echo "generate: FAILED; $(GEN_DIR) is unchanged" >&2; exit 1; }; \
	rm -rf $(GEN_DIR) && mkdir -p $(dir $(GEN_DIR)) && cp -R "$$tmp/talon_integration_generated" $(GEN_DIR); \
	echo "generate: $(GEN_DIR) regenerated from openapi.yaml"; \
	PYTHONPATH=generated $(PY) tools/readme_methods.py README.md

check-generated: $(VENV_STAMP)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(RUN) $(GENERATE) --output-path "$$tmp/talon_integration_generated" >"$$tmp/generate.log" 2>&1 \
	  || { cat "$$tmp/generate.log" >&2; echo "check-generated: generation FAILED (see above)" >&2; exit 1; }; \
	if diff -r -x __pycache__ "$$tmp/talon_integration_generated" $(GEN_DIR); then \
	  echo "check-generated: $(GEN_DIR) is up to date"; \
	else \
	  echo "check-generated: $(GEN_DIR) is OUT OF DATE with openapi.yaml/generator-config.yml." >&2; \
	  echo "Run 'make generate' and commit openapi.yaml and generated/ together. Never edit generated/ by hand." >&2; \
	  exit 1; \
	fi; \
	PYTHONPATH=generated $(PY) tools/readme_methods.py --check README.md

lint: $(VENV_STAMP) $(NODE_STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(PY) tools/spec_examples.py openapi.yaml
	$(NODE_BIN)/redocly lint openapi.yaml --config redocly.yaml

typecheck: $(VENV_STAMP)
	$(BIN)/mypy

# The API reference from the docstrings (pdoc, pinned in the dev extra), one page per public module. Any pdoc
# warning fails it, and so does a public name, class attribute or operation method left out of the pages, or a
# public class or function without a docstring (tools/docs.py says which).
docs: $(VENV_STAMP)
	$(PY) tools/docs.py --output docs/_build

# The steps run in a sub-make between two looks at the tree: a run that starts and ends on the same clean commit
# records that commit in .venv/tested-commit, and `make release` releases only such a commit. The looks are
# lines of their own, so `make -n test` (which runs lines holding $(MAKE)) records nothing.
test: $(VENV_STAMP) $(NODE_STAMP)
	@$(PY) tools/release_check.py --tree-state >$(VENV)/test-start
	$(MAKE) --no-print-directory check-generated version-check lint typecheck docs pytest
	@$(PY) tools/release_check.py --record-tested "$$(cat $(VENV)/test-start)"

pytest: $(VENV_STAMP) $(NODE_STAMP)
	$(RUN) pytest

contract: $(VENV_STAMP) $(NODE_STAMP)
	$(RUN) pytest tests -k contract

demo: $(VENV_STAMP)
	$(RUN) python -m talon_integration.cli demo

bench: $(VENV_STAMP)
	$(PY) bench/run.py

# From this venv's locked hatchling (no isolation, nothing fetched), stamped with HEAD's commit time: two clones of
# one commit build byte-identical wheels (tests/test_reproducible.py proves it). Unless HEAD is tagged v<version> and
# the tree is clean, the version says it is a development build (hatch_build.py: X.Y.Z.dev0+g<commit>[.dirty.<digest>]),
# so pip never takes it for the release, or for another build, of the same version.
wheel: export SOURCE_DATE_EPOCH = $(COMMIT_EPOCH)
wheel: $(VENV_STAMP)
	rm -rf dist
	$(PY) -m build --wheel --no-isolation --outdir dist
	@case "$$(echo dist/*.whl)" in *+g*) \
	  echo "wheel: DEVELOPMENT BUILD $$(basename dist/*.whl): HEAD is not tagged v$$($(PY) -c 'import runpy; print(runpy.run_path("$(VERSION_PY)")["__version__"])') or the tree has uncommitted changes." >&2; \
	  echo "wheel: its version carries the commit (and a digest of the changes), so pip installs it over any other build;" >&2; \
	  echo "wheel: a release keeps the plain version: bump __version__ in overlays/talon_integration/_version.py, commit, 'make test' and 'make release'." >&2;; \
	esac
	@$(PY) -c 'import hashlib, sys; [print(hashlib.sha256(open(p, "rb").read()).hexdigest(), p) for p in sys.argv[1:]]' \
	  dist/*.whl

# BASE=<git ref> (default: the newest release tag vX.Y.Z, else HEAD); JSON=1 prints {"verdict": ..., "changes": [...]}.
spec-diff: $(VENV_STAMP)
	$(PY) tools/spec_diff.py $(if $(BASE),--base '$(BASE)') $(if $(JSON),--json)

version-check: $(VENV_STAMP)
	$(PY) tools/version_policy.py

# NO_TAG=1: every gate and check, but no tag at the end. The script sets SOURCE_DATE_EPOCH for its builds itself.
release: $(VENV_STAMP)
	$(PY) tools/release_check.py $(if $(NO_TAG),--no-tag)

clean:
	rm -rf $(VENV) node_modules dist build docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis \
	  $(SDK_VENV) bench/.sdk-venv bench/.runtime-venv
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -name '*.egg-info' -prune -exec rm -rf {} +
