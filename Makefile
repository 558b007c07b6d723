# Crier's two everyday commands: `make run` and `make test`. Both build the virtual environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshot clean package deb translations lupdate
.DEFAULT_GOAL := translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The interface in Welsh and English: Qt Linguist sources (.ts, committed, edited in Qt Linguist) compiled
# to .qm (build output) by lrelease. `make lupdate` re-reads the sources for new strings; it is not part of
# every build, so building never rewrites the committed catalogues.
TS := resources/translations/crier_cy.ts resources/translations/crier_en.ts
QM := $(TS:.ts=.qm)
# Core stays Qt-free: what people read there is marked with desktop/core/translatable.py's QT_TRANSLATE_NOOP
# and translate(), which lupdate reads like Qt's, and the window translates when it shows it.
TR_CORE := $(sort $(shell grep -rl --include='*.py' 'from desktop.core.translatable import' desktop/core))
TR_SOURCES := $(sort $(wildcard desktop/ui/*.py)) desktop/app.py $(sort $(wildcard desktop/cli*.py)) $(TR_CORE)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative $(TR_SOURCES) -ts $(TS)

run: $(STAMP) translations
	@scripts/system-deps.sh run
	$(BIN)/crier

tests/js/node_modules: tests/js/package.json
	npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
	touch tests/js/node_modules

# The official Bluesky PDS that tests/test_bluesky_official_pds.py runs: installed once per lock file into
# ~/.cache/crier-pds by tests/pds/install.sh. Unless CRIER_REQUIRE_PDS_TESTS is set (as .ci/run does), a
# failed install only makes those tests skip.
.PHONY: official-pds
official-pds:
	@tests/pds/install.sh >/dev/null || [ -z "$$CRIER_REQUIRE_PDS_TESTS" ]

test: $(STAMP) translations
	@scripts/system-deps.sh test
	@if [ -f tests/js/package.json ]; then $(MAKE) --no-print-directory tests/js/node_modules; fi
	@$(MAKE) --no-print-directory official-pds
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks packaging scripts
	$(BIN)/ruff format --check desktop tests benchmarks packaging scripts
	$(BIN)/python -m mypy  # desktop/core, as [tool.mypy] in pyproject.toml says

# Every benchmark runs (one that needs something absent says so and moves on); fails at the end if any did.
bench: $(STAMP)
	@status=0; for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || status=1; done; exit $$status

screenshot: $(STAMP) translations
	@scripts/system-deps.sh test
	$(BIN)/python scripts/screenshot.py screenshots/main-window.png

package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python -m PyInstaller --noconfirm --clean packaging/crier.spec
	QT_QPA_PLATFORM=offscreen CRIER_DATA_DIR=build/selftest-data dist/crier/crier --selftest

deb: package
	$(BIN)/python packaging/linux/build_deb.py

clean:
	rm -rf $(VENV) build dist .pytest_cache tests/js/node_modules
