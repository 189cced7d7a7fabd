"""First use, /help, /settings, /forget, /cancel and bad input, end to end over HTTP."""

from __future__ import annotations

import datetime as dt
import logging

import aiohttp
import pytest

from bot.coach.commands import COMMANDS
from bot.coach.turn import Turn
from flows.catalog import Text
from storage.models import User
from storage.repositories import ConversationRepo, UserRepo
from testkit.harness import Client, Relance
from testkit.rows import onboarded


async def stored_user(relance: Relance, user_id: int) -> User | None:
    async with relance.services().session() as session:
        return await UserRepo(session).get(user_id)


async def onboard(client: Client, place: str = "France") -> None:
    await client.send("/start")
    await client.click(place)


async def test_first_use_in_french_sets_country_and_timezone(relance_any_mode: Relance) -> None:
    alice = await relance_any_mode.user(first_name="Alice", language_code="fr")
    replies = await alice.send("/start")
    assert len(replies) == 1
    assert "Bonjour Alice" in replies[0].plain_text
    assert "Dans quel pays" in replies[0].plain_text
    assert [label for label, _ in replies[0].buttons] == [
        "France",
        "Belgique",
        "Suisse",
        "Luxembourg",
        "Canada (Québec)",
        "Autre",
    ]
    question = replies[0]
    replies = await alice.click("Suisse")
    # The question now shows the choice made, without its buttons.
    edited = alice.fake.chats[alice.id][question.message_id]
    assert "→ Suisse" in edited.plain_text
    assert edited.buttons == []
    assert "C'est noté : Suisse, fuseau horaire Europe/Zurich" in replies[-1].plain_text
    user = await stored_user(relance_any_mode, alice.id)
    assert user is not None
    assert (user.language, user.country, user.timezone, user.onboarded) == (
        "fr",
        "CH",
        "Europe/Zurich",
        True,
    )
    # A known user gets the greeting and the first actions, not the setup again.
    replies = await alice.send("/start")
    assert "Bonjour Alice" in replies[-1].plain_text
    assert "Dans quel pays" not in replies[-1].plain_text
    assert replies[-1].buttons


async def test_first_use_in_english_with_a_typed_timezone_and_country(relance: Relance) -> None:
    bob = await relance.user(first_name="Bob", language_code="en-GB")
    replies = await bob.send("/start")
    assert "Hello Bob" in replies[0].plain_text
    await bob.click("Other")
    assert "Type your time zone" in bob.last.plain_text
    replies = await bob.send("Mars/Olympus")
    assert "I don't know the time zone “Mars/Olympus”" in replies[0].plain_text
    await bob.send("america/new_york")
    assert "two-letter code" in bob.last.plain_text
    replies = await bob.send("US")
    assert "Got it: US, time zone America/New_York" in replies[-1].plain_text
    user = await stored_user(relance, bob.id)
    assert user is not None
    assert (user.language, user.country, user.timezone) == ("en", "US", "America/New_York")


async def test_a_user_without_a_telegram_language_gets_the_default_language(
    relance: Relance,
) -> None:
    carol = await relance.user(first_name="Carol", language_code=None)
    replies = await carol.send("/start")
    assert "Bonjour Carol" in replies[0].plain_text


async def test_help_lists_every_command_that_exists(relance: Relance) -> None:
    alice = await onboarded(relance)
    for lang, client in (("fr", alice), ("en", await relance.user(language_code="en"))):
        if lang == "en":
            await onboard(client, "France")
        replies = await client.send("/help")
        for command in COMMANDS:
            assert f"/{command}" in replies[0].plain_text


async def test_command_menu_is_published_in_french_english_and_by_default(
    relance: Relance,
) -> None:
    commands = relance.fake.commands
    assert {"fr", "en", ""} <= set(commands)
    assert [c["command"] for c in commands["fr"]] == list(COMMANDS)
    assert commands["fr"][0]["description"] != commands["en"][0]["description"]


async def test_settings_change_language_and_reminder_hour(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/settings")
    assert "Heure des rappels : 09:00" in replies[0].plain_text
    await alice.click("Langue")
    replies = await alice.click("English")
    assert "Saved." in replies[-1].plain_text
    assert "Reminder hour: 09:00" in replies[-1].plain_text
    await alice.click("Reminder hour")
    replies = await alice.send("8h30")
    assert "Reminder hour: 08:30" in replies[-1].plain_text
    await alice.click("Country and time zone")
    await alice.click("Belgium")
    replies = await alice.click("Close")
    assert "Settings saved." in replies[-1].plain_text
    user = await stored_user(relance, alice.id)
    assert user is not None
    assert (user.language, user.nudge_hour, user.country, user.timezone) == (
        "en",
        dt.time(8, 30),
        "BE",
        "Europe/Brussels",
    )


async def test_forget_erases_everything_after_confirmation(relance: Relance) -> None:
    alice = await onboarded(relance)
    await alice.send("/forget")
    replies = await alice.click("Non, garder")
    assert "Rien n'a été effacé" in replies[-1].plain_text
    assert await stored_user(relance, alice.id) is not None
    await alice.send("/forget")
    replies = await alice.click("Oui, tout effacer")
    assert "toutes vos données sont effacées" in replies[-1].plain_text
    assert await stored_user(relance, alice.id) is None


async def test_forget_in_english(relance: Relance) -> None:
    dan = await onboarded(relance, first_name="Dan", language_code="en")
    await dan.send("/forget")
    replies = await dan.click("Yes, erase everything")
    assert "all your data is erased" in replies[-1].plain_text
    assert await stored_user(relance, dan.id) is None


async def test_cancel_leaves_the_open_dialog(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/cancel")
    assert "Aucune question en cours" in replies[0].plain_text
    await alice.send("/settings")
    replies = await alice.send("/cancel")
    assert "C'est quitté" in replies[0].plain_text
    async with relance.services().session() as session:
        assert await ConversationRepo(session).get(alice.id) is None


async def test_unknown_command_and_free_text_get_a_helpful_reply(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/frobnicate")
    assert "Je ne connais pas cette commande" in replies[0].plain_text
    replies = await alice.send("bonjour ?")
    assert "Je n'attends pas de message" in replies[0].plain_text


async def test_free_text_where_a_button_is_expected_asks_the_same_question(
    relance: Relance,
) -> None:
    alice = await relance.user()
    await alice.send("/start")
    replies = await alice.send("France")
    assert "Répondez avec l'un des boutons" in replies[0].plain_text
    assert "Dans quel pays" in replies[0].plain_text
    assert replies[0].buttons
    user = await stored_user(relance, alice.id)
    assert user is not None and not user.onboarded


async def test_a_stale_button_says_the_question_is_closed_and_changes_nothing(
    relance: Relance,
) -> None:
    alice = await relance.user()
    await alice.send("/start")
    old_question = alice.last_with_buttons()
    await alice.send("/settings")
    replies = await alice.click("Belgique", message=old_question)
    assert replies == []
    assert alice.last_answer_text() == "Cette question est close : ce bouton ne fait plus rien."
    user = await stored_user(relance, alice.id)
    assert user is not None
    assert user.country == "FR" and not user.onboarded


async def test_forged_callback_data_changes_nothing(relance: Relance) -> None:
    alice = await relance.user()
    await alice.send("/start")
    question = alice.last_with_buttons()
    for data in ("a:999:FR", "a:1:XX", "zz:garbage", "a:x:y", "m:nothing", "\u202e" * 20):
        replies = await alice.press(question, data)
        assert replies == []
        assert alice.last_answer_text() == "Cette question est close : ce bouton ne fait plus rien."
    user = await stored_user(relance, alice.id)
    assert user is not None and user.country == "FR" and not user.onboarded


async def test_another_users_button_changes_nothing_for_either(relance: Relance) -> None:
    alice = await relance.user()
    mallory = await relance.user(first_name="Mallory")
    await alice.send("/forget")
    await onboard(mallory)
    await mallory.send("/settings")
    alice_question = alice.last_with_buttons()
    # Mallory replays Alice's "erase everything" button.
    await mallory.press(alice_question, alice.button_data(alice_question, "Oui"))
    assert await stored_user(relance, alice.id) is not None
    assert await stored_user(relance, mallory.id) is not None


async def test_long_and_html_input_is_refused_or_shown_as_typed(relance: Relance) -> None:
    alice = await relance.user()
    await alice.send("/start")
    await alice.click("Autre")
    replies = await alice.send("x" * 4000)
    assert "64 caractères au plus" in replies[0].plain_text
    replies = await alice.send("<b>Paris</b> & <i>co")
    assert "« <b>Paris</b> & <i>co »" in replies[0].plain_text


async def test_a_dialog_survives_a_restart(relance: Relance) -> None:
    alice = await relance.user()
    await alice.send("/start")
    question = alice.last_with_buttons()
    await relance.restart()
    replies = await alice.click("Luxembourg", message=question)
    assert "Luxembourg, fuseau horaire Europe/Luxembourg" in replies[-1].plain_text


async def test_a_step_that_rolled_back_is_reported_in_the_users_language(
    relance: Relance, monkeypatch: pytest.MonkeyPatch
) -> None:
    dan = await onboarded(relance, first_name="Dan", language_code="en")

    async def broken_cancel(turn: Turn, _name: str) -> None:
        await ConversationRepo(turn.session).close(turn.user.id)
        turn.say(Text("cancel.done"))
        raise RuntimeError("a bug half way through the step")

    await dan.send("/new")
    monkeypatch.setitem(COMMANDS, "cancel", broken_cancel)
    replies = await dan.send("/cancel")
    assert len(replies) == 1 and "this step was not saved" in replies[0].plain_text
    # Rolled back indeed: the company question is still open.
    replies = await dan.send("Acme")
    assert "For which position at Acme?" in replies[-1].plain_text


async def test_a_reply_that_fails_to_send_is_not_reported_as_unsaved(
    relance: Relance, caplog: pytest.LogCaptureFixture
) -> None:
    dan = await onboarded(relance, first_name="Dan", language_code="en")
    relance.fake.fail_next("sendMessage", 502, "Bad Gateway")
    with caplog.at_level(logging.ERROR, logger="bot.telegram.outbox"):
        replies = await dan.send("/new")
    # The step was saved (the question is open) and its reply was lost on the way: the user is
    # not told otherwise, the log says which update and which user.
    assert replies == []
    [record] = [r for r in caplog.records if getattr(r, "event", "") == "reply_not_delivered"]
    assert record.__dict__["user_id"] == dan.id and record.__dict__["update_id"] > 0
    replies = await dan.send("Acme")
    assert "For which position at Acme?" in replies[-1].plain_text
    assert all("not saved" not in m.plain_text for m in dan.messages())


async def test_webhook_refuses_a_request_without_the_secret(relance_any_mode: Relance) -> None:
    if relance_any_mode.mode != "webhook":
        return
    url = f"http://127.0.0.1:{relance_any_mode.webhook_port}/telegram"
    update = {
        "update_id": 999_999,
        "message": {
            "message_id": 1,
            "date": 0,
            "text": "/forget",
            "chat": {"id": 5, "type": "private", "first_name": "Eve"},
            "from": {"id": 5, "is_bot": False, "first_name": "Eve"},
        },
    }
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, json=update, headers=headers) as response:
                assert response.status == 403
    assert relance_any_mode.fake.messages(5) == []
    assert await stored_user(relance_any_mode, 5) is None
