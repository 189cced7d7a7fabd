"""The board in a real browser: headless Chromium on the page the bot serves, driven by touch.

The bot runs against the fake Bot API with the board on WEBAPP_PORT; two applications are made
through the chat; the page is opened as Telegram opens it (`/app#tgWebAppData=...`), at a
phone's width, and a card is dragged to another column with emulated touch. The screenshots
are saved under the test's temporary directory (and, with BOARD_SCREENSHOTS=<dir>, there too).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import event, update
from sqlalchemy.exc import OperationalError

from flows.domain import NudgeState, Stage
from storage.models import Application
from testkit.harness import Relance
from tests.e2e.boardkit import (
    add_applied,
    add_scheduled,
    application,
    board_url,
    init_data_for,
    nudges_of,
    onboarded,
    relance_with_board,
)
from tests.e2e.chromium import Page, chromium, chromium_path

PHONE = (390, 844)
THEME = {"bg_color": "#ffffff", "text_color": "#222222", "button_color": "#3390ec"}
DARK = {
    "bg_color": "#17212b",
    "text_color": "#f5f5f5",
    "hint_color": "#708499",
    "link_color": "#6ab3f3",
    "button_color": "#5288c1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#232e3c",
    "section_bg_color": "#17212b",
}
EDGE_STEPS = 200  # bounds the drag's walk towards the screen's edge


relance = pytest.fixture(name="relance")(relance_with_board)


def needs_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("no chromium, but CI=true: .ci/run installs it; the browser test must run")
        pytest.skip("no chromium on this machine (apt-get install chromium)")


def launch_url(base: str, init_data: str) -> str:
    theme = quote(json.dumps(THEME), safe="")
    return f"{base}/app#tgWebAppData={quote(init_data, safe='')}&tgWebAppThemeParams={theme}"


def card_in(stage: str, app_id: int) -> str:
    return f'.column[data-stage="{stage}"] .card[data-id="{app_id}"]'


async def drag_by_touch(page: Page, handle: str, stage: str) -> None:
    """Press the card's handle, slide right (the board scrolls at the edge) until the finger is
    over the column, and lift."""
    x, y = await page.center(handle)
    await page.touch("touchStart", x, y)
    width = await page.evaluate("window.innerWidth")
    target = f'.column.drop[data-stage="{stage}"]'
    for step in range(EDGE_STEPS):
        x = min(x + 30, width - 5)
        await page.touch("touchMove", x, y + (step % 2))
        if await page.evaluate(f"!!document.querySelector('{target}')"):
            column_x, _ = await page.center(f'.column[data-stage="{stage}"]')
            # Over the column's middle, clear of the scrolling edge, then lift there.
            x = min(column_x, width - 60)
            await page.touch("touchMove", x, y)
            if await page.evaluate(f"!!document.querySelector('{target}')"):
                break
    await page.touch("touchEnd", x, y)


async def test_the_board_in_chromium_by_touch(
    relance: Relance, tmp_path: Path, database_url: str
) -> None:
    needs_chromium()
    alice = await onboarded(relance)
    await add_applied(alice, "Acme & Fils <SA>")
    await add_scheduled(alice, "Globex")
    acme = await application(relance, alice.id, "Acme & Fils <SA>")
    globex = await application(relance, alice.id, "Globex")
    assert [n.state for n in await nudges_of(relance, acme.id)] == [NudgeState.PENDING]
    base = board_url(relance)
    shots = tmp_path / "screenshots"
    shots.mkdir()
    backend = database_url.split(":", 1)[0].split("+", 1)[0]

    async with chromium(tmp_path / "profile") as browser:
        await browser.grant_clipboard(base)
        page = await browser.new_page()
        try:
            await page.viewport(*PHONE, mobile=True)
            await page.goto(launch_url(base, init_data_for(relance, alice)))
            await page.wait_for("document.body.dataset.state === 'ready'")

            # Both cards, each in its column, the company shown as typed.
            await page.wait_for(f"!!document.querySelector('{card_in('applied', acme.id)}')")
            await page.wait_for(
                f"!!document.querySelector('{card_in('interview_scheduled', globex.id)}')"
            )
            shown = await page.evaluate(
                f"document.querySelector('{card_in('applied', acme.id)} .company').textContent"
            )
            assert shown == "Acme & Fils <SA>"
            assert await page.evaluate("document.documentElement.lang") == "fr"
            theme_var = "document.documentElement.style.getPropertyValue('--tg-theme-{}')"
            assert await page.evaluate(theme_var.format("button-color")) == "#3390ec"
            await page.screenshot(shots / f"board-{backend}.png")
            # Telegram switches to its dark theme while the board is open.
            dark = {"theme_params": DARK}
            await page.evaluate(
                f"window.Telegram.WebView.receiveEvent('theme_changed', {json.dumps(dark)})"
            )
            assert await page.evaluate(theme_var.format("bg-color")) == "#17212b"
            assert await page.evaluate(theme_var.format("button-color")) == "#5288c1"

            # Drag Acme by touch to "offer accepted": the chat's "I accepted this offer".
            await drag_by_touch(page, f'.card[data-id="{acme.id}"] .handle', "accepted")
            await page.wait_for(f"!!document.querySelector('{card_in('accepted', acme.id)}')")
            moved = await application(relance, alice.id, "Acme & Fils <SA>")
            assert moved.stage is Stage.ACCEPTED
            assert [n.state for n in await nudges_of(relance, acme.id)] == [NudgeState.STOPPED]
            assert (
                "Félicitations pour ce nouveau poste chez Acme & Fils <SA>" in alice.last.plain_text
            )
            await page.screenshot(shots / f"board-moved-{backend}.png")

            # A third application, through the chat; the board opened again shows it. A tap opens
            # it, with its draft (an interview to come, as Globex's, has none yet) to copy.
            await add_applied(alice, "Initech")
            initech = await application(relance, alice.id, "Initech")
            await page.goto("about:blank")
            await page.goto(launch_url(base, init_data_for(relance, alice)))
            await page.wait_for(f"!!document.querySelector('{card_in('applied', initech.id)}')")
            await page.tap(f'.card[data-id="{initech.id}"] .company')
            await page.wait_for("!document.getElementById('detail').hidden")
            await page.wait_for("!document.getElementById('d-draft-box').hidden")
            draft = await page.evaluate("document.getElementById('d-draft').textContent")
            assert "Initech" in draft
            timeline = await page.evaluate("document.getElementById('d-timeline').textContent")
            assert timeline.startswith("Candidature du ")
            await page.screenshot(shots / f"card-{backend}.png")
            await page.tap("#d-copy")
            await page.wait_for("document.body.dataset.copied === 'yes'")
            assert await page.evaluate("document.getElementById('d-copy').textContent") == "Copié ✓"
            assert await page.evaluate("navigator.clipboard.readText()") == draft

            # Meanwhile the chat adds a note: the card the page shows is stale. Archiving it from
            # the page gets a 409; the page says so and shows the card as it now stands.
            await alice.send("/list")
            await alice.click("Initech")
            await alice.click("Ajouter une note")
            await alice.send("Relancer Marie")
            await page.tap('#d-actions button[data-action="archive"]')
            await page.wait_for(
                "document.getElementById('d-notes').textContent === 'Relancer Marie'"
            )
            notice = await page.evaluate("document.getElementById('notice').textContent")
            assert notice.startswith("Cette candidature a changé entre-temps")
            assert not (await application(relance, alice.id, "Initech")).archived

            # The "Move to…" menu of a card on the board.
            await page.tap("#detail-close")
            await page.tap(f'.card[data-id="{initech.id}"] .move')
            await page.wait_for("!document.getElementById('menu').hidden")
            await page.tap('#menu-sheet button[data-stage="offer"]')
            await page.wait_for(f"!!document.querySelector('{card_in('offer', initech.id)}')")
            assert (await application(relance, alice.id, "Initech")).stage is Stage.OFFER

            # Forged init data: an error, and nothing of Alice's.
            forged = init_data_for(relance, alice).replace("hash=", "hash=0")
            await page.goto("about:blank")
            await page.goto(launch_url(base, forged))
            await page.wait_for("document.body.dataset.state === 'refused'")
            message = await page.evaluate("document.getElementById('fatal').textContent")
            assert message.startswith("Ce lien n'est pas valide")
            assert await page.evaluate("document.querySelectorAll('.card').length") == 0
            text = await page.evaluate("document.body.innerText")
            assert "Acme" not in text and "Globex" not in text and "Initech" not in text
            await page.screenshot(shots / f"refused-{backend}.png")
        except BaseException:
            # What the page showed when it went wrong, for whoever reads the failure.
            print(f"screenshots in {shots}")
            with contextlib.suppress(Exception):
                await page.screenshot(shots / f"failed-{backend}.png")
            raise
        finally:
            if keep := os.environ.get("BOARD_SCREENSHOTS"):
                for shot in shots.iterdir():
                    shutil.copy(shot, Path(keep) / shot.name)


def hostile_name(length: int) -> str:
    """A company name of `length` characters of markup and replacement patterns, with a run
    of letters no line can break."""
    name = (
        "<img src=x id=pwn onerror=\"document.body.dataset.pwned='yes'\"> $' $& $` &amp; "
        "<script>document.body.dataset.pwned='yes'</script> "
    )
    return name + "W" * (length - len(name))


async def test_a_long_html_company_name_is_shown_as_text_within_its_card(
    relance: Relance, tmp_path: Path, database_url: str
) -> None:
    """A company name of 4,000 characters of markup (the chat bounds it at 200, and so does
    PostgreSQL's column; SQLite does not): shown as typed, never as markup, clamped on its
    card, whole in the opened card and its delete question."""
    needs_chromium()
    length = Application.__table__.c.company.type.length
    hostile = hostile_name(4000 if database_url.startswith("sqlite") else length)
    alice = await onboarded(relance)
    await add_applied(alice, "Acme")
    acme = await application(relance, alice.id, "Acme")
    async with relance.services().session() as session, session.begin():
        await session.execute(
            update(Application)
            .where(Application.id == acme.id)
            .values(company=hostile, recruiter_contact="recruteuse." + "r" * 150 + "@example.org")
        )
    base = board_url(relance)
    shots = tmp_path / "screenshots"
    shots.mkdir()
    backend = database_url.split(":", 1)[0].split("+", 1)[0]
    card = f'.card[data-id="{acme.id}"]'
    async with chromium(tmp_path / "profile") as browser:
        page = await browser.new_page()
        try:
            await page.viewport(*PHONE, mobile=True)
            await page.goto(launch_url(base, init_data_for(relance, alice)))
            await page.wait_for(f"!!document.querySelector('{card_in('applied', acme.id)}')")
            shown = await page.evaluate(f"document.querySelector('{card} .company').textContent")
            assert shown == hostile
            assert await page.evaluate("document.getElementById('pwn')") is None
            assert await page.evaluate("document.querySelectorAll('script').length") == 1
            # Clamped on its card: no taller than a phone's screen, no wider than its column.
            size = await page.evaluate(
                f"(() => {{ const c = document.querySelector('{card}'); "
                "return [c.getBoundingClientRect().height, c.scrollWidth - c.clientWidth]; })()"
            )
            assert size[0] < PHONE[1] / 3 and size[1] <= 0, size
            # Held by its handle, the card's ghost fits the screen too.
            x, y = await page.center(f"{card} .handle")
            await page.touch("touchStart", x, y)
            await page.touch("touchMove", x - 5, y + 5)
            ghost = await page.evaluate(
                "(() => { const r = document.getElementById('ghost').getBoundingClientRect(); "
                "return [r.width, r.height]; })()"
            )
            await page.touch("touchEnd", x - 5, y + 5)
            assert ghost[0] <= PHONE[0] and ghost[1] < PHONE[1] / 3, ghost
            await page.screenshot(shots / f"long-name-{backend}.png")

            # Opened: the name whole, as text; its delete question quotes it as it is ($' and
            # $& are no replacement patterns here).
            await page.tap(f"{card} .company")
            await page.wait_for("!document.getElementById('detail').hidden")
            assert await page.evaluate("document.getElementById('d-company').textContent") == (
                hostile
            )
            await page.tap('#d-actions button[data-action="delete"]')
            await page.wait_for("!document.getElementById('d-confirm-box').hidden")
            question = await page.evaluate("document.getElementById('d-confirm-text').textContent")
            assert question == (
                f"Supprimer définitivement la candidature chez {hostile} et ses rappels ?"
            )
            # Nothing in the opened card runs wider than the screen: the name, the question
            # quoting it, the recruiter's address all wrap.
            overflow = await page.evaluate(
                "(() => { const s = document.querySelector('#detail .sheet'); "
                "return s.scrollWidth - s.clientWidth; })()"
            )
            assert overflow <= 0, overflow
            assert await page.evaluate("document.getElementById('pwn')") is None
            assert await page.evaluate("document.body.dataset.pwned") is None
            assert (await application(relance, alice.id, hostile)).archived is False
        except BaseException:
            print(f"screenshots in {shots}")
            with contextlib.suppress(Exception):
                await page.screenshot(shots / f"failed-{backend}.png")
            raise


async def test_a_board_that_cannot_load_says_so_and_shows_nothing(
    relance: Relance, tmp_path: Path
) -> None:
    """The database away when the board opens: the page says so in a sentence, in the user's
    language, rather than waiting on its dots; opened again once it is back, the board shows."""
    needs_chromium()
    alice = await onboarded(relance)
    await add_applied(alice, "Acme")
    engine = relance.services().engine
    assert engine is not None

    def database_away(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO USERS"):
            raise OperationalError(statement, None, ConnectionError("the database went away"))

    base = board_url(relance)
    async with chromium(tmp_path / "profile") as browser:
        page = await browser.new_page()
        await page.viewport(*PHONE, mobile=True)
        event.listen(engine.sync_engine, "before_cursor_execute", database_away)
        try:
            await page.goto(launch_url(base, init_data_for(relance, alice)))
            await page.wait_for("document.body.dataset.state === 'failed'")
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", database_away)
        message = await page.evaluate("document.getElementById('fatal').textContent")
        assert message == "Cela n'a pas marché. Réessayez dans un instant."
        assert await page.evaluate("document.getElementById('loading').hidden") is True
        assert await page.evaluate("document.querySelectorAll('.card').length") == 0
        await page.goto("about:blank")
        await page.goto(launch_url(base, init_data_for(relance, alice)))
        await page.wait_for("document.body.dataset.state === 'ready'")
        assert await page.evaluate("document.getElementById('fatal').hidden") is True
        assert await page.evaluate("document.querySelectorAll('.card').length") == 1
