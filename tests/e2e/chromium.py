"""A headless Chromium driven over the Chrome DevTools Protocol, for the board's browser test.

Debian's `chromium` is started with a fresh profile and `--remote-debugging-port=0`; the port it
picked is read from the profile's `DevToolsActivePort`, and the page is driven over a WebSocket
(aiohttp's client): no WebDriver, nothing downloaded. Touch is emulated with
`Emulation.setTouchEmulationEnabled` and `Input.dispatchTouchEvent`, which the page receives as
pointer events of type "touch", as on a phone.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Only stops a broken test from hanging; no test asserts a timing.
HANG_GUARD_S = 30.0
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
]


def chromium_path() -> str | None:
    """The Chromium to use, if this machine has one."""
    if os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    return shutil.which("chromium")


class CdpError(Exception):
    pass


class Session:
    """One DevTools WebSocket: commands by id, their answers matched back."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            if message.type is not aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            future = self._waiting.pop(data.get("id", -1), None)
            if future is None or future.done():
                continue
            if "error" in data:
                future.set_exception(CdpError(str(data["error"])))
            else:
                future.set_result(data.get("result", {}))
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(CdpError("DevTools connection closed"))

    async def send(self, method: str, **params: Any) -> Any:
        command_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[command_id] = future
        await self.ws.send_str(json.dumps({"id": command_id, "method": method, "params": params}))
        return await asyncio.wait_for(future, HANG_GUARD_S)

    async def close(self) -> None:
        await self.ws.close()
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._reader


class Page:
    """A tab: navigate, run JavaScript, touch, take screenshots."""

    def __init__(self, session: Session) -> None:
        self.session = session

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (awaited if it is a promise)."""
        result = await self.session.send(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise CdpError(json.dumps(result["exceptionDetails"])[:2000])
        return result["result"].get("value")

    async def wait_for(self, expression: str) -> Any:
        """Wait until the expression is truthy; its value."""

        # While a page loads, what the expression reads may not exist yet.
        guarded = f"(() => {{ try {{ return ({expression}); }} catch (e) {{ return null; }} }})()"

        async def poll() -> Any:
            # The page changes on its own (requests, rendering): it is read until it is so.
            while True:
                value = await self.evaluate(guarded)
                if value:
                    return value
                await asyncio.sleep(0.05)

        return await asyncio.wait_for(poll(), HANG_GUARD_S)

    async def goto(self, url: str) -> None:
        await self.session.send("Page.navigate", url=url)

    async def viewport(self, width: int, height: int, *, mobile: bool) -> None:
        await self.session.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=2 if mobile else 1,
            mobile=mobile,
        )
        await self.session.send(
            "Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=5
        )

    async def center(self, selector: str) -> tuple[float, float]:
        box = await self.evaluate(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        return float(box[0]), float(box[1])

    async def touch(self, kind: str, x: float, y: float) -> None:
        points = [] if kind == "touchEnd" else [{"x": x, "y": y, "id": 1}]
        await self.session.send("Input.dispatchTouchEvent", type=kind, touchPoints=points)

    async def tap(self, selector: str) -> None:
        """A finger's tap on the element, scrolled into view first, as a user would."""
        await self.evaluate(
            f"document.querySelector({json.dumps(selector)})"
            ".scrollIntoView({block: 'center', behavior: 'instant'})"
        )
        x, y = await self.center(selector)
        await self.touch("touchStart", x, y)
        await self.touch("touchEnd", x, y)

    async def screenshot(self, path: Path) -> None:
        shot = await self.session.send("Page.captureScreenshot", format="png")
        await asyncio.to_thread(_write, path, base64.b64decode(shot["data"]))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


class Chromium:
    """A headless Chromium process and its DevTools endpoint."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.executable = executable
        self.profile = profile
        self.process: asyncio.subprocess.Process | None = None
        self.port: int | None = None
        self.http: aiohttp.ClientSession | None = None
        self.browser: Session | None = None
        self.pages: list[Session] = []

    async def start(self) -> None:
        self.profile.mkdir(parents=True, exist_ok=True)
        self.process = await asyncio.create_subprocess_exec(
            self.executable,
            *FLAGS,
            f"--user-data-dir={self.profile}",
            "about:blank",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        active = self.profile / "DevToolsActivePort"

        async def endpoint() -> list[str]:
            while True:
                if self.process is not None and self.process.returncode is not None:
                    raise CdpError(f"chromium exited with {self.process.returncode}")
                lines = active.read_text().split("\n") if active.exists() else []
                if len(lines) >= 2 and lines[0].strip() and lines[1].strip():
                    return lines
                await asyncio.sleep(0.05)

        port, browser_path = await asyncio.wait_for(endpoint(), HANG_GUARD_S)
        self.port = int(port)
        self.http = aiohttp.ClientSession()
        ws = await self.http.ws_connect(
            f"ws://127.0.0.1:{self.port}{browser_path.strip()}", max_msg_size=0
        )
        self.browser = Session(ws)

    async def new_page(self) -> Page:
        assert self.browser is not None and self.http is not None
        target = await self.browser.send("Target.createTarget", url="about:blank")
        ws = await self.http.ws_connect(
            f"ws://127.0.0.1:{self.port}/devtools/page/{target['targetId']}", max_msg_size=0
        )
        session = Session(ws)
        self.pages.append(session)
        await session.send("Page.enable")
        await session.send("Runtime.enable")
        # A headless tab is not always the focused one; the clipboard wants a focused page.
        await session.send("Page.bringToFront")
        await session.send("Emulation.setFocusEmulationEnabled", enabled=True)
        return Page(session)

    async def grant_clipboard(self, origin: str) -> None:
        assert self.browser is not None
        await self.browser.send(
            "Browser.grantPermissions",
            origin=origin,
            permissions=["clipboardReadWrite", "clipboardSanitizedWrite"],
        )

    async def stop(self) -> None:
        for session in self.pages:
            await session.close()
        if self.browser is not None:
            with contextlib.suppress(Exception):
                await self.browser.send("Browser.close")
            await self.browser.close()
        if self.http is not None:
            await self.http.close()
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
            await self.process.wait()


@contextlib.asynccontextmanager
async def chromium(profile: Path) -> AsyncIterator[Chromium]:
    executable = chromium_path()
    if executable is None:
        raise CdpError("no chromium on this machine (apt-get install chromium)")
    browser = Chromium(executable, profile)
    try:
        await browser.start()
        yield browser
    finally:
        await browser.stop()
