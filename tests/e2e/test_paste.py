"""A recruiter's message forwarded or pasted, end to end on the fake Bot API: Relance shows what
it understood with the recruiter's words, asks which application, and after one tap gives the
same plan and nudges as the buttons would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Conversation, Nudge
from testkit.fakebot import SentMessage
from testkit.harness import Client, Relance
from testkit.rows import applications_of
from testkit.rows import onboarded as onboarded_user
from tests.e2e.test_dialogs import onboarded

REFUSAL_OPENING = """Bonjour,

Merci pour votre candidature et pour nos échanges. Après réflexion, nous ne donnerons pas suite."""
REFUSAL_CLOSING = """\
Toutefois, un poste équivalent devrait s'ouvrir dans environ trois mois : je serais ravie de vous
recontacter à ce moment-là.

Cordialement,
Sophie Durand
Chargée de recrutement
Lumen Conseil"""
REFUSAL = f"{REFUSAL_OPENING}\n{REFUSAL_CLOSING}"

INVITATION = """Bonjour,

Votre candidature a retenu notre attention et nous souhaiterions vous rencontrer pour un
entretien le jeudi 26 novembre à 14h30 dans nos locaux.

Bien cordialement,
Marc Petit
Responsable RH
Acme"""


async def applied_today(client: Client, company: str = "Acme") -> None:
    """Through /new to an application sent today, every optional question skipped."""
    await client.send("/new")
    await client.send(company)
    await client.clicks("Passer", "Passer", "Passer", "J'ai postulé", "Aujourd'hui")


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


async def open_dialog_answers(relance: Relance, user_id: int) -> str:
    """What the user's open dialog holds, as text ("" when none is open)."""
    async with relance.services().session() as session:
        conversation = await session.get(Conversation, user_id)
        return str(conversation.answers) if conversation is not None else ""


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
    # Nothing is stored before the confirmation; the text is held by the open dialog only.
    assert await applications_of(relance, alice.id) == []
    assert "Toutefois" in await open_dialog_answers(relance, alice.id)
    replies = await alice.click("C'est ça")
    assert any("Relancez le" in reply.plain_text for reply in replies)
    # Not kept unless asked: the offer is one tap, and "no" forgets the text with the dialog.
    assert "Garder le message en note" in replies[-1].buttons[0][0]
    await alice.click("Non, l'oublier")
    assert await open_dialog_answers(relance, alice.id) == ""
    [app] = await applications_of(relance, alice.id)
    assert (app.company, app.stage, app.refusal_reason, app.opening_in_months) == (
        "Lumen Conseil",
        Stage.REFUSED,
        "opening_later",
        3,
    )
    assert app.recruiter_name == "Sophie Durand"

    bob = await onboarded_user(relance)
    await bob.send("/new")
    await bob.send("Lumen Conseil")
    await bob.clicks(
        "Passer",
        "Passer",
        "Passer",
        "J'ai reçu un refus",
        "Aujourd'hui",
        "Par e-mail",
        "Un poste similaire ouvrira plus tard",
        "3 mois",
    )
    assert await nudge_rows(relance, alice.id) == await nudge_rows(relance, bob.id)
    assert await nudge_rows(relance, alice.id)


async def test_pasted_invitation_for_an_open_application_plans_the_interview(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await applied_today(alice)
    replies = await alice.send(INVITATION)
    shown = replies[-1].plain_text
    assert "Une invitation à un entretien." in shown
    assert "Entretien le jeudi 26 novembre à 14:30" in shown
    assert "À quelle candidature" in shown
    assert replies[-1].buttons[0][0].startswith("Acme")  # the same company first
    assert "Une nouvelle candidature" in replies[-1].buttons[-1][0]
    await alice.click("Acme")
    await alice.click("C'est ça")
    [app] = await applications_of(relance, alice.id)
    assert app.stage is Stage.INTERVIEW_SCHEDULED

    bob = await onboarded_user(relance)
    await applied_today(bob)
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
    [app] = await applications_of(relance, alice.id)
    assert (app.company, app.refusal_reason) == ("Kiwee", "discriminatory")
    assert await nudge_rows(relance, alice.id) == []
    assert "Défenseur des droits" in alice.last.plain_text


async def test_paste_button_at_new_creates_the_application_from_the_message(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Globex")
    await alice.clicks("Passer", "Passer", "Passer")
    replies = await alice.click("Coller le message du recruteur")
    assert "Collez ici le message du recruteur" in replies[-1].plain_text
    assert await applications_of(relance, alice.id) == []
    replies = await alice.send(
        "Hello,\nThanks for your application. We will get back to you within two weeks.\n"
        "Best,\nAnna Weber"
    )
    assert "Une date de réponse annoncée." in replies[-1].plain_text
    assert "C'est bien ça ?" in replies[-1].plain_text  # the application is the one of /new
    replies = await alice.click("C'est ça")
    [app] = await applications_of(relance, alice.id)
    assert (app.company, app.recruiter_name) == ("Globex", "Anna Weber")
    assert "Quand a eu lieu l'entretien" in replies[-1].plain_text  # what the message can't say


HOSTILE_REFUSAL = """Bonjour,

Merci pour votre candidature. Après réflexion, nous ne donnerons pas suite.
<b>Nous</b> gardons votre CV & <script>alert(1)</script> *bonne chance*

Cordialement,
Léa Martin"""


async def test_hidden_sender_forward_kept_as_note_only_when_asked_and_shown_escaped(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    origin = {
        "type": "hidden_user",
        "date": int(relance.clock.now.timestamp()),
        "sender_user_name": "Léa <Martin>",
    }
    update_id = alice.fake.push_message(alice.user, HOSTILE_REFUSAL, forward_origin=origin)
    await relance.processed(update_id)
    shown = alice.last.plain_text
    assert "Un refus." in shown and "« nous ne donnerons pas suite »" in shown
    assert "Quelle est l'entreprise ?" in shown  # the hidden sender names no company
    await alice.send("Kiwee <SAS>")
    replies = await alice.click("C'est ça")
    assert "Kiwee <SAS>" in replies[0].plain_text  # HTML in a typed name, shown as typed
    offer = replies[-1]
    assert "Voulez-vous garder le texte du message" in offer.plain_text
    assert [row[0] for row in offer.buttons] == ["📝 Garder le message en note", "Non, l'oublier"]
    replies = await alice.click("Garder le message en note")
    assert "le message est dans les notes" in replies[-1].plain_text
    assert await open_dialog_answers(relance, alice.id) == ""  # dropped with the dialog
    [app] = await applications_of(relance, alice.id)
    assert app.notes is not None and "<script>alert(1)</script>" in app.notes
    assert "Léa Martin" in app.notes and len(app.notes) <= 4000
    await alice.send("/list")
    replies = await alice.click("Kiwee <SAS>")
    assert "<b>Nous</b> gardons votre CV & <script>alert(1)</script>" in replies[-1].plain_text


async def test_a_long_message_kept_as_a_note_is_bounded_and_cancel_forgets_it(
    relance: Relance,
) -> None:
    alice = await onboarded(relance, "en")
    padding = "\n".join(f"Line {n} of our company presentation." for n in range(150))
    text = f"{HOSTILE_REFUSAL}\n\n{padding}"
    replies = await send_parts(alice, telegram_parts(text))  # Telegram cuts it in two
    assert "unless you ask me to" in replies[-1].plain_text
    await alice.send("Kiwee")
    replies = await alice.click("That's it")
    assert "📝 Keep the message as a note" in replies[-1].buttons[0][0]
    await alice.click("Keep the message as a note")
    [app] = await applications_of(relance, alice.id)
    assert app.notes is not None and app.notes.startswith("Bonjour,") and len(app.notes) == 4000

    # A message whose coaching asks more keeps the text in that dialog only; /cancel drops it.
    await alice.send("/new")
    await alice.send("Globex")
    await alice.clicks("Skip", "Skip", "Skip", "Paste the recruiter")
    await alice.send(
        "Hello,\nThanks for your application. We will get back to you within two weeks.\n"
        "Best,\nAnna Weber"
    )
    await alice.click("That's it")
    assert "within two weeks" in await open_dialog_answers(relance, alice.id)
    await alice.send("/cancel")
    assert await open_dialog_answers(relance, alice.id) == ""
    apps = await applications_of(relance, alice.id)
    assert [a.notes for a in apps if a.company == "Globex"] == [None]


async def test_another_users_application_in_a_paste_button_is_refused(relance: Relance) -> None:
    bob = await onboarded(relance)
    await applied_today(bob)
    [bobs] = await applications_of(relance, bob.id)

    alice = await onboarded(relance)
    await applied_today(alice)
    [alices] = await applications_of(relance, alice.id)
    await alice.send(INVITATION)
    which = alice.last_with_buttons()
    data = alice.button_data(which, "Acme")
    assert data.endswith(str(alices.id))
    await alice.press(which, data.removesuffix(str(alices.id)) + str(bobs.id))
    assert alice.last_answer_text() is not None  # a button this question never had
    async with relance.services().session() as session:
        conversation = await session.get(Conversation, alice.id)
        assert conversation is not None and conversation.state == "which"
    [still] = await applications_of(relance, bob.id)
    assert (still.stage, still.updated_at) == (bobs.stage, bobs.updated_at)


# ------------------------------------------------------------ messages over 4096 characters

PRESENTATION = "\n".join(
    f"Notre cabinet accompagne depuis {1990 + n % 30} des entreprises de taille moyenne dans "
    "leurs projets de transformation, en France et en Belgique."
    for n in range(62)
)
LONG_REFUSAL = f"""{REFUSAL_OPENING}
Pour mémoire, voici la présentation de notre cabinet que vous aviez demandée :

{PRESENTATION}

{REFUSAL_CLOSING}"""


def telegram_parts(text: str, limit: int = 4096) -> list[str]:
    """Cut a text as a Telegram client does: parts of at most `limit`, at a line break."""
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        parts.append(text[:cut])
        text = text[cut + 1 :]
    return [*parts, text]


async def send_parts(client: Client, parts: list[str], **extra: object) -> list[SentMessage]:
    """Push the parts back to back, as Telegram delivers them; what the bot sent meanwhile."""
    before = len(client.fake.sent)
    update_ids = [client.fake.push_message(client.user, part, **extra) for part in parts]  # type: ignore[arg-type]
    for update_id in update_ids:
        await client.relance.processed(update_id)
    return [m for m in client.fake.sent[before:] if m.chat_id == client.user.id]


async def test_a_long_message_in_parts_is_read_once_as_a_whole(relance: Relance) -> None:
    alice = await onboarded(relance)
    parts = telegram_parts(LONG_REFUSAL)
    assert len(parts) == 3 and all(len(part) > 3500 for part in parts[:2])
    replies = await send_parts(alice, parts)
    [answer] = replies  # one answer, not one per part
    shown = answer.plain_text
    assert "Un refus." in shown and "dans 3 mois" in shown  # the reason is in the last part
    assert "« nous ne donnerons pas suite »" in shown  # ...and the refusal in the first
    assert "Lumen Conseil" in shown and "Sophie Durand" in shown
    assert "C'est bien ça ?" in shown
    assert "présentation de notre cabinet" in await open_dialog_answers(relance, alice.id)
    replies = await alice.click("C'est ça")
    assert any("Relancez le" in reply.plain_text for reply in replies)
    await alice.click("Non, l'oublier")
    assert await open_dialog_answers(relance, alice.id) == ""  # nothing of the text is kept
    [app] = await applications_of(relance, alice.id)
    assert (app.refusal_reason, app.opening_in_months, app.notes) == ("opening_later", 3, None)


async def test_forwarded_parts_are_read_after_a_quiet_delay_even_across_a_restart(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Acme")  # a dialog in progress: given back, then asked to switch
    shorter = "\n".join(PRESENTATION.splitlines()[:56])
    parts = telegram_parts(LONG_REFUSAL.replace(PRESENTATION, shorter))
    origin = {
        "type": "user",
        "date": int(relance.clock.now.timestamp()),
        "sender_user": {"id": 777, "is_bot": False, "first_name": "Sophie"},
    }
    # The last part is as long as a first one: only the quiet delay tells it is the last.
    assert len(parts) == 2 and all(len(part) > 3500 for part in parts)
    assert await send_parts(alice, parts, forward_origin=origin) == []
    relance.clock.now += dt.timedelta(seconds=2)
    assert not (await relance.tick()).claimed
    assert "poste" in alice.messages()[-1].plain_text  # still the question of /new
    await relance.restart()
    relance.clock.now += dt.timedelta(seconds=10)
    before = len(alice.messages())
    await relance.tick()
    [answer] = alice.messages()[before:]
    assert "Un refus." in answer.plain_text and "dans 3 mois" in answer.plain_text
    assert answer.buttons  # the dialog in progress is not dropped without asking
    async with relance.services().session() as session:
        conversation = await session.get(Conversation, alice.id)
        assert conversation is not None and conversation.flow == "switch"


async def test_a_stale_part_is_read_alone_not_glued_to_the_next_message(relance: Relance) -> None:
    alice = await onboarded(relance)
    [first, *_] = telegram_parts(LONG_REFUSAL)
    assert await alice.send(first) == []
    relance.clock.now += dt.timedelta(minutes=1)  # no tick ran: the bot was down, say
    replies = await forward(alice, INVITATION, "Marc", relance.clock.now)
    shown = "\n".join(reply.plain_text for reply in replies)
    # Two readings: what was held, on its own first, then the new message.
    assert shown.count("Voici ce que je comprends de ce message") == 2
    assert shown.index("Un refus.") < shown.index("Une invitation à un entretien.")
    assert shown.count("Un refus.") == shown.count("Une invitation à un entretien.") == 1


async def test_a_message_past_five_parts_gets_one_friendly_answer(relance: Relance) -> None:
    alice = await onboarded(relance)
    huge = telegram_parts(LONG_REFUSAL + "\n" + PRESENTATION * 4)
    assert len(huge) >= 7
    replies = await send_parts(alice, huge)
    [answer] = replies
    assert "trop long" in answer.plain_text and "5 morceaux" in answer.plain_text
    assert await open_dialog_answers(relance, alice.id) == ""
    assert await applications_of(relance, alice.id) == []


async def test_a_long_message_awaited_by_paste_arrives_in_parts(relance: Relance) -> None:
    alice = await onboarded(relance, "en")
    await alice.send("/paste")
    replies = await send_parts(alice, telegram_parts(LONG_REFUSAL))
    [answer] = replies
    assert "A refusal." in answer.plain_text and "in 3 months" in answer.plain_text
    await alice.send("/cancel")  # the question in progress, and the text with it, dropped
    assert await open_dialog_answers(relance, alice.id) == ""
    assert await applications_of(relance, alice.id) == []

    # A first part, then a command: what was held is read first, never dropped unread.
    [first, *_] = telegram_parts(LONG_REFUSAL)
    assert await alice.send(first) == []
    replies = await alice.send("/help")
    assert "A refusal." in replies[0].plain_text and "/paste" in replies[-1].plain_text
