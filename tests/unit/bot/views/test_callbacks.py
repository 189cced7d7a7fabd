"""Button data: every kind reads back what it wrote, in the wire format of the buttons already
in users' chats, and anything forged, cut or unknown reads as None."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.views.callbacks import (
    ID_MAX,
    KINDS,
    AgendaAction,
    AgendaButton,
    AnswerButton,
    Button,
    CardAction,
    CardButton,
    ListPage,
    MenuAction,
    MenuButton,
    NudgeAction,
    NudgeButton,
    parse_id,
    unpack_any,
)

ids = st.integers(min_value=0, max_value=ID_MAX)
# What the dialogs' choices carry: short values, colons and accents included.
values = st.text(max_size=20).filter(lambda v: len(f"a:{ID_MAX}:{v}".encode()) <= 64)
buttons = st.one_of(
    st.builds(AnswerButton, ids, values),
    st.builds(MenuButton, st.sampled_from(MenuAction)),
    st.builds(NudgeButton, ids, st.sampled_from(NudgeAction)),
    st.builds(CardButton, ids, st.sampled_from(CardAction)),
    st.builds(ListPage, st.none() | ids),
    st.builds(AgendaButton, ids, st.sampled_from(AgendaAction)),
)


@given(buttons)
def test_every_kind_reads_back_what_it_wrote(button: Button) -> None:
    data = button.pack()
    assert len(data.encode()) <= 64
    assert unpack_any(data) == button
    assert type(button).unpack(data) == button


def test_every_kind_is_covered_here() -> None:
    kinds = {AnswerButton, MenuButton, NudgeButton, CardButton, ListPage, AgendaButton}
    assert set(KINDS.values()) == kinds


@pytest.mark.parametrize(
    ("button", "data"),
    [
        (AnswerButton(3, "FR"), "a:3:FR"),
        (AnswerButton(0, ""), "a:0:"),
        (MenuButton(MenuAction.NEW), "m:new"),
        (NudgeButton(12, NudgeAction.DONE), "n:12:d"),
        (NudgeButton(12, NudgeAction.KEEP_ACCOUNT), "n:12:ek"),
        (CardButton(7, CardAction.DELETE_YES), "c:7:xy"),
        (ListPage(2), "l:2"),
        (ListPage(None), "l:-"),
        (AgendaButton(5, AgendaAction.MOVE_TYPED), "g:5:mt"),
    ],
)
def test_the_wire_format_is_that_of_the_buttons_already_sent(button: Button, data: str) -> None:
    assert button.pack() == data
    assert unpack_any(data) == button


def test_the_action_letters_are_those_already_sent() -> None:
    assert sorted(NudgeAction) == sorted(
        ["d", "l", "l1", "l3", "a", "ag", "ar", "s", "b", "k", "y", "n", "sc", "sk", "ek"]
    )
    assert sorted(CardAction) == sorted(["v", "i", "k", "r", "n", "e", "a", "x", "xy", "o", "w"])
    assert sorted(AgendaAction) == sorted(["m", "c", "m1", "m3", "mw", "mt"])
    assert sorted(MenuAction) == sorted(["help", "settings", "new", "list"])


def test_data_beyond_64_bytes_is_refused_when_packed() -> None:
    assert len(AnswerButton(1, "x" * 60).pack()) == 64
    with pytest.raises(ValueError, match="too long"):
        AnswerButton(1, "x" * 61).pack()
    with pytest.raises(ValueError, match="too long"):
        AnswerButton(1, "é" * 31).pack()  # 64 characters, but 94 bytes


@pytest.mark.parametrize(
    "data",
    [
        "",
        ":",
        "zz:garbage",
        "ç",
        "\u202e" * 20,
        # a kind's prefix with nothing after it
        "a",
        "a:",
        "m",
        "n",
        "c:c",
        "n:n",
        "l",
        "l:",
        "g",
        # fields missing
        "a::",
        "a:1",
        "n::d",
        "c::v",
        "g::c",
        "n:1",
        "n:1:",
        # non-ASCII digits, signs, spaces
        "a:²:FR",
        "n:²:d",
        "c:²:v",
        "g:²:c",
        "l:²",
        "n:١:d",
        "n:-1:d",
        "l:-1",
        "n:+1:d",
        "n: 1:d",
        # ids beyond the database's integer range
        f"n:{ID_MAX + 1}:d",
        f"l:{ID_MAX + 1}",
        "n:99999999999999999999:d",
        "g:99999999999999999999:c",
        "c:99999999999999999999:v",
        "a:" + "9" * 62,
        # unknown actions
        "m:",
        "m:forget",
        "m:export",
        "m:HELP",
        "c:1:V",
        "c:1:z",
        "n:1:zz",
        "g:1:x",
        # extra fields
        "m:new:extra",
        "n:1:d:x",
        "c:1:v:",
        "g:1:c:c",
        "l:1:2",
        "l:-:",
    ],
)
def test_forged_and_malformed_data_is_no_button(data: str) -> None:
    assert unpack_any(data) is None
    for kind in KINDS.values():
        assert kind.unpack(data) is None


def test_a_kind_reads_only_its_own_prefix() -> None:
    data = NudgeButton(1, NudgeAction.DONE).pack()
    assert CardButton.unpack(data) is None
    assert AgendaButton.unpack(data) is None


def test_ids_are_plain_ascii_digits_within_the_integer_columns() -> None:
    assert parse_id("0") == 0
    assert parse_id(str(ID_MAX)) == ID_MAX
    for text in ("", str(ID_MAX + 1), "²", "١٢", "1.0", "0x1", " 1", "-1", "1" * 11):
        assert parse_id(text) is None


def test_a_prefix_is_taken_once() -> None:
    with pytest.raises(ValueError, match="taken"):

        class Again(Button, prefix="n"):
            pass
