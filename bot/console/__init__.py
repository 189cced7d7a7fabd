"""The terminal adapter (`python -m bot --console`): the same coach, printed.

`loop` reads a line and runs it as a turn, `screen` prints messages and numbers their buttons,
`stdin` reads what is typed.
"""
