"""Who wrote the message: the recruiter's name and the company, each the best-scored
candidate of every place it can show (signature, sender, text, subject)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from flows.first_names import is_first_name
from flows.message_dates import (
    MONTHS,
)
from flows.message_text import MessageParts, fold, is_footer, lazy_compile, split_message
from flows.recruiter.body import Body

_WEEKDAY_NAMES = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midi",
}  # fmt: skip
_TEAM_WORDS = lazy_compile(
    r"\b(?:equipe|team|service|departement|department|direction|rh|hr|recrutement|recruiting|"
    r"recruitment|talent|talents|ressources humaines|human resources|people|careers?|carrieres?|"
    r"jobs?|emploi|no-?reply|no reply|notification|noreply|hiring|acquisition|candidat|"
    r"candidates?|staffing|management|direction|ressources|personnel|secretariat|rrh|"
    r"marque employeur|employer brand(?:ing)?|early careers|mobilite|mobility|onboarding|"
    # The same teams in Spanish, Portuguese, Italian, German and Dutch.
    r"recursos humanos|rrhh|departamento|risorse umane|personalabteilung|personalwesen|"
    r"personeelszaken|selecci[oó]n|selec[cç][aã]o|equipo de talento|talento|equipa)\b"
)
_TITLE_WORDS = lazy_compile(
    r"\b(?:charge|chargee|responsable|directeur|directrice|manager|head|lead|recruteu?r\w*|"
    r"recruteuse|"
    r"recruiter|talent|acquisition|consultant\w*|assistant\w*|drh|ceo|cto|coo|cfo|"
    r"(?:co-?)?fondat(?:eur|rice)s?|"
    r"founder|co-?founder|partner|associe\w*|gerant\w*|president\w*|vp|vice|officer|"
    r"specialist|coordinat\w+|business|partenaire|director|people|rh|hr|human|humaines?|ressources|"
    r"chief|engineering|ingenieu\w+|developpe\w+|sourc\w+|senior|junior|stagiaire|intern|"
    r"analyst\w*|advisor|conseill\w+|account|executive|directeur\w*|generalist\w*|"
    r"gestionnaire|administrat\w+|chef|cheffe|product|owner|team|equipe|recrutement|"
    r"recruitment|recruiting|hiring|paie|payroll|operations?|commercial\w*|marketing|avocat\w*|"
    r"notaire|juriste|secretaire|adjoint\w*|delegue\w*|attache\w*|pdg|dg|dgs|dga|maire|"
    r"general\w*|technique|financi\w+|juridique|services|personnel|architecte?s?|architect|"
    r"infirmi\w+|medecin|pharmacien\w*|cadre|sage-femme|dentiste|chirurgien\w*|veterinaire|"
    r"nurse|physician)\b"
)
_TITLE_LAST = lazy_compile(
    r"\b(?:lead|manager|recruiter|recruteu?r|recruteuse|partner|specialist|coordinator|officer|"
    r"director|directeur|directrice|consultante?|advisor|assistante?|generalist|analyst|head|"
    r"(?:co-?)?founder|(?:co-?)?fondat(?:eur|rice)s?|ceo|cto|coo|cfo|drh|president\w*|gerante?|"
    r"owner|engineer|"
    r"associate|"
    r"intern|stagiaire|executive|supervisor|superviseu\w+|associee?|avocate?|notaire|"
    r"adjointe?|secretaire|pdg|dg|dgs|designer|developer|developpeu\w+|chef|cheffe|rrh|"
    r"investigator|researcher|scientist|professor|lecturer|professeure?|principal|"
    r"proviseure?|intendante?|censeur|headteacher|headmaster|headmistress|dean|doyenne?|"
    r"registrar|bursar|provost|superintendent|administrat(?:or|eur|rice)|leader|"
    # the professions that sign a practice's letters: "Chirurgien-dentiste", "Pharmacienne"
    r"dentiste|chirurgien\w*|medecin|pharmacien\w*|veterinaire|infirmi\w+|kinesitherapeute|"
    r"orthophoniste|psychologue|sage-femme|opticien\w*|osteopathe|podologue|dentist|surgeon|"
    r"pharmacist|veterinarian|vet|physician|nurse|physiotherapist|optician|titulaire|"
    r"coordinat(?:eur|rice)s?)$"
)
_COMPANY_WORDS = lazy_compile(
    r"\b(?:agence|hotel|hotels|restaurant|boutiques?|groupe|group|cabinet|pharmacie|maisons?|"
    r"societe|"
    r"studio|labs?|consulting|conseil|services?|mutuelle|sante|transports?|systems|solutions|"
    r"technologies|tech|partners|capital|bank|banque|assurances?|industrie|immobilier|editions|"
    r"media|foods|motors|logistics|logistique|supplies|freight|metals|dental|clinique|ecole|"
    r"school|university|universite|association|fondation|foundation|sarl|sas|inc|ltd|llc|gmbh|"
    r"interim|energies|energy|software|data|digital|analytics|retail|markets?|construction|"
    r"avocats|architectes|design|centre|center|france|international|industries|store|shop|"
    r"atelier|ateliers|usine|garage|imprimerie|distribution|cosmetiques|events|recrutement|"
    r"accueil|prestige|personnel|direction|ressources|humaines|carrieres|careers|insurance|"
    r"mutual|building society|credit union|financial|finance|bancorp|trust|lending|"
    r"realty|properties|hospitality|healthcare|pharma|biotech|labs)\b"
)
_CONTACT_LINE = lazy_compile(
    r"@|https?://|www\.|\.(?:com|fr|io|eu|net|org|co)\b|\+?\d[\d .()-]{6,}|"
    r"\b(?:tel|tél|mob|mobile|phone|fax|port|portable|linkedin)\s?[.:]|\b[tmp]\s?[.:]\s*[+\d(]|"
    r"\b\d{5}\b|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)|"
    r"\b\d{1,4}(?:bis|ter)?,?\s+(?:rue|avenue|av\.|bd|boulevard|place|all[ée]e|chemin|"
    r"quai|street|st\.|road|route|impasse|cours)\b|\bcedex\b|"
    # "Tonbridge Road", "Old Kent Road": a street named without its number
    r"(?-i:\b[A-Z][\w'’-]+\s+(?:Road|Street)(?:\s+(?:North|South|East|West))?\s*$)|"
    # "181 Bay Street", "30 Old Broad Street", "100 Elm St."
    r"(?-i:\b\d{1,5}\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|"
    r"Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court|Crescent|Terrace|Row|Wharf|Quay)\b)|"
    # "Löwenstrasse 29, 8001 Zürich", "Keizersgracht 12, 1015 CN Amsterdam", "Rue Haute 4, 1000
    # Bruxelles": a street and its number, a four-digit postcode before the town.
    r"\w(?:strasse|straße|str\.|weg|gasse|platz|allee|straat|laan|gracht|plein|vej|gade)\s+\d|"
    r"(?:^|,\s*)(?:[A-Z]{1,2}-)?\d{4}(?:\s?[A-Z]{2})?\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)",
    re.I,
)
_NAME_TOKEN = (
    r"[A-ZÀ-ÖØ-Þ](?:a?c[A-Z][a-zà-öø-ÿ]+|[a-zà-öø-ÿ]+|['’][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|"
    r"[a-zà-öø-ÿ]+['’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
)
_UPPER_TOKEN = r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?"
_PERSON = lazy_compile(
    rf"^(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chef|Prof\.?|Me|"
    rf"Ma[îi]tre)\s+)?(?P<name>(?:{_NAME_TOKEN}|{_UPPER_TOKEN})"
    rf"(?:\s+(?:de |du |van |von |le |la |d')?(?:{_NAME_TOKEN}|{_UPPER_TOKEN}|[A-Z]\.)){{1,3}})"
    r"\s*(?:[|,–—·•@-].*)?$"
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
    r"(?:[ \t]+(?:[A-Z0-9À-Þ](?:[\w&'’-]|\.(?=\w))*|[dl]['’][A-ZÀ-Þ][\w'’-]*|de|des|du|et|&|"
    r"of|and|d'|la)){0,4}" + _COMPANY_SUFFIX + ")"
)
_COMPANY_IN_TEXT = lazy_compile(
    r"(?:\bchez|\bau sein (?:de|du|d')|\bde la soci[ée]t[ée]|\bpour la soci[ée]t[ée]|"
    r"\b[lL]'[ée]quipe(?: [Rr]ecrutement| RH| rh| [Tt]alents?| des talents| ressources humaines)?"
    r"(?: de| d'| du)?|"
    r"\brejoindre|\bint[ée]r[êe]t (?:pour|que vous portez [àa])|\bpour le compte (?:de|du|d')|"
    r"\bjoin(?:ing)?|\binterest in(?: joining)?|\bapplying to|\bapplication (?:to|with)|"
    r"\b(?:employment|working|a career|careers?) (?:with|at)(?: the)?|"
    r"\b(?:position|role|job|post|vacancy|opening|opportunity) with|"
    r"\bnewsletter(?: [Cc]arri[èe]res| [Cc]areers| [Ee]mploi| RH)? (?:de|d'|du|of|from)|"
    r"\binterviewing with|\bapplying (?:at|with)|\breceived by|\bsubmitted to|"
    r"\btransmise? [àa](?: l'entreprise| la soci[ée]t[ée]| l'employeur)?|\bforwarded to|"
    r"\b[àa] la soci[ée]t[ée]|\bint[ée]r[êe]t (?:port[ée]|que vous "
    r"portez) [àa](?: la| l'|u)?|\bl'[ée]quipe de(?: la| l')?|\b[»\"] de|"
    r"\b(?:was |been |is )sent to|\benvoy[ée]e? [àa](?: l'entreprise)?|"
    r"\bque vous (?:avez |aviez )?port[ée]e? [àa](?: la| l'|u)?|\bau sein (?:de|d') ?l'|"
    r"\bsite (?:carri[èe]res?|emploi|recrutement) (?:de|du)|\bcareers? (?:site|page) of|"
    r"\b(?:viewed|reviewed|seen) by|\bmessage (?:de |d'|from )[A-Z][a-zà-ÿ]+ (?:de|d'|from|at)|"
    r"\bre[çc]ue? par|\bpostul[ée] (?:chez|à)|\bThe|\bat)(?:\s+|(?<=l')|(?<=d'))" + _COMPANY_NAME
)
_STOP_COMPANY = lazy_compile(
    r"^(?:nous|vous|notre|votre|nos|vos|je|j'|the|a|an|our|your|this|that|we|you|it|we've|"
    r"we're|i've|they|on|il|elle|"
    r"le|la|les|l'|un|une|de|des|du|et|mon|ma|mes|son|sa|ses|leur|ce|cette|ces|"
    r"monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"madame|monsieur|mr|mrs|ms|dear|bonjour|hello|hi|merci|thanks|thank|"
    r"candidat|candidate|position|role|entretien|interview|teams|zoom|google|"
    r"linkedin|indeed|cordialement|regards|best|kind|m\.|mme|i|je|employeur|l'employeur|"
    r"employer|recruteur|recruiter)$",
    re.I,
)


def humanise(name: str) -> str | None:
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


_TEAM_FIRST = lazy_compile(
    r"^(?:l'|le |la |les )?(?:service|equipe|team|direction|departement|department|pole|cellule|"
    r"personnel|secretariat|bureau du personnel|"
    r"human resources|ressources humaines|talent acquisition|acquisition (?:de |des )?talents?|"
    r"recrutement|recruitment|recruiting|rh|hr|ressources|human|recursos humanos|rrhh|"
    r"departamento|risorse umane|personalabteilung|personalwesen|personeelszaken)\b"
)


@functools.lru_cache(maxsize=1024)
def _is_team(piece: str) -> bool:
    """'Service RH', "L'équipe recrutement", 'The Talent Team', 'Tech Recruiting': a team, not a
    company."""
    folded = fold(piece).strip()
    if _county(piece):
        return False  # "Département de la Haute-Vienne": an employer
    if _TEAM_FIRST.match(folded) or re.search(
        r"\b(?:team|equipe|department|departement|crew|folks|secretariat)$", folded
    ):
        return True
    # A trade's recruiting desk: "Tech Recruiting", "Finance & Legal Recruitment", "Sales Talent".
    words = [w for w in re.split(r"[\s&,/]+", folded) if w and not _SMALL_WORD.fullmatch(w)]
    if not words:
        return False  # only small words ("The", "de la"): no team
    desk = re.fullmatch(r"recruiting|recruitment|recrutement|talents?|hiring|sourcing", words[-1])
    # "Early Careers Recruitment", "Graduate Recruitment": whom the desk hires.
    whom = r"early|careers?|graduates?|campus|student|students|apprentices?|interns?|alternance"
    return (
        bool(desk)
        and len(words) > 1
        and all(_PLAIN_WORDS.fullmatch(w) or re.fullmatch(whom, w) for w in words[:-1])
    )


@functools.lru_cache(maxsize=1024)
def _is_title(piece: str) -> bool:
    words = fold(piece).split()
    if len(words) > 1 and words[0] in ("le", "la", "the", "l'"):
        words = words[1:]  # "Le Directeur Général des Services"
    elif words and words[0].startswith("l'") and len(words[0]) > 2:
        words = [words[0][2:], *words[1:]]  # "L'Adjoint délégué au Personnel"
    if not words:
        return False
    # "Talentis Executive", "Halden Executive": a firm's name, where "Sales Executive" and
    # "Account Executive" are titles.
    firm = words[-1] == "executive" and not any(
        _TITLE_WORDS.fullmatch(w) or _TEAM_WORDS.fullmatch(w) or _PLAIN_WORDS.fullmatch(w)
        for w in words[:-1]
    )
    if firm and len(words) > 1:
        return False
    if _TITLE_LAST.search(words[-1]) or (len(words) == 1 and words[0] == "responsable"):
        return True
    if (
        _TITLE_WORDS.fullmatch(words[0])
        and len(words) > 2
        and _TITLE_LAST.search(words[1])
        and not re.search(r"\b(?:ltd|sas|sarl|inc|llc|gmbh|group|groupe)\b", " ".join(words))
    ):
        return True  # "Business Manager Data & IA", "Senior Consultant Construction"
    if re.fullmatch(r"(?:vice-)?presidente?|chef|cheffe", words[0]) and not re.search(
        r"[&@|]", piece
    ):
        return True  # "La Cheffe du service Recrutement", "Le Président du Centre de Gestion"
    if not _TITLE_WORDS.fullmatch(words[0]):
        return False
    # "Chargée de recrutement", "Head of People", "Director of Nursing" are titles; "Talent Link
    # Europe" is a company whose name begins like one.
    filler = {
        "de", "des", "du", "d'", "of", "the", "&", "and", "et", "la", "le", "en", "chez", "au",
        "aux", "to", "a",
    }  # fmt: skip
    rest = [w for w in words[1:] if w not in filler]
    strong = re.fullmatch(
        r"director|directeur|directrice|head|responsable|chargee?|manager|vp|chief|lead|"
        r"consultante?|assistante?|gestionnaire|charge|conseill(?:er|ere)s?|advis[eo]r",
        words[0],
    )
    if strong and len(words) > 1 and words[1] in ("of", "de", "des", "du", "d'"):
        return True
    if strong and not re.search(r"[&@|]", piece):
        return True  # "Responsable Ressources Humaines", "Consultante Senior Finance"
    if strong and rest and all(_TITLE_WORDS.fullmatch(w) or _TEAM_WORDS.fullmatch(w) for w in rest):
        return True  # "Responsable Recrutement & Mobilité": a title's words only
    if strong and len(words) > 2 and re.fullmatch(r"senior|junior|principal|associate", words[1]):
        return True  # "Consultant Senior Finance & RH"
    return len(words) <= 2 or all(_TITLE_WORDS.fullmatch(w) for w in rest)


@functools.lru_cache(maxsize=1024)
def looks_like_person(name: str) -> bool:
    folded = fold(name)
    if _TEAM_WORDS.search(folded) or any(c.isdigit() for c in name) or "@" in name:
        return False
    if _COMPANY_WORDS.search(folded) or "&" in name:
        return False
    if re.search(rf"\b{_BUSINESS_KIND}\b", folded):
        return False  # "Boucherie Charcuterie Vernet"
    if any(_LEGAL_FORM.fullmatch(word) for word in name.split()[:1] + name.split()[-1:]):
        return False  # "Privacy First Ltd", "SCP Aubertin-Kermarrec"
    if re.match(r"(?:les|the|au|aux|chez)\s", folded):
        return False  # "Les Petits Cailloux", "The Copper Pot": a business's name
    if re.search(r"[a-z]{3}(?:ics|icals|ware|works|holdings|ventures)$", folded):
        return False  # "Aldermont Pharmaceuticals", "Brightware": a company's trade
    first = re.sub(r"^(?:m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", "", folded).split()
    if len(first) >= 3 and _place(name.split()[-1]):
        return False  # "Leroy Merlin Lorient": a shop and its town
    if first and is_first_name(first[0]):
        return _PERSON.match(name) is not None
    if first and _PUBLIC_BODY.fullmatch(first[0]):
        return False  # "Ville de Vessy", "Mairie de Lunel": a public employer
    return _PERSON.match(name) is not None


_INTRODUCES_SELF = lazy_compile(
    rf"\b(?:[Jj]e m'appelle|[Jj]e suis|[Mm]y name is|I am|I'm|[Tt]his is|[Mm]oi c'est|"
    rf"[Ii]t's|[Ii]t is|[Cc]'est|[Hh]ere's)\s+"
    rf"(?P<n>{_NAME_TOKEN}\s+"
    rf"(?:{_NAME_TOKEN}|{_UPPER_TOKEN}))"
)
_ONE_NAME = lazy_compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?$")


def _first_name_alone(signature: tuple[str, ...], hint: str = "") -> str | None:
    """A signature that is only a first name ("Bien à vous,\nKevin"): the name as signed.
    "Kevin" above "Kevin Le Roux": the full name below."""
    name = re.sub(r"^[-–—]\s*", "", signature[0].strip()) if signature else ""
    if not _ONE_NAME.match(name):
        return None
    folded = fold(name)
    if _TEAM_WORDS.search(folded) or _COMPANY_WORDS.search(folded) or _is_title(name):
        return None
    below = signature[1].strip() if len(signature) > 1 else ""
    head = below.split()[0] if below.split() else ""
    nickname = len(name) >= 3 and head.startswith(name) and is_first_name(fold(head))
    if (head == name or nickname) and len(below.split()) > 1:
        match = _PERSON.match(below)
        if match and looks_like_person(match.group("name")):
            return humanise(match.group("name"))
    if is_first_name(folded):
        return name
    # An unknown word signs as a person when a title, a team or a company's line follows it
    # ("Maya" above "Quillo · Talent", "Freya" above "Design Ops, Kindred Health"); not when it
    # is the company itself (the sender's domain) or a place.
    titled = _is_title(re.split(r",\s+|\s+[|·•@–—-]\s+", below)[0])
    # A line below that looks like a name without a known first name is a company's
    # ("Brasserie Le Saint-Georges").
    person_below = looks_like_person(below) and is_first_name(fold(below.split()[0]))
    # "Head of Community @ Pebblepost": after a title, an "@" between words says where.
    contact = _CONTACT_LINE.search(re.sub(r"\s@\s", " at ", below) if titled else below)
    if below and not contact and (titled or not person_below):
        if alnum(name) in hint.split() or _place(name):
            return None
        return name
    return None


# A formal letter signs under the signer's title and delegation ("Pour le Maire et par
# délégation,", "Le Directeur,", "La Directrice Générale des Services,"): the name comes below.
_DELEGATION = lazy_compile(
    r"^(?:pour (?:le|la|l')|p/o\b|p\.o\.|p/\s?(?:le|la|l')|par (?:delegation|ordre)|by delegation|"
    r"on behalf of (?:the|le|la))"
)


def signer_offset(signature: tuple[str, ...]) -> int:
    """How many lines of title and delegation open the signature before the signer's name."""
    offset = 0
    for number, line in enumerate(signature[:3]):
        folded = fold(line).strip()
        signed = _SIGNED_FOR.sub("", line)
        if signed != line and _PERSON.match(signed) and looks_like_person(signed):
            break  # "P.O. Delphine Caradec": the signer
        if (
            _DELEGATION.match(folded)
            or (line.endswith(",") and _is_title(line.rstrip(", ")))
            or _signed_for(line)
        ):
            offset += 1
            continue
        # "La Directrice Générale des Services" with no comma, above the signer's name; first,
        # only above a known first name ("La Cheffe du service Recrutement" / "Sabine Hoffmann").
        below = _SIGNED_FOR.sub("", signature[number + 1]) if number + 1 < len(signature) else ""
        person_below = bool(_PERSON.match(below)) and looks_like_person(below)
        known_below = person_below and is_first_name(fold(below).split()[0])
        # "Le Directeur des Ressources Humaines" above "P. Aubertin": signed by an initial.
        known_below = known_below or bool(_INITIAL_NAME.match(below))
        person_below = person_below or known_below
        titled = _is_title(line) and not looks_like_person(line)
        if titled and person_below and (offset or known_below):
            offset += 1
            continue
        break
    return offset if offset < len(signature) else 0


# "P.O. Delphine Caradec", "p/o Jean Martin": signed for someone else, by this person.
_SIGNED_FOR = lazy_compile(r"^(?:P\.\s?O\.|P/O|p\.o\.|p/o|pp\.?|PP\.?)\s+")


# "Léa – Recrutement Nuvio", "Manon @ Scalio", "Alice, co-fondatrice @ Pivot&Co",
# "- Mike, Copper Kettle Café", "Bastien – Talent Acquisition @ Kiwee", "Chef Olivier":
# a first name alone, then what they do or where.
_NAME_THEN = lazy_compile(
    rf"^(?:[-–—]\s*)?(?:(?:Chef|Dr\.?|Docteur|Ma[îi]tre|Me)\s+)?(?P<n>{_NAME_TOKEN})"
    r"(?:\s*(?P<sep>,|@|·|•|\||(?<=\s)\()\s*|\s+[-–—]\s+|\s+(?P<of>de chez|from)\s+|$)"
    r"(?P<rest>.*?)\)?$"
)


def _name_then(line: str, company_hint: str) -> str | None:
    match = _NAME_THEN.match(line.strip())
    if not match:
        return None
    name, rest = match.group("n"), match.group("rest").strip()
    folded = fold(name)
    if _TEAM_WORDS.search(folded) or _COMPANY_WORDS.search(folded) or _is_title(name):
        return None
    if company_hint and alnum(name) in company_hint.split():
        return None  # "Kerlys – Recrutement": the company signs
    if not rest:
        # "Chef Olivier": a title before a known first name.
        titled = line.strip().split()[0] != name
        return name if titled and is_first_name(folded) else None
    if is_first_name(folded):
        return name
    head = re.split(r"\s+[@|·•–—-]\s+|,\s+|\s+@\s*", rest)[0]
    if match.group("sep") in ("@", "(") or match.group("of") or _is_title(head):
        return name
    return None


# "Laurence de Villiers" above her title: a name with its particle, not Laurence of Villiers.
_PARTICLE_NAME = lazy_compile(rf"^(?P<first>{_NAME_TOKEN})\s+(?:de|du|d')\s*{_NAME_TOKEN}$")
# "M. Giraud - Transports Giraud-Maréchal": a courtesy title and a surname, as signed.
_COURTESY_NAME = lazy_compile(
    rf"^(?P<n>(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?)\s+{_NAME_TOKEN})\s*(?:[|,–—-]\s*\S.*)?$"
)
# "Freya & the Pebblecraft team", "Inès et toute l'équipe Kiwiz": a first name and the team.
_NAME_AND_TEAM = lazy_compile(
    rf"^(?P<n>{_NAME_TOKEN})\s+(?:&|et|and)\s+(?:the|l'|toute l'|all the)\s*"
    r".*\b(?:team|[ée]quipe)\b"
)


def _signed_by(signature: tuple[str, ...]) -> str | None:
    """A signer's name in one of the shapes the general rules read otherwise."""
    line = signature[0].strip()
    particle = _PARTICLE_NAME.match(line)
    if particle and len(signature) > 1 and is_first_name(fold(particle.group("first"))):
        return line
    courtesy = _COURTESY_NAME.match(line)
    if courtesy and not _TITLE_WORDS.search(fold(courtesy.group("n"))):
        return courtesy.group("n")
    team = _NAME_AND_TEAM.match(line)
    if team and is_first_name(fold(team.group("n"))):
        return team.group("n")
    return None


def _company_hint(parts: MessageParts, body: Body | None = None) -> str:
    """The companies the sender's domain and the text name, run together: a word of them that
    signs is the company, not a person ("Oxfam" under "… at Oxfam")."""
    domain = _domain_company(parts.header.sender_email)
    named = [domain or ""]
    if body is not None:
        named += [name for name, _ in _text_companies(body.text)]
    return " ".join(alnum(name) for name in named if name)


_BARE_CONTACT = lazy_compile(
    r"^\s*(?:[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*|(?:(?:tel|tél|mob|mobile|phone|t|m|p)\s?[.:]?\s*)?"
    r"\+?\d[\d .()/-]{6,})\s*(?:[–—-]\s*\w+)?\s*$",
    re.I,
)
# "J. Lemaire", "P.-A. Morel", "Mrs J. Harper" alone on the line: signed by an initial and a
# surname; the reader calls them as signed (an English courtesy title dropped).
_INITIAL_NAME = lazy_compile(
    rf"^(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?P<n>(?:[A-Z]\.(?:-?[A-Z]\.)?\s?|[A-Z]-[A-Z]\.?\s|"
    rf"(?!RH|HR|DG|PO|PP)[A-Z]{{2}}\s)(?:{_NAME_TOKEN}|"
    rf"{_UPPER_TOKEN})"
    rf"(?:[ -](?:{_NAME_TOKEN}|{_UPPER_TOKEN}))?)\s*$"
)


def _names_company(name: str, parts: MessageParts, body: Body) -> bool:
    """A sender's display name that the text names as the company ("Halvorsen Maritime" <…@
    myworkday.com>, "applied … at Halvorsen Maritime"): the employer, not a person."""
    if alnum(name) in _company_hint(parts, body).split():
        return True
    # "Fernhill Academy Trust" <hr@fernhilltrust.org.uk>: two of its words spell the domain,
    # and none is a first name.
    domain = alnum(_domain_company(parts.header.sender_email) or "")
    words = [alnum(w) for w in name.split()]
    spelled = [w for w in words if len(w) >= 4 and w in domain]
    return len(spelled) >= 2 and not any(is_first_name(w) for w in words)


def _as_signed(sender: str, signature: tuple[str, ...]) -> str | None:
    """The sender's name in the order the signature writes it ("Aubert Delphine" in the header,
    "Delphine Aubert" signing); without it, a surname written first before a known first name
    is put after it."""
    name = humanise(sender)
    if not name:
        return name
    words = sorted(fold(name).split())
    for line in signature[:4]:
        if sorted(fold(line).split()) == words:
            return line.strip()
    tokens = name.split()
    if len(tokens) == 2 and not is_first_name(fold(tokens[0])) and is_first_name(fold(tokens[1])):
        return f"{tokens[1]} {tokens[0]}"
    return name


# Post-nominal letters after a signer's name: "Fiona Pike RIBA", "Tom Hale MBA", "Ana Ruiz PhD".
_POST_NOMINAL = lazy_compile(
    r",?\s+(?:RIBA|MRICS|FRICS|ACA|FCA|ACCA|FCCA|CIMA|CPA|CFA|MBA|PhD|Ph\.D\.|MSc|BSc|BA|MA|"
    # nurses' and doctors' letters: "Danielle Ortiz, RN"
    r"RN|LPN|BSN|MSN|CNA|NP|MD|DDS|DMD|PharmD|DVM|"
    # Human-resources professionals' letters in Quebec, Canada and the US: "Julie Roy, CRHA".
    r"CRHA|CRIA|CHRP|CHRL|CPHR|SPHR|PHR|SHRM-S?CP|"
    r"CIPD|MCIPD|Chartered\s+[A-Z][a-z]+)(?:,?\s+(?:RIBA|MRICS|ACA|FCA|CIPD|MCIPD|MBA|PhD|MSc))*$"
)


def _signer_then_company(line: str, hint: str) -> str | None:
    """A one-line signature that names the signer, then their title or company: "Rachel Adler
    | Talent @ Loopmint", "Rob Kessel, Head of Solutions @ Altiva Cloud", "Brent, Quillbyte"."""
    # "— Nate Feldman, Recruiter @ Quarry", "Cindy Lopes - Aktiv Intérim Belfort"
    line = re.sub(r"^[—–•-]\s*", "", line.strip())
    pieces = re.split(r"\s*[|,–—]\s+|\s+@\s+|\s+-\s+", line)
    if len(pieces) < 2 or _CONTACT_LINE.search(pieces[0]):
        return None
    name = _POST_NOMINAL.sub("", pieces[0].strip())
    words = name.split()
    if not words or any(w[:1].islower() for w in words):
        return None
    if _TITLE_WORDS.search(fold(name)) or _is_team(name) or _COMPANY_WORDS.search(fold(name)):
        return None
    if len(words) >= 2 and is_first_name(fold(words[0])) and looks_like_person(name):
        return humanise(name)
    rest = _clean_company(pieces[1])
    # One word alone, then the company the message is from ("Brent, Quillbyte").
    if (
        len(words) == 1
        and _ONE_NAME.match(name)
        and len(pieces) == 2
        and rest
        and not _wrong_form(rest, "line")
        and alnum(name) not in hint.split()
        and not _wrong_form(name, "line")  # "Exploitation, Transports Vidal": a department
        # A common noun's ending, a department's ("Onboarding", "Planification", "Paiement").
        and not re.search(r"(?:ing|tion|sion|ment|it[ée]|ance|ence|ship|ique|age)$", fold(name))
    ):
        return name
    return None


# Where a thread or a head names someone in full: "> Laurent Besson", "Laurent Besson <l@…>
# a écrit", "Organizer: Helen Strauss (helen@…)", "Rachel Moss · Recruiter", "Nouveau message de
# Maxime Tardieu – …".
_QUOTED_FULL_NAME = lazy_compile(
    rf"(?m)(?:^[>\s]*|[,:]\s+)(?P<n>{_NAME_TOKEN}\s+{_NAME_TOKEN})"
    r"\s*(?:<[^>\n]*@|\[mailto:|$)"
)
_HEAD_FULL_NAME = lazy_compile(
    r"(?m)(?:^|^(?i:organi[sz]er|organisat(?:eur|rice)|from|de)\s*:\s*|[·•]\s+|"
    r"^(?i:(?:new |nouveau )?message (?:from|de))\s+)"
    rf"(?P<n>{_NAME_TOKEN}\s+{_NAME_TOKEN})[ \t]*(?:<[^>\n]*@|\(|[|·•–—]|$)"
)


def read_recruiter(parts: MessageParts, body: Body) -> tuple[str | None, str | None]:
    header = parts.header
    sender = header.sender_name
    if sender and looks_like_person(sender) and not _names_company(sender, parts, body):
        return _as_signed(sender, parts.signature), sender
    # A line that is only an address or a phone number ahead of the name (an invitation's
    # guest list, a pasted footer) is no signer's.
    lead = 0
    while (
        lead < len(parts.signature) - 1 and lead < 2 and _BARE_CONTACT.match(parts.signature[lead])
    ):
        lead += 1
    if lead:
        parts = replace(parts, signature=parts.signature[lead:])
    offset = signer_offset(parts.signature)
    if offset:
        parts = replace(parts, signature=parts.signature[offset:])
    if parts.signature and _SIGNED_FOR.match(parts.signature[0]):
        signed = _SIGNED_FOR.sub("", parts.signature[0])
        parts = replace(parts, signature=(signed, *parts.signature[1:]))
    signature = parts.signature
    if (
        len(signature) > 1
        and re.fullmatch(r"[a-zà-ÿ]{2,}", signature[0].strip())
        and signature[1].split()[0] == signature[0].strip().capitalize()
    ):
        parts = replace(parts, signature=signature[1:])  # "dan" above "Dan Okafor | CTO"
    if parts.signature and (letters := _POST_NOMINAL.search(parts.signature[0])):
        bare = parts.signature[0][: letters.start()].strip()
        if looks_like_person(bare):  # "Fiona Pike RIBA": her name, then her letters
            parts = replace(parts, signature=(bare, *parts.signature[1:]))
    hint = _company_hint(parts, body)
    if parts.signature and (named := _signed_by(parts.signature)):
        return named, parts.signature[0]
    alone = _first_name_alone(parts.signature, hint)
    if alone and " " not in alone:
        full = _INTRODUCES_SELF.search(body.text)
        if full and full.group("n").split()[0] == alone:
            return humanise(full.group("n")), full.group(0)  # "Je suis Marie Dupuis" … "Marie"
        # "Laurent" signs a reply; the thread it quotes gives his full name ("Le 4 janv., Laurent
        # Besson <l.besson@…> a écrit :", or his earlier signature "> Laurent Besson").
        # A network's or a calendar's head names them in full above the words ("Rachel Moss ·
        # Senior Recruiter at …", "Organizer: Helen Strauss (helen@…)").
        for pattern, text in ((_QUOTED_FULL_NAME, parts.quoted), (_HEAD_FULL_NAME, body.text)):
            for quoted in pattern.finditer(text):
                if quoted.group("n").split()[0] == alone and looks_like_person(quoted.group("n")):
                    return quoted.group("n"), quoted.group(0).strip()
    if alone:
        return alone, alone
    for line in parts.signature[:1]:
        if (named := _name_then(line, hint)) is not None:
            return named, line
    for line in parts.signature[:1]:
        if (signer := _signer_then_company(line, hint)) is not None:
            return signer, line
    for line in parts.signature[:1]:
        initial = _INITIAL_NAME.match(line)
        if initial:
            name = initial.group("n")
            rest = name[2:].strip()
            if name.startswith("M. ") and " " in rest and is_first_name(fold(rest.split()[0])):
                return humanise(rest), line  # "M. Gilles Vasseur": a courtesy title
            return name, line  # "J. Lemaire", "Mrs J. Harper": signed as such
        if _CONTACT_LINE.search(line):
            continue
        line = _OF_COMPANY.sub(_of_company, line)  # "Agathe de Mamie Cocotte": Agathe only
        if re.match(r"^(?:\S+\s+)?[A-Z]\.(?:-[A-Z]\.)?\s", line):
            continue
        match = _PERSON.match(line)
        if match and looks_like_person(match.group("name")):
            candidate = match.group("name")
            if _TITLE_WORDS.search(fold(candidate)):
                continue
            # Alone on its line with no title below, only a known first name makes a person.
            words = candidate.split()
            first = words[1] if len(words) > 1 and words[0].isupper() else words[0]
            known = is_first_name(fold(first))
            if not known and len(parts.signature) == 1:
                continue
            return humanise(candidate), line
    # "Agence Horizons & Escales" above "Régine Poulain, gérante": the company, then its signer;
    # "Service RH" over "Plastiques de l'Ain" over its address, then "Morgane Perrin – 04 …": a
    # block that names the team and the company first signs with the person's name below.
    if len(parts.signature) > 1 and not _CONTACT_LINE.search(parts.signature[0]):
        for number, line in enumerate(parts.signature[1:5], start=1):
            match = _PERSON.match(line)
            titled = re.split(r"\s*[|,–—·•]\s*", line, maxsplit=1)[1:]
            if (
                match
                and looks_like_person(match.group("name"))
                and (
                    is_first_name(fold(match.group("name").split()[0]))
                    or (titled and _is_title(titled[0]))  # "Rosa Alvarez, HR Coordinator"
                )
                and not _TITLE_WORDS.search(fold(match.group("name")))
            ):
                above = parts.signature[:number]
                people = [
                    a for a in above if looks_like_person(a) and is_first_name(fold(a.split()[0]))
                ]
                if len(above[0].split()) >= 2 and not people and not looks_like_person(above[0]):
                    return humanise(match.group("name")), line
                break
    if intro := _self_intro(body.text) or _casual_intro(body.text):
        return intro[0], intro[2]
    # "Rachel Moss · Recruiter", "Message de Inès Morel, Talent Acquisition chez Kaliop": a
    # network's head names the writer.
    chat = re.match(
        rf"^\s*(?:(?P<head>(?i:(?:nouveau |new )?message (?:de|from))\s+))?"
        rf"(?P<n>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})\s*(?:[·•|]|(?(head),|(?!)))\s*\S",
        body.text,
    )
    if chat and looks_like_person(chat.group("n")):
        return humanise(chat.group("n")), chat.group(0)
    said = _INTRODUCES_SELF.search(body.text)
    if said:
        return humanise(said.group("n")), said.group(0)
    if header.sender_email:
        local = header.sender_email.split("@")[0]
        pieces = re.split(r"[._-]", local)
        person = len(pieces) == 2 and all(p.isalpha() and len(p) > 1 for p in pieces)
        if person and not _TEAM_WORDS.search(" ".join(pieces)):
            return " ".join(p.capitalize() for p in pieces), header.sender_email
    # A note with no signature: the writer says who they are ("c'est Didier du garage"), or
    # signs after the last sentence ("… avant le service. Franck").
    if (writer := _WRITER_SAYS.search(body.text[:200])) and is_first_name(fold(writer.group("n"))):
        return writer.group("n"), writer.group(0)
    last = body.text.rstrip().rsplit("\n", 1)[-1]
    if (after := _SIGNED_LAST.search(last)) and is_first_name(fold(after.group("n"))):
        return after.group("n"), after.group(0).strip(" .!")
    if greeted := _greeted_by_candidate(parts.quoted):
        return greeted
    return None, None


_WRITER_SAYS = lazy_compile(
    r"\b(?i:c'est|ici|moi c'est|this is|it's)\s+(?P<n>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
    r"\s+(?i:de chez|de la|de l'|du|de|d'|from|at|chez)\s"
)
_SIGNED_LAST = lazy_compile(r"[.!?]\s+(?P<n>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\s*$")


# The head of a quoted message and its author's address: "Le 1 déc. 2026 à 09:12, Yanis Ferrat
# <yanis@outlook.fr> a écrit :", "On Wed, … Rahul Menon <rahul@gmail.com> wrote:".
_QUOTED_AUTHOR = lazy_compile(r"<(?P<email>[\w.+'-]+@[\w.-]+)>\s*(?:a [ée]crit|wrote)\s*:")
_QUOTED_GREETING = lazy_compile(
    r"(?m)^[>\s]*(?:bonjour|bonsoir|hello|hi|hey|dear|salut|cher|ch[èe]re)\s+"
    rf"(?P<n>{_NAME_TOKEN})\s*[,!]",
    re.I,
)


def _greeted_by_candidate(quoted: str) -> tuple[str, str] | None:
    """An unsigned reply to the candidate's message: the one the candidate greeted ("Bonjour
    Karim," in the message they sent from a personal address) wrote it."""
    author = _QUOTED_AUTHOR.search(quoted[:600])
    if not author:
        return None
    domain = author.group("email").split("@")[1].lower().split(".")[0]
    if domain not in _GENERIC_DOMAINS:
        return None
    greeting = _QUOTED_GREETING.search(quoted[author.end() : author.end() + 300])
    if not greeting or not is_first_name(fold(greeting.group("n"))):
        return None
    name = greeting.group("n")
    if fold(name) in fold(quoted[: author.start()]).split():
        return None  # the candidate's own name
    return name, greeting.group(0).strip(" >")


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
    if len(words) > 1 and re.fullmatch(
        r"recrute|recrutement|recruitment|careers|jobs|rh|hr", words[-1]
    ):
        words = words[:-1]  # "alvea-recrute.fr": Alvéa's recruiting address
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0].upper()
    if len(words) == 1 and len(core) <= 4:
        return core.upper()
    small = {"de", "du", "des", "la", "le", "les", "et", "of", "the", "and", "en", "sur"}
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


# Job boards and applicant-tracking systems send for the employer; they are never the company.
_PLATFORMS = lazy_compile(
    r"^(?:welcome to the jungle|wttj|workday|myworkday|greenhouse|lever|indeed|linkedin|"
    r"smartrecruiters|teamtailor|taleo|hellowork|jobteaser|apec|france travail|pole emploi|"
    r"ashby|recruitee|flatchr|cadremploi|monster|glassdoor|welcomekit|jobvite|icims|"
    r"successfactors|breezy|workable|bamboohr|personio|talentsoft|cornerstone)$"
)


_PUBLIC_BODY = lazy_compile(
    r"centre|conseil|communaute|ville|mairie|universite|syndicat|office|chambre|institut|caisse|"
    r"ministere|prefecture|region|commune|etablissement|lycee|college|ecole|hopital|groupement|"
    r"federation|association|agence|direction|departement|maison|centre|city|county|council|"
    r"university|office|department|ministry|borough|royal|parc"
)
_SMALL_WORD = lazy_compile(r"(?i:de|des|du|la|le|les|et|&|of|the|and|d'|l'|en|sur|upon|on)")
_PLATFORM_FOR = lazy_compile(
    r"(?i:\b(?:welcome to the jungle|wttj|workday|greenhouse|lever|indeed|linkedin|smartrecruiters|"
    r"teamtailor|taleo|hellowork|jobteaser|ashby|recruitee|flatchr|workable|jobvite|icims|"
    r"successfactors|personio)\b[^\n]{0,40}?\b(?:on behalf of|pour le compte de|pour|for))\s+"
    + _COMPANY_NAME
)


_EMPLOYMENT_SERVICE = lazy_compile(
    r"(?P<co>France Travail|P[ôo]le [Ee]mploi|APEC|Apec|Cap [Ee]mploi|Mission [Ll]ocale)"
    r"(?:\s*[–—|,-]\s*(?:agence|site|antenne|direction|d[ée]l[ée]gation)\b.*|\s+[A-ZÀ-Þ][\w' -]*)?$"
)


def _platform_line(line: str) -> bool:
    words = fold(line).replace(",", " ").split()
    return bool(words) and any(
        _PLATFORMS.match(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1)
    )


_LEGAL_FORM = lazy_compile(
    r"SAS|SASU|SARL|SA|SCOP|SCP|SELARL|SELAS|SELAFA|AARPI|SCM|SCI|EURL|SNC|GIE|SEM|SPL|EARL|SCEA|"
    r"GAEC|"
    r"Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|Co\.|GmbH|"
    r"plc|PLC|AG|BV|NV|S\.A\.?|S\.A\.S\.?|inc\.?|ltée|Ltée|Sàrl|SRL|S\.r\.l\.?|SpA|S\.p\.A\.?|ASBL|asbl|VZW|vzw|"
    # Belgian, Dutch, German and Nordic forms: "Sambrix SCRL", "Verhoeven Bouw nv".
    r"SCRL|SPRL|SPRLU|BVBA|CVBA|VOF|nv|bv|KG|UG|Oy|ApS|"
    # Spanish and Portuguese forms: "Construções Vidal & Filhos, Lda.", "Nubeluz S.L.".
    r"Lda\.?|LDA|S\.L\.?|SL|S\.L\.U\.?|SLU|S\.A\.U\.?"
)


@functools.lru_cache(maxsize=1024)
def _clean_company(name: str) -> str | None:
    if _PLATFORMS.match(fold(name.strip(" .,;:-–—|'\"«»()"))):
        return None
    # A legal form in brackets after the name: "Les Jardins du Val (ASBL)", "Ferrand (SARL)".
    name = re.sub(r"\s*\((?:" + _LEGAL_FORM.pattern + r")\)\s*$", "", name)
    # "Aide et Présence 44 (association loi 1901)": its status, not its name
    name = re.sub(r"\s*\((?:(?i:association|asso)\s+)?(?i:loi\s+(?:de\s+)?1901)\)?", "", name)
    if _LEGAL_FORM.fullmatch(name.strip(" .,;:-–—|()")):
        return None  # a legal form alone is no name
    if _platform_line(name) or not re.search(r"[^\W\d_]", name):
        return None
    name = re.sub(r"\s*[*★]{1,5}\s*$", "", name)  # "Hôtel des Alpes ****": its stars
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
    if len(tokens) > 3 and tokens[0] in ("Le", "La") and _PUBLIC_BODY.fullmatch(fold(tokens[1])):
        tokens = tokens[1:]  # "Le Centre de Gestion de la Fonction Publique Territoriale du Tarn"
    while len(tokens) > 1 and _LEGAL_FORM.fullmatch(tokens[-1]):
        tokens.pop()  # "Nexalys SAS", "Mews Systems Ltd"
    ahead = re.fullmatch(
        r"SAS|SASU|SARL|EURL|SCOP|SCP|SNC|SELARL|ASBL|VZW|EARL|SCEA|GAEC", tokens[0]
    )
    # A partnership of professionals or farmers goes by its partners' names ("SCP
    # Aubertin-Kermarrec", "EARL Vasseur-Marchand"); "SARL Dumont" keeps its form, a surname alone.
    partners = (
        len(tokens) == 2
        and tokens[0] in ("SCP", "SELARL", "EARL", "SCEA", "GAEC")
        and tokens[1][:1].isupper()
    )
    if ahead and (len(tokens) > 2 or partners):
        tokens = tokens[1:]  # "SARL Boulangeries Hamelin"
    name = " ".join(tokens)
    if len(name) < 2 or len(name) > 80:
        return None
    if not any(c.isupper() or c.isdigit() for c in name[:1]):
        return None
    return name


def alnum(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in ("et", "and", "the")]


def _same_company(a: str, b: str) -> bool:
    """'Terres & Demeures' and 'terres-et-demeures', 'Calliope Relation Client' and 'calliope-rc':
    one name, written in full or shortened, "&" or "et", its last words by their initials."""
    wa, wb = _name_words(a), _name_words(b)
    fa, fb = "".join(wa), "".join(wb)
    if fa and fb and (fa in fb or fb in fa):
        return True
    return any(
        len(short) == 2
        and len(full) >= 3
        and short[0] == full[0]
        and short[1] == "".join(w[0] for w in full[1:])
        for short, full in ((wa, wb), (wb, wa))
    )


# How an agency's recruiter speaks of the employer: "our client", "the payments client", "un de
# nos clients", "le besoin du client", "a client of ours"; and what they are, a consultant.
_AGENCY_WORK = lazy_compile(
    r"\b(?:notre|nos|the|our|mon|my|le|leur|du|au|des|a|one of our)(?: [a-z-]+){0,2} clients?\b|"
    r"\bclient (?:company|side|of ours)\b|\bconsult(?:ant|ante)\b|\bchasseu[rs]e? de t[eê]tes\b|"
    r"\bheadhunt|\bmandate\b|\bmandat\b"
)


# The employer an agency names when it writes for it: "our client, Marlow Hydraulics", "à mon
# client, Vernis Lacombe", "on behalf of Orwell Dairies", "passed your CV to Kestrel Boats". The
# client is the company; the agency only carries the message.
_CLIENT_NAMED = lazy_compile(
    r"(?:(?i:\b(?:our|my|the|notre|mon|leur|le|du|au)\s+)client(?:e)?"
    r"(?:\s*[,:(]\s*|\s+(?:is|est)\s+|\s+)|"
    # "la mission de cariste chez Entrepôts Vial", "an assignment at Harlow Foods"
    r"(?i:\b(?:mission|missions|assignment|placement)\s+(?:[\w'’-]+\s+){0,4}?(?:chez|at|with)\s+)|"
    r"(?i:\b(?:on behalf of|pour le compte (?:de|d')|de la part (?:de|d'))\s*"
    r"(?:(?:our|my|notre|mon)\s+client(?:e)?,?\s+)?)|"
    r"(?i:\b(?:submit|send|sent|forward|forwarded|put|present|presented|introduce|introduced|"
    r"share|shared|pass|passed)\s+(?:your|you|it|him|her|them|the)?\s*"
    r"(?:(?:cv|resume|profile|application|details|notes)\s+)?(?:forward\s+)?to\s+)|"
    r"(?i:\b(?:pr[ée]sent[ée]?e?|transmis|transmets|transmettre|envoy[ée]|soumis|propos[ée])"
    r"\s+(?:votre (?:cv|profil|candidature|dossier)\s+)?(?:[àa]|chez)\s+))"
    # "notre client, les Laboratoires Fenwick": the article is not the name.
    r"(?:(?:les|le|la|the)\s+|l['’](?=[A-ZÀ-Þ]))?"
    # "notre client, la société Ostréa Cosmétiques": nor is what it is.
    r"(?:(?:soci[ée]t[ée]|entreprise|firme|company|firm|groupe|group|enseigne)\s+)?" + _COMPANY_NAME
)
# The same client named by what it does in the process: "feedback from Orwell Dairies on the
# role", "I've spoken to Kestrel Boats about", "un retour de Domaine Vinsobres sur le poste".
_CLIENT_IN_CONTEXT = lazy_compile(
    r"(?:(?i:\b(?:feedback|news|word|an? (?:answer|response|reply)|(?:un |le )?retour)\s+"
    r"(?:back\s+)?(?:from|de|d')\s*)|"
    r"(?i:\b(?:spoken|spoke|talked|talking|been in touch|caught up)\s+(?:to|with)\s+)|"
    r"(?i:\b(?:phone screen|phone interview|call|interview|meeting|video call|"
    r"entretien|rendez-vous|rdv)\s+(?:with|avec|chez)\s+))"
    + _COMPANY_NAME
    + r"(?=\s+(?i:on|about|regarding|re|for|sur|concernant|pour|au sujet|tomorrow|demain)\b)"
)
# What an agency's own name says it is: "Copperfield Resourcing", "Alizarine Recrutement",
# "Halden Search", "Brook Staffing", "Vantis RH".
_AGENCY_NAME = lazy_compile(
    r"\b(?:recruitment|recrutement|recruiting|talents?|search|staffing|resourcing|interim|"
    r"executive|headhunters?|placements?|rh|hr|emploi|jobs|careers)\b"
)

_TEAM_SUFFIX = lazy_compile(
    r"(?<![&+])(?:\s+(?:Graduate|Campus|Early Careers|Corporate))?"
    r"\s+(?:Recruitment|Recruiting|Recrutement|Careers|Carri[èe]res|Talent|Talents|Hiring|Jobs|"
    r"People|HR|Talent Acquisition|Human Resources|Ressources Humaines|People Operations|"
    r"Candidate Experience|Early Careers|Graduate Careers|Campus)"
    r"(?:\s+(?:Team|[Cc]rew|Coordination|Operations|Ops|Office|Community|Network))?$|"
    r"\s+(?:[Cc]rew|[Gg]ang|[Ff]olks)$"
)


# A team's signature that names its company: "L'équipe RH de Quadrant", "The Zephyr Apps Talent
# Team", "L'équipe Recrutement Orange Business", "Recrutement Groupe Solaris", "— Harbor Freight".
_TEAM_SIGNATURES = tuple(
    lazy_compile(pattern)
    for pattern in (
        r"(?:[ée]quipe|[ÉE]quipe|[Ss]ervice|[Tt]eam|[Dd][ée]partement|[Dd]irection)"
        r"(?:\s+(?:[Rr]ecrutement|RH|[Tt]alents?|[Rr]essources [Hh]umaines|[Rr]ecruiting|"
        r"[Tt]alent [Aa]cquisition|[Pp]eople|[Hh]iring|HR|du personnel))?(?:\s+[A-Z][\w-]+)?"
        r"\s+(?:de la |de l'|de |d'|du |chez |at |@ |pour |for )" + _COMPANY_NAME,
        r"^(?:L'|l'|The\s+)?" + _COMPANY_NAME + r"\s+(?:Recruiting|Recruitment|Talent|People|"
        r"Hiring|Careers|Recrutement|Team|team)\b",
        r"(?:[ÉéEe]quipe|[Tt]eam|[Ss]ervice)\s+(?:[Rr]ecrutement|RH|HR|[Tt]alents?|"
        r"[Rr]ecruiting)\s+" + _COMPANY_NAME + "$",
        r"^(?:—\s*|-\s*)?(?:Recrutement|Recruitment|Recruiting|RH|HR|Careers|Talent Acquisition|"
        r"Talents?|Jobs|Team|HR-team|HR-afdeling|Personeelsdienst|Personalabteilung|"
        r"[ÉE]quipe|L'[ée]quipe)\s+"
        r"(?:de |d'|chez |at |@ )?" + _COMPANY_NAME + "$",
        r"^(?:—\s*|-\s*)" + _COMPANY_NAME + r"(?:\s+(?:Recruiting|Recrutement|"
        r"Recruitment|Talent|Hiring|Careers))?$",
        r"^(?:L'|Les |La |Le |The )[\w'-]+ (?:de la |de l'|de |d'|du |des |of the |of |at )"
        + _COMPANY_NAME
        + "$",
    )
)


_OF_COMPANY = lazy_compile(
    r"(?:(?<=^)|(?<=, )|(?<=\| ))(?P<who>[A-Za-zÀ-ÿ][\w'-]*(?: [A-Za-zÀ-ÿ][\w'-]*){0,2}) "
    r"(?:de chez|de|d'|du|from) ?(?P<co>[A-Z0-9À-Þ][^,|]*)$"
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
_FOOTER_LINE = lazy_compile(
    r"^(?:powered by|propulse par|envoye (?:avec|via|par)|sent (?:with|via|by|from)|"
    r"ce message (?:vous )?a ete envoye|this (?:is an automated|message was sent)|"
    r"(?:ceci est un )?message automatique|voir|gerer|suivre|se desinscrire|desinscription|"
    r"find|manage|view|see|(?:help|aide)$|unsubscribe|politique|privacy (?:policy|notice)|"
    r"se desabonner|desabonnement|modifier|supprimer|"
    r"cet? (?:e-?mail|message|courriel) (?:est|a ete) (?:genere|envoye)|"
    r"application status|"
    r"statut|invitation from|invitation de|joining info|organi[sz]e[rd]|you are receiving|"
    r"vous recevez|mentions legales|terms (?:of|and)|conditions generales|connectez|log in|"
    r"sign in|registered (?:in|office|society|company|charity|no\b)|"
    r"company (?:no|number|registration)|rcs\b|siret|siren|vat (?:no|number|reg)|tva intracom|"
    r"n° tva|au capital)\b"
)
_PLATFORM_ANYWHERE = lazy_compile(
    r"\b(?:welcome to the jungle|workday|greenhouse|lever|indeed|linkedin|smartrecruiters|"
    r"teamtailor|taleo|hellowork|jobteaser|ashby|recruitee|flatchr|workable|jobvite|icims|"
    r"successfactors|personio|google calendar|outlook)\b"
)
_DESCRIPTOR_HEAD = lazy_compile(
    r"^(?:agence|cabinet|expertise|avocats?|association|societe|entreprise|bureau|studio|"
    r"conseil|reseau|groupe|startup|scale-up|law firm|agency|firm|recruitment agency|"
    r"digital agency|consultancy)\b"
)
# Cities of several words are written with "_" between them ("la_rochelle"): "la", "new" or
# "san" alone are no city.
_CITY_WORDS = """
    paris marseille lyon toulouse nice nantes montpellier strasbourg bordeaux lille rennes
    reims toulon grenoble dijon angers nimes clermont-ferrand aix-en-provence brest tours
    amiens limoges annecy perpignan metz besancon orleans rouen mulhouse caen nancy
    argenteuil roubaix tourcoing avignon poitiers pau la_rochelle calais cannes antibes
    colmar quimper vannes lorient saint-malo saint-brieuc laval le_mans cholet niort
    bayonne valence chambery troyes lannion morlaix concarneau roscoff caudan cesson-sevigne
    saint-nazaire la_defense boulogne-billancourt nanterre versailles levallois-perret
    london manchester birmingham leeds glasgow edinburgh liverpool bristol sheffield
    cardiff belfast newcastle nottingham leicester oxford cambridge solihull reading
    brighton dublin cork berlin munich hamburg amsterdam rotterdam brussels bruxelles
    geneve geneva lausanne zurich luxembourg madrid barcelona lisbon lisbonne milan rome
    new_york san_francisco boston chicago seattle austin toronto montreal remote
    """
_CITIES = frozenset(city.replace("_", " ") for city in _CITY_WORDS.split()) | {"aix en provence"}


# What a firm's members are, under its name: a profession and where it is admitted.
_PROFESSION_LINE = lazy_compile(
    r"^(?:avocats?|notaires?|huissiers?(?: de justice)?|commissaires? de justice|"
    r"experts?[- ]comptables?|solicitors?|barristers?|attorneys?)"
    r"(?:\s+(?:associ[ée]e?s|au barreau\b.*|[àa] la cour\b.*|inscrits?\b.*|at law))?$"
)


@functools.lru_cache(maxsize=1024)
def _not_a_company_line(line: str) -> bool:
    if is_footer(line.strip()):
        return True  # "Accept | Tentative | Decline", "Reply on Indeed · Report this message"
    folded = fold(line).strip(" .,;:-–—|")
    if _DELEGATION.match(folded):
        return True  # "Pour le Président du Conseil départemental,"
    if _FOOTER_LINE.match(folded) or _PLATFORM_ANYWHERE.search(folded):
        return True
    if _town_and_state(line):
        return True  # "Madison, WI", "Ames, Iowa"
    if _MAYOR_OF.match(line.strip()):
        return True  # "Maire de Montaigu-les-Bois": the town hall is read from it apart
    bracketed = re.fullmatch(r"[A-ZÀ-Þ][\w' -]+\s*\(([^()]+)\)", line.strip())
    if bracketed and _place(bracketed.group(1)):
        return True  # "Lévis (Québec)", "Nyon (Vaud)": a town and its province
    place = re.sub(r"\s*[,(-].*$", "", folded).strip()
    if place in _CITIES or re.sub(r"^\d{5}\s+", "", folded) in _CITIES:
        return True
    towns = [t for t in re.split(r"\s*[|,/•·]\s*|\s+[-–—]\s+", line) if t.strip()]
    single = all(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'-]+", t.strip()) for t in towns)
    if len(towns) >= 2 and single and sum(_place(t) for t in towns) >= len(towns) - 1:
        return True  # "Galway | Dublin | Lyon"
    if _PROFESSION_LINE.match(folded):
        return True  # "Avocats au Barreau de Paris", "Notaires associés", "Avocats à la Cour"
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


_ADDRESS_WORDS = lazy_compile(
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
    if any(_LEGAL_FORM.fullmatch(word) for word in line.split()[1:]):
        return None  # "Atelier Jurassien de Haute Horlogerie Sàrl": a company says what it is
    rest = replace(parts, signature=parts.signature[number + 1 :])
    later = _signature_company(rest, recruiter_line, recruiter)
    if not later or later == cleaned or _wrong_form(later, "line"):
        return None  # "Groupe Ménard-Sorel" over "Direction des Achats – Site de Chalon"
    return later if _line_company(below, later) else None


def _named_first(piece: str, names: set[str], alone: bool = False) -> bool:
    """A line's first piece that names a company by itself: two words or more, a company's word
    or a name in capitals ("INTERIMA"), or one word when what follows is its branch; not a title,
    a team, a department or the signer."""
    cleaned = _clean_company(piece)
    if not cleaned or _is_title(cleaned) or _is_team(cleaned) or _wrong_form(cleaned, "line"):
        return False
    folded = fold(cleaned)
    # "Delorme Immobilier" signed by Philippe Delorme: the family's business, not the signer
    if _TEAM_WORDS.search(folded) or (
        names and set(folded.split()) & names and not _company_shaped(cleaned)
    ):
        return False
    if looks_like_person(cleaned) and is_first_name(folded.split()[0]):
        return False
    words = cleaned.split()
    if alone and len(words) == 1 and not is_first_name(folded) and not _place(cleaned):
        return len(cleaned) >= 3
    return len(words) >= 2 or (cleaned.isupper() and len(cleaned) >= 4)


def _qualifier(piece: str) -> bool:
    """What follows a company's name on its line and never names it: a site or a branch ("Paris
    Branch", "Agence Lyon Est"), a trade ("Vins & Spiritueux"), a description in common words
    ("Lycée privé sous contrat"), the partners of a practice ("Dr Ferrand & Dr Oudin")."""
    folded = fold(piece).strip()
    if not folded or _site(piece) or _place(piece) or _CONTACT_LINE.search(piece):
        return True
    if _ADDRESS_HEAD.match(folded):
        return True  # "ZA des Garrigues", "Immeuble Le Cristal": where it is
    if re.match(
        r"^(?:agence|agency|branch|office|bureau|site|campus|magasin|store|etablissement|"
        r"succursale|entrepot|filiale|usine)\b",
        folded,
    ):
        return True
    if re.search(r"\b(?:branch|office|agency|site|campus|store|head office|hq)$", folded):
        return True
    if re.search(r"\b(?:Dr|Docteur|Me|Ma[îi]tre)\.?\s+[A-ZÀ-Þ]", piece):
        return True
    if re.search(r"\b(?:depuis|since|est\.|established|founded|fondee? en)\s+\d{4}\b", folded):
        return True  # "Joaillerie depuis 1921": what it does and since when
    if re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+\s+(?:&|et|and)\s+[A-ZÀ-Þ][\w'’-]+", piece.strip()):
        return True  # a trade: "Vins & Spiritueux", "Construction & Trades"
    if re.match(r"^(?:avocats?|conseil en|expertise|cabinet d[e'u]|specialiste)\b", folded):
        return True  # "Avocats au Barreau de Lyon", "Conseil en recrutement de dirigeants"
    words = [w for w in piece.split()[1:] if not _SMALL_WORD.fullmatch(w)]
    return len(words) >= 2 and all(w[:1].islower() for w in words)


# A firm named after its partners: "Delorme, Besson & Kahn Avocats", "Cabinet Favier, Lenoir &
# Associés": the comma joins names, it does not end the company's.
_PARTNERS_TAIL = lazy_compile(r"^[A-ZÀ-Þ][\w'’-]+\s+(?:&|et|and)\s+[A-ZÀ-Þ]")
_PARTNER_HEAD = lazy_compile(r"^(?:(?:Cabinet|SCP|Étude|Etude|Selarl|SELARL)\s+)?[A-ZÀ-Þ][\w'’-]+$")


def _firm_names(pieces: list[str]) -> list[str]:
    """A line's pieces, with the names of a firm's partners put back together."""
    merged: list[str] = []
    for piece in pieces:
        if (
            merged
            and _PARTNERS_TAIL.match(piece)
            and _PARTNER_HEAD.match(merged[-1])
            and not _is_title(merged[-1])
            and not looks_like_person(merged[-1])
            and not is_first_name(fold(merged[-1].split()[-1]))
            and not _TEAM_WORDS.match(fold(piece))
            and not _PLAIN_WORDS.fullmatch(fold(piece.split()[0]))
        ):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return merged


def _plain_place(piece: str, region: bool = False) -> bool:
    """A piece that reads as where, in names only: "Serre Chevalier", "Boutique Saint-Honoré",
    "La Valentine"; not a title, a team, a company's word or a contact. A region after its
    town may join its names with small words ("Vallée de Joux")."""
    words = piece.split()
    if not words or len(words) > 4 or _CONTACT_LINE.search(piece):
        return False
    if _is_title(piece) or _is_team(piece) or _TEAM_WORDS.search(fold(piece)):
        return False
    if _place(piece):
        return True
    body = (
        words[1:]
        if _SITE_HEAD.match(fold(piece))
        or fold(words[0]) in ("la", "le", "les", "boutique", "shop", "showroom")
        else words
    )
    if region:
        body = [w for w in body if not _SMALL_WORD.fullmatch(w)]
    # The site's own word ("Boutique", "Agence") says what the place is, not a company.
    return bool(body) and all(w[:1].isupper() for w in body) and not _company_shaped(" ".join(body))


def _company_shaped(name: str) -> bool:
    """A name that says it is a company: a company's word ("Groupe", "Conseil", "Hotels"), a
    legal form, or names joined by "&"."""
    folded = fold(name)
    return bool(
        _COMPANY_WORDS.search(folded)
        or re.search(rf"\b{_BUSINESS_KIND}\b", folded)
        or "&" in name
        or any(_LEGAL_FORM.fullmatch(w) for w in name.split())
    )


def _line_company(line: str, company: str) -> bool:
    return alnum(company) in alnum(line)


# "Calle de Serrano 88", "Via Monte Brè 12", "Route de Mons 80": a street named before its
# number, on a line that also gives the postcode.
_STREET_THEN_NUMBER = lazy_compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|d[aeiou]s?|de[il]|della|delle|degli|la|le|"
    r"los|las|van|von|der|d'\w+))+\s+\d{1,4}[a-z]?$"
)


def _signature_company(
    parts: MessageParts, recruiter_line: str | None, recruiter: str | None
) -> str | None:
    names = set(fold(recruiter or "").split())
    for line in parts.signature[:8]:
        behalf = _PLATFORM_FOR.search(line)
        if behalf and (cleaned := _clean_company(behalf.group("co"))):
            return cleaned
    if names and parts.signature:
        # "Julie Roy, CRHA": the signer's letters are no company.
        signed = [
            _POST_NOMINAL.sub("", line) if set(fold(line).split()[:1]) & names else line
            for line in parts.signature[:8]
        ]
        parts = replace(parts, signature=(*signed, *parts.signature[8:]))
    # A public employment service is a board when it notifies, an employer when its adviser
    # signs with a title above its agency ("Conseillère à l'emploi" / "France Travail – agence
    # de Vénissieux").
    titled = any(_is_title(line.split(",")[0]) for line in parts.signature[:4])
    for line in parts.signature[:8] if titled else ():
        if service := _EMPLOYMENT_SERVICE.match(line.strip()):
            return service.group("co")
    lines = [
        (number, line)
        for number, line in enumerate(parts.signature[:8])
        if not (names and set(re.findall(r"[\w'-]+", fold(line))) <= names)
        and not _not_a_company_line(line)
    ]
    for number, line in lines:
        if _CONTACT_LINE.search(line) and not re.search(r"\s[|–—@]\s|\s(?:at|chez)\s", line):
            # "Fromagerie Delaunay, 8 rue du Marché, Annecy", "Brasserie du Cormoran - 4 quai
            # des Chartrons": the name, then where it is.
            pieces = re.split(r"\s+[-–—]\s+|,\s+", line)
            first = _clean_company(pieces[0]) if len(pieces) >= 2 else None
            if (
                first
                and not _CONTACT_LINE.search(pieces[0])
                and not pieces[0][:1].isdigit()
                and _named_first(pieces[0], names)
                and all(map(_qualifier, pieces[1:]))
            ):
                return first
            continue
        before = re.sub(r"\s*\(([^()]{2,60})\)\s*$", "", line)
        if before != line and _is_title(before):
            continue  # "Infirmière coordinatrice (IDEC)": a title and its initials
        line = re.sub(r"\s*\(([^()]{2,60})\)\s*$", r" | \1", line)  # "Tom (Brightpath)"
        line = _OF_COMPANY.sub(_of_company, line)
        pieces = _firm_names(re.split(r"\s+[|•·–—@-]\s+|\s+(?:at|chez|@)\s+|,\s+", line))
        headed = _is_title(pieces[0]) or _is_team(pieces[0])
        if len(pieces) >= 2 and headed and not _CONTACT_LINE.search(pieces[-1]):
            # "Consultante, Talent Hunter": after a title comes the company; "Hiring Manager –
            # Planning", "Regional HR Manager – France" above a company's line: a department or a
            # region, the company is below.
            # Only an address below ("25 Eastcheap, London EC3M 1DE"): no company line.
            later = any(
                n > number
                and not (
                    _CONTACT_LINE.search(other)
                    and (
                        other[:1].isdigit()
                        or _CONTACT_LINE.search(re.split(r",\s|\s[|–—-]\s", other)[0])
                    )
                )
                for n, other in lines
            )
            for piece in pieces[1:]:
                cleaned = _clean_company(piece)
                if not cleaned or re.search(r"\b(?:team|equipe)$", fold(cleaned)):
                    continue
                if later and re.search(r"\b(?:lab|laboratory|laboratoire)$", fold(cleaned)):
                    continue  # "Group Leader, Computational Materials Lab" above its institute
                # "CEO & cofondateur – Fretly": one word after a title, no town's, is a name.
                brand = (
                    _is_title(pieces[0])
                    and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", cleaned)
                    and not _place(cleaned)
                )
                if later and (
                    _wrong_form(cleaned, "line") < 0
                    or _is_team(cleaned)
                    or (_qualifier(cleaned) and not brand)
                ):
                    continue
                if later and not _company_shaped(cleaned):
                    # "Chargé de recrutement – DSI" over "Groupe Delmas-Ferrand": a department
                    # after the title when a line below names a company.
                    rest = replace(parts, signature=parts.signature[number + 1 :])
                    below = _signature_company(rest, recruiter_line, recruiter)
                    if below and _company_shaped(below) and not _wrong_form(below, "line"):
                        return below
                return cleaned
            if later:
                continue
        # "Marlowe Kessler Bank – Paris Branch", "INTERIMA – Agence Lyon Est": the name, then
        # where or what.
        first = _clean_company(pieces[0]) if len(pieces) >= 2 else None
        if first and _named_first(pieces[0], names) and all(map(_qualifier, pieces[1:])):
            return first
        # "Interim'Plus – Agence de Limoges Centre": one word, then its branch.
        # "Sécuriplus – Évry-Courcouronnes": one word, then its town after a dash ("DAF, Sodilor"
        # is a title and its company).
        dashed = bool(re.search(r"\s[–—-]\s", line))
        branch = [
            _place(p) or (dashed and _site(p)) or bool(_SITE_HEAD.match(fold(p)))
            for p in pieces[1:]
        ]
        if first and all(branch) and _named_first(pieces[0], names, alone=True):
            return first
        # "Hôtel Les Écrins – Serre Chevalier", "Maison Aubrac – Boutique Saint-Honoré": a name
        # that says it is a business, then a place or a shop in plain names.
        if (
            first
            and len(pieces) in (2, 3)
            and _company_shaped(first)
            and _named_first(pieces[0], names, alone=True)
            and _plain_place(pieces[1])
            and all(_plain_place(piece, region=True) for piece in pieces[2:])
        ):
            return first
        for index in range(len(pieces) - 1, -1, -1):
            piece = pieces[index]
            if not piece.strip() or _is_title(piece) or _CONTACT_LINE.search(piece):
                continue
            if index and _STREET_THEN_NUMBER.search(piece) and _CONTACT_LINE.search(line):
                continue  # "Clinica Arvena – Via dei Pini 7, 6900 Lugano": its street
            # "Cuisines Lemoine, Vesoul", "Tempora Intérim – Agence de Roissy", "EHPAD Les
            # Tilleuls – Groupe Séréna Santé": after the company's name, where it works or the
            # group it belongs to.
            if (
                index
                and _named_before(pieces[:index], names)
                and (_site(piece) or _PARENT.match(fold(piece)))
            ):
                continue
            if _is_team(piece) or _TEAM_WORDS.fullmatch(fold(piece).strip()):
                continue
            if names and set(fold(piece).split()) <= names:
                continue
            # An agency's recruiter speaking of a client signs above "Harrow & Finch Recruitment".
            agency_name = bool(names) and re.search(r"\b(?:recruitment|recrutement)$", fold(piece))
            if (
                len(pieces) == 1
                and number + 1 < len(lines)
                and _TEAM_WORDS.fullmatch(fold(piece).split()[-1])
                and not _COMPANY_WORDS.search(fold(piece))
                and not (agency_name and _AGENCY_WORK.search(fold(parts.body)))
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
            if number == 0 and (single or (looks_like_person(piece) and len(parts.signature) > 1)):
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
                # "Pinecrest Talent" under Elena is Pinecrest's team.
                if team and names and len(pieces) == 1:
                    agency = agency or re.match(r"\s+(?:Recruitment|Recrutement)$", team.group(0))
                said = fold("\n".join([parts.body, *parts.signature]))
                if team and names and _AGENCY_WORK.search(said):
                    agency = agency or re.match(
                        r"\s+(?:Recruitment|Recrutement|Talents?)$", team.group(0)
                    )
                if team and team.start() > 0 and own and not agency:
                    cleaned = cleaned[: team.start()].strip()
                below = _below_department(parts, number, cleaned, recruiter_line, recruiter)
                return below or cleaned
    # "Recrutement Nuvio" after a signer's name on one line ("Léa – Recrutement Nuvio").
    pieces = [
        piece for _, line in lines for piece in (line, *re.split(r"\s+[|•·–—-]\s+|,\s+", line)[1:])
    ]
    for line in pieces:
        # The longest name a team's words are followed by: "L'équipe Nuage de Lait" is signed
        # by Nuage de Lait, not by the team of "Lait".
        named: list[str] = []
        for pattern in _TEAM_SIGNATURES:
            team = pattern.search(line)
            if team:
                cleaned = _clean_company(team.group("co"))
                suffix = _TEAM_SUFFIX.search(cleaned or "")
                if cleaned and suffix and suffix.start() > 0:
                    cleaned = cleaned[: suffix.start()].strip()
                if not cleaned or _is_title(cleaned) or _is_team(cleaned):
                    continue
                if named and _TEAM_WORDS.fullmatch(fold(cleaned.split()[0])):
                    continue  # "Talents d'Hestia": the team's word again
                named.append(cleaned)
        if named:
            return max(named, key=len)
    return None


_INTRODUCED = lazy_compile(
    r"(?:(?:[Tt]his is|[Ii]t's|I'm|I am|[Jj]e suis|[Cc]'est|[Mm]oi c'est)\s+[A-Z][a-zà-ÿ]+"
    r"(?:\s+[A-Z][a-zà-ÿ]+)?\s+(?:from|at|de|chez|d')|(?:reaching out|writing|contacting you|"
    r"getting in touch) from|I (?:work|recruit) (?:at|for)|[Jj]e (?:travaille|recrute) (?:chez|"
    r"pour)|"
    r"[Jj]e vous (?:contacte|écris) (?:de la part (?:de|du|d')|pour)|"
    r"(?:[Rr]eaching out|[Ww]riting|[Cc]ontacting you) on behalf of)\s*" + _COMPANY_NAME
)


_SIGNED_INLINE = lazy_compile(
    r"[-–—]\s*[A-Z][a-zà-ÿ]+(?:[ \t]+[A-Z][a-zà-ÿ]+)?\s*(?:,|@|from|de|"
    r"chez)\s*" + _COMPANY_NAME + r"\s*$"
)


_RECRUITS = lazy_compile(
    r"(?<![\w'])" + _COMPANY_NAME + r"\s+(?:recrute|recrutent|is hiring|are hiring|recruits)\b"
)


# A public employer is named in full, in lower-case words down to its place: "la Communauté de
# communes du Pays de Bray", "Direction départementale des territoires de la Sarthe".
_PUBLIC_NAMED = lazy_compile(
    # Its kind in capitals or not ("Centre de Gestion", "Conseil Départemental").
    r"(?P<co>(?=[A-ZÀ-Þ])(?i:Communaut[ée]|Ville|Mairie|Centre hospitalier|Centre communal|"
    # Quebec's health and social services: "Centre intégré (universitaire) de santé et de …".
    r"Centre int[ée]gr[ée]|"
    r"Direction (?:d[ée]partementale|r[ée]gionale|interd[ée]partementale)|Conseil "
    r"(?:d[ée]partemental|r[ée]gional)|M[ée]tropole|Commune|Syndicat (?:mixte|intercommunal)|"
    r"Pr[ée]fecture|Rectorat|Centre de gestion|Agglom[ée]ration|Caisse primaire|Office public)"
    r"(?:[ \t]+[a-zà-ÿ'-]+){0,8}?[ \t]+(?:de la|de l'|du|des|de|d')[ \t]*[A-ZÀ-Þ][\w'-]*"
    r"(?:[ \t]+(?:de la|de l'|du|des|de|d'|en|sur|et)[ \t]*[A-ZÀ-Þ][\w'-]*|[ \t]+[A-ZÀ-Þ][\w'-]*)*)"
)
# A job board's update names the employer as the subject: "Serrurerie Marchetti a examiné votre
# candidature", "Castellane Group has reviewed your application".
_REVIEWED = lazy_compile(
    r"(?m:^|[.!] )" + _COMPANY_NAME + r"\s+(?:a (?:examin[ée]|consult[ée]|vu|re[çc]u)|"
    r"(?:has )?(?:reviewed|viewed|received)) (?:votre|your) (?:candidature|application)"
)


# A message that opens by saying who writes and from where: "c'est Sylvie de la Brasserie du
# Port", "c Karima de l'agence Pro Intérim Nord", "Fabrice des Transports Guérin.", "Marine de
# TalentUp ici", "c Enzo, pizzeria Bella Vista", "ici Nadège de chez Galeries Bréval", "this is
# Tom from Harbour Kitchens". The writer is a known first name (and a surname); the business
# follows, after what it is in lower case ("du cabinet", "de la boulangerie").
_BUSINESS_KIND = (
    r"(?:agence|cabinet|boulangerie|p[âa]tisserie|camping|brasserie|bistrot|bistro|restaurant|"
    r"resto|pizzeria|cr[êe]perie|h[ôo]tel|garage|salon|magasin|boutique|soci[ée]t[ée]|"
    r"entreprise|bar|caf[ée]|ferme|domaine|clinique|pharmacie|[ée]cole|cr[èe]che|association|"
    r"librairie|fromagerie|boucherie|[ée]picerie|traiteur|atelier|institut|imprimerie|"
    r"menuiserie|entreprise|team|carrosserie|poissonnerie|charcuterie|ma[çc]onnerie|plomberie|"
    r"serrurerie|verrerie|fonderie|scierie|quincaillerie|jardinerie|cordonnerie|bijouterie|"
    r"horlogerie|auto-[ée]cole|auberge|relais|taverne|chalet)"
)
_SELF_INTRO = lazy_compile(
    # "Gaëlle Le Goff", "Mike Delgado with Ironclad Concrete"
    r"(?P<n>[A-Za-zÀ-ÿ][a-zà-ÿ'-]+(?:\s+(?!(?:de|du|des|from)\b)(?:(?:Le|La|Van|Von|Mac|Mc|Di|Da|"
    r"Del|O')\s?)?(?:[A-ZÀ-Þ][a-zà-ÿ'-]+|[A-ZÀ-Þ]{2,}))?)"
    r"(?:\s+(?P<of>de chez|de l'|de la|du|des|de|d'|from|at|with)\s*|(?P<comma>\s*,\s+)|"
    r"(?P<paren>\s*\(\s*)|\s+(?=(?i:" + _BUSINESS_KIND + r")\s+[A-ZÀ-Þ]))"
    r"(?P<kind>(?i:" + _BUSINESS_KIND + r")\s+)?"
    # "la pizzeria da Enzo": a particle before the name
    r"(?P<co>(?:(?<=[a-z]\s)(?:da|di|del|della|dal|do|dos|du|des|le|la|les)\s+)?"
    r"[A-ZÀ-Þ0-9][\w&'’-]*(?:\s+(?:(?:de la|de l'|du|des|de|d'|la|le|les|et|&|of|the|and)"
    r"\s*)?[A-ZÀ-Þ0-9][\w&'’-]*)*|(?<=\s)(?:du|de la|de l'|des|de|d')\s*[a-zà-ÿ][\w'’-]+"
    r"(?:\s+[a-zà-ÿ][\w'’-]+)?(?=[\s.,!]|$))"
)
_GENERIC_KIND = lazy_compile(r"agence|cabinet|societe|entreprise|team|association|institut")
_INTRO_MARK = lazy_compile(
    r"(?i:c'est|c est|c|ici|moi c'est|this is|it's|its|it is|here's|heres)\s+$"
)


def _without_town(name: str) -> str:
    """An agency's name without its branch's town: "Tempo Plus Evry", "Tempo Intérim Nantes"."""
    words = name.split()
    if len(words) >= 3 and _place(words[-1]) and not _place(" ".join(words[:-1])):
        return " ".join(words[:-1])
    return name


def _self_intro(text: str) -> tuple[str, str, str] | None:
    """The writer, the business and the words, when the message opens by introducing itself."""
    head = text[:200]
    starts = [0, *(m.end() for m in re.finditer(r"\s+", head))]
    for start in starts:
        match = _SELF_INTRO.match(head, start)
        if not match:
            continue
        name = match.group("n")
        before = head[:start]
        marked = bool(_INTRO_MARK.search(before))
        # "it's Dom from Smokey Joe's": after "c'est", "it's", a capitalised word is the writer.
        unknown = not is_first_name(fold(name.split()[0]))
        if unknown and not (marked and name[:1].isupper()):
            continue
        human = looks_like_person(name) if " " in name else not _SMALL_WORD.fullmatch(name)
        if unknown and not human:
            continue  # "ici Au Jardin de Margot": a shop, not its writer
        if match.group("paren") and not (marked and text[match.end() :].lstrip()[:1] == ")"):
            continue  # "c'est Patrick (Ferme des Grands Prés)": the business in brackets
        opens = not before.strip() or before.rstrip()[-1] in ".!,;:"
        after = text[match.end() : match.end() + 6]
        if not marked and not (opens and (re.match(r"\s+ici\b", after) or start <= 60)):
            continue
        if not marked and match.group("comma"):
            continue  # "Bonjour Paul, Merci …": a greeting, not an introduction
        kind, company = match.group("kind"), match.group("co")
        if company[:1].islower():
            if not kind:
                continue
            company = " ".join(
                w
                if w in ("du", "de", "des", "la", "l'", "d'", "da", "di", "del", "della", "dal")
                else w[:1].upper() + w[1:]
                for w in f"{kind.strip()} {company}".split()
            ).replace("De L' ", "de l'")
        elif (
            kind
            and (
                match.group("comma")
                or (kind[:1].isupper() and not _GENERIC_KIND.match(fold(kind)))
                # "c Patrick Garnier de la boulangerie Garnier": the trade named after its owner
                or set(fold(company).split()) <= set(fold(name).split())
                or not company[:1].isupper()
            )
        ):
            # "c Enzo, pizzeria Bella Vista", "c'est Fabrice du Garage Moreau": the trade is
            # part of the name as written; a generic "l'agence", "la société" is not.
            company = kind.strip()[:1].upper() + kind.strip()[1:] + " " + company
        cleaned = _clean_company(company)
        if not cleaned:
            continue
        cleaned = _without_town(cleaned)
        words = cleaned.split()
        if len(words) == 2 and is_first_name(fold(words[0])) and not kind:
            continue  # "c'est Marie de Julie Martin": two people
        person = " ".join(w[:1].upper() + w[1:] for w in name.split())
        return person, cleaned, match.group(0).strip(" ,.;:!")
    return None


# A note typed without capitals or in a hurry: "c sonia d actimission.", "salut c'est ines de
# chez proxima, …", "Jodie here from Redpath Recruitment 😊". The writer is a known first name;
# the business, up to three words, ends the clause.
_CASUAL_INTRO = lazy_compile(
    r"(?:\b(?:c'est|c est|c|ici|moi c'est|this is|it's|its)\s+(?P<n>[a-zà-ÿ][a-zà-ÿ-]+)\s+"
    r"(?:de chez|de la|de l'|du|de|d'|d|from|chez)\s*"
    r"(?P<co>[a-zà-ÿ0-9][\w'’&-]*(?:\s+[a-zà-ÿ0-9][\w'’&-]*){0,2}?)|"
    r"\b(?P<n2>[A-ZÀ-Þ][a-zà-ÿ-]+)\s+here\s+(?:from|at)\s+"
    r"(?P<co2>[A-ZÀ-Þ0-9][\w'’&-]*(?:\s+[A-ZÀ-Þ0-9][\w'’&-]*){0,3}?))"
    r"(?=\s*(?:[^\w\s'’&-]|$))"
)


def _casual_intro(text: str) -> tuple[str, str, str] | None:
    """The writer, the business and the words of a casual note's introduction."""
    match = _CASUAL_INTRO.search(text[:200])
    if not match:
        return None
    name, company = match.group("n") or match.group("n2"), match.group("co") or match.group("co2")
    if not is_first_name(fold(name)) or _SMALL_WORD.fullmatch(company.split()[0]):
        return None
    company = " ".join(w[:1].upper() + w[1:] for w in company.split())
    cleaned = _clean_company(company)
    if not cleaned or _wrong_form(cleaned, "text") or _is_team(cleaned):
        return None
    return name[:1].upper() + name[1:], cleaned, match.group(0)


# A job board's notice of a message names its sender, the employer: "New message from The Copper
# Pot", "Message from Crumb & Crust via Indeed", "Nouveau message de Boulangerie Hamel sur
# HelloWork", "Garage Pinel vous a envoyé un message", "Fenwick Labs sent you a message".
_BOARD_MESSAGE = lazy_compile(
    r"^[ \t]*(?:(?i:(?:(?:new|nouveau|un nouveau) )?(?:message|r[ée]ponse|reply) (?:from|de|d'))"
    r"[ \t]*"
    + _COMPANY_NAME
    + r"(?:[ \t]+(?:via|on|sur|through)[ \t]+[\w ]{2,30})?[ \t]*[.!:]?$|"
    # A name that opens the line may hold "à": "Fabrique à Lunettes t'invite à un entretien".
    + _COMPANY_NAME.replace("?P<co>", "?P<sender>").replace("|la)){0,4}", "|la|à|aux)){0,4}")
    + r"[ \t]+(?:vous a (?:envoy[ée]|[ée]crit|r[ée]pondu)|sent you a message|"
    r"has sent you a message|replied to you|messaged you|(?:vous|t') ?invite|"
    r"(?:has |have )?invited you|invites you|(?:vous a|t'a) (?:envoy[ée]|invit[ée])|"
    r"(?:has|have) decided not to|a d[ée]cid[ée] de ne pas)\b)",
    re.M,
)
# A company's legal line in a footer: "Keystone Recruitment Ltd · Registered in England No. …",
# "Maréchal Logistique SAS au capital de 50 000 €", "Fenwick Labs Limited, registered office …".
_LEGAL_LINE = lazy_compile(
    r"(?m:^)[ \t]*"
    + _COMPANY_NAME
    + r"[ \t]*(?:Ltd\.?|Limited|LLP|plc|SAS|SASU|SARL|SA|GmbH|AG|BV|"
    r"Inc\.?)?[ \t]*[·•|,–—-]?[ \t]*(?i:registered (?:in|office|society|company)|"
    r"company (?:no|number|registered)|au capital (?:social )?de|RCS|SIRET|SIREN|"
    r"is a (?:company|trading name) )"
)


@functools.lru_cache(maxsize=64)
def _text_companies(text: str) -> tuple[tuple[str, str], ...]:
    """Every company the text names, with its words, the likeliest first: a job board's notice of
    a message from it, a name signed at the end ("— Marc, Lumen"), one the writer introduces
    ("I'm Ann from Corvus"), then each mention ("chez X", "rejoindre X", "the X Talent Team",
    "on behalf of X"), and its legal line in a footer."""
    found: list[tuple[str, str]] = []
    if card := _board_card(text):
        found.append(card)
    board = _BOARD_MESSAGE.search(text[:400])
    cleaned = _clean_company(board.group("co") or board.group("sender") or "") if board else None
    # The sender a board names is the employer, not one of its people ("Marie Dupont vous a
    # envoyé un message").
    person = cleaned is not None and is_first_name(fold(cleaned.split()[0]))
    if board and cleaned and not _wrong_form(cleaned, "text") and not person:
        found.append((cleaned, board.group(0).strip()))
    signed = _SIGNED_INLINE.search(text.rstrip(" .!"))
    if signed and (cleaned := _clean_company(signed.group("co"))):
        found.append((cleaned, signed.group(0)))
    if intro := _self_intro(text) or _casual_intro(text):
        found.append((intro[1], intro[2]))
    introduced = _INTRODUCED.search(text)
    if introduced and (cleaned := _clean_company(introduced.group("co"))):
        found.append((cleaned, introduced.group(0)))
    for match in _PUBLIC_NAMED.finditer(text):
        if cleaned := _clean_company(match.group("co")):
            found.append((cleaned, match.group(0)))
    for match in _REVIEWED.finditer(text):
        if (cleaned := _clean_company(match.group("co"))) and not _wrong_form(cleaned, "text"):
            found.append((cleaned, match.group(0)))
    for match in _RECRUITS.finditer(text):
        if (cleaned := _clean_company(match.group("co"))) and not _wrong_form(cleaned, "text"):
            found.append((cleaned, match.group(0)))
    for match in _COMPANY_IN_TEXT.finditer(text):
        word = match.group(0).split()[0].lower()
        cleaned = _clean_company(match.group("co"))
        if not cleaned:
            continue
        if word != "at" and _ROLE_AT.match(text, match.end()):
            continue  # "applying to Delivery Driver at Crumb & Crust": a role, then its company
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
            named = [w for w in cleaned.split() if not _SMALL_WORD.fullmatch(w)]
            if len(named) > 3 or not re.match(r"^[A-Z][a-zA-Z]", cleaned):
                continue
            if re.match(r"^(?:\d|[AP]M\b|Our\b|Your\b|This\b|The\b)", cleaned):
                continue
        found.append((cleaned, match.group(0)))
    if (shop := _SHOP_HERE.search(text[:300])) and (cleaned := _clean_company(shop.group("co"))):
        found.append((cleaned, shop.group(0)))
    ahead = _SENDER_AHEAD.match(text.lstrip())
    cleaned = _clean_company(ahead.group("co")) if ahead else None
    if ahead and cleaned and not looks_like_person(cleaned) and not _wrong_form(cleaned, "text"):
        found.append((_without_town(cleaned), ahead.group(0)))
    for match in _TRADE_NAMED.finditer(text):
        kind = match.group("kind")
        name = f"{kind} {match.group('co')}" if kind[:1].isupper() else match.group("co")
        cleaned = _clean_company(name)
        if cleaned and not _wrong_form(cleaned, "text") and not _place(match.group("co")):
            found.append((cleaned, match.group(0)))
    for match in _OUR_PREMISES.finditer(text):
        line = match.group("co").strip()
        cleaned = _clean_company(line)
        if cleaned and not _CONTACT_LINE.search(line) and not _wrong_form(cleaned, "text"):
            found.append((cleaned, match.group(0).strip()))
    for match in _LEGAL_LINE.finditer(text):
        if (cleaned := _clean_company(match.group("co"))) and not _wrong_form(cleaned, "text"):
            found.append((cleaned, match.group(0).strip()))
    return tuple(found)


# Where a letter gives its own address for the interview: "dans nos locaux :" over "Menuiseries
# Industrielles du Berry", "at our offices:" over "Harbury Tools Ltd".
_OUR_PREMISES = lazy_compile(
    r"(?i:dans nos locaux|[àa] l'adresse suivante|en nos locaux|at our (?:offices?|premises)|"
    r"at the following address)\s*:?[ \t]*\n+[ \t]*(?P<co>[^\n]{3,70})"
)
# A business named by its trade: "la boutique Tierra Azul", "du Garage Moreau", "au restaurant Le
# Galopin": the name as written, its trade kept when written with a capital.
_TRADE_NAMED = lazy_compile(
    r"\b(?:de la|de l'|du|des|chez|au|aux|[àa] la|[àa] l'|la|le|l')[ \t]?"
    r"(?P<kind>(?i:"
    + _BUSINESS_KIND
    + r"))[ \t]+(?P<co>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de la|de l'|"
    r"du|des|de|d'|la|le|les|et|&)[ \t]*)?[A-ZÀ-Þ][\w'’-]+){0,3})"
)
# A text message that opens with its sender's name: "Interim'Ouest : Bonjour, votre CV est bien
# arrivé", "Tempo Intérim Nantes : Bonjour Kevin".
_SENDER_AHEAD = lazy_compile(
    r"^(?P<co>[A-ZÀ-Þ][\w'’&.-]*(?:[ \t]+[A-ZÀ-Þ0-9][\w'’&.-]*){0,3})[ \t]?:[ \t]+"
    r"(?i:bonjour|bonsoir|hello|hi|salut|dear|madame|monsieur|votre|your)\b"
)
# A shop that writes as itself: "ici Au Jardin de Margot", "c'est Chez Paulette", "this is The
# Crooked Spoon".
_SHOP_HERE = lazy_compile(
    r"(?i:\bici|\bc'est|\bthis is|\bit's)[ \t]+(?P<co>(?:Au|Aux|Chez|Le|La|Les|L'|The)[ \t]?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de la|de l'|du|des|de|d'|la|le|et|&|of|the)[ \t]*)?"
    r"[A-ZÀ-Þ][\w'’-]+){0,3})"
)
# A job board's card: the role with its terms ("Comptable fournisseurs H/F – CDI – Lille",
# "Warehouse Operative – Nights (£12.60/hr)"), with the employer's line just below or above it
# ("Bramley Fresh Foods – Northampton NN4").
_BOARD_NAMES = lazy_compile(
    r"(?i:\b(?:indeed|hellowork|welcome to the jungle|linkedin|monster|apec|jobteaser|"
    r"meteojob|cadremploi|totaljobs|reed|glassdoor|france travail|jobijoba|keljob)\b)"
)
_ROLE_TERMS = lazy_compile(
    r"(?i:\b[hf] ?/ ?[hf]\b|\((?:h|f|m|w)/(?:h|f|m|w|x|d)(?:/\w)?\)|[–—-]\s*(?:cdi|cdd|int[ée]rim|"
    r"stage|alternance|freelance|permanent|temporary|temp|contract|full[- ]time|part[- ]time)\b|"
    r"[£€$]\s?\d|\d\s?[£€$]|/h(?:r|our|eure)?\b|[a-z]\((?:e|ne|se|le|trice|euse|ère)\))"
)


def _board_card(text: str) -> tuple[str, str] | None:
    """The employer a job board's card names, with its line."""
    lines = [line.strip() for line in text.split("\n")[:14]]
    if not any(_BOARD_NAMES.search(line) for line in lines[:4]):
        return None
    offers = [line for line in lines if _ROLE_TERMS.search(line) and len(line) <= 120]
    if len(offers) != 1:
        return None  # an alert listing several offers names no one employer
    for number, line in enumerate(lines):
        if not _ROLE_TERMS.search(line) or len(line) > 90 or re.search(r"[.!?:]$", line):
            continue
        # The employer and the offer on one line: "Maison Lerebours · Vendeur(se) – Rennes".
        head = line.split(" · ")[0] if " · " in line else ""
        cleaned = _clean_company(head)
        if (
            cleaned
            and not _ROLE_TERMS.search(head)
            and not _BOARD_NAMES.search(head)
            and not _wrong_form(cleaned, "text")
        ):
            return cleaned, line
        for other in (number + 1, number - 1):
            if not 0 <= other < len(lines):
                continue
            near = lines[other]
            if (
                not near
                or len(near) > 70
                or re.search(r"[.!?:;,]$|\s?:\s", near)
                or _ROLE_TERMS.search(near)
            ):
                continue
            head = re.split(r"\s+[–—|·-]\s+", near)[0]
            cleaned = _clean_company(head)
            if (
                cleaned
                and cleaned[:1].isupper()
                and not _BOARD_NAMES.search(near)
                and not _GREETING.match(fold(near))
                and not _wrong_form(cleaned, "text")
                and len(_LOWER_WORDS.findall(head)) <= 1
            ):
                return cleaned, near
        return None
    return None


_LOWER_WORDS = lazy_compile(
    r"(?<![\w'’-])(?!(?:de|des|du|la|le|les|et|en|of|the|and|à)\b)[a-zà-ÿ]{3,}"
)
_ROLE_AT = lazy_compile(r"[ \t]+(?:at|chez|with|@)[ \t]+[A-ZÀ-Þ0-9]")


def _text_company(body: Body) -> tuple[str | None, str | None]:
    found = _text_companies(body.text)
    return found[0] if found else (None, None)


def _spelled(domain: str, texts: list[str]) -> str | None:
    """The words a glued domain name is made of, as the message writes them ("BreizhTech",
    "Lumen Conseil" for "lumenconseil"); None when the text does not support a split."""
    core = alnum(domain)
    if len(core) < 4:
        return None
    for text in texts:
        tokens = list(re.finditer(r"[\w&-]+", text))
        for i, token in enumerate(tokens):
            if not token.group(0)[:1].isupper() or not core.startswith(alnum(token.group(0))[:1]):
                continue
            joined = ""
            end = token.start()
            for last in tokens[i : i + 4]:
                if text[end : last.start()].strip():
                    break  # "Grand Large – Biarritz": a name, then where, is no one name
                end = last.end()
                word = alnum(last.group(0))
                if last.group(0) == "&":
                    # "Bramble & Oak" for "brambleandoak", "Lys & Lin" for "lysetlin"
                    word = next((w for w in ("and", "et") if core[len(joined) :].startswith(w)), "")
                joined += word
                if joined == core:
                    return text[token.start() : last.end()]
                if not core.startswith(joined):
                    break
    return None


# Where a company shows, and how much each place is trusted alone. The signature's own reading
# comes first; a mention in the text next; then a glued domain the text spells out, the
# sender's display name, the domain, another piece of a signature line, the subject.
_TRUST = {
    "client": 9.0,
    "behalf": 6.0,
    "letterhead": 3.5,
    "signature": 3.0,
    "spelled": 3.2,
    "text": 2.5,
    "mention": 1.5,
    "sender": 1.5,
    "domain": 1.4,
    "line": 1.0,
    "subject": 1.0,
    "venue": 1.0,
}
# The places a candidate comes from: two candidates of one place do not confirm each other.
_PLACE = {
    "client": "text",
    "behalf": "signature",
    "letterhead": "letterhead",
    "signature": "signature",
    "line": "signature",
    "spelled": "domain",
    "domain": "domain",
    "text": "text",
    "mention": "text",
    "subject": "subject",
    "venue": "venue",
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
    quebec ontario alberta manitoba saskatchewan nouveau-brunswick nouvelle-ecosse
    colombie-britannique vaud valais fribourg neuchatel tessin ticino wallonie flandre
    """.replace(" ", "\n").split()
) | {
    "grand est",
    "pays de la loire",
    "grand ouest",
    "grand sud",
    "centre-val de loire",
    "sud ouest",
    "british columbia",
    "new brunswick",
    "nova scotia",
}
_SITE_HEAD = lazy_compile(
    r"^(?:campus|site|agence|direction regionale|delegation|antenne|bureau|office|secteur|"
    r"region(?= (?:nord|sud|est|ouest|centre)(?:-est|-ouest)?$)|"
    r"etablissement|usine|plateforme|plateau|magasin|branch|store|agency|succursale|entrepot|filiale|"
    r"centre)\s+(?:de |d'|du |des |of )?"
)
_DIVISION = lazy_compile(
    r"^(?:direction|division|departement|department|fonctions? supports?|support functions?)\b|"
    r"^(?:school|faculty|faculte|ufr)\s+(?:of|de|des|du|d')\b|"
    r"\b(?:division|department|departement|business unit|unit)$"
)
_PLAIN_WORDS = lazy_compile(
    r"(?:communication|design|digital|services?|solutions?|systems|mission|missions|defense|tech|"
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
    r"internationale?|global|europe|france|planning|procurement|purchasing|accounting|"
    r"comptabilite|controle|gestion|audit|tax|fiscalite|payroll|paie|treasury|tresorerie|"
    r"supply|chain|ops|culture|product|produit|customer|care|success|growth|"
    r"communications?|community|platform|infra|infrastructure|backend|frontend|exploitation|"
    r"healthcare|hospitality|pharma|biotech|fintech|accountancy|property|technology)"
)


_ADDRESS_HEAD = lazy_compile(
    r"^(?:tour|tower|immeuble|batiment|building|zone|zi|za|zac|bp|cs|hotel de ville$|"
    r"rue|avenue|boulevard|place|quai|allee|chemin|route|impasse)\b"
)


# What follows a town and keeps it a place: an arrondissement ("Paris 9e"), a postcode ("London
# EC3M 1DE"), a quarter of it ("Perpignan Sud", "Agence de Lyon 8").
_TOWN_TAIL = lazy_compile(
    r"\s+(?:\d{1,2}(?:e|er|eme|ème)?|[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|[a-z]{1,2}\d{1,2}|"
    r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|north|south|east|west|"
    r"central|city)$"
)
_REGION_HEAD = lazy_compile(r"^(?:northern|southern|eastern|western|central|greater)\s+")


# The states of the United States and the provinces and territories of Canada, by their postal
# codes and their names: "Grand Rapids, MI", "Ames, Iowa", "Laval (Québec)" end with one.
_STATE_CODES = frozenset(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY ON QC BC AB MB SK NS NB NL PE YT
    NT NU
    """.split()  # noqa: SIM905
)
_STATE_NAMES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
    new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
    rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington
    west_virginia wisconsin wyoming ontario quebec british_columbia alberta manitoba
    saskatchewan nova_scotia new_brunswick newfoundland prince_edward_island yukon nunavut
    """.replace("_", "~").split()
)
_TOWN_STATE = lazy_compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}(?:,\s*|\s+\()(?P<state>[A-Z]{2}|[A-Z][a-zé]+"
    r"(?:\s+[A-Z][a-z]+){0,2})\)?(?:\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d|\s+\d{5}(?:-\d{4})?)?$"
)


def _drop_where(line: str) -> str:
    """A signature line without the pieces between bars that say where the company is or how to
    reach it: "Pennine Haulage Ltd | Brighouse, West Yorkshire | 01484 000 326"."""
    segments = re.split(r"\s+[|•·]\s+", line)
    if len(segments) < 2:
        return line
    kept = [
        segment
        for segment in segments
        if not (
            (_CONTACT_LINE.search(segment) and not re.search(r"\s@\s", segment))
            or _town_and_state(segment)
            or _place(segment)
            or (
                re.fullmatch(
                    r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*)?, [A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ]"
                    r"[\w'’.-]*)?",
                    segment.strip(),
                )
                and not _COMPANY_WORDS.search(fold(segment))
            )
        )
    ]
    return " | ".join(kept) if kept else line


def _town_and_state(name: str) -> bool:
    """'Grand Rapids, MI', 'Ames, Iowa', 'Toronto, ON M5H 2N2', 'Longueuil (Québec)'."""
    found = _TOWN_STATE.match(name.strip(" .,;:-–—|"))
    if not found:
        return False
    state = found.group("state")
    return state in _STATE_CODES or fold(state).replace(" ", "~") in _STATE_NAMES


@functools.lru_cache(maxsize=1024)
def _place(name: str) -> bool:
    """'Annecy', 'Île-de-France', 'Campus de Bordeaux', 'Agence Rhône-Alpes', 'Paris 9e',
    'Southern Europe', 'Madison, WI': where, not who."""
    if _town_and_state(name) or re.fullmatch(
        r"\d{2,3}\s+[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*", name.strip()
    ):
        return True  # "Madison, WI", "31 Muret" (a département's number, then the town)
    folded = fold(name).strip(" .,;:-–—|()")
    rest = _SITE_HEAD.sub("", folded)
    rest = re.sub(r"^\d{5}\s+|\s+\d{5}$|\s+cedex.*$", "", rest).strip()
    rest = _REGION_HEAD.sub("", _TOWN_TAIL.sub("", rest))
    if rest in _CITIES or rest in _REGIONS or folded in _CITIES or folded in _REGIONS:
        return True
    # "Old Port location", "Canary Wharf office", "Leeds branch": a site named by its place.
    if re.fullmatch(
        r"(?:[A-ZÀ-Þ][\w'-]*\s+){1,3}(?:location|branch|office|store|site|depot)",
        name.strip(" .,;:-–—|()"),
    ):
        return True
    # "Agence de Saint-Herblain", "Site de Val-de-Reuil", "Agence d'Évry": a site and its town,
    # one name after "de".
    site = re.match(r"^\S+\s+(?:de |d['’]|du )", name.strip(" .,;:-–—|()"))
    if (
        site
        and _SITE_HEAD.match(folded)
        and re.fullmatch(
            r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:[A-ZÀ-Þ][a-zà-ÿ]+|sur|sous|en|l[eèé]s|et|aux|la|le|de|du|d'))*",
            name.strip(" .,;:-–—|()")[site.end() :],
        )
    ):
        return True
    # A quarter of a known city: "Marseille Prado", "Lyon Part-Dieu", "Paris La Défense".
    words = name.strip(" .,;:-–—|()").split()
    return (
        1 < len(words) <= 3
        and len(words[0]) >= 4
        and fold(words[0]) in _CITIES
        and all(w[:1].isupper() for w in words[1:])
        and not _COMPANY_WORDS.search(folded)
        and not re.search(rf"\b(?:{_PUBLIC_BODY.pattern}|metropole|agglo\w*)\b", folded)
        and not re.search(rf"\b{_BUSINESS_KIND}\b", folded)
    )


def _named_before(pieces: list[str], names: set[str]) -> bool:
    """Whether a piece before names a company: neither a title, a team, a department nor the
    signer."""
    for piece in pieces:
        cleaned = _clean_company(piece)
        if not cleaned or _is_title(cleaned) or _is_team(cleaned):
            continue
        if names and set(fold(cleaned).split()) <= names:
            continue
        if looks_like_person(cleaned) and is_first_name(fold(cleaned.split()[0])):
            continue
        if len(cleaned.split()) < 2:
            continue  # "DAF, Sodilor", "Ops, Nestwell": a one-word department or title
        if _wrong_form(cleaned, "line") == 0 and not _TEAM_WORDS.search(fold(cleaned)):
            return True
    return False


_PARENT = lazy_compile(r"^(?:groupe|group|association|federation|reseau|fondation)\b")


@functools.lru_cache(maxsize=1024)
def _site(piece: str) -> bool:
    """ "Agence de Massy", "Boutique d'Aix-en-Provence", "Centre de relation client de Poitiers",
    "Sète": where the company works, after its name."""
    folded = fold(piece).strip()
    if _place(piece):
        return True
    site = re.match(
        r"^(?:agence|boutique|magasin|site|centre|campus|bureau|etablissement|usine|antenne|"
        r"plateforme|store|branch|office|restaurant|hotel|succursale|entrepot|filiale)\b.*"
        r"\b(?:de|d'|du|des|of|in)\s*\S",
        folded,
    )
    # A lone capitalised word after a name is a town ("Collège Jean-Moulin – Aurillac").
    town = re.fullmatch(
        r"(?:(?:Le|La|Les|L')\s?)?[A-ZÀ-Þ][a-zà-ÿ'-]+(?:-[A-ZÀ-Þ][a-zà-ÿ'-]+)*"
        r"(?:\s*\(\d+\))?",
        piece.strip(),
    )
    # Not a title ("Architecte – Associée", "Partner – Insurance Practice").
    titled = bool(_TITLE_LAST.search(folded)) or _is_title(piece)
    return bool(site) or (town is not None and not _COMPANY_WORDS.search(folded) and not titled)


# A French département named by its place, an employer ("Département de la Haute-Vienne",
# "Département des Landes"), not a company's department ("Département des Ressources Humaines",
# "Département de la Communication").
_COUNTY = lazy_compile(
    r"D[ée]partement (?:de la |de l'|du |des |de |d')(?P<place>[A-ZÀ-Þ][\w'’-]*)"
)


def _county(name: str) -> bool:
    county = _COUNTY.fullmatch(name.strip())
    place = fold(county.group("place")) if county else ""
    return bool(place) and not (_TEAM_WORDS.search(place) or _PLAIN_WORDS.fullmatch(place))


@functools.lru_cache(maxsize=1024)
def _wrong_form(name: str, source: str) -> float:
    """What a candidate's form costs it: a place, a division, a platform, a title or a team is
    never the company (the signature's own reading has already told titles and teams apart);
    common words alone ("Communication & Design") seldom are."""
    if _PUBLIC_NAMED.fullmatch(name):
        return 0.0  # "Direction départementale des territoires de la Sarthe": an employer
    if source == "signature" and _EMPLOYMENT_SERVICE.fullmatch(name):
        return 0.0  # its adviser's signature: the employer
    folded = fold(name)
    words = [w for w in re.split(r"[\s&,/-]+", folded) if w and not _SMALL_WORD.fullmatch(w)]
    if not words or _place(name) or _platform_line(name) or _not_a_company_line(name):
        return _WRONG_FORM
    if any(w in MONTHS for w in words) and re.search(r"\b(?:19|20)\d\d\b", folded):
        return _WRONG_FORM  # "La Lettre Carrières de Groupe Ostral – Décembre 2026": a title
    if _DIVISION.search(folded) and not _county(name):
        return _WRONG_FORM  # "Robotics & Automation Division", "Direction régionale Ouest"
    if _TEAM_WORDS.fullmatch(folded.strip()) or _ADDRESS_HEAD.match(folded):
        return _WRONG_FORM
    if source != "signature" and (_is_title(name) or _is_team(name)):
        return _WRONG_FORM
    if all(_PLAIN_WORDS.fullmatch(w) for w in words):
        return _COMMON_WORDS_ONLY
    # "Insurance Practice", "Tax Desk": a firm's department.
    desk = len(words) > 1 and re.fullmatch(r"practice|desk", words[-1])
    if desk and all(_PLAIN_WORDS.fullmatch(w) for w in words[:-1]):
        return _WRONG_FORM
    return 0.0


@dataclass
class _Candidate:
    name: str
    source: str
    words: str
    score: float = 0.0


# A team's word ahead of the company's name in a sender's name: "Recrutement Groupe Alvéa",
# "RH Maison Clairval", "Careers at Halden Bank".
_TEAM_AHEAD = lazy_compile(
    r"^(?:Recrutement|Recruitment|Recruiting|RH|HR|Talent Acquisition|Careers|Carri[èe]res|Jobs|"
    r"Emploi|Talents?)(?:\s+(?:de|d'|du|chez|at|@))?\s+(?P<co>[A-ZÀ-Þ].*)$"
)


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
        if is_footer(line.strip()):
            continue
        pieces = _firm_names(re.split(r"\s+[|•·–—@-]\s+|\s+(?:at|chez|@)\s+|,\s+", line))
        for index, piece in enumerate(pieces):
            if not piece.strip() or _CONTACT_LINE.search(piece):
                continue
            if names and set(fold(piece).split()) <= names:
                continue
            if _POST_NOMINAL.fullmatch(" " + piece.strip()):
                continue  # "Kevin Singh, CPA": the signer's letters
            first_name = is_first_name(fold(piece.split()[0]))
            if looks_like_person(piece) and (first_name or (number == 0 and len(pieces) == 1)):
                continue
            cleaned = _clean_company(piece)
            if (cleaned is None or _wrong_form(cleaned, "line")) and (
                named := _named_after_role(piece.strip())
            ):
                found.append(_Candidate(named, "line", line, -0.3 - 0.1 * number))
                continue
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


# What joins a team or a title to the business it names: "L'équipe Bâti'Job", "L'équipe de
# l'agence Vitaljob Intérim", "Responsable du magasin Sport'Evasion", "manager Fresh&Go".
_ROLE_JOIN = lazy_compile(
    r"(?i:de|du|des|d'|l'|la|le|chez|at|of|for|pour|agence|magasin|boutique|restaurant|h[ôo]tel|"
    r"soci[ée]t[ée]|cabinet|entreprise|store|shop|branch)"
)


def _named_after_role(piece: str) -> str | None:
    """The business a team's or a title's words name after them, when they name one."""
    tokens = piece.split()
    for index in range(1, len(tokens)):
        head = tokens[index]
        if not head[:1].isupper():
            continue
        joined = [re.sub(r"^[dlDL]['’]", "", t) for t in tokens[:index]]
        before = fold(joined[-1]) if joined[-1] else ""
        if not (
            _ROLE_JOIN.fullmatch(before)
            or _TEAM_WORDS.fullmatch(before)
            or _TITLE_WORDS.fullmatch(before)
        ):
            continue
        tail = _clean_company(" ".join(tokens[index:]))
        if tail and not _wrong_form(tail, "line") and not is_first_name(fold(tail.split()[0])):
            return tail
    return None


_SMALL_IN_NAME = {"de", "des", "du", "la", "le", "les", "et", "en", "sur", "sous", "d", "l", "of"}


def _unshout(name: str) -> str:
    """'CENTRE HOSPITALIER DE VALMONT-LES-BAINS' -> 'Centre Hospitalier de Valmont-les-Bains'."""
    if not name.isupper():
        return name
    words = []
    tokens = name.split()
    # A French public body's kind is in common words up to its first preposition ("Centre
    # hospitalier de …", "Communauté d'agglomération du …"); its place is a name.
    spaced = [i for i, t in enumerate(tokens) if fold(t) in ("de", "du", "des")]
    common = spaced[0] if spaced and _PUBLIC_BODY.match(fold(tokens[0])) else 0
    for number, word in enumerate(tokens):
        parts = re.split(r"([-'’])", word)
        cased = [
            p.lower()
            if (number or i) and (p.lower() in _SMALL_IN_NAME or number < common)
            else p.capitalize()
            for i, p in enumerate(parts)
        ]
        words.append("".join(cased))
    return " ".join(words)


_GREETING = lazy_compile(
    r"^(?:bonjour|bonsoir|hello|hi|hey|dear|madame|monsieur|cher|chere|salut|coucou|objet|"
    r"subject|re|tr|fwd?|convocation|notification|avis|courrier)\b"
)


_SUBJECT_WORDS = lazy_compile(
    r"\b(?:invitation|application|candidature|interview|entretien|offre|offer|assessment|"
    r"newsletter|confirmation|update|scheme|programme|program|(?:19|20)\d\d)\b"
)


def _letterhead(body: str) -> str | None:
    """A formal letter's letterhead, the body's first line above its department or its subject
    ("CENTRE HOSPITALIER DE VALMONT-LES-BAINS" over "Direction des Ressources Humaines")."""
    lines = [line.strip() for line in body.split("\n")[:7]]
    lines = [line for line in lines if line and not re.match(r"^\[(?:image|logo)\b", line, re.I)]
    if len(lines) < 3:
        return None
    head, below = lines[0], lines[1]
    beside_division = False
    pieces = re.split(r"\s+[|–—-]\s+", head)
    beside = pieces[1] if len(pieces) == 2 else ""
    if beside and (
        _DIVISION.search(fold(beside))
        or _is_team(beside)
        or _site(beside)
        or re.match(r"(?:ufr|iut|pole|service|bureau|faculte|faculty|school)\b", fold(beside))
    ):
        # "Mairie de Saint-Herblain – Direction des ressources humaines": its department beside
        head, below, beside_division = pieces[0], pieces[1], True
    folded = fold(head)
    if _GREETING.match(folded) or re.search(r"[.,;:!?]$", head) or len(head.split()) > 10:
        return None
    if _SUBJECT_WORDS.search(folded):
        return None  # "… Graduate Scheme 2027 – Assessment Centre invitation": a subject
    shouted = head.isupper() and len(head.split()) >= 2
    over_department = bool(
        beside_division
        or _DIVISION.search(fold(below))
        or _is_team(below)
        or _GREETING.match(fold(below))
    )
    public = re.search(rf"\b(?:{_PUBLIC_BODY.pattern})\b", folded) is not None
    # A letterhead's block: the name, what it does, its address ("HÉRAULT & ASSOCIÉS" over
    # "Avocats à la Cour" over "8, avenue de l'Opéra – 75001 Paris").
    addressed = any(_CONTACT_LINE.search(line) for line in lines[1:4])
    organised = public or addressed or _COMPANY_WORDS.search(folded) is not None
    if not ((shouted and (over_department or organised)) or (over_department and public)):
        return None
    name = _clean_company(_unshout(head))
    if not name or _wrong_form(name, "text") or (looks_like_person(name) and not public):
        return None
    return name


def _candidates(
    parts: MessageParts, body: Body, recruiter_line: str | None, recruiter: str | None
) -> list[_Candidate]:
    header = parts.header
    found: list[_Candidate] = []
    if letterhead := _letterhead(parts.body):
        found.append(_Candidate(letterhead, "letterhead", letterhead))
    for line in parts.signature[:8]:
        behalf = _PLATFORM_FOR.search(line)
        if behalf and (cleaned := _clean_company(behalf.group("co"))):
            found.append(_Candidate(cleaned, "behalf", behalf.group(0)))
        if named := _signed_for(line):
            found.append(_Candidate(named, "signature", line))
    if signed := _signature_company(parts, recruiter_line, recruiter):
        board = any(_platform_line(line) for line in parts.signature)
        trust = "line" if board and not _EMPLOYMENT_SERVICE.fullmatch(signed) else "signature"
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
    if name and not looks_like_person(name) and not _CONTACT_LINE.search(name):
        team = _TEAM_SUFFIX.search(name)
        cleaned = _clean_company(name[: team.start()] if team and team.start() else name)
        if (ahead := _TEAM_AHEAD.match(name)) and len(name.split()) > 2:
            cleaned = _clean_company(ahead.group("co"))  # "Recrutement Groupe Alvéa"
        if cleaned:
            found.append(_Candidate(cleaned, "sender", name))
    # A calendar's invitation: its organizer's address, and the place it names before the
    # street ("Where: Harwell Optics, 12 Dock Road").
    sender_email = header.sender_email
    if sender_email is None and (organizer := _ORGANIZER.search(body.text)):
        sender_email = organizer.group("email").lower()
    venue = _VENUE.search(body.text)
    cleaned = _clean_company(venue.group("co")) if venue else None
    if venue and cleaned and not _ONLINE.search(cleaned) and not _CONTACT_LINE.search(cleaned):
        found.append(_Candidate(cleaned, "venue", venue.group(0)))
    domain = _domain_company(sender_email)
    if domain:
        email = sender_email or domain
        if spelled := _spelled(domain, [*parts.signature, body.text, parts.quoted]):
            found.append(_Candidate(spelled, "spelled", spelled))
        found.append(_Candidate(_glued(domain) or domain, "domain", email))
    found.extend(_line_candidates(parts, recruiter))
    found.extend(_client_candidates(parts, body, found))
    for line in parts.signature[:4]:
        if mayor := _MAYOR_OF.match(line.strip()):
            # "Maire de Montaigu-les-Bois" signs: the employer is the town's hall
            found.append(_Candidate(f"Mairie {mayor.group('of')}", "signature", line))
    return found


_MAYOR_OF = lazy_compile(
    r"^(?:Le |La |Madame la |Monsieur le )?(?:Maire|Mairesse)(?: adjointe?)?\s+"
    r"(?P<of>(?:de |du |d['’])[A-ZÀ-Þ][\w'’ -]{1,50})$"
)


_FOR_WHOM = lazy_compile(
    r"^(?i:pour|for)\s+(?:l'|l’|le |la |les |the )?(?P<co>[A-ZÀ-Þ][^,;]*?)[\s,.;]*$"
)


def _signed_for(line: str) -> str | None:
    """A signature signed for an organisation rather than for a title: "Pour l'Association Les
    Semailles", not "Pour le Maire et par délégation" or "Pour le Président du Conseil"."""
    said = _FOR_WHOM.match(line.strip())
    if not said:
        return None
    # "Pour Brico Meuse SA,": a name right after "pour", a comma after it, signs for it too.
    named = line.rstrip().endswith(",") and said.start("co") <= len("pour ")
    if not (_DELEGATION.match(fold(line).strip()) or named):
        return None
    name = _clean_company(said.group("co"))
    if not name or re.search(r"\b(?:delegation|ordre)\b", fold(name)):
        return None
    significant = [w for w in name.split() if not _SMALL_WORD.fullmatch(w)]
    if not all(w[:1].isupper() for w in significant) or len(significant) < (1 if named else 2):
        return None
    person = looks_like_person(name) and not (named and _company_shaped(said.group("co")))
    if _is_title(name) or _is_team(name) or person or _wrong_form(name, "line"):
        return None
    return name


def _client_candidates(
    parts: MessageParts, body: Body, found: list[_Candidate]
) -> list[_Candidate]:
    """The employer an agency writes for, when it names it: the agency's name says what it is
    ("… Recruitment", "… Talent", "… Search") or its writer speaks of a client or signs as a
    consultant; the client is neither the agency itself nor a person. A temping agency's client
    is the company too: it is where the candidate would work."""
    own = [c for c in found if c.source in ("signature", "sender", "domain", "spelled")]
    said = fold("\n".join([body.text, *parts.signature]))
    agency = any(_AGENCY_NAME.search(fold(c.name)) for c in found) or _AGENCY_WORK.search(said)
    if not agency:
        return []
    clients: list[_Candidate] = []
    for text in (body.text, *parts.signature):
        matches = [*_CLIENT_NAMED.finditer(text), *_CLIENT_IN_CONTEXT.finditer(text)]
        for match in matches:
            cleaned = _clean_company(match.group("co"))
            if not cleaned:
                continue
            if any(is_first_name(fold(w)) for w in cleaned.split() if w[:1].isupper()):
                continue  # "your interview with Raj and Helena on Friday": people
            if _wrong_form(cleaned, "text") or _AGENCY_NAME.search(fold(cleaned)):
                continue
            if any(_same_company(cleaned, c.name) for c in own):
                continue
            clients.append(_Candidate(cleaned, "client", match.group(0)))
    return clients


_ORGANIZER = lazy_compile(
    r"(?im)^(?:organi[sz]er|organisat(?:eur|rice))\s*:[^\n@]*?(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
_VENUE = lazy_compile(
    r"(?im)^(?:where|lieu|location|adresse|address)\s*:[ \t]*(?P<co>[^,\n]{2,60}),[ \t]*\S"
)
_ONLINE = lazy_compile(
    r"(?i)\b(?:teams|zoom|meet|visio\w*|video|call|phone|t[ée]l[ée]phone|webex|online|en ligne)\b"
)


def _quoted_company(
    parts: MessageParts, recruiter: str | None, depth: int
) -> tuple[str | None, str | None]:
    """A short reply that names no company ("Va pour jeudi 14h. Laurent"): the company the
    messages it quotes name (the recruiter's earlier message, its signature and its address, or
    the candidate's "le poste chez Sodimat")."""
    if not parts.quoted or depth >= 3:
        return None, None
    quoted = split_message(parts.quoted)
    if not quoted.body and not quoted.signature:
        return None, None
    body = Body(quoted.body, fold(quoted.body))
    who, line = read_recruiter(quoted, body)
    company, words = read_company(quoted, body, line, who, depth + 1)
    if company and all(alnum(company) != alnum(name or "") for name in (who, recruiter)):
        return company, words
    return None, None


# A job alert: a board's list of offers from several employers names none of them as the sender.
_JOB_ALERT = lazy_compile(
    r"(?i:job alerts?|alertes? (?:e-?mail |emploi)|votre alerte|your (?:job )?alert|jobs? matching|"
    r"offres? correspond\w* [àa] votre|saved search|recherche sauvegard[ée]e)"
)
_EMPLOYER_IN_OFFER = lazy_compile(
    r"\b(?:Ltd|Limited|LLP|plc|Inc|SAS|SA|SARL|GmbH|Groupe|Group|Agence|Agency|University|"
    r"Universit[ée]|NHS|Council|Mairie|Ville)\b"
)


def _alert_of_others(text: str) -> bool:
    """A job alert listing offers, some of which name their employer ("Project Coordinator –
    Avonmouth Construction Ltd – Bristol", "• Chargé(e) de communication – Groupe Arlequin")."""
    if not _JOB_ALERT.search(text):
        return False
    offers = [
        line
        for line in text.split("\n")
        if re.match(r"^\s*[•*·-]\s+\S", line) or len(re.findall(r"\s[–—]\s", line)) >= 2
    ]
    named = [line for line in offers if _EMPLOYER_IN_OFFER.search(line)]
    return len(offers) >= 2 and bool(named)


def read_company(
    parts: MessageParts,
    body: Body,
    recruiter_line: str | None,
    recruiter: str | None,
    depth: int = 0,
) -> tuple[str | None, str | None]:
    """The company, from every place it shows (the signature read as a block, the sender, the
    domain, the text, the subject), each candidate scored by the trust in its place, its form
    and its agreement with the other places; None when nothing scores. A reply that names none
    takes the one its quoted messages name."""
    if _alert_of_others("\n".join([body.text, *parts.signature])):
        return None, None
    parts = replace(parts, signature=tuple(_drop_where(line) for line in parts.signature))
    candidates = _candidates(parts, body, recruiter_line, recruiter)
    if not candidates:
        return _quoted_company(parts, recruiter, depth)
    person = alnum(recruiter or "")
    for candidate in candidates:
        candidate.score += _TRUST[candidate.source]
        form = _wrong_form(candidate.name, candidate.source)
        if person and alnum(candidate.name) in (person, *map(alnum, (recruiter or "").split())):
            form = _WRONG_FORM  # the recruiter, or their first name signed alone
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
        return _quoted_company(parts, recruiter, depth)
    if best.source == "domain":
        # The domain names the company; the message spells it ("ouest-france.fr", "Ouest-France").
        spelled = [
            c
            for c in candidates
            if c is not best and c.score > 0 and _same_company(c.name, best.name)
        ]
        if spelled:
            best = max(spelled, key=lambda c: _TRUST[c.source])
    if longer := _longer_name(best, candidates):
        best = longer
    if full := _spelled_out(best, candidates):
        best = full
    return _plain_name(best.name, [parts.body, *parts.signature]), best.words


_ACRONYM = lazy_compile(r"[A-Z]{2,5}")


def _spelled_out(best: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The name written in full, when the best place gives it by its initials: "CH
    Lormont-sur-Dive" in a sender's name, "Centre Hospitalier de Lormont-sur-Dive" signs; "CC
    Trois Vallées", "la Communauté de communes des Trois Vallées". The rest of the short name
    ends the full one."""
    words = best.name.split()
    if not words or not _ACRONYM.fullmatch(words[0]):
        return None
    letters, rest = words[0].lower(), [fold(w) for w in words[1:]]
    for other in candidates:
        if other is best or other.score <= 0:
            continue
        full = other.name.split()
        if rest and [fold(w) for w in full[-len(rest) :]] != rest:
            continue
        head = full[: len(full) - len(rest)] if rest else full
        initials = "".join(
            w[0].lower()
            for w in head
            if fold(w).strip("'") not in _SMALL_IN_NAME and w[:1].isalpha()
        )
        if initials == letters and len(head) >= len(letters):
            return other
    return None


def _longer_name(best: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The company's full name as the text writes it, when the best place gives only its head:
    "The Northlake Recruiting Team" signs, "a position at Northlake Software" names it. What the
    text adds is a word of the name ("Software", "Analytics", "Insurance"), not a place, a team
    or a title."""
    head = best.name.split()
    for other in candidates:
        if other.source not in ("text", "mention", "subject", "line") or other.score <= 0:
            continue
        words = other.name.split()
        if len(words) <= len(head) or words[: len(head)] != head or len(words) - len(head) > 2:
            continue
        extra = " ".join(words[len(head) :])
        folded = fold(extra)
        if (
            not all(w[:1].isupper() for w in extra.split())
            or _place(extra)
            or _TEAM_WORDS.search(folded)
            or _is_title(extra)
            or _TITLE_LAST.search(folded)
            or _LEGAL_FORM.fullmatch(extra)
            or fold(extra.split()[0]) in _SMALL_IN_NAME
        ):
            continue
        return other
    return None


# What the company is, ahead of its name ("Agence Pollen Events", "Boutique Élise & Lou", "ESN
# Axiome", "Sté Logi-Trans"): people name the company without it. "Groupe", "Maison", "Cabinet"
# are part of the name.
_KIND_AHEAD = lazy_compile(
    r"^(?:agence|boutique|esn|ste\.?|enseigne)\s+(?!de\b|d'|du\b|des\b)", re.I
)
# Where the company works, after its name ("Kaltera France", "Vectis RH Lyon", "Hyper Valmont
# Cholet Sud").
_WHERE_AFTER = lazy_compile(
    r"\s+(?P<where>[A-ZÀ-Þ][\w'-]+(?:\s+(?:Nord|Sud|Est|Ouest|Centre|Nord-Est|Nord-Ouest|"
    r"Sud-Est|Sud-Ouest|\d{1,2}(?:e|er|ème|eme)))?)$"
)


# A French town's shape: "Villefranche-sur-Saône", "Marne-la-Vallée", "Caluire-et-Cuire" (not
# "Saint-Roch", a saint that names many a hospital and a brasserie).
_TOWN_SHAPE = lazy_compile(
    r"(?!(?:Saint|Sainte|St|Ste)-)"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?-(?:sur|sous|en|l[eèé]s|et|aux|la|le)-[A-ZÀ-Þ][\w'-]+"
)
# After a brand's one coined word ("BricoMax", "Proxim'Intérim"), a saint's or a valley's town is
# where the shop is: "BricoMax Saint-Priest", "TempoJob Val-de-Reuil"; after common words it is
# part of the name ("Clinique Saint-Roch", "Coopérative Agricole Val-de-Saône").
_BRAND = lazy_compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ]|['’][A-ZÀ-Þ])[\w'’-]*")
_BRANCH_TOWN = lazy_compile(
    r"(?:Saint|Sainte|St|Ste|Val|Mont|Pont|Port|Bourg)-[A-ZÀ-Þ][\w'-]+|"
    r"[A-ZÀ-Þ][a-zà-ÿ]+-(?:de|du|des|d')-?[A-ZÀ-Þ][\w'-]+"
)


# What follows a company's name to say which of its branches writes: a country, its reach.
_COUNTRY_SUFFIX = {
    "france", "uk", "europe", "emea", "benelux", "ireland", "deutschland", "germany", "espana",
    "spain", "italia", "italy", "belgique", "belgium", "suisse", "switzerland", "canada", "global",
    "international", "worldwide",
}  # fmt: skip


def _proper_head(head: str) -> bool:
    """A company's own name ahead of a town, not only what it is ("Clinique", "Collège")."""
    return any(
        w[:1].isupper()
        and not _COMPANY_WORDS.fullmatch(fold(w))
        and not _PUBLIC_BODY.fullmatch(fold(w))
        and not re.fullmatch(_BUSINESS_KIND, fold(w))
        for w in head.split()
    )


# A temping agency's name, which its branches follow with their town ("Tempo Emploi Roissy",
# "Flexitemps Villepinte", "Intérim Plus Valenciennes").
_TEMPING = lazy_compile(r"(?:int[ée]rim|interim|emploi|temps|staffing|travail temporaire)\b")
# What a shop, an office or a branch is called by in the text: "our Chamonix store", "the Leeds
# office", "le magasin de Colmar", "l'agence de Gonesse".
_BRANCH_SAID = lazy_compile(
    r"\b(?:our|the|notre|nos|votre)\s+(?P<w>[A-ZÀ-Þ][\w'-]+)\s+(?:store|shop|office|branch|site|"
    r"depot|warehouse|restaurant|hotel|team|agency)\b|"
    r"\b(?:store|shop|office|branch|site|agence|magasin|boutique|restaurant|h[ôo]tel|entrep[ôo]t|"
    r"d[ée]p[ôo]t|usine|bureau|antenne)\s+(?:de|d'|du|of|in|à|a)\s*(?P<w2>[A-ZÀ-Þ][\w'-]+)",
    re.I,
)


def _branch_word(word: str, head: str, texts: list[str]) -> bool:
    """Whether the word after a company's name says which of its branches writes: after a
    temping agency's name, a town; after any, a word the text calls a store's or an office's
    place. Not a word of the name ("Intérim Plus", "Atlantique Intérim Industrie")."""
    folded = fold(word)
    if _COMPANY_WORDS.search(folded) or _LEGAL_FORM.fullmatch(word) or _TEAM_WORDS.search(folded):
        return False
    if len(word) < 4 or folded in ("plus", "pro", "services", "conseil", "solutions", "group"):
        return False
    if _TEMPING.search(fold(head)):
        return True
    return any(
        word in (said.group("w"), said.group("w2"))
        for text in texts
        for said in _BRANCH_SAID.finditer(text)
    )


def _plain_name(name: str, texts: list[str]) -> str:
    kind = _KIND_AHEAD.match(fold(name))
    if kind and len(name.split()) > 1:
        rest = name[kind.end() :].strip()
        if rest[:1].isupper() and not _place(rest):
            name = rest
    where = _WHERE_AFTER.search(name)
    if where:
        place = fold(where.group("where")).split()[0]
        head = name[: where.start()].strip()
        named = not _place(head) and not re.search(r"\b(?:de|du|des|d'|of|la|le|les)$", fold(head))
        if named and place in _CITIES and (place != "tours" or " " in where.group("where")):
            name = head
        elif named and _TOWN_SHAPE.fullmatch(where.group("where")) and _proper_head(head):
            name = head  # "TempoJob Marne-la-Vallée", "Vitalis Villefranche-sur-Saône"
        elif named and (
            (_BRANCH_TOWN.fullmatch(where.group("where")) and _BRAND.fullmatch(head))
            or (_proper_head(head) and _branch_word(where.group("where"), head, texts))
        ):
            name = head
        elif named and place in _COUNTRY_SUFFIX:
            # "Kaltera France", "Veridane Global" where the text also says "Kaltera", "Veridane"
            # alone; not "Air France".
            alone = re.compile(rf"\b{re.escape(head)}\b(?!\s+{where.group('where')})")
            if any(alone.search(text) for text in texts):
                name = head
    letters = [w for w in name.split() if any(c.isalpha() for c in w)]
    if name.isupper() and len(letters) >= 2 and any(len(w) >= 5 for w in letters):
        name = _unshout(name)  # "LEMAIRE & ASSOCIÉS" as written in a footer's capitals
    return name


# Forwarded headers' dates: "mar. 8 déc. 2026 à 10:15", "Tue, Dec 8, 2026 at 10:15 AM",
# "Tue, 08 Dec 2026 10:15:00 +0100", "08/12/2026 10:15".
