"""The console's input: the lines typed on stdin, or any iterable of lines (the tests')."""

from __future__ import annotations

import asyncio
import queue
import sys
import threading
from collections.abc import AsyncIterator, Iterable


async def each_line(lines: AsyncIterator[str] | Iterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterator):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def typed_lines(prompt: bool) -> AsyncIterator[str]:
    """The lines typed on stdin until end of input, each read when the previous one is done.

    A daemon thread reads them, so that Ctrl-C never waits for a line that will not come."""
    loop = asyncio.get_running_loop()
    wanted: queue.SimpleQueue[None] = queue.SimpleQueue()
    typed: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        line: str | None = ""
        while line is not None:
            wanted.get()
            try:
                line = input("> ") if prompt else (sys.stdin.readline() or None)
            except EOFError:
                line = None
            loop.call_soon_threadsafe(typed.put_nowait, line)

    threading.Thread(target=read, name="console-stdin", daemon=True).start()
    while True:
        wanted.put(None)
        if (line := await typed.get()) is None:
            return
        yield line
