"""A recruiter's message forwarded or pasted, end to end on the fake Bot API: Relance shows what
it understood with the recruiter's words, asks which application, and after one tap gives the
same plan and nudges as the buttons would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Application, Conversation, Nudge
from tests.e2e.conftest import Client, Relance
from tests.e2e.test_dialogs import onboarded
from tests.fakebot import SentMessage

REFUSAL = """Bonjour,

Merci pour votre candidature et pour nos échanges. Après réflexion, nous ne donnerons pas suite.
Toutefois, un poste équivalent devrait s'ouvrir dans environ trois mois : je serais ravie de vous
recontacter à ce moment-là.

Cordialement,
Sophie Durand
Chargée de recrutement
Lumen Conseil"""

INVITATION = """Bonjour,

Votre candidature a retenu notre attention et nous souhaiterions vous rencontrer pour un
entretien le jeudi 26 novembre à 14h30 dans nos locaux.

Bien cordialement,
Marc Petit
Responsable RH
Acme"""


async def nudge_rows(
    relance: Relance, user_id: int
) -> list[tuple[NudgeKind, dt.datetime, dt.datetime | None]]:
    """The user's planned (pending) nudges: kind, due, last useful moment."""
    async with relance.services().session() as session:
        statement = (
            select(Nudge)
            .where(Nudge.user_id == user_id, Nudge.state == NudgeState.PENDING)
            .order_by(Nudge.due_at, Nudge.kind)
        )
        rows = (await session.execute(statement)).scalars()
        return [(n.kind, n.due_at, n.last_useful_at) for n in rows]


async def the_applications(relance: Relance, user_id: int) -> list[Application]:
    async with relance.services().session() as session:
        statement = select(Application).where(Application.user_id == user_id)
        return list((await session.execute(statement)).scalars())


async def forward(client: Client, text: str, name: str, when: dt.datetime) -> list[SentMessage]:
    origin = {
        "type": "user",
        "date": int(when.timestamp()),
        "sender_user": {"id": 777, "is_bot": False, "first_name": name},
    }
    before = len(client.fake.sent)
    update_id = client.fake.push_message(client.user, text, forward_origin=origin)
    await client.relance.processed(update_id)
    return [m for m in client.fake.sent[before:] if m.chat_id == client.user.id]


async def test_F3a_forwarded_refusal_two_taps_gives_the_buttons_plan(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await forward(alice, REFUSAL, "Sophie", relance.clock.now)
    shown = replies[-1].plain_text
    assert "Un refus." in shown
    assert "« un poste équivalent devrait s'ouvrir dans environ trois mois »" in shown
    assert "dans 3 mois" in shown and "Lumen Conseil" in shown and "Sophie Durand" in shown
    assert "C'est bien ça ?" in shown
    # Nothing is stored before the confirmation, and the text is not kept.
    assert await the_applications(relance, alice.id) == []
    async with relance.services().session() as session:
        conversation = await session.get(Conversation, alice.id)
        assert conversation is not None and "Toutefois" not in str(conversation.answers)
    replies = await alice.click("C'est ça")
    assert "Relancez le" in replies[-1].plain_text
    [app] = await the_applications(relance, alice.id)
    assert (app.company, app.stage, app.refusal_reason, app.opening_in_months) == (
        "Lumen Conseil",
        Stage.REFUSED,
        "opening_later",
        3,
    )
    assert app.recruiter_name == "Sophie Durand"

    bob = await relance.user(language_code="fr")
    await bob.send("/start")
    await bob.click("France")
    await bob.send("/new")
    await bob.send("Lumen Conseil")
    await bob.click("Passer")
    await bob.click("Passer")
    await bob.click("Passer")
    await bob.click("J'ai reçu un refus")
    await bob.click("Aujourd'hui")
    await bob.click("Par e-mail")
    await bob.click("Un poste similaire ouvrira plus tard")
    await bob.click("3 mois")
    assert await nudge_rows(relance, alice.id) == await nudge_rows(relance, bob.id)
    assert await nudge_rows(relance, alice.id)


async def test_pasted_invitation_for_an_open_application_plans_the_interview(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Acme")
    await alice.click("Passer")
    await alice.click("Passer")
    await alice.click("Passer")
    await alice.click("J'ai postulé")
    await alice.click("Aujourd'hui")
    replies = await alice.send(INVITATION)
    shown = replies[-1].plain_text
    assert "Une invitation à un entretien." in shown
    assert "Entretien le jeudi 26 novembre à 14:30" in shown
    assert "À quelle candidature" in shown
    assert replies[-1].buttons[0][0].startswith("Acme")  # the same company first
    assert "Une nouvelle candidature" in replies[-1].buttons[-1][0]
    await alice.click("Acme")
    await alice.click("C'est ça")
    [app] = await the_applications(relance, alice.id)
    assert app.stage is Stage.INTERVIEW_SCHEDULED

    bob = await relance.user(language_code="fr")
    await bob.send("/start")
    await bob.click("France")
    await bob.send("/new")
    await bob.send("Acme")
    await bob.click("Passer")
    await bob.click("Passer")
    await bob.click("Passer")
    await bob.click("J'ai postulé")
    await bob.click("Aujourd'hui")
    await bob.send("/list")
    await bob.click("Acme")
    await bob.click("Noter un entretien")  # the buttons' way for an open application
    await bob.send("jeudi 26 novembre à 14h30")
    planned = await nudge_rows(relance, alice.id)
    assert planned == await nudge_rows(relance, bob.id)
    assert NudgeKind.INTERVIEW_REMINDER in {kind for kind, _, _ in planned}


async def test_N3_unreadable_and_paste_command(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/paste")
    assert "Collez ici le message du recruteur" in replies[-1].plain_text
    replies = await alice.send("asdf qwerty\nlol\nok ok ok")
    assert "Je n'ai reconnu dans ce message" in replies[-1].plain_text
    assert replies[-1].buttons  # never a dead end
    replies = await alice.send(
        "/paste Bonjour Nicole,\nMerci pour notre échange. Honnêtement, nous recherchons "
        "quelqu'un de plus jeune pour ce poste.\nCordialement,\nBastien Leroux\nFondateur, Kiwee"
    )
    assert "Un motif que la loi interdit : l'âge." in replies[-1].plain_text
    await alice.click("C'est ça")
    [app] = await the_applications(relance, alice.id)
    assert (app.company, app.refusal_reason) == ("Kiwee", "discriminatory")
    assert await nudge_rows(relance, alice.id) == []
    assert "Défenseur des droits" in alice.last.plain_text


async def test_paste_button_at_new_creates_the_application_from_the_message(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Globex")
    await alice.click("Passer")
    await alice.click("Passer")
    await alice.click("Passer")
    replies = await alice.click("Coller le message du recruteur")
    assert "Collez ici le message du recruteur" in replies[-1].plain_text
    assert await the_applications(relance, alice.id) == []
    replies = await alice.send(
        "Hello,\nThanks for your application. We will get back to you within two weeks.\n"
        "Best,\nAnna Weber"
    )
    assert "Une date de réponse annoncée." in replies[-1].plain_text
    assert "C'est bien ça ?" in replies[-1].plain_text  # the application is the one of /new
    replies = await alice.click("C'est ça")
    [app] = await the_applications(relance, alice.id)
    assert (app.company, app.recruiter_name) == ("Globex", "Anna Weber")
    assert "Quand a eu lieu l'entretien" in replies[-1].plain_text  # what the message can't say
