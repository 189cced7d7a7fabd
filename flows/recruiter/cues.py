"""The cues: word families, as regular expressions over the folded text (lower case,
no accents), for each kind of message and each refusal reason."""

from __future__ import annotations

import re

from flows.message_dates import (
    MONTHS,
    NUMBERS,
)
from flows.recruiter.reading import Criterion


class Cues:
    """Several patterns read as one; a space in them matches any run of white space (an
    optional space, " ?", none or any).

    Kept apart (not joined with "|") so that each may name its groups alike ("skill").

    A pattern that opens with ``(?#needs:WORDS)`` is tried only on a text where the regular
    expression WORDS finds something: one that starts at every sentence or comma and reads up
    to the word that decides it ("Le permis C est indispensable") would otherwise cost its whole
    family's joined search at every sentence of every message.
    """

    def __init__(self, *patterns: str) -> None:
        self.sources = tuple(
            _inclusive(_informal(p)).replace(" ?", r"\s*").replace(" ", r"\s+") for p in patterns
        )
        self._patterns: tuple[re.Pattern[str], ...] = ()
        self._guards: tuple[re.Pattern[str] | None, ...] = ()
        self._any: re.Pattern[str] | None = None

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        if not self._patterns:
            self.join()
        return self._patterns

    def finditer(self, text: str) -> list[re.Match[str]]:
        # Most cues are absent from most messages: one pass of all of them joined answers that
        # (about twice as fast as trying each), and each is tried alone only when one is there.
        if self._any is None:
            self.join()
        assert self._any is not None
        tried = [guard is None or guard.search(text) is not None for guard in self._guards]
        starts = []
        if (first := self._any.search(text)) is not None:
            starts.append(first.start())
        for pattern, guard, ok in zip(self._patterns, self._guards, tried, strict=True):
            if guard is not None and ok and (hit := pattern.search(text)) is not None:
                starts.append(hit.start())
        if not starts:
            return []
        # No cue of the family starts before the first place where one of them does: each is
        # looked for from there (lookbehinds and word boundaries still see what comes before).
        start = min(starts)
        found = [
            m
            for pattern, ok in zip(self._patterns, tried, strict=True)
            if ok
            for m in pattern.finditer(text, start)
        ]
        return sorted(found, key=lambda m: (m.start(), -m.end()))

    def join(self) -> None:
        """Compiles the patterns, alone and joined, once, on first use: the bot starts without
        them (compiling them all at import took half a second of its start).

        The joined pattern only finds where to start. It leaves out the guarded patterns, and
        the lookbehinds that open a pattern: an alternative that opens with one keeps the regular
        expression engine from skipping ahead to the characters a cue can start with, for the
        whole family (it matches a little more often without them, never later)."""
        guards = [_GUARD.match(source) for source in self.sources]
        self._guards = tuple(re.compile(g.group(1)) if g else None for g in guards)
        self._patterns = tuple(re.compile(source) for source in self.sources)
        light = [
            _LEADING_LOOKBEHINDS.sub("", _NAMED.sub("(?:", source))
            for source, guard in zip(self.sources, guards, strict=True)
            if guard is None
        ]
        self._any = re.compile("|".join(f"(?:{p})" for p in light) or r"(?!)")

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


_rx = Cues
_NAMED = re.compile(r"\(\?P<\w+>")
_GUARD = re.compile(r"\(\?#needs:([^)]*)\)")
# The words that decide a requirement ("est indispensable", "is a must", "au cœur du poste"):
# the patterns that read up to them from a sentence's start are tried only where one is.
_REQUIREMENT = (
    r"(?#needs:indispensable|obligatoire|exige|requis|imperati|essentiel|essential|mandatory|"
    r"required|requirement|prerequis|prerequisite|negotiable|negociable|incontournable|crucial|"
    r"critical|primordial|must|exigence|condition|obligation|critere|coeur|cœur|central|heart|"
    r"core)"
)
_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=](?:[^()\\]|\\.)*\))+")

# How people write in a hurry: "qqn", "quelqu un", "pr", "ds", no apostrophe.
_INFORMAL = {
    "quelqu'un": "(?:quelqu'un|quelqu un|quelquun|quelqun|qqn|qqun|qq1)",
    "j'ai": "(?:j'ai|jai)",
    "vous pouvez": "(?:vous|vs) pouvez",
    "(?:pour|for) (?:un|une|a|an)": "(?:pour|pr|for) (?:un|une|a|an)",
    "un autre": "un(?:·e|\\(e\\))? autre",
    "aujourd'hui": "(?:aujourd'hui|aujourd hui|auj)",
}


def _informal(pattern: str) -> str:
    for word, variants in _INFORMAL.items():
        pattern = pattern.replace(word, variants)
    return _ELIDED_GROUP.sub(_elided, pattern)


# A run of any words takes a word written inclusively too: "un(e) candidat(e) disposant d'une
# expérience", "un·e chargé·e".
_ANY_WORD = "[\\w'-]+ "


def _inclusive(pattern: str) -> str:
    return pattern.replace(_ANY_WORD, "[\\w'-]+(?:\\(\\w{1,5}\\)\\w*|·\\w{1,5})? ")


# "(?:de|d'|du) " then a word: "d'" is followed by no space ("d'encadrement").
_ELIDED_GROUP = re.compile(r"\(\?:([^()]*'[^()]*)\) (?!\?)")


def _elided(match: re.Match[str]) -> str:
    options = match.group(1).split("|")
    elided = [o for o in options if o.endswith("'")]
    spaced = [o for o in options if not o.endswith("'")]
    if not elided or not spaced:
        return match.group(0)
    return f"(?:(?:{'|'.join(spaced)}) |{'|'.join(elided)})"


# Cues, over folded text (lower case, no accents, plain apostrophes).

REFUSAL = _rx(
    # French
    # "pour l'instant on a personne à prendre", "je n'ai besoin de personne en ce moment"
    r"\b(?:on a|on n'a|nous n'avons|j'ai|je n'ai|on ne cherche|nous ne cherchons) (?:besoin de )?"
    r"personne (?:a prendre|a embaucher|pour l'instant|pour le moment|en ce moment)\b",
    # "desolé on a pris qqun qui etait deja en interim chez nous"
    r"\b(?:on a|nous avons|j'ai) (?:deja |finalement |donc )?(?:pris|embauche|recrute|trouve|"
    r"choisi|retenu|engage) quelqu'un\b(?! (?:pour|a) (?:vous|te) (?:recevoir|rencontrer))",
    # "dsl mais on garde pas votre candidature"
    r"\b(?:ne |n')?(?:garde|gardons|retiens|retenons|prend|prenons) pas (?:votre|ta|ton|vos) "
    r"(?:candidature|cv|dossier)\b",
    # "donc ça ne va pas pouvoir se faire pour le moment"
    r"\b(?:ca|cela) ne (?:va|pourra|peut) pas (?:pouvoir )?se faire\b",
    r"\bn'(?:a|ont|avez|avons|est|etes|ai) (?:pas|malheureusement pas|finalement pas) "
    r"(?:ete |pu (?:etre )?)?(?:retenue?s?|selectionnee?s?|aboutie?)",
    r"\b(?:ne|n') ?(?:[\w'-]+ ){0,3}(?:pas|plus) (?:[\w'-]+ ){0,3}(?:donner (?:de |une )?suite|"
    r"y donner suite|retenir|poursuivre (?:le processus|avec vous|votre candidature)|"
    r"aller plus loin|avancer avec vous|vous proposer (?:le|ce) poste)",
    r"\bne (?:[\w'-]+ ){0,2}(?:pas|plus) (?:[\w'-]+ ){0,2}(?:suite|votre candidature)\b",
    r"\bpas (?:ete |etre )?retenue?s?\b",
    r"\bne (?:pouvons|pourrons|pouvions|pourrions) y donner suite\b",
    r"\bne poursuivr\w+ (?:donc )?pas (?:le processus|votre candidature|avec vous|"
    r"la collaboration)\b",
    r"\bpas en mesure d'y (?:reserver|donner|apporter) (?:une |de )?suite\b",
    r"\b(?:doesn't|does not|don't|do not|didn't|did not) (?:quite |really |fully )?(?:match|fit|"
    r"align with) (?:what|the (?:role|position|requirements|profile))",
    r"\bne (?:la|le|les|te|vous|t') ?(?:retenons|retiendrons|retenir|retiendrai|retiens|retient|"
    r"retiendra|gardons|garde) pas\b",
    r"\bnon retenue?s?\b",
    r"\bsuite (?:defavorable|negative)|reponse (?:negative|defavorable)|avis defavorable",
    r"\bne (?:[\w'-]+ ){0,2}pas (?:[\w'-]+ ){0,2}(?:favorable|positive)",
    r"\b(?:avons|sommes|suis|ai) (?:le|au) regret\b",
    r"\bregrett(?:ons|e) (?:de vous|mais)",
    r"\b(?:retenu|retenir|choisi|privilegie|privilegier|prefere|preferer|opte pour|poursuivre avec|"
    r"prendre|pris|prenons|embauche|recrute|"
    r"poursuivons avec|avancer avec|continuer avec|orient\w* vers|orient\w* (?:son|leur|"
    r"notre) choix "
    r"vers|"
    r"porte(?:r)? notre choix sur|fait le choix d[e'] ?(?:retenir|poursuivre|un|une)) "
    r"(?:un autre|une autre|d'autres|un candidat|une candidate|un profil|des profils|"
    r"le profil d'|la candidature d'|une candidature|un\(e\) autre|d'autres candidat)",
    r"\b(?:fait|faire) le choix d'(?:un autre|une autre)\b",
    # "nous avons fait le choix d'une personne disponible", "notre choix s'est porté sur une
    # animatrice", "on a préféré prendre quelqu'un d'autre"
    r"\b(?:fait|faire) le choix (?:d'(?:un|une) (?:autre )?(?:personne|candidat\w*|profil|"
    r"collaborat\w*)|de quelqu'un)\b|\b(?:notre|mon|leur|son|le) choix s'est (?:finalement |donc |"
    r"alors )?(?:porte|arrete|oriente) (?:sur|vers)\b",
    r"\b(?:prefere|preferons|choisi) (?:de )?(?:prendre|recruter|embaucher|retenir|engager) "
    r"(?:quelqu'un|une autre|un autre|d'autres)\b",
    r"\b(?:can't|cannot|can not|won't be able to|unable to|not able to) (?:hire|employ|take on|"
    r"take) you(?: on)?\b(?! (?:through|to|round|around|for (?:an?|the) (?:interview|chat|call)))",
    # "we don't think it's the right match"
    r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:that )?(?:it's|it is|it was|"
    r"this is|you're|you are|you'd be|we're|we are|that's) (?:quite )?(?:the right|a good|a strong|"
    r"a great|the best|a|an ideal|the ideal) (?:fit|match)\b",
    # "nous avons finalisé notre recrutement", "we have now closed our recruitment"
    r"\b(?:avons|a|ont) (?:desormais |maintenant |deja |finalement )?(?:finalise|clos|cloture|"
    r"termine|boucle|acheve|conclu)e? (?:notre|le|ce) (?:recrutement|processus de recrutement)\b",
    # "la direction ne souhaite pas, dans ce contexte, intégrer ce type de profil"
    r"\b(?:ne|n') ?(?:souhaite|souhaitons|souhaitent|veut|voulons|veulent) (?:pas|plus)\b"
    r"[^.;!?\n]{0,30}\b(?:integrer|recruter|embaucher|engager|retenir)\b",
    r"\bprofils? (?:plus|mieux) (?:en adequation|adapte|correspondant|proche)",
    r"\b(?:poursuivre|continuer|avancer|aller plus loin|privilegier|retenir|selectionner|"
    r"poursuivons|continuons)\b[^.;!?\n]{0,40}\bavec (?:un autre|une autre|d'autres) "
    r"(?:candidat|profil|personne)",
    r"\b(?:pas|plus) (?:pu|pouvoir|en mesure de) (?:la |le |l')?(?:vous presenter|"
    r"presenter votre candidature|"
    r"vous positionner|vous placer|retenir)",
    r"\bpourvoir (?:le|ce) poste (?:en interne|avec|par)",
    r"\bne correspond(?:ait|ent|ez|)? (?:malheureusement |finalement |vraiment |helas )?(?:pas|"
    r"plus)\b",
    r"\b(?:arrete|porte|fixe|porter|arreter)\w* (?:notre|son|leur|mon) (?:decision|choix) sur "
    r"(?:un autre|une autre|d'autres|un candidat|une candidate|quelqu'un)\b|\b(?:equipes?|"
    r"effectifs?|"
    r"promotion|cohort|intake|programme|program) (?:[\w'-]+ ){0,2}(?:sont |est |is |are )?(?:now )?"
    r"(?:complete?s?|au complet|full)\b|\bunable to offer you a place\b",
    # "notre équipe pour les vacances d'hiver est d'ores et déjà complète"
    r"\b(?:equipes?|effectifs?|promotion|cohort|intake) (?:[\w'-]+ ){0,5}(?:sont|est|is|are) "
    r"(?:d'ores et deja |deja |desormais |maintenant |already |now )(?:complete?s?|au complet|"
    r"full)\b",
    # "ce poste a été attribué à une personne déjà présente dans nos équipes"
    r"\b(?:a|ont|est|avons|ai) (?:deja |finalement |donc )?(?:ete )?(?:attribue|confie|pourvu|"
    r"propose)e?s? a (?:une|un) (?:[\w-]+ )?(?:collaborat\w*|salarie\w*|candidat\w*|personne|"
    r"profil)\b",
    # "il ne nous sera malheureusement pas possible de le faire progresser plus avant"
    r"\b(?:ne|n') (?:[\w'-]+ ){0,3}pas (?:possible|envisageable) (?:de |d')(?:[\w'-]+ ){0,2}"
    r"(?:faire progresser|retenir|poursuivre|donner suite|aller plus loin|avancer|continuer|"
    r"vous proposer|vous recevoir|vous rencontrer)\b",
    r"\b(?:not|n't) taking (?:it|this|you|things|your application|your profile) (?:any )?"
    r"(?:further|forward)\b|\b(?:ended up going|went|gone|going|go) to (?:someone|somebody|another|"
    r"a candidate|an internal)\b|\b(?:attribue|confie|propose|accorde)e?s? a (?:un autre|"
    r"une autre|quelqu'un d'autre|d'autres)\b|\b(?:attribue|confie|pourvu)e? a (?:une|un) "
    r"(?:collaborat\w+|"
    r"salarie\w*|candidat\w*|personne) (?:en )?(?:mobilite )?interne|\bmobilite interne\b",
    r"\b(?:ne|n') ?(?:peut|peux|pouvons|pourrons|pourra|va|vais|allons) (?:malheureusement |"
    r"donc |helas )?(?:pas|plus) (?:vous |te )?"
    r"(?:embaucher|recruter|prendre|retenir|engager|continuer|poursuivre|integrer)\b|"
    r"\b(?:n'est|ne sont) "
    r"compatibles? avec aucun\b",
    r"\b(?:gone|go|going|went) (?:in )?(?:another|a different) way\b|\b(?:gonna|going to|will|'ll) "
    r"pass\b(?![^.;!?\n]{0,40}\b(?:to|along|over)\b)(?: on (?:this|it|your)| for now)?|"
    r"\b(?:we'll|we will|on va|nous allons) (?:stop|"
    r"s'arreter|arreter) (?:here|la)\b|\bon s'arrete la\b|\bnous arretons la\b",
    r"\b(?:won't|will (?:therefore |thus |unfortunately |sadly |then )?not|shan't) "
    r"(?:therefore |thus |unfortunately |now |then |sadly |so )?be "
    r"(?:inviting|moving) you\b|\b(?:won't|"
    r"will not) be moving (?:on )?"
    r"to (?:the )?(?:next|onsite|final|interview)\b|\b(?:chosen|chose|opted|decided|"
    r"elected) to offer "
    r"(?:the|this) (?:role|position|job)\b",
    r"\b(?:finalise|conclu|boucle|termine|cloture)\w* (?:le|notre|ce) (?:recrutement|processus)\b"
    r"[^.;!?\n]{0,60}\bavec (?:un autre|une autre|d'autres|quelqu'un)\b|\b(?:pourvu|attribue|"
    r"confie)\w* "
    r"(?:le|ce) poste (?:en interne|a)\b",
    r"\b(?:unable|not able|can't|cannot|won't be able) to (?:shortlist|progress|take forward|"
    r"invite|"
    r"offer) you\b|\b(?:retour|avis|feedback|reponse) (?:negatif|negative|defavorable)\b|"
    r"\bnegative (?:feedback|response|answer|decision)\b",
    r"\b(?:la |alors |donc |du coup )?(?:je|on) (?:ne )?(?:peux|peut|pourra|pourrai|vais|va) "
    r"(?:pas|plus)(?: le faire| donner suite| te prendre| vous prendre| vous garder|"
    r" te garder)?(?=\s*"
    r"(?:$|[,.;!\n]|bonne|merci|desole))|\b(?:je|on) (?:ne )?(?:vais|va) pas pouvoir\b",
    r"\bque (?:votre|ton) (?:parcours|profil|cv|experience) ne (?:presente|montre|comporte|reflete|"
    r"demontre|contient) pas\b",
    r"\bpas en adequation\b",
    # Not "il n'a pas encore pu voir votre dossier": a delay, not a no.
    r"\b(?:ne|n') ?(?:[\w'-]+ ){0,2}?(?:pas|plus)\b(?! (?:encore|eu le temps|eu l'occasion)\b)"
    r"[^.;!?\n]{0,40}?\b(?:avec votre (?:profil|candidature)|"
    r"votre (?:profil|candidature|dossier)|avec vous)\b",
    r"\b(?:recrutement|processus|poste|offre|vacancy|position|role)\b (?:est |a ete |has been |is )"
    r"(?:desormais |maintenant |now |deja |already )?(?:clos|close|cloture|closed|termine|"
    r"ferme)e?\b",
    r"\b(?:poste|recrutement|role|position|vacancy|job)\b[^.;!?\n]{0,30}\b(?:a ete |est |has been |"
    r"was |is )?(?:annule|suspendu|gele|supprime|cancelled|canceled|withdrawn|frozen|put on hold|"
    r"on hold|removed|scrapped)\b",
    r"\b(?:poste|mission|role|place|contrat)\b[^.!?;\n]{0,140}?\b(?:a (?:\w+ )?ete|"
    r"est(?: desormais| deja| maintenant)?|vien\w* (?:[\w-]+ ){0,2}d'etre|sera) (?:\w+ )?"
    r"(?:pourvue?|attribuee?|comblee?)\b",
    r"\b(?:mettre|mettons|mis|met) (?:un terme|fin) (?:a|au|aux) (?:notre |votre |ce |le |la )?"
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
    r"submit your|take (?:your application|you|it) (?:forward|further))",
    r"\b(?:going|decided|have decided|'ve decided) to pass\b",
    r"\b(?:go|going|gone|went) (?:in )?(?:another|a different) direction\b",
    r"\b(?:went|go|going|gone|decided to go|chose to go) with (?:an internal|another|a different|"
    r"someone else|other)\b",
    # "We've appointed another candidate", "the post has been offered to an internal applicant"
    r"\b(?:appointed|hired|recruited|engaged|employed|offered (?:the|this|that) (?:[\w'-]+ ){0,3}"
    r"(?:role|post|position|job|vacancy) to) (?:another|a different|an internal|an external|"
    r"someone else|other)\b",
    # "We've given the weekend shifts to someone else", "gave the job to another applicant"
    r"\b(?:given|gave|give|offered|offer) (?:the|this|that|those|these|it) (?:[\w'-]+ ){0,3}to "
    r"(?:someone else|somebody else|another (?:candidate|applicant|person)|a different "
    r"(?:candidate|applicant|person)|an internal (?:candidate|applicant))\b",
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
    r"votre|vous positionner|vous proposer|vous retenir|retenir votre|te presenter|te positionner|"
    r"te proposer|te retenir|te placer|vous placer)",
    r"\b(?:part|partons|partir|partirons|va partir|allons partir|pars) (?:donc |finalement )?sur "
    r"quelqu'un d'autre\b|"
    r"\b(?:part|partons|partir|partirons|va partir|allons partir|pars) (?:donc |finalement )?sur "
    r"(?:un autre|une autre|d'autres) (?:profil|candidat|candidature|personne)",
    r"\bne pas (?:pouvoir |etre en mesure d')?(?:[\w'-]+ ){0,3}(?:favorablement|positivement)\b",
    r"\baucune? (?:poste|besoin|offre|recrutement|ouverture)s? (?:(?!n')[\w'-]+ ){0,4}?"
    r"(?:n'est |n'est actuellement |"
    r"ne sont |n'a ete )?(?:actuellement |malheureusement |pour l'instant )?(?:a pourvoir|ouverte?|"
    r"disponible|prevue?|vacante?)",
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
    r"\b(?:went|go|going|gone) with (?:someone|somebody) (?:internal|else|internally|from)\b|"
    r"\b(?:fait|faire|made|make) (?:un|une|a) (?:autre|different|other) (?:choix|choice)\b|"
    r"\b(?:choisi\w*|retenu\w*) (?:une autre|un autre|d'autres) (?:personne|candidat\w*|profil)\b|"
    r"\bdecided to close your application\b|\b(?:unable|not able) to consider you\b|"
    r"\bne (?:pouvons|pourrons) (?:donc )?pas (?:l'|la |le )?(?:etudier|examiner|retenir)\b|"
    r"\b(?:retenue?s?|choisie?s?) (?:un autre|une autre|d'autres|quelqu'un d'autre)\b|"
    r"\b(?:chose|choosed|chosen|selected|picked) (?:another|a different|an other) (?:profile|"
    r"candidate|"
    r"person|applicant)\b|\bc'est mort\b|\bc(?:'est)? bon,? on a trouv\w*|\b(?:on a|nous avons|"
    r"j'ai) "
    r"(?:deja |finalement )?(?:choisi|retenu|trouve|recrute) (?:une|un) (?:personne|candidat\w*|"
    r"profil)\b|"
    r"\b(?:close|closed|signe|signed)\w* avec (?:quelqu'un|un autre|une autre|someone)\b|"
    # "Nous avons finalisé avec une autre candidate", "we've finalised things with another
    # applicant", "on a conclu avec quelqu'un d'autre"
    r"\b(?:finalis|finaliz|conclu|boucle|closed|wrapped up|settled)\w* (?:[\w'-]+ ){0,2}"
    r"(?:avec|with) (?:quelqu'un|un autre|une autre|d'autres|someone|another|other|a different)\b|"
    # "Le poste de vendeuse est pris", "the role has already been taken", "la place est prise"
    r"\b(?:le|ce|la|cette|the|this|that) (?:[\w'-]+ ){0,3}(?:poste|place|role|position|job|"
    r"vacancy|mission)\b[^.;!?\n]{0,50}?\b(?:est|a (?:deja )?ete|is|was|'s|"
    r"(?:has|had) (?:already |now |just )?been) "
    r"(?:deja |desormais |maintenant |"
    r"malheureusement |already |now |unfortunately )?(?:prise?|taken)\b(?! (?:en|dans|into|on|"
    r"forward|over|up|off|down|in|out|care|seriously|a coeur|au serieux)\b)|"
    r"\bpourvu\w* (?:le|ce|la|cette) (?:poste|place)\b",
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
    r"\bne pas (?:recruter|pourvoir|embaucher|prendre (?:de |d'|un |une )?(?:stagiaire|alternant|"
    r"apprenti|candidat|personne))\b|\bnot to (?:hire|recruit|fill)\b|"
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
    r"\b(?:not|won't|unable to|cannot|can't) (?:be able to |be )?(?:move|moving|proceed|proceeding|"
    r"progress|progressing|take|taking) (?:forward|further|ahead) with (?:your|you)",
    r"\bno longer (?:being )?consider",
    r"\b(?:choisi|retenu|pris|privilegie|selectionne|chose|chosen|picked|selected|hired|went with|"
    r"gone with|go with|going with) (?:quelqu'un d'autre|une autre personne|someone else|"
    r"somebody else|another person)\b",
    r"\b(?:trouve|recrute|embauche) quelqu'un (?:d'autre |pour (?:le|ce) poste)",
    r"\b(?:va|vais|allons) (?:pas|plus) pouvoir (?:te|vous) (?:garder|retenir|prendre|embaucher)\b",
    r"\b(?:we've|we have|i've|i have|they've|they have|we|they) (?:actually |now |already |just |"
    r"recently )*filled (?:it|the role|the position|this role|this position)\b|\b(?:ended up|"
    r"we've|we have|we) (?:now |already |just )?(?:filling|filled) (?:the|this|that|our) "
    r"(?:[\w-]+ ){0,2}(?:role|position|seat|vacancy|opening|post)\b|\b(?:can't|cannot|can not|"
    r"won't|unable to|not able to) (?:move|take|put) you forward\b",
    r"\b(?:role|position|job|vacancy|post)\b[^.!?;\n]{0,40}?\b(?:has|had|have)(?: now| already|"
    r" just| actually| recently)? been filled\b",
    r"\b(?:position|role|job|vacancy|post)\b (?:has|had|was|is)(?: now| already| just| actually|"
    r" recently)? (?:already |just )?"
    r"(?:been )?filled",
    r"\bposition (?:has been|was|is now|is) (?:already )?filled",
    r"\b(?:extend\w*|make|made|making|give|given|gave) (?:an |the |a job )?offer to (?:another|"
    r"a different|an other|one of the other|someone)\b|"
    r"\b(?:decided|decision) to (?:offer|extend)\b",
    r"\b(?:client|manager|direction|entreprise|societe|equipe|team|hiring manager|client)\b"
    r"[^.;!?\n]{0,60}\b(?:n'a|n'ont|n'a finalement|n'ont finalement) pas (?:souhaite|voulu|retenu|"
    r"donne suite|decide)\b|\b(?:client|hiring manager|manager)\b[^.;!?\n]{0,40}\b"
    r"(?:has |have )?(?:decided|chosen|opted) not to\b",
    r"\b(?:avons|a|ai|avez) (?:deja |finalement |maintenant )?(?:trouv\w*|recrut\w*|embauch\w*|"
    r"pris) "
    r"(?:quelqu'un|la personne|notre (?:candidat|perle)|le bon profil|une personne)\b|"
    r"\b(?:ca|cela) (?:ne )?(?:va|ira) pas (?:le faire|etre possible)\b|\bca ne le fera pas\b",
    r"\b(?:chosen|selected|chose|picked|hired|offered (?:the|that|this) (?:[\w'-]+ ){0,3}"
    r"(?:role|position|job|post|vacancy) to) (?:another|a different|other|a candidate|someone)",
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
    # Someone else kept or hired, any verb of choice: "le chef a choisi de garder un autre commis",
    # "we've already hired for that position", "they decided to keep another applicant".
    r"\b(?:choisi|decide|opte|prefere|preferons|decided|chose|chosen|opted|preferred) "
    r"(?:de |d'|to |pour )?(?:garder|conserver|prendre|embaucher|engager|recruter|keep|retain|hire|"
    r"take on|bring on) (?:un autre|une autre|quelqu'un d'autre|another|someone else)\b",
    r"\b(?:already|deja) (?:hired|recruited|found|filled|staffed|recrute|embauche|trouve|pourvu)\b"
    r"(?: (?:someone|quelqu'un|une personne|a candidate|un candidat|(?:for )?(?:that|this|the|"
    r"le|ce|pour (?:le|ce)) (?:[\w-]+ ){0,3}(?:position|role|job|vacancy|opening|poste)))",
    # "on ne va pas avancer sur ce poste", "nous n'irons pas plus loin", "on ne continue pas".
    r"\b(?:ne|n') ?(?:va|vais|allons|irons|ira|pourrons|pouvons|peut|souhaitons) pas "
    r"(?:avancer|aller plus loin|plus loin|continuer|poursuivre|donner suite)\b",
    # "on vous a déjà répondu non", "we already told you no".
    r"\b(?:deja|already) (?:repondu|dit|told you|said|answered)(?: (?:que )?)?\b"
    r"(?:non|no)\b",
    # "Ce ne sera malheureusement pas vous cette fois", "it won't be you this time".
    r"\bce ne sera (?:malheureusement |donc |finalement |helas )?pas (?:vous|toi)\b|"
    r"\bit (?:won't|will not) be you\b",
)

RECEIVED = _rx(
    # "Votre CV a bien été enregistré dans notre base", "toujours à l'étude", "the hiring team is
    # currently looking at your profile", "has moved to the review stage"
    r"\b(?:votre|ton|ta) (?:cv|dossier|profil) (?:a|a bien) ete (?:bien )?(?:recu|enregistre|"
    r"ajoute|integre|transmis|pris en compte)e?\b|\btoujours (?:a l'etude|en cours d'(?:etude|"
    r"examen|analyse))\b",
    r"\b(?:is|are) (?:currently |now |still )?looking at your (?:profile|application|cv|resume|"
    r"candidacy)\b|\b(?:moved|progressed|passed|been moved) to the (?:review|screening) "
    r"(?:stage|step)\b|\bunder review\b",
    r"\bbien (?:recu|reception(?:ne)?) (?:votre|ta|ton|vos|tes) (?:candidature|cv|dossier|message)",
    r"\b(?:is|are) (?:now )?under review\b|\b(?:passed|forwarded|sent) it (?:on |over )?to\b",
    r"\b(?:accusons|accuser|accuse de) (?:bonne )?reception",
    r"\b(?:ai|avons) bien eu (?:votre|ta) (?:candidature|cv|dossier)\b|\ben train de (?:regarder|"
    r"etudier|examiner|trier)\b|\b(?:je|nous) ne vous oublions? pas\b|\bje n'oublie pas (?:votre|"
    r"ta)\b|"
    r"\b(?:j'ai|nous avons) (?:bien )?recu(?:e|es|s)?\b(?!\s+(?:de|d'|plusieurs|beaucoup|many))|"
    r"\bl'(?:ai|avons) bien recue?\b|\bje (?:la|le) partage avec\b",
    r"\b(?:avons|ai) (?:bien )?recu (?:votre|ta) (?:candidature|cv|dossier)\b|\b(?:l'|les )"
    r"(?:etudient|examinent|etudie|examine) actuellement\b|\b(?:application|candidature|cv|"
    r"dossier) "
    r"(?:is|est) (?:actuellement |currently |now )?(?:with|entre les mains|chez) (?:the|le|la|du|"
    r"des|our|notre)\b|\bno news yet\b|"
    r"\bpas encore de (?:nouvelles|retour)\b",
    r"\b(?:candidature|application|profil|profile)\b[^.;!?\n]{0,100}\b(?:a ete|has been|was) "
    r"(?:consultee|vue|lue|viewed|opened|read)\b|\b(?:recruteur|recruiter|entreprise|employer|"
    r"hiring manager)s? (?:etudie|examine|consulte|regarde|is reviewing|is looking at) "
    r"(?:actuellement |currently |now )?(?:votre|ton|your)\b",
    r"\b(?:are|is|we're) (?:currently |now |still )?(?:reviewing|assessing|screening|"
    r"going through) "
    r"(?:all |the |your )?(?:applications?|cvs?|candidacies|profiles?)\b",
    r"\b(?:confirm\w*|accus\w*) (?:de )?(?:la )?(?:bonne )?reception\b|\b(?:got|have|received) "
    r"your (?:cv|resume|application|profile|portfolio)\b|\bgo (?:through|over) it\b",
    r"\bcandidature\b(?:[^.;!?\n]|\.(?= ?\d)){0,140}\b(?:a|a bien|ont bien|"
    r"ont) (?:bien )?ete (?:bien )?"
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
    r"(?:bien |safely |successfully )?(?:envoyee|deposee|soumise|recue|enregistree|sent|submitted|"
    r"delivered|received|registered|logged)\b",
    # A candidate registered with an agency: "your profile is now live on our system", "thanks
    # for registering", "votre inscription est validée"
    r"\b(?:votre|ton|your) (?:profil|profile|cv|dossier|inscription|registration)\b"
    r"[^.;!?\n]{0,20}\b(?:is (?:now )?live|is (?:now )?(?:active|registered|complete|on file)|"
    r"est (?:desormais |maintenant |bien )?(?:en ligne|actif|active|validee?|enregistree?))\b|"
    r"\b(?:thanks|thank you) for registering with\b|\bmerci (?:pour|de) (?:votre|ton) inscription "
    r"(?:chez|dans|aupres|a l'agence|au sein)\b",
    # Papers passed on: "I've passed them on to the hiring manager"
    r"\b(?:i've|i have|we've|we have) (?:just |now )?(?:passed|forwarded|sent|shared) (?:them|it|"
    r"this|these|those) (?:on |along |over )?(?:to|with)\b",
    r"\b(?:va|allons|vont|sera|seront) (?:[\w'-]+ ){0,2}(?:etudiee?|examinee?|analysee?|"
    r"etudier|examiner|analyser|traitee?) ",
    r"\ben cours (?:d'etude|d'examen|d'analyse|de traitement)",
    r"\b(?:we|we've|we have) (?:successfully )?received your (?:application|cv|resume)",
    r"\bapplication (?:has been|was) (?:successfully )?(?:received|submitted)",
    r"\bthank you for (?:applying|your application|submitting)",
    r"\bthanks for (?:applying|your application)",
    r"\b(?:will|are) (?:now )?(?:be )?(?:review|reviewing|reviewed|assess|assessing)",
    r"\bconfirm(?:ing)? (?:the )?receipt\b|\backnowledge (?:the )?receipt\b",
    r"\b(?:application|candidature|cv|dossier)\b[^.;!?\n]{0,80}\b(?:is|est) (?:now |maintenant |"
    r"desormais )?(?:with|entre les mains d[eu']|chez) (?:our|the|notre|nos|le|la|l')\b",
    r"\bmerci (?:beaucoup |bien |infiniment |encore |mille fois )?(?:pour|de) (?:votre|ta) "
    r"candidature\b",
    # "Nous l'avons transmise à notre coordinatrice", "I'll share it with the partners", "Thanks
    # Jordan, received —"
    r"\b(?:l'|les )?(?:avons|ai|a) (?:bien |deja )?(?:transmise?s?|transferee?s?|fait suivre|"
    r"fait passer|partagee?s?) (?:a|au|aux|avec)\b|\b(?:i'll|i will|we'll|we will) (?:share|pass|"
    r"forward|send) (?:it|them|this|these) (?:on |along )?(?:to|with)\b|"
    r"(?:^|[,.!;:]\s*)(?:(?:all|well|safely|bien) )?(?:received|recue?s?)\s*(?:[—–!.,;-]|$)",
    r"\b(?:remercions|remercie) (?:pour|de) (?:votre|ta) candidature\b",
    r"\b(?:transmettons|transmets|forwarding|passing)\b[^.;!?\n]{0,30}\b(?:responsable|manager|"
    r"equipe|"
    r"team|service|direction)\b",
    r"\b(?:application|candidature|cv)\b[^.;!?\n]{0,30}\b(?:has been|a ete|est|was) (?:passed|"
    r"forwarded|transmise?|transferee?|sent)\b",
    r"^\W*bien recu\b|\b(?:etudions|examinons|analysons|regardons|etudie|examine) (?:[\w'-]+ )?"
    r"(?:votre|ta|vos|tes) (?:candidature|dossier|profil|cv)",
    r"\b(?:i've|i have|we've|we have|i|we) (?:just )?(?:received|got|receive) (?:it|them|"
    r"your (?:cv|resume|application|profile|details|portfolio|candidature))\b|"
    r"\b(?:have|take) a (?:proper |closer |good |careful )?look (?:at|over|through)\b|"
    r"\b(?:application|cv|profile|candidature|profil) (?:was|has been|a ete) (?:viewed|consulte\w*|"
    r"vue?)\b",
    r"\b(?:pass|passing|passed|forward|forwarding|forwarded|send|sending|sent|share|sharing|"
    r"shared) (?:on )?(?:your|the) (?:cv|resume|application|profile|"
    r"details) (?:on )?(?:to|with)\b|\b(?:transmis|partage|fait suivre|fait passer) (?:[\w'-]+ )?"
    r"(?:votre|ton|ta) (?:cv|dossier|candidature|profil) (?:a|au|aux)\b",
    # Papers acknowledged, any order: "bien reçu les pièces complémentaires", "got it!", "votre
    # dossier est désormais complet", "thanks for sending over your CV".
    r"\b(?:bien )?recue?s? (?:les|vos|votre|tes|ton|ta) (?:[\w'-]+ )?(?:pieces|documents?|"
    r"justificatifs?|cv|candidature|dossier|elements|attestations?|diplomes?)\b|"
    r"\b(?:votre|ton) dossier est (?:desormais |maintenant |donc |bien )?complet\b|"
    r"\b(?:your )?(?:application|file) is (?:now )?complete\b",
    r"\bthanks? (?:you )?for (?:sending|forwarding|passing) (?:over |across |along |through )?"
    r"(?:your|the) (?:cv|resume|application|documents?|details|portfolio)\b|\bgot it\b",
)

ANSWER = _rx(
    # "nous vous transmettrons notre réponse d'ici le 15 janvier", "will notify all interviewed
    # candidates at that time"
    r"\b(?:transmettr\w+|communiquer\w*|donner\w*|ferons parvenir) (?:[\w'-]+ )?(?:notre|une|la) "
    r"(?:reponse|decision)\b|\bwill (?:notify|contact|inform|update) (?:all|each|every|you|the)\b",
    # "je te redis la semaine pro", "je vous redis ça d'ici vendredi"
    r"\b(?:je|on|nous) (?:te|vous|vs) (?:redis|redit|redirai|redira|redirons|redonne des nouvelles|"
    r"dis ca|dirai|dira|dirons)\b",
    r"\b(?:reviendr\w+|revenir|reviens|revenons|revient|revenez) (?:[\w'-]+ ){0,2}vers (?:vous|"
    r"toi|chaque candidat|tous les candidats|les candidats|l'ensemble des candidat\w*|chacun\w*)",
    # Quebec "revenir à quelqu'un": "nous vous reviendrons d'ici deux semaines avec une réponse"
    r"\b(?:nous|je|on) (?:te|vous) (?:reviendr\w+|reviens|revenons|revient)\b",
    r"\b(?:will be|seront|serez|sera|shall be) (?:[\w'-]+ )?(?:contacted|contactee?s?|notified|"
    r"informed|informee?s?|recontactee?s?|prevenue?s?)\b",
    r"\bsans (?:nouvelles?|reponse|retour) de (?:notre|ma) part\b|\bfaute de (?:reponse|retour)\b|"
    r"\b(?:if|should) you (?:have not|haven't|do not|don't|not) hear\w*\b",
    r"\b(?:recontacter\w*|recontacterons|reprendre contact|"
    r"(?:tiens|tient|tenons|tiendr\w+|tenir) (?:[\w'-]+ )?(?:informee?s?|au courant))",
    r"\b(?:ferons|ferai|faire|fait|fais|faisons|fera|feront) (?:[\w'-]+ )?(?:un |le |notre |mon )?"
    r"(?:retour|part de notre decision)",
    r"\b(?:make|making|made|take|taking) (?:a|the|our|their|his|her) (?:final )?(?:call|"
    r"decision)\b|"
    r"\b(?:je|on|nous) (?:t'|vous |te |vous )?(?:appelle|appellerai|appellerons|rappelle|"
    r"rappellerai|"
    r"ecris|ecrirai) (?:[\w'-]+ ){0,3}(?:dire|tenir|informer)|\bce qu'il en est\b",
    r"\b(?:recevront|recevra|will receive|will all receive|will hear) (?:[\w'-]+ ){0,2}(?:une |a |"
    r"an )?"
    r"(?:reponse|answer|response|decision|news)\b|\bm'engage a vous (?:donner|faire)\b|"
    r"\b(?:ferons|ferai|fera) connaitre (?:la suite|notre decision|notre reponse|la decision)\b|"
    r"\b(?:je|on) (?:te|vous) (?:dis|dit|dirai|dira|dirons)\b|"
    r"\b(?:serez|seras) fixee?s?\b|\b(?:devriez|devrais|should) (?:avoir|get|receive|hear) "
    r"(?:une |an |a )?(?:reponse|answer|news|decision)\b|\b(?:pourrai|pourrons) (?:te|vous) "
    r"confirmer\b|\bfera connaitre (?:sa|leur|notre|la|ma) (?:decision|reponse)\b|"
    r"\b(?:fera|ferai|ferons|feront) part de (?:sa|notre|leur|la|ma) (?:decision|reponse)\b|"
    r"\b(?:yes/no|yes or no|oui ou non|un oui ou un non)\b|\b(?:te|vous) (?:dit|dis|dirons|dira|"
    r"dirai) "
    r"(?:oui|si)\b|\bexpect (?:a|an|our) (?:answer|decision|reply|response)\b",
    r"\b(?:promets|promettons|promise|je vous promets) (?:[\w'-]+ )?(?:une |a |an |our |my |ma |"
    r"notre )?(?:reponse|answer|retour|decision|feedback)\b",
    r"\b(?:donnerons|donnerai|donner|communiquerai|communiquerons|apporter|apporterons|aurez|auras|"
    r"recevras|recevrez|aurez une) "
    r"(?:[\w'-]+ ){0,2}(?:reponse|retour|decision|nouvelles)",
    r"\b(?:notre|une|la|leur|sa|ma) decision\b",
    r"\b(?:reponse|retour|decision) (?:vous sera|definitive|finale)",
    r"\b(?:te|vous) (?:re)?di(?:s|rai|rons|ra|t) (?:ca|cela|quoi|tout)\b|"
    r"\b(?:resultats?|reponses?|decisions?|suite) (?:[\w'-]+ ){0,5}(?:vous |te |leur )?"
    r"(?:sera|seront) "
    r"(?:\w+ (?:et|puis|ou) )?(?:communique|transmis|adresse|envoye|notifie|annonce|publie|"
    r"affiche|connu|disponible|en ligne|apporte|donne|fourni)\w*|"
    r"\bget back to you\b|\bback to you\b|\blet you know\b|\bhear (?:back )?from (?:us|me)\b",
    # "expect to circle back with you by Monday", "on va te revenir d'ici jeudi", "we'll confirm
    # the outcome", "ils me donnent leur réponse sous 48h"
    r"\bcircle back\b|\b(?:va|vais|allons|vont|on va|je vais|nous allons) (?:te|vous) revenir\b|"
    r"\bconfirm (?:the|our|your|an?|their) (?:outcome|result|decision|offer)s?\b|"
    r"\b(?:donnent|donne|donneront|donnera|donner) (?:leur|sa|notre|une|la) (?:reponse|decision)\b",
    r"\bbe (?:back )?in touch\b|\b(?:update|inform|notify) you\b|\bkeep you (?:posted|updated|"
    r"informed)\b",
    r"\bshare (?:[\w'-]+ ){0,2}(?:feedback|news|an update|updates|our decision|the outcome)\b|"
    r"\b(?:a|our|the|final) decision\b|\b(?:reply|respond|answer|feedback) (?:to you )?"
    r"(?:by|within|before|early|next)",
    r"\b(?:have|has|get) (?:some )?news for you\b|\b(?:aurez|aurons|avoir|donnerons|donner) "
    r"(?:des |de nos |de mes )?nouvelles\b|"
    r"\b(?:have|give|get|send|provide|share) (?:you |all (?:the )?candidates |every candidate |"
    r"everyone |each candidate |candidates )?(?:an|our|a|the|some) (?:final )?"
    r"(?:answer|response|update|decision|feedback|news)\b|"
    r"\b(?:repondr\w*|reponde\w*|respond\w*|reply|replies)\b|"
    r"\bconfirm (?:whether|if)\b|\b(?:vous )?informer\w*\b|\bconfirm (?:the )?next steps\b|"
    r"\bconfirmer la suite\b|\bshortlist\w*\b|"
    r"\bget back to (?:you|all|every|everyone|everybody|candidates|applicants)\b|\bcontact (?:you|"
    r"all|every|the)\b|"
    r"\bcontacter\w*\b|\bwill contact\b|\breach out\b|"
    r"\blet (?:[\w'-]+ ){0,2}know\b|\b(?:the )?outcomes?\b|\brepond(?:s|ons|ez|ra|rai|rons)?\b|"
    r"\b(?:communicate|announce|send out|"
    r"share) (?:[\w'-]+ ){0,3}(?:outcomes?|results?|decisions?)\b|"
    r"\bshare (?:a|the|our) decision\b|\b(?:resultat|issue) (?:de|du)\b",
    r"\b(?:donne|donnerai|donnera|donnons|apporte|transmets|envoie|ferai|fais) (?:[\w'-]+ ){0,2}"
    r"(?:ma|une|notre|la|mon|un) (?:reponse|retour|decision)\b|"
    r"\b(?:reponse|retour|decision)s? (?:[\w'-]+ ){0,2}(?:vous|te) (?:parviendr\w+|arriver\w+|"
    r"sera\w* (?:communique|adresse|transmis|envoye)\w*)",
    # The answer under any name, passive or promised: "Results will be communicated by email by
    # 23 December", "you will get feedback by Friday", "vous recevrez les résultats sous 48h".
    r"\b(?:results?|outcomes?|decisions?|feedback|verdict|offers?) (?:[\w'-]+ ){0,4}(?:will|should|"
    r"shall|'ll) (?:be )?(?:communicated|sent|shared|announced|released|published|emailed|"
    r"confirmed|given|provided|available|made known|out|follow|come|arrive|reach you|"
    r"with you)\b",
    r"\b(?:recevrez|recevras|recevra|recevront|aurez|auras|will (?:all )?(?:get|receive|have|hear)|"
    r"'ll (?:get|receive|have|hear)|should (?:get|receive|have)) (?:[\w'-]+ ){0,2}(?:results?|"
    r"resultats?|feedback|outcome|verdict|avis|word|retours?|reponses?|answer|response|decision|"
    r"news)\b",
    # "Je vous appellerai dans la foulée, et au plus tard vendredi": a call with the answer
    r"\b(?:je|nous|on) (?:vous|te|t') ?(?:appellerai|appellerons|appellera|telephonerai|"
    r"telephonerons)\b(?=[^.;!?\n]{0,40}\b(?:au plus tard|dans la foulee|des que|aussitot))|"
    r"\b(?:i'll|i will|we'll|we will) (?:call|ring|phone) you\b(?=[^.;!?\n]{0,40}\b(?:at the "
    r"latest|right after|straight after|as soon as))",
    # "I'll text you back tomorrow either way", "je te réécris demain"
    r"\b(?:text|email|e-mail|message|write|msg|txt|get) (?:you|u) back\b|"
    r"\b(?:je|on|nous) (?:te|vous) (?:reecri\w*|envoie un (?:sms|texto|message)|texte)\b",
)

# A decision to be taken on a day, said without a promise to tell it ("la direction s'est
# engagée à trancher d'ici la fin du mois"): the answer's date when no promise gives one.
DECISION = _rx(
    # "Decision should be made by the end of next week", "la décision sera prise mardi"
    r"\bdecisions? (?:[\w'-]+ ){0,2}(?:should|will|would|is expected to|is due to|must|shall) "
    r"be (?:made|taken|reached|final|confirmed)\b|\bdecisions? (?:[\w'-]+ ){0,2}(?:sera|seront|"
    r"devrait|devraient|doit|doivent) (?:etre )?(?:prises?|arretees?|rendues?|connues?)\b",
    r"\b(?:trancher|tranchera|trancheront|statuer|statuera|statueront|se prononcer|"
    r"se prononcera|se prononceront|arreter (?:sa|leur|notre) (?:decision|choix)|"
    r"make (?:a|the|their|its|our) (?:final )?(?:decision|call|choice)|"
    r"(?:will|'ll) decide|finaliser? (?:notre|leur|son|le) choix|"
    r"(?:faire|fera|feront|ferons) (?:son|leur|notre) choix)\b",
)

INVITATION = _rx(
    # "Nous aurions plaisir à faire votre connaissance lors d'un entretien", "nous pouvons vous
    # proposer le mardi 8 décembre à 9h00 ou le jeudi 10"
    r"\b(?:faire (?:votre|ta) connaissance|vous rencontrer|te rencontrer)\b[^.;!?\n]{0,30}\b"
    r"(?:lors d'un|pour un|en) (?:entretien|rendez-vous|echange)\b",
    r"\b(?:nous|je|on) (?:pouvons|peux|pourrions|pourrais|peut) (?:vous|te) proposer (?:le|les) "
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|\d)",
    # "Peux-tu passer au resto mardi ou mercredi entre 14 h et 16 h?", "we're doing open interviews
    # at the shop this Thursday, just swing by"
    r"\b(?:peux|pouvez|pourrais|pourriez)(?:-tu|-vous)? passer (?:au|a la|a l'|chez|en|nous voir) "
    r"(?:[\w'-]+ ){0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|ce|cette)\b",
    r"\bopen interviews?\b|\bwalk-in interviews?\b",
    # "vs etes dispo qd la semaine pro pr qu on se voit ?", "on se voit quand ?"
    r"\b(?:pour|pr) qu ?'?on se voi[et]\b|\bon se voit (?:quand|qd)\b|\bquand (?:est-ce qu'on|on) "
    r"(?:peut|pourrait) se voir\b",
    # "vous pourriez passer pour un entretien ?", "tu peux passer en boutique pour un entretien"
    r"\b(?:pourriez|pouvez|pourrais|peux|voulez|veux)(?:-vous|-tu)? (?:[\w'-]+ )?passer "
    r"(?:[\w'-]+ ){0,3}pour (?:un|une|l') ?(?:entretien|rencontre|essai|echange|rendez-vous|rdv)\b",
    # French: an invitation, or a confirmed appointment
    r"\bt'(?:invite|invitons|propose|proposons|convie|convions) (?:[\w'-]+ ){0,4}(?:l'|d')?"
    r"(?:entretien|rencontre|echange|rendez-vous|rdv|visio|appel|call|point)",
    r"\b(?:vous|te) (?:proposer|proposons|propose|convier|convions|convie|inviter|invitons|"
    r"invite|convoquer|convoquons|rencontrer|recevoir|confirmer|confirme|confirmons) "
    r"(?:[\w'-]+ ){0,4}(?:l'|d')?(?:entretien|rencontre|echange|rendez-vous|rdv|visio|appel|"
    r"entrevue|"
    r"call|point|session|journee|assessment|test)",
    r"\b(?:vous|te) (?:rencontrer|recevoir)\b",
    # "You're booked in with Sarah on Friday at 2pm", "you are scheduled for Tuesday"
    r"\b(?:you're|you are|you've been|you have been) (?:now |all )?(?:booked|scheduled|"
    r"pencilled|penciled|confirmed|down) (?:in )?(?:for|with|on)\b",
    # "Le jury vous recevra le mercredi 9 décembre à 15h", "Mme Roy vous accueillera lundi"
    r"\b(?:vous|te) (?:recevra|recevront|recevrons|recevrai|accueillera|accueilleront|"
    r"accueillerons|accueillerai|attendra|attendront|attendrons|attendrai) (?:le|la|ce|cet|cette|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|a|au|dans|en|des|sur)\b",
    # "pourrais vous retrouver à 18h30", "souhaite vous parler du poste", "could we move it to
    # Thursday", "grab a 30-min slot", "the Teams details for your second interview"
    r"\b(?:vous|te) retrouver (?:a|au|pour|le|demain|autour)\b|\bautour d'un cafe\b|"
    r"\b(?:souhaite|souhaiterait|voudrait|aimerait|veut) (?:vous|te) (?:parler|appeler|"
    r"telephoner|voir)\b",
    r"\b(?:could|can|shall) we (?:move|push|shift|reschedule|bring forward) (?:it|this|that|"
    r"the (?:interview|call|meeting|chat))\b|\bpourrions-nous (?:le|la|l') (?:decaler|deplacer|"
    r"reporter|avancer)\b",
    r"\b(?:grab|book|pick|choose|select|reserve) (?:a |an |one )?(?:[\w-]+ ){0,2}(?:slot|time|"
    r"creneau)\b|\b(?:calendar|booking|scheduling) link\b|\bcalendly\b|\blien (?:de |pour )?"
    r"(?:prise de )?(?:rendez-vous|rdv|reservation)\b",
    r"\b(?:details|link|lien|coordonnees|informations|invitation|invite) (?:for|of|to|pour|de) "
    r"(?:your|the|votre|ton|l'|our|notre|this|cet|ce) ?(?:[\w-]+ ){0,2}(?:interview|entretien|"
    r"call|meeting|visio|rendez-vous|rdv|entrevue)\b|"
    # "Voici l'invitation", "Please find below the invite", "ci-joint la convocation"
    r"\b(?:voici|ci-dessous|ci-joint|ci-jointe|please find (?:below |attached |enclosed )?|"
    r"find (?:below|attached)|here(?:'s| is)|attached is|below is|vous trouverez (?:ci-dessous|"
    r"ci-joint)|tu trouveras (?:ci-dessous|ci-joint)) (?:l'|the |your |an |a |votre |ton |mon |"
    r"my |our |notre |la )?(?:calendar |meeting |teams |zoom |outlook |google )?(?:invitation|"
    r"invite|convocation)\b|"
    r"\bclick here to join\b|\bcliquez ici pour rejoindre\b",
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
    r"\b(?:entretien|rendez-vous|rdv|visio|entrevue) avec [^.;!?\n]{2,40}?,? (?:est|a ete) "
    r"(?:calee?|prevue?|fixee?|confirmee?|programmee?|planifiee?|bloquee?)\b",
    r"\b(?:entretien|rendez-vous|rdv|echange|visio|appel|entrevue|rencontre) (?:[\w'-]+ ){0,5}"
    r"(?:est |a ete )?(?:prevue?|fixee?|confirmee?|programmee?|planifiee?|calee?|bloquee?)",
    r"\b(?:etes-vous|seriez-vous|serais-tu|es-tu|etes vous|seriez vous|tu serais|vous seriez) "
    r"(?:disponibles?|dispos?) (?!a partir|from|pour (?:une |la |un )?(?:prise de poste|demarrer|"
    r"commencer|debuter|demarrage|embauche))",
    r"\bdispos? (?:[\w'-]+ ){0,2}(?:pour|pr|for) (?:un|une|a) (?:[\w-]+ )?(?:call|appel|echange|"
    r"entretien|chat|visio)\b|\b(?:works|suits) (?:on our side|for us|for me)\b|\b(?:ca|cela) "
    r"(?:me|nous) (?:va|convient)\b|"
    r"\b(?:je vous attends|on vous attend|nous vous attendons|we look forward to seeing you|"
    r"c'est note pour|c'est cale pour|c'est confirme pour|noted for|see you (?:on|at))\b|"
    r"^\W*dispos? (?:[\w'-]+ ){0,3}(?:pour|pr|for) (?:un|une|a) (?:call|appel|echange|entretien|"
    r"chat|visio)\b",
    r"\bvos disponibilites\b",
    r"\b(?:second entretien|deuxieme entretien|2e entretien|tour suivant)",
    r"\b(?:retenue?|selected|shortlisted|selectionnee?) (?:pour|for) (?:la|le|l'|a|an|the) "
    r"(?:[\w-]+ )?(?:etape|step|round|stage|entretien|interview)",
    # English
    r"\binvite you (?:to|for) ",
    # "Maison Ribault vous a invité(e) à un entretien", "Invitation à un entretien"
    r"\b(?:vous|te|t') a (?:invitee?|invite\(e\)|conviee?|convie\(e\)) a (?:un|une|votre|ton|l')"
    r"|\binvitation (?:a|to|for) (?:un |une |votre |ton |an? |your )?(?:[\w-]+ )?(?:entretien|"
    r"interview|rendez-vous|entrevue)\b",
    r"\b(?:vous|te) (?:inviter|invitons|invite|convions|convier|convie) a (?:notre|un|une|la|le|"
    r"nos)\b",
    r"\b(?:you(?:'re| are)|vous etes) (?:[\w'-]+ ){0,2}(?:invited|invitee?s?|conviee?s?|"
    r"convoquee?s?)\b",
    r"\b(?:like|love|happy|pleased|delighted|glad) to (?:invite|meet|schedule|set up|arrange|"
    r"book|have you|speak|talk|chat|move you|proceed|confirm|offer you an interview)",
    r"\b(?:interview|call|meeting|chat|conversation|assessment|session|visit|onsite|test|trial|"
    r"centre|center) (?:[^\s.!?]+ ){0,8}(?:is |has been |was |are )?"
    r"(?:scheduled|confirmed|booked|set|planned|arranged)\b",
    r"\b(?:are|would) you (?:be )?available\b",
    r"\byour availability\b",
    r"\byour (?:interview|call|meeting) (?:is|will be) (?:on|at|scheduled|booked|confirmed)\b|"
    r"\bvotre entretien (?:est|aura lieu|se tiendra|sera)\b",
    r"\bhow does [^?\n]{0,60}\bsound\b|\bdoes [^?\n]{0,40} (?:work|suit) (?:for )?you\b|"
    r"\b(?:cela|ca|ce creneau) vous (?:convient|va)\b|\bbring you in\b|\bmeet the (?:team|"
    r"founders?|"
    r"manager|ceo|cto|hiring manager)\b",
    r"\b(?:reschedul\w*|mov(?:e|ed|ing)|postpon\w*|shift\w*|push(?:ed|ing)? back|decal\w*|"
    r"report\w*|deplac\w*|avanc\w*) (?:donc |alors |bien |simply |just )?(?:our|the|your|notre|"
    r"l'|votre|le|ton|ta) ?(?:[\w-]+ )?(?:interview|call|meeting|chat|entretien|rendez-vous|rdv|"
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
    r"\b(?:like|want|love) (?:you|for you) to (?:meet|speak|talk|chat|come|join)\b",
    r"\bfaire passer un (?:call|appel|entretien|echange)\b|\b(?:se )?(?:cale|calons|"
    r"cale) un (?:call|"
    r"appel|echange|point|rdv)\b|"
    # "On cale le call avec notre CTO jeudi à 17h", "I've booked your interview for Monday"
    r"\b(?:on|je|nous) (?:(?:a|ai|avons|t'ai|vous ai|t'a|vous a) )?(?:cale|calons|bloque|"
    r"bloquons|fixe|fixons|programme|programmons|planifie|planifions|reserve|reservons) "
    r"(?:le |la |l'|un |une |notre |ton |votre |ta )[*_]*(?:[\w-]+ ){0,2}[*_]*(?:call|appel|"
    r"echange|point|rdv|rendez-vous|entretien|visio|entrevue)\b|\b(?:i've|we've|i have|we have) "
    r"(?:booked|scheduled|set up|arranged|locked in|pencilled in|penciled in) (?:your|our|the|"
    r"a|an) (?:[\w-]+ ){0,2}(?:call|interview|chat|meeting|session)\b|"
    r"\b(?:prendre|take) (?:un|a) (?:appel|call)\b|\bvous accueillir\b|"
    r"\b(?:selected|invited) to attend\b|\bretenue? pour (?:participer|assister)\b",
    r"\b(?:sent|send|sending|envoye|envoie|transmis) (?:you |vous |t')?(?:a |an |une |un )?"
    r"(?:[\w-]+ ){0,3}(?:invite|invitation|calendar invite|meeting request)\b|\b(?:vous|t') ai "
    r"(?:envoye|transmis) (?:une |l')invitation\b",
    r"\b(?:faire|organiser|caler|planifier|prevoir|avoir) (?:un|une) (?:[\w-]+ ){0,3}(?:call|appel|"
    r"visio|entretien|echange|point|rendez-vous|rdv)\b",
    r"\b(?:open to|up for|interested in|free for|fancy) (?:a |an )?(?:[\w-]+ ){0,3}(?:chat|call|"
    r"conversation|discussion|meeting|interview|coffee)\b",
    r"\b(?:vous|te) propos\w* de (?:passer|venir)\b|\b(?:passer|venir) (?:[\w'-]+ ){0,2}"
    r"(?:a l'atelier|au bureau|a l'agence|au magasin|au restaurant|a la boutique|nous voir|"
    r"sur place)\b",
    r"^\W*(?:invitation|updated invitation|invitation mise a jour)\s*:|\bjoin (?:zoom|teams|the) "
    r"meeting\b|\brejoindre la reunion\b|\bparticiper a la reunion\b",
    r"\b(?:vous|te) (?:conviendrai\w*|convient|irai\w*)\b[^.;!\n]{0,40}\?|"
    r"\b(?:would|does|could|will) (?:[\w'-]+ ){0,4}(?:work|suit) (?:for )?you\b",
    # A trial shift or an oral exam is the interview of trades and public posts, when the candidate
    # is asked to one: "can u do a trial shift this fri at 6pm", "le chef vous attend pour un essai
    # en cuisine lundi à 10h", "vous êtes dès lors invitée à l'épreuve orale".
    r"\b(?:can|could|would|will) (?:you|u) (?:do|come (?:in )?for|make|manage) (?:a |the |an )?"
    r"(?:paid |unpaid |short )?(?:trial shifts?|trial days?|trial sessions?|working interview)\b",
    r"\b(?:invite|invited|inviting|book|booked|booking) (?:you )?(?:in )?(?:for|to) "
    r"(?:a |the |an )?(?:paid |unpaid |short )?(?:trial shifts?|trial days?|trial sessions?|"
    r"working interview)\b",
    r"\b(?:vous|te) (?:attend|attendons|attendra|attendrons|propos\w*|invit\w*|convi\w*|"
    r"convoqu\w*|accueill\w*) (?:[\w'-]+ ){0,2}(?:pour|a) (?:un|une|votre|ton|le|la|l')"
    r" ?(?:essai|journee d'essai|service d'essai|epreuve|examen)\b",
    r"\b(?:venir|viens|venez) (?:faire |passer )?(?:un|une) (?:essai|journee d'essai|"
    r"service d'essai)\b",
    r"\b(?:invitee?s?|convoquee?s?|conviee?s?) (?:a|au|pour) (?:l'|une |un |votre |le |la )?"
    r"(?:epreuve|examen|oral|jury)",
)

# A cue inside such a clause is a hypothesis, not what happened.
CONDITIONAL = re.compile(
    r"\b(?:si|s'il|if|whether|sans (?:nouvelles?|reponse|retour|suite)|faute (?:de|d')"
    r" (?:nouvelles?|reponse|retour)|absence (?:de|d'|of)|should|unless|au cas|dans le cas|"
    r"lorsque|once|"
    r"when|des que|dans l'hypothese|a defaut|otherwise|sinon|failing|considerer|considerez|"
    r"assume|"
    # "sans ces documents je ne peux pas vous proposer de missions": a condition
    r"(?:sans|faute de|without) (?:ces|ce|les|vos|tes|these|this|the|your) (?:documents?|pieces?|"
    r"justificatifs?|elements?|papiers|informations?|details|paperwork))\b[^.!?;\n]*$"
)
# An equal-opportunity statement, or a cue said not to be the reason: it governs the cues that
# follow it closely ("sans distinction d'âge"); a denial also those just before it ("votre âge
# n'a rien à voir").
NEUTRAL = re.compile(
    r"sans (?:distinction|discrimination|consideration|tenir compte)|"
    r"quel(?:le)?s? que soi|independamment|regardless|irrespective|without regard|"
    r"egalite des chances|equal (?:employment )?opportunit|diversit|diverse|inclusi|"
    r"handi-?accueill|survey|self-identif|auto-identif|sondage|questionnaire facultati|"
    r"handi ?engage|ouverts? a tou(?:te)?s|ouverts? aux personnes|open to all|"
    r"(?:do|does|will) not discriminat|ne (?:discrimin|pratiquons)|on the basis of|"
    r"conformement a la loi|in accordance with|protected characteristic|"
    r"amenagements? (?:peuvent|pourront|sont possibles|raisonnables|adaptes)|"
    r"(?:reasonable )?(?:accommodations?|adjustments?) (?:can|will|may|are|is) (?:be|available)|"
    # "committed to employment equity and welcomes applications from women, Indigenous peoples",
    # "nous encourageons les candidatures des personnes en situation de handicap"
    r"employment equity|equite en (?:matiere d')?emploi|"
    r"(?:welcomes?|welcoming|encourages?|encouraging|invites?) (?:all )?(?:qualified )?"
    r"(?:applications|applicants|candidates) from|"
    r"(?:accueill|encourage|invit)\w* (?:les |toutes les )?candidatures (?:de|des|d')|"
    + r"n'(?:est|etait|sont) (?:en rien|pas|aucunement) (?:lie|du|liee)|not (?:related|due|linked|"
    r"because|based)|in no way"
)
DENIAL = re.compile(
    r"n'(?:a|ont|avait) (?:absolument )?rien a voir|nothing to do|aucun (?:lien|rapport)|"
    r"n'(?:est|etait|sont) (?:en rien|pas|aucunement) (?:lie|du|liee|en cause)|"
    r"(?:is|was|were) not (?:related|a factor|the reason|relevant)|had no (?:bearing|influence|"
    r"impact|role)|n'(?:a|ont) (?:joue|eu) (?:\w+ )?aucun|n'(?:a|ont) pas (?:joue|ete pris|eu)|"
    r"(?:n'est|n'etait) pas (?:un|le) (?:critere|motif)|not a (?:factor|criterion)|"
    r"n'(?:est|entre) pas (?:entre )?en (?:ligne de )?compte|played no (?:part|role)"
)
VISA = re.compile(
    r"\bsponsor\w* (?:a )?visas?\b|\bvisa sponsorship\b|\bwork permits?\b|\bpermis de travail\b|"
    r"\btitre de sejour\b|\bright to work\b"
)
CONTRAST = re.compile(r"\b(?:mais|but|however|cependant|plutot|rather)\b")

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
        r"\bretirement\b|(?<!depart\x20a\x20la\x20)(?<!depart\x20en\x20)\bretraite\b|\bretire\b|"
        r"\bstage of (?:your )?career\b",
        r"\b(?:collaborateurs|equipe|personnes|profils)\b[^.;!?\n]{0,40}\b(?:en )?tout debut de "
        r"carriere\b|\becart de generation\b|\bgeneration gap\b|\bmoyenne d'age\b|\bage moyen\b|"
        r"\bequipe (?:est )?(?:plutot |tres |assez |super )?"
        r"jeune\b|\b(?:young|youthful),? (?:[\w-]+,? ){0,2}(?:team|crew|office|bunch|group)\b",
        r"\b(?:in (?:their|his|her|your|our) |la |dans la )(?:twenties|thirties|vingtaine|"
        r"trentaine)\b|\b(?:under|moins de) (?:thirty|trente|30|35|forty|quarante|40)\b",
        r"\bolder than\b|\bplus agee? que\b|\bplus vieux que\b|\bearlier stage (?:in|of) "
        r"(?:(?:their|your|his|her) )?(?:life|career)\b",
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
        # Where one lives, a criterion of its own in French law, read with origin: "des personnes
        # qui venaient de Seine-Saint-Denis", "des profils qui habitent Paris intra-muros"
        r"\b(?:personnes|profils|candidats|candidates|gens|jeunes|people|applicants|candidates) "
        r"(?:qui|who) (?:venaient|viennent|venant|habitent|habitaient|vivent|vivaient|residen\w+|"
        r"come|came|live|lived) (?:de|du|des|d'|a|au|en|dans|from|in|outside)\b",
        r"\b(?:un |une |des )?(?:candidat|candidate|candidats|personne|profil)s? (?:habitant|"
        r"residant|vivant|domicilie\w*|living|based) (?:a |en |dans |sur |au |in )?[a-z]",
        r"\b(?:votre|ton) domicile\b|\b(?:lieu de residence|votre adresse|ton adresse|your "
        r"(?:address|postcode|zip code)|"
        r"where you live|ou vous habitez|ou tu habites|votre quartier|ton quartier|your "
        r"neighbou?rhood)\b|\bquartiers? (?:sensibles?|difficiles?|prioritaires?)\b|"
        r"\b(?:de|from) (?:la |the )?banlieue\b",
        r"\bof (?:[\w-]+ ){1,2}(?:origin|descent|heritage|extraction)\b",
        r"\bfrom (?:a |the )?(?:similar|same|different) (?:background|culture|community)\b|"
        r"\b(?:meme|autre) (?:origine|culture|communaute)\b",
        r"\bnative (?:english |french |german |spanish )?speakers? only\b|\bonly native "
        r"(?:english |french )?speakers?\b|\blocuteurs? natifs? (?:uniquement|seulement)\b",
        r"\b(?:votre|ton|your) (?:nom|prenom|name|first name|last name) (?:ne (?:passe|passera|"
        r"passerait)|won't go|wouldn't go|may not go|might not go|doesn't go)",
        r"\b(?:votre|vos|ton|tes|son|ses|leurs?) origines?\b",
        # "des gens de la place, qu'ils connaissent", "un profil « européen »"
        r"\b(?:gens|monde|personnes|employes|quelqu'un) de la place\b|\bprofil (?:plus )?[«\"]? ?"
        r"(?:europeen|francais|local|blanc|occidental)\w* ?[»\"]?",
        # "je crains qu'un nom comme le vôtre ne rassure pas", "a name like yours"
        r"\bun nom comme le (?:votre|tien|sien)\b|\ba (?:name|surname) like (?:yours|his|hers)\b",
        r"\borigines? (?:ethnique|etrangere|culturelle|maghrebine|africaine|asiatique|sociale)s?",
        r"\bd'origine (?:\w+)|\bethni\w+",
        r"\bcouleur de (?:votre |ta )?peau\b|\bconsonance\b|\bvotre nom de famille\b",
        r"\bpas (?:tres )?(?:francais de souche|d'ici)\b|\bde souche\b",
        # "des intervenantes… disons d'ici", "someone, let's say, local"
        r"\b(?:disons|comment dire|on va dire|let's say|shall we say|how shall i put it)\W+"
        r"(?:plus |more )?(?:d'ici|du coin|du cru|de chez nous|bien de chez nous|locale?s?|"
        r"from (?:around )?here|francaises?|british|english)\b",
        r"[«\"] ?(?:du coin|du cru|d'ici|de chez nous|bien de chez nous|local|from here|"
        r"from around here)"
        r" ?[»\"]",
        r"\b(?:ethnic|racial|cultural) (?:background|origin)|\bethnicity\b|\byour origins?\b",
        r"\b(?:rather|prefer\w*|preferer\w*|prefere\w*|want\w*|plutot) (?:[\w'-]+ ){0,3}(?:a |an |"
        r"un |une )"
        r"(?:french|british|english|local|native|francaise?|europeen\w*|european) (?:candidate|"
        r"person|national|profile|candidat\w*|profil|personne)\b|\b(?:previous|former|last|"
        r"ancien\w*|"
        r"dernier|derniere) (?:[\w'-]+ )?(?:romanian|polish|african|arab\w*|roumain\w*|polonais\w*|"
        r"africain\w*|maghrebin\w*|portugais\w*|portuguese|turkish|turc\w*) ",
        r"\b(?:classically|typically|traditionally|very) (?:parisian|french|english|british|"
        r"european|parisienne?|francaise?)\b|\bbackground feels\b|"
        r"\bdu coin\b|\bbien de chez nous\b|\blocal[- ]sounding\b|\b(?:sounding|sonnant) (?:name|"
        r"nom)\b|\bnom (?:plus )?(?:francais|"
        r"d'ici)\b|"
        r"\bfrom (?:round|around) here\b|\blooks? like (?:our|their) (?:customers|clients|team)\b|"
        r"\bblend in\b",
        r"\b(?:traditional |native |local )?(?:english|british|french|francaise?|irish|scottish|"
        r"european|western|white|local) (?:background|heritage|stock|family|families|roots|"
        r"origins?|de souche)\b|\bde souche\b|\bcertain kind of (?:person|people|face)\b|"
        r"\bun certain type de (?:personne|profil|physique)\b",
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
        # "a native British candidate", "un candidat français de naissance"
        r"\bnative(?:-born)? (?:british|french|english|scottish|irish|welsh|german|belgian|swiss|"
        r"canadian|american|australian|dutch|spanish|italian) (?:candidate|applicant|person|people|"
        r"profile|national|citizen|worker|staff|employee)s?\b|\b(?:francaise?|belge|suisse|"
        r"canadienne?) de (?:naissance|souche)\b",
        r"\b(?:citizens?|nationals?) only\b|\bforeigners?\b|\bforeign nationals?\b",
        r"\bpasseport (?:francais|etranger)\b",
        r"\b(?:french|eu|uk|british|us|american|european|german|francais|europeen) (?:or (?:an? )?"
        r"(?:french|eu|uk|british|us|american|european) )?passports?\b|\bpasseport europeen\b",
        r"\b(?:eu|uk|us|british|french|european|francais|europeens?) (?:nationals?|citizens?|"
        r"ressortissants?)\b",
    ),
    Criterion.SEX: _rx(
        r"\b(?:une|des) (?:dame|nana)s?\b",
        # "on va prendre un gars, c'est plus simple avec les boys"
        r"\b(?:prendre|embaucher|engager|recruter|garder|hire|take on) (?:un|des|a) "
        r"(?:gars|mecs?|garcons?|guy|bloke|lad)\b",
        r"\b(?:un|une) (?:jeune |vrai |vraie )?(?:homme|femme)\b|\b(?:des|les|aux|de) "
        r"(?:jeunes )?(?:hommes|femmes)\b",
        r"\b(?:profil|candidat\w*|collaborat\w*|personnel|equipe) (?:plutot |exclusivement |"
        r"entierement )?(?:masculin|feminin)e?s?\b",
        # "nos équipes chantier sont très masculines", "the crew is very male-dominated"
        r"\b(?:equipes?|teams?|crews?|ateliers?|chantiers?|milieu|ambiance|environnement|"
        r"environment|workforce|staff)\b[^.;!?\n]{0,30}\b(?:est|sont|is|are|reste|restent|"
        r"remain) (?:[\w'-]+ )?(?:tres |tellement |plutot |essentiellement |exclusivement |"
        r"very |quite |mostly |predominantly |entirely )?(?:masculine?s?|feminine?s?|"
        r"male-dominated|female-dominated|all-male|all-female|entre hommes|entre femmes)\b",
        r"\bvotre (?:sexe|genre)\b|\bd'etre une femme\b|\bparce que vous etes une femme\b",
        r"\b(?:a|another) (?:man|woman)\b|\b(?:male|female) (?:candidate|profile|applicant|"
        r"colleague|hire|team)s?|\byour (?:gender|sex)\b|\bbeing a (?:woman|man)\b",
        r"\b(?:more )?(?:masculine|feminine)\b|\ball-(?:male|female)\b|\bgentleman\b",
        # A sex wanted for the post, said of the role: "un chef d'équipe homme", "a male
        # foreman", "les gars préfèrent avoir un homme", "we'd rather have men on site".
        r"\b(?:chef|responsable|manager|directeur|directrice|ouvrier|employee?|salariee?|vendeu\w+|"
        r"serveu\w+|technicien\w*|candidat\w*|personne|agent|commercial|assistant\w*|"
        r"chauffeur|cuisinier\w*|foreman|supervisor|worker|driver)\b(?: [\w'-]+){0,2} "
        r"(?:homme|femme)s?\b|\b(?:un|une) [\w-]+(?: d'[\w-]+)? (?:homme|femme)\b",
        r"\b(?:prefer\w*|rather (?:have|hire))\b[^.;!?\n]{0,30}\b(?:men|women|hommes|femmes|"
        r"males?|females?|guys|gars|mecs)\b",
        r"\btransgen\w+|\btrans (?:woman|man|femme|homme)\b|\bidentite de genre\b|"
        r"\bgender identity\b|\bnon-?binaire\b|\bnon-?binary\b|\borientation sexuelle\b|"
        r"\bsexual orientation\b|\bhomosexu\w+|\blesbi\w+|\bopenly gay\b|\bgay (?:man|woman|men|"
        r"women|people|candidates?|couple)\b",
        r"\b(?:looking for|want|wants|prefer|prefers|need|needs|hire|hiring|seeking|recherch\w+|"
        r"prefer\w*|veut|voulons|souhait\w+) (?:a |an |un |une )?(?:[\w'-]+ )?(?:male|female|man|"
        r"woman|men|women|homme|femme|hommes|femmes)\b",
        r"\b(?:que|only|all|juste) (?:des |les )?(?:gars|mecs|hommes|men|guys|blokes|lads|femmes|"
        r"filles|women|girls)\b|\ball[- ](?:male|female|men|women)\b|\bentre (?:hommes|mecs|"
        r"gars)\b",
    ),
    Criterion.PREGNANCY: _rx(
        r"\b(?:you're|you are) expecting\b|\battendez un (?:heureux evenement|bebe)\b|"
        r"\bheureux evenement\b",
        r"\benceinte\b|\bgrossesse\b|\bconge (?:de )?maternite\b|"
        r"(?<!service\x20de\x20)(?<!services\x20de\x20)(?<!pediatrie\x20et\x20de\x20)"
        r"(?<!pediatrie\x20et\x20)(?<!unite\x20de\x20)(?<!pole\x20)(?<!clinique\x20de\x20la\x20)"
        r"\bmaternite\b",
        r"\b(?:desir|projet|envie)s? d'enfants?\b|\b(?:future|jeune) maman\b|\battendez un enfant",
        r"\bpregnan\w*|\bmaternity\b|\bexpecting (?:a baby|a child)\b|"
        r"\bbaby\b(?! ?(?:room|unit|class|group|section|sitting|sitter)s?\b)|"
        r"\bbebe\b(?!s? (?:lecteurs?|nageurs?)\b)",
        r"\bstart(?:ing)? a family\b|\bfonder une famille\b",
        r"\b(?:avoir|faire) (?:un|des) (?:enfants?|bebes?)\b|\bhave (?:a baby|children|kids)\b",
        r"\bdue date\b|\bdate (?:prevue )?d'accouchement\b|\baccouch\w*|\bterme de (?:votre|"
        r"ta) "
        r"grossesse\b",
    ),
    Criterion.FAMILY: _rx(
        r"\bsituation (?:familiale|de famille|maritale|matrimoniale)\b",
        r"\b(?:vos|tes|ses) (?:(?:deux|trois|quatre|\d|jeunes|petits|trois jeunes) )?enfants\b|"
        r"\benfants? (?:en bas age|a charge|jeunes?)\b",
        # "vous élevez seule vos enfants", "raising two kids on your own"
        r"\b(?:elever|elevez|eleves|elevant|elevais|eleviez) (?:seule?|seule? (?:vos|tes|ses)|"
        r"(?:vos|tes|ses) (?:[\w-]+ )?enfants)\b|\braising (?:[\w-]+ ){0,2}(?:kids|children|child|"
        r"sons?|daughters?|boys?|girls?|baby|twins) (?:alone|on your own|single-handedly|"
        r"by yourself)\b",
        r"\byour (?:little |young |baby |new-?born |two |three |\d )?(?:son|sons|daughter|"
        r"daughters|little (?:boy|girl|one)s?|toddlers?|newborn)\b",
        # a wedding: "tu te maries en avril", "you're getting married"
        r"\b(?:tu te maries|vous vous mariez|te marier|vous marier|"
        r"(?:votre|ton) (?:futur )?mariage|(?:votre|ton) (?:fiance|fiancee)|projet de mariage|"
        r"(?:you're|you are) (?:getting married|engaged)|"
        r"your (?:upcoming )?(?:wedding|marriage|fiance|fiancee))\b",
        # not the job: "éducatrice de jeunes enfants"
        r"(?<!educatrice\x20de\x20)(?<!educateur\x20de\x20)(?<!educatrices\x20de\x20)"
        r"(?<!educateurs\x20de\x20)\bjeunes enfants\b",
        r"\b(?:avec|with|ayant|having|as a (?:mother|father|parent) of) (?:[\w'-]+ ){0,2}"
        r"(?:enfants|kids|children)\b",
        r"\b(?:mere|pere|maman|papa) (?:de famille|seule?|celibataire|solo|de \w+ enfants?)",
        r"\b(?:contraintes?|obligations?|charges?|responsabilites?|vie|attaches?) "
        r"(?:familiales?|de famille)\b",
        r"\bgarde (?:de vos|des|d') ?enfants?\b|\b(?:place|places|mode de garde|solution de garde|"
        r"horaires?) (?:en |de la |de )?creche\b|\b(?:votre|ta|sa|leur) creche\b|\bsans enfants?\b",
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
        r"\bgabarit\b|\bmannequins?\b|\bmorphologie\b|\bsilhouette\b|\b(?:criteres?|"
        r"standards?) (?:de |of )?(?:presentation|"
        r"physique|beaute|beauty|appearance)\b|\bphotos?\b[^.;!?\n]{0,40}\bne correspond",
        r"\bpresentation physique\b|\bpresentable\b|\b(?:votre|ton) (?:look|allure|poids|"
        r"coiffure|taille)\b",
        r"\b(?:slim|minces?|sveltes?|well-groomed|good-looking|skinny)\b|"
        r"\bsilhouette\b",
        r"\b(?:au|le|un|votre|ton|son|leur) look\b|\blook (?:tres |plus |assez )?(?:soigne|"
        r"corporate|conforme|adapte|classique)\b|\b(?:votre|ton) style\b",
        r"\bpresentation (?:tres |plus )?(?:corporate|soignee|impeccable)\b|\b(?:your|the) look\b",
        r"\btatouages?\b|\bpiercings?\b|\bsurpoids\b|\bcorpulence\b|\bbarbe\b|\bdreadlocks?\b",
        # "the panel felt that your physique does not fit that image", "aesthetic standards"
        r"\b(?:your|her|his) (?:physique|appearance|looks|weight|figure|build|hairstyle)\b|"
        r"\baesthetic (?:standards?|criteria|requirements?|codes?)\b|"
        r"\b(?:codes?|criteres?|exigences?) (?:esthetiques?|de beaute)\b",
        r"\b(?:vos|tes) cheveux\b|\bcheveux (?:colores|longs|bleus|roses)\b",
        r"\bappearance\b|\byour (?:look|looks|weight|hair|hairstyle|beard|outfit)\b",
        r"\byour (?:[\w-]+ )?(?:hair|hairstyle|beard|skin)\b|\bgrooming standards?\b",
        r"\btattoos?\b|\boverweight\b|\bhow you look\b|\bphysical (?:presentation|image)\b",
        r"\bimage (?:de l'entreprise|de marque)\b.{0,40}\b(?:look|physique|style)",
        r"\bau physique\b|\bphysique (?:plus )?(?:conforme|agreable|avantageux|adapte)\b|"
        r"\btaille minimale\b|\bminimum height\b",
        # "a certain look", "someone a bit slimmer"
        r"\bslimm?(?:er|est)\b|\bthinner\b|\bplus minces?\b|\bplus sveltes?\b|"
        r"\b(?:a|the) (?:certain|particular|specific|different) look\b|\bun certain look\b",
    ),
    Criterion.ACCENT: _rx(
        r"\b(?:votre|ton|son|un|d'un|cet|l') ?accent\b(?! sur)",
        r"\b(?:votre|ton|your|his|her) (?:prononciation|pronunciation|diction|elocution|"
        r"intonation)\b",
        r"\baccent (?:trop |tres |assez )?(?:prononce|fort|etranger|marque|regional|du sud|"
        r"du nord|africain|maghrebin|anglais|americain)",
        r"\byour (?:[\w-]+ )?accent\b",
        r"\baccent (?:is|was|might|could|may)\b|\b(?:without|sans) (?:an |a |un )?accent\b",
        # "a strong accent", "a neutral British accent", "un accent neutre": any accent asked
        # for or held against
        r"\b(?:neutral|british|english|american|standard|native|local|clear|proper|posh|"
        r"received|regional|northern|southern|scottish|irish|french|foreign|strong|heavy|thick|"
        r"noticeable) accents?\b|"
        r"\baccent (?:neutre|standard|parisien|francais|pointu|local|de la region)\b",
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
        # "your back condition and the time you had off sick", "vos arrêts maladie"
        r"\b(?:your|his|her|votre|ton|son) (?:back|knee|heart|shoulder|hip|dos|genou|coeur|epaule)"
        r" (?:condition|problems?|issues?|injury|pain)\b|\b(?:off|been off|time off) sick\b|"
        r"\barrets? (?:de )?maladie\b",
        r"\b(?:physio|physiotherapy|kine|kinesitherapie|reeducation)\b|\b(?:back|knee|shoulder|"
        r"hip) (?:operation|surgery|problems?|injury|issues?)\b|\boperation (?:du|au|de la|a la) "
        r"(?:dos|genou|epaule|hanche)\b|\bsick leave\b|\bmedical (?:history|condition)\b",
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
        # "compte tenu de votre dossier médical", "votre congé maladie"
        r"\b(?:votre|ton|son|le) dossier medical\b|\b(?:your|his|her) medical (?:file|records?)\b|"
        r"\bconges? (?:de )?maladie\b|\b(?:your|her|his) (?:recent )?sick leave\b",
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
    r"opportunites|position|role|opening|vacancy|vacancies|campagne|equipe|budget|depart|"
    r"departs|retraite|retirement|remplacement|replacement|"
    r"projet|chantier|headcount|hiring|intake|programme|program|cohort|promotion|session|recrut\w*|"
    r"embauch\w*|hire|team|grow|mandate|mandat|search)\b"
    r"[^.!?;\n]{0,90}?(?:dans|d'ici|en|a partir de|in|within|"
    r"around|from|d'ici a|au|about|sous)\s+(?:environ |about |around |approximately |"
    r"roughly |some |a peu pres |plus ou moins |un peu plus de |moins de |les |the |next |"
    r"prochains? ){0,3}"
    r"(?P<n>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r"|quelques|few|a few|several)\s+(?:prochains )?(?P<u>mois|months?|semaines|weeks|ans?|"
    r"annees?|years?|trimestres?|quarters?|semestres?)\b",
    r"\b(?:poste|postes|besoins?|recrutement|ouverture|opportunite|position|role|opening|hiring|"
    r"intake|cohort|promotion|ouvr\w*|rouvr\w*|rouvert\w*|reouvr\w*|stage|internship|alternance|"
    r"apprenticeship|"
    r"boutique|magasin|store|agence|restaurant|"
    r"recrut\w*|recruit\w*|"
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
    r"relanc\w+ (?:le|ce|notre) recrutement|lanc\w+|launch\w*|adding|add|ajout\w*|creer|"
    r"creation|create|creating|expand\w*|agrandi\w*|renfor\w+)"
    r"\b[^.!?;\n]{0,70}?\b(?:dans|d'ici|in|within|en) (?:environ |about |around |approximately |"
    r"roughly |some |a peu pres |plus ou moins |the |next |les |prochains? ){0,3}"
    r"(?P<n5>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+"
    r"(?P<u5>mois|months?|semaines|weeks|ans?|annees?|years?)\b",
    r"\b(?:hiring|hire|opening|open|reopen\w*|recruit\w*|recrut\w*|ouvr\w*|role|position|poste)"
    r"\b[^.;!?\n]{0,110}?\b(?P<n6>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r") (?P<u6>months?|mois|weeks|semaines) (?:from now|from today|d'ici)",
    r"\b(?:dans|d'ici|in|within|sous|apres|after|au bout de|d'ici a|environ|about|around) "
    r"(?:roughly |about |around |approximately |environ |some )?(?P<n4>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")\s+(?P<u4>mois|months?)\b[^.!?;\n]{0,60}\b(?:poste|position|role|opening|ouvrir|"
    r"open|recrut|recruit|hiring|vacant|besoin d'(?:un|une|du|de)|need (?:a|an|some|more|extra)|"
    r"remplacement|replacement|cover|renfort|chercher (?:des|deux|trois|quelques|\d+|un|une)|"
    r"embauch\w*|hire|hiring)",
    # "au printemps on ouvre la terrasse et on va recruter un 2e commis": the season first
    r"\b(?:au|a la|a l'|en|in the|in|this|next|cet|ce|des la|des le|from the|by the) "
    r"(?:prochain |next |la |l')?(?P<u7>printemps|spring|(?<=l')ete|(?<=cet.)ete|summer|"
    r"automne|autumn|fall|rentree|new year|nouvel an|annee prochaine)\b(?! (?:dernier|"
    r"derniere|passe|passee)\b)[^.!?;\n]{0,60}?\b(?:recrut\w*|recruit\w*|embauch\w*|hire|"
    r"besoin (?:de renfort|de monde|de quelqu'un|d'un|d'une|de personnel)|renforts?|"
    r"(?:poste|place|role|position|job) (?:[\w'-]+ )?(?:s'ouvrira|se liberera|will open|opens up)|"
    r"hiring|ouvr\w+ (?:un|une|deux|des|d'autres) (?:postes?|places?)|open (?:a|another|new|"
    r"more) (?:post|position|role|vacanc\w+))",
    # "our next intake in May" (May, the month, only after an intake)
    r"\b(?:intake|cohort|session|promotion|campaign|campagne|applications|hire|recruit\w*|recrut\w*|"
    r"ouvr\w*|poste|opening)\b"
    r"[^.;!?\n]{0,90}\b(?:in|"
    r"en) "
    r"(?P<month>may|mai)\b",
    # "d'ici un an ... un poste d'ébéniste sera alors ouvert"
    r"\b(?:dans|d'ici|in|within) (?:environ |about |around )?(?P<n4>\d{1,2}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")\s+(?P<u4>mois|months?|ans?|years?)\b[^.!?;\n]{0,60}\b(?:poste|position|role|opening)"
    r"\b[^.!?;\n]{0,40}\b(?:ouvert\w*|open\w*|cree\w*|created|available|disponible)",
    # "en septembre 2027, un nouveau recrutement sera organisé"
    r"\b(?:en|in|from|a partir de|des|au|a la|courant|d'ici)\s+(?:debut |fin |early |late |mid-?|"
    r"mi-)?"
    r"(?P<month>"
    + "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3)
    + r")\b(?: \d{4})?,?[^.!?;\n]{0,40}\b(?:nouveau |new |second |autre |another )"
    r"(?:poste|position|role|opening|recrutement|vacancy)\b",
    r"\b(?:poste|position|role|opening|recrutement|recrut\w*|recruit\w*|intake|cohort|hiring|hire|"
    r"team|equipe|seat|grow|reprendr\w*|apprenti\w*|ouvert\w*|contrats?|headcount|planned|"
    r"renforcer|depart\w*|remplacement|"
    r"ouvr\w*|reouvr\w*|open\w*)"
    r"[^.!?;\n]{0,100}?\b(?:en|in|pour|for|"
    r"vers|around|d'ici|by|au mois d'|au mois de) (?:a |an |the |la |le )?(?:rentree (?:de |d')|"
    r"debut |fin |early |"
    r"late |"
    r"mid-?|mi-)?(?P<month>"
    + "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3)
    + r")\b",
    # A post planned, with or without a date: "nous prévoyons la création d'un second poste",
    # "we plan to open another position", "we expect to hire two more next year".
    r"\b(?:prevoyons|prevoit|prevoient|envisageons|envisage|planifions|comptons|we plan to|"
    r"we(?:'re| are) planning to|we expect to|we intend to|we anticipate|plan to|planning to)\b"
    r"[^.;!?\n]{0,40}?\b(?:creation|creer|ouverture|ouvrir|rouvrir|open|opening|reopen\w*|add|"
    r"take on|taking on|bring on|bringing on|"
    r"adding|create|creating|recruter|recrutement|embaucher|hire|hiring|recruit|recruiting|"
    r"afficher|affichage|"
    r"publier|publication|diffuser|lancer|post|posting|advertis\w+|list|re-?advertis\w+)\b"
    r"[^.;!?\n]{0,40}?"
    r"\b(?:postes?|positions?|roles?|openings?|vacanc\w+|recrutements?|personnes?|people|staff|"
    r"more|supplementaires?|offres?|annonces?|adverts?|ads|listings?|another|un autre|une autre|"
    r"a second|a new|un nouveau|une nouvelle|un second|une seconde|un deuxieme|une deuxieme)\b",
    # "Le poste devrait être de nouveau ouvert au cours de l'année", "the role should reopen"
    r"\b(?:poste|position|role|recrutement|vacancy|offre)s?\b[^.;!?\n]{0,40}\b(?:devrait|"
    r"devraient|sera|seront|pourrait|pourraient|should|will|may|might|could|is expected to) "
    r"(?:etre |be )?(?:de nouveau |a nouveau |again )?(?:rouvert\w*|reouvert\w*|reopen\w*|"
    r"re-?advertised|republiee?|re-?posted|ouverte? (?:de nouveau|a nouveau)|open(?:ed)? again)",
    r"\b(?:poste|position|role|recrutement|vacancy|offre)s?\b[^.;!?\n]{0,40}\b(?:devrait|"
    r"devraient|sera|seront|pourrait|pourraient|should|will|may|might|could|is expected to) "
    r"(?:etre|be) (?:de nouveau|a nouveau|again) (?:ouverte?s?|open(?:ed)?|publiee?s?|"
    r"advertised|posted)\b",
    # Hiring again at a season: "we will be recruiting again in the spring", "nous embaucherons
    # plusieurs saisonniers au printemps".
    r"\b(?:hire|hiring|recruit|recruiting|embaucherons|embaucheront|embauchera|recruterons|"
    r"recruteront|recrutera)\b[^.!?;\n]{0,60}?\b(?:au|in the|in|at the|for the|pour le|d'ici le|"
    r"from|des le|a partir du|cet|this|next) (?:prochain |next )?(?P<u2>printemps|spring|"
    r"summer|autumn|fall|automne|(?<=cet.)ete|trimestre|quarter|rentree)\b",
)
# "Nothing now, but later" needs a future opening, not an opening now.
_NOT_A_POST = (
    r"(?:candidat\w*|profils?|profiles?|personnes?|persons?|someone|quelqu'un|people|"
    r"applicants?|experience|expertise|skills?|background|more|plus)\b"
)
OTHER_OPENING = _rx(
    # "put you forward for our Customer Success Manager opening instead, which is live now"
    r"\b(?:for|to|on|sur|pour|towards) (?:our|the|a|an|another|notre|le|un|une) (?:[\w-]+ ){0,4}"
    r"(?:opening|role|position|vacancy|job|poste|offre)s? instead\b|\b(?:which|that|qui) "
    r"(?:is|est) (?:now |currently |already |actuellement |deja )?(?:live|en ligne)\b",
    # Openings now, the words in either order: "we currently have several other openings",
    # "d'autres postes sont actuellement ouverts".
    r"\b(?:currently|now|actuellement|en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|"
    r"right now|today) (?:[\w'-]+ ){0,3}(?:other|"
    r"several|many|a few|a couple of|some|similar|plusieurs|d'autres|autres|more) "
    r"(?:[\w'-]+ )?(?:openings|positions|roles|"
    r"vacancies|opportunities|postes|offres|opportunites)\b",
    r"\b(?:d'autres|autres|autre|un autre|une autre|plusieurs) (?:postes?|offres?|opportunites?|"
    r"missions?|roles?) (?:[\w'-]+ ){0,4}(?:ouverte?s?|a pourvoir|disponibles?|en cours|"
    r"actuellement|"
    r"en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|"
    r"publiee?s?|correspond\w+|conviendr\w+|pourrai\w+|qui pourrai\w+|"
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
    r"\b(?:pertinent|adapte|interessant|correspond\w*) (?:[\w']+ )?(?:pour|a) (?:notre|une|un|nos) "
    r"(?:autre )?(?:offre|poste|role|opportunite)s?\b[^.\n]{0,80}\b(?:ouverte?s?|a pourvoir|"
    r"en ce moment|at the moment|at present|presently|a l'heure actuelle|"
    r"actuellement)\b",
    r"\b(?:strong|good|great|better) fit for (?:other|another|some of our other) (?:positions|"
    r"roles|"
    r"openings|vacancies)\b|\bcurrently (?:advertising|recruiting|hiring)\b|\b(?:est|sont) "
    r"actuellement ouverte?s?\b|\bhiring for the (?:exact )?same (?:position|role)\b|"
    r"\b\d+ (?:missions?|postes?) (?:[\w']+ ){0,3}ouverte?s?\b",
    r"\b(?:cherche|recherche|recrute|cherchons|recherchons) (?:toujours |tjs |encore |aussi |"
    r"egalement |actuellement |en ce moment )?(?:qqn|quelqu'un|un(?:\(e\))?|une|des|deux) ?"
    r"[^\n]{0,100}(?:si ca vous dit|ca vous dit|si ca vous interesse|ca vous interesse|"
    r"ca te dit|ca t'interesse|ca te tente|ca vous tente|interested)\b|"
    r"\b(?:attirer votre attention sur|attirer ton attention sur|draw your attention to|point you "
    r"(?:to|towards)|vous signaler|te signaler) (?:notre|nos|une|un|our|an?|another|une autre|"
    r"un autre) (?:autre )?(?:annonce|offre|poste|role|position|vacancy|opening|job|advert)s?\b|"
    r"\b(?:is|are) (?:still )?accepting applications\b|\bwell suited to (?:it|this|"
    r"that|"
    r"our)\b",
    r"\b(?:vient|venons|viens|venez) d'ouvrir (?:un|une|deux|des|plusieurs) (?:[\w-]+ )?(?:postes?|"
    r"roles?|offres?|missions?)\b|\b(?:tu veux|voulez-vous|souhaitez-vous|veux-tu) que (?:je|nous) "
    r"(?:te|vous) (?:mette|mettions|positionne|positionnions|presente|presentions)\b",
    r"\b(?:opening|role|position|job|vacancy) (?:that|which) (?:has )?(?:just )?(?:went|gone|go|"
    r"goes) live\b|\b(?:great|good|strong|perfect) (?:fit|match) for (?:our|another|a|an|"
    r"the) (?:[\w-]+ ){0,3}"
    r"(?:opening|role|position|vacancy|job)\b",
    r"\b(?:j'ai|nous avons|on a|i have|i've got|we have|we've got) (?:aussi |egalement |also )?"
    r"(?:un|une|another|a|an|deux|trois|plusieurs|\d+|two|three|several) (?:autres? )?(?:[\w-]+ )?"
    r"(?:postes?|missions?|roles?|jobs?|positions?)\b"
    r"[^\n]{0,200}(?:ca vous interesse|ca vous dit|ca te dit|ca t'interesse|ca te tente|"
    r"ca vous tente|interested|"
    r"would you like|si vous voulez|si tu veux)",
    r"\b(?:is|are|we're) (?:actively |currently |also )?(?:hiring|recruiting|looking for) (?:a|an|"
    r"two|"
    r"several)\b[^\n]{0,160}\b(?:great fit|good fit|perfect fit|pass your profile|put you forward|"
    r"interested|want me to|shall i)\b",
    r"\b(?:on a|nous avons|we have|we've got|j'ai|we do have|we also have|il y a) (?:also |aussi |"
    r"egalement )?(?:une|un|an|a|another|une autre|un autre) (?:[\w-]+ )?(?:offre|poste|role|"
    r"opening|position|vacancy)\b[^.\n]{0,60}\b(?:ouverte?|open|live|disponible|available)\b",
    r"\b(?:recherche|recrute|cherche|is hiring|are hiring|is looking for|are looking for) "
    r"(?:(?:toutefois|cependant|par contre|en revanche|par ailleurs|justement|actuellement|"
    r"en ce moment|currently|also|aussi|egalement|however|though|still|toujours|right now|"
    r"at the moment) )+(?:un|une|deux|trois|des|plusieurs|\d+|a|an|two|three|several)\b"
    r"(?! (?:[\w'-]+ ){0,2}" + _NOT_A_POST + r")",
    # "deux postes que nous venons d'ouvrir", "je travaille actuellement sur un poste ... chez un
    # autre client", "je vous invite à y postuler".
    r"\b(?:postes?|offres?|roles?|positions?|jobs?|annonces?|"
    r"missions?)\b[^.;!?\n]{0,40}\b(?:qu'on|que nous|que je|qui) (?:vien\w*|venons) (?:tout juste |"
    r"juste )?d'(?:ouvrir|etre (?:ouverte?|publiee?|creee?)|publier|lancer|creer)\b",
    r"\b(?:postes?|offres?|roles?|positions?|"
    r"missions?) (?:[\w'-]+ ){0,3}(?:que nous venons d'ouvrir|"
    r"(?:we|i) (?:have )?just opened|qui vient d'ouvrir|tout juste ouverte?s?)\b",
    r"\b(?:je travaille|nous travaillons|i(?:'m| am) working|we(?:'re| are) working) "
    r"(?:actuellement |en ce moment |currently )?(?:sur|on) (?:un|une|d'autres|another|a|other) "
    r"(?:[\w'-]+ ){0,2}(?:postes?|missions?|roles?|positions?|opportunit\w+)\b",
    r"\b(?:vous|te) (?:invite|invitons|encourage|encourageons) a y (?:postuler|candidater)\b|"
    r"\binvite you to apply (?:for|to) (?:it|them|this|these|one|our|the)\b",
    r"\b(?:we (?:do |also |currently )?have|nous avons|on a) (?!no |aucun|pas )(?:[\w-]+ ){0,3}"
    r"(?:openings|vacancies|positions|roles|postes|offres)\b[^.;!?\n]{0,80}\b(?:right now|now|"
    r"currently|actuellement|en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|open|ouverts?)\b",
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
    r"we(?:'re| are) (?:also )?hiring)\b[^.;!?\n]{0,60}\b(?:en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|actuellement|currently|"
    r"right now|aussi|egalement|toutefois|par ailleurs|also)\b(?=[^\n]{0,200}\b(?:si cela vous "
    r"interesse|n'hesitez pas a postuler|if you(?:'re| are) interested|feel free to apply|postuler|"
    r"apply|pourrait vous interesser|could interest you|might interest you|interested|"
    r"interessee?)\b)",
    r"\b(?:team|equipe|department|service|departement)\b[^.;!?\n]{0,20}\b(?:is|are|est) "
    r"(?:currently |now |actuellement |also |aussi )?(?:hiring|recruiting|recrute)\b",
    r"\b(?:is|are|sont|est) (?:currently |now |actuellement )?(?:open|ouverte?s?|available|"
    r"disponibles?|a pourvoir) (?:now|actuellement|en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|right now|today)\b|\bopen now\b",
    r"\b(?:an|a|another|une?|other|d'autres) (?:[\w-]+ ){0,3}(?:opening|vacancy|position|role|"
    r"poste|offre)s?\b"
    r"[^.;!?\n]{0,40}\b(?:right now|now|currently|actuellement|en ce moment)\b",
    r"\b(?:currently|now|actuellement|en ce moment) (?:live|open|posted|advertised|en ligne|"
    r"ouverte?s?|publiee?s?)\b",
    r"\b(?:nous recrutons|on recrute|we(?:'re| are) (?:also )?(?:hiring|recruiting)) "
    r"(?:aussi |also |egalement |actuellement |currently |en ce moment |right now )?"
    r"(?:un|une|des|for|a|an|several|plusieurs|other)\b",
    r"\b(?:actuellement|en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|"
    r"aussi|egalement|par ailleurs)\b[^.;!?\n]{0,40}\b"
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
    # Another post open now, in any wording: "we are still looking for a Housekeeping
    # Supervisor", "nous recrutons en revanche dès à présent un(e) réceptionniste de nuit", "we
    # currently have a Level 1 Service Desk Analyst opening" (not "a candidate", "un profil").
    r"\b(?:nous recrutons|on recrute|nous cherchons|on cherche|nous recherchons|on recherche|"
    r"je cherche|je recherche|(?:we|i)(?:'re| are|'m| am) (?:hiring|recruiting|looking for|"
    r"seeking|searching for))"
    r"(?: (?:en revanche|toutefois|cependant|par contre|par ailleurs|des a present|des maintenant|"
    r"actuellement|en ce moment|"
    r"at the moment|at present|presently|a l'heure actuelle|"
    r"aussi|egalement|still|also|currently|right now|now|however|though|"
    r"as well))+ (?:un(?:\(e\))?|une|des|deux|trois|a|an|two|three|several|plusieurs|for)\b"
    r"(?! (?:[\w'-]+ ){0,2}" + _NOT_A_POST + r")",
    r"\b(?:(?:we|i)(?:'re| are|'m| am) (?:still|also|currently|now|actively) (?:hiring|recruiting|"
    r"looking for|seeking|searching for) (?:a|an|two|three|several|for)|(?:nous sommes|on est|"
    r"je suis) (?:toujours|encore|aussi|egalement|actuellement) a la recherche d'(?:un|une))\b"
    r"(?! (?:[\w'-]+ ){0,2}" + _NOT_A_POST + r")",
    r"\b(?:we|nous|on|i|je) (?:currently|now|also|still|actuellement|aussi|egalement|"
    r"en ce moment) (?:have|avons|a|ai) (?:a|an|un|une|another|other|d'autres|several|plusieurs)\b"
    r" (?:(?!applications|candidat|volume|nombre|number|lot)[\w'()#/-]+ ){0,6}"
    r"(?:opening|vacancy|position|role|poste|offre|job)s?\b",
    # An opening now, with an aside between the words: "There is, however, currently an opening
    # in our Leeds warehouse", "we do, however, currently have two openings", "il y a
    # toutefois en ce moment un poste ouvert".
    r"\b(?:there (?:is|are)|il y a|we (?:do|also|have)|we've got|nous avons|on a)\b"
    r"[^.;!?\n]{0,30}\b(?:currently|now|right now|at the moment|at present|actuellement|"
    r"en ce moment|a l'heure actuelle)\b,? (?:also |aussi |egalement |still )?(?:have |got )?"
    r"(?:an?|another|two|three|several|some|\d+|un|une|deux|trois|des|plusieurs) "
    r"(?:[\w-]+ ){0,2}(?:openings?|vacanc\w+|positions?|roles?|jobs?|postes?|offres?|missions?)\b",
    # A refused candidate's profile wanted for another post: "votre profil nous intéresse pour le
    # remplacement d'un congé maternité", "your profile would suit our Leeds team".
    r"\b(?:votre|ton) (?:profil|parcours|cv) (?:nous |m')?(?:interesse\w*|plai\w*|correspond\w*|"
    r"conviendr\w*) (?:[\w'-]+ ){0,2}(?:pour|a) (?:le|la|l'|un|une|notre|nos|d'autres|ce|cette)\b|"
    r"\byour (?:profile|background|cv|experience) (?:would |could |might )?(?:interests? us|"
    r"suits?|fits?|matches?|be (?:a good|a great|a strong) (?:fit|match)) (?:[\w'-]+ ){0,2}"
    r"(?:for|with) (?:another|our|a|an|one of our|the)\b(?! (?:same|this) )",
    # Another post just opened: "un poste d'assistante vient de s'ouvrir à Nantes", "a Team
    # Lead role has just come up in Leeds", "une place s'est libérée au service paie"
    r"\b(?:poste|role|position|opening|vacancy|job|offre|place|mission)s?\b[^.;!?\n]{0,60}?"
    r"\b(?:vien(?:t|nent) (?:tout juste )?(?:d'|de )(?:etre )?(?:s'ouvrir|ouvrir|ouverte?s?|"
    r"se liberer|creee?s?|publiee?s?)|s'est (?:tout juste )?(?:libere|ouvert)e?s?|"
    r"(?:has|have) (?:just |recently )?(?:opened up|come up|become available|been created|"
    r"been opened)|"
    r"(?:just|recently) (?:opened|came up|became available))\b",
    # "Marc de l'équipe produit cherche en ce moment une Product Owner", "our data team is
    # looking for an analyst right now": a colleague's opening, now.
    r"\b(?:cherche|recherche|recrute|is looking for|is hiring|is recruiting) (?:en ce moment|"
    r"actuellement|justement|right now|currently|at the moment) (?:un|une|des|a|an|two|deux)\b"
    r"(?! (?:[\w'-]+ ){0,2}" + _NOT_A_POST + r")",
    # Other openings the writer has now: "I have two other Toronto-based contracts open right now",
    # "we've got three more QA roles available".
    r"\b(?:i|we)(?: currently| now| also| still)?(?: have|'ve got|'ve| have got| also have| still "
    r"have) (?:[\w'-]+ ){0,3}"
    r"(?:other|more|similar|new) (?:[\w'-]+ ){0,3}(?:roles?|positions?|contracts?|openings?|"
    r"jobs?|vacancies|assignments?) (?:open|available|live|going)\b",
    # "We currently have openings for a Department Manager (Produce) and a Night Crew Supervisor"
    r"\bwe (?:currently |now |also )?have (?:several |two |three |other |some |a few )?(?:other )?"
    r"openings? (?:for|in)\b",
    # "j'ai en ce moment 3 missions de manutentionnaire sur Rungis", "we currently have two other
    # contracts"
    r"\b(?:j'ai|on a|nous avons|i have|we have|we've got|i've got) (?:en ce moment |actuellement |"
    r"aussi |egalement |right now |currently |also )?(?:\d+|deux|trois|quatre|plusieurs|several) "
    r"(?:autres )?(?:missions?|postes?|offres?|roles?|positions?|contracts?)\b(?! (?:a pourvoir )?"
    r"(?:dont|including))",
    # "we just opened two roles I think you'd be great for", "on a 3 missions manutention dispo
    # dès maintenant"
    r"\b(?:we(?:'ve| have)?|i(?:'ve| have)?) (?:just |recently )?opened (?:two|three|four|several|"
    r"a few|some|a couple of|another|a new|new|\d+) (?:[\w'-]+ ){0,3}(?:roles?|positions?|"
    r"openings?|vacancies|jobs?|reqs?)\b",
    r"\b(?:\d+|deux|trois|quatre|plusieurs|d'autres) (?:autres )?(?:missions?|postes?|offres?) "
    r"(?:[\w'-]+ ){0,3}(?:dispo|disponibles?|a pourvoir|ouverte?s?) (?:des maintenant|"
    r"immediatement|tout de suite|en ce moment|actuellement|cette semaine|des lundi|des demain)\b",
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
_SKILL_AFTER = r"(?P<skill>(?:[^,.;:!?\n()—–]|\.(?=\w)){2,80})"
MISSING_SKILL = _rx(
    rf"\b(?:manqu\w+|absence|insuffisance) (?:encore |un peu |beaucoup )?(?:d'|de |du |des |un |"
    rf"une )?"
    rf"(?:[\w'-]+ ){{0,2}}{_SKILL_WORD} (?:[\w'-]+ ){{0,1}}(?:en|sur|dans|avec|de|du|des|d'|"
    rf"pour le|"
    rf"pour la) {_SKILL_AFTER}",
    rf"\b(?:pas|peu|insuffisamment|trop peu) (?:encore |assez |suffisamment |vraiment )?(?:d'|de |"
    rf"l')?(?:[\w'-]+ )?"
    rf"{_SKILL_WORD} (?:[\w'-]+ )?(?:en|sur|dans|avec|de|du|des|d') {_SKILL_AFTER}",
    rf"\b(?:votre|ton|vos|tes) (?:niveau|maitrise|connaissance|connaissances|pratique|"
    rf"experience|competences?) (?:d'|de |en |du |des |sur |avec )?{_SKILL_AFTER}"
    r"(?= (?:n'est|n'etait|ne |est juge|etait juge|jugee?|reste|restait|est insuffisant|"
    r"etait insuffisant|insuffisant|est encore|est trop|semble))",
    r"\b(?:manque(?<!nous\x20manque)(?<!\x20me\x20manque)(?<!m'manque)|"
    r"manquait(?<!nous\x20manquait)(?<!m'manquait)|il (?:vous|te) manque|il manquait) "
    r"(?:de |d'|un |une |la |le |l')?"
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
    rf"(?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:[\w'-]+ )??(?:en|de|du|des|d'|sur|dans|"
    rf"avec) {_SKILL_AFTER}",
    rf"\b(?:lack|lacked|lacking|lacks|lack of|insufficient|limited|not enough|little) "
    rf"(?:of )?(?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:in|with|of|on|using|around) {_SKILL_AFTER}",
    rf"\b(?:more|stronger|deeper|additional|further|solid|strong|proven|extensive|advanced|"
    rf"significant|substantial|direct|hands-on) (?:[\w'-]+ ){{0,2}}{_SKILL_WORD} "
    rf"(?:in|with|on|of|using|around) {_SKILL_AFTER}",
    rf"\b(?:not|don't|didn't|doesn't|do not|did not|does not) (?:yet )?(?:have|has|had|"
    rf"demonstrate|show) (?:[\w'-]+ ){{0,3}}{_SKILL_WORD} (?:in|with|of|on) {_SKILL_AFTER}",
    rf"\byour (?:level of|level in|proficiency in|experience (?:with|in)|knowledge of|skills in|"
    rf"command of|fluency in|background in) {_SKILL_AFTER}(?= (?:isn't|wasn't|weren't|is not|"
    r"was not|were not|fell|falls|did not|didn't|does not|doesn't)\b| (?:is|was|were|remains|"
    r"remained)(?: \w+){0,2} (?:not|insufficient|too|below|limited|lacking|a bit|slightly|still|"
    r"short|under|weak|light|basic|enough)\b)",
    rf"\b(?:fluent|fluency in|proficient in|expert in|certified in) {_SKILL_AFTER}"
    r"(?= (?:was|is|were) (?:a |an )?(?:firm |strict |hard |non-negotiable |absolute )?(?:must|"
    r"requirement|required|essential|mandatory|key))",
    rf"\bgaps? in (?:your )?{_SKILL_AFTER}",
    r"\b(?:who|qui) (?:already )?(?:holds?|has|detient|possede|a) (?:the |a |an |le |la |l'|un |"
    r"une )?"
    r"(?P<skill>(?:[\w-]+ ){0,3}(?:qualification|certification|licence|license|certificate|diplome|"
    r"degree|permis|habilitation|designation|accreditation|credential|chartership|card|ticket|"
    r"titre|carte|attestation|agrement|accreditation|certificat))\b",
    r"\b(?:enough|sufficient|assez d'|suffisamment d') (?P<skill>[\w-]+(?: [\w-]+)?) (?:experience|"
    r"skills|expertise|knowledge)\b",
    rf"\b(?:candidates?|someone|people|profiles?) (?:who (?:have|has|had)|who's|who've|with) "
    rf"(?:already )?"
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
    rf"(?<!\bvous\x20etes\x20)(?<!\btu\x20es\x20)(?<!\byou\x20are\x20)(?<!\byou're\x20)"
    rf"\b(?:titulaires?|detenteurs?|detentrices?|holders?) (?:du|de la|de l'|d'un|d'une|des|"
    rf"of a|of an|of the|of)(?! ?(?:poste|role|position|job|fonction)\b) ?{_SKILL_AFTER}",
    rf"\bsomeone (?:comfortable|confident|proficient|experienced|familiar|skilled|fluent) (?:with|"
    rf"in) "
    rf"{_SKILL_AFTER}",
    rf"\b(?:more|plus d') (?:years?|annees) (?:of experience |d'experience )?(?:in|with|en|dans) "
    rf"{_SKILL_AFTER}",
    r"\b(?:need|needed|require\w*|looking for|recherch\w+|cherch\w+|besoin d[e']|veu\w+|faut) "
    r"(?:absolument |vraiment )?(?:someone|a candidate|"
    r"quelqu'un|une "
    r"personne) (?:with|avec|ayant|who has|qui a) (?:(?:au minimum|au moins|at least|at minimum|"
    r"deja|already|forcement|obligatoirement) )?(?:a |an |the |un |une |le |la )?"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?)(?=,| and you| et vous| which| qui|\.|$| and at least| et au "
    r"moins| and \d| et \d| minimum| au minimum| at least| pour (?:le|ce|la|un|une)| for (?:the|"
    r"this))",
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
    rf"\b(?:bilingue|fluent|(?<!\bau\x20)courant|native|fluide|bilingual|parfaitement bilingue|"
    rf"fluently|"
    rf"native-level|native level|niveau natif en|niveau courant en) "
    rf"(?:en |in )?(?!(?:est|etait|sont|is|was|are|were|reste|remains)\b){_SKILL_AFTER}",
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
    rf"\b(?:needs?|needed|looking for|wants?|wanted|requires?|required|seeking|searching for|"
    rf"prefers?|prioriti[sz]\w*|favou?r\w*) (?:someone|somebody|a candidate|candidates|a person|"
    rf"people|folks|a profile|profiles|applicants) (?:who (?:has|have|had|is|are|can)|with) "
    rf"[^.;!?,\n]{{0,60}}?\b(?:in|with|on|using) {_SKILL_AFTER}",
    # Someone who already knows the skill is wanted: "we're prioritizing folks who already know
    # Salesforce inside out", "on privilégie des profils qui maîtrisent déjà Figma".
    r"\b(?:needs?|needed|looking for|wants?|wanted|requires?|seeking|prefers?|prioriti[sz]\w*|"
    r"favou?r\w*|recherch\w*|cherch\w*|privilegi\w*|souhait\w*|veu\w+|faut) (?:[\w'-]+ ){0,2}"
    r"(?:someone|somebody|people|folks|candidates|applicants|profiles|quelqu'un|une personne|"
    r"des (?:profils|candidats|personnes)|un profil|un candidat|une candidate|profils|candidats) "
    r"(?:who|that|qui) (?:already |deja |really |vraiment )?(?:knows?|masters?|speaks?|"
    r"understands?|connai\w+|maitris\w+|parl\w+|utilis\w+|uses?) (?:deja |already )?"
    r"(?:le |la |les |l'|the )?(?P<skill>[^,.;:!?\n()—–]{2,40}?)(?= inside out| thoroughly|"
    r" (?:really |very |quite )?well| fluently| by heart| from day one| sur le bout des doigts|"
    r" parfaitement| couramment| par coeur| des le| since| as | because| car | puisque| and |"
    r" daily| every day| day-to-day| day to day| on a daily basis| au quotidien| tous les jours|"
    r" et |,|\.|;|$)",
    # "une personne déjà formée à AutoCAD", "someone already trained in HACCP"
    r"\b(?:someone|somebody|quelqu'un|une personne|un profil|un candidat|une candidate|"
    r"candidates?|candidats?|people|personnes?|profils?) (?:qui soit |who is |who's )?(?:deja |"
    r"already )?(?:formee?s?|trained|certifiee?s?|certified|qualified|rompue?s?|habituee?s?|"
    r"used|accustomed|familiar|familiere?s?) (?:a|en|sur|au|aux|in|on|with|to|avec) (?:l'|la |le |"
    r"les |the )?(?P<skill>[^,.;:!?\n()—–]{2,40}?)(?=,|\.|;| et | and | pour | for | ce qui|"
    r" which| qui |$)",
    # "you do not yet have the IFRS knowledge the position requires", "you don't have the Python
    # skills we need"
    r"\b(?:not|don't|do not|didn't|did not|doesn't|does not) (?:yet |quite |really )?(?:have|"
    r"possess|hold|show|demonstrate) (?:the |enough |sufficient |the necessary |the required |"
    r"any |much |strong |solid )?(?P<skill>[\w+#./'-]+(?: [\w+#./'-]+){0,2}?) (?:knowledge|"
    r"experience|skills?|expertise|background|proficiency)\b",
    # "your application does not show Dutch", "votre CV ne mentionne pas d'expérience en paie"
    r"\b(?:your|votre|ton) (?:application|cv|resume|profile|profil|candidature|parcours|"
    r"experience) (?:does not|doesn't|did not|didn't) (?:show|mention|include|demonstrate|"
    r"reflect|evidence) (?:any )?(?P<skill>[^,.;:!?\n()—–]{2,40}?)(?=,|\.|;| and | which| so |$)",
)
# A requirement and its gap in one sentence, whatever the wording of either.
# What the role requires, said without saying it is missing: the skill of a refusal already
# read as one, never a refusal by itself ("le poste exige un extrait de casier judiciaire").
REQUIRED_SKILL = _rx(
    # "nous on a besoin du permis CE pour les semi": a credential the job needs
    r"\b(?:nous|on|we) (?:avons|a|aurait|aurions|avions|need|needed) (?:besoin )?"
    r"(?:du |de la |de l'|d'un |d'une |des |the |a |an )?(?P<skill>(?:permis|caces|habilitation|"
    r"diplome|certification|certificat|licence|carte|license|certificate|qualification|ticket|"
    r"cscs|sia|hgv|cpc)\b[^,.;:!?\n()]{0,30}?)(?= pour| for| et| and| mais| but| \(|,|\.|;|$)",
    # "Ce poste requiert le diplôme d'État..., dont vous n'êtes pas titulaire", "this role requires
    # fluent German, as...", "le permis B est indispensable", "a WSET Level 3 certification is a
    # firm requirement", "disposant déjà de l'habilitation BR, ce qui n'est pas votre cas".
    r"\b(?:poste|post|role|position|job|mission|fonction|spot|opening|vacancy)s? (?:[\w'-]+ ){0,2}"
    r"(?:requiert|demande|"
    r"demandent|"
    r"requierent|"
    r"exige|exigent|necessite|necessitent|impose|requires|required|demands|calls for|"
    r"needs) (?:absolument |imperativement |obligatoirement |strictly |absolutely )?"
    r"(?:le |la |les |l'|un |une |d'un |d'une |the |a |an )?(?P<skill>[^,.;:!?\n()]{2,60}?)"
    r"(?=,| \(| dont| as | car | which| que vous| that you| et vous| and you|\.|$)",
    _REQUIREMENT
    + r"(?:^|[,;:]|\bet|\band|\bas|\bcar|\bbecause) (?:le |la |les |l'|un |une |the |a |an )"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?) (?:est|etait|sont|is|was|are|were) (?:[\w-]+ )?"
    r"(?:indispensable|obligatoire|exigee?|requise?|imperati\w+|essential|mandatory|required|"
    r"a must|a (?:firm |strict |key |hard |non-negotiable )?requirement)\b",
    # "on ne peut pas vous prendre sans le permis CE", "we can't hire you without a CSCS card"
    r"(?:\b(?:ne|n') ?(?:peut|peux|pouvons|pourra|pourrons|pourrai) (?:malheureusement )?(?:pas|"
    r"plus) (?:vous |te )?(?:prendre|embaucher|recruter|retenir|integrer|engager|positionner)|"
    r"\b(?:can't|cannot|can not|won't|unable to) (?:hire|take|employ|place|onboard) you(?: on)?) "
    r"(?:sans|without) (?:le |la |l'|les |un |une |a |an |the )(?P<skill>[^,.;:!?\n()]{2,40}?)"
    r"(?=,|\.|;|$| qui| c'est| c est| car| which| as | because| obligatoire| indispensable)",
    r"\bsans (?:le |la |l'|les |un |une )(?P<skill>[^,.;:!?\n()]{2,40}?),? (?:on|nous|je|we|i) "
    r"(?:ne |n'|can't|cannot|won't|peux pas|peut pas|pouvons pas)",
    r"\b(?:who is|to be) (?:already |fully )?(?P<skill>[\w/+#.]+)[- ]qualified\b",
    r"\b(?:already )?hold (?:the|a|an) (?P<skill>[\w/+#.-]+)(?: charter| certification| licence| "
    r"license| qualification)?\b",
    r"\b(?:personne|quelqu'un|someone) (?:qui a|who has|who's) (?:deja |already )?(?:opere|utilise|"
    r"gere|manage|pilote|run|used|operated|managed) (?P<skill>[\w/+#.-]+)(?= en production| in "
    r"production| a grande echelle| at scale)",
    r"\b(?:le|la|l'|the) (?P<skill>(?:(?!\s(?:le|la|les|un|une|the|a|an|de|du|des|pour|for)\s)"
    r"[^,.;:!?\n()]){2,30}?) (?:est|is) (?:absolument |vraiment |strictly |"
    r"really )?(?:indispensable|"
    r"obligatoire|exigee?|requise?|essential|mandatory|required|a must)\b",
    r"\b(?:experience|expertise) (?:running|using|operating|managing|with) (?P<skill>[\w/+#.-]+"
    r"(?: [\w/+#.-]+)?) (?:in production|at scale|in prod|en production)\b",
    r"\bil (?:nous |me )?faut (?:absolument |obligatoirement |imperativement |forcement )?"
    r"(?:le |la |l'|un |une )(?P<skill>[^,.;:!?\n()]{2,30}?)(?=,| et |"
    r" pour |"
    r"\.|$)",
    # "ce poste nécessite impérativement le Diplôme d'État d'éducateur spécialisé, que vous ne
    # possédez pas", "requires a Level 3 diploma, which you do not hold"
    r"\b(?:necessite|necessitent|requiert|requierent|exige|exigent|exigeant|necessitant|exigeons|"
    r"demandons|requerons|requires|"
    r"require|requiring|calls for) (?:la detention (?:du |de la |de l'|d'un |d'une )|"
    r"(?:imperativement |absolument |obligatoirement |strictly |absolutely )?(?:le |la |"
    r"l'|les |un |une |the |a |an ))(?P<skill>[^,.;:!?\n()]{2,60}?)(?: \([^()]{0,40}\))?,? "
    r"(?:(?:que|dont|which|that) (?:vous|tu|you) (?:ne |n')?(?:possedez|disposez|avez|detenez|"
    r"don't|do not|didn't|did not)|ce qui n'est pas (?:le cas|votre cas|ton cas))",
    # "nous recherchons une expérience significative en gestion de paie, que votre parcours ne
    # couvre pas encore"
    r"\b(?:recherch\w+|cherch\w+|attend\w*|looking for|seeking|need\w*) "
    r"(?:une |un |des |de l'|an |a )?"
    r"(?:solide |reelle |vraie |significative |strong |solid |proven )?(?:experience|expertise|"
    r"maitrise|connaissance|competences?|pratique)(?: significative| solide| confirmee| "
    r"approfondie| reelle)? (?:en|de|du|des|sur|dans|in|with|of) (?P<skill>[^,.;:!?\n()]{2,60}?),? "
    r"(?:que|ce que|which|that) (?:votre|ton|your) (?:parcours|profil|cv|experience|background|"
    r"resume) (?:ne |n')?(?:couvre|montre|reflete|mentionne|demontre|doesn't|does not|didn't)",
    # "un profil ayant déjà opéré Kubernetes en production"
    r"\b(?:un profil|une personne|un candidat|quelqu'un) (?:ayant|qui a) (?:deja |already )?"
    r"(?:opere|utilise|gere|pilote|deploye|administre) (?P<skill>[\w/+#.-]+(?: [\w/+#.-]+)?) "
    r"(?:en production|a grande echelle|au quotidien)\b",
    # "I need someone who can already run a CNC router on their own"
    r"\b(?:need|needs|want|wants|looking for|require|requires) (?:someone|somebody|a person) "
    r"(?:who|that) (?:can|could|is able to) (?:already )?(?:run|use|operate|drive|speak|read|"
    r"handle|program|weld|cook|fix|repair|install) (?:a |an |the )?(?P<skill>[^,.;:!?\n()]{2,30}?)"
    r"(?= on (?:their|his|her|my) own| by (?:themselves|himself|herself)| alone| without| yet|,|"
    r"\.| and |$)",
    # "il lui faut quelqu'un avec le CACES 3 valide", "they need someone with a CSCS card"
    r"\b(?:il (?:nous |me |lui |leur )?faut|(?:nous|on|il|ils|le client|they|we|the client) "
    r"(?:cherch\w+|veut|veulent|need|needs|want|wants|require|requires)) (?:absolument |"
    r"vraiment |really )?(?:quelqu'un|une personne|un profil|un candidat|someone|a candidate|"
    r"somebody) (?:avec|ayant|qui a|with|who has|holding) (?:le |la |l'|les |un |une |a |an |the )?"
    r"(?P<skill>[^,.;:!?\n()]{2,30}?)(?= \(|,| et | and | valide| valid| pour | for |\.|$)",
    r"\b(?:mandatory|obligatoire|indispensable|essential|required|necessaire|imperatif) (?:to|de|"
    r"d') ?"
    r"(?:speak|parler|maitriser|master|know|connaitre|have|avoir|use|utiliser) (?:le |la |l'|les )?"
    r"(?P<skill>[\w/+#.-]+(?: [\w/+#.-]+)?)",
    r"\b(?:veulent|veut|exigent|exige|demandent|require|requires|want|wants) (?:absolument |"
    r"imperativement |really |strictly )?(?:le |la |l'|un |une |a |an |"
    r"the )(?P<skill>[^,.;:!?\n()]{2,30}?)"
    r"(?= et | and |,|\.|$)",
    r"\bto be (?:fully )?(?P<skill>[\w/+#.-]+(?: [\w/+#.-]+)?) (?:qualified|certified|"
    r"registered)\b",
    r"\b(?:attend|attendent|exige|exigent|recherche|recherchent|expects?|wants?) (?:absolument |"
    r"imperativement |vraiment |avant tout )?(?:une |un |an |a )"
    r"(?:[\w-]+ ){0,1}(?:experience|maitrise|expertise|pratique) (?:confirmee? |solide |averee? |"
    r"reelle |proven |solid )?(?:en |de |du |d'|in |of )(?P<skill>[^,.;:!?\n()]{2,40}?)"
    r"(?: \([^()\n]{1,40}\))?(?=, ce qui|"
    r",? que "
    r"(?:votre|vous|ton)|, which|,? that you)",
    r"\b(?:personne|quelqu'un|someone|profil|candidat\w*) (?:immediatement |deja |directement |"
    r"already |fully )?(?:operationnel\w*|autonome|experimente\w*|confirme\w*|proficient|fluent) "
    r"(?:sur|en|on|with|in|avec) (?P<skill>[\w/+#.-]+(?: (?!(?:des|de|du|en|in|on|sur|pour|for|"
    r"from|"
    r"au|a|dans|et|and)\b)[\w/+#.-]+)?)",
    r"\b(?:holding|having|possessing|avoir|detenir|posseder) (?:a |an |the |le |la |l'|un |une )?"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?) (?:is|est) (?:a |an |une |un )?(?:[\w-]+ )?(?:requirement|"
    r"prerequisite|must|obligation|prerequis|exigence|condition)\b",
    r"\b(?:le |the )?(?:niveau|level) (?:d'|de |en |of )(?P<skill>[\w-]+) (?:attendu|requis|exige|"
    r"required|expected|needed)?[^.;!?\n]{0,30}\b(?:n'a|n'est|was not|wasn't|has not|hasn't) "
    r"(?:\w+ )?(?:pas )?(?:ete )?(?:atteint|reached|met)",
    r"\byour (?P<skill>[\w-]+(?: [\w-]+)?) (?:isn't|is not|wasn't|was not) (?:yet |quite )?"
    r"(?:at|up to) (?:the )?(?:[\w-]+ )?(?:level|standard)",
    r"\b(?:disposant|possedant|having|with|ayant) (?:deja |already )?(?:de l'|du |de la |d'un |"
    r"d'une |des |d'|the |a |an )?(?P<skill>[^,.;:!?\n()]{2,50}?),? (?:ce qui n'est pas (?:votre|"
    r"ton|encore votre) cas|which you (?:do not|don't) (?:yet )?have)",
    rf"\bgap (?:for us |pour nous )?(?:was|is|:|etait|est) (?:[\w'-]+ ){{0,2}}?{_SKILL_WORD} "
    rf"(?:running|with|in|on|using|of|en|sur|avec) (?P<skill>[\w/+#.-]+(?: [\w/+#.-]+)?)",
    r"\b(?:need|needs|require|requires|want|wants|looking for) (?:someone with )?(?:hands-on |"
    r"solid |"
    r"strong |proven |real |deep |direct |recent )?(?P<skill>[\w/+#.-]+(?: [\w/+#.-]+){0,2}) "
    r"(?:migration |delivery |project |implementation )?(?:experience|expertise|skills|"
    r"knowledge)\b",
    rf"\b(?:(?:main |biggest |key |only )?gap|(?:deciding|decisive|determining|decisif|"
    rf"determinant|main|key|real|only) (?:factor|point|issue|critere|facteur|element)|"
    rf"(?:critere|facteur|element|point) (?:decisif|determinant|bloquant)|sticking point) "
    rf"(?:[\w'-]+ ){{0,3}}?(?:was|is|:|etait|est|a ete|has been) "
    rf"(?:[\w'-]+ ){{0,2}}?(?:(?:production|hands-on|commercial|real-world|professional|"
    rf"professionnelle?|terrain) )?(?P<skill>[\w+#./-]+(?: [\w+#./-]+)?) {_SKILL_WORD}\b",
    # "le management d'équipe étant au cœur de ce poste", "Python being central to the role"
    _REQUIREMENT + r"(?:^|[,.;:(]\s*|\b(?:et|and|as|car|because) )(?:le |la |l'|les |the )?"
    r"(?P<skill>[^,.;:!?\n()]{2,40}?) (?:etant|est|etait|is|being|was) (?:[\w'-]+ )?"
    r"(?:au c(?:oe|œ)ur|central|centrale|essentiel\w*|primordial\w*|at the heart|at the core|"
    r"core) (?:de|du|of|to|pour) (?:ce|cette|the|this|notre|our|la|le) (?:poste|role|position|"
    r"mission|fonction|job)\b",
    r"\bbesoin (?:d'un|d'une) (?P<skill>(?!personne|profil|candidat|collaborat|quelqu)"
    r"[^,.;:!?\n()]{2,40}?)(?= \(|,| car | pour | afin)",
)
REQUIRED_SKILL.sources += _rx(
    # "So strong SQL is essential from day one", "la connaissance du néerlandais est une exigence
    # de base", "le permis C reste un prérequis", "Python is a hard requirement"
    _REQUIREMENT
    + r"(?:^|[.;:!?\n,])\s*(?:(?:et|and|as|car|because|so|donc|since|puisque|mais|but|or|sachant "
    r"que|given that) )?(?:le |la |les |l'|un |une |the |a |an )?"
    r"(?:(?:holding|having|possessing|avoir|detenir|posseder) )?"
    # "Hands-on experience administering Salesforce is a core requirement"
    r"(?:(?:hands-on|practical|proven|solid|strong|recent) )?(?:experience (?:administering|"
    r"configuring|using|running|with|of|in) )?"
    r"(?P<skill>(?:(?!(?<![\w-])(?:it|this|that|which|what|there|ce|cela|ca|il|elle|ceci|poste|role|"
    r"position|job|rien|nothing|tout|all|everything|we|nous|vous|you|on|i|je)\b)"
    r"[^,.;:!?\n()]){2,40}?) (?:est|etait|sont|is|was|are|were|reste|restait|remains|"
    r"constitue|represente) (?:[\w'-]+ )?(?:indispensable|obligatoire|exigee?|requise?|"
    r"imperati\w+|essential|mandatory|required|non-negotiable|non negociable|incontournable|"
    r"crucial|critical|primordiale?|(?:a|un) must(?:-have)?|must-have|une (?:exigence|"
    r"condition|obligation)|un (?:prerequis|critere (?:eliminatoire|obligatoire|essentiel))|"
    r"a (?:[\w-]+ )?(?:requirement|prerequisite|must-have))\b(?! to\b)",
    # "the role is 80% Python", "the RevOps role is basically 90% Salesforce admin work", "very
    # Python-heavy"
    r"\b(?:role|poste|job|position|mission|stack|work|travail)s? (?:[\w'-]+ ){0,2}(?:is|est|sera|"
    r"will be) (?:basically |essentially |mostly |mainly |largely |surtout |essentiellement |"
    r"principalement |a |about |around |environ )?(?:\d{2,3} ?%|very|tres|heavily) (?:de |d'|of )?"
    r"(?!(?:focused|centred|centered|based|built|oriented|axee?|centree?|orientee?|tournee?)\b)"
    r"(?P<skill>[a-z][\w+#./]*)(?:-heavy|-centric|-based|-focused|\b)",
    # "the role is heavily focused on running our platform on Kubernetes in production"
    r"\b(?:role|poste|job|position|mission|work|travail)s? (?:[\w'-]+ ){0,2}(?:is|est) "
    r"(?:[\w'-]+ )?(?:focused|centred|centered|built|based|axee?|centree?|orientee?) (?:on|around|"
    r"sur|autour d[eu']) (?:[\w'-]+ ){0,4}?(?:on|with|in|using|sur|en|avec) "
    r"(?P<skill>[a-z][\w+#./]*)(?= in production| en production| at scale| a grande echelle|"
    r"[,.;]| and | et )",
).sources
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
    r"a candidate) (?:de |d')?(?:plus |tres |deja |vraiment |parfaitement |totalement |"
    r"completement |immediatement |more |already |really |fully |perfectly |truly )?"
    r"(?:autonome|confirmee?|a l'aise|operationnel\w*|solide|senior|expert\w*|pointue?|calee?|"
    r"forte?|strong|proficient|fluent|confident|at ease|independent) (?:(?:tout de suite|"
    r"immediatement|des le (?:premier|1er) jour|from day one|right away|straight away|day one) )?"
    r"(?:sur|en|avec|dans|with|in|on|at) "
    + _NOT_A_SKILL_YET
    + r"(?P<skill>[^,.;:!?\n()]{2,50}?)(?=[,.;:!?\n()]|$| so| donc| "
    r"for| pour| and| et| which| qui| or| or | car| because)",
    # "la pratique courante du néerlandais est exigée", "le CACES R489 est obligatoire et tu ne
    # l'as pas"
    r"\b(?:experience|expertise|maitrise|connaissance|pratique|niveau|usage|knowledge|command) "
    r"(?:courante?|parfaite?|solide|bonne|confirmee?|approfondie?|fluent|good|solid|sound) "
    r"(?:en|dans|sur|du|de la|de l'|des|de|d'|of|in|with) ?(?P<skill>[^,.;:!?\n()]{2,50}?) "
    r"(?:est|etait|sont|is|was|are) (?:[\w'-]+ )?(?:obligatoire|indispensable|requise?|"
    r"exigee?|necessaire|mandatory|required|essential|a must)s?\b",
    _REQUIREMENT + r"(?:^|[.;:!?\n]\s*|,\s)(?:le |la |l'|les |un |une |the |a |an )"
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
MISSING_SKILL_FAMILIES.sources += _rx(
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
).sources
MISSING_SKILL_FAMILIES.sources += _rx(
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
).sources
# A word of the skill a test's result is given for, not the part of the test.
_RESULT_WORD = (
    r"(?!(?:section|part|partie|portion|module|test|exercise|exercice|questions?|of|du|de|des|"
    r"was|were|is|are|est|sont|etaient|etait|fell|falls|remained|restent|reste)\b)[\w+#./'-]+"
)
MISSING_SKILL_FAMILIES.sources += _rx(
    # "quelqu'un d'opérationnel dessus", "someone fluent in it": the skill named just before
    r"\b(?:quelqu'un|une personne|un profil|un candidat|une candidate|someone|a person|"
    r"a candidate) (?:de |d')?(?:plus |tres |deja |vraiment |more |already |really )?"
    r"(?:autonome|confirmee?|a l'aise|operationnel\w*|solide|expert\w*|calee?|"
    r"strong|proficient|fluent|confident|at ease|comfortable|experienced) (?:(?:tout de suite|"
    r"immediatement|des le (?:premier|1er) jour|from day one|right away|straight away) )?"
    r"(?P<skill>la-dessus|dessus|(?:in|on|with|at) (?:it|that|them))\b",
    # "Nous n'avons pas vu d'expérience sur cet outil", "we saw no experience with it"
    rf"\b(?:pas|no|not|aucune?|never|jamais) (?:vu|trouve|constate|releve|seen|found|noticed|see|"
    rf"saw) (?:de |d'|d'une |d'un |any |much )?(?:[\w'-]+ )?{_SKILL_WORD} (?:en|sur|avec|de|du|d'|"
    rf"in|with|of|on) {_SKILL_AFTER}",
    # "Your results on the SQL section fell below the level", "les résultats sur la partie
    # Excel (...) sont en dessous de ce qu'exige le poste"
    r"\b(?:results?|resultats?|scores?|performance|notes?) (?:obtenus? |obtained )?(?:on|in|at|for|"
    r"sur|en|a|au|aux|dans|de) (?:the |la |le |l'|les |votre |your |ton |ta )?(?:partie |section |"
    r"part |module |epreuve |exercice |volet |portion |test |questions? )?(?:de |d'|du |on |of )?"
    r"(?P<skill>" + _RESULT_WORD + r"(?: " + _RESULT_WORD + r"){0,2})(?![\w+#])"
    r"(?: \([^()\n]{1,120}\))?"
    r"[^.;!?\n]{0,45}?\b(?:fell below|falls? below|were below|was below|below (?:the|our|what)|"
    r"en dessous|en deca|insuffisant\w*|not at the level|pas au niveau|too low|trop faibles?|"
    r"trop juste\w*|not strong enough|pas assez (?:bons|solides))",
).sources
MISSING_SKILL.sources += MISSING_SKILL_GENERAL.sources + MISSING_SKILL_FAMILIES.sources
# Exposure to a field said missing: "you didn't have enough exposure to manufacturing cost
# accounting", "limited exposure to IFRS".
MISSING_SKILL.sources += _rx(
    rf"\b(?:not|don't|didn't|doesn't|do not|did not|does not|lack|lacked|lacking|lacks|"
    rf"limited|insufficient|not enough|little) (?:yet )?(?:have |has |had |of )?"
    rf"(?:[\w'-]+ ){{0,2}}exposure to {_SKILL_AFTER}",
).sources
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
    # "We will not be entering into any further correspondence", "our decision not to appoint
    # you is final"
    r"\b(?:not|no longer) (?:be )?(?:entering|enter) into (?:any )?(?:further )?correspondence\b|"
    r"\bno further correspondence\b|\b(?:our|the|my) decision\b[^.;!?\n]{0,50}\b(?:is|remains) "
    r"(?:final|irrevocable|definitive)\b",
    # "ça ne changera pas", "merci de ne plus m'appeler", "il est inutile de nous adresser une
    # nouvelle candidature"
    r"\b(?:ca|cela|this|that) ne changera (?:pas|rien)\b|\b(?:that|this|it) (?:won't|will not) "
    r"change\b|\b(?:merci de|veuillez|je vous demande de|please) (?:ne plus|ne pas) (?:m'|me |"
    r"nous )?(?:appeler|ecrire|contacter|relancer|telephoner|rappeler|envoyer)\b",
    r"\b(?:il est |it is |c'est )?(?:inutile|pas la peine|pointless|no point|not necessary) "
    r"(?:de |d'|to |in )?"
    r"(?:nous )?"
    r"(?:adresser|envoyer|renvoyer|soumettre|representer|repostuler|postuler|reposer|deposer|"
    r"reapply\w*|apply\w*|"
    r"send\w*|submit\w*)",
    # "toute nouvelle candidature de votre part sera automatiquement écartée", "any future
    # application from you will be automatically rejected"
    r"\b(?:toute|toutes? (?:les|vos)|any|all) (?:nouvelles?|futures?|autres?|prochaines?|further|"
    r"new|future)? ?(?:candidatures?|applications?) (?:de votre part |from you )?(?:sera|seront|"
    r"will be) (?:desormais |dorenavant |donc |now |henceforth )?(?:automatiquement |"
    r"systematiquement |automatically )?(?:ecartee?s?|rejetee?s?|"
    r"refusee?s?|ignoree?s?|rejected|declined|disregarded|ignored)\b",
    # "The answer is no and it's final", "ce sera pareil pour les prochains rôles", "please stop
    # following up", "it won't become one down the road either"
    r"\b(?:answer is no|c'est non)\b[^.;!?\n]{0,20}\b(?:final|definitif|definitive)\b|"
    # "Ce poste n'est pas pour vous, c'est définitif": the no said final, whatever its words.
    r"\bc'est (?:definitif|irrevocable|sans appel)\b|\b(?:and )?(?:that|this)(?:'s| is) final\b|"
    r"\b(?:ce sera|it will be|it would be|ca sera) (?:pareil|la meme chose|the same) (?:pour|for) "
    r"(?:les |any |all |our )?(?:prochain\w*|futur\w*|future|other|autres|next)\b|"
    r"\b(?:please |merci de |veuillez )?(?:stop|cesser de|arreter de|arretez de) (?:following up|"
    r"contacting|emailing|writing|relancer|nous relancer|nous contacter|nous ecrire)\b|"
    r"\b(?:won't|will not|ne) (?:become|deviendra) (?:one|pas)\b[^.;!?\n]{0,30}\b(?:either|"
    r"down the road|in the future|non plus|plus tard)\b",
    r"\b(?:this|that|it|which) is final\b|\b(?:our|the|my) decision stands\b|"
    r"\bnotre decision est prise\b",
    r"\b(?:pas possible|impossible|ne (?:pourrons|pourra|saurions)|(?:will|can)not|won't|can't) "
    r"(?:[\w'-]+ ){0,2}(?:revenir sur|reconsider|revisit|reverse|change) (?:cette|notre|la|ce|"
    r"this|our|the) (?:decision|choix)",
    r"\b(?:decision|choix) (?:[\w'-]+ ){0,6}(?:est|etait|reste) (?:[\w'-]+ )?(?:definiti\w+|"
    r"irrevocable|"
    r"ferme|sans appel|final\w*)",
    # Not "une décision définitive vous sera communiquée sous 15 jours": one still to come.
    r"(?<!\bune\x20)\bdecision (?:definitive|irrevocable|ferme|sans appel)\b"
    r"(?! (?:vous |te |nous )?(?:sera|seront|parviendra|devrait|interviendra|d'ici|sous|avant|"
    r"dans|au plus tard|fin|courant|debut))",
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
    r"revenir|repostuler|postuler a nouveau|insister|renouveler|reiterer|representer|refaire)",
    r"\b(?:merci|nous vous remercions|je vous remercie|prions) de ne (?:pas|plus) (?:nous |me )?"
    r"(?:relancer|recontacter|solliciter|contacter|insister|ecrire|adresser|envoyer)"
    r"(?![^.;!?\n]{0,40}\b(?:d'ici la|avant (?:cette date|le|la)|jusqu'a|en attendant|pendant)\b)",
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
    r"\bnot (?:be )?(?:able to )?consider\w* (?:any )?(?:future|further|other|new) "
    r"(?:applications|candidacies)",
    r"\b(?:ni pour|nor for|or for) (?:aucun|"
    r"any) (?:autre )?(?:other )?(?:poste|role|position|job)\b|"
    r"\bpour aucun (?:autre )?poste\b",
    r"\bnot (?:a (?:match|fit) )?(?:at all|in any way)\b|\bunder no circumstances\b",
    r"\bnot suitable for (?:any|our|this company)",
    r"\bpermanently\b|\bdefinitively\b",
    r"\b(?:further|future|any future|this or any future) applications? (?:from you )?(?:will not|"
    r"won't) "
    r"be (?:progressed|considered|accepted|reviewed)\b|\bremoved from (?:our|the) (?:talent pool|"
    r"database|records)\b|\bnot eligible for (?:rehire|re-?employment)\b|\bnot be eligible for "
    r"(?:any )?(?:future|further|other) (?:positions|roles|vacancies|employment|opportunities)\b|"
    r"\bne (?:serez|seras) plus eligible\b|\b(?:this or any future|"
    r"any future) application\b|\bin any capacity\b|\bstop contacting\b|\bcesse[rz]? de (?:nous )?"
    r"(?:contacter|solliciter|relancer)\b",
    r"\ba l'avenir ne (?:sera|seront) (?:pas|plus) (?:examine\w*|etudie\w*|considere\w*)\b|"
    r"\bne (?:sera|seront) plus (?:examine\w*|etudie\w*|considere\w*|lue?s?)\b|\b(?:for|pour) "
    r"(?:any|aucun) (?:other )?(?:autre )?(?:job|role|position|poste)\b|\b(?:will not|"
    r"won't) (?:study|"
    r"review|consider|look at|be considering) (?:you|(?:any |your )?(?:future |further )?"
    r"applications)\b|"
    r"\b(?:don't|do not) submit (?:any )?further applications\b|\bin any role\b|\b(?:won't|will "
    r"not) be reopening your\b",
    r"\bplus en mesure de (?:vous|te) proposer (?:de |d'|aucune? )(?:missions?|postes?|contrats?|"
    r"emplois?)\b|\btoutes agences confondues\b",
    r"\b(?:any|all) future (?:vacancies|positions|roles|opportunities|openings)\b|\bne vous "
    r"proposer\w* plus (?:aucune|de) mission|\bni pour ce client ni pour un autre\b|\b(?:pas|plus) "
    r"(?:pertinent|utile|opportun) que vous (?:nous )?(?:sollicitiez|postuliez|recontactiez|"
    r"ecriviez|representiez)\b|\bcela ne changera pas\b",
    r"\b(?:de (?:facon|maniere) definitive|a titre definitif)\b|\bne sera plus (?:examinee?|"
    r"etudiee?|"
    r"consideree?)\b|\b(?:presents? ou a venir|actuels? ou futurs?|current or future)\b",
    r"\bne (?:travaillerons|collaborerons|ferons appel|traiterons) (?:pas|plus) (?:avec|a) (?:vous|"
    r"toi)\b|\b(?:won't|will not|shall not) (?:be )?work(?:ing)? with you (?:again|"
    r"in the future)\b|"
    r"\b(?:pas|plus) opportun que vous (?:presentiez|postuliez|candidatiez|deposiez|"
    r"renouveliez)\b|\bquel que soit le poste\b",
    r"\b(?:in this role or any other|for this or any (?:other|future) (?:role|position)|"
    r"now or (?:down the line|later|ever)|ni (?:pour )?ce poste ni (?:pour )?(?:un autre|"
    r"aucun autre))\b",
    r"\b(?:ne pourrez|ne pourras|ne serez|ne seras) plus (?:etre )?(?:positionnee?|proposee?|"
    r"retenue?|recontactee?|sollicitee?|considere\w*|embauchee?)\b|\b(?:dossier|candidature|"
    r"file) (?:a ete |has been |est )(?:cloture|clos|ferme|closed)e?\b",
    r"\b(?:not|n't) (?:feel |think |believe |see )?(?:that )?(?:you )?(?:would |will )?(?:be )?"
    r"(?:a )?(?:fit|match|suited|suitable) for (?:any|other) (?:role|position|job|opening)s?\b|"
    r"\bnow or in the future\b|\b(?:ni maintenant ni|ni aujourd'hui ni) (?:a l'avenir|plus tard|"
    r"dans le futur)\b|\b(?:closed|clos|cloture|ferme) (?:your|votre) (?:file|dossier)\b",
    r"\b(?:pas|not) susceptible (?:de|d'|of) (?:reexamen|recours|revision|appel|review)\b|"
    r"\b(?:decision|choix) (?:du jury |de la commission |du comite )?(?:est|reste) (?:definiti\w+|"
    r"sans appel|souveraine?)",
    r"\bne (?:donnerons|donnerai|donnera|sera donne) (?:aucune|pas de) suite a (?:aucune|toute|vos|"
    r"d'autres|de nouvelles|une nouvelle)",
    # "notre décision est maintenue", "we stand by our decision".
    r"\b(?:decision|choix) (?:[\w'-]+ ){0,3}(?:est|reste|a ete) (?:maintenue?|confirmee?|"
    r"inchangee?)\b|\bstand by (?:our|my|the|this) decision\b|\bdecision (?:has been |is |was )"
    r"(?:upheld|confirmed|unchanged)\b",
    r"\bne (?:reviendrons|reviendrai|reviendra) (?:pas|plus|jamais) (?:sur )?(?:celle-ci|celle-la|"
    r"cela|ce point|ce choix|cette decision)\b|\b(?:notre|ma) (?:derniere|ultime) reponse\b|"
    r"\b(?:our|my) (?:final|last) (?:word|answer|response)\b",
    # Future applications shut out, any wording: "vos futures candidatures ne seront pas
    # examinées", "no further applications from you will be considered", "de ne plus postuler".
    r"\b(?:futures?|nouvelles?|prochaines?|autres?|future|further|new|subsequent) "
    r"(?:[\w'-]+ ){0,2}(?:candidatures?|applications?|cv|submissions?)\b[^.;!?\n]{0,40}?"
    r"\b(?:ne (?:seront|sera) (?:pas|plus|jamais)|will not|won't|will no longer|shall not) "
    r"(?:be )?(?:examinee?s?|etudiee?s?|considerees?|lue?s?|traitee?s?|retenue?s?|prises? en "
    r"compte|considered|reviewed|accepted|processed|progressed|read)\b",
    r"\bno (?:further|future|new|more|other|subsequent) (?:applications?|submissions?|"
    r"candidac(?:y|ies))\b[^.;!?\n]{0,40}?\b(?:will|shall|can) be (?:considered|reviewed|accepted|"
    r"processed|progressed)\b",
    r"\bde ne plus (?:nous |me )?(?:postuler|candidater|repostuler|envoyer|renvoyer|adresser|"
    r"rappeler|appeler|ecrire)\b|\b(?:stop|cease) (?:applying|sending (?:us )?(?:your|further|"
    r"more))\b",
    r"\b(?:inutile|pas la peine|pas besoin|no need|no point) (?:de |d'|to )(?:[\w'-]+ ){0,2}"
    r"(?:rappeler|renvoyer|appeler|reecrire|call (?:back|again)|resend|reapply|reapplying|"
    r"apply again|follow(?:ing)? up)\b",
    r"\b(?:ne|n') ?(?:vous|te) (?:prendrons|prendra|prendrai|embaucherons|embauchera|"
    r"recruterons|recrutera) (?:pas|jamais)\b",
)
OFFER = _rx(
    r"\b(?:vous (?:proposer|offrir|proposons|offrons) (?:le|ce) poste|"
    r"vous faire une proposition d'embauche|proposition d'embauche|"
    r"promesse d'embauche|offre d'emploi ci-jointe|avons le plaisir de vous (?:annoncer|informer) "
    r"que (?:votre candidature a ete retenue|vous (?:avez ete|etes) (?:retenue?|selectionnee?)))",
    r"\b(?:pleased|happy|delighted) to (?:offer you|extend|inform you that you)|\bjob offer\b|"
    r"\boffer letter\b|\boffer you the (?:position|role|job)",
)
