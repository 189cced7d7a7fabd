"""The message's body as the cues read it: folded once, each cue matched once, and a cue
that sits in a conditional or a neutral statement set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flows.recruiter.cues import CONDITIONAL, CONTRAST, DENIAL, NEUTRAL, VISA, Cues

_CLAUSE_TURN = re.compile(
    r"\b(?:mais|but|toutefois|however|cependant|neanmoins|malheureusement|"
    r"unfortunately|helas)\b\s*"
)
_CLAUSE_JOINT = re.compile(r"\s(?:et|and|mais|but|car|because|donc|so|afin|as we|comme)\s")


@dataclass
class Body:
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
        while start < end and self.text[start] in ".!?;,:\n \t":
            start += 1  # a cue that starts at the end of the sentence before
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


# "Si votre parcours a retenu toute notre attention, il ne nous sera pas possible…": a
# concession, said of what happened, not a hypothesis.
_CONCESSION = re.compile(
    r"(?:si|s'il|if|while) (?:[\w'-]+ ){1,4}(?:a|ont|avez|as|has|have|did) (?:[\w'-]+ )?"
    r"(?:retenu|suscite|interesse|attire|plu|seduit|impressed|caught|interested|stood out)\b"
    r"[^,;]*,"
)


def in_conditional(body: Body, start: int) -> bool:
    before = body.folded[body.sentence_start(start) : start]
    found = CONDITIONAL.search(before)
    if found is None:
        return False
    concession = _CONCESSION.match(before, found.start())
    return not (concession and CONDITIONAL.search(before, concession.end()) is None)


def neutralised(body: Body, start: int, end: int) -> bool:
    """Is this cue inside an equal-opportunity statement, or said not to be the reason?"""
    s_start, s_end = body.sentence_start(start), body.sentence_end(end)
    if VISA.search(body.folded[max(s_start, start - 40) : start]):
        return True  # "we only sponsor visas for EU nationals": a work permit, not a motive
    # An equal-opportunity statement governs its whole list ("sans distinction d'âge, de sexe,
    # d'origine, ... ou d'activité syndicale"); a denial only what is close to it.
    for neutral in NEUTRAL.finditer(body.folded[s_start:start]):
        if not CONTRAST.search(body.folded[s_start + neutral.end() : start]):
            return True
    before = body.folded[max(s_start, start - 120) : start]
    for neutral in NEUTRAL.finditer(before):
        if not CONTRAST.search(before[neutral.end() :]):
            return True
    after = body.folded[end : min(s_end, end + 60)]
    denial = DENIAL.search(after)
    if denial and not CONTRAST.search(after[: denial.start()]):
        return True
    return any(not CONTRAST.search(before[d.end() :]) for d in DENIAL.finditer(before))


def cue_matches(pattern: Cues, body: Body, *, hypothetical_ok: bool = False) -> list[re.Match[str]]:
    found = []
    for match in body.cues(pattern):
        if not hypothetical_ok and in_conditional(body, match.start()):
            continue
        found.append(match)
    return found


def first_cue(pattern: Cues, body: Body) -> re.Match[str] | None:
    found = cue_matches(pattern, body)
    return found[0] if found else None
