# Scout — everything a developer or CI runs goes through these targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: install run demo test lint eval bench clean help

help:
	@echo "make run    install, load the demo and start Scout on http://127.0.0.1:8000"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   ruff and the import-layer contract"
	@echo "make eval   accuracy evals (needs SCOUT_EVAL_DATA, default ../shared/data)"
	@echo "make bench  speed benchmarks, JSON under evals/results/"

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e '.[dev]'
	# unstructured-inference pulls torchvision, which breaks torch's CPU build here;
	# fast PDF/DOCX partitioning does not need it.
	$(PIP) uninstall --quiet -y torchvision || true
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/scout serve --demo

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

eval: install
	$(PY) -m evals.run_all

bench: install
	$(PY) -m evals.bench.run_all

clean:
	rm -rf $(VENV) .scout .pytest_cache
