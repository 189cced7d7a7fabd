"""The Bot API as the fake serves it: limits, Telegram's error texts, the records a test reads
(users, messages, calls, refusals), the parameter checks, and `find_button`."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from aiohttp import web

DEFAULT_TOKEN = "123456789:AAFakeTokenForRelanceEndToEndTests0"

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_INLINE_BUTTONS = 100

# Telegram's own error texts.
ERR_UNAUTHORIZED = "Unauthorized"
ERR_NOT_FOUND = "Not Found"
ERR_TEXT_EMPTY = "Bad Request: message text is empty"
ERR_TEXT_TOO_LONG = "Bad Request: message is too long"
ERR_CAPTION_TOO_LONG = "Bad Request: message caption is too long"
ERR_BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
ERR_BUTTON_URL_INVALID = "Bad Request: BUTTON_URL_INVALID"
ERR_TEXT_BUTTONS = (
    "Bad Request: can't parse inline keyboard button: "
    "Text buttons are unallowed in the inline keyboard"
)
ERR_MARKUP_JSON = "Bad Request: can't parse reply keyboard markup JSON object"
ERR_MARKUP_TOO_LONG = "Bad Request: reply markup is too long"
ERR_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
ERR_EDIT_NOT_FOUND = "Bad Request: message to edit not found"
ERR_DELETE_NOT_FOUND = "Bad Request: message to delete not found"
ERR_CANT_EDIT = "Bad Request: message can't be edited"
ERR_NO_TEXT_TO_EDIT = "Bad Request: there is no text in the message to edit"
ERR_QUERY_INVALID = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
ERR_CHAT_NOT_FOUND = "Bad Request: chat not found"
ERR_BLOCKED = "Forbidden: bot was blocked by the user"
ERR_REPLY_NOT_FOUND = "Bad Request: message to be replied not found"
ERR_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
ERR_POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)

_DEFAULT_DESCRIPTIONS: dict[int, str] = {
    400: ERR_CHAT_NOT_FOUND,
    401: ERR_UNAUTHORIZED,
    403: ERR_BLOCKED,
    404: ERR_NOT_FOUND,
    409: ERR_POLL_CONFLICT,
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

# Parameters whose form-encoded value is JSON, and parameters that are numbers / booleans.
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "link_preview_options",
        "reply_parameters",
        "allowed_updates",
        "menu_button",
        "media",
        "reaction",
    }
)
_INT_PARAMS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "user_id",
        "from_chat_id",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "max_connections",
    }
)
_FLOAT_PARAMS = frozenset({"timeout"})
_BOOL_PARAMS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "has_spoiler",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "show_caption_above_media",
        "allow_paid_broadcast",
    }
)

_INLINE_ACTION_FIELDS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Update types Telegram does not send unless explicitly listed in allowed_updates.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Methods that are never subject to the global flood limit.
_FLOOD_EXEMPT = frozenset(
    {"getUpdates", "getMe", "getWebhookInfo", "setWebhook", "deleteWebhook", "close", "logOut"}
)
# Methods that spend a token of the per-chat flood limit: those that post a new message.
_CHAT_PACED = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
_PATH_RE = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[A-Za-z0-9_]*)")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_LANG_RE = re.compile(r"[a-z]{2}")


# --------------------------------------------------------------------------------------------
# Public records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user that writes to the bot (always in a private chat)."""

    id: int
    first_name: str = "Test"
    language_code: str | None = "fr"
    username: str | None = None
    last_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The Bot API ``User`` object."""
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name is not None:
            data["last_name"] = self.last_name
        if self.username is not None:
            data["username"] = self.username
        if self.language_code is not None:
            data["language_code"] = self.language_code
        return data

    def chat_dict(self) -> dict[str, Any]:
        """The Bot API ``Chat`` object of the private chat with this user."""
        data: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name is not None:
            data["last_name"] = self.last_name
        if self.username is not None:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str | None
    data: bytes
    content_type: str | None

    def __repr__(self) -> str:
        return f"UploadedFile({self.filename!r}, {len(self.data)} bytes, {self.content_type!r})"


class ApiCall(NamedTuple):
    """One request received, in order: ``(method, params)`` (params normalised)."""

    method: str
    params: dict[str, Any]


class Refusal(NamedTuple):
    """A request refused the way Telegram would refuse it (a bug in the bot)."""

    method: str
    description: str
    params: dict[str, Any]


class InjectedFailure(NamedTuple):
    """A failure produced on purpose by fail_next / fail_chat / the flood limit."""

    method: str
    error_code: int
    description: str
    params: dict[str, Any]


@dataclass(frozen=True)
class WebhookFailure:
    """A webhook delivery that did not get a 2xx (``status`` is None on a network error)."""

    update_id: int
    url: str
    status: int | None
    body: str


@dataclass(frozen=True)
class SentMessage:
    """A message created by the bot (``fake.sent``) or its current state (``fake.chats``).

    ``text``/``caption`` are the raw strings the bot sent (HTML tags included) and
    ``plain_text``/``plain_caption`` what the user reads once entities are parsed.
    """

    chat_id: int
    message_id: int
    kind: str  # "message" | "document" | "photo"
    date: int
    text: str | None = None
    parse_mode: str | None = None
    plain_text: str | None = None
    entities: tuple[dict[str, Any], ...] = ()
    reply_markup: dict[str, Any] | None = None
    caption: str | None = None
    plain_caption: str | None = None
    caption_entities: tuple[dict[str, Any], ...] = ()
    filename: str | None = None
    file_bytes: bytes | None = None
    mime_type: str | None = None
    file_id: str | None = None
    edit_date: int | None = None
    edit_count: int = 0
    params: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def document(self) -> bytes | None:
        """The uploaded bytes of a ``sendDocument`` message."""
        return self.file_bytes if self.kind == "document" else None

    @property
    def photo(self) -> bytes | None:
        """The uploaded bytes of a ``sendPhoto`` message."""
        return self.file_bytes if self.kind == "photo" else None

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        """The inline keyboard rows (empty when there is none)."""
        if self.reply_markup is None:
            return []
        rows = self.reply_markup.get("inline_keyboard")
        return rows if isinstance(rows, list) else []

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """All inline buttons as ``(text, callback_data)``, row by row."""
        return [
            (b.get("text", ""), b.get("callback_data")) for row in self.inline_keyboard for b in row
        ]


@dataclass
class CallbackQueryRecord:
    """Bookkeeping of a callback query pushed with :meth:`FakeBotAPI.push_callback`."""

    id: str
    update_id: int
    user: FakeUser
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    answer: dict[str, Any] | None = None
    pushed_at: float = 0.0


class ParsedText(NamedTuple):
    """Result of entity parsing: the text users see and its entities (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]]


class ApiError(Exception):
    """Raised inside the server to answer with a Bot API error."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after


class _InjectedError(ApiError):
    """An error the test asked for (not a refusal)."""


@dataclass
class _Fault:
    error_code: int
    description: str
    retry_after: int | None
    remaining: int | None  # None: until cleared


@dataclass
class _Delay:
    seconds: float
    remaining: int | None


CallListener = Callable[[ApiCall, dict[str, Any]], None]
TakenListener = Callable[[int], None]
_Handler = Callable[[dict[str, Any], web.Request], Awaitable[Any]]


# --------------------------------------------------------------------------------------------
# Helpers for tests
# --------------------------------------------------------------------------------------------


class _HasToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _markup_of(
    message: SentMessage | Mapping[str, Any] | _HasToDict | None,
) -> Mapping[str, Any] | None:
    if message is None:
        return None
    if isinstance(message, SentMessage):
        return message.reply_markup
    if not isinstance(message, Mapping):
        message = message.to_dict()  # a telegram.Message or telegram.InlineKeyboardMarkup
    if "inline_keyboard" in message:
        return message
    markup = message.get("reply_markup")
    return markup if isinstance(markup, Mapping) else None


def find_button(
    message: SentMessage | Mapping[str, Any] | _HasToDict | None, label_substring: str
) -> tuple[str, str]:
    """Find an inline button by label and return ``(text, callback_data)``.

    ``message`` is a :class:`SentMessage`, a Bot API message dict, a reply_markup dict, or a
    python-telegram-bot ``Message`` / ``InlineKeyboardMarkup``. An
    exact label match wins; otherwise the label must contain ``label_substring`` in exactly one
    button. Raises ``AssertionError`` listing the labels when there is no (unique) match, or
    when the button is not a callback button.
    """
    markup = _markup_of(message)
    rows = markup.get("inline_keyboard") if markup is not None else None
    buttons: list[Mapping[str, Any]] = (
        [b for row in rows for b in row] if isinstance(rows, list) else []
    )
    labels = [str(b.get("text", "")) for b in buttons]
    matches = [b for b in buttons if b.get("text") == label_substring]
    if not matches:
        matches = [b for b in buttons if label_substring in str(b.get("text", ""))]
    if not matches:
        raise AssertionError(
            f"no inline button containing {label_substring!r}; buttons are {labels!r}"
        )
    if len(matches) > 1:
        raise AssertionError(
            f"{len(matches)} inline buttons contain {label_substring!r}: "
            f"{[b.get('text') for b in matches]!r}; buttons are {labels!r}"
        )
    button = matches[0]
    data = button.get("callback_data")
    if not isinstance(data, str):
        raise AssertionError(f"button {button.get('text')!r} is not a callback button: {button}")
    return str(button["text"]), data


# --------------------------------------------------------------------------------------------
# Parameter handling
# --------------------------------------------------------------------------------------------


def _normalise(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in _INT_PARAMS and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    if name in _FLOAT_PARAMS:
        with contextlib.suppress(ValueError):
            return float(value)
    if name in _BOOL_PARAMS and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return value


def _opt_str(params: Mapping[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, f'Bad Request: field "{name}" must be of type String')
    return value


def _opt_int(params: Mapping[str, Any], name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ApiError(400, f'Bad Request: field "{name}" must be of type Integer')
    return int(value)


def _opt_bool(params: Mapping[str, Any], name: str) -> bool:
    value = params.get(name)
    return bool(value) if isinstance(value, bool | int) else False


def _chat_id(params: Mapping[str, Any], *, required: bool = True) -> int | None:
    value = params.get("chat_id")
    if value is None or value == "":
        if required:
            raise ApiError(400, "Bad Request: chat_id is empty")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(400, ERR_CHAT_NOT_FOUND)  # e.g. "@unknown_channel"
    return value


def _message_id(params: Mapping[str, Any]) -> int:
    value = _opt_int(params, "message_id")
    if value is None:
        raise ApiError(400, "Bad Request: message identifier is not specified")
    return value


def _json_param(params: Mapping[str, Any], name: str, error: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):  # could not be decoded by _normalise
        raise ApiError(400, error)
    return value


def _check_reply_markup(
    params: Mapping[str, Any], *, inline_only: bool = False
) -> dict[str, Any] | None:
    markup = _json_param(params, "reply_markup", ERR_MARKUP_JSON)
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, ERR_MARKUP_JSON)
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup["inline_keyboard"])
    elif inline_only:
        raise ApiError(400, "Bad Request: inline keyboard expected")
    elif "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(400, 'Bad Request: field "keyboard" must be an Array of Arrays')
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str) or not text:
                    raise ApiError(400, "Bad Request: keyboard button text is empty")
    elif not ({"remove_keyboard", "force_reply"} & markup.keys()):
        raise ApiError(400, ERR_MARKUP_JSON)
    return markup


def _check_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ApiError(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an '
            "Array of Arrays",
        )
    if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS:
        raise ApiError(400, ERR_MARKUP_TOO_LONG)
    for row in rows:
        for button in row:
            if not isinstance(button, dict):
                raise ApiError(
                    400,
                    "Bad Request: can't parse inline keyboard button: "
                    "InlineKeyboardButton must be an Object",
                )
            text = button.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ApiError(
                    400, "Bad Request: can't parse inline keyboard button: Text must be non-empty"
                )
            actions = [k for k in _INLINE_ACTION_FIELDS if button.get(k) is not None]
            if not actions:
                raise ApiError(400, ERR_TEXT_BUTTONS)
            if len(actions) > 1:
                raise ApiError(
                    400,
                    "Bad Request: can't parse inline keyboard button: exactly one of the "
                    f"optional fields must be used, got {', '.join(actions)}",
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not (
                    1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
                ):
                    raise ApiError(400, ERR_BUTTON_DATA_INVALID)
            if "url" in button:
                url = button["url"]
                if not isinstance(url, str) or not re.match(r"(https?|tg|ton)://\S+$", url):
                    raise ApiError(400, ERR_BUTTON_URL_INVALID)


def _inline_markup(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of reply_markup Telegram echoes back in Message objects."""
    if markup is not None and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def _scope_key(scope: Any) -> str:
    if scope is None:
        return "default"
    if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise ApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
    kind: str = scope["type"]
    if kind == "chat":
        return f"chat:{scope.get('chat_id')}"
    if kind == "chat_administrators":
        return f"chat_administrators:{scope.get('chat_id')}"
    if kind == "chat_member":
        return f"chat_member:{scope.get('chat_id')}:{scope.get('user_id')}"
    if kind not in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
        raise ApiError(400, "Bad Request: wrong bot command scope type specified")
    return kind


def _lang(params: Mapping[str, Any]) -> str:
    lang = _opt_str(params, "language_code") or ""
    if lang and not _LANG_RE.fullmatch(lang):
        raise ApiError(400, "Bad Request: invalid language code specified")
    return lang


def _update_type(update: Mapping[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "unknown")
