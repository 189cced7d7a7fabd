"""Typed dates end to end: an announced window waits for its last day (I1), a past window asks
which day. Monday 23 November 2026, 10:00 in Paris; the interview took place this morning."""

from __future__ import annotations

import datetime as dt

from flows.domain import NudgeKind, NudgeState
from storage.models import Application
from testkit.harness import Client, Relance
from testkit.rows import applications_of, nudges_of
from tests.e2e.test_dialogs import at_the_interview_date, onboarded, paris, start_new


async def application_of(relance: Relance, user_id: int) -> Application:
    [app] = await applications_of(relance, user_id)
    return app


async def announced(client: Client, typed: str, *, english: bool = False) -> str:
    """Through the interview dialog up to the announced date, typed; returns the plan."""
    await start_new(client, skip="Skip" if english else "Passer")
    if english:
        await client.clicks(
            "Interview done", "Today", "Mid-size company", "Not urgent", "Yes, they gave a date"
        )
    else:
        await client.clicks(
            "Entretien passé",
            "Aujourd'hui",
            "Entreprise moyenne",
            "Pas urgent",
            "Oui, il a donné une date",
        )
    replies = await client.send(typed)
    confirmation = replies[0].plain_text
    replies = await client.click("Skip" if english else "Passer")
    return confirmation + "\n" + replies[-1].plain_text


async def moving_the_reminder(relance: Relance) -> Client:
    """Alice, whose interview at Acme was this morning, moving its reminder from /agenda."""
    alice = await at_the_interview_date(relance)
    await alice.clicks("Aujourd'hui", "Entreprise moyenne", "Pas urgent", "Non", "Passer")
    await alice.send("/agenda")
    await alice.click("📆 Déplacer · Acme")
    return alice


async def test_I1_la_semaine_prochaine_waits_for_the_end_of_next_week(relance: Relance) -> None:
    alice = await onboarded(relance)
    text = await announced(alice, "la semaine prochaine")
    assert "Réponse annoncée la semaine prochaine : attendons le dimanche 6 décembre" in text
    assert "Relancez le lundi 7 décembre à 09:00." in text
    assert "réponse annoncée la semaine prochaine" in text
    app = await application_of(relance, alice.id)
    assert app.announced_answer_from == paris(30, 12)
    assert app.announced_answer_at == dt.datetime(2026, 12, 6, 12, 0, tzinfo=paris(1, 0).tzinfo)
    [nudge] = await nudges_of(relance, alice.id)
    assert (nudge.kind, nudge.state) == (NudgeKind.AFTER_INTERVIEW, NudgeState.PENDING)
    assert nudge.due_at == dt.datetime(2026, 12, 7, 9, 0, tzinfo=paris(1, 0).tzinfo)


async def test_I1_by_friday_waits_until_the_monday_after(relance: Relance) -> None:
    dan = await onboarded(relance, language_code="en")
    text = await announced(dan, "by friday", english=True)
    assert "Answer expected by Friday 27 November" in text
    assert "Follow up on Monday 30 November at 09:00." in text
    assert "answer announced by Friday 27 November" in text
    [nudge] = await nudges_of(relance, dan.id)
    assert nudge.due_at == paris(30, 9)


async def test_I1_sous_15_jours_waits_for_the_fifteenth_day(relance: Relance) -> None:
    alice = await onboarded(relance)
    text = await announced(alice, "sous 15 jours")
    # From the interview (Monday 23) to the 15th day (Tuesday 8 December): Wednesday 9 at 09:00.
    assert "Réponse annoncée d'ici le mardi 8 décembre" in text
    assert "Relancez le mercredi 9 décembre à 09:00." in text
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.due_at == dt.datetime(2026, 12, 9, 9, 0, tzinfo=paris(1, 0).tzinfo)


async def test_a_past_week_asks_which_day_with_buttons(relance: Relance) -> None:
    alice = await at_the_interview_date(relance)
    replies = await alice.send("la semaine dernière")
    assert "quel jour exactement" in replies[-1].plain_text
    replies = await alice.click("mercredi 18 novembre")
    assert "Entretien du mercredi 18 novembre à 12:00, c'est noté." in replies[-1].plain_text


async def test_a_reminder_moved_to_a_typed_date(relance: Relance) -> None:
    alice = await moving_the_reminder(relance)
    replies = await alice.click("Autre date…")
    assert "À quelle date déplacer le rappel" in replies[-1].plain_text
    replies = await alice.send("bientôt")
    assert "« jeudi 14h »" in replies[0].plain_text  # coming examples for a coming date
    replies = await alice.send("lundi prochain à 10h")
    assert "Rappel déplacé au lundi 30 novembre à 10:00." in replies[0].plain_text
    [nudge] = await nudges_of(relance, alice.id)
    assert nudge.due_at == paris(30, 10)
    assert nudge.kind is NudgeKind.AFTER_INTERVIEW


async def test_a_reminder_moved_to_a_weekend_comes_at_the_next_slot(relance: Relance) -> None:
    alice = await moving_the_reminder(relance)
    await alice.click("Autre date…")
    replies = await alice.send("samedi 15h")
    # Saturday is not a business day (T2): Monday at the nudge hour.
    assert "Rappel déplacé au lundi 30 novembre à 09:00." in replies[0].plain_text
