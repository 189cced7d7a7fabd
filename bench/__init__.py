"""Benchmarks of Relance, each runnable from the repository root as a module.

- `python -m bench.dispatch`: nudge delivery throughput against a fake Bot API that enforces
  Telegram's overall flood limit (sent, lost, doubled, floods, rate).
- `python -m bench.scale`: the bot process's start time and memory, and the claim
  query's cost on a large nudges table compared with an empty one.

Each prints one JSON line with `--json`. None of them is run by the tests.
"""
