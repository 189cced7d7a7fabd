"""The reminder engine: due reminders claimed from the database, sent, recorded, retried.

`engine` claims with a lease and sends within Telegram's limits, `messages` writes what a
reminder message says, `records` writes each send's outcome.
"""
