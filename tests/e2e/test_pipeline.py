"""The pipeline end to end: /list, cards, offers, stale applications, /export, /stats, /privacy."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from icalendar import Calendar
from sqlalchemy import select

from bot.coach.retention import sweep
from flows.domain import NudgeKind, NudgeState, Stage
from storage.models import Application, Nudge, User
from testkit.harness import Client, Relance
from testkit.rows import planned_application
from tests.e2e.test_dialogs import onboarded

PARIS = dt.timezone(dt.timedelta(hours=1))


def paris(day: int, hour: int, minute: int = 0, month: int = 11, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


async def add(
    relance: Relance,
    client: Client,
    company: str,
    stage: Stage = Stage.WAITING,
    *,
    contact: str | None = None,
    notes: str | None = None,
    interview_in: dt.timedelta | None = None,
    refusal_reason: str | None = None,
) -> int:
    """An application as a dialog would leave it, with its plan (or its interview) scheduled."""
    return await planned_application(
        relance,
        client.id,
        company,
        stage,
        interview_ago=dt.timedelta(0) if stage is Stage.WAITING else None,
        interview_in=interview_in,
        role="Analyste",
        recruiter_contact=contact,
        notes=notes,
        company_size="large",
        urgency="normal",
        refusal_reason=refusal_reason,
    )


async def app_row(relance: Relance, app_id: int) -> Application | None:
    async with relance.services().session() as session:
        return await session.get(Application, app_id)


async def test_list_with_no_application(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/list")
    assert "Aucune candidature pour l'instant" in replies[0].plain_text


async def test_list_groups_by_stage_with_the_next_step(relance: Relance) -> None:
    alice = await onboarded(relance)
    await add(relance, alice, "Acme", Stage.WAITING)
    await add(relance, alice, "Globex", Stage.APPLIED)
    await add(relance, alice, "Initech", Stage.OFFER)
    replies = await alice.send("/list")
    text = replies[0].plain_text
    assert text.index("offre") < text.index("Initech") < text.index("en attente de réponse")
    assert text.index("Acme") < text.index("candidature envoyée") < text.index("Globex")
    assert "relance après entretien le vendredi 27 novembre à 09:00" in text
    assert [label for label, _ in replies[0].buttons] == ["1. Initech", "2. Acme", "3. Globex"]


async def test_list_pages_beyond_ten(relance: Relance) -> None:
    alice = await onboarded(relance)
    for n in range(25):
        await add(relance, alice, f"Company {n:02d}", Stage.APPLIED)
    replies = await alice.send("/list")
    message = replies[0]
    assert "(25)" in message.plain_text
    labels = [label for label, _ in message.buttons]
    assert labels[-2:] == ["1/3", "▶"] and len(labels) == 12
    await alice.click("▶", message)
    page = alice.fake.chats[alice.id][message.message_id]
    labels = [label for label, _ in page.buttons]
    assert labels[0].startswith("11.") and labels[-3:] == ["◀", "2/3", "▶"]
    await alice.click("2/3", page)  # the page number does nothing


async def test_card_shows_details_and_archive_hides_it(relance: Relance) -> None:
    alice = await onboarded(relance)
    app_id = await add(relance, alice, "Acme <b>", contact="+33 6 12 34 56 78")
    await alice.send("/list")
    replies = await alice.click("1. Acme")
    card = replies[0]
    assert "Acme <b>" in card.plain_text and "+33 6 12 34 56 78" in card.plain_text
    assert "Entretien 1 : lundi 23 novembre à 10:00" in card.plain_text
    assert "Prochain rappel : relance après entretien" in card.plain_text
    await alice.click("Archiver", card)
    app = await app_row(relance, app_id)
    assert app is not None and app.archived
    replies = await alice.send("/list")
    assert "Aucune candidature" in replies[0].plain_text
    async with relance.services().session() as session:
        states = list((await session.execute(select(Nudge.state))).scalars())
    assert states == [NudgeState.STOPPED]


async def test_delete_after_confirmation_removes_its_nudges(relance: Relance) -> None:
    alice = await onboarded(relance)
    app_id = await add(relance, alice, "Acme")
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    replies = await alice.click("Supprimer", card)
    assert "Supprimer définitivement" in replies[0].plain_text
    await alice.click("Oui, supprimer")
    assert await app_row(relance, app_id) is None
    async with relance.services().session() as session:
        assert list((await session.execute(select(Nudge))).scalars()) == []
    # The old card's buttons now find nothing.
    await alice.press(card, alice.button_data(card, "Archiver"))
    assert alice.last_answer_text() == "Candidature introuvable : rien n'a changé."


async def test_note_and_edit(relance: Relance) -> None:
    alice = await onboarded(relance)
    app_id = await add(relance, alice, "Acme")
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    await alice.click("Ajouter une note", card)
    replies = await alice.send("Rappeler <Jane> lundi")
    assert "Note ajoutée" in replies[0].plain_text
    await alice.click("Modifier", card)
    await alice.click("Poste")
    replies = await alice.send("")
    replies = await alice.send("P" * 300)
    assert "200 caractères au plus" in replies[0].plain_text
    await alice.send("Data engineer")
    app = await app_row(relance, app_id)
    assert app is not None and (app.notes, app.role) == ("Rappeler <Jane> lundi", "Data engineer")


async def test_log_an_interview_and_a_call_and_record_an_answer(relance: Relance) -> None:
    alice = await onboarded(relance)
    app_id = await add(relance, alice, "Acme", Stage.APPLIED)
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    await alice.click("Noter un entretien", card)
    await alice.send("jeudi 10h")
    async with relance.services().session() as session:
        kinds = {n.kind for n in (await session.execute(select(Nudge))).scalars()}
    assert {NudgeKind.INTERVIEW_REMINDER, NudgeKind.CHECK_IN} <= kinds
    await alice.click("Noter un appel", card)
    assert "Le recruteur a-t-il dit quand il répondrait" in alice.last.plain_text
    await alice.click("Non")
    replies = await alice.click("Passer")
    assert "Relancez le" in replies[-1].plain_text
    await alice.click("Noter une réponse", card)
    await alice.click("Bonne nouvelle")
    await alice.click("Une offre")
    app = await app_row(relance, app_id)
    assert app is not None and app.stage is Stage.OFFER
    async with relance.services().session() as session:
        states = {n.kind: n.state for n in (await session.execute(select(Nudge))).scalars()}
    # An offer ends the waiting: the follow-up and the interview reminders are stopped.
    assert NudgeState.PENDING not in states.values()
    assert states[NudgeKind.INTERVIEW_REMINDER] is NudgeState.STOPPED


async def test_accepting_an_offer_offers_to_withdraw_the_others(relance: Relance) -> None:
    alice = await onboarded(relance)
    accepted = await add(relance, alice, "Acme", Stage.OFFER)
    globex = await add(relance, alice, "Globex", Stage.WAITING)
    initech = await add(relance, alice, "Initech", Stage.APPLIED)
    refused = await add(relance, alice, "Umbrella", Stage.REFUSED)
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    replies = await alice.click("J'ai accepté cette offre", card)
    assert "Félicitations" in replies[0].plain_text
    assert "Globex" in replies[0].plain_text and "Umbrella" not in replies[0].plain_text
    replies = await alice.click("Retirer les 2 autres")
    assert "2 candidature(s) retirée(s)" in replies[0].plain_text
    drafts = " ".join(r.plain_text for r in replies)  # one message when it fits
    assert "j'ai accepté une autre proposition" in drafts
    stages = {i: (await app_row(relance, i)).stage for i in (accepted, globex, initech, refused)}  # type: ignore[union-attr]
    assert stages == {
        accepted: Stage.ACCEPTED,
        globex: Stage.WITHDRAWN,
        initech: Stage.WITHDRAWN,
        refused: Stage.REFUSED,
    }
    async with relance.services().session() as session:
        open_nudges = [
            n
            for n in (await session.execute(select(Nudge))).scalars()
            if n.state is NudgeState.PENDING
        ]
    assert open_nudges == []


async def test_stale_applications_are_marked_and_offered_to_close_weekly(relance: Relance) -> None:
    alice = await onboarded(relance)
    app_id = await add(relance, alice, "Acme", Stage.OFFER)  # no planned step
    relance.clock.now = paris(3, 10, month=12)  # 10 days later: not yet stale (offer: 10 days)
    replies = await alice.send("/list")
    assert "sans nouvelles" not in replies[0].plain_text
    relance.clock.now = paris(4, 11, month=12)  # Friday, 11 days later
    replies = await alice.send("/list")
    assert "💤 sans nouvelles" in replies[0].plain_text
    async with relance.services().session() as session:
        review = next(iter((await session.execute(select(Nudge))).scalars()))
    assert (review.kind, review.due_at) == (NudgeKind.STALE_REVIEW, paris(7, 9, month=12))
    await alice.send("/list")  # still one review planned, not two
    relance.clock.now = paris(7, 9, month=12)
    report = await relance.tick()
    assert report.sent == 1
    assert "Acme" in alice.last.plain_text
    await alice.click("Les archiver")
    app = await app_row(relance, app_id)
    assert app is not None and app.archived


async def test_export_sends_json_csv_and_ics_that_parse_back(relance: Relance) -> None:
    alice = await onboarded(relance)
    await add(relance, alice, "Acme", contact="+33 6 12 34 56 78", notes='=HYPERLINK("x")')
    await add(relance, alice, "Globex; SA", Stage.APPLIED, interview_in=dt.timedelta(days=3))
    await add(relance, alice, "Initech", Stage.REFUSED, refusal_reason="opening_later")
    replies = await alice.send("/export")
    files = {(m.filename or "").rsplit(".", 1)[1]: m.document or b"" for m in replies}
    assert sorted(files) == ["csv", "ics", "json"] and all(files.values())
    data = json.loads(files["json"])
    assert {a["company"] for a in data["applications"]} == {"Acme", "Globex; SA", "Initech"}
    assert data["user"]["telegram_id"] == alice.id
    raw = files["csv"]
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Entreprise" and len(rows) == 4
    # The refusal's reason as the user chose it, in their language.
    reason = rows[0].index("Motif du refus")
    initech = next(r for r in rows if r[0] == "Initech")
    assert initech[reason] == "Un poste similaire ouvrira plus tard"
    acme = next(r for r in rows if r[0] == "Acme")
    assert "+33 6 12 34 56 78" in acme
    assert '\'=HYPERLINK("x")' in acme
    assert any(r[0] == "Globex; SA" for r in rows)
    calendar = Calendar.from_ical(files["ics"])
    events = list(calendar.walk("VEVENT"))
    summaries = sorted(str(e.get("summary")) for e in events)
    # Acme's follow-up; Globex's interview reminder, check-in, and the interview itself.
    assert len(events) == 4
    assert "Entretien chez Globex; SA" in summaries
    follow_up = next(e for e in events if str(e.get("summary")).startswith("Acme"))
    description = str(follow_up.get("description"))
    assert "grand groupe, poste non urgent" in description  # why
    assert "Merci encore pour notre entretien" in description  # the draft


async def test_stats_sends_a_chart_and_an_empty_pipeline_a_message(relance: Relance) -> None:
    alice = await onboarded(relance)
    replies = await alice.send("/stats")
    assert "Pas encore de statistiques" in replies[0].plain_text
    await add(relance, alice, "Acme")
    await add(relance, alice, "Globex", Stage.APPLIED)
    replies = await alice.send("/stats")
    photo = replies[0]
    assert photo.kind == "photo" and (photo.photo or b"").startswith(b"\x89PNG")
    assert "Taux d'entretien : 50 %" in (photo.plain_caption or "")
    assert "Délai médian avant une réponse : pas encore de réponse" in (photo.plain_caption or "")


async def test_privacy_says_what_is_kept_and_how_to_erase_it(relance: Relance) -> None:
    dan = await onboarded(relance, language_code="en")
    replies = await dan.send("/privacy")
    text = replies[0].plain_text
    assert "24 months" in text and "/forget" in text and "/export" in text


async def test_card_buttons_of_another_user_find_nothing(relance: Relance) -> None:
    alice = await onboarded(relance)
    mallory = await onboarded(relance)
    app_id = await add(relance, alice, "Acme")
    await alice.send("/list")
    card = (await alice.click("1. Acme"))[0]
    for action in ("x", "xy", "a", "o", "v", "w"):
        await mallory.press(card, f"c:{app_id}:{action}")
        assert mallory.last_answer_text() == "Candidature introuvable : rien n'a changé."
    app = await app_row(relance, app_id)
    assert app is not None and not app.archived and app.stage is Stage.WAITING


async def test_a_silent_account_is_warned_then_erased(relance: Relance) -> None:
    alice = await onboarded(relance)
    await add(relance, alice, "Acme")
    services = relance.services()
    relance.clock.now = paris(2, 10, month=11, year=2028)  # 23 months and a bit later
    assert await sweep(services, relance.clock()) == (1, 0)
    assert await sweep(services, relance.clock()) == (0, 0)  # warned once
    relance.clock.now = paris(2, 10, month=11, year=2028)
    await relance.tick()
    assert "presque deux ans" in alice.last.plain_text
    relance.clock.now = paris(4, 10, month=12, year=2028)
    assert await sweep(services, relance.clock()) == (0, 1)
    async with services.session() as session:
        assert await session.get(User, alice.id) is None


async def test_500_applications_stay_within_telegrams_limits(relance: Relance) -> None:
    alice = await onboarded(relance)
    now = relance.clock()
    async with relance.services().session() as session, session.begin():
        for n in range(500):
            session.add(
                Application(
                    user_id=alice.id,
                    company=f"Entreprise {n:03d} " + "x" * 150,
                    role="R" * 200,
                    stage=Stage.APPLIED,
                    archived=False,
                    notes="n" * 1000,
                    created_at=now,
                    updated_at=now,
                )
            )
    replies = await alice.send("/list")
    assert len(replies) == 1 and "(500)" in replies[0].plain_text
    assert [label for label, _ in replies[0].buttons][-2:] == ["1/50", "▶"]
    replies = await alice.send("/export")
    assert len(replies) == 3
    replies = await alice.send("/stats")
    assert replies[0].kind == "photo"
    # The fake refuses any message, caption or file beyond Telegram's limits (checked at teardown).
