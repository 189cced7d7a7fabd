"""The python-telegram-bot adapter, and the only place that calls Telegram.

`app` builds the `Application` (handlers, jobs, the menu), `handlers` turns each update into a
turn of the coach, `outbox` sends what the turn produced (and remembers edits), `pacing` paces
every Bot API call per chat and retries a 429, `updates` keeps each user's updates in order,
`transport` is the aiohttp HTTP client, `webhook` the webhook server, `runner` starts and stops
it all.
"""
