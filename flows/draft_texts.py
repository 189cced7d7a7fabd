"""The words of the follow-up drafts, in French and English.

Each language maps the same keys to ``str.format`` templates with the same placeholders (a test
checks it). ``*.body`` templates assemble sentences that ``flows.drafts`` fills first; user text
(company, role, notes, names) only ever goes in as a value, never as a template.

Tone (I7): warm and professional; no draft reproaches the recruiter, counts the days out loud or
only asks for news (I6). French sentences avoid gendered agreement, since the candidate's gender
is unknown. Role phrases ("le poste de X") only follow prepositions that do not contract
("pour", "concernant"), so no "de le" can appear.
"""

from __future__ import annotations

DRAFT_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        # Shared fragments
        "greeting.named": "Bonjour {recruiter},",
        "greeting.neutral": "Bonjour,",
        "sign_off": "Bien cordialement",
        "role.named": "le poste de {role}",
        "role.unnamed": "le poste",
        "at_company.named": " chez {company}",
        "at_company.unnamed": "",
        "team.named": "{company}",
        "team.unnamed": "votre équipe",
        "subject.application.named": "Candidature au poste de {role}",
        "subject.application.unnamed": "Ma candidature",
        "subject.interview.named": "Notre entretien du {date} pour le poste de {role}",
        "subject.interview.unnamed": "Notre entretien du {date}",
        # I6: after the interview, no news yet
        "after_interview.body": (
            "{greeting}\n\n{thanks} {motivation}\n\n{offer}\n\n{ask}\n\n{sign_off}"
        ),
        "after_interview.thanks": (
            "Merci encore pour notre entretien du {date} concernant {role_phrase}{at_company}."
        ),
        "after_interview.motivation.notes": (
            "Plusieurs points de notre échange ont confirmé mon envie de rejoindre {team} : "
            "{notes}."
        ),
        "after_interview.motivation.plain": (
            "Cet échange a confirmé mon envie de rejoindre {team}, et ma motivation pour ce poste "
            "est entière."
        ),
        "after_interview.offer": (
            "Si cela peut vous aider dans votre réflexion, je peux vous transmettre des exemples "
            "de réalisations ou des références, et je reste disponible pour tout échange "
            "complémentaire."
        ),
        "after_interview.ask": (
            "Pourriez-vous me dire où en est le processus et quelles seront les prochaines étapes "
            "? Je vous souhaite une très bonne journée."
        ),
        # N2: the second and last follow-up
        "second.body": "{greeting}\n\n{opening}\n\n{motivation} {close}\n\n{sign_off}",
        "second.opening.application": (
            "Je vous écris une dernière fois au sujet de ma candidature pour "
            "{role_phrase}{at_company}, envoyée le {date}."
        ),
        "second.opening.interview": (
            "Je vous écris une dernière fois à la suite de notre entretien du {date} concernant "
            "{role_phrase}{at_company}. Je sais combien les périodes de recrutement sont prenantes."
        ),
        "second.opening.refusal": (
            "Je vous écris une dernière fois à la suite de mon précédent message concernant "
            "{role_phrase}{at_company}. Je sais combien vos journées sont chargées."
        ),
        "second.motivation": "Mon intérêt pour {team} reste entier.",
        "second.close.application": (
            "Si le poste est déjà pourvu, un simple mot me permettra de tourner la page "
            "sereinement ; s'il est encore ouvert, je reste à votre entière disposition pour en "
            "parler."
        ),
        "second.close.interview": (
            "Si votre choix est déjà fait, un simple mot me permettra de tourner la page "
            "sereinement ; si la réflexion se poursuit, je reste à votre entière disposition."
        ),
        "second.close.refusal": (
            "Une réponse, même brève, me sera précieuse. Dans tous les cas, merci pour le temps "
            "que vous m'avez consacré."
        ),
        # I5: the late note
        "late.body": "{greeting}\n\n{thanks} {motivation}\n\n{ask}\n\n{sign_off}",
        "late.thanks": (
            "Je tenais à vous remercier à nouveau pour notre entretien du {date} concernant "
            "{role_phrase}{at_company}."
        ),
        "late.motivation.notes": (
            "Mon intérêt pour {team} reste entier, en particulier après ce que nous avons évoqué : "
            "{notes}."
        ),
        "late.motivation.plain": "Mon intérêt pour {team} reste entier.",
        "late.ask": (
            "Si votre décision est déjà prise, je vous remercie de me la faire connaître ; si la "
            "réflexion se poursuit, je reste disponible pour en reparler."
        ),
        # I8: the thank-you after a negative answer
        # Withdrawing an application after accepting another offer
        "withdrawal.subject.named": "Ma candidature au poste de {role}",
        "withdrawal.subject.unnamed": "Ma candidature",
        "withdrawal.body": "{greeting}\n\n{news}\n\n{thanks}\n\n{sign_off}",
        "withdrawal.news": (
            "Je tenais à vous informer que j'ai accepté une autre proposition et que je retire "
            "donc ma candidature pour {role_phrase}{at_company}."
        ),
        "withdrawal.thanks": (
            "Merci sincèrement pour l'attention que vous avez portée à mon profil. J'espère que "
            "nos chemins se recroiseront."
        ),
        "thank_you.subject": "Merci pour votre retour",
        "thank_you.body": "{greeting}\n\n{thanks} {regret}\n\n{future}\n\n{sign_off}",
        "thank_you.thanks": (
            "Merci pour votre réponse et pour le temps que vous m'avez consacré au cours du "
            "recrutement pour {role_phrase}{at_company}."
        ),
        "thank_you.regret": (
            "Même si elle n'est pas celle que j'espérais, j'ai beaucoup apprécié nos échanges."
        ),
        "thank_you.future": (
            "Mon souhait de travailler avec {team} reste intact : si une autre occasion se "
            "présente, ce sera avec plaisir que nous en reparlerons. Je vous souhaite une belle "
            "réussite dans ce recrutement."
        ),
        # F1: the feedback request, by email and by phone
        "feedback.subject": "Votre retour sur ma candidature",
        "feedback.body": "{greeting}\n\n{thanks}\n\n{ask}\n\n{offer}\n\n{sign_off}",
        "feedback.thanks": (
            "Merci pour votre réponse concernant {role_phrase}{at_company}, et pour le temps que "
            "vous m'avez accordé."
        ),
        "feedback.ask": (
            "Pour progresser dans ma recherche, j'aimerais beaucoup savoir ce qui a fait la "
            "différence : ce qui a manqué à ma candidature, ou ce que je pourrais renforcer. Vos "
            "remarques, même critiques, me seront précieuses."
        ),
        "feedback.offer": (
            "Si un court appel vous convient mieux qu'un message, je m'adapte volontiers à vos "
            "disponibilités. Merci d'avance pour votre aide."
        ),
        "feedback_call.body": "{greeting} {intro}\n\n{ask}\n\n{listen}\n\n{close}",
        "feedback_call.intro": (
            "je vous appelle au sujet de ma candidature pour {role_phrase}{at_company}. Merci "
            "encore pour votre réponse."
        ),
        "feedback_call.ask": (
            "Auriez-vous deux minutes pour me dire ce qui a manqué à ma candidature ? Votre "
            "regard, même critique, m'aidera à progresser."
        ),
        "feedback_call.listen": "(Écoutez sans vous justifier et notez les points clés.)",
        "feedback_call.close": (
            "Merci beaucoup, ces retours me sont vraiment utiles. Je vous souhaite une très bonne "
            "journée."
        ),
        # F2: the skill clarification (never asks for a new interview)
        "skill.subject.named": "Précisions sur un point de mon profil : {skill}",
        "skill.subject.unnamed": "Quelques précisions sur mon profil",
        "skill.body": (
            "{greeting}\n\n{thanks} {point} {claim}\n\n{proof}\n\n{respect}\n\n{sign_off}"
        ),
        "skill.thanks": "Merci pour votre réponse concernant {role_phrase}{at_company}.",
        "skill.point.named": "Vous mentionnez une compétence qui m'aurait manqué : {skill}.",
        "skill.point.unnamed": "Vous mentionnez une compétence qui m'aurait manqué.",
        "skill.claim": (
            "Je la maîtrise pourtant, et je crois que l'entretien ne m'a pas permis de le montrer."
        ),
        "skill.proof.notes": "Pour en témoigner : {notes}.",
        "skill.proof.plain": (
            "Je peux vous transmettre dès aujourd'hui des éléments concrets qui en témoignent : "
            "réalisations, résultats obtenus, références."
        ),
        "skill.respect": (
            "Je respecte votre décision ; je tenais simplement à ce qu'elle repose sur une image "
            "complète de mon profil. Merci pour votre attention."
        ),
        "skill_call.body": "{greeting} {intro} {point} {claim}\n\n{proof}\n\n{respect}",
        "skill_call.intro": (
            "je vous appelle au sujet de votre réponse concernant {role_phrase}{at_company}."
        ),
        # F3a: the note before a future opening, proposing a meeting
        "opening.subject.named": "Poste de {role} : vous rencontrer avant sa réouverture",
        "opening.subject.unnamed": "Vous rencontrer avant votre prochaine ouverture de poste",
        "opening.body": "{greeting}\n\n{recall} {motivation}\n\n{meeting}\n\n{sign_off}",
        "opening.recall.dated": (
            "Lors de votre réponse du {date} concernant {role_phrase}{at_company}, vous m'aviez "
            "indiqué qu'un poste équivalent s'ouvrirait de nouveau vers {month}."
        ),
        "opening.recall.undated": (
            "Lors de votre réponse du {date} concernant {role_phrase}{at_company}, vous m'aviez "
            "indiqué qu'un poste équivalent s'ouvrirait de nouveau prochainement."
        ),
        "opening.motivation": "Mon intérêt pour {team} est intact.",
        "opening.meeting": (
            "Pourrions-nous nous rencontrer, autour d'un café ou lors d'un court appel, avant "
            "l'ouverture de ce poste ? Je m'adapte volontiers à votre agenda."
        ),
        # F3b: the application to another opening, naming the earlier contact
        "other.subject": "Candidature à un autre poste{at_company}",
        "other.body": "{greeting}\n\n{contact} {motivation}\n\n{apply}\n\n{sign_off}",
        "other.contact.named": (
            "Le {date}, j'ai échangé avec {recruiter} concernant {role_phrase}{at_company}, et "
            "j'ai appris à cette occasion que d'autres postes étaient ouverts."
        ),
        "other.contact.unnamed": (
            "Le {date}, j'ai échangé avec votre équipe de recrutement concernant "
            "{role_phrase}{at_company}, et j'ai appris à cette occasion que d'autres postes "
            "étaient ouverts."
        ),
        "other.motivation": "Mon envie de rejoindre {team} reste forte.",
        "other.apply": (
            "Je vous adresse donc ma candidature pour l'un de ces postes, avec mon CV en pièce "
            "jointe. Ce serait un plaisir d'échanger sur celui qui correspondrait le mieux à mon "
            "profil."
        ),
        # F4: the come-back with an updated CV
        "come_back.subject.named": "Nouvelle candidature au poste de {role}, profil mis à jour",
        "come_back.subject.unnamed": "Nouvelle candidature, profil mis à jour",
        "come_back.body": (
            "{greeting}\n\n{recall} {not_retained}\n\n{evolved}\n\n{ask}\n\n{sign_off}"
        ),
        "come_back.recall": ("Nous avions échangé le {date} concernant {role_phrase}{at_company}."),
        "come_back.not_retained.named": (
            "Ma candidature n'avait alors pas été retenue, en raison d'un manque sur ce point : "
            "{skill}."
        ),
        "come_back.not_retained.unnamed": (
            "Ma candidature n'avait alors pas été retenue, faute de l'expérience nécessaire."
        ),
        "come_back.evolved.named": (
            "Depuis, mon profil a évolué : j'ai travaillé ce point ({skill}) et je le mets "
            "désormais en pratique. Vous trouverez ci-joint mon CV à jour."
        ),
        "come_back.evolved.unnamed": (
            "Depuis, mon profil a évolué : j'ai acquis l'expérience et les compétences qui me "
            "manquaient. Vous trouverez ci-joint mon CV à jour."
        ),
        "come_back.ask": (
            "Si un poste correspondant est ouvert ou doit l'être prochainement, j'aimerais "
            "beaucoup en discuter avec vous."
        ),
        # A1: the application with no answer yet
        "applied.body": "{greeting}\n\n{sent} {motivation}\n\n{offer}\n\n{sign_off}",
        "applied.sent": (
            "Je vous ai adressé le {date} ma candidature pour {role_phrase}{at_company}."
        ),
        "applied.motivation.notes": (
            "Je tenais à vous redire mon intérêt, en particulier pour ces points : {notes}."
        ),
        "applied.motivation.plain": "Je tenais à vous redire mon envie de rejoindre {team}.",
        "applied.offer": (
            "Je reste disponible pour un échange, par téléphone ou en visio, afin de vous "
            "présenter mon parcours plus en détail, et je peux vous transmettre tout document "
            "utile."
        ),
    },
    "en": {
        # Shared fragments
        "greeting.named": "Hello {recruiter},",
        "greeting.neutral": "Hello,",
        "sign_off": "Kind regards",
        "role.named": "the {role} position",
        "role.unnamed": "the position",
        "at_company.named": " at {company}",
        "at_company.unnamed": "",
        "team.named": "{company}",
        "team.unnamed": "your team",
        "subject.application.named": "Application for the {role} position",
        "subject.application.unnamed": "My application",
        "subject.interview.named": "Our interview on {date} for the {role} position",
        "subject.interview.unnamed": "Our interview on {date}",
        # I6: after the interview, no news yet
        "after_interview.body": (
            "{greeting}\n\n{thanks} {motivation}\n\n{offer}\n\n{ask}\n\n{sign_off}"
        ),
        "after_interview.thanks": (
            "Thank you again for our interview on {date} about {role_phrase}{at_company}."
        ),
        "after_interview.motivation.notes": (
            "Several points from our conversation confirmed my wish to join {team}: {notes}."
        ),
        "after_interview.motivation.plain": (
            "Our conversation confirmed my wish to join {team}, and I am fully committed to this "
            "role."
        ),
        "after_interview.offer": (
            "If it helps your decision, I would be glad to send examples of my work or references, "
            "and I remain available for any further conversation."
        ),
        "after_interview.ask": (
            "Could you tell me where the process stands and what the next steps will be? I wish "
            "you a very good day."
        ),
        # N2: the second and last follow-up
        "second.body": "{greeting}\n\n{opening}\n\n{motivation} {close}\n\n{sign_off}",
        "second.opening.application": (
            "I am writing one last time about my application for {role_phrase}{at_company}, sent "
            "on {date}."
        ),
        "second.opening.interview": (
            "I am writing one last time following our interview on {date} about "
            "{role_phrase}{at_company}. I know how demanding hiring periods can be."
        ),
        "second.opening.refusal": (
            "I am writing one last time following my earlier message about "
            "{role_phrase}{at_company}. I know how busy your days are."
        ),
        "second.motivation": "My interest in {team} is as strong as ever.",
        "second.close.application": (
            "If the position has already been filled, a short word would let me move on with a "
            "clear mind; if it is still open, I would be glad to talk about it."
        ),
        "second.close.interview": (
            "If you have already made your choice, a short word would let me move on with a clear "
            "mind; if you are still deciding, I remain fully available."
        ),
        "second.close.refusal": (
            "A reply, even a brief one, would mean a lot to me. Either way, thank you for the time "
            "you have given me."
        ),
        # I5: the late note
        "late.body": "{greeting}\n\n{thanks} {motivation}\n\n{ask}\n\n{sign_off}",
        "late.thanks": (
            "I wanted to thank you again for our interview on {date} about "
            "{role_phrase}{at_company}."
        ),
        "late.motivation.notes": (
            "My interest in {team} is as strong as ever, especially after what we discussed: "
            "{notes}."
        ),
        "late.motivation.plain": "My interest in {team} is as strong as ever.",
        "late.ask": (
            "If a decision has already been made, I would appreciate hearing it; if you are still "
            "deciding, I am available to talk further."
        ),
        # I8: the thank-you after a negative answer
        # Withdrawing an application after accepting another offer
        "withdrawal.subject.named": "My application for the {role} position",
        "withdrawal.subject.unnamed": "My application",
        "withdrawal.body": "{greeting}\n\n{news}\n\n{thanks}\n\n{sign_off}",
        "withdrawal.news": (
            "I wanted to let you know that I have accepted another offer, so I am withdrawing my "
            "application for {role_phrase}{at_company}."
        ),
        "withdrawal.thanks": (
            "Thank you sincerely for the attention you gave my application. I hope our paths "
            "cross again."
        ),
        "thank_you.subject": "Thank you for your reply",
        "thank_you.body": "{greeting}\n\n{thanks} {regret}\n\n{future}\n\n{sign_off}",
        "thank_you.thanks": (
            "Thank you for your reply and for the time you gave me during the hiring process for "
            "{role_phrase}{at_company}."
        ),
        "thank_you.regret": (
            "Although it is not the answer I hoped for, I truly enjoyed our conversations."
        ),
        "thank_you.future": (
            "I would still very much like to work with {team}: if another opportunity comes up, I "
            "would be delighted to talk again. I wish you every success with this hire."
        ),
        # F1: the feedback request, by email and by phone
        "feedback.subject": "Your feedback on my application",
        "feedback.body": "{greeting}\n\n{thanks}\n\n{ask}\n\n{offer}\n\n{sign_off}",
        "feedback.thanks": (
            "Thank you for your reply about {role_phrase}{at_company}, and for the time you gave "
            "me."
        ),
        "feedback.ask": (
            "To keep improving, I would really value knowing what made the difference: what my "
            "application lacked, or what I could strengthen. Your remarks, even critical ones, "
            "would be very helpful."
        ),
        "feedback.offer": (
            "If a short call suits you better than an email, I will gladly fit your schedule. "
            "Thank you in advance for your help."
        ),
        "feedback_call.body": "{greeting} {intro}\n\n{ask}\n\n{listen}\n\n{close}",
        "feedback_call.intro": (
            "I am calling about my application for {role_phrase}{at_company}. Thank you again for "
            "your reply."
        ),
        "feedback_call.ask": (
            "Would you have two minutes to tell me what my application was missing? Your view, "
            "even a critical one, will help me improve."
        ),
        "feedback_call.listen": "(Listen without justifying yourself and note the key points.)",
        "feedback_call.close": (
            "Thank you very much, this is really useful to me. Have a very good day."
        ),
        # F2: the skill clarification (never asks for a new interview)
        "skill.subject.named": "A point about my profile: {skill}",
        "skill.subject.unnamed": "A few details about my profile",
        "skill.body": (
            "{greeting}\n\n{thanks} {point} {claim}\n\n{proof}\n\n{respect}\n\n{sign_off}"
        ),
        "skill.thanks": "Thank you for your reply about {role_phrase}{at_company}.",
        "skill.point.named": "You mentioned a skill I seemed to lack: {skill}.",
        "skill.point.unnamed": "You mentioned a skill I seemed to lack.",
        "skill.claim": "I do have it, and I believe the interview did not let me show it.",
        "skill.proof.notes": "As evidence: {notes}.",
        "skill.proof.plain": (
            "I can send you concrete evidence today: work I have delivered, results, and "
            "references."
        ),
        "skill.respect": (
            "I respect your decision; I simply wanted it to rest on a complete picture of my "
            "profile. Thank you for your attention."
        ),
        "skill_call.body": "{greeting} {intro} {point} {claim}\n\n{proof}\n\n{respect}",
        "skill_call.intro": "I am calling about your reply regarding {role_phrase}{at_company}.",
        # F3a: the note before a future opening, proposing a meeting
        "opening.subject.named": "The {role} position: meeting before it reopens",
        "opening.subject.unnamed": "Meeting before your next opening",
        "opening.body": "{greeting}\n\n{recall} {motivation}\n\n{meeting}\n\n{sign_off}",
        "opening.recall.dated": (
            "When you replied on {date} about {role_phrase}{at_company}, you mentioned that a "
            "similar position would open again around {month}."
        ),
        "opening.recall.undated": (
            "When you replied on {date} about {role_phrase}{at_company}, you mentioned that a "
            "similar position would open again soon."
        ),
        "opening.motivation": "My interest in {team} is unchanged.",
        "opening.meeting": (
            "Could we meet, over coffee or on a short call, before the position opens? I will "
            "gladly fit your schedule."
        ),
        # F3b: the application to another opening, naming the earlier contact
        "other.subject": "Application for another position{at_company}",
        "other.body": "{greeting}\n\n{contact} {motivation}\n\n{apply}\n\n{sign_off}",
        "other.contact.named": (
            "On {date}, I spoke with {recruiter} about {role_phrase}{at_company} and learned that "
            "other positions were open."
        ),
        "other.contact.unnamed": (
            "On {date}, I spoke with your recruiting team about {role_phrase}{at_company} and "
            "learned that other positions were open."
        ),
        "other.motivation": "I am still very keen to join {team}.",
        "other.apply": (
            "I am therefore applying for one of these positions, with my CV attached. It would be "
            "a pleasure to discuss which one best fits my profile."
        ),
        # F4: the come-back with an updated CV
        "come_back.subject.named": "New application for the {role} position, updated profile",
        "come_back.subject.unnamed": "New application with an updated profile",
        "come_back.body": (
            "{greeting}\n\n{recall} {not_retained}\n\n{evolved}\n\n{ask}\n\n{sign_off}"
        ),
        "come_back.recall": "We spoke on {date} about {role_phrase}{at_company}.",
        "come_back.not_retained.named": (
            "My application was not retained at the time, because of a gap in one area: {skill}."
        ),
        "come_back.not_retained.unnamed": (
            "My application was not retained at the time, for lack of the required experience."
        ),
        "come_back.evolved.named": (
            "Since then my profile has evolved: I have worked on that area ({skill}) and now put "
            "it into practice. Please find my updated CV attached."
        ),
        "come_back.evolved.unnamed": (
            "Since then my profile has evolved: I have gained the experience and skills I was "
            "missing. Please find my updated CV attached."
        ),
        "come_back.ask": (
            "If a matching position is open or opening soon, I would very much like to discuss it "
            "with you."
        ),
        # A1: the application with no answer yet
        "applied.body": "{greeting}\n\n{sent} {motivation}\n\n{offer}\n\n{sign_off}",
        "applied.sent": "On {date} I sent you my application for {role_phrase}{at_company}.",
        "applied.motivation.notes": (
            "I wanted to confirm my interest, in particular in these points: {notes}."
        ),
        "applied.motivation.plain": "I wanted to confirm how much I would like to join {team}.",
        "applied.offer": (
            "I am available for a call or a video meeting to present my background in more detail, "
            "and I can send any document you may need."
        ),
    },
}
