"""How long Relance takes to read one recruiter's message, over the labelled corpus.

    python -m bench.messages [--rounds 5] [--json]

Each round reads every message of `testkit/recruiter_corpus.jsonl` once, timing each reading
alone (`time.perf_counter`). A first round warms the process (the dates reader loads its
languages on first use) and is reported apart: `cold_ms` is the very first reading,
`warm_up_max_ms` the slowest of that round. The median and p99 are over the timed rounds.
`--json` prints one line: `messages`, `readings`, `median_ms`, `p99_ms`, `max_ms`, `cold_ms`,
`warm_up_max_ms`, `targets_met` (median <= 5 ms and p99 <= 20 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from bench.common import print_json
from flows.recruiter_message import read_message
from testkit.recruiter_corpus import CORPUS

TARGET_MEDIAN_MS = 5.0
TARGET_P99_MS = 20.0


def _read(index: int) -> float:
    item = CORPUS[index]
    now = dt.datetime.fromisoformat(item.now)
    started = time.perf_counter()
    read_message(item.text, now=now, tz=item.tz, country=item.country)
    return (time.perf_counter() - started) * 1000


def measure(rounds: int) -> dict[str, object]:
    """Times every message of the corpus `rounds` times, after one cold reading."""
    cold = _read(0)
    warm_up = max(_read(i) for i in range(len(CORPUS)))
    timings = [_read(i) for _ in range(rounds) for i in range(len(CORPUS))]
    timings.sort()
    median = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    return {
        "messages": len(CORPUS),
        "readings": len(timings),
        "median_ms": round(median, 3),
        "p99_ms": round(p99, 3),
        "max_ms": round(timings[-1], 3),
        "cold_ms": round(cold, 3),
        "warm_up_max_ms": round(warm_up, 3),
        "targets_met": median <= TARGET_MEDIAN_MS and p99 <= TARGET_P99_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.messages", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(max(1, args.rounds))
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
