"""Who is asking: Telegram's init data, checked as Telegram documents it.

A Mini App receives `initData` (a query string: `auth_date`, `user`, `hash`...) from the Telegram
client, and sends it back with every API call as `Authorization: tma <initData>`. It is genuine
when `hash` equals hex(HMAC_SHA256(secret, data_check_string)), where
`secret = HMAC_SHA256(key="WebAppData", msg=bot_token)` and the data check string is every
other field as `key=value`, sorted by key, joined by newlines. The user is the `user.id` inside
it; nothing else the client sends says who they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

SCHEME = "tma"
# Init data is a few hundred bytes; anything far longer is not Telegram's.
INIT_DATA_MAX = 4096
# A client clock a little ahead of ours is not an attack.
CLOCK_SKEW = dt.timedelta(minutes=5)


class InitDataError(ValueError):
    """The init data is missing, malformed, forged or too old. Its message is for logs only."""


@dataclass(frozen=True)
class WebAppUser:
    """The Telegram user the init data was signed for."""

    id: int
    first_name: str
    language_code: str | None
    auth_date: dt.datetime


def secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def _check_string(fields: dict[str, str]) -> bytes:
    return "\n".join(f"{k}={fields[k]}" for k in sorted(fields)).encode()


def validate_init_data(
    init_data: str, bot_token: str, now: dt.datetime, max_age: dt.timedelta
) -> WebAppUser:
    """The user of genuine, fresh init data; InitDataError for anything else."""
    if not init_data or len(init_data) > INIT_DATA_MAX:
        raise InitDataError("missing or oversized init data")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as exc:
        raise InitDataError("malformed init data") from exc
    fields: dict[str, str] = {}
    for key, value in pairs:
        if key in fields:
            # Telegram never repeats a key: which one would count is anyone's guess.
            raise InitDataError("a repeated key")
        if "\n" in key or "\n" in value:
            # The check string's lines are split by newlines: a field holding one would read
            # as two. Telegram's values are JSON or plain tokens, never with a raw newline.
            raise InitDataError("a newline in a field")
        fields[key] = value
    given = fields.pop("hash", "")
    expected = hmac.new(secret_key(bot_token), _check_string(fields), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise InitDataError("bad signature")
    try:
        auth_date = dt.datetime.fromtimestamp(int(fields["auth_date"]), dt.UTC)
    except (KeyError, ValueError, OverflowError, OSError) as exc:
        raise InitDataError("no valid auth_date") from exc
    if now - auth_date > max_age:
        raise InitDataError("expired")
    if auth_date - now > CLOCK_SKEW:
        raise InitDataError("auth_date in the future")
    try:
        user = json.loads(fields["user"])
        user_id = user["id"]
    except (KeyError, ValueError, TypeError) as exc:
        raise InitDataError("no user") from exc
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        raise InitDataError("no valid user id")
    first_name = user.get("first_name")
    language = user.get("language_code")
    return WebAppUser(
        id=user_id,
        first_name=first_name if isinstance(first_name, str) else "",
        language_code=language if isinstance(language, str) else None,
        auth_date=auth_date,
    )


def claimed_language(init_data: str) -> str | None:
    """The language code init data says its user has, without checking it: only to word a
    refusal in a language they read, never to decide anything."""
    try:
        fields = dict(parse_qsl(init_data[:INIT_DATA_MAX], keep_blank_values=True))
        code = json.loads(fields.get("user", "{}")).get("language_code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, str) else None


def from_header(value: str | None) -> str:
    """The init data of an `Authorization: tma <initData>` header, or InitDataError."""
    scheme, _, data = (value or "").partition(" ")
    if scheme.lower() != SCHEME or not data.strip():
        raise InitDataError("no tma authorization")
    return data.strip()


def sign_init_data(
    bot_token: str,
    user_id: int,
    now: dt.datetime,
    *,
    first_name: str = "",
    language_code: str | None = None,
    extra: dict[str, str] | None = None,
) -> str:
    """Init data as a Telegram client would receive it, signed with this token: for the
    console's `/board` (signed with the console's own key) and for tests."""
    user: dict[str, object] = {"id": user_id, "first_name": first_name}
    if language_code:
        user["language_code"] = language_code
    fields = {
        "auth_date": str(int(now.timestamp())),
        "query_id": "relance-local",
        "user": json.dumps(user, separators=(",", ":"), ensure_ascii=False),
        **(extra or {}),
    }
    fields["hash"] = hmac.new(
        secret_key(bot_token), _check_string(fields), hashlib.sha256
    ).hexdigest()
    return urlencode(fields)
