"""The console front end, driven as a newcomer would: lines typed on stdin, text read on stdout.

One test runs `python -m bot --console` as a real process (no Telegram token); the others drive
`bot.console.loop.run` in this process, on a fixed clock, to check how a typed line is understood.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest

from bot.console.loop import parse_wait, plain_text, run
from bot.settings import Settings
from flows.catalog import t
from testkit.process import run_module

MONDAY = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)  # 10:30 in Paris


def between(output: str, first: str, last: str | None = None) -> str:
    """What the console printed after the line `> first` (up to the line `> last`)."""
    rest = output.split(f"> {first}\n", 1)[1]
    return rest.split(f"> {last}\n", 1)[0] if last is not None else rest


def test_a_whole_after_interview_dialog_then_wait_shows_the_nudge(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "DEFAULT_LANGUAGE"}
    }
    env |= {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'c.db'}",
        "PYTHONIOENCODING": "utf-8",
    }
    typed = [
        "/start",
        "1",  # France
        "/new",
        "Acme & Fils",
        "Data analyst",
        "Passer",  # recruiter
        "Passer",  # contact
        "3",  # Entretien passé, j'attends
        "Hier",
        "Grand groupe",
        "Urgent",  # 48 h after the interview: due within the next five days, whatever today is
        "Non",
        "la migration vers le cloud",
        "/wait 5d",
    ]  # then the end of input
    done = run_module("bot", "--console", cwd=tmp_path, stdin="\n".join(typed) + "\n", env=env)
    output = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/wait 3d" in output.splitlines()[0]  # the hint: how to answer, /help, /wait, /quit
    assert "Dans quel pays cherchez-vous ?" in output
    assert "1) France   2) Belgique" in output
    assert between(output, "1", "/new").startswith("→ France\n")
    assert "Pour quel poste chez Acme & Fils ?" in output
    assert between(output, "3", "Hier").startswith("→ ⏳ Entretien passé, j'attends\n")
    assert "Candidature chez Acme & Fils enregistrée." in output
    result = between(output, "la migration vers le cloud", "/wait 5d")
    assert "Je vous le rappellerai le" in result
    assert "🔔" not in result  # not due yet
    nudge = between(output, "/wait 5d")
    assert "🔔 Acme & Fils · Data analyst" in nudge
    assert "Aujourd'hui : relancez par e-mail." in nudge
    assert "\n    Objet : Notre entretien du " in nudge  # the draft, indented
    assert "la migration vers le cloud" in nudge
    assert "1) ✅ C'est envoyé   2) ⏰ Plus tard" in nudge
    assert "3) 💬 Ils ont répondu   4) 🛑 Stop" in nudge
    assert "⏩ Il est maintenant" in nudge
    assert output.rstrip().endswith("À bientôt !")


async def test_numbers_labels_and_free_text(database_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=database_url, default_language="fr", telegram_bot_token=None)
    typed = [
        "/start",
        "7",  # there are six countries
        "fr",  # the only label that begins so
        "/new",
        "Nouvelle",  # a question without choices: words answer it, even a menu label's start
        "Data analyst",
        "passer",  # a label, in any case
        "1",  # Passer
        "j'",  # two labels begin so: free text, which the question does not take
        "ent",  # Entretien passé, j'attends
        "2",  # Hier
        "Grand groupe",
        "pas urg",
        "Non",
        "la migration vers le cloud",
        "1",  # a button of the question just answered by typing: closed
        "/wait 2d",
        "/wait 1d",
        "c'est",  # ✅ C'est envoyé
        "/quit",
        "/help",
    ]
    out = io.StringIO()
    status = await run(settings, typed, out, start=MONDAY)
    output = out.getvalue()
    assert status == 0
    assert between(output, "7", "fr").strip() == t("fr", "console.pick_range", count=6)
    assert between(output, "fr", "/new").startswith("→ France\n")
    assert "Pour quel poste chez Nouvelle ?" in between(output, "Nouvelle", "Data analyst")
    assert between(output, "passer", "1").startswith("→ Passer\n")
    assert between(output, "1", "j'").startswith("→ Passer\n")
    assert "→" not in between(output, "j'", "ent")
    assert between(output, "ent", "2").startswith("→ ⏳ Entretien passé, j'attends\n")
    assert between(output, "2", "Grand groupe").startswith("→ Hier\n")
    assert between(output, "pas urg", "Non").startswith("→ Pas urgent\n")
    assert "Relancez le jeudi 26 novembre à 09:00." in output
    stale = between(output, "la migration vers le cloud", "/wait 2d").split("> 1\n", 1)[1]
    assert stale.strip() == f"({t('fr', 'fallback.stale_button')})"
    early = between(output, "/wait 2d", "/wait 1d")
    assert "🔔" not in early
    assert "⏩ Il est maintenant mercredi 25 novembre à 10:30." in early
    due = between(output, "/wait 1d", "c'est")
    assert due.index("[jeudi 26 novembre à 09:00]") < due.index("🔔 Nouvelle · Data analyst")
    assert "⏩ Il est maintenant jeudi 26 novembre à 10:30." in due
    assert "C'est noté pour Nouvelle." in between(output, "c'est", "/quit")
    assert "> /help" not in output
    assert output.rstrip().endswith("À bientôt !")


async def test_english_by_default_and_end_of_input(database_url: str) -> None:
    settings = Settings(database_url=database_url, default_language="en", telegram_bot_token=None)
    out = io.StringIO()
    assert await run(settings, ["hello", "/wait soon", "/wait 2h"], out, start=MONDAY) == 0
    output = out.getvalue()
    assert "Which country are you job hunting in?" in between(output, "hello", "/wait soon")
    assert between(output, "/wait soon", "/wait 2h").strip() == plain_text(
        t("en", "console.wait_usage")
    )
    assert "⏩ It is now Monday 23 November at 12:30." in output


def test_html_becomes_terminal_text() -> None:
    html_text = (
        "<b>Acme &amp; Fils</b> &lt;SA&gt;\nVotre message :\n<pre>Objet : x\n\nBonjour,</pre>"
    )
    assert (
        plain_text(html_text) == "Acme & Fils <SA>\nVotre message :\n    Objet : x\n\n    Bonjour,"
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3d", dt.timedelta(days=3)),
        ("2h", dt.timedelta(hours=2)),
        ("1w", dt.timedelta(weeks=1)),
        ("30m", dt.timedelta(minutes=30)),
        ("1d 12h", dt.timedelta(days=1, hours=12)),
        ("", None),
        ("3", None),
        ("0d", None),
        ("soon", None),
    ],
)
def test_wait_durations(typed: str, expected: dt.timedelta | None) -> None:
    assert parse_wait(typed) == expected


async def test_paste_reads_lines_until_a_single_dot(database_url: str) -> None:
    settings = Settings(database_url=database_url, default_language="fr", telegram_bot_token=None)
    typed = [
        "/start",
        "fr",
        "/paste",
        "Bonjour,",
        "",
        "Nous recherchons quelqu'un de plus jeune pour ce poste.",
        # A long message: the console's is whole (Telegram cuts messages, not the console).
        *[f"Notre société, fondée en {1990 + n}, compte {n} bureaux en Europe." for n in range(80)],
        "Cordialement,",
        "Bastien Leroux",
        "Fondateur, Kiwee",
        ".",
        "1",
    ]
    out = io.StringIO()
    assert await run(settings, typed, out, start=MONDAY) == 0
    output = out.getvalue()
    shown = between(output, ".", "1")
    assert "Un motif que la loi interdit : l'âge." in shown
    assert "« nous recherchons quelqu'un de plus jeune pour ce poste »" in shown.lower()
    assert "Défenseur des droits" in output.split("> 1\n")[-1]
