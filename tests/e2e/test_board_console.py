"""The console's /board: the board served on this machine, its address signed for the console's
user, and what a change on it would say in the chat printed in the terminal."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import aiohttp

from bot.console.loop import run
from bot.settings import Settings

MONDAY = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
ADD_ACME = ["/start", "France", "/new", "Acme", "Data analyst", "Passer", "Passer"]
ADD_ACME += ["J'ai postulé", "Aujourd'hui"]


async def test_board_prints_a_local_url_signed_for_the_console_user(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'c.db'}",
        default_language="fr",
    )
    out = io.StringIO()
    seen: dict[str, Any] = {}

    async def lines() -> AsyncIterator[str]:
        for line in [*ADD_ACME, "/board"]:
            yield line
        found = re.search(r"(http://127\.0\.0\.1:\d+/app)#tgWebAppData=(\S+)", out.getvalue())
        assert found is not None, out.getvalue()
        base, init_data = found.group(1), unquote(found.group(2))
        headers = {"Authorization": f"tma {init_data}"}
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/api/board", headers=headers) as response:
                seen["board"] = (response.status, await response.json())
            card = seen["board"][1]["cards"][0]
            body = {"action": "note", "version": card["version"], "text": "depuis le tableau"}
            url = f"{base}/api/applications/{card['id']}/action"
            async with http.post(url, json=body, headers=headers) as response:
                seen["note"] = response.status
            forged = {"Authorization": f"tma {init_data.replace('hash=', 'hash=0')}"}
            async with http.get(f"{base}/api/board", headers=forged) as response:
                seen["forged"] = response.status
        yield "/quit"

    assert await run(settings, lines(), out, start=MONDAY) == 0
    status, board = seen["board"]
    assert status == 200
    assert [(c["company"], c["stage"]) for c in board["cards"]] == [("Acme", "applied")]
    assert seen["note"] == 200 and seen["forged"] == 401
    printed = out.getvalue()
    assert "Le tableau, dans votre navigateur" in printed
    assert "Note ajoutée." in printed.split("> /board", 1)[1]
