"""Hostile input (issue 8): hypothesis drives the real bot, through the end-to-end harness, with
2,000 generated updates per database backend (SQLite, and PostgreSQL when TEST_POSTGRES_URL is
set), and checks four properties after every update (or batch of five identical presses).

Each hypothesis example seeds three people straight into the database: a victim (applications,
interviews, nudges; some delivered so that their buttons exist) and two attackers (one with an
application of their own, sometimes already deep in a dialog; one brand new, who writes in
English under a hostile first name). Then it draws steps until its 100 updates are used:

* every command (/start /help /new /list /agenda /stats /export /settings /privacy /cancel
  /forget /paste), with odd suffixes, in odd case, and unknown ones;
* recruiter's messages pasted (refusals, an invitation, an announced date, a missing skill, a
  motive the law forbids, a first part of a message Telegram cut), so that the paste dialogs and
  the "keep it as a note" offer are reached;
* typed text: random Unicode, right-to-left and zero-width marks, emoji, empty and 5,000
  character texts, HTML and Telegram-markdown fragments, dates like "31/02", "hier soir" or "in
  300 years", and plausible answers to the question open at that moment (so that the fuzzer
  goes deep into every dialog);
* buttons: a real button of one of the user's last messages (legit moves), or forged callback
  data: unknown prefixes, other users' application and nudge ids, ids of deleted rows, numbers
  too big for the database, digits `int()` cannot read, 64-byte garbage; sometimes the same
  button pressed five times at once (five updates pushed before waiting for any);
* the clock moving on and the reminder engine ticking, so that nudge buttons exist too.

After every step (an update, five presses of one button, or a reminder engine tick):

* no handler raised: no ERROR record from `bot.*` or `telegram.*`, and no "this step was not
  saved" message (the error handler sends it after any exception);
* when an attacker acted, no row of the victim changed (users, applications, interviews,
  follow_ups, nudges, conversations, compared column by column);
* the fake Bot API refused nothing the bot sent (length, HTML, buttons, edits) and every callback
  query was answered;
* every open dialog is in a state of its flow (`flows.registry.FLOWS`).

The draws are derandomized: a run is the same every time (on a given backend). A failure prints
the broken properties, the last steps and the traceback; hypothesis prints every draw.

The failures the fuzzing found are each minimised to a regression test at the end of this file,
marked `xfail(strict=True)` until the bot is fixed. So that the fuzzer keeps exploring past them,
their exact signatures are listed in `KNOWN`: a failure matching one is counted (and printed at
the end), not raised. When a bug is fixed, its strict xfail starts failing: remove the xfail and
its `KNOWN` entries together.

Every generated update is counted in `TRIED`; at the end of the module, "hostile inputs tried: N"
is printed, with the dialog states reached and the known failures met again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

import pytest

from bot.coach.retention import sweep
from flows.domain import NudgeKind, Stage
from flows.registry import FLOWS
from testkit.fakebot import SentMessage
from testkit.harness import Client, Relance
from testkit.hostile import (
    BASE_NOW,
    ERROR_TEXTS,
    KNOWN_SEEN,
    STATES_SEEN,
    TRIED,
    ErrorRecords,
    exception_signature,
    fuzz_test,
    seed_application,
)
from testkit.rows import onboarded as onboarded_user
from testkit.rows import plan_nudge


@pytest.fixture
def error_records() -> Iterator[ErrorRecords]:
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest.fixture(scope="module", autouse=True)
def report_count(request: pytest.FixtureRequest) -> Iterator[None]:
    """Prints how many hostile updates the module tried, at the end of the module."""
    yield
    every_state = {(name, state) for name, flow in FLOWS.items() for state in flow.states}
    missed = sorted(every_state - STATES_SEEN)
    lines = [
        f"hostile inputs tried: {TRIED.total()}"
        + "".join(f", {n} on {backend}" for backend, n in sorted(TRIED.items())),
        f"  dialog states reached: {len(STATES_SEEN & every_state)} of {len(every_state)}"
        + (f" (not reached: {missed})" if missed else ""),
    ]
    lines += [f"  known failure met {n} time(s): {sig}" for sig, n in KNOWN_SEEN.items()]
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print("\n".join(lines))
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)


test_hostile_dialogs = fuzz_test("dialogs")
test_hostile_callbacks = fuzz_test("callbacks")
test_hostile_nudges = fuzz_test("nudges")
test_hostile_mixed = fuzz_test("mixed")


# ------------------------------------------------------------------------ regression tests
# Each failure the fuzzing found, minimised: regression tests of the fixes.


async def onboarded(relance: Relance, first_name: str = "Mallory") -> Client:
    relance.clock.now = BASE_NOW
    return await onboarded_user(relance, first_name=first_name)


async def alice_with(relance: Relance, company: str, stage: Stage) -> Client:
    """Alice, onboarded, with one application."""
    alice = await onboarded(relance, "Alice")
    await seed_application(relance, alice.id, company, stage)
    return alice


async def alice_on_acmes_card(relance: Relance) -> tuple[Client, SentMessage]:
    """Alice, with an application at Acme, on its card: her client and the card."""
    alice = await alice_with(relance, "Acme", Stage.APPLIED)
    await alice.send("/list")
    return alice, (await alice.click("1. Acme"))[0]


def assert_handled(errors: ErrorRecords, replies: list[SentMessage]) -> None:
    """No handler raised: nothing logged at ERROR, and no "this step was not saved"."""
    assert [exception_signature(r) for r in errors.records] == []
    assert not [m for m in replies if any(t in (m.plain_text or "") for t in ERROR_TEXTS)]


async def presses(relance: Relance, error_records: ErrorRecords, data: str) -> Client:
    """Mallory, onboarded, presses her last buttons with this data: no handler fails."""
    mallory = await onboarded(relance)
    replies = await mallory.press(mallory.last_with_buttons(), data)
    assert_handled(error_records, replies)
    return mallory


@pytest.mark.parametrize("data", ["a:²:FR", "n:²:d", "c:²:v", "g:²:c", "l:²"])
async def test_callback_data_with_digits_int_cannot_read(
    relance: Relance, error_records: ErrorRecords, data: str
) -> None:
    mallory = await presses(relance, error_records, data)
    assert mallory.last_answer_text() is not None  # "this button no longer does anything"


@pytest.mark.parametrize(
    "data", ["n:99999999999999999999:d", "g:99999999999999999999:c", "c:99999999999999999999:v"]
)
async def test_callback_data_with_an_id_too_big_for_the_database(
    relance: Relance, error_records: ErrorRecords, data: str
) -> None:
    await presses(relance, error_records, data)


async def double_tap(client: Client, message: SentMessage, data: str) -> list[SentMessage]:
    """The same button pressed twice in a row, before the bot answers the first press."""
    fake = client.fake
    before = len(fake.sent)
    first = fake.push_callback(client.user, message, data)
    second = fake.push_callback(client.user, message, data)
    await client.relance.processed(first)
    await client.relance.processed(second)
    return [m for m in fake.sent[before:] if m.chat_id == client.id]


@pytest.mark.parametrize("button", ["list page", "nudge later", "nudge answered", "nudge back"])
async def test_a_button_pressed_twice_edits_its_message_once(
    relance: Relance, error_records: ErrorRecords, button: str
) -> None:
    alice = await onboarded(relance, "Alice")
    for n in range(11):
        await seed_application(
            relance, alice.id, f"Company {n}", Stage.WAITING, interview_ago=dt.timedelta(days=6)
        )
    if button == "list page":
        await alice.send("/list")
        message = alice.last_with_buttons()
        data = alice.button_data(message, "▶")
    else:
        await relance.tick()  # the nudges due now arrive in one message
        message = alice.last_with_buttons()
        data = message.buttons[{"nudge later": 1, "nudge answered": 2, "nudge back": 1}[button]][1]
        assert data is not None
        if button == "nudge back":
            await alice.press(message, data)  # "later": its choices, and "back"
            data = alice.button_data(alice.fake.chats[alice.id][message.message_id], "Retour")
    fake = relance.fake
    try:
        replies = await double_tap(alice, message, data)
        refused = [(r.method, r.description) for r in fake.refused]
    finally:
        fake.refused.clear()  # the harness's own check would fail the teardown, not the test
    assert_handled(error_records, replies)
    assert refused == []


@pytest.mark.parametrize("kind", ["stale_review", "account_expiry"])
async def test_agenda_lists_the_nudges_that_are_not_about_one_application(
    relance: Relance, error_records: ErrorRecords, kind: str
) -> None:
    alice = await alice_with(relance, "Initech", Stage.OFFER)
    if kind == "stale_review":
        relance.clock.now = BASE_NOW + dt.timedelta(days=11)  # an offer with no news: stale
        await alice.send("/list")  # plans the weekly review
    else:
        relance.clock.now = BASE_NOW + dt.timedelta(days=710)  # silent for 23 months and more
        assert await sweep(relance.services(), relance.clock()) == (1, 0)  # plans the warning
    replies = await alice.send("/agenda")
    assert_handled(error_records, replies)


@pytest.mark.parametrize("where", ["plan", "card", "list", "weekly review"])
async def test_long_user_text_is_cut_outside_html_entities_and_tags(
    relance: Relance, error_records: ErrorRecords, where: str
) -> None:
    try:
        await _long_user_text(relance, error_records, where)
    finally:
        relance.fake.refused.clear()  # the harness's own check would fail the teardown


async def _long_user_text(relance: Relance, error_records: ErrorRecords, where: str) -> None:
    alice = await onboarded(relance, "Alice")
    if where == "plan":
        await alice.send("/new")
        await alice.send("Acme")
        for _ in range(3):
            await alice.click("Passer")
        await alice.clicks("Entretien passé", "Hier", "Grand groupe", "Pas urgent", "Non")
        replies = await alice.send("<" * 1000)  # the interview notes, quoted in the draft
    elif where == "card":
        await seed_application(relance, alice.id, "Acme!", Stage.APPLIED)
        await alice.send("/list")
        card = (await alice.click("1. Acme"))[0]
        for note in ("<" * 1000, "x" + "<" * 999):
            await alice.click("Ajouter une note", card)
            await alice.send(note)
        await alice.send("/list")
        replies = await alice.click("1. Acme")
    elif where == "list":
        for n in range(10):
            await seed_application(relance, alice.id, f"{n}" + "&" * 199, Stage.APPLIED)
        replies = await alice.send("/list")
    else:
        for n in range(6):
            await seed_application(relance, alice.id, f"{n}" + "&" * 199, Stage.OFFER)
        async with relance.services().session() as session, session.begin():
            stale_at = BASE_NOW + dt.timedelta(days=18)  # as /list plans it once they are stale
            await plan_nudge(session, alice.id, NudgeKind.STALE_REVIEW, stale_at, BASE_NOW)
        relance.clock.now = BASE_NOW + dt.timedelta(days=18)
        before = len(relance.fake.sent)
        await relance.tick()
        replies = relance.fake.sent[before:]
    fake = relance.fake
    refused = [(r.method, r.description) for r in fake.refused]
    fake.refused.clear()  # the harness's own check would fail the teardown, not the test
    assert refused == []
    assert_handled(error_records, replies)
    assert replies, "nothing was delivered"


@pytest.mark.parametrize("choice", ["Non, reprendre", "Oui, commencer"])
async def test_switching_back_to_a_dialog_whose_application_was_deleted(
    relance: Relance, error_records: ErrorRecords, choice: str
) -> None:
    alice, card = await alice_on_acmes_card(relance)
    if choice == "Non, reprendre":
        await alice.click("Ajouter une note", card)  # the dialog to resume is about Acme
        await alice.send("/new")
    else:
        await alice.send("/new")
        await alice.send("Globex")
        await alice.click("Ajouter une note", card)  # the dialog to start is about Acme
    switch = alice.last_with_buttons()
    await alice.click("Supprimer", card)
    await alice.click("Oui, supprimer")
    replies = await alice.click(choice, switch)
    assert_handled(error_records, replies)


async def test_a_note_for_a_deleted_application_is_not_said_to_be_saved(
    relance: Relance, error_records: ErrorRecords
) -> None:
    alice, card = await alice_on_acmes_card(relance)
    await alice.click("Ajouter une note", card)
    await alice.click("Supprimer", card)
    await alice.click("Oui, supprimer")
    replies = await alice.send("Rappeler Jane lundi")
    assert_handled(error_records, replies)
    assert "Note ajoutée" not in replies[-1].plain_text


async def test_forged_page_data_on_a_file_sends_the_page_rather_than_editing_it(
    relance: Relance, error_records: ErrorRecords
) -> None:
    mallory = await onboarded(relance)
    await mallory.send("/export")
    document = mallory.messages()[-1]
    assert document.plain_text is None or document.plain_text == ""
    refused = len(relance.fake.refused)
    replies = await mallory.press(document, "l:0")
    assert_handled(error_records, replies)
    assert relance.fake.refused[refused:] == []
    assert "Aucune candidature" in replies[-1].plain_text  # the list, as a new message
