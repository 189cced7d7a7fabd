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
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import pytest

from flows.domain import NudgeState, Stage
from tests.e2e import conftest as harness
from tests.e2e.boardkit import (
    add_applied,
    add_scheduled,
    application,
    board_url,
    init_data_for,
    nudges_of,
    onboarded,
    running_board,
)
from tests.e2e.chromium import Page, chromium, chromium_path
from tests.e2e.conftest import Relance
from tests.fakebot import FakeBotAPI

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


@pytest.fixture
async def relance(
    fake: FakeBotAPI, database_url: str, clock: harness.TestClock
) -> AsyncIterator[Relance]:
    async for running in running_board(fake, database_url, clock):
        yield running


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
