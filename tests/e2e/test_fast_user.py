"""A user who taps and types faster than Telegram lets a bot answer in one chat
(`tests/fastuser.py`), and the first minutes of a newcomer.

The fake enforces Telegram's per-chat limit (a burst of 3 messages, then one a second) and, on
top of it, floods the reply to the company's name twice: the bot must pace, wait out the 429 and
send again, so that every question arrives, in order, once, and nobody is told that a saved
step was not saved.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.telegram.pacing import CHAT_BURST, CHAT_INTERVAL_S
from testkit import fastuser
from testkit.fakebot import ApiCall
from testkit.harness import HANG_GUARD_S, Relance, pacer

pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
)


async def test_every_question_reaches_a_fast_user_in_order(relance: Relance) -> None:
    fake = relance.fake
    fake.chat_rate_limit, fake.chat_burst = 1.0, 3
    assert relance.application is not None
    pacer(relance.application).set_pace(CHAT_BURST, CHAT_INTERVAL_S)  # as in production
    alice = await relance.user()
    armed = True

    def flood_the_reply_to_the_company(call: ApiCall, payload: dict[str, Any]) -> None:
        # Once the company question is out, the next send (the reply to the company's name,
        # in the middle of the burst) meets two 429s, as in the report that started this.
        nonlocal armed
        if armed and payload.get("ok") and "nom de l'entreprise" in str(call.params.get("text")):
            armed = False
            fake.fail_next("sendMessage", 429, retry_after=1, times=2)

    remove = fake.add_listener(flood_the_reply_to_the_company)
    try:
        for update_id in await fastuser.drive(fake, alice.user, HANG_GUARD_S):
            await relance.processed(update_id)
    finally:
        remove()

    texts = [m.plain_text or "" for m in alice.messages()]
    for text, (_step, expected) in zip(texts, fastuser.SCRIPT, strict=True):
        assert expected in text, (expected, text)
    result = fastuser.check(texts)
    assert (result.lost, result.doubled, result.told_not_saved, result.in_order) == (
        0,
        0,
        0,
        True,
    )
    # The floods were met and waited out: nothing refused, every reply eventually sent.
    assert not armed
    floods = [f for f in fake.injected if f.error_code == 429]
    assert len(floods) == 2
    assert all("Pour quel poste chez Decathlon" in str(f.params.get("text")) for f in floods)
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
