"""A user who taps and types faster than Telegram lets a bot answer in one chat, scripted
against the Bot API fake: shared by the end-to-end test (`tests/e2e/test_fast_user.py`) and
`bench.faults`' `fast_user` scenario.

The user sends /start, then, within about a second and without waiting for the replies, taps
"France", sends /new, the company, the role and the recruiter's name; from there on they answer
each question as soon as it arrives, through the after-interview dialog to its plan. `drive`
plays it on the fake; `check` says, from what the chat shows, which questions arrived, in which
order, and whether the user was ever told that a step was not saved.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from testkit.fakebot import FakeBotAPI, FakeUser, SentMessage

NOT_SAVED = ("n'a pas été enregistrée", "was not saved")
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
BURST_GAP_S = 0.2


def bot_messages(fake: FakeBotAPI, user: FakeUser) -> list[SentMessage]:
    return fake.messages(user.id)


def _last_with_buttons(fake: FakeBotAPI, user: FakeUser) -> SentMessage:
    for message in reversed(bot_messages(fake, user)):
        if message.buttons:
            return message
    raise AssertionError("the bot sent this user no message with buttons")


def push(fake: FakeBotAPI, user: FakeUser, step: str | tuple[str, str]) -> int:
    """Send one step of the script; its update id."""
    if isinstance(step, tuple):
        return fake.press_button(user, _last_with_buttons(fake, user), step[1])
    return fake.push_message(user, step)


async def drive(fake: FakeBotAPI, user: FakeUser, wait_s: float) -> list[int]:
    """Play the script as the fast user; returns the update ids pushed. Each wait for a
    question gives up after `wait_s` seconds (TimeoutError): a question that never came."""

    async def arrived(count: int) -> None:
        await fake.wait_until(
            lambda: len(bot_messages(fake, user)) >= count, wait_s, f"bot message {count}"
        )

    update_ids = [push(fake, user, SCRIPT[0][0])]
    await arrived(1)
    for index in BURST:
        update_ids.append(push(fake, user, SCRIPT[index][0]))
        await asyncio.sleep(BURST_GAP_S)
    await arrived(BURST[-1] + 1)
    for index in range(BURST[-1] + 1, len(SCRIPT)):
        update_ids.append(push(fake, user, SCRIPT[index][0]))  # as soon as the question came
        await arrived(index + 1)
    return update_ids


@dataclass(frozen=True)
class Outcome:
    """What the chat shows once the script is played."""

    expected: int
    messages: int
    lost: int  # expected questions missing
    doubled: int  # messages beyond the expected ones
    in_order: bool
    told_not_saved: int

    @property
    def ok(self) -> bool:
        return not (self.lost or self.doubled or self.told_not_saved) and self.in_order


def check(texts: list[str]) -> Outcome:
    """Match the chat's messages, in order, against the script's questions."""
    matched = 0
    for text in texts:
        if matched < len(SCRIPT) and SCRIPT[matched][1] in text:
            matched += 1
    found = sum(1 for _step, expected in SCRIPT if any(expected in text for text in texts))
    return Outcome(
        expected=len(SCRIPT),
        messages=len(texts),
        lost=len(SCRIPT) - found,
        doubled=max(0, len(texts) - len(SCRIPT)),
        in_order=matched == len(SCRIPT) and len(texts) == len(SCRIPT),
        told_not_saved=sum(1 for t in texts if any(marker in t for marker in NOT_SAVED)),
    )


def outcome(fake: FakeBotAPI, user: FakeUser) -> Outcome:
    return check([m.plain_text or "" for m in bot_messages(fake, user)])
