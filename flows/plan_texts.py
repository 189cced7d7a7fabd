"""The words of a plan, in French and English: the one-line why (T4) and the printed labels.

Both languages hold the same keys and placeholders (a test checks it). Numbers come from the
policy table as ``{hours}``, ``{days}``, ``{weeks}``, ``{months}``, never written in here.
"""

from __future__ import annotations

PLAN_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        # Company sizes and urgencies, as the why names them
        "size.large": "grand groupe",
        "size.medium": "entreprise de taille moyenne",
        "size.small": "petite entreprise",
        "size.startup": "start-up",
        "urgency.urgent": "poste urgent",
        "urgency.normal": "poste non urgent",
        "urgency.unknown": "urgence non précisée",
        # The why of each rule (T4)
        "why.I1": "date de réponse annoncée ({date}) : relancez le premier jour ouvré qui suit",
        "why.I1.floor": (
            "date de réponse annoncée ({date}) : relancez le premier jour ouvré qui suit, et pas "
            "avant {hours} h après l'entretien"
        ),
        "why.I1.window": (
            "réponse annoncée {window} : relancez le premier jour ouvré après le {date}"
        ),
        "why.I1.floor.window": (
            "réponse annoncée {window} : relancez le premier jour ouvré après le {date}, et pas "
            "avant {hours} h après l'entretien"
        ),
        "why.I2": "{size}, poste urgent : relancez dès {hours} h après l'entretien",
        "why.I3": "{size}, {urgency} : {days} jours ouvrés",
        "why.I5.bound": " ; au plus tard {days} jours après l'entretien",
        "why.I5.late": (
            "plus de {days} jours depuis l'entretien : c'est tard, envoyez un mot court dès "
            "maintenant"
        ),
        "why.I5.closed": (
            "aucun jour ouvré dans les {days} jours qui suivent l'entretien : envoyez un mot court "
            "dès la reprise"
        ),
        "why.T3": " ; le moment prévu est passé : relancez dès maintenant",
        "why.A1": "candidature sans réponse : une relance courte après {days} jours ouvrés",
        "why.N2.next": (
            "une relance restée sans réponse : une seconde et dernière, {days} jours ouvrés après "
            "la première"
        ),
        "why.N2.stop": (
            "{count} relances restées sans réponse : n'insistez pas, passez à autre chose"
        ),
        "why.F1": (
            "refus sans motif donné : demandez un retour le jour ouvré suivant, au plus tard sous "
            "{days} jours ouvrés"
        ),
        "why.F1.late": (
            "refus sans motif donné, il y a plus de {days} jours ouvrés : trop tard pour demander "
            "un retour ; un mot de remerciement reste utile"
        ),
        "why.F2": (
            "compétence mal comprise : répondez tout de suite, preuves à l'appui, sans demander de "
            "nouvel entretien"
        ),
        "why.F3a": (
            "poste équivalent ouvert vers le {date} : écrivez environ {weeks} semaines avant et "
            "proposez un rendez-vous"
        ),
        "why.F3a.soon": (
            "poste équivalent ouvert vers le {date}, c'est bientôt : écrivez dès maintenant et "
            "proposez un rendez-vous"
        ),
        "why.F3b": (
            "d'autres postes sont ouverts : postulez dès maintenant en rappelant votre premier "
            "échange"
        ),
        "why.F4": (
            "compétences ou expérience manquantes : acquérez-les et revenez dans {months} mois "
            "avec un CV à jour"
        ),
        "why.F4.check_in": " (point d'étape à {months} mois)",
        "why.N1": (
            "refus catégorique : ne relancez pas ; un mot de remerciement laisse une bonne image"
        ),
        "why.N1.several": (
            "refus catégorique après {count} entretiens : ne relancez pas ; un mot de remerciement "
            "laisse une bonne image"
        ),
        "why.N3.FR": (
            "motif de refus interdit par la loi : ne relancez pas ; vous pouvez saisir le "
            "Défenseur des droits (defenseurdesdroits.fr)"
        ),
        "why.N3.other": (
            "motif de refus interdit par la loi : ne relancez pas ; vous pouvez saisir l'organisme "
            "national chargé de la lutte contre les discriminations"
        ),
        "reminder.I1": (
            "en fin d'entretien, demandez quand le recruteur pense vous répondre : la relance se "
            "calera sur cette date"
        ),
        # Labels of the printed plan
        "label.follow_up": "Relancer",
        "label.due": "Quand",
        "label.last_useful": "Au plus tard",
        "label.channel": "Canal",
        "label.why": "Pourquoi",
        "label.rules": "Règles",
        "label.check_in": "Point d'étape",
        "label.draft": "Brouillon",
        "label.alternative": "Autre brouillon",
        "label.subject": "Objet",
        "label.at": "{date} à {time}",
        "label.line": "{label} : {value}",
        "label.draft_line": "{label} ({channel})",
        "answer.yes": "oui",
        "answer.no": "non",
        "channel.email": "e-mail",
        "channel.call": "appel",
        "channel.email_or_call": "e-mail ou appel",
        "channel.apply": "candidature",
        "channel.none": "aucun",
    },
    "en": {
        # Company sizes and urgencies, as the why names them
        "size.large": "large group",
        "size.medium": "mid-size company",
        "size.small": "small company",
        "size.startup": "start-up",
        "urgency.urgent": "urgent position",
        "urgency.normal": "not urgent",
        "urgency.unknown": "urgency not given",
        # The why of each rule (T4)
        "why.I1": "answer date announced ({date}): follow up on the next business day",
        "why.I1.floor": (
            "answer date announced ({date}): follow up on the next business day, and not before "
            "{hours} h after the interview"
        ),
        "why.I1.window": (
            "answer announced {window}: follow up on the first business day after {date}"
        ),
        "why.I1.floor.window": (
            "answer announced {window}: follow up on the first business day after {date}, and not "
            "before {hours} h after the interview"
        ),
        "why.I2": "{size}, urgent position: follow up from {hours} h after the interview",
        "why.I3": "{size}, {urgency}: {days} business days",
        "why.I5.bound": "; at the latest {days} days after the interview",
        "why.I5.late": (
            "more than {days} days since the interview: it is late, send a short note now"
        ),
        "why.I5.closed": (
            "no business day within {days} days of the interview: send a short note when offices "
            "reopen"
        ),
        "why.T3": "; the planned moment has passed: follow up now",
        "why.A1": "application with no answer: one short follow-up after {days} business days",
        "why.N2.next": (
            "one follow-up unanswered: a second and last one, {days} business days after the first"
        ),
        "why.N2.stop": "{count} follow-ups unanswered: do not insist, move on",
        "why.F1": (
            "refusal with no reason given: ask for feedback on the next business day, within "
            "{days} business days"
        ),
        "why.F1.late": (
            "refusal with no reason given, more than {days} business days ago: too late to ask for "
            "feedback; a thank-you note still helps"
        ),
        "why.F2": (
            "a skill was misjudged: reply at once, with proof, without asking for a new interview"
        ),
        "why.F3a": (
            "similar position opening around {date}: write about {weeks} weeks before and propose "
            "a meeting"
        ),
        "why.F3a.soon": (
            "similar position opening around {date}, which is soon: write now and propose a meeting"
        ),
        "why.F3b": "other positions are open: apply now, mentioning your earlier contact",
        "why.F4": (
            "missing skills or experience: gain them and come back in {months} months with an "
            "updated CV"
        ),
        "why.F4.check_in": " (progress check at {months} months)",
        "why.N1": "categorical refusal: do not follow up; a thank-you note leaves a good image",
        "why.N1.several": (
            "categorical refusal after {count} interviews: do not follow up; a thank-you note "
            "leaves a good image"
        ),
        "why.N3.FR": (
            "a refusal on a ground the law forbids: do not follow up; you can refer the matter to "
            "the Défenseur des droits (defenseurdesdroits.fr)"
        ),
        "why.N3.other": (
            "a refusal on a ground the law forbids: do not follow up; you can refer the matter to "
            "your country's national body in charge of discrimination"
        ),
        "reminder.I1": (
            "at the end of the interview, ask when the recruiter expects to answer: the follow-up "
            "will be set from that date"
        ),
        # Labels of the printed plan
        "label.follow_up": "Follow up",
        "label.due": "When",
        "label.last_useful": "At the latest",
        "label.channel": "Channel",
        "label.why": "Why",
        "label.rules": "Rules",
        "label.check_in": "Progress check",
        "label.draft": "Draft",
        "label.alternative": "Alternative",
        "label.subject": "Subject",
        "label.at": "{date} at {time}",
        "label.line": "{label}: {value}",
        "label.draft_line": "{label} ({channel})",
        "answer.yes": "yes",
        "answer.no": "no",
        "channel.email": "email",
        "channel.call": "call",
        "channel.email_or_call": "email or call",
        "channel.apply": "application",
        "channel.none": "none",
    },
}


def plan_text(language: str, key: str, **values: object) -> str:
    """One plan text in ``language``, filled with ``values``."""
    return PLAN_TEXTS[language][key].format_map(values)
