"""What each command and typed text does, on a `Turn`: the same for Telegram and for the
console (buttons: `bot.coach.buttons`). The caller opens the Turn (one transaction), calls one
of these, commits, and renders `turn.outbox` its own way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from bot.coach.answers import answer_dialog
from bot.coach.cards import ensure_stale_review, list_message, user_applications
from bot.coach.dialogs import SETUP_THEN, ask_again, greet, load_snapshot, open_dialog
from bot.coach.export import export_files
from bot.coach.paste import (
    Piece,
    hold_part,
    is_full_part,
    looks_pasted,
    read_held,
    receive,
    start_paste,
)
from bot.coach.reminders import show_agenda
from bot.coach.turn import Turn
from bot.views.render import Outgoing
from flows import dialog, registry
from flows.catalog import Text
from flows.dialog import Answer
from storage.models import Conversation
from storage.repositories import ConversationRepo

Command = Callable[[Turn, str], Awaitable[None]]


async def start(turn: Turn, first_name: str) -> None:
    """Greets the user; at first use, asks where they are job hunting."""
    if not turn.user.onboarded:
        lead = (Text("start.welcome", {"name": first_name}), Text("start.pitch"))
        setup = await _open_setup(turn)
        if setup is not None:
            await ask_again(turn, setup, *lead)  # /start again: the same question
        else:
            await open_dialog(turn, "setup", *lead)
    else:
        greet(turn, first_name)


async def _open_setup(turn: Turn) -> Conversation | None:
    """The first-use setup, if it is the open dialog."""
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    return conversation if conversation is not None and conversation.flow == "setup" else None


async def _setup_first(turn: Turn, then: str) -> None:
    """A command that needs the first settings, sent before they are done: setup asks its
    question, and carries on into `then` once answered (instead of the start menu)."""
    setup = await _open_setup(turn)
    if setup is not None:
        setup.answers = {**setup.answers, SETUP_THEN: then}
        await ask_again(turn, setup, Text("fallback.setup_first"))
    else:
        await open_dialog(turn, "setup", Text("fallback.setup_first"), answers={SETUP_THEN: then})


async def help_(turn: Turn, _name: str) -> None:
    """Lists the commands that exist."""
    turn.say(Text("help.text"))


async def new(turn: Turn, _name: str) -> None:
    """Starts a new application (after the first-use setup)."""
    if not turn.user.onboarded:
        await _setup_first(turn, "new")
    else:
        await open_dialog(turn, "new")


async def settings(turn: Turn, _name: str) -> None:
    """Opens the settings menu."""
    await open_dialog(turn, "settings")


async def forget(turn: Turn, _name: str) -> None:
    """Asks for confirmation before erasing everything."""
    await open_dialog(turn, "forget")


async def agenda(turn: Turn, _name: str) -> None:
    """Lists the upcoming nudges, each with move and cancel buttons."""
    await show_agenda(turn)


async def list_(turn: Turn, _name: str) -> None:
    """Lists the applications by stage, ten a page, each opening its card."""
    turn.outbox.append(await list_message(turn))
    await ensure_stale_review(turn)


async def export(turn: Turn, _name: str) -> None:
    """Sends all the user's data as JSON, CSV and an .ics calendar."""
    caption = turn.text(Text("export.caption"))
    for index, (name, content) in enumerate(await export_files(turn)):
        turn.outbox.append(Outgoing(caption if index == 0 else "", document=(name, content)))


async def stats(turn: Turn, _name: str) -> None:
    """Sends the pipeline's figures and a chart of it."""
    # matplotlib weighs tens of megabytes: loaded on the first /stats, not at start.
    from bot.coach.stats import compute, stats_chart, stats_text

    apps = await user_applications(turn.session, turn.user.id)
    if not apps:
        turn.say(Text("stats.empty"))
        return
    figures = compute(apps)
    chart = stats_chart(turn.lang, figures)
    turn.outbox.append(Outgoing(stats_text(turn, figures)[:1024], photo=chart))


async def privacy(turn: Turn, _name: str) -> None:
    """Says what Relance keeps, why, for how long, and how to export or erase it."""
    turn.say(Text("privacy.text"))


async def paste_command(turn: Turn, _name: str) -> None:
    """Waits for a recruiter's message to read (the text may also follow the command)."""
    if not turn.user.onboarded:
        await open_dialog(turn, "setup", Text("fallback.setup_first"))
    else:
        await open_dialog(turn, "paste_text")


async def paste(
    turn: Turn,
    text: str,
    sender: str | None = None,
    sent_at: dt.datetime | None = None,
    origin: str | None = None,
    *,
    whole: bool = False,
) -> None:
    """A recruiter's message, pasted or forwarded: read it and show what was understood (a
    part of a longer one is held until the rest has come, `bot.coach.paste`; not a `whole` text, as
    the console's, which Telegram never cut)."""
    text = text.replace("\x00", "")
    piece = Piece(text, sender, sent_at, origin)
    if await receive(turn, piece):
        return
    if not turn.user.onboarded:
        await open_dialog(turn, "setup", Text("fallback.setup_first"))
    elif is_full_part(text) and not whole:
        await hold_part(turn, piece)
    else:
        await start_paste(turn, text, sender=sender, sent_at=sent_at)


async def cancel(turn: Turn, _name: str) -> None:
    """Leaves the open dialog, if any."""
    closed = await ConversationRepo(turn.session).close(turn.user.id)
    turn.say(Text("cancel.done" if closed else "cancel.nothing"))


COMMANDS: dict[str, Command] = {
    "start": start,
    "help": help_,
    "new": new,
    "list": list_,
    "agenda": agenda,
    "stats": stats,
    "export": export,
    "settings": settings,
    "privacy": privacy,
    "cancel": cancel,
    "forget": forget,
    "paste": paste_command,
}


async def command(turn: Turn, name: str, first_name: str = "", rest: str = "") -> None:
    """Run the command `name` (without its slash), or say it does not exist. `/paste` may carry
    the message after it."""
    if name == "paste" and rest.strip():
        await paste(turn, rest)
        return
    if name != "cancel":
        # A long message's parts still held are read first (/cancel drops them, as it says).
        await read_held(turn)
    action = COMMANDS.get(name)
    if action is None:
        turn.say(Text("fallback.unknown_command"))
        return
    await action(turn, first_name)


async def text(turn: Turn, typed: str) -> None:
    """Typed text: the answer to the open question, or a word that nothing is asked."""
    typed = typed.replace("\x00", "")  # PostgreSQL refuses NUL in text
    if await receive(turn, Piece(typed)):
        return  # the next part of a long message
    conversation = await ConversationRepo(turn.session).get(turn.user.id, for_update=True)
    if conversation is not None:
        if conversation.flow == "paste_text" and is_full_part(typed):
            # The awaited message, in parts: held until the rest has come.
            await hold_part(turn, Piece(typed), draft=conversation.answers.get("draft") or {})
            return
        if looks_pasted(typed) and conversation.flow != "paste_text":
            # A pasted message where a button is expected is not an answer: read it.
            await load_snapshot(turn, conversation.application_id)
            flow = registry.FLOWS[conversation.flow]
            asked = dialog.current_question(
                flow, conversation.state, conversation.answers, turn.context
            )
            if not asked.free_text:
                await paste(turn, typed)
                return
        await answer_dialog(turn, conversation, Answer.text(typed))
    elif not turn.user.onboarded:
        await open_dialog(turn, "setup", Text("fallback.setup_first"))
    elif looks_pasted(typed):
        await paste(turn, typed)
    else:
        turn.say(Text("fallback.free_text"))


async def other(turn: Turn) -> None:
    """A sticker, a photo or anything else: nothing is expected of it."""
    await read_held(turn)
    conversation = await ConversationRepo(turn.session).get(turn.user.id)
    if conversation is not None:
        await ask_again(turn, conversation, Text("dialog.choose_button"))
    else:
        turn.say(Text("fallback.free_text"))
