"""Start Relance: `python -m bot` (polling, or webhook mode when WEBHOOK_URL is set), or
`python -m bot --console` to try the coach in a terminal, without a Telegram token.

Settings come from the environment and `.env` (see `.env.example`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from pydantic import ValidationError

from bot.logs import configure_logging
from bot.settings import Settings
from bot.telegram import runner

logger = logging.getLogger("bot")


def fail(message: str) -> int:
    """Print one clear line to stderr and give the exit status for a configuration error."""
    print(f"relance: {message}", file=sys.stderr)
    return 2


def load_settings() -> Settings | str:
    """The settings, or one line saying what is wrong with them."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        )
        return f"invalid settings ({problems}); see .env.example"


def main(argv: list[str] | None = None) -> int:
    """Check the settings, then run the bot until stopped."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument(
        "--console",
        action="store_true",
        help="talk to the coach in this terminal (no Telegram token needed)",
    )
    args = parser.parse_args(argv)
    settings = load_settings()
    if isinstance(settings, str):
        return fail(settings)
    if args.console:
        from bot.console import loop as console

        return console.main(settings)
    if settings.telegram_bot_token is None:
        return fail(
            "TELEGRAM_BOT_TOKEN is not set: copy .env.example to .env and put your bot's token "
            "there (or set it in the environment)."
        )
    if settings.webhook_mode and not settings.webhook_secret.get_secret_value():
        return fail("WEBHOOK_URL is set but WEBHOOK_SECRET is empty: set a long random secret.")
    configure_logging(
        settings.log_level,
        settings.log_format,
        [
            settings.telegram_bot_token.get_secret_value(),
            settings.webhook_secret.get_secret_value(),
        ],
    )
    return asyncio.run(runner.serve(settings))


if __name__ == "__main__":
    sys.exit(main())
