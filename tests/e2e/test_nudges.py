"""Nudges end to end: delivered in a slot with their buttons, each button, 429, 403, /agenda."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.coach.planning import schedule_interview
from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Application, FollowUp, Interview, Nudge, User
from testkit.harness import Client, Relance
from testkit.rows import new_application, nudges_of, onboarded, planned_application

PARIS = dt.timezone(dt.timedelta(hours=1))  # November: Paris is UTC+1


def paris(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


async def add_application(
    relance: Relance,
    client: Client,
    company: str = "Acme",
    *,
    interview_at: dt.datetime | None = None,
    size: str = "large",
    urgency: str = "normal",
    notes: str | None = "la migration vers le cloud",
) -> int:
    """An application with an interview done, and its follow-up planned by the policy."""
    return await planned_application(
        relance,
        client.id,
        company,
        Stage.WAITING,
        applied_ago=dt.timedelta(days=20),
        interview_at=interview_at,
        interview_ago=dt.timedelta(0),
        interview_notes=notes,
        role="Data analyst",
        company_size=size,
        urgency=urgency,
    )


async def application(relance: Relance, app_id: int) -> Application:
    async with relance.services().session() as session:
        app = await session.get(Application, app_id)
        assert app is not None
        return app


async def alice_with_an_interview(
    relance: Relance, *args: Any, **kwargs: Any
) -> tuple[Client, int]:
    """On Monday 23 November at 10:00, Alice, onboarded, with an interview done (the arguments
    of `add_application`) and its follow-up planned: her client and the application's id."""
    relance.clock.now = paris(23, 10)
    alice = await onboarded(relance)
    return alice, await add_application(relance, alice, *args, **kwargs)


async def deliver_first_nudge(relance: Relance, client: Client) -> None:
    """Move the clock to the first pending nudge's due moment and tick."""
    pending = [n for n in await nudges_of(relance, client.id) if n.state is NudgeState.PENDING]
    relance.clock.now = pending[0].due_at
    report = await relance.tick()
    assert report.sent >= 1


async def test_a_due_nudge_arrives_in_the_slot_with_its_draft_and_buttons(
    relance: Relance,
) -> None:
    alice, _ = await alice_with_an_interview(relance, "Acme <Labs>")
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.kind is NudgeKind.AFTER_INTERVIEW
    assert nudge.due_at == paris(27, 9)  # large group, not urgent: 4 business days (I3, I4)
    relance.clock.now = paris(27, 8, 59)
    assert (await relance.tick()).sent == 0
    relance.clock.now = paris(27, 9)
    report = await relance.tick()
    assert report.sent == 1
    message = alice.last
    assert "Acme <Labs> · Data analyst" in message.plain_text
    assert "relancez par e-mail" in message.plain_text
    assert "la migration vers le cloud" in message.plain_text
    assert any(e["type"] == "pre" for e in message.entities)
    assert [label for label, _ in message.buttons] == [
        "✅ C'est envoyé",
        "⏰ Plus tard",
        "💬 Ils ont répondu",
        "🛑 Stop",
    ]
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.state is NudgeState.SENT and nudge.telegram_message_id == message.message_id


async def test_done_records_the_follow_up_and_plans_the_last_one_then_N2(relance: Relance) -> None:
    alice, app_id = await alice_with_an_interview(relance)
    await deliver_first_nudge(relance, alice)
    replies = await alice.click("C'est envoyé")
    assert "dernière relance le vendredi 4 décembre à 09:00" in replies[-1].plain_text
    # Pressing the same button again records nothing more.
    message = alice.last_with_buttons() if alice.last.buttons else None
    first_nudge = (await nudges_of(relance, alice.id))[0]
    await alice.press(
        alice.fake.chats[alice.id][first_nudge.telegram_message_id], f"n:{first_nudge.id}:d"
    )
    assert alice.last_answer_text() == "C'est déjà enregistré."
    assert message is None or message.buttons
    async with relance.services().session() as session:
        follow_ups = list((await session.execute(select(FollowUp))).scalars())
    assert len(follow_ups) == 1
    nudges = await nudges_of(relance, alice.id)
    assert [(n.kind, n.state) for n in nudges] == [
        (NudgeKind.AFTER_INTERVIEW, NudgeState.DONE),
        (NudgeKind.SECOND_FOLLOW_UP, NudgeState.PENDING),
    ]
    await deliver_first_nudge(relance, alice)
    replies = await alice.click("C'est envoyé")
    assert "N2" not in replies[-1].plain_text
    assert "passez à autre chose" in replies[-1].plain_text.lower() or "ne relancez plus" in (
        replies[-1].plain_text.lower()
    )
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.DONE] * 2
    assert (await application(relance, app_id)).stage is Stage.WAITING


async def test_later_moves_the_nudge_to_the_next_business_day(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance, urgency="urgent")
    await deliver_first_nudge(relance, alice)  # Wednesday 25 at 10:00 (I2: 48 h)
    nudge_message = alice.last
    await alice.click("Plus tard")
    labels = [label for label, _ in alice.fake.chats[alice.id][nudge_message.message_id].buttons]
    assert labels == ["Prochain jour ouvré", "Dans 3 jours ouvrés", "↩ Retour"]
    replies = await alice.click("Prochain jour ouvré")
    assert "jeudi 26 novembre à 09:00" in replies[-1].plain_text
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.state is NudgeState.PENDING and nudge.due_at == paris(26, 9)
    assert alice.fake.chats[alice.id][nudge_message.message_id].buttons == []


async def test_they_answered_good_news_moves_the_stage_on(relance: Relance) -> None:
    alice, app_id = await alice_with_an_interview(relance)
    await deliver_first_nudge(relance, alice)
    await alice.click("Ils ont répondu")
    replies = await alice.click("Bonne nouvelle")
    assert "Quelle est la suite avec Acme" in replies[-1].plain_text
    replies = await alice.click("Une offre")
    assert "Félicitations pour l'offre de Acme" in replies[-1].plain_text
    assert (await application(relance, app_id)).stage is Stage.OFFER
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.ANSWERED]


async def test_they_answered_no_sets_refused_and_offers_the_I8_thank_you(relance: Relance) -> None:
    relance.clock.now = paris(23, 10)
    dan = await onboarded(relance, language_code="en")
    app_id = await add_application(relance, dan)
    await deliver_first_nudge(relance, dan)
    await dan.click("They answered")
    replies = await dan.click("It's a no")
    assert "thank-you note" in replies[0].plain_text
    assert any(e["type"] == "pre" for e in replies[0].entities)
    app = await application(relance, app_id)
    assert app.stage is Stage.REFUSED and app.refused_at is not None
    # Then the refusal coaching: it came now, so it asks how, then why.
    assert "How were you told?" in replies[-1].plain_text
    await dan.click("By email")
    replies = await dan.click("A categorical no")
    await dan.click("3+")
    assert "Don't follow up" in dan.last.plain_text


async def test_stop_ends_every_reminder_of_the_application(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    await deliver_first_nudge(relance, alice)
    replies = await alice.click("Stop")
    assert "Plus aucun rappel pour Acme" in replies[-1].plain_text
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.STOPPED]


async def test_two_nudges_in_one_slot_arrive_as_one_message(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance, "Acme")
    await add_application(relance, alice, "Globex")
    relance.clock.now = paris(27, 9)
    before = len(alice.messages())
    report = await relance.tick()
    assert report.sent == 2 and report.messages == 1
    assert len(alice.messages()) == before + 1
    message = alice.last
    assert "Acme" in message.plain_text and "Globex" in message.plain_text
    assert len(message.inline_keyboard) == 2
    await alice.click("✅ Globex")
    states = [(n.kind, n.state) for n in await nudges_of(relance, alice.id)]
    assert states == [
        (NudgeKind.AFTER_INTERVIEW, NudgeState.SENT),  # Acme
        (NudgeKind.AFTER_INTERVIEW, NudgeState.DONE),  # Globex
        (NudgeKind.SECOND_FOLLOW_UP, NudgeState.PENDING),  # Globex's last follow-up
    ]
    # Only Acme's row is left on the message.
    assert [
        row[0]["text"] for row in alice.fake.chats[alice.id][message.message_id].inline_keyboard
    ] == ["✅ Acme"]


async def test_a_429_is_retried_after_retry_after(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    relance.clock.now = paris(27, 9)
    relance.fake.fail_next("sendMessage", 429, retry_after=7)
    report = await relance.tick()
    assert report.sent == 0 and report.floods == 1
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.state is NudgeState.PENDING and nudge.due_at == paris(27, 9, 0) + dt.timedelta(
        seconds=7
    )
    relance.clock.now += dt.timedelta(seconds=7)
    assert (await relance.tick()).sent == 1


async def test_a_403_pauses_the_user_and_a_later_message_resumes_them(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    relance.clock.now = paris(27, 9)
    relance.fake.fail_chat(alice.id, 403, "Forbidden: bot was blocked by the user")
    report = await relance.tick()
    assert report.paused == 1
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.PAUSED]
    relance.fake.clear_failures()
    replies = await alice.send("/help")
    assert "Content de vous revoir" in replies[0].plain_text
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.PENDING]
    assert (await relance.tick()).sent == 1


async def test_a_nudge_due_at_night_waits_for_the_slot(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    async with relance.services().session() as session, session.begin():
        nudge = (await session.execute(select(Nudge))).scalar_one()
        nudge.due_at = paris(26, 3)
    relance.clock.now = paris(26, 3)
    report = await relance.tick()
    assert report.sent == 0 and report.deferred == 1
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.state is NudgeState.PENDING and nudge.due_at == paris(26, 9)
    relance.clock.now = paris(26, 9)
    assert (await relance.tick()).sent == 1


async def test_T3_a_nudge_missed_past_its_last_useful_moment_expires_with_one_message(
    relance: Relance,
) -> None:
    alice, _ = await alice_with_an_interview(relance)
    # The bot was down until after the 10-day ceiling (I5).
    relance.clock.now = paris(7, 10, month=12)
    report = await relance.tick()
    assert report.expired == 1 and report.sent == 0
    assert "le meilleur moment pour relancer" in alice.last.plain_text
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.EXPIRED]


async def test_agenda_lists_moves_and_cancels(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance, "Acme")
    await add_application(relance, alice, "Globex", size="startup")
    replies = await alice.send("/agenda")
    text = replies[0].plain_text
    assert text.index("Globex") < text.index("Acme")  # in due order
    assert "jeudi 26 novembre à 09:00" in text
    # One row per reminder, its buttons saying what they do and on what.
    assert [[b["text"] for b in row] for row in replies[0].inline_keyboard] == [
        ["📆 Déplacer · Globex", "✖ Annuler"],
        ["📆 Déplacer · Acme", "✖ Annuler"],
    ]
    await alice.press(replies[0], replies[0].inline_keyboard[0][1]["callback_data"])  # Globex
    nudges = await nudges_of(relance, alice.id)
    assert [n.state for n in nudges] == [NudgeState.PENDING, NudgeState.STOPPED]
    await alice.send("/agenda")
    await alice.click("📆 Déplacer · Acme")
    replies = await alice.click("Dans une semaine")
    assert "Rappel déplacé au" in replies[0].plain_text


async def test_agenda_buttons_of_another_user_change_nothing(relance: Relance) -> None:
    relance.clock.now = paris(23, 10)
    alice = await onboarded(relance)
    mallory = await onboarded(relance)
    await add_application(relance, alice)
    await alice.send("/agenda")
    [nudge] = await nudges_of(relance, alice.id)
    await mallory.press(alice.last, f"g:{nudge.id}:c")
    assert mallory.last_answer_text() == "Cette application n'existe plus : rien n'a changé." or (
        mallory.last_answer_text() == "Cette candidature n'existe plus : rien n'a changé."
    )
    assert [n.state for n in await nudges_of(relance, alice.id)] == [NudgeState.PENDING]


async def test_a_change_of_time_zone_replans_pending_nudges(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    await alice.send("/settings")
    await alice.click("Pays et fuseau")
    await alice.click("Autre")
    await alice.send("America/Toronto")
    await alice.send("CA")
    [nudge] = await nudges_of(relance, alice.id)
    # 4 business days after Monday in Canada, at 09:00 Toronto time (UTC-5).
    assert nudge.due_at == dt.datetime(2026, 11, 27, 14, 0, tzinfo=dt.UTC)


async def test_pause_all_holds_every_nudge_until_resumed(relance: Relance) -> None:
    alice, _ = await alice_with_an_interview(relance)
    await alice.send("/settings")
    await alice.click("Mettre les rappels en pause")
    relance.clock.now = paris(27, 9)
    assert (await relance.tick()).claimed == 0
    await alice.click("Reprendre les rappels")
    assert (await relance.tick()).sent == 1


async def test_an_interview_gets_a_reminder_the_day_before_and_a_check_in(relance: Relance) -> None:
    relance.clock.now = paris(23, 10)
    alice = await onboarded(relance)
    async with relance.services().session() as session, session.begin():
        user = await session.get(User, alice.id)
        assert user is not None
        now = relance.clock()
        app = await new_application(
            session, alice.id, "Initech", Stage.INTERVIEW_SCHEDULED, now, company_size="startup"
        )
        interview = Interview(application_id=app.id, round=1, at=paris(26, 17, 30), created_at=now)
        session.add(interview)
        await session.flush()
        await schedule_interview(session, user, app, interview, now)
    reminder, check_in = await nudges_of(relance, alice.id)
    assert (reminder.kind, reminder.due_at) == (NudgeKind.INTERVIEW_REMINDER, paris(25, 9))
    # An hour after 17:30 is 18:30, past working hours: the next slot, Friday 09:00.
    assert (check_in.kind, check_in.due_at) == (NudgeKind.CHECK_IN, paris(27, 9))
    relance.clock.now = paris(25, 9)
    await relance.tick()
    assert "demandez quand ils comptent vous répondre" in alice.last.plain_text
    await alice.click("Noté")
    relance.clock.now = paris(27, 9)
    await relance.tick()
    assert "Comment s'est passé votre entretien chez Initech" in alice.last.plain_text
    replies = await alice.click("Non")
    assert "Je vous rappelle de relancer le" in replies[-1].plain_text
    nudges = await nudges_of(relance, alice.id)
    assert nudges[-1].kind is NudgeKind.AFTER_INTERVIEW
    assert nudges[-1].state is NudgeState.PENDING


async def test_a_nudge_of_a_deleted_application_says_it_is_gone(relance: Relance) -> None:
    alice, app_id = await alice_with_an_interview(relance)
    await deliver_first_nudge(relance, alice)
    message = alice.last
    [nudge] = await nudges_of(relance, alice.id)
    async with relance.services().session() as session, session.begin():
        await session.delete(await session.get(Application, app_id))
    replies = await alice.press(message, f"n:{nudge.id}:d")
    assert replies == []
    assert alice.last_answer_text() == "Cette candidature n'existe plus : rien n'a changé."
    async with relance.services().session() as session:
        assert list((await session.execute(select(FollowUp))).scalars()) == []


async def test_later_is_never_offered_past_the_last_useful_moment(relance: Relance) -> None:
    alice, app_id = await alice_with_an_interview(relance)
    [nudge] = await nudges_of(relance, alice.id)
    async with relance.services().session() as session, session.begin():
        row = await session.get(Nudge, nudge.id)
        assert row is not None
        row.last_useful_at = paris(27, 18)  # Friday evening
    await deliver_first_nudge(relance, alice)  # Friday 27 at 09:00
    message = alice.last
    replies = await alice.click("Plus tard")
    assert "Impossible de repousser" in replies[-1].plain_text
    first_label = alice.fake.chats[alice.id][message.message_id].buttons[0][0]
    assert first_label == "✅ C'est envoyé"
    assert (await application(relance, app_id)).stage is Stage.WAITING
