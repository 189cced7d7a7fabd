"""Telegram's init data check (bot.webapp.auth), against the algorithm Telegram documents."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from urllib.parse import parse_qsl, quote, urlencode

import pytest

from bot.webapp.auth import InitDataError, from_header, sign_init_data, validate_init_data

TOKEN = "123456:ABC-the-bot-token"
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def signed(fields: dict[str, str], token: str = TOKEN) -> list[tuple[str, str]]:
    """The fields with the hash Telegram computes: written out here as the documentation says,
    independently of the code under test."""
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    digest = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return [*fields.items(), ("hash", digest)]


def telegram_fields(**changes: str) -> dict[str, str]:
    user = {"id": 4242, "first_name": "Zoé", "language_code": "fr", "allows_write_to_pm": True}
    fields = {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps(user, ensure_ascii=False),
        "auth_date": str(int(NOW.timestamp()) - 60),
        "signature": "abc",
    }
    fields.update(changes)
    return fields


def check(init_data: str, token: str = TOKEN, now: dt.datetime = NOW) -> int:
    return validate_init_data(init_data, token, now, HOUR).id


def test_a_valid_signature_gives_the_user_inside() -> None:
    user = validate_init_data(urlencode(signed(telegram_fields())), TOKEN, NOW, HOUR)
    assert (user.id, user.first_name, user.language_code) == (4242, "Zoé", "fr")


def test_the_order_of_the_fields_does_not_matter() -> None:
    pairs = signed(telegram_fields())
    assert check(urlencode(list(reversed(pairs)))) == 4242
    assert check(urlencode(sorted(pairs))) == 4242


def test_a_wrong_hash_is_refused() -> None:
    pairs = [(k, "f" * 64 if k == "hash" else v) for k, v in signed(telegram_fields())]
    with pytest.raises(InitDataError):
        check(urlencode(pairs))


def test_a_tampered_field_is_refused() -> None:
    pairs = signed(telegram_fields())
    tampered = [(k, v.replace("4242", "4243") if k == "user" else v) for k, v in pairs]
    with pytest.raises(InitDataError):
        check(urlencode(tampered))


def test_another_bots_token_is_refused() -> None:
    with pytest.raises(InitDataError):
        check(urlencode(signed(telegram_fields(), token="999:another-bot")))
    with pytest.raises(InitDataError):
        check(urlencode(signed(telegram_fields())), token="999:another-bot")


def test_expiry() -> None:
    init_data = urlencode(signed(telegram_fields()))
    assert check(init_data, now=NOW + HOUR - dt.timedelta(seconds=61)) == 4242
    with pytest.raises(InitDataError):
        check(init_data, now=NOW + HOUR)
    far_future = telegram_fields(auth_date=str(int((NOW + dt.timedelta(days=1)).timestamp())))
    with pytest.raises(InitDataError):
        check(urlencode(signed(far_future)))


@pytest.mark.parametrize(
    "user", [None, "{}", '{"id": "4242"}', '{"id": true}', '{"id": -5}', "not json", "[1]"]
)
def test_a_missing_or_odd_user_is_refused(user: str | None) -> None:
    fields = telegram_fields()
    if user is None:
        del fields["user"]
    else:
        fields["user"] = user
    with pytest.raises(InitDataError):
        check(urlencode(signed(fields)))


def test_a_missing_auth_date_or_hash_is_refused() -> None:
    fields = telegram_fields()
    del fields["auth_date"]
    with pytest.raises(InitDataError):
        check(urlencode(signed(fields)))
    unsigned = urlencode(list(telegram_fields().items()))
    with pytest.raises(InitDataError):
        check(unsigned)


def test_a_duplicated_key_is_refused_even_when_signed() -> None:
    pairs = signed(telegram_fields())
    with pytest.raises(InitDataError):
        check(urlencode([*pairs, ("user", '{"id": 1}')]))
    with pytest.raises(InitDataError):
        check(urlencode([("user", '{"id": 1}'), *pairs]))
    with pytest.raises(InitDataError):
        check(urlencode([*pairs, pairs[-1]]))  # the hash twice


@pytest.mark.parametrize("init_data", ["", "a", "%zz&&", "x" * 5000])
def test_garbage_is_refused(init_data: str) -> None:
    with pytest.raises(InitDataError):
        check(init_data)


def test_values_are_compared_decoded_as_telegram_does() -> None:
    pairs = signed(telegram_fields(start_param="a b&c=d"))
    encoded = "&".join(f"{k}={quote(v, safe='')}" for k, v in pairs)
    assert check(encoded) == 4242


def test_sign_init_data_makes_what_the_check_accepts() -> None:
    init_data = sign_init_data(TOKEN, 77, NOW, first_name="Ana", language_code="en")
    user = validate_init_data(init_data, TOKEN, NOW, HOUR)
    assert (user.id, user.first_name, user.language_code) == (77, "Ana", "en")
    assert (
        dict(parse_qsl(init_data))["hash"]
        == dict(signed({k: v for k, v in parse_qsl(init_data) if k != "hash"}))["hash"]
    )


@pytest.mark.parametrize(
    ("header", "data"),
    [("tma abc=1", "abc=1"), ("TMA  abc=1 ", "abc=1")],
)
def test_the_authorization_header(header: str, data: str) -> None:
    assert from_header(header) == data


@pytest.mark.parametrize("header", [None, "", "tma", "tma ", "Bearer abc", "abc=1"])
def test_an_authorization_header_without_init_data(header: str | None) -> None:
    with pytest.raises(InitDataError):
        from_header(header)


# Init data as a Telegram client sends it since Bot API 8.0, with its `signature` (Ed25519, for
# third parties), published with its (revoked) bot token by the Telegram Mini Apps project's
# documentation of init data validation. The `hash` covers `signature`: Telegram's
# data-check-string is "all received fields" but `hash`. Dropping it (as third-party validation
# does) refuses every genuine launch.
PUBLISHED_TOKEN = "7342037359:AAHI25ES9xCOMPokpYoz-p8XVrZUdygo2J4"
PUBLISHED_INIT_DATA = (
    "user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%20%2B%20-%20%3F%20%5C%2F%22"
    "%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22"
    "%3A%22ru%22%2C%22is_premium%22%3Atrue%2C%22allows_write_to_pm%22%3Atrue%2C%22photo_url%22"
    "%3A%22https%3A%5C%2F%5C%2Ft.me%5C%2Fi%5C%2Fuserpic%5C%2F320%5C%2F4FPEE4tmP3ATHa57u6MqTDih13"
    "LTOiMoKoLDRG4PnSA.svg%22%7D&chat_instance=8134722200314281151&chat_type=private"
    "&auth_date=1733509682&signature=TYJxVcisqbWjtodPepiJ6ghziUL94-KNpG8Pau-X7oNNLNBM72APCpi_RK"
    "iUlBvcqo5L-LAxIc3dnTzcZX_PDg&hash=a433d8f9847bd6addcc563bff7cc82c89e97ea0d90c11fe5729cae6796"
    "a36d73"
)


def test_genuine_init_data_with_a_signature_field() -> None:
    signed_at = dt.datetime.fromtimestamp(1733509682, dt.UTC)
    user = validate_init_data(
        PUBLISHED_INIT_DATA, PUBLISHED_TOKEN, signed_at + dt.timedelta(minutes=1), HOUR
    )
    assert (user.id, user.first_name, user.language_code) == (279058397, "Vladislav + - ? /", "ru")
    # The signature is signed too: changed or left out, the init data is refused.
    for forged in (
        PUBLISHED_INIT_DATA.replace("signature=TYJx", "signature=TYJy"),
        "&".join(p for p in PUBLISHED_INIT_DATA.split("&") if not p.startswith("signature=")),
    ):
        with pytest.raises(InitDataError):
            validate_init_data(forged, PUBLISHED_TOKEN, signed_at, HOUR)


def test_a_field_holding_a_newline_is_refused_even_when_signed() -> None:
    # The data check string joins "key=value" lines with newlines: a field holding one reads
    # as two lines, so the fields a hash covers would no longer be one thing. Telegram never
    # sends a raw newline (its objects are JSON, its start_param is [A-Za-z0-9_-]).
    for fields in (
        telegram_fields(start_param="x\nzeta=1"),
        {**telegram_fields(), "a\nb": "c"},
    ):
        with pytest.raises(InitDataError):
            check(urlencode(signed(fields)))
