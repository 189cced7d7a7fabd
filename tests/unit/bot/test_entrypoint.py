"""`python -m bot` refuses to start without what it needs, with one clear line and status 2."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from bot.settings import Settings
from testkit.process import ROOT, run_module


def run_bot(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot` from an empty folder (no .env), with only these settings."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    return run_module("bot", cwd=tmp_path, env=clean | env)


def test_without_a_token_it_exits_2_with_one_line_naming_the_setting(tmp_path: Path) -> None:
    result = run_bot(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and ".env.example" in lines[0]
    assert "Traceback" not in result.stderr


def test_webhook_mode_without_a_secret_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run_bot(
        tmp_path, TELEGRAM_BOT_TOKEN="1:abc", WEBHOOK_URL="https://relance.example.org/telegram"
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "WEBHOOK_SECRET" in lines[0]


def test_an_invalid_setting_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run_bot(tmp_path, TELEGRAM_BOT_TOKEN="1:abc", DEFAULT_TIMEZONE="Mars/Olympus")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DEFAULT_TIMEZONE" in lines[0]


def test_the_token_is_read_from_dot_env(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=42:from-dot-env\n")
    os.chdir(tmp_path)
    try:
        settings = Settings()
    finally:
        os.chdir(ROOT)
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "42:from-dot-env"
    assert "from-dot-env" not in repr(settings)


def test_defaults_are_those_of_the_design(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name in Settings.model_fields or name.lower() in Settings.model_fields:
            monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url == "https://api.telegram.org"
    assert settings.database_url == "sqlite+aiosqlite:///data/relance.db"
    assert (settings.default_language, settings.default_timezone, settings.default_country) == (
        "fr",
        "Europe/Paris",
        "FR",
    )
    assert (settings.nudge_hour, settings.workday_end) == (dt.time(9), dt.time(18))
    assert (settings.dispatch_interval_s, settings.nudge_lease_s) == (5, 60)
    assert (settings.nudge_max_attempts, settings.send_rate_per_s) == (5, 29)
    assert (settings.webhook_url, settings.webhook_secret.get_secret_value()) == ("", "")
    assert (settings.webhook_listen, settings.webhook_port) == ("0.0.0.0", 8443)
    assert (settings.log_level, settings.log_format) == ("INFO", "text")
    assert not settings.webhook_mode


def test_the_api_root_gets_bot_appended_once() -> None:
    settings = Settings(_env_file=None, telegram_api_base_url="http://127.0.0.1:8081/")  # type: ignore[call-arg]
    assert settings.bot_api_base_url == "http://127.0.0.1:8081/bot"


def test_every_setting_is_documented_in_env_example() -> None:
    documented = (ROOT / ".env.example").read_text()
    for name in [*Settings.model_fields, "test_postgres_url"]:
        assert name.upper() in documented, name
