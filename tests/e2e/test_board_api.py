"""The board's API end to end: the real bot with the board on a port, the fake Bot API, and
requests as the page sends them. Everything a user has is theirs only; every change is the
chat's own use case, and tells the chat what the chat would have said."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest

from bot.webapp.auth import sign_init_data
from flows.domain import NudgeState, Stage
from testkit import harness
from testkit.fakebot import FakeBotAPI
from testkit.harness import Relance
from tests.e2e.boardkit import (
    BoardClient,
    add_applied,
    add_scheduled,
    alice_with_a_card,
    application,
    board_of,
    board_url,
    database_fails_on,
    init_data_for,
    json_logs,
    nudges_of,
    onboarded,
    relance_with_board,
    running_board,
)

relance = pytest.fixture(name="relance")(relance_with_board)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def test_the_board_shows_the_users_own_cards_in_their_columns(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, _ = await alice_with_a_card(relance, http)
    await add_scheduled(alice, "Globex")
    bob = await onboarded(relance, name="Bob")
    await add_applied(bob, "Initech")
    status, data = await board.get("/board")
    assert status == 200
    assert data["lang"] == "fr"
    assert data["columns"][:4] == ["applied", "interview_scheduled", "waiting", "offer"]
    cards = {c["company"]: c for c in data["cards"]}
    assert set(cards) == {"Acme", "Globex"}
    assert cards["Acme"]["stage"] == "applied"
    assert cards["Globex"]["stage"] == "interview_scheduled"
    assert cards["Acme"]["next"].startswith("relance de candidature le ")
    assert cards["Globex"]["next"].startswith("rappel avant l'entretien le ")
    assert data["texts"]["stage.applied"] == "candidature envoyée"
    assert data["texts"]["board.copy"] == "Copier"
    # Bob's application, by its id, through Alice's init data: as if it did not exist.
    initech = await application(relance, bob.id, "Initech")
    assert (await board.get(f"/applications/{initech.id}"))[0] == 404
    forged = {"id": initech.id, "company": "Initech", "version": "x"}
    assert (await board.move(forged, "accepted"))[0] == 404
    assert (await board.act(forged, "archive"))[0] == 404
    assert (await board.act(forged, "delete"))[0] == 404
    assert (await board.get("/applications/99999999999"))[0] == 404
    after = await application(relance, bob.id, "Initech")
    assert (after.stage, after.archived) == (Stage.APPLIED, False)


async def test_an_opened_card_has_its_timeline_plan_and_draft(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    _, board, card = await alice_with_a_card(relance, http, "Acme & Fils <SA>")
    status, data = await board.get(f"/applications/{card['id']}")
    assert status == 200
    detail = data["card"]
    assert detail["timeline"][0]["text"].startswith("Candidature du ")
    assert detail["plan"].startswith("📅 Relancez le ")
    assert "Acme & Fils <SA>" in detail["draft"]["copy"]  # as typed: the page shows text
    assert detail["actions"] == [
        "interview",
        "call",
        "answer",
        "note",
        "edit",
        "archive",
        "accepted",
        "delete",
    ]
    assert "accepted" in detail["moves"] and "applied" not in detail["moves"]


async def test_a_move_to_accepted_is_the_chats_accepted_offer(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    await add_applied(alice, "Globex")
    acme = await application(relance, alice.id, "Acme")
    assert [n.state for n in await nudges_of(relance, acme.id)] == [NudgeState.PENDING]
    before = len(alice.messages())
    status, data = await board.move(card, "accepted")
    assert status == 200, data
    assert data["card"]["stage"] == "accepted" and data["in_chat"] is False
    assert (await application(relance, alice.id, "Acme")).stage is Stage.ACCEPTED
    assert [n.state for n in await nudges_of(relance, acme.id)] == [NudgeState.STOPPED]
    # The chat says what it says after "I accepted this offer": congratulations, and the
    # button to withdraw the others.
    said = alice.messages()[before:]
    assert "Félicitations pour ce nouveau poste chez Acme" in said[0].plain_text
    assert "Globex" in said[0].plain_text
    await alice.click("Retirer les 1 autres candidatures")
    assert (await application(relance, alice.id, "Globex")).stage is Stage.WITHDRAWN


async def test_a_move_that_needs_answers_asks_them_in_the_chat(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    status, data = await board.move(card, "interview_scheduled")
    assert status == 200 and data["in_chat"] is True
    assert data["notice"].startswith("Répondez dans le chat")
    assert "Quand a lieu l'entretien chez Acme" in alice.last.plain_text
    assert (await application(relance, alice.id, "Acme")).stage is Stage.APPLIED
    await alice.send("jeudi 14h")
    assert (await board.card("Acme"))["stage"] == "interview_scheduled"
    kinds = {
        n.kind.value for n in await nudges_of(relance, card["id"]) if n.state.value == "pending"
    }
    assert "interview_reminder" in kinds


async def test_moves_to_waiting_and_refused_open_the_chats_dialogs(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http, scheduled=True)
    status, data = await board.move(card, "waiting")
    assert status == 200 and data["in_chat"] is True
    assert "Quand a eu lieu l'entretien chez Acme" in alice.last.plain_text
    await alice.send("/cancel")
    status, data = await board.move(await board.card("Acme"), "refused")
    assert status == 200 and data["in_chat"] is True
    assert "Quand avez-vous reçu le refus de Acme" in alice.last.plain_text
    await alice.click("Aujourd'hui")
    assert (await application(relance, alice.id, "Acme")).stage is Stage.INTERVIEW_SCHEDULED


async def test_offer_note_archive_and_delete(relance: Relance, http: aiohttp.ClientSession) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    status, data = await board.move(card, "offer")
    assert status == 200 and data["card"]["stage"] == "offer"
    assert "Félicitations" in alice.last.plain_text

    before = len(alice.messages())
    status, data = await board.act(await board.card("Acme"), "note", text="Rappeler <Marie>")
    assert status == 200 and data["card"]["notes"] == "Rappeler <Marie>"
    # The chat hears that the note was saved, and is not asked for it.
    assert [m.plain_text for m in alice.messages()[before:]] == ["Note ajoutée."]

    status, data = await board.act(await board.card("Acme"), "archive")
    assert status == 200 and data["card"]["archived"] is True
    acme = await application(relance, alice.id, "Acme")
    assert acme.archived
    assert all(n.state is not NudgeState.PENDING for n in await nudges_of(relance, acme.id))
    assert "est archivée" in alice.last.plain_text

    status, data = await board.act(await board.card("Acme"), "delete")
    assert status == 200 and data["card"] is None
    status, board_data = await board.get("/board")
    assert board_data["cards"] == []
    assert "supprimée" in alice.last.plain_text


async def test_a_stale_card_gets_409_and_changes_nothing(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, phone, card = await alice_with_a_card(relance, http)
    laptop = board_of(relance, http, alice)
    seen_on_laptop = await laptop.card("Acme")
    status, _ = await phone.act(card, "note", text="premier")
    assert status == 200
    status, data = await laptop.act(seen_on_laptop, "note", text="second")
    assert status == 409
    assert data["card"]["notes"] == "premier"  # the card as it now stands, to reload
    assert data["error"].startswith("Cette candidature a changé")
    status, data = await laptop.move(seen_on_laptop, "accepted")
    assert status == 409
    acme = await application(relance, alice.id, "Acme")
    assert (acme.notes, acme.stage) == ("premier", Stage.APPLIED)
    # A change made in the chat makes the board's copy stale too.
    seen = await laptop.card("Acme")
    await alice.send("/list")
    await alice.click("Acme")
    await alice.click("Ajouter une note")
    await alice.send("depuis le chat")
    assert (await laptop.act(seen, "archive"))[0] == 409


async def test_init_data_that_is_not_telegrams_reads_nothing(
    relance: Relance, http: aiohttp.ClientSession, clock: harness.TestClock
) -> None:
    alice = await onboarded(relance)
    await add_applied(alice, "Acme")
    acme = await application(relance, alice.id, "Acme")
    base = board_url(relance)
    good = init_data_for(relance, alice)
    fields = dict(parse_qsl(good))
    tampered_user = urlencode(
        {**fields, "user": fields["user"].replace(str(alice.id), str(alice.id + 1))}
    )
    refused = {
        "no header": None,
        "wrong token": sign_init_data("123:another-bot", alice.id, clock()),
        "wrong hash": urlencode({**fields, "hash": "0" * 64}),
        "tampered user": tampered_user,
        "expired": init_data_for(relance, alice, now=clock() - dt.timedelta(seconds=3601)),
        "garbage": "%%%",
    }
    for name, init_data in refused.items():
        client = BoardClient(http, base, init_data)
        for path in ("/board", f"/applications/{acme.id}", "/stats", "/stats/chart.png"):
            status, data = await client.get(path)
            assert status == 401, (name, path)
            assert set(data) == {"error"}, (name, data)
        status, _ = await client.act({"id": acme.id, "version": "x"}, "archive")
        assert status == 401, name
        status, _ = await client.move({"id": acme.id, "version": "x"}, "accepted")
        assert status == 401, name
    async with http.get(f"{base}/app/api/board", headers={"Authorization": good}) as response:
        assert response.status == 401  # the scheme is "tma"
    assert not (await application(relance, alice.id, "Acme")).archived
    # Init data older than WEBAPP_AUTH_MAX_AGE_S: the clock moves past it.
    clock.now += dt.timedelta(seconds=3601)
    assert (await BoardClient(http, base, good).get("/board"))[0] == 401


async def test_bodies_are_bounded_and_checked(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    assert (await board.act(card, "note", text="x" * 20_000))[0] == 413
    assert (await board.act(card, "note", text="x" * 1001))[0] == 400
    assert (await board.act(card, "sing"))[0] == 400
    assert (await board.move(card, "applied"))[0] == 400
    assert (await board.move(card, "withdrawn"))[0] == 400
    assert (await board.post(f"/applications/{card['id']}/move", ["stage"]))[0] == 400
    headers = {"Authorization": f"tma {board.init_data}", "Content-Type": "application/json"}
    url = f"{board_url(relance)}/app/api/applications/{card['id']}/action"
    async with http.post(url, data=b"{not json", headers=headers) as response:
        assert response.status == 400
    assert (await application(relance, alice.id, "Acme")).notes is None

    # Without a Content-Length (chunked), the body is read in pieces and still bounded.
    async def pieces(body: bytes, size: int) -> AsyncIterator[bytes]:
        for start in range(0, len(body), size):
            yield body[start : start + size]

    big = json.dumps({"action": "note", "version": card["version"], "text": "x" * 40_000})
    async with http.post(url, data=pieces(big.encode(), 1000), headers=headers) as response:
        assert response.status == 413
    note = json.dumps({"action": "note", "version": card["version"], "text": "é" * 900})
    async with http.post(url, data=pieces(note.encode(), 7), headers=headers) as response:
        assert response.status == 200
    assert (await application(relance, alice.id, "Acme")).notes == "é" * 900


async def test_stats_figures_and_chart(relance: Relance, http: aiohttp.ClientSession) -> None:
    alice = await onboarded(relance)
    board = board_of(relance, http, alice)
    status, data = await board.get("/stats")
    assert status == 200 and data == {"lines": [data["lines"][0]], "chart": False}
    await add_applied(alice, "Acme")
    status, data = await board.get("/stats")
    assert data["chart"] is True and data["lines"][0] == "Vos statistiques (1 candidatures)"
    headers = {"Authorization": f"tma {board.init_data}"}
    async with http.get(f"{board_url(relance)}/app/api/stats/chart.png", headers=headers) as r:
        assert r.status == 200 and (await r.read()).startswith(b"\x89PNG")


async def test_the_page_and_its_files(relance: Relance, http: aiohttp.ClientSession) -> None:
    base = board_url(relance)
    async with http.get(f"{base}/app") as response:
        assert response.status == 200
        page = await response.text()
        csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert '<script src="/app/static/board.js" defer></script>' in page
    assert page.count("<script") == 1  # no inline script
    for name in ("board.js", "board.css"):
        async with http.get(f"{base}/app/static/{name}") as response:
            assert response.status == 200
    async with http.get(f"{base}/app/static/..%2f..%2fsettings.py") as response:
        assert response.status == 404


@pytest.mark.parametrize("language_code", ["en"])
async def test_english_board(
    relance: Relance, http: aiohttp.ClientSession, language_code: str
) -> None:
    dan = await relance.user(first_name="Dan", language_code=language_code)
    board = board_of(relance, http, dan)
    status, data = await board.get("/board")
    assert status == 200 and data["lang"] == "en" and data["texts"]["board.copy"] == "Copy"


async def test_webhook_mode_serves_the_board_on_the_webhooks_server(
    fake: FakeBotAPI, database_url: str, clock: harness.TestClock, http: aiohttp.ClientSession
) -> None:
    async for relance in running_board(fake, database_url, clock, mode="webhook"):
        alice = await onboarded(relance)
        await add_applied(alice, "Acme")
        board = board_of(relance, http, alice)
        assert (await board.card("Acme"))["stage"] == "applied"
        # The board's headers on the board's answers, its errors too; the webhook's are its own.
        async with http.get(board_url(relance) + "/app/nothing-here") as response:
            assert response.status == 404
            assert "frame-ancestors" in response.headers["Content-Security-Policy"]
        async with http.get(board_url(relance) + "/healthz") as response:
            assert "Content-Security-Policy" not in response.headers


async def test_webapp_url_shows_the_board_in_chat(
    fake: FakeBotAPI, database_url: str, clock: harness.TestClock
) -> None:
    url = "https://relance.example.org/app"
    async for relance in running_board(fake, database_url, clock, webapp_url=url):
        assert fake.menu_buttons[None]["type"] == "web_app"
        assert fake.menu_buttons[None]["web_app"] == {"url": url}
        alice = await relance.user()
        await alice.send("/start")
        set_up = await alice.click("France")
        assert any(b.get("web_app") == {"url": url} for b in set_up[-1].inline_keyboard[-1])
        await add_applied(alice, "Acme")
        listing = await alice.send("/list")
        assert any(
            b.get("web_app") == {"url": url} for row in listing[-1].inline_keyboard for b in row
        )
        greeting = await alice.send("/start")
        assert any(
            b.get("web_app") == {"url": url} and b["text"] == "🗂 Tableau"
            for row in greeting[-1].inline_keyboard
            for b in row
        )


async def test_without_webapp_url_nothing_about_the_board_shows_in_chat(
    relance: Relance,
) -> None:
    alice = await onboarded(relance)
    await add_applied(alice, "Acme")
    listing = await alice.send("/list")
    greeting = await alice.send("/start")
    for message in (listing[-1], greeting[-1]):
        assert not any("web_app" in b for row in message.inline_keyboard for b in row)
    assert not relance.fake.calls_of("setChatMenuButton")


def test_settings_refuse_a_plain_http_webapp_url() -> None:
    from pydantic import ValidationError

    from bot.settings import Settings

    with pytest.raises(ValidationError):
        Settings(_env_file=None, webapp_url="http://relance.example.org/app")  # type: ignore[call-arg]
    settings = Settings(_env_file=None, webapp_port="")  # type: ignore[call-arg]
    assert settings.webapp_port is None and settings.webapp_auth_max_age_s == 3600


async def test_the_board_never_logs_the_token_the_init_data_nor_what_was_typed(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    with json_logs(relance, "DEBUG") as stream:
        alice = await onboarded(relance)
        await add_applied(alice, "Secret Corp")
        init_data = init_data_for(relance, alice)
        board = BoardClient(http, board_url(relance), init_data)
        card = await board.card("Secret Corp")
        assert (await board.act(card, "note", text="mes notes très personnelles"))[0] == 200
        forged = BoardClient(http, board_url(relance), init_data.replace("hash=", "hash=0"))
        assert (await forged.get("/board"))[0] == 401
    text = stream.getvalue()
    assert relance.fake.token not in text and relance.fake.token.split(":")[1] not in text
    assert "Secret Corp" not in text and "mes notes très personnelles" not in text
    assert dict(parse_qsl(init_data))["hash"] not in text
    events = [json.loads(line).get("event") for line in text.splitlines() if line.strip()]
    assert "board_action" in events


async def test_a_database_error_answers_a_clean_5xx_and_changes_nothing(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    before = len(alice.messages())
    # The archive has already marked the application when its nudges are stopped.
    with database_fails_on(relance, "UPDATE NUDGES"):
        url = f"{board_url(relance)}/app/api/applications/{card['id']}/action"
        headers = {"Authorization": f"tma {board.init_data}"}
        body = {"action": "archive", "version": card["version"]}
        async with http.post(url, json=body, headers=headers) as response:
            assert response.status == 503
            assert response.headers["Content-Type"].startswith("application/json")
            assert "frame-ancestors" in response.headers["Content-Security-Policy"]
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            data = await response.json()
    # One sentence in the user's language: no SQL, no exception, nothing of the data.
    assert data == {"error": "Cela n'a pas marché. Réessayez dans un instant."}
    acme = await application(relance, alice.id, "Acme")
    assert not acme.archived
    assert [n.state for n in await nudges_of(relance, acme.id)] == [NudgeState.PENDING]
    assert len(alice.messages()) == before  # nothing said in the chat about what did not happen
    # Nothing was half-done: the same card, unchanged, archives now.
    status, data = await board.act(card, "archive")
    assert status == 200 and data["card"]["archived"] is True


async def test_every_answer_under_app_carries_the_security_headers(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    base = board_url(relance)
    answers = [
        ("GET", "/app/nothing-here"),
        ("GET", "/app/api/nothing-here"),
        ("POST", "/app"),
        ("DELETE", "/app/api/board"),
    ]
    for method, path in answers:
        async with http.request(method, base + path) as response:
            assert response.status in (404, 405), (method, path)
            assert "default-src 'none'" in response.headers["Content-Security-Policy"], path
            assert response.headers["X-Content-Type-Options"] == "nosniff", path
            assert response.headers["Referrer-Policy"] == "no-referrer", path


async def test_odd_json_is_a_400_and_stores_nothing(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    url = f"{board_url(relance)}/app/api/applications/{card['id']}/action"
    headers = {"Authorization": f"tma {board.init_data}", "Content-Type": "application/json"}
    version = json.dumps(card["version"])
    bodies = {
        # Nested deeper than the JSON reader goes, within the size bound.
        "deep": b'{"action": "note", "version": ' + b"[" * 7000 + b"]" * 7000 + b"}",
        # A lone surrogate: valid JSON, no text a database can store.
        "surrogate": f'{{"action": "note", "version": {version}, "text": "a\\ud800b"}}'.encode(),
        "huge number": f'{{"action": "note", "version": {version}, "text": 1e999}}'.encode(),
        "int version": b'{"action": "archive", "version": 12345}',
        "object text": f'{{"action": "note", "version": {version}, "text": {{}}}}'.encode(),
        "list": b'["archive"]',
        "null": b"null",
    }
    for name, body in bodies.items():
        async with http.post(url, data=body, headers=headers) as response:
            assert response.status == 400, name
            assert set(await response.json()) == {"error"}, name
    for odd_id in ("0x10", "+1", "1e3", "١", "-1", str(card["id"]) + " "):
        status, _ = await board.post(f"/applications/{odd_id}/action", {"version": "x"})
        assert status in (400, 404), odd_id
    acme = await application(relance, alice.id, "Acme")
    assert (acme.notes, acme.archived) == (None, False)


async def test_a_failure_is_logged_without_what_the_user_typed(
    relance: Relance, http: aiohttp.ClientSession
) -> None:
    alice, board, card = await alice_with_a_card(relance, http)
    # The driver's own error: SQLAlchemy wraps it with the statement and its parameters.
    with json_logs(relance, "INFO") as stream, database_fails_on(relance, "UPDATE APPLICATIONS"):
        status, _ = await board.act(card, "note", text="mes notes très personnelles")
    assert status == 503
    text = stream.getvalue()
    assert "board: request failed: OperationalError" in text  # what failed, with its traceback
    assert "UPDATE applications" in text
    assert "mes notes très personnelles" not in text
    assert (await application(relance, alice.id, "Acme")).notes is None
