"""A user who taps and types faster than Telegram lets a bot answer in one chat.

The fake enforces Telegram's per-chat limit (a burst of 3 messages, then one a second) and, on
top of it, floods the first reply of the burst twice: the bot must pace, wait out the 429 and
send again, so that every question arrives, in order, once, and nobody is told that a saved
step was not saved.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.outbox import CHAT_BURST, CHAT_INTERVAL_S
from tests.e2e.conftest import HANG_GUARD_S, Client, Relance, pacer
from tests.fakebot import SentMessage

pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
)

NOT_SAVED = "n'a pas été enregistrée"
# What the user does, and the question each step must bring, in order. A step is typed text,
# or ("button", label) pressed on the last message with buttons.
SCRIPT: list[tuple[str | tuple[str, str], str]] = [
    ("/start", "Dans quel pays cherchez-vous"),
    (("button", "France"), "C'est noté : France"),
    ("/new", "Quel est le nom de l'entreprise"),
    ("Decathlon", "Pour quel poste chez Decathlon"),
    ("Vendeur", "Le nom de la personne qui recrute"),
    ("Marie Dupont", "Son e-mail ou son téléphone"),
    (("button", "Passer"), "Où en êtes-vous avec Decathlon"),
    (("button", "Entretien passé"), "Quand a eu lieu l'entretien chez Decathlon"),
    (("button", "Hier"), "Quelle est la taille de Decathlon"),
    (("button", "Grand groupe"), "Le poste est-il à pourvoir en urgence"),
    (("button", "Pas urgent"), "Le recruteur a-t-il dit quand il répondrait"),
    (("button", "Non"), "?"),
    ("le rayon running et l'équipe", "Je vous le rappellerai"),
]
# Steps 1 to 5 go out within a second, without waiting for the replies.
BURST = range(1, 6)


def push(client: Client, step: str | tuple[str, str]) -> int:
    if isinstance(step, tuple):
        return client.fake.press_button(client.user, client.last_with_buttons(), step[1])
    return client.fake.push_message(client.user, step)


async def test_every_question_reaches_a_fast_user_in_order(relance: Relance) -> None:
    fake = relance.fake
    fake.chat_rate_limit, fake.chat_burst = 1.0, 3
    assert relance.application is not None
    pacer(relance.application).set_pace(CHAT_BURST, CHAT_INTERVAL_S)  # as in production
    alice = await relance.user()

    def bot_messages() -> list[SentMessage]:
        return alice.messages()

    async def arrived(count: int) -> None:
        await fake.wait_until(
            lambda: len(bot_messages()) >= count, HANG_GUARD_S, f"bot message {count}"
        )

    push(alice, SCRIPT[0][0])
    await arrived(1)
    fake.fail_next("sendMessage", 429, retry_after=1, times=2)
    update_ids = []
    for index in BURST:
        update_ids.append(push(alice, SCRIPT[index][0]))
        await asyncio.sleep(0.2)
    for update_id in update_ids:
        await relance.processed(update_id)
    await arrived(BURST[-1] + 1)
    for index in range(BURST[-1] + 1, len(SCRIPT)):
        # As soon as the question is there, the answer.
        update_id = push(alice, SCRIPT[index][0])
        await relance.processed(update_id)
        await arrived(index + 1)

    texts = [m.plain_text or "" for m in bot_messages()]
    assert len(texts) == len(SCRIPT), texts
    for text, (_step, expected) in zip(texts, SCRIPT, strict=True):
        assert expected in text, (expected, text)
    assert not any(NOT_SAVED in text for text in texts)
    # The floods were met and waited out: nothing refused, every reply eventually sent.
    assert [f.error_code for f in fake.injected].count(429) >= 2
    assert not fake.refused


async def test_new_sent_before_the_setup_is_done_is_carried_on_after_it(relance: Relance) -> None:
    alice = await relance.user()
    await alice.send("/start")
    replies = await alice.send("/new")
    assert "Terminons d'abord vos premiers réglages" in replies[0].plain_text
    assert "Dans quel pays cherchez-vous" in replies[0].plain_text
    replies = await alice.click("France")
    # The setup's confirmation and the first question of /new, as one message.
    new_messages = [m for m in replies if m.kind == "message"]
    assert len(new_messages) == 1
    assert "C'est noté : France" in new_messages[0].plain_text
    assert "Quel est le nom de l'entreprise" in new_messages[0].plain_text
    replies = await alice.send("Decathlon")
    assert "Pour quel poste chez Decathlon" in replies[-1].plain_text


async def test_new_as_the_very_first_message_goes_through_the_setup_first(
    relance: Relance,
) -> None:
    dan = await relance.user(language_code="en")
    replies = await dan.send("/new")
    assert "Let's finish your first settings" in replies[0].plain_text
    replies = await dan.click("France")
    assert "Got it: France" in replies[-1].plain_text
    assert "What's the company's name" in replies[-1].plain_text
