"""What Relance remembers of the messages it edited: bounded, whatever the number of users,
and still enough to skip an edit that would change nothing."""

from __future__ import annotations

from bot.telegram.outbox import EDITS_KEY, EditMemory
from testkit.harness import Relance
from tests.e2e.test_dialogs import onboarded


def test_the_memory_keeps_the_last_messages_edited() -> None:
    memory = EditMemory(size=2)
    shown = EditMemory.digest("Taille ?", {"inline_keyboard": [[{"text": "PME"}]]})
    memory.remember(1, 10, shown)
    memory.remember(1, 11, EditMemory.digest("Urgence ?", None))
    assert memory.shows(1, 10, shown)
    assert not memory.shows(1, 10, EditMemory.digest("Taille ?", None))
    assert not memory.shows(2, 10, shown)  # another chat's message 10
    memory.remember(1, 10, shown)  # seen again: the most recent now
    memory.remember(2, 12, EditMemory.digest("Date ?", None))
    assert len(memory) == 2
    assert memory.shows(1, 10, shown) and not memory.edited(1, 11)


async def test_a_whole_dialog_keeps_nothing_per_chat_and_the_memory_bounded(
    relance: Relance,
) -> None:
    assert relance.application is not None
    relance.application.bot_data[EDITS_KEY] = EditMemory(size=3)
    alice = await onboarded(relance)
    await alice.send("/new")
    await alice.send("Acme")
    await alice.send("Data analyst")
    for label in ("Passer", "Passer", "Entretien passé", "Hier", "Grand groupe", "Pas urgent"):
        await alice.click(label)
    memory = relance.application.bot_data[EDITS_KEY]
    assert isinstance(memory, EditMemory) and len(memory) == 3
    # Each answered question shows the choice made: the last three are remembered as such.
    edited = [m for m in relance.fake.messages(alice.id) if m.edit_count]
    assert len(edited) >= 6
    assert all(memory.edited(alice.id, m.message_id) for m in edited[-3:])
    assert not any(relance.application.chat_data.get(alice.id, {}).values())
