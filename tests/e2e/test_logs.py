"""Logs: one line per update and per nudge, JSON for log shippers, and never the token."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import QUIET_LIBRARIES, RedactFilter, configure_logging
from testkit.fakebot import DEFAULT_TOKEN
from testkit.harness import Relance


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Every log line of the run, as `python -m bot` writes them with LOG_LEVEL=DEBUG and
    LOG_FORMAT=json (the most verbose it can be)."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    levels = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    configure_logging("DEBUG", "json", [DEFAULT_TOKEN], stream=stream)
    yield stream
    root.handlers[:], root.level = saved
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def test_a_whole_dialog_never_logs_the_token_nor_what_the_user_typed(
    relance: Relance, captured: io.StringIO
) -> None:
    relance.clock.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    alice = await relance.user()
    await alice.send("/start")
    await alice.click("France")
    await alice.send("/new")
    await alice.send("Secret Corp")
    await alice.send("Analyste")
    await alice.clicks("Passer", "Passer", "Entretien passé", "Hier", "Start-up", "Urgent", "Non")
    await alice.send("mes notes très personnelles")
    relance.clock.now = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    await relance.tick()
    text = captured.getvalue()
    assert DEFAULT_TOKEN not in text
    assert DEFAULT_TOKEN.split(":")[1] not in text
    assert "Secret Corp" not in text and "mes notes très personnelles" not in text
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    handled = [line for line in lines if line.get("event") in {"command", "text", "button"}]
    assert len(handled) == 13  # one line per update
    assert all("update_id" in line and "user_id" in line for line in handled)
    assert [line["event"] for line in lines if line.get("event") == "nudge_sent"] == ["nudge_sent"]


def test_the_redaction_filter_hides_a_token_in_any_message() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "url %s", (f"/bot{DEFAULT_TOKEN}/x",), None
    )
    RedactFilter([DEFAULT_TOKEN]).filter(record)
    assert DEFAULT_TOKEN not in record.getMessage()


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_traceback_that_quotes_the_token_is_redacted(fmt: str) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    levels = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    configure_logging("INFO", fmt, [DEFAULT_TOKEN], stream=stream)
    try:
        try:
            raise OSError(f"cannot reach http://127.0.0.1/bot{DEFAULT_TOKEN}/sendMessage")
        except OSError:
            logging.getLogger("relance.test").exception("send failed")
    finally:
        root.handlers[:], root.level = saved
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    written = stream.getvalue()
    assert "send failed" in written and "OSError: cannot reach" in written
    assert DEFAULT_TOKEN not in written and "<redacted>" in written
