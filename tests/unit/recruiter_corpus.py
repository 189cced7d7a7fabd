"""A labelled corpus of recruiter messages, written for Relance's reader.

Each entry: an id, the text as a candidate would paste or forward it, and every field of the
command line's answer (kind, reason, months, skill, answer_by, interview_at, company,
recruiter), with the N3 criteria of a discriminatory refusal. ``now`` is Thursday 10 December
2026, 10:00 in Paris, unless an entry says otherwise; a forwarded message's dates count from
the day it was sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NOW = "2026-12-10T10:00:00+01:00"


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    kind: str
    reason: str | None = None
    months: int | None = None
    skill: str | None = None
    answer_by: str | None = None
    interview_at: str | None = None
    company: str | None = None
    recruiter: str | None = None
    criteria: tuple[str, ...] = ()
    now: str = NOW
    tz: str = "Europe/Paris"
    country: str = "FR"
    extra: dict[str, Any] = field(default_factory=dict)

    def expected(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reason": self.reason,
            "months": self.months,
            "skill": self.skill,
            "answer_by": self.answer_by,
            "interview_at": self.interview_at,
            "company": self.company,
            "recruiter": self.recruiter,
        }


LONG_THREAD_TAIL = "\n".join(
    f"> Le {day} novembre 2026, Camille Roux a écrit :\n> Bonjour, je me permets de revenir vers "
    f"vous au sujet du poste d'analyste. Je reste très motivée et disponible pour échanger. "
    f"Bien cordialement, Camille\n>"
    for day in range(1, 30)
)

LONG_QUOTE = "\n".join(
    "> " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 3 for _ in range(60)
)

CORPUS: tuple[Labelled, ...] = (
    # --- Refusals, F1: no reason given ---------------------------------------------------
    Labelled(
        "fr_f1_plain",
        """Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez à notre entreprise et pour le temps que vous nous avez accordé.
Après étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Hélène Garnier
Responsable des ressources humaines
Brasserie Mercier""",
        "refusal",
        reason="none",
        company="Brasserie Mercier",
        recruiter="Hélène Garnier",
    ),
    Labelled(
        "fr_f1_other_candidate",
        """Bonjour,

Suite à nos échanges, nous avons finalement retenu un autre candidat pour le poste de contrôleur de gestion.
Merci encore pour votre disponibilité.

Bien à vous,
Thomas Petit
Talent Acquisition Manager - Kerlys""",
        "refusal",
        reason="none",
        company="Kerlys",
        recruiter="Thomas Petit",
    ),
    Labelled(
        "en_f1_regret",
        """Hi Jordan,

Thank you for taking the time to speak with our team about the Data Analyst role.
We regret to inform you that we will not be moving forward with your application at this time.

We wish you the best of luck in your search.

Best regards,
Rachel Kim
People Team, Bluefin Analytics""",
        "refusal",
        reason="none",
        company="Bluefin Analytics",
        recruiter="Rachel Kim",
    ),
    Labelled(
        "en_f1_other_candidates",
        """Dear Morgan,

After careful consideration, we have decided to proceed with other candidates whose experience more closely matches our needs.

Kind regards,
Daniel Brooks
Senior Recruiter | Hartwell & Co""",
        "refusal",
        reason="none",
        company="Hartwell & Co",
        recruiter="Daniel Brooks",
    ),
    Labelled(
        "fr_f1_forwarded_gmail",
        """---------- Message transféré ---------
De : Claire Moreau <claire.moreau@verdane.fr>
Date : lun. 7 déc. 2026 à 17:42
Objet : Votre candidature - Chargé de communication
À : <camille.roux@gmail.com>


Bonjour Madame Roux,

Votre candidature n'a malheureusement pas été retenue pour le poste de chargé de communication.
Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Cordialement,

Claire Moreau""",
        "refusal",
        reason="none",
        company="Verdane",
        recruiter="Claire Moreau",
    ),
    Labelled(
        "fr_f1_poste_pourvu",
        """Bonjour Monsieur Diallo,
Le poste de technicien de maintenance a été pourvu. Nous vous remercions pour votre candidature et vous souhaitons une bonne continuation.
Cordialement,
Service RH – Transports Lebrun""",
        "refusal",
        reason="none",
        company="Transports Lebrun",
        recruiter=None,
    ),
    Labelled(
        "en_f1_html",
        """<html><body><p>Hi Sam,</p><p>Thank you for your interest in <b>Corvid Labs</b>.
Unfortunately, you have <i>not been selected</i> for the next stage of our process.</p>
<p>Best,<br>Nina Patel<br>Recruiting Coordinator<br>Corvid Labs</p></body></html>""",
        "refusal",
        reason="none",
        company="Corvid Labs",
        recruiter="Nina Patel",
    ),
    Labelled(
        "fr_f1_markdown_emoji",
        """**Bonjour Léa** 👋

Merci pour ta candidature chez *Pixelune* ! Après réflexion, nous avons décidé de poursuivre avec un autre profil pour ce poste de développeuse front 🙏

Belle journée,
Manon Lefort
Talent Partner @ Pixelune""",
        "refusal",
        reason="none",
        company="Pixelune",
        recruiter="Manon Lefort",
    ),
    # --- Refusals, missing skill -------------------------------------------------------------
    Labelled(
        "fr_skill_anglais",
        """Bonjour Camille,

Merci pour l'entretien de mardi. Votre parcours nous a beaucoup plu, mais votre niveau d'anglais n'est pas suffisant pour ce poste en contact avec nos filiales.
Nous ne pourrons donc pas donner suite à votre candidature.

Cordialement,
Isabelle Fontaine
Chargée de recrutement
Groupe Alcyon""",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Groupe Alcyon",
        recruiter="Isabelle Fontaine",
    ),
    Labelled(
        "fr_skill_manque_experience_en",
        """Bonjour,

Nous avons apprécié notre échange. Cependant, il vous manque une expérience en gestion de projet agile, indispensable pour ce rôle.
Nous ne retiendrons donc pas votre candidature.

Bien cordialement,
Julien Masson
Responsable recrutement – Oréade Informatique""",
        "refusal",
        reason="missing_skills",
        skill="gestion de projet agile",
        company="Oréade Informatique",
        recruiter="Julien Masson",
    ),
    Labelled(
        "en_skill_kubernetes",
        """Dear Alex,

Thank you for interviewing with us. Unfortunately we have decided not to move forward: the team felt you lacked hands-on experience with Kubernetes, which is key for this role.

Kind regards,
Priya Shah
Recruiter at Cobalt Systems""",
        "refusal",
        reason="missing_skills",
        skill="Kubernetes",
        company="Cobalt Systems",
        recruiter="Priya Shah",
    ),
    Labelled(
        "en_skill_sql",
        """Hi Taylor,

Thanks again for completing the technical assessment. While we enjoyed meeting you, we were looking for someone with stronger skills in SQL, so we won't be moving forward with your application.

All the best,
Marcus Lee
Talent Acquisition, Fenwick Retail""",
        "refusal",
        reason="missing_skills",
        skill="SQL",
        company="Fenwick Retail",
        recruiter="Marcus Lee",
    ),
    Labelled(
        "fr_skill_maitrise_sap",
        """Madame,

Après examen de votre dossier, nous recherchons un profil maîtrisant SAP, ce qui n'est pas encore votre cas. Votre candidature n'a pas été retenue.

Sincères salutations,
Patrick Roussel
DRH, Sogemat""",
        "refusal",
        reason="missing_skills",
        skill="SAP",
        company="Sogemat",
        recruiter="Patrick Roussel",
    ),
    Labelled(
        "en_skill_german",
        """Hello Chris,

We appreciated your time. However, your level of German is not sufficient for a client-facing role in our Munich office, so we will not be proceeding with your application.

Regards,
Anna Weber
HR Business Partner
Kessler Logistics""",
        "refusal",
        reason="missing_skills",
        skill="German",
        company="Kessler Logistics",
        recruiter="Anna Weber",
    ),
    Labelled(
        "fr_skill_pas_assez_experience",
        """Bonjour Hugo,

Nous avons choisi de ne pas poursuivre votre candidature : vous n'avez pas assez d'expérience en management d'équipe pour ce poste de chef de rayon.

Cordialement,
Sandrine Leroy
Recrutement - Maison Duval""",
        "refusal",
        reason="missing_skills",
        skill="management d'équipe",
        company="Maison Duval",
        recruiter="Sandrine Leroy",
    ),
    Labelled(
        "en_skill_more_experience",
        """Hi Jamie,

Thank you for your application to Orbital Health. After reviewing your profile, we need a candidate with more experience in clinical data management, so we have decided not to progress your application.

Best wishes,
Olivia Grant""",
        "refusal",
        reason="missing_skills",
        skill="clinical data management",
        company="Orbital Health",
        recruiter="Olivia Grant",
    ),
    # --- Refusals, F3a: an opening later ---------------------------------------------------------
    Labelled(
        "fr_f3a_trois_mois",
        """Bonjour Camille,

Merci pour votre candidature au poste de chef de projet et pour le temps consacré à nos entretiens.
Après réflexion, nous ne donnerons pas suite à votre candidature. Toutefois, un poste équivalent devrait s'ouvrir dans environ trois mois et je serais ravie de vous recontacter à ce moment-là.

Cordialement,
Sophie Durand
Chargée de recrutement
Lumen Conseil
01 23 45 67 89""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Lumen Conseil",
        recruiter="Sophie Durand",
    ),
    Labelled(
        "fr_f3a_six_mois_digits",
        """Bonjour,

Nous avons retenu une autre candidature pour ce poste. Nous ouvrirons cependant un second poste de comptable dans 6 mois : n'hésitez pas à vous manifester à ce moment-là.

Bien à vous,
Nathalie Brun
Cabinet Arvel""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Cabinet Arvel",
        recruiter="Nathalie Brun",
    ),
    Labelled(
        "en_f3a_two_months",
        """Hi Sam,

You were a strong finalist, but we offered the role to another candidate. We expect a similar position to open in about two months, and I'd love to talk again then.

Best,
Laura Chen
Talent Lead, Meridian Software""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Meridian Software",
        recruiter="Laura Chen",
    ),
    Labelled(
        "fr_f3a_un_an",
        """Bonjour Karim,

Votre candidature n'a pas été retenue cette fois-ci. Nous prévoyons toutefois de recruter à nouveau sur ce poste dans un an, lors de l'ouverture de notre agence de Lille.

Cordialement,
Marie Lambert
Responsable RH
Solvéo""",
        "refusal",
        reason="opening_later",
        months=12,
        company="Solvéo",
        recruiter="Marie Lambert",
    ),
    Labelled(
        "en_f3a_quarter",
        """Dear Priya,

We will not be moving forward with your application for the current opening. That said, a new analyst role will be opening in 4 months when our Q2 budget is approved, and we would be glad to consider you.

Kind regards,
Tom Harris
Hiring Manager, Ashgrove Capital""",
        "refusal",
        reason="opening_later",
        months=4,
        company="Ashgrove Capital",
        recruiter="Tom Harris",
    ),
    # --- Refusals, F3b: other openings now ---------------------------------------------------------
    Labelled(
        "fr_f3b_autres_postes",
        """Bonjour Camille,

Nous ne donnerons pas suite à votre candidature pour le poste de chef de produit. En revanche, d'autres postes sont actuellement ouverts chez nous et votre profil pourrait y correspondre : je vous invite à consulter notre page carrières.

Cordialement,
Aurélie Blanc
Chargée de recrutement - Novalis""",
        "refusal",
        reason="other_opening",
        company="Novalis",
        recruiter="Aurélie Blanc",
    ),
    Labelled(
        "en_f3b_other_roles",
        """Hi Jordan,

We've decided to move forward with another candidate for the Product Designer role. However, we have other open positions that might be a great fit for your background, and I encourage you to apply to them on our careers page.

Cheers,
Megan Scott
Recruiter, Brightline Studio""",
        "refusal",
        reason="other_opening",
        company="Brightline Studio",
        recruiter="Megan Scott",
    ),
    Labelled(
        "fr_f3b_postuler_offres_en_cours",
        """Bonjour Monsieur Martin,

Votre candidature n'a pas été retenue pour ce poste. Nous vous encourageons à postuler sur nos autres offres en cours, plusieurs postes de technicien étant à pourvoir dans nos sites.

Cordialement,
Pascale Girard
Responsable recrutement
Ferroviaire Bertin""",
        "refusal",
        reason="other_opening",
        company="Ferroviaire Bertin",
        recruiter="Pascale Girard",
    ),
    Labelled(
        "en_f3b_another_position",
        """Dear Alex,

Unfortunately you were not selected for the Senior Accountant role. We do think you would be a strong match for another position currently open in our audit team, and I would be happy to put your name forward.

Best regards,
Helen Carter
HR Advisor | Lindqvist Partners""",
        "refusal",
        reason="other_opening",
        company="Lindqvist Partners",
        recruiter="Helen Carter",
    ),
    # --- Refusals, N1: categorical ---------------------------------------------------------------
    Labelled(
        "fr_n1_definitive",
        """Monsieur,

Après trois entretiens, notre décision est définitive : votre profil ne correspond pas à nos attentes. Nous ne donnerons pas suite à votre candidature.

Salutations,
Bernard Colin
Directeur, Colin Industrie""",
        "refusal",
        reason="categorical",
        company="Colin Industrie",
        recruiter="Bernard Colin",
    ),
    Labelled(
        "en_n1_final",
        """Hello Chris,

Thank you for your time. We will not be progressing your application, and this decision is final. Please do not contact the hiring managers directly.

Regards,
Recruitment Team
Halberd Defence""",
        "refusal",
        reason="categorical",
        company="Halberd Defence",
        recruiter=None,
    ),
    Labelled(
        "fr_n1_inutile_relancer",
        """Bonjour,

Votre candidature n'a pas été retenue. Il est inutile de nous relancer, nous ne reviendrons pas sur cette décision.

L'équipe RH de Quadrant""",
        "refusal",
        reason="categorical",
        company="Quadrant",
        recruiter=None,
    ),
    Labelled(
        "en_n1_not_at_all",
        """Hi Taylor,

We won't be moving forward. Your profile is not a match at all for what we need, and we will not reconsider.

Best,
Ryan Foster
Founder, Tidepool""",
        "refusal",
        reason="categorical",
        company="Tidepool",
        recruiter="Ryan Foster",
    ),
    # --- Refusals, N3: a motive the law forbids, each criterion -------------------------------------
    Labelled(
        "fr_n3_age_plus_jeune",
        """---------- Message transféré ---------
De : Marc Lefèvre <marc.lefevre@atelier-brunet.fr>
Date : mar. 8 déc. 2026 à 10:15
Objet : Votre candidature
À : <camille@gmail.com>

Bonjour,

Nous avons apprécié votre profil mais nous recherchons quelqu'un de plus jeune pour compléter l'équipe.

Bien à vous,
Marc""",
        "refusal",
        reason="discriminatory",
        company="Atelier Brunet",
        recruiter="Marc Lefèvre",
        criteria=("age",),
    ),
    Labelled(
        "fr_n3_age_trop_age",
        """Bonjour Monsieur Perrin,
Malgré vos compétences, nous pensons que vous êtes trop âgé pour intégrer une équipe dont la moyenne d'âge est de 28 ans. Nous ne donnerons pas suite.
Cordialement,
Julie Moreau
Startlab""",
        "refusal",
        reason="discriminatory",
        company="Startlab",
        recruiter="Julie Moreau",
        criteria=("age",),
    ),
    Labelled(
        "en_n3_age_younger",
        """Hi Pat,

You clearly have the experience, but honestly we're looking for a younger profile who will fit in with the team's culture.

Thanks,
Kevin Doyle
Hiring Manager, Loopcraft""",
        "refusal",
        reason="discriminatory",
        company="Loopcraft",
        recruiter="Kevin Doyle",
        criteria=("age",),
    ),
    Labelled(
        "en_n3_age_retirement",
        """Dear Mr Evans,

Given that you are close to retirement, we do not feel this long-term role is right for you. We have decided not to proceed.

Regards,
Sarah Lewis
HR Manager, Daventry Foods""",
        "refusal",
        reason="discriminatory",
        company="Daventry Foods",
        recruiter="Sarah Lewis",
        criteria=("age",),
    ),
    Labelled(
        "fr_n3_origine",
        """Bonjour,

Nos clients sont assez traditionnels et nous craignons que vos origines posent problème lors des rendez-vous commerciaux. Nous préférons ne pas donner suite.

Cordialement,
Alain Mercier
Agence Mercier Immobilier""",
        "refusal",
        reason="discriminatory",
        company="Agence Mercier Immobilier",
        recruiter="Alain Mercier",
        criteria=("origin",),
    ),
    Labelled(
        "en_n3_origin_background",
        """Hi Amina,

We felt that someone with a different ethnic background would be a better fit with our client base, so we are not moving forward.

Best,
Greg Miller
Sales Director, Prestige Motors""",
        "refusal",
        reason="discriminatory",
        company="Prestige Motors",
        recruiter="Greg Miller",
        criteria=("origin",),
    ),
    Labelled(
        "fr_n3_origine_nom",
        """Bonjour Monsieur Benali,
Votre profil est intéressant mais votre nom à consonance étrangère risque de gêner certains clients. Nous ne retiendrons pas votre candidature.
Bien cordialement,
Gérard Vidal""",
        "refusal",
        reason="discriminatory",
        recruiter="Gérard Vidal",
        criteria=("origin",),
    ),
    Labelled(
        "fr_n3_nationalite",
        """Bonjour,
Pour ce poste, nous ne recrutons que des candidats de nationalité française. Votre candidature ne peut donc pas être retenue.
Cordialement,
Service du personnel
Sécurité Horizon""",
        "refusal",
        reason="discriminatory",
        company="Sécurité Horizon",
        recruiter=None,
        criteria=("nationality",),
    ),
    Labelled(
        "en_n3_nationality",
        """Dear Lukas,

Unfortunately we only hire British citizens for this team, regardless of work permits, so we cannot move forward with your application.

Kind regards,
Emma Taylor
Recruiter, Albion Consulting""",
        "refusal",
        reason="discriminatory",
        company="Albion Consulting",
        recruiter="Emma Taylor",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_n3_sexe_homme",
        """Bonjour Madame,
Le poste de chef d'atelier demande de l'autorité sur une équipe d'ouvriers, et nous préférons un homme pour ce rôle. Nous ne donnerons pas suite.
Cordialement,
Yves Marchand
Marchand Métallerie""",
        "refusal",
        reason="discriminatory",
        company="Marchand Métallerie",
        recruiter="Yves Marchand",
        criteria=("sex",),
    ),
    Labelled(
        "en_n3_sex_male",
        """Hi Jessica,

The site team is all male and we think a male candidate would integrate more easily, so we won't be taking your application forward.

Thanks,
Mike Turner
Operations Manager, Ironside Construction""",
        "refusal",
        reason="discriminatory",
        company="Ironside Construction",
        recruiter="Mike Turner",
        criteria=("sex",),
    ),
    Labelled(
        "fr_n3_grossesse",
        """Bonjour Sarah,
Vous nous avez indiqué être enceinte : compte tenu de votre futur congé maternité, nous ne pouvons pas retenir votre candidature pour ce remplacement.
Bien à vous,
Corinne Laurent
Pharmacie du Centre""",
        "refusal",
        reason="discriminatory",
        company="Pharmacie du Centre",
        recruiter="Corinne Laurent",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_n3_pregnancy",
        """Hi Laura,

Congratulations on your pregnancy! However, with maternity leave coming up so soon we have decided to go with another candidate.

Best,
Steve Walsh
Director, Walsh Media""",
        "refusal",
        reason="discriminatory",
        company="Walsh Media",
        recruiter="Steve Walsh",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_n3_famille_enfants",
        """Bonjour,
Le poste implique des déplacements fréquents et, avec vos trois enfants en bas âge, nous craignons que cela soit compliqué. Nous avons préféré retenir un autre profil.
Cordialement,
Olivier Renaud
Responsable commercial, Distrinov""",
        "refusal",
        reason="discriminatory",
        company="Distrinov",
        recruiter="Olivier Renaud",
        criteria=("family",),
    ),
    Labelled(
        "en_n3_family_single_mother",
        """Hi Maria,

As a single mother, we worry you would not be able to commit to the evening shifts, so we have decided not to proceed with your application.

Regards,
Paul Hughes
Store Manager, Greenway Markets""",
        "refusal",
        reason="discriminatory",
        company="Greenway Markets",
        recruiter="Paul Hughes",
        criteria=("family",),
    ),
    Labelled(
        "fr_n3_situation_familiale",
        """Madame,
Votre situation familiale ne nous paraît pas compatible avec les horaires du poste. Nous ne donnerons pas suite à votre candidature.
Salutations distinguées,
Direction des ressources humaines
Hôtel Beaurivage""",
        "refusal",
        reason="discriminatory",
        company="Hôtel Beaurivage",
        recruiter=None,
        criteria=("family",),
    ),
    Labelled(
        "fr_n3_apparence_tatouages",
        """Bonjour Kevin,
Vos compétences sont réelles, mais vos tatouages visibles ne correspondent pas à l'image de notre boutique. Nous ne retiendrons pas votre candidature.
Cordialement,
Élodie Marchal
Maison Sévigné""",
        "refusal",
        reason="discriminatory",
        company="Maison Sévigné",
        recruiter="Élodie Marchal",
        criteria=("appearance",),
    ),
    Labelled(
        "en_n3_appearance_weight",
        """Hi Dana,

We were looking for someone whose appearance better matches our brand image, so we will not be moving forward.

Best,
Chloe Adams
Boutique Manager, Luxe Avenue""",
        "refusal",
        reason="discriminatory",
        company="Luxe Avenue",
        recruiter="Chloe Adams",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_n3_physique",
        """Bonjour,
Pour un poste d'hôtesse d'accueil, votre physique ne correspond pas tout à fait à ce que nous recherchons. Nous ne donnerons pas suite.
Cordialement,
Agence Prestige Accueil""",
        "refusal",
        reason="discriminatory",
        company="Agence Prestige Accueil",
        recruiter=None,
        criteria=("appearance",),
    ),
    Labelled(
        "fr_n3_accent",
        """Bonjour Fatou,
Votre expérience en relation client est solide, mais votre accent est trop prononcé pour un poste au téléphone. Nous ne pouvons pas retenir votre candidature.
Cordialement,
Stéphane Noël
Superviseur, Appelia Centre de contacts""",
        "refusal",
        reason="discriminatory",
        company="Appelia Centre de contacts",
        recruiter="Stéphane Noël",
        criteria=("accent",),
    ),
    Labelled(
        "en_n3_accent",
        """Hello Rahul,

The panel felt your accent might make calls with our US customers difficult, so we have decided not to move forward.

Regards,
Jennifer Scott
Customer Success Lead, Helio Support""",
        "refusal",
        reason="discriminatory",
        company="Helio Support",
        recruiter="Jennifer Scott",
        criteria=("accent",),
    ),
    Labelled(
        "fr_n3_handicap",
        """Bonjour Monsieur Girard,
Nos locaux ne sont pas adaptés et votre handicap rendrait votre intégration difficile. Nous ne donnerons pas suite à votre candidature.
Cordialement,
Luc Bernard
Gérant, Imprimerie Bernard""",
        "refusal",
        reason="discriminatory",
        company="Imprimerie Bernard",
        recruiter="Luc Bernard",
        criteria=("disability",),
    ),
    Labelled(
        "en_n3_wheelchair",
        """Hi Sam,

Since you use a wheelchair, we don't think the warehouse supervisor role would work, so we have chosen another candidate.

Thanks,
Bill Carter
Warehouse Manager, Northgate Supplies""",
        "refusal",
        reason="discriminatory",
        company="Northgate Supplies",
        recruiter="Bill Carter",
        criteria=("disability",),
    ),
    Labelled(
        "fr_n3_sante",
        """Bonjour,
Vous nous avez parlé de vos problèmes de santé passés ; par précaution, nous préférons ne pas donner suite à votre candidature.
Cordialement,
Nadia Ferrand
Chargée RH, Logistique Azur""",
        "refusal",
        reason="discriminatory",
        company="Logistique Azur",
        recruiter="Nadia Ferrand",
        criteria=("health",),
    ),
    Labelled(
        "en_n3_sick_leave",
        """Hi Ben,

Your references mentioned a long period of sick leave last year, and we are concerned about reliability. We will not be moving forward.

Regards,
Laura Price
HR Officer, Castlegate Bank""",
        "refusal",
        reason="discriminatory",
        company="Castlegate Bank",
        recruiter="Laura Price",
        criteria=("health",),
    ),
    Labelled(
        "fr_n3_religion_voile",
        """Bonjour Madame,
Nous avons noté que vous portez le voile, ce qui n'est pas compatible avec l'image que nous souhaitons donner à nos clients. Votre candidature n'est pas retenue.
Cordialement,
Philippe Roy
Agence Roy Conseil""",
        "refusal",
        reason="discriminatory",
        company="Agence Roy Conseil",
        recruiter="Philippe Roy",
        criteria=("religion",),
    ),
    Labelled(
        "en_n3_religion_prayer",
        """Hi Yusuf,

We run a tight schedule and your need for prayer breaks and time off for religious holidays would be hard to accommodate, so we have decided not to proceed.

Best,
Claire Morgan
Team Lead, Quickship""",
        "refusal",
        reason="discriminatory",
        company="Quickship",
        recruiter="Claire Morgan",
        criteria=("religion",),
    ),
    Labelled(
        "fr_n3_syndicat",
        """Bonjour Monsieur Lemaire,
Nous avons appris que vous étiez délégué syndical dans votre précédente entreprise. Nous préférons éviter ce type de profil et ne donnerons pas suite.
Cordialement,
Franck Dubois
Directeur d'usine, Plastiform""",
        "refusal",
        reason="discriminatory",
        company="Plastiform",
        recruiter="Franck Dubois",
        criteria=("union",),
    ),
    Labelled(
        "en_n3_union",
        """Hi Dave,

Your past trade union activity came up in our reference checks, and management has decided not to move forward with your application.

Regards,
Karen Hill
HR, Redline Freight""",
        "refusal",
        reason="discriminatory",
        company="Redline Freight",
        recruiter="Karen Hill",
        criteria=("union",),
    ),
    Labelled(
        "fr_n3_age_without_refusal_words",
        """Bonjour Nicole,
Merci pour notre échange. Honnêtement, à votre âge, le rythme de l'équipe risque d'être difficile à suivre.
Cordialement,
Bastien Leroux
Fondateur, Kiwee""",
        "refusal",
        reason="discriminatory",
        company="Kiwee",
        recruiter="Bastien Leroux",
        criteria=("age",),
    ),
    # --- Not N3: the same words in an equal-opportunity statement --------------------------------
    Labelled(
        "fr_not_n3_equal_opportunity",
        """Bonjour,

Nous vous remercions pour votre candidature. Après étude, nous ne pouvons pas y donner une suite favorable.

Cordialement,
Anne Rousseau
Chargée de recrutement – Groupe Ardent

Groupe Ardent recrute sans distinction d'âge, d'origine, de sexe ou de handicap. Tous nos postes sont ouverts aux personnes en situation de handicap.""",
        "refusal",
        reason="none",
        company="Groupe Ardent",
        recruiter="Anne Rousseau",
    ),
    Labelled(
        "en_not_n3_equal_opportunity",
        """Hi Chris,

Thank you for applying. We have decided to move forward with other candidates for this role.

Best,
Lisa Wong
Recruiter, Tessellate

Tessellate is an equal opportunity employer. We consider all applicants regardless of age, race, religion, sex, disability or union membership.""",
        "refusal",
        reason="none",
        company="Tessellate",
        recruiter="Lisa Wong",
    ),
    Labelled(
        "fr_not_n3_said_not_the_reason",
        """Bonjour Monique,
Je tiens à préciser que votre âge n'a rien à voir avec notre décision : nous avons simplement retenu un candidat dont le profil correspond davantage au poste.
Bien cordialement,
Cécile Bonnet
Responsable RH, Atlantide""",
        "refusal",
        reason="none",
        company="Atlantide",
        recruiter="Cécile Bonnet",
    ),
    Labelled(
        "fr_not_n3_accent_idiom",
        """Bonjour,
Nous avons souhaité mettre l'accent sur l'expérience terrain et nous avons retenu un autre candidat.
Cordialement,
Hervé Lucas
Batiplus""",
        "refusal",
        reason="none",
        company="Batiplus",
        recruiter="Hervé Lucas",
    ),
    # --- Answer dates --------------------------------------------------------------------------
    Labelled(
        "fr_answer_fin_semaine_prochaine",
        """Bonjour,
Suite à notre entretien, nous reviendrons vers vous d'ici la fin de la semaine prochaine.
Cordialement,
Julie Martin
RH - Groupe Vitalis""",
        "answer_date",
        answer_by="2026-12-20",
        company="Groupe Vitalis",
        recruiter="Julie Martin",
    ),
    Labelled(
        "fr_answer_sous_15_jours",
        """Bonjour Camille,

Merci pour votre venue hier. Nous rencontrons encore deux candidats et vous donnerons une réponse sous 15 jours.

Bien cordialement,
Romain Gauthier
Responsable d'agence
Intérim Plus""",
        "answer_date",
        answer_by="2026-12-25",
        company="Intérim Plus",
        recruiter="Romain Gauthier",
    ),
    Labelled(
        "en_answer_within_two_weeks",
        """Hi Sam,

Thanks for coming in today. We're finishing interviews this week and will get back to you within two weeks.

Best,
Emily Clark
Talent Acquisition | Northwind Labs""",
        "answer_date",
        answer_by="2026-12-24",
        company="Northwind Labs",
        recruiter="Emily Clark",
    ),
    Labelled(
        "en_answer_by_friday",
        """Hello Jordan,

Great speaking with you. The hiring manager will make a final decision by Friday and I'll let you know either way.

Regards,
Tom Becker
Recruiter, Sable Financial""",
        "answer_date",
        answer_by="2026-12-11",
        company="Sable Financial",
        recruiter="Tom Becker",
    ),
    Labelled(
        "fr_answer_avant_le_18",
        """Bonjour Madame Roux,
Le comité se réunit la semaine prochaine ; nous vous ferons un retour au plus tard le 18 décembre.
Cordialement,
Sylvie Marchand
Chargée de recrutement, Crédit Mutuel Océan""",
        "answer_date",
        answer_by="2026-12-18",
        company="Crédit Mutuel Océan",
        recruiter="Sylvie Marchand",
    ),
    Labelled(
        "fr_answer_forwarded_semaine_prochaine",
        """---------- Message transféré ---------
De : Pauline Chevalier <p.chevalier@fidal-avocats.fr>
Date : jeu. 3 déc. 2026 à 18:05
Objet : Suite de votre entretien
À : Camille Roux <camille.roux@gmail.com>

Chère Camille,

Merci pour cet échange très agréable. Nous vous donnerons notre réponse la semaine prochaine.

Bien à vous,
Pauline Chevalier""",
        "answer_date",
        answer_by="2026-12-13",
        company="Fidal Avocats",
        recruiter="Pauline Chevalier",
    ),
    Labelled(
        "en_answer_end_of_month",
        """Hi Alex,

Thank you for your patience. We are still reviewing applications and expect to make a decision by the end of the month.

Kind regards,
Sophie Turner
HR Coordinator, Greenleaf Energy""",
        "answer_date",
        answer_by="2026-12-31",
        company="Greenleaf Energy",
        recruiter="Sophie Turner",
    ),
    Labelled(
        "fr_answer_debut_janvier",
        """Bonjour Hugo,
Les fêtes ralentissent un peu le processus : nous reviendrons vers vous début janvier avec une décision.
Belle fin d'année,
Léa Fournier
Talent Acquisition – Ombrelle""",
        "answer_date",
        answer_by="2027-01-10",
        company="Ombrelle",
        recruiter="Léa Fournier",
    ),
    Labelled(
        "en_answer_business_days",
        """Hi Taylor,

Thanks for completing the final round. You'll hear back from us within 5 business days.

Best,
Ravi Menon
Recruiting, Quanta Robotics""",
        "answer_date",
        answer_by="2026-12-17",
        company="Quanta Robotics",
        recruiter="Ravi Menon",
    ),
    Labelled(
        "fr_answer_received_with_window",
        """Bonjour,

Nous accusons bonne réception de votre candidature au poste d'assistant administratif. Nous reviendrons vers vous dans un délai de trois semaines.

Cordialement,
L'équipe Recrutement
Mutuelle Horizon Santé""",
        "answer_date",
        answer_by="2026-12-31",
        company="Mutuelle Horizon Santé",
        recruiter=None,
    ),
    # --- Interviews ----------------------------------------------------------------------------
    Labelled(
        "en_interview_second",
        """Hello Sam,
Thank you for interviewing with us. We'd like to invite you to a second interview on Tuesday, December 15 at 2:30 PM at our office.
Best regards,
Emily Clark
Talent Acquisition | Northwind Labs""",
        "interview",
        interview_at="2026-12-15T14:30",
        company="Northwind Labs",
        recruiter="Emily Clark",
    ),
    Labelled(
        "fr_interview_convocation",
        """Bonjour Camille,

Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer pour un entretien le mardi 15 décembre à 14h30 dans nos locaux, 12 rue de la Paix à Nantes.

Merci de me confirmer votre présence.

Cordialement,
Sophie Durand
Chargée de recrutement
Lumen Conseil""",
        "interview",
        interview_at="2026-12-15T14:30",
        company="Lumen Conseil",
        recruiter="Sophie Durand",
    ),
    Labelled(
        "fr_interview_detail_lines",
        """Bonjour Hugo,

Nous avons le plaisir de vous convier à un entretien avec notre directeur technique.

Date : jeudi 17 décembre
Heure : 10h00
Lieu : visio (lien Teams à suivre)

Bien cordialement,
Camille Perrot
Responsable RH
Axiome Ingénierie""",
        "interview",
        interview_at="2026-12-17T10:00",
        company="Axiome Ingénierie",
        recruiter="Camille Perrot",
    ),
    Labelled(
        "en_interview_tomorrow",
        """Hi Jordan,

Following your application, I'd like to schedule a quick phone call with you tomorrow at 11am to discuss the role.

Thanks,
Ben Russell
Talent Partner, Harbor Labs""",
        "interview",
        interview_at="2026-12-11T11:00",
        company="Harbor Labs",
        recruiter="Ben Russell",
    ),
    Labelled(
        "fr_interview_numeric",
        """Bonjour,
Je vous confirme notre entretien le 21/12 à 9h30 par téléphone.
Cordialement,
Nicolas Garnier
Consultant recrutement, Altitude RH""",
        "interview",
        interview_at="2026-12-21T09:30",
        company="Altitude RH",
        recruiter="Nicolas Garnier",
    ),
    Labelled(
        "en_interview_us_date",
        """Hi Morgan,

You're invited to an onsite interview on 12/18 at 1:00 PM at our Boston office.

Best,
Ashley Moore
Recruiting Coordinator, Beacon Health""",
        "interview",
        interview_at="2026-12-18T13:00",
        company="Beacon Health",
        recruiter="Ashley Moore",
        tz="America/New_York",
        country="US",
        now="2026-12-10T10:00:00-05:00",
    ),
    Labelled(
        "fr_interview_lundi_prochain",
        """Bonjour Léa,
Nous aimerions poursuivre le processus avec vous : seriez-vous disponible lundi prochain à 16h pour un échange en visio avec l'équipe ?
Belle journée,
Thibault Morel
CTO, Fluxo""",
        "interview",
        interview_at="2026-12-14T16:00",
        company="Fluxo",
        recruiter="Thibault Morel",
    ),
    Labelled(
        "fr_interview_slots_offered",
        """Bonjour Karim,
Nous souhaiterions vous rencontrer pour un second entretien. Seriez-vous disponible mardi 15 décembre à 10h ou jeudi 17 décembre à 15h ?
Cordialement,
Agnès Robin
Chargée de recrutement, Vinci Énergies Ouest""",
        "interview",
        company="Vinci Énergies Ouest",
        recruiter="Agnès Robin",
    ),
    Labelled(
        "en_interview_forwarded_outlook",
        """-----Original Message-----
From: Hannah Wright <hannah.wright@copperleaf.io>
Sent: Wednesday, December 9, 2026 4:12 PM
To: Alex Martin
Subject: Interview invitation - Backend Engineer

Hi Alex,

We were impressed by your application and would like to invite you to a technical interview on Monday, December 14 at 10:00 AM (Paris time) via Google Meet.

Best,
Hannah Wright
Engineering Recruiter
Copperleaf""",
        "interview",
        interview_at="2026-12-14T10:00",
        company="Copperleaf",
        recruiter="Hannah Wright",
    ),
    Labelled(
        "fr_interview_availability_no_moment",
        """Bonjour Camille,
Votre profil nous intéresse et nous aimerions échanger avec vous. Pourriez-vous me communiquer vos disponibilités pour un entretien téléphonique ?
Cordialement,
Marion Dupuis
Talent Acquisition, Keolis Bretagne""",
        "interview",
        company="Keolis Bretagne",
        recruiter="Marion Dupuis",
    ),
    # --- Acknowledgements ------------------------------------------------------------------------
    Labelled(
        "fr_received",
        """Bonjour,

Nous avons bien reçu votre candidature pour le poste de gestionnaire de paie et nous vous en remercions. Elle va être étudiée avec attention par nos équipes.

Cordialement,
L'équipe recrutement de Decathlon""",
        "received",
        company="Decathlon",
        recruiter=None,
    ),
    Labelled(
        "en_received",
        """Hi Sam,

Thank you for applying to the Marketing Manager position at Zephyr Apps. We have received your application and our team will review it carefully.

Best,
The Zephyr Apps Talent Team""",
        "received",
        company="Zephyr Apps",
        recruiter=None,
    ),
    Labelled(
        "fr_received_no_answer_clause",
        """Madame, Monsieur,
Votre candidature a bien été enregistrée. Si votre profil correspond à nos besoins, nous vous contacterons pour un entretien. Faute de réponse de notre part, vous pourrez considérer que votre candidature n'a pas été retenue.
Service Recrutement
Carrefour Proximité""",
        "received",
        company="Carrefour Proximité",
        recruiter=None,
    ),
    Labelled(
        "en_received_noreply",
        """From: Careers <no-reply@talent.ridgeway.com>
Date: Thu, Dec 10, 2026 at 9:02 AM
Subject: Application received

Dear Candidate,

Thank you for your application. This is an automated confirmation that we have received your CV. If your profile matches the role, a member of our team will be in touch.

Ridgeway Recruitment""",
        "received",
        company="Ridgeway",
        recruiter=None,
    ),
    # --- Other ----------------------------------------------------------------------------------
    Labelled(
        "fr_other_salary_question",
        """Bonjour Camille,
Pourriez-vous m'indiquer vos prétentions salariales ainsi que votre préavis actuel ?
Merci d'avance,
Justine Caron
Chargée de recrutement, Elior Services""",
        "other",
        company="Elior Services",
        recruiter="Justine Caron",
    ),
    Labelled(
        "en_other_offer",
        """Hi Jordan,

I'm delighted to offer you the position of Product Analyst at Lattice Labs! Please find the offer letter attached.

Best,
Olivia Bennett
Head of People, Lattice Labs""",
        "other",
        company="Lattice Labs",
        recruiter="Olivia Bennett",
    ),
    Labelled(
        "other_nonsense",
        "asdf qwerty 🙃🙃 lol ok",
        "other",
    ),
    Labelled(
        "fr_other_documents",
        """Bonjour,
Merci de nous transmettre une copie de vos diplômes et votre attestation Pôle emploi.
Cordialement,
Agence Temporis""",
        "other",
        company="Agence Temporis",
        recruiter=None,
    ),
    # --- Threads, quotes, long messages, mixed languages ----------------------------------------
    Labelled(
        "fr_thread_reply_on_top",
        """Bonjour Camille,

Merci pour votre relance. Malheureusement, nous avons retenu une autre candidate dont l'expérience est plus proche de nos besoins.

Cordialement,
Virginie Aubert
Chargée RH – Tellis Assurances

Le lun. 30 nov. 2026 à 09:12, Camille Roux <camille.roux@gmail.com> a écrit :
> Bonjour Madame Aubert,
> Je me permets de revenir vers vous suite à notre entretien du 20 novembre. Je serais ravie de rejoindre Tellis Assurances et reste disponible pour un entretien le 15 décembre à 10h si besoin.
> Bien cordialement,
> Camille""",
        "refusal",
        reason="none",
        company="Tellis Assurances",
        recruiter="Virginie Aubert",
    ),
    Labelled(
        "en_thread_wrote",
        """Hi Sam,

Thanks for checking in! We are wrapping up interviews and will get back to you by December 18.

Best,
Emily Clark
Talent Acquisition | Northwind Labs

On Mon, Dec 7, 2026 at 9:30 AM Sam Taylor <sam.taylor@gmail.com> wrote:
> Hi Emily, I wanted to follow up on my interview. I'm sorry I won't be available on Dec 20.
> Unfortunately I was not selected elsewhere either, so I'm still keen!""",
        "answer_date",
        answer_by="2026-12-18",
        company="Northwind Labs",
        recruiter="Emily Clark",
    ),
    Labelled(
        "fr_long_thread",
        """Bonjour Camille,

Nous vous remercions de votre patience. Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue : nous recherchions un candidat maîtrisant Power BI.

Cordialement,
Damien Fabre
Responsable recrutement
Opaline Data

"""
        + LONG_THREAD_TAIL,
        "refusal",
        reason="missing_skills",
        skill="Power BI",
        company="Opaline Data",
        recruiter="Damien Fabre",
    ),
    Labelled(
        "en_disclaimer_signature",
        """Hi Alex,

Thanks for your time last week. I'm sorry to say we have decided to move forward with another candidate.

Warm regards,
Grace Liu
Talent Acquisition Specialist
Everbright Pharma
+44 20 7946 0000 | www.everbright-pharma.com

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may contain information protected by law. If you are not the intended recipient, please delete it. Everbright Pharma is an equal opportunity employer and does not discriminate on the basis of age, religion, disability or pregnancy.""",
        "refusal",
        reason="none",
        company="Everbright Pharma",
        recruiter="Grace Liu",
    ),
    Labelled(
        "fr_disclaimer_avertissement",
        """Bonjour Hugo,

Merci pour votre candidature. Nous reviendrons vers vous sous huitaine pour vous indiquer la suite donnée.

Cordialement,
Florence Michel
Assistante RH
Bâtir Ensemble

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite, notamment pour raison de santé publique.""",
        "answer_date",
        answer_by="2026-12-18",
        company="Bâtir Ensemble",
        recruiter="Florence Michel",
    ),
    Labelled(
        "mixed_fr_en",
        """Hello Camille,

Thanks again pour ton temps hier ! Unfortunately the team decided not to move forward, mais on a apprécié ton énergie.

Cheers,
Antoine Leclerc
Head of Talent, Kolibri""",
        "refusal",
        reason="none",
        company="Kolibri",
        recruiter="Antoine Leclerc",
    ),
    Labelled(
        "fr_linkedin_paste",
        """Antoine Girard · 10:42
Bonjour Léa, merci pour nos échanges ! Nous aimerions vous proposer un entretien avec le manager demain à 14h, est-ce que ça vous va ?""",
        "interview",
        interview_at="2026-12-11T14:00",
        recruiter="Antoine Girard",
    ),
    Labelled(
        "fr_pasted_header_no_marker",
        """De : Élise Carpentier <elise.carpentier@nexity-conseil.fr>
Envoyé : lundi 7 décembre 2026 11:20
À : Hugo Lambert
Objet : RE: Candidature commercial

Bonjour Hugo,

Nous avons décidé de ne pas poursuivre votre candidature : le poste requiert une solide expérience en prospection B2B.

Cordialement,
Élise Carpentier""",
        "refusal",
        reason="missing_skills",
        skill="prospection B2B",
        company="Nexity Conseil",
        recruiter="Élise Carpentier",
    ),
    Labelled(
        "fr_f3a_forwarded_relative_to_sent_date",
        """---------- Message transféré ---------
De : Rémi Caron <remi.caron@les-ateliers-du-lin.fr>
Date : 2 nov. 2026 16:30
Objet : Votre candidature

Bonjour,

Nous ne pourrons pas donner suite cette fois-ci, mais un poste similaire devrait se libérer d'ici deux mois dans notre atelier de Roubaix.

Bien à vous,
Rémi Caron""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Les Ateliers du Lin",
        recruiter="Rémi Caron",
    ),
    Labelled(
        "en_answer_forwarded_sent_date",
        """---------- Forwarded message ---------
From: Jacob Reed <jacob.reed@summitpeak.com>
Date: Mon, Nov 30, 2026 at 5:15 PM
Subject: Next steps
To: <alex.martin@gmail.com>

Hi Alex,

Thanks for meeting the team today. We will get back to you within 10 days with our decision.

Jacob Reed
Recruiter, Summit Peak""",
        "answer_date",
        answer_by="2026-12-10",
        company="Summit Peak",
        recruiter="Jacob Reed",
    ),
    Labelled(
        "fr_interview_forwarded_relative",
        """---------- Message transféré ---------
De : Inès Royer <ines.royer@caprice-cosmetiques.fr>
Date : mer. 9 déc. 2026 à 15:03
Objet : Entretien

Bonjour Léa,

Je vous propose un entretien demain à 9h30 dans nos bureaux de Lyon.

À bientôt,
Inès Royer
Caprice Cosmétiques""",
        "interview",
        interview_at="2026-12-10T09:30",
        company="Caprice Cosmétiques",
        recruiter="Inès Royer",
    ),
    Labelled(
        "en_f1_short_linkedin",
        """Hi Chris, thanks for applying to Vanta Studio. Unfortunately we've filled the position. Best of luck! – Noah""",
        "refusal",
        reason="none",
        company="Vanta Studio",
        recruiter=None,
    ),
    Labelled(
        "fr_n3_religion_ramadan",
        """Bonjour Samir,
Le poste exige une présence en cuisine en soirée pendant tout le mois de décembre et de mars, et nous craignons que le ramadan soit un problème. Nous ne donnerons pas suite.
Cordialement,
Restaurant Le Comptoir""",
        "refusal",
        reason="discriminatory",
        company="Restaurant Le Comptoir",
        recruiter=None,
        criteria=("religion",),
    ),
    Labelled(
        "en_n3_nationality_passport",
        """Hi Lina,

We've decided to prioritise candidates of French nationality for this public-facing post, so we won't be moving forward with your application.

Regards,
Mark Allen
Operations, Riviera Tours""",
        "refusal",
        reason="discriminatory",
        company="Riviera Tours",
        recruiter="Mark Allen",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_n3_health_arret_maladie",
        """Bonjour,
Votre ancien employeur nous a parlé de vos nombreux arrêts maladie. Nous ne souhaitons pas prendre de risque et ne retiendrons pas votre candidature.
Cordialement,
Sébastien Marin
Transports Marin""",
        "refusal",
        reason="discriminatory",
        company="Transports Marin",
        recruiter="Sébastien Marin",
        criteria=("health",),
    ),
    Labelled(
        "en_n3_family_children",
        """Hi Emma,

Given your young children, we feel the travel requirements of this role would be too demanding for you, so we have chosen another candidate.

Best,
Oliver Reid
Regional Manager, Coastline Hotels""",
        "refusal",
        reason="discriminatory",
        company="Coastline Hotels",
        recruiter="Oliver Reid",
        criteria=("family",),
    ),
    Labelled(
        "fr_n3_sexe_femme",
        """Bonjour Thomas,
Pour équilibrer notre équipe d'accueil, nous recherchons une femme pour ce poste. Nous ne pourrons donc pas retenir votre candidature.
Cordialement,
Claire Dumont
Hôtel des Arts""",
        "refusal",
        reason="discriminatory",
        company="Hôtel des Arts",
        recruiter="Claire Dumont",
        criteria=("sex",),
    ),
    Labelled(
        "fr_n3_grossesse_projet",
        """Bonjour Julie,
Lors de l'entretien vous avez évoqué un projet de bébé ; le poste nécessitant une disponibilité totale sur 18 mois, nous préférons ne pas poursuivre.
Cordialement,
Agence Nova Events""",
        "refusal",
        reason="discriminatory",
        company="Agence Nova Events",
        recruiter=None,
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_n3_disability_deaf",
        """Hi Noah,

As you are deaf, we don't think you could handle the phone part of the role, so we are not proceeding with your application.

Thanks,
Rebecca Stone
Office Manager, Pinecrest Dental""",
        "refusal",
        reason="discriminatory",
        company="Pinecrest Dental",
        recruiter="Rebecca Stone",
        criteria=("disability",),
    ),
    Labelled(
        "en_n3_union_member",
        """Dear Sean,

We became aware of your union membership during the reference process. The company has decided not to proceed with your application.

Regards,
Gary Hunt
Plant Manager, Brixton Metals""",
        "refusal",
        reason="discriminatory",
        company="Brixton Metals",
        recruiter="Gary Hunt",
        criteria=("union",),
    ),
    Labelled(
        "fr_n3_apparence_poids",
        """Bonjour,
Pour ce poste de vendeuse, l'image compte beaucoup et votre poids ne correspond pas à nos standards. Nous ne donnerons pas suite.
Cordialement,
Boutique Éclat""",
        "refusal",
        reason="discriminatory",
        company="Boutique Éclat",
        recruiter=None,
        criteria=("appearance",),
    ),
    Labelled(
        "en_n3_accent_strong",
        """Hi Olu,

Your experience is strong, but the team felt your strong accent would be a barrier in client calls, so we won't be moving forward.

Best,
Hannah Price
Recruiter, Clearwave Telecom""",
        "refusal",
        reason="discriminatory",
        company="Clearwave Telecom",
        recruiter="Hannah Price",
        criteria=("accent",),
    ),
    Labelled(
        "fr_n3_origine_couleur",
        """Bonjour,
Je serai franc : le client final préfère des intervenants d'origine européenne. Nous ne pouvons pas vous placer sur cette mission.
Cordialement,
Jérôme Fabre
Interim Express""",
        "refusal",
        reason="discriminatory",
        company="Interim Express",
        recruiter="Jérôme Fabre",
        criteria=("origin",),
    ),
    Labelled(
        "en_f3a_six_months_reach_out",
        """Hi Priya,

We won't be moving forward with your application for now because the team is on a hiring freeze. We expect to reopen the role in six months, so please reach out to us then.

Best,
David Kim
Engineering Manager, Polaris Cloud""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Polaris Cloud",
        recruiter="David Kim",
    ),
    Labelled(
        "fr_skill_lacunes",
        """Bonjour Léo,
Le test technique a révélé des lacunes en Python avancé ; nous ne pouvons donc pas retenir votre candidature pour ce poste de data engineer.
Cordialement,
Mathilde Simon
Tech Recruiter, Datavista""",
        "refusal",
        reason="missing_skills",
        skill="Python avancé",
        company="Datavista",
        recruiter="Mathilde Simon",
    ),
    Labelled(
        "en_answer_next_week",
        """Hi Morgan,

Lovely to meet you on Tuesday. We'll be in touch next week with an update on next steps.

Thanks,
Isabel Cruz
Talent Partner, Fernhill Group""",
        "answer_date",
        answer_by="2026-12-20",
        company="Fernhill Group",
        recruiter="Isabel Cruz",
    ),
    # --- A second batch, written apart from the first ----------------------------------------
    Labelled(
        "fr_second_01",
        """Bonjour Nadia,

Je reviens vers vous concernant votre candidature au poste d'Office Manager chez Hopscotch Travel.
Nous avons eu beaucoup de candidatures de qualité et, après mûre réflexion, nous avons choisi de poursuivre le processus avec d'autres candidats.

Je vous remercie sincèrement pour l'intérêt porté à notre entreprise.

Bien cordialement,

Claire Vasseur
Talent Acquisition
Hopscotch Travel""",
        "refusal",
        reason="none",
        company="Hopscotch Travel",
        recruiter="Claire Vasseur",
    ),
    Labelled(
        "en_second_02",
        """Hi Daniel,

Thanks so much for your interest in the Customer Support role at Finch. We really enjoyed getting to know you, but we've decided to move ahead with candidates whose experience is a closer match for the role right now.

We'll keep your details on file for future openings.

Best wishes,
Sophie
Finch People Team""",
        "refusal",
        reason="none",
        company="Finch",
        recruiter=None,
    ),
    Labelled(
        "fr_second_03",
        """Bonjour Monsieur Lopez,

Pour faire suite à votre entretien du 2 décembre, j'ai le regret de vous informer que votre candidature n'a pas été retenue. Le jury a estimé que votre maîtrise d'Excel était insuffisante pour le poste d'assistant comptable.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Martine Collet
Responsable administrative
Mairie de Saint-Herblain""",
        "refusal",
        reason="missing_skills",
        skill="Excel",
        company="Mairie de Saint-Herblain",
        recruiter="Martine Collet",
    ),
    Labelled(
        "en_second_04",
        """Hello Kim,

We loved your portfolio, but for this role we really need someone with deeper expertise in motion design. Unfortunately we won't be taking your application further.

Thanks again,
Leo Martins
Creative Director, Wavelength Studio""",
        "refusal",
        reason="missing_skills",
        skill="motion design",
        company="Wavelength Studio",
        recruiter="Leo Martins",
    ),
    Labelled(
        "fr_second_05",
        """Bonjour Clément,

Merci pour ton temps lors des entretiens. On ne va pas pouvoir aller plus loin pour le poste de développeur back-end cette fois-ci.
Par contre on ouvre un nouveau poste dans l'équipe data d'ici 4 mois environ, je reviendrai vers toi à ce moment-là !

À bientôt,
Yanis Belkacem
Head of Engineering – Tribu""",
        "refusal",
        reason="opening_later",
        months=4,
        company="Tribu",
        recruiter="Yanis Belkacem",
    ),
    Labelled(
        "en_second_06",
        """Dear Ms. Okafor,

Thank you for attending the assessment centre. We regret that we are unable to offer you a place on this year's graduate programme. However, applications for the next intake open in three months and we would encourage you to apply again.

Yours sincerely,
Graduate Recruitment Team
Harrowfield Bank""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Harrowfield Bank",
        recruiter=None,
    ),
    Labelled(
        "fr_second_07",
        """Bonjour Inès,

Nous avons finalement retenu une autre candidate pour le poste de chargée de communication. Votre profil nous a toutefois beaucoup plu : nous avons actuellement un poste de chargée de marketing digital ouvert, qui pourrait vous convenir. Souhaitez-vous que je transmette votre candidature ?

Cordialement,
Hélène Pruvost
RH – Editions Lumière""",
        "refusal",
        reason="other_opening",
        company="Editions Lumière",
        recruiter="Hélène Pruvost",
    ),
    Labelled(
        "en_second_08",
        """Hi Marco,

You weren't selected for the Sales Engineer position, but we're currently hiring for several Solutions Consultant roles that match your background. Take a look at our careers page and apply if any of them interests you.

Best,
Jess Parker
Recruiter | Stratos Cloud""",
        "refusal",
        reason="other_opening",
        company="Stratos Cloud",
        recruiter="Jess Parker",
    ),
    Labelled(
        "fr_second_09",
        """Monsieur,

Nous accusons réception de votre nouvelle relance. Comme indiqué précédemment, votre candidature ne sera pas retenue et cette décision est sans appel. Nous vous remercions de ne plus nous solliciter à ce sujet.

Direction des Ressources Humaines
Clinique Saint-Roch""",
        "refusal",
        reason="categorical",
        company="Clinique Saint-Roch",
        recruiter=None,
    ),
    Labelled(
        "fr_second_10",
        """Bonjour,

Sans vouloir vous vexer, à 52 ans vous auriez du mal à vous adapter à notre équipe de jeunes développeurs. Nous préférons donc ne pas poursuivre.

Cordialement,
Maxime Tessier
CEO, Appyfood""",
        "refusal",
        reason="discriminatory",
        company="Appyfood",
        recruiter="Maxime Tessier",
        criteria=("age",),
    ),
    Labelled(
        "en_second_11",
        """Hi Aisha,

Our client has asked for a candidate who would fit their very traditional culture, and they felt that wearing a hijab might be an issue with some customers. I'm sorry we can't put you forward.

Regards,
Neil Morris
Consultant, Apex Staffing""",
        "refusal",
        reason="discriminatory",
        company="Apex Staffing",
        recruiter="Neil Morris",
        criteria=("religion",),
    ),
    Labelled(
        "fr_second_12",
        """Bonjour Madame Nguyen,

Nous avons apprécié votre candidature. Cependant, le poste étant très physique et compte tenu de votre état de santé, nous ne pouvons pas y donner suite.

Cordialement,
Entrepôts Vallée""",
        "refusal",
        reason="discriminatory",
        company="Entrepôts Vallée",
        recruiter=None,
        criteria=("health",),
    ),
    Labelled(
        "en_second_13",
        """Hi Tom,

I wanted to be upfront: the team is looking to hire a woman to balance the department, so we won't be moving your application forward.

Thanks,
Rachel Green
HR Manager, Lumina Retail""",
        "refusal",
        reason="discriminatory",
        company="Lumina Retail",
        recruiter="Rachel Green",
        criteria=("sex",),
    ),
    Labelled(
        "fr_second_14",
        """Bonjour Monsieur,

Nous ne souhaitons pas recruter de personnes de nationalité étrangère pour ce poste de sécurité. Nous ne donnerons pas suite.

Cordialement,
Protect Services""",
        "refusal",
        reason="discriminatory",
        company="Protect Services",
        recruiter=None,
        criteria=("nationality",),
    ),
    Labelled(
        "fr_second_15",
        """Bonjour Amandine,

Votre profil est excellent, mais avec votre grossesse en cours, le calendrier du projet ne nous permet pas de vous recruter maintenant.

Cordialement,
Fabien Roche
Associé, Roche & Vidal Architectes""",
        "refusal",
        reason="discriminatory",
        company="Roche & Vidal Architectes",
        recruiter="Fabien Roche",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_second_16",
        """Hi Omar,

We were impressed with your skills, but our customers expect a "native" sounding voice on the phone and your accent was flagged by the panel. We won't be proceeding.

Best,
Call Hub Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Call Hub",
        recruiter=None,
        criteria=("accent",),
    ),
    Labelled(
        "fr_second_17",
        """Bonjour,

Suite à notre échange de ce matin, je vous confirme que nous vous donnerons une réponse définitive au plus tard vendredi prochain.

Bonne journée,
Agathe Morin
Chargée de recrutement
Sodexa""",
        "answer_date",
        answer_by="2026-12-18",
        company="Sodexa",
        recruiter="Agathe Morin",
    ),
    Labelled(
        "en_second_18",
        """Hi Priya,

Thanks for speaking with the panel yesterday. We are aiming to let all candidates know the outcome by 17 December.

Kind regards,
Michael Stone
Talent Acquisition Partner, Everleigh Insurance""",
        "answer_date",
        answer_by="2026-12-17",
        company="Everleigh Insurance",
        recruiter="Michael Stone",
    ),
    Labelled(
        "fr_second_19",
        """Bonjour Julien,

Merci pour l'entretien. Nous avons encore quelques candidats à rencontrer, vous aurez de nos nouvelles d'ici 10 jours.

Cordialement,
Sarah Benoît
Responsable RH
Groupe Tessier""",
        "answer_date",
        answer_by="2026-12-20",
        company="Groupe Tessier",
        recruiter="Sarah Benoît",
    ),
    Labelled(
        "en_second_20",
        """Hello Anna,

Just a quick update: the hiring committee meets early next week, and we should be able to share a decision with you by the end of next week.

Best,
Chris Nolan
Recruiting Lead, Parallax Games""",
        "answer_date",
        answer_by="2026-12-20",
        company="Parallax Games",
        recruiter="Chris Nolan",
    ),
    Labelled(
        "fr_second_21",
        """Bonjour Lucie,

Nous avons le plaisir de vous inviter à un entretien le lundi 14 décembre 2026 à 11h00, dans nos locaux situés au 5 avenue Foch, 75016 Paris.
Merci de vous munir d'une pièce d'identité.

Cordialement,
Jean-Marc Dubois
Directeur commercial
Foch Immobilier""",
        "interview",
        interview_at="2026-12-14T11:00",
        company="Foch Immobilier",
        recruiter="Jean-Marc Dubois",
    ),
    Labelled(
        "en_second_22",
        """Hi Ben,

Great news — the team would like to meet you for a final interview! Would Wednesday 16th December at 3pm work for you? It will be held over Zoom.

Cheers,
Amy Lawson
Talent Partner, Coral Finance""",
        "interview",
        interview_at="2026-12-16T15:00",
        company="Coral Finance",
        recruiter="Amy Lawson",
    ),
    Labelled(
        "fr_second_23",
        """Bonjour Thomas,

Suite à votre candidature, je vous propose un premier échange téléphonique jeudi 17 à 10h30. Pouvez-vous me confirmer que ce créneau vous convient ?

Belle journée,
Pauline Gaillard
Recruteuse - Cabinet Hunteo""",
        "interview",
        interview_at="2026-12-17T10:30",
        company="Cabinet Hunteo",
        recruiter="Pauline Gaillard",
    ),
    Labelled(
        "en_second_24",
        """Hi Grace,

Your interview is confirmed for Friday, December 11 at 09:30 with Mark and Julia from the product team. Here is the Google Meet link: meet.google.com/abc-defg-hij

Best,
Lauren Hughes
Recruiting Coordinator
Northstar Health""",
        "interview",
        interview_at="2026-12-11T09:30",
        company="Northstar Health",
        recruiter="Lauren Hughes",
    ),
    Labelled(
        "fr_second_25",
        """Bonjour,

Nous vous remercions pour votre candidature spontanée, qui a bien été transmise à notre service des ressources humaines. Elle sera étudiée avec la plus grande attention.

Cordialement,
Le service recrutement
Laboratoires Servane""",
        "received",
        company="Laboratoires Servane",
        recruiter=None,
    ),
    Labelled(
        "en_second_26",
        """Hi there,

We've received your application for Frontend Developer at Brightwave. Our team is reviewing applications and will reach out if there's a fit.

The Brightwave Hiring Team""",
        "received",
        company="Brightwave",
        recruiter=None,
    ),
    Labelled(
        "en_second_27",
        """---------- Forwarded message ---------
From: Julia Hoffmann <j.hoffmann@kranich-logistik.de>
Date: Fri, Dec 4, 2026 at 11:48 AM
Subject: Your application
To: <tom.baker@gmail.com>

Dear Tom,

Thank you for your application. Unfortunately, we have decided to fill the position with another candidate.

Best regards
Julia Hoffmann
HR Manager
Kranich Logistik GmbH""",
        "refusal",
        reason="none",
        company="Kranich Logistik GmbH",
        recruiter="Julia Hoffmann",
    ),
    Labelled(
        "fr_second_28",
        """---------- Message transféré ---------
De : Recrutement Maisons Pavie <recrutement@maisons-pavie.fr>
Date : ven. 4 déc. 2026 à 14:30
Objet : Votre candidature – Conducteur de travaux
À : <paul.riviere@orange.fr>

Bonjour Monsieur Rivière,

Nous vous remercions de votre candidature. Nous reviendrons vers vous sous 10 jours ouvrés.

Cordialement,
Le service recrutement""",
        "answer_date",
        answer_by="2026-12-18",
        company="Maisons Pavie",
        recruiter=None,
    ),
    Labelled(
        "fr_second_29",
        """Bonjour Emma,

Merci pour cet échange, c'était très intéressant. Malheureusement, nous cherchons un profil avec davantage d'expérience en gestion de comptes grands clients. Je garde néanmoins votre CV de côté.

Bonne continuation,
Sami Haddad
Sales Manager – Orkestra""",
        "refusal",
        reason="missing_skills",
        skill="gestion de comptes grands clients",
        company="Orkestra",
        recruiter="Sami Haddad",
    ),
    Labelled(
        "en_second_30",
        """Hi Laura,

Thanks for coming in. Honestly, we think someone without young kids would be better suited to the travel this job requires, so we're going to pass.

Best,
Jake Reynolds
Founder, Outbound Labs""",
        "refusal",
        reason="discriminatory",
        company="Outbound Labs",
        recruiter="Jake Reynolds",
        criteria=("family",),
    ),
    Labelled(
        "fr_second_31",
        """Bonjour,

Nous avons été informés de votre engagement syndical chez votre ancien employeur et nous ne souhaitons pas donner suite à votre candidature.

Cordialement,
Direction
Mécanique Générale Ouest""",
        "refusal",
        reason="discriminatory",
        company="Mécanique Générale Ouest",
        recruiter=None,
        criteria=("union",),
    ),
    Labelled(
        "en_second_32",
        """Hello Sara,

Thank you for your time. We felt your appearance did not fit the image of our front desk team, so we will not be moving forward.

Regards,
Hotel Bellavista""",
        "refusal",
        reason="discriminatory",
        company="Hotel Bellavista",
        recruiter=None,
        criteria=("appearance",),
    ),
    Labelled(
        "fr_second_33",
        """Bonjour Marc,

Vous êtes en fauteuil et malheureusement nos bureaux ne sont pas accessibles ; nous avons donc retenu un autre candidat.

Cordialement,
Nicolas Faure
Faure Expertise Comptable""",
        "refusal",
        reason="discriminatory",
        company="Faure Expertise Comptable",
        recruiter="Nicolas Faure",
        criteria=("disability",),
    ),
    Labelled(
        "en_second_34",
        """Hi Liam,

Thanks for applying. Our client prefers candidates of a different ethnicity for this customer-facing role, so I can't put you forward.

Best,
Tara Quinn
Quinn Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Quinn Recruitment",
        recruiter="Tara Quinn",
        criteria=("origin",),
    ),
    Labelled(
        "fr_second_35",
        """Bonjour,
Pouvez-vous nous envoyer vos trois dernières fiches de paie ?
Merci,
Cabinet Lemoine""",
        "other",
        company="Cabinet Lemoine",
        recruiter=None,
    ),
    Labelled(
        "en_second_36",
        """Hi Noor,

I came across your profile and think you'd be a great fit for a Senior Data Scientist role at Vireo. Would you be open to a quick chat?

Best,
Daniel Ortiz
Technical Recruiter, Vireo""",
        "interview",
        company="Vireo",
        recruiter="Daniel Ortiz",
    ),
    Labelled(
        "fr_second_37",
        """Bonjour Karine,

Après plusieurs entretiens, nous avons décidé de ne pas retenir votre candidature. Notre décision est définitive.

Bien à vous,
Alice Perret
DRH, Groupe Mistral""",
        "refusal",
        reason="categorical",
        company="Groupe Mistral",
        recruiter="Alice Perret",
    ),
    Labelled(
        "en_second_38",
        """Hi Sam,

Unfortunately you've not been successful on this occasion. We don't provide individual feedback due to the volume of applications.

Kind regards,
Talent Team
Marlowe Group""",
        "refusal",
        reason="none",
        company="Marlowe Group",
        recruiter=None,
    ),
    Labelled(
        "fr_second_39",
        """Bonjour Léna,

Je vous remercie pour votre candidature. Nous organisons les entretiens la semaine du 14 décembre et je reviendrai vers vous d'ici lundi pour fixer un créneau.

Cordialement,
Rémi Jacob
Recruteur, Saveurs & Co""",
        "answer_date",
        answer_by="2026-12-14",
        company="Saveurs & Co",
        recruiter="Rémi Jacob",
    ),
    Labelled(
        "fr_second_40",
        """Bonjour Simon,

Votre candidature a retenu notre attention ! Nous souhaiterions organiser un entretien en visio le 18 décembre à 17h. Le lien vous sera envoyé la veille.

Cordialement,
Amélie Leblanc
Chargée de recrutement
Hexagone Mobilité""",
        "interview",
        interview_at="2026-12-18T17:00",
        company="Hexagone Mobilité",
        recruiter="Amélie Leblanc",
    ),
    # --- A third batch, written apart from the first two -------------------------------------
    Labelled(
        "fr_third_01",
        """Madame, Monsieur,

Nous avons bien pris connaissance de votre candidature au poste de Technicien SAV et nous vous en remercions.
Malgré l'intérêt de votre parcours, nous sommes au regret de ne pouvoir y répondre favorablement, d'autres profils correspondant davantage à nos attentes.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le Service des Ressources Humaines
ELECTRO DÉPANNAGE 44""",
        "refusal",
        reason="none",
        company="ELECTRO DÉPANNAGE 44",
    ),
    Labelled(
        "en_third_02",
        """Hey Jo! 👋

Thanks a ton for chatting with us last week. After a lot of back and forth, we decided to go another direction for this role 😕 Your design skills are great, but we need someone who has shipped mobile apps in React Native.

Keep in touch!
Mia @ Pebble""",
        "refusal",
        reason="missing_skills",
        skill="React Native",
        company="Pebble",
    ),
    Labelled(
        "fr_third_03",
        """Bonjour Florian,

Merci d'avoir participé au processus de recrutement pour le poste de Data Analyst. Nous avons décidé de retenir un candidat disposant d'une expérience plus significative sur Tableau.

Nous te souhaitons une belle réussite pour la suite !

Margaux Renard
People & Culture - Greenly""",
        "refusal",
        reason="missing_skills",
        skill="Tableau",
        company="Greenly",
        recruiter="Margaux Renard",
    ),
    Labelled(
        "en_third_04",
        """Dear Applicant,

Thank you for your interest in the Warehouse Associate position. We received a very high number of applications and, regrettably, your application was unsuccessful on this occasion.

Regards,
Hiring Team
Eastfield Distribution Ltd""",
        "refusal",
        reason="none",
        company="Eastfield Distribution Ltd",
    ),
    Labelled(
        "fr_third_05",
        """Bonjour Madame Bertrand,

J'ai le plaisir de vous confirmer votre rendez-vous pour un entretien le mercredi 16 décembre à 9h15 à l'agence de Rennes.

Bien cordialement,
Gaëlle Le Goff
Chargée de recrutement
Banque Armor""",
        "interview",
        interview_at="2026-12-16T09:15",
        company="Banque Armor",
        recruiter="Gaëlle Le Goff",
    ),
    Labelled(
        "en_third_06",
        """Hi Ethan,

Thanks for applying to Orbit! I'd love to set up a 30-minute video call with our hiring manager. Does Monday 14 December at 4:30pm (CET) work?

Cheers,
Zoe Carter
Talent, Orbit""",
        "interview",
        interview_at="2026-12-14T16:30",
        company="Orbit",
        recruiter="Zoe Carter",
    ),
    Labelled(
        "fr_third_07",
        """Bonjour,

Nous vous remercions pour l'entretien. Le poste nécessite une bonne maîtrise de l'allemand, que nous n'avons pas retrouvée lors de nos échanges ; nous ne donnerons donc pas suite à votre candidature.

Bien à vous,
Johanna Keller
Assistante RH – Rheinwerk France""",
        "refusal",
        reason="missing_skills",
        skill="allemand",
        company="Rheinwerk France",
        recruiter="Johanna Keller",
    ),
    Labelled(
        "fr_third_08",
        """Bonjour Mme Ferreira,

Vous avez le profil, mais je vous avoue que nous cherchons plutôt quelqu'un sans enfants, compte tenu des horaires décalés. Désolé.

Cordialement,
Henri Lacombe
Gérant, Boulangerie Lacombe""",
        "refusal",
        reason="discriminatory",
        company="Boulangerie Lacombe",
        recruiter="Henri Lacombe",
        criteria=("family",),
    ),
    Labelled(
        "en_third_09",
        """Hi Carlos,

We really liked you, but the team is quite young and we're worried someone your age might not fit in with the culture. So we'll pass this time.

Best,
Josh Miller
CEO, Snapcart""",
        "refusal",
        reason="discriminatory",
        company="Snapcart",
        recruiter="Josh Miller",
        criteria=("age",),
    ),
    Labelled(
        "fr_third_10",
        """Bonjour,

Nous avons remarqué votre accent lors de l'entretien téléphonique ; pour un poste de conseiller clientèle, nous préférons un accent neutre. Votre candidature n'est pas retenue.

Service recrutement
TéléConseil Plus""",
        "refusal",
        reason="discriminatory",
        company="TéléConseil Plus",
        criteria=("accent",),
    ),
    Labelled(
        "en_third_11",
        """Hello Fatima,

Thank you for your time. Our front-of-house staff cannot wear religious symbols, so we are unable to offer you the position.

Regards,
Grand Hotel Metropole""",
        "refusal",
        reason="discriminatory",
        company="Grand Hotel Metropole",
        criteria=("religion",),
    ),
    Labelled(
        "fr_third_12",
        """Bonjour Paul,

Merci pour cet échange. Nous ne pouvons malheureusement pas donner suite : le poste sera de nouveau ouvert en mars, je vous invite à revenir vers moi à ce moment-là.

Cordialement,
Lucie Arnaud
Responsable recrutement, Océane Voyages""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Océane Voyages",
        recruiter="Lucie Arnaud",
    ),
    Labelled(
        "en_third_13",
        """Hi Maya,

We've decided not to fill the role right now due to budget changes, but we plan to reopen it in around 6 months. I'll reach out when that happens.

Best,
Nathan Brooks
Head of Talent, Loomly""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Loomly",
        recruiter="Nathan Brooks",
    ),
    Labelled(
        "fr_third_14",
        """Bonjour Anaïs,

Nous sommes heureux de vous annoncer que votre candidature a été retenue pour la suite du processus ! Nous vous proposons un entretien avec la directrice d'agence le vendredi 18 décembre à 14h.

À très vite,
Sandra Pinto
Chargée RH, Adéquat Intérim""",
        "interview",
        interview_at="2026-12-18T14:00",
        company="Adéquat Intérim",
        recruiter="Sandra Pinto",
    ),
    Labelled(
        "en_third_15",
        """Hi Leo,

Just to keep you posted: we're still interviewing and expect to make a final decision within the next three weeks.

Thanks for your patience,
Hannah Cole
Recruiter, Bramble Bio""",
        "answer_date",
        answer_by="2026-12-31",
        company="Bramble Bio",
        recruiter="Hannah Cole",
    ),
    Labelled(
        "fr_third_16",
        """Bonjour Monsieur Caron,

Le process de recrutement suit son cours. Vous aurez une réponse de notre part avant le 23 décembre.

Bien cordialement,
Estelle Guérin
Responsable des talents, Syneo""",
        "answer_date",
        answer_by="2026-12-23",
        company="Syneo",
        recruiter="Estelle Guérin",
    ),
    Labelled(
        "fr_third_17",
        """Bonjour,

Votre candidature pour le poste de Comptable fournisseurs a bien été reçue. Nos équipes l'étudieront dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.

Recrutement Groupe Solaris""",
        "received",
        company="Groupe Solaris",
    ),
    Labelled(
        "en_third_18",
        """Thanks for applying to the Logistics Coordinator position at Harbor Freight Co! We've got your application and our recruiting team is taking a look. If your experience matches what we're looking for, we'll be in touch.

— Harbor Freight Co Recruiting""",
        "received",
        company="Harbor Freight Co",
    ),
    Labelled(
        "fr_third_19",
        """Bonjour Clara,

Suite à votre entretien, nous avons le regret de vous informer que nous avons choisi un autre profil. Cependant, nous avons plusieurs postes d'assistante commerciale à pourvoir dans nos agences de Bordeaux et Toulouse. Seriez-vous intéressée ?

Bien à vous,
Olivia Marchetti
RH - Immo Sud-Ouest""",
        "refusal",
        reason="other_opening",
        company="Immo Sud-Ouest",
        recruiter="Olivia Marchetti",
    ),
    Labelled(
        "en_third_20",
        """Dear Mr Patel,

Further to your interview, I regret to inform you that your application for the post of Senior Nurse has not been successful. The panel will not be able to reconsider this decision and no further correspondence will be entered into.

Yours sincerely,
Dr Susan Clarke
Director of Nursing
St Anne's Hospital Trust""",
        "refusal",
        reason="categorical",
        company="St Anne's Hospital Trust",
        recruiter="Susan Clarke",
    ),
    Labelled(
        "fr_third_21",
        """---------- Message transféré ---------
De : Laurent Fabre <l.fabre@cabinet-fabre.fr>
Date : lun. 7 déc. 2026 à 08:59
Objet : Entretien
À : <julie.blanc@hotmail.fr>

Bonjour Julie,

Je vous confirme notre rendez-vous demain à 15h30 au cabinet.

Cordialement,
Laurent Fabre""",
        "interview",
        interview_at="2026-12-08T15:30",
        company="Cabinet Fabre",
        recruiter="Laurent Fabre",
    ),
    Labelled(
        "en_third_22",
        """Hi Sophie,

Unfortunately we won't be offering you the position. To be honest, the client is looking for a male engineer for this site.

Regards,
Paul Dixon
Dixon Engineering Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Dixon Engineering Recruitment",
        recruiter="Paul Dixon",
        criteria=("sex",),
    ),
    Labelled(
        "fr_third_23",
        """Bonjour,
Merci pour votre candidature. Malheureusement, votre handicap n'est pas compatible avec les contraintes du poste de cariste.
Cordialement,
Logistique du Val""",
        "refusal",
        reason="discriminatory",
        company="Logistique du Val",
        criteria=("disability",),
    ),
    Labelled(
        "en_third_24",
        """Hi Ana,

Quick update — we'll have news for you by next Wednesday at the latest.

Best,
Ryan
Talent @ Glimmer""",
        "answer_date",
        answer_by="2026-12-16",
        company="Glimmer",
    ),
    Labelled(
        "fr_third_25",
        """Bonjour Hugo,

Je me permets de revenir vers vous : le manager souhaite vous rencontrer. Êtes-vous disponible le 15/12 à 11h ?

Merci,
Céline Morel
Recruteuse, Talentis""",
        "interview",
        interview_at="2026-12-15T11:00",
        company="Talentis",
        recruiter="Céline Morel",
    ),
    Labelled(
        "en_third_26",
        """Dear Jordan,

Thank you for your application for the role of Junior Developer. We have reviewed your application carefully, and on this occasion we will not be taking it further as we are looking for candidates with commercial experience in Java.

Kind regards,
Recruitment Team
Meridian Bank plc""",
        "refusal",
        reason="missing_skills",
        skill="Java",
        company="Meridian Bank plc",
    ),
    Labelled(
        "fr_third_27",
        """Bonjour,

Votre candidature ne correspond pas à notre recherche actuelle. Nous la conservons dans notre vivier et vous recontacterons si une opportunité se présente.

Cordialement,
L'équipe Talents
Nexa Energies""",
        "refusal",
        reason="none",
        company="Nexa Energies",
    ),
    Labelled(
        "en_third_28",
        """Hey Chris,

Sorry, we went with an internal candidate for this one. Nothing to do with your profile!

Mark""",
        "refusal",
        reason="none",
    ),
    Labelled(
        "fr_third_29",
        """Bonjour Sarah,

Merci beaucoup pour votre venue jeudi dernier. Nous finalisons nos entretiens cette semaine et reviendrons vers vous au plus tard mardi prochain.

Belle journée,
Maud Vernier
Chargée de recrutement
Altea Santé""",
        "answer_date",
        answer_by="2026-12-15",
        company="Altea Santé",
        recruiter="Maud Vernier",
    ),
    Labelled(
        "en_third_30",
        """Hi Ravi,

We can't move forward as we only sponsor visas for EU nationals and, frankly, the team prefers colleagues from similar cultural backgrounds.

Thanks,
Eric Hall
Manager, Westbrook Ltd""",
        "refusal",
        reason="discriminatory",
        company="Westbrook Ltd",
        recruiter="Eric Hall",
        criteria=("origin",),
    ),
    # --- A fourth batch, written apart from the first three ----------------------------------
    Labelled(
        "fr_fourth_01",
        """Bonjour Monsieur Durand,

Nous faisons suite à votre candidature au poste de Responsable logistique.
Nous avons le regret de vous annoncer que celle-ci n'a pas été retenue, le poste ayant été pourvu en interne.

Nous vous remercions de l'intérêt porté à notre société et vous prions d'agréer nos sincères salutations.

Service Ressources Humaines
Transports Guérin & Fils""",
        "refusal",
        reason="none",
        company="Transports Guérin & Fils",
    ),
    Labelled(
        "en_fourth_02",
        """Hi Alex,

Thank you for your patience throughout the process. I'm afraid we won't be moving forward with your candidacy for the Product Manager role.

We appreciated your time and wish you all the best.

Warmly,
Jenna Walsh
Talent Partner | Loop Health""",
        "refusal",
        reason="none",
        company="Loop Health",
        recruiter="Jenna Walsh",
    ),
    Labelled(
        "fr_fourth_03",
        """Bonjour Julie,

Merci encore pour ta venue. Malheureusement, on cherche quelqu'un avec plus d'expérience en gestion de paie, donc on ne va pas donner suite pour le moment.

Bonne continuation à toi,
Romane Petit
Office Manager – Kazoo""",
        "refusal",
        reason="missing_skills",
        skill="gestion de paie",
        company="Kazoo",
        recruiter="Romane Petit",
    ),
    Labelled(
        "en_fourth_04",
        """Dear Sam,

Thanks for interviewing with us. The team decided to move forward with a candidate who has more hands-on experience with AWS. We'd encourage you to reapply in the future.

Regards,
Tim O'Brien
Engineering Manager, Cloudnine""",
        "refusal",
        reason="missing_skills",
        skill="AWS",
        company="Cloudnine",
        recruiter="Tim O'Brien",
    ),
    Labelled(
        "fr_fourth_05",
        """Bonjour,

Pour ce poste, la maîtrise de l'espagnol est indispensable, et votre niveau ne nous permet pas de retenir votre candidature.

Cordialement,
Carla Mendes
RH - Iberia Travel France""",
        "refusal",
        reason="missing_skills",
        skill="espagnol",
        company="Iberia Travel France",
        recruiter="Carla Mendes",
    ),
    Labelled(
        "en_fourth_06",
        """Hi Priya,

We've decided not to proceed with your application. We'll have another opening on this team in about 3 months, though, and I'd be happy to reach out then.

Best,
Kyle Brown
Recruiter, Sunbeam""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Sunbeam",
        recruiter="Kyle Brown",
    ),
    Labelled(
        "fr_fourth_07",
        """Bonjour Éric,

Votre candidature n'a pas été retenue pour ce poste. Nous recruterons à nouveau des conseillers de vente dans deux mois, pour la saison : n'hésitez pas à repostuler.

Cordialement,
Magasin Sportissimo Nantes""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Magasin Sportissimo Nantes",
    ),
    Labelled(
        "en_fourth_08",
        """Hi Dan,

We chose a different candidate for the Analyst role, but we're currently recruiting for a Junior Consultant position that I think you'd be perfect for. Let me know if you'd like me to send you the details!

Cheers,
Amy Chen
Talent Acquisition, Brookfield Advisory""",
        "refusal",
        reason="other_opening",
        company="Brookfield Advisory",
        recruiter="Amy Chen",
    ),
    Labelled(
        "fr_fourth_09",
        """Bonjour,

Merci pour votre candidature. Nous ne pouvons pas y donner suite. Je vous demande de ne plus nous envoyer de candidature pour ce type de poste : votre profil ne correspond absolument pas.

Cordialement,
Garage Moreau""",
        "refusal",
        reason="categorical",
        company="Garage Moreau",
    ),
    Labelled(
        "en_fourth_10",
        """Hello,

I'll be honest with you: we're looking for someone younger to match the energy of our sales floor. We won't be moving forward.

Regards,
Tony Russo
Store Manager, Urban Kicks""",
        "refusal",
        reason="discriminatory",
        company="Urban Kicks",
        recruiter="Tony Russo",
        criteria=("age",),
    ),
    Labelled(
        "fr_fourth_11",
        """Bonjour Madame,

Je préfère être franc : avec trois enfants, le poste avec astreintes le week-end ne me paraît pas adapté pour vous. Je ne donnerai pas suite.

Cordialement,
Jacques Perrin
Gérant, Perrin Maintenance""",
        "refusal",
        reason="discriminatory",
        company="Perrin Maintenance",
        recruiter="Jacques Perrin",
        criteria=("family",),
    ),
    Labelled(
        "en_fourth_12",
        """Hi Tom,

Unfortunately our client has specified they only want female staff for this role, so I'm unable to submit your profile.

Kind regards,
Lucy Fox
Consultant, Bright Staffing""",
        "refusal",
        reason="discriminatory",
        company="Bright Staffing",
        recruiter="Lucy Fox",
        criteria=("sex",),
    ),
    Labelled(
        "fr_fourth_13",
        """Bonjour Yasmina,

Merci pour l'entretien. Nous avons un doute sur votre capacité à travailler pendant le ramadan, nous préférons donc ne pas donner suite.

Cordialement,
Patisserie Dumas""",
        "refusal",
        reason="discriminatory",
        company="Patisserie Dumas",
        criteria=("religion",),
    ),
    Labelled(
        "en_fourth_14",
        """Hi Greg,

Given your recent cancer treatment, we are concerned about the demands of this role and have decided to pursue other candidates.

Sincerely,
Diane Ross
HR Director, Apex Manufacturing""",
        "refusal",
        reason="discriminatory",
        company="Apex Manufacturing",
        recruiter="Diane Ross",
        criteria=("health",),
    ),
    Labelled(
        "fr_fourth_15",
        """Bonjour,

Je vous confirme que nous vous contacterons pour vous faire part de notre décision au plus tard le vendredi 18 décembre.

Bien cordialement,
Audrey Lemoine
Chargée de recrutement, Mutuelle Armorique""",
        "answer_date",
        answer_by="2026-12-18",
        company="Mutuelle Armorique",
        recruiter="Audrey Lemoine",
    ),
    Labelled(
        "en_fourth_16",
        """Hi Chloe,

Thanks for your time today! We're meeting the last candidates this week and will let you know our decision early next week.

Best,
Sarah Lin
People Ops, Hatch""",
        "answer_date",
        answer_by="2026-12-16",
        company="Hatch",
        recruiter="Sarah Lin",
    ),
    Labelled(
        "fr_fourth_17",
        """Bonjour Léo,

Merci pour cet entretien. Vous aurez notre réponse d'ici la fin du mois.

Cordialement,
Thomas Girard
Directeur technique, Opsia""",
        "answer_date",
        answer_by="2026-12-31",
        company="Opsia",
        recruiter="Thomas Girard",
    ),
    Labelled(
        "en_fourth_18",
        """Hi Mark,

We'd love to have you in for a final round. Are you free on Thursday, December 17th at 10:00 AM? The interview will take place at our London office.

Thanks,
Rebecca Hall
Recruitment Coordinator, Fenchurch Capital""",
        "interview",
        interview_at="2026-12-17T10:00",
        company="Fenchurch Capital",
        recruiter="Rebecca Hall",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_fourth_19",
        """Bonjour Madame Leroy,

Suite à votre candidature, nous avons le plaisir de vous convoquer à un entretien le lundi 21 décembre à 10h30 au siège, 3 place Bellecour à Lyon.

Cordialement,
Direction des ressources humaines
Groupe Bellecour Santé""",
        "interview",
        interview_at="2026-12-21T10:30",
        company="Groupe Bellecour Santé",
    ),
    Labelled(
        "en_fourth_20",
        """Hey Sam, this is Jake from Pixelforge! Loved your portfolio. Could we hop on a call tomorrow at 3pm?""",
        "interview",
        interview_at="2026-12-11T15:00",
        company="Pixelforge",
    ),
    Labelled(
        "fr_fourth_21",
        """Bonjour,

Nous accusons réception de votre candidature et vous en remercions. Elle fera l'objet d'une étude attentive.

Bien cordialement,
Le service RH
Clinique des Alpes""",
        "received",
        company="Clinique des Alpes",
    ),
    Labelled(
        "en_fourth_22",
        """Hi Jordan,

We wanted to let you know we've received your application for the Sales Associate role and it's now being reviewed by our team.

Thank you,
Northwind Retail Careers""",
        "received",
        company="Northwind Retail",
    ),
    Labelled(
        "fr_fourth_23",
        """Bonjour,

Merci de bien vouloir compléter le questionnaire en ligne avant de poursuivre le processus.

Cordialement,
Talentis Recrutement""",
        "other",
        company="Talentis",
    ),
    Labelled(
        "en_fourth_24",
        """---------- Forwarded message ---------
From: Olivia Park <olivia.park@mintleaf.co>
Date: Tue, Dec 8, 2026 at 2:10 PM
Subject: Re: Follow-up
To: Jamie Lee <jamie.lee@gmail.com>

Hi Jamie,

Thanks for following up! We're still finalising things on our side and should have an answer for you by Friday.

Best,
Olivia

On Mon, Dec 7, 2026 at 9:00 AM Jamie Lee <jamie.lee@gmail.com> wrote:
> Hi Olivia, I hope you're well. I wanted to check in on the status of my application.""",
        "answer_date",
        answer_by="2026-12-11",
        company="Mintleaf",
        recruiter="Olivia Park",
    ),
    Labelled(
        "fr_fourth_25",
        """---------- Message transféré ---------
De : RH Boulangeries Paul <recrutement@boulangeries-paul.fr>
Date : lun. 7 déc. 2026 à 09:30
Objet : Votre candidature
À : <tom.martin@free.fr>

Bonjour,

Votre profil ne correspond pas aux besoins actuels. Nous conservons toutefois votre candidature dans notre vivier.

Cordialement""",
        "refusal",
        reason="none",
        company="Boulangeries Paul",
    ),
    Labelled(
        "en_fourth_26",
        """Hello Nadia,

We will not be taking your application further. The role requires a native level of French, and unfortunately your accent would be noticeable to our clients.

Regards,
Pierre Laurent
Director, Lumière Hospitality""",
        "refusal",
        reason="discriminatory",
        company="Lumière Hospitality",
        recruiter="Pierre Laurent",
        criteria=("accent",),
    ),
    Labelled(
        "fr_fourth_27",
        """Bonjour Mme Diop,

Vous êtes d'origine sénégalaise et nos clients préfèrent des interlocuteurs français. Nous ne donnerons pas suite.

Cordialement,
Agence Patrimoine Conseil""",
        "refusal",
        reason="discriminatory",
        company="Agence Patrimoine Conseil",
        criteria=("origin",),
    ),
    Labelled(
        "en_fourth_28",
        """Hi Rosa,

Thanks for coming in. We've filled the role, but we have two other openings in our Madrid office right now that match your profile — want me to introduce you?

Best,
Carlos Ruiz
Head of Recruitment, Solera""",
        "refusal",
        reason="other_opening",
        company="Solera",
        recruiter="Carlos Ruiz",
    ),
    Labelled(
        "fr_fourth_29",
        """Bonjour Monsieur,

Après analyse, votre expérience en comptabilité analytique nous semble insuffisante pour ce poste de contrôleur de gestion. Nous ne donnerons pas suite.

Cordialement,
Claire Bonnet
Cabinet Fiducia""",
        "refusal",
        reason="missing_skills",
        skill="comptabilité analytique",
        company="Cabinet Fiducia",
        recruiter="Claire Bonnet",
    ),
    Labelled(
        "en_fourth_30",
        """Dear Ms Khan,

I'm pleased to invite you to interview for the position of Staff Nurse on Wednesday 16 December 2026 at 11.30am.

Yours sincerely,
Helen Brooks
Ward Manager
Riverside NHS Trust""",
        "interview",
        interview_at="2026-12-16T11:30",
        company="Riverside NHS Trust",
        recruiter="Helen Brooks",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    # --- A fifth batch, written apart from the first four -----------------------------------
    Labelled(
        "fr_fifth_01",
        """De : Nathalie Roche <nathalie.roche@groupe-arvor.fr>
Envoyé : mardi 8 décembre 2026 16:45
À : Paul Martin <paul.martin@gmail.com>
Objet : RE : Candidature – Acheteur

Bonjour Monsieur Martin,

Je reviens vers vous suite à nos échanges. Nous ne pourrons malheureusement pas donner une suite favorable à votre candidature : nous avons privilégié un profil disposant d'une expérience significative dans l'agroalimentaire.

Bien cordialement,

Nathalie Roche
Responsable Recrutement
Groupe Arvor
Tél. : 02 99 00 00 00""",
        "refusal",
        reason="missing_skills",
        skill="agroalimentaire",
        company="Groupe Arvor",
        recruiter="Nathalie Roche",
    ),
    Labelled(
        "en_fifth_02",
        """<div>Hi Sam,</div><div><br></div><div>Thanks so much for your interest in joining <b>Kite</b>! After reviewing your application, we've decided not to move forward at this time.</div><div><br></div><div>Best,</div><div>The Kite Team</div>""",
        "refusal",
        reason="none",
        company="Kite",
    ),
    Labelled(
        "fr_fifth_03",
        """Bonjour Lina 🙂

Suite à ton entretien avec Marc, on a le plaisir de te proposer un second entretien avec notre CEO le mercredi 16/12 à 11h, dans nos bureaux !

Dis-moi si ça te va,
Elsa
Talent Acquisition @ Bloom""",
        "interview",
        interview_at="2026-12-16T11:00",
        company="Bloom",
    ),
    Labelled(
        "en_fifth_04",
        """Hi Mike,

We enjoyed speaking with you. We're still interviewing a couple of candidates and will get back to you before Christmas.

Best,
Ellie Morgan
Recruiter, Quill""",
        "answer_date",
        answer_by="2026-12-24",
        company="Quill",
        recruiter="Ellie Morgan",
    ),
    Labelled(
        "fr_fifth_05",
        """Bonjour Monsieur,

Nous vous informons que votre candidature a été transmise au manager concerné. Vous recevrez une réponse sous 48h.

Cordialement,
Service Recrutement – Auchan Retail""",
        "answer_date",
        answer_by="2026-12-12",
        company="Auchan Retail",
    ),
    Labelled(
        "en_fifth_06",
        """Dear Aaron,

We regret to advise that your application for the role of Site Supervisor was not successful. The panel felt that a candidate of your age would find the physical demands difficult.

Yours faithfully,
Bruce Kelly
Operations Manager
Kelly Civil Works""",
        "refusal",
        reason="discriminatory",
        company="Kelly Civil Works",
        recruiter="Bruce Kelly",
        criteria=("age",),
    ),
    Labelled(
        "fr_fifth_07",
        """Bonjour Sophie,

Nous avons apprécié notre échange mais votre projet de maternité à court terme ne correspond pas aux besoins du poste. Nous ne donnerons pas suite.

Cordialement,
Marc Vidal
Directeur d'agence, ImmoPlus""",
        "refusal",
        reason="discriminatory",
        company="ImmoPlus",
        recruiter="Marc Vidal",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_fifth_08",
        """Hi Noor,

Unfortunately, we've decided to go with someone else for this position. That said, we'll be hiring for a similar role in Q2, roughly four months from now, and I'd love for you to apply.

Best,
Grace Kim
Talent Lead, Parcel""",
        "refusal",
        reason="opening_later",
        months=4,
        company="Parcel",
        recruiter="Grace Kim",
    ),
    Labelled(
        "fr_fifth_09",
        """Bonjour,

Malgré la qualité de votre candidature, nous ne sommes pas en mesure d'y donner une suite favorable. D'autres opportunités sont actuellement ouvertes sur notre site carrières, n'hésitez pas à les consulter.

Bien à vous,
L'équipe Recrutement Orange Business""",
        "refusal",
        reason="other_opening",
        company="Orange Business",
    ),
    Labelled(
        "en_fifth_10",
        """Hello Kate,

After three rounds of interviews we have made our final decision and it will not change: we will not be offering you the role.

Regards,
James Hunt
CTO, Vertex AI Labs""",
        "refusal",
        reason="categorical",
        company="Vertex AI Labs",
        recruiter="James Hunt",
    ),
    Labelled(
        "fr_fifth_11",
        """Bonjour,

Nous souhaitons constituer une équipe homogène et préférons des candidats d'origine française pour ce poste d'accueil. Votre candidature n'est pas retenue.

Hôtel du Parc""",
        "refusal",
        reason="discriminatory",
        company="Hôtel du Parc",
        criteria=("origin",),
    ),
    Labelled(
        "en_fifth_12",
        """Hi Ahmed,

I'm afraid the hiring manager had concerns about your religious practice and how it would fit our weekend schedule, so we're not progressing your application.

Best,
Sophie Lane
Recruiter, Crest Events""",
        "refusal",
        reason="discriminatory",
        company="Crest Events",
        recruiter="Sophie Lane",
        criteria=("religion",),
    ),
    Labelled(
        "fr_fifth_13",
        """Bonjour Karim,

Je vous propose un échange en visio jeudi prochain à 14h pour discuter du poste. Le lien Teams suit.

Bien à vous,
Amandine Roy
Chargée de recrutement - Capgemini""",
        "interview",
        interview_at="2026-12-17T14:00",
        company="Capgemini",
        recruiter="Amandine Roy",
    ),
    Labelled(
        "en_fifth_14",
        """Hi Alice,

Thank you for applying to the Data Engineer role at Stripe. We've received your application and will be in touch if your background is a match.

Stripe Recruiting""",
        "received",
        company="Stripe",
    ),
    Labelled(
        "fr_fifth_15",
        """Bonjour Madame Garnier,

Nous vous remercions pour votre candidature au poste d'infirmière. Elle a bien été enregistrée et sera examinée par notre direction des soins.

Cordialement,
Centre Hospitalier de Vannes""",
        "received",
        company="Centre Hospitalier de Vannes",
    ),
    Labelled(
        "en_fifth_16",
        """Hi there,

Could you send me a copy of your latest payslip and two references?

Thanks,
Harry Stone
HR Officer, Meridian Care""",
        "other",
        company="Meridian Care",
        recruiter="Harry Stone",
    ),
    Labelled(
        "fr_fifth_17",
        """Bonjour Thomas,

Merci pour votre temps. Le poste demande une solide expérience en négociation grands comptes, que vous n'avez pas encore. Nous ne retiendrons donc pas votre candidature.

Cordialement,
Julie Carré
Directrice commerciale, Néoline""",
        "refusal",
        reason="missing_skills",
        skill="négociation grands comptes",
        company="Néoline",
        recruiter="Julie Carré",
    ),
    Labelled(
        "en_fifth_18",
        """Hi Ben,

Great chatting today! We'll confirm next steps by end of day Monday.

Best,
Lily Tran
Recruiting Lead, Sprout""",
        "answer_date",
        answer_by="2026-12-14",
        company="Sprout",
        recruiter="Lily Tran",
    ),
    Labelled(
        "fr_fifth_19",
        """Bonjour,

Suite à notre échange téléphonique, je vous confirme votre entretien le 17 décembre prochain à 9 heures avec Mme Lambert, directrice financière.

Cordialement,
Sylvain Perret
Consultant – Michael Page""",
        "interview",
        interview_at="2026-12-17T09:00",
        company="Michael Page",
        recruiter="Sylvain Perret",
    ),
    Labelled(
        "en_fifth_20",
        """Dear Omar,

We are unable to proceed with your application as we require candidates to hold British nationality for this security-cleared role.

Regards,
Security Vetting Team
Aegis Defence Ltd""",
        "refusal",
        reason="discriminatory",
        company="Aegis Defence Ltd",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_fifth_21",
        """Bonjour Chloé,

Votre candidature a retenu notre attention, mais le poste requiert une présence physique sans aménagement possible et votre handicap ne le permet pas. Nous ne pouvons pas donner suite.

Cordialement,
Entrepôt Logidis""",
        "refusal",
        reason="discriminatory",
        company="Entrepôt Logidis",
        criteria=("disability",),
    ),
    Labelled(
        "en_fifth_22",
        """Hi Jess,

Thanks for meeting us. Honestly, we need someone who doesn't have childcare commitments for this travel-heavy role, so we'll pass.

Best,
Connor Blake
Founder, Roamly""",
        "refusal",
        reason="discriminatory",
        company="Roamly",
        recruiter="Connor Blake",
        criteria=("family",),
    ),
    Labelled(
        "fr_fifth_23",
        """Bonjour,

Merci pour votre candidature ! Nous revenons vers vous dans les 15 jours pour vous indiquer la suite.

L'équipe RH de Lydia""",
        "answer_date",
        answer_by="2026-12-25",
        company="Lydia",
    ),
    Labelled(
        "en_fifth_24",
        """Hi Tom,

Thanks again for your time. We won't be moving ahead — the team felt your Python skills weren't quite at the level we need for this role.

Take care,
Nina Shah
Engineering Manager, Fathom""",
        "refusal",
        reason="missing_skills",
        skill="Python",
        company="Fathom",
        recruiter="Nina Shah",
    ),
    Labelled(
        "fr_fifth_25",
        """Bonjour Monsieur Blanc,

Nous ne pouvons pas retenir votre candidature : la direction ne souhaite pas recruter de représentant du personnel.

Cordialement,
Bâtiments Moreau""",
        "refusal",
        reason="discriminatory",
        company="Bâtiments Moreau",
        criteria=("union",),
    ),
    Labelled(
        "en_fifth_26",
        """Hello Liam,

Your tattoos and piercings don't fit the image we want for our front-of-house team, so we will not proceed.

Regards,
The Ritz Bar""",
        "refusal",
        reason="discriminatory",
        company="The Ritz Bar",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_fifth_27",
        """Bonjour Hugo,

Nous avons décidé de ne pas poursuivre avec votre candidature pour le moment. Un poste similaire devrait toutefois être ouvert au printemps ; je vous recontacterai.

Bien à vous,
Pauline Marchal
RH, Atelier Nomade""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Atelier Nomade",
        recruiter="Pauline Marchal",
    ),
    Labelled(
        "en_fifth_28",
        """Hi Sara,

Quick update on your application: our hiring team needs a bit more time. You can expect to hear from us by December 22.

Thanks,
Mia Wong
Recruiter, Lumen Labs""",
        "answer_date",
        answer_by="2026-12-22",
        company="Lumen Labs",
        recruiter="Mia Wong",
    ),
    Labelled(
        "fr_fifth_29",
        """Bonjour Clara,

Merci pour votre candidature. Votre profil nous intéresse : pourriez-vous passer nous voir demain à 16h30 pour un premier entretien ?

Cordialement,
Boutique Lila""",
        "interview",
        interview_at="2026-12-11T16:30",
        company="Boutique Lila",
    ),
    Labelled(
        "en_fifth_30",
        """Hello,

Your application for Warehouse Operative has been unsuccessful. Due to the large number of applications we are unable to provide feedback.

Amazon Recruitment""",
        "refusal",
        reason="none",
        company="Amazon",
    ),
    # --- A sixth batch, written apart from the first five ------------------------------------
    Labelled(
        "fr_sixth_01",
        """Objet : Votre candidature au poste de Chef de projet digital

Madame,

Nous avons étudié votre candidature avec attention. Nous sommes toutefois au regret de vous informer qu'elle n'a pas été retenue.

Nous vous souhaitons bonne chance dans vos recherches.

Sophie DURAND | Chargée de recrutement | Lumen Conseil""",
        "refusal",
        reason="none",
        company="Lumen Conseil",
        recruiter="Sophie Durand",
    ),
    Labelled(
        "en_sixth_02",
        """Hi Jason,

Thanks for your interest. Unfortunately, the hiring team has decided to pursue candidates with a stronger background in financial modeling.

Best of luck,
--
Rachel Adams
Senior Recruiter
Goldcrest Partners
rachel.adams@goldcrest.com""",
        "refusal",
        reason="missing_skills",
        skill="financial modeling",
        company="Goldcrest Partners",
        recruiter="Rachel Adams",
    ),
    Labelled(
        "fr_sixth_03",
        """Salut Maxime,

Désolé mais on a finalement choisi quelqu'un d'autre pour le poste de dev front. Par contre on recrute aussi un dev mobile en ce moment, ça pourrait te plaire ?

À plus,
Léo — CTO @ Swapp""",
        "refusal",
        reason="other_opening",
        company="Swapp",
    ),
    Labelled(
        "en_sixth_04",
        """Hi Emma,

We're excited to invite you to an on-site interview on Dec. 15 at 2:30 p.m. at our Paris office.

Kind regards,
Lucas Meyer
People Team, Vaultify""",
        "interview",
        interview_at="2026-12-15T14:30",
        company="Vaultify",
        recruiter="Lucas Meyer",
    ),
    Labelled(
        "fr_sixth_05",
        """Bonjour Madame Blanc,

Pour faire suite à votre entretien du 3 décembre, nous vous informons que nous prendrons notre décision d'ici le 15 décembre.

Cordialement,
La Direction
Hôtel Le Méridien Nice""",
        "answer_date",
        answer_by="2026-12-15",
        company="Hôtel Le Méridien Nice",
    ),
    Labelled(
        "en_sixth_06",
        """Hey Rob,

Just wanted to say thanks for coming in. We're not going to move forward because we're looking for someone who can commit long-term, and with retirement a few years away we think that may be tricky.

Cheers,
Dan Fisher
Owner, Fisher Plumbing""",
        "refusal",
        reason="discriminatory",
        company="Fisher Plumbing",
        recruiter="Dan Fisher",
        criteria=("age",),
    ),
    Labelled(
        "fr_sixth_07",
        """Bonjour,

Votre candidature ne sera pas retenue : nous avons besoin d'une personne parfaitement bilingue en allemand, ce qui n'est pas votre cas.

Sincères salutations,
Valérie Koch
Responsable RH, Bosch France""",
        "refusal",
        reason="missing_skills",
        skill="allemand",
        company="Bosch France",
        recruiter="Valérie Koch",
    ),
    Labelled(
        "en_sixth_08",
        """Dear Candidate,

Thank you for applying for the position of Customer Service Representative. We have received your application and will review it within 10 working days.

Kind regards,
HR Department
Sunrise Telecom""",
        "received",
        company="Sunrise Telecom",
    ),
    Labelled(
        "fr_sixth_09",
        """Bonjour Nadia,

Merci pour votre candidature. Je vous propose qu'on s'appelle lundi 14 décembre à 9h30 pour faire connaissance, cela vous convient-il ?

Belle journée,
Clémence Faure
Fondatrice, Petits Pots Bio""",
        "interview",
        interview_at="2026-12-14T09:30",
        company="Petits Pots Bio",
        recruiter="Clémence Faure",
    ),
    Labelled(
        "en_sixth_10",
        """Hi Kevin,

We've reviewed your application and decided not to move forward. This decision is final and we won't be able to provide additional feedback.

Regards,
Talent Team
Nimbus Software""",
        "refusal",
        reason="categorical",
        company="Nimbus Software",
    ),
    Labelled(
        "fr_sixth_11",
        """Bonjour,

Nous avons le regret de ne pas pouvoir retenir votre candidature. Le poste exige une disponibilité le samedi, incompatible selon nous avec votre pratique religieuse.

Cordialement,
Maison Lefèvre Traiteur""",
        "refusal",
        reason="discriminatory",
        company="Maison Lefèvre Traiteur",
        criteria=("religion",),
    ),
    Labelled(
        "en_sixth_12",
        """Hi Jay,

We appreciate your interest. Unfortunately we feel that someone with your disability would struggle with the fast pace of our warehouse.

Regards,
Stockwell Logistics""",
        "refusal",
        reason="discriminatory",
        company="Stockwell Logistics",
        criteria=("disability",),
    ),
    Labelled(
        "fr_sixth_13",
        """Bonjour Monsieur,

Votre candidature a bien été reçue. Nous vous apporterons une réponse avant le 31 décembre.

Cordialement,
Mairie de Rennes – Direction des ressources humaines""",
        "answer_date",
        answer_by="2026-12-31",
        company="Mairie de Rennes",
    ),
    Labelled(
        "en_sixth_14",
        """Hello Maria,

I'm sorry to let you know that we've offered the position to another applicant. We'll be opening a similar position next spring and would welcome your application then.

All the best,
Ian Clarke
Hiring Manager, Thornbury School""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Thornbury School",
        recruiter="Ian Clarke",
    ),
    Labelled(
        "fr_sixth_15",
        """Bonjour Anthony,

Tu as fait bonne impression, mais on cherche un profil plus expérimenté sur React. On ne va donc pas poursuivre.

Bonne suite,
Inès Mercier
Lead dev, Yumi""",
        "refusal",
        reason="missing_skills",
        skill="React",
        company="Yumi",
        recruiter="Inès Mercier",
    ),
    Labelled(
        "en_sixth_16",
        """Hi Olivia,

Our panel would like to meet you for a second interview. Please confirm whether Tuesday 15 December, 10am works for you.

Many thanks,
Fiona Grant
Recruitment Officer
University of Leeds""",
        "interview",
        interview_at="2026-12-15T10:00",
        company="University of Leeds",
        recruiter="Fiona Grant",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_sixth_17",
        """Bonjour,

Suite à votre candidature, nous avons le regret de vous informer que nous ne recrutons pas de personnes de plus de 50 ans sur ce poste.

Cordialement,
Intérim Flash""",
        "refusal",
        reason="discriminatory",
        company="Intérim Flash",
        criteria=("age",),
    ),
    Labelled(
        "en_sixth_18",
        """Hey!

Thanks for applying to Juniper Coffee 🌿 We got your application and we'll reach out soon if it's a match!

Juniper Coffee Team""",
        "received",
        company="Juniper Coffee",
    ),
    Labelled(
        "fr_sixth_19",
        """Bonjour Marion,

Notre cliente souhaite une femme sans enfant pour ce poste d'assistante de direction, je ne peux donc pas présenter votre candidature.

Cordialement,
Julien Garcia
Consultant, Cabinet RH Plus""",
        "refusal",
        reason="discriminatory",
        company="Cabinet RH Plus",
        recruiter="Julien Garcia",
        criteria=("sex", "family"),
    ),
    Labelled(
        "en_sixth_20",
        """Hi Priya,

Thank you for your application to Zenith Bank. We're sorry to tell you that your application has not been successful on this occasion.

Kind regards,
Zenith Bank Graduate Recruitment""",
        "refusal",
        reason="none",
        company="Zenith Bank",
    ),
    Labelled(
        "fr_sixth_21",
        """Bonjour Hugo,

Nous avons bien reçu ton message. Le manager est en congés, il te répondra à son retour, d'ici le 4 janvier.

Bonne fin d'année,
Célia
Office manager chez Tilt""",
        "answer_date",
        answer_by="2027-01-04",
        company="Tilt",
    ),
    Labelled(
        "en_sixth_22",
        """Hi Sam,

Great to hear from you! Unfortunately the role has already been filled, but we're hiring for several other positions right now — check out our careers page.

Best,
Leah Stone
Talent, Brightwork""",
        "refusal",
        reason="other_opening",
        company="Brightwork",
        recruiter="Leah Stone",
    ),
    Labelled(
        "fr_sixth_23",
        """Bonjour Paul,

Comme convenu, je vous confirme l'entretien de mardi prochain, 15 décembre, à 17h00 dans nos locaux de Bordeaux.

Cordialement,
Laure Vidal
Responsable agence – Randstad Bordeaux""",
        "interview",
        interview_at="2026-12-15T17:00",
        company="Randstad Bordeaux",
        recruiter="Laure Vidal",
    ),
    Labelled(
        "en_sixth_24",
        """Hello,

Thank you for your interest in the Barista role. We have decided to move forward with other applicants. Please do not reapply for this position.

Regards,
Bean There Café""",
        "refusal",
        reason="categorical",
        company="Bean There Café",
    ),
    Labelled(
        "fr_sixth_25",
        """Bonjour Nicolas,

Vous ne correspondez pas à ce que nous recherchons : nous voulons quelqu'un de plus jeune, qui puisse évoluer longtemps dans l'entreprise.

Cordialement,
Direction, Garage du Centre""",
        "refusal",
        reason="discriminatory",
        company="Garage du Centre",
        criteria=("age",),
    ),
    Labelled(
        "en_sixth_26",
        """Hi Sophie,

Thanks for your time on the phone. We've decided not to progress your application as we need someone with at least 5 years of experience in B2B sales.

Best,
Ethan Cole
Sales Director, Prism SaaS""",
        "refusal",
        reason="missing_skills",
        skill="B2B sales",
        company="Prism SaaS",
        recruiter="Ethan Cole",
    ),
    Labelled(
        "fr_sixth_27",
        """Bonjour,

Merci pour votre patience. Nous finalisons nos entretiens et reviendrons vers vous en début de semaine prochaine.

Cordialement,
Anne-Sophie Leroy
Chargée de recrutement, Decathlon Pro""",
        "answer_date",
        answer_by="2026-12-16",
        company="Decathlon Pro",
        recruiter="Anne-Sophie Leroy",
    ),
    Labelled(
        "en_sixth_28",
        """Hi Nina,

Following our chat, I'd like to invite you to meet the team on Friday 18 December at 11:30.

Speak soon,
Joe Barker
CEO, Fable Games""",
        "interview",
        interview_at="2026-12-18T11:30",
        company="Fable Games",
        recruiter="Joe Barker",
    ),
    Labelled(
        "fr_sixth_29",
        """Bonjour,

Votre candidature nous a intéressés mais nous cherchons un homme pour ce poste de magasinier. Nous ne donnerons pas suite.

Cordialement,
Brico Dépôt Angers""",
        "refusal",
        reason="discriminatory",
        company="Brico Dépôt Angers",
        criteria=("sex",),
    ),
    Labelled(
        "en_sixth_30",
        """Hi David,

Thanks for applying. We will let you know the outcome of your application by January 8.

Regards,
Recruitment Team
Hollis & Grey""",
        "answer_date",
        answer_by="2027-01-08",
        company="Hollis & Grey",
    ),
    # --- A seventh batch, written apart from the first six -----------------------------------
    Labelled(
        "en_seventh_01",
        """Dear Ms. Johnson,

Thank you for taking the time to interview for the Marketing Coordinator position. After careful consideration, we have decided to move forward with another candidate whose qualifications more closely align with our current needs.

We will keep your resume on file and encourage you to apply for future openings.

Sincerely,
Patricia Moore
Human Resources Manager
Evergreen Solutions Inc.""",
        "refusal",
        reason="none",
        company="Evergreen Solutions Inc.",
        recruiter="Patricia Moore",
    ),
    Labelled(
        "en_seventh_02",
        """Dear Michael,

We are pleased to invite you to an interview for the Senior Accountant position. Please find the details below:

Date: Monday, December 14, 2026
Time: 10:00 AM
Location: 250 Park Avenue, 5th Floor

Please confirm your attendance by replying to this email.

Best regards,
Jennifer Lee
Talent Acquisition Specialist
Harborview Financial""",
        "interview",
        interview_at="2026-12-14T10:00",
        company="Harborview Financial",
        recruiter="Jennifer Lee",
    ),
    Labelled(
        "fr_seventh_03",
        """Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire administratif et vous en remercions. Nous reviendrons vers vous sous trois semaines au plus tard.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service du Personnel
Conseil départemental du Morbihan""",
        "answer_date",
        answer_by="2026-12-31",
        company="Conseil départemental du Morbihan",
    ),
    Labelled(
        "en_seventh_04",
        """Hi Alex,

Your application has been successfully submitted for the Software Engineer II role. Our recruiting team will review your qualifications and contact you if there is a match.

Thanks,
Datapoint Careers""",
        "received",
        company="Datapoint",
    ),
    Labelled(
        "fr_seventh_05",
        """Bonjour Monsieur Lambert,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de Technicien réseau. Après examen de votre dossier, nous avons constaté que vous ne possédez pas la certification CCNA requise pour ce poste. Nous ne pouvons donc pas retenir votre candidature.

Cordialement,
Franck Henry
Responsable technique
NetServices Ouest""",
        "refusal",
        reason="missing_skills",
        skill="certification CCNA",
        company="NetServices Ouest",
        recruiter="Franck Henry",
    ),
    Labelled(
        "en_seventh_06",
        """Hello Jordan,

Thanks for your patience. We're aiming to make a final decision within the next 7 days and will email you as soon as we do.

Best,
Kara Singh
Recruitment Partner, Orion Health""",
        "answer_date",
        answer_by="2026-12-17",
        company="Orion Health",
        recruiter="Kara Singh",
    ),
    Labelled(
        "fr_seventh_07",
        """Bonjour,

Nous préférons recruter un profil jeune et dynamique, plus en phase avec notre clientèle. Votre candidature n'est pas retenue.

Cordialement,
Agence Urban Style""",
        "refusal",
        reason="discriminatory",
        company="Agence Urban Style",
        criteria=("age",),
    ),
    Labelled(
        "en_seventh_08",
        """Hi Aaliyah,

We were impressed by your interview, but we felt your natural hair might not meet our grooming standards for client-facing staff. We won't be moving forward.

Regards,
Preston & Vale""",
        "refusal",
        reason="discriminatory",
        company="Preston & Vale",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_seventh_09",
        """Bonjour Julie,

Suite à nos échanges, je suis au regret de vous annoncer que nous ne donnerons pas suite. Le poste sera cependant réouvert d'ici six mois, lorsque l'équipe s'agrandira.

Bien à vous,
Mathieu Leroux
Manager, Digitalis""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Digitalis",
        recruiter="Mathieu Leroux",
    ),
    Labelled(
        "en_seventh_10",
        """Dear Tom,

Thank you for your application. We regret to inform you that you have not been shortlisted. However, we have several other vacancies currently open that may suit your skills — please visit our website.

Kind regards,
Recruitment Team
St Mary's Hospital""",
        "refusal",
        reason="other_opening",
        company="St Mary's Hospital",
    ),
    Labelled(
        "fr_seventh_11",
        """Bonjour,

Nous ne donnerons pas suite à votre candidature, et je vous prie de ne plus relancer nos équipes à ce sujet.

Cordialement,
Stéphanie Marin
DRH, Groupe Nova""",
        "refusal",
        reason="categorical",
        company="Groupe Nova",
        recruiter="Stéphanie Marin",
    ),
    Labelled(
        "en_seventh_12",
        """Hi Fatou,

Honestly, your French accent is quite strong and our clients in London may find it hard to understand you. We'll have to pass on your application.

Best,
George Hill
Manager, Hillside Call Centre""",
        "refusal",
        reason="discriminatory",
        company="Hillside Call Centre",
        recruiter="George Hill",
        criteria=("accent",),
    ),
    Labelled(
        "fr_seventh_13",
        """Bonjour Mathilde,

J'ai le plaisir de vous inviter à un entretien avec notre directrice marketing.

📅 Date : jeudi 17 décembre
🕙 Heure : 10h30
📍 Lieu : 12 rue de Rivoli, Paris

Merci de me confirmer votre présence.

Bien cordialement,
Caroline Petit
Chargée de recrutement – Maison Lancel""",
        "interview",
        interview_at="2026-12-17T10:30",
        company="Maison Lancel",
        recruiter="Caroline Petit",
    ),
    Labelled(
        "en_seventh_14",
        """Hi Ben,

Thanks for your time yesterday. Unfortunately, we don't think you have enough experience managing large teams for this Director role, so we won't be moving forward.

Best,
Angela White
VP People, Summit Retail""",
        "refusal",
        reason="missing_skills",
        skill="managing large teams",
        company="Summit Retail",
        recruiter="Angela White",
    ),
    Labelled(
        "fr_seventh_15",
        """Bonjour,

Merci pour votre candidature spontanée. Nous n'avons pas de poste à pourvoir actuellement correspondant à votre profil, mais nous la conservons pour de futures opportunités.

Cordialement,
Service RH
Laiterie Saint-Malo""",
        "refusal",
        reason="none",
        company="Laiterie Saint-Malo",
    ),
    Labelled(
        "en_seventh_16",
        """Hi Sam,

Quick note to say the interview panel is meeting on Monday; you'll hear from me by Wednesday, December 16.

Thanks,
Olivia Brown
Recruiter, Crescent Energy""",
        "answer_date",
        answer_by="2026-12-16",
        company="Crescent Energy",
        recruiter="Olivia Brown",
    ),
    Labelled(
        "fr_seventh_17",
        """Bonjour Karine,

Compte tenu de votre situation de mère isolée, nous pensons que les horaires de nuit ne seraient pas compatibles. Nous avons retenu une autre candidate.

Cordialement,
EHPAD Les Tilleuls""",
        "refusal",
        reason="discriminatory",
        company="EHPAD Les Tilleuls",
        criteria=("family",),
    ),
    Labelled(
        "en_seventh_18",
        """Hi Paul,

We'd like to move you to the next stage: a 45-minute technical interview with our lead engineer on Wednesday 16 December at 2pm GMT.

Regards,
Sophie Turner
Talent Acquisition, Lattice Systems""",
        "interview",
        interview_at="2026-12-16T14:00",
        company="Lattice Systems",
        recruiter="Sophie Turner",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_seventh_19",
        """Bonjour Monsieur Roussel,

Votre candidature a retenu notre attention. Nous vous proposons de venir passer un entretien le vendredi 18 décembre à 15h en nos locaux.

Cordialement,
Jean Dupuis
Directeur, Dupuis Électricité""",
        "interview",
        interview_at="2026-12-18T15:00",
        company="Dupuis Électricité",
        recruiter="Jean Dupuis",
    ),
    Labelled(
        "en_seventh_20",
        """Hello,

We have received your application for the Nurse Practitioner position at Valley Clinic. Applications close on December 20 and shortlisted candidates will be contacted by January 15.

Valley Clinic HR""",
        "answer_date",
        answer_by="2027-01-15",
        company="Valley Clinic",
    ),
    Labelled(
        "fr_seventh_21",
        """Bonjour Samuel,

Après votre entretien, nous avons estimé que vos compétences en management étaient encore un peu justes pour ce poste de chef d'équipe. Nous ne donnerons pas suite pour le moment.

Cordialement,
Agnès Caron
RH, Logistique Express""",
        "refusal",
        reason="missing_skills",
        skill="management",
        company="Logistique Express",
        recruiter="Agnès Caron",
    ),
    Labelled(
        "en_seventh_22",
        """Hi Chris,

Unfortunately we have decided not to proceed, as the client is concerned about how your chronic illness might affect your attendance.

Best,
Mark Ellis
Consultant, TalentBridge""",
        "refusal",
        reason="discriminatory",
        company="TalentBridge",
        recruiter="Mark Ellis",
        criteria=("health",),
    ),
    Labelled(
        "fr_seventh_23",
        """Bonjour Madame Haddad,

Après réflexion, votre foulard pose problème pour un poste en contact avec la clientèle. Nous ne pouvons pas retenir votre candidature.

Cordialement,
Optique Martin""",
        "refusal",
        reason="discriminatory",
        company="Optique Martin",
        criteria=("religion",),
    ),
    Labelled(
        "en_seventh_24",
        """Hi Laura,

We've had an overwhelming response to this role and won't be progressing your application. We'll be reopening the position in around 2 months as the team expands.

Kind regards,
Hannah Lewis
Recruitment Lead, Bramley Homes""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Bramley Homes",
        recruiter="Hannah Lewis",
    ),
    Labelled(
        "fr_seventh_25",
        """Bonjour,

Votre profil est intéressant, mais nous ne recrutons que des ressortissants de l'Union européenne pour ce poste. Nous ne donnerons pas suite.

Cordialement,
Sécuritas Ouest""",
        "refusal",
        reason="discriminatory",
        company="Sécuritas Ouest",
        criteria=("nationality",),
    ),
    Labelled(
        "en_seventh_26",
        """Hi Dana,

We've decided to go with a candidate who has more experience in UX research. Thanks again for your time!

Best,
Noah Grant
Design Lead, Tandem""",
        "refusal",
        reason="missing_skills",
        skill="UX research",
        company="Tandem",
        recruiter="Noah Grant",
    ),
    Labelled(
        "fr_seventh_27",
        """Bonjour Lucas,

Merci de ta candidature ! On revient vers toi avant vendredi pour te dire si on organise un entretien.

Belle journée,
Sarah
Chargée RH @ Lemon Way""",
        "answer_date",
        answer_by="2026-12-11",
        company="Lemon Way",
    ),
    Labelled(
        "en_seventh_28",
        """Hi Tom,

I'm reaching out from Skyline Robotics — we'd like to schedule an interview with you. What is your availability next week?

Best,
Rachel Green
Technical Recruiter""",
        "interview",
        company="Skyline Robotics",
        recruiter="Rachel Green",
    ),
    Labelled(
        "fr_seventh_29",
        """Bonjour,

Nous avons bien reçu votre candidature et nous vous en remercions. Sans nouvelles de notre part d'ici un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Service recrutement
Norauto""",
        "answer_date",
        answer_by="2027-01-10",
        company="Norauto",
    ),
    Labelled(
        "en_seventh_30",
        """Hi Jamie,

Thanks for coming in for the final interview. Unfortunately, we've decided that your profile isn't the right fit for this position and this decision is not open to appeal.

Regards,
Kelly Owens
HR Director, Redwood Group""",
        "refusal",
        reason="categorical",
        company="Redwood Group",
        recruiter="Kelly Owens",
    ),
    # --- An eighth batch, written apart from the first seven ---------------------------------
    Labelled(
        "fr_eighth_01",
        """Bonjour Émilie,

Je tenais à vous remercier pour le temps consacré à notre processus. Malheureusement, nous ne poursuivrons pas avec votre profil pour ce poste de UX designer.

Très bonne continuation,
Benjamin Roux
Head of Design | Qonto""",
        "refusal",
        reason="none",
        company="Qonto",
        recruiter="Benjamin Roux",
    ),
    Labelled(
        "en_eighth_02",
        """Hi Marcus,

Thank you for interviewing with Acme Robotics. We've decided to extend an offer to a candidate with more direct experience in embedded C, so we won't be moving forward with your candidacy.

Regards,
Helen Park
Recruiting Manager""",
        "refusal",
        reason="missing_skills",
        skill="embedded C",
        company="Acme Robotics",
        recruiter="Helen Park",
    ),
    Labelled(
        "fr_eighth_03",
        """Bonjour,

Nous vous informons que le recrutement pour ce poste est suspendu. Il devrait reprendre d'ici trois mois, et nous reprendrons alors contact avec vous.

Cordialement,
Service RH – Vinci Autoroutes""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Vinci Autoroutes",
    ),
    Labelled(
        "en_eighth_04",
        """Hi Zoe,

We loved meeting you, but we've offered the role to someone else. There are a few other openings on our team right now though — would you like me to share them?

Cheers,
Max Turner
Founder, Pollen""",
        "refusal",
        reason="other_opening",
        company="Pollen",
        recruiter="Max Turner",
    ),
    Labelled(
        "fr_eighth_05",
        """Bonjour,

Suite à votre troisième relance, je vous confirme que votre candidature n'est pas retenue. Nous ne souhaitons pas poursuivre les échanges.

Cordialement,
Direction Générale
Sofradis""",
        "refusal",
        reason="categorical",
        company="Sofradis",
    ),
    Labelled(
        "en_eighth_06",
        """Hi Rachel,

Between us, the team is worried that you might start a family soon and take leave, so they've chosen another candidate.

Best,
Tina Marsh
Recruiter, Elevate Staffing""",
        "refusal",
        reason="discriminatory",
        company="Elevate Staffing",
        recruiter="Tina Marsh",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_eighth_07",
        """Bonjour Monsieur,

Votre couleur de peau risque de déranger certains de nos clients. Nous préférons ne pas donner suite.

Cordialement,
Agence Immobilière du Lac""",
        "refusal",
        reason="discriminatory",
        company="Agence Immobilière du Lac",
        criteria=("origin",),
    ),
    Labelled(
        "en_eighth_08",
        """Hi Sam,

We'll be in touch by the end of next week with an update on your application.

Kind regards,
Jo Clarke
HR Advisor, Lakeside Council""",
        "answer_date",
        answer_by="2026-12-20",
        company="Lakeside Council",
        recruiter="Jo Clarke",
    ),
    Labelled(
        "fr_eighth_09",
        """Bonjour Théo,

Nous avons encore deux entretiens à mener. Je reviens vers toi au plus tard le 17 décembre.

Bonne journée,
Margot Lenoir
Talent Acquisition – Back Market""",
        "answer_date",
        answer_by="2026-12-17",
        company="Back Market",
        recruiter="Margot Lenoir",
    ),
    Labelled(
        "en_eighth_10",
        """Hello Ivy,

Please join us for a virtual interview on Monday, December 14th from 1:00 to 1:45 PM. A Zoom link will follow.

Thanks,
Robert King
Hiring Manager, Beacon Labs""",
        "interview",
        interview_at="2026-12-14T13:00",
        company="Beacon Labs",
        recruiter="Robert King",
    ),
    Labelled(
        "fr_eighth_11",
        """Bonjour,

Je souhaiterais vous rencontrer pour échanger sur le poste de comptable. Seriez-vous disponible demain matin à 10h ?

Cordialement,
Hélène Marchand
Cabinet Marchand & Associés""",
        "interview",
        interview_at="2026-12-11T10:00",
        company="Cabinet Marchand & Associés",
        recruiter="Hélène Marchand",
    ),
    Labelled(
        "en_eighth_12",
        """Thank you for your application! We have received it and will get back to you shortly.

Best,
The Team at Birchbox""",
        "received",
        company="Birchbox",
    ),
    Labelled(
        "fr_eighth_13",
        """Bonjour Pierre,

Merci d'avoir postulé chez Doctolib. Votre candidature est bien arrivée et est en cours d'analyse par nos équipes.

À bientôt,
Doctolib Talent""",
        "received",
        company="Doctolib",
    ),
    Labelled(
        "en_eighth_14",
        """Hi Leo,

Thanks for your interest in the role. Could you tell us your salary expectations and notice period?

Best,
Anna Wright
Talent Partner, Hexa""",
        "other",
        company="Hexa",
        recruiter="Anna Wright",
    ),
    Labelled(
        "fr_eighth_15",
        """Bonjour Madame Picard,

Au vu de votre âge, nous craignons que vous ne puissiez pas vous adapter à nos outils. Nous ne donnerons pas suite.

Cordialement,
Cyril Roy
Gérant, Roy Informatique""",
        "refusal",
        reason="discriminatory",
        company="Roy Informatique",
        recruiter="Cyril Roy",
        criteria=("age",),
    ),
    Labelled(
        "en_eighth_16",
        """Dear Mr. Adebayo,

We cannot offer you the role as we prefer to hire staff who are native English speakers without a foreign accent.

Regards,
Claire Hughes
Office Manager, Hughes Legal""",
        "refusal",
        reason="discriminatory",
        company="Hughes Legal",
        recruiter="Claire Hughes",
        criteria=("accent",),
    ),
    Labelled(
        "fr_eighth_17",
        """Bonjour Nathan,

Après ton test technique, on a vu que tu manquais encore d'expérience sur Kubernetes et Terraform. On ne va pas pouvoir donner suite pour l'instant.

Bonne continuation !
Paul Girard
Engineering Manager – Alan""",
        "refusal",
        reason="missing_skills",
        skill="Kubernetes et Terraform",
        company="Alan",
        recruiter="Paul Girard",
    ),
    Labelled(
        "en_eighth_18",
        """Hi Ruth,

Thank you for your time. The panel has decided not to offer you the position. We hope you'll consider applying again when a similar role opens in about six months.

Kind regards,
Daniel Green
Head of HR, Norwich Museums""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Norwich Museums",
        recruiter="Daniel Green",
    ),
    Labelled(
        "fr_eighth_19",
        """Bonjour Sarah,

Nous avons bien reçu votre candidature. Un premier entretien téléphonique pourrait avoir lieu le mardi 15 décembre à 11h : merci de nous confirmer votre disponibilité.

Cordialement,
Service recrutement Fnac Darty""",
        "interview",
        interview_at="2026-12-15T11:00",
        company="Fnac Darty",
    ),
    Labelled(
        "en_eighth_20",
        """Hello,

We regret to inform you that the position has been cancelled and we will not be recruiting for it.

Sincerely,
Greenfield Academy""",
        "refusal",
        reason="none",
        company="Greenfield Academy",
    ),
    Labelled(
        "fr_eighth_21",
        """Bonjour Lina,

Nous prendrons notre décision la semaine du 14 décembre et vous tiendrons informée.

Cordialement,
Aurore Leclerc
RH, Manitou Group""",
        "answer_date",
        answer_by="2026-12-20",
        company="Manitou Group",
        recruiter="Aurore Leclerc",
    ),
    Labelled(
        "en_eighth_22",
        """Hi Owen,

Thanks for your time today. Your background is impressive but we need someone with stronger people management experience for this Head of Ops role, so we're going to pass.

Best,
Sara Lopez
COO, Fleetly""",
        "refusal",
        reason="missing_skills",
        skill="people management",
        company="Fleetly",
        recruiter="Sara Lopez",
    ),
    Labelled(
        "fr_eighth_23",
        """Bonjour,

Nous avons appris que vous avez été élue au CSE de votre précédente entreprise ; ce profil ne correspond pas à notre culture. Nous ne donnerons pas suite.

Cordialement,
Industries Lemaître""",
        "refusal",
        reason="discriminatory",
        company="Industries Lemaître",
        criteria=("union",),
    ),
    Labelled(
        "en_eighth_24",
        """Hi Mia,

Since you're married with two kids, we think the frequent travel wouldn't suit you, so we've gone with another applicant.

Regards,
Simon Park
Regional Director, Atlas Tours""",
        "refusal",
        reason="discriminatory",
        company="Atlas Tours",
        recruiter="Simon Park",
        criteria=("family",),
    ),
    Labelled(
        "fr_eighth_25",
        """Bonjour,

Votre candidature pour le poste de livreur n'a pas été retenue : nous recherchons des personnes sans problème de santé pour ce poste physique.

Cordialement,
Express Colis""",
        "refusal",
        reason="discriminatory",
        company="Express Colis",
        criteria=("health",),
    ),
    Labelled(
        "en_eighth_26",
        """Hi Jake,

Thanks for your interest in Wavecrest. Our hiring manager would like to chat with you on Thursday at 4pm. Does that work?

Best,
Laura Kim
Recruiter""",
        "interview",
        interview_at="2026-12-17T16:00",
        company="Wavecrest",
        recruiter="Laura Kim",
    ),
    Labelled(
        "fr_eighth_27",
        """Bonjour Antoine,

Merci pour ta candidature. Pour ce poste, nous recherchons une personne maîtrisant parfaitement l'anglais, ce qui ne semble pas être ton cas. Nous ne donnerons pas suite.

Cordialement,
Inès Faure
Talent Manager, Ledger""",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Ledger",
        recruiter="Inès Faure",
    ),
    Labelled(
        "en_eighth_28",
        """Hi Grace,

Good news — we'd like you to come in for a final interview with our CEO on Monday 14 December at 9:30 am.

Best,
Tom Reid
Talent Lead, Quanta""",
        "interview",
        interview_at="2026-12-14T09:30",
        company="Quanta",
        recruiter="Tom Reid",
    ),
    Labelled(
        "fr_eighth_29",
        """Bonjour Madame,

Nous vous informons que nous ne donnerons pas de suite favorable à votre candidature. Nous vous invitons cependant à postuler à nos autres offres actuellement en ligne sur notre site.

Cordialement,
La Poste – Direction des ressources humaines""",
        "refusal",
        reason="other_opening",
        company="La Poste",
    ),
    Labelled(
        "en_eighth_30",
        """Hi Ella,

We've reviewed your application and unfortunately we will not be progressing to interview. We do not provide feedback at this stage.

Regards,
Brightside Recruitment""",
        "refusal",
        reason="none",
        company="Brightside",
    ),
    # --- A ninth batch, written apart from the first eight -----------------------------------
    Labelled(
        "fr_ninth_01",
        """Bonjour Pauline,

Nous vous remercions sincèrement pour votre participation à nos entretiens. Votre parcours est riche, mais il ne correspond pas exactement au profil recherché pour ce poste. Nous ne pouvons donc pas donner une suite positive à votre candidature.

Bien cordialement,
Isabelle Navarro
Chargée de recrutement, Keolis""",
        "refusal",
        reason="none",
        company="Keolis",
        recruiter="Isabelle Navarro",
    ),
    Labelled(
        "en_ninth_02",
        """Hi Chris,

Thank you for your time during the interview process. While your skills are impressive, we were looking for someone with more experience in healthcare compliance. We'll keep your details on file.

Best regards,
Monica Shaw
HR Business Partner, CareFirst""",
        "refusal",
        reason="missing_skills",
        skill="healthcare compliance",
        company="CareFirst",
        recruiter="Monica Shaw",
    ),
    Labelled(
        "fr_ninth_03",
        """Bonjour Maxime,

Je reviens vers vous : nous avons décidé de ne pas donner suite pour le moment, mais nous ouvrirons un poste similaire en janvier. Je ne manquerai pas de vous recontacter.

Cordialement,
Olivier Marchal
Directeur, Agence Webset""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Agence Webset",
        recruiter="Olivier Marchal",
    ),
    Labelled(
        "en_ninth_04",
        """Hello Amy,

Regretfully, we won't be offering you the Sales Executive role. However, I noticed your profile would be a great fit for our Account Manager opening, which is currently live on our careers site.

Best,
Jon Hart
Talent Partner, Velocity Media""",
        "refusal",
        reason="other_opening",
        company="Velocity Media",
        recruiter="Jon Hart",
    ),
    Labelled(
        "fr_ninth_05",
        """Monsieur,

Votre candidature a été examinée et n'a pas été retenue. Aucune suite ne sera donnée à de nouvelles candidatures de votre part.

Service RH
Groupe Horizon Santé""",
        "refusal",
        reason="categorical",
        company="Groupe Horizon Santé",
    ),
    Labelled(
        "en_ninth_06",
        """Hi Paula,

Thanks for interviewing. To be upfront, we have concerns that a woman in her fifties would not fit with our young team, so we won't proceed.

Regards,
Tech Nomads Ltd""",
        "refusal",
        reason="discriminatory",
        company="Tech Nomads Ltd",
        criteria=("age", "sex"),
    ),
    Labelled(
        "fr_ninth_07",
        """Bonjour,

Vous avez mentionné lors de l'entretien vouloir avoir un enfant prochainement ; nous préférons recruter une personne disponible sur le long terme. Nous ne donnerons pas suite.

Cordialement,
Laura Blanchet
Gérante, Institut Beauté Zen""",
        "refusal",
        reason="discriminatory",
        company="Institut Beauté Zen",
        recruiter="Laura Blanchet",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_ninth_08",
        """Hi Eli,

Thanks for speaking with us today! We expect to wrap up interviews by Friday and should be able to give you an answer early next week.

Cheers,
Rosa Diaz
Recruiter, Nine Nine Labs""",
        "answer_date",
        answer_by="2026-12-16",
        company="Nine Nine Labs",
        recruiter="Rosa Diaz",
    ),
    Labelled(
        "fr_ninth_09",
        """Bonjour Lucie,

Merci pour votre disponibilité. La décision finale sera prise par le comité de direction le 22 décembre ; je vous tiens au courant dans la foulée.

Cordialement,
Marc Antoine
RH, Crédit Agricole Anjou""",
        "answer_date",
        answer_by="2026-12-22",
        company="Crédit Agricole Anjou",
        recruiter="Marc Antoine",
    ),
    Labelled(
        "en_ninth_10",
        """Dear Sam,

I would like to invite you for an interview on Friday 18th December at 9am at our Manchester office.

Kind regards,
Lisa Evans
HR Manager, Northern Rail Services""",
        "interview",
        interview_at="2026-12-18T09:00",
        company="Northern Rail Services",
        recruiter="Lisa Evans",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_ninth_11",
        """Bonjour Madame Morel,

Nous avons le plaisir de vous convier à un entretien de recrutement qui se tiendra le lundi 21 décembre 2026 à 14 h 00 à l'agence de Nantes.

Veuillez agréer, Madame, nos salutations distinguées.

Christine Aubry
Responsable des ressources humaines
Crédit Mutuel de Bretagne""",
        "interview",
        interview_at="2026-12-21T14:00",
        company="Crédit Mutuel de Bretagne",
        recruiter="Christine Aubry",
    ),
    Labelled(
        "en_ninth_12",
        """Hi Nathan,

This is an automated message to confirm that we have received your application for the position of Delivery Driver. We will be in touch if you are selected for the next stage.

Thank you,
FastFleet Recruitment""",
        "received",
        company="FastFleet",
    ),
    Labelled(
        "fr_ninth_13",
        """Bonjour,

Votre candidature a bien été transmise au recruteur en charge du poste. Il prendra contact avec vous si votre profil correspond.

L'équipe Indeed pour Leroy Merlin""",
        "received",
        company="Leroy Merlin",
    ),
    Labelled(
        "en_ninth_14",
        """Hi Ivy,

Thanks for your note. I'm out of office until January 4 and will reply when I'm back.

Best,
Jane Doe""",
        "other",
        recruiter="Jane Doe",
    ),
    Labelled(
        "fr_ninth_15",
        """Bonjour Sébastien,

Nous avons bien étudié votre candidature. Votre nom et votre origine pourraient être un frein auprès de notre clientèle ; nous ne pouvons pas y donner suite.

Cordialement,
Patrimoine & Finance Conseil""",
        "refusal",
        reason="discriminatory",
        company="Patrimoine & Finance Conseil",
        criteria=("origin",),
    ),
    Labelled(
        "en_ninth_16",
        """Hi Omar,

We have decided not to move forward because the role requires working on Fridays and we understand this may conflict with your religious obligations.

Regards,
Karen Bell
Operations Lead, Swift Couriers""",
        "refusal",
        reason="discriminatory",
        company="Swift Couriers",
        recruiter="Karen Bell",
        criteria=("religion",),
    ),
    Labelled(
        "fr_ninth_17",
        """Bonjour Jean,

Nous savons que vous avez été délégué CGT dans votre ancien poste. La direction préfère ne pas retenir votre candidature.

Cordialement,
Usine Métalix""",
        "refusal",
        reason="discriminatory",
        company="Usine Métalix",
        criteria=("union",),
    ),
    Labelled(
        "en_ninth_18",
        """Hi Lea,

Thanks for coming in. We felt that your weight might make the physical parts of this job difficult, so we're going to pass.

Best,
Gym Central""",
        "refusal",
        reason="discriminatory",
        company="Gym Central",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_ninth_19",
        """Bonjour Nora,

Après plusieurs entretiens, nous ne donnerons pas suite. Il vous manque une expérience significative en droit social pour ce poste de juriste.

Cordialement,
Étienne Morel
Associé, Morel Avocats""",
        "refusal",
        reason="missing_skills",
        skill="droit social",
        company="Morel Avocats",
        recruiter="Étienne Morel",
    ),
    Labelled(
        "en_ninth_20",
        """Hi Jake,

Unfortunately your application was unsuccessful because you don't hold a valid HGV licence, which is essential for this role.

Regards,
Haulage Direct""",
        "refusal",
        reason="missing_skills",
        skill="HGV licence",
        company="Haulage Direct",
    ),
    Labelled(
        "fr_ninth_21",
        """Bonjour,

Je vous propose un rendez-vous téléphonique mercredi 16 décembre à 18h pour faire le point sur votre candidature.

Bonne soirée,
Sonia Ferreira
Recruteuse indépendante""",
        "interview",
        interview_at="2026-12-16T18:00",
        recruiter="Sonia Ferreira",
    ),
    Labelled(
        "en_ninth_22",
        """Hi Carla,

We're running a bit behind schedule; you'll get our decision no later than December 23.

Apologies for the wait,
Ben Cole
Recruiter, Tidewater""",
        "answer_date",
        answer_by="2026-12-23",
        company="Tidewater",
        recruiter="Ben Cole",
    ),
    Labelled(
        "fr_ninth_23",
        """Bonjour Chloé,

Malheureusement, votre candidature n'a pas été retenue. Nous gardons néanmoins votre CV et vous recontacterons dans six mois, lors de notre prochaine campagne de recrutement.

Cordialement,
Julia Marchand
RH, Yves Rocher""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Yves Rocher",
        recruiter="Julia Marchand",
    ),
    Labelled(
        "en_ninth_24",
        """Dear Ahmed,

I regret to inform you that we are unable to offer you employment due to your nationality, as the role is restricted.

Yours sincerely,
Defence Systems plc""",
        "refusal",
        reason="discriminatory",
        company="Defence Systems plc",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_ninth_25",
        """Bonjour,

Nous recherchons pour ce poste une personne valide, sans handicap, pouvant porter des charges lourdes. Votre candidature n'est pas retenue.

Cordialement,
Déménagements Rapides""",
        "refusal",
        reason="discriminatory",
        company="Déménagements Rapides",
        criteria=("disability",),
    ),
    Labelled(
        "en_ninth_26",
        """Hi Priya,

The hiring team reviewed your application and has chosen not to progress it to interview at this stage.

Thanks for your interest,
Cedar Analytics Talent Team""",
        "refusal",
        reason="none",
        company="Cedar Analytics",
    ),
    Labelled(
        "fr_ninth_27",
        """Bonjour Hugo,

Bonne nouvelle : nous aimerions poursuivre avec vous ! Un entretien final avec notre DG est prévu le jeudi 17 décembre à 11h, en visio.

À bientôt,
Clara Dubois
Talent Acquisition, Sézane""",
        "interview",
        interview_at="2026-12-17T11:00",
        company="Sézane",
        recruiter="Clara Dubois",
    ),
    Labelled(
        "en_ninth_28",
        """Hi Sam,

Thanks for your application to Pinecone. We review every application and aim to respond within 5 business days.

Pinecone Recruiting""",
        "answer_date",
        answer_by="2026-12-17",
        company="Pinecone",
    ),
    Labelled(
        "fr_ninth_29",
        """Bonjour,

Merci pour votre intérêt. Le poste de serveur est déjà pourvu, mais nous recherchons actuellement un commis de cuisine : ce poste pourrait-il vous intéresser ?

Cordialement,
Brasserie du Port""",
        "refusal",
        reason="other_opening",
        company="Brasserie du Port",
    ),
    Labelled(
        "en_ninth_30",
        """Hi Dan,

After our conversation, I'm afraid we've concluded that your experience with Salesforce isn't deep enough for this admin role. We won't be moving forward.

All the best,
Gina Torres
Talent Lead, Cloudberry""",
        "refusal",
        reason="missing_skills",
        skill="Salesforce",
        company="Cloudberry",
        recruiter="Gina Torres",
    ),
    # --- A tenth batch, written apart from the first nine ------------------------------------
    Labelled(
        "fr_tenth_01",
        """Bonjour Monsieur Petit,

Nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez à notre entreprise. Malheureusement, nous ne sommes pas en mesure de vous proposer un poste correspondant à votre profil à l'heure actuelle.

Nous vous souhaitons une pleine réussite dans vos recherches.

Le service des ressources humaines
Bonduelle""",
        "refusal",
        reason="none",
        company="Bonduelle",
    ),
    Labelled(
        "en_tenth_02",
        """Hi Lucy,

It was great meeting you. We've ultimately decided to hire someone with deeper expertise in Figma and design systems.

Wishing you the best,
Owen Price
Design Director, Canvas Co""",
        "refusal",
        reason="missing_skills",
        skill="Figma and design systems",
        company="Canvas Co",
        recruiter="Owen Price",
    ),
    Labelled(
        "fr_tenth_03",
        """Bonjour Hélène,

Le poste que vous visiez a été gelé suite à une réorganisation. Nous prévoyons de le rouvrir d'ici quatre mois et je vous recontacterai à ce moment-là.

Cordialement,
Arnaud Fabre
Responsable RH, Sanofi Pasteur Lyon""",
        "refusal",
        reason="opening_later",
        months=4,
        company="Sanofi Pasteur Lyon",
        recruiter="Arnaud Fabre",
    ),
    Labelled(
        "en_tenth_04",
        """Dear Joe,

Thank you for attending the assessment day. Although you were not successful for the Graduate Engineer scheme, we would like to offer you the chance to apply for our Apprenticeship programme, which is open now.

Kind regards,
Early Careers Team
BAE Systems""",
        "refusal",
        reason="other_opening",
        company="BAE Systems",
    ),
    Labelled(
        "fr_tenth_05",
        """Monsieur,

Ce sera non. Inutile d'insister.

Cordialement,
Pierre Lacroix
Gérant, Lacroix Bâtiment""",
        "refusal",
        reason="categorical",
        company="Lacroix Bâtiment",
        recruiter="Pierre Lacroix",
    ),
    Labelled(
        "en_tenth_06",
        """Hi Sasha,

You interviewed well, but the team felt that as a transgender woman you might not be comfortable with our clients. We won't be moving forward.

Regards,
Westfield Motors""",
        "refusal",
        reason="discriminatory",
        company="Westfield Motors",
        criteria=("sex",),
    ),
    Labelled(
        "fr_tenth_07",
        """Bonjour,

Nous avons besoin d'une personne qui puisse partir en déplacement sans contrainte ; avec votre situation de famille, cela nous semble difficile. Nous ne donnerons pas suite.

Cordialement,
Régis Vial
Directeur commercial, Agrivia""",
        "refusal",
        reason="discriminatory",
        company="Agrivia",
        recruiter="Régis Vial",
        criteria=("family",),
    ),
    Labelled(
        "en_tenth_08",
        """Hi Mo,

Thanks for your patience! We're finalising our shortlist and will contact all candidates by Tuesday, December 15.

Best,
Hiring Team, Oakridge Partners""",
        "answer_date",
        answer_by="2026-12-15",
        company="Oakridge Partners",
    ),
    Labelled(
        "fr_tenth_09",
        """Bonjour Valentin,

Merci pour ce premier échange. Je dois faire le point avec le manager et je reviendrai vers vous en fin de semaine.

Cordialement,
Sandra Michel
Consultante, Hays""",
        "answer_date",
        answer_by="2026-12-13",
        company="Hays",
        recruiter="Sandra Michel",
    ),
    Labelled(
        "en_tenth_10",
        """Hi Will,

Can you do a 30 min video call on Wednesday the 16th at 3:30pm? I'd like to introduce you to our VP Engineering.

Thanks,
Priya Nair
Talent, Streamline AI""",
        "interview",
        interview_at="2026-12-16T15:30",
        company="Streamline AI",
        recruiter="Priya Nair",
    ),
    Labelled(
        "fr_tenth_11",
        """Bonjour Jade,

Je vous confirme votre entretien avec Mme Rousseau demain, vendredi 11 décembre, à 8h45 à la boutique des Halles.

Cordialement,
Nina Lopes
Responsable de boutique, Maje""",
        "interview",
        interview_at="2026-12-11T08:45",
        company="Maje",
        recruiter="Nina Lopes",
    ),
    Labelled(
        "en_tenth_12",
        """Dear Applicant,

Thank you for your interest in employment with the City of Springfield. Your application has been received and is under review. Due to the volume of applications, only selected candidates will be contacted.

Human Resources Department
City of Springfield""",
        "received",
        company="City of Springfield",
    ),
    Labelled(
        "fr_tenth_13",
        """Bonjour,

Votre candidature au poste de Vendeur(se) a bien été enregistrée sous la référence 2026-4512.

Merci de votre confiance,
Jules Boutiques""",
        "received",
        company="Jules Boutiques",
    ),
    Labelled(
        "en_tenth_14",
        """Hi Kate,

Before we move on, could you complete this short online assessment by Sunday? Here's the link: https://assess.example.com/abc

Thanks,
Rob Dale
Recruiter, Mintline""",
        "other",
        company="Mintline",
        recruiter="Rob Dale",
    ),
    Labelled(
        "fr_tenth_15",
        """Bonjour Rachid,

Nos clients sont une clientèle âgée et traditionnelle, et un collaborateur d'origine maghrébine risquerait de les mettre mal à l'aise. Nous préférons ne pas retenir votre candidature.

Cordialement,
Cabinet Dufour Patrimoine""",
        "refusal",
        reason="discriminatory",
        company="Cabinet Dufour Patrimoine",
        criteria=("origin",),
    ),
    Labelled(
        "en_tenth_16",
        """Hello Ana,

We can't proceed with your application; the store manager would prefer a candidate who doesn't wear a headscarf.

Regards,
Bella Fashion""",
        "refusal",
        reason="discriminatory",
        company="Bella Fashion",
        criteria=("religion",),
    ),
    Labelled(
        "fr_tenth_17",
        """Bonjour Thierry,

Votre candidature n'a pas été retenue : le poste exige le permis poids lourd, que vous n'avez pas.

Cordialement,
Transports Rivière""",
        "refusal",
        reason="missing_skills",
        skill="permis poids lourd",
        company="Transports Rivière",
    ),
    Labelled(
        "en_tenth_18",
        """Hi Gabe,

Thanks for your time. Based on the coding exercise, we felt your knowledge of distributed systems isn't yet where we need it to be, so we won't move forward.

Best,
Ian Fox
Engineering Manager, Meshwork""",
        "refusal",
        reason="missing_skills",
        skill="distributed systems",
        company="Meshwork",
        recruiter="Ian Fox",
    ),
    Labelled(
        "fr_tenth_19",
        """Bonjour,

Vous avez évoqué un suivi médical régulier ; nous craignons des absences fréquentes. Nous ne donnerons pas suite.

Cordialement,
Agence Clean Pro""",
        "refusal",
        reason="discriminatory",
        company="Agence Clean Pro",
        criteria=("health",),
    ),
    Labelled(
        "en_tenth_20",
        """Hi Lena,

I'll get back to you within 48 hours once I've spoken with the hiring manager.

Thanks,
Alex Moore
Recruiter, Harbor Staffing""",
        "answer_date",
        answer_by="2026-12-12",
        company="Harbor Staffing",
        recruiter="Alex Moore",
    ),
    Labelled(
        "fr_tenth_21",
        """Bonjour Mathis,

Nous souhaiterions vous recevoir pour un entretien le lundi 14 décembre à 9h dans nos locaux de Bordeaux.

Cordialement,
Service recrutement – Cdiscount""",
        "interview",
        interview_at="2026-12-14T09:00",
        company="Cdiscount",
    ),
    Labelled(
        "en_tenth_22",
        """Dear Lee,

Further to your recent interview, we are sorry to inform you that on this occasion you have been unsuccessful. We do, however, expect to recruit again for this role in spring.

Regards,
Clara Stone
HR Officer
Dunmore Council""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Dunmore Council",
        recruiter="Clara Stone",
    ),
    Labelled(
        "fr_tenth_23",
        """Bonjour Anaïs,

Nous recherchons quelqu'un qui n'ait pas de tatouage visible pour ce poste d'accueil. Nous ne pourrons pas donner suite.

Cordialement,
Hôtel Le Grand Bleu""",
        "refusal",
        reason="discriminatory",
        company="Hôtel Le Grand Bleu",
        criteria=("appearance",),
    ),
    Labelled(
        "en_tenth_24",
        """Hi Rita,

Thank you for applying. Unfortunately we only employ people under 30 for our youth ambassador programme.

Best,
Vibe Events""",
        "refusal",
        reason="discriminatory",
        company="Vibe Events",
        criteria=("age",),
    ),
    Labelled(
        "fr_tenth_25",
        """Bonjour,

Nous avons bien noté que vous êtes malentendant. Le poste impliquant beaucoup d'appels, nous ne pouvons pas retenir votre candidature.

Cordialement,
Assistance Plus""",
        "refusal",
        reason="discriminatory",
        company="Assistance Plus",
        criteria=("disability",),
    ),
    Labelled(
        "en_tenth_26",
        """Hi Ken,

We're no longer recruiting for the Analyst role and have closed the vacancy.

Regards,
Talent Team, Fairway Bank""",
        "refusal",
        reason="none",
        company="Fairway Bank",
    ),
    Labelled(
        "fr_tenth_27",
        """Bonjour Emma,

Merci pour votre candidature. Nous étudions les dossiers jusqu'au 18 décembre et vous répondrons au plus tard le 23 décembre.

Cordialement,
Mairie de Lille""",
        "answer_date",
        answer_by="2026-12-23",
        company="Mairie de Lille",
    ),
    Labelled(
        "en_tenth_28",
        """Hi Tom,

We're impressed with your background and would like to set up a phone screen. Are you available tomorrow between 10am and 12pm?

Best,
Julia Ross
Recruiter, Northwind""",
        "interview",
        company="Northwind",
        recruiter="Julia Ross",
    ),
    Labelled(
        "fr_tenth_29",
        """Bonjour,

Votre expérience de délégué du personnel ne nous rassure pas sur votre loyauté. Nous ne donnerons pas suite.

Cordialement,
Direction, Ateliers Bernier""",
        "refusal",
        reason="discriminatory",
        company="Ateliers Bernier",
        criteria=("union",),
    ),
    Labelled(
        "en_tenth_30",
        """Hi Jon,

Thanks for interviewing. We've decided to move forward with another candidate, but we have an opening on our Support team right now that matches your skills — interested?

Best,
Nora Bell
People Lead, Tessa Health""",
        "refusal",
        reason="other_opening",
        company="Tessa Health",
        recruiter="Nora Bell",
    ),
    # --- An eleventh batch, written apart from the first ten ---------------------------------
    Labelled(
        "fr_eleventh_01",
        """Bonjour Madame Dupont,

Après un examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir donner suite à votre candidature pour le poste d'assistante de direction, d'autres candidats présentant un profil plus adapté à nos besoins.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Catherine Lemoine
Directrice des Ressources Humaines
Groupe Ramsay Santé""",
        "refusal",
        reason="none",
        company="Groupe Ramsay Santé",
        recruiter="Catherine Lemoine",
    ),
    Labelled(
        "en_eleventh_02",
        """Hi Pat,

We've decided not to move forward with your application at this time. For this position we require at least 3 years of experience with React Native, which we didn't see on your CV.

Regards,
Talent Team
AppWorks""",
        "refusal",
        reason="missing_skills",
        skill="React Native",
        company="AppWorks",
    ),
    Labelled(
        "fr_eleventh_03",
        """Bonjour Marine,

Nous ne retenons pas votre candidature pour ce CDD. En revanche, nous ouvrirons plusieurs postes en CDI dans environ deux mois ; je vous conseille de postuler à ce moment-là.

Cordialement,
Sabine Roche
RH, Biocoop""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Biocoop",
        recruiter="Sabine Roche",
    ),
    Labelled(
        "en_eleventh_04",
        """Hello Amir,

Although we won't be progressing your application for the Data Scientist role, our Analytics team is currently hiring and I think your skills would be a strong match.

Best wishes,
Emma Fields
Talent Acquisition, Orbitax""",
        "refusal",
        reason="other_opening",
        company="Orbitax",
        recruiter="Emma Fields",
    ),
    Labelled(
        "fr_eleventh_05",
        """Bonjour,

Merci de ne plus nous contacter au sujet de ce poste. Notre réponse est définitive.

Direction
Menuiserie Girard""",
        "refusal",
        reason="categorical",
        company="Menuiserie Girard",
    ),
    Labelled(
        "en_eleventh_06",
        """Hi Dev,

Honestly, we need someone who blends in with our mostly local, white client base, so we're not moving forward.

Thanks,
Country Estates""",
        "refusal",
        reason="discriminatory",
        company="Country Estates",
        criteria=("origin",),
    ),
    Labelled(
        "fr_eleventh_07",
        """Bonjour Marc,

Vous nous avez dit être père de quatre enfants ; les horaires tardifs du poste nous semblent incompatibles. Nous ne donnerons pas suite.

Cordialement,
Restaurant La Table""",
        "refusal",
        reason="discriminatory",
        company="Restaurant La Table",
        criteria=("family",),
    ),
    Labelled(
        "fr_eleventh_09",
        """Bonjour Kevin,

Je vous ferai un retour d'ici mardi prochain au plus tard.

Bien à vous,
Marion Colin
Consultante recrutement, Expectra""",
        "answer_date",
        answer_by="2026-12-15",
        company="Expectra",
        recruiter="Marion Colin",
    ),
    Labelled(
        "en_eleventh_10",
        """Hi Sara,

Congratulations, you've made it to the final round! We'd like to schedule an in-person interview on Monday, December 21 at 11:00 AM.

Best,
Liam Scott
Recruiting Lead, Aperture Labs""",
        "interview",
        interview_at="2026-12-21T11:00",
        company="Aperture Labs",
        recruiter="Liam Scott",
    ),
    Labelled(
        "fr_eleventh_11",
        """Bonjour Mme Lopez,

Comme convenu par téléphone, votre entretien aura lieu le vendredi 18 décembre à 16h30, au 8 avenue de l'Europe à Strasbourg.

Cordialement,
Eric Weber
Responsable recrutement, Adecco Strasbourg""",
        "interview",
        interview_at="2026-12-18T16:30",
        company="Adecco Strasbourg",
        recruiter="Eric Weber",
    ),
    Labelled(
        "en_eleventh_12",
        """Thank you for your interest in a career at Brightwater Foods! We confirm receipt of your application for Production Operative.

Brightwater Foods Talent Acquisition""",
        "received",
        company="Brightwater Foods",
    ),
    Labelled(
        "fr_eleventh_13",
        """Bonjour Louis,

Merci pour votre candidature au poste de Serveur. Notre équipe va l'examiner et reviendra vers vous rapidement.

L'équipe de Big Mamma""",
        "received",
        company="Big Mamma",
    ),
    Labelled(
        "en_eleventh_14",
        """Hi Abby,

Thanks for applying. Please send over your portfolio so we can continue reviewing your application.

Cheers,
Oscar Hale
Creative Lead, Studio Nine""",
        "other",
        company="Studio Nine",
        recruiter="Oscar Hale",
    ),
    Labelled(
        "fr_eleventh_15",
        """Bonjour,

Votre CV est intéressant mais, honnêtement, à 58 ans vous seriez le plus âgé de l'équipe. Je préfère ne pas donner suite.

Cordialement,
Xavier Brun
Fondateur, Brun Digital""",
        "refusal",
        reason="discriminatory",
        company="Brun Digital",
        recruiter="Xavier Brun",
        criteria=("age",),
    ),
    Labelled(
        "en_eleventh_16",
        """Dear Sofia,

We are unable to offer you the role. Our team requires staff who can work Saturdays, and we understand this conflicts with your observance of the Sabbath.

Regards,
Hartley Retail""",
        "refusal",
        reason="discriminatory",
        company="Hartley Retail",
        criteria=("religion",),
    ),
    Labelled(
        "fr_eleventh_17",
        """Bonjour Léna,

Le jury a estimé que votre anglais n'était pas suffisant pour un poste en contact avec des clients internationaux. Nous ne retenons donc pas votre candidature.

Cordialement,
Air Atlantique RH""",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Air Atlantique",
    ),
    Labelled(
        "en_eleventh_18",
        """Hi Rohan,

Thanks for your time. We didn't feel your project management experience was strong enough for this senior role, so we won't be progressing further.

Best,
Lucy Gray
HR Manager, Atlas Build""",
        "refusal",
        reason="missing_skills",
        skill="project management",
        company="Atlas Build",
        recruiter="Lucy Gray",
    ),
    Labelled(
        "fr_eleventh_19",
        """Bonjour,

Nous avons constaté que vous portiez un appareil auditif. Le poste exigeant de nombreux appels, nous préférons ne pas retenir votre candidature.

Cordialement,
Centre d'appels Horizon""",
        "refusal",
        reason="discriminatory",
        company="Centre d'appels Horizon",
        criteria=("disability",),
    ),
    Labelled(
        "en_eleventh_20",
        """Hi Max,

Thanks for your application! We'll review it and you can expect to hear from us within the next ten days.

Kind regards,
Recruitment, Copperfield Ltd""",
        "answer_date",
        answer_by="2026-12-20",
        company="Copperfield Ltd",
    ),
    Labelled(
        "fr_eleventh_21",
        """Bonjour,

Je me permets de vous proposer un entretien téléphonique le jeudi 17 décembre entre 14h et 15h, à l'heure qui vous arrange.

Cordialement,
Lina Haddad
Chargée de recrutement, Veolia Eau""",
        "interview",
        company="Veolia Eau",
        recruiter="Lina Haddad",
    ),
    Labelled(
        "en_eleventh_22",
        """Hi Noel,

We are sorry to tell you that you have not been selected. Please don't reapply for this role within the next 12 months.

Regards,
Recruitment Team
Crown Insurance""",
        "refusal",
        reason="categorical",
        company="Crown Insurance",
    ),
    Labelled(
        "fr_eleventh_23",
        """Bonjour Anne,

Votre candidature nous a plu, mais vos absences pour maladie l'an dernier nous inquiètent. Nous ne donnerons pas suite.

Cordialement,
Sylvie Caron
Gérante, Pharmacie Caron""",
        "refusal",
        reason="discriminatory",
        company="Pharmacie Caron",
        recruiter="Sylvie Caron",
        criteria=("health",),
    ),
    Labelled(
        "en_eleventh_24",
        """Hi Sam,

We'd love to have you meet the team over coffee next Tuesday at 10am. Let me know if that works!

Best,
Chloe Martin
Founder, Brewlab""",
        "interview",
        interview_at="2026-12-15T10:00",
        company="Brewlab",
        recruiter="Chloe Martin",
    ),
    Labelled(
        "fr_eleventh_25",
        """Bonjour,

Nous ne souhaitons pas recruter de syndiqués dans notre entrepôt. Votre candidature n'est pas retenue.

Logistique Nord""",
        "refusal",
        reason="discriminatory",
        company="Logistique Nord",
        criteria=("union",),
    ),
    Labelled(
        "en_eleventh_26",
        """Hi Tara,

I'm sorry, but we've decided your look isn't quite right for our brand ambassador role.

Regards,
Glow Cosmetics""",
        "refusal",
        reason="discriminatory",
        company="Glow Cosmetics",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_eleventh_27",
        """Bonjour Julien,

Votre candidature n'a pas été retenue. Nous avons cependant d'autres offres qui pourraient vous intéresser sur notre site, notamment un poste de technicien disponible immédiatement.

Cordialement,
Service RH – Enedis""",
        "refusal",
        reason="other_opening",
        company="Enedis",
    ),
    Labelled(
        "en_eleventh_28",
        """Hi Mia,

Thanks for your patience. The hiring manager is traveling this week; we'll have a decision for you by the end of next week at the latest.

Best,
Jordan Lee
Recruiter, Fable & Co""",
        "answer_date",
        answer_by="2026-12-20",
        company="Fable & Co",
        recruiter="Jordan Lee",
    ),
    Labelled(
        "fr_eleventh_29",
        """Bonjour Théo,

Nous avons bien reçu votre candidature pour l'alternance. Un conseiller vous contactera d'ici 8 jours.

Cordialement,
CFA des Métiers de Nantes""",
        "answer_date",
        answer_by="2026-12-18",
        company="CFA des Métiers de Nantes",
    ),
    Labelled(
        "en_eleventh_30",
        """Hello Ben,

Unfortunately, we have concluded that your profile does not match the requirements of this position.

Sincerely,
Marcus Grey
Talent Acquisition
Sterling Consulting Group""",
        "refusal",
        reason="none",
        company="Sterling Consulting Group",
        recruiter="Marcus Grey",
    ),
    # --- A twelfth batch, written apart from the first eleven --------------------------------
    Labelled(
        "fr_twelfth_01",
        """bonjour, desole mais on ne va pas retenir ta candidature pour le poste de barista. bonne continuation ! - Lucas, Café Kitsuné""",
        "refusal",
        reason="none",
        company="Café Kitsuné",
    ),
    Labelled(
        "en_twelfth_02",
        """Sarah Connor • 1st
Talent Partner at Cyberdyne
Hi John, thanks for applying! We'd like to invite you to a phone interview on 14/12/2026 at 14:00. Does that work?""",
        "interview",
        interview_at="2026-12-14T14:00",
        company="Cyberdyne",
        recruiter="Sarah Connor",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_twelfth_03",
        """Re: Candidature Développeur Java

Bonjour Ahmed,

Nous ne pouvons malheureusement pas donner suite : nous recherchions un profil ayant une expérience confirmée sur Spring Boot.

Bien à vous,
Céline Garnier
Sopra Steria""",
        "refusal",
        reason="missing_skills",
        skill="Spring Boot",
        company="Sopra Steria",
        recruiter="Céline Garnier",
    ),
    Labelled(
        "en_twelfth_04",
        """Hi Raj,

Sorry for the delay! We'll have an update for you on the 14th of December.

Thanks,
Megan
Recruiter @ Arcadia""",
        "answer_date",
        answer_by="2026-12-14",
        company="Arcadia",
    ),
    Labelled(
        "fr_twelfth_05",
        """Bonjour,

merci pour votre candidature, nous la transmettons au responsable du magasin qui vous recontactera si votre profil est retenu.

Magasin Intersport Brest""",
        "received",
        company="Magasin Intersport Brest",
    ),
    Labelled(
        "en_twelfth_06",
        """Hi Lily,

We're sorry, but we've decided to pursue candidates who are a better fit for our team culture. We wish you the best of luck.

Regards,
The Hiring Team at Moxie""",
        "refusal",
        reason="none",
        company="Moxie",
    ),
    Labelled(
        "fr_twelfth_07",
        """Bonjour Laetitia,

Malgré vos qualités, nous ne pouvons pas vous embaucher car vous êtes enceinte et le poste commence en janvier.

Cordialement,
Boutique Élégance""",
        "refusal",
        reason="discriminatory",
        company="Boutique Élégance",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_twelfth_08",
        """Hi Dom,

Thanks for coming in! We'd like to offer you a second interview next Monday at 11am with the product lead.

Best,
Kim Lee
People, Figment""",
        "interview",
        interview_at="2026-12-14T11:00",
        company="Figment",
        recruiter="Kim Lee",
    ),
    Labelled(
        "fr_twelfth_09",
        """Bonjour Romain,

Merci pour votre candidature. Le poste nécessite une habilitation électrique B2V que vous ne possédez pas ; nous ne pouvons donc pas y donner suite.

Cordialement,
Elec Services 35""",
        "refusal",
        reason="missing_skills",
        skill="habilitation électrique B2V",
        company="Elec Services 35",
    ),
    Labelled(
        "en_twelfth_10",
        """Hello,

We wanted to let you know that we have decided not to fill this vacancy at present. We anticipate re-advertising the post in approximately three months.

Kind regards,
HR Team
Westshire County Council""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Westshire County Council",
    ),
    Labelled(
        "fr_twelfth_11",
        """Bonjour,

Nous avons retenu un autre candidat pour le poste d'électricien. Nous recherchons toutefois un plombier en ce moment : si cela vous intéresse, n'hésitez pas à postuler.

Cordialement,
Bati Services Rennes""",
        "refusal",
        reason="other_opening",
        company="Bati Services Rennes",
    ),
    Labelled(
        "en_twelfth_12",
        """Hi Oliver,

We will not be moving forward with your application and kindly ask that you refrain from contacting our staff about this decision.

Regards,
Langley & Co HR""",
        "refusal",
        reason="categorical",
        company="Langley & Co",
    ),
    Labelled(
        "fr_twelfth_13",
        """Bonjour,

Votre accent étranger pourrait gêner nos clients au téléphone. Nous ne retiendrons pas votre candidature.

Cordialement,
Téléservices Provence""",
        "refusal",
        reason="discriminatory",
        company="Téléservices Provence",
        criteria=("accent",),
    ),
    Labelled(
        "en_twelfth_14",
        """Hi Tom,

We have concerns that your involvement with the union at your last job could cause friction here, so we won't be proceeding.

Regards,
Fenwick Foundry""",
        "refusal",
        reason="discriminatory",
        company="Fenwick Foundry",
        criteria=("union",),
    ),
    Labelled(
        "fr_twelfth_15",
        """Bonjour Nadia,

Nous souhaitons vous rencontrer : êtes-vous disponible mercredi 16 décembre à 10h ou à 15h ?

Cordialement,
Pauline Simon
RH, Maisons du Monde""",
        "interview",
        company="Maisons du Monde",
        recruiter="Pauline Simon",
    ),
    Labelled(
        "en_twelfth_16",
        """Hello Grace,

Thanks for your interest in the Project Coordinator position. We're currently reviewing applications and will contact shortlisted candidates by December 18.

Best,
Sunridge Property Group""",
        "answer_date",
        answer_by="2026-12-18",
        company="Sunridge Property Group",
    ),
    Labelled(
        "fr_twelfth_17",
        """Bonjour,

Nous préférons recruter une personne plus jeune, plus malléable. Nous ne donnerons donc pas suite à votre candidature.

Direction, Start Fast""",
        "refusal",
        reason="discriminatory",
        company="Start Fast",
        criteria=("age",),
    ),
    Labelled(
        "en_twelfth_18",
        """Hi Ana,

Unfortunately you were not successful this time — the panel was looking for more experience in early-years education.

Warm regards,
Little Oaks Nursery""",
        "refusal",
        reason="missing_skills",
        skill="early-years education",
        company="Little Oaks Nursery",
    ),
    Labelled(
        "fr_twelfth_19",
        """Bonjour Paul,

Merci pour ton intérêt pour Doctolib ! On aimerait organiser un premier échange avec toi lundi 14 décembre à 17h, ça te va ?

Bonne journée,
Manon Petit""",
        "interview",
        interview_at="2026-12-14T17:00",
        company="Doctolib",
        recruiter="Manon Petit",
    ),
    Labelled(
        "en_twelfth_20",
        """Hi Chris,

We're not able to consider applicants who are not EU citizens for this position.

Regards,
Euro Logistics BV""",
        "refusal",
        reason="discriminatory",
        company="Euro Logistics BV",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_twelfth_21",
        """Bonjour,

Pour information, nous clôturons les candidatures le 20 décembre et nous reviendrons vers chaque candidat avant le 8 janvier.

Cordialement,
Office de Tourisme de Vannes""",
        "answer_date",
        answer_by="2027-01-08",
        company="Office de Tourisme de Vannes",
    ),
    Labelled(
        "en_twelfth_22",
        """Hi Sam,

Please find attached our formal offer for the position of Operations Analyst. We're thrilled to have you on board!

Best,
Rachel Tan
Head of People, Nimble""",
        "other",
        company="Nimble",
        recruiter="Rachel Tan",
    ),
    Labelled(
        "fr_twelfth_23",
        """Bonjour,

Nous avons décidé de ne pas poursuivre : vous êtes en fauteuil roulant et nos bureaux sont au 3e étage sans ascenseur.

Cordialement,
Agence Immo Centre""",
        "refusal",
        reason="discriminatory",
        company="Agence Immo Centre",
        criteria=("disability",),
    ),
    Labelled(
        "en_twelfth_24",
        """Hi Ella,

We noticed during the interview that you wear a hijab. Our dress code does not allow religious head coverings, so we can't offer you the role.

Regards,
Sunset Hotel Group""",
        "refusal",
        reason="discriminatory",
        company="Sunset Hotel Group",
        criteria=("religion",),
    ),
    Labelled(
        "fr_twelfth_25",
        """Bonjour Inès,

Merci pour cet échange. Votre expérience en marketing digital reste un peu légère pour ce poste de responsable. Nous ne donnerons pas suite.

Cordialement,
Justine Morel
DRH, L'Oréal Luxe""",
        "refusal",
        reason="missing_skills",
        skill="marketing digital",
        company="L'Oréal Luxe",
        recruiter="Justine Morel",
    ),
    Labelled(
        "en_twelfth_26",
        """Hi Noah,

Thank you for applying! Your application is in and our team will review it within the next two weeks.

The Recruitment Team at Finch & Pine""",
        "received",
        company="Finch & Pine",
    ),
    Labelled(
        "fr_twelfth_27",
        """Bonjour,

Votre profil nous intéresse pour un poste de chef de projet qui s'ouvrira en février. Pour celui-ci, en revanche, nous ne donnerons pas suite.

Cordialement,
Vanessa Leroy
Recrutement, Bouygues Telecom""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Bouygues Telecom",
        recruiter="Vanessa Leroy",
    ),
    Labelled(
        "en_twelfth_28",
        """Hello Mia,

I'm sorry to say that we won't be progressing your application: we need someone with native-level Japanese for this role.

Regards,
Kenji Sato
Country Manager, Sakura Trading""",
        "refusal",
        reason="missing_skills",
        skill="Japanese",
        company="Sakura Trading",
        recruiter="Kenji Sato",
    ),
    Labelled(
        "fr_twelfth_29",
        """Bonjour,

Nous revenons vers vous concernant votre candidature : vous êtes attendu pour un entretien le jeudi 17 décembre à 9h30 au siège.

Cordialement,
Direction des ressources humaines – Groupe La Poste""",
        "interview",
        interview_at="2026-12-17T09:30",
        company="Groupe La Poste",
    ),
    Labelled(
        "en_twelfth_30",
        """Hi Jo,

After much deliberation, I'm sorry to tell you we won't be moving forward. It was a close call!

Cheers,
Ana
Studio Lumen""",
        "refusal",
        reason="none",
        company="Studio Lumen",
    ),
    # --- A thirteenth batch, written apart from the first twelve -----------------------------
    Labelled(
        "en_thirteenth_01",
        """Hi Sam,

Unfortunately I need to reschedule our interview. Would Tuesday, December 15 at 3pm work instead?

Apologies,
Kate Young
Recruiter, Bluebell Tech""",
        "interview",
        interview_at="2026-12-15T15:00",
        company="Bluebell Tech",
        recruiter="Kate Young",
    ),
    Labelled(
        "fr_thirteenth_02",
        """Bonjour Léa,

Malheureusement, je dois décaler notre entretien de demain. Pourrions-nous le faire jeudi 17 décembre à 10h ?

Toutes mes excuses,
Camille Roche
RH, Tissé Paris""",
        "interview",
        interview_at="2026-12-17T10:00",
        company="Tissé Paris",
        recruiter="Camille Roche",
    ),
    Labelled(
        "en_thirteenth_03",
        """Dear Peter,

Thank you for your application for the role of Lab Technician. Having reviewed all applications, we regret that we will not be taking your application further on this occasion as we have decided to appoint an internal candidate.

Yours sincerely,
Human Resources
Northfield University""",
        "refusal",
        reason="none",
        company="Northfield University",
    ),
    Labelled(
        "fr_thirteenth_04",
        """Bonjour Monsieur Garcia,

Nous vous informons que votre candidature au poste de Comptable n'a pas abouti. Nous vous remercions de l'intérêt porté à notre cabinet.

Cordialement,
Cabinet Audit & Conseil""",
        "refusal",
        reason="none",
        company="Cabinet Audit & Conseil",
    ),
    Labelled(
        "en_thirteenth_05",
        """Hi Jess,

We loved your energy, but for this role we need deeper knowledge of Google Ads and paid social. We'll pass this time.

Thanks,
Rory Blake
Growth Lead, Hopscotch""",
        "refusal",
        reason="missing_skills",
        skill="Google Ads and paid social",
        company="Hopscotch",
        recruiter="Rory Blake",
    ),
    Labelled(
        "fr_thirteenth_06",
        """Bonjour,

Vous n'avez pas été retenu pour ce poste : nous attendions un niveau d'allemand courant.

Cordialement,
Recrutement Siemens France""",
        "refusal",
        reason="missing_skills",
        skill="allemand",
        company="Siemens France",
    ),
    Labelled(
        "en_thirteenth_07",
        """Hi Lucas,

You didn't get the job this time, but we'll be hiring again for the summer season — roughly six months from now — and would love to see your application then.

Best,
Beachside Resorts""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Beachside Resorts",
    ),
    Labelled(
        "fr_thirteenth_08",
        """Bonjour Anaïs,

Votre candidature n'a pas été retenue pour le poste de caissière, mais nous recherchons actuellement des préparateurs de commandes. Ce poste pourrait vous intéresser : voulez-vous que je vous envoie la fiche ?

Cordialement,
Carrefour Market Vannes""",
        "refusal",
        reason="other_opening",
        company="Carrefour Market Vannes",
    ),
    Labelled(
        "en_thirteenth_09",
        """Dear Applicant,

Your application has been rejected. This decision cannot be appealed.

Regards,
Global Staffing Ltd""",
        "refusal",
        reason="categorical",
        company="Global Staffing Ltd",
    ),
    Labelled(
        "fr_thirteenth_10",
        """Bonjour,

Le client recherche plutôt un profil masculin pour ce poste de commercial terrain. Je ne peux donc pas vous présenter.

Cordialement,
Sophie Martin
Consultante, Talent Hunter""",
        "refusal",
        reason="discriminatory",
        company="Talent Hunter",
        recruiter="Sophie Martin",
        criteria=("sex",),
    ),
    Labelled(
        "en_thirteenth_11",
        """Hi Emma,

We're worried that as a new mum you won't be able to handle the overtime, so we've decided to offer the job to someone else.

Best,
Nick Hall
Manager, Hall & Sons""",
        "refusal",
        reason="discriminatory",
        company="Hall & Sons",
        recruiter="Nick Hall",
        criteria=("family",),
    ),
    Labelled(
        "fr_thirteenth_12",
        """Bonjour,

Nous ne prenons pas de personnes de votre nationalité pour des raisons d'image. Nous ne donnerons pas suite.

Cordialement,
Société Prestige Sécurité""",
        "refusal",
        reason="discriminatory",
        company="Société Prestige Sécurité",
        criteria=("nationality",),
    ),
    Labelled(
        "en_thirteenth_13",
        """Hi Rob,

Good news! The hiring manager has asked to meet you. Are you free Friday at 2pm?

Cheers,
Sam Wright
Recruiter, Ledgerly""",
        "interview",
        interview_at="2026-12-11T14:00",
        company="Ledgerly",
        recruiter="Sam Wright",
    ),
    Labelled(
        "fr_thirteenth_14",
        """Bonjour,

Nous vous confirmons la bonne réception de votre candidature. Elle sera étudiée dans les prochains jours.

Cordialement,
Groupe Casino – Recrutement""",
        "received",
        company="Groupe Casino",
    ),
    Labelled(
        "en_thirteenth_15",
        """Hello Chris,

Due to the holiday period, we won't be able to give you a decision until after New Year. Expect to hear from us by January 8.

Best regards,
Nadia Khan
HR Manager, Fernwood Homes""",
        "answer_date",
        answer_by="2027-01-08",
        company="Fernwood Homes",
        recruiter="Nadia Khan",
    ),
    Labelled(
        "fr_thirteenth_16",
        """Bonjour Mélanie,

Merci pour votre patience. Le comité se réunit lundi ; vous aurez une réponse dans la foulée, au plus tard mercredi.

Cordialement,
Gaël Fournier
RH, Mutuelle Générale""",
        "answer_date",
        answer_by="2026-12-16",
        company="Mutuelle Générale",
        recruiter="Gaël Fournier",
    ),
    Labelled(
        "en_thirteenth_17",
        """Hi Sophie,

Can you confirm your home address and date of birth for our records?

Thanks,
Payroll Team, Brightline""",
        "other",
        company="Brightline",
    ),
    Labelled(
        "fr_thirteenth_18",
        """Bonjour Nicolas,

Compte tenu de vos antécédents de dépression, nous préférons ne pas donner suite à votre candidature.

Cordialement,
Banque Régionale de l'Ouest""",
        "refusal",
        reason="discriminatory",
        company="Banque Régionale de l'Ouest",
        criteria=("health",),
    ),
    Labelled(
        "en_thirteenth_19",
        """Hi Marcus,

The client feels your dreadlocks are not suitable for a corporate environment, so they have declined to interview you.

Regards,
Apex Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Apex",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_thirteenth_20",
        """Bonjour,

Votre candidature n'est pas retenue. Pour ce poste de soudeur, la certification ASME est obligatoire.

Cordialement,
Chantiers de l'Atlantique""",
        "refusal",
        reason="missing_skills",
        skill="certification ASME",
        company="Chantiers de l'Atlantique",
    ),
    Labelled(
        "en_thirteenth_21",
        """Hi Anna,

We would like to invite you to an assessment centre on Thursday 17th December, starting at 9:00am.

Kind regards,
Graduate Recruitment Team
Lloyds Banking Group""",
        "interview",
        interview_at="2026-12-17T09:00",
        company="Lloyds Banking Group",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_thirteenth_22",
        """Bonjour,

Je suis Marie Dupuis, recruteuse chez Capgemini. Votre profil m'intéresse pour un poste de consultant SAP. Seriez-vous disponible pour un échange téléphonique cette semaine ?

Bien à vous,
Marie""",
        "interview",
        company="Capgemini",
        recruiter="Marie Dupuis",
    ),
    Labelled(
        "en_thirteenth_23",
        """Hi Jo,

We've decided not to proceed with any further hires this quarter, so your application is on hold. We expect to resume hiring in about three months.

Best,
Finley Ross
Talent, Quartz""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Quartz",
        recruiter="Finley Ross",
    ),
    Labelled(
        "fr_thirteenth_24",
        """Bonjour Clara,

Nous ne donnerons pas suite, nous recherchons une personne ayant davantage d'expérience en gestion de la paie.

Cordialement,
Cabinet Expertis""",
        "refusal",
        reason="missing_skills",
        skill="gestion de la paie",
        company="Cabinet Expertis",
    ),
    Labelled(
        "en_thirteenth_25",
        """Hi Will,

I'm afraid the team has decided not to go ahead with your application. We're looking for someone who's a bit more of a 'culture fit' — younger, if I'm honest.

Best,
Zara Moss
People, Hype Agency""",
        "refusal",
        reason="discriminatory",
        company="Hype Agency",
        recruiter="Zara Moss",
        criteria=("age",),
    ),
    Labelled(
        "fr_thirteenth_26",
        """Bonjour,

Nous avons bien reçu votre candidature spontanée. Nous n'avons malheureusement aucun poste disponible actuellement.

Cordialement,
Imprimerie Nouvelle""",
        "refusal",
        reason="none",
        company="Imprimerie Nouvelle",
    ),
    Labelled(
        "en_thirteenth_27",
        """Hey Kim, just confirming our chat tomorrow at 12:30 — I'll call you on your mobile.

Tom (Brightpath)""",
        "interview",
        interview_at="2026-12-11T12:30",
        company="Brightpath",
        recruiter=None,
    ),
    Labelled(
        "fr_thirteenth_28",
        """Bonjour Hugo,

Nous reviendrons vers vous sous quinzaine pour vous faire part de notre décision.

Cordialement,
Agence Publicis Conseil""",
        "answer_date",
        answer_by="2026-12-25",
        company="Agence Publicis Conseil",
    ),
    Labelled(
        "en_thirteenth_29",
        """Hi Ben,

We're sorry to say the position has been put on hold indefinitely, so we won't be proceeding with any candidates.

Regards,
Kestrel Aviation""",
        "refusal",
        reason="none",
        company="Kestrel Aviation",
    ),
    Labelled(
        "fr_thirteenth_30",
        """Bonjour Inès,

Je vous prie de bien vouloir nous transmettre votre RIB et votre carte vitale pour finaliser votre contrat.

Cordialement,
Service paie, Groupe Adéo""",
        "other",
        company="Groupe Adéo",
    ),
    # --- A fourteenth batch, written apart from the first thirteen ---------------------------
    Labelled(
        "fr_fourteenth_01",
        """Bonjour Mme Bernard,

Suite à votre entretien, j'ai le regret de vous informer que nous avons retenu un candidat dont l'expérience correspond davantage aux exigences du poste.

Je vous souhaite une bonne continuation.

Envoyé de mon iPhone""",
        "refusal",
        reason="none",
    ),
    Labelled(
        "en_fourteenth_02",
        """Hi Kyle,

Thanks for chatting with us! Sadly we won't be moving ahead — we need someone who's worked with Snowflake and dbt in production.

Best,
Priya
Data Lead @ Streamlit Labs""",
        "refusal",
        reason="missing_skills",
        skill="Snowflake and dbt",
        company="Streamlit Labs",
    ),
    Labelled(
        "fr_fourteenth_03",
        """Bonjour,

Le poste d'assistant juridique n'est plus d'actualité suite à une réorganisation interne. Un nouveau recrutement pourrait être lancé au printemps ; nous reviendrons alors vers vous.

Cordialement,
Cabinet Lexia""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Cabinet Lexia",
    ),
    Labelled(
        "en_fourteenth_04",
        """Hi Olivia,

We went with another candidate for the Account Executive role. That said, we have a Sales Development opening right now and I'd love to put you forward for it.

Best,
Jake Simmons
Head of Sales, Rallyware""",
        "refusal",
        reason="other_opening",
        company="Rallyware",
        recruiter="Jake Simmons",
    ),
    Labelled(
        "fr_fourteenth_05",
        """Monsieur,

Votre candidature a été refusée. Toute nouvelle sollicitation restera sans réponse.

La Direction
Hôtel Splendid""",
        "refusal",
        reason="categorical",
        company="Hôtel Splendid",
    ),
    Labelled(
        "en_fourteenth_06",
        """Hi Grace,

I'll be straight with you: the partners want a male associate for this client, so we're not moving forward.

Regards,
Tom Baker
Office Manager, Baker & Lowe LLP""",
        "refusal",
        reason="discriminatory",
        company="Baker & Lowe LLP",
        recruiter="Tom Baker",
        criteria=("sex",),
    ),
    Labelled(
        "fr_fourteenth_07",
        """Bonjour Amina,

Nous avons apprécié l'entretien, mais le port du voile n'est pas compatible avec notre politique de neutralité en boutique. Nous ne donnerons pas suite.

Cordialement,
Parfumerie Lumière""",
        "refusal",
        reason="discriminatory",
        company="Parfumerie Lumière",
        criteria=("religion",),
    ),
    Labelled(
        "en_fourteenth_08",
        """Hi Ian,

Thanks for your application. We've paused hiring for this role until further notice.

Thanks,
Recruiting, Parallel Health""",
        "refusal",
        reason="none",
        company="Parallel Health",
    ),
    Labelled(
        "fr_fourteenth_09",
        """Bonjour Sophie,

Je vous propose un rendez-vous dans nos locaux le mardi 15/12/2026 à 14h15.

Cordialement,
Jérôme Lefort
Directeur d'agence – Crédit du Nord""",
        "interview",
        interview_at="2026-12-15T14:15",
        company="Crédit du Nord",
        recruiter="Jérôme Lefort",
    ),
    Labelled(
        "en_fourteenth_10",
        """Hi Ava,

Your interview has been booked for Wednesday 16 December 2026 at 13:30 via Microsoft Teams.

Kind regards,
Recruitment Team
NHS Lothian""",
        "interview",
        interview_at="2026-12-16T13:30",
        company="NHS Lothian",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_fourteenth_11",
        """Bonjour,

Nous accusons réception de votre candidature. Compte tenu du nombre important de candidatures, seules les personnes retenues seront contactées.

Service RH
Airbus Atlantic""",
        "received",
        company="Airbus Atlantic",
    ),
    Labelled(
        "en_fourteenth_12",
        """Hi Will,

Thanks for applying! We'll get back to you in 2-3 weeks.

Best,
The Loom Team""",
        "answer_date",
        answer_by="2026-12-31",
        company="Loom",
    ),
    Labelled(
        "fr_fourteenth_13",
        """Bonjour Chloé,

Pour la suite du processus, merci de compléter le test de personnalité en ligne avant lundi.

Cordialement,
Recrutement L'Oréal""",
        "other",
        company="L'Oréal",
    ),
    Labelled(
        "en_fourteenth_14",
        """Hi Fred,

We felt you were overqualified and, frankly, at your stage of career you'd probably be looking to retire soon. We won't proceed.

Regards,
Quickfix Repairs""",
        "refusal",
        reason="discriminatory",
        company="Quickfix Repairs",
        criteria=("age",),
    ),
    Labelled(
        "fr_fourteenth_15",
        """Bonjour,

Nous avons appris que vous aviez un handicap moteur ; nous ne pensons pas pouvoir adapter le poste. Votre candidature n'est pas retenue.

Cordialement,
Garage Central""",
        "refusal",
        reason="discriminatory",
        company="Garage Central",
        criteria=("disability",),
    ),
    Labelled(
        "en_fourteenth_16",
        """Hi Leila,

We regret to inform you that we are unable to move forward due to concerns about your family commitments.

Regards,
Crest Legal""",
        "refusal",
        reason="discriminatory",
        company="Crest Legal",
        criteria=("family",),
    ),
    Labelled(
        "fr_fourteenth_17",
        """Bonjour,

Votre profil est intéressant, mais le poste exige une parfaite maîtrise d'AutoCAD. Nous ne donnerons pas suite à votre candidature.

Cordialement,
Bureau d'études Ingéo""",
        "refusal",
        reason="missing_skills",
        skill="AutoCAD",
        company="Bureau d'études Ingéo",
    ),
    Labelled(
        "en_fourteenth_18",
        """Hi Sam,

Following your interview, we're sorry to say you weren't selected. The panel was looking for stronger experience with stakeholder management.

Regards,
Cityline Transport""",
        "refusal",
        reason="missing_skills",
        skill="stakeholder management",
        company="Cityline Transport",
    ),
    Labelled(
        "fr_fourteenth_19",
        """Bonjour Théo,

Vous êtes convoqué à un entretien collectif le lundi 14 décembre à 8h30 à l'agence France Travail de Lorient.

Cordialement,
Transports Kéolis Lorient""",
        "interview",
        interview_at="2026-12-14T08:30",
        company="Transports Kéolis Lorient",
    ),
    Labelled(
        "en_fourteenth_20",
        """Hello,

Thanks for your application to Greenway Grocers. Due to high demand, we'll only respond to successful applicants within 14 days.

Greenway Grocers""",
        "answer_date",
        answer_by="2026-12-24",
        company="Greenway Grocers",
    ),
    Labelled(
        "fr_fourteenth_21",
        """Bonjour Madame,

Nous préférons ne pas recruter de personne en situation de surpoids pour ce poste de vendeuse. Nous ne donnerons pas suite.

Cordialement,
Mode & Style""",
        "refusal",
        reason="discriminatory",
        company="Mode & Style",
        criteria=("appearance",),
    ),
    Labelled(
        "en_fourteenth_22",
        """Hi Ana,

Quick heads-up: we're behind on reviews, but you'll have an answer from us by Monday the 14th.

Thanks,
Lena Brooks
Recruiter, Orbit Labs""",
        "answer_date",
        answer_by="2026-12-14",
        company="Orbit Labs",
        recruiter="Lena Brooks",
    ),
    Labelled(
        "fr_fourteenth_23",
        """Bonjour Mehdi,

Malgré un bon entretien, nous avons choisi un candidat plus expérimenté en gestion de projets industriels.

Cordialement,
Nathalie Perrot
RH, Safran Nacelles""",
        "refusal",
        reason="missing_skills",
        skill="gestion de projets industriels",
        company="Safran Nacelles",
        recruiter="Nathalie Perrot",
    ),
    Labelled(
        "en_fourteenth_24",
        """Hi Dan,

Sorry, we won't be able to take your application further because you're not a native speaker and our clients expect someone without an accent.

Regards,
VoiceFirst Ltd""",
        "refusal",
        reason="discriminatory",
        company="VoiceFirst Ltd",
        criteria=("accent",),
    ),
    Labelled(
        "fr_fourteenth_25",
        """Bonjour,

Nous avons décidé de confier le poste à une autre personne. Je vous recontacterai dans un an, lorsque nous ouvrirons notre second restaurant.

Cordialement,
Chef Antoine Blanc
Le Bistrot Gourmand""",
        "refusal",
        reason="opening_later",
        months=12,
        company="Le Bistrot Gourmand",
        recruiter="Antoine Blanc",
    ),
    Labelled(
        "en_fourteenth_26",
        """Hi Jules,

Not this time, I'm afraid — we've filled the role internally.

Best,
Hana
Ops Lead, Tinkr""",
        "refusal",
        reason="none",
        company="Tinkr",
    ),
    Labelled(
        "fr_fourteenth_27",
        """Bonjour Marie,

Votre activité syndicale chez votre précédent employeur a fait hésiter la direction. Nous ne retiendrons pas votre candidature.

Cordialement,
Transports Bretagne Sud""",
        "refusal",
        reason="discriminatory",
        company="Transports Bretagne Sud",
        criteria=("union",),
    ),
    Labelled(
        "en_fourteenth_28",
        """Hi Zoe,

We'd love to bring you in to meet the founders. How does Thursday, December 17 at 5:30pm sound?

Best,
Mia Chen
Ops, Nestwell""",
        "interview",
        interview_at="2026-12-17T17:30",
        company="Nestwell",
        recruiter="Mia Chen",
    ),
    Labelled(
        "fr_fourteenth_29",
        """Bonjour,

Merci pour votre candidature. Nous la traiterons dans un délai maximum de 10 jours ouvrés.

Service RH
Clinique Pasteur""",
        "received",
        company="Clinique Pasteur",
    ),
    Labelled(
        "en_fourteenth_30",
        """Hi Ben,

Thanks for your time. We've decided that your experience doesn't align closely enough with what we need, so we won't be moving forward.

Regards,
Laura Fisher
Talent Partner, Keystone""",
        "refusal",
        reason="none",
        company="Keystone",
        recruiter="Laura Fisher",
    ),
    # --- A fifteenth batch, written apart from the first fourteen ----------------------------
    Labelled(
        "fr_fifteenth_01",
        """Bonjour Jeanne,

Merci de l'intérêt que vous portez à Michelin. Nous avons examiné votre candidature avec attention, mais nous avons décidé de ne pas la poursuivre.

Bonne chance pour la suite,
Équipe Talents Michelin""",
        "refusal",
        reason="none",
        company="Michelin",
    ),
    Labelled(
        "en_fifteenth_02",
        """Hi Tariq,

Sorry to say we're moving on with candidates who have hands-on experience with SAP S/4HANA. Thanks for your time.

Best,
Helen Moss
Recruiter, Vantage ERP""",
        "refusal",
        reason="missing_skills",
        skill="SAP S/4HANA",
        company="Vantage ERP",
        recruiter="Helen Moss",
    ),
    Labelled(
        "fr_fifteenth_03",
        """Bonjour,

Le poste a finalement été supprimé. Toutefois, un poste proche sera créé l'an prochain et nous vous recontacterons à ce moment-là.

Cordialement,
Mairie de Quimper""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Mairie de Quimper",
    ),
    Labelled(
        "en_fifteenth_04",
        """Hi Luis,

We've decided to go in a different direction for the Designer role, but our Marketing team has a Content Designer position open now — want me to connect you?

Best,
Iris Chen
Talent, Loom & Weave""",
        "refusal",
        reason="other_opening",
        company="Loom & Weave",
        recruiter="Iris Chen",
    ),
    Labelled(
        "fr_fifteenth_05",
        """Bonjour,

Nous ne reviendrons pas sur notre décision. Merci de respecter notre choix.

Cordialement,
Groupe Fontaine""",
        "refusal",
        reason="categorical",
        company="Groupe Fontaine",
    ),
    Labelled(
        "en_fifteenth_06",
        """Hi Mei,

The team felt your English accent, while charming, would confuse our customers. We'll pass on your application.

Best,
Coastal Call Centre""",
        "refusal",
        reason="discriminatory",
        company="Coastal Call Centre",
        criteria=("accent",),
    ),
    Labelled(
        "fr_fifteenth_07",
        """Bonjour Youssef,

Vous ne correspondez pas à l'image de notre clientèle, majoritairement européenne. Nous ne donnerons pas suite.

Cordialement,
Bijouterie Royale""",
        "refusal",
        reason="discriminatory",
        company="Bijouterie Royale",
        criteria=("origin",),
    ),
    Labelled(
        "en_fifteenth_08",
        """Hi Carl,

Thank you for applying. Please note that we will only contact you if you are shortlisted. The closing date is December 20.

Recruitment, Norfolk Care Homes""",
        "received",
        company="Norfolk Care Homes",
    ),
    Labelled(
        "fr_fifteenth_09",
        """Bonjour Élise,

Pourriez-vous venir nous rencontrer le mardi 15 décembre à 16h ? Nous sommes au 4 rue Sainte-Catherine.

Merci,
Lucas Morel
Gérant, Café des Arts""",
        "interview",
        interview_at="2026-12-15T16:00",
        company="Café des Arts",
        recruiter="Lucas Morel",
    ),
    Labelled(
        "en_fifteenth_10",
        """Hi Joe,

Hope you're well! Just a quick note to say we'll come back to you with a decision by next Thursday.

Best,
Sally Brown
HR, Riverbank Foods""",
        "answer_date",
        answer_by="2026-12-17",
        company="Riverbank Foods",
        recruiter="Sally Brown",
    ),
    Labelled(
        "fr_fifteenth_11",
        """Bonjour Monsieur,

Le recrutement est toujours en cours. Nous vous donnerons une réponse définitive au plus tard fin décembre.

Cordialement,
Service du personnel, Ville de Brest""",
        "answer_date",
        answer_by="2026-12-31",
        company="Ville de Brest",
    ),
    Labelled(
        "en_fifteenth_12",
        """Hello,

We have received your CV. Our team will be in touch shortly.

Kind regards,
Brookside Dental""",
        "received",
        company="Brookside Dental",
    ),
    Labelled(
        "fr_fifteenth_13",
        """Bonjour,

Pour compléter votre dossier, merci de nous faire parvenir la copie de vos diplômes.

Cordialement,
Lycée Saint-Joseph""",
        "other",
        company="Lycée Saint-Joseph",
    ),
    Labelled(
        "en_fifteenth_14",
        """Hi Mia,

We noticed you're pregnant and, given the timing, we have decided to go with another candidate.

Regards,
Skyline Events""",
        "refusal",
        reason="discriminatory",
        company="Skyline Events",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_fifteenth_15",
        """Bonjour,

Les personnes de confession musulmane ne sont pas adaptées à nos horaires. Nous ne retiendrons pas votre candidature.

Boucherie Centrale""",
        "refusal",
        reason="discriminatory",
        company="Boucherie Centrale",
        criteria=("religion",),
    ),
    Labelled(
        "en_fifteenth_16",
        """Hi Ray,

We're looking for someone with fewer health problems for this physically demanding role, so we won't be moving forward.

Thanks,
Ironworks Gym""",
        "refusal",
        reason="discriminatory",
        company="Ironworks Gym",
        criteria=("health",),
    ),
    Labelled(
        "fr_fifteenth_17",
        """Bonjour Lina,

Votre candidature n'est pas retenue : une expérience de deux ans minimum en contrôle de gestion était requise.

Cordialement,
Groupe Beaumanoir""",
        "refusal",
        reason="missing_skills",
        skill="contrôle de gestion",
        company="Groupe Beaumanoir",
    ),
    Labelled(
        "en_fifteenth_18",
        """Hi Nick,

You've got great potential, but right now we need a candidate with deeper expertise in cybersecurity. We won't be proceeding.

Best,
Fortress IT""",
        "refusal",
        reason="missing_skills",
        skill="cybersecurity",
        company="Fortress IT",
    ),
    Labelled(
        "fr_fifteenth_19",
        """Bonjour Sarah,

Bonne nouvelle : le manager souhaite vous rencontrer ! Êtes-vous libre jeudi 17 décembre à 11h30 ?

À bientôt,
Justine
Chargée de recrutement, Kiabi""",
        "interview",
        interview_at="2026-12-17T11:30",
        company="Kiabi",
    ),
    Labelled(
        "en_fifteenth_20",
        """Hi Kai,

We'd like to set up a technical interview. Could you make Monday 14th December at 4pm?

Best,
Dev Patel
Engineering Manager, Forge Labs""",
        "interview",
        interview_at="2026-12-14T16:00",
        company="Forge Labs",
        recruiter="Dev Patel",
    ),
    Labelled(
        "fr_fifteenth_21",
        """Bonjour,

Nous avons pris connaissance de votre engagement au sein d'un syndicat. Cela ne correspond pas à nos valeurs ; nous ne donnerons pas suite.

Cordialement,
Entreprise Durand BTP""",
        "refusal",
        reason="discriminatory",
        company="Entreprise Durand BTP",
        criteria=("union",),
    ),
    Labelled(
        "en_fifteenth_22",
        """Hi Sam,

We're sorry but we don't hire people with visible disabilities for front-desk roles.

Regards,
Grand Palace Hotel""",
        "refusal",
        reason="discriminatory",
        company="Grand Palace Hotel",
        criteria=("disability",),
    ),
    Labelled(
        "fr_fifteenth_23",
        """Bonjour Manon,

Votre candidature au poste d'hôtesse n'a pas été retenue : nous recherchions une personne d'une taille minimale d'1m70 et au physique plus conforme à l'image de la marque.

Cordialement,
Agence Événements Prestige""",
        "refusal",
        reason="discriminatory",
        company="Agence Événements Prestige",
        criteria=("appearance",),
    ),
    Labelled(
        "en_fifteenth_24",
        """Hi Jen,

After careful thought, we have decided not to offer you the position, as we would prefer someone who is not likely to need time off for childcare.

Best,
Summit Realty""",
        "refusal",
        reason="discriminatory",
        company="Summit Realty",
        criteria=("family",),
    ),
    Labelled(
        "fr_fifteenth_25",
        """Bonjour Nicolas,

Désolé, nous avons choisi de recruter en interne. Je vous souhaite bonne chance.

Mathilde
RH chez Swile""",
        "refusal",
        reason="none",
        company="Swile",
    ),
    Labelled(
        "en_fifteenth_26",
        """Hi Eve,

We'll have a decision for you within a fortnight.

Best,
Ella Wood
Talent, Mosaic""",
        "answer_date",
        answer_by="2026-12-24",
        company="Mosaic",
        recruiter="Ella Wood",
    ),
    Labelled(
        "fr_fifteenth_27",
        """Bonjour Paul,

J'ai bien reçu votre CV, merci. Je le transmets au responsable du service, qui reviendra vers vous d'ici deux semaines.

Cordialement,
Agathe Renaud
RH, Groupe Leclerc""",
        "answer_date",
        answer_by="2026-12-24",
        company="Groupe Leclerc",
        recruiter="Agathe Renaud",
    ),
    Labelled(
        "en_fifteenth_28",
        """Dear Mr. Brown,

We are pleased to invite you to attend an interview on Tuesday 15th December 2026 at 10.00am at our head office.

Yours sincerely,
Personnel Department
Harrow & Pike Solicitors""",
        "interview",
        interview_at="2026-12-15T10:00",
        company="Harrow & Pike Solicitors",
        tz="Europe/London",
        country="GB",
        now="2026-12-10T09:00:00+00:00",
    ),
    Labelled(
        "fr_fifteenth_29",
        """Bonjour,

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Nous vous invitons néanmoins à consulter régulièrement nos offres sur notre site.

Cordialement,
Service recrutement – Lidl France""",
        "refusal",
        reason="none",
        company="Lidl France",
    ),
    Labelled(
        "en_fifteenth_30",
        """Hi Max,

We regret to tell you that you were unsuccessful. We do have a similar vacancy coming up in about 2 months, so please keep an eye out.

Best,
Orchard Housing""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Orchard Housing",
    ),
    # --- A sixteenth batch, written apart from the first fifteen -----------------------------
    Labelled(
        "fr_sixteenth_01",
        """Bonjour Arthur,

Merci pour votre venue ce matin. Nous finalisons le processus et nous vous tiendrons informé de notre décision dans les dix jours.

Cordialement,
Élodie Faure
Chargée de recrutement, Groupe SEB""",
        "answer_date",
        answer_by="2026-12-20",
        company="Groupe SEB",
        recruiter="Élodie Faure",
    ),
    Labelled(
        "en_sixteenth_02",
        """Hi Nora,

Thanks for your patience. The decision has been pushed back slightly — we now expect to update all candidates by Friday, December 18.

Best,
James Cole
Talent Acquisition, Bright Horizons""",
        "answer_date",
        answer_by="2026-12-18",
        company="Bright Horizons",
        recruiter="James Cole",
    ),
    Labelled(
        "fr_sixteenth_03",
        """Bonjour,

Vous aurez un retour de notre part courant janvier.

Cordialement,
Recrutement, Thales""",
        "answer_date",
        answer_by="2027-01-31",
        company="Thales",
    ),
    Labelled(
        "en_sixteenth_04",
        """Hi Alex,

We're aiming to get back to all applicants before the holidays, so by December 23 at the latest.

Cheers,
Kim
Recruiting at Fieldwork""",
        "answer_date",
        answer_by="2026-12-23",
        company="Fieldwork",
    ),
    Labelled(
        "fr_sixteenth_05",
        """Bonjour Mme Roy,

Suite à l'entretien de ce jour, nous vous confirmons qu'une réponse vous sera apportée d'ici le vendredi 18 décembre.

Bien cordialement,
Virginie Le Gall
Responsable RH, Brittany Ferries""",
        "answer_date",
        answer_by="2026-12-18",
        company="Brittany Ferries",
        recruiter="Virginie Le Gall",
    ),
    Labelled(
        "en_sixteenth_06",
        """Hello Ruby,

I'm delighted to let you know that you've been shortlisted! Your interview will take place on Friday 18 December at 2:00pm.

Regards,
Hannah Bell
HR Assistant, Castle Estates""",
        "interview",
        interview_at="2026-12-18T14:00",
        company="Castle Estates",
        recruiter="Hannah Bell",
    ),
    Labelled(
        "fr_sixteenth_07",
        """Bonjour Jules,

Votre profil a été présélectionné. Nous vous invitons à un entretien le lundi 14 décembre 2026 de 10h à 11h en visioconférence.

Cordialement,
Service recrutement – Orange""",
        "interview",
        interview_at="2026-12-14T10:00",
        company="Orange",
    ),
    Labelled(
        "en_sixteenth_08",
        """Hi Pete,

Would you be able to come in on the 16th at half past two for a chat with the team?

Cheers,
Lola
Bramble Café""",
        "interview",
        interview_at="2026-12-16T14:30",
        company="Bramble Café",
    ),
    Labelled(
        "fr_sixteenth_09",
        """Bonjour Claire,

Je vous propose un entretien jeudi à 18h, après la fermeture de la boutique. Cela vous convient-il ?

Bonne journée,
Sandrine
Boutique Zôdio""",
        "interview",
        interview_at="2026-12-17T18:00",
        company="Boutique Zôdio",
    ),
    Labelled(
        "en_sixteenth_10",
        """Hi Drew,

Thank you for applying to FinEdge. We've received your application and are currently reviewing it. You should hear from us within 3 weeks.

The FinEdge Team""",
        "answer_date",
        answer_by="2026-12-31",
        company="FinEdge",
    ),
    Labelled(
        "fr_sixteenth_11",
        """Bonjour,

Nous accusons réception de votre candidature spontanée et l'avons transmise aux managers concernés.

Cordialement,
Ressources humaines
Laboratoires Pierre Fabre""",
        "received",
        company="Laboratoires Pierre Fabre",
    ),
    Labelled(
        "en_sixteenth_12",
        """Hi Liz,

Can you send me two professional references before Friday?

Thanks,
Amy
Recruiter, Oakline""",
        "other",
        company="Oakline",
    ),
    Labelled(
        "fr_sixteenth_13",
        """Bonjour,

Félicitations ! Nous avons le plaisir de vous proposer le poste de technicien de laboratoire. Vous trouverez la promesse d'embauche en pièce jointe.

Cordialement,
Biogroup""",
        "other",
        company="Biogroup",
    ),
    Labelled(
        "en_sixteenth_14",
        """Hello Sam,

We've decided not to move forward with your application. You're welcome to apply again in 6 months once you have more experience with Python.

Best,
DataCraft""",
        "refusal",
        reason="missing_skills",
        skill="Python",
        company="DataCraft",
    ),
    Labelled(
        "fr_sixteenth_15",
        """Bonjour,

Nous ne donnerons pas suite, faute d'une expérience suffisante en management.

Cordialement,
Groupe Stalaven""",
        "refusal",
        reason="missing_skills",
        skill="management",
        company="Groupe Stalaven",
    ),
    Labelled(
        "en_sixteenth_16",
        """Hi Tia,

Sorry, but we won't move forward. We're re-opening this role in January though, so do reapply then!

Best,
Kora Health""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Kora Health",
    ),
    Labelled(
        "fr_sixteenth_17",
        """Bonjour Fabien,

Votre candidature n'est pas retenue. Par ailleurs, plusieurs postes de technicien sont ouverts en ce moment dans notre agence de Lorient ; n'hésitez pas à y postuler.

Cordialement,
Bouygues Énergies & Services""",
        "refusal",
        reason="other_opening",
        company="Bouygues Énergies & Services",
    ),
    Labelled(
        "en_sixteenth_18",
        """Hi Matt,

We will not be offering you a position and ask that you do not contact us regarding this decision.

Regards,
Arden Group""",
        "refusal",
        reason="categorical",
        company="Arden Group",
    ),
    Labelled(
        "fr_sixteenth_19",
        """Bonjour,

Pour ce poste de standardiste, nous souhaitons une personne sans accent. Votre candidature n'est pas retenue.

Cordialement,
Cabinet médical du Parc""",
        "refusal",
        reason="discriminatory",
        company="Cabinet médical du Parc",
        criteria=("accent",),
    ),
    Labelled(
        "en_sixteenth_20",
        """Hi Bill,

We think someone of your generation would struggle with our tech stack, so we won't proceed.

Best,
Hyperloop Digital""",
        "refusal",
        reason="discriminatory",
        company="Hyperloop Digital",
        criteria=("age",),
    ),
    Labelled(
        "fr_sixteenth_21",
        """Bonjour Sonia,

Suite à notre entretien, et compte tenu de votre grossesse, nous préférons attendre avant de recruter sur ce poste.

Cordialement,
Agence Immo Sud""",
        "refusal",
        reason="discriminatory",
        company="Agence Immo Sud",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_sixteenth_22",
        """Hi Yusuf,

The customer has asked for staff who are not Muslim. I'm sorry, I can't put you forward.

Regards,
Prime Staffing""",
        "refusal",
        reason="discriminatory",
        company="Prime Staffing",
        criteria=("religion",),
    ),
    Labelled(
        "fr_sixteenth_23",
        """Bonjour Agnès,

Vous avez plus de 50 ans et nous cherchons à rajeunir nos équipes. Nous ne retiendrons pas votre candidature.

Cordialement,
Assurances Vitalis""",
        "refusal",
        reason="discriminatory",
        company="Assurances Vitalis",
        criteria=("age",),
    ),
    Labelled(
        "en_sixteenth_24",
        """Hi Carmen,

Unfortunately we can't offer you the role, as our client prefers candidates who are EU nationals.

Best,
Talent Link Europe""",
        "refusal",
        reason="discriminatory",
        company="Talent Link Europe",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_sixteenth_25",
        """Bonjour,

Vous nous avez signalé une reconnaissance de travailleur handicapé ; le poste de magasinier ne nous semble pas adapté. Nous ne donnerons pas suite.

Cordialement,
Logistique Ouest""",
        "refusal",
        reason="discriminatory",
        company="Logistique Ouest",
        criteria=("disability",),
    ),
    Labelled(
        "en_sixteenth_26",
        """Hi Tom,

We won't be moving forward as we need someone with zero sick leave history for this safety-critical role.

Regards,
Northline Rail""",
        "refusal",
        reason="discriminatory",
        company="Northline Rail",
        criteria=("health",),
    ),
    Labelled(
        "fr_sixteenth_27",
        """Bonjour,

Votre appartenance syndicale, que vous avez évoquée, ne correspond pas à notre culture d'entreprise.

Cordialement,
Plastiques de l'Ouest""",
        "refusal",
        reason="discriminatory",
        company="Plastiques de l'Ouest",
        criteria=("union",),
    ),
    Labelled(
        "en_sixteenth_28",
        """Hi Ana,

We have decided to move forward with another candidate. Our team is small and we felt a man would fit in better.

Best,
Rugged Outdoors""",
        "refusal",
        reason="discriminatory",
        company="Rugged Outdoors",
        criteria=("sex",),
    ),
    Labelled(
        "fr_sixteenth_29",
        """Bonjour Léo,

Vos piercings au visage ne sont pas compatibles avec notre image. Nous ne donnerons pas suite.

Cordialement,
Banque Populaire Grand Ouest""",
        "refusal",
        reason="discriminatory",
        company="Banque Populaire Grand Ouest",
        criteria=("appearance",),
    ),
    Labelled(
        "en_sixteenth_30",
        """Hi Ella,

We're worried your childcare arrangements won't cover the late shifts, so we won't be moving forward.

Thanks,
Metro Cinemas""",
        "refusal",
        reason="discriminatory",
        company="Metro Cinemas",
        criteria=("family",),
    ),
    # --- A seventeenth batch, written apart from the first sixteen ---------------------------
    Labelled(
        "fr_seventeenth_01",
        """Bonjour Benoît,

C'est avec regret que je vous annonce que nous n'avons pas retenu votre candidature pour le poste de responsable logistique. Le choix a été difficile.

Bien cordialement,
Laurence Gautier
DRH – Groupe Galec""",
        "refusal",
        reason="none",
        company="Groupe Galec",
        recruiter="Laurence Gautier",
    ),
    Labelled(
        "en_seventeenth_02",
        """Hi Sofia,

We were really impressed, but we've decided to hire someone with more years in B2B marketing. Please stay in touch!

Warmly,
Dana Kim
Marketing Director, Brightpath""",
        "refusal",
        reason="missing_skills",
        skill="B2B marketing",
        company="Brightpath",
        recruiter="Dana Kim",
    ),
    Labelled(
        "fr_seventeenth_03",
        """Bonjour,

Malheureusement nous ne pouvons pas donner suite. Nous allons toutefois recruter à nouveau en mars pour la saison estivale ; je garde votre CV.

Cordialement,
Camping Les Dunes""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Camping Les Dunes",
    ),
    Labelled(
        "en_seventeenth_04",
        """Hi Marco,

We're not moving forward for the Barista role, but we have a Shift Supervisor opening at our Soho location — it might suit you better. Happy to pass your details on!

Best,
Grind Coffee""",
        "refusal",
        reason="other_opening",
        company="Grind Coffee",
    ),
    Labelled(
        "fr_seventeenth_05",
        """Bonjour Monsieur,

Comme déjà indiqué à plusieurs reprises, nous ne retiendrons pas votre candidature. Nous ne répondrons plus à vos messages.

Direction
Transports Michel""",
        "refusal",
        reason="categorical",
        company="Transports Michel",
    ),
    Labelled(
        "en_seventeenth_06",
        """Hi Karen,

You have a lot of experience, but honestly we're looking for someone at an earlier stage in their life — you'd be much older than the rest of the team.

Regards,
Snapwire""",
        "refusal",
        reason="discriminatory",
        company="Snapwire",
        criteria=("age",),
    ),
    Labelled(
        "fr_seventeenth_07",
        """Bonjour Fatima,

Votre tenue lors de l'entretien (le voile) ne correspond pas à notre politique. Nous ne donnerons pas suite.

Cordialement,
Agence Horizon Voyages""",
        "refusal",
        reason="discriminatory",
        company="Agence Horizon Voyages",
        criteria=("religion",),
    ),
    Labelled(
        "en_seventeenth_08",
        """Hi Ollie,

We got your application — thanks! We'll be in touch within the next 5 working days.

Cheers,
Team Hoxton Mix""",
        "answer_date",
        answer_by="2026-12-17",
        company="Hoxton Mix",
    ),
    Labelled(
        "fr_seventeenth_09",
        """Bonjour Justine,

Nous avons bien reçu votre candidature et nous vous en remercions. Nous vous contacterons très prochainement pour convenir d'un entretien téléphonique.

Cordialement,
Service recrutement
Maisons France Confort""",
        "received",
        company="Maisons France Confort",
    ),
    Labelled(
        "en_seventeenth_10",
        """Hi Tom,

Thanks for coming to the interview. We're making our decision this week and will let you know by Friday.

Best,
Hayley Moore
HR Manager, Peak Fitness""",
        "answer_date",
        answer_by="2026-12-11",
        company="Peak Fitness",
        recruiter="Hayley Moore",
    ),
    Labelled(
        "fr_seventeenth_11",
        """Bonjour,

Pourriez-vous vous présenter à nos bureaux le mercredi 16 décembre à 9h pour un entretien avec le directeur ?

Cordialement,
Patricia Morin
Assistante de direction, Groupe Lucien Barrière""",
        "interview",
        interview_at="2026-12-16T09:00",
        company="Groupe Lucien Barrière",
        recruiter="Patricia Morin",
    ),
    Labelled(
        "en_seventeenth_12",
        """Hi Nia,

Please see the calendar invite for your interview: Thu 17 Dec, 15:00–16:00, Google Meet.

Thanks,
Recruiting Ops, Tangent""",
        "interview",
        interview_at="2026-12-17T15:00",
        company="Tangent",
    ),
    Labelled(
        "fr_seventeenth_13",
        """Bonjour Victor,

Suite à votre candidature, vous êtes invité à un entretien le 18 décembre à 10h30 dans nos locaux de Rennes.

Cordialement,
Ouest-France – Service RH""",
        "interview",
        interview_at="2026-12-18T10:30",
        company="Ouest-France",
    ),
    Labelled(
        "en_seventeenth_14",
        """Hi Beth,

Thank you for your interest in the Nursery Assistant role. Your application has been passed to the nursery manager, who will contact you if she would like to arrange an interview.

Kind regards,
Little Stars Nurseries""",
        "received",
        company="Little Stars Nurseries",
    ),
    Labelled(
        "fr_seventeenth_15",
        """Bonjour,

Vous n'avez pas suffisamment d'expérience en rédaction technique pour ce poste. Nous ne donnerons pas suite.

Cordialement,
Agence Textuel""",
        "refusal",
        reason="missing_skills",
        skill="rédaction technique",
        company="Agence Textuel",
    ),
    Labelled(
        "en_seventeenth_16",
        """Hi Adam,

We've decided to pass — the role requires a CPA certification, which you don't have yet.

Best,
Ledger & Co""",
        "refusal",
        reason="missing_skills",
        skill="CPA certification",
        company="Ledger & Co",
    ),
    Labelled(
        "fr_seventeenth_17",
        """Bonjour Coralie,

Nous n'avons pas retenu votre candidature mais nous ouvrons un nouveau poste d'assistante d'ici six semaines ; je vous tiendrai au courant.

Cordialement,
Cabinet Dentaire Monge""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Cabinet Dentaire Monge",
    ),
    Labelled(
        "en_seventeenth_18",
        """Dear Mr. Singh,

Thank you for your application. Regrettably, we are unable to consider candidates who require visa sponsorship, and we are also looking for someone of a different ethnic profile for this customer-facing role.

Regards,
Prime Hospitality Group""",
        "refusal",
        reason="discriminatory",
        company="Prime Hospitality Group",
        criteria=("origin",),
    ),
    Labelled(
        "fr_seventeenth_19",
        """Bonjour,

Vous êtes atteint de diabète, et le poste impose des horaires décalés. Nous préférons ne pas retenir votre candidature.

Cordialement,
Boulangerie Artisanale Le Fournil""",
        "refusal",
        reason="discriminatory",
        company="Boulangerie Artisanale Le Fournil",
        criteria=("health",),
    ),
    Labelled(
        "en_seventeenth_20",
        """Hi Lisa,

Given your partner works for a competitor and you have young kids, we don't think this role is right for you. We won't proceed.

Regards,
Vertex Consulting""",
        "refusal",
        reason="discriminatory",
        company="Vertex Consulting",
        criteria=("family",),
    ),
    Labelled(
        "fr_seventeenth_21",
        """Bonjour Paul,

Le client souhaite une personne de type européen pour ce poste de commercial. Je ne peux pas présenter votre candidature.

Cordialement,
Julien Roux
Chasseur de têtes, Executive Search Partners""",
        "refusal",
        reason="discriminatory",
        company="Executive Search Partners",
        recruiter="Julien Roux",
        criteria=("origin",),
    ),
    Labelled(
        "en_seventeenth_22",
        """Hi Ben,

We've heard you were a union rep at your last employer. The management team has decided not to proceed.

Regards,
Sterling Plastics""",
        "refusal",
        reason="discriminatory",
        company="Sterling Plastics",
        criteria=("union",),
    ),
    Labelled(
        "fr_seventeenth_23",
        """Bonjour,

Votre handicap visuel ne nous permet pas de vous confier ce poste de chauffeur-livreur. Nous ne donnerons pas suite.

Cordialement,
Express Livraison 44""",
        "refusal",
        reason="discriminatory",
        company="Express Livraison 44",
        criteria=("disability",),
    ),
    Labelled(
        "en_seventeenth_24",
        """Hi Jane,

We need someone who is slim and well-groomed for this front-of-house role, so we won't be moving forward.

Regards,
Velvet Lounge""",
        "refusal",
        reason="discriminatory",
        company="Velvet Lounge",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_seventeenth_25",
        """Bonjour Lola,

Nous préférons recruter un homme pour ce poste de chef d'équipe en entrepôt. Nous ne donnerons pas suite.

Cordialement,
Logistic Pro""",
        "refusal",
        reason="discriminatory",
        company="Logistic Pro",
        criteria=("sex",),
    ),
    Labelled(
        "en_seventeenth_26",
        """Hi Wendy,

You told us you're planning to have a baby next year, so we have decided to go with another candidate.

Regards,
Apex Dental""",
        "refusal",
        reason="discriminatory",
        company="Apex Dental",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_seventeenth_27",
        """Bonjour Kévin,

Nous avons le plaisir de vous annoncer que votre candidature est retenue pour un second entretien, qui se tiendra le lundi 21 décembre à 15h.

Cordialement,
Decathlon Rennes""",
        "interview",
        interview_at="2026-12-21T15:00",
        company="Decathlon Rennes",
    ),
    Labelled(
        "en_seventeenth_28",
        """Hi Jo,

Sorry — we've already filled this role. Best of luck with your search!

Tess
Hiring Manager, Kindred""",
        "refusal",
        reason="none",
        company="Kindred",
    ),
    Labelled(
        "fr_seventeenth_29",
        """Bonjour,

Merci de votre intérêt pour notre association. Votre candidature est en cours d'étude ; nous reviendrons vers vous avant les fêtes.

Cordialement,
Association Solidarité Jeunes""",
        "answer_date",
        answer_by="2026-12-23",
        company="Association Solidarité Jeunes",
    ),
    Labelled(
        "en_seventeenth_30",
        """Hi Sam,

We regret that we can't take your application forward: we need someone with a clean driving licence, and you mentioned you don't currently hold one.

Regards,
Swift Deliveries""",
        "refusal",
        reason="missing_skills",
        skill="clean driving licence",
        company="Swift Deliveries",
    ),
    # --- An eighteenth batch, written apart from the first seventeen ------------------------
    Labelled(
        "fr_eighteenth_01",
        """Bonjour Adrien,

Je vous remercie pour le temps que vous nous avez accordé. Après délibération, le comité a préféré une autre candidature pour ce poste.

Belle continuation,
Gilles Moreau
Directeur des opérations, Transdev""",
        "refusal",
        reason="none",
        company="Transdev",
        recruiter="Gilles Moreau",
    ),
    Labelled(
        "en_eighteenth_02",
        """Hi Erin,

It was a tough call, but we've offered the role to a candidate with more experience leading distributed teams.

Best,
Paul Grant
VP Engineering, Hubble""",
        "refusal",
        reason="missing_skills",
        skill="leading distributed teams",
        company="Hubble",
        recruiter="Paul Grant",
    ),
    Labelled(
        "fr_eighteenth_03",
        """Bonjour,

Nous ne donnerons pas suite pour l'instant. Nous rouvrirons le recrutement de conseillers à la rentrée de septembre ; pensez à repostuler.

Cordialement,
Banque Postale – Recrutement""",
        "refusal",
        reason="opening_later",
        months=9,
        company="Banque Postale",
    ),
    Labelled(
        "en_eighteenth_04",
        """Hi Ravi,

You weren't selected for this role. We have several openings in our Leeds office that match your background, though — I'll send you the links.

Best,
Elena Ruiz
Recruiter, Arcadis""",
        "refusal",
        reason="other_opening",
        company="Arcadis",
        recruiter="Elena Ruiz",
    ),
    Labelled(
        "fr_eighteenth_05",
        """Bonjour,

Notre décision est irrévocable. Nous vous prions de cesser de nous relancer.

Cordialement,
Cabinet Lamy""",
        "refusal",
        reason="categorical",
        company="Cabinet Lamy",
    ),
    Labelled(
        "en_eighteenth_06",
        """Hi Josh,

The client wanted someone younger and more energetic for the role, so I couldn't submit you.

Regards,
Nina Cole
Consultant, Peak Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Peak Recruitment",
        recruiter="Nina Cole",
        criteria=("age",),
    ),
    Labelled(
        "fr_eighteenth_07",
        """Bonjour Samia,

Nos clients préfèrent être accueillis par une personne qui ne porte pas de signe religieux. Nous ne retenons pas votre candidature.

Cordialement,
Hôtel Belle Vue""",
        "refusal",
        reason="discriminatory",
        company="Hôtel Belle Vue",
        criteria=("religion",),
    ),
    Labelled(
        "en_eighteenth_08",
        """Hi Greta,

Thanks for your application to the Junior Designer role. We'll review all applications after the closing date and be in touch by January 6.

Best wishes,
Studio North""",
        "answer_date",
        answer_by="2027-01-06",
        company="Studio North",
    ),
    Labelled(
        "fr_eighteenth_09",
        """Bonjour Romane,

Merci pour votre candidature ! Nous l'avons bien reçue et l'étudions avec attention.

À très vite,
L'équipe Sézane""",
        "received",
        company="Sézane",
    ),
    Labelled(
        "en_eighteenth_10",
        """Hi Omar,

Just to confirm, your interview is on Tuesday 15 December at 10:15am with Sarah and Tom.

See you then,
Ella Price
People Ops, Wildfire""",
        "interview",
        interview_at="2026-12-15T10:15",
        company="Wildfire",
        recruiter="Ella Price",
    ),
    Labelled(
        "fr_eighteenth_11",
        """Bonjour Kylian,

Je souhaiterais échanger avec vous au sujet de votre candidature. Seriez-vous disponible lundi 14 décembre vers 11h ?

Cordialement,
Alexandre Petit
Manager, Boulanger Rennes""",
        "interview",
        interview_at="2026-12-14T11:00",
        company="Boulanger Rennes",
        recruiter="Alexandre Petit",
    ),
    Labelled(
        "en_eighteenth_12",
        """Hi Grace,

Would you mind sending over your right-to-work documents before we proceed?

Thanks,
HR, Meadow Care""",
        "other",
        company="Meadow Care",
    ),
    Labelled(
        "fr_eighteenth_13",
        """Bonjour,

Votre candidature n'a pas été retenue, nous recherchons un profil titulaire du CACES 3.

Cordialement,
Intermarché Logistique""",
        "refusal",
        reason="missing_skills",
        skill="CACES 3",
        company="Intermarché Logistique",
    ),
    Labelled(
        "en_eighteenth_14",
        """Hi Lou,

Unfortunately we won't move forward; the team needs someone comfortable with advanced Excel modelling, which didn't come through in the test.

Best,
Juniper Capital""",
        "refusal",
        reason="missing_skills",
        skill="Excel modelling",
        company="Juniper Capital",
    ),
    Labelled(
        "fr_eighteenth_15",
        """Bonjour Élodie,

Nous avons décidé de ne pas donner suite. Votre situation de maman solo nous fait craindre des absences.

Cordialement,
Crèche Les Lutins""",
        "refusal",
        reason="discriminatory",
        company="Crèche Les Lutins",
        criteria=("family",),
    ),
    Labelled(
        "en_eighteenth_16",
        """Hi Mark,

Your CV is strong, but the client felt your name might put off some of their customers. I'm sorry.

Regards,
Talentia Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Talentia",
        criteria=("origin",),
    ),
    Labelled(
        "fr_eighteenth_17",
        """Bonjour,

Nous avons décidé de ne pas retenir votre candidature car vous êtes de nationalité algérienne.

Cordialement,
Sécurité Plus""",
        "refusal",
        reason="discriminatory",
        company="Sécurité Plus",
        criteria=("nationality",),
    ),
    Labelled(
        "en_eighteenth_18",
        """Hi Sara,

Thanks for meeting us. As a woman you may find the site environment challenging, so we've decided not to proceed.

Regards,
Brick & Beam Builders""",
        "refusal",
        reason="discriminatory",
        company="Brick & Beam Builders",
        criteria=("sex",),
    ),
    Labelled(
        "fr_eighteenth_19",
        """Bonjour,

Votre parcours est intéressant mais vous nous avez indiqué être atteinte d'une sclérose en plaques. Nous ne donnerons pas suite.

Cordialement,
Agence Interim Ouest""",
        "refusal",
        reason="discriminatory",
        company="Agence Interim Ouest",
        criteria=("health",),
    ),
    Labelled(
        "en_eighteenth_20",
        """Hi Leo,

We were concerned about your wheelchair access needs in our older building, so we've chosen another applicant.

Regards,
Old Mill Studios""",
        "refusal",
        reason="discriminatory",
        company="Old Mill Studios",
        criteria=("disability",),
    ),
    Labelled(
        "fr_eighteenth_21",
        """Bonjour Julien,

Votre passé de militant syndical nous fait hésiter. Nous ne donnerons pas suite.

Direction, Fonderie de Bretagne""",
        "refusal",
        reason="discriminatory",
        company="Fonderie de Bretagne",
        criteria=("union",),
    ),
    Labelled(
        "en_eighteenth_22",
        """Hi Nora,

We felt your piercings and colourful hair wouldn't fit our corporate look. We won't be progressing.

Regards,
Carrington Law""",
        "refusal",
        reason="discriminatory",
        company="Carrington Law",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_eighteenth_23",
        """Bonjour Claire,

Votre grossesse ne nous permet pas d'envisager votre arrivée dans l'équipe. Nous ne donnerons pas suite.

Cordialement,
Agence Marketing Nova""",
        "refusal",
        reason="discriminatory",
        company="Agence Marketing Nova",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_eighteenth_24",
        """Hi Tomás,

Your Spanish accent is lovely, but the client wants a neutral British accent for this role. We can't put you forward.

Best,
VoiceBank Agency""",
        "refusal",
        reason="discriminatory",
        company="VoiceBank Agency",
        criteria=("accent",),
    ),
    Labelled(
        "fr_eighteenth_25",
        """Bonjour,

Nous vous répondrons d'ici mercredi prochain, le temps de réunir le comité.

Cordialement,
Olivier Brun
Chargé de recrutement, Saur""",
        "answer_date",
        answer_by="2026-12-16",
        company="Saur",
        recruiter="Olivier Brun",
    ),
    Labelled(
        "en_eighteenth_26",
        """Hi Kat,

Great chat today! I'll be in touch early next week about next steps.

Best,
Ryan Hughes
Founder, Lumos""",
        "answer_date",
        answer_by="2026-12-16",
        company="Lumos",
        recruiter="Ryan Hughes",
    ),
    Labelled(
        "fr_eighteenth_27",
        """Bonjour,

Nous ne pouvons pas vous proposer ce poste, car nous avons déjà trouvé notre candidat.

Cordialement,
Garage Peugeot Vannes""",
        "refusal",
        reason="none",
        company="Garage Peugeot Vannes",
    ),
    Labelled(
        "en_eighteenth_28",
        """Hi Dan,

We're excited to move you to the final round! Are you available Thursday, December 17, anytime between 2 and 4pm?

Best,
Sophie Grant
Talent, Orbital""",
        "interview",
        company="Orbital",
        recruiter="Sophie Grant",
    ),
    Labelled(
        "fr_eighteenth_29",
        """Bonjour Lucie,

Votre candidature est bien parvenue à notre service. Elle sera examinée dans les meilleurs délais.

Cordialement,
Région Bretagne – Direction des ressources humaines""",
        "received",
        company="Région Bretagne",
    ),
    Labelled(
        "en_eighteenth_30",
        """Hi Will,

Thanks again for your interest. At this time we've decided not to move forward with any external candidates.

Regards,
Foster Medical""",
        "refusal",
        reason="none",
        company="Foster Medical",
    ),
    # --- Shapes: Apple Mail forwards, HTML tables, Markdown, long quotes, emoji, Franglais ----
    Labelled(
        "fr_formats_01",
        """Début du message réexpédié :

De: Agnès Moreau <agnes.moreau@atelier-vert.fr>
Objet: Votre candidature
Date: 8 décembre 2026 à 11:02:13 UTC+1
À: Léa Martin <lea.martin@icloud.com>

Bonjour Léa,

Nous avons bien étudié votre candidature mais ne pouvons malheureusement pas y donner suite.

Bien à vous,
Agnès Moreau""",
        "refusal",
        reason="none",
        company="Atelier Vert",
        recruiter="Agnès Moreau",
    ),
    Labelled(
        "en_formats_02",
        """<table><tr><td><p>Dear Jamie,</p><p>We are delighted to invite you to interview for the <strong>Operations Analyst</strong> role on <b>Wednesday, 16 December 2026 at 11:00</b>.</p><p>Kind regards,<br/>Helen Ward<br/>Talent Acquisition<br/>Rowan Logistics</p></td></tr></table>""",
        "interview",
        interview_at="2026-12-16T11:00",
        company="Rowan Logistics",
        recruiter="Helen Ward",
    ),
    Labelled(
        "fr_formats_03",
        """**Objet : Votre candidature – Développeur Python**

Bonjour Samuel,

Merci pour l'échange d'hier 🙏. Nous **ne donnerons pas suite** : il vous manque de l'expérience sur Django, essentielle pour ce poste.

_Marie Colin_
_Lead dev @ Kodo_""",
        "refusal",
        reason="missing_skills",
        skill="Django",
        company="Kodo",
        recruiter="Marie Colin",
    ),
    Labelled(
        "en_formats_04",
        """Hi Nina,

Thanks for reaching out again. We'll get back to you by Friday, December 18.

Best,
Oscar Lane
Recruiter, Elm Street Media

On Tue, Dec 8, 2026 at 4:12 PM Nina Park <nina.park@gmail.com> wrote:
"""
        + LONG_QUOTE,
        "answer_date",
        answer_by="2026-12-18",
        company="Elm Street Media",
        recruiter="Oscar Lane",
    ),
    Labelled(
        "fr_formats_05",
        """De : Service Recrutement <recrutement@groupe-armor.fr>
Envoyé : lundi 7 décembre 2026 09:12
À : Paul Leroy
Objet : Candidature – Technicien

Bonjour Monsieur Leroy,

Votre candidature a bien été reçue. Elle sera étudiée par nos équipes dans les prochains jours.

Cordialement,
Service Recrutement
Groupe Armor

__________________________________________
Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire. Groupe Armor s'engage en faveur de la diversité et du handicap.""",
        "received",
        company="Groupe Armor",
    ),
    Labelled(
        "en_formats_06",
        """Hey Sam!! 🎉🎉

Good news — we'd love to have you in for a chat with the founders on Mon 14 Dec at 3pm 🙌

Cheers,
Bea 🌸
Community @ Blossom""",
        "interview",
        interview_at="2026-12-14T15:00",
        company="Blossom",
    ),
    Labelled(
        "fr_formats_07",
        """Hello Camille,

Thanks for your application ! Malheureusement, we have decided to go with another candidate pour ce poste. Bonne chance !

Best,
Julia
People team @ Alan""",
        "refusal",
        reason="none",
        company="Alan",
    ),
    Labelled(
        "en_formats_08",
        """---------- Forwarded message ---------
From: Priya Raman <priya@northwave.io>
Date: Wed, Dec 2, 2026 at 10:20 AM
Subject: Re: Senior PM role

Hi Alex,

We've decided not to move forward, but a similar Senior PM role will open on our Payments team in about three months. I'll reach out then.

Priya

> On Mon, Nov 30, 2026, Alex wrote:
> Hi Priya, any update on my application?""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Northwave",
        recruiter="Priya Raman",
    ),
    Labelled(
        "fr_formats_09",
        """<p>Bonjour,</p><p>Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.</p><p>Nous vous souhaitons une bonne continuation.</p><p>--<br>L'équipe Recrutement<br>Crédit Agricole Bretagne</p><p style="font-size:8px">Ce courriel est confidentiel. Le Crédit Agricole est handi-accueillant et recrute sans distinction d'âge ou d'origine.</p>""",
        "refusal",
        reason="none",
        company="Crédit Agricole Bretagne",
    ),
    Labelled(
        "en_formats_10",
        """Hi Jo,

I'm really sorry, but our client has told me they don't want to interview anyone over 45. I know that's not OK and I'm raising it with them.

Best,
Kate Moss
Consultant, Hire Right""",
        "refusal",
        reason="discriminatory",
        company="Hire Right",
        recruiter="Kate Moss",
        criteria=("age",),
    ),
    # --- A twentieth batch, written apart from the others ------------------------------------
    Labelled(
        "fr_twentieth_01",
        """Bonjour Madame Leblanc,

Nous vous informons que votre candidature ne correspond pas aux critères recherchés pour ce poste. Nous la conservons néanmoins dans notre base de données.

Service RH
Carrefour""",
        "refusal",
        reason="none",
        company="Carrefour",
    ),
    Labelled(
        "en_twentieth_02",
        """Hi Lee,

We've reviewed your application, and while your background is impressive, we were looking for candidates with a degree in mechanical engineering. We won't be progressing your application.

Regards,
Turbine Dynamics""",
        "refusal",
        reason="missing_skills",
        skill="degree in mechanical engineering",
        company="Turbine Dynamics",
    ),
    Labelled(
        "fr_twentieth_03",
        """Bonjour Margaux,

Pas de suite pour cette fois, désolée ! Par contre on lance une nouvelle équipe dans 3 mois et ton profil y aurait toute sa place, je te recontacte.

Bises,
Léa
Head of People, Ornikar""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Ornikar",
    ),
    Labelled(
        "en_twentieth_04",
        """Hi Ben,

We've decided to move forward with a different candidate. However, you'd be a great fit for our Customer Success Associate role, which is currently open — shall I send it over?

Best,
Amara
Talent, Paddle""",
        "refusal",
        reason="other_opening",
        company="Paddle",
    ),
    Labelled(
        "fr_twentieth_05",
        """Monsieur,

Votre profil ne nous intéresse pas et ne nous intéressera pas. Merci de ne pas insister.

Direction générale
SARL Dumont""",
        "refusal",
        reason="categorical",
        company="SARL Dumont",
    ),
    Labelled(
        "en_twentieth_06",
        """Hi Priyanka,

I'm sorry to tell you the client rejected your profile because of your nationality; they only want UK nationals for this role.

Regards,
Ethan Shaw
Consultant, Crown Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Crown Recruitment",
        recruiter="Ethan Shaw",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_twentieth_07",
        """Bonjour,

Nous ne souhaitons pas embaucher de femmes dans notre équipe de techniciens. Nous ne donnerons pas suite.

Cordialement,
Ascenseurs Durand""",
        "refusal",
        reason="discriminatory",
        company="Ascenseurs Durand",
        criteria=("sex",),
    ),
    Labelled(
        "en_twentieth_08",
        """Hello,

Thanks for applying to Crafted Coffee! We've got your application and will reach out in the coming days.

The Crafted Coffee crew""",
        "received",
        company="Crafted Coffee",
    ),
    Labelled(
        "fr_twentieth_09",
        """Bonjour Anthony,

Suite à notre échange, je vous propose un entretien physique dans nos locaux de Nantes le mercredi 16 décembre à 14h. Merci de me confirmer.

Cordialement,
Mélanie Durand
Chargée de recrutement, Manpower Nantes""",
        "interview",
        interview_at="2026-12-16T14:00",
        company="Manpower Nantes",
        recruiter="Mélanie Durand",
    ),
    Labelled(
        "en_twentieth_10",
        """Hi Chloe,

Your final interview is confirmed for Friday 11 December at 9:00am (45 minutes) with our COO.

Best,
Recruiting Team, Harvest Bank""",
        "interview",
        interview_at="2026-12-11T09:00",
        company="Harvest Bank",
    ),
    Labelled(
        "fr_twentieth_11",
        """Bonjour Hugo,

Merci pour votre temps. Nous devons encore rencontrer deux personnes ; vous aurez une réponse sous huit jours.

Cordialement,
Isabelle Morin
RH, Maison Berthillon""",
        "answer_date",
        answer_by="2026-12-18",
        company="Maison Berthillon",
        recruiter="Isabelle Morin",
    ),
    Labelled(
        "en_twentieth_12",
        """Hi Zara,

Thanks for your patience — we expect to make offers by the end of the week and will let everyone know either way.

Cheers,
Noah Brooks
Talent Lead, Kite Labs""",
        "answer_date",
        answer_by="2026-12-13",
        company="Kite Labs",
        recruiter="Noah Brooks",
    ),
    Labelled(
        "fr_twentieth_13",
        """Bonjour,

Pourriez-vous nous indiquer vos disponibilités pour démarrer une mission d'intérim dès lundi ?

Cordialement,
Randstad Vannes""",
        "other",
        company="Randstad Vannes",
    ),
    Labelled(
        "en_twentieth_14",
        """Hi Mo,

Sorry, we won't be taking this forward. We need someone with a full UK driving licence and at least 2 years of van driving experience.

Thanks,
QuickVan Couriers""",
        "refusal",
        reason="missing_skills",
        skill="full UK driving licence",
        company="QuickVan Couriers",
    ),
    Labelled(
        "fr_twentieth_15",
        """Bonjour,

Nous avons pris la décision de ne pas poursuivre : vous n'avez pas le niveau d'anglais attendu (C1).

Cordialement,
Recrutement Amadeus""",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Amadeus",
    ),
    Labelled(
        "en_twentieth_16",
        """Hi Tasha,

The panel noted your hijab and felt it might not suit our client-facing image, so we won't be offering you the role.

Regards,
Regal Hotels""",
        "refusal",
        reason="discriminatory",
        company="Regal Hotels",
        criteria=("religion",),
    ),
    Labelled(
        "fr_twentieth_17",
        """Bonjour,

Nous savons que vous avez été en arrêt longue maladie. Par précaution, nous ne retiendrons pas votre candidature.

Cordialement,
Transports Le Goff""",
        "refusal",
        reason="discriminatory",
        company="Transports Le Goff",
        criteria=("health",),
    ),
    Labelled(
        "en_twentieth_18",
        """Hi Jordan,

We think the role would be too demanding for someone with your disability, so we have decided not to proceed.

Regards,
Summit Outdoors""",
        "refusal",
        reason="discriminatory",
        company="Summit Outdoors",
        criteria=("disability",),
    ),
    Labelled(
        "fr_twentieth_19",
        """Bonjour,

Avec votre accent marseillais, vous ne correspondez pas à l'image de notre maison parisienne. Nous ne donnerons pas suite.

Cordialement,
Maison Delage""",
        "refusal",
        reason="discriminatory",
        company="Maison Delage",
        criteria=("accent",),
    ),
    Labelled(
        "en_twentieth_20",
        """Hi Sue,

Given you're 61, we're worried you won't stay long enough to justify the training investment. We won't be proceeding.

Regards,
Nexa Systems""",
        "refusal",
        reason="discriminatory",
        company="Nexa Systems",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentieth_21",
        """Bonjour Laure,

Vous êtes mère de trois enfants : le poste, avec ses déplacements, ne nous semble pas adapté. Nous ne donnerons pas suite.

Cordialement,
Cabinet Conseil Plus""",
        "refusal",
        reason="discriminatory",
        company="Cabinet Conseil Plus",
        criteria=("family",),
    ),
    Labelled(
        "en_twentieth_22",
        """Hi Rita,

We're sorry, but our client doesn't want someone with tattoos on the front desk, so they won't be interviewing you.

Regards,
Reception Staffing Co""",
        "refusal",
        reason="discriminatory",
        company="Reception Staffing Co",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_twentieth_23",
        """Bonjour,

Vous avez mentionné votre engagement à la CFDT : la direction préfère ne pas donner suite.

Cordialement,
Aciéries du Nord""",
        "refusal",
        reason="discriminatory",
        company="Aciéries du Nord",
        criteria=("union",),
    ),
    Labelled(
        "en_twentieth_24",
        """Hi Ana,

With your due date in March, we don't think the timing works, so we're going with another candidate.

Best,
Bloom Florists""",
        "refusal",
        reason="discriminatory",
        company="Bloom Florists",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_twentieth_25",
        """Bonjour Tom,

Nous avons finalement décidé de ne pas recruter sur ce poste cette année. Nous ouvrirons sans doute un poste équivalent l'an prochain.

Cordialement,
Stéphane Robin
Directeur, Robin Paysages""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Robin Paysages",
        recruiter="Stéphane Robin",
    ),
    Labelled(
        "en_twentieth_26",
        """Hi Alex,

Thanks for your application. You'll hear from us one way or another within 4 weeks.

Regards,
Hiring, Caldera Games""",
        "answer_date",
        answer_by="2027-01-07",
        company="Caldera Games",
    ),
    Labelled(
        "fr_twentieth_27",
        """Bonjour Chloé,

Votre candidature a retenu notre attention ! Pourriez-vous passer un entretien vidéo le vendredi 18 décembre à 10h ?

Cordialement,
Nathalie Perret
RH, Petit Bateau""",
        "interview",
        interview_at="2026-12-18T10:00",
        company="Petit Bateau",
        recruiter="Nathalie Perret",
    ),
    Labelled(
        "en_twentieth_28",
        """Hi Sam,

We regret to inform you that we have chosen not to continue with your application.

Sincerely,
Talent Acquisition Team
Marlow & Finch""",
        "refusal",
        reason="none",
        company="Marlow & Finch",
    ),
    Labelled(
        "fr_twentieth_29",
        """Bonjour,

Nous avons bien reçu votre candidature pour le stage. Les entretiens auront lieu courant janvier ; nous reviendrons vers vous d'ici le 15 janvier.

Cordialement,
Service RH, Crédit Mutuel Arkéa""",
        "answer_date",
        answer_by="2027-01-15",
        company="Crédit Mutuel Arkéa",
    ),
    Labelled(
        "en_twentieth_30",
        """Hi Kim,

We've decided not to proceed because you lack experience with regulatory reporting, which is central to this role.

Kind regards,
Halden Bank""",
        "refusal",
        reason="missing_skills",
        skill="regulatory reporting",
        company="Halden Bank",
    ),
    # --- A twenty-first batch, written apart from the others ---------------------------------
    Labelled(
        "fr_twentyfirst_01",
        """Bonjour Gaëlle,

Je reviens vers vous concernant le poste de chargée de communication. J'ai malheureusement une réponse négative à vous transmettre : l'équipe a choisi un autre profil.

Bien à vous,
Hugo Lemaire
Consultant, Page Personnel""",
        "refusal",
        reason="none",
        company="Page Personnel",
        recruiter="Hugo Lemaire",
    ),
    Labelled(
        "en_twentyfirst_02",
        """Hi Ross,

We've decided not to progress your application as the role needs solid experience in Kubernetes administration, which we didn't see in your interview.

Cheers,
Platform Team, Skyhook""",
        "refusal",
        reason="missing_skills",
        skill="Kubernetes administration",
        company="Skyhook",
    ),
    Labelled(
        "fr_twentyfirst_03",
        """Bonjour Inès,

Pas de suite pour ce poste, mais une ouverture est prévue dans environ cinq mois sur le même poste à Lyon. Je vous tiendrai au courant.

Cordialement,
Lucie Vidal
RH, Babolat""",
        "refusal",
        reason="opening_later",
        months=5,
        company="Babolat",
        recruiter="Lucie Vidal",
    ),
    Labelled(
        "en_twentyfirst_04",
        """Hi Jonas,

We're going with another applicant for this one, but we've just posted a Junior Data Engineer role that looks like a great match for you.

Best,
Laura
Talent, Deepnote""",
        "refusal",
        reason="other_opening",
        company="Deepnote",
    ),
    Labelled(
        "fr_twentyfirst_05",
        """Bonjour,

Pour la dernière fois : votre candidature n'est pas retenue et ne le sera pas. Nous ne souhaitons plus être contactés.

Direction
Menuiserie Leroy""",
        "refusal",
        reason="categorical",
        company="Menuiserie Leroy",
    ),
    Labelled(
        "en_twentyfirst_06",
        """Hi Sam,

We noticed you use a cane and were concerned about mobility on our warehouse floor, so we've decided not to proceed.

Regards,
Northbridge Distribution""",
        "refusal",
        reason="discriminatory",
        company="Northbridge Distribution",
        criteria=("disability",),
    ),
    Labelled(
        "fr_twentyfirst_07",
        """Bonjour Mme Nguyen,

Vos origines asiatiques ne correspondent pas à l'image de notre restaurant traditionnel. Nous ne donnerons pas suite.

Cordialement,
Auberge du Terroir""",
        "refusal",
        reason="discriminatory",
        company="Auberge du Terroir",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentyfirst_08",
        """Hi Beth,

Thank you for your application to Oakwood School. We will contact shortlisted candidates by 5pm on Friday 18 December.

Kind regards,
HR, Oakwood School""",
        "answer_date",
        answer_by="2026-12-18",
        company="Oakwood School",
    ),
    Labelled(
        "fr_twentyfirst_09",
        """Bonjour,

Nous vous remercions pour votre candidature, qui a retenu toute notre attention. Nous la transmettons au responsable d'agence.

Cordialement,
Adecco Lorient""",
        "received",
        company="Adecco Lorient",
    ),
    Labelled(
        "en_twentyfirst_10",
        """Hi Ava,

Can we set up a 20-minute intro call? I'm free on Wednesday 16 Dec at 9:30am.

Cheers,
Owen Blake
Recruiter, Quantive""",
        "interview",
        interview_at="2026-12-16T09:30",
        company="Quantive",
        recruiter="Owen Blake",
    ),
    Labelled(
        "fr_twentyfirst_11",
        """Bonjour Paul,

Votre entretien est fixé au mardi 15 décembre à 10h45, au siège de Nantes. Merci d'arriver 10 minutes en avance.

Cordialement,
Service RH – Lactalis""",
        "interview",
        interview_at="2026-12-15T10:45",
        company="Lactalis",
    ),
    Labelled(
        "en_twentyfirst_12",
        """Hi Dev,

Thanks for your interest. Could you fill in our short application form so we can consider you?

Best,
Sunny Days Nursery""",
        "other",
        company="Sunny Days Nursery",
    ),
    Labelled(
        "fr_twentyfirst_13",
        """Bonjour Hugo,

On a bien eu ton CV, merci ! On fait le point en équipe et on revient vers toi d'ici jeudi prochain.

À bientôt,
Maud
Lemon Tri""",
        "answer_date",
        answer_by="2026-12-17",
        company="Lemon Tri",
    ),
    Labelled(
        "en_twentyfirst_14",
        """Hi Grace,

Thanks for interviewing. Unfortunately your answers on GDPR compliance suggested gaps we can't train for in this role. We won't be moving forward.

Regards,
Privacy First Ltd""",
        "refusal",
        reason="missing_skills",
        skill="GDPR compliance",
        company="Privacy First Ltd",
    ),
    Labelled(
        "fr_twentyfirst_15",
        """Bonjour,

Nous ne pourrons pas donner suite car le poste exige une expérience en gestion de chantier que vous n'avez pas encore.

Cordialement,
Eiffage Construction Ouest""",
        "refusal",
        reason="missing_skills",
        skill="gestion de chantier",
        company="Eiffage Construction Ouest",
    ),
    Labelled(
        "en_twentyfirst_16",
        """Hi Mira,

Honestly, we're a young team and we'd prefer someone in their twenties. Sorry!

Cheers,
Pixelpop""",
        "refusal",
        reason="discriminatory",
        company="Pixelpop",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyfirst_17",
        """Bonjour,

Nous préférons recruter une personne célibataire et sans attaches pour ce poste avec déplacements. Nous ne donnerons pas suite.

Cordialement,
Groupe Voyageurs""",
        "refusal",
        reason="discriminatory",
        company="Groupe Voyageurs",
        criteria=("family",),
    ),
    Labelled(
        "en_twentyfirst_18",
        """Hi Hannah,

We've decided to go with a male candidate, as the team felt a man would be better at handling difficult clients.

Regards,
Ironclad Security""",
        "refusal",
        reason="discriminatory",
        company="Ironclad Security",
        criteria=("sex",),
    ),
    Labelled(
        "fr_twentyfirst_19",
        """Bonjour,

Vous portez la kippa, ce qui pose problème pour ce poste en contact avec la clientèle. Nous ne donnerons pas suite.

Cordialement,
Opticien Central""",
        "refusal",
        reason="discriminatory",
        company="Opticien Central",
        criteria=("religion",),
    ),
    Labelled(
        "en_twentyfirst_20",
        """Hi Jay,

You mentioned being a shop steward at your last job. We don't think that fits our culture, so we won't proceed.

Regards,
Maxwell Mills""",
        "refusal",
        reason="discriminatory",
        company="Maxwell Mills",
        criteria=("union",),
    ),
    Labelled(
        "fr_twentyfirst_21",
        """Bonjour Emma,

Vous êtes enceinte de cinq mois : nous ne pouvons pas vous intégrer maintenant. Nous ne donnerons pas suite.

Cordialement,
Boutique Lin & Soie""",
        "refusal",
        reason="discriminatory",
        company="Boutique Lin & Soie",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_twentyfirst_22",
        """Hi Tom,

Our client felt your appearance wasn't polished enough for the role. I'm sorry.

Best,
Elite Placements""",
        "refusal",
        reason="discriminatory",
        company="Elite Placements",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_twentyfirst_23",
        """Bonjour,

Votre accent du sud pourrait déplaire à nos clients parisiens. Nous ne retiendrons pas votre candidature.

Cordialement,
Cabinet Boissière""",
        "refusal",
        reason="discriminatory",
        company="Cabinet Boissière",
        criteria=("accent",),
    ),
    Labelled(
        "en_twentyfirst_24",
        """Hi Pat,

We have concerns about your mental health history and have decided not to proceed.

Regards,
Linden Finance""",
        "refusal",
        reason="discriminatory",
        company="Linden Finance",
        criteria=("health",),
    ),
    Labelled(
        "fr_twentyfirst_25",
        """Bonjour,

Nous ne recrutons pas de ressortissants non européens pour ce poste. Nous ne donnerons pas suite.

Cordialement,
Sûreté Aéroportuaire Ouest""",
        "refusal",
        reason="discriminatory",
        company="Sûreté Aéroportuaire Ouest",
        criteria=("nationality",),
    ),
    Labelled(
        "en_twentyfirst_26",
        """Hi Sam,

Thank you for your patience. We aim to have a decision for all candidates before the end of the month.

Regards,
Harbour Trust""",
        "answer_date",
        answer_by="2026-12-31",
        company="Harbour Trust",
    ),
    Labelled(
        "fr_twentyfirst_27",
        """Bonjour,

Votre candidature nous intéresse : pouvons-nous échanger par téléphone demain à 9h ?

Cordialement,
Florence Girard
Recrutement, Norauto""",
        "interview",
        interview_at="2026-12-11T09:00",
        company="Norauto",
        recruiter="Florence Girard",
    ),
    Labelled(
        "en_twentyfirst_28",
        """Hi Jess,

We're sorry to let you know that we've closed this position without hiring.

Best,
Crane & Co""",
        "refusal",
        reason="none",
        company="Crane & Co",
    ),
    Labelled(
        "fr_twentyfirst_29",
        """Bonjour Lise,

Merci pour votre candidature. Le poste est toujours ouvert et nous reviendrons vers les candidats retenus pour un entretien d'ici le 20 décembre.

Cordialement,
Fondation Abbé Pierre""",
        "answer_date",
        answer_by="2026-12-20",
        company="Fondation Abbé Pierre",
    ),
    Labelled(
        "en_twentyfirst_30",
        """Hi Ben,

Unfortunately we won't be moving forward. We're hiring again for this team in the new year, so feel free to reapply in January.

Thanks,
Tessera Labs""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Tessera Labs",
    ),
    # --- A twenty-second batch, written apart from the others --------------------------------
    Labelled(
        "fr_twentysecond_01",
        """Bonjour Monsieur Royer,

Nous accusons réception de votre candidature et sommes au regret de vous informer qu'aucun poste correspondant à votre profil n'est actuellement disponible.

Nous conservons votre CV pendant un an.

Cordialement,
Service RH
Cooperl""",
        "refusal",
        reason="none",
        company="Cooperl",
    ),
    Labelled(
        "en_twentysecond_02",
        """Hi Mira,

Thank you for your time. The feedback from the panel is that your data visualisation skills need more development for this role, so we won't be moving forward.

Best,
Insight Partners""",
        "refusal",
        reason="missing_skills",
        skill="data visualisation",
        company="Insight Partners",
    ),
    Labelled(
        "fr_twentysecond_03",
        """Bonjour,

Le poste est pourvu, mais nous recruterons à nouveau d'ici l'été pour notre nouvelle boutique. Je garde votre candidature.

Cordialement,
Claire Dubois
Gérante, Sostrene Grene Rennes""",
        "refusal",
        reason="opening_later",
        months=6,
        company="Sostrene Grene Rennes",
        recruiter="Claire Dubois",
    ),
    Labelled(
        "en_twentysecond_04",
        """Hi Theo,

We won't be moving forward for the Analyst role, but I'd love to introduce you to the team hiring for our open Associate position.

Best,
Riley Carter
Talent Partner, Northbeam""",
        "refusal",
        reason="other_opening",
        company="Northbeam",
        recruiter="Riley Carter",
    ),
    Labelled(
        "fr_twentysecond_05",
        """Bonjour,

Je vous le répète : c'est non, et ce sera toujours non.

Gérard Petit
Petit Transports""",
        "refusal",
        reason="categorical",
        company="Petit Transports",
        recruiter="Gérard Petit",
    ),
    Labelled(
        "en_twentysecond_06",
        """Hi Maya,

The team felt you were too old to fit in with our young, fast-paced culture. Sorry.

Regards,
Zing Social""",
        "refusal",
        reason="discriminatory",
        company="Zing Social",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentysecond_07",
        """Bonjour,

Nous avons constaté, lors de l'entretien, que vous souffrez d'un bégaiement ; pour un poste au téléphone, nous préférons ne pas donner suite.

Cordialement,
Centre d'appels Atlantique""",
        "refusal",
        reason="discriminatory",
        company="Centre d'appels Atlantique",
        criteria=("disability",),
    ),
    Labelled(
        "en_twentysecond_08",
        """Hi Lena,

Thank you for applying. We have received your application and you will hear from us by December 21.

Regards,
People Team, Havenly""",
        "answer_date",
        answer_by="2026-12-21",
        company="Havenly",
    ),
    Labelled(
        "fr_twentysecond_09",
        """Bonjour Joseph,

Je vous confirme notre rendez-vous de lundi prochain, 14 décembre, à 15h30 dans nos bureaux.

Bien à vous,
Sandrine Leroux
Consultante, Robert Half""",
        "interview",
        interview_at="2026-12-14T15:30",
        company="Robert Half",
        recruiter="Sandrine Leroux",
    ),
    Labelled(
        "en_twentysecond_10",
        """Hi Ana,

Let's chat! Does Friday 18th at noon work for a quick video call?

Best,
Lucas Price
Founder, Fieldnote""",
        "interview",
        interview_at="2026-12-18T12:00",
        company="Fieldnote",
        recruiter="Lucas Price",
    ),
    Labelled(
        "fr_twentysecond_11",
        """Bonjour,

Nous avons bien reçu votre dossier. Une réponse vous sera apportée sous trois semaines.

Cordialement,
Conseil régional de Normandie""",
        "answer_date",
        answer_by="2026-12-31",
        company="Conseil régional de Normandie",
    ),
    Labelled(
        "en_twentysecond_12",
        """Hi Tom,

Quick favour — could you send me an updated CV with your most recent role?

Thanks,
Ellie
Recruiter, Bright Minds""",
        "other",
        company="Bright Minds",
    ),
    Labelled(
        "fr_twentysecond_13",
        """Bonjour Clara,

Votre candidature n'est pas retenue : le poste requiert la maîtrise du logiciel Sage, que vous ne possédez pas.

Cordialement,
Cabinet Comptable Leroux""",
        "refusal",
        reason="missing_skills",
        skill="Sage",
        company="Cabinet Comptable Leroux",
    ),
    Labelled(
        "en_twentysecond_14",
        """Hi Ben,

Unfortunately, you didn't pass the technical screen — we need stronger Java fundamentals for this role.

Best,
Tandem Bank""",
        "refusal",
        reason="missing_skills",
        skill="Java",
        company="Tandem Bank",
    ),
    Labelled(
        "fr_twentysecond_15",
        """Bonjour Yasmine,

Le client ne souhaite pas de candidates voilées. Je ne peux pas transmettre votre dossier.

Cordialement,
Julien Faure
Consultant, Interim Plus""",
        "refusal",
        reason="discriminatory",
        company="Interim Plus",
        recruiter="Julien Faure",
        criteria=("religion",),
    ),
    Labelled(
        "en_twentysecond_16",
        """Hi Dana,

Given that you're a single parent, we don't think the on-call hours would work for you, so we've gone with someone else.

Best,
MedLine Care""",
        "refusal",
        reason="discriminatory",
        company="MedLine Care",
        criteria=("family",),
    ),
    Labelled(
        "fr_twentysecond_17",
        """Bonjour,

Nous ne recrutons pas de personnes issues de l'immigration pour ce poste au contact de notre clientèle. Nous ne donnerons pas suite.

Cordialement,
Cabinet Villeneuve""",
        "refusal",
        reason="discriminatory",
        company="Cabinet Villeneuve",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentysecond_18",
        """Hi Ella,

We can't move forward because the client only wants male drivers.

Regards,
Swift Transport Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Swift Transport",
        criteria=("sex",),
    ),
    Labelled(
        "fr_twentysecond_19",
        """Bonjour,

Votre candidature est refusée en raison de votre appartenance à un syndicat.

Cordialement,
Métallurgie du Centre""",
        "refusal",
        reason="discriminatory",
        company="Métallurgie du Centre",
        criteria=("union",),
    ),
    Labelled(
        "en_twentysecond_20",
        """Hi Jade,

Your current pregnancy means you'd be starting maternity leave soon after joining, so we won't proceed.

Regards,
Clarity Legal""",
        "refusal",
        reason="discriminatory",
        company="Clarity Legal",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_twentysecond_21",
        """Bonjour,

Votre apparence ne correspond pas aux standards de notre enseigne. Nous ne donnerons pas suite.

Cordialement,
Boutique Chic & Co""",
        "refusal",
        reason="discriminatory",
        company="Boutique Chic & Co",
        criteria=("appearance",),
    ),
    Labelled(
        "en_twentysecond_22",
        """Hi Ravi,

The hiring manager said your Indian accent could be a problem with clients. I'm sorry we can't proceed.

Regards,
Sterling Call Solutions""",
        "refusal",
        reason="discriminatory",
        company="Sterling Call Solutions",
        criteria=("accent",),
    ),
    Labelled(
        "fr_twentysecond_23",
        """Bonjour,

Vous avez indiqué être sous traitement pour une maladie chronique ; nous préférons ne pas retenir votre candidature.

Cordialement,
Sécurité Express""",
        "refusal",
        reason="discriminatory",
        company="Sécurité Express",
        criteria=("health",),
    ),
    Labelled(
        "en_twentysecond_24",
        """Hi Ali,

We only hire US citizens for this role, so we can't proceed with your application.

Regards,
Patriot Logistics""",
        "refusal",
        reason="discriminatory",
        company="Patriot Logistics",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_twentysecond_25",
        """Bonjour Thomas,

Nous avons choisi de ne pas donner suite à votre candidature. En revanche, nous ouvrons un poste de commercial sédentaire la semaine prochaine : je vous enverrai l'annonce.

Cordialement,
Groupe Sofinco""",
        "refusal",
        reason="other_opening",
        company="Groupe Sofinco",
    ),
    Labelled(
        "en_twentysecond_26",
        """Hi Sam,

We'll be making a decision in the first week of January and will let you know then.

Best,
Morgan Hill
Talent, Lighthouse""",
        "answer_date",
        answer_by="2027-01-07",
        company="Lighthouse",
        recruiter="Morgan Hill",
    ),
    Labelled(
        "fr_twentysecond_27",
        """Bonjour Élise,

Félicitations, vous êtes retenue pour la dernière étape : un entretien avec le directeur général le 21 décembre à 11h.

Cordialement,
Amandine Roux
RH, Groupe Rocher""",
        "interview",
        interview_at="2026-12-21T11:00",
        company="Groupe Rocher",
        recruiter="Amandine Roux",
    ),
    Labelled(
        "en_twentysecond_28",
        """Hello Kim,

Thanks for your application, which we've received. We're aiming to complete shortlisting within 10 days.

Best wishes,
Harper Collins HR""",
        "answer_date",
        answer_by="2026-12-20",
        company="Harper Collins",
    ),
    Labelled(
        "fr_twentysecond_29",
        """Bonjour,

Malgré vos qualités, nous avons décidé de ne pas donner suite. Notre décision est ferme et ne sera pas revue.

Cordialement,
Atelier Dumas""",
        "refusal",
        reason="categorical",
        company="Atelier Dumas",
    ),
    Labelled(
        "en_twentysecond_30",
        """Hi Kate,

Sorry, we won't be moving forward — you'd need at least two years in a client-facing sales role for this position.

Best,
Pulse Media""",
        "refusal",
        reason="missing_skills",
        skill="client-facing sales role",
        company="Pulse Media",
    ),
    # --- A twenty-third batch, written apart from the others ---------------------------------
    Labelled(
        "fr_twentythird_01",
        """Bonjour Monsieur Faure,

Votre candidature a été examinée avec attention par nos services. Nous sommes néanmoins contraints de vous informer qu'elle n'a pas pu aboutir favorablement.

Veuillez agréer nos salutations distinguées.

Direction des Ressources Humaines
Ville de Rennes""",
        "refusal",
        reason="none",
        company="Ville de Rennes",
    ),
    Labelled(
        "en_twentythird_02",
        """Hi Joel,

We liked your profile, but the role calls for deep experience in Salesforce CPQ, which you don't yet have. We won't be moving forward.

Best,
Cloudline Partners""",
        "refusal",
        reason="missing_skills",
        skill="Salesforce CPQ",
        company="Cloudline Partners",
    ),
    Labelled(
        "fr_twentythird_03",
        """Bonjour,

Nous ne donnerons pas suite dans l'immédiat. Un poste similaire devrait être publié d'ici deux mois ; je vous encourage à y répondre.

Cordialement,
Emma Roussel
RH, Yoplait""",
        "refusal",
        reason="opening_later",
        months=2,
        company="Yoplait",
        recruiter="Emma Roussel",
    ),
    Labelled(
        "en_twentythird_04",
        """Hi Chris,

We've chosen another applicant for the Store Manager role. There's an Assistant Manager vacancy at our Bristol store right now if you're interested.

Best,
Fresh Market Careers""",
        "refusal",
        reason="other_opening",
        company="Fresh Market",
    ),
    Labelled(
        "fr_twentythird_05",
        """Bonjour,

Votre candidature est définitivement écartée. Inutile de renouveler votre demande.

Cordialement,
Préfecture du Morbihan""",
        "refusal",
        reason="categorical",
        company="Préfecture du Morbihan",
    ),
    Labelled(
        "en_twentythird_06",
        """Hi Derek,

We're after someone a bit younger for this graduate-level post, so we won't be taking your application forward.

Regards,
Brightstart Academy""",
        "refusal",
        reason="discriminatory",
        company="Brightstart Academy",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentythird_07",
        """Bonjour Karima,

Vous êtes d'origine étrangère et nos clients sont attachés à une image très française. Nous ne donnerons pas suite.

Cordialement,
Maison de Couture Lys""",
        "refusal",
        reason="discriminatory",
        company="Maison de Couture Lys",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentythird_08",
        """Hi Fiona,

Thank you for coming in. We'll let you know the outcome by the end of this week.

Best,
Daniel
HR, Granite Homes""",
        "answer_date",
        answer_by="2026-12-13",
        company="Granite Homes",
    ),
    Labelled(
        "fr_twentythird_09",
        """Bonjour Louise,

Vous êtes convoquée à un entretien de recrutement le mercredi 16 décembre 2026 à 13h30.

Cordialement,
La Poste – Recrutement""",
        "interview",
        interview_at="2026-12-16T13:30",
        company="La Poste",
    ),
    Labelled(
        "en_twentythird_10",
        """Hi Ken,

We'd like to invite you to a group assessment day on Friday 18 December from 9am to 4pm.

Kind regards,
Recruitment, Metro Bank""",
        "interview",
        interview_at="2026-12-18T09:00",
        company="Metro Bank",
    ),
    Labelled(
        "fr_twentythird_11",
        """Bonjour,

Nous avons bien reçu votre candidature au poste d'agent d'accueil. Nous vous remercions de votre intérêt pour notre établissement.

Cordialement,
Musée des Beaux-Arts de Rennes""",
        "received",
        company="Musée des Beaux-Arts de Rennes",
    ),
    Labelled(
        "en_twentythird_12",
        """Hi Sam,

Please complete your background check via the link below before your start date.

Thanks,
Onboarding, Zenith Health""",
        "other",
        company="Zenith Health",
    ),
    Labelled(
        "en_twentythird_14",
        """Hi Tara,

Sorry to say we won't be proceeding: you'd need a current CSCS card for this site role.

Regards,
Holloway Construction""",
        "refusal",
        reason="missing_skills",
        skill="current CSCS card",
        company="Holloway Construction",
    ),
    Labelled(
        "fr_twentythird_15",
        """Bonjour,

Nous avons retenu un candidat qui maîtrise mieux les outils de la suite Adobe.

Cordialement,
Studio Graphik""",
        "refusal",
        reason="missing_skills",
        skill="suite Adobe",
        company="Studio Graphik",
    ),
    Labelled(
        "en_twentythird_16",
        """Hi Linda,

We prefer to hire women without young children for our travel consultant roles, so we won't proceed.

Regards,
Globe Travel""",
        "refusal",
        reason="discriminatory",
        company="Globe Travel",
        criteria=("sex", "family"),
    ),
    Labelled(
        "fr_twentythird_17",
        """Bonjour,

Nous avons noté votre accent lors de l'échange téléphonique. Pour ce poste de standardiste, nous ne retiendrons pas votre candidature.

Cordialement,
Mutuelle du Littoral""",
        "refusal",
        reason="discriminatory",
        company="Mutuelle du Littoral",
        criteria=("accent",),
    ),
    Labelled(
        "en_twentythird_18",
        """Hi Hana,

We noticed your headscarf in the interview and, given our dress code, we won't be offering you the role.

Regards,
Luxe Spa""",
        "refusal",
        reason="discriminatory",
        company="Luxe Spa",
        criteria=("religion",),
    ),
    Labelled(
        "fr_twentythird_19",
        """Bonjour,

Nous avons appris que vous étiez en situation de handicap. Le poste ne nous semble pas adapté ; nous ne donnerons pas suite.

Cordialement,
Restaurant Le Phare""",
        "refusal",
        reason="discriminatory",
        company="Restaurant Le Phare",
        criteria=("disability",),
    ),
    Labelled(
        "en_twentythird_20",
        """Hi Owen,

We heard you were active in the union at your last job, so management has decided not to move forward.

Regards,
Bayside Cannery""",
        "refusal",
        reason="discriminatory",
        company="Bayside Cannery",
        criteria=("union",),
    ),
    Labelled(
        "fr_twentythird_21",
        """Bonjour Léa,

Vous attendez un enfant, et le poste débute en janvier : nous préférons ne pas donner suite.

Cordialement,
Agence Voyages Azur""",
        "refusal",
        reason="discriminatory",
        company="Agence Voyages Azur",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_twentythird_22",
        """Hi Ivy,

Your weight was raised as a concern for this active role, so we won't be moving forward.

Regards,
FitZone Gyms""",
        "refusal",
        reason="discriminatory",
        company="FitZone Gyms",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_twentythird_23",
        """Bonjour,

Le client préfère un homme pour ce poste de chef de chantier. Je ne peux pas présenter votre candidature.

Cordialement,
Marc Duval
Consultant, BTP Interim""",
        "refusal",
        reason="discriminatory",
        company="BTP Interim",
        recruiter="Marc Duval",
        criteria=("sex",),
    ),
    Labelled(
        "en_twentythird_24",
        """Hi Jamal,

We noted your long-term illness in your application and have decided not to proceed.

Regards,
Coastal Insurance""",
        "refusal",
        reason="discriminatory",
        company="Coastal Insurance",
        criteria=("health",),
    ),
    Labelled(
        "fr_twentythird_25",
        """Bonjour,

Ce poste est réservé aux ressortissants français. Nous ne pouvons donc pas retenir votre candidature.

Cordialement,
Société de Gardiennage Ouest""",
        "refusal",
        reason="discriminatory",
        company="Société de Gardiennage Ouest",
        criteria=("nationality",),
    ),
    Labelled(
        "en_twentythird_26",
        """Hi Mike,

Thanks for your interest. We'll come back to you within 48 hours.

Best,
Nova Recruitment""",
        "answer_date",
        answer_by="2026-12-12",
        company="Nova",
    ),
    Labelled(
        "fr_twentythird_27",
        """Bonjour,

Nous aimerions vous rencontrer dans nos locaux. Êtes-vous disponible le jeudi 17 décembre à 14h ?

Cordialement,
Julie Fabre
Responsable RH, Armor Lux""",
        "interview",
        interview_at="2026-12-17T14:00",
        company="Armor Lux",
        recruiter="Julie Fabre",
    ),
    Labelled(
        "en_twentythird_28",
        """Hi Ruth,

We regret that your application was not successful, and we ask that you do not reapply for any position with us for 12 months.

Regards,
Clearwater Council""",
        "refusal",
        reason="categorical",
        company="Clearwater Council",
    ),
    Labelled(
        "fr_twentythird_29",
        """Bonjour,

Malheureusement, vous n'avez pas été sélectionné pour la suite du processus.

Cordialement,
Capgemini Engineering""",
        "refusal",
        reason="none",
        company="Capgemini Engineering",
    ),
    Labelled(
        "en_twentythird_30",
        """Hi Zoe,

We're pausing this search, but we expect to restart it in about 3 months. I'll reach out then.

Best,
Morgan Blake
Talent Partner, Arcadia Labs""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Arcadia Labs",
        recruiter="Morgan Blake",
    ),
    # --- A twenty-fourth batch, written apart from the others --------------------------------
    Labelled(
        "fr_twentyfourth_01",
        """Bonjour Madame Rivière,

Je fais suite à votre candidature pour le poste d'infirmière de nuit. Je suis au regret de vous annoncer qu'elle n'a pas été retenue par la commission.

Cordialement,
Martine Legrand
Cadre de santé, CHU de Rennes""",
        "refusal",
        reason="none",
        company="CHU de Rennes",
        recruiter="Martine Legrand",
    ),
    Labelled(
        "en_twentyfourth_02",
        """Hi Aaron,

Thanks for your interest. We're moving forward with candidates who have shipped production iOS apps, which isn't reflected in your experience so far.

Best,
Pocketful""",
        "refusal",
        reason="missing_skills",
        skill="production iOS apps",
        company="Pocketful",
    ),
    Labelled(
        "fr_twentyfourth_03",
        """Bonjour Sarah,

Nous ne pouvons pas vous proposer le poste maintenant, mais nous allons recruter deux vendeuses dans trois mois pour l'ouverture du magasin de Vannes.

Cordialement,
Julie Morvan
Responsable, Cache Cache""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Cache Cache",
        recruiter="Julie Morvan",
    ),
    Labelled(
        "en_twentyfourth_04",
        """Hi Dev,

You weren't the right fit for this role, but we have a QA Engineer opening that's live now and could be a better match.

Best,
Eliza Ford
Recruiter, Testify""",
        "refusal",
        reason="other_opening",
        company="Testify",
        recruiter="Eliza Ford",
    ),
    Labelled(
        "fr_twentyfourth_05",
        """Madame,

La décision du jury est souveraine et ne peut faire l'objet d'aucun recours.

Cordialement,
Concours Administratifs – Rectorat de Rennes""",
        "refusal",
        reason="categorical",
        company="Rectorat de Rennes",
    ),
    Labelled(
        "en_twentyfourth_06",
        """Hi Pam,

We wanted someone fresh out of university, and at your age that's clearly not the case, so we won't proceed.

Regards,
Newbie Labs""",
        "refusal",
        reason="discriminatory",
        company="Newbie Labs",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyfourth_07",
        """Bonjour,

Nos clients ont l'habitude d'être reçus par des personnes de type européen. Votre candidature n'est donc pas retenue.

Cordialement,
Cabinet Notarial Fontaine""",
        "refusal",
        reason="discriminatory",
        company="Cabinet Notarial Fontaine",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentyfourth_08",
        """Hi Nick,

Great meeting you today. We'll be in touch by Wednesday next week.

Cheers,
Ruby
Ops Manager, Hatchet""",
        "answer_date",
        answer_by="2026-12-16",
        company="Hatchet",
    ),
    Labelled(
        "fr_twentyfourth_09",
        """Bonjour Clément,

Nous serions ravis de vous accueillir pour un entretien le jeudi 17 décembre à 17h30 à notre agence de Brest.

Cordialement,
Anne Le Bras
Directrice d'agence, Crédit Maritime""",
        "interview",
        interview_at="2026-12-17T17:30",
        company="Crédit Maritime",
        recruiter="Anne Le Bras",
    ),
    Labelled(
        "en_twentyfourth_10",
        """Hi Lee,

We've received your application for Junior Chef. Our head chef reviews applications every Monday and will contact you if there's a fit.

Thanks,
The Oak Kitchen""",
        "received",
        company="The Oak Kitchen",
    ),
    Labelled(
        "fr_twentyfourth_11",
        """Bonjour Nina,

Merci d'avoir postulé ! Votre profil nous plaît : pouvez-vous nous rappeler demain entre 10h et 12h pour convenir d'un entretien ?

Cordialement,
Restaurant Le Vivier""",
        "interview",
        company="Restaurant Le Vivier",
    ),
    Labelled(
        "en_twentyfourth_12",
        """Hi Joy,

We've filled the role, sorry! Best of luck with your search.

Kenji
Owner, Matcha Bar""",
        "refusal",
        reason="none",
        company="Matcha Bar",
    ),
    Labelled(
        "fr_twentyfourth_13",
        """Bonjour Kevin,

Le jury n'a pas retenu votre candidature ; il a estimé que vos connaissances en droit public étaient insuffisantes.

Cordialement,
Centre de gestion du Finistère""",
        "refusal",
        reason="missing_skills",
        skill="droit public",
        company="Centre de gestion du Finistère",
    ),
    Labelled(
        "en_twentyfourth_14",
        """Hi Jia,

We decided not to move forward, but we'd welcome your application again in 12 months.

Best,
Atlas Partners""",
        "refusal",
        reason="opening_later",
        months=12,
        company="Atlas Partners",
    ),
    Labelled(
        "fr_twentyfourth_15",
        """Bonjour,

Votre candidature nous a intéressés mais, étant enceinte, vous ne pourrez pas assurer le remplacement prévu. Nous ne donnerons pas suite.

Cordialement,
École Montessori Les Pins""",
        "refusal",
        reason="discriminatory",
        company="École Montessori Les Pins",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_twentyfourth_16",
        """Hi Sam,

Our client is uncomfortable with candidates who are openly gay, so I can't put you forward.

Regards,
Oakridge Staffing""",
        "refusal",
        reason="discriminatory",
        company="Oakridge Staffing",
        criteria=("sex",),
    ),
    # --- A twenty-fifth batch, written apart from the others ---------------------------------
    Labelled(
        "fr_twentyfifth_01",
        """Bonjour Lucas,

Nous avons bien étudié votre profil pour le poste de développeur React. Nous avons finalement opté pour un candidat ayant davantage d'expérience en TypeScript.

Cordialement,
Camille Blanc
Tech Recruiter, Malt""",
        "refusal",
        reason="missing_skills",
        skill="TypeScript",
        company="Malt",
        recruiter="Camille Blanc",
    ),
    Labelled(
        "en_twentyfifth_02",
        """Hi Freya,

Thank you for applying. On this occasion your application has not been progressed to interview.

Kind regards,
Resourcing Team
Bristol City Council""",
        "refusal",
        reason="none",
        company="Bristol City Council",
    ),
    Labelled(
        "fr_twentyfifth_03",
        """Bonjour Anaïs,

Ce n'est pas pour cette fois ! En revanche nous ouvrirons un poste similaire au printemps, je penserai à vous.

Belle journée,
Sophie
Fondatrice, Les Petites Bulles""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Les Petites Bulles",
    ),
    Labelled(
        "en_twentyfifth_04",
        """Hi Sam,

We went with someone else for the Marketing role, but I'd love to talk to you about our Content Lead opening, which is currently live.

Best,
Hattie Ross
Head of Talent, Sprig""",
        "refusal",
        reason="other_opening",
        company="Sprig",
        recruiter="Hattie Ross",
    ),
    Labelled(
        "fr_twentyfifth_05",
        """Bonjour,

Votre insistance ne changera rien : la réponse reste non. Nous ne souhaitons plus recevoir de messages de votre part.

Direction
Boulangerie Marchand""",
        "refusal",
        reason="categorical",
        company="Boulangerie Marchand",
    ),
    Labelled(
        "en_twentyfifth_06",
        """Hi Bob,

I'll be honest: the board wants a "fresh, young face" for this role, so we won't be taking you forward.

Regards,
Spark PR""",
        "refusal",
        reason="discriminatory",
        company="Spark PR",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyfifth_07",
        """Bonjour Julie,

Vous nous avez dit être en couple avec une personne de l'entreprise concurrente et avoir deux enfants : nous ne retiendrons pas votre candidature.

Cordialement,
Agence Com'Ouest""",
        "refusal",
        reason="discriminatory",
        company="Agence Com'Ouest",
        criteria=("family",),
    ),
    Labelled(
        "en_twentyfifth_08",
        """Hi Lucy,

We're still reviewing applications and will contact everyone by the end of next week.

Best,
Recruitment, Harbor & Co""",
        "answer_date",
        answer_by="2026-12-20",
        company="Harbor & Co",
    ),
    Labelled(
        "fr_twentyfifth_09",
        """Bonjour,

Nous souhaiterions vous proposer un entretien téléphonique mardi prochain à 11h. Ce créneau vous convient-il ?

Cordialement,
Marion Leclerc
Chargée de recrutement, Bonduelle""",
        "interview",
        interview_at="2026-12-15T11:00",
        company="Bonduelle",
        recruiter="Marion Leclerc",
    ),
    Labelled(
        "en_twentyfifth_10",
        """Hi Tom,

Your application for the Night Porter role has been received. We'll review it and get back to you within 7 days.

Thanks,
Riverside Hotel""",
        "answer_date",
        answer_by="2026-12-17",
        company="Riverside Hotel",
    ),
    Labelled(
        "fr_twentyfifth_11",
        """Bonjour,

Vos origines maghrébines pourraient poser problème avec certains clients. Nous ne donnerons pas suite.

Cordialement,
Concession Auto Prestige""",
        "refusal",
        reason="discriminatory",
        company="Concession Auto Prestige",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentyfifth_12",
        """Hi Ellie,

Sorry, we won't be moving forward: for this senior role we need someone who has managed budgets of over £1m.

Best,
Westbury Group""",
        "refusal",
        reason="missing_skills",
        skill="budgets of over £1m",
        company="Westbury Group",
    ),
    Labelled(
        "fr_twentyfifth_13",
        """Bonjour,

Nous ne recrutons pas de personnes en fauteuil roulant, nos locaux n'étant pas accessibles. Nous ne donnerons pas suite.

Cordialement,
Librairie du Centre""",
        "refusal",
        reason="discriminatory",
        company="Librairie du Centre",
        criteria=("disability",),
    ),
    Labelled(
        "fr_twentyfifth_15",
        """Bonjour Marie,

Je vous confirme votre entretien du mardi 15 décembre à 9h avec notre directrice, au 2 rue du Port à Lorient.

Cordialement,
Cécile Hamon
Assistante RH, Groupe Le Duff""",
        "interview",
        interview_at="2026-12-15T09:00",
        company="Groupe Le Duff",
        recruiter="Cécile Hamon",
    ),
    Labelled(
        "en_twentyfifth_16",
        """Hi Ollie,

We're sorry, but the position has been withdrawn due to budget cuts.

Regards,
Northshire NHS Trust""",
        "refusal",
        reason="none",
        company="Northshire NHS Trust",
    ),
    # --- A twenty-sixth batch, written apart from the others ---------------------------------
    Labelled(
        "fr_twentysixth_01",
        """Bonjour Madame Leroy,

Merci d'avoir pris le temps de nous rencontrer. Nous avons toutefois décidé de nous orienter vers un autre profil, plus en phase avec les besoins de l'équipe.

Cordialement,
Frédéric Dumas
Responsable d'équipe, Orange Business""",
        "refusal",
        reason="none",
        company="Orange Business",
        recruiter="Frédéric Dumas",
    ),
    Labelled(
        "en_twentysixth_02",
        """Hi Paul,

While you interviewed well, the team is looking for someone with deeper domain knowledge of insurance claims, so we won't be progressing.

Regards,
Claimwise""",
        "refusal",
        reason="missing_skills",
        skill="insurance claims",
        company="Claimwise",
    ),
    Labelled(
        "fr_twentysixth_03",
        """Bonjour,

Nous gardons votre CV sous le coude : nous prévoyons d'ouvrir un poste de commercial en avril. Pour le poste actuel, nous ne donnerons pas suite.

Cordialement,
Vincent Leroux
Gérant, Leroux Matériaux""",
        "refusal",
        reason="opening_later",
        months=4,
        company="Leroux Matériaux",
        recruiter="Vincent Leroux",
    ),
    Labelled(
        "en_twentysixth_04",
        """Hi Jess,

We've decided to move ahead with another candidate. That said, we're currently recruiting for two similar roles in our Leeds team — would you like to be considered?

Best,
Sam Ward
Recruitment Partner, Brightwell""",
        "refusal",
        reason="other_opening",
        company="Brightwell",
        recruiter="Sam Ward",
    ),
    Labelled(
        "fr_twentysixth_05",
        """Bonjour,

Nous vous avons déjà répondu : nous ne reviendrons pas sur notre choix. Merci de ne plus nous écrire.

Cordialement,
Garage Martin""",
        "refusal",
        reason="categorical",
        company="Garage Martin",
    ),
    Labelled(
        "en_twentysixth_06",
        """Hi Rosa,

We feel that at 57 you would struggle to keep up with our team. We won't be proceeding.

Regards,
Rush Digital""",
        "refusal",
        reason="discriminatory",
        company="Rush Digital",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentysixth_07",
        """Bonjour Laurent,

Nous ne souhaitons pas embaucher de délégués du personnel. Votre candidature n'est pas retenue.

Cordialement,
Plasturgie de l'Est""",
        "refusal",
        reason="discriminatory",
        company="Plasturgie de l'Est",
        criteria=("union",),
    ),
    Labelled(
        "en_twentysixth_08",
        """Hi Alice,

We should have a decision by Thursday, December 17 — I'll email you either way.

Thanks,
Ben Shaw
HR Manager, Lumen Analytics""",
        "answer_date",
        answer_by="2026-12-17",
        company="Lumen Analytics",
        recruiter="Ben Shaw",
    ),
    Labelled(
        "fr_twentysixth_09",
        """Bonjour Manon,

Suite à votre candidature, nous vous proposons un entretien en visioconférence le vendredi 18 décembre à 11h15.

Cordialement,
Cabinet Recrutement Ouest""",
        "interview",
        interview_at="2026-12-18T11:15",
        company="Cabinet Recrutement Ouest",
    ),
    Labelled(
        "en_twentysixth_10",
        """Hi Ryan,

We're writing to acknowledge receipt of your application for the position of Graduate Engineer.

Yours faithfully,
Recruitment Office, Rolls-Royce""",
        "received",
        company="Rolls-Royce",
    ),
    Labelled(
        "fr_twentysixth_11",
        """Bonjour,

Pourriez-vous nous faire parvenir votre casier judiciaire (bulletin n°3) ?

Cordialement,
Sécuritas France""",
        "other",
        company="Sécuritas France",
    ),
    Labelled(
        "en_twentysixth_12",
        """Hi Lee,

Your answers to the coding challenge showed gaps in algorithms and data structures, so we won't be moving to the next stage.

Best,
Codeshift""",
        "refusal",
        reason="missing_skills",
        skill="algorithms and data structures",
        company="Codeshift",
    ),
    Labelled(
        "fr_twentysixth_13",
        """Bonjour,

Nous avons noté lors de l'entretien que vous portiez une croix ; la neutralité religieuse est exigée dans notre boutique. Nous ne donnerons pas suite.

Cordialement,
Parfumerie Élégance""",
        "refusal",
        reason="discriminatory",
        company="Parfumerie Élégance",
        criteria=("religion",),
    ),
    Labelled(
        "en_twentysixth_14",
        """Hi Grace,

I'm afraid your application hasn't been successful — we'd prefer someone whose first language is English, without a strong regional accent.

Regards,
Callpoint UK""",
        "refusal",
        reason="discriminatory",
        company="Callpoint UK",
        criteria=("accent",),
    ),
    Labelled(
        "fr_twentysixth_15",
        """Bonjour Sophie,

Bonne nouvelle : nous aimerions vous revoir pour un second entretien. Que diriez-vous du lundi 21 décembre à 10h ?

Cordialement,
Hélène Morvan
RH, Armor Industries""",
        "interview",
        interview_at="2026-12-21T10:00",
        company="Armor Industries",
        recruiter="Hélène Morvan",
    ),
    Labelled(
        "en_twentysixth_16",
        """Hi Matt,

Thanks for your patience. We'll be back in touch once the hiring manager returns on January 5.

Best,
Ava
Talent, Northstar""",
        "answer_date",
        answer_by="2027-01-05",
        company="Northstar",
    ),
    # --- A twenty-seventh batch, written apart from the others -------------------------------
    Labelled(
        "fr_twentyseventh_01",
        """Bonjour Thibaut,

Merci encore pour votre implication dans le processus. Au final, c'est une autre personne qui a été retenue pour le poste.

Bien à vous,
Claire Nguyen
Talent Manager, Ubisoft Paris""",
        "refusal",
        reason="none",
        company="Ubisoft Paris",
        recruiter="Claire Nguyen",
    ),
    Labelled(
        "en_twentyseventh_02",
        """Hi Kai,

Thanks for your time. We've hired a candidate who already holds the ACCA qualification, which this role needs.

Best,
Finch Accountants""",
        "refusal",
        reason="missing_skills",
        skill="ACCA qualification",
        company="Finch Accountants",
    ),
    Labelled(
        "fr_twentyseventh_03",
        """Bonjour,

Nous n'avons plus de budget pour ce recrutement cette année. Le poste devrait être réouvert en janvier ; nous vous recontacterons.

Cordialement,
Agence Horizon Digital""",
        "refusal",
        reason="opening_later",
        months=1,
        company="Agence Horizon Digital",
    ),
    Labelled(
        "en_twentyseventh_04",
        """Hi Mina,

Although you weren't successful for the Lab Technician post, we think you'd suit our Research Assistant vacancy, which closes next week. I'd encourage you to apply.

Kind regards,
Talent Team, BioGen Labs""",
        "refusal",
        reason="other_opening",
        company="BioGen Labs",
    ),
    Labelled(
        "fr_twentyseventh_05",
        """Monsieur,

Je vous demande de cesser toute sollicitation. Notre position ne changera pas.

Directeur
Imprimerie Garnier""",
        "refusal",
        reason="categorical",
        company="Imprimerie Garnier",
    ),
    Labelled(
        "en_twentyseventh_06",
        """Hi Joe,

The client is after a 'young and hungry' salesperson, so I can't submit your application at this stage.

Regards,
Matt Bailey
Consultant, Zest Recruitment""",
        "refusal",
        reason="discriminatory",
        company="Zest Recruitment",
        recruiter="Matt Bailey",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyseventh_07",
        """Bonjour,

Vous êtes porteuse d'une maladie génétique, ce qui représente un risque d'absentéisme. Nous ne donnerons pas suite.

Cordialement,
Pharma Ouest""",
        "refusal",
        reason="discriminatory",
        company="Pharma Ouest",
        criteria=("health",),
    ),
    Labelled(
        "en_twentyseventh_08",
        """Hi Zara,

We'll confirm whether you've progressed to the next round by December 16.

Best,
Isla
Recruiter, Kinship""",
        "answer_date",
        answer_by="2026-12-16",
        company="Kinship",
    ),
    Labelled(
        "fr_twentyseventh_09",
        """Bonjour Romain,

Je vous confirme notre échange téléphonique demain, vendredi, à 14h. Je vous appellerai sur votre portable.

Cordialement,
Sonia Martin
Consultante, Fed Finance""",
        "interview",
        interview_at="2026-12-11T14:00",
        company="Fed Finance",
        recruiter="Sonia Martin",
    ),
    Labelled(
        "en_twentyseventh_10",
        """Hi Lena,

Thank you for applying for the Teaching Assistant position. We confirm your application has been received and will be considered after the closing date.

Kind regards,
St Peter's Primary School""",
        "received",
        company="St Peter's Primary School",
    ),
    Labelled(
        "fr_twentyseventh_11",
        """Bonjour,

Suite à notre entretien, pourriez-vous me transmettre vos trois derniers bulletins de salaire ?

Cordialement,
Anaïs Colin
RH, Groupe Legris""",
        "other",
        company="Groupe Legris",
        recruiter="Anaïs Colin",
    ),
    Labelled(
        "en_twentyseventh_12",
        """Hi Nick,

We've decided not to proceed. The panel felt you didn't demonstrate enough leadership experience for a team lead role.

Best,
Trident Software""",
        "refusal",
        reason="missing_skills",
        skill="leadership",
        company="Trident Software",
    ),
    Labelled(
        "fr_twentyseventh_13",
        """Bonjour Amel,

Vous avez évoqué votre handicap lors de l'entretien ; nous craignons que le poste soit trop physique. Nous ne donnerons pas suite.

Cordialement,
Entrepôts du Sud""",
        "refusal",
        reason="discriminatory",
        company="Entrepôts du Sud",
        criteria=("disability",),
    ),
    Labelled(
        "en_twentyseventh_14",
        """Hi Tom,

Your CV looks great! Could you pop into the shop on Saturday at 10am for a quick chat with the manager?

Cheers,
Lily
Bean & Leaf""",
        "interview",
        interview_at="2026-12-12T10:00",
        company="Bean & Leaf",
    ),
    Labelled(
        "fr_twentyseventh_15",
        """Bonjour,

Nous vous remercions de votre candidature. Nous vous informerons de la suite donnée d'ici la mi-janvier.

Cordialement,
Mairie de Lorient""",
        "answer_date",
        answer_by="2027-01-20",
        company="Mairie de Lorient",
    ),
    Labelled(
        "en_twentyseventh_16",
        """Hi Ana,

Thanks for your interest. We're sorry, but we won't be offering you a place because you're not a British national.

Regards,
Royal Guard Services""",
        "refusal",
        reason="discriminatory",
        company="Royal Guard Services",
        criteria=("nationality",),
    ),
    # --- A twenty-eighth batch, written apart from the others --------------------------------
    Labelled(
        "fr_twentyeighth_01",
        """Bonjour Monsieur Diallo,

À l'issue de notre processus de sélection, nous avons le regret de ne pouvoir retenir votre candidature au poste de gestionnaire de stocks.

Recevez nos salutations distinguées.

Le Service Ressources Humaines
Leroy Merlin Lorient""",
        "refusal",
        reason="none",
        company="Leroy Merlin Lorient",
    ),
    Labelled(
        "en_twentyeighth_02",
        """Hi Liam,

We were looking for a candidate with hands-on Terraform and AWS experience, which didn't come through strongly enough, so we won't be moving forward.

Regards,
Infra Team, Cloudcraft""",
        "refusal",
        reason="missing_skills",
        skill="Terraform and AWS",
        company="Cloudcraft",
    ),
    Labelled(
        "fr_twentyeighth_03",
        """Bonjour Jade,

Pas cette fois, mais nous ouvrons une nouvelle boutique à Nantes au printemps et je penserai à vous pour l'équipe.

Cordialement,
Pauline
Responsable, Bonne Gueule""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Bonne Gueule",
    ),
    Labelled(
        "en_twentyeighth_04",
        """Hi Jamie,

Thanks for interviewing. We've gone with another applicant, but we have a couple of other openings in Customer Support right now. Would you like to hear more?

Best,
Sasha
Talent, Monzo""",
        "refusal",
        reason="other_opening",
        company="Monzo",
    ),
    Labelled(
        "fr_twentyeighth_05",
        """Bonjour,

Votre candidature a été refusée et cette décision est définitive. Merci de ne pas relancer nos équipes.

RH
Groupe Hospitalier Sud""",
        "refusal",
        reason="categorical",
        company="Groupe Hospitalier Sud",
    ),
    Labelled(
        "en_twentyeighth_06",
        """Hi Val,

The hiring manager said you'd be 'too close to retirement' to invest in, so we can't proceed.

Regards,
Apex Talent""",
        "refusal",
        reason="discriminatory",
        company="Apex",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyeighth_07",
        """Bonjour Karim,

Votre prénom risque de déplaire à certains clients. Nous ne donnerons pas suite à votre candidature.

Cordialement,
Agence Immobilière Delorme""",
        "refusal",
        reason="discriminatory",
        company="Agence Immobilière Delorme",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentyeighth_08",
        """Hi Eve,

We're meeting the final candidates this week and will get back to everyone early next week.

Thanks,
Finn
People Lead, Brightbox""",
        "answer_date",
        answer_by="2026-12-16",
        company="Brightbox",
    ),
    Labelled(
        "fr_twentyeighth_09",
        """Bonjour Pierre,

Nous vous invitons à un entretien le vendredi 18 décembre à 14h, dans nos locaux de Vannes. Merci de confirmer votre présence.

Cordialement,
Sylvie Le Roux
Responsable RH, Groupe Le Roux""",
        "interview",
        interview_at="2026-12-18T14:00",
        company="Groupe Le Roux",
        recruiter="Sylvie Le Roux",
    ),
    Labelled(
        "en_twentyeighth_10",
        """Hi Ray,

Thanks for applying. Your application is now with our hiring team.

Best,
Lemonade Careers""",
        "received",
        company="Lemonade",
    ),
    Labelled(
        "fr_twentyeighth_11",
        """Bonjour,

Votre candidature ne peut aboutir : ce poste nécessite d'être titulaire du permis C, ce qui n'est pas votre cas.

Cordialement,
Transports Gautier""",
        "refusal",
        reason="missing_skills",
        skill="permis C",
        company="Transports Gautier",
    ),
    Labelled(
        "en_twentyeighth_12",
        """Hi Nina,

Sorry, but with your visual impairment we don't think you could do the driving this role requires.

Regards,
Swift Couriers Ltd""",
        "refusal",
        reason="discriminatory",
        company="Swift Couriers Ltd",
        criteria=("disability",),
    ),
    Labelled(
        "fr_twentyeighth_13",
        """Bonjour,

Nous préférons ne pas recruter de personnes qui portent des signes religieux visibles. Nous ne retiendrons pas votre candidature.

Cordialement,
Boutique Luxe Paris""",
        "refusal",
        reason="discriminatory",
        company="Boutique Luxe Paris",
        criteria=("religion",),
    ),
    Labelled(
        "en_twentyeighth_14",
        """Hi Max,

Could you do a call tomorrow at 4:15pm? I'd like to go over the role with you.

Thanks,
Hana Lee
Recruiter, Circuit""",
        "interview",
        interview_at="2026-12-11T16:15",
        company="Circuit",
        recruiter="Hana Lee",
    ),
    Labelled(
        "fr_twentyeighth_15",
        """Bonjour,

Nous vous remercions pour votre candidature. Nous ne manquerons pas de revenir vers vous d'ici le 22 décembre.

Cordialement,
Clinique Saint-Yves""",
        "answer_date",
        answer_by="2026-12-22",
        company="Clinique Saint-Yves",
    ),
    Labelled(
        "en_twentyeighth_16",
        """Hi Jo,

We felt a man would be better suited to managing our warehouse team, so we won't be progressing your application.

Regards,
Depot Direct""",
        "refusal",
        reason="discriminatory",
        company="Depot Direct",
        criteria=("sex",),
    ),
    # --- A twenty-ninth batch, written apart from the others ---------------------------------
    Labelled(
        "fr_twentyninth_01",
        """Bonjour Julien,

Après mûre réflexion, nous ne sommes pas en mesure de donner une suite positive à votre candidature.

Bonne continuation,
Nicolas Berger
Directeur commercial, Groupe Bigard""",
        "refusal",
        reason="none",
        company="Groupe Bigard",
        recruiter="Nicolas Berger",
    ),
    Labelled(
        "en_twentyninth_02",
        """Hi Mel,

We're looking for a designer with strong motion graphics experience, which we didn't see in your portfolio. We won't be moving forward this time.

Best,
Studio Arc""",
        "refusal",
        reason="missing_skills",
        skill="motion graphics",
        company="Studio Arc",
    ),
    Labelled(
        "fr_twentyninth_03",
        """Bonjour,

Le poste n'est plus ouvert pour le moment. Il devrait être republié d'ici trois mois ; je vous invite à surveiller notre site.

Cordialement,
Service RH, Groupama""",
        "refusal",
        reason="opening_later",
        months=3,
        company="Groupama",
    ),
    Labelled(
        "en_twentyninth_04",
        """Hi Ash,

Not the right match for this role, unfortunately. But we have an opening in our Operations team right now that could suit you — interested?

Cheers,
Mae
People, Cleo""",
        "refusal",
        reason="other_opening",
        company="Cleo",
    ),
    Labelled(
        "fr_twentyninth_05",
        """Bonjour,

Notre réponse est négative et définitive. Nous ne répondrons plus à vos relances.

Cordialement,
Société Marine Services""",
        "refusal",
        reason="categorical",
        company="Société Marine Services",
    ),
    Labelled(
        "en_twentyninth_06",
        """Hi Vic,

Our client specifically wants someone under 35 for this role, so I'm afraid I can't put you forward.

Regards,
Drew Hart
Consultant, Hartley Search""",
        "refusal",
        reason="discriminatory",
        company="Hartley Search",
        recruiter="Drew Hart",
        criteria=("age",),
    ),
    Labelled(
        "fr_twentyninth_07",
        """Bonjour,

Nos clients sont en majorité âgés et préfèrent être servis par des personnes d'origine française. Nous ne donnerons pas suite.

Cordialement,
Pharmacie des Halles""",
        "refusal",
        reason="discriminatory",
        company="Pharmacie des Halles",
        criteria=("origin",),
    ),
    Labelled(
        "en_twentyninth_08",
        """Hi Nell,

Thank you for your interview today. We expect to make a decision by December 18 and will contact you then.

Regards,
Liam Ford
HR Officer, Coastline Care""",
        "answer_date",
        answer_by="2026-12-18",
        company="Coastline Care",
        recruiter="Liam Ford",
    ),
    Labelled(
        "fr_twentyninth_09",
        """Bonjour Emma,

Votre profil a retenu notre attention : nous souhaiterions échanger avec vous le lundi 14 décembre à 9h30 par téléphone.

Cordialement,
Claire Morin
Chargée de recrutement, Pôle Santé Armor""",
        "interview",
        interview_at="2026-12-14T09:30",
        company="Pôle Santé Armor",
        recruiter="Claire Morin",
    ),
    Labelled(
        "en_twentyninth_10",
        """Hi Ryan,

Thanks — your application has landed with us and we'll be reviewing it shortly.

Best,
Talent at Curve""",
        "received",
        company="Curve",
    ),
    Labelled(
        "fr_twentyninth_11",
        """Bonjour Lucie,

Merci pour votre candidature. Malheureusement, le poste exige une excellente maîtrise de l'italien, que vous n'avez pas indiquée.

Cordialement,
Eataly Paris""",
        "refusal",
        reason="missing_skills",
        skill="italien",
        company="Eataly Paris",
    ),
    Labelled(
        "en_twentyninth_12",
        """Hi Adam,

We're hesitant because of your history of mental illness, so we won't be proceeding with your application.

Regards,
Shield Security""",
        "refusal",
        reason="discriminatory",
        company="Shield Security",
        criteria=("health",),
    ),
    Labelled(
        "fr_twentyninth_13",
        """Bonjour Sarah,

Vous portez le voile et notre politique impose une stricte neutralité. Nous ne pouvons pas retenir votre candidature.

Cordialement,
Crèche Les Petits Loups""",
        "refusal",
        reason="discriminatory",
        company="Crèche Les Petits Loups",
        criteria=("religion",),
    ),
    Labelled(
        "en_twentyninth_14",
        """Hi Leah,

We'd love to meet you! Are you free Monday 14 December at 10am at our office in Shoreditch?

Best,
Kit Harper
Founder, Loop Studio""",
        "interview",
        interview_at="2026-12-14T10:00",
        company="Loop Studio",
        recruiter="Kit Harper",
    ),
    Labelled(
        "fr_twentyninth_15",
        """Bonjour,

Vous n'êtes pas retenu car nous cherchons un homme plus jeune pour ce poste de vendeur.

Cordialement,
Magasin Sport 2000""",
        "refusal",
        reason="discriminatory",
        company="Magasin Sport 2000",
        criteria=("age", "sex"),
    ),
    Labelled(
        "en_twentyninth_16",
        """Hi Kim,

We won't be taking your application further: this role requires native-level Mandarin.

Best,
Pacific Trade Links""",
        "refusal",
        reason="missing_skills",
        skill="Mandarin",
        company="Pacific Trade Links",
    ),
    Labelled(
        "fr_thirtieth_01",
        "Bonjour, nous ne donnerons pas suite à votre candidature. Cordialement, Lumen Conseil",
        "refusal",
        reason="none",
        company="Lumen Conseil",
    ),
    Labelled(
        "fr_thirtieth_02",
        "Bonjour Léa,\n\nMerci pour votre candidature au poste de chargée de communication. Après étude attentive, nous sommes au regret de vous informer qu'elle n'a pas été retenue.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nBien cordialement,\nNathalie Perrin\nResponsable RH\nVerdane",
        "refusal",
        reason="none",
        company="Verdane",
        recruiter="Nathalie Perrin",
    ),
    Labelled(
        "en_thirtieth_03",
        "Hi Sam, thanks for your time last week. Unfortunately we've decided to go with another candidate. Best, Rachel Kim, Talent Partner at Northwind Labs",
        "refusal",
        reason="none",
        company="Northwind Labs",
        recruiter="Rachel Kim",
    ),
    Labelled(
        "en_thirtieth_04",
        "Dear Jordan,\n\nThank you for your interest in the Data Analyst position at Halcyon Bank. After careful consideration, we have decided to pursue other candidates whose experience more closely matches our needs.\n\nWe wish you every success.\n\nSincerely,\nThe Halcyon Bank Talent Team",
        "refusal",
        reason="none",
        company="Halcyon Bank",
    ),
    Labelled(
        "en_thirtieth_05",
        "From: no-reply@greenhouse.io\nSubject: Your application to Brightlane\n\nHi Alex,\n\nThank you for applying to the Product Designer role at Brightlane. Unfortunately, we will not be moving forward with your application at this time.\n\nBest,\nBrightlane Recruiting",
        "refusal",
        reason="none",
        company="Brightlane",
    ),
    Labelled(
        "fr_thirtieth_06",
        "Madame,\n\nNous accusons réception de votre candidature et vous en remercions. Malheureusement, votre profil ne correspond pas à nos besoins actuels.\n\nNous conservons vos coordonnées.\n\nLe service recrutement\nHôtel Mirabeau",
        "refusal",
        reason="none",
        company="Hôtel Mirabeau",
    ),
    Labelled(
        "en_thirtieth_08",
        "Hello Mia,\nI'm sorry to let you know the hiring manager has decided not to proceed with your profile.\nThanks,\nTom Becker\nSenior Recruiter | Harper & Lane Talent",
        "refusal",
        reason="none",
        company="Harper & Lane Talent",
        recruiter="Tom Becker",
    ),
    Labelled(
        "fr_thirtieth_09",
        "---------- Message transféré ---------\nDe : Julie Martin <julie.martin@kerlis.fr>\nDate : lun. 7 déc. 2026 à 16:12\nObjet : Votre candidature\nÀ : <marc.petit@gmail.com>\n\nBonjour Marc,\n\nJe suis désolée de vous annoncer que votre candidature n'a pas été retenue pour le poste de technicien SAV.\n\nBien à vous,\nJulie Martin",
        "refusal",
        reason="none",
        company="Kerlis",
        recruiter="Julie Martin",
    ),
    Labelled(
        "fr_thirtieth_10",
        "De : Recrutement Valmonde <recrutement@valmonde.com>\nEnvoyé : mardi 8 décembre 2026 09:30\nÀ : Sophie Leroux\nObjet : RE: Candidature Assistante de direction\n\nBonjour Madame Leroux,\n\nNous vous remercions de l'intérêt porté à notre société. Nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.\n\nCordialement,\nL'équipe Recrutement",
        "refusal",
        reason="none",
        company="Valmonde",
    ),
    Labelled(
        "en_thirtieth_11",
        "Thanks for applying to Quillon! We really appreciate it. We've reviewed your application and have decided not to move forward. — Quillon Talent Team (via Workday)",
        "refusal",
        reason="none",
        company="Quillon",
    ),
    Labelled(
        "fr_thirtieth_12",
        "Bonjour,\nSuite à votre candidature via Welcome to the Jungle pour le poste de Business Developer chez Ondine, nous sommes au regret de vous informer que nous ne poursuivrons pas le processus.\nL'équipe Ondine",
        "refusal",
        reason="none",
        company="Ondine",
    ),
    Labelled(
        "fr_thirtieth_13",
        "Salut Yanis ! Merci pour ton temps hier. On a finalement décidé de partir sur un autre profil. Bonne continuation 🙏 Manon de chez Pixelmoon",
        "refusal",
        reason="none",
        company="Pixelmoon",
    ),
    Labelled(
        "en_thirtieth_14",
        "Dear Ms. Okafor,\n\nWe regret to inform you that the position has been filled.\n\nKind regards,\nDavid Chen\nHR Manager\nSilverline Logistics Ltd",
        "refusal",
        reason="none",
        company="Silverline Logistics Ltd",
        recruiter="David Chen",
    ),
    Labelled(
        "fr_thirtieth_15",
        "Bonjour Thomas,\n\nMalgré les qualités de votre candidature, nous avons décidé de ne pas vous proposer de poursuivre le processus de recrutement.\n\nSincères salutations,\n\nAudrey Blanc | Chargée de recrutement | Groupe Hestia",
        "refusal",
        reason="none",
        company="Groupe Hestia",
        recruiter="Audrey Blanc",
    ),
    Labelled(
        "fr_thirtieth_16",
        "Bonjour Inès,\n\nMerci pour l'entretien. Nous avons apprécié votre motivation, mais votre niveau d'anglais est insuffisant pour ce poste international. Nous ne donnerons donc pas suite.\n\nCordialement,\nKarine Morel\nRH – Solstice Voyages",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Solstice Voyages",
        recruiter="Karine Morel",
    ),
    Labelled(
        "en_thirtieth_17",
        "Hi Ben, thanks for taking the coding test. The panel felt your experience with TypeScript wasn't deep enough for this senior role, so we won't be moving forward. Regards, Amy Wong, Recruiter, Tidewater Software",
        "refusal",
        reason="missing_skills",
        skill="TypeScript",
        company="Tidewater Software",
        recruiter="Amy Wong",
    ),
    Labelled(
        "fr_thirtieth_18",
        "Bonjour,\n\nVotre candidature n'a pas été retenue : le poste requiert une première expérience en management d'équipe, que vous n'avez pas encore.\n\nCordialement,\nFrédéric Garnier\nDirecteur d'agence, Batipro",
        "refusal",
        reason="missing_skills",
        skill="management d'équipe",
        company="Batipro",
        recruiter="Frédéric Garnier",
    ),
    Labelled(
        "en_thirtieth_19",
        "Dear Chloe,\n\nUnfortunately we need someone fluent in Spanish for this position, and we will not be progressing your application.\n\nBest regards,\nLuis Moreno\nTalent Acquisition Lead, Andes Trading",
        "refusal",
        reason="missing_skills",
        skill="Spanish",
        company="Andes Trading",
        recruiter="Luis Moreno",
    ),
    Labelled(
        "fr_thirtieth_20",
        "Bonjour Romain, après réflexion nous ne retenons pas votre candidature car vous ne maîtrisez pas suffisamment Excel, outil central pour ce poste de contrôleur de gestion. Bonne continuation. Élodie Faure, Cabinet Avenir RH",
        "refusal",
        reason="missing_skills",
        skill="Excel",
        company="Cabinet Avenir RH",
        recruiter="Élodie Faure",
    ),
    Labelled(
        "en_thirtieth_21",
        "Hello Nina,\nThe hiring team was impressed by your background, but they are looking for a candidate with hands-on Salesforce administration experience. We'll therefore not be moving forward.\nCheers,\nJosh Patel\nPeople Team @ Cloudberry",
        "refusal",
        reason="missing_skills",
        skill="Salesforce administration",
        company="Cloudberry",
        recruiter="Josh Patel",
    ),
    Labelled(
        "fr_thirtieth_22",
        "Madame, Monsieur,\nNous sommes au regret de ne pas donner suite : une connaissance approfondie de la réglementation bancaire est indispensable pour ce poste et fait défaut dans votre parcours.\nCordialement,\nService RH, Banque Ardent",
        "refusal",
        reason="missing_skills",
        skill="réglementation bancaire",
        company="Banque Ardent",
    ),
    Labelled(
        "en_thirtieth_23",
        "Hi Omar, thank you for interviewing. We decided not to proceed because the role requires a PMP certification, which you don't currently hold. All the best, Sarah Lewis, HR at Keystone Build",
        "refusal",
        reason="missing_skills",
        skill="PMP certification",
        company="Keystone Build",
        recruiter="Sarah Lewis",
    ),
    Labelled(
        "fr_thirtieth_24",
        "Bonjour Lucas,\n\nNous avons bien aimé échanger avec vous. Toutefois, il vous manque des compétences en Python pour ce poste de data engineer. Nous ne poursuivrons pas.\n\nBien à vous,\nSarah Cohen\nTalent Acquisition – Datalys",
        "refusal",
        reason="missing_skills",
        skill="Python",
        company="Datalys",
        recruiter="Sarah Cohen",
    ),
    Labelled(
        "en_thirtieth_25",
        "Dear Liam,\nThanks for your interest. We are looking for someone with more people management experience, so we will not be taking your application further.\nKind regards,\nEmma Clarke\nRecruitment Consultant, Hays",
        "refusal",
        reason="missing_skills",
        skill="people management",
        company="Hays",
        recruiter="Emma Clarke",
    ),
    Labelled(
        "fr_thirtieth_26",
        "Bonjour Camille, malheureusement le poste nécessite la maîtrise de l'allemand et votre niveau ne nous permet pas de poursuivre. Cordialement, Anne Weiss, Alsatec",
        "refusal",
        reason="missing_skills",
        skill="allemand",
        company="Alsatec",
        recruiter="Anne Weiss",
    ),
    Labelled(
        "en_thirtieth_27",
        "Hi Priya,\n\nWe've decided not to move forward. Your profile is strong, but we need deeper expertise in AWS for this platform role.\n\nThanks,\nKevin O'Brien\nEngineering Recruiter | Nimbus Pay",
        "refusal",
        reason="missing_skills",
        skill="AWS",
        company="Nimbus Pay",
        recruiter="Kevin O'Brien",
    ),
    Labelled(
        "fr_thirtieth_28",
        "Bonjour,\nVotre profil est intéressant mais manque d'expérience en gestion de projet. Nous ne retenons pas votre candidature.\nCordialement\nMathieu Lemaire\nChargé de recrutement\nOptimia",
        "refusal",
        reason="missing_skills",
        skill="gestion de projet",
        company="Optimia",
        recruiter="Mathieu Lemaire",
    ),
    Labelled(
        "fr_thirtieth_29",
        "Bonjour Julie,\n\nNous ne retenons pas votre candidature pour ce poste. En revanche, un poste similaire devrait s'ouvrir dans environ trois mois et nous penserons à vous.\n\nCordialement,\nSophie Durand\nLumen Conseil",
        "refusal",
        reason="opening_later",
        months=3,
        company="Lumen Conseil",
        recruiter="Sophie Durand",
    ),
    Labelled(
        "en_thirtieth_30",
        "Hi Dan, we went with another candidate, but we expect to open a similar role in about 6 months — I'd love to reconnect then. Best, Olivia Reed, Recruiter at Fernhill",
        "refusal",
        reason="opening_later",
        months=6,
        company="Fernhill",
        recruiter="Olivia Reed",
    ),
    Labelled(
        "fr_thirtieth_31",
        "Bonjour Hugo,\n\nLe poste a été pourvu. Nous recruterons à nouveau sur ce profil dans deux mois environ, n'hésitez pas à repostuler.\n\nBien à vous,\nCéline Robert\nRH, Maison Calisson",
        "refusal",
        reason="opening_later",
        months=2,
        company="Maison Calisson",
        recruiter="Céline Robert",
    ),
    Labelled(
        "en_thirtieth_32",
        "Dear Aisha,\n\nAlthough we are not able to offer you this position, we will be hiring again for the same role in four months and would be glad to consider you then.\n\nRegards,\nMartin Fischer\nHR Director, Lindqvist AB",
        "refusal",
        reason="opening_later",
        months=4,
        company="Lindqvist AB",
        recruiter="Martin Fischer",
    ),
    Labelled(
        "en_thirtieth_34",
        "Hello Jake,\nWe won't be moving forward for now. That said, a new position on the team should open in 3 months, and I'll reach out.\nThanks,\nHannah Scott\nKestrel Analytics",
        "refusal",
        reason="opening_later",
        months=3,
        company="Kestrel Analytics",
        recruiter="Hannah Scott",
    ),
    Labelled(
        "fr_thirtieth_35",
        "Bonjour Emma,\n\nNous n'avons pas retenu votre profil. Un nouveau poste de comptable sera toutefois ouvert d'ici six mois, nous vous recontacterons à ce moment-là.\n\nCordialement,\nLaurent Michel\nDAF, Sodilor",
        "refusal",
        reason="opening_later",
        months=6,
        company="Sodilor",
        recruiter="Laurent Michel",
    ),
    Labelled(
        "fr_thirtieth_36",
        "Bonjour Alice,\n\nVotre candidature au poste de chef de projet n'a pas été retenue. Cependant, d'autres postes sont actuellement ouverts chez nous et pourraient vous correspondre : n'hésitez pas à consulter notre page carrières.\n\nCordialement,\nMarc Lefèvre\nRecrutement, Nexora",
        "refusal",
        reason="other_opening",
        company="Nexora",
        recruiter="Marc Lefèvre",
    ),
    Labelled(
        "en_thirtieth_37",
        "Hi Ethan, we've decided not to move forward for this role. We do have other positions open right now that might be a better fit — feel free to apply! Best, Grace Liu, Talent at Orbitly",
        "refusal",
        reason="other_opening",
        company="Orbitly",
        recruiter="Grace Liu",
    ),
    Labelled(
        "fr_thirtieth_38",
        "Bonjour Nicolas, ce poste est pourvu mais nous recrutons en ce moment des commerciaux sur Lyon : je vous invite à postuler à cette offre. Bonne journée, Sandrine Roy – Distrinova",
        "refusal",
        reason="other_opening",
        company="Distrinova",
        recruiter="Sandrine Roy",
    ),
    Labelled(
        "en_thirtieth_39",
        "Dear Fatima,\n\nWhile we won't be proceeding with your application for the Marketing Manager role, we currently have several other openings in our Paris office. I encourage you to apply to the Brand Manager position.\n\nKind regards,\nLaura Bennett\nRecruitment, Ashford Group",
        "refusal",
        reason="other_opening",
        company="Ashford Group",
        recruiter="Laura Bennett",
    ),
    Labelled(
        "fr_thirtieth_40",
        "Bonjour,\nVotre profil ne correspond pas à ce poste, mais nous avons d'autres offres ouvertes actuellement qui pourraient vous intéresser.\nCordialement,\nL'équipe RH de Solvay Pharma",
        "refusal",
        reason="other_opening",
        company="Solvay Pharma",
    ),
    Labelled(
        "fr_thirtieth_41",
        "Bonjour,\n\nNous ne donnerons pas suite à votre candidature et cette décision est définitive. Merci de ne pas nous recontacter à ce sujet.\n\nCordialement,\nDirection des ressources humaines\nTransalp",
        "refusal",
        reason="categorical",
        company="Transalp",
    ),
    Labelled(
        "en_thirtieth_42",
        "Hi Chris, after the three rounds of interviews we've decided not to move forward. This decision is final and we won't be reconsidering. Regards, Helen Ward, Meridian Health",
        "refusal",
        reason="categorical",
        company="Meridian Health",
        recruiter="Helen Ward",
    ),
    Labelled(
        "fr_thirtieth_43",
        "Madame,\nVotre candidature n'est pas retenue. Il ne sera pas possible de revenir sur cette décision.\nSalutations,\nGérard Fabre\nFabre & Fils",
        "refusal",
        reason="categorical",
        company="Fabre & Fils",
        recruiter="Gérard Fabre",
    ),
    Labelled(
        "en_thirtieth_44",
        "Dear Mr. Adams,\nWe will not be offering you a position, and we will not consider any future applications from you.\nSincerely,\nHR Department, Crestview Insurance",
        "refusal",
        reason="categorical",
        company="Crestview Insurance",
    ),
    Labelled(
        "fr_thirtieth_45",
        "Bonjour Kevin, je vous confirme que nous ne poursuivrons pas, et ce de manière ferme et définitive. Inutile de relancer. Cordialement, Isabelle Noël, Vectoria",
        "refusal",
        reason="categorical",
        company="Vectoria",
        recruiter="Isabelle Noël",
    ),
    Labelled(
        "fr_thirtieth_46",
        "Bonjour Martine,\n\nVotre expérience est remarquable, mais nous recherchons un profil plus junior en termes d'âge pour s'intégrer à une équipe jeune.\n\nCordialement,\nFabien Roche\nStudio Kappa",
        "refusal",
        reason="discriminatory",
        company="Studio Kappa",
        recruiter="Fabien Roche",
        criteria=("age",),
    ),
    Labelled(
        "fr_thirtieth_47",
        "Bonjour Sarah, nous avons préféré quelqu'un de plus disponible, sans contraintes familiales, car le poste demande beaucoup de déplacements. Votre candidature n'est donc pas retenue. Bien à vous, Olivier Brun, Transports Brun",
        "refusal",
        reason="discriminatory",
        company="Transports Brun",
        recruiter="Olivier Brun",
        criteria=("family",),
    ),
    Labelled(
        "en_thirtieth_48",
        "Hi Pierre,\nThanks for applying. This role is for native speakers only, so we can't move forward with you.\nBest,\nAlice Turner\nLinguaPro",
        "refusal",
        reason="discriminatory",
        company="LinguaPro",
        recruiter="Alice Turner",
        criteria=("origin",),
    ),
    Labelled(
        "fr_thirtieth_49",
        "Bonjour Amina,\n\nNous tenons à la neutralité de notre accueil : pas de port de signes religieux au sein de l'équipe. Nous ne pourrons donc pas poursuivre votre candidature.\n\nCordialement,\nAgence Horizon Immobilier",
        "refusal",
        reason="discriminatory",
        company="Agence Horizon Immobilier",
        criteria=("religion",),
    ),
    Labelled(
        "en_thirtieth_50",
        "Hi Grace, we've learned you're expecting, and given the timing of the project we've decided not to move forward. Regards, Mark Evans, Evans Consulting",
        "refusal",
        reason="discriminatory",
        company="Evans Consulting",
        recruiter="Mark Evans",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_thirtieth_51",
        "Bonjour, votre candidature n'est pas retenue : l'équipe souhaitait plutôt un homme pour ce poste de chef de chantier. Cordialement, Bernard Petit, BTP Petit",
        "refusal",
        reason="discriminatory",
        company="BTP Petit",
        recruiter="Bernard Petit",
        criteria=("sex",),
    ),
    Labelled(
        "en_thirtieth_52",
        "Dear Kwame,\nWe are looking for someone whose background better matches the local community, ideally of French origin. We will not proceed.\nRegards,\nJean Moreau\nBoulangeries Moreau",
        "refusal",
        reason="discriminatory",
        company="Boulangeries Moreau",
        recruiter="Jean Moreau",
        criteria=("origin",),
    ),
    Labelled(
        "fr_thirtieth_53",
        "Bonjour Thierry, compte tenu de votre handicap, nous craignons que le poste ne soit pas adapté. Nous ne donnerons pas suite. Cordialement, Nadia Saïd, Logistique Ouest",
        "refusal",
        reason="discriminatory",
        company="Logistique Ouest",
        recruiter="Nadia Saïd",
        criteria=("disability",),
    ),
    Labelled(
        "en_thirtieth_54",
        "Hello Raj,\nYour accent might be an issue with our clients on the phone, so we won't be moving forward.\nThanks,\nSophie Hart\nClearCall Ltd",
        "refusal",
        reason="discriminatory",
        company="ClearCall Ltd",
        recruiter="Sophie Hart",
        criteria=("accent",),
    ),
    Labelled(
        "fr_thirtieth_55",
        "Bonjour Monsieur,\nNous avons appris votre engagement syndical dans votre précédente entreprise ; nous préférons ne pas poursuivre.\nCordialement,\nDirection, Métallerie Girard",
        "refusal",
        reason="discriminatory",
        company="Métallerie Girard",
        criteria=("union",),
    ),
    Labelled(
        "en_thirtieth_56",
        "Hi Laura, honestly the client wants someone with a more polished look for the front desk, so I can't put you forward. Sorry! Jess Cole, Apex Staffing",
        "refusal",
        reason="discriminatory",
        company="Apex Staffing",
        recruiter="Jess Cole",
        criteria=("appearance",),
    ),
    Labelled(
        "fr_thirtieth_57",
        "Bonjour, suite à votre visite médicale et à vos problèmes de santé, nous préférons ne pas donner suite. Cordialement, RH Conserveries du Port",
        "refusal",
        reason="discriminatory",
        company="Conserveries du Port",
        criteria=("health",),
    ),
    Labelled(
        "en_thirtieth_58",
        "Dear Yusuf,\nUnfortunately we are only able to hire EU nationals for this role, so we will not proceed.\nKind regards,\nPeter Hall\nHall & Partners",
        "refusal",
        reason="discriminatory",
        company="Hall & Partners",
        recruiter="Peter Hall",
        criteria=("nationality",),
    ),
    Labelled(
        "fr_thirtieth_59",
        "Bonjour Josiane, à 58 ans, nous pensons que vous auriez du mal à vous adapter à nos outils. Nous ne retenons pas votre candidature. Bien cordialement, Yann Le Gall, Armor Digital",
        "refusal",
        reason="discriminatory",
        company="Armor Digital",
        recruiter="Yann Le Gall",
        criteria=("age",),
    ),
    Labelled(
        "fr_thirtieth_60",
        "Bonjour Clara,\n\nMerci pour cet entretien très intéressant. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.\n\nBien cordialement,\nAntoine Mercier\nResponsable recrutement\nEolis",
        "answer_date",
        answer_by="2026-12-20",
        company="Eolis",
        recruiter="Antoine Mercier",
    ),
    Labelled(
        "en_thirtieth_61",
        "Hi Noah, thanks for meeting the team today. We'll get back to you within the next two weeks. Best, Laura Stone, Recruiter, Brightwave",
        "answer_date",
        answer_by="2026-12-24",
        company="Brightwave",
        recruiter="Laura Stone",
    ),
    Labelled(
        "fr_thirtieth_62",
        "Bonjour Mehdi,\nNous finalisons nos entretiens et vous donnerons une réponse courant janvier.\nCordialement,\nValérie Simon\nCabinet Talenz",
        "answer_date",
        answer_by="2027-01-31",
        company="Cabinet Talenz",
        recruiter="Valérie Simon",
    ),
    Labelled(
        "en_thirtieth_63",
        "Hello Zoe,\nThank you for your time. You'll hear from us by Friday.\nRegards,\nMike Dunn\nHiring Manager, Redstone Media",
        "answer_date",
        answer_by="2026-12-11",
        company="Redstone Media",
        recruiter="Mike Dunn",
    ),
    Labelled(
        "fr_thirtieth_64",
        "Bonjour, merci pour votre venue. Nous vous ferons un retour d'ici lundi. Cordialement, Élise Garcia, Atelier Lumio",
        "answer_date",
        answer_by="2026-12-14",
        company="Atelier Lumio",
        recruiter="Élise Garcia",
    ),
    Labelled(
        "en_thirtieth_65",
        "Hi Arjun,\n\nGreat speaking with you! The hiring manager is reviewing the final candidates and we expect to make a decision by the end of the month.\n\nCheers,\nEmily Park\nTalent Acquisition | Luma Health",
        "answer_date",
        answer_by="2026-12-31",
        company="Luma Health",
        recruiter="Emily Park",
    ),
    Labelled(
        "fr_thirtieth_66",
        "Bonjour Pauline,\n\nJe vous remercie pour notre échange. Je vous recontacte sous quinze jours pour vous faire part de notre décision.\n\nBien à vous,\nGuillaume Henry\nConsultant – Michael Page",
        "answer_date",
        answer_by="2026-12-25",
        company="Michael Page",
        recruiter="Guillaume Henry",
    ),
    Labelled(
        "en_thirtieth_67",
        "Hi Leo, we'll let you know next week. Thanks! Anna",
        "answer_date",
        answer_by="2026-12-20",
    ),
    Labelled(
        "fr_thirtieth_68",
        "Bonjour Sofia, nous vous donnerons une réponse d'ici mercredi prochain. Bien cordialement, Hélène Bertrand, Groupe Cassiopée",
        "answer_date",
        answer_by="2026-12-16",
        company="Groupe Cassiopée",
        recruiter="Hélène Bertrand",
    ),
    Labelled(
        "fr_thirtieth_69",
        "De: Romain Caron <r.caron@altimeo.fr>\nDate: 3 décembre 2026\nObjet: Suite entretien\n\nBonjour Jeanne, merci pour l'entretien. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.\nRomain Caron\nAltimeo",
        "answer_date",
        answer_by="2026-12-13",
        company="Altimeo",
        recruiter="Romain Caron",
    ),
    Labelled(
        "en_thirtieth_70",
        "Dear Tom,\nThank you for your application. We aim to respond to all candidates within 10 working days.\nKind regards,\nRecruitment Team, Glenmore Council",
        "answer_date",
        answer_by="2026-12-24",
        company="Glenmore Council",
    ),
    Labelled(
        "fr_thirtieth_71",
        "Bonjour Lina,\nLe comité se réunit le 18 décembre ; vous aurez notre réponse dans la foulée, au plus tard le 21 décembre.\nCordialement,\nPatricia Lemoine\nFondation Aubier",
        "answer_date",
        answer_by="2026-12-21",
        company="Fondation Aubier",
        recruiter="Patricia Lemoine",
    ),
    Labelled(
        "fr_thirtieth_72",
        "Bonjour Julien,\n\nVotre profil a retenu notre attention. Nous vous proposons un entretien le mardi 15 décembre à 14h30 dans nos locaux.\n\nMerci de me confirmer votre présence.\n\nCordialement,\nNathalie Girard\nChargée de recrutement\nSefira",
        "interview",
        interview_at="2026-12-15T14:30",
        company="Sefira",
        recruiter="Nathalie Girard",
    ),
    Labelled(
        "en_thirtieth_73",
        "Hi Maya, we'd love to invite you to a video interview with the team this Friday at 10am. Let me know if that works. Best, Chris Allen, Recruiter at Pinecone Studio",
        "interview",
        interview_at="2026-12-11T10:00",
        company="Pinecone Studio",
        recruiter="Chris Allen",
    ),
    Labelled(
        "fr_thirtieth_74",
        "Bonjour, je vous propose un entretien téléphonique le 12/01 à 9h. Cordialement, Damien Roux, Hays",
        "interview",
        interview_at="2027-01-12T09:00",
        company="Hays",
        recruiter="Damien Roux",
    ),
    Labelled(
        "en_thirtieth_75",
        "Hello Sara,\n\nFollowing your application, we would like to schedule a first interview on Monday, December 14 at 3:00 PM (Paris time).\n\nKind regards,\nJohn Harris\nHR, Vantage Robotics",
        "interview",
        interview_at="2026-12-14T15:00",
        company="Vantage Robotics",
        recruiter="John Harris",
    ),
    Labelled(
        "fr_thirtieth_76",
        "Bonjour Léo,\nSuite à notre échange, je vous confirme votre entretien avec le directeur financier jeudi 17 décembre à 11h.\nBien à vous,\nCharlotte Dubois\nRobert Walters",
        "interview",
        interview_at="2026-12-17T11:00",
        company="Robert Walters",
        recruiter="Charlotte Dubois",
    ),
    Labelled(
        "en_thirtieth_77",
        "Hi Ryan, are you available for a call tomorrow at 4:30pm? The hiring manager would like to chat. Thanks, Megan Ross, TalentBridge",
        "interview",
        interview_at="2026-12-11T16:30",
        company="TalentBridge",
        recruiter="Megan Ross",
    ),
    Labelled(
        "fr_thirtieth_78",
        "Bonjour Anaïs,\n\nNous serions ravis de vous rencontrer. Seriez-vous disponible le lundi 4 janvier à 10h00 pour un entretien dans nos bureaux de Nantes ?\n\nBien cordialement,\nMaxime Leroy\nResponsable d'agence\nOuestim",
        "interview",
        interview_at="2027-01-04T10:00",
        company="Ouestim",
        recruiter="Maxime Leroy",
    ),
    Labelled(
        "en_thirtieth_79",
        "Dear Hannah,\nWe are pleased to invite you to the final interview on Wednesday 16 December at 9:30.\nBest regards,\nOliver King\nHead of Talent, Marlow Capital",
        "interview",
        interview_at="2026-12-16T09:30",
        company="Marlow Capital",
        recruiter="Oliver King",
    ),
    Labelled(
        "fr_thirtieth_80",
        "Bonjour, votre candidature a été retenue pour un entretien. Rendez-vous le vendredi 18/12 à 15h au 12 rue de la Paix. L'équipe recrutement Carrefour",
        "interview",
        interview_at="2026-12-18T15:00",
        company="Carrefour",
    ),
    Labelled(
        "en_thirtieth_81",
        "Hi Jordan! Thanks for applying to Tessera. Could we jump on a 30-min call Tuesday Dec 15 at 2pm? Cheers, Priyanka, Tessera Talent",
        "interview",
        interview_at="2026-12-15T14:00",
        company="Tessera",
    ),
    Labelled(
        "en_thirtieth_82",
        "---------- Forwarded message ---------\nFrom: Ella Brooks <ella.brooks@harborline.com>\nDate: Tue, Dec 8, 2026 at 5:02 PM\nSubject: Interview\nTo: <kim@gmail.com>\n\nHi Kim,\n\nWe'd like to invite you to an interview on Thursday at 10am at our office.\n\nBest,\nElla Brooks",
        "interview",
        interview_at="2026-12-10T10:00",
        company="Harborline",
        recruiter="Ella Brooks",
    ),
    Labelled(
        "fr_thirtieth_83",
        "Bonjour Karim,\nJe vous propose un entretien visio mercredi 6 janvier à 16h30. Le lien Teams suivra.\nCordialement,\nMarion Chevalier\nAdecco",
        "interview",
        interview_at="2027-01-06T16:30",
        company="Adecco",
        recruiter="Marion Chevalier",
    ),
    Labelled(
        "fr_thirtieth_84",
        "Bonjour,\n\nNous accusons bonne réception de votre candidature au poste de Développeur Full Stack. Elle va être étudiée avec attention par nos équipes.\n\nL'équipe Recrutement\nOctalis",
        "received",
        company="Octalis",
    ),
    Labelled(
        "en_thirtieth_85",
        "From: Workday <noreply@myworkday.com>\nSubject: Thank you for applying to Kraftline\n\nDear Sam,\nThank you for your interest in Kraftline. We have received your application for Supply Chain Analyst and will review it shortly.\nKraftline Talent Acquisition",
        "received",
        company="Kraftline",
    ),
    Labelled(
        "en_thirtieth_86",
        "Hi Ava, thanks for applying to Lumenly! Our team is reviewing your application and will be in touch if there's a match. — The Lumenly Team",
        "received",
        company="Lumenly",
    ),
    Labelled(
        "fr_thirtieth_87",
        "Bonjour Thomas,\nVotre candidature a bien été transmise à l'entreprise Vinci Énergies via Welcome to the Jungle. Bonne chance !\nL'équipe Welcome to the Jungle",
        "received",
        company="Vinci Énergies",
    ),
    Labelled(
        "en_thirtieth_88",
        "From: no-reply@greenhouse.io\nSubject: Thanks for applying to Fathom\n\nHi Jess,\n\nThanks for your interest in Fathom! We've received your application for the Backend Engineer role. Our team will review it and get back to you.\n\nFathom Recruiting Team",
        "received",
        company="Fathom",
    ),
    Labelled(
        "fr_thirtieth_89",
        "Bonjour Madame Petit,\nNous avons bien reçu votre candidature et nous vous en remercions. Nous l'étudions et revenons vers vous rapidement.\nCordialement,\nSylvie Adam\nAssistante RH\nClinique des Lilas",
        "received",
        company="Clinique des Lilas",
        recruiter="Sylvie Adam",
    ),
    Labelled(
        "en_thirtieth_90",
        "Hello,\nThis is an automated message. Your application has been received by Delacroix Partners. Please do not reply to this email.",
        "received",
        company="Delacroix Partners",
    ),
    Labelled(
        "fr_thirtieth_91",
        "Bonjour Lucie, votre candidature pour le poste d'infirmière a bien été enregistrée. Nous ne manquerons pas de revenir vers vous. Cordialement, Service RH – CHU de Rennes",
        "received",
        company="CHU de Rennes",
    ),
    Labelled(
        "fr_thirtieth_92",
        "Bonjour Paul, j'espère que vous allez bien ! Je me permets de vous contacter car votre profil m'intéresse pour une opportunité en CDI chez un de nos clients. Seriez-vous ouvert à un échange ? Laura Mendes, Consultante chez Spring France",
        "other",
        company="Spring France",
        recruiter="Laura Mendes",
    ),
    Labelled(
        "en_thirtieth_93",
        "Hi Alex, could you send me an updated CV and your salary expectations? Thanks, Jenna, Recruiter, Blueharbor",
        "other",
        company="Blueharbor",
    ),
    Labelled(
        "en_thirtieth_95",
        "Hello Sophie,\nWe're excited to offer you the position of Project Coordinator! Please find the offer letter attached.\nBest,\nDaniel Moore\nHR, Summit Events",
        "other",
        company="Summit Events",
        recruiter="Daniel Moore",
    ),
    Labelled(
        "fr_thirtieth_96",
        "Bonjour Antoine, pour avancer sur votre candidature, merci de compléter le test technique en ligne avant le 15 décembre. Cordialement, Équipe Talents, Sopra Steria",
        "other",
        company="Sopra Steria",
    ),
    Labelled(
        "en_thirtieth_97",
        "Hi there, just a reminder that our careers fair is next Tuesday. Hope to see you! The Ridgeway team",
        "other",
        company="Ridgeway",
    ),
    Labelled(
        "fr_thirtieth_98",
        "Bonjour Sophie,\n\nMerci pour votre candidature au poste de responsable logistique. Nous avons été impressionnés par votre parcours ; cependant, nous avons choisi un candidat dont l'expérience en supply chain internationale correspond davantage à nos besoins.\n\nJe vous souhaite une excellente continuation.\n\nCordialement,\n\n--\nMarie-Claire Dupont\nResponsable Talent Acquisition\nGroupe Altea Logistique\nTél : 01 23 45 67 89\nwww.altea-logistique.fr\n\nCe message et ses pièces jointes sont confidentiels.",
        "refusal",
        reason="missing_skills",
        skill="supply chain internationale",
        company="Groupe Altea Logistique",
        recruiter="Marie-Claire Dupont",
    ),
    Labelled(
        "en_thirtieth_99",
        "Dear Olivia,\n\nThank you so much for the time you invested in our process. The team enjoyed meeting you. After a lot of deliberation we decided to move ahead with a candidate whose experience is closer to what we need right now. We'll keep your details on file.\n\nWarm regards,\nJames Whitaker\nTalent Lead\nOakridge Foods\n+44 20 7946 0000",
        "refusal",
        reason="none",
        company="Oakridge Foods",
        recruiter="James Whitaker",
    ),
    Labelled(
        "fr_thirtieth_100",
        "Bonjour Baptiste,\n\nNous avons bien étudié votre candidature. Si un poste correspondant à votre profil venait à se libérer, nous ne manquerions pas de vous recontacter. Pour le poste actuel, nous ne donnerons pas suite.\n\nCordialement,\nAgnès Moulin\nService du personnel, Mairie de Vannes",
        "refusal",
        reason="none",
        company="Mairie de Vannes",
        recruiter="Agnès Moulin",
    ),
    Labelled(
        "en_thirtieth_101",
        "Hi Max,\n\nUnfortunately we won't be moving forward. If you had more experience with Kubernetes we would have considered you, but for now we need someone who can hit the ground running.\n\nBest,\nTara Singh\nInfra Recruiting @ Stackr",
        "refusal",
        reason="missing_skills",
        skill="Kubernetes",
        company="Stackr",
        recruiter="Tara Singh",
    ),
    Labelled(
        "en_thirtieth_103",
        "Hello Diego,\n\nThank you for interviewing with us. We loved your portfolio! We'd like to move you to the next stage: an on-site interview on Friday, December 18 at 1:30 PM.\n\nBest,\nNatalie Cruz\nDesign Recruiter, Mosaic Labs",
        "interview",
        interview_at="2026-12-18T13:30",
        company="Mosaic Labs",
        recruiter="Natalie Cruz",
    ),
    Labelled(
        "en_thirtieth_105",
        "Hi Kate, quick update: we're still interviewing and should have news for you before Christmas. Thanks for your patience! Ben, Hiring Manager at Copperleaf",
        "answer_date",
        answer_by="2026-12-24",
        company="Copperleaf",
    ),
    Labelled(
        "fr_thirtieth_106",
        "Bonjour Malik,\n\nJe suis consultante au sein du cabinet Hudson. Notre client a décidé de ne pas poursuivre avec votre candidature ; il recherchait un profil avec une expérience en conduite du changement.\n\nBien à vous,\nLaetitia Renaud\nHudson",
        "refusal",
        reason="missing_skills",
        skill="conduite du changement",
        company="Hudson",
        recruiter="Laetitia Renaud",
    ),
    Labelled(
        "fr_thirtieth_107",
        "Bonjour Chloé, hélas ce n'est pas pour cette fois 😕 On a choisi une personne avec plus d'expérience en SEO. Belle continuation ! Marine, Growth Lead @ Papayou",
        "refusal",
        reason="missing_skills",
        skill="SEO",
        company="Papayou",
    ),
    Labelled(
        "en_thirtieth_108",
        "Dear Samuel,\nWe are writing to inform you that your application for the position of Nurse was unsuccessful on this occasion.\nYours sincerely,\nRecruitment Services\nSt Mary's Hospital",
        "refusal",
        reason="none",
        company="St Mary's Hospital",
    ),
    Labelled(
        "fr_thirtieth_109",
        "Bonjour Madame,\n\nVotre candidature n'a pas été retenue. Nous recherchons en effet une personne ayant une meilleure maîtrise du français écrit.\n\nCordialement,\nJean-Pierre Leclerc\nNotaire associé, Office Leclerc",
        "refusal",
        reason="missing_skills",
        skill="français écrit",
        company="Office Leclerc",
        recruiter="Jean-Pierre Leclerc",
    ),
    Labelled(
        "en_thirtieth_110",
        "Hi Ana,\nThanks for your application. We're looking for someone who is a cultural fit and who looks the part — younger and more energetic — so we'll pass for now.\nBest,\nRick Stone\nStone Fitness",
        "refusal",
        reason="discriminatory",
        company="Stone Fitness",
        recruiter="Rick Stone",
        criteria=("age", "appearance"),
    ),
    Labelled(
        "fr_thirtieth_111",
        "Bonjour Émilie, nous vous remercions de votre intérêt pour Decathlon. Nous ne pouvons pas donner suite à votre candidature, mais nous avons actuellement d'autres postes ouverts en magasin. Sportivement, l'équipe recrutement Decathlon",
        "refusal",
        reason="other_opening",
        company="Decathlon",
    ),
    Labelled(
        "en_thirtieth_112",
        "Hi Ollie, the role you applied for is on hold, but we expect to reopen it in 2 months. I'll be in touch then. Cheers, Nia Roberts, Fable Games",
        "refusal",
        reason="opening_later",
        months=2,
        company="Fable Games",
        recruiter="Nia Roberts",
    ),
    Labelled(
        "fr_thirtieth_113",
        "Bonjour Arnaud,\nJe reviens vers vous : le client a retenu un autre candidat. Je garde votre CV pour d'autres missions.\nCordialement,\nSébastien Morin\nChargé d'affaires – Randstad",
        "refusal",
        reason="none",
        company="Randstad",
        recruiter="Sébastien Morin",
    ),
    Labelled(
        "en_thirtieth_114",
        "Hello Ines,\n\nThanks for your time on the phone yesterday. As discussed, we'll share feedback with you by Wednesday at the latest.\n\nBest,\nPaul Grant\nRecruiter, Seabright",
        "answer_date",
        answer_by="2026-12-16",
        company="Seabright",
        recruiter="Paul Grant",
    ),
    Labelled(
        "fr_thirtieth_115",
        "Bonjour Victor,\n\nPour faire suite à votre candidature, je vous propose de nous rencontrer le jeudi 7 janvier à 14h, au siège de Lyon.\n\nCordialement,\n\nSandrine Meyer\nDRH\nGroupe Serdis",
        "interview",
        interview_at="2027-01-07T14:00",
        company="Groupe Serdis",
        recruiter="Sandrine Meyer",
    ),
    Labelled(
        "en_thirtieth_116",
        "Dear Ms. Haddad,\n\nThank you for attending the interview. The panel has decided not to offer you the role. Please note that we are unable to provide individual feedback.\n\nYours sincerely,\nHuman Resources\nBrookfield University",
        "refusal",
        reason="none",
        company="Brookfield University",
    ),
    Labelled(
        "fr_thirtieth_117",
        "Bonjour, après étude de votre dossier, votre candidature ne correspond pas au profil recherché : une expérience significative en paie est requise. Cordialement, Cabinet Comptable Duroc",
        "refusal",
        reason="missing_skills",
        skill="paie",
        company="Cabinet Comptable Duroc",
    ),
    Labelled(
        "en_thirtieth_118",
        "Hi Marcus,\nI'm reaching out from Talentix on behalf of our client, a fintech scale-up. They've decided not to move forward with your profile.\nBest,\nAmelia Ford\nTalentix",
        "refusal",
        reason="none",
        company="Talentix",
        recruiter="Amelia Ford",
    ),
    Labelled(
        "fr_thirtieth_119",
        "Bonjour Jade,\nMerci pour votre candidature. Nous la gardons en vivier et reviendrons vers vous avant le 31 janvier.\nCordialement,\nRH Atelier Brume",
        "answer_date",
        answer_by="2027-01-31",
        company="Atelier Brume",
    ),
    Labelled(
        "en_thirtieth_120",
        "Hi Eva, great news – the team wants to meet you! Would Monday 11 January at 11:00 work for a video call? Thanks, Lucy Ng, People Ops, Zenbox",
        "interview",
        interview_at="2027-01-11T11:00",
        company="Zenbox",
        recruiter="Lucy Ng",
    ),
    Labelled(
        "fr_thirtieth_121",
        "Bonjour Florian,\nNous sommes désolés, votre candidature n'a pas été retenue. Vous pouvez toutefois postuler à nos autres offres actuellement en ligne sur notre site.\nCordialement,\nGaëlle Perrot\nRecrutement – Biocoop",
        "refusal",
        reason="other_opening",
        company="Biocoop",
        recruiter="Gaëlle Perrot",
    ),
    Labelled(
        "en_thirtieth_122",
        "Hi Jonah,\nWe really enjoyed meeting you, but we're looking for someone who won't need time off for childcare, given the travel. We won't move forward.\nThanks,\nDerek Hall\nHall Freight",
        "refusal",
        reason="discriminatory",
        company="Hall Freight",
        recruiter="Derek Hall",
        criteria=("family",),
    ),
    Labelled(
        "fr_thirtieth_123",
        "Bonjour Rachid,\nMalgré vos compétences, nous craignons que votre nom ne passe pas bien auprès de notre clientèle. Nous ne retenons pas votre candidature.\nCordialement,\nDidier Lambert\nLambert Immobilier",
        "refusal",
        reason="discriminatory",
        company="Lambert Immobilier",
        recruiter="Didier Lambert",
        criteria=("origin",),
    ),
    Labelled(
        "en_thirtieth_124",
        "Hello Ravi,\n\nThank you for applying. At this stage we are prioritizing candidates with a strong background in machine learning, so we won't be moving forward with your application.\n\nBest regards,\nSofia Marin\nTalent Acquisition\nQuantix AI",
        "refusal",
        reason="missing_skills",
        skill="machine learning",
        company="Quantix AI",
        recruiter="Sofia Marin",
    ),
    Labelled(
        "fr_thirtieth_125",
        "Bonjour Claire,\n\nNous avons le plaisir de vous convier à un entretien le 5 janvier à 10h30.\n\nBien cordialement,\nOlivia Marchetti\nCabinet Fidal",
        "interview",
        interview_at="2027-01-05T10:30",
        company="Cabinet Fidal",
        recruiter="Olivia Marchetti",
    ),
    Labelled(
        "fr_thirtieth_126",
        "Bonjour Margaux,\nNous n'avons pas retenu votre candidature. Votre niveau en espagnol ne correspond pas aux exigences du poste.\nSincèrement,\nLuis Ortega\nIbera Tours",
        "refusal",
        reason="missing_skills",
        skill="espagnol",
        company="Ibera Tours",
        recruiter="Luis Ortega",
    ),
    Labelled(
        "en_thirtieth_127",
        "Hi Tom, thanks for your interest in Verdant. Unfortunately this isn't going to work out. Best of luck! Kelly",
        "refusal",
        reason="none",
        company="Verdant",
    ),
    Labelled(
        "fr_thirtieth_128",
        "Bonjour,\nVotre candidature au poste de serveur a bien été reçue. Nous vous contacterons d'ici la fin de la semaine pour un éventuel entretien.\nLa Brasserie du Marché",
        "answer_date",
        answer_by="2026-12-13",
        company="La Brasserie du Marché",
    ),
    Labelled(
        "en_thirtieth_129",
        "Dear Ahmed,\n\nAfter reviewing your application, we regret that we cannot consider it further, as we require at least five years of experience in corporate law.\n\nYours faithfully,\nMargaret Hughes\nPartner, Hughes & Wood LLP",
        "refusal",
        reason="missing_skills",
        skill="corporate law",
        company="Hughes & Wood LLP",
        recruiter="Margaret Hughes",
    ),
    Labelled(
        "fr_thirtieth_130",
        "Bonjour Benoît,\nJe suis au regret de vous annoncer que nous ne retenons pas votre candidature. Nous ouvrirons cependant un poste équivalent dans environ six mois, je me permettrai alors de vous recontacter.\nCordialement,\nClaire Vasseur\nCabinet Vasseur Recrutement",
        "refusal",
        reason="opening_later",
        months=6,
        company="Cabinet Vasseur Recrutement",
        recruiter="Claire Vasseur",
    ),
    Labelled(
        "en_thirtieth_131",
        "Hi Lily,\nThanks for coming in. We'll be making our decision in the next few days and will let you know by Tuesday.\nRegards,\nNick Baker\nBaker Creative",
        "answer_date",
        answer_by="2026-12-15",
        company="Baker Creative",
        recruiter="Nick Baker",
    ),
    Labelled(
        "fr_thirtieth_132",
        "Bonjour Nora,\n\nVotre profil correspond à ce que nous cherchons. Je vous propose un premier échange téléphonique lundi 14 décembre à 17h.\n\nBelle journée,\nMathilde Rey\nTalent Acquisition Manager – Qonto",
        "interview",
        interview_at="2026-12-14T17:00",
        company="Qonto",
        recruiter="Mathilde Rey",
    ),
    Labelled(
        "en_thirtieth_133",
        "Hi Ivan,\n\nWe've decided not to proceed. To be honest, we need a stronger command of English for client calls.\n\nRegards,\nRebecca Moss\nGlobalReach",
        "refusal",
        reason="missing_skills",
        skill="English",
        company="GlobalReach",
        recruiter="Rebecca Moss",
    ),
    Labelled(
        "fr_thirtieth_134",
        "Bonjour Étienne,\nNous ne pourrons pas donner suite : nous cherchons quelqu'un de plus jeune pour ce poste en start-up.\nCordialement,\nAxel Durand\nFounder, Kairn",
        "refusal",
        reason="discriminatory",
        company="Kairn",
        recruiter="Axel Durand",
        criteria=("age",),
    ),
    Labelled(
        "en_thirtieth_135",
        "Hello Mei,\nThank you for your application to Orchid Retail. Sadly your application has not been successful. We encourage you to apply for other roles currently open on our careers site.\nOrchid Retail Careers",
        "refusal",
        reason="other_opening",
        company="Orchid Retail",
    ),
    Labelled(
        "fr_thirtieth_136",
        "Bonjour Manon,\nNous vous remercions pour votre candidature. Nous l'étudierons et vous répondrons sous 48 heures.\nCordialement,\nL'équipe RH – Fromagerie Berthaut",
        "answer_date",
        answer_by="2026-12-12",
        company="Fromagerie Berthaut",
    ),
    Labelled(
        "en_thirtieth_137",
        "Hi Gabriel, we're not able to move forward, and we won't keep your application on file. Please don't reapply for this role. Regards, Recruiting, Halvorsen Energy",
        "refusal",
        reason="categorical",
        company="Halvorsen Energy",
    ),
    Labelled(
        "fr_thirtieth_138",
        "Bonjour Sandra,\nJe vous confirme notre rendez-vous pour l'entretien le lundi 11/01 à 14h15 dans nos locaux de Bordeaux.\nCordialement,\nThierry Marchal\nResponsable d'exploitation, Garonne Transports",
        "interview",
        interview_at="2027-01-11T14:15",
        company="Garonne Transports",
        recruiter="Thierry Marchal",
    ),
    Labelled(
        "en_thirtieth_139",
        "Hi Chen,\nWe appreciate your interest. Unfortunately we're looking for a candidate with strong SAP FICO experience, so we won't progress your application at this stage. We'll be opening another finance role in around 3 months and would welcome your application then.\nBest,\nMegan Fox\nFinance Recruiter, Tallis",
        "refusal",
        reason="opening_later",
        months=3,
        company="Tallis",
        recruiter="Megan Fox",
    ),
    Labelled(
        "fr_thirtieth_140",
        "Bonjour Lise,\n\nC'est avec regret que nous vous informons que votre candidature n'a pas été retenue.\n\nRecevez nos salutations distinguées.\n\nLa Direction\nHôtel Le Grand Large",
        "refusal",
        reason="none",
        company="Hôtel Le Grand Large",
    ),
    Labelled(
        "en_thirtieth_141",
        "Hello Sophie, thanks for the chat! We'll get back to you with next steps within 5 business days. Regards, Matt, Talent at Glimmer",
        "answer_date",
        answer_by="2026-12-17",
        company="Glimmer",
    ),
    Labelled(
        "fr_thirtieth_142",
        "Bonjour Corentin,\nMerci pour votre candidature spontanée. Nous n'avons pas de poste ouvert actuellement mais nous recruterons dans trois mois pour la saison ; n'hésitez pas à nous recontacter.\nCordialement,\nCamping Les Pins",
        "refusal",
        reason="opening_later",
        months=3,
        company="Camping Les Pins",
    ),
    Labelled(
        "fr_thirtieth_143",
        "Bonjour Valentin,\n\nNous avons décidé de ne pas donner suite à votre candidature. Votre profil est très technique, alors que le poste requiert davantage de compétences commerciales.\n\nBien à vous,\nÉmilie Caron\nCaron Solutions",
        "refusal",
        reason="missing_skills",
        skill="compétences commerciales",
        company="Caron Solutions",
        recruiter="Émilie Caron",
    ),
    Labelled(
        "en_thirtieth_144",
        "Hi Sarah, I'm afraid the team went with someone else. Keep an eye on our careers page though, we have other openings right now in Customer Success. Best, Jamie Fox | Recruiter | Loopwise",
        "refusal",
        reason="other_opening",
        company="Loopwise",
        recruiter="Jamie Fox",
    ),
    Labelled(
        "fr_thirtyfirst_01",
        "Bonjour Aurélie, après mûre réflexion, nous avons décidé de ne pas retenir votre candidature. Bien cordialement, Stéphane Morel, Responsable RH, Groupe Novalis",
        "refusal",
        reason="none",
        company="Groupe Novalis",
        recruiter="Stéphane Morel",
    ),
    Labelled(
        "en_thirtyfirst_02",
        "Hi Jess,\n\nThanks for your patience throughout the process. Unfortunately, the team has decided to move forward with other candidates.\n\nBest regards,\nKaren Miles\nTalent Acquisition Partner\nBlueFin Software",
        "refusal",
        reason="none",
        company="BlueFin Software",
        recruiter="Karen Miles",
    ),
    Labelled(
        "en_thirtyfirst_03",
        "From: Lever <no-reply@hire.lever.co>\nSubject: Your application at Corvid\n\nHi Sam,\n\nThank you for your interest in Corvid. After reviewing your application, we've decided not to move forward at this time.\n\nThe Corvid Hiring Team",
        "refusal",
        reason="none",
        company="Corvid",
    ),
    Labelled(
        "fr_thirtyfirst_04",
        "Bonjour,\nNous vous informons que le poste pour lequel vous avez postulé a été pourvu.\nNous vous remercions de l'intérêt que vous portez à notre entreprise.\nService Recrutement – Laboratoires Pierrefonds",
        "refusal",
        reason="none",
        company="Laboratoires Pierrefonds",
    ),
    Labelled(
        "fr_thirtyfirst_05",
        "De : Anne-Sophie Girard <as.girard@keolia.fr>\nEnvoyé : lundi 7 décembre 2026 18:04\nÀ : Marc Dupont\nObjet : Candidature chef de projet\n\nBonjour Marc,\n\nNous ne donnerons pas suite à votre candidature : nous recherchons un profil ayant une solide expérience en gestion de budget.\n\nCordialement,\nAnne-Sophie Girard",
        "refusal",
        reason="missing_skills",
        skill="gestion de budget",
        company="Keolia",
        recruiter="Anne-Sophie Girard",
    ),
    Labelled(
        "en_thirtyfirst_06",
        "Hi Leo, thanks for interviewing with us. We really liked you, but we need someone with strong Go experience for this backend role, so we'll pass this time. Regards, Dana Kim, Recruiter, Rivet",
        "refusal",
        reason="missing_skills",
        skill="Go",
        company="Rivet",
        recruiter="Dana Kim",
    ),
    Labelled(
        "fr_thirtyfirst_07",
        "Bonjour Clémence,\n\nVotre candidature n'a pas été retenue, votre niveau d'italien étant insuffisant pour ce poste en lien avec notre siège de Milan.\n\nBien à vous,\nGiulia Ferri\nRH – Casa Ferri",
        "refusal",
        reason="missing_skills",
        skill="italien",
        company="Casa Ferri",
        recruiter="Giulia Ferri",
    ),
    Labelled(
        "en_thirtyfirst_08",
        "Dear Tom,\n\nThank you for your application. Unfortunately, we require candidates to have a valid CSCS card, which you do not currently have.\n\nKind regards,\nSteve Rogers\nSite Manager, Rogers Construction",
        "refusal",
        reason="missing_skills",
        skill="CSCS card",
        company="Rogers Construction",
        recruiter="Steve Rogers",
    ),
    Labelled(
        "fr_thirtyfirst_09",
        "Bonjour Nathan, nous avons choisi un candidat disposant d'une meilleure connaissance du secteur bancaire. Nous ne poursuivrons donc pas avec vous. Cordialement, Hélène Vial, Finexia",
        "refusal",
        reason="missing_skills",
        skill="secteur bancaire",
        company="Finexia",
        recruiter="Hélène Vial",
    ),
    Labelled(
        "en_thirtyfirst_10",
        "Hello Paula,\nWe won't be moving forward. The hiring manager felt your Figma skills aren't strong enough yet for a senior product designer.\nCheers,\nOwen Price\nDesign Recruiter @ Kite",
        "refusal",
        reason="missing_skills",
        skill="Figma",
        company="Kite",
        recruiter="Owen Price",
    ),
    Labelled(
        "fr_thirtyfirst_11",
        "Bonjour,\nMalheureusement nous ne pouvons pas donner suite : le poste demande une expérience confirmée en management, ce qui n'est pas le cas de votre parcours.\nCordialement,\nPascal Henry\nDirecteur commercial, Agrivia",
        "refusal",
        reason="missing_skills",
        skill="management",
        company="Agrivia",
        recruiter="Pascal Henry",
    ),
    Labelled(
        "fr_thirtyfirst_12",
        "Bonjour Inès,\n\nNous ne retenons pas votre candidature pour ce poste, mais nous ouvrirons un poste similaire dans deux mois. Je vous invite à postuler à ce moment-là.\n\nCordialement,\nSylvain Roy\nChargé de recrutement, Mutuelle Astrée",
        "refusal",
        reason="opening_later",
        months=2,
        company="Mutuelle Astrée",
        recruiter="Sylvain Roy",
    ),
    Labelled(
        "en_thirtyfirst_13",
        "Hi Jamal,\nUnfortunately we've hired someone for this role. We're planning to grow the team again in about five months and I'd love to keep you in mind.\nBest,\nClaire Hughes\nPeople Lead, Tandem Health",
        "refusal",
        reason="opening_later",
        months=5,
        company="Tandem Health",
        recruiter="Claire Hughes",
    ),
    Labelled(
        "fr_thirtyfirst_14",
        "Bonjour Sébastien, le poste a été attribué en interne. Nous devrions toutefois recruter un second technicien d'ici 3 mois ; je vous recontacterai. Bien cordialement, Nicolas Fabre, Thermitec",
        "refusal",
        reason="opening_later",
        months=3,
        company="Thermitec",
        recruiter="Nicolas Fabre",
    ),
    Labelled(
        "en_thirtyfirst_15",
        "Dear Anika,\n\nWe are unable to offer you the role. However, we are currently hiring for a Junior Analyst position that may suit your profile — please apply on our careers site.\n\nKind regards,\nRobert Lang\nHR Advisor, Lang & Co",
        "refusal",
        reason="other_opening",
        company="Lang & Co",
        recruiter="Robert Lang",
    ),
    Labelled(
        "fr_thirtyfirst_16",
        "Bonjour Jérémy,\nVotre profil ne correspond pas à ce poste, mais nous recrutons actuellement plusieurs techniciens de maintenance : n'hésitez pas à postuler.\nBien à vous,\nFabienne Roux\nRH, Aéroservices",
        "refusal",
        reason="other_opening",
        company="Aéroservices",
        recruiter="Fabienne Roux",
    ),
    Labelled(
        "fr_thirtyfirst_17",
        "Bonjour Monsieur Laurent,\nNous vous confirmons notre décision : votre candidature n'est pas retenue. Cette décision est irrévocable.\nCordialement,\nLa Direction des Ressources Humaines\nCaisse Régionale Armorique",
        "refusal",
        reason="categorical",
        company="Caisse Régionale Armorique",
    ),
    Labelled(
        "en_thirtyfirst_18",
        "Hi Mike, we have reviewed your appeal and our decision stands: we will not be moving forward and this is final. Regards, Jane Ellis, HR, Portway",
        "refusal",
        reason="categorical",
        company="Portway",
        recruiter="Jane Ellis",
    ),
    Labelled(
        "fr_thirtyfirst_19",
        "Bonjour Nadia,\n\nVotre candidature est solide mais nous cherchons une personne plus jeune pour compléter l'équipe.\n\nCordialement,\nOlivier Garnier\nGarnier Événements",
        "refusal",
        reason="discriminatory",
        company="Garnier Événements",
        recruiter="Olivier Garnier",
        criteria=("age",),
    ),
    Labelled(
        "en_thirtyfirst_20",
        "Hi Sofia,\nWe feel that with young children at home you may struggle with the hours, so we won't proceed.\nBest,\nDan Cole\nCole Logistics",
        "refusal",
        reason="discriminatory",
        company="Cole Logistics",
        recruiter="Dan Cole",
        criteria=("family",),
    ),
    Labelled(
        "fr_thirtyfirst_21",
        "Bonjour Youssef, nous préférons une équipe homogène et nous ne recrutons que des personnes de nationalité française pour ce poste. Cordialement, Henri Blanc, Sécurité Plus",
        "refusal",
        reason="discriminatory",
        company="Sécurité Plus",
        recruiter="Henri Blanc",
        criteria=("nationality",),
    ),
    Labelled(
        "en_thirtyfirst_22",
        "Dear Ruth,\nGiven your health condition mentioned during the interview, we don't think the role is right for you and we won't be moving forward.\nRegards,\nAlan Webb\nWebb Manufacturing",
        "refusal",
        reason="discriminatory",
        company="Webb Manufacturing",
        recruiter="Alan Webb",
        criteria=("health",),
    ),
    Labelled(
        "fr_thirtyfirst_23",
        "Bonjour Fatou, votre voile ne correspond pas à l'image que nous souhaitons donner en boutique. Nous ne donnerons pas suite. Cordialement, Boutique Élégance",
        "refusal",
        reason="discriminatory",
        company="Boutique Élégance",
        criteria=("religion",),
    ),
    Labelled(
        "en_thirtyfirst_24",
        "Hi Carlos,\nWe're looking for a woman for this role, to balance the team. Sorry, we won't proceed.\nThanks,\nLinda Hayes\nHayes Dental",
        "refusal",
        reason="discriminatory",
        company="Hayes Dental",
        recruiter="Linda Hayes",
        criteria=("sex",),
    ),
    Labelled(
        "fr_thirtyfirst_25",
        "Bonjour Marc, nous avons appris que vous étiez délégué syndical chez votre ancien employeur et préférons ne pas donner suite. Cordialement, Usine Berthier",
        "refusal",
        reason="discriminatory",
        company="Usine Berthier",
        criteria=("union",),
    ),
    Labelled(
        "en_thirtyfirst_26",
        "Hello Kofi, your accent is a little strong for our front-line sales calls, so we'll pass. Best, Emma Lowe, Brightline Sales",
        "refusal",
        reason="discriminatory",
        company="Brightline Sales",
        recruiter="Emma Lowe",
        criteria=("accent",),
    ),
    Labelled(
        "fr_thirtyfirst_27",
        "Bonjour Romane,\n\nMerci pour votre venue hier. Nous reviendrons vers vous d'ici vendredi prochain.\n\nBien cordialement,\nJulien Carré\nManager, Librairie Carré",
        "answer_date",
        answer_by="2026-12-18",
        company="Librairie Carré",
        recruiter="Julien Carré",
    ),
    Labelled(
        "en_thirtyfirst_28",
        "Hi Matt,\nThanks for meeting with us. We'll make a decision within the next 10 days and let you know.\nBest,\nSusan Cho\nRecruiter, Lakeview Partners",
        "answer_date",
        answer_by="2026-12-20",
        company="Lakeview Partners",
        recruiter="Susan Cho",
    ),
    Labelled(
        "en_thirtyfirst_30",
        "Hello Rita, the panel meets next week and we'll be in touch by 18 December. Regards, George Hall, Hall Brothers",
        "answer_date",
        answer_by="2026-12-18",
        company="Hall Brothers",
        recruiter="George Hall",
    ),
    Labelled(
        "fr_thirtyfirst_31",
        "Bonjour Léna,\nNous reviendrons vers vous début janvier pour vous faire part de notre décision.\nCordialement,\nFlorence Dumont\nCabinet Dumont & Associés",
        "answer_date",
        answer_by="2027-01-10",
        company="Cabinet Dumont & Associés",
        recruiter="Florence Dumont",
    ),
    Labelled(
        "en_thirtyfirst_32",
        "Hi Omar, just to let you know we'll have an answer for you by Monday. Thanks for your patience. Alice Grant, People Team, Fernway",
        "answer_date",
        answer_by="2026-12-14",
        company="Fernway",
        recruiter="Alice Grant",
    ),
    Labelled(
        "fr_thirtyfirst_33",
        "Bonjour Pierre,\n\nNous vous remercions pour votre candidature. Nous vous ferons un retour sous huit jours.\n\nCordialement,\nL'équipe RH\nBrasserie Lemaire",
        "answer_date",
        answer_by="2026-12-18",
        company="Brasserie Lemaire",
    ),
    Labelled(
        "fr_thirtyfirst_34",
        "Bonjour Manon,\n\nVotre profil nous intéresse ! Je vous propose un entretien le mercredi 16 décembre à 10h dans nos locaux.\n\nCordialement,\nThomas Vidal\nResponsable de secteur, Biocoop",
        "interview",
        interview_at="2026-12-16T10:00",
        company="Biocoop",
        recruiter="Thomas Vidal",
    ),
    Labelled(
        "en_thirtyfirst_35",
        "Hi Kevin, would you be free for a video interview on Tuesday 5 January at 2:30pm? Best, Nora Quinn, Talent at Helix Bio",
        "interview",
        interview_at="2027-01-05T14:30",
        company="Helix Bio",
        recruiter="Nora Quinn",
    ),
    Labelled(
        "fr_thirtyfirst_36",
        "Bonjour, suite à votre candidature, nous vous convions à un entretien le 14/12 à 11h30. Merci de confirmer. Cordialement, Clinique Saint-Luc",
        "interview",
        interview_at="2026-12-14T11:30",
        company="Clinique Saint-Luc",
    ),
    Labelled(
        "fr_thirtyfirst_37",
        "---------- Message transféré ---------\nDe : Laure Besson <laure.besson@orvea.com>\nDate : mar. 8 déc. 2026 à 11:20\nObjet : Entretien\nÀ : <paul@gmail.com>\n\nBonjour Paul,\n\nJe vous propose un entretien vendredi à 15h.\n\nBien à vous,\nLaure Besson",
        "interview",
        interview_at="2026-12-11T15:00",
        company="Orvea",
        recruiter="Laure Besson",
    ),
    Labelled(
        "en_thirtyfirst_38",
        "Dear Emily,\n\nWe are delighted to invite you to an assessment day on Thursday 14 January 2027 at 9:00 am at our London office.\n\nYours sincerely,\nPeter Grant\nGraduate Recruitment, Carver Bank",
        "interview",
        interview_at="2027-01-14T09:00",
        company="Carver Bank",
        recruiter="Peter Grant",
    ),
    Labelled(
        "fr_thirtyfirst_39",
        "Bonjour Hugo, on aimerait te rencontrer ! Tu serais dispo lundi 14 décembre à 18h pour un call ? Bonne journée, Camille Robin, Talent @ Swile",
        "interview",
        interview_at="2026-12-14T18:00",
        company="Swile",
        recruiter="Camille Robin",
    ),
    Labelled(
        "fr_thirtyfirst_41",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de comptable et vous en remercions. Elle sera étudiée avec la plus grande attention.\n\nLe Service RH\nGroupe Pasquier",
        "received",
        company="Groupe Pasquier",
    ),
    Labelled(
        "en_thirtyfirst_42",
        "From: SmartRecruiters <noreply@smartrecruiters.com>\nSubject: Application received\n\nHi Anna,\nThank you for applying to Elmwood Hotels. We have received your application and our team will review it.\nElmwood Hotels Recruitment",
        "received",
        company="Elmwood Hotels",
    ),
    Labelled(
        "fr_thirtyfirst_43",
        "Bonjour Julie, merci pour votre candidature chez Lydia ! Elle est bien arrivée et notre équipe l'examine. L'équipe Talent de Lydia",
        "received",
        company="Lydia",
    ),
    Labelled(
        "en_thirtyfirst_44",
        "Hi Mark, thanks for applying to Ravelin — we've got your application and will be in touch soon. Ravelin Talent Team",
        "received",
        company="Ravelin",
    ),
    Labelled(
        "fr_thirtyfirst_45",
        "Bonjour Alexandre,\nJe suis consultant chez Page Personnel et je recrute pour un client un contrôleur de gestion. Votre profil m'intéresse : êtes-vous à l'écoute du marché ?\nCordialement,\nVincent Morel\nPage Personnel",
        "other",
        company="Page Personnel",
        recruiter="Vincent Morel",
    ),
    Labelled(
        "en_thirtyfirst_46",
        "Hi Priya, congratulations! We'd like to offer you the role of Data Analyst. Please find the contract attached. Best, Lisa Grey, HR, Veritas Data",
        "other",
        company="Veritas Data",
        recruiter="Lisa Grey",
    ),
    Labelled(
        "fr_thirtyfirst_47",
        "Bonjour, merci de nous envoyer une copie de votre diplôme et deux références. Cordialement, Service RH, Mairie de Lorient",
        "other",
        company="Mairie de Lorient",
    ),
    Labelled(
        "fr_thirtyfirst_48",
        "Bonjour Antoine,\n\nNous avons étudié votre candidature avec attention. Malheureusement, elle ne correspond pas aux besoins actuels du poste. Nous la conservons dans notre vivier et ne manquerons pas de vous recontacter si une opportunité se présentait.\n\nCordialement,\n\nSabrina Lopez\nChargée de recrutement\nGroupe Vitalis\n01 45 67 89 00\n\nAvertissement : ce message est confidentiel.",
        "refusal",
        reason="none",
        company="Groupe Vitalis",
        recruiter="Sabrina Lopez",
    ),
    Labelled(
        "en_thirtyfirst_49",
        "Hi Nick,\n\nI wanted to personally let you know that we've decided to go in a different direction for the Account Executive role. It was a tough decision.\n\nAll the best,\nMaria Santos\nSales Director | Brightpath Media",
        "refusal",
        reason="none",
        company="Brightpath Media",
        recruiter="Maria Santos",
    ),
    Labelled(
        "fr_thirtyfirst_50",
        "Bonjour Zoé, nous avons bien aimé votre profil mais avons retenu quelqu'un maîtrisant déjà Salesforce. Belle continuation, Mathilde Perrin – Cabinet Orion RH",
        "refusal",
        reason="missing_skills",
        skill="Salesforce",
        company="Cabinet Orion RH",
        recruiter="Mathilde Perrin",
    ),
    Labelled(
        "en_thirtyfirst_51",
        "Dear Hugo,\nThank you for your time. We regret to inform you that we have selected another applicant. We have other roles open at the moment in our Lyon office; feel free to apply.\nKind regards,\nSarah Blake\nAtlas Hotels",
        "refusal",
        reason="other_opening",
        company="Atlas Hotels",
        recruiter="Sarah Blake",
    ),
    Labelled(
        "fr_thirtyfirst_52",
        "Bonjour Lucie,\nLe recrutement est gelé pour le moment. Le poste devrait rouvrir dans environ six mois et je reviendrai vers vous.\nBien à vous,\nÉric Masson\nDirecteur, Atelier Masson",
        "refusal",
        reason="opening_later",
        months=6,
        company="Atelier Masson",
        recruiter="Éric Masson",
    ),
    Labelled(
        "en_thirtyfirst_53",
        "Hi Daniel, unfortunately your application was not successful. We're looking for someone who fits our young team culture better — ideally under 30. Best wishes, Jake Ford, Ford Digital",
        "refusal",
        reason="discriminatory",
        company="Ford Digital",
        recruiter="Jake Ford",
        criteria=("age",),
    ),
    Labelled(
        "fr_thirtyfirst_54",
        "Bonjour Amandine,\nVotre candidature n'est pas retenue : nous avons besoin d'une personne ayant le permis C, que vous ne possédez pas.\nCordialement,\nTransports Lebrun",
        "refusal",
        reason="missing_skills",
        skill="permis C",
        company="Transports Lebrun",
    ),
    Labelled(
        "en_thirtyfirst_55",
        "Hello Jin,\nI'm sorry to say we won't be moving ahead. We need someone with native-level Japanese for client meetings.\nRegards,\nKen Sato\nSato Trading",
        "refusal",
        reason="missing_skills",
        skill="Japanese",
        company="Sato Trading",
        recruiter="Ken Sato",
    ),
    Labelled(
        "fr_thirtyfirst_56",
        "Bonjour Olivia, suite à notre échange téléphonique, je vous confirme un entretien avec la directrice le jeudi 7 janvier à 9h30. À bientôt, Delphine Marchal, Randstad",
        "interview",
        interview_at="2027-01-07T09:30",
        company="Randstad",
        recruiter="Delphine Marchal",
    ),
    Labelled(
        "en_thirtyfirst_57",
        "Hi Ella,\nThank you for your application to Pinewood School. Unfortunately it has not been successful on this occasion.\nYours sincerely,\nHR Office\nPinewood School",
        "refusal",
        reason="none",
        company="Pinewood School",
    ),
    Labelled(
        "fr_thirtyfirst_58",
        "Bonjour Maxime, désolé, ce ne sera pas possible cette fois-ci : nous avons choisi un profil plus expérimenté. Bonne continuation ! Jérôme Millet, Millet Paysages",
        "refusal",
        reason="missing_skills",
        company="Millet Paysages",
        recruiter="Jérôme Millet",
    ),
    Labelled(
        "en_thirtyfirst_59",
        "Hi Grace, we're still gathering feedback from the panel and expect to get back to you by the end of next week. Thanks, Rob Turner, Turner Analytics",
        "answer_date",
        answer_by="2026-12-20",
        company="Turner Analytics",
        recruiter="Rob Turner",
    ),
    Labelled(
        "fr_thirtysecond_01",
        "Bonjour Gaël, merci pour votre candidature. Nous sommes au regret de ne pas pouvoir y donner une suite favorable. Sincères salutations, Véronique Lemaire, Assistante RH, Menuiseries Lemaire",
        "refusal",
        reason="none",
        company="Menuiseries Lemaire",
        recruiter="Véronique Lemaire",
    ),
    Labelled(
        "en_thirtysecond_02",
        "Hi Aiden,\nWe appreciate your interest in Northstar. We have decided to proceed with applicants whose qualifications better align with the role.\nRegards,\nNorthstar Talent Acquisition",
        "refusal",
        reason="none",
        company="Northstar",
    ),
    Labelled(
        "fr_thirtysecond_03",
        "Bonjour Salomé,\n\nNous avons retenu un autre profil, disposant d'une plus grande expérience en droit social.\n\nBien à vous,\nMaître Caroline Berger\nCabinet Berger Avocats",
        "refusal",
        reason="missing_skills",
        skill="droit social",
        company="Cabinet Berger Avocats",
        recruiter="Caroline Berger",
    ),
    Labelled(
        "en_thirtysecond_04",
        "Hi Tariq, thanks for the interview. Unfortunately the team needs someone more experienced with Terraform, so we won't move forward. Best, Holly Grant, Recruiter at Skyforge",
        "refusal",
        reason="missing_skills",
        skill="Terraform",
        company="Skyforge",
        recruiter="Holly Grant",
    ),
    Labelled(
        "fr_thirtysecond_05",
        "Bonjour Mathis,\nVotre maîtrise de SolidWorks est jugée insuffisante pour ce poste de dessinateur. Nous ne retenons pas votre candidature.\nCordialement,\nBruno Lefort\nMécanique Lefort",
        "refusal",
        reason="missing_skills",
        skill="SolidWorks",
        company="Mécanique Lefort",
        recruiter="Bruno Lefort",
    ),
    Labelled(
        "en_thirtysecond_06",
        "Dear Sienna,\nWe won't be progressing your application as the role requires fluent Mandarin.\nBest wishes,\nHarriet Cole\nEastbridge Consulting",
        "refusal",
        reason="missing_skills",
        skill="Mandarin",
        company="Eastbridge Consulting",
        recruiter="Harriet Cole",
    ),
    Labelled(
        "fr_thirtysecond_07",
        "Bonjour Agathe,\n\nNous ne pourrons pas vous proposer ce poste. En revanche, nous ouvrirons un poste de chargée de communication dans quatre mois et je penserai à vous.\n\nCordialement,\nIrène Vasseur\nOffice de Tourisme de Dinard",
        "refusal",
        reason="opening_later",
        months=4,
        company="Office de Tourisme de Dinard",
        recruiter="Irène Vasseur",
    ),
    Labelled(
        "en_thirtysecond_08",
        "Hi Noor,\nWe've filled this role, but a similar position will open in around 2 months. I'll reach out then.\nCheers,\nFinn O'Connor\nWillow Games",
        "refusal",
        reason="opening_later",
        months=2,
        company="Willow Games",
        recruiter="Finn O'Connor",
    ),
    Labelled(
        "fr_thirtysecond_09",
        "Bonjour Loïc, votre candidature n'est pas retenue pour ce poste, mais d'autres postes sont ouverts actuellement sur notre site carrière. Cordialement, Aurélie Fournier, Groupe Eiffel",
        "refusal",
        reason="other_opening",
        company="Groupe Eiffel",
        recruiter="Aurélie Fournier",
    ),
    Labelled(
        "en_thirtysecond_10",
        "Hello Max,\nThis role has been filled, but we are hiring right now for two other developer positions — take a look on our careers page.\nBest,\nNina Shah\nPeople Ops, Quanta",
        "refusal",
        reason="other_opening",
        company="Quanta",
        recruiter="Nina Shah",
    ),
    Labelled(
        "fr_thirtysecond_11",
        "Bonjour,\nNous ne donnerons pas suite et ne reviendrons pas sur notre décision. Merci de ne plus nous relancer.\nRH – Groupe Martel",
        "refusal",
        reason="categorical",
        company="Groupe Martel",
    ),
    Labelled(
        "fr_thirtysecond_12",
        "Bonjour Sylvie,\nNous cherchons plutôt quelqu'un en début de carrière, vous comprendrez qu'à votre âge le poste ne conviendrait pas.\nCordialement,\nPatrick Noël\nNoël Distribution",
        "refusal",
        reason="discriminatory",
        company="Noël Distribution",
        recruiter="Patrick Noël",
        criteria=("age",),
    ),
    Labelled(
        "en_thirtysecond_13",
        "Hi Hana, the client prefers a male candidate for this warehouse role, so I can't submit you. Sorry, Tom Reid, Reid Recruitment",
        "refusal",
        reason="discriminatory",
        company="Reid Recruitment",
        recruiter="Tom Reid",
        criteria=("sex",),
    ),
    Labelled(
        "fr_thirtysecond_14",
        "Bonjour Leïla,\nNous craignons qu'une future grossesse ne perturbe le projet. Nous ne donnerons pas suite.\nCordialement,\nMarc Delorme\nDelorme Conseil",
        "refusal",
        reason="discriminatory",
        company="Delorme Conseil",
        recruiter="Marc Delorme",
        criteria=("pregnancy",),
    ),
    Labelled(
        "en_thirtysecond_15",
        "Dear Amir,\nWe need someone whose faith won't interfere with weekend shifts, so we won't proceed.\nRegards,\nNeil Parker\nParker Retail",
        "refusal",
        reason="discriminatory",
        company="Parker Retail",
        recruiter="Neil Parker",
        criteria=("religion",),
    ),
    Labelled(
        "fr_thirtysecond_16",
        "Bonjour Jules,\n\nMerci pour votre temps. Nous vous ferons un retour d'ici le 18 décembre.\n\nCordialement,\nSophie Marchand\nMarchand Immobilier",
        "answer_date",
        answer_by="2026-12-18",
        company="Marchand Immobilier",
        recruiter="Sophie Marchand",
    ),
    Labelled(
        "en_thirtysecond_17",
        "Hi Beth, thanks for chatting today! We'll get back to you by the end of the week. Best, Ryan Cole, Talent Partner, Arrowhead",
        "answer_date",
        answer_by="2026-12-13",
        company="Arrowhead",
        recruiter="Ryan Cole",
    ),
    Labelled(
        "fr_thirtysecond_18",
        "Bonjour Timothée,\nNous vous donnerons notre réponse courant février.\nBien cordialement,\nL'équipe recrutement de la Banque Verte",
        "answer_date",
        answer_by="2027-02-28",
        company="Banque Verte",
    ),
    Labelled(
        "en_thirtysecond_19",
        "Hello Ivy,\nWe expect to have an update for you within three weeks.\nKind regards,\nOscar Bell\nBell & Stone",
        "answer_date",
        answer_by="2026-12-31",
        company="Bell & Stone",
        recruiter="Oscar Bell",
    ),
    Labelled(
        "fr_thirtysecond_20",
        "Bonjour Elsa,\nJe vous propose un entretien le lundi 11 janvier à 15h30 en visio.\nBien à vous,\nAntoine Gilbert\nChargé de recrutement\nManpower",
        "interview",
        interview_at="2027-01-11T15:30",
        company="Manpower",
        recruiter="Antoine Gilbert",
    ),
    Labelled(
        "en_thirtysecond_21",
        "Hi Connor, can you come in for an interview on Wednesday at 2pm? Thanks, Abby Lewis, Office Manager, Greystone Legal",
        "interview",
        interview_at="2026-12-16T14:00",
        company="Greystone Legal",
        recruiter="Abby Lewis",
    ),
    Labelled(
        "fr_thirtysecond_22",
        "Bonjour Chloé,\nSuite à votre candidature, nous souhaitons vous rencontrer le 15/12 à 16h.\nCordialement,\nPharmacie du Centre",
        "interview",
        interview_at="2026-12-15T16:00",
        company="Pharmacie du Centre",
    ),
    Labelled(
        "en_thirtysecond_23",
        "Hello Ben,\nWe'd like to invite you to a second interview on 8 January at 10:30 with our CTO.\nBest regards,\nMaya Stein\nRecruiting, Orbit Robotics",
        "interview",
        interview_at="2027-01-08T10:30",
        company="Orbit Robotics",
        recruiter="Maya Stein",
    ),
    Labelled(
        "fr_thirtysecond_24",
        "Bonjour,\nNous accusons réception de votre candidature spontanée. Nous l'étudierons avec attention.\nCordialement,\nService RH\nImprimerie Daumier",
        "received",
        company="Imprimerie Daumier",
    ),
    Labelled(
        "en_thirtysecond_25",
        "From: Workday <noreply@myworkday.com>\nSubject: Application received\n\nThank you for applying to Ardent Health. Your application for Nurse Practitioner has been received.\nArdent Health Careers",
        "received",
        company="Ardent Health",
    ),
    Labelled(
        "fr_thirtysecond_27",
        "Bonjour Adèle, félicitations, nous avons le plaisir de vous proposer le poste ! Vous trouverez la promesse d'embauche en pièce jointe. Cordialement, Jean Roussel, DRH, Roussel Industries",
        "other",
        company="Roussel Industries",
        recruiter="Jean Roussel",
    ),
    Labelled(
        "fr_thirtysecond_28",
        "Bonjour Simon,\n\nAprès étude de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Le poste exige en effet une habilitation électrique que vous ne possédez pas.\n\nCordialement,\nLaurent Brunet\nÉlec Services 35",
        "refusal",
        reason="missing_skills",
        skill="habilitation électrique",
        company="Élec Services 35",
        recruiter="Laurent Brunet",
    ),
    Labelled(
        "en_thirtysecond_29",
        "Hi Jade,\n\nThanks again for your interest. We've decided not to take your application further — we went with someone who has more experience in B2B marketing.\n\nWarmly,\nSarah Fox\nHead of Marketing, Lumio",
        "refusal",
        reason="missing_skills",
        skill="B2B marketing",
        company="Lumio",
        recruiter="Sarah Fox",
    ),
    Labelled(
        "fr_thirtysecond_30",
        "Bonjour Kenza, hélas nous ne pourrons pas poursuivre avec vous. Nous vous souhaitons bonne chance dans vos recherches. Belle journée, Amandine Roche – Recrutement Kiloutou",
        "refusal",
        reason="none",
        company="Kiloutou",
        recruiter="Amandine Roche",
    ),
    Labelled(
        "fr_thirtythird_01",
        "Bonjour Maëlle, nous vous remercions pour votre candidature mais nous ne pouvons y répondre favorablement. Salutations distinguées, Direction, Hôtel des Voyageurs",
        "refusal",
        reason="none",
        company="Hôtel des Voyageurs",
    ),
    Labelled(
        "en_thirtythird_02",
        "Hi Oscar,\n\nAfter careful review, we have decided not to proceed with your candidacy. We appreciate the time you invested.\n\nRegards,\nJulia Stone\nHR Coordinator\nPrairie Foods Inc.",
        "refusal",
        reason="none",
        company="Prairie Foods Inc.",
        recruiter="Julia Stone",
    ),
    Labelled(
        "fr_thirtythird_03",
        "Bonjour Théo,\nVous n'avez malheureusement pas assez d'expérience en vente terrain pour ce poste de commercial. Nous ne donnerons pas suite.\nCordialement,\nAline Bertin\nBertin Matériaux",
        "refusal",
        reason="missing_skills",
        skill="vente terrain",
        company="Bertin Matériaux",
        recruiter="Aline Bertin",
    ),
    Labelled(
        "en_thirtythird_04",
        "Hi Mila, thanks for your time. We're looking for someone with deeper experience in Kotlin, so we won't move forward at this stage. Best, Evan Marsh, Mobile Recruiter, Appwise",
        "refusal",
        reason="missing_skills",
        skill="Kotlin",
        company="Appwise",
        recruiter="Evan Marsh",
    ),
    Labelled(
        "fr_thirtythird_05",
        "Bonjour Anthony,\nLe poste est pourvu. Un poste équivalent sera ouvert dans environ cinq mois ; n'hésitez pas à repostuler.\nCordialement,\nMarine Colas\nColas Paysage",
        "refusal",
        reason="opening_later",
        months=5,
        company="Colas Paysage",
        recruiter="Marine Colas",
    ),
    Labelled(
        "en_thirtythird_06",
        "Hello Iris,\nWe've chosen another candidate, but we have several other roles open right now in our support team. Feel free to apply!\nBest,\nTara Quinn\nHelpdesk Co",
        "refusal",
        reason="other_opening",
        company="Helpdesk Co",
        recruiter="Tara Quinn",
    ),
    Labelled(
        "fr_thirtythird_07",
        "Bonjour, notre décision est définitive et nous ne donnerons pas suite à vos relances. Cordialement, Service RH, Groupe Lavoisier",
        "refusal",
        reason="categorical",
        company="Groupe Lavoisier",
    ),
    Labelled(
        "fr_thirtythird_08",
        "Bonjour Christine,\nNous avons préféré un profil plus jeune, plus en phase avec notre clientèle.\nCordialement,\nKevin Marchand\nMarchand Mode",
        "refusal",
        reason="discriminatory",
        company="Marchand Mode",
        recruiter="Kevin Marchand",
        criteria=("age",),
    ),
    Labelled(
        "en_thirtythird_09",
        "Hi Sam, we can't move forward because of your wheelchair — the office isn't adapted. Sorry. Greg White, White & Co",
        "refusal",
        reason="discriminatory",
        company="White & Co",
        recruiter="Greg White",
        criteria=("disability",),
    ),
    Labelled(
        "fr_thirtythird_10",
        "Bonjour Aïcha,\n\nMerci pour l'entretien. Nous vous répondrons d'ici jeudi prochain.\n\nBien à vous,\nPaul Lemoine\nLemoine Architectes",
        "answer_date",
        answer_by="2026-12-17",
        company="Lemoine Architectes",
        recruiter="Paul Lemoine",
    ),
    Labelled(
        "en_thirtythird_11",
        "Hi Tyler, thank you for interviewing today! We plan to get back to all candidates by 22 December. Best, Olivia Ray, Talent Lead, Northbeam",
        "answer_date",
        answer_by="2026-12-22",
        company="Northbeam",
        recruiter="Olivia Ray",
    ),
    Labelled(
        "fr_thirtythird_12",
        "Bonjour Gabin,\nNous serions heureux de vous recevoir en entretien le vendredi 8 janvier à 14h.\nCordialement,\nÉmilie Rousseau\nChargée de recrutement – Lacoste",
        "interview",
        interview_at="2027-01-08T14:00",
        company="Lacoste",
        recruiter="Émilie Rousseau",
    ),
    Labelled(
        "en_thirtythird_13",
        "Hi Ruby, could you do a 45-minute interview on Monday 14 December at 9:30am? Cheers, Sam Patel, Hiring Manager, Glowform",
        "interview",
        interview_at="2026-12-14T09:30",
        company="Glowform",
        recruiter="Sam Patel",
    ),
    Labelled(
        "fr_thirtythird_14",
        "Bonjour Louis,\nNous avons bien reçu votre candidature au poste de magasinier et reviendrons vers vous si votre profil est retenu.\nL'équipe RH – Entrepôts du Nord",
        "received",
        company="Entrepôts du Nord",
    ),
    Labelled(
        "en_thirtythird_15",
        "From: Teamtailor <noreply@teamtailor.com>\nSubject: Thanks for your application\n\nHi Emma, thanks for applying to Nordvik! We'll review your application shortly.\nNordvik Talent Team",
        "received",
        company="Nordvik",
    ),
    Labelled(
        "fr_thirtythird_16",
        "Bonjour Pauline, pourriez-vous me transmettre vos prétentions salariales ? Merci, Juliette Faure, RH, Faure Cosmétiques",
        "other",
        company="Faure Cosmétiques",
        recruiter="Juliette Faure",
    ),
    Labelled(
        "en_thirtythird_17",
        "---------- Forwarded message ---------\nFrom: Nathan Price <nathan.price@corbel.io>\nDate: Mon, Dec 7, 2026 at 9:14 AM\nSubject: Re: Application\nTo: <lea@gmail.com>\n\nHi Léa,\n\nThanks for your application. Unfortunately we need someone with strong experience in Rust for this role, so we won't move forward.\n\nBest,\nNathan",
        "refusal",
        reason="missing_skills",
        skill="Rust",
        company="Corbel",
        recruiter="Nathan Price",
    ),
    Labelled(
        "fr_thirtythird_18",
        "Bonjour Romain,\n\nMalheureusement, votre candidature n'a pas été retenue. Nous recrutons toutefois actuellement pour d'autres postes en logistique, consultables sur notre site.\n\nCordialement,\nSandrine Maréchal\nGroupe Arcadis Logistique",
        "refusal",
        reason="other_opening",
        company="Groupe Arcadis Logistique",
        recruiter="Sandrine Maréchal",
    ),
    Labelled(
        "en_thirtythird_19",
        "Hi Will,\nThanks for applying. We're only considering candidates without childcare commitments for this travel-heavy role, so we won't proceed.\nRegards,\nMeg Turner\nTurner Travel",
        "refusal",
        reason="discriminatory",
        company="Turner Travel",
        recruiter="Meg Turner",
        criteria=("family",),
    ),
    Labelled(
        "fr_thirtythird_20",
        "Bonjour Emma, nous ne retenons pas votre candidature : nous cherchons un profil bilingue anglais. Bonne continuation, Hugo Baron, Baron Export",
        "refusal",
        reason="missing_skills",
        skill="anglais",
        company="Baron Export",
        recruiter="Hugo Baron",
    ),
    Labelled(
        "fr_thirtyfourth_1",
        "Bonjour Camille,\n\nJe reviens vers vous concernant le poste de contrôleur de gestion chez notre client. Après échange avec lui, votre candidature n'a pas été retenue.\n\nBien cordialement,\nMathilde Royer\nConsultante\nAlpha Recrutement",
        "refusal",
        reason="none",
        company="Alpha Recrutement",
        recruiter="Mathilde Royer",
    ),
    Labelled(
        "en_thirtyfourth_2",
        "Hi Daniel,\n\nThanks for your interest in the Data Analyst role with our client. Unfortunately they have decided to progress with other candidates.\n\nKind regards,\nRebecca Hale\nSenior Consultant\nBridgewater Recruitment",
        "refusal",
        reason="none",
        company="Bridgewater Recruitment",
        recruiter="Rebecca Hale",
    ),
    Labelled(
        "fr_thirtyfourth_3",
        "Bonjour Yanis,\nNotre client recherche un profil maîtrisant SAP FI, ce qui n'apparaît pas dans votre parcours. Nous ne pourrons donc pas présenter votre candidature.\nCordialement,\nOlivier Besson\nBesson & Associés Conseil",
        "refusal",
        reason="missing_skills",
        skill="SAP FI",
        company="Besson & Associés Conseil",
        recruiter="Olivier Besson",
    ),
    Labelled(
        "en_thirtyfourth_4",
        "Hello Priya,\nThe client felt your background lacks hands-on experience with Salesforce, so they won't be taking your application further.\nBest,\nTom Archer\nArcher Talent",
        "refusal",
        reason="missing_skills",
        skill="Salesforce",
        company="Archer Talent",
        recruiter="Tom Archer",
    ),
    Labelled(
        "fr_thirtyfourth_5",
        "Bonjour Inès,\n\nLe poste a été pourvu. En revanche, notre client ouvrira un poste similaire d'ici six mois environ : je me permettrai de vous recontacter.\n\nBien à vous,\nLaure Vidal\nVidal Partners",
        "refusal",
        reason="opening_later",
        months=6,
        company="Vidal Partners",
        recruiter="Laure Vidal",
    ),
    Labelled(
        "en_thirtyfourth_6",
        "Hi Marcus,\nThe client has filled the role, but we currently have a couple of similar openings with other clients that could suit you. Let me know if you'd like details.\nCheers,\nJade Porter\nPorter Consulting",
        "refusal",
        reason="other_opening",
        company="Porter Consulting",
        recruiter="Jade Porter",
    ),
    Labelled(
        "fr_thirtyfourth_7",
        "Bonjour Nadia,\nJe vous propose un premier échange téléphonique le mardi 15 décembre à 11h pour discuter du poste.\nBien cordialement,\nSébastien Morel\nCabinet Morel RH",
        "interview",
        interview_at="2026-12-15T11:00",
        company="Cabinet Morel RH",
        recruiter="Sébastien Morel",
    ),
    Labelled(
        "en_thirtyfourth_8",
        "Hi Chloe,\nThanks for the chat earlier. I'll share your profile with the client and come back to you by Friday 18 December.\nBest,\nLiam Ford\nKeystone Talent Partners",
        "answer_date",
        answer_by="2026-12-18",
        company="Keystone Talent Partners",
        recruiter="Liam Ford",
    ),
    Labelled(
        "fr_thirtyfourth_9",
        "Bonjour Hugo,\n\nNous avons étudié votre candidature avec attention. Nous sommes au regret de vous informer qu'elle ne correspond pas à nos besoins actuels.\n\nCordialement,\nClaire Martin\nResponsable RH\nBoulangeries Delmas",
        "refusal",
        reason="none",
        company="Boulangeries Delmas",
        recruiter="Claire Martin",
    ),
    Labelled(
        "en_thirtyfourth_10",
        "Dear Ahmed,\n\nThank you for taking the time to meet with us. While we were impressed with your experience, we have decided to pursue candidates whose profiles more closely match our requirements.\n\nSincerely,\nKaren Lowe\nPeople Operations\nRidgeline Software",
        "refusal",
        reason="none",
        company="Ridgeline Software",
        recruiter="Karen Lowe",
    ),
    Labelled(
        "fr_thirtyfourth_11",
        "Bonjour Lucie,\nPour ce poste, la maîtrise de l'allemand est indispensable et votre niveau ne nous semble pas suffisant. Nous ne donnerons donc pas suite.\nCordialement,\nFrédéric Klein\nKlein Automobiles",
        "refusal",
        reason="missing_skills",
        skill="allemand",
        company="Klein Automobiles",
        recruiter="Frédéric Klein",
    ),
    Labelled(
        "fr_thirtyfourth_12",
        "Bonjour Kevin,\nVotre profil est intéressant mais il vous manque une expérience en management d'équipe, qui est essentielle pour ce poste.\nBien cordialement,\nSophie Garnier\nGarnier Distribution",
        "refusal",
        reason="missing_skills",
        skill="management d'équipe",
        company="Garnier Distribution",
        recruiter="Sophie Garnier",
    ),
    Labelled(
        "en_thirtyfourth_13",
        "Hello Ana,\nUnfortunately your experience with AWS is too limited for this senior role, so we've decided not to move forward.\nThanks,\nRyan Cole\nCloudnest",
        "refusal",
        reason="missing_skills",
        skill="AWS",
        company="Cloudnest",
        recruiter="Ryan Cole",
    ),
    Labelled(
        "fr_thirtyfourth_14",
        "Bonjour Mathis,\nNous avons retenu un autre candidat. Nous prévoyons cependant de recruter à nouveau sur ce type de poste dans environ quatre mois.\nCordialement,\nAnne Perrin\nPerrin Transports",
        "refusal",
        reason="opening_later",
        months=4,
        company="Perrin Transports",
        recruiter="Anne Perrin",
    ),
    Labelled(
        "en_thirtyfourth_15",
        "Hi Sofia,\nWe've offered the position to another candidate. We expect to reopen a similar role in about two months, and we'd be glad to hear from you then.\nBest wishes,\nHelen Burke\nMaple Dental",
        "refusal",
        reason="opening_later",
        months=2,
        company="Maple Dental",
        recruiter="Helen Burke",
    ),
    Labelled(
        "fr_thirtyfourth_16",
        "Bonjour Eva,\nVotre candidature n'a pas été retenue pour ce poste, mais d'autres offres sont actuellement ouvertes dans notre service client. N'hésitez pas à les consulter.\nCordialement,\nJulien Roux\nRoux Assurances",
        "refusal",
        reason="other_opening",
        company="Roux Assurances",
        recruiter="Julien Roux",
    ),
    Labelled(
        "fr_thirtyfourth_17",
        "Bonjour Thomas,\nNous ne reviendrons pas sur cette décision et vous remercions de ne plus nous relancer.\nCordialement,\nService recrutement\nMaison Ferrand",
        "refusal",
        reason="categorical",
        company="Maison Ferrand",
    ),
    Labelled(
        "en_thirtyfourth_18",
        "Hi Lucas,\nPlease note this decision is final and we will not be considering any future applications from you.\nRegards,\nHR Team\nStonebridge Bank",
        "refusal",
        reason="categorical",
        company="Stonebridge Bank",
    ),
    Labelled(
        "fr_thirtyfourth_19",
        "Bonjour Fatou,\nNous craignons que votre accent soit un frein avec nos clients au téléphone. Nous ne donnerons pas suite.\nCordialement,\nPatrick Lenoir\nLenoir Télécom",
        "refusal",
        reason="discriminatory",
        company="Lenoir Télécom",
        recruiter="Patrick Lenoir",
        criteria=("accent",),
    ),
    Labelled(
        "en_thirtyfourth_20",
        "Hi Grace,\nThe team is quite young and we're worried you might not fit in at your stage of career, so we won't proceed.\nBest,\nDerek Shaw\nPulsewave",
        "refusal",
        reason="discriminatory",
        company="Pulsewave",
        recruiter="Derek Shaw",
        criteria=("age",),
    ),
    Labelled(
        "fr_thirtyfourth_21",
        "Bonjour Sarah,\nVous nous avez indiqué être enceinte ; ce poste nécessitant une présence immédiate à temps plein, nous ne poursuivrons pas.\nCordialement,\nMarc Duval\nDuval Immobilier",
        "refusal",
        reason="discriminatory",
        company="Duval Immobilier",
        recruiter="Marc Duval",
        criteria=("pregnancy",),
    ),
    Labelled(
        "fr_thirtyfourth_22",
        "Bonjour Pierre,\n\nMerci pour votre venue. Nous vous donnerons notre réponse d'ici le 17 décembre.\n\nBien cordialement,\nNathalie Brun\nBrun Menuiserie",
        "answer_date",
        answer_by="2026-12-17",
        company="Brun Menuiserie",
        recruiter="Nathalie Brun",
    ),
    Labelled(
        "en_thirtyfourth_23",
        "Hi Owen,\nThanks again for interviewing with us. You'll hear from us within two weeks.\nBest,\nEmily Ward\nTalent Acquisition, Brightpath",
        "answer_date",
        answer_by="2026-12-24",
        company="Brightpath",
        recruiter="Emily Ward",
    ),
    Labelled(
        "fr_thirtyfourth_24",
        "Bonjour Léna,\nNous souhaiterions vous rencontrer pour un entretien le lundi 4 janvier à 10h30 dans nos locaux.\nCordialement,\nCaroline Petit\nPetit Cosmétiques",
        "interview",
        interview_at="2027-01-04T10:30",
        company="Petit Cosmétiques",
        recruiter="Caroline Petit",
    ),
    Labelled(
        "en_thirtyfourth_25",
        "Hi Noah,\nWould you be available for a video interview on Wednesday 16 December at 3pm?\nBest regards,\nAmy Lin\nRecruiter, Solara Energy",
        "interview",
        interview_at="2026-12-16T15:00",
        company="Solara Energy",
        recruiter="Amy Lin",
    ),
    Labelled(
        "fr_thirtyfourth_26",
        "Bonjour Jules,\nMerci pour votre candidature. Pourriez-vous nous envoyer vos disponibilités et vos prétentions salariales ?\nCordialement,\nÉlodie Faure\nFaure Conseil",
        "other",
        company="Faure Conseil",
        recruiter="Élodie Faure",
    ),
    Labelled(
        "en_thirtyfourth_27",
        "Hi Ethan, thanks for reaching out about the PM role. We've decided to go with an internal candidate. Wish you the best! — Nina Alvarez, Recruiter at Quantix",
        "refusal",
        reason="none",
        company="Quantix",
        recruiter="Nina Alvarez",
    ),
    Labelled(
        "fr_thirtyfourth_28",
        "Bonjour Manon, merci pour votre message. Le poste nécessite une solide expérience en gestion de paie, que nous ne retrouvons pas dans votre profil. Bonne continuation ! Cédric Haas, Talent Acquisition chez Payflow",
        "refusal",
        reason="missing_skills",
        skill="gestion de paie",
        company="Payflow",
        recruiter="Cédric Haas",
    ),
    Labelled(
        "en_thirtyfourth_29",
        "Hi Leo, I'd love to set up a quick call on Thursday 17 December at 2pm to talk about the role. Does that work? Sara Kim, Technical Recruiter at Vantor",
        "interview",
        interview_at="2026-12-17T14:00",
        company="Vantor",
        recruiter="Sara Kim",
    ),
    Labelled(
        "en_thirtyfourth_30",
        "From: Greenhouse <no-reply@greenhouse.io>\nSubject: Your application to Fernlake\n\nHi Zoe,\n\nThank you for applying to the Backend Engineer position at Fernlake. After careful consideration, we have decided not to move forward with your application.\n\nThe Fernlake Recruiting Team",
        "refusal",
        reason="none",
        company="Fernlake",
    ),
    Labelled(
        "fr_thirtyfourth_31",
        "De : Welcome to the Jungle <ne-pas-repondre@welcometothejungle.com>\nObjet : Votre candidature chez Lumio\n\nBonjour Clément,\n\nMerci d'avoir postulé chez Lumio. Nous avons bien reçu votre candidature et reviendrons vers vous rapidement.\n\nL'équipe Lumio",
        "received",
        company="Lumio",
    ),
    Labelled(
        "en_thirtyfourth_32",
        "From: Workday <noreply@myworkday.com>\nSubject: Application received\n\nDear Hannah,\n\nThank you for your application for Operations Manager at Crestmoor Foods. We have received it and will be in touch if your profile matches.\n\nCrestmoor Foods Talent Acquisition",
        "received",
        company="Crestmoor Foods",
    ),
    Labelled(
        "fr_thirtyfourth_33",
        "De : SmartRecruiters <no-reply@smartrecruiters.com>\nObjet : Mise à jour de votre candidature\n\nBonjour Alice,\n\nNous vous remercions de l'intérêt porté à Verdane. Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.\n\nL'équipe Recrutement Verdane",
        "refusal",
        reason="none",
        company="Verdane",
    ),
    Labelled(
        "fr_thirtyfourth_34",
        "---------- Message transféré ---------\nDe : Hélène Marchal <h.marchal@atelier-sirius.fr>\nDate : lun. 7 déc. 2026 à 16:20\nObjet : Votre candidature\nÀ : <romain@gmail.com>\n\nBonjour Romain,\n\nNous recherchons une personne ayant une expérience confirmée en soudure TIG, ce qui n'est pas votre cas. Nous ne pouvons pas donner suite.\n\nCordialement,\nHélène Marchal",
        "refusal",
        reason="missing_skills",
        skill="soudure TIG",
        company="Atelier Sirius",
        recruiter="Hélène Marchal",
    ),
    Labelled(
        "fr_thirtyfourth_35",
        "Bonjour Bastien,\nNous avons décidé de privilégier des candidats sans contrainte familiale pour ce poste avec déplacements. Nous ne donnerons pas suite.\nCordialement,\nIsabelle Noël\nNoël Voyages",
        "refusal",
        reason="discriminatory",
        company="Noël Voyages",
        recruiter="Isabelle Noël",
        criteria=("family",),
    ),
    Labelled(
        "en_thirtyfourth_36",
        "Hi Ella,\nUnfortunately we're looking for someone with more experience in B2B sales, so we've decided to move on with other applicants.\nThanks,\nChris Young\nLeadforge Recruitment",
        "refusal",
        reason="missing_skills",
        skill="B2B sales",
        company="Leadforge Recruitment",
        recruiter="Chris Young",
    ),
    Labelled(
        "fr_thirtyfourth_37",
        "Bonjour Raphaël,\nNous avons choisi un candidat dont le profil correspond davantage aux attentes du poste. Nous vous souhaitons une bonne continuation.\nBien cordialement,\nAgnès Colin\nTalentia Conseil",
        "refusal",
        reason="none",
        company="Talentia Conseil",
        recruiter="Agnès Colin",
    ),
)
