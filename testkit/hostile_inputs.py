"""What the hostile-input fuzzer types and presses: odd Unicode, HTML and markdown fragments,
dates, commands, recruiter's messages, plausible answers to each question and forged button data,
as hypothesis strategies and the lists they draw from."""

from __future__ import annotations

from hypothesis import strategies as st

# ---------------------------------------------------------------------------------- inputs

RTL_AND_INVISIBLE = [
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte order mark
    "\u00a0",  # no-break space
    "\u0301",  # combining acute accent, alone
]
EMOJI = ["👩‍💻", "🇫🇷", "🏳️‍🌈", "😀", "🧑🏽‍🚀", "❤️", "🔥" * 3, "𝕬𝖈𝖒𝖊", "ﷺ", "עברית", "العربية"]
HTML = [
    "<b>gras",
    "</b>",
    "<i>",
    "<a href='javascript:alert(1)'>x</a>",
    "<script>alert(1)</script>",
    "<pre>",
    "</pre>",
    "<tg-spoiler>",
    "<span class='x'>",
    "&",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "<<>>",
    "<",
    ">",
    '"',
    "'",
    "<b><i></b></i>",
]
MARKDOWN = [
    "*gras*",
    "_italique_",
    "__souligné__",
    "~barré~",
    "||spoiler||",
    "`code`",
    "```pre```",
    "[lien](http://example.com)",
    "\\",
    "*",
    "_",
    "[",
    "](",
    "```",
]
DATES = [
    "31/02",
    "hier soir",
    "in 300 years",
    "dans 300 ans",
    "il y a 300 ans",
    "300 years ago",
    "hier",
    "avant-hier à 14h",
    "lundi dernier",
    "yesterday at 2pm",
    "20/11",
    "20/11/2026",
    "29/02",
    "29/02/2028",
    "jeudi 14h",
    "demain 10h",
    "next monday 9am",
    "le 31",
    "1/1/1",
    "9999-12-31",
    "01/01/0001",
    "12/13",
    "00/00",
    "24:00",
    "23h59",
    "tomorrow 25pm",
    "in 1000000000 days",
    "0",
    "-1",
    "2026-11-20T10:00:00+14:00",
    "12 décembre 15h",
    "December 12th 3pm",
    "lundi 99h",
    "ce matin 8h",
]
WORDS = ["Acme", "Globex & Fils <SA>", "Data analyst", "Jane Doe", "jane@globex.example", "Paris"]
LONG_TEXTS = [
    "A" * 5000,
    "<" * 5000,
    "&" * 5000,
    "é" * 5000,
    "😀" * 2500,
    "\u200f" * 5000,
    ("<b>" + "x" * 40 + "</b> ") * 110,
    "A" * 201,
    "<" * 200,
    "&" * 1000,
    "a\n" * 2500,
]
BLANKS = ["", " ", "\n", "\t", "   \n  ", "\u200b", "\u3000"]
FRAGMENTS = RTL_AND_INVISIBLE + EMOJI + HTML + MARKDOWN + DATES + WORDS

# Control characters other than tab and newline do not reach a bot in a text message.
UNICODE = st.characters(
    exclude_categories=("Cs", "Cc"),
    include_characters="\n\t",
)
hostile_texts = st.one_of(
    st.text(UNICODE, max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map("".join),
    st.lists(st.sampled_from([*FRAGMENTS, " "]), min_size=1, max_size=3).map(
        lambda parts: "".join(parts) * 150
    ),
    st.sampled_from(LONG_TEXTS),
    st.sampled_from(BLANKS),
    st.sampled_from(DATES),
)

COMMAND_NAMES = [
    "start",
    "help",
    "new",
    "list",
    "agenda",
    "stats",
    "export",
    "settings",
    "privacy",
    "cancel",
    "forget",
    "paste",
]
commands = st.one_of(
    st.sampled_from([f"/{name}" for name in COMMAND_NAMES]),
    st.sampled_from(
        [
            "/foo",
            "/START",
            "/New",
            "/start@RelanceBot",
            "/list@some_other_bot",
            "/agenda now",
            "/start <b>payload</b>",
            "/export " + "x" * 4000,
            "/new\u200f",
            "/",
            "//",
            "/ｓｔａｒｔ",  # full-width: no command entity, plain text
            "/cancel /forget",
            "/" + "a" * 64,
        ]
    ),
    st.from_regex(r"/[A-Za-z0-9_]{1,32}", fullmatch=True),
    st.tuples(st.sampled_from(COMMAND_NAMES), hostile_texts).map(lambda t: f"/{t[0]} {t[1]}"),
)

# Plausible answers to each open question, so that the fuzzer goes deep into the dialogs.
PLACES = [
    "Europe/Paris",
    "europe/paris",
    "America/Argentina/Buenos_Aires",
    "Mars/Olympus",
    "Etc/GMT-14",
    "Pacific/Kiritimati",
    "Factory",
    "UTC",
    "America/New_York",
]
COUNTRIES = ["FR", "us", "CA-QC", "ca_qc", "XX", "US-ZZ", "🇫🇷", "fr-"]
HOURS = ["9", "9h", "08:30", "17h", "25:00", "7h59", "midi", "17:30", "-1", "٩", "07.00"]
NOTES = ["la migration vers le cloud", "<b>notes</b> & co", "N" * 1000, "<" * 1000, "&" * 999]
NAMES = ["Acme", "Globex & Fils <SA>", "𝕬𝖈𝖒𝖊 \u202eevil", "A" * 200, "<" * 200, "&" * 200]
# Recruiter's messages, to paste (the paste dialog and the coaching it hands over to).
RECRUITER_MESSAGES = [
    "Bonjour,\nAprès réflexion, nous ne donnerons pas suite. Un poste équivalent devrait "
    "s'ouvrir dans environ trois mois.\nCordialement,\nSophie Durand\nAcme & Fils <SA>",
    "Bonjour,\nNous souhaiterions vous rencontrer pour un entretien le jeudi 26 novembre à "
    "14h30.\nBien cordialement,\nMarc Petit\nGlobex",
    "Hello,\nUnfortunately we are looking for someone with more experience in Kubernetes, so we "
    "won't move forward.\nBest,\nAnna Weber\n<b>Hooli</b>",
    "Bonjour,\nNous reviendrons vers vous d'ici la fin de la semaine prochaine.\nBien à vous,\nLéa",
    "Bonjour,\nNous recherchons quelqu'un de plus jeune pour ce poste.\nCordialement\nKiwee",
    # The first part of a message Telegram cut at 4096 characters: held for the rest.
    ("Bonjour,\nNous ne donnerons pas suite à votre candidature, <b>hélas</b> & co.\n" * 60)[:4000],
]
PLAUSIBLE: dict[tuple[str, str], list[str]] = {
    ("paste_text", "text"): RECRUITER_MESSAGES,
    ("paste", "company"): NAMES,
    **{(flow, "timezone"): PLACES for flow in ("setup", "settings")},
    **{(flow, "country_code"): COUNTRIES for flow in ("setup", "settings")},
    ("settings", "nudge_hour"): HOURS,
    ("new", "company"): NAMES,
    ("new", "role"): ["Data analyst", "<b>CTO</b>", "R" * 200],
    ("new", "recruiter"): ["Jane Doe", "Ø", "&" * 200],
    ("new", "contact"): ["jane@globex.example", "+33 6 12 34 56 78", "javascript:alert(1)"],
    **{
        (flow, "when"): DATES
        for flow in ("applied", "scheduled", "good_news", "after_interview", "refusal")
    },
    ("after_interview", "announced_date"): DATES,
    ("after_interview", "notes"): NOTES,
    ("refusal", "skill"): ["l'anglais courant", "SQL & <Python>", "S" * 200],
    ("refusal", "proof"): NOTES,
    ("refusal", "months"): ["3", "0", "25", "6 mois", "٣", "12", "²", "1e3"],
    ("note", "text"): NOTES,
    ("edit", "value"): NAMES,
}

# The questions that take typed text only (no button but "back").
FREE_TEXT_ONLY = {
    ("new", "company"),
    ("scheduled", "when"),
    ("good_news", "when"),
    ("after_interview", "announced_date"),
    ("refusal", "skill"),
    ("refusal", "proof"),
    ("note", "text"),
    ("edit", "value"),
    ("paste_text", "text"),
    ("paste", "company"),
    ("setup", "timezone"),
    ("setup", "country_code"),
    ("settings", "timezone"),
    ("settings", "country_code"),
}
# How a user opens something when no question is open.
ENTRIES = [
    "/new",
    "/new",
    "/settings",
    "/list",
    "/list",
    "/agenda",
    "/start",
    "/forget",
    "/paste",
    *RECRUITER_MESSAGES,
]

CARD_ACTIONS = ["v", "i", "k", "r", "n", "e", "a", "x", "xy", "o", "w"]
NUDGE_ACTIONS = ["d", "l", "l1", "l3", "a", "ag", "ar", "s", "b", "k", "y", "n", "sc", "sk", "ek"]
AGENDA_ACTIONS = ["m", "c", "m1", "m3", "mw"]
BAD_IDS = ["0", "-1", "", "x", " 1", "01", "1.0", "2147483648", "9223372036854775808", "9" * 30]
garbage_data = st.one_of(
    st.text(UNICODE, min_size=1, max_size=64).filter(lambda s: 1 <= len(s.encode()) <= 64),
    st.binary(min_size=64, max_size=64).map(lambda b: b.decode("latin-1")[:21]),
    st.sampled_from(
        [
            "a:" + "9" * 62,
            "x" * 64,
            "m:",
            "m:forget",
            "m:export",
            "m:new:extra",
            "l:-",
            "l:",
            "l:-1",
            "l:" + "9" * 62,
            "a::",
            "a:0:",
            "a:1:_back",
            "n::d",
            "c::v",
            "g::c",
            ":::",
            "zz:1:d",
            "N:1:d",
            "c:1:V",
        ]
    ),
)
