"""Every text a user reads, in French and in English.

`t(lang, key, **params)` picks the text and fills its placeholders. The texts are HTML (the bot
sends them in HTML parse mode); every parameter is escaped unless wrapped in `Markup`, so user
input is shown as typed. Both catalogs hold the same keys and placeholders (a test checks it).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("fr", "en")


class Markup(str):
    """A parameter that is already HTML and must not be escaped again."""


@dataclass(frozen=True)
class Text:
    """A catalog key and its parameters: what to say, in whatever language.

    A parameter may itself be a `Text` (a country's name, a button's label), rendered first.
    """

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


FR: dict[str, str] = {
    # First use and greeting
    "start.welcome": "Bonjour {name} ! Je suis <b>Relance</b>, votre coach de relance de recruteurs.",
    "start.pitch": (
        "• Après un entretien sans nouvelles, je calcule le bon jour pour relancer.\n"
        "• Après un refus, je vous dis s'il faut relancer, quand et comment.\n"
        "• Le jour venu, je vous envoie un rappel avec un message prêt à envoyer."
    ),
    "start.next": "Par quoi commençons-nous ?",
    "setup.country": (
        "Dans quel pays cherchez-vous ? Cela fixe votre fuseau horaire et les jours fériés "
        "dont je tiens compte."
    ),
    "setup.timezone": (
        "Tapez votre fuseau horaire, par exemple <code>Europe/Paris</code>, "
        "<code>America/Montreal</code> ou <code>Africa/Dakar</code>."
    ),
    "setup.timezone_invalid": (
        "Je ne connais pas le fuseau horaire « {value} ». "
        "Exemples : <code>Europe/Paris</code>, <code>Africa/Casablanca</code>."
    ),
    "setup.country_code": (
        "Et le code de votre pays, en deux lettres (par exemple <code>SN</code> pour le Sénégal, "
        "<code>MA</code> pour le Maroc) ?"
    ),
    "setup.country_invalid": (
        "Je ne connais pas le pays « {value} ». Tapez son code en deux lettres, par exemple "
        "<code>SN</code>, <code>MA</code> ou <code>DE</code>."
    ),
    "setup.done": "C'est noté : {country}, fuseau horaire {timezone}. Modifiable à tout moment dans /settings.",
    "country.FR": "France",
    "country.BE": "Belgique",
    "country.CH": "Suisse",
    "country.LU": "Luxembourg",
    "country.CA-QC": "Canada (Québec)",
    "country.other": "Autre",
    "lang.fr": "Français",
    "lang.en": "English",
    # Help and commands
    "help.text": (
        "<b>Ce que je sais faire</b>\n"
        "/start : accueil et premiers pas\n"
        "/help : cette liste\n"
        "/settings : langue, pays, fuseau horaire, heure des rappels\n"
        "/cancel : quitter la question en cours\n"
        "/forget : effacer toutes vos données"
    ),
    "cmd.start": "Accueil et premiers pas",
    "cmd.help": "Ce que je sais faire",
    "cmd.settings": "Langue, pays, fuseau, heure des rappels",
    "cmd.cancel": "Quitter la question en cours",
    "cmd.forget": "Effacer toutes mes données",
    "menu.help": "❓ Ce que je sais faire",
    "menu.settings": "⚙️ Mes réglages",
    # Settings
    "settings.menu": (
        "<b>Vos réglages</b>\n"
        "Langue : {language}\n"
        "Pays : {country}\n"
        "Fuseau horaire : {timezone}\n"
        "Heure des rappels : {nudge_hour}\n\n"
        "Que voulez-vous changer ?"
    ),
    "settings.choice.language": "Langue",
    "settings.choice.place": "Pays et fuseau",
    "settings.choice.nudge_hour": "Heure des rappels",
    "settings.choice.close": "Fermer",
    "settings.language": "Dans quelle langue voulez-vous que je vous parle ?",
    "settings.nudge_hour": (
        "À quelle heure voulez-vous recevoir vos rappels, les jours ouvrés ? Choisissez ou tapez "
        "une heure entre 07:00 et 17:00 (par exemple <code>08:30</code>)."
    ),
    "settings.nudge_hour_invalid": (
        "« {value} » ne convient pas : tapez une heure entre 07:00 et 17:00, par exemple "
        "<code>08:30</code>."
    ),
    "settings.saved": "C'est enregistré.",
    "settings.closed": "Réglages enregistrés.",
    # Forget
    "forget.confirm": (
        "Effacer <b>toutes</b> vos données ? Vos candidatures, rappels et réglages seront "
        "supprimés définitivement."
    ),
    "forget.yes": "Oui, tout effacer",
    "forget.no": "Non, garder",
    "forget.done": "C'est fait : toutes vos données sont effacées. Tapez /start pour recommencer.",
    "forget.kept": "Rien n'a été effacé.",
    # Dialogs
    "dialog.chosen": "→ <b>{choice}</b>",
    "dialog.raw": "{value}",
    "dialog.choose_button": "Répondez avec l'un des boutons ci-dessus, s'il vous plaît.",
    "dialog.text_too_long": "C'est un peu long : {limit} caractères au plus, s'il vous plaît.",
    "dialog.empty_text": "Je n'ai rien reçu : tapez votre réponse, s'il vous plaît.",
    "cancel.done": "C'est quitté. Rien d'autre n'a changé.",
    "cancel.nothing": "Aucune question en cours. /help liste ce que je sais faire.",
    # Bad input and errors
    "fallback.unknown_command": "Je ne connais pas cette commande. /help liste ce que je sais faire.",
    "fallback.free_text": "Je n'attends pas de message pour l'instant. /help liste ce que je sais faire.",
    "fallback.stale_button": "Cette question est close : ce bouton ne fait plus rien.",
    "fallback.setup_first": "Terminons d'abord vos premiers réglages : répondez à la question ci-dessous.",
    "error.retry": (
        "Désolé, quelque chose s'est mal passé : cette étape n'a pas été enregistrée. "
        "Réessayez dans un instant."
    ),
}

EN: dict[str, str] = {
    "start.welcome": "Hello {name}! I'm <b>Relance</b>, your coach for following up with recruiters.",
    "start.pitch": (
        "• After an interview with no news, I work out the right day to follow up.\n"
        "• After a refusal, I tell you whether to follow up, when and how.\n"
        "• On the day, I send you a reminder with a message ready to send."
    ),
    "start.next": "Where shall we start?",
    "setup.country": (
        "Which country are you job hunting in? It sets your time zone and the public holidays "
        "I take into account."
    ),
    "setup.timezone": (
        "Type your time zone, for example <code>Europe/London</code>, "
        "<code>America/New_York</code> or <code>Africa/Dakar</code>."
    ),
    "setup.timezone_invalid": (
        "I don't know the time zone “{value}”. "
        "Examples: <code>Europe/London</code>, <code>America/New_York</code>."
    ),
    "setup.country_code": (
        "And your country's two-letter code (for example <code>GB</code> for the United Kingdom, "
        "<code>US</code> for the United States)?"
    ),
    "setup.country_invalid": (
        "I don't know the country “{value}”. Type its two-letter code, for example "
        "<code>GB</code>, <code>US</code> or <code>DE</code>."
    ),
    "setup.done": "Got it: {country}, time zone {timezone}. You can change this any time in /settings.",
    "country.FR": "France",
    "country.BE": "Belgium",
    "country.CH": "Switzerland",
    "country.LU": "Luxembourg",
    "country.CA-QC": "Canada (Québec)",
    "country.other": "Other",
    "lang.fr": "Français",
    "lang.en": "English",
    "help.text": (
        "<b>What I can do</b>\n"
        "/start: welcome and first steps\n"
        "/help: this list\n"
        "/settings: language, country, time zone, reminder hour\n"
        "/cancel: leave the current question\n"
        "/forget: erase all your data"
    ),
    "cmd.start": "Welcome and first steps",
    "cmd.help": "What I can do",
    "cmd.settings": "Language, country, time zone, reminder hour",
    "cmd.cancel": "Leave the current question",
    "cmd.forget": "Erase all my data",
    "menu.help": "❓ What I can do",
    "menu.settings": "⚙️ My settings",
    "settings.menu": (
        "<b>Your settings</b>\n"
        "Language: {language}\n"
        "Country: {country}\n"
        "Time zone: {timezone}\n"
        "Reminder hour: {nudge_hour}\n\n"
        "What would you like to change?"
    ),
    "settings.choice.language": "Language",
    "settings.choice.place": "Country and time zone",
    "settings.choice.nudge_hour": "Reminder hour",
    "settings.choice.close": "Close",
    "settings.language": "Which language shall I speak?",
    "settings.nudge_hour": (
        "At what time would you like your reminders, on business days? Pick or type a time "
        "between 07:00 and 17:00 (for example <code>08:30</code>)."
    ),
    "settings.nudge_hour_invalid": (
        "“{value}” won't do: type a time between 07:00 and 17:00, for example <code>08:30</code>."
    ),
    "settings.saved": "Saved.",
    "settings.closed": "Settings saved.",
    "forget.confirm": (
        "Erase <b>all</b> your data? Your applications, reminders and settings will be deleted "
        "for good."
    ),
    "forget.yes": "Yes, erase everything",
    "forget.no": "No, keep it",
    "forget.done": "Done: all your data is erased. Type /start to begin again.",
    "forget.kept": "Nothing was erased.",
    "dialog.chosen": "→ <b>{choice}</b>",
    "dialog.raw": "{value}",
    "dialog.choose_button": "Please answer with one of the buttons above.",
    "dialog.text_too_long": "That's a bit long: {limit} characters at most, please.",
    "dialog.empty_text": "I received nothing: please type your answer.",
    "cancel.done": "Left. Nothing else changed.",
    "cancel.nothing": "No question is open. /help lists what I can do.",
    "fallback.unknown_command": "I don't know that command. /help lists what I can do.",
    "fallback.free_text": "I'm not expecting a message right now. /help lists what I can do.",
    "fallback.stale_button": "This question is closed: that button no longer does anything.",
    "fallback.setup_first": "Let's finish your first settings: please answer the question below.",
    "error.retry": (
        "Sorry, something went wrong: this step was not saved. Please try again in a moment."
    ),
}

CATALOGS: dict[str, dict[str, str]] = {"fr": FR, "en": EN}


def language_for(code: str | None, default: str) -> str:
    """The catalog for a Telegram language code: `fr*` gives French, another code English."""
    if not code:
        return "fr" if default.lower().startswith("fr") else "en"
    return "fr" if code.lower().startswith("fr") else "en"


def t(lang: str, key: str, **params: Any) -> str:
    """The text `key` in `lang`, its parameters HTML-escaped unless given as `Markup`."""
    catalog = CATALOGS.get(lang, FR)
    template = catalog[key]
    if not params:
        return template
    safe = {
        name: value if isinstance(value, Markup) else html.escape(str(value), quote=False)
        for name, value in params.items()
    }
    return template.format(**safe)


def render(lang: str, text: Text) -> str:
    """A `Text` in `lang`, its nested `Text` parameters rendered first."""
    params = {
        name: Markup(render(lang, value)) if isinstance(value, Text) else value
        for name, value in text.params.items()
    }
    return t(lang, text.key, **params)
