"""Logging setup: plain text or one JSON object per line, and the bot token never written."""

from __future__ import annotations

import json
import logging
import sys
from typing import TextIO


class RedactFilter(logging.Filter):
    """Replaces secrets (the bot token, the webhook secret) in every record by a placeholder."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = self._redact(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        # A traceback too: formatted here, once, and the formatters reuse the cleaned text.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("update_id", "user_id", "nudge_id", "event"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


# Libraries whose debug lines carry what users typed (whole updates, request bodies) or the
# token (request URLs): never more verbose than INFO, whatever LOG_LEVEL says.
QUIET_LIBRARIES = (
    "telegram",
    "httpx",
    "httpcore",
    "apscheduler",
    "aiohttp.access",
    "aiohttp.client",
    "asyncio",
    "aiosqlite",
    "asyncpg",
    "sqlalchemy",
    "transitions",
)


def configure_logging(
    level: str, fmt: str, secrets: list[str], stream: TextIO | None = None
) -> None:
    """Send logs to stderr (or `stream`) in the chosen format, with secrets redacted."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING if name != "telegram" else logging.INFO)
    # A tick still running when the next one is due is expected with a full batch, not worth
    # a warning.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
