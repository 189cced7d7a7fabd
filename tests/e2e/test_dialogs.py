"""The coaching dialogs end to end, as a user would go through them, in French and English."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Interview, Nudge
from testkit.harness import Client, Relance
from testkit.rows import applications_of
from testkit.rows import onboarded as onboarded_user

PARIS = dt.timezone(dt.timedelta(hours=1))


def paris(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


async def onboarded(relance: Relance, language_code: str = "fr") -> Client:
    relance.clock.now = paris(23, 10)  # Monday
    return await onboarded_user(relance, language_code=language_code)


async def nudges(relance: Relance, user_id: int) -> list[Nudge]:
    async with relance.services().session() as session:
        statement = select(Nudge).where(Nudge.user_id == user_id).order_by(Nudge.id)
        return list((await session.execute(statement)).scalars())


async def start_new(
    client: Client, company: str = "Acme", role: str = "Data analyst", skip: str = "Passer"
) -> None:
    await client.send("/new")
    await client.send(company)
    await client.send(role)
    await client.click(skip)  # recruiter
    await client.click(skip)  # contact


async def at_the_interview_date(relance: Relance) -> Client:
    """Alice, onboarded, in /new for Acme: asked when the interview she had took place."""
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.click("Entretien passé")
    return alice


async def test_after_interview_dialog_in_french_plans_the_follow_up(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice, "Acme & Fils <SA>")
    replies = await alice.click("Entretien passé")
    assert "Candidature chez Acme & Fils <SA> enregistrée" in replies[0].plain_text
    assert "Quand a eu lieu l'entretien chez Acme & Fils <SA>" in replies[-1].plain_text
    replies = await alice.click("Hier")
    assert "Entretien du dimanche 22 novembre à 12:00, c'est noté." in replies[-1].plain_text
    await alice.clicks("Grand groupe", "Pas urgent", "Non")
    replies = await alice.send("la migration vers le cloud et l'équipe data")
    result = replies[-1].plain_text
    assert "Relancez le jeudi 26 novembre à 09:00." in result
    assert "grand groupe, poste non urgent : 4 jours ouvrés" in result
    assert "Je vous le rappellerai le jeudi 26 novembre à 09:00." in result
    assert "la migration vers le cloud et l'équipe data" in result
    assert any(e["type"] == "pre" for e in replies[-1].entities)
    [app] = await applications_of(relance, alice.id)
    assert (app.company, app.stage, app.company_size, app.urgency) == (
        "Acme & Fils <SA>",
        Stage.WAITING,
        "large",
        "normal",
    )
    [nudge] = await nudges(relance, alice.id)
    assert (nudge.kind, nudge.state, nudge.due_at) == (
        NudgeKind.AFTER_INTERVIEW,
        NudgeState.PENDING,
        paris(26, 9),
    )
    async with relance.services().session() as session:
        [interview] = (await session.execute(select(Interview))).scalars()
    assert interview.notes == "la migration vers le cloud et l'équipe data"


async def test_I1_the_coach_notes_kindly_when_the_user_did_not_ask(relance: Relance) -> None:
    alice = await at_the_interview_date(relance)
    await alice.send("mardi dernier")
    await alice.click("Start-up")
    await alice.click("Urgent")
    replies = await alice.click("Je n'ai pas demandé")
    assert "pensez à demander en fin d'entretien" in replies[-1].plain_text
    replies = await alice.click("Passer")
    # Tuesday 17th + 48 h is past: follow up now (and the reminder is not in the past).
    assert "Relancez dès maintenant" in replies[-1].plain_text


async def test_announced_date_waits_for_it(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.clicks(
        "Entretien passé",
        "Aujourd'hui",
        "Entreprise moyenne",
        "Pas urgent",
        "Oui, il a donné une date",
    )
    replies = await alice.send("21/11/2026")
    assert "Cette date tombe avant l'entretien" in replies[0].plain_text
    replies = await alice.send("4/12")
    assert "Réponse annoncée pour le vendredi 4 décembre" in replies[0].plain_text
    replies = await alice.click("Passer")
    assert "Relancez le lundi 7 décembre à 09:00." in replies[-1].plain_text


async def test_applied_dialog_in_english_plans_A1(relance: Relance) -> None:
    dan = await onboarded(relance, language_code="en")
    await dan.send("/new")
    await dan.send("Globex")
    await dan.click("Skip")
    await dan.send("Jane Doe")
    await dan.send("jane@globex.example")
    await dan.click("I applied")
    replies = await dan.click("Today")
    assert "Follow up on Monday 7 December at 09:00." in replies[-1].plain_text
    [app] = await applications_of(relance, dan.id)
    assert (app.recruiter_name, app.recruiter_contact, app.stage) == (
        "Jane Doe",
        "jane@globex.example",
        Stage.APPLIED,
    )
    assert "Jane Doe" in replies[-1].plain_text  # the draft greets the recruiter by name
    [nudge] = await nudges(relance, dan.id)
    assert nudge.kind is NudgeKind.APPLIED


async def test_after_interview_in_english(relance: Relance) -> None:
    dan = await onboarded(relance, language_code="en")
    await start_new(dan, "Initech", skip="Skip")
    await dan.click("Interview done")
    await dan.send("yesterday at 2pm")
    await dan.clicks("Start-up", "Not urgent", "No")
    replies = await dan.send("the new billing platform")
    # Sunday 22nd + 3 business days = Wednesday, past the 48 h floor (Tuesday 14:00).
    assert "Follow up on Wednesday 25 November at 09:00." in replies[-1].plain_text
    assert "start-up, not urgent: 3 business days" in replies[-1].plain_text


async def test_refusal_without_reason_offers_F1_email_and_call_script(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.clicks("J'ai reçu un refus", "Aujourd'hui", "Par e-mail")
    replies = await alice.click("Aucune raison donnée")
    result = replies[-1]
    assert "Relancez le mardi 24 novembre à 09:00." in result.plain_text
    assert sum(1 for e in result.entities if e["type"] == "pre") >= 2
    assert "Votre trame d'appel" in result.plain_text  # the call script beside the email
    [nudge] = await nudges(relance, alice.id)
    assert nudge.kind is NudgeKind.FEEDBACK_REQUEST
    [app] = await applications_of(relance, alice.id)
    assert (app.stage, app.refusal_reason, app.refusal_channel) == (Stage.REFUSED, "none", "email")


async def test_N3_discriminatory_refusal_names_the_defenseur_des_droits(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.clicks("J'ai reçu un refus", "Hier", "Par téléphone")
    replies = await alice.click("Une raison que la loi interdit")
    assert "Ne relancez pas" in replies[-1].plain_text
    assert "Défenseur des droits" in replies[-1].plain_text
    assert not any(e["type"] == "pre" for e in replies[-1].entities)  # no thank-you (I8)
    assert await nudges(relance, alice.id) == []


async def test_F4_missing_skill_plans_the_come_back_and_a_progress_check_in(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.clicks("J'ai reçu un refus", "Aujourd'hui", "Par e-mail", "Il me manque")
    await alice.send("l'anglais courant")
    replies = await alice.click("6 mois")
    text = " ".join(r.plain_text for r in replies)
    assert "avez-vous acquis « l'anglais courant »" in text
    kinds = [(n.kind, n.due_at.date()) for n in await nudges(relance, alice.id)]
    assert (NudgeKind.COME_BACK, dt.date(2027, 5, 24)) in kinds
    assert any(kind is NudgeKind.CHECK_IN for kind, _ in kinds)
    # The check-in comes; "not yet" moves the come-back to 12 months.
    check_in = next(n for n in await nudges(relance, alice.id) if n.kind is NudgeKind.CHECK_IN)
    relance.clock.now = check_in.due_at
    await relance.tick()
    assert "Avez-vous acquis « l'anglais courant »" in alice.last.plain_text
    replies = await alice.click("Non")
    assert "je décale votre retour" in replies[-1].plain_text
    come_back = [
        n
        for n in await nudges(relance, alice.id)
        if n.kind is NudgeKind.COME_BACK and n.state is NudgeState.PENDING
    ]
    assert [n.due_at.date() for n in come_back] == [dt.date(2027, 11, 23)]


async def test_scheduled_interview_plans_the_reminder_and_the_check_in(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    await alice.click("Un entretien est prévu")
    replies = await alice.send("jeudi 14h")
    assert "entretien le jeudi 26 novembre à 14:00" in replies[0].plain_text
    kinds = [(n.kind, n.due_at) for n in await nudges(relance, alice.id)]
    assert kinds == [
        (NudgeKind.INTERVIEW_REMINDER, paris(25, 9)),
        (NudgeKind.CHECK_IN, paris(26, 15)),
    ]
    # The check-in's "yes" asks the announced date, then plans without asking the rest again.
    relance.clock.now = paris(26, 15)
    await relance.tick()
    await alice.click("Oui")
    assert "Quelle date a-t-il annoncée" in alice.last.plain_text
    await alice.send("mercredi prochain")
    replies = await alice.click("Passer")
    assert "Relancez le jeudi 3 décembre à 09:00." in replies[-1].plain_text


async def test_bad_dates_are_refused_with_an_example(relance: Relance) -> None:
    alice = await at_the_interview_date(relance)
    replies = await alice.send("31/02")
    assert "Je n'ai pas compris la date « 31/02 »" in replies[0].plain_text
    replies = await alice.send("demain")
    assert "est dans le futur" in replies[0].plain_text
    replies = await alice.send("<b>hier soir</b>")
    assert "Je n'ai pas compris la date « <b>hier soir</b> »" in replies[0].plain_text
    replies = await alice.send("hier soir")
    assert "dimanche 22 novembre à 19:00" in replies[0].plain_text


async def test_a_company_name_over_200_characters_is_refused(relance: Relance) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    replies = await alice.send("A" * 4000)
    assert "200 caractères au plus" in replies[0].plain_text
    assert await applications_of(relance, alice.id) == []


async def test_back_returns_to_the_previous_question(relance: Relance) -> None:
    alice = await at_the_interview_date(relance)
    await alice.click("Hier")
    replies = await alice.click("Retour")
    assert "Quand a eu lieu l'entretien" in replies[-1].plain_text
    await alice.click("Avant-hier")
    replies = await alice.click("Start-up")
    assert "en urgence" in replies[-1].plain_text


async def test_free_text_instead_of_a_button_asks_again(relance: Relance) -> None:
    alice = await at_the_interview_date(relance)
    await alice.click("Hier")
    replies = await alice.send("une grosse boîte")
    assert "Répondez avec l'un des boutons" in replies[0].plain_text
    assert "Quelle est la taille" in replies[0].plain_text


async def test_a_restart_mid_dialog_resumes_at_the_same_question(relance: Relance) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Acme")
    await relance.restart()
    replies = await alice.send("Data analyst")
    assert "Le nom de la personne qui recrute" in replies[0].plain_text


async def test_a_new_dialog_while_one_is_open_asks_first(relance: Relance) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Acme")
    replies = await alice.send("/new")
    assert "au milieu d'une autre question" in replies[0].plain_text
    replies = await alice.click("Non, reprendre")
    assert "Pour quel poste chez Acme" in replies[-1].plain_text
    await alice.send("/new")
    replies = await alice.click("Oui, commencer")
    assert "Quel est le nom de l'entreprise" in replies[-1].plain_text


async def test_another_users_dialog_button_changes_nothing(relance: Relance) -> None:
    alice = await onboarded(relance)
    mallory = await onboarded(relance)
    await start_new(alice)
    await alice.click("Entretien passé")
    question = alice.last_with_buttons()
    await mallory.press(question, alice.button_data(question, "Hier"))
    assert mallory.last_answer_text() == "Cette question est close : ce bouton ne fait plus rien."
    replies = await alice.click("Hier")
    assert "Entretien du dimanche 22 novembre" in replies[-1].plain_text


async def test_a_stale_dialog_button_is_closed(relance: Relance) -> None:
    alice = await onboarded(relance)
    await start_new(alice)
    question = alice.last_with_buttons()
    await alice.click("Entretien passé")
    await alice.press(question, alice.button_data(question, "J'ai postulé"))
    assert alice.last_answer_text() == "Cette question est close : ce bouton ne fait plus rien."
    [app] = await applications_of(relance, alice.id)
    assert app.stage is Stage.WAITING
