"""What a recruiter's message says, as the reader returns it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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
