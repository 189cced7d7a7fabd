"""Every text a user reads, in French and in English, and the words for dates and moments.

What callers use:

- ``Text(key, params)``: what to say, independent of the language. Dialogs and use cases build
  ``Text`` values; a parameter may itself be a ``Text`` (a button's label, a country's name).
- ``render(lang, text)``: a ``Text`` in ``"fr"`` or ``"en"``, as Telegram HTML. Every parameter is
  HTML-escaped unless wrapped in ``Markup`` (already HTML), so user input shows as typed.
- ``language_for(telegram_code, default)``: which catalog a user gets (``fr*`` French, else
  English); ``LANGUAGES`` lists them.
- ``format_moment`` (a moment in the user's time zone), ``format_day``, ``written_date`` (Babel,
  cached) and ``describe_window`` ("la semaine prochaine", "entre le lundi 14 et le vendredi 18
  décembre").
- ``CATALOGS``: the two catalogs, ``FR`` and ``EN``, keyed the same way (a test checks that both
  hold the same keys and placeholders). ``t(lang, key, **params)`` is ``render``'s lower half.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

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
        "/new : une nouvelle candidature (après un entretien, un refus…)\n"
        "/paste : coller le message d'un recruteur (ou transférez-le-moi), je le lis pour vous\n"
        "/list : vos candidatures, leur fiche et leurs actions\n"
        "/stats : vos statistiques, avec un graphique\n"
        "/export : toutes vos données (JSON, CSV, agenda .ics)\n"
        "/privacy : ce que je garde, pourquoi et combien de temps\n"
        "/agenda : vos prochains rappels, à déplacer ou annuler\n"
        "/settings : langue, pays, fuseau horaire, heure des rappels, pause\n"
        "/cancel : quitter la question en cours\n"
        "/forget : effacer toutes vos données"
    ),
    "cmd.start": "Accueil et premiers pas",
    "cmd.help": "Ce que je sais faire",
    "cmd.settings": "Langue, pays, fuseau, heure des rappels",
    "cmd.cancel": "Quitter la question en cours",
    "cmd.forget": "Effacer toutes mes données",
    "menu.help": "❓ Ce que je sais faire",
    "menu.new": "➕ Nouvelle candidature",
    "menu.settings": "⚙️ Mes réglages",
    # Settings
    "settings.menu": (
        "<b>Vos réglages</b>\n"
        "Langue : {language}\n"
        "Pays : {country}\n"
        "Fuseau horaire : {timezone}\n"
        "Heure des rappels : {nudge_hour}\n"
        "Rappels : {nudges}\n\n"
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
    "dialog.back": "↩ Retour",
    "dialog.skip": "Passer",
    "dialog.choose_button": "Répondez avec l'un des boutons ci-dessus, s'il vous plaît.",
    "dialog.text_too_long": "C'est un peu long : {limit} caractères au plus, s'il vous plaît.",
    "dialog.empty_text": "Je n'ai rien reçu : tapez votre réponse, s'il vous plaît.",
    "cancel.done": "C'est quitté. Rien d'autre n'a changé.",
    "cancel.nothing": "Aucune question en cours. /help liste ce que je sais faire.",
    # Bad input and errors
    # Coaching dialogs
    "coach.company": "Nouvelle candidature ! Quel est le nom de l'entreprise ?",
    "coach.role": "Pour quel poste chez {company} ?",
    "coach.recruiter": "Le nom de la personne qui recrute ? (facultatif)",
    "coach.contact": "Son e-mail ou son téléphone ? (facultatif)",
    "coach.stage": "Où en êtes-vous avec {company} ?",
    "coach.stage.applied": "📨 J'ai postulé",
    "coach.stage.interview_scheduled": "📅 Un entretien est prévu",
    "coach.stage.waiting": "⏳ Entretien passé, j'attends",
    "coach.stage.refused": "🙁 J'ai reçu un refus",
    "coach.d0": "Aujourd'hui",
    "coach.d1": "Hier",
    "coach.d2": "Avant-hier",
    "coach.applied_when": "Quand avez-vous postulé chez {company} ? Choisissez ou tapez une date (par exemple « 12/11 » ou « lundi dernier »).",
    "coach.scheduled_when": "Quand a lieu l'entretien chez {company} ? Tapez la date et l'heure, par exemple « jeudi 14h » ou « 26/11 10:00 ».",
    "coach.scheduled_ok": "C'est noté : entretien le {when}.",
    "coach.interview_when": "Quand a eu lieu l'entretien chez {company} ? Choisissez ou tapez une date (« mardi dernier », « le 12 », « hier à 14h »).",
    "coach.interview_ok": "Entretien du {when}, c'est noté.",
    "coach.size": "Quelle est la taille de {company} ?",
    "coach.size.large": "Grand groupe",
    "coach.size.medium": "Entreprise moyenne",
    "coach.size.small": "Petite entreprise",
    "coach.size.startup": "Start-up",
    "coach.urgency": "Le poste est-il à pourvoir en urgence ?",
    "coach.urgency.urgent": "Urgent",
    "coach.urgency.normal": "Pas urgent",
    "coach.urgency.unknown": "Je ne sais pas",
    "coach.announced": "Le recruteur a-t-il dit quand il répondrait ?",
    "coach.announced.yes": "Oui, il a donné une date",
    "coach.announced.no": "Non",
    "coach.announced.didnt_ask": "Je n'ai pas demandé",
    "coach.announced_date": "Quelle date a-t-il annoncée ? (par exemple « vendredi » ou « 4/12 »)",
    "coach.announced_ok": "Réponse annoncée pour le {when} : attendons cette date.",
    "coach.I1_next_time": "Pas de souci. La prochaine fois, pensez à demander en fin d'entretien quand ils comptent répondre : c'est la meilleure façon de relancer au bon moment.",
    "coach.notes": "De quoi avez-vous parlé, et qu'est-ce qui vous a plu ? Quelques mots suffisent : je les glisserai dans votre message de relance.",
    "coach.refused_when": "Quand avez-vous reçu le refus de {company} ?",
    "coach.refused_channel": "Comment vous l'a-t-on annoncé ?",
    "coach.channel.call": "📞 Par téléphone",
    "coach.channel.email": "✉️ Par e-mail",
    "coach.reason": "Une raison vous a-t-elle été donnée ?",
    "coach.reason.none": "Aucune raison donnée",
    "coach.reason.skill_misunderstanding": "Une compétence que j'ai, pourtant",
    "coach.reason.opening_later": "Un poste similaire ouvrira plus tard",
    "coach.reason.other_opening": "D'autres postes sont ouverts chez eux",
    "coach.reason.missing_skills": "Il me manque de l'expérience ou une compétence",
    "coach.reason.categorical": "Un non catégorique",
    "coach.reason.discriminatory": "Une raison que la loi interdit",
    "coach.skill_contested": "Quelle compétence le recruteur pense-t-il qu'il vous manque ?",
    "coach.proof": "Qu'est-ce qui prouve que vous l'avez ? (un projet, un résultat, une certification…)",
    "coach.skill_missing": "Quelle compétence ou expérience vous manque-t-il ?",
    "coach.comeback": "Dans combien de temps pensez-vous l'avoir acquise ?",
    "coach.comeback.6": "6 mois",
    "coach.comeback.12": "12 mois",
    "coach.interviews": "Combien d'entretiens avez-vous eus avec eux ?",
    "coach.months": "Le poste rouvrira dans combien de mois ?",
    "coach.months.n": "{n} mois",
    "coach.months_invalid": "« {value} » ne convient pas : tapez un nombre de mois entre 1 et 24.",
    "coach.good_next": "Bonne nouvelle ! Quelle est la suite avec {company} ?",
    "coach.good.interview": "📅 Un nouvel entretien",
    "coach.good.offer": "🎉 Une offre",
    "coach.offer_congrats": "Félicitations pour l'offre de {company} ! 🎉",
    "coach.switch": "Vous étiez au milieu d'une autre question. L'abandonner pour commencer celle-ci ?",
    "coach.switch.drop": "Oui, commencer",
    "coach.switch.resume": "Non, reprendre où j'en étais",
    "coach.date.unreadable": "Je n'ai pas compris la date « {value} ». Essayez par exemple « 12/11 », « mardi dernier » ou « hier à 14h ».",
    "coach.date.in_future": "« {value} » est dans le futur, or cela a déjà eu lieu. Essayez par exemple « hier » ou « 12/11 ».",
    "coach.date.in_past": "« {value} » est déjà passé. Tapez une date à venir, par exemple « jeudi 14h ».",
    "coach.date.too_far": "« {value} » est à plus d'un an d'aujourd'hui. Vérifiez la date, par exemple « 12/11 ».",
    "coach.date.before_interview": "Cette date tombe avant l'entretien du {when}. Tapez la date annoncée, par exemple « vendredi ».",
    # Dates read as windows and readings to choose from (typed dates)
    "coach.date.unreadable_future": "Je n'ai pas compris la date « {value} ». Essayez par exemple « jeudi 14h », « demain 10h » ou « le 18 à 9h30 ».",
    "coach.date.unreadable_answer": "Je n'ai pas compris la date « {value} ». Essayez par exemple « vendredi », « la semaine prochaine » ou « sous 15 jours ».",
    "coach.date.which_day": "« {value} » : quel jour exactement ? Choisissez-le ou tapez-le.",
    "coach.date.which_day_typed": "« {value} » couvre plusieurs jours : tapez le jour exact, par exemple « {example} ».",
    "coach.date.which_reading": "« {value} » peut se lire de deux façons : laquelle ?",
    "coach.announced_window_ok": "Réponse annoncée {window} : attendons le {when} avant de relancer.",
    "when.window.this_week": "cette semaine",
    "when.window.next_week": "la semaine prochaine",
    "when.window.week_of": "la semaine du {date}",
    "when.window.month": "en {month}",
    "when.window.by": "d'ici le {end}",
    "when.window.between": "entre le {start} et le {end}",
    "coach.move_when": "À quelle date déplacer le rappel « {what} » pour {company} ? (par exemple « lundi 9h », « dans 3 jours » ou « le 18 »)",
    "agenda.btn.typed": "Autre date…",
    "result.follow_up": "📅 <b>Relancez le {when}.</b>\n{why}",
    "result.reminder": "Je vous le rappellerai le {when}.",
    "result.no_follow_up": "🛑 <b>Ne relancez pas.</b>\n{why}",
    "result.now": "⚡ <b>Relancez dès maintenant.</b>\n{why}",
    "result.alternative": "Ou, si vous préférez :",
    "result.interview": "Je vous rappellerai de demander quand ils comptent répondre la veille, puis je prendrai de vos nouvelles après l'entretien.",
    "result.check_in": "Je prendrai de vos nouvelles le {when} : avez-vous acquis « {skill} » ?",
    "result.created": "Candidature chez <b>{company}</b> enregistrée.",
    "nudge.progress": "Avez-vous acquis « {skill} » depuis votre candidature chez <b>{company}</b> ?",
    "nudge.progress_yes": "Bravo ! Je vous rappelle de revenir vers {company} le {when}, avec votre CV à jour.",
    "nudge.progress_no": "Pas encore ? Prenez le temps : je décale votre retour vers {company} au {when}.",
    "cmd.new": "Nouvelle candidature",
    # Pipeline
    "list.empty": "Aucune candidature pour l'instant. /new pour en ajouter une.",
    "list.title": "<b>Vos candidatures</b> ({count})",
    "list.stage": "<b>{stage}</b>",
    "list.item": "{number}. <b>{company}</b> {role} · {step}",
    "list.next": "{what} le {when}",
    "list.no_step": "rien de prévu",
    "list.stale": " 💤 sans nouvelles",
    "card.title": "🗂 <b>{company}</b> {role}",
    "card.stage": "Étape : {stage}",
    "card.recruiter": "Recruteur : {recruiter}",
    "card.interview": "Entretien {round} : {when}",
    "card.follow_up": "Relance du {when} : {outcome}",
    "card.outcome.none": "sans réponse",
    "card.outcome.answered": "réponse positive",
    "card.outcome.refused": "refus",
    "card.next": "Prochain rappel : {what}, le {when}",
    "card.notes": "Notes : {notes}",
    "card.btn.interview": "📅 Noter un entretien",
    "card.btn.call": "📞 Noter un appel",
    "card.btn.answer": "💬 Noter une réponse",
    "card.btn.note": "📝 Ajouter une note",
    "card.btn.edit": "✏️ Modifier",
    "card.btn.archive": "🗄 Archiver",
    "card.btn.accepted": "🎉 J'ai accepté cette offre",
    "card.btn.delete": "🗑 Supprimer",
    "card.btn.delete_yes": "Oui, supprimer",
    "card.btn.delete_no": "Non",
    "card.not_found": "Candidature introuvable : rien n'a changé.",
    "card.archived": "{company} est archivée : elle n'apparaît plus dans /list et ses rappels sont arrêtés.",
    "card.delete_confirm": "Supprimer définitivement la candidature chez <b>{company}</b> et ses rappels ?",
    "card.deleted": "Candidature chez {company} supprimée, avec ses rappels.",
    "card.answer": "Qu'a répondu {company} ?",
    "card.note": "Votre note ?",
    "card.note_saved": "Note ajoutée.",
    "card.edit": "Que voulez-vous modifier ?",
    "card.edit_value": "Nouvelle valeur pour « {field} » (actuellement : {current}) ?",
    "card.field.company": "Entreprise",
    "card.field.role": "Poste",
    "card.field.recruiter": "Recruteur",
    "card.field.contact": "Contact",
    "offer.congrats": "🎉 Félicitations pour ce nouveau poste chez {company} !",
    "offer.withdraw_others": "Vos autres candidatures en cours : {names}. Voulez-vous les retirer ? Je vous donnerai un court message pour prévenir chaque recruteur.",
    "offer.btn.withdraw": "Retirer les {count} autres candidatures",
    "offer.withdrawn": "{count} candidature(s) retirée(s), leurs rappels arrêtés. Voici de quoi prévenir les recruteurs :",
    "stale.review": "💤 Ces candidatures n'ont pas de nouvelles depuis un moment : {names}. Les clore d'un geste ?",
    "stale.btn.close": "Les archiver",
    "stale.btn.keep": "Les garder",
    "stale.closed": "{count} candidature(s) archivée(s).",
    "stale.kept": "D'accord, je les garde.",
    "expiry.warning": "Vous n'avez pas utilisé Relance depuis presque deux ans. Sans nouvelles de votre part d'ici le {when}, j'effacerai toutes vos données. Écrivez-moi n'importe quoi pour les garder, ou /export pour les récupérer.",
    "expiry.btn.keep": "Garder mes données",
    "expiry.kept": "Merci ! Vos données sont conservées.",
    # The board (Mini App, bot/webapp): plain text, shown with textContent
    "board.button": "🗂 Tableau",
    "board.title": "Mes candidatures",
    "board.tab.board": "Tableau",
    "board.tab.stats": "Statistiques",
    "board.show_archived": "Voir les archivées",
    "board.archived": "archivées",
    "board.empty": "Aucune candidature pour l'instant : /new dans le chat pour en ajouter une.",
    "board.column_empty": "Rien ici.",
    "board.move_to": "Déplacer vers…",
    "board.drag": "Glisser vers une autre colonne",
    "board.close": "✕",
    "board.timeline": "Historique",
    "board.plan": "Le plan, et pourquoi",
    "board.draft": "Votre message, prêt à envoyer",
    "board.copy": "Copier",
    "board.copied": "Copié ✓",
    "board.note_placeholder": "Votre note…",
    "board.save": "Enregistrer",
    "board.cancel": "Annuler",
    "board.delete_confirm": "Supprimer définitivement la candidature chez {company} et ses rappels ?",
    "board.conflict": "Cette candidature a changé entre-temps (dans le chat ou sur un autre appareil) : voici sa version à jour.",
    "board.error": "Cela n'a pas marché. Réessayez dans un instant.",
    "board.stale": "💤 sans nouvelles",
    "board.event.applied": "Candidature du {when}",
    "board.event.refused": "Refus le {when}",
    "board.done": "C'est fait.",
    "board.moved": "C'est fait : la suite est dans le chat.",
    "board.in_chat": "Répondez dans le chat : Relance vient de vous y poser la question. La carte bougera une fois la réponse donnée.",
    "board.unauthorized": "Ce lien n'est pas valide ou a expiré : rouvrez le tableau depuis Relance dans Telegram.",
    "board.console": "Le tableau, dans votre navigateur (valable une heure d'horloge de la console ; /board en donne un nouveau) :\n{url}",
    # Export, stats, privacy
    "export.caption": "Vos données : tout en JSON, vos candidatures en CSV (s'ouvre dans Excel) et vos prochains rendez-vous en .ics pour votre agenda.",
    "csv.company": "Entreprise",
    "csv.role": "Poste",
    "csv.stage": "Étape",
    "csv.recruiter": "Recruteur",
    "csv.contact": "Contact",
    "csv.applied_on": "Candidature le",
    "csv.last_interview": "Dernier entretien",
    "csv.interviews": "Entretiens",
    "csv.follow_ups": "Relances",
    "csv.last_follow_up": "Dernière relance",
    "csv.next_step": "Prochaine étape",
    "csv.next_step_on": "Prévue le",
    "csv.refusal_reason": "Motif du refus",
    "csv.archived": "Archivée",
    "csv.notes": "Notes",
    "csv.yes": "oui",
    "csv.no": "non",
    "ics.name": "Relance : mes relances",
    "ics.interview": "Entretien chez {company}",
    "ics.interview_tip": "En fin d'entretien, demandez quand ils comptent vous répondre.",
    "stats.empty": "Pas encore de statistiques : ajoutez une candidature avec /new.",
    "stats.title": "<b>Vos statistiques</b> ({count} candidatures)",
    "stats.stage": "{stage} : {count}",
    "stats.interview_rate": "Taux d'entretien : {rate}",
    "stats.answer_rate": "Réponses après une relance : {rate}",
    "stats.median_days": "Délai médian avant une réponse : {days} jours",
    # The first minutes: /stats before any answer
    "stats.median_days_none": "Délai médian avant une réponse : pas encore de réponse",
    "stats.size": "{size} : {count} candidature(s), {rate} d'entretiens",
    "stats.size.large": "Grands groupes",
    "stats.size.medium": "Entreprises moyennes",
    "stats.size.small": "Petites entreprises",
    "stats.size.startup": "Start-up",
    "stats.size.unknown": "Taille non précisée",
    "stats.chart_title": "Vos candidatures par étape",
    "stats.chart_x": "Nombre de candidatures",
    "privacy.text": (
        "<b>Vos données et Relance</b>\n"
        "• Ce que je garde : votre identifiant Telegram, votre langue, pays, fuseau et heure de rappel ; "
        "vos candidatures (entreprise, poste, recruteur, étapes, dates, notes, motifs de refus) ; vos "
        "relances et les rappels prévus ; la question en cours.\n"
        "• Pourquoi : pour calculer le bon jour de relance, vous le rappeler et préparer vos messages. "
        "Rien n'est vendu ni partagé.\n"
        "• Combien de temps : jusqu'à ce que vous l'effaciez avec /forget. Un compte resté silencieux "
        "24 mois est effacé, après un message d'avertissement un mois avant.\n"
        "• Vos droits : /export vous envoie toutes vos données ; /forget les efface toutes, "
        "définitivement.\n"
        "• Un message de recruteur que vous me collez ou transférez est lu puis oublié : je n'en garde "
        "que ce que vous confirmez (l'étape, les dates, le motif), et son texte seulement si vous "
        "me demandez de le garder en note."
    ),
    "cmd.list": "Mes candidatures",
    "cmd.export": "Exporter mes données",
    "cmd.stats": "Mes statistiques",
    "cmd.privacy": "Mes données et leur usage",
    "menu.list": "🗂 Mes candidatures",
    # Nudges
    "nudge.title": "🔔 <b>{company}</b>",
    "nudge.title_role": "🔔 <b>{company}</b> · {role}",
    "nudge.today.email": "Aujourd'hui : relancez par e-mail.",
    "nudge.today.call": "Aujourd'hui : relancez par téléphone.",
    "nudge.today.email_or_call": "Aujourd'hui : relancez par e-mail ou par téléphone.",
    "nudge.today.apply": "Aujourd'hui : postulez à l'autre poste.",
    "nudge.today.none": "Aujourd'hui : pas de relance.",
    "nudge.why": "Pourquoi : {why}",
    "nudge.draft_email": "Votre message, prêt à copier d'un geste :",
    "nudge.draft_call": "Votre trame d'appel :",
    "nudge.subject": "Objet : {subject}",
    "nudge.reminder": (
        "📅 Entretien chez <b>{company}</b> le {when}. En fin d'entretien, demandez quand ils "
        "comptent vous répondre : je pourrai ainsi choisir le bon jour pour relancer."
    ),
    "nudge.check_in": (
        "Comment s'est passé votre entretien chez <b>{company}</b> ? "
        "Vous ont-ils dit quand ils répondraient ?"
    ),
    "nudge.legend": "✅ c'est envoyé · ⏰ plus tard · 💬 ils ont répondu · 🛑 stop",
    "nudge.btn.done": "✅ C'est envoyé",
    "nudge.btn.later": "⏰ Plus tard",
    "nudge.btn.answered": "💬 Ils ont répondu",
    "nudge.btn.stop": "🛑 Stop",
    "nudge.btn.ok": "👍 Noté",
    "nudge.btn.yes": "Oui",
    "nudge.btn.no": "Non",
    "nudge.btn.later1": "Prochain jour ouvré",
    "nudge.btn.later3": "Dans 3 jours ouvrés",
    "nudge.btn.back": "↩ Retour",
    "nudge.btn.good": "😀 Bonne nouvelle",
    "nudge.btn.refused": "🙁 C'est non",
    "nudge.btn.short": "✅ {company}",
    "nudge.done_next": "C'est noté pour {company}. Sans réponse d'ici là, je vous proposerai une dernière relance le {when}.",
    "nudge.done_stop": "C'est noté pour {company}. {why}",
    "nudge.later_set": "D'accord : je vous le rappelle le {when}.",
    "nudge.later_none": "Impossible de repousser : après le {when}, cette relance n'aurait plus d'intérêt.",
    "nudge.good_news": "Bravo ! {company} passe à l'étape « {stage} ». Je n'envoie plus de rappel de relance pour cette candidature.",
    "nudge.refused": "Dommage pour {company}. Répondre posément laisse une bonne image pour la suite : voici un remerciement prêt à copier.",
    "nudge.stopped": "Plus aucun rappel pour {company}.",
    "nudge.ok": "Bon entretien !",
    "nudge.check_in_plan": "Noté. {why}. Je vous rappelle de relancer le {when}.",
    "nudge.check_in_yes": "Parfait : attendez la date annoncée. Notez-la avec « Ils ont répondu » si elle change quelque chose ; sinon, je vous rappelle de relancer le {when}.",
    "nudge.no_plan": "Noté. {why}",
    "nudge.already": "C'est déjà enregistré.",
    "nudge.gone": "Cette candidature n'existe plus : rien n'a changé.",
    "nudge.missed": "Je n'ai pas pu vous prévenir à temps : le meilleur moment pour relancer <b>{company}</b> est passé.",
    "nudge.missed_now": "Ce que je vous conseille maintenant : {why}",
    "nudge.resumed": "Content de vous revoir ! Vos rappels en attente ({count}) reprennent.",
    "stage.applied": "candidature envoyée",
    "stage.interview_scheduled": "entretien prévu",
    "stage.waiting": "en attente de réponse",
    "stage.offer": "offre",
    "stage.accepted": "offre acceptée",
    "stage.refused": "refus",
    "stage.withdrawn": "retirée",
    "kind.after_interview": "relance après entretien",
    "kind.second_follow_up": "dernière relance",
    "kind.feedback_request": "demande de retour",
    "kind.skill_clarification": "mise au point sur une compétence",
    "kind.opening": "message avant le nouveau poste",
    "kind.other_opening": "candidature à l'autre poste",
    "kind.come_back": "retour avec un CV à jour",
    "kind.applied": "relance de candidature",
    "kind.interview_reminder": "rappel avant l'entretien",
    "kind.check_in": "point après l'entretien",
    "kind.stale_review": "revue des candidatures sans nouvelles",
    "kind.account_expiry": "avertissement avant effacement du compte",
    # Agenda
    "agenda.title": "<b>Vos prochains rappels</b>",
    "agenda.empty": "Aucun rappel prévu pour l'instant.",
    "agenda.item": "{number}. {when} · <b>{company}</b> · {what}",
    "agenda.failed": " ⚠️ non envoyé, déplacez-le ou annulez-le",
    "agenda.paused": " ⏸ en pause",
    "agenda.all_paused": "⏸ Vos rappels sont en pause (/settings pour les reprendre).",
    "agenda.btn.move": "📆 Déplacer · {company}",
    "agenda.btn.cancel": "✖ Annuler",
    "agenda.move_to": "Déplacer le rappel « {what} » pour {company} à quand ?",
    "agenda.btn.week": "Dans une semaine",
    "agenda.moved": "Rappel déplacé au {when}.",
    "agenda.cancelled": "Rappel annulé.",
    "settings.choice.pause": "Mettre les rappels en pause",
    "settings.choice.resume": "Reprendre les rappels",
    "settings.nudges_on": "actifs",
    "settings.nudges_paused": "en pause",
    "cmd.agenda": "Mes prochains rappels",
    "fallback.unknown_command": "Je ne connais pas cette commande. /help liste ce que je sais faire.",
    "fallback.free_text": "Je n'attends pas de message pour l'instant. /help liste ce que je sais faire.",
    "fallback.stale_button": "Cette question est close : ce bouton ne fait plus rien.",
    "fallback.setup_first": "Terminons d'abord vos premiers réglages : répondez à la question ci-dessous.",
    "error.retry": (
        "Désolé, quelque chose s'est mal passé : cette étape n'a pas été enregistrée. "
        "Réessayez dans un instant."
    ),
    # Console mode (python -m bot --console)
    "console.hint": (
        "Relance en console. Répondez par le numéro d'un choix, son libellé ou votre texte. "
        "/help : les commandes · /wait 3d : avancer l'horloge (30m, 2h, 1w) · /quit : sortir."
    ),
    "console.help": (
        "En console, en plus : /wait 3d avance l'horloge de 3 jours (ou 30m, 2h, 1w) pour voir "
        "arriver vos rappels ; /board ouvre le tableau dans votre navigateur ; /quit pour sortir."
    ),
    "console.pick_range": "Tapez un numéro entre 1 et {count}, ou le libellé d'un choix.",
    "console.wait_usage": (
        "Combien de temps attendre ? Par exemple <code>/wait 3d</code>, <code>/wait 2h</code>, "
        "<code>/wait 1w</code> ou <code>/wait 30m</code>."
    ),
    "console.now": "⏩ Il est maintenant {when}.",
    "console.at": "[{when}]",
    "console.you": "à vous",
    "console.file": "[fichier {name}, {size} octets → {path}]",
    "console.photo": "[graphique → {path}]",
    "console.bye": "À bientôt !",
    # A recruiter's message, pasted or forwarded: what was understood, which application, confirm
    "cmd.paste": "Coller le message d'un recruteur",
    "coach.stage.paste": "📋 Coller le message du recruteur",
    "paste.ask": "Collez ici le message du recruteur (ou transférez-le-moi). Je le lis et je vous montre ce que j'ai compris ; rien n'est enregistré avant votre confirmation.",
    "paste.understood": "📋 <b>Voici ce que je comprends de ce message :</b>",
    "paste.kind.refusal": "• Un refus.",
    "paste.kind.answer_date": "• Une date de réponse annoncée.",
    "paste.kind.interview": "• Une invitation à un entretien.",
    "paste.kind.received": "• Un accusé de réception de votre candidature.",
    "paste.kind.other": "• Un message que je ne sais pas classer.",
    "paste.reason.none": "• Aucun motif précis n'est donné.",
    "paste.reason.missing_skills": "• Motif : une expérience ou une compétence jugée manquante.",
    "paste.reason.missing_skill": "• Motif : il vous manquerait <b>{skill}</b>.",
    "paste.reason.skill_misunderstanding": "• Motif : une compétence jugée manquante.",
    "paste.reason.opening_later": "• Un poste équivalent devrait s'ouvrir plus tard.",
    "paste.reason.opening_in": "• Un poste équivalent devrait s'ouvrir dans {months} mois.",
    "paste.reason.other_opening": "• D'autres postes sont ouverts dans l'entreprise.",
    "paste.reason.categorical": "• Un refus catégorique.",
    "paste.reason.discriminatory": "• Un motif que la loi interdit : {criterion}.",
    "paste.reason.discriminatory_two": "• Un motif que la loi interdit : {a} et {b}.",
    "paste.reason.discriminatory_unnamed": "• Un motif que la loi interdit.",
    "paste.criterion.age": "l'âge",
    "paste.criterion.origin": "l'origine",
    "paste.criterion.nationality": "la nationalité",
    "paste.criterion.sex": "le sexe",
    "paste.criterion.pregnancy": "la grossesse",
    "paste.criterion.family": "la situation de famille",
    "paste.criterion.appearance": "l'apparence physique",
    "paste.criterion.accent": "l'accent",
    "paste.criterion.disability": "le handicap",
    "paste.criterion.health": "l'état de santé",
    "paste.criterion.religion": "la religion",
    "paste.criterion.union": "l'activité syndicale",
    "paste.quote": "   <i>« {words} »</i>",
    "paste.answer_by": "• Réponse annoncée au plus tard le {day}.",
    "paste.interview_at": "• Entretien le {moment}.",
    "paste.company": "• Entreprise : {company}",
    "paste.recruiter": "• Recruteur ou recruteuse : {name}",
    "paste.not_kept": "<i>Je ne garde pas le texte du message, sauf si vous me le demandez.</i>",
    "paste.parts_wait": "Je reçois la suite de votre message…",
    "paste.too_long": "Ce message est trop long pour moi : je lis au plus {parts} morceaux ou {chars} caractères. Envoyez-moi seulement le dernier message du recruteur, sans le fil de la conversation.",
    "paste.keep_ask": "Voulez-vous garder le texte du message dans les notes de cette candidature ? Sinon, je l'oublie.",
    "paste.keep": "📝 Garder le message en note",
    "paste.keep_no": "Non, l'oublier",
    "paste.kept": "📝 C'est noté : le message est dans les notes de la candidature.",
    "paste.dropped": "D'accord, je ne garde pas le texte du message.",
    "paste.which": "À quelle candidature ce message se rapporte-t-il ?",
    "paste.new_application": "➕ Une nouvelle candidature",
    "paste.company_ask": "Quelle est l'entreprise ?",
    "paste.confirm": "C'est bien ça ?",
    "paste.yes": "✅ C'est ça",
    "paste.fix": "✏️ Corriger",
    "paste.have_skill": "Le recruteur pense qu'il vous manque <b>{skill}</b>. L'avez-vous ?",
    "paste.have_skill_unnamed": "Le recruteur pense qu'il vous manque une compétence. L'avez-vous ?",
    "paste.have_skill.yes": "Oui, je l'ai : c'est un malentendu",
    "paste.have_skill.no": "Non, pas encore",
    "paste.fix_lead": "D'accord, corrigeons avec les questions habituelles.",
    "console.paste": "Collez le message du recruteur, puis une ligne avec un seul point « . » pour finir.",
    "paste.unreadable": "Je n'ai reconnu dans ce message ni un refus, ni une date de réponse, ni une invitation, ni un accusé de réception. Pas de souci : dites-moi où en est votre candidature avec les boutons.",
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
        "/new: a new application (after an interview, a refusal…)\n"
        "/paste: paste a recruiter's message (or forward it to me), I read it for you\n"
        "/list: your applications, their card and actions\n"
        "/stats: your statistics, with a chart\n"
        "/export: all your data (JSON, CSV, .ics calendar)\n"
        "/privacy: what I keep, why and for how long\n"
        "/agenda: your upcoming reminders, to move or cancel\n"
        "/settings: language, country, time zone, reminder hour, pause\n"
        "/cancel: leave the current question\n"
        "/forget: erase all your data"
    ),
    "cmd.start": "Welcome and first steps",
    "cmd.help": "What I can do",
    "cmd.settings": "Language, country, time zone, reminder hour",
    "cmd.cancel": "Leave the current question",
    "cmd.forget": "Erase all my data",
    "menu.help": "❓ What I can do",
    "menu.new": "➕ New application",
    "menu.settings": "⚙️ My settings",
    "settings.menu": (
        "<b>Your settings</b>\n"
        "Language: {language}\n"
        "Country: {country}\n"
        "Time zone: {timezone}\n"
        "Reminder hour: {nudge_hour}\n"
        "Reminders: {nudges}\n\n"
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
    "dialog.back": "↩ Back",
    "dialog.skip": "Skip",
    "dialog.choose_button": "Please answer with one of the buttons above.",
    "dialog.text_too_long": "That's a bit long: {limit} characters at most, please.",
    "dialog.empty_text": "I received nothing: please type your answer.",
    "cancel.done": "Left. Nothing else changed.",
    "cancel.nothing": "No question is open. /help lists what I can do.",
    "coach.company": "A new application! What's the company's name?",
    "coach.role": "For which position at {company}?",
    "coach.recruiter": "The recruiter's name? (optional)",
    "coach.contact": "Their email or phone? (optional)",
    "coach.stage": "Where do you stand with {company}?",
    "coach.stage.applied": "📨 I applied",
    "coach.stage.interview_scheduled": "📅 An interview is scheduled",
    "coach.stage.waiting": "⏳ Interview done, waiting",
    "coach.stage.refused": "🙁 I got a refusal",
    "coach.d0": "Today",
    "coach.d1": "Yesterday",
    "coach.d2": "Two days ago",
    "coach.applied_when": "When did you apply to {company}? Pick or type a date (for example “11/12” or “last Monday”).",
    "coach.scheduled_when": "When is the interview at {company}? Type the date and time, for example “Thursday 2pm” or “26/11 10:00”.",
    "coach.scheduled_ok": "Noted: interview on {when}.",
    "coach.interview_when": "When was the interview at {company}? Pick or type a date (“last Tuesday”, “the 12th”, “yesterday at 2pm”).",
    "coach.interview_ok": "Interview on {when}, noted.",
    "coach.size": "How big is {company}?",
    "coach.size.large": "Large group",
    "coach.size.medium": "Mid-size company",
    "coach.size.small": "Small company",
    "coach.size.startup": "Start-up",
    "coach.urgency": "Is the position urgent to fill?",
    "coach.urgency.urgent": "Urgent",
    "coach.urgency.normal": "Not urgent",
    "coach.urgency.unknown": "I don't know",
    "coach.announced": "Did the recruiter say when they would answer?",
    "coach.announced.yes": "Yes, they gave a date",
    "coach.announced.no": "No",
    "coach.announced.didnt_ask": "I didn't ask",
    "coach.announced_date": "Which date did they give? (for example “Friday” or “4/12”)",
    "coach.announced_ok": "Answer expected on {when}: let's wait for that date.",
    "coach.I1_next_time": "No problem. Next time, ask at the end of the interview when they expect to answer: it's the best way to follow up at the right moment.",
    "coach.notes": "What did you talk about, and what appealed to you? A few words will do: I'll weave them into your follow-up message.",
    "coach.refused_when": "When did {company}'s refusal come?",
    "coach.refused_channel": "How were you told?",
    "coach.channel.call": "📞 By phone",
    "coach.channel.email": "✉️ By email",
    "coach.reason": "Were you given a reason?",
    "coach.reason.none": "No reason given",
    "coach.reason.skill_misunderstanding": "A skill I do have",
    "coach.reason.opening_later": "A similar position will open later",
    "coach.reason.other_opening": "Other positions are open there",
    "coach.reason.missing_skills": "I lack experience or a skill",
    "coach.reason.categorical": "A categorical no",
    "coach.reason.discriminatory": "A reason the law forbids",
    "coach.skill_contested": "Which skill does the recruiter think you lack?",
    "coach.proof": "What proves you have it? (a project, a result, a certificate…)",
    "coach.skill_missing": "Which skill or experience are you missing?",
    "coach.comeback": "How long until you have acquired it?",
    "coach.comeback.6": "6 months",
    "coach.comeback.12": "12 months",
    "coach.interviews": "How many interviews did you have with them?",
    "coach.months": "In how many months will the position open again?",
    "coach.months.n": "{n} mo.",
    "coach.months_invalid": "“{value}” won't do: type a number of months between 1 and 24.",
    "coach.good_next": "Good news! What comes next with {company}?",
    "coach.good.interview": "📅 Another interview",
    "coach.good.offer": "🎉 An offer",
    "coach.offer_congrats": "Congratulations on {company}'s offer! 🎉",
    "coach.switch": "You were in the middle of another question. Drop it and start this one?",
    "coach.switch.drop": "Yes, start",
    "coach.switch.resume": "No, go back to where I was",
    "coach.date.unreadable": "I couldn't read the date “{value}”. Try for example “11/12”, “last Tuesday” or “yesterday at 2pm”.",
    "coach.date.in_future": "“{value}” is in the future, but this already happened. Try for example “yesterday” or “11/12”.",
    "coach.date.in_past": "“{value}” has already passed. Type a date to come, for example “Thursday 2pm”.",
    "coach.date.too_far": "“{value}” is more than a year from today. Check the date, for example “11/12”.",
    "coach.date.before_interview": "That date is before the interview on {when}. Type the date they gave, for example “Friday”.",
    # Dates read as windows and readings to choose from (typed dates)
    "coach.date.unreadable_future": "I couldn't read the date “{value}”. Try for example “Thursday 2pm”, “tomorrow 10am” or “the 18th at 9:30”.",
    "coach.date.unreadable_answer": "I couldn't read the date “{value}”. Try for example “Friday”, “next week” or “within 15 days”.",
    "coach.date.which_day": "“{value}”: which day exactly? Pick it or type it.",
    "coach.date.which_day_typed": "“{value}” covers several days: type the exact day, for example “{example}”.",
    "coach.date.which_reading": "“{value}” can be read two ways: which one?",
    "coach.announced_window_ok": "Answer expected {window}: let's wait until {when} before following up.",
    "when.window.this_week": "this week",
    "when.window.next_week": "next week",
    "when.window.week_of": "the week of {date}",
    "when.window.month": "in {month}",
    "when.window.by": "by {end}",
    "when.window.between": "between {start} and {end}",
    "coach.move_when": "When should the reminder “{what}” for {company} come? (for example “Monday 9am”, “in 3 days” or “the 18th”)",
    "agenda.btn.typed": "Another date…",
    "result.follow_up": "📅 <b>Follow up on {when}.</b>\n{why}",
    "result.reminder": "I'll remind you on {when}.",
    "result.no_follow_up": "🛑 <b>Don't follow up.</b>\n{why}",
    "result.now": "⚡ <b>Follow up now.</b>\n{why}",
    "result.alternative": "Or, if you prefer:",
    "result.interview": "The day before, I'll remind you to ask when they expect to answer; after the interview, I'll check in with you.",
    "result.check_in": "I'll check in with you on {when}: have you acquired “{skill}”?",
    "result.created": "Application at <b>{company}</b> saved.",
    "nudge.progress": "Have you acquired “{skill}” since your application at <b>{company}</b>?",
    "nudge.progress_yes": "Well done! I'll remind you to get back to {company} on {when}, with your updated CV.",
    "nudge.progress_no": "Not yet? Take your time: I'm moving your come-back to {company} to {when}.",
    "cmd.new": "New application",
    "list.empty": "No applications yet. /new to add one.",
    "list.title": "<b>Your applications</b> ({count})",
    "list.stage": "<b>{stage}</b>",
    "list.item": "{number}. <b>{company}</b> {role} · {step}",
    "list.next": "{what} on {when}",
    "list.no_step": "nothing planned",
    "list.stale": " 💤 no news",
    "card.title": "🗂 <b>{company}</b> {role}",
    "card.stage": "Stage: {stage}",
    "card.recruiter": "Recruiter: {recruiter}",
    "card.interview": "Interview {round}: {when}",
    "card.follow_up": "Follow-up of {when}: {outcome}",
    "card.outcome.none": "no answer",
    "card.outcome.answered": "good news",
    "card.outcome.refused": "a no",
    "card.next": "Next reminder: {what}, on {when}",
    "card.notes": "Notes: {notes}",
    "card.btn.interview": "📅 Log an interview",
    "card.btn.call": "📞 Log a call",
    "card.btn.answer": "💬 Record an answer",
    "card.btn.note": "📝 Add a note",
    "card.btn.edit": "✏️ Edit",
    "card.btn.archive": "🗄 Archive",
    "card.btn.accepted": "🎉 I accepted this offer",
    "card.btn.delete": "🗑 Delete",
    "card.btn.delete_yes": "Yes, delete",
    "card.btn.delete_no": "No",
    "card.not_found": "Application not found: nothing changed.",
    "card.archived": "{company} is archived: it no longer shows in /list and its reminders are stopped.",
    "card.delete_confirm": "Delete the application at <b>{company}</b> and its reminders for good?",
    "card.deleted": "Application at {company} deleted, with its reminders.",
    "card.answer": "What did {company} answer?",
    "card.note": "Your note?",
    "card.note_saved": "Note added.",
    "card.edit": "What would you like to edit?",
    "card.edit_value": "New value for “{field}” (now: {current})?",
    "card.field.company": "Company",
    "card.field.role": "Position",
    "card.field.recruiter": "Recruiter",
    "card.field.contact": "Contact",
    "offer.congrats": "🎉 Congratulations on the new job at {company}!",
    "offer.withdraw_others": "Your other applications in progress: {names}. Withdraw them? I'll give you a short note to tell each recruiter.",
    "offer.btn.withdraw": "Withdraw the {count} other applications",
    "offer.withdrawn": "{count} application(s) withdrawn, their reminders stopped. Here is what to tell the recruiters:",
    "stale.review": "💤 These applications have had no news for a while: {names}. Close them in one tap?",
    "stale.btn.close": "Archive them",
    "stale.btn.keep": "Keep them",
    "stale.closed": "{count} application(s) archived.",
    "stale.kept": "All right, I'll keep them.",
    "expiry.warning": "You haven't used Relance for almost two years. Unless I hear from you by {when}, I will erase all your data. Write me anything to keep it, or /export to get a copy.",
    "expiry.btn.keep": "Keep my data",
    "expiry.kept": "Thank you! Your data is kept.",
    # The board (Mini App, bot/webapp): plain text, shown with textContent
    "board.button": "🗂 Board",
    "board.title": "My applications",
    "board.tab.board": "Board",
    "board.tab.stats": "Stats",
    "board.show_archived": "Show archived",
    "board.archived": "archived",
    "board.empty": "No applications yet: /new in the chat to add one.",
    "board.column_empty": "Nothing here.",
    "board.move_to": "Move to…",
    "board.drag": "Drag to another column",
    "board.close": "✕",
    "board.timeline": "Timeline",
    "board.plan": "The plan, and why",
    "board.draft": "Your message, ready to send",
    "board.copy": "Copy",
    "board.copied": "Copied ✓",
    "board.note_placeholder": "Your note…",
    "board.save": "Save",
    "board.cancel": "Cancel",
    "board.delete_confirm": "Delete the application at {company} and its reminders for good?",
    "board.conflict": "This application changed meanwhile (in the chat or on another device): here it is as it now stands.",
    "board.error": "That did not work. Try again in a moment.",
    "board.stale": "💤 no news",
    "board.event.applied": "Applied on {when}",
    "board.event.refused": "Refused on {when}",
    "board.done": "Done.",
    "board.moved": "Done: what comes next is in the chat.",
    "board.in_chat": "Answer in the chat: Relance just asked you there. The card moves once you have answered.",
    "board.unauthorized": "This link is not valid or has expired: open the board again from Relance in Telegram.",
    "board.console": "The board, in your browser (valid for an hour of the console's clock; /board gives a new one):\n{url}",
    "export.caption": "Your data: everything as JSON, your applications as CSV (opens in a spreadsheet) and your coming appointments as .ics for your calendar.",
    "csv.company": "Company",
    "csv.role": "Position",
    "csv.stage": "Stage",
    "csv.recruiter": "Recruiter",
    "csv.contact": "Contact",
    "csv.applied_on": "Applied on",
    "csv.last_interview": "Last interview",
    "csv.interviews": "Interviews",
    "csv.follow_ups": "Follow-ups",
    "csv.last_follow_up": "Last follow-up",
    "csv.next_step": "Next step",
    "csv.next_step_on": "Planned on",
    "csv.refusal_reason": "Refusal reason",
    "csv.archived": "Archived",
    "csv.notes": "Notes",
    "csv.yes": "yes",
    "csv.no": "no",
    "ics.name": "Relance: my follow-ups",
    "ics.interview": "Interview at {company}",
    "ics.interview_tip": "At the end of the interview, ask when they expect to answer.",
    "stats.empty": "No statistics yet: add an application with /new.",
    "stats.title": "<b>Your statistics</b> ({count} applications)",
    "stats.stage": "{stage}: {count}",
    "stats.interview_rate": "Interview rate: {rate}",
    "stats.answer_rate": "Answers after a follow-up: {rate}",
    "stats.median_days": "Median time to an answer: {days} days",
    # The first minutes: /stats before any answer
    "stats.median_days_none": "Median time to an answer: no answer yet",
    "stats.size": "{size}: {count} application(s), {rate} with an interview",
    "stats.size.large": "Large groups",
    "stats.size.medium": "Mid-size companies",
    "stats.size.small": "Small companies",
    "stats.size.startup": "Start-ups",
    "stats.size.unknown": "Size not given",
    "stats.chart_title": "Your applications by stage",
    "stats.chart_x": "Number of applications",
    "privacy.text": (
        "<b>Your data and Relance</b>\n"
        "• What I keep: your Telegram id, your language, country, time zone and reminder hour; your "
        "applications (company, position, recruiter, stages, dates, notes, refusal reasons); your "
        "follow-ups and planned reminders; the question in progress.\n"
        "• Why: to work out the right day to follow up, remind you, and prepare your messages. "
        "Nothing is sold or shared.\n"
        "• For how long: until you erase it with /forget. An account silent for 24 months is "
        "erased, after a warning message a month before.\n"
        "• Your rights: /export sends you all your data; /forget erases all of it, for good.\n"
        "• A recruiter's message you paste or forward to me is read, then forgotten: I keep only "
        "what you confirm (the stage, the dates, the reason), and its text only if you ask me to "
        "keep it as a note."
    ),
    "cmd.list": "My applications",
    "cmd.export": "Export my data",
    "cmd.stats": "My statistics",
    "cmd.privacy": "My data and how it is used",
    "menu.list": "🗂 My applications",
    "nudge.title": "🔔 <b>{company}</b>",
    "nudge.title_role": "🔔 <b>{company}</b> · {role}",
    "nudge.today.email": "Today: follow up by email.",
    "nudge.today.call": "Today: follow up by phone.",
    "nudge.today.email_or_call": "Today: follow up by email or by phone.",
    "nudge.today.apply": "Today: apply for the other position.",
    "nudge.today.none": "Today: no follow-up.",
    "nudge.why": "Why: {why}",
    "nudge.draft_email": "Your message, ready to copy in one tap:",
    "nudge.draft_call": "Your call script:",
    "nudge.subject": "Subject: {subject}",
    "nudge.reminder": (
        "📅 Interview at <b>{company}</b> on {when}. At the end, ask when they expect to "
        "answer: it lets me pick the right day to follow up."
    ),
    "nudge.check_in": (
        "How did your interview at <b>{company}</b> go? Did they say when they would answer?"
    ),
    "nudge.legend": "✅ sent · ⏰ later · 💬 they answered · 🛑 stop",
    "nudge.btn.done": "✅ Done, I sent it",
    "nudge.btn.later": "⏰ Later",
    "nudge.btn.answered": "💬 They answered",
    "nudge.btn.stop": "🛑 Stop",
    "nudge.btn.ok": "👍 Got it",
    "nudge.btn.yes": "Yes",
    "nudge.btn.no": "No",
    "nudge.btn.later1": "Next business day",
    "nudge.btn.later3": "In 3 business days",
    "nudge.btn.back": "↩ Back",
    "nudge.btn.good": "😀 Good news",
    "nudge.btn.refused": "🙁 It's a no",
    "nudge.btn.short": "✅ {company}",
    "nudge.done_next": "Noted for {company}. If there's no answer by then, I'll suggest one last follow-up on {when}.",
    "nudge.done_stop": "Noted for {company}. {why}",
    "nudge.later_set": "All right: I'll remind you on {when}.",
    "nudge.later_none": "It can't wait any longer: after {when}, this follow-up would no longer help.",
    "nudge.good_news": "Well done! {company} moves on to “{stage}”. No more follow-up reminders for this application.",
    "nudge.refused": "Sorry about {company}. A calm reply leaves a good impression for later: here is a thank-you note, ready to copy.",
    "nudge.stopped": "No more reminders for {company}.",
    "nudge.ok": "Good luck with the interview!",
    "nudge.check_in_plan": "Noted. {why}. I'll remind you to follow up on {when}.",
    "nudge.check_in_yes": "Good: wait for the date they gave. Record it with “They answered” if it changes anything; otherwise I'll remind you to follow up on {when}.",
    "nudge.no_plan": "Noted. {why}",
    "nudge.already": "That's already recorded.",
    "nudge.gone": "This application no longer exists: nothing changed.",
    "nudge.missed": "I couldn't reach you in time: the best moment to follow up with <b>{company}</b> has passed.",
    "nudge.missed_now": "What I suggest now: {why}",
    "nudge.resumed": "Welcome back! Your waiting reminders ({count}) are on again.",
    "stage.applied": "applied",
    "stage.interview_scheduled": "interview scheduled",
    "stage.waiting": "waiting for an answer",
    "stage.offer": "offer",
    "stage.accepted": "offer accepted",
    "stage.refused": "refused",
    "stage.withdrawn": "withdrawn",
    "kind.after_interview": "follow-up after the interview",
    "kind.second_follow_up": "last follow-up",
    "kind.feedback_request": "feedback request",
    "kind.skill_clarification": "skill clarification",
    "kind.opening": "note before the new opening",
    "kind.other_opening": "application to the other opening",
    "kind.come_back": "come-back with an updated CV",
    "kind.applied": "application follow-up",
    "kind.interview_reminder": "reminder before the interview",
    "kind.check_in": "check-in after the interview",
    "kind.stale_review": "review of the applications with no news",
    "kind.account_expiry": "warning before the account is erased",
    "agenda.title": "<b>Your upcoming reminders</b>",
    "agenda.empty": "No reminder planned for now.",
    "agenda.item": "{number}. {when} · <b>{company}</b> · {what}",
    "agenda.failed": " ⚠️ not delivered, move or cancel it",
    "agenda.paused": " ⏸ paused",
    "agenda.all_paused": "⏸ Your reminders are paused (/settings to resume them).",
    "agenda.btn.move": "📆 Move · {company}",
    "agenda.btn.cancel": "✖ Cancel",
    "agenda.move_to": "Move the reminder “{what}” for {company} to when?",
    "agenda.btn.week": "In a week",
    "agenda.moved": "Reminder moved to {when}.",
    "agenda.cancelled": "Reminder cancelled.",
    "settings.choice.pause": "Pause reminders",
    "settings.choice.resume": "Resume reminders",
    "settings.nudges_on": "on",
    "settings.nudges_paused": "paused",
    "cmd.agenda": "My upcoming reminders",
    "fallback.unknown_command": "I don't know that command. /help lists what I can do.",
    "fallback.free_text": "I'm not expecting a message right now. /help lists what I can do.",
    "fallback.stale_button": "This question is closed: that button no longer does anything.",
    "fallback.setup_first": "Let's finish your first settings: please answer the question below.",
    "error.retry": (
        "Sorry, something went wrong: this step was not saved. Please try again in a moment."
    ),
    # Console mode (python -m bot --console)
    "console.hint": (
        "Relance in the console. Answer with a choice's number, its label or your text. "
        "/help: the commands · /wait 3d: move the clock forward (30m, 2h, 1w) · /quit: leave."
    ),
    "console.help": (
        "In the console, also: /wait 3d moves the clock 3 days forward (or 30m, 2h, 1w) to see "
        "your reminders arrive; /board opens the board in your browser; /quit to leave."
    ),
    "console.pick_range": "Type a number between 1 and {count}, or a choice's label.",
    "console.wait_usage": (
        "How long to wait? For example <code>/wait 3d</code>, <code>/wait 2h</code>, "
        "<code>/wait 1w</code> or <code>/wait 30m</code>."
    ),
    "console.now": "⏩ It is now {when}.",
    "console.at": "[{when}]",
    "console.you": "there",
    "console.file": "[file {name}, {size} bytes → {path}]",
    "console.photo": "[chart → {path}]",
    "console.bye": "See you soon!",
    # A recruiter's message, pasted or forwarded: what was understood, which application, confirm
    "cmd.paste": "Paste a recruiter's message",
    "coach.stage.paste": "📋 Paste the recruiter's message",
    "paste.ask": "Paste the recruiter's message here (or forward it to me). I'll read it and show you what I understood; nothing is saved before you confirm.",
    "paste.understood": "📋 <b>Here is what I understand from this message:</b>",
    "paste.kind.refusal": "• A refusal.",
    "paste.kind.answer_date": "• An announced answer date.",
    "paste.kind.interview": "• An interview invitation.",
    "paste.kind.received": "• An acknowledgement of your application.",
    "paste.kind.other": "• A message I can't classify.",
    "paste.reason.none": "• No specific reason is given.",
    "paste.reason.missing_skills": "• Reason: experience or a skill judged missing.",
    "paste.reason.missing_skill": "• Reason: you would lack <b>{skill}</b>.",
    "paste.reason.skill_misunderstanding": "• Reason: a skill judged missing.",
    "paste.reason.opening_later": "• An equivalent position should open later.",
    "paste.reason.opening_in": "• An equivalent position should open in {months} months.",
    "paste.reason.other_opening": "• Other positions are open at the company.",
    "paste.reason.categorical": "• A categorical refusal.",
    "paste.reason.discriminatory": "• A reason the law forbids: {criterion}.",
    "paste.reason.discriminatory_two": "• A reason the law forbids: {a} and {b}.",
    "paste.reason.discriminatory_unnamed": "• A reason the law forbids.",
    "paste.criterion.age": "age",
    "paste.criterion.origin": "origin",
    "paste.criterion.nationality": "nationality",
    "paste.criterion.sex": "sex",
    "paste.criterion.pregnancy": "pregnancy",
    "paste.criterion.family": "family situation",
    "paste.criterion.appearance": "physical appearance",
    "paste.criterion.accent": "accent",
    "paste.criterion.disability": "disability",
    "paste.criterion.health": "health",
    "paste.criterion.religion": "religion",
    "paste.criterion.union": "union activity",
    "paste.quote": "   <i>“{words}”</i>",
    "paste.answer_by": "• Answer announced by {day} at the latest.",
    "paste.interview_at": "• Interview on {moment}.",
    "paste.company": "• Company: {company}",
    "paste.recruiter": "• Recruiter: {name}",
    "paste.not_kept": "<i>I don't keep the message's text, unless you ask me to.</i>",
    "paste.parts_wait": "I'm receiving the rest of your message…",
    "paste.too_long": "This message is too long for me: I read at most {parts} parts or {chars} characters. Send me only the recruiter's last message, without the thread.",
    "paste.keep_ask": "Would you like to keep the message's text in this application's notes? Otherwise I forget it.",
    "paste.keep": "📝 Keep the message as a note",
    "paste.keep_no": "No, forget it",
    "paste.kept": "📝 Noted: the message is in the application's notes.",
    "paste.dropped": "All right, I don't keep the message's text.",
    "paste.which": "Which application is this message about?",
    "paste.new_application": "➕ A new application",
    "paste.company_ask": "Which company is it?",
    "paste.confirm": "Is that right?",
    "paste.yes": "✅ That's it",
    "paste.fix": "✏️ Correct",
    "paste.have_skill": "The recruiter thinks you lack <b>{skill}</b>. Do you have it?",
    "paste.have_skill_unnamed": "The recruiter thinks you lack a skill. Do you have it?",
    "paste.have_skill.yes": "Yes, I have it: a misunderstanding",
    "paste.have_skill.no": "No, not yet",
    "paste.fix_lead": "All right, let's correct it with the usual questions.",
    "console.paste": 'Paste the recruiter\'s message, then a line with a single dot "." to finish.',
    "paste.unreadable": "I didn't recognise a refusal, an answer date, an invitation or an acknowledgement in this message. No problem: tell me where your application stands with the buttons.",
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


@functools.lru_cache(maxsize=4096)
def written_date(day: dt.date, form: str, locale: str) -> str:
    """Babel's `format_date`, remembered for the process: a day written out in a language
    never changes, and Babel takes a good part of a reminder's own time to write one."""
    return format_date(day, form, locale=locale)


@functools.lru_cache(maxsize=4096)
def format_moment(lang: str, moment: dt.datetime, tz: str) -> str:
    """A moment written out in the user's language and time zone: "lundi 30 novembre à 09:00"."""
    local = moment.astimezone(ZoneInfo(tz))
    pattern = "EEEE d MMMM 'à' HH:mm" if lang == "fr" else "EEEE d MMMM 'at' HH:mm"
    return format_datetime(local, pattern, locale="fr_FR" if lang == "fr" else "en_GB")


def format_day(lang: str, day: dt.date) -> str:
    """A day written out in the user's language: "vendredi 18 décembre", "Friday 18 December"."""
    return written_date(day, "EEEE d MMMM", "fr_FR" if lang == "fr" else "en_GB")


def describe_window(lang: str, start: dt.date, end: dt.date, today: dt.date) -> str:
    """Days from `start` to `end` in words, as seen from `today`: "la semaine prochaine", "en
    janvier", "d'ici le mardi 22 décembre", "entre le lundi 14 et le vendredi 18 décembre"."""
    monday = start - dt.timedelta(days=start.weekday())
    whole_week = end == monday + dt.timedelta(days=6)
    work_week = end == monday + dt.timedelta(days=4) and start > today  # not "by Friday"
    if start == monday and (whole_week or work_week):
        this_monday = today - dt.timedelta(days=today.weekday())
        if monday == this_monday:
            return t(lang, "when.window.this_week")
        if monday == this_monday + dt.timedelta(weeks=1):
            return t(lang, "when.window.next_week")
        return t(lang, "when.window.week_of", date=format_day(lang, start))
    next_month = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if start.day == 1 and end == next_month - dt.timedelta(days=1) and start.month == end.month:
        month = written_date(start, "MMMM", "fr_FR" if lang == "fr" else "en_GB")
        return t(lang, "when.window.month", month=month)
    if start <= today:
        return t(lang, "when.window.by", end=format_day(lang, end))
    return t(lang, "when.window.between", start=format_day(lang, start), end=format_day(lang, end))
