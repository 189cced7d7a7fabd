"""Running one of Relance's modules as a real process (`python -m ...`), from this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD_S = 60  # only stops a broken test from hanging; no test asserts a timing


def run_module(
    module: str,
    *args: str,
    cwd: Path = ROOT,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m module args` in `cwd`, with this checkout importable, in the environment `env`
    (by default this process's), `stdin` typed in; its output is read as UTF-8 text, and its exit
    status is left to the caller."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**(os.environ if env is None else env), "PYTHONPATH": str(ROOT)},
        timeout=HANG_GUARD_S,
        check=False,
    )
