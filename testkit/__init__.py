"""Shared by the tests and the benchmarks: the Bot API fake, the corpora and their helpers."""
