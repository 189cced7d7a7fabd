"""The Mini App board: the pipeline as columns, opened from Telegram's menu button.

`auth` checks Telegram's init data, `board` runs the chat's use cases for the board's requests,
`server` serves the page (`static/`) and the JSON API.
"""
