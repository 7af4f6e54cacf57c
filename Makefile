# Companion: `make run` to start the app, `make test` to run the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck bench clean translations qm package

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Companion needs Python 3.11 or newer (set PYTHON=python3.11).")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/companion

test: $(VENV)/.test-installed qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint typecheck

lint: $(VENV)/.test-installed
	$(BIN)/python -m ruff check src tests bench
	$(BIN)/python -m ruff format --check src tests bench

typecheck: $(VENV)/.test-installed
	$(BIN)/python -m mypy

bench: $(VENV)/.test-installed
	$(BIN)/python -m bench
	$(BIN)/python -m bench.journal
	$(BIN)/python -m bench.timeline
	$(BIN)/python -m bench.toolbox
	$(BIN)/python -m bench.groups
	$(BIN)/python -m bench.exchange
	$(BIN)/python -m bench.sync
	$(BIN)/python -m bench.packaging

LANGUAGES := es de fr

# Extract every marked text from the code into translations/companion_<lang>.ts.
translations: $(VENV)/.test-installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(shell find src/companion -name '*.py' | sort) \
		-ts $(foreach lang,$(LANGUAGES),translations/companion_$(lang).ts)

# Compile them for running from the source tree (the package build does its own).
qm: $(VENV)/.test-installed
	$(BIN)/python packaging/build_translations.py

# The one-folder app for this platform (Linux here) in dist/companion.
package: $(VENV)/.test-installed qm
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/companion.spec
	du -sh dist/companion

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
