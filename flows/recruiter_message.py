"""What a recruiter's message says, read from its own words, in French and English.

``read_message(text, now=..., tz=..., country=...)`` returns a ``Reading``: the kind of
message (a refusal, an announced answer date, an interview invitation, an acknowledgement, or
something else), for a refusal its reason as the policy's ``RefusalReason`` (with the months of
F3a, the skill of a missing-skill refusal and the criteria of an N3 motive), the last day of an
announced answer window, the interview's moment, the company and the recruiter's name, and for
each of them the exact words that decided it. It is pure: no clock, no I/O.

How it reads, in order:

1. ``message_text.split_message`` keeps the first message only (forwarded header read for its
   sender and date, quoted replies and disclaimers cut off, the signature set apart).
2. Cues are regular expressions over the folded body (lower case, no accents; an index in it
   is an index in the text, so the evidence is the recruiter's own words). A cue inside a
   conditional ("si votre profil est retenu...", "if you have not heard from us...") or
   inside an equal-opportunity statement ("sans distinction d'âge...") does not count.
3. The kind: a refusal cue wins, unless an interview is offered with its moment; then an
   invitation; then an answer promised with a date; then an acknowledgement; a refusal's reason
   cue alone (an N3 motive, a missing skill...) still makes a refusal.
4. The reason, strongest first: N3 (a motive the law forbids: the twelve criteria below), F3a
   (an opening in N months), F3b (other openings now), a missing skill, N1 (categorical), and
   F1 (none given) otherwise.
5. The dates are read relative to the day the message was sent (the forwarded header's date,
   else ``now``): ``message_dates`` finds the phrase in the text, ``flows.dates.read_when``
   says what it means (the same reader as the dialogs'), and ``message_dates``' own reading
   stands for a phrase ``read_when`` does not take.

Command line (one JSON object a line in, one out, flushed; never stops on a bad line)::

    echo '{"text": "...", "now": "2026-12-10T10:00:00+01:00", "tz": "Europe/Paris", \
"country": "FR"}' | python -m flows.recruiter_message --json
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from flows.dates import DateProblem, Prefer, When, read_when
from flows.first_names import is_first_name
from flows.message_dates import (
    DAY_AFTER,
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    DateHit,
    find_dates,
    find_times,
)
from flows.message_text import Header, MessageParts, fold, split_message
from flows.policy import RefusalReason


class Kind(StrEnum):
    """What the recruiter's message is."""

    REFUSAL = "refusal"
    ANSWER_DATE = "answer_date"
    INTERVIEW = "interview"
    RECEIVED = "received"
    OTHER = "other"


class Criterion(StrEnum):
    """The criteria of French law a refusal motive can betray (Défenseur des droits' list)."""

    AGE = "age"
    ORIGIN = "origin"
    NATIONALITY = "nationality"
    SEX = "sex"
    PREGNANCY = "pregnancy"
    FAMILY = "family"
    APPEARANCE = "appearance"
    ACCENT = "accent"
    DISABILITY = "disability"
    HEALTH = "health"
    RELIGION = "religion"
    UNION = "union"


@dataclass(frozen=True)
class Evidence:
    """The words that decided one field."""

    field: str
    words: str


@dataclass(frozen=True)
class Reading:
    """What the message says; a field not found is None."""

    kind: Kind
    reason: RefusalReason | None = None
    months: int | None = None
    skill: str | None = None
    criteria: tuple[Criterion, ...] = ()
    answer_by: dt.date | None = None
    interview_at: dt.datetime | None = None
    company: str | None = None
    recruiter: str | None = None
    sent_at: dt.datetime | None = None
    evidence: tuple[Evidence, ...] = ()

    def words(self, field_name: str) -> str | None:
        """The evidence of one field, if any."""
        return next((e.words for e in self.evidence if e.field == field_name), None)

    def to_json(self) -> dict[str, Any]:
        """The command line's object."""
        fields = ("reason",) if self.words("reason") else _JSON_EVIDENCE
        items = [e.words for e in self.evidence if e.field in fields]
        shown: list[str] = []
        for words in items:
            if any(words in other and words != other for other in items) or words in shown:
                continue
            shown.append(words)
        return {
            "kind": self.kind.value,
            "reason": self.reason.value if self.reason else None,
            "months": self.months,
            "skill": self.skill,
            "answer_by": self.answer_by.isoformat() if self.answer_by else None,
            "interview_at": (
                self.interview_at.strftime("%Y-%m-%dT%H:%M") if self.interview_at else None
            ),
            "company": self.company,
            "recruiter": self.recruiter,
            "evidence": shown,
        }


# The evidence the command line shows: what decided the coaching, not the names.
_JSON_EVIDENCE = ("reason", "kind", "answer_by", "interview_at")


class Cues:
    """Several patterns read as one; a space in them matches any run of white space (an
    optional space, " ?", none or any).

    Kept apart (not joined with "|") so that each may name its groups alike ("skill").
    """

    def __init__(self, *patterns: str) -> None:
        self.patterns = tuple(
            re.compile(p.replace(" ?", r"\s*").replace(" ", r"\s+")) for p in patterns
        )

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = [m for pattern in self.patterns for m in pattern.finditer(text)]
        return sorted(found, key=lambda m: (m.start(), -m.end()))

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


_rx = Cues


# Cues, over folded text (lower case, no accents, plain apostrophes).

REFUSAL = _rx(
    # French
    r"\bn'(?:a|ont|avez|avons|est|etes|ai) (?:pas|malheureusement pas|finalement pas) "
    r"(?:ete |pu (?:etre )?)?(?:retenue?s?|selectionnee?s?|aboutie?)",
    r"\b(?:ne|n') ?(?:[\w'-]+ ){0,3}(?:pas|plus) (?:[\w'-]+ ){0,3}(?:donner (?:de |une )?suite|"
    r"y donner suite|retenir|poursuivre (?:le processus|avec vous|votre candidature)|"
    r"aller plus loin|avancer avec vous|vous proposer (?:le|ce) poste)",
    r"\bne (?:[\w'-]+ ){0,2}(?:pas|plus) (?:[\w'-]+ ){0,2}(?:suite|votre candidature)\b",
    r"\bpas (?:ete |etre )?retenue?s?\b",
    r"\bne (?:pouvons|pourrons|pouvions|pourrions) y donner suite\b",
    r"\b(?:doesn't|does not|don't|do not|didn't|did not) (?:quite |really |fully )?(?:match|fit|"
    r"align with) (?:what|the (?:role|position|requirements|profile))",
    r"\bne (?:la|le|les) (?:retenons|retiendrons|retenir|retiendrai|retiens) pas\b",
    r"\bnon retenue?s?\b",
    r"\bsuite (?:defavorable|negative)|reponse (?:negative|defavorable)|avis defavorable",
    r"\bne (?:[\w'-]+ ){0,2}pas (?:[\w'-]+ ){0,2}(?:favorable|positive)",
    r"\b(?:avons|sommes|suis|ai) (?:le|au) regret\b",
    r"\bregrett(?:ons|e) (?:de vous|mais)",
    r"\b(?:retenu|retenir|choisi|privilegie|privilegier|prefere|preferer|opte pour|poursuivre avec|"
    r"poursuivons avec|avancer avec|continuer avec|orient\w* vers|"
    r"porte(?:r)? notre choix sur|fait le choix d[e'] ?(?:retenir|poursuivre|un|une)) "
    r"(?:un autre|une autre|d'autres|un candidat|une candidate|un profil|des profils|"
    r"le profil d'|la candidature d'|une candidature|un\(e\) autre|d'autres candidat)",
    r"\b(?:fait|faire) le choix d'(?:un autre|une autre)\b",
    r"\bprofils? (?:plus|mieux) (?:en adequation|adapte|correspondant|proche)",
    r"\b(?:poursuivre|continuer|avancer|aller plus loin|privilegier|retenir|selectionner|"
    r"poursuivons|continuons)\b[^.;!?\n]{0,40}\bavec (?:un autre|une autre|d'autres) "
    r"(?:candidat|profil|personne)",
    r"\b(?:pas|plus) (?:pu|pouvoir|en mesure de) (?:vous presenter|presenter votre candidature|"
    r"vous positionner|vous placer|retenir)",
    r"\bpourvoir (?:le|ce) poste (?:en interne|avec|par)",
    r"\bne correspond(?:ait|ent|ez|)? (?:pas|plus)\b",
    r"\bpas en adequation\b",
    r"\b(?:ne|n') ?(?:[\w'-]+ ){0,2}?(?:pas|plus)\b[^.;!?\n]{0,40}?\b(?:avec votre (?:profil|"
    r"candidature)|"
    r"votre (?:profil|candidature|dossier)|avec vous)\b",
    r"\b(?:poste|recrutement|role|position|vacancy|job)\b[^.;!?\n]{0,30}\b(?:a ete |est |has been |"
    r"was |is )?(?:annule|suspendu|gele|supprime|cancelled|canceled|withdrawn|frozen|put on hold|"
    r"on hold|removed|scrapped)\b",
    r"\b(?:poste|mission|role)\b[^.!?;\n]{0,60}?\b(?:a ete|a deja ete|est(?: desormais| deja|"
    r" maintenant)?) pourvue?",
    r"\b(?:mettre|mettons|mis) (?:un terme|fin) (?:a|au) (?:notre|votre|ce) "
    r"(?:processus|collaboration|candidature)",
    r"\bpas (?:pu|pouvoir|en mesure de) (?:donner suite|retenir|vous proposer)",
    # English
    r"\bregret to (?:inform|let you know|tell)",
    r"(?:\bnot|n't) (?:been |be )?(?:selected|successful|shortlisted|retained|chosen|progressed)\b",
    r"(?:\bnot|n't) (?:been |be )?(?:taken|put|moved) (?:forward|further)\b|"
    r"\bnot (?:going|able) to (?:move|go|proceed|progress) (?:ahead|forward|further)\b",
    r"\b(?:move|moving|go|going|proceed|proceeding|progress|continue|continuing)"
    r"(?: forward| ahead| on)? with (?:other|another|a different|an internal|the other|"
    r"candidates|applicants|someone)\b",
    r"\bfill (?:the|this) (?:position|role|vacancy) with (?:another|a different|an internal|other)",
    r"\b(?:can't|cannot|unable to|won't be able to|not able to) (?:put you forward|present you|"
    r"submit your|take (?:your application|you) (?:forward|further))",
    r"\b(?:going|decided|have decided|'ve decided) to pass\b",
    r"\b(?:go|going|gone|went) (?:in )?(?:another|a different) direction\b",
    r"\b(?:went|go|going|gone|decided to go|chose to go) with (?:an internal|another|a different|"
    r"someone else|other)\b",
    r"\b(?:will not|won't) be (?:offering|extending|pursuing|progressing|taking)",
    r"\bunsuccessful\b",
    # A decision or a preference not to go on: "préférons ne pas poursuivre", "décidé de ne pas
    # aller plus loin", "on ne va pas pouvoir avancer ensemble".
    r"\b(?:prefer\w*|decid\w*|choisi\w*|souhait\w*|pris la decision|jug\w*|estim\w*) (?:de |d')?"
    r"ne (?:pas|plus) (?:[\w'-]+ ){0,2}(?:poursuivre|continuer|aller plus loin|donner suite|"
    r"retenir|avancer|vous retenir|vous proposer)\b",
    r"\b(?:ne|n') ?(?:[\w'-]+ ){0,3}(?:pas|plus) (?:[\w'-]+ ){0,2}(?:avancer|continuer|poursuivre|"
    r"travailler|collaborer|aller plus loin) ensemble\b",
    r"\bregrett\w* (?:de |d')?ne (?:pas|plus) (?:pouvoir|etre en mesure)",
    r"\bne (?:peux|pouvons|peut|pourrai|pourrons|pourra) (?:pas|plus) (?:vous presenter|presenter "
    r"votre|vous positionner|vous proposer|vous retenir|retenir votre)",
    r"\b(?:part|partons|partir|partirons|va partir|allons partir|pars) (?:donc |finalement )?sur "
    r"(?:un autre|une autre|d'autres) (?:profil|candidat|candidature|personne)",
    r"\bne pas (?:pouvoir |etre en mesure d')?(?:[\w'-]+ ){0,3}(?:favorablement|positivement)\b",
    r"\baucune? (?:poste|besoin|offre|recrutement|ouverture)s? (?:n'est |n'est actuellement |"
    r"ne sont |n'a ete )?(?:actuellement |malheureusement |pour l'instant )?(?:a pourvoir|ouverte?|"
    r"disponible|prevue?)",
    r"\b(?:gel\w*|suspend\w*|freez\w*|froze|pause\w*) (?:le |les |des |du |ce |the |this |"
    r"our |its |their )?(?:recrutements?|embauches?|hiring|recruitment|search|role|position|"
    r"poste)\b|"
    r"\b(?:recrutement|poste|hiring|recruitment)s? (?:est |a ete |has been |is )?(?:gele|suspendu|"
    r"frozen|paused)\b",
    r"\bclos\w* (?:the|this|that|our) (?:[\w-]+ )?(?:position|role|vacancy|search|requisition) "
    r"(?:without|unfilled)\b",
    r"\bfilled (?:the|this|that|our) (?:[\w&/-]+ ){0,4}(?:position|role|vacancy|post|opening|"
    r"seat)\b",
    r"\b(?:it's|it is|c'est) a no\b|\ba no from\b",
    r"\b(?:went|go|going|gone|decided to go|chose to go|moving forward|move forward) (?:with|w/) "
    r"(?:someone|somebody|a candidate|an applicant|a person) (?:who|with|that|whose)\b|"
    r"\b(?:went|go|going|gone) w/ (?:someone|another|other)\b",
    r"\b(?:poste|role|position|job)\b[^.!?;\n]{0,40}?\bayant (?:deja )?ete (?:pourvue?|attribuee?)",
    # A favourable answer denied: "nous ne pouvons y répondre favorablement".
    r"\b(?:ne|n') ?(?:pouvons|pourrons|pouvions|pourrions|peut|pourra|sommes|serons) (?:pas |"
    r"malheureusement |helas )?(?:[\w'-]+ ){0,4}?(?:favorablement|favorable|positivement)\b",
    # Another candidate chosen, in any words: "décidé de partir sur un autre profil", "decided to
    # move ahead with a candidate whose…", "opted to proceed with other applicants".
    r"\b(?:decided|decide|choisi|chose|chosen|opted|opte|prefere) (?:de |to |d')?(?:partir|"
    r"continuer|poursuivre|avancer|aller|move|go|proceed|continue|progress) (?:ahead |forward )?"
    r"(?:sur|avec|with) (?:un autre|une autre|another|a different|other|a candidate|un candidat|"
    r"une candidate|d'autres|des candidat)",
    r"\b(?:isn't|is not|won't be|will not be|wasn't|was not) (?:going to )?work(?:ing)? out\b",
    r"\b(?:une autre personne|un autre candidat|une autre candidate|someone else|"
    r"another candidate)\b"
    r"[^.;!?\n]{0,30}\b(?:a ete|a|was|has been)\b[^.;!?\n]{0,10}\b(?:retenue?|choisie?|"
    r"selectionnee?|"
    r"selected|chosen|hired|appointed)\b",
    r"\b(?:n'avons|n'a) plus de budget\b|\bno (?:longer )?(?:have )?(?:the )?budget\b|\bbudget "
    r"(?:cuts?|freeze)\b",
    r"\bce n'est pas pour cette fois\b|\bpas (?:pour )?cette fois\b|\bnot this time\b|"
    r"\bla reponse (?:reste|demeure) "
    r"(?:non|negative)\b|\bpas de suite\b|\b(?:closed|fermons|cloturons) (?:this|the|ce|"
    r"le) (?:position|role|poste) "
    r"(?:without|sans)\b",
    r"\b(?:decided|chosen|chose) to (?:hire|appoint|recruit|go with|select) (?:someone|somebody|"
    r"another|a different|a candidate)\b",
    r"\bpass on (?:your|this) (?:application|candidacy|profile)\b",
    r"\b(?:recruter|recrute|pourvu|pourvoir le poste|attribue|confie|comble) en interne\b|"
    r"\b(?:hire|hired|hiring|"
    r"recruit\w*|"
    r"fill\w*|filled the (?:role|position)) internally\b|\binternal candidate\b",
    r"\bn'est plus (?:d'actualite|ouvert|disponible|a pourvoir)\b|\bno longer (?:available|open|"
    r"relevant)\b",
    r"\bpausing (?:this|the|our) (?:search|recruitment|hiring|process)\b|\bpaused hiring\b|"
    r"\bhiring (?:is |has been )?(?:paused|frozen|on hold)\b|\bhiring freeze\b|"
    r"\bgel des recrutements\b|\bsuspendu (?:les|nos) recrutements\b",
    r"\bwe (?:won't|will not|cannot|can't) (?:proceed|continue)\b",
    r"\b(?:won't|will not|shan't) be (?:proceeding|progressing|continuing)\b",
    r"\bne pas (?:recruter|pourvoir|embaucher)\b|\bnot to (?:hire|recruit|fill)\b|"
    r"\bdecided (?:not to|"
    r"against) (?:hiring|hire|filling|fill)\b",
    r"\b(?:confier|confie|attribuer|attribue|proposer|propose) (?:le|ce) poste a (?:une autre|"
    r"un autre|quelqu'un d'autre)",
    r"\b(?:didn't|did not|haven't|have not) (?:get|got|land|landed) the (?:job|role|position)\b",
    r"\b(?:application|candidature|profile|profil)\b[^.;!?\n]{0,30}\b(?:has been|was|a ete|est) "
    r"(?:rejected|declined|refusee?|rejetee?|not successful)\b",
    r"\boffer (?:the|this) (?:job|role|position) to (?:someone|somebody|another)\b",
    r"\bce sera (?:non|negatif)\b|\bla reponse est (?:non|negative)\b|\bthe answer is no\b|"
    r"\bc'est non\b",
    r"\b(?:didn't|did not|haven't|have not|n'avez pas) (?:pass|passed|reussi|valide) (?:the|our|le|"
    r"notre|les?|la) (?:[\w-]+ )?(?:screen|test|assessment|exercise|interview|epreuve|etape|"
    r"step)\b",
    r"\bno longer (?:recruiting|hiring|looking)\b|\bne recrutons plus\b|\b(?:closed|ferme|cloture) "
    r"(?:the|this|le|la|cette) (?:vacancy|position|role|poste|offre|annonce)\b",
    r"\bdecided (?:not to|to (?:move|go|proceed|continue|pursue|progress) (?:forward )?"
    r"(?:with|other)|to pursue|to proceed with|to go (?:with|in))",
    r"\b(?:will|would|are|won't|can't|cannot) (?:not )?(?:be )?(?:moving|proceeding|progressing|"
    r"taking) (?:it |this |your application |you |things )?(?:forward|further|ahead)",
    r"\b(?:not|won't|unable to|cannot|can't) (?:be )?(?:move|moving|proceed|proceeding|"
    r"progress|progressing|take|taking) (?:forward|further|ahead) with (?:your|you)",
    r"\bno longer (?:being )?consider",
    r"\b(?:choisi|retenu|pris|privilegie|selectionne|chose|chosen|picked|selected|hired|went with|"
    r"gone with|go with|going with) (?:quelqu'un d'autre|une autre personne|someone else|"
    r"somebody else|another person)\b",
    r"\b(?:trouve|recrute|embauche) quelqu'un (?:d'autre |pour (?:le|ce) poste)",
    r"\b(?:va|vais|allons) (?:pas|plus) pouvoir (?:te|vous) (?:garder|retenir|prendre|embaucher)\b",
    r"\b(?:position|role|job|vacancy|post)\b (?:has|had|was|is)(?: now| already)? (?:already )?"
    r"(?:been )?filled",
    r"\bposition (?:has been|was|is now|is) (?:already )?filled",
    r"\b(?:chosen|selected|chose|picked|hired|offered the (?:role|position) to) "
    r"(?:another|a different|other|a candidate|someone)",
    r"\b(?:move|moving|go|going|proceed|proceeding) (?:forward )?with (?:another|other|a different)"
    r" (?:candidate|applicant|profile)",
    r"(?:\bnot|n't) (?:quite )?(?:the right|a good|a strong|the best|a) (?:fit|match)\b",
    r"\b(?:n'avons|n'a|n'ont) (?:malheureusement |actuellement |plus )?(?:pas|aucun) (?:de )?"
    r"(?:poste|besoin|offre)s? (?:[\w'-]+ ){0,2}"
    r"(?:a pourvoir|disponibles?|ouverte?s?|correspondant)",
    r"\bno (?:open |suitable |current |available )?(?:positions?|vacancies|roles?|openings?) "
    r"(?:[\w'-]+ ){0,2}(?:available|open|matching|that match|suited)",
    r"\b(?:unable|not able) to offer you\b",
    r"\bwill not be (?:offering|extending|pursuing)",
    r"\bnot (?:be )?(?:moving|going) forward\b",
    r"\b(?:we've|we have|has been|have been|was|were|has|have|they've) (?:now |already )?filled "
    r"(?:the|this|that) (?:position|role|vacancy)",
    r"\bpursue other candidates|other candidates whose\b",
    r"\b(?:won't|will not|not) be moving (?:to|on to) the next (?:stage|step|round)\b",
    r"\b(?:not|won't|will not|unable to|cannot|can't|"
    r"not able to)\b[^.;!?\n]{0,30}?\b(?:progress\w*|"
    r"proceed\w*|continu\w*|offer\w*|pursu\w+|advanc\w+|extend\w*)\b[^.;!?\n]{0,30}?\b(?:your "
    r"(?:application|candidacy|profile)|you\b|to (?:interview|the next))",
)

RECEIVED = _rx(
    r"\bbien (?:recu|reception(?:ne)?) (?:votre|ta) (?:candidature|cv|dossier|message)",
    r"\b(?:accusons|accuser|accuse de) (?:bonne )?reception",
    r"\bcandidature\b[^.;!?\n]{0,70}\b(?:a|a bien|ont bien|ont) (?:bien )?ete (?:bien )?"
    r"(?:recue|enregistree|transmise|prise en compte|receptionnee)",
    r"\b(?:l'|la |les )?(?:etudieront|examineront|etudierons|examinerons|analyserons|"
    r"analyseront|traiterons)\b",
    r"\b(?:we've|we have) got your application\b|\b(?:is|are) (?:taking a look|reviewing)\b",
    r"\b(?:application|candidature|cv)\b[^.;!?\n]{0,20}\b(?:has landed|has arrived|is with us|"
    r"est bien "
    r"arrivee?)\b",
    r"\bcandidature (?:a|a bien) ete (?:bien )?(?:recue|enregistree|transmise|prise en compte|"
    r"envoyee|deposee|soumise)",
    r"\b(?:candidature|application|cv)\b[^.;!?\n]{0,60}\b(?:a (?:bien )?ete|est bien|has been|was) "
    r"(?:bien )?(?:envoyee|deposee|soumise|sent|submitted|delivered)\b",
    r"\b(?:va|allons|vont|sera|seront) (?:[\w'-]+ ){0,2}(?:etudiee?|examinee?|analysee?|"
    r"etudier|examiner|analyser|traitee?) ",
    r"\ben cours (?:d'etude|d'examen|d'analyse|de traitement)",
    r"\b(?:we|we've|we have) (?:successfully )?received your (?:application|cv|resume)",
    r"\bapplication (?:has been|was) (?:successfully )?(?:received|submitted)",
    r"\bthank you for (?:applying|your application|submitting)",
    r"\bthanks for (?:applying|your application)",
    r"\b(?:will|are) (?:now )?(?:be )?(?:review|reviewing|reviewed|assess|assessing)",
    r"\bconfirm(?:ing)? (?:the )?receipt\b|\backnowledge (?:the )?receipt\b",
    r"\bmerci (?:pour|de) (?:votre|ta) candidature\b",
    r"\b(?:remercions|remercie) (?:pour|de) (?:votre|ta) candidature\b",
    r"\b(?:transmettons|transmets|forwarding|passing)\b[^.;!?\n]{0,30}\b(?:responsable|manager|"
    r"equipe|"
    r"team|service|direction)\b",
    r"\b(?:application|candidature|cv)\b[^.;!?\n]{0,30}\b(?:has been|a ete|est|was) (?:passed|"
    r"forwarded|transmise?|transferee?|sent)\b",
)

ANSWER = _rx(
    r"\b(?:reviendr\w+|revenir|reviens|revenons|revient|revenez) (?:[\w'-]+ ){0,2}vers (?:vous|"
    r"toi|chaque candidat|tous les candidats|les candidats)",
    r"\b(?:will be|seront|serez|sera|shall be) (?:[\w'-]+ )?(?:contacted|contactee?s?|notified|"
    r"informed|informee?s?|recontactee?s?|prevenue?s?)\b",
    r"\bsans (?:nouvelles?|reponse|retour) de (?:notre|ma) part\b|\bfaute de (?:reponse|retour)\b|"
    r"\b(?:if|should) you (?:have not|haven't|do not|don't|not) hear\w*\b",
    r"\b(?:recontacter\w*|recontacterons|reprendre contact|"
    r"(?:tiens|tient|tenons|tiendr\w+|tenir) (?:[\w'-]+ )?(?:informee?s?|au courant))",
    r"\b(?:ferons|ferai|faire|fait|fais|faisons|fera|feront) (?:[\w'-]+ )?(?:un |le |notre |mon )?"
    r"(?:retour|part de notre decision)",
    r"\b(?:donnerons|donnerai|donner|communiquerai|communiquerons|apporter|apporterons|aurez|"
    r"recevrez|aurez une) "
    r"(?:[\w'-]+ ){0,2}(?:reponse|retour|decision|nouvelles)",
    r"\b(?:notre|une|la|leur) decision\b",
    r"\b(?:reponse|retour|decision) (?:vous sera|definitive|finale)",
    r"\b(?:te|vous) (?:re)?di(?:s|rai|rons|ra|t) (?:ca|cela|quoi|tout)\b|"
    r"\b(?:resultats?|reponses?|decisions?|suite) (?:[\w'-]+ ){0,2}(?:vous )?(?:sera|seront) "
    r"(?:communique|transmis|adresse|envoye|notifie|annonce)\w*|"
    r"\bget back to you\b|\bback to you\b|\blet you know\b|\bhear (?:back )?from (?:us|me)\b",
    r"\bbe (?:back )?in touch\b|\b(?:update|inform|notify) you\b|\bkeep you (?:posted|updated|"
    r"informed)\b",
    r"\bshare (?:[\w'-]+ ){0,2}(?:feedback|news|an update|updates|our decision|the outcome)\b|"
    r"\b(?:a|our|the|final) decision\b|\b(?:reply|respond|answer|feedback) (?:to you )?"
    r"(?:by|within|before|early|next)",
    r"\b(?:have|has|get) (?:some )?news for you\b|\b(?:aurez|aurons|avoir|donnerons|donner) "
    r"(?:des |de nos |de mes )?nouvelles\b|"
    r"\b(?:have|give|get|send|provide|share) (?:you )?(?:an|our|a|the|some) (?:final )?"
    r"(?:answer|response|update|decision|feedback|news)\b|"
    r"\b(?:repondr\w*|reponde\w*|respond\w*|reply|replies)\b|"
    r"\bconfirm (?:whether|if)\b|\b(?:vous )?informer\w*\b|\bconfirm (?:the )?next steps\b|"
    r"\bconfirmer la suite\b|\bshortlist\w*\b|"
    r"\bget back to (?:you|all|every|everyone|everybody|candidates|applicants)\b|\bcontact (?:you|"
    r"all|every|the)\b|"
    r"\bcontacter\w*\b|\bwill contact\b|\breach out\b|"
    r"\blet (?:[\w'-]+ ){0,2}know\b|\b(?:the )?outcome\b|"
    r"\bshare (?:a|the|our) decision\b|\b(?:resultat|issue) (?:de|du)\b",
)

INVITATION = _rx(
    # French: an invitation, or a confirmed appointment
    r"\b(?:vous|te) (?:proposer|proposons|propose|convier|convions|convie|inviter|invitons|"
    r"invite|convoquer|convoquons|rencontrer|recevoir|confirmer|confirme|confirmons) "
    r"(?:[\w'-]+ ){0,4}(?:l'|d')?(?:entretien|rencontre|echange|rendez-vous|rdv|visio|appel|"
    r"entrevue|"
    r"call|point|session|journee|assessment|test)",
    r"\b(?:vous|te) (?:rencontrer|recevoir)\b",
    r"\b(?:poursuivre (?:le processus )?avec (?:vous|toi)|continue with you|move you forward|"
    r"move forward with you|proceed with you)\b",
    r"\b(?:pouvons-nous|pourrions-nous|peut-on|pourrait-on|can we|could we|shall we) (?:echanger|"
    r"nous appeler|parler|discuter|nous voir|nous rencontrer|talk|speak|chat|meet|catch up)\b",
    r"\b(?:pouvez-vous|pourriez-vous|merci de|can you|could you|please) (?:nous |me |us )?"
    r"(?:rappeler|recontacter|appeler|call|ring)\b",
    r"\b(?:pouvez-vous|pourriez-vous|pourrais-tu|peux-tu) (?:venir|passer) "
    r"(?:[\w'-]+ ){0,3}(?:en |pour un |a un )?(?:entretien|rendez-vous|rdv)\b",
    r"\b(?:qu'on s'appelle|de s'appeler|nous appeler|faire connaissance|se rencontrer|se voir|"
    r"s'entretenir)\b",
    r"\b(?:aimerions|souhaiterions|souhaitons|voudrions|serions (?:ravie?s?|heureu\w+)|"
    r"avons le plaisir|ai le plaisir|j'aimerais|je souhaiterais) (?:[\w'-]+ ){0,6}"
    r"(?:entretien|rencontr\w+|echanger|echange|rendez-vous|visio|appel|entrevue|"
    r"vous revoir|poursuivre (?:le processus|les echanges))",
    r"\b(?:entretien|rendez-vous|rdv|echange|visio|appel|entrevue|rencontre) (?:[\w'-]+ ){0,5}"
    r"(?:est |a ete )?(?:prevue?|fixee?|confirmee?|programmee?|planifiee?)",
    r"\b(?:etes-vous|seriez-vous|serais-tu|es-tu|etes vous|seriez vous|tu serais|vous seriez) "
    r"(?:disponibles?|dispos?) ",
    r"\bvos disponibilites\b",
    r"\b(?:prochaine etape|second entretien|deuxieme entretien|2e entretien|tour suivant)",
    r"\b(?:retenue?|selected|shortlisted|selectionnee?) (?:pour|for) (?:la|le|l'|a|an|the) "
    r"(?:[\w-]+ )?(?:etape|step|round|stage|entretien|interview)",
    # English
    r"\binvite you (?:to|for) ",
    r"\b(?:you(?:'re| are)|vous etes) (?:[\w'-]+ )?(?:invited|invitee?s?|conviee?s?|"
    r"convoquee?s?)\b",
    r"\b(?:like|love|happy|pleased|delighted|glad) to (?:invite|meet|schedule|set up|arrange|"
    r"book|have you|speak|talk|chat|move you|proceed|confirm|offer you an interview)",
    r"\b(?:interview|call|meeting|chat|conversation|assessment|session|visit|onsite|test|trial|"
    r"centre|center) (?:[\w'-]+ ){0,3}(?:is |has been |was |are )?"
    r"(?:scheduled|confirmed|booked|set|planned|arranged)\b",
    r"\b(?:are|would) you (?:be )?available\b",
    r"\byour availability\b",
    r"\byour (?:interview|call|meeting) (?:is|will be) (?:on|at|scheduled|booked|confirmed)\b|"
    r"\bvotre entretien (?:est|aura lieu|se tiendra|sera)\b",
    r"\bhow does [^?\n]{0,60}\bsound\b|\bdoes [^?\n]{0,40} (?:work|suit) (?:for )?you\b|"
    r"\b(?:cela|ca|ce creneau) vous (?:convient|va)\b|\bbring you in\b|\bmeet the (?:team|"
    r"founders?|"
    r"manager|ceo|cto|hiring manager)\b",
    r"\b(?:reschedule|move|postpone|shift|decaler|reporter|deplacer|avancer) (?:our|the|your|notre|"
    r"l'|votre|le) ?(?:[\w-]+ )?(?:interview|call|meeting|chat|entretien|rendez-vous|rdv|"
    r"echange)\b",
    r"\b(?:entretien|interview|rendez-vous|rdv|call|meeting|echange|appel)\b[^.;!?\n]{0,30}\b"
    r"(?:est |a ete |has been |is )?(?:deplace|decale|reporte|avance|moved|rescheduled|postponed|"
    r"pushed back)\b",
    r"\b(?:are|would) you (?:be )?free\b|\b(?:asked|like|love|want|wants|keen) to meet (?:you|"
    r"with you)\b",
    r"\bconfirm\w* (?:our|the|your) (?:[\w-]+ )?(?:chat|call|interview|meeting|appointment)\b",
    r"\boffer you (?:a|an) (?:[\w-]+ )?(?:interview|meeting|call|chat)\b",
    r"\b(?:video call|phone screen|screening call|appel video)\b",
    r"\b(?:calendar invite|meeting invite|invitation (?:agenda|calendrier|outlook))\b",
    r"\b(?:can|could) you (?:do|make|join|take) (?:a|an)\b",
    r"\b(?:join us|rejoignez-nous) (?:for|pour) (?:a|an|un|une) ",
    r"\b(?:entretien|interview|rendez-vous|echange|appel|call|"
    r"meeting)\b[^.;!?\n]{0,30}\b(?:pourrait|"
    r"pourra|aura|peut|could|will|would|can) (?:avoir lieu|se tenir|take place|be held)",
    r"\b(?:entretien|interview|rendez-vous|rdv|echange|appel|call|"
    r"meeting)\b[^.;!?\n]{0,60}\b(?:aura lieu|"
    r"se tiendra|se deroulera|will take place|will be held|is scheduled for|is set for)\b",
    r"\b(?:passer nous voir|venir nous (?:voir|rencontrer)|come (?:in|by|into)|pop (?:in|into|by|"
    r"round))\b",
    r"\bpasser un (?:[\w-]+ )?(?:entretien|test|echange)\b",
    r"\b(?:hop on|jump on|get on|schedule|set up|arrange|book|organiser|planifier|caler) "
    r"(?:a |an |un |une )?(?:[\w-]+ )?(?:quick |short |brief |video |phone |intro |petit |court |"
    r"premier |first |"
    r"second |final |dernier |nouvel |new )?"
    r"(?:call|chat|meeting|interview|appel|echange|entretien|visio|rendez-vous|zoom|teams|"
    r"google meet|meet|skype|video)\b",
    r"\b(?:open to|up for|interested in|free for) (?:a |an )?(?:quick |short |brief |informal |"
    r"first )?(?:chat|call|conversation|discussion|meeting|interview)\b",
    r"\bnext (?:step|round|stage)\b",
)

# A cue inside such a clause is a hypothesis, not what happened.
CONDITIONAL = re.compile(
    r"\b(?:si|s'il|if|whether|sans|faute|absence|should|unless|au cas|dans le cas|lorsque|once|"
    r"when|des que|dans l'hypothese)\b[^.!?;\n]*$"
)
# An equal-opportunity statement, or a cue said not to be the reason: it governs the cues that
# follow it closely ("sans distinction d'âge"); a denial also those just before it ("votre âge
# n'a rien à voir").
NEUTRAL = re.compile(
    r"sans (?:distinction|discrimination|consideration|tenir compte)|"
    r"quel(?:le)?s? que soi|independamment|regardless|irrespective|without regard|"
    r"egalite des chances|equal (?:employment )?opportunit|diversit|inclusi|handi-?accueill|"
    r"handi ?engage|ouverts? a tou(?:te)?s|ouverts? aux personnes|open to all|"
    r"(?:do|does|will) not discriminat|ne (?:discrimin|pratiquons)|on the basis of|"
    r"conformement a la loi|in accordance with|protected characteristic|"
    r"amenagements? (?:peuvent|pourront|sont possibles|raisonnables|adaptes)|"
    r"(?:reasonable )?(?:accommodations?|adjustments?) (?:can|will|may) be|"
    + r"n'(?:est|etait|sont) (?:en rien|pas|aucunement) (?:lie|du|liee)|not (?:related|due|linked|"
    r"because|based)|in no way"
)
DENIAL = re.compile(
    r"n'(?:a|ont|avait) (?:absolument )?rien a voir|nothing to do|aucun (?:lien|rapport)|"
    r"n'(?:est|etait|sont) (?:en rien|pas|aucunement) (?:lie|du|liee|en cause)|"
    r"(?:is|was|were) not (?:related|a factor|the reason|relevant)|had no (?:bearing|influence|"
    r"impact|role)|n'(?:a|ont) (?:joue|eu) aucun|n'(?:a|ont) pas (?:joue|ete pris|eu)|"
    r"(?:n'est|n'etait) pas (?:un|le) (?:critere|motif)|not a (?:factor|criterion)|"
    r"n'(?:est|entre) pas (?:entre )?en (?:ligne de )?compte|played no (?:part|role)"
)
VISA = re.compile(
    r"\bsponsor\w* (?:a )?visas?\b|\bvisa sponsorship\b|\bwork permits?\b|\bpermis de travail\b|"
    r"\btitre de sejour\b|\bright to work\b"
)
_CONTRAST = re.compile(r"\b(?:mais|but|however|cependant|plutot|rather)\b")

N3_CUES: dict[Criterion, Cues] = {
    Criterion.AGE: _rx(
        r"\bplus jeunes?\b(?! dipl)",
        r"\b(?:profil|quelqu'un|personne|candidat\w*|collaborat\w*|equipe|profils?) "
        r"(?:de )?(?:plus )?jeunes?\b(?! dipl)",
        r"\btrop (?:age|agee|ages|vieux|vieille|senior)\b",
        r"\b(?:votre|ton|son|l') ?age\b(?! d'or)",
        r"\bage (?:moyen|limite|maximum)|\blimite d'age",
        r"\brajeunir\b|\bfin de carriere\b|\bproche de la retraite\b|\bjeune et dynamique\b",
        r"\b(?:de |d')?(?:moins|plus) de (?:\d\d|trente|quarante|cinquante) ans\b(?! d'exp)",
        r"\b(?:votre|your) generation\b|\bgeneration (?:plus jeune|differente)|"
        r"\bgenerationn?el\w*|\bgenerational\b|\bgen ?z\b|\bboomers?\b|\bmillennials?\b|"
        r"\ben moyenne \d\d ans\b|\baverage age\b|\bjeunes? (?:homme|femme|fille|garcon)s?\b",
        r"\byounger\b|\btoo old\b|\byour age\b|\bage (?:range|limit|profile|bracket|group)\b",
        r"\b(?:under|over) (?:the age of )?\d\d(?: years old)?\b(?! years of)",
        r"\bclose to retirement\b|\bnear(?:ing)? retirement\b|\bend of (?:your|their) career",
        r"\bretirement\b|\bretraite\b|\bretire\b|\bstage of (?:your )?career\b",
        r"\bolder than\b|\bplus agee? que\b|\bplus vieux que\b|\bearlier stage in (?:their|your|"
        r"his|"
        r"her) (?:life|career)\b",
        r"\byoung and (?:hungry|dynamic|energetic|ambitious|fresh)\b|\bdigital native|\byouthful\b|"
        r"\bfresh young\b|\byoung (?:and dynamic|team|profile|person|"
        r"face|"
        r"candidate|blood)",
        r"\bat your age\b|\ba votre age\b",
        r"\b(?:you're|you are|vous avez|age de|aged|agee? de) \d\d\b(?! (?:years|ans) (?:of|d'))",
        r"\b(?:a|at) \d\d (?:ans|years old)\b|\ble plus agee?\b|\bthe oldest\b|\bplus agee?s?\b",
        r"\bat \d\d\b(?= you| we| it|,)|\ba \d\d ans\b",
    ),
    Criterion.ORIGIN: _rx(
        r"\bof (?:[\w-]+ ){1,2}(?:origin|descent|heritage|extraction)\b",
        r"\bfrom (?:a |the )?(?:similar|same|different) (?:background|culture|community)\b|"
        r"\b(?:meme|autre) (?:origine|culture|communaute)\b",
        r"\bnative (?:english |french |german |spanish )?speakers? only\b|\bonly native "
        r"(?:english |french )?speakers?\b|\blocuteurs? natifs? (?:uniquement|seulement)\b",
        r"\b(?:votre|ton|your) (?:nom|prenom|name|first name|last name) (?:ne (?:passe|passera|"
        r"passerait)|won't go|wouldn't go|may not go|might not go|doesn't go)",
        r"\b(?:votre|vos|ton|tes|son|ses|leurs?) origines?\b",
        r"\borigines? (?:ethnique|etrangere|culturelle|maghrebine|africaine|asiatique|sociale)s?",
        r"\bd'origine (?:\w+)|\bethni\w+",
        r"\bcouleur de (?:votre |ta )?peau\b|\bconsonance\b|\bvotre nom de famille\b",
        r"\bpas (?:tres )?(?:francais de souche|d'ici)\b|\bde souche\b",
        r"[«\"] ?(?:du coin|d'ici|de chez nous|bien de chez nous|local|from here|from around here)"
        r" ?[»\"]",
        r"\b(?:ethnic|racial|cultural) (?:background|origin)|\bethnicity\b|\byour origins?\b",
        r"\bskin colou?r\b|\byour race\b|\bwhere you(?:'re| are) (?:originally )?from\b",
        r"\byour (?:last |family )?name (?:sounds|is (?:too )?(?:foreign|hard|difficult))",
        r"\b(?:foreign|ethnic)-sounding\b|\bracial\b",
        r"\bissue?s? de l'immigration\b|\bimmigr\w+|\bminorites? visibles?\b|\bvisible minorit\w+|"
        r"\bdiversite visible\b",
        r"\b(?:your|votre) (?:last |family |first )?(?:name|nom|"
        r"prenom)\b[^.;!?\n]{0,40}\b(?:put off|"
        r"bother|deter|worry|concern|gener\w*|derang\w*|freiner|frein|deplai\w+)",
        r"\bde type (?:europeen|africain|asiatique|maghrebin|caucasien|nordique)\w*",
        r"\b(?:clientele|clients|customers|equipe|team)\b[^.;!?\n]{0,40}\b(?:europeen\w*|european|"
        r"blanche?s?|white)\b",
        r"\b(?:white|black|asian|arab) (?:client|customer|team|staff|colleague|candidate|people|"
        r"person)s?\b|\b(?:local|mostly local), white\b|\b(?:blancs?|noirs?|arabes?) (?:uniquement|"
        r"seulement)\b",
    ),
    Criterion.NATIONALITY: _rx(
        r"\bnationalite\b|\bnationality\b",
        r"\b(?:candidats?|profils?|personnes?|salaries?) (?:de nationalite )?(?:francaise?s?|"
        r"europeen(?:ne)?s?) (?:uniquement|seulement)",
        r"\b(?:pas|non) (?:de nationalite )?francaise?s?\b|"
        r"\b(?:candidats?|personnes?|profils?|salaries?|travailleurs?) etrangers?\b",
        r"\b(?:(?:only|uniquement) (?:[\w'-]+ ){0,2}(?:citizens|nationals|ressortissants))|"
        r"\bressortissants?\b",
        r"\bnot (?:a )?(?:british|french|us|american|german|eu) (?:citizen|national)",
        r"\b(?:citizens?|nationals?) only\b|\bforeigners?\b|\bforeign nationals?\b",
        r"\bpasseport (?:francais|etranger)\b",
        r"\b(?:eu|uk|us|british|french|european|francais|europeens?) (?:nationals?|citizens?|"
        r"ressortissants?)\b",
    ),
    Criterion.SEX: _rx(
        r"\b(?:un|une) (?:jeune |vrai |vraie )?(?:homme|femme)\b|\b(?:des|les|aux|de) "
        r"(?:jeunes )?(?:hommes|femmes)\b",
        r"\b(?:profil|candidat\w*|collaborat\w*|personnel|equipe) (?:plutot |exclusivement |"
        r"entierement )?(?:masculin|feminin)e?s?\b",
        r"\bvotre (?:sexe|genre)\b|\bd'etre une femme\b|\bparce que vous etes une femme\b",
        r"\b(?:a|another) (?:man|woman)\b|\b(?:male|female) (?:candidate|profile|applicant|"
        r"colleague|hire|team)s?|\byour (?:gender|sex)\b|\bbeing a (?:woman|man)\b",
        r"\b(?:more )?(?:masculine|feminine)\b|\ball-(?:male|female)\b|\bgentleman\b",
        r"\btransgen\w+|\btrans (?:woman|man|femme|homme)\b|\bidentite de genre\b|"
        r"\bgender identity\b|\bnon-?binaire\b|\bnon-?binary\b|\borientation sexuelle\b|"
        r"\bsexual orientation\b|\bhomosexu\w+|\blesbi\w+|\bopenly gay\b|\bgay (?:man|woman|men|"
        r"women|people|candidates?|couple)\b",
        r"\b(?:looking for|want|wants|prefer|prefers|need|needs|hire|hiring|seeking|recherch\w+|"
        r"prefer\w*|veut|voulons|souhait\w+) (?:a |an |un |une )?(?:[\w'-]+ )?(?:male|female|man|"
        r"woman|men|women|homme|femme|hommes|femmes)\b",
    ),
    Criterion.PREGNANCY: _rx(
        r"\b(?:you're|you are) expecting\b|\battendez un (?:heureux evenement|bebe)\b|"
        r"\bheureux evenement\b",
        r"\benceinte\b|\bgrossesse\b|\bconge (?:de )?maternite\b|\bmaternite\b",
        r"\b(?:desir|projet|envie)s? d'enfants?\b|\b(?:future|jeune) maman\b|\battendez un enfant",
        r"\bpregnan\w*|\bmaternity\b|\bexpecting (?:a baby|a child)\b|\bbaby\b|\bbebe\b",
        r"\bstart(?:ing)? a family\b|\bfonder une famille\b",
        r"\b(?:avoir|faire) (?:un|des) (?:enfants?|bebes?)\b|\bhave (?:a baby|children|kids)\b",
        r"\bdue date\b|\bdate (?:prevue )?d'accouchement\b|\baccouchement\b|\bterme de (?:votre|"
        r"ta) "
        r"grossesse\b",
    ),
    Criterion.FAMILY: _rx(
        r"\bsituation (?:familiale|de famille|maritale|matrimoniale)\b",
        r"\b(?:vos|tes|ses) enfants\b|\benfants? (?:en bas age|a charge|jeunes?)\b",
        r"\bjeunes enfants\b",
        r"\b(?:avec|with|ayant|having|as a (?:mother|father|parent) of) (?:[\w'-]+ ){0,2}"
        r"(?:enfants|kids|children)\b",
        r"\b(?:mere|pere|maman|papa) (?:de famille|seule?|celibataire|solo|de \w+ enfants?)",
        r"\b(?:contraintes?|obligations?|charges?|responsabilites?|vie|attaches?) "
        r"(?:familiales?|de famille)\b",
        r"\bgarde (?:de vos|des|d') ?enfants?\b|\bcreche\b|\bsans enfants?\b",
        r"\b(?:without|no) (?:kids|children)\b",
        r"\b(?:etes|etant) (?:mariee?|celibataire|divorcee?|pacsee?)\b|\bstatut marital\b",
        r"\bconge parental\b|\bvie de famille\b",
        r"\bcelibataire\b|\bsans attaches?\b|\bno (?:family )?ties\b",
        r"\ben couple\b|\bvie de couple\b|\b(?:votre|ton) (?:conjoint|mari|epoux|epouse|compagnon|"
        r"compagne)\b|\byour (?:husband|wife|spouse)\b|\b(?:avez|avoir|have|has) (?:deux|trois|"
        r"quatre|"
        r"two|three|four|\d) (?:enfants|kids|children)\b",
        r"\b(?:mere|pere|parent|maman|papa) isolee?\b|\bfamille monoparentale\b|"
        r"\bsingle (?:mum|mom|dad|parent)\b|\bnew (?:mum|mom|mother|dad|parent)\b|"
        r"\bjeune (?:maman|mere|papa|pere|parent)\b",
        r"\bfamily (?:situation|status|commitments?|obligations?|responsibilit(?:y|ies)|life|"
        r"circumstances|constraints?|ties)\b",
        r"\byour (?:children|kids|family)\b|\byoung (?:children|kids)\b|\bchildcare\b",
        r"\bmarital status\b|\b(?:are|being) (?:married|single|divorced)\b|\bsingle (?:mother|"
        r"father|parent)\b|\b(?:mother|father|mum|mom|dad) of\b|\bparental leave\b",
    ),
    Criterion.APPEARANCE: _rx(
        r"\b(?:polished|attractive|presentable|glamorous|elegant|soignee?) (?:look|looks|"
        r"appearance|image|allure)\b|\blooks? the part\b",
        r"\bapparence\b|\b(?:votre|ton|le|un|son) physique\b|\bcriteres? physiques?\b",
        r"\bpresentation physique\b|\bpresentable\b|\b(?:votre|ton) (?:look|allure|poids|"
        r"coiffure|taille)\b",
        r"\b(?:slim|mince|svelte|well-groomed|good-looking)\b|\bsilhouette\b",
        r"\b(?:au|le|un|votre|ton|son|leur) look\b|\blook (?:tres |plus |assez )?(?:soigne|"
        r"corporate|conforme|adapte|classique)\b|\b(?:votre|ton) style\b",
        r"\bpresentation (?:tres |plus )?(?:corporate|soignee|impeccable)\b|\b(?:your|the) look\b",
        r"\btatouages?\b|\bpiercings?\b|\bsurpoids\b|\bcorpulence\b|\bbarbe\b|\bdreadlocks?\b",
        r"\b(?:vos|tes) cheveux\b|\bcheveux (?:colores|longs|bleus|roses)\b",
        r"\bappearance\b|\byour (?:look|looks|weight|hair|hairstyle|beard|outfit)\b",
        r"\byour (?:[\w-]+ )?(?:hair|hairstyle|beard|skin)\b|\bgrooming standards?\b",
        r"\btattoos?\b|\boverweight\b|\bhow you look\b|\bphysical (?:presentation|image)\b",
        r"\bimage (?:de l'entreprise|de marque)\b.{0,40}\b(?:look|physique|style)",
        r"\bau physique\b|\bphysique (?:plus )?(?:conforme|agreable|avantageux|adapte)\b|"
        r"\btaille minimale\b|\bminimum height\b",
    ),
    Criterion.ACCENT: _rx(
        r"\b(?:votre|ton|son|un|d'un|cet|l') ?accent\b(?! sur)",
        r"\b(?:votre|ton|your|his|her) (?:prononciation|pronunciation|diction|elocution|"
        r"intonation)\b",
        r"\baccent (?:trop |tres |assez )?(?:prononce|fort|etranger|marque|regional|du sud|"
        r"du nord|africain|maghrebin|anglais|americain)",
        r"\byour (?:[\w-]+ )?accent\b|\b(?:strong|heavy|thick|foreign|noticeable|"
        r"regional) accent\b",
        r"\baccent (?:is|was|might|could|may)\b|\b(?:without|sans) (?:an |a |un )?accent\b",
    ),
    Criterion.DISABILITY: _rx(
        r"\bhandicap\w*",
        r"\brqth\b|\bfauteuil roulant\b|\b(?:en|votre|ton|son|un) fauteuil\b|\bmobilite reduite\b|"
        r"\bon the (?:autism |autistic )?spectrum\b|\bneurodiver\w+|\badhd\b|\btdah\b",
        r"\bmalvoyant\w*|\bmalentendant\w*|\bbegaie\w*|\bbegue\b|\bstutter\w*|\bstammer\w*|"
        r"\bdyslexi\w*|"
        r"\btourette\b",
        r"\binvalidite\b|\bsourde?s?\b|\baveugle\b|\bbequilles\b|\bautis\w+",
        r"\bdisabilit\w+|\bdisabled\b|\bwheelchair\b|\bimpairment\b|\breduced mobility\b",
        r"\bdeaf\b|\bblind\b(?!-)|\bautis\w+|\bcrutches\b",
        r"\b(?:a|une) (?:cane|walking stick|canne)\b|\bmobility (?:issues|needs|concerns|"
        r"problems)\b|"
        r"\bconcerned about (?:your )?mobility\b|"
        r"\bappareil auditif\b|\bprothese auditive\b|\bhearing aid\b|\bcanne blanche\b|"
        r"\bchien (?:guide|d'aveugle)\b|\bguide dog\b|\bwhite cane\b",
    ),
    Criterion.HEALTH: _rx(
        r"\b(?:votre|ton|son) (?:etat de )?sante\b|\betat de sante\b",
        r"\b(?:raisons?|problemes?|soucis?|antecedents?) (?:de sante|medicaux|medicales)\b",
        r"\barrets? (?:maladie|de travail)\b|\b(?:votre|sa|une) maladie\b|\bmalade\b|"
        r"\blongue maladie\b|\bmaladie (?:longue|chronique|grave)\b|"
        r"\btraitement medical\b",
        r"\bdiabet\w+|\bcancer\b|\bdepression\b|\bburn-?out\b|\bchronique\b|\bvisite medicale\b",
        r"\byour health\b|\bhealth (?:condition|issues|problems|reasons|history|concerns)\b",
        r"\bmedical (?:condition|history|leave|issues|record)\b|\bsick (?:leave|days)\b",
        r"\billness\b|\bchronic\b|\bdiabetes\b",
        r"\babsences? (?:pour|de) maladie\b|\babsences? medicales?\b|\bsick days\b",
        r"\brestrictions? medicales?\b|\binaptitude\b|\bmedical restrictions?\b|\bmental health\b|"
        r"\bsante mentale\b|\bunfit for work\b",
        r"\bsuivi medical\b|\bmedical (?:follow-up|appointments?|treatment)\b|\bsoins reguliers\b",
        r"\bsclerose\b|\bmultiple sclerosis\b|\bepilep\w+|\bvih\b|\bhiv\b|\basthm\w+|\bcrohn\b|"
        r"\bbipolai\w+|\bbipolar\b|\bschizophren\w+|\bparkinson\b|\balzheimer\b|\bmigraines?\b",
    ),
    Criterion.RELIGION: _rx(
        r"\b(?:your|whose|his|her|their|votre|ta|sa|dont la) (?:faith|foi|religious \w+|"
        r"croyances?|beliefs|pratique religieuse)\b",
        r"\breligi\w+|\bconfession\b|\b(?:vos|tes) croyances\b|\b(?:votre|ta) foi\b",
        r"\bvoile\b|\bvoilee?s?\b|\bfoulard\b|\bhijab\b|\bkippa\b|\bturban\b|\bramadan\b|"
        r"\bprieres?\b",
        r"\bmusulman\w*|\bjuif\b|\bjuive\b|\bchretienne\b|\bcatholique\b|\bpratiquant\w*|"
        r"\bislam\w*",
        r"\bshabbat\b|\bsabbat\w*|\bsigne religieux\b|\bfetes religieuses\b",
        r"\byour (?:faith|beliefs)\b|\bheadscarf\b|\bveil\b|\bmuslim\b|\bjewish\b|"
        r"\bprayers?\b|\bsabbath\b|\bkosher\b|\bhalal\b",
    ),
    Criterion.UNION: _rx(
        r"\bsyndica\w+|\bsyndiques?\b|\bdelegues? (?:du personnel|syndica\w+)",
        r"\brepresentant du personnel",
        r"\belue? (?:du|au) cse\b|\bmandat (?:syndical|d'elu|de representant)|\bcgt\b|\bcfdt\b|"
        r"\bcfe-cgc\b|\bunsa\b",
        r"\b(?:trade|labou?r) unions?\b|\bunion (?:activit\w+|member\w*|involvement|representative|"
        r"rep|organi[sz]\w+|affiliation|background)\b|\bunioni[sz]\w+",
        r"\bshop steward\b|\bworks council\b|\bstaff representative\b",
        r"\b(?:active|involved) in (?:the|a) (?:trade |labou?r )?union\b|\bunion (?:activist|"
        r"organi[sz]er)\b",
        r"\b(?:involvement|membership|activity|activities|role|work|engagement) (?:with|in|au sein "
        r"d') ?(?:the|a|un|le) (?:trade |labou?r )?(?:union|syndicat)\b",
    ),
}

OPENING_LATER = _rx(
    r"\b(?:poste|postes|besoin|recrutement|recrutements|ouverture|ouvertures|opportunite|"
    r"opportunites|position|role|opening|vacancy|vacancies|campagne|equipe|budget|"
    r"projet|headcount|hiring|intake|programme|program|cohort|promotion|session|recrut\w*|"
    r"embauch\w*|hire|team|grow)\b"
    r"[^.!?;\n]{0,90}?(?:dans|d'ici|en|a partir de|in|within|"
    r"around|from|d'ici a|au|about|sous)\s+(?:environ |about |around |approximately |"
    r"roughly |some |a peu pres |plus ou moins |un peu plus de |moins de |les |the |next |"
    r"prochains? )?"
    r"(?P<n>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r"|quelques|few|a few|several)\s+(?:prochains )?(?P<u>mois|months?|semaines|weeks|ans?|"
    r"annees?|years?|trimestres?|quarters?|semestres?)\b",
    r"\b(?:poste|postes|besoin|recrutement|ouverture|opportunite|position|role|opening|hiring|"
    r"ouvr\w*|boutique|magasin|store|agence|restaurant|"
    r"recrut\w*|"
    r"vacancy|vacancies)\b[^.!?;\n]{0,90}?\b(?:(?:au|a la|at the|in the|from|en|d'ici|pour|"
    r"for|in|by|cet|ce|this|next|des|vers|a la|a l') (?:prochain |next |la |l')?|l')"
    r"(?P<u2>trimestre|quarter|semestre|rentree|printemps|spring|"
    r"(?<=l')ete|(?<=cet.)ete|summer|automne|autumn|fall|annee prochaine|an prochain|new year|"
    r"nouvel an|year|"
    r"debut d'annee|"
    r"beginning of next year|early next year)\b",
    r"\b(?:recontact\w*|revenir vers nous|reprendre contact|repostuler|application again|"
    r"candidature a nouveau|postuler a nouveau|"
    r"get (?:back )?in touch|reach out|reapply|apply again|contact us again)\b"
    r"[^.!?;\n]{0,40}?\b(?:dans|d'ici|in|within|after)\s+(?:environ |about |around |roughly |"
    r"approximately |some |a peu pres |plus ou moins )?"
    r"(?P<n3>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")\s+(?P<u3>mois|months?|ans?|years?)\b",
    r"\b(?:ouvr\w*|rouvr\w*|reouvr\w*|s'ouvrir|se liberer\w*|liberer\w*|recrut\w*|embauch\w*|"
    r"open\w*|"
    r"reprendre|reprise|resume\w*|restart\w*|relaunch\w*|re-?advertis\w*|republish\w*|"
    r"repost\w*|republi\w*|"
    r"reopen\w*|hire|hiring|recruit\w*|vacant|available|intake|"
    r"relanc\w+ (?:le|ce|notre) recrutement)"
    r"\b[^.!?;\n]{0,70}?\b(?:dans|d'ici|in|within|en) (?:environ |about |around |approximately |"
    r"roughly |some |a peu pres |plus ou moins )?"
    r"(?P<n5>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+"
    r"(?P<u5>mois|months?|semaines|weeks|ans?|annees?|years?)\b",
    r"\b(?:hiring|hire|opening|open|reopen\w*|recruit\w*|recrut\w*|ouvr\w*|role|position|poste)"
    r"\b[^.;!?\n]{0,60}?\b(?P<n6>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r") (?P<u6>months?|mois|weeks|semaines) (?:from now|from today|d'ici)",
    r"\b(?P<n4>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")\s+(?P<u4>mois|months?)\b[^.!?;\n]{0,40}\b(?:poste|position|role|opening|ouvrir|"
    r"open|recrut|hiring|vacant)",
    r"\b(?:poste|position|role|opening|recrutement|recrut\w*|hiring|hire|ouvr\w*|reouvr\w*|open\w*)"
    r"[^.!?;\n]{0,60}?\b(?:en|in|pour|for|"
    r"vers|around|d'ici|by) (?:debut |fin |early |late |mid-?|mi-)?(?P<month>"
    + "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3)
    + r")\b",
)
# "Nothing now, but later" needs a future opening, not an opening now.
OTHER_OPENING = _rx(
    # Openings now, the words in either order: "we currently have several other openings",
    # "d'autres postes sont actuellement ouverts".
    r"\b(?:currently|now|actuellement|en ce moment|right now|today) (?:[\w'-]+ ){0,3}(?:other|"
    r"several|many|a few|a couple of|some|similar|plusieurs|d'autres|autres|more) "
    r"(?:[\w'-]+ )?(?:openings|positions|roles|"
    r"vacancies|opportunities|postes|offres|opportunites)\b",
    r"\b(?:d'autres|autres|un autre|une autre|plusieurs) (?:postes?|offres?|opportunites?|"
    r"missions?|roles?) (?:[\w'-]+ ){0,4}(?:ouverte?s?|a pourvoir|disponibles?|en cours|"
    r"actuellement|"
    r"en ce moment|publiee?s?|correspond\w+|conviendr\w+|pourrai\w+|qui pourrai\w+|"
    r"plus adaptee?s?|chez nous|au sein)",
    r"\b(?:postuler|candidater|positionner|consulter) (?:[\w'-]+ ){0,3}(?:a |sur |nos |d'autres |"
    r"l'une "
    r"de nos |un autre |une autre )(?:[\w'-]+ ){0,2}(?:offres?|postes?|annonces?) "
    r"(?:[\w'-]+ ){0,5}(?:actuellement|en cours|ouverte?s?|en ligne|a pourvoir|disponibles?|"
    r"publiee?s?|parue?s?)",
    r"\b(?:vous|te) (?:propose|proposons|invite|invitons|encourage|encourageons|conseille) "
    r"(?:de |a )?(?:candidater|postuler|vous positionner|te positionner) (?:a|sur|pour) "
    r"(?:notre|nos|l'|une|un|cette|cet|ce)\b",
    r"\bnous recrutons (?:actuellement|en ce moment) ",
    r"\b(?:we (?:do |also |currently )?have|nous avons|on a) (?!no |aucun|pas )(?:[\w-]+ ){0,3}"
    r"(?:openings|vacancies|positions|roles|postes|offres)\b[^.;!?\n]{0,40}\b(?:right now|now|"
    r"currently|actuellement|en ce moment|open|ouverts?)\b",
    r"\b(?:nous recrutons|on recrute|we(?:'re| are) (?:recruiting|hiring)) (?:en ce moment |"
    r"actuellement |right now |currently )",
    r"\b(?:our|an|nos) open (?:[\w-]+ ){0,3}(?:position|role|opening|vacancy)\b|"
    r"\bteam hiring for\b",
    r"\b(?:nous ouvrons|we(?:'re| are) opening|on ouvre) (?:un|une|des|a|an|several|plusieurs) "
    r"(?:[\w-]+ ){0,2}(?:poste|postes|offre|role|position|opening)",
    r"\b(?:just |recently |tout juste |recemment )?(?:posted|published|opened|publie|ouvert)\b"
    r"[^.;!?\n]{0,50}\b(?:role|position|job|poste|offre|opening)\b",
    r"\b(?:great|good|perfect|strong) (?:match|fit) for you\b",
    r"\byou'd suit\b|\b(?:suit|fit) our [\w -]{0,40}(?:vacancy|role|position|opening)\b",
    r"\b(?:several|other|some|a few|plusieurs|d'autres) (?:[\w-]+ ){0,2}(?:openings|vacancies|"
    r"positions|"
    r"roles|postes|offres)\b[^.;!?\n]{0,60}\b(?:match|fit|suit|correspond\w*|conviendr\w*)",
    r"\b(?:nous recherchons|on recherche|we(?:'re| are) (?:also )?looking for|nous recrutons|"
    r"we(?:'re| are) (?:also )?hiring)\b[^.;!?\n]{0,60}\b(?:en ce moment|actuellement|currently|"
    r"right now|aussi|egalement|toutefois|par ailleurs|also)\b(?=[^\n]{0,200}\b(?:si cela vous "
    r"interesse|n'hesitez pas a postuler|if you(?:'re| are) interested|feel free to apply|postuler|"
    r"apply|pourrait vous interesser|could interest you|might interest you|interested|"
    r"interessee?)\b)",
    r"\b(?:team|equipe|department|service|departement)\b[^.;!?\n]{0,20}\b(?:is|are|est) "
    r"(?:currently |now |actuellement |also |aussi )?(?:hiring|recruiting|recrute)\b",
    r"\b(?:is|are|sont|est) (?:currently |now |actuellement )?(?:open|ouverte?s?|available|"
    r"disponibles?|a pourvoir) (?:now|actuellement|en ce moment|right now|today)\b|\bopen now\b",
    r"\b(?:an|a|another|une?|other|d'autres) (?:[\w-]+ ){0,3}(?:opening|vacancy|position|role|"
    r"poste|offre)s?\b"
    r"[^.;!?\n]{0,40}\b(?:right now|now|currently|actuellement|en ce moment)\b",
    r"\b(?:currently|now|actuellement|en ce moment) (?:live|open|posted|advertised|en ligne|"
    r"ouverte?s?|publiee?s?)\b",
    r"\b(?:nous recrutons|on recrute|we(?:'re| are) (?:also )?(?:hiring|recruiting)) "
    r"(?:aussi |also |egalement |actuellement |currently |en ce moment |right now )?"
    r"(?:un|une|des|for|a|an|several|plusieurs|other)\b",
    r"\b(?:actuellement|en ce moment|aussi|egalement|par ailleurs)\b[^.;!?\n]{0,40}\b"
    r"(?:postes?|offres?|opportunites?|missions?)\b[^.;!?\n]{0,60}\b(?:ouverte?s?|a pourvoir|"
    r"disponibles?|convenir|correspond\w*|interesser)",
    r"\b(?:might|may|could|would) (?:also |better )?(?:suit|interest|fit) you\b|"
    r"\bpourrait (?:mieux |"
    r"aussi )?vous (?:convenir|correspondre|interesser)\b",
    r"\bqui pourrai(?:t|ent) (?:davantage |mieux |aussi |egalement )?(?:vous |te )"
    r"(?:convenir|correspondre|interesser)",
    r"\b(?:roles?|positions?|openings?|opportunit\w+) (?:[\w'-]+ ){0,3}(?:that|which) "
    r"(?:might|may|could|would) (?:also |better )?(?:suit|interest|fit|match) you",
    r"\bvous proposer (?:un autre|une autre|le poste de|un poste de)",
    r"\bpourriez (?:correspondre|convenir) (?:a|pour) (?:un autre|une autre)",
    r"\bother (?:open |current |available )?(?:positions?|roles?|opportunities|openings|"
    r"vacancies|jobs)\b(?:\w| ){0,40}?(?:open|available|currently|now|right now|that (?:may|"
    r"might|could|would)|which (?:may|might|could)|better suited|more suited|match|fit|"
    r"we are hiring|on our)",
    r"\b(?:another|a different) (?:role|position|opening|opportunity) (?:[\w'-]+ ){0,5}"
    r"(?:open|available|suit|fit|match|better|currently|now)",
    r"\b(?:encourage|invite|welcome) you to (?:apply|consider|look) (?:[\w'-]+ ){0,3}"
    r"(?:other|another|one of our|our (?:current|open))",
    r"\b(?:currently|now) (?:hiring|recruiting) for\b|\bcurrently (?:open|have) (?:[\w'-]+ ){0,2}"
    r"(?:roles?|positions?)",
)
FUTURE_ONLY = re.compile(
    r"\b(?:futur\w*|prochaine?s? (?:offres?|opportunites?|postes?|ouvertures?|annonces?)|a venir|"
    r"ulterieur\w*|future|upcoming|later|"
    r"si une opportunite|should a|if a|vivier|talent pool|in the future)\b"
)

_SKILL_WORD = (
    r"(?:experience|experiences|competences?|connaissances?|maitrise|pratique|expertise|"
    r"savoir-faire|skills?|knowledge|proficiency|background|exposure|command|fluency|"
    r"niveau|level|familiarity|qualifications?)"
)
_SKILL_AFTER = r"(?P<skill>(?:[^,.;:!?\n()]|\.(?=\w)){2,80})"
MISSING_SKILL = _rx(
    rf"\b(?:manqu\w+|absence|insuffisance) (?:encore |un peu |beaucoup )?(?:d'|de |du |des |un |"
    rf"une )?"
    rf"(?:[\w'-]+ ){{0,2}}{_SKILL_WORD} (?:[\w'-]+ ){{0,1}}(?:en|sur|dans|avec|de|du|des|d'|"
    rf"pour le|"
    rf"pour la) {_SKILL_AFTER}",
    rf"\b(?:pas|peu|insuffisamment|trop peu) (?:assez |suffisamment )?(?:d'|de )?(?:[\w'-]+ )?"
    rf"{_SKILL_WORD} (?:[\w'-]+ )?(?:en|sur|dans|avec|de|du|des|d') {_SKILL_AFTER}",
    rf"\b(?:votre|ton|vos|tes) (?:niveau|maitrise|connaissance|connaissances|pratique|"
    rf"experience|competences?) (?:d'|de |en |du |des |sur |avec )?{_SKILL_AFTER}"
    r"(?= (?:n'est|n'etait|ne |est juge|etait juge|jugee?|reste|restait|est insuffisant|"
    r"etait insuffisant|insuffisant|est encore|est trop|semble))",
    r"\b(?:manque|manquait|il (?:vous|te) manque|il manquait) (?:de |d'|un |une |la |le |l')?"
    r"(?P<skill2>[^,.;:!?\n()]{2,60}?)(?= (?:pour|qui|que|indispensable|necessaire|requis)|"
    r"[,.;:!?\n]|$)",
    rf"\b(?:recherch\w+|souhait\w+|cherch\w+|faut|fallait|exige\w*|requiert|necessit\w+|"
    rf"demande|demandait|privilegie\w*|retenu\w*) (?:[\w'-]+ ){{0,4}}(?:avec|ayant|disposant d'|"
    rf"justifiant d'|possedant) (?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:[\w'-]+ ){{0,1}}(?:en|de|du|"
    rf"des|d'|"
    rf"sur|dans|avec) {_SKILL_AFTER}",
    rf"\b(?:plus|davantage) (?:d')?(?:experience|experimente\w*|competences?|expertise|"
    rf"connaissances?) (?:[\w'-]+ )?(?:en|sur|dans|avec|de|du|des) {_SKILL_AFTER}",
    rf"\b(?:plus|davantage|pas assez|trop peu) de (?:bouteille|metier|recul|pratique|terrain|"
    rf"vecu) (?:en|sur|dans|avec) {_SKILL_AFTER}",
    rf"\bmaitris(?:ant|e|ait)(?: parfaitement| deja| mieux| davantage)? (?:le |la |les |l')?"
    rf"{_SKILL_AFTER}",
    rf"\blacunes? (?:en|sur|dans) {_SKILL_AFTER}",
    rf"\b(?:requiert|exige|necessite|demande|suppose|impose|demandait|exigeait|necessitait) "
    rf"(?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:[\w'-]+ )?(?:en|de|du|des|d'|sur|dans|"
    rf"avec) {_SKILL_AFTER}",
    rf"\b(?:lack|lacked|lacking|lacks|lack of|insufficient|limited|not enough|little) "
    rf"(?:of )?(?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:in|with|of|on|using|around) {_SKILL_AFTER}",
    rf"\b(?:more|stronger|deeper|additional|further|solid|strong|proven|extensive|advanced|"
    rf"significant|substantial|direct|hands-on) (?:[\w'-]+ ){{0,2}}{_SKILL_WORD} "
    rf"(?:in|with|on|of|using|around) {_SKILL_AFTER}",
    rf"\b(?:not|don't|didn't|doesn't|do not|did not|does not) (?:yet )?(?:have|has|had|"
    rf"demonstrate|show) (?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:in|with|of|on) {_SKILL_AFTER}",
    rf"\byour (?:level of|proficiency in|experience (?:with|in)|knowledge of|skills in|"
    rf"command of|fluency in|background in) {_SKILL_AFTER}(?= (?:is|was|were|isn't|wasn't|"
    r"did|does|fell|falls|remains|is not|was not))",
    rf"\b(?:fluent|fluency in|proficient in|expert in|certified in) {_SKILL_AFTER}"
    r"(?= (?:was|is|were) (?:a |an )?(?:must|requirement|required|essential|mandatory|key))",
    rf"\bgaps? in (?:your )?{_SKILL_AFTER}",
    r"\b(?:who|qui) (?:already )?(?:holds?|has|detient|possede|a) (?:the |a |an |le |la |l'|un |"
    r"une )?"
    r"(?P<skill>(?:[\w-]+ ){0,3}(?:qualification|certification|licence|license|certificate|diplome|"
    r"degree|permis|habilitation))\b",
    r"\b(?:enough|sufficient|assez d'|suffisamment d') (?P<skill>[\w-]+(?: [\w-]+)?) (?:experience|"
    r"skills|expertise|knowledge)\b",
    rf"\b(?:candidates?|someone|people|profiles?) (?:who (?:have|has|had)|with) (?:already )?"
    rf"(?:shipped|built|delivered|led|managed|run) {_SKILL_AFTER}",
    rf"\b(?:calls for|requires|demands|needs|required|called for) (?:[\w-]+ ){{0,2}}{_SKILL_WORD} "
    rf"(?:in|with|of|on) {_SKILL_AFTER}",
    r"\b(?:need|require)\w* (?:a |an |the |un |une )(?P<skill>[^,.;:!?\n()]{2,40}?) (?:for this|"
    r"for the|"
    r"pour ce|pour le)\b",
    r"\b(?:answers?|reponses?|knowledge|connaissances?) (?:on|about|sur|"
    r"en) (?P<skill>[^,.;:!?\n()]{2,40}?)"
    r" (?:suggested|showed|revealed|montr\w+|revel\w+|ont montre) (?:some )?(?:gaps|lacunes|"
    r"weaknesses|faiblesses)\b",
    rf"\b(?:titulaire|detenteur|detentrice|holder) (?:du|de la|de l'|d'un|d'une|des|of a|of an|"
    rf"of the|of) ?{_SKILL_AFTER}",
    rf"\bsomeone (?:comfortable|confident|proficient|experienced|familiar|skilled|fluent) (?:with|"
    rf"in) "
    rf"{_SKILL_AFTER}",
    rf"\b(?:more|plus d') (?:years?|annees) (?:of experience |d'experience )?(?:in|with|en|dans) "
    rf"{_SKILL_AFTER}",
    r"\b(?:need|needed|require\w*|looking for|recherch\w+) (?:someone|a candidate|quelqu'un|une "
    r"personne) (?:with|avec|ayant|who has|qui a) (?:a |an |the |un |une |le |la )?"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?)(?=,| and you| et vous| which| qui|\.|$| and at least| et au "
    r"moins| and \d| et \d)",
    rf"\bfaute d'(?:une |un )?(?:experience|maitrise|competences?|"
    rf"connaissances?) (?:suffisante?s? )?"
    rf"(?:en|dans|sur|de|d') ?{_SKILL_AFTER}",
    r"\b(?:experience|expertise|maitrise|connaissance)s? (?:[\w'-]+ ){0,4}?(?:en|dans|sur|with|in) "
    r"(?P<skill>[^,.;:!?\n()]{2,50}?) (?:etait|est|was|is|were|sont|etaient) (?:requise?s?|"
    r"exigee?s?|"
    r"indispensables?|necessaires?|obligatoires?|required|essential|mandatory|a must)\b",
    rf"\bsomeone (?:who's|who has|who have|qui a) (?:worked|used|shipped|built|deja travaille|"
    rf"travaille) (?:with|on|in|avec|sur) {_SKILL_AFTER}",
    r"\bniveau (?:d'|de |en )(?P<skill>[\w-]+) (?:courant|bilingue|natif|avance|confirme|"
    r"professionnel|c1|b2|c2)\b",
    r"\b(?:la |le |l'|une? |a |an |the )?(?P<skill>(?:certification|habilitation|permis|diplome|"
    r"licence|license|certificate|qualification) [^,.;:!?\n()]{2,30}?) (?:est|etait|is|was) "
    r"(?:obligatoire|indispensable|requise?|exigee?|mandatory|required|essential)\b",
    r"\b(?:years?|ans|annees) (?:of |d')(?:[\w-]+ )?(?:experience|expérience) (?:with|in|on|using|"
    r"en|"
    r"sur|dans|avec) (?P<skill>[^,.;:!?\n()]{2,50}?)(?=,| which| that| qui| que|\.|$| for| pour)",
    r"\b(?:votre|ton|your) (?P<skill>[\w'-]+(?: [\w'-]+)?) (?:n'est|n'etait|is not|was not|isn't|"
    r"wasn't)(?: pas)? (?:assez |suffisamment |quite |good )?(?:suffisant|bon|solide|au niveau|"
    r"sufficient|enough|strong enough|good enough|up to)",
    r"\b(?:exige|requiert|necessite|demande|impose|requires|required|needs) (?:le |la |les |l'|un |"
    r"une |a |an |the )?(?P<skill>[^,.;:!?\n()]{2,40}?)(?: \([^()\n]{1,20}\))?,? (?:que|ce que|"
    r"which|that|dont) (?:vous|you) "
    r"(?:n'avez|ne possedez|ne maitrisez|don't have|do not have|lack|n'etes pas titulaire|"
    r"ne disposez)",
    r"\b(?:don't|do not|did not|didn't|ne) (?:hold|possess|detenez|possedez|have a valid|have the "
    r"required)(?: pas)? (?:a |an |the |un |une |le |la |de )?(?:valid |valide |required |"
    r"current )?"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?)(?=,| which| that| qui| requis| required| essential|\.|$)",
    r"\b(?:stronger|deeper|solid|strong|proven|extensive|significant|greater|better|more) "
    r"(?P<skill>[\w+#.'-]+(?: [\w+#.'-]+){0,3}?) (?:experience|skills?|expertise|knowledge|"
    r"background|fundamentals|foundations)\b",
    r"\b(?:ne possedez pas|ne possede pas|n'avez pas|ne disposez pas|ne maitrisez pas|"
    r"n'aviez pas|ne possediez pas) (?:encore )?(?:de |d'|la |le |l'|les |du |des )?"
    r"(?P<skill>[^,.;:!?\n()]{2,60}?) (?:requise?s?|necessaires?|demandee?s?|exigee?s?|"
    r"indispensables?|attendue?s?)\b",
    r"\b(?:vos|tes|votre|ton) (?:competences|connaissances|experience|maitrise|niveau) "
    r"(?:en|de|du|des|d'|sur) (?P<skill>[^,.;:!?\n()]{2,60}?) (?:etaient|sont|est|etait|"
    r"nous (?:ont )?semble\w*|semble\w*|paraiss\w+|restent|reste) (?:[\w'-]+ ){0,3}"
    r"(?:justes?|insuffisante?s?|limitee?s?|faibles?|legere?s?|trop justes?)",
    r"\b(?:have|had|has|with) (?:enough|sufficient|the required|the necessary|more|adequate) "
    r"(?:experience|skills?|knowledge|expertise|"
    r"background) (?P<skill>[a-z]+ing\b[^,.;:!?\n()]{0,50})",
    rf"\b(?:bilingue|fluent|courant|native|fluide|bilingual|parfaitement bilingue|fluently|"
    rf"native-level|native level|niveau natif en|niveau courant en) "
    rf"(?:en |in )?{_SKILL_AFTER}",
    r"\byour (?P<skill>[\w+#.'-]+(?: [\w+#.'-]+){0,3}?) (?:skills?|experience|knowledge|level|"
    r"proficiency|background) (?:was|were|is|are|weren't|wasn't|isn't|aren't|did not|didn't)"
    r"(?: not| quite| a bit| slightly| still| yet)* (?:at the level|sufficient|enough|"
    r"strong enough|"
    r"insufficient|below|lacking|meet|quite there|up to)",
    r"\byour (?P<skill>[\w+#.'-]+(?: [\w+#.'-]+){0,3}?) (?:skills?|experience|knowledge) (?:need|"
    r"needs|"
    r"require|requires) (?:more |further |some )?(?:development|work|improvement|strengthening)\b",
    r"\b(?:need|require|want)\w* (?:at least )?(?:[\w-]+ )?(?:years?|ans) (?:of experience )?(?:in|"
    r"as|"
    r"en|dans|comme) (?:a |an |un |une )?(?P<skill>[^,.;:!?\n()]{2,50}?)(?=,| for| pour|\.|$)",
    rf"\b(?:candidat\w*|profils?|quelqu'un|personne|someone|candidates?|profiles?|applicants?) "
    rf"(?:[\w'-]+ ){{0,3}}(?:avec |ayant |disposant d'|disposant de |justifiant d'|possedant |"
    rf"with |who has |who have |who had |"
    rf"that has )(?:[\w'-]+ ){{0,4}}{_SKILL_WORD} (?:[\w'-]+ ){{0,2}}(?:en|de|du|des|d'|"
    rf"sur|dans|avec|in|with|of|on|using) {_SKILL_AFTER}",
    rf"\b(?:need|needed|looking for|want|wanted|require|required|seeking|searching for|prefer) "
    rf"(?:someone|a candidate|candidates|a person|a profile|profiles) (?:who (?:has|have|had|is|"
    rf"can)|with) [^.;!?,\n]{{0,60}}?\b(?:in|with|on|using) {_SKILL_AFTER}",
)
# A requirement and its gap in one sentence, whatever the wording of either.
_REQUIRED = (
    r"(?:indispensables?|essentiel\w*|requise?s?|necessaires?|obligatoires?|centrale?|cles?|"
    r"required|essential|mandatory|key|crucial|critical|central)"
)
_GAP = (
    r"(?:fait defaut|vous manque|manque|lack\w*|missing|which you|que vous n|you don't|"
    r"you do not)"
)
MISSING_SKILL_GENERAL = _rx(
    r"\b(?:someone|quelqu'un|a candidate|candidates|un profil|une personne|un candidat|"
    r"a profile|a person) (?:more |plus |better |highly |mieux |tres )?(?:experienced|"
    r"experimentee?|skilled|versed|competent|qualified|seasoned|familiar|comfortable|aguerrie?|"
    r"formee?) (?:with|in|on|en|sur|dans|avec|a) (?P<skill>[^,.;:!?\n()]{2,50}?)(?=,|\.|;|$| so|"
    r" donc| for| pour| and| et| which| qui| car| because)",
    rf"\b(?:plus grande|meilleure|plus solide|plus large|plus longue|greater|broader|wider|"
    rf"deeper|longer|plus forte|plus importante) {_SKILL_WORD} (?:en|in|of|de|du|des|d'|with|sur|"
    rf"dans|avec) ?{_SKILL_AFTER}",
    r"\b(?:ne|n') ?(?:maitrisez|maitrisiez|possedez|possediez|connaissez|detenez) pas "
    r"(?:suffisamment |assez |encore |bien |totalement )?(?:de |d'|le |la |l'|les |du |des |un |"
    r"une )?(?P<skill>[^,.;:!?\n()]{2,60}?)(?=,| qui| que| pour| alors|\.|;|$)",
    rf"\b(?:experience|expertise|maitrise|connaissance|competence|pratique|knowledge|command)s? "
    rf"(?:[\w'-]+ ){{0,2}}?(?:en|dans|sur|de la|de l'|du|des|de|d'|with|in|of) "
    rf"(?P<skill>[^,.;:!?\n()]{{2,50}}?) (?:est|etait|is|was|sont|are) (?:[\w'-]+ )?{_REQUIRED}\b"
    rf"[^.;!?\n]{{0,60}}\b{_GAP}",
    r"\b(?:requiert|necessite|exige|demande|requires|needs|calls for|required|needed) "
    r"(?:davantage|plus|more|stronger|deeper|further|better) (?:de |d'|of )?"
    r"(?P<skill>[^,.;:!?\n()]{2,50}?)(?=,|\.|;|$| que| than| qu')",
    r"\b(?:(?:exige|requiert|necessite|demande|impose|requires?|required|needs?) |besoin d')"
    r"(?:(?:candidates?|candidats?|applicants?|someone|quelqu'un|une personne|un profil|a person|"
    r"un candidat|une candidate) (?:to have|to hold|ayant|with|who has|who holds|qui a|"
    r"qui possede|disposant d') )?(?:le |la |les |l'|"
    r"un |une |a |an |the )?(?:valid |valide |current )?(?P<skill>[^,.;:!?\n()]{2,40}?),? "
    r"(?:que|ce que|which|that|qui) "
    r"(?:vous |you )?(?:(?:[\w']+ ){0,2}(?:pas|not|lack|fait defaut|manque|is missing)\b|"
    r"(?:don't|do not|didn't|did not|n'avez|ne possedez)(?: [\w']+){0,2}? (?:hold|have|possess|"
    r"pas)\b)",
    rf"\b(?:prioriti[sz]\w*|favou?r\w*|privilegi\w*|preferring|prefer) (?:des |les |de )?"
    rf"(?:candidates?|candidats?|profils?|profiles?|applicants?) (?:with|avec|ayant|who have) "
    rf"(?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:in|with|en|dans|of|de|d') ?{_SKILL_AFTER}",
    rf"\b(?:candidat\w*|candidates?|profils?|personnes?|someone|quelqu'un|profiles?) (?:dont|"
    rf"whose) (?:l'|le |la |les |son |sa |ses |own )?{_SKILL_WORD} (?:en|in|with|de|of|dans|sur|"
    rf"d') ?{_SKILL_AFTER}",
)
# The same families in other words: a requirement, someone "confirmé sur" it, a gap named.
_NOT_A_SKILL_YET = (
    r"(?!(?:more|plus|stronger|deeper|greater|better|extensive|solid|strong|proven|significant|"
    r"davantage|relevant|enough|sufficient|necessary|required|prior|previous|professional|"
    r"practical|hands-on|direct|recent|pertinent\w*|suffisant\w*|ce poste|this role|le poste)\b)"
)
MISSING_SKILL_FAMILIES = _rx(
    # "quelqu'un de confirmé sur Symfony", "de plus à l'aise en React Native", "d'autonome sur
    # la paie", "someone confident with Excel"
    r"\b(?:quelqu'un|une personne|un profil|un candidat|une candidate|someone|a person|"
    r"a candidate) (?:de |d')?(?:plus |tres |deja |vraiment |more |already |really )?"
    r"(?:autonome|confirmee?|a l'aise|operationnel\w*|solide|senior|expert\w*|pointue?|calee?|"
    r"forte?|strong|proficient|fluent|confident|at ease|independent) (?:sur|en|avec|dans|with|in|"
    r"on|at) " + _NOT_A_SKILL_YET + r"(?P<skill>[^,.;:!?\n()]{2,50}?)(?=[,.;:!?\n()]|$| so| donc| "
    r"for| pour| and| et| which| qui| or| or | car| because)",
    # "la pratique courante du néerlandais est exigée", "le CACES R489 est obligatoire et tu ne
    # l'as pas"
    r"\b(?:experience|expertise|maitrise|connaissance|pratique|niveau|usage|knowledge|command) "
    r"(?:courante?|parfaite?|solide|bonne|confirmee?|approfondie?|fluent|good|solid|sound) "
    r"(?:en|dans|sur|du|de la|de l'|des|de|d'|of|in|with) ?(?P<skill>[^,.;:!?\n()]{2,50}?) "
    r"(?:est|etait|sont|is|was|are) (?:[\w'-]+ )?(?:obligatoire|indispensable|requise?|"
    r"exigee?|necessaire|mandatory|required|essential|a must)s?\b",
    r"(?:^|[.;:!?\n]\s*|,\s)(?:le |la |l'|les |un |une |the |a |an )"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?) "
    r"(?:est|etait|sont|is|was|are) (?:[\w'-]+ )?(?:obligatoire|indispensable|requise?|exigee?|"
    r"mandatory|required|essential|a must)s? (?:et|and|or|mais|but|,) ?(?:[\w'-]+ ){0,2}"
    r"(?:tu ne l'|vous ne l'|tu n'|vous n'|you don't|you do not|you didn't|you lack|"
    r"ne l'|n'en|which you)",
    # "une connaissance insuffisante de la réglementation", "limited knowledge of IFRS"
    r"\b(?:connaissance|maitrise|pratique|experience|niveau|knowledge|command|grasp|understanding)"
    r"s? (?:insuffisante?s?|limitee?s?|trop (?:juste|limitee?|legere?)s?|faibles?|lacunaires?|"
    r"superficielles?|insufficient|limited|weak|poor|basic) (?:de la |de l'|du |des |de |d'|en |"
    r"of |in |with )(?P<skill>[^,.;:!?\n()]{2,50}?)(?=[,.;:!?\n()]|$| pour| for| qui| which| et | "
    r"and )",
    # "they went with someone who has CIPD Level 7", "ont retenu un candidat titulaire du DEES"
    r"\b(?:went|gone|going|go|chose|chosen|picked|hired|selected|retenu|choisi|privilegie|"
    r"prefere) (?:with )?(?:someone|a candidate|an applicant|another candidate|quelqu'un|"
    r"un candidat|une candidate|un profil|une personne) (?:who (?:has|had|holds|held)|with|"
    r"qui (?:a|avait|possede|detient)|ayant|disposant d'|avec|titulaire d[ue'] ?) "
    r"(?:already |deja )?(?:a |an |the |un |une |le |la |l')?"
    + _NOT_A_SKILL_YET
    + r"(?P<skill>[^,.;:!?\n()]{2,40}?)(?=[,.;:!?\n()]|$| and | et | which| qui| for | pour )",
    # "your financial modelling wasn't at the level we need", "votre anglais n'est pas à la
    # hauteur"
    r"\b(?:your|votre|ton) (?P<skill>[\w+#.'-]+(?: [\w+#.'-]+)?) (?:wasn't|was not|isn't|is not|"
    r"n'est|n'etait|weren't|were not|aren't) (?:pas |yet |encore |quite |really |vraiment )*"
    r"(?:at the level|up to (?:the |our )?(?:level|standard|mark)|a la hauteur|au niveau|"
    r"where (?:we|it) need)",
    # "you lacked safeguarding experience", "sans expérience du management"
    r"\b(?:lack\w*|without|missing) (?:any |some |the )?"
    + _NOT_A_SKILL_YET
    + r"(?P<skill>[\w+#.'-]+(?: [\w+#.'-]+){0,2}?) (?:experience|skills?|expertise|knowledge|"
    r"background|qualifications?)\b",
)
MISSING_SKILL_FAMILIES.patterns += _rx(
    # "Le niveau attendu en Excel avancé n'est pas atteint"
    r"\bniveau (?:attendu|requis|demande|exige|expected|required) (?:en|sur|de|d'|du|in|on) "
    r"(?P<skill>[^,.;:!?\n()]{2,50}?)(?: \([^()\n]{1,40}\))? (?:n'est|n'etait|is not|was not|"
    r"isn't|wasn't) (?:pas )?(?:atteint|la|reached|met)\b",
    # "the minimum qualifications: a valid Texas Commercial Driver's License is required"
    r"\b(?:qualifications?|requirements?|criteres?|prerequis|exigences?)\b[^.;!?\n]{0,60}:\s*"
    r"(?:a |an |the |un |une |le |la |l')?(?:valid |valide |current )?"
    r"(?P<skill>[^,.;:!?\n()]{2,50}?) (?:is|are|est|sont) (?:required|requise?s?|mandatory|"
    r"obligatoires?|exigee?s?)\b",
    # "un autre profil, plus senior sur la partie data engineering"
    r"\b(?:un autre profil|un profil|another profile|a profile),? (?:plus|more) (?:senior|"
    r"experimente|confirme|technique|solide|experienced) (?:sur|en|dans|on|in) "
    + _NOT_A_SKILL_YET
    + r"(?P<skill>[^,.;:!?\n()]{2,50}?)(?=[,.;:!?\n()]|$| so| donc| and| et| qui| which)",
).patterns
MISSING_SKILL_FAMILIES.patterns += _rx(
    # "une personne sachant déjà utiliser AutoCAD", "someone able to use Figma"
    r"\b(?:quelqu'un|une personne|un profil|un candidat|une candidate|someone|a person|"
    r"a candidate) (?:sachant|capable d'|capable de|qui sait|qui savait|able to|who can|who could) "
    r"(?:deja |already )?(?:utiliser|maitriser|piloter|pratiquer|use|run|handle|operate) "
    r"(?:le |la |les |l'|the )?(?P<skill>[^,.;:!?\n()]{2,50}?)(?=[,.;:!?\n()]|$| au | pour| for| "
    r"and| et| qui| which)",
    # "your experience leading remote teams was too thin"
    r"\byour (?:experience|background|knowledge) (?P<skill>[^,.;:!?\n()]{2,50}?) (?:was|is|were|"
    r"seemed|felt) (?:a bit |slightly |rather |still |just )?(?:too (?:thin|light|limited|junior|"
    r"narrow)|insufficient|limited|not (?:enough|sufficient|strong enough|deep enough))",
    # "une candidate qui parle couramment l'italien", "someone who speaks fluent German"
    r"\b(?:quelqu'un|une personne|un candidat|une candidate|un profil|someone|a candidate|"
    r"an applicant) (?:qui (?:parle|maitrise|pratique)|who speaks|speaking) (?:deja |already )?"
    r"(?:couramment |parfaitement |fluent |fluently )?(?:le |la |l')?"
    r"(?P<skill>[\w'-]+(?: [\w'-]+)?)"
    r"(?=[,.;:!?\n()]|$| au | pour| for| and| et| qui| which| indispensable| essential)",
).patterns
MISSING_SKILL.patterns += MISSING_SKILL_GENERAL.patterns + MISSING_SKILL_FAMILIES.patterns
GENERIC_EXPERIENCE = _rx(
    r"\b(?:manque|manquait|pas assez|insuffisamment|peu) d'experience\b",
    r"\bprofils? (?:plus|davantage) (?:experimente|senior|confirme|technique|qualifie)",
    r"\bcandidats? (?:plus|davantage) (?:experimente|senior|confirme|qualifie)",
    r"\b(?:more|most) (?:experienced|senior|qualified)\b",
    r"\b(?:lack|lacked|lacking) (?:of )?(?:[\w'-]+ )?experience\b|\bnot enough experience\b",
    r"\bexperience (?:insuffisante|trop limitee)|\binsufficient experience\b",
    r"\bniveau (?:d'\w+|technique|en \w+) (?:est |etait )?(?:insuffisant|juste|trop juste)",
)
CATEGORICAL = _rx(
    r"\b(?:this|that|it|which) is final\b|\b(?:our|the|my) decision stands\b|"
    r"\bnotre decision est prise\b",
    r"\b(?:pas possible|impossible|ne (?:pourrons|pourra|saurions)|(?:will|can)not|won't|can't) "
    r"(?:[\w'-]+ ){0,2}(?:revenir sur|reconsider|revisit|reverse|change) (?:cette|notre|la|ce|"
    r"this|our|the) (?:decision|choix)",
    r"\b(?:decision|choix) (?:[\w'-]+ ){0,2}(?:est|etait|reste) (?:[\w'-]+ )?(?:definiti\w+|"
    r"irrevocable|"
    r"ferme|sans appel|final\w*)",
    r"\bdecision (?:definitive|irrevocable|ferme|sans appel)",
    r"\bne (?:repondrons|repondrai|donnerons) plus\b|\bwill no longer (?:respond|reply)\b",
    r"\bcesser (?:toute|vos|les) (?:sollicitation|relance|demande)s?\b|"
    r"\b(?:notre|ma|cette|la) (?:position|decision|reponse) ne (?:changera|variera|"
    r"sera pas modifiee)\b|\b(?:toujours|always) (?:non|no)\b|\bne le sera (?:pas|jamais)\b|"
    r"\bne souhaitons plus (?:etre )?(?:contacte|sollicite|"
    r"relance|recevoir)\w*",
    r"\b(?:toute|any) (?:nouvelle |autre |further |future )?(?:sollicitation|candidature|relance|"
    r"demande|application|contact|correspondence)s? (?:restera|resteront|will|will remain|will go) "
    r"(?:sans reponse|unanswered|ignored|without (?:a )?(?:reply|response))",
    r"\bcannot be (?:appealed|reconsidered|reversed|changed)\b|\bne (?:peut|pourra) pas etre "
    r"(?:revue|contestee|modifiee)\b",
    r"\brefrain from (?:contacting|reaching|following|calling)\b|\bvous abstenir de (?:nous )?"
    r"(?:contacter|relancer|solliciter)\b",
    r"\bne (?:souhaitons|souhaite|voulons|pouvons) (?:pas|plus) (?:poursuivre|continuer|prolonger) "
    r"(?:les|nos|ces) (?:echanges|discussions|contacts)",
    r"\b(?:do not|don't) wish to (?:continue|pursue) (?:this|our|any|further) (?:correspondence|"
    r"discussion|conversation|contact)",
    r"\bnot open to (?:appeal|discussion|review)\b|\bwithout (?:possibility of )?appeal\b|"
    r"\bd'aucun recours\b|\bsans recours\b|\bsouveraine\b|\bno right of appeal\b|"
    r"\bpas susceptible d'(?:appel|etre revue)",
    r"\bdecision\b[^.;!?\n]{0,40}\b(?:will not|won't|cannot|can't|ne sera pas|ne pourra pas|"
    r"ne va pas) (?:change|be changed|be revisited|be reconsidered|changer|etre modifiee|"
    r"etre revue)",
    r"\bne (?:correspond\w*) (?:absolument|en rien|aucunement|pas du tout|nullement)",
    r"\bne (?:reviendrons|reviendrai|pourrons|pouvons) (?:pas|plus) (?:revenir )?sur "
    r"(?:notre|cette|ma|la) (?:decision|choix)",
    r"\b(?:inutile|pas la peine|pas necessaire) (?:de |d')(?:nous |me )?(?:relancer|recontacter|"
    r"revenir|repostuler|postuler a nouveau|insister)",
    r"\b(?:merci|nous vous remercions|je vous remercie|prions) de ne (?:pas|plus) (?:nous |me )?"
    r"(?:relancer|recontacter|solliciter|contacter|insister|ecrire|adresser|envoyer)",
    r"\bne (?:nous )?(?:interessera|conviendra|correspondra) (?:pas|jamais)\b",
    r"\bne (?:pas|plus) (?:nous |me )?(?:relancer|recontacter)\b",
    r"\bne (?:[\w'-]+ ){0,2}(?:pas|plus) (?:[\w'-]+ ){0,2}suite (?:a|aux) (?:vos (?:futures? |"
    r"autres? |nouvelles? |prochaines? )?(?:candidatures|relances|sollicitations|demandes)|"
    r"(?:d'eventuelles|de futures|de nouvelles) (?:candidatures|relances|sollicitations|demandes)|"
    r"toute (?:nouvelle |autre |future )?(?:candidature|relance|sollicitation|demande))",
    r"\baucune (?:autre )?(?:suite|possibilite|perspective|opportunite) ne",
    r"\bdefinitivement\b|\ben aucun cas\b",
    r"\bdecision is (?:final|irrevocable|definitive)|\bfinal and (?:not|will not)|"
    r"\bnot (?:be )?(?:able to )?reconsider|\bwill not reconsider",
    r"\b(?:please )?(?:do not|don't) (?:contact|reapply|follow up|reach out|apply again)",
    r"\bno (?:further )?(?:correspondence|discussion|feedback will|appeal)\b",
    r"\bnot (?:be )?(?:able to )?consider (?:any )?(?:future|further) applications",
    r"\bnot (?:a (?:match|fit) )?(?:at all|in any way)\b|\bunder no circumstances\b",
    r"\bnot suitable for (?:any|our|this company)",
    r"\bpermanently\b|\bdefinitively\b",
)
OFFER = _rx(
    r"\b(?:vous (?:proposer|offrir|proposons|offrons) (?:le|ce) poste|"
    r"vous faire une proposition d'embauche|proposition d'embauche|"
    r"promesse d'embauche|offre d'emploi ci-jointe|avons le plaisir de vous (?:annoncer|informer) "
    r"que (?:votre candidature a ete retenue|vous (?:avez ete|etes) (?:retenue?|selectionnee?)))",
    r"\b(?:pleased|happy|delighted) to (?:offer you|extend|inform you that you)|\bjob offer\b|"
    r"\boffer letter\b|\boffer you the (?:position|role|job)",
)

_WEEKDAY_NAMES = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midi",
}  # fmt: skip
_TEAM_WORDS = re.compile(
    r"\b(?:equipe|team|service|departement|department|direction|rh|hr|recrutement|recruiting|"
    r"recruitment|talent|talents|ressources humaines|human resources|people|careers?|carrieres?|"
    r"jobs?|emploi|no-?reply|no reply|notification|noreply|hiring|acquisition|candidat|"
    r"candidates?|staffing|management|direction|ressources|personnel)\b"
)
_TITLE_WORDS = re.compile(
    r"\b(?:charge|chargee|responsable|directeur|directrice|manager|head|lead|recruteu?r\w*|"
    r"recruteuse|"
    r"recruiter|talent|acquisition|consultant\w*|assistant\w*|drh|ceo|cto|coo|cfo|fondat(?:eur|rice)s?|"
    r"founder|co-?founder|partner|associe\w*|gerant\w*|president\w*|vp|vice|officer|"
    r"specialist|coordinat\w+|business|partenaire|director|people|rh|hr|human|ressources|"
    r"chief|engineering|ingenieu\w+|developpe\w+|sourc\w+|senior|junior|stagiaire|intern|"
    r"analyst\w*|advisor|conseill\w+|account|executive|directeur\w*|generalist\w*|"
    r"gestionnaire|administrat\w+|chef|cheffe|product|owner|team|equipe|recrutement|"
    r"recruitment|recruiting|hiring|paie|payroll|operations?|commercial\w*|marketing|avocat\w*|"
    r"notaire|juriste|secretaire|adjoint\w*|delegue\w*|attache\w*|pdg|dg|dgs|dga|maire|"
    r"general\w*|technique|financi\w+|juridique|services)\b"
)
_TITLE_LAST = re.compile(
    r"\b(?:lead|manager|recruiter|recruteu?r|recruteuse|partner|specialist|coordinator|officer|"
    r"director|directeur|directrice|consultante?|advisor|assistante?|generalist|analyst|head|"
    r"founder|fondat(?:eur|rice)s?|ceo|cto|coo|cfo|drh|president\w*|gerante?|owner|engineer|associate|"
    r"intern|stagiaire|executive|supervisor|superviseu\w+|associee?|avocate?|notaire|"
    r"adjointe?|secretaire|pdg|dg|dgs|designer|developer|developpeu\w+)$"
)
_COMPANY_WORDS = re.compile(
    r"\b(?:agence|hotel|hotels|restaurant|boutiques?|groupe|group|cabinet|pharmacie|maisons?|"
    r"societe|"
    r"studio|labs?|consulting|conseil|services?|mutuelle|sante|transports?|systems|solutions|"
    r"technologies|tech|partners|capital|bank|banque|assurances?|industrie|immobilier|editions|"
    r"media|foods|motors|logistics|logistique|supplies|freight|metals|dental|clinique|ecole|"
    r"school|university|universite|association|fondation|foundation|sarl|sas|inc|ltd|llc|gmbh|"
    r"interim|energies|energy|software|data|digital|analytics|retail|markets?|construction|"
    r"avocats|architectes|design|centre|center|france|international|industries|store|shop|"
    r"atelier|ateliers|usine|garage|imprimerie|distribution|cosmetiques|events|recrutement|"
    r"accueil|prestige|personnel|direction|ressources|humaines|carrieres|careers)\b"
)
_CONTACT_LINE = re.compile(
    r"@|https?://|www\.|\.(?:com|fr|io|eu|net|org|co)\b|\+?\d[\d .()-]{6,}|"
    r"\b(?:tel|tél|mob|mobile|phone|fax|port|portable|linkedin|t|m|p)\s?[.:]|"
    r"\b\d{5}\b|\b\d{1,4}(?:bis|ter)?,?\s+(?:rue|avenue|av\.|bd|boulevard|place|all[ée]e|chemin|"
    r"quai|street|st\.|road|route|impasse|cours)\b|\bcedex\b",
    re.I,
)
_NAME_TOKEN = (
    r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]+|['’][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|"
    r"[a-zà-öø-ÿ]+['’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
)
_UPPER_TOKEN = r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?"
_PERSON = re.compile(
    rf"^(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chef|Prof\.?|Me|"
    rf"Ma[îi]tre)\s+)?(?P<name>(?:{_NAME_TOKEN}|{_UPPER_TOKEN})"
    rf"(?:\s+(?:de |du |van |von |le |la |d')?(?:{_NAME_TOKEN}|{_UPPER_TOKEN}|[A-Z]\.)){{1,3}})"
    r"\s*(?:[|,–—-].*)?$"
)
_GENERIC_DOMAINS = {
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac",
    "aol", "free", "orange", "wanadoo", "laposte", "sfr", "neuf", "bbox", "gmx", "proton",
    "protonmail", "yandex", "mail", "zoho", "linkedin", "indeed", "welcometothejungle",
    "greenhouse", "lever", "workday", "myworkday", "myworkdayjobs", "smartrecruiters",
    "teamtailor", "recruitee", "taleo", "successfactors", "jobvite", "workable", "ashbyhq",
    "icims", "bamboohr", "personio", "flatchr", "talentsoft", "cornerstone", "jobteaser",
    "hellowork", "apec", "monster", "glassdoor", "francetravail", "pole-emploi", "cadremploi",
    "notifications", "noreply", "candidates", "careers", "jobs", "hire", "breezy", "pinpoint",
}  # fmt: skip
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "gouv"}
_COMPANY_SUFFIX = r"(?:[ \t]+(?:SAS|SA|SARL|SASU|Group|Groupe|Inc\.?|Ltd\.?|LLC|GmbH|SE|AG|plc))?"
_COMPANY_NAME = (
    r"(?P<co>(?:[A-Z0-9À-Þ](?:[\w&'’-]|\.(?=\w))*|de|des|du|la|le|et|&|of|the|and|d')"
    r"(?:[ \t]+(?:[A-Z0-9À-Þ](?:[\w&'’-]|\.(?=\w))*|de|des|du|et|&|of|and|d'|la)){0,4}"
    + _COMPANY_SUFFIX
    + ")"
)
_COMPANY_IN_TEXT = re.compile(
    r"(?:\bchez|\bau sein (?:de|du|d')|\bde la soci[ée]t[ée]|\bpour la soci[ée]t[ée]|"
    r"\b[lL]'[ée]quipe(?: recrutement| RH| rh| talents?| des talents| ressources humaines)?"
    r"(?: de| d'| du)?|"
    r"\brejoindre|\bint[ée]r[êe]t (?:pour|que vous portez [àa])|\bpour le compte (?:de|du|d')|"
    r"\bjoin(?:ing)?|\binterest in(?: joining)?|\bapplying to|\bapplication to|"
    r"\binterviewing with|\bapplying (?:at|with)|\breceived by|\bsubmitted to|"
    r"\btransmise? [àa] l'entreprise|\b[àa] la soci[ée]t[ée]|\bint[ée]r[êe]t (?:port[ée]|que vous "
    r"portez) [àa](?: la| l'|u)?|\bl'[ée]quipe de(?: la| l')?|\b[»\"] de|"
    r"\b(?:was |been |is )sent to|\benvoy[ée]e? [àa](?: l'entreprise)?|"
    r"\bre[çc]ue? par|\bpostul[ée] (?:chez|à)|\bThe|\bat)\s+" + _COMPANY_NAME
)
_STOP_COMPANY = re.compile(
    r"^(?:nous|vous|notre|votre|nos|vos|je|j'|the|a|an|our|your|this|that|we|you|it|"
    r"le|la|les|l'|un|une|de|des|du|et|mon|ma|mes|son|sa|ses|leur|ce|cette|ces|"
    r"monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"madame|monsieur|mr|mrs|ms|dear|bonjour|hello|hi|merci|thanks|thank|"
    r"candidat|candidate|position|role|entretien|interview|teams|zoom|google|"
    r"linkedin|indeed|cordialement|regards|best|kind|m\.|mme|i|je)$",
    re.I,
)


_CLAUSE_TURN = re.compile(
    r"\b(?:mais|but|toutefois|however|cependant|neanmoins|malheureusement|"
    r"unfortunately|helas)\b\s*"
)
_CLAUSE_JOINT = re.compile(r"\s(?:et|and|mais|but|car|because|donc|so|afin|as we|comme)\s")


@dataclass
class _Body:
    text: str
    folded: str
    found: dict[int, list[re.Match[str]]] = field(default_factory=dict)

    def cues(self, pattern: Cues) -> list[re.Match[str]]:
        """Each list of cues is run over the text once, however often it is asked for."""
        key = id(pattern)
        if key not in self.found:
            self.found[key] = pattern.finditer(self.folded)
        return self.found[key]

    def clause(self, start: int, end: int) -> str:
        """The clause around a span: from the previous punctuation or "mais" to the next
        punctuation or "et"."""
        left = start
        while left > 0 and self.text[left - 1] not in ".!?;,\n" and start - left < 200:
            left -= 1
        if left > 1 and self.text[left - 1] == "\n" and self.text[left - 2] not in ".!?;,:\n":
            # A line wrapped inside a sentence: go on to the previous punctuation.
            left -= 1
            while left > 0 and self.text[left - 1] not in ".!?;,\n" and start - left < 200:
                left -= 1
        turns = list(_CLAUSE_TURN.finditer(self.folded, left, start))
        if turns:
            left = turns[-1].end()
        right = end
        while right < len(self.text) and self.text[right] not in ".!?;,:\n" and right - end < 200:
            right += 1
        joint = _CLAUSE_JOINT.search(self.folded, end, right)
        if joint:
            right = joint.start()
        words = " ".join(self.text[left:right].split())
        return words.strip(" -–—•*\"'«»()[]")

    def sentence_start(self, index: int) -> int:
        left = index
        while (
            left > 0
            and self.text[left - 1] not in ".!?;"
            and not (self.text[left - 1] == "\n" and left > 1 and self.text[left - 2] == "\n")
        ):
            left -= 1
        return left

    def sentence_end(self, index: int) -> int:
        right = index
        while (
            right < len(self.text)
            and self.text[right] not in ".!?;"
            and not (
                self.text[right] == "\n"
                and right + 1 < len(self.text)
                and self.text[right + 1] == "\n"
            )
        ):
            right += 1
        return right


@dataclass
class _Found:
    """A cue that counts, with its match."""

    match: re.Match[str]


def _conditional(body: _Body, start: int) -> bool:
    before = body.folded[body.sentence_start(start) : start]
    return CONDITIONAL.search(before) is not None


def _neutralised(body: _Body, start: int, end: int) -> bool:
    """Is this cue inside an equal-opportunity statement, or said not to be the reason?"""
    s_start, s_end = body.sentence_start(start), body.sentence_end(end)
    if VISA.search(body.folded[max(s_start, start - 40) : start]):
        return True  # "we only sponsor visas for EU nationals": a work permit, not a motive
    before = body.folded[max(s_start, start - 120) : start]
    for neutral in NEUTRAL.finditer(before):
        if not _CONTRAST.search(before[neutral.end() :]):
            return True
    after = body.folded[end : min(s_end, end + 60)]
    denial = DENIAL.search(after)
    if denial and not _CONTRAST.search(after[: denial.start()]):
        return True
    return any(not _CONTRAST.search(before[d.end() :]) for d in DENIAL.finditer(before))


def _matches(pattern: Cues, body: _Body, *, hypothetical_ok: bool = False) -> list[re.Match[str]]:
    found = []
    for match in body.cues(pattern):
        if not hypothetical_ok and _conditional(body, match.start()):
            continue
        found.append(match)
    return found


def _first(pattern: Cues, body: _Body) -> re.Match[str] | None:
    found = _matches(pattern, body)
    return found[0] if found else None


def _n3(body: _Body) -> tuple[list[Criterion], list[re.Match[str]]]:
    criteria: list[Criterion] = []
    matches: list[re.Match[str]] = []
    for criterion, pattern in N3_CUES.items():
        for match in pattern.finditer(body.folded):
            if _neutralised(body, match.start(), match.end()):
                continue
            if criterion is Criterion.ACCENT and re.search(
                r"\b(?:mettre|mettons|mis|met|mettant|put|puts|putting|placer|"
                r"placons)\s+(?:\w+\s+)?"
                r"l?'?(?:accent|emphasis)",
                body.folded[max(0, match.start() - 30) : match.end()],
            ):
                continue
            criteria.append(criterion)
            matches.append(match)
            break
    return criteria, matches


def _months(match: re.Match[str], ref: dt.date) -> int | None:
    groups = match.groupdict()
    number = next((groups[k] for k in ("n", "n3", "n4", "n5", "n6") if groups.get(k)), None)
    unit = next((groups[k] for k in ("u", "u3", "u4", "u5", "u6") if groups.get(k)), None)
    if number and unit:
        count = NUMBERS.get(number) if not number.isdigit() else int(number)
        if count is None:
            return None
        if unit.startswith(("semaine", "week")):
            return max(1, round(count * 7 / 30))
        if unit.startswith(("an", "annee", "year")):
            return count * 12
        if unit.startswith(("trimestre", "quarter")):
            return count * 3
        if unit.startswith("semestre"):
            return count * 6
        return count
    season = groups.get("u2")
    if season:
        if season in ("trimestre", "quarter"):
            return 3
        if season == "semestre":
            return 6
        targets = {
            "rentree": 9, "printemps": 3, "spring": 3, "ete": 6, "summer": 6, "automne": 9,
            "autumn": 9, "fall": 9, "annee prochaine": 1, "an prochain": 1, "year": 1,
            "new year": 1, "nouvel an": 1,
            "debut d'annee": 1,
            "beginning of next year": 1, "early next year": 1,
        }  # fmt: skip
        return _months_until(ref, targets[season])
    month = groups.get("month")
    if month:
        return _months_until(ref, MONTHS[month])
    return None


def _months_until(ref: dt.date, month: int) -> int:
    return (month - ref.month) % 12 or 12


_SKILL_CUT = re.compile(
    r"\s(?:et (?:votre|vos|ton|tes)|and your|correspond\w*|match\w*|fits?|etant|being|"
    r"et|and|ce qui|which|pour|for|that|qui|que|dont|necessaire|required|indispensable|"
    r"in production|en production|au quotidien|day-to-day|on a daily basis|"
    r"des (?:le|la|l'|sa|son|maintenant)|from day one|a l'embauche|valide|more closely|right away|"
    r"est|was|is|n'est|ne|were|are|sont|etait|etaient|semble|semblait|paraissait|n'etait|"
    r"reste|restait|requis|requise|attendue?s?|comme|as|dans le cadre|"
    r"au poste|sur le poste|for the|pour le|pour ce|for this|in this|on this|chez|at|"
    r"mais|but|car|because|parce|puisque|since|afin|so|alors|while|tandis|lors|during|"
    r"attendu|expected|demande|demandee|souhaite|souhaitee|recherche|recherchee|essential|"
    r"essentielle?|cle|key|sought|needed|nous|we|vous|you|il|it|je|i|actuellement|"
    r"currently|today|aujourd'hui|jugee?|juge|insuffisante?)\b"
)
_SKILL_LEAD = re.compile(
    r"^(?:(?:le|la|les|l'|du|de|des|d'|un|une|the|a|an|en|in|with|of|votre|your|vos|sur|dans|"
    r"logiciels?|software|outils?|tools?|langage|language|plateforme|platform|"
    r"native-level|native|fluent|managed|led|run|shipped|built|delivered|hands-on|excellente?|"
    r"parfaite?|perfect|"
    r"significative?|significant|premiere?|first|certaine|approfondie?|confirmee?|reussie|"
    r"effet|indeed|also|aussi|egalement|notamment|really|vraiment|absolument|partie|volet|"
    r"domaine|sujet|side|"
    r"tres|very|bonne|good|solide|solid|strong|forte|meilleure|better|reelle|real|"
    r"suffisante?|sufficient|avancee?|advanced|plus|more|davantage|experience|skills?|"
    r"competences?|connaissances?|knowledge|maitrise|pratique|niveau|level)\s+|l'|d')+"
)


_NOT_SKILLS = frozenset(
    {
        "experience", "competences", "skills", "skill", "profil", "poste", "hands-on", "relevant",
        "direct", "practical", "professional", "recent", "prior", "previous", "commercial",
        "industry", "technical", "solid", "strong", "real", "significant", "senior", "years of",
    }
)  # fmt: skip


def _skill(body: _Body, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    name = "skill" if groups.get("skill") else "skill2" if groups.get("skill2") else None
    if name is None:
        return None
    start, end = match.span(name)
    folded = body.folded[start:end]
    cut = next(
        (c for c in _SKILL_CUT.finditer(" " + folded) if c.group(0).strip() not in ("et", "and")),
        None,
    )
    if cut:
        end = start + max(0, cut.start() - 1)
        folded = body.folded[start:end]
    trailing = re.search(
        r"\s+(?:et|and|ou|or|experience|skills?|expertise|knowledge|background)\s*$", folded
    )
    if trailing:
        end = start + trailing.start()
        folded = body.folded[start:end]
    # "stronger skills in SQL", "shipped mobile apps in React Native": the skill is after "in".
    inner = list(re.finditer(r"\s(?:in|with|en|dans|sur|on)\s", folded))
    if inner and re.search(
        r"\b(?:skills?|expertise|experience|knowledge|background|apps?|shipped|worked|built|used|"
        r"competences?|connaissances?|maitrise)\b",
        folded[: inner[-1].start()],
    ):
        start += inner[-1].end()
        folded = body.folded[start:end]
    degree = re.search(
        r"(?:degree|diploma|diplome|master|masters|bachelor's|bachelor|licence|mba|phd|bts|dut) "
        r"(?:in|en|de) $",
        body.folded[max(0, start - 20) : start],
    )
    if degree:
        start -= len(degree.group(0))
        folded = body.folded[start:end]
    lead = _SKILL_LEAD.match(folded)
    if lead:
        rest = folded[lead.end() :].split()
        noun = re.search(r"\b(?:competences|connaissances|skills)\s+$", lead.group(0))
        adjective = len(rest) == 1 and re.search(r"(?:ales|elles|iques|ives|aux)$", rest[0])
        start += noun.start() if noun and adjective else lead.end()
    text = " ".join(body.text[start:end].split()).strip(" -–—'\"«»")
    words = text.split()
    if not words or len(words) > 6:
        return None
    if fold(text) in _NOT_SKILLS or fold(text) in ("pas", "not", "encore", "yet"):
        return None
    return text


def _humanise(name: str) -> str | None:
    """'DURAND Sophie' -> 'Sophie Durand'; 'Durand, Sophie' -> 'Sophie Durand'."""
    name = " ".join(name.replace('"', " ").split()).strip(" ,'")
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return None
    upper = [t for t in tokens if len(t) > 1 and t.isupper()]
    if upper and len(upper) < len(tokens) and tokens[0].isupper():
        tokens = tokens[len(upper) :] + tokens[: len(upper)]
    tokens = [t.capitalize() if t.isupper() and len(t) > 1 else t for t in tokens]
    return " ".join(tokens)


_TEAM_FIRST = re.compile(
    r"^(?:l')?(?:service|equipe|team|direction|departement|department|pole|cellule|personnel|"
    r"human resources|ressources humaines|"
    r"recrutement|recruitment|recruiting|rh|hr|ressources|human)\b"
)


def _is_team(piece: str) -> bool:
    """'Service RH', "L'équipe recrutement", 'The Talent Team': a team, not a company."""
    folded = fold(piece).strip()
    return bool(
        _TEAM_FIRST.match(folded)
        or re.search(r"\b(?:team|equipe|department|departement|crew|folks)$", folded)
    )


def _is_title(piece: str) -> bool:
    words = fold(piece).split()
    if len(words) > 1 and words[0] in ("le", "la", "the", "l'"):
        words = words[1:]  # "Le Directeur Général des Services"
    if not words:
        return False
    if _TITLE_LAST.search(words[-1]) or (len(words) == 1 and words[0] == "responsable"):
        return True
    if not _TITLE_WORDS.fullmatch(words[0]):
        return False
    # "Chargée de recrutement", "Head of People", "Director of Nursing" are titles; "Talent Link
    # Europe" is a company whose name begins like one.
    filler = {"de", "des", "du", "d'", "of", "the", "&", "and", "et", "la", "le", "en", "chez"}
    rest = [w for w in words[1:] if w not in filler]
    strong = re.fullmatch(
        r"director|directeur|directrice|head|responsable|chargee?|manager|vp|chief|lead|"
        r"consultante?|assistante?|gestionnaire|charge",
        words[0],
    )
    if strong and len(words) > 1 and words[1] in ("of", "de", "des", "du", "d'"):
        return True
    if strong and not re.search(r"[&@|]", piece):
        return True  # "Responsable Ressources Humaines", "Consultante Senior Finance"
    return len(words) <= 2 or all(_TITLE_WORDS.fullmatch(w) for w in rest)


def _looks_like_person(name: str) -> bool:
    folded = fold(name)
    if _TEAM_WORDS.search(folded) or any(c.isdigit() for c in name) or "@" in name:
        return False
    if _COMPANY_WORDS.search(folded) or "&" in name:
        return False
    if _LEGAL_FORM.fullmatch(name.split()[-1] if name.split() else ""):
        return False  # "Privacy First Ltd"
    first = re.sub(r"^(?:m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", "", folded).split()
    if first and is_first_name(first[0]):
        return _PERSON.match(name) is not None
    return _PERSON.match(name) is not None


_INTRODUCES_SELF = re.compile(
    rf"\b(?:[Jj]e m'appelle|[Jj]e suis|[Mm]y name is|I am|I'm|[Tt]his is|[Mm]oi c'est)\s+"
    rf"(?P<n>{_NAME_TOKEN}\s+"
    rf"(?:{_NAME_TOKEN}|{_UPPER_TOKEN}))"
)
_ONE_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?$")


def _first_name_alone(signature: tuple[str, ...]) -> str | None:
    """A signature that is only a first name ("Bien à vous,\nKevin"): the name as signed.
    "Kevin" above "Kevin Le Roux": the full name below."""
    if not signature or not _ONE_NAME.match(signature[0].strip()):
        return None
    name = signature[0].strip()
    folded = fold(name)
    if _TEAM_WORDS.search(folded) or _COMPANY_WORDS.search(folded) or _is_title(name):
        return None
    below = signature[1].strip() if len(signature) > 1 else ""
    if below.split()[:1] == [name] and len(below.split()) > 1:
        match = _PERSON.match(below)
        if match and _looks_like_person(match.group("name")):
            return _humanise(match.group("name"))
    if is_first_name(folded):
        return name
    # An unknown word signs as a person when a title or a company's line follows it.
    if below and not _CONTACT_LINE.search(below) and not _looks_like_person(below):
        return name if _is_title(below.split(",")[0]) else None
    return None


def _recruiter(parts: MessageParts, body: _Body) -> tuple[str | None, str | None]:
    header = parts.header
    if header.sender_name and _looks_like_person(header.sender_name):
        return _humanise(header.sender_name), header.sender_name
    alone = _first_name_alone(parts.signature)
    if alone and " " not in alone:
        full = _INTRODUCES_SELF.search(body.text)
        if full and full.group("n").split()[0] == alone:
            return _humanise(full.group("n")), full.group(0)  # "Je suis Marie Dupuis" … "Marie"
    if alone:
        return alone, alone
    for line in parts.signature[:1]:
        if _CONTACT_LINE.search(line):
            continue
        line = _OF_COMPANY.sub(_of_company, line)  # "Agathe de Mamie Cocotte": Agathe only
        if re.match(r"^(?:\S+\s+)?[A-Z]\.(?:-[A-Z]\.)?\s", line):
            continue  # "Mrs J. Harper", "J.-M. Perrot": no first name to call them by
        match = _PERSON.match(line)
        if match and _looks_like_person(match.group("name")):
            candidate = match.group("name")
            if _TITLE_WORDS.search(fold(candidate)):
                continue
            # Alone on its line with no title below, only a known first name makes a person.
            words = candidate.split()
            first = words[1] if len(words) > 1 and words[0].isupper() else words[0]
            known = is_first_name(fold(first))
            if not known and len(parts.signature) == 1:
                continue
            return _humanise(candidate), line
    chat = re.match(rf"^\s*(?P<n>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})\s*[·•|]\s*\S", body.text)
    if chat and _looks_like_person(chat.group("n")):
        return _humanise(chat.group("n")), chat.group(0)
    said = _INTRODUCES_SELF.search(body.text)
    if said:
        return _humanise(said.group("n")), said.group(0)
    if header.sender_email:
        local = header.sender_email.split("@")[0]
        pieces = re.split(r"[._-]", local)
        person = len(pieces) == 2 and all(p.isalpha() and len(p) > 1 for p in pieces)
        if person and not _TEAM_WORDS.search(" ".join(pieces)):
            return " ".join(p.capitalize() for p in pieces), header.sender_email
    return None, None


def _domain_company(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    labels = email.split("@")[1].lower().split(".")
    if len(labels) < 2:
        return None
    core = labels[-2]
    if core in _SECOND_LEVEL and len(labels) >= 3:
        core = labels[-3]
    if core in _GENERIC_DOMAINS or len(core) < 2:
        return None
    words = [w for w in re.split(r"[-_]", core) if w]
    if len(words) == 1 and len(core) <= 4:
        return core.upper()
    small = {"de", "du", "des", "la", "le", "les", "et", "of", "the", "and", "en", "sur"}
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


# Job boards and applicant-tracking systems send for the employer; they are never the company.
_PLATFORMS = re.compile(
    r"^(?:welcome to the jungle|wttj|workday|myworkday|greenhouse|lever|indeed|linkedin|"
    r"smartrecruiters|teamtailor|taleo|hellowork|jobteaser|apec|france travail|pole emploi|"
    r"ashby|recruitee|flatchr|cadremploi|monster|glassdoor|welcomekit|jobvite|icims|"
    r"successfactors|breezy|workable|bamboohr|personio|talentsoft|cornerstone)$"
)


_PUBLIC_BODY = re.compile(
    r"centre|conseil|communaute|ville|mairie|universite|syndicat|office|chambre|institut|caisse|"
    r"ministere|prefecture|region|commune|etablissement|lycee|college|ecole|hopital|groupement|"
    r"federation|association|agence|direction|departement|maison|centre|city|county|council|"
    r"university|office|department|ministry|borough|royal"
)
_SMALL_WORD = re.compile(r"(?i:de|des|du|la|le|les|et|&|of|the|and|d'|l'|en|sur|upon|on)")
_PLATFORM_FOR = re.compile(
    r"(?i:\b(?:welcome to the jungle|wttj|workday|greenhouse|lever|indeed|linkedin|smartrecruiters|"
    r"teamtailor|taleo|hellowork|jobteaser|ashby|recruitee|flatchr|workable|jobvite|icims|"
    r"successfactors|personio)\b[^\n]{0,40}?\b(?:on behalf of|pour le compte de|pour|for))\s+"
    + _COMPANY_NAME
)


def _platform_line(line: str) -> bool:
    words = fold(line).replace(",", " ").split()
    return bool(words) and any(
        _PLATFORMS.match(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1)
    )


_LEGAL_FORM = re.compile(
    r"SAS|SASU|SARL|SA|SCOP|SCP|SELARL|EURL|SNC|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|GmbH|"
    r"plc|PLC|AG|BV|NV|S\.A\.?|S\.A\.S\.?"
)


def _clean_company(name: str) -> str | None:
    if _PLATFORMS.match(fold(name.strip(" .,;:-–—|'\"«»()"))):
        return None
    if _platform_line(name) or not re.search(r"[^\W\d_]", name):
        return None
    keep_dot = bool(re.search(r"\b(?:Inc|Ltd|Corp|Co|S\.A|Cie)\.$", name.strip()))
    name = name.strip(" .,;:-–—|'\"«»()") + ("." if keep_dot else "")
    tokens = name.split()
    while tokens and _STOP_COMPANY.match(tokens[-1]) and tokens[-1] != "IT":
        tokens.pop()
    while tokens and re.match(r"^(?:de|des|du|la|le|et|&|of|the|and|d')$", tokens[-1], re.I):
        tokens.pop()
    if not tokens or (
        _STOP_COMPANY.match(tokens[0])
        and not (tokens[0] == "The" and len(tokens) >= 3)
        and not (
            tokens[0] in ("La", "Le", "Les")
            and len(tokens) >= 2
            and tokens[1][:1].isupper()
            and not _is_team(" ".join(tokens[1:]))
        )
    ):
        return None
    while len(tokens) > 1 and _LEGAL_FORM.fullmatch(tokens[-1]):
        tokens.pop()  # "Nexalys SAS", "Mews Systems Ltd"
    name = " ".join(tokens)
    if len(name) < 2 or len(name) > 80:
        return None
    if not any(c.isupper() or c.isdigit() for c in name[:1]):
        return None
    return name


def _alnum(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


def _same_company(a: str, b: str) -> bool:
    fa, fb = _alnum(a), _alnum(b)
    return bool(fa) and bool(fb) and (fa in fb or fb in fa)


_AGENCY_WORK = re.compile(
    r"\b(?:notre|nos|the|our|mon|my|le|leur) clients?\b|\bclient (?:company|side)\b|"
    r"\bconsult(?:ant|ante)\b"
)


_TEAM_SUFFIX = re.compile(
    r"(?:\s+(?:Graduate|Campus|Early Careers|Corporate))?"
    r"\s+(?:Recruitment|Recruiting|Recrutement|Careers|Carri[èe]res|Talent|Talents|Hiring|Jobs|"
    r"People|HR|Talent Acquisition|Human Resources|Ressources Humaines|People Operations)"
    r"(?:\s+(?:Team|[Cc]rew))?$|\s+(?:[Cc]rew|[Gg]ang|[Ff]olks)$"
)


# A team's signature that names its company: "L'équipe RH de Quadrant", "The Zephyr Apps Talent
# Team", "L'équipe Recrutement Orange Business", "Recrutement Groupe Solaris", "— Harbor Freight".
_TEAM_SIGNATURES = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?:[ée]quipe|[ÉE]quipe|[Ss]ervice|[Tt]eam|[Dd][ée]partement|[Dd]irection)"
        r"(?:\s+(?:[Rr]ecrutement|RH|[Tt]alents?|[Rr]essources [Hh]umaines|[Rr]ecruiting|"
        r"[Tt]alent [Aa]cquisition|[Pp]eople|[Hh]iring|HR|du personnel))?(?:\s+[A-Z][\w-]+)?"
        r"\s+(?:de la |de l'|de |d'|du |chez |at |@ |pour |for )" + _COMPANY_NAME,
        r"^(?:L'|l'|The\s+)?" + _COMPANY_NAME + r"\s+(?:Recruiting|Recruitment|Talent|People|"
        r"Hiring|Careers|Recrutement|Team|team)\b",
        r"(?:[ÉéEe]quipe|[Tt]eam|[Ss]ervice)\s+(?:[Rr]ecrutement|RH|HR|[Tt]alents?|"
        r"[Rr]ecruiting)\s+" + _COMPANY_NAME + "$",
        r"^(?:—\s*|-\s*)?(?:Recrutement|Recruitment|Recruiting|RH|HR|Careers|Talents?|Jobs|Team|"
        r"[ÉE]quipe|L'[ée]quipe)\s+"
        r"(?:de |d'|chez |at |@ )?" + _COMPANY_NAME + "$",
        r"^(?:—\s*|-\s*)" + _COMPANY_NAME + r"(?:\s+(?:Recruiting|Recrutement|"
        r"Recruitment|Talent|Hiring|Careers))?$",
        r"^(?:L'|Les |La |Le |The )[\w'-]+ (?:de la |de l'|de |d'|du |des |of the |of |at )"
        + _COMPANY_NAME
        + "$",
    )
)


_OF_COMPANY = re.compile(
    r"(?:(?<=^)|(?<=, )|(?<=\| ))(?P<who>[A-Za-zÀ-ÿ][\w'-]*(?: [A-Za-zÀ-ÿ][\w'-]*){0,2}) "
    r"(?:de chez|de|d'|du) ?(?P<co>[A-Z0-9À-Þ][^,|]*)$"
)


def _of_company(match: re.Match[str]) -> str:
    """Splits "CTO de Plume" and "Agathe de Mamie Cocotte" into who and company."""
    who, company = match.group("who"), match.group("co")
    words = fold(who).split()
    titled = bool(_TITLE_LAST.search(words[-1])) if words else False
    named = len(words) == 1 and is_first_name(words[0])
    generic = all(
        _TITLE_WORDS.fullmatch(w) or _TEAM_WORDS.fullmatch(w) or _COMPANY_WORDS.fullmatch(w)
        for w in fold(company).split()
        if len(w) > 3
    )
    if (titled or named) and not generic and not _is_title(company):
        return f"{who} | {company}"
    return match.group(0)


# Lines of a signature or a footer that never name the company: a job board's or an ATS's
# footer and links, a calendar's, an automatic notice; a city; a descriptor in common words
# ("Agence digitale", "Cabinet de recrutement", "Avocats associés").
_FOOTER_LINE = re.compile(
    r"^(?:powered by|propulse par|envoye (?:avec|via|par)|sent (?:with|via|by|from)|"
    r"ce message (?:vous )?a ete envoye|this (?:is an automated|message was sent)|"
    r"(?:ceci est un )?message automatique|voir|gerer|suivre|se desinscrire|desinscription|"
    r"find|manage|view|see|(?:help|aide)$|unsubscribe|politique|privacy (?:policy|notice)|"
    r"application status|"
    r"statut|invitation from|invitation de|joining info|organi[sz]e[rd]|you are receiving|"
    r"vous recevez|mentions legales|terms (?:of|and)|conditions generales|connectez|log in|"
    r"sign in)\b"
)
_PLATFORM_ANYWHERE = re.compile(
    r"\b(?:welcome to the jungle|workday|greenhouse|lever|indeed|linkedin|smartrecruiters|"
    r"teamtailor|taleo|hellowork|jobteaser|ashby|recruitee|flatchr|workable|jobvite|icims|"
    r"successfactors|personio|google calendar|outlook)\b"
)
_DESCRIPTOR_HEAD = re.compile(
    r"^(?:agence|cabinet|expertise|avocats?|association|societe|entreprise|bureau|studio|"
    r"conseil|reseau|groupe|startup|scale-up|law firm|agency|firm|recruitment agency|"
    r"digital agency|consultancy)\b"
)
_CITIES = frozenset(
    """
    paris marseille lyon toulouse nice nantes montpellier strasbourg bordeaux lille rennes
    reims toulon grenoble dijon angers nimes clermont-ferrand aix-en-provence brest tours
    amiens limoges annecy perpignan metz besancon orleans rouen mulhouse caen nancy
    argenteuil roubaix tourcoing avignon poitiers pau la rochelle calais cannes antibes
    colmar quimper vannes lorient saint-malo saint-brieuc laval le mans cholet niort
    bayonne valence chambery troyes lannion morlaix concarneau roscoff caudan cesson-sevigne
    saint-nazaire la defense boulogne-billancourt nanterre versailles levallois-perret
    london manchester birmingham leeds glasgow edinburgh liverpool bristol sheffield
    cardiff belfast newcastle nottingham leicester oxford cambridge solihull reading
    brighton dublin cork berlin munich hamburg amsterdam rotterdam brussels bruxelles
    geneve geneva lausanne zurich luxembourg madrid barcelona lisbon lisbonne milan rome
    new york san francisco boston chicago seattle austin toronto montreal remote
    """.replace(" ", "\n").split()
) | {"la rochelle", "la defense", "new york", "san francisco", "le mans", "aix en provence"}


def _not_a_company_line(line: str) -> bool:
    folded = fold(line).strip(" .,;:-–—|")
    if _FOOTER_LINE.match(folded) or _PLATFORM_ANYWHERE.search(folded):
        return True
    place = re.sub(r"\s*[,(-].*$", "", folded).strip()
    if place in _CITIES or re.sub(r"^\d{5}\s+", "", folded) in _CITIES:
        return True
    words = line.split()
    if _DESCRIPTOR_HEAD.match(folded) and len(words) > 1:
        # Only common words after the first: a descriptor, not a name.
        rest = [w for w in words[1:] if not _SMALL_WORD.fullmatch(w) and not w.startswith("d'")]
        named = [
            w
            for w in words[1:]
            if w[:1].isupper() or (w.startswith(("d'", "l'")) and w[2:3].isupper())
        ]
        return bool(rest) and not named
    return False


_ADDRESS_WORDS = re.compile(
    r"\b(?:rue|avenue|boulevard|bd|place|allee|chemin|quai|impasse|zone|zi|za|zac|parc|route|"
    r"street|road|lane|square|building|batiment|immeuble|etage|floor|suite|bp|cs|cedex)\b"
)


def _below_department(
    parts: MessageParts,
    number: int,
    cleaned: str,
    recruiter_line: str | None,
    recruiter: str | None,
) -> str | None:
    """A department or team sits between the title and the company ("Fonctions Support",
    "Retail & Luxury"): a name line just below, itself a company's, is the company."""
    if number + 1 >= len(parts.signature) or number == 0:
        return None
    line, below = parts.signature[number], parts.signature[number + 1]
    if re.search(r"\s[|,–—@-]\s|,", line) or _not_a_company_line(below):
        return None
    above = parts.signature[number - 1]
    names = set(fold(recruiter or "").split())
    signer = bool(names) and set(fold(above).split()) <= names
    if _CONTACT_LINE.search(below) or not (signer or _is_title(above.split(",")[0])):
        return None
    if len(below.split()) < 2 or _ADDRESS_WORDS.search(fold(below)) or below[:1].isdigit():
        return None
    rest = replace(parts, signature=parts.signature[number + 1 :])
    later = _signature_company(rest, recruiter_line, recruiter)
    return later if later and later != cleaned and _line_company(below, later) else None


def _line_company(line: str, company: str) -> bool:
    return _alnum(company) in _alnum(line)


def _signature_company(
    parts: MessageParts, recruiter_line: str | None, recruiter: str | None
) -> str | None:
    names = set(fold(recruiter or "").split())
    for line in parts.signature[:8]:
        behalf = _PLATFORM_FOR.search(line)
        if behalf and (cleaned := _clean_company(behalf.group("co"))):
            return cleaned
    lines = [
        (number, line)
        for number, line in enumerate(parts.signature[:8])
        if not (names and set(fold(line).replace(",", " ").split()) <= names)
        and not _not_a_company_line(line)
    ]
    for number, line in lines:
        if _CONTACT_LINE.search(line) and not re.search(r"\s[|–—@]\s|\s(?:at|chez)\s", line):
            continue
        line = re.sub(r"\s*\(([^()]{2,60})\)\s*$", r" | \1", line)  # "Tom (Brightpath)"
        line = _OF_COMPANY.sub(_of_company, line)
        pieces = re.split(r"\s+[|•·–—@-]\s+|\s+(?:at|chez|@)\s+|,\s+", line)
        if len(pieces) >= 2 and _is_title(pieces[0]) and not _CONTACT_LINE.search(pieces[-1]):
            # "Consultante, Talent Hunter": after a title comes the company.
            cleaned = _clean_company(pieces[-1])
            if cleaned and not re.search(r"\b(?:team|equipe)$", fold(cleaned)):
                return cleaned
        for piece in reversed(pieces):
            if not piece.strip() or _is_title(piece) or _CONTACT_LINE.search(piece):
                continue
            if _is_team(piece) or _TEAM_WORDS.fullmatch(fold(piece).strip()):
                continue
            if names and set(fold(piece).split()) <= names:
                continue
            if (
                len(pieces) == 1
                and number + 1 < len(lines)
                and _TEAM_WORDS.fullmatch(fold(piece).split()[-1])
                and not _COMPANY_WORDS.search(fold(piece))
            ):
                continue
            single = len(piece.split()) == 1 and len(pieces) == 1
            if (
                single
                and number == 0
                and len(parts.signature) == 1
                and not is_first_name(fold(piece))
            ):
                single = False  # "Cordialement,\nBiogroup": a company signs alone
            if number == 0 and (single or (_looks_like_person(piece) and len(parts.signature) > 1)):
                continue
            cleaned = _clean_company(piece)
            significant = [
                re.sub(r"^[dl]['’]", "", w)
                for w in (cleaned or "").split()
                if not _SMALL_WORD.fullmatch(w)
            ]
            lower = [w for w in significant if not w[:1].isupper() and not w[:1].isdigit()]
            if len(lower) == 1 and len(significant) - len(lower) >= 2:
                lower = []  # "Cabinet médical du Parc": one common word among names
            # Public bodies are named in full, in lower case words ("Centre de gestion de la
            # fonction publique territoriale du Finistère"); others are Capitalised names.
            public = bool(significant) and _PUBLIC_BODY.fullmatch(fold(significant[0])) is not None
            if cleaned and (
                len(significant) <= 8 if public else len(significant) <= 6 and not lower
            ):
                # "Ridgeway Recruitment" is Ridgeway's recruiting team; "Quinn Recruitment",
                # signed by Tara Quinn, is her agency.
                team = _TEAM_SUFFIX.search(cleaned)
                if len(pieces) == 1 and team is None:
                    team = re.search(r"\s+RH$", cleaned)
                agency = re.match(r"(?:cabinet|agence)\b", fold(cleaned))
                own = fold(cleaned.split()[0]) not in names
                # A recruiter who signs above "Alpha Recrutement" and speaks of "our client"
                # works for an agency whose name ends in that word.
                if team and names and (len(pieces) == 1 or _AGENCY_WORK.search(fold(parts.body))):
                    agency = agency or re.match(
                        r"\s+(?:Recruitment|Recrutement|Talents?)$", team.group(0)
                    )
                if team and team.start() > 0 and own and not agency:
                    cleaned = cleaned[: team.start()].strip()
                below = _below_department(parts, number, cleaned, recruiter_line, recruiter)
                return below or cleaned
    for _, line in lines:
        for pattern in _TEAM_SIGNATURES:
            team = pattern.search(line)
            if team:
                cleaned = _clean_company(team.group("co"))
                suffix = _TEAM_SUFFIX.search(cleaned or "")
                if cleaned and suffix and suffix.start() > 0:
                    cleaned = cleaned[: suffix.start()].strip()
                if cleaned and not _is_title(cleaned) and not _is_team(cleaned):
                    return cleaned
    return None


_INTRODUCED = re.compile(
    r"(?:(?:[Tt]his is|[Ii]t's|I'm|I am|[Jj]e suis|[Cc]'est|[Mm]oi c'est)\s+[A-Z][a-zà-ÿ]+"
    r"(?:\s+[A-Z][a-zà-ÿ]+)?\s+(?:from|at|de|chez|d')|(?:reaching out|writing|contacting you|"
    r"getting in touch) from|I (?:work|recruit) (?:at|for)|[Jj]e (?:travaille|recrute) (?:chez|"
    r"pour)|"
    r"[Jj]e vous (?:contacte|écris) (?:de la part (?:de|du|d')|pour)|"
    r"(?:[Rr]eaching out|[Ww]riting|[Cc]ontacting you) on behalf of)\s*" + _COMPANY_NAME
)


_SIGNED_INLINE = re.compile(
    r"[-–—]\s*[A-Z][a-zà-ÿ]+(?:[ \t]+[A-Z][a-zà-ÿ]+)?\s*(?:,|@|from|de|"
    r"chez)\s*" + _COMPANY_NAME + r"\s*$"
)


_RECRUITS = re.compile(
    r"(?<![\w'])" + _COMPANY_NAME + r"\s+(?:recrute|recrutent|is hiring|are hiring|recruits)\b"
)


def _text_companies(text: str) -> list[tuple[str, str]]:
    """Every company the text names, with its words, the likeliest first: a name signed at the
    end ("— Marc, Lumen"), one the writer introduces ("I'm Ann from Corvus"), then each mention
    ("chez X", "rejoindre X", "the X Talent Team", "on behalf of X")."""
    found: list[tuple[str, str]] = []
    signed = _SIGNED_INLINE.search(text.rstrip(" .!"))
    if signed and (cleaned := _clean_company(signed.group("co"))):
        found.append((cleaned, signed.group(0)))
    introduced = _INTRODUCED.search(text)
    if introduced and (cleaned := _clean_company(introduced.group("co"))):
        found.append((cleaned, introduced.group(0)))
    for match in _RECRUITS.finditer(text):
        if (cleaned := _clean_company(match.group("co"))) and not _wrong_form(cleaned, "text"):
            found.append((cleaned, match.group(0)))
    for match in _COMPANY_IN_TEXT.finditer(text):
        word = match.group(0).split()[0].lower()
        cleaned = _clean_company(match.group("co"))
        if not cleaned:
            continue
        if fold(cleaned.split()[0]) in MONTHS or fold(cleaned.split()[0]) in _WEEKDAY_NAMES:
            continue
        if word == "the":
            team = re.match(
                r"(?P<name>.+?)\s+(?:Recruiting|Talent|HR|People|Hiring|Recruitment)\b",
                match.group(0)[4:] + text[match.end() : match.end() + 30],
            )
            if not team:
                continue
            cleaned = _clean_company(team.group("name")) or ""
            if not cleaned:
                continue
        elif word == "at":
            if len(cleaned.split()) > 3 or not re.match(r"^[A-Z][a-zA-Z]", cleaned):
                continue
            if re.match(r"^(?:\d|[AP]M\b|Our\b|Your\b|This\b|The\b)", cleaned):
                continue
        found.append((cleaned, match.group(0)))
    return found


def _text_company(body: _Body) -> tuple[str | None, str | None]:
    found = _text_companies(body.text)
    return found[0] if found else (None, None)


def _spelled(domain: str, texts: list[str]) -> str | None:
    """The words a glued domain name is made of, as the message writes them ("BreizhTech",
    "Lumen Conseil" for "lumenconseil"); None when the text does not support a split."""
    core = _alnum(domain)
    if len(core) < 4:
        return None
    for text in texts:
        tokens = list(re.finditer(r"[\w&-]+", text))
        for i, token in enumerate(tokens):
            if not token.group(0)[:1].isupper() or not core.startswith(_alnum(token.group(0))[:1]):
                continue
            joined = ""
            for last in tokens[i : i + 4]:
                joined += _alnum(last.group(0))
                if joined == core:
                    return text[token.start() : last.end()]
                if not core.startswith(joined):
                    break
    return None


# Where a company shows, and how much each place is trusted alone. The signature's own reading
# comes first; a mention in the text next; then a glued domain the text spells out, the
# sender's display name, the domain, another piece of a signature line, the subject.
_TRUST = {
    "behalf": 6.0,
    "signature": 3.0,
    "spelled": 3.2,
    "text": 2.5,
    "mention": 1.5,
    "sender": 1.5,
    "domain": 1.4,
    "line": 1.0,
    "subject": 1.0,
}
# The places a candidate comes from: two candidates of one place do not confirm each other.
_PLACE = {
    "behalf": "signature",
    "signature": "signature",
    "line": "signature",
    "spelled": "domain",
    "domain": "domain",
    "text": "text",
    "mention": "text",
    "subject": "subject",
    "sender": "sender",
}
# Agreeing with another place raises a candidate; the sender's domain agrees most.
_AGREES = {"domain": 3.0}
_AGREEMENT = 2.5
_WRONG_FORM = -6.0
_COMMON_WORDS_ONLY = -2.5

_REGIONS = frozenset(
    """
    ile-de-france idf bretagne normandie occitanie hauts-de-france grand est nouvelle-aquitaine
    auvergne-rhone-alpes rhone-alpes auvergne paca provence-alpes-cote d'azur pays de la loire
    centre-val de loire bourgogne-franche-comte bourgogne corse sud-ouest sud-est nord-ouest
    nord-est grand ouest grand sud ouest est nord sud alsace lorraine picardie aquitaine
    midi-pyrenees languedoc-roussillon limousin champagne-ardenne franche-comte poitou-charentes
    rhone gironde finistere morbihan emea apac europe france uk north south east west midlands
    scotland wales ireland london area greater london benelux dach americas
    """.replace(" ", "\n").split()
) | {
    "grand est",
    "pays de la loire",
    "grand ouest",
    "grand sud",
    "centre-val de loire",
    "sud ouest",
}
_SITE_HEAD = re.compile(
    r"^(?:campus|site|agence|direction regionale|delegation|antenne|bureau|office|"
    r"etablissement|usine|plateforme|magasin|branch|store|agency)\s+(?:de |d'|du |des |of )?"
)
_DIVISION = re.compile(
    r"^(?:direction|division|departement|department|fonctions? supports?|support functions?)\b|"
    r"\b(?:division|department|departement|business unit|unit)$"
)
_PLAIN_WORDS = re.compile(
    r"(?:communication|design|digital|services?|solutions?|systems|mission|missions|defense|"
    r"automation|robotics|marketing|conseil|consulting|strategie|strategy|finance|retail|"
    r"luxury|luxe|operations?|support|fonctions?|technologies?|innovation|data|ia|ai|it|"
    r"sante|health|energie|energy|industrie|industry|transport|logistique|logistics|"
    r"recherche|research|developpement|development|production|achats?|ventes?|sales|"
    r"client|clients|commercial|juridique|legal|qualite|quality|securite|security|"
    r"evenementiel|events?|immobilier|real estate|banque|banking|assurance|insurance|"
    r"formation|training|education|software|hardware|cloud|cyber|web|mobile|media|medias|"
    r"publicite|advertising|branding|print|edition|publishing|audiovisuel|video|photo|"
    r"architecture|ingenierie|engineering|btp|construction|maintenance|travaux|"
    r"nord|sud|est|ouest|north|south|east|west|central|regional|regionale|national|"
    r"internationale?|global|europe|france)"
)


_ADDRESS_HEAD = re.compile(
    r"^(?:tour|tower|immeuble|batiment|building|zone|zi|za|zac|bp|cs|"
    r"rue|avenue|boulevard|place|quai|allee|chemin|route|impasse)\b"
)


def _place(name: str) -> bool:
    """'Annecy', 'Île-de-France', 'Campus de Bordeaux', 'Agence Rhône-Alpes': where, not who."""
    folded = fold(name).strip(" .,;:-–—|()")
    rest = _SITE_HEAD.sub("", folded)
    rest = re.sub(r"^\d{5}\s+|\s+\d{5}$|\s+cedex.*$", "", rest).strip()
    return rest in _CITIES or rest in _REGIONS or folded in _CITIES or folded in _REGIONS


def _wrong_form(name: str, source: str) -> float:
    """What a candidate's form costs it: a place, a division, a platform, a title or a team is
    never the company (the signature's own reading has already told titles and teams apart);
    common words alone ("Communication & Design") seldom are."""
    folded = fold(name)
    words = [w for w in re.split(r"[\s&,/-]+", folded) if w and not _SMALL_WORD.fullmatch(w)]
    if not words or _place(name) or _platform_line(name) or _not_a_company_line(name):
        return _WRONG_FORM
    if _DIVISION.search(folded):
        return _WRONG_FORM  # "Robotics & Automation Division", "Direction régionale Ouest"
    if _TEAM_WORDS.fullmatch(folded.strip()) or _ADDRESS_HEAD.match(folded):
        return _WRONG_FORM
    if source != "signature" and (_is_title(name) or _is_team(name)):
        return _WRONG_FORM
    if all(_PLAIN_WORDS.fullmatch(w) for w in words):
        return _COMMON_WORDS_ONLY
    return 0.0


@dataclass
class _Candidate:
    name: str
    source: str
    words: str
    score: float = 0.0


def _glued(domain: str) -> str | None:
    """'fernhillpartners' -> 'Fernhill Partners': a domain glued to a company word."""
    core = domain.lower()
    if " " in core or len(core) < 7:
        return None
    for suffix in (
        "partners", "capital", "labs", "group", "groupe", "conseil", "consulting", "games",
        "studios", "studio", "software", "systems", "solutions", "technologies", "tech",
        "health", "foods", "logistics", "hotels", "insurance", "assurances", "bank", "media",
        "digital", "analytics", "robotics", "marine", "legal", "dental", "energy", "energies",
        "architecture", "ingenierie", "industries", "immobilier", "finance", "ventures",
    ):  # fmt: skip
        if core.endswith(suffix) and len(core) - len(suffix) >= 3:
            return f"{core[: -len(suffix)].capitalize()} {suffix.capitalize()}"
    return None


def _line_candidates(parts: MessageParts, recruiter: str | None) -> list[_Candidate]:
    """Each piece of each signature line that could name a company, the first piece of a line
    ahead of its qualifiers ("Thales – Défense Mission Systems", "Fromagerie Rivoire – Annecy")."""
    names = set(fold(recruiter or "").split())
    found: list[_Candidate] = []
    for number, line in enumerate(parts.signature[:8]):
        if _CONTACT_LINE.search(line) and not re.search(r"\s[|–—@]\s", line):
            continue
        pieces = re.split(r"\s+[|•·–—@-]\s+|\s+(?:at|chez|@)\s+|,\s+", line)
        for index, piece in enumerate(pieces):
            if not piece.strip() or _CONTACT_LINE.search(piece):
                continue
            if names and set(fold(piece).split()) <= names:
                continue
            first_name = is_first_name(fold(piece.split()[0]))
            if _looks_like_person(piece) and (first_name or (number == 0 and len(pieces) == 1)):
                continue
            cleaned = _clean_company(piece)
            if cleaned is None or len(cleaned.split()) > 6:
                continue
            qualified = (
                index == 0
                and len(pieces) > 1
                and all(_wrong_form(other, "line") for other in pieces[1:])
            )
            found.append(
                _Candidate(cleaned, "line", line, (0.5 if qualified else 0) - 0.1 * number)
            )
    return found


def _candidates(
    parts: MessageParts, body: _Body, recruiter_line: str | None, recruiter: str | None
) -> list[_Candidate]:
    header = parts.header
    found: list[_Candidate] = []
    for line in parts.signature[:8]:
        behalf = _PLATFORM_FOR.search(line)
        if behalf and (cleaned := _clean_company(behalf.group("co"))):
            found.append(_Candidate(cleaned, "behalf", behalf.group(0)))
    if signed := _signature_company(parts, recruiter_line, recruiter):
        trust = "line" if any(_platform_line(line) for line in parts.signature) else "signature"
        found.append(_Candidate(signed, trust, signed))
    for number, (said, words) in enumerate(_text_companies(body.text)):
        found.append(_Candidate(said, "text" if number == 0 else "mention", words))
    for said, words in _text_companies(header.subject or ""):
        found.append(_Candidate(said, "subject", words))
    if header.subject:
        for piece in re.split(r"\s+[|–—-]\s+|\s+(?:chez|at|@)\s+", header.subject)[1:]:
            if (cleaned := _clean_company(piece)) and len(cleaned.split()) <= 4:
                found.append(_Candidate(cleaned, "subject", header.subject))
    name = header.sender_name
    if name and not _looks_like_person(name) and not _CONTACT_LINE.search(name):
        team = _TEAM_SUFFIX.search(name)
        cleaned = _clean_company(name[: team.start()] if team and team.start() else name)
        if cleaned:
            found.append(_Candidate(cleaned, "sender", name))
    domain = _domain_company(header.sender_email)
    if domain:
        email = header.sender_email or domain
        if spelled := _spelled(domain, [*parts.signature, body.text]):
            found.append(_Candidate(spelled, "spelled", spelled))
        found.append(_Candidate(_glued(domain) or domain, "domain", email))
    found.extend(_line_candidates(parts, recruiter))
    return found


def _company(
    parts: MessageParts, body: _Body, recruiter_line: str | None, recruiter: str | None
) -> tuple[str | None, str | None]:
    """The company, from every place it shows (the signature read as a block, the sender, the
    domain, the text, the subject), each candidate scored by the trust in its place, its form
    and its agreement with the other places; None when nothing scores."""
    candidates = _candidates(parts, body, recruiter_line, recruiter)
    if not candidates:
        return None, None
    person = _alnum(recruiter or "")
    for candidate in candidates:
        candidate.score += _TRUST[candidate.source]
        form = _wrong_form(candidate.name, candidate.source)
        if person and _alnum(candidate.name) == person:
            form = _WRONG_FORM
        candidate.score += form
        if form <= _WRONG_FORM:
            continue
        place = _PLACE[candidate.source]
        agreeing = {
            _PLACE[other.source]
            for other in candidates
            if _PLACE[other.source] != place and _same_company(other.name, candidate.name)
        }
        candidate.score += sum(_AGREES.get(source, _AGREEMENT) for source in agreeing)
    best = max(candidates, key=lambda c: c.score)
    if best.score <= 0:
        return None, None
    if best.source == "domain":
        # The domain names the company; the message spells it ("ouest-france.fr", "Ouest-France").
        spelled = [
            c
            for c in candidates
            if c is not best and c.score > 0 and _same_company(c.name, best.name)
        ]
        if spelled:
            best = max(spelled, key=lambda c: _TRUST[c.source])
    return best.name, best.words


# Forwarded headers' dates: "mar. 8 déc. 2026 à 10:15", "Tue, Dec 8, 2026 at 10:15 AM",
# "Tue, 08 Dec 2026 10:15:00 +0100", "08/12/2026 10:15".
def _sent_at(
    header: Header, *, now: dt.datetime, zone: ZoneInfo, country: str
) -> dt.datetime | None:
    if not header.date_text:
        return None
    folded = fold(header.date_text)
    local_now = now.astimezone(zone)
    hits = [h for h in find_dates(folded, ref=local_now.date(), country=country) if not h.window]
    if not hits:
        return None
    hit = hits[0]
    day = hit.last
    if not re.search(r"20\d\d", folded) and day > local_now.date():
        day = day.replace(year=day.year - 1)
    time = hit.time
    if time is None:
        times = find_times(folded)
        time = times[0][1] if times else dt.time(12, 0)
    return dt.datetime.combine(day, time, tzinfo=zone)


_DEADLINE_WORDS = re.compile(
    r"(?:d'ici|avant|by|before|until|no later than|au plus tard|jusqu'au|jusqu'a)\s+$"
)


def _read_phrase(
    phrase: str, hit: DateHit, *, ref: dt.datetime, zone: ZoneInfo, country: str
) -> tuple[dt.date, dt.date, dt.time | None]:
    """The window of a phrase: by the dates reader (``flows.dates.read_when``) when it takes
    it, else by our own reading of the hit."""
    try:
        when = read_when(phrase, now=ref, tz=str(zone.key), country=country, expect=Prefer.FUTURE)
    except Exception:
        when = DateProblem.UNREADABLE
    if hit.window and re.match(
        r"(?:the |la )?(?:first|second|last|premiere|deuxieme|derniere) (?:week|semaine)",
        fold(phrase),
    ):
        return hit.first, hit.last, hit.time  # "the first week of January": its first seven days
    if re.fullmatch(r"(?:[a-z' ]+ )?(?:le|the) \d{1,2}(?:er|st|nd|rd|th)?", fold(phrase).strip()):
        return hit.first, hit.last, hit.time  # "le 15": the month said just before (ours)
    if DAY_AFTER.search(fold(phrase)):
        return hit.first, hit.last, hit.time  # "le lendemain" of the date said before (ours)
    if hit.window and re.search(r"\d\s?[-–]\s?\d", phrase):
        return hit.first, hit.last, hit.time  # "in 2-3 weeks": the range's far end (ours)
    bare_weekday = re.fullmatch(r"(?:on |le |ce )?([a-z]+)", fold(phrase).strip())
    if (
        bare_weekday
        and WEEKDAYS.get(bare_weekday.group(1)) == ref.weekday()
        and isinstance(when, When)
        and when.end == ref.date()
    ):
        when = DateProblem.UNREADABLE  # "Thursday" said on a Thursday: the next one (ours)
    if isinstance(when, When) and when.end >= ref.date():
        return when.start, when.end, when.time if when.time is not None else hit.time
    return hit.first, hit.last, hit.time


def _near(body: _Body, hits: Iterable[DateHit], span: tuple[int, int]) -> list[DateHit]:
    """The date hits in the sentence of a span."""
    s_start, s_end = body.sentence_start(span[0]), body.sentence_end(span[1])
    return [h for h in hits if s_start <= h.start < s_end]


@dataclass
class _Reader:
    body: _Body
    ref: dt.datetime
    zone: ZoneInfo
    country: str
    evidence: list[Evidence] = field(default_factory=list)

    def note(self, name: str, start: int, end: int) -> None:
        words = self.body.clause(start, end)
        if words:
            self.evidence.append(Evidence(name, words[:300]))

    def phrase(self, hit: DateHit) -> str:
        """The hit's words, with the "by" or "d'ici" just before it."""
        start = hit.start
        lead = _DEADLINE_WORDS.search(self.body.folded[max(0, start - 25) : start])
        if lead:
            start -= len(lead.group(0))
        return " ".join(self.body.text[start : hit.end].split())

    def window(self, hit: DateHit) -> tuple[dt.date, dt.date, dt.time | None]:
        return _read_phrase(
            self.phrase(hit), hit, ref=self.ref, zone=self.zone, country=self.country
        )


def read_message(
    text: str,
    *,
    now: dt.datetime,
    tz: str = "Europe/Paris",
    country: str = "FR",
    sender: str | None = None,
    sent_at: dt.datetime | None = None,
) -> Reading:
    """What the recruiter's message says (see the module's docstring for how).

    ``sender`` is a name known from elsewhere (a Telegram forward's origin), used when the
    message itself names nobody; ``sent_at`` when the message was sent (a forward's original
    date), used when no forwarded header gives it.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = ZoneInfo(tz)
    country = (country or "FR").upper()
    parts = split_message(text)
    body = _Body(parts.body, fold(parts.body))
    header_date = _sent_at(parts.header, now=now, zone=zone, country=country)
    if header_date is None and sent_at is not None:
        header_date = sent_at.astimezone(zone)
    sent_at = header_date
    ref = sent_at or now.astimezone(zone)
    reader = _Reader(body, ref, zone, country)
    hits = find_dates(body.folded, ref=ref.date(), country=country)

    refusal = _matches(REFUSAL, body)
    invitation = [
        m
        for m in _matches(INVITATION, body)
        if (not AVAILABILITY.fullmatch(m.group(0)) or INTERVIEW_NOUN.search(body.folded))
        and not PAST_MEETING.search(body.folded, body.sentence_start(m.start()), m.start())
    ]
    answers = _matches(ANSWER, body, hypothetical_ok=True)
    received = _matches(RECEIVED, body)
    criteria, n3 = _n3(body)
    offer = _first(OFFER, body)

    interview_at, interview_hit = _interview_moment(reader, hits, invitation)
    if invitation and interview_at is None and OUTREACH.search(body.folded):
        invitation = []  # a headhunter's first approach, not an invitation to an interview
    if not invitation:
        weak = _matches(WEAK_INVITATION, body)
        moment, moment_hit = _interview_moment(reader, hits, weak)
        if weak and moment is not None:
            invitation, interview_at, interview_hit = weak, moment, moment_hit
    kind: Kind
    away = AWAY.search(body.folded)
    if away and not refusal and not invitation:
        kind = Kind.OTHER
        reader.note("kind", *away.span())
    elif refusal and not (invitation and interview_at):
        kind = Kind.REFUSAL
        reader.note("kind", *refusal[0].span())
    elif invitation and not offer and not (interview_at is None and _asks_for_details(body)):
        kind = Kind.INTERVIEW
        reader.note("kind", *invitation[0].span())
    elif offer:
        kind = Kind.OTHER
        reader.note("kind", *offer.span())
    else:
        answer_hit = _answer_hit(body, hits, answers)
        if answer_hit is not None and _conditional_timeline(body, answer_hit):
            answer_hit = None
        if answer_hit is not None and not _asks_for_details(body):
            kind = Kind.ANSWER_DATE
        elif (
            received
            and not n3
            and not REQUEST.search(body.folded)
            and not _first(MISSING_SKILL, body)
        ):
            kind = Kind.RECEIVED
            reader.note("kind", *received[0].span())
        elif (
            n3
            or _first(MISSING_SKILL, body)
            or _first(GENERIC_EXPERIENCE, body)
            or _first(CATEGORICAL, body)
        ):
            kind = Kind.REFUSAL
        elif _asks_for_details(body):
            kind = Kind.OTHER
        elif (negative := _sentence_with(body, NEGATIVE, ABOUT_APPLICATION)) is not None:
            # "Malheureusement, votre profil ne correspond pas" said another way.
            kind = Kind.REFUSAL
            reader.note("kind", *negative)
        else:
            kind = Kind.OTHER

    reason: RefusalReason | None = None
    months = None
    skill = None
    answer_by = None
    if kind is Kind.REFUSAL:
        reason, months, skill = _reason(reader, criteria, n3)
        if not criteria:
            criteria = []
    else:
        criteria = []
    if kind is Kind.ANSWER_DATE:
        answer_hit = _answer_hit(body, hits, answers)
        if answer_hit is not None:
            _, answer_by, _ = reader.window(answer_hit)
            reader.note("answer_by", answer_hit.start, answer_hit.end)
    if kind is Kind.INTERVIEW and interview_hit is not None and interview_at is not None:
        reader.note("interview_at", interview_hit.start, interview_hit.end)
    elif kind is not Kind.INTERVIEW:
        interview_at = None

    recruiter, recruiter_line = _recruiter(parts, body)
    if recruiter is None and sender and _looks_like_person(sender):
        recruiter = _humanise(sender)
    company, company_words = _company(parts, body, recruiter_line, recruiter)
    if recruiter and company and _alnum(recruiter) == _alnum(company):
        company = None
    if company_words:
        reader.evidence.append(Evidence("company", company_words[:200]))
    if recruiter_line:
        reader.evidence.append(Evidence("recruiter", recruiter_line[:200]))
    return Reading(
        kind=kind,
        reason=reason,
        months=months,
        skill=skill,
        criteria=tuple(criteria),
        answer_by=answer_by,
        interview_at=interview_at,
        company=company,
        recruiter=recruiter,
        sent_at=sent_at,
        evidence=tuple(reader.evidence),
    )


_LATEST = re.compile(
    r"(?:au plus tard|no later than|at the (?:very )?latest|dernier delai)(?:\s+(?:le|the))?\s*$|"
    r"(?:au plus tard|at the (?:very )?latest|dernier delai)\b"
)


def _answer_hit(body: _Body, hits: list[DateHit], answers: list[re.Match[str]]) -> DateHit | None:
    """The date or window the recruiter gives for their answer."""
    for match in answers:
        near = _near(body, hits, match.span())
        if near:
            # The date said with the promise: the first after it, else the last before it.
            after = [h for h in near if h.start >= match.start()]
            latest = [
                h
                for h in after
                if _LATEST.search(body.folded, max(0, h.start - 25), h.start)
                or _LATEST.match(body.folded, h.end + 1, h.end + 25)
            ]
            if latest:
                return latest[0]  # "courant janvier, au plus tard le 15": the latest day said
            return after[0] if after else near[-1]
    return None


def _interview_moment(
    reader: _Reader, hits: list[DateHit], invitation: list[re.Match[str]]
) -> tuple[dt.datetime | None, DateHit | None]:
    """The interview's day and time: the one named day with a time (several offered: none)."""
    if not invitation:
        return None, None
    start = reader.body.sentence_start(invitation[0].start())
    days = [h for h in hits if not h.window and h.end > start and h.last >= reader.ref.date()]
    if not days:
        days = [h for h in hits if not h.window and h.last >= reader.ref.date()]
    if not days:
        return None, None
    moved = [h for h in days if MOVED_TO.search(reader.body.folded, max(0, h.start - 30), h.start)]
    days = moved or days
    timed = [h for h in days if h.time is not None]
    distinct = {(h.last, h.time) for h in timed}
    if len(distinct) > 1:
        return None, None
    chosen = timed[0] if timed else days[0]
    if re.match(
        r"[^.;!?\n]{0,25}?\b(?:(?:ou|or)\s+(?:a\s+|at\s+)?\d{1,2}\s?(?:h|:|am|pm)|between\b|"
        r"entre\b|"
        r"anytime|n'importe)",
        reader.body.folded[chosen.end : chosen.end + 40],
    ):
        return None, chosen  # "à 10h ou à 15h": the candidate chooses
    first, last, time = reader.window(chosen)
    if time is None:
        # "Date : mardi 15 décembre" then "Heure : 14h30" on the next line.
        times = [t for pos, t in find_times(reader.body.folded) if 0 <= pos - chosen.end < 120]
        if len(set(times)) >= 1:
            time = times[0]
    if time is None or first != last:
        return None, chosen
    return dt.datetime.combine(last, time, tzinfo=reader.zone), chosen


def _reason(
    reader: _Reader, criteria: list[Criterion], n3: list[re.Match[str]]
) -> tuple[RefusalReason, int | None, str | None]:
    body = reader.body
    if n3:
        reader.note("reason", *n3[0].span())
        return RefusalReason.DISCRIMINATORY, None, None
    later = next(iter(_matches(OPENING_LATER, body, hypothetical_ok=True)), None)
    skill_match = next(iter(_matches(MISSING_SKILL, body, hypothetical_ok=True)), None)
    if later is not None and not (
        skill_match is not None
        and re.match(
            r"\b(?:recontact|reven|reprendre|get|reach|reapply|"
            r"apply|contact)",
            later.group(0),
        )
    ):
        reader.note("reason", *later.span())
        return RefusalReason.OPENING_LATER, _months(later, reader.ref.date()), None
    for other in _matches(OTHER_OPENING, body):
        start = body.sentence_start(other.start())
        if FUTURE_ONLY.search(body.folded[start : body.sentence_end(other.end())]):
            continue
        if NO_OPENING.search(body.folded, start, other.start() + 1):
            continue
        reader.note("reason", *other.span())
        return RefusalReason.OTHER_OPENING, None, None
    if skill_match is not None:
        skill = _skill(body, skill_match)
        reader.note("reason", *skill_match.span())
        return RefusalReason.MISSING_SKILLS, None, skill
    generic = _first(GENERIC_EXPERIENCE, body)
    if generic is not None:
        reader.note("reason", *generic.span())
        return RefusalReason.MISSING_SKILLS, None, None
    lacking = _sentence_with(body, LACKING, SKILL_NOUN)
    if lacking is not None:
        reader.note("reason", *lacking)
        return RefusalReason.MISSING_SKILLS, None, None
    categorical = _first(CATEGORICAL, body)
    if categorical is not None:
        reader.note("reason", *categorical.span())
        return RefusalReason.CATEGORICAL, None, None
    return RefusalReason.NONE, None, None


# "Nous avons été ravis de vous rencontrer", "it was great to meet you": a meeting past.
PAST_MEETING = re.compile(
    r"\b(?:ete|eu) (?:tres |vraiment |si |le )?(?:ravie?s?|heureu\w+|plaisir|content\w*|"
    r"enchante\w*|interesse\w*)\b[^.;!?\n]{0,25}$|"
    r"\b(?:was|were|been) (?:so |really |very )?(?:great|nice|lovely|good|a pleasure|pleased|glad|"
    r"happy|delighted)\b[^.;!?\n]{0,25}$|\b(?:enjoyed|loved)\b[^.;!?\n]{0,25}$"
)
# "déplacé au lundi 14 décembre": the moment an interview is moved to.
MOVED_TO = re.compile(
    r"\b(?:deplace|decale|reporte|avance|moved|rescheduled|postponed|pushed back|changed)\w* "
    r"(?:au|a|to|for|pour|on) (?:le )?$"
)

# "Aucun poste n'est à pourvoir actuellement": openings denied, not offered.
NO_OPENING = re.compile(r"\b(?:aucune?|pas de|pas d'|no|none|not any)\b[^.;!?\n,]{0,40}$")

# A headhunter's first approach about a role the candidate never applied to.
OUTREACH = re.compile(
    r"\b(?:(?:un|une|l'un|l'une) de nos clients?|(?:one|some) of our (?:[\w-]+ )?clients|"
    r"pour (?:le compte d'"
    r")?un (?:de nos )?clients?|a client of ours|on behalf of (?:a|one of our) clients?)\b"
    r"|\b(?:a l'ecoute du marche|open to new (?:opportunities|roles)|ouverte? a (?:de nouvelles|"
    r"une nouvelle) opportunite|tell you about (?:a|an|this) (?:[\w-]+ )?(?:role|position|"
    r"opportunity))\b"
)

# A request for a document or a detail: the candidate has something to do, not to wait for.
REQUEST = re.compile(
    r"\b(?:please|kindly) (?:send|share|provide|complete|fill|upload|forward)\b|"
    r"\b(?:could|can|would) you (?:please )?(?:also )?(?:send|share|provide|complete|tell|confirm|"
    r"let)\b|\bplease could you\b|\b(?:we )?need (?:a (?:couple|few) (?:more|of) )?(?:more )?"
    r"details\b|"
    r"\b(?:merci de|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu) (?:nous |me )?(?:bien vouloir )?"
    r"(?:envoyer|transmettre|indiquer|communiquer|completer|remplir|faire parvenir|preciser|"
    r"dire)\b|\b(?:peux-tu|pouvez-vous|pourriez-vous) (?:nous |me )?(?:dire|preciser)\b"
)

# A timeline that holds only if the candidate is selected, or that says silence means no ("si
# votre candidature est retenue, nous vous contacterons sous 15 jours", "if you don't hear from
# us within 3 weeks"): an acknowledgement, not a date for an answer.
CONDITIONAL_TIMELINE = re.compile(
    r"\b(?:si|s'il|if|should|en cas de|au cas ou|dans le cas ou)\b[^.;!?\n]{0,60}?\b(?:retenue?s?|"
    r"retient|retiennent|selectionnee?s?|shortlisted|selected|successful|suite favorable|"
    r"reponse positive|retour positif|correspond\w*|matches|interests? us|not contacted|"
    r"n'avez pas|(?:don't|do not|haven't|have not|not) hear\w*|pas de (?:nouvelles|reponse))\b|"
    r"\b(?:sans|faute de|en l'absence de) (?:nouvelles?|reponse|retour)\b|\bpasse ce delai\b|"
    r"\b(?:assume|consider)\b[^.;!?\n]{0,50}\bunsuccessful\b|"
    r"\bconsiderer?z?\b[^.;!?\n]{0,50}\bpas (?:ete )?retenue?\b"
)
# "Pour vous dire si vous êtes retenue", "to let you know if": a question the answer settles.
_ASKED = re.compile(
    r"\b(?:indiquer|dire|savoir|confirmer|preciser|informer|know|tell you|confirm|inform you)"
    r"(?: (?:vous|you))?\s*$"
)


def _conditional_timeline(body: _Body, hit: DateHit) -> bool:
    start, end = body.sentence_start(hit.start), body.sentence_end(hit.end)
    after = body.sentence_end(min(len(body.text), end + 1))
    return any(
        not _ASKED.search(body.folded, max(0, match.start() - 25), match.start())
        for match in CONDITIONAL_TIMELINE.finditer(body.folded, start, after)
    )


_SLOT = re.compile(r"\b(?:disponibilites?|creneaux?|slots?|times?|availability|dates?|moment)\b")


def _asks_for_details(body: _Body) -> bool:
    """A request for documents or details, not for a slot to meet."""
    for match in REQUEST.finditer(body.folded):
        start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
        if not (
            INTERVIEW_NOUN.search(body.folded, start, end) and _SLOT.search(body.folded, start, end)
        ):
            return True
    return False


# "Pour un entretien" invites only with a moment ("nous reviendrons vers les candidats retenus
# pour un entretien d'ici le 20" announces an answer).
WEAK_INVITATION = Cues(
    r"\b(?:pour|for) (?:un|une|a|an) (?:premier |premiere |first |second |seconde |deuxieme |2e |"
    r"dernier |final |last )?(?:entretien|interview|rencontre|echange)\b"
)

# "Vos disponibilités" asks for an interview only where one is named.
AVAILABILITY = re.compile(r"vos disponibilites|your availability")
INTERVIEW_NOUN = re.compile(
    r"\b(?:entretien|interview|echange|rencontre|call|chat|meeting|rendez-vous|rdv|appel|visio|"
    r"screening)\b"
)

# An automatic "out of office" reply says nothing of the application.
AWAY = re.compile(
    r"\bout of (?:the )?office\b|\bautomatic reply\b|\bauto-?reply\b|\breponse automatique\b|"
    r"\babsente? du bureau\b|\bje suis (?:actuellement )?absente?\b|\bi am (?:currently )?away\b"
)

# Sentences where two kinds of words meet: what no single phrase above says, said in a way
# of its own ("nous avons estimé que votre niveau technique restait un peu léger").
NEGATIVE = re.compile(
    r"\b(?:malheureusement|unfortunately|regret\w*|desole\w*|sorry|helas|afraid)\b|"
    r"\bne\b[^.;!?\n]{0,30}\b(?:pas|plus)\b|\b(?:not|n't|no longer)\b"
)
ABOUT_APPLICATION = re.compile(
    r"\b(?:candidature|profil|dossier|application|candidacy|profile|cv|resume|suite|"
    r"retenue?|selected|successful|forward|further|proceed\w*|progress\w*|offer)\b"
)
LACKING = re.compile(
    r"\b(?:manqu\w+|insuffisant\w*|pas assez|trop (?:juste|leger|limite)\w*|leger\w*|"
    r"limite\w*|lack\w*|insufficient|not enough|limited|stronger|deeper|"
    r"not (?:yet |quite )?at the level|en dessous|below (?:the|our))\b"
)
SKILL_NOUN = re.compile(
    r"\b(?:experience|competences?|connaissances?|maitrise|niveau|expertise|skills?|knowledge|"
    r"background|certification|diplome|qualification\w*|proficiency|fluency|savoir-faire)\b"
)


def _sentence_with(
    body: _Body, first: re.Pattern[str], second: re.Pattern[str]
) -> tuple[int, int] | None:
    """The span of the first sentence (not a hypothesis) where both kinds of words occur."""
    for match in first.finditer(body.folded):
        start, end = body.sentence_start(match.start()), body.sentence_end(match.end())
        if _conditional(body, match.start()):
            continue
        if second.search(body.folded, start, end):
            return match.start(), match.end()
    return None


# Command line


def _reading_line(line: str) -> dict[str, Any]:
    try:
        request = json.loads(line)
    except ValueError:
        return {"error": "bad_json"}
    if not isinstance(request, dict):
        return {"error": "not_an_object"}
    text = request.get("text")
    if not isinstance(text, str):
        return {"error": "text_missing"}
    try:
        now = dt.datetime.fromisoformat(str(request.get("now") or ""))
    except ValueError:
        return {"error": "bad_now"}
    if now.tzinfo is None:
        return {"error": "now_without_offset"}
    tz = request.get("tz") or "Europe/Paris"
    country = request.get("country") or "FR"
    if not isinstance(tz, str) or not isinstance(country, str):
        return {"error": "bad_tz_or_country"}
    try:
        ZoneInfo(tz)
    except (ValueError, KeyError, OSError):
        return {"error": "bad_tz"}
    try:
        return read_message(text, now=now, tz=tz, country=country).to_json()
    except Exception:
        return {"error": "unreadable"}


def main(
    argv: list[str] | None = None, *, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    """``--json``: one request a line in, one reading a line out, until the end of input."""
    args = sys.argv[1:] if argv is None else argv
    source = stdin or sys.stdin
    sink = out or sys.stdout
    if args != ["--json"]:
        print("usage: python -m flows.recruiter_message --json < requests.jsonl", file=sys.stderr)
        return 2
    for line in source:
        if not line.strip():
            continue
        sink.write(json.dumps(_reading_line(line), ensure_ascii=False) + "\n")
        sink.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
