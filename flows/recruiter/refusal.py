"""A refusal's details: the N3 criteria, the months of a later opening, the missing skill."""

from __future__ import annotations

import datetime as dt
import re

from flows.message_dates import (
    MONTHS,
    NUMBERS,
)
from flows.message_text import fold
from flows.recruiter.body import Body, neutralised
from flows.recruiter.cues import N3_CUES
from flows.recruiter.reading import Criterion


def n3_motives(body: Body) -> tuple[list[Criterion], list[re.Match[str]]]:
    criteria: list[Criterion] = []
    matches: list[re.Match[str]] = []
    for criterion, pattern in N3_CUES.items():
        for match in pattern.finditer(body.folded):
            if neutralised(body, match.start(), match.end()):
                continue
            if criterion is Criterion.ACCENT and re.search(
                r"\b(?:mettre|mettons|mis|met|mettant|put|puts|putting|placer|"
                r"placons)\s+(?:\w+\s+)?"
                r"l?'?(?:accent|emphasis)",
                body.folded[max(0, match.start() - 30) : match.end()],
            ):
                continue
            if criterion in (Criterion.PREGNANCY, Criterion.AGE) and _someone_elses_leave(
                body, match
            ):
                continue
            criteria.append(criterion)
            matches.append(match)
            break
    return criteria, matches


# A staff member's leave to be covered is an opening, not the candidate's pregnancy: "l'une de
# nos préparatrices part en congé maternité", "a maternity cover", "to replace a colleague".
_LEAVE_BEFORE = re.compile(
    r"\b(?:remplac\w*|replac\w*|cover\w*|part en|partira en|partent en|going on|goes on|"
    r"collegue|colleague|l'une de nos|une de nos|l'un de nos|one of our|de notre equipe|"
    r"of our team|de nos (?:\w+ ){0,2}\w+)\b"
)
_LEAVE_AFTER = re.compile(r"^(?: leave)? (?:cover|replacement|contract|remplacement)\b")
_CANDIDATE = re.compile(r"\b(?:vous|votre|vos|you|your|you're|te|ton|ta|tu)\b")
# "Votre profil nous intéresse pour le remplacement d'un congé maternité", "to cover a
# maternity leave": a leave to cover is a post, whoever the sentence speaks to before it.
_COVER_OF = re.compile(
    r"\b(?:remplacement|replacement|cover|couvrir|remplacer|replace)\s+(?:d'un|d'une|de|du|a|an|"
    r"the|for a|for an|pour un|pour une|un|une)\s*$"
)


def _someone_elses_leave(body: Body, match: re.Match[str]) -> bool:
    start = max(body.sentence_start(match.start()), match.start() - 60)
    before = body.folded[start : match.start()]
    after = body.folded[match.end() : match.end() + 30]
    if _COVER_OF.search(before):
        return True
    if _CANDIDATE.search(before):
        return False
    return bool(_LEAVE_BEFORE.search(before) or _LEAVE_AFTER.match(after))


def months_of(match: re.Match[str], ref: dt.date) -> int | None:
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
    season = groups.get("u2") or groups.get("u7")
    if season:
        if season in ("trimestre", "quarter"):
            return 3
        if season == "semestre":
            return 6
        targets = {
            "rentree": 9, "printemps": 3, "spring": 3, "ete": 6, "summer": 6, "automne": 9,
            "autumn": 9, "fall": 9, "annee prochaine": 1, "an prochain": 1, "year": 1,
            "new year": 1, "next year": 1, "nouvel an": 1,
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
    r"on (?:their|his|her|my|your) own|by (?:themselves|himself|herself|yourself)|alone|"
    r"et|and|ce qui|which|pour|for|that|qui|que|dont|necessaire|required|indispensable|"
    r"in production|en production|en prod|in prod|au quotidien|day-to-day|on a daily basis|"
    r"des (?:le|la|l'|sa|son|maintenant)|from day one|a l'embauche|valide|more closely|right away|"
    r"est|was|is|n'est|ne|were|are|sont|etait|etaient|semble|semblait|paraissait|n'etait|"
    r"reste|restait|requis|requise|attendue?s?|comme|as|dans le cadre|"
    r"au poste|sur le poste|for the|pour le|pour ce|for this|in this|on this|chez|at|"
    r"mais|but|car|because|parce|puisque|since|afin|so|alors|while|tandis|lors|during|"
    r"attendu|expected|demande|demandee|souhaite|souhaitee|recherche|recherchee|essential|"
    r"essentielle?|cle|key|sought|needed|nous|we|vous|you|il|it|je|i|actuellement|"
    r"currently|today|aujourd'hui|jugee?|juge|insuffisante?|fluently|couramment|parfaitement|"
    r"constituant|representant|before|prior to|avant(?=\s)|cote|side|"
    r"(?:a|an|un|une) (?:[\w-]+ )?(?:requirement|must|prerequisite|exigence|prerequis))\b"
)
_SKILL_LEAD = re.compile(
    r"^(?:(?:le|la|les|l'|du|de|des|d'|un|une|the|a|an|en|in|with|of|votre|your|vos|sur|dans|"
    r"logiciels?|software|outils?|tools?|langage|language|plateforme|platform|modules?|"
    r"native-level|native|fluent|managed|led|run|shipped|built|delivered|hands-on|excellente?|"
    r"parfaite?|perfect|"
    r"significative?|significant|premiere?|first|certaine|approfondie?|confirmee?|reussie|"
    r"effet|indeed|also|aussi|egalement|notamment|really|vraiment|absolument|partie|volet|"
    r"deja|already|fait tourner|fait|tourner|utilise|used|worked with|run|running|gere|manie|"
    r"administering|using|configuring|maintaining|valid|valide|in-date|active|"
    r"candidates to have (?:passed|completed|obtained)|applicants to (?:have|hold)|"
    r"candidates to hold|to have (?:passed|completed|obtained)|"
    r"vraie?|veritable|true|proper|genuine|operationnelle?|professionnelle?|courante?|"
    r"imperativement|absolument|obligatoirement|"
    r"domaine|sujet|side|"
    r"tres|very|bonne|good|solide|solid|strong|forte|meilleure|better|reelle|real|"
    r"suffisante?|sufficient|avancee?|advanced|plus|more|davantage|experience|skills?|"
    r"competences?|connaissances?|knowledge|maitrise|pratique|niveau|level)\s+|l'|d')+"
)


_YEARS_OF = re.compile(
    r"(?:(?:at least|au moins|minimum|au minimum|a minimum of|over|plus de|more than) )?"
    r"(?:\d+|[a-z]+)(?:\+| or more| ou plus)? (?:years?|ans|annees) (?:(?:of|d')"
    r" ?(?:experience )?(?:in |with |en |dans )?|d'experience (?:en |dans )?)"
)


_NOT_SKILLS = frozenset(
    {
        "experience", "competences", "skills", "skill", "profil", "poste", "hands-on", "relevant",
        "direct", "practical", "professional", "recent", "prior", "previous", "commercial",
        "industry", "technical", "solid", "strong", "real", "significant", "senior", "years of",
        "actuel", "actuelle", "current", "responsabilite", "responsabilites", "senior role",
        "vehicule", "vehicle", "done", "that", "this", "it", "ca", "cela", "production", "prod",
        "their own", "his own", "her own", "my own", "your own", "our own", "own",
    }
)  # fmt: skip


def skill_of(body: Body, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    name = "skill" if groups.get("skill") else "skill2" if groups.get("skill2") else None
    if name is None:
        return None
    start, end = match.span(name)
    folded = body.folded[start:end]
    if _ANAPHOR.match(folded):
        return _antecedent(body, match.start())
    counted = _YEARS_OF.match(folded)
    if counted:
        start += counted.end()  # "at least three years of B2B sales": B2B sales
        folded = body.folded[start:end]
    cut = next(
        (c for c in _SKILL_CUT.finditer(" " + folded) if c.group(0).strip() not in ("et", "and")),
        None,
    )
    if cut:
        end = start + max(0, cut.start() - 1)
        folded = body.folded[start:end]
    # "your experience with Kubernetes wasn't yet at the level": the skill ends at its verb.
    verb = re.search(
        r"\s(?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not|was|is|were|are|"
        r"remains?|n'est|n'etait|n'a|est|etait|reste|restait|demeure)\b",
        folded,
    )
    if verb and verb.start() > 0:
        end = start + verb.start()
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
        r"titles?|games?|products?|"
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
    if _NOT_A_NAME.search(fold(text)):
        return None  # "about your", "the position needs": words around a skill, not one
    compared = _COMPARISON.match(fold(text))
    if compared:
        # "stronger people management experience": the skill without the comparison; "a
        # slightly closer background": none.
        text = re.sub(
            r"\s+(?:experience|skills?|expertise|knowledge|background)$",
            "",
            text[compared.end() :].strip(),
            flags=re.I,
        )
        if not text or fold(text) in _NOT_SKILLS or fold(text).split()[0] in _NOT_SKILLS:
            return None
    return text


_NOT_A_NAME = re.compile(
    r"^(?:about|your|votre|ton|my|mon|our|notre|this|ce|cette|candidate|candidat|someone|person|"
    r"encore|toujours|still|"
    r"personne|profil|profile)\b|\b(?:position|poste|needs|"
    r"besoin|requires|requiert)\b"
)
_COMPARISON = re.compile(
    r"(?:slightly |a bit |much |even |un peu |bien )?(?:closer|stronger|better|more|deeper|broader|"
    r"wider|greater|plus|mieux|moins|less|fewer|similar|different|other|autre)\b"
)


# "On cherche quelqu'un d'opérationnel dessus", "someone fluent in it": a skill named before.
_ANAPHOR = re.compile(
    r"(?:(?:in|on|with|at|using|of|de|du|d'|sur|avec) ?)?(?:it|that|them)\b|(?:la-)?dessus\b|"
    r"(?:(?:of|de|du|d'|sur|avec|with|in|on) ?)?"
    r"(?:cet|ce|cette|ces|this|that|these) (?:outil|logiciel|langage|langue|technologie|"
    r"framework|plateforme|solution|environnement|tool|software|language|technology|platform|"
    r"stack|environment)s?\b"
)
# The last name of a tool or a language after a preposition: "notre stack est en React", "the
# brief asked for Python".
_NAMED_SKILL = re.compile(
    r"\b(?:en|in|for|sur|on|with|avec|of|de|du|sous|under|using)\s+"
    r"([A-Z][\w+#.-]*(?:\s[A-Z][\w+#.-]*)?)"
)


def _antecedent(body: Body, start: int) -> str | None:
    """The skill an anaphor stands for: the last one named in its sentence, else in the
    sentence before."""
    sentence = body.sentence_start(start)
    for left in (sentence, body.sentence_start(max(0, sentence - 1))):
        names = [m.group(1).rstrip(".") for m in _NAMED_SKILL.finditer(body.text, left, start)]
        if names:
            return names[-1]
    return None
