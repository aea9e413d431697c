"""Start-up benchmark: commands that do not render vs a bare ``python -c pass``.

Run: ``.venv/bin/python bench/startup.py [--runs 5]``

Each command runs in a fresh interpreter (as a user types it); the script prints the median wall
time of each, the ratio to ``python -c pass`` measured in the same run, and whether the command
imported torch or diffusers (it must not: ``--help``, ``templates``, ``config validate``,
``renders``, and any argument error answer without loading them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PROBE = """
import sys, runpy
sys.argv = ["hextile"] + sys.argv[1:]
try:
    runpy.run_module("hextile", run_name="__main__")
except SystemExit:
    pass
finally:
    heavy = [m for m in ("torch", "diffusers", "transformers") if m in sys.modules]
    sys.stderr.write("\\nHEAVY=" + ",".join(heavy) + "\\n")
"""


def _time(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hextile-startup-"))
    (work / "c.json").write_text(json.dumps({"pipeline": "opencv", "diffusion": {"model": "grade"}}))
    env = dict(os.environ)
    commands = {
        "--help": ["--help"],
        "templates": ["templates"],
        "config validate": ["config", "validate", "c.json"],
        "renders": ["renders", "."],
        "render (no input: argument error)": ["render"],
        "render --passes 0 (argument error)": ["render", "x.png", "--passes", "0"],
    }
    py = sys.executable
    base = statistics.median(_time([py, "-c", "pass"], work, env) for _ in range(args.runs))
    print(f"python -c pass: {base * 1000:.0f} ms (median of {args.runs})")
    for label, cmd in commands.items():
        probe = subprocess.run([py, "-c", _PROBE, *cmd], cwd=work, env=env, capture_output=True, text=True)
        heavy = probe.stderr.rsplit("HEAVY=", 1)[-1].strip() or "none"
        t = statistics.median(_time([py, "-m", "hextile", *cmd], work, env) for _ in range(args.runs))
        print(f"hextile {label:<36} {t * 1000:6.0f} ms  ratio {t / base:5.1f}×  heavy imports: {heavy}")


if __name__ == "__main__":
    main()
