"""Relance settings, read from the environment and from `.env` (pydantic-settings).

Every name and default is documented in `.env.example` and in docs/architecture.md, "Settings".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_PUBLIC_API = "https://api.telegram.org"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/relance.db"


class Settings(BaseSettings):
    """Every setting of a Relance process."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_PUBLIC_API
    database_url: str = DEFAULT_DATABASE_URL
    default_language: str = "fr"
    default_timezone: str = "Europe/Paris"
    default_country: str = "FR"
    nudge_hour: dt.time = dt.time(9, 0)
    workday_end: dt.time = dt.time(18, 0)
    dispatch_interval_s: float = Field(default=5.0, gt=0)
    nudge_lease_s: int = Field(default=60, gt=0)
    nudge_max_attempts: int = Field(default=5, ge=1)
    send_rate_per_s: float = Field(default=29.0, gt=0)
    webhook_url: str = ""
    webhook_secret: SecretStr = SecretStr("")
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webapp_url: str = ""
    webapp_port: int | None = Field(default=None, ge=1, le=65535)
    webapp_auth_max_age_s: int = Field(default=3600, gt=0)
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if value in ("", None) else value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _strip_base_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value.endswith("/bot"):
            value = value[: -len("/bot")]
        return value or TELEGRAM_PUBLIC_API

    @field_validator("default_language")
    @classmethod
    def _language(cls, value: str) -> str:
        return "fr" if value.lower().startswith("fr") else "en"

    @field_validator("default_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("default_country")
    @classmethod
    def _country(cls, value: str) -> str:
        value = value.upper()
        if value not in holidays.list_supported_countries():
            raise ValueError(f"unknown country code {value!r}")
        return value

    @field_validator("webapp_port", mode="before")
    @classmethod
    def _empty_port_is_none(cls, value: object) -> object:
        return None if value in ("", None) else value

    @field_validator("webapp_url")
    @classmethod
    def _webapp_url(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith("https://"):
            raise ValueError("Telegram opens a Mini App only over https://")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"unknown log level {value!r}")
        return value

    @property
    def webhook_mode(self) -> bool:
        """Whether updates come through the webhook rather than polling."""
        return bool(self.webhook_url.strip())

    @property
    def bot_api_base_url(self) -> str:
        """The prefix python-telegram-bot appends the token and method to."""
        return f"{self.telegram_api_base_url}/bot"

    @property
    def bot_file_base_url(self) -> str:
        """The prefix for file downloads."""
        return f"{self.telegram_api_base_url}/file/bot"
