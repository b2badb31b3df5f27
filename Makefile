# Thin targets: each line is a real tool. `make run` and `make test` set everything up on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/i18n/relay_wizard_ja.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find wizard -name '*.py' 2>/dev/null)

.PHONY: run test fuzz translations lupdate clean package screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

## build the compiled translations (.qm) from the Qt Linguist sources
translations: $(QM)

## collect new UI strings from the code into the .ts file (then translate them)
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(SOURCES) -ts $(TS)

## open the wizard (creates .venv and installs on first use)
run: $(STAMP) $(QM)
	$(BIN)/relay-wizard

## run the whole test suite
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## render every page (Japanese, real results from local test servers) into docs/screenshots/ under Xvfb
screenshots: $(STAMP) $(QM)
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tools/screenshots.py --lang ja --out docs/screenshots
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tools/screenshots.py --lang ja --out docs/screenshots --size 720x560
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tools/screenshots_catalogue.py --lang ja --out docs/screenshots
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tools/screenshots_watch.py --lang ja --out docs/screenshots
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tools/screenshots_routes.py --lang ja --out docs/screenshots

## fuzz the parsers with many more examples than `make test` (tests/fuzzing.py; failures kept in .hypothesis/)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m fuzz --timeout=3600 --hypothesis-show-statistics -q

clean:
	rm -rf $(VENV) $(QM) build dist *.egg-info

## build the packaged app for this system into dist/ (Linux: onedir folder, .desktop file, tarball)
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py
