"""The use cases, transport-free: every front end (Telegram, the console, the board) runs them.

A use case takes a `Turn` (`turn.py`: one update, one transaction, its user and clock) and says
what to answer in `turn.outbox`; the adapter sends it once the turn is committed.

- `commands`: each command, typed text, anything else; `buttons`: a table from a button's type
  to what pressing it does.
- `dialogs`: open a dialog, ask again; `answers`: an answer given to the open dialog, its step
  stored; `outcomes`: what a step asks for (typed, `flows.outcomes`), one handler per type.
- `cards`: the pipeline (list, card, offers, stale applications); `reminders`: a reminder's
  buttons and /agenda; `planning`: from an application to the policy's plan and its reminders.
- `paste` and `handover`: a recruiter's message in the chat, then the usual coaching from it.
- `export`, `stats`, `retention`.
"""
