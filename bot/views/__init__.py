"""What the user sees: text and buttons made from what the coach decided. Views never call the
coach or Telegram.

- `callbacks`: every button's data, one frozen dataclass per kind with `pack()`/`unpack()`.
- `render`: `Outgoing` (a message to send or edit), keyboards, fitting Telegram's limits.
- `cards`, `agenda`, `nudge`, `plan`: the messages of the pipeline, /agenda, the reminders and a
  dialog's plan.
"""
