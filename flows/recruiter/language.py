"""Whether a message is written in a language Relance does not read.

The reader's cues are French and English. A message in Spanish, German, Italian, Portuguese or
Dutch would only match them by accident (a name, a cognate, "interview" in an English word
list), so it is answered as `other`, with nothing read from its words, as the dialog expects of
a message it cannot read. Its signature still names the company and the recruiter.

The test counts small words: those of French and English, and those of the five other
languages that neither French nor English uses. A message is foreign when its own small words
are few and the others' many; a French message quoting a Spanish company or an English one
signed in German keeps its reading.
"""

from __future__ import annotations

import re

from flows.recruiter.learned import OWN_WORDS

# French and English small words: the learned model's, with a few more.
OURS = OWN_WORDS | frozenset(
    "pour je tu ton ta tes have for from we it is of to".split()  # noqa: SIM905
)
# Small words of Spanish, Portuguese, Italian, German and Dutch that French and English do
# not write (folded: no accents).
THEIRS = (
    frozenset(
        # Spanish
        "el los del por para con usted su sus nuestro nuestra nuestros estimado estimada gracias "  # noqa: SIM905
        "saludos atentamente hemos puesto lamentamos agradecemos cordial candidatura y muy "
        # Portuguese
        "obrigado obrigada seu sua nao vaga cumprimentos os dos das em uma consigo gostariamos "
        # Italian
        "il gli della delle dello per suo gentile grazie saluti cordiali abbiamo siamo presso "
        "sig ringraziamo posizione colloquio sua "
        # German
        "und der die das den dem ihr ihre ihnen sie wir mit fur nicht vielen dank freundliche "
        "grusse sehr geehrte geehrter bewerbung uns ist zu "
        # Dutch
        "het een jij wij voor bij van niet bedankt groet sollicitatie vriendelijke ontvangen "
        "hebben je zijn wordt".split()
    )
    - OURS
)
_WORD = re.compile(r"[a-z]+")


def foreign(folded: str) -> bool:
    """True when a folded body is written in a language other than French or English."""
    words = _WORD.findall(folded)
    ours = sum(1 for w in words if w in OURS)
    theirs = sum(1 for w in words if w in THEIRS)
    return theirs >= 4 and theirs > 2 * ours
