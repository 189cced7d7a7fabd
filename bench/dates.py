"""Dates: how long `read_when` takes to read one typed phrase.

Run from the repository root:

    python -m bench.dates [--json] [--rounds 5]

It reads every phrase of `tests/unit/flows/dates_corpus.jsonl` (its own "now", time zone,
country and expectation) `--rounds` times, after one warm-up pass, timing each reading alone with
`time.perf_counter_ns`. It prints one JSON line: `phrases`, `readings`, `median_ms` and `p99_ms`
(warm), `max_ms`, and `cold_start_ms`: importing `flows.dates` and reading the first phrase in a
fresh interpreter (measured in a child process, so this process's imports do not hide it).
`ok` says whether the warm median is within the target of 2 ms. `--json` prints only that line;
without it a short summary follows. The exit status is 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TARGET_MEDIAN_MS = 2.0
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "unit" / "flows" / "dates_corpus.jsonl"

COLD = """
import time
start = time.perf_counter_ns()
import datetime as dt
from flows.dates import Prefer, read_when
read_when("sous 15 jours", now=dt.datetime.fromisoformat("2026-12-07T14:00:00+01:00"),
          tz="Europe/Paris", country="FR", expect=Prefer.FUTURE)
print((time.perf_counter_ns() - start) / 1e6)
"""


def load_corpus() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def cold_start_ms() -> float:
    """Import and first reading in a fresh interpreter, in milliseconds."""
    result = subprocess.run(
        [sys.executable, "-c", COLD],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return float(result.stdout.strip())


def run(rounds: int) -> dict[str, Any]:
    from flows.dates import Prefer, read_when

    rows = load_corpus()
    requests = [
        (
            row["text"],
            dt.datetime.fromisoformat(row["now"]),
            row["tz"],
            row["country"],
            Prefer(row["expect"]),
        )
        for row in rows
    ]
    for text, now, tz, country, expect in requests:  # warm-up: caches, holidays, regexes
        read_when(text, now=now, tz=tz, country=country, expect=expect)
    timings: list[float] = []
    for _ in range(rounds):
        for text, now, tz, country, expect in requests:
            start = time.perf_counter_ns()
            read_when(text, now=now, tz=tz, country=country, expect=expect)
            timings.append((time.perf_counter_ns() - start) / 1e6)
    timings.sort()
    median = statistics.median(timings)
    return {
        "bench": "dates",
        "phrases": len(rows),
        "readings": len(timings),
        "median_ms": round(median, 3),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 3),
        "max_ms": round(timings[-1], 3),
        "cold_start_ms": round(cold_start_ms(), 1),
        "ok": median <= TARGET_MEDIAN_MS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dates", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args(argv)
    result = run(max(1, args.rounds))
    print(json.dumps(result), flush=True)
    if not args.json:
        print(
            f"{result['readings']} readings of {result['phrases']} phrases: median "
            f"{result['median_ms']} ms, p99 {result['p99_ms']} ms (target: median <= "
            f"{TARGET_MEDIAN_MS} ms); cold start {result['cold_start_ms']} ms"
        )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
